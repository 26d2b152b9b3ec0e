//! The normalized view of an RDS audit log file: size in bytes, typed times.

use chrono::{DateTime, FixedOffset};
use huaweicloud_core::wire::{self, WireError};
use serde::Serialize;

use crate::types;

/// One RDS audit log file, normalized.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditLogFile {
    /// Audit log ID, used to request a download link (the file name, for SQL Server).
    pub id: String,
    /// Object path of the file as the service gives it; it contains `/`, so it is not a safe
    /// local file name.
    pub name: String,
    /// Size in bytes, derived from the KB float the service sends: approximate, within a
    /// byte or so, so compare a download against it with a tolerance.
    pub size_bytes: u64,
    /// Size in KB exactly as sent.
    pub size_kib: f64,
    /// Start of the time range the file covers.
    pub begin_time: DateTime<FixedOffset>,
    /// End of the time range the file covers.
    pub end_time: DateTime<FixedOffset>,
}

impl TryFrom<&types::AuditLog> for AuditLogFile {
    type Error = WireError;

    fn try_from(log: &types::AuditLog) -> Result<Self, WireError> {
        Ok(Self {
            id: log.id.clone(),
            name: log.name.clone(),
            size_bytes: wire::kib_to_bytes("size", log.size)?,
            size_kib: log.size,
            begin_time: wire::parse_audit_time("begin_time", &log.begin_time)?,
            end_time: wire::parse_audit_time("end_time", &log.end_time)?,
        })
    }
}

impl types::ListAuditlogsResponse {
    /// The files of this page, normalized. Fails on the first value that makes no sense,
    /// naming the field.
    pub fn files(&self) -> Result<Vec<AuditLogFile>, WireError> {
        self.auditlogs.iter().map(AuditLogFile::try_from).collect()
    }
}
