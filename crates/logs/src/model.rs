//! One model over the three services: which service, which log file, and how big it is said
//! to be.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

// A service whose logs can be archived: one variant for each spec with log kinds, with `ALL`,
// `meta()` and `connect()`, generated from the specs (`generated_services.rs`). What follows is
// generic: it reads the kind's `ServiceMeta`.
pub use crate::generated_services::ServiceKind;

impl ServiceKind {
    /// Lowercase name, also the first directory of the layout.
    pub fn as_str(self) -> &'static str {
        self.meta().name
    }

    /// The kind of log archived when none is asked for: what hwlogs has always archived of
    /// the service (its audit logs, TaurusDB's DDL logs), so that existing archives keep their
    /// layout (`x-service.default-log-kind` of its spec).
    pub fn default_log_kind(self) -> &'static str {
        // Codegen makes a kind only of a spec with log kinds, which has a default one.
        self.meta().default_log_kind.unwrap_or_default()
    }

    /// The kinds of log the service has (`audit`, `ddl`, `slow`, `error`), as its spec says.
    pub fn log_kinds(self) -> Vec<&'static str> {
        self.meta().log_kinds()
    }

    /// `kind` as one of the service's kinds, or an error naming the ones it has.
    pub fn log_kind(self, kind: &str) -> Result<&'static str, String> {
        let kinds = self.log_kinds();
        kinds
            .iter()
            .copied()
            .find(|k| *k == kind)
            .ok_or_else(|| format!("{self} has no {kind} logs; it has: {}", kinds.join(", ")))
    }

    /// Most ids one link request of `kind` takes.
    pub fn link_batch(self, kind: &str) -> usize {
        let meta = self.meta();
        match meta.log_linking(kind).and_then(|op| op.batch_size) {
            Some(size) => size,
            None if meta.log_listing(kind).is_some_and(|op| op.export) => {
                huaweicloud_core::log_api::EXPORT_BATCH
            }
            None => 1,
        }
    }

    /// Whether listing `kind` needs a node id (the service lists it one node at a time).
    pub fn needs_node(self, kind: &str) -> bool {
        self.meta()
            .log_listing(kind)
            .is_some_and(|op| op.required.contains(&"node_id"))
    }

    /// Whether listing `kind` can be narrowed to a node (it takes a node id at all).
    pub fn lists_by_node(self, kind: &str) -> bool {
        self.needs_node(kind)
            || self
                .meta()
                .log_listing(kind)
                .is_some_and(|op| op.optional.contains(&"node_id"))
    }

    /// Whether `kind` is exported (prepared on request, not listed by time): its files are
    /// all there is, whatever the window.
    pub fn exports(self, kind: &str) -> bool {
        self.meta().log_listing(kind).is_some_and(|op| op.export)
    }
}

impl fmt::Display for ServiceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ServiceKind {
    type Err = String;

    /// Its name, or any of its environment names (`gaussdb` is TaurusDB), in any case.
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|kind| {
                let meta = kind.meta();
                meta.name.eq_ignore_ascii_case(s)
                    || meta.env_names.iter().any(|n| n.eq_ignore_ascii_case(s))
            })
            .ok_or_else(|| {
                let names: Vec<&str> = Self::ALL.iter().map(|k| k.as_str()).collect();
                format!("unknown service {s:?}: expected {}", names.join(", "))
            })
    }
}

/// An instance (and node) whose files to archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Instance id.
    pub instance_id: String,
    /// Node id: required where the service lists one node at a time (TaurusDB), a filter
    /// where it can (DDS), refused where it cannot (RDS).
    pub node_id: Option<String>,
}

/// What the listing says about a file's size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields)
)]
#[serde(tag = "kind", content = "bytes", rename_all = "lowercase")]
pub enum ListedSize {
    /// Exact, in bytes (DDS, TaurusDB).
    Exact(u64),
    /// Derived from RDS's float KB: within [`ListedSize::APPROX_TOLERANCE`] bytes.
    Approx(u64),
    /// Not sent.
    Unknown,
}

impl ListedSize {
    /// How far a real size may be from an approximate listed one.
    pub const APPROX_TOLERANCE: u64 = 1024;

    /// Whether `actual` bytes agree with the listing.
    pub fn admits(self, actual: u64) -> bool {
        match self {
            Self::Exact(n) => actual == n,
            Self::Approx(n) => actual.abs_diff(n) <= Self::APPROX_TOLERANCE,
            Self::Unknown => true,
        }
    }

