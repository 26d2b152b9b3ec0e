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

    /// How many ids one link call of `kind` takes.
    fn link_batch(&self, kind: &str) -> usize {
        self.meta()
            .log_linking(kind)
            .and_then(|op| op.batch_size)
            .unwrap_or(1)
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

    /// Download links for the files `ids` of `kind`, asked for in batches, one per id in the
    /// order given.
    fn log_links<'a>(
        &'a self,
        kind: &'a str,
        instance_id: &'a str,
        ids: &'a [String],
    ) -> BoxFuture<'a, Result<Vec<LogLink>, Error>>;
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
