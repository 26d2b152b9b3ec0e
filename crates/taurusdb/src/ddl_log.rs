//! Normalized views of TaurusDB DDL log files and their download links, whichever of the
//! wire shapes the service sent.

use chrono::{DateTime, Utc};
use huaweicloud_core::wire::{self, WireError};
use serde::Serialize;

use crate::types;

/// One DDL log file of a node, normalized.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DdlLogFile {
    /// Log file ID, one of the `log_ids` of `download_ddl_logs`.
    pub id: String,
    /// File name as the service gives it (not a safe local path).
    pub file_name: String,
    /// Size in bytes, when the service sent one.
    pub size_bytes: Option<u64>,
    /// When the file was started.
    pub create_time: Option<DateTime<Utc>>,
    /// When the file was closed.
    pub end_time: Option<DateTime<Utc>>,
    /// `false` when the service marks the file `Disable` (unavailable).
    pub active: bool,
}

fn log_time(
    field: &'static str,
    time: Option<&types::LogTime>,
) -> Result<Option<DateTime<Utc>>, WireError> {
    match time {
        None => Ok(None),
        Some(types::LogTime::Int64(n)) => wire::parse_epoch(field, *n).map(Some),
        Some(types::LogTime::String(s)) => wire::parse_any_time(field, s).map(Some),
    }
}

fn size(field: &'static str, bytes: Option<i64>) -> Result<Option<u64>, WireError> {
    bytes.map(|n| wire::byte_count(field, n)).transpose()
}

impl TryFrom<&types::DdlLog> for DdlLogFile {
    type Error = WireError;

    fn try_from(log: &types::DdlLog) -> Result<Self, WireError> {
        Ok(Self {
            id: log.id.clone(),
            file_name: log.file_name.clone(),
            size_bytes: size("file_size", log.file_size)?,
            create_time: log_time("create_time", log.create_time.as_ref())?,
            end_time: log_time("end_time", log.end_time.as_ref())?,
            active: !log
                .status
                .as_deref()
                .is_some_and(|s| s.eq_ignore_ascii_case("disable")),
        })
    }
}

impl types::ListDdlLogsResponse {
    /// The files of this page, normalized.
    pub fn files(&self) -> Result<Vec<DdlLogFile>, WireError> {
        self.ddl_logs.iter().map(DdlLogFile::try_from).collect()
    }
}

/// A download link for one DDL log file, normalized.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DownloadLink {
    /// Log file ID (the document's example omits it).
    pub id: Option<String>,
    /// File name as the service gives it (not a safe local path).
    pub file_name: String,
    /// Size in bytes, when the service sent one.
    pub size_bytes: Option<u64>,
    /// The presigned download URL.
    pub url: String,
    /// When the link expires. A string `expire_time` has no zone in the documents and is read
    /// as UTC; an integer one as Unix seconds or milliseconds.
    pub expires_at: Option<DateTime<Utc>>,
}

impl TryFrom<&types::DownloadFile> for DownloadLink {
    type Error = WireError;

    fn try_from(file: &types::DownloadFile) -> Result<Self, WireError> {
        let expires_at = match &file.expire_time {
            None => None,
            Some(types::ExpireTime::Int64(n)) => Some(wire::parse_epoch("expire_time", *n)?),
            Some(types::ExpireTime::String(s)) => Some(wire::parse_any_time("expire_time", s)?),
        };
        Ok(Self {
            id: file.id.clone(),
            file_name: file.file_name.clone(),
            size_bytes: size("file_size", file.file_size)?,
            url: file.download_url.clone(),
            expires_at,
        })
    }
}

impl types::DownloadDdlLogsResponse {
    /// The files, whichever of the three shapes the service answered with.
    pub fn files(&self) -> &[types::DownloadFile] {
        match self {
            types::DownloadDdlLogsResponse::FileList(l) => &l.list,
            types::DownloadDdlLogsResponse::FilesObject(o) => &o.download_files,
            types::DownloadDdlLogsResponse::FileArray(a) => a,
        }
    }

    /// The links, normalized: one list with typed expiry times, whatever the wire shape.
    pub fn links(&self) -> Result<Vec<DownloadLink>, WireError> {
        self.files().iter().map(DownloadLink::try_from).collect()
    }
}