    /// The most bytes a download may bring before it is refused as lying.
    pub fn ceiling(self) -> Option<u64> {
        match self {
            Self::Exact(n) => Some(n),
            Self::Approx(n) => Some(n + Self::APPROX_TOLERANCE),
            Self::Unknown => None,
        }
    }

    /// The size to show and count, when known.
    pub fn bytes(self) -> Option<u64> {
        match self {
            Self::Exact(n) | Self::Approx(n) => Some(n),
            Self::Unknown => None,
        }
    }
}

/// One log file as listed by its service (and a line of `hwlogs list --json`: see
/// [`crate::events`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(
        deny_unknown_fields,
        description = "A log file as its service lists it (`hwlogs list`)."
    )
)]
pub struct LogFile {
    /// Service.
    pub service: ServiceKind,
    /// Kind of log (`audit`, `ddl`, `slow`, `error`); empty in what older versions wrote,
    /// which is the service's default kind ([`LogFile::kind`]).
    #[serde(default)]
    pub kind: String,
    /// Instance id.
    pub instance_id: String,
    /// Node id, when the service names one.
    #[cfg_attr(feature = "schemars", schemars(with = "crate::events::Always<String>"))]
    pub node_id: Option<String>,
    /// Log file id (what link requests take).
    pub id: String,
    /// File name as the service sent it: untrusted, see [`crate::safe_path`].
    pub name: String,
    /// Listed size.
    pub size: ListedSize,
    /// Start of the time range the file covers, when sent.
    #[cfg_attr(
        feature = "schemars",
        schemars(with = "crate::events::Always<DateTime<Utc>>")
    )]
    pub start_time: Option<DateTime<Utc>>,
    /// End of the time range the file covers, when sent.
    #[cfg_attr(
        feature = "schemars",
        schemars(with = "crate::events::Always<DateTime<Utc>>")
    )]
    pub end_time: Option<DateTime<Utc>>,
    /// `false` when the service says the file cannot be had (an export still being
    /// prepared, or failed; a disabled log).
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

/// `kind`, or the service's default kind for an empty one (what older versions wrote).
pub(crate) fn resolve_kind(service: ServiceKind, kind: &str) -> &str {
    if kind.is_empty() {
        service.default_log_kind()
    } else {
        kind
    }
}

impl LogFile {
    /// Its kind of log (the service's default when not recorded).
    pub fn kind(&self) -> &str {
        resolve_kind(self.service, &self.kind)
    }

    /// The key that identifies a file across runs.
    pub fn key(&self) -> FileKey {
        FileKey {
            service: self.service,
            kind: self.kind().to_owned(),
            instance_id: self.instance_id.clone(),
            id: self.id.clone(),
        }
    }
}

/// Service, kind, instance and file id: unique per file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileKey {
    /// Service.
    pub service: ServiceKind,
    /// Kind of log.
    pub kind: String,
    /// Instance id.
    pub instance_id: String,
    /// Log file id.
    pub id: String,
}

impl fmt::Display for FileKey {
    /// `dds/{instance}/{id}` for the service's default kind, `dds/slow/{instance}/{id}` for
    /// another.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind == self.service.default_log_kind() {
            write!(f, "{}/{}/{}", self.service, self.instance_id, self.id)
        } else {
            write!(
                f,
                "{}/{}/{}/{}",
                self.service, self.kind, self.instance_id, self.id
            )
        }
    }
}

/// A presigned download link. Its query is a credential: it is never logged or shown.
#[derive(Clone, PartialEq, Eq)]
pub struct Link {
    /// The URL, query included.
    pub url: url::Url,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
}

impl Link {
    /// The URL without its query (what logs and errors may show).
    pub fn redacted(&self) -> String {
        redact_url(&self.url)
    }
}

impl fmt::Debug for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Link")
            .field("url", &self.redacted())
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// `scheme://host:port/path`, with no query, fragment or user info.
pub fn redact_url(url: &url::Url) -> String {
    let mut shown = format!("{}://{}", url.scheme(), url.host_str().unwrap_or("?"));
    if let Some(port) = url.port() {
        shown.push_str(&format!(":{port}"));
    }
    shown.push_str(url.path());
    if url.query().is_some() {
        shown.push_str("?<redacted>");
    }
    shown
}
