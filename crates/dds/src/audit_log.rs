//! The normalized view of an audit log file: sizes in bytes and typed times, whichever
//! shape the service sent.

use chrono::{DateTime, FixedOffset};
use huaweicloud_core::wire::{self, WireError};
use serde::Serialize;

use crate::types;

/// One DDS audit log file, normalized.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditLogFile {
    /// Audit log ID, used to request a download link.
    pub id: String,
    /// File name as the service gives it (not a safe local path).
    pub name: String,
    /// Node (mongos of a cluster, or replica-set member) that wrote the file.
    pub node_id: Option<String>,
    /// Size in bytes, whether sent as a number or as a string.
    pub size_bytes: u64,
    /// Start of the time range the file covers.
    pub start_time: DateTime<FixedOffset>,
    /// End of the time range the file covers.
    pub end_time: DateTime<FixedOffset>,
}

impl TryFrom<&types::AuditLog> for AuditLogFile {
    type Error = WireError;

    fn try_from(log: &types::AuditLog) -> Result<Self, WireError> {
        let size_bytes = match &log.size {
            types::AuditLogSize::Int64(n) => wire::byte_count("size", *n)?,
            types::AuditLogSize::String(s) => wire::parse_byte_count("size", s)?,
        };
        Ok(Self {
            id: log.id.clone(),
            name: log.name.clone(),
            node_id: log.node_id.clone(),
            size_bytes,
            start_time: wire::parse_audit_time("start_time", &log.start_time)?,
            end_time: wire::parse_audit_time("end_time", &log.end_time)?,
        })
    }
}

impl types::ListAuditlogsResponse {
    /// The files of this page, normalized. Fails on the first value that makes no sense
    /// (a negative size, an unreadable time), naming the field.
    pub fn files(&self) -> Result<Vec<AuditLogFile>, WireError> {
        self.audit_logs.iter().map(AuditLogFile::try_from).collect()
    }
}
