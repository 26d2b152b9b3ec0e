//! One model of a log file and of its download link, whatever shape a service sends, and one
//! trait over every log service: what an archiver needs, implemented by the code generator for
//! each service crate whose spec marks its log operations (`x-log`, with `x-log-file` on the
//! listing's records and `x-log-link` on the links').

use chrono::{DateTime, FixedOffset};
use futures_util::future::BoxFuture;
use futures_util::stream::BoxStream;
use serde::Serialize;

use crate::service::ServiceMeta;
use crate::window::TimeWindow;
use crate::{Error, Runtime};

/// One log file, as listed, normalized: sizes in bytes, typed times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields)
)]
pub struct LogFile {
    /// Its id: what link requests take.
    pub id: String,
    /// File name as the service gives it (not a safe local path).
    pub name: String,
    /// The node that wrote it, when the service names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// Size in bytes, when the service sent one, whether as a number or as a string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
    /// Whether `size_bytes` is exact: a size sent in KB with decimals is within 1 KiB.
    pub size_exact: bool,
    /// Start of the time range the file covers, in the offset the service used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<DateTime<FixedOffset>>,
    /// End of the time range the file covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<DateTime<FixedOffset>>,
    /// `false` when the service marks the file unavailable.
    pub active: bool,
}

/// A download link for one log file, normalized.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields)
)]
pub struct LogLink {
    /// The id of the file it downloads: the one the service sent, or else the one asked for in
    /// the same position.
    pub id: String,
    /// The presigned URL. Its query is a credential: never log it.
    pub url: String,
    /// Size in bytes, when the service sent one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
    /// When it expires, on the service's clock, when the service says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<FixedOffset>>,
}

/// The ids one link call of an exported kind takes: its call answers for every file at once.
pub const EXPORT_BATCH: usize = 1000;

/// An instance of a service, as its listing gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields)
)]
pub struct Instance {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The ids of its nodes, where the service has nodes (empty otherwise).
    pub node_ids: Vec<String>,
}

/// Whether an instance keeps logs of a kind, as its policy says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields)
)]
pub struct LogPolicy {
    /// Days the logs are kept; 0 means the service does not write them (audit logging off).
    pub keep_days: Option<i64>,
}

impl LogPolicy {
    /// Whether the logs are written at all (not `keep_days: 0`).
    pub fn enabled(&self) -> bool {
        self.keep_days != Some(0)
    }
}

/// What an archiver needs of a log service, whichever it is.
pub trait LogApi: Send + Sync + std::fmt::Debug {
    /// The service.
    fn meta(&self) -> &'static ServiceMeta;

    /// The runtime of its client (retries, the service's clock).
    fn runtime(&self) -> &Runtime;

    /// The API endpoint the client talks to.
    fn base_url(&self) -> &str;

    /// The kinds of log it lists (`audit`, `ddl`, ...).
    fn log_kinds(&self) -> Vec<&'static str> {
        self.meta().log_kinds()
    }

    /// Whether listing logs of `kind` takes a node id (the service lists one node at a time).
    fn needs_node(&self, kind: &str) -> bool {
        self.meta()
            .log_listing(kind)
            .is_some_and(|op| op.required.contains(&"node_id"))
    }

    /// How many ids one link call of `kind` takes (all of them for an exported kind, whose
    /// one call links every file).
    fn link_batch(&self, kind: &str) -> usize {
        let meta = self.meta();
        match meta.log_linking(kind).and_then(|op| op.batch_size) {
            Some(size) => size,
            None if meta.log_listing(kind).is_some_and(|op| op.export) => EXPORT_BATCH,
            None => 1,
        }
    }

    /// Every log file of `kind` of `instance_id` in `window` (of node `node_id`, when given):
    /// windows split, pages followed, each file once. The first error ends the stream.
    fn log_files(
        &self,
        kind: &str,
        instance_id: &str,
        node_id: Option<&str>,
        window: TimeWindow,
    ) -> BoxStream<'static, Result<LogFile, Error>>;

    /// Every instance of the service in the project, with its node ids (asked of the instance
    /// detail where the listing has none). A service whose spec lists no instances yields one
    /// error.
    fn instances(&self) -> BoxStream<'static, Result<Instance, Error>> {
        let error = Error::invalid_input(
            "instances",
            format!("{} does not list its instances", self.meta()),
        );
        Box::pin(futures_util::stream::once(std::future::ready(Err(error))))
    }

    /// The policy of `instance_id` for logs of `kind`, when the service has one for that kind.
    fn log_policy<'a>(
        &'a self,
        kind: &'a str,
        instance_id: &'a str,
    ) -> BoxFuture<'a, Result<Option<LogPolicy>, Error>> {
        let _ = (kind, instance_id);
        Box::pin(std::future::ready(Ok(None)))
    }

    /// Download links for the files `ids` of `kind` (of node `node_id`, for a kind exported
    /// one node at a time), asked for in batches, one per id in the order given (an exported
    /// file not ready has none).
    fn log_links<'a>(
        &'a self,
        kind: &'a str,
        instance_id: &'a str,
        node_id: Option<&'a str>,
        ids: &'a [String],
    ) -> BoxFuture<'a, Result<Vec<LogLink>, Error>>;
}

/// The links of the files `ids` among those of an export, in the order of `ids`; a file not
/// in it, or without a link (not ready, failed), has none.
#[doc(hidden)]
pub fn links_of(
    exported: Vec<(LogFile, Option<LogLink>)>,
    ids: &[String],
) -> Result<Vec<LogLink>, Error> {
    let mut by_id: std::collections::HashMap<String, LogLink> = exported
        .into_iter()
        .filter_map(|(file, link)| link.map(|l| (file.id, l)))
        .collect();
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

/// The error for a kind of log a service does not list.
#[doc(hidden)]
pub fn unknown_kind(service: &ServiceMeta, kind: &str) -> Error {
    Error::invalid_input(
        "kind",
        format!(
            "{service} has no {kind} logs (it has: {})",
            service.log_kinds().join(", ")
        ),
    )
}

/// Whether the service refused an export of every file at once (HTTP 400): the generated
/// export then asks for one file at a time, by name (RDS needs `file_name` for SQL Server).
pub fn refused_whole_export(error: &crate::Error) -> bool {
    error.status() == Some(400)
}
