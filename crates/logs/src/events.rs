//! The lines `hwlogs --json` prints on stdout, one JSON object a line, as types.
//!
//! | line | printed by | shape |
//! |---|---|---|
//! | [`PolicyLine`] | `list`, before the files | `{"policy": {...}}` |
//! | [`LogFile`] | `list`, one per file | the file's own fields |
//! | [`FetchedLine`], [`SkippedLine`], [`FailedLine`] ([`OutcomeLine`]) | `download`, `sync`, one per file as it is done | `{"status": "fetched", ...}` |
//! | [`SummaryLine`] | `download`, `sync`, one per service and kind, at its end | `{"summary": {...}}` |
//!
//! [`Event`] is any of them. Their fields are declared in alphabetical order, the order in
//! which earlier versions printed them: a line serializes to the same bytes it always had
//! (the test `the_lines_keep_their_bytes` holds them to it). A field without a value is
//! written as `null`, not left out (except where a type says otherwise).
//!
//! With the `schemars` feature the types derive `schemars::JsonSchema`, and `schemas()`
//! makes the JSON Schemas that `cargo xtask docs` publishes, `hwlogs-event.schema.json` (one
//! schema whose `oneOf` is every line above) and `manifest-entry.schema.json` (a line of the
//! manifest, [`Entry`](crate::Entry)). They are strict: an object has exactly the fields its type
//! has, so a renamed field fails them.

use huaweicloud_core::LogPolicy;
use serde::Serialize;

use crate::archive::{Outcome, Report};
use crate::model::{LogFile, ServiceKind};

/// One line of `hwlogs --json`: see the [module](self) docs for which command prints which.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Event {
    /// `list`: an instance's policy for a kind of log.
    Policy(PolicyLine),
    /// `list`: a log file.
    File(LogFile),
    /// `download`, `sync`: what became of a file.
    Outcome(OutcomeLine),
    /// `download`, `sync`: the totals of a service and kind.
    Summary(SummaryLine),
}

impl Event {
    /// The line, as `hwlogs` prints it (without the newline).
    pub fn to_json(&self) -> String {
        // Strings, numbers, options and enums of unit variants: serializing cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl From<PolicyLine> for Event {
    fn from(line: PolicyLine) -> Self {
        Self::Policy(line)
    }
}

impl From<LogFile> for Event {
    fn from(file: LogFile) -> Self {
        Self::File(file)
    }
}

impl From<OutcomeLine> for Event {
    fn from(line: OutcomeLine) -> Self {
        Self::Outcome(line)
    }
}

impl From<SummaryLine> for Event {
    fn from(line: SummaryLine) -> Self {
        Self::Summary(line)
    }
}

/// `{"policy": {...}}`: what an instance's policy says of a kind of log (`list`, before the
/// files, for each instance and kind that has a policy).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields)
)]
pub struct PolicyLine {
    /// The policy.
    pub policy: Policy,
}

/// An instance's policy for a kind of log, or why it could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields)
)]
pub struct Policy {
    /// Whether the logs are written (`false`: `keep_days` is 0, logging is off); `null` when
    /// the policy could not be read.
    #[cfg_attr(feature = "schemars", schemars(with = "Always<bool>"))]
    pub enabled: Option<bool>,
    /// Why the policy could not be read; `null` when it was.
    #[cfg_attr(feature = "schemars", schemars(with = "Always<String>"))]
    pub error: Option<String>,
    /// Instance id.
    pub instance_id: String,
    /// Days the logs are kept (0: not written); `null` when the service does not say or the
    /// policy could not be read.
    #[cfg_attr(feature = "schemars", schemars(with = "Always<i64>"))]
    pub keep_days: Option<i64>,
    /// Kind of log (`audit`, ...).
    pub kind: String,
    /// Service.
    pub service: ServiceKind,
}

impl PolicyLine {
    /// The line of `service`'s `instance_id` for `kind`: its policy, or why it could not be
    /// read.
    pub fn new(
        service: ServiceKind,
        kind: &str,
        instance_id: &str,
        policy: Result<&LogPolicy, &str>,
    ) -> Self {
        Self {
            policy: Policy {
                enabled: policy.ok().map(LogPolicy::enabled),
                error: policy.err().map(str::to_owned),
                instance_id: instance_id.to_owned(),
                keep_days: policy.ok().and_then(|p| p.keep_days),
                kind: kind.to_owned(),
                service,
            },
        }
    }
}

/// What became of one file (`download`, `sync`, as each file is done): fetched, skipped or
/// failed, told apart by `status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum OutcomeLine {
    /// `"status": "fetched"`.
    Fetched(FetchedLine),
    /// `"status": "skipped"`.
    Skipped(SkippedLine),
    /// `"status": "failed"`.
    Failed(FailedLine),
}

impl OutcomeLine {
    /// The line of `file`'s `outcome`.
    pub fn new(file: &LogFile, outcome: &Outcome) -> Self {
        let (service, kind, instance_id, node_id, id) = (
            file.service,
            file.kind().to_owned(),
            file.instance_id.clone(),
            file.node_id.clone(),
            file.id.clone(),
        );
        match outcome {
            Outcome::Fetched(entry) => Self::Fetched(FetchedLine {
                id,
                instance_id,
                kind,
                node_id,
                path: entry.path.clone(),
                service,
                sha256: entry.sha256.clone(),
                size: entry.size,
                status: Fetched::Fetched,
            }),
            Outcome::Skipped { path } => Self::Skipped(SkippedLine {
                id,
                instance_id,
                kind,
                node_id,
                path: path.clone(),
                service,
                status: Skipped::Skipped,
            }),
            Outcome::Failed(why) => Self::Failed(FailedLine {
                error: why.clone(),
                id,
                instance_id,
                kind,
                node_id,
                service,
                status: Failed::Failed,
            }),
        }
    }
}

/// A file downloaded, verified and recorded in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields)
)]
pub struct FetchedLine {
    /// Log file id.
    pub id: String,
    /// Instance id.
    pub instance_id: String,
    /// Kind of log (`audit`, `ddl`, `slow`, `error`).
    pub kind: String,
    /// Node id; `null` when the service names none.
    #[cfg_attr(feature = "schemars", schemars(with = "Always<String>"))]
    pub node_id: Option<String>,
    /// Where it is, relative to the destination (`/`-separated).
    pub path: String,
    /// Service.
    pub service: ServiceKind,
    /// Hex SHA-256 of the content.
    pub sha256: String,
    /// Size in bytes, as written.
    pub size: u64,
    /// `fetched`.
    pub status: Fetched,
}

/// A file already complete in the destination (per the manifest and its size).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields)
)]
pub struct SkippedLine {
    /// Log file id.
    pub id: String,
    /// Instance id.
    pub instance_id: String,
    /// Kind of log.
    pub kind: String,
    /// Node id; `null` when the service names none.
    #[cfg_attr(feature = "schemars", schemars(with = "Always<String>"))]
    pub node_id: Option<String>,
    /// Where it is, relative to the destination (`/`-separated).
    pub path: String,
    /// Service.
    pub service: ServiceKind,
    /// `skipped`.
    pub status: Skipped,
}

/// A file not archived by this run: it is pending, and the next run tries it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields)
)]
pub struct FailedLine {
    /// Why.
    pub error: String,
    /// Log file id.
    pub id: String,
    /// Instance id.
    pub instance_id: String,
    /// Kind of log.
    pub kind: String,
    /// Node id; `null` when the service names none.
    #[cfg_attr(feature = "schemars", schemars(with = "Always<String>"))]
    pub node_id: Option<String>,
    /// Service.
    pub service: ServiceKind,
    /// `failed`.
    pub status: Failed,
}

/// The `status` of a [`FetchedLine`]: always `fetched`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Fetched {
    /// `fetched`.
    #[default]
    Fetched,
}

/// The `status` of a [`SkippedLine`]: always `skipped`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Skipped {
    /// `skipped`.
    #[default]
    Skipped,
}

/// The `status` of a [`FailedLine`]: always `failed`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Failed {
    /// `failed`.
    #[default]
    Failed,
}

/// `{"summary": {...}}`: the totals of one service and kind (`download`, `sync`, after its
/// files).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields)
)]
pub struct SummaryLine {
    /// The totals.
    pub summary: Summary,
}

/// How many files a run of one service and kind fetched, skipped and failed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(deny_unknown_fields)
)]
pub struct Summary {
    /// Bytes of the files fetched.
    pub bytes: u64,
    /// Recorded files of the run's targets checked on disk, outside the listing.
    pub checked: usize,
    /// Files not archived (pending for the next run).
    pub failed: usize,
    /// Files downloaded and recorded.
    pub fetched: usize,
    /// Kind of log.
    pub kind: String,
    /// The process's peak resident set size so far, in bytes; `null` where the system does
    /// not tell (it does on Linux).
    #[cfg_attr(feature = "schemars", schemars(with = "Always<u64>"))]
    pub peak_rss_bytes: Option<u64>,
    /// How long the run of this service and kind took, in seconds.
    pub seconds: f64,
    /// Service.
    pub service: ServiceKind,
    /// Files already complete.
    pub skipped: usize,
}

impl SummaryLine {
    /// The summary of `report`, the run of `service`'s `kind` that took `seconds`.
    pub fn new(
        service: ServiceKind,
        kind: &str,
        report: &Report,
        seconds: f64,
        peak_rss_bytes: Option<u64>,
    ) -> Self {
        let totals = report.totals;
        Self {
            summary: Summary {
                bytes: totals.fetched_bytes,
                checked: report.checked,
                failed: totals.failed,
                fetched: totals.fetched,
                kind: kind.to_owned(),
                peak_rss_bytes,
                seconds,
                service,
                skipped: totals.skipped,
            },
        }
    }
}

/// File name of the published schema of a manifest line ([`Entry`](crate::Entry)).
pub const MANIFEST_ENTRY_SCHEMA: &str = "manifest-entry.schema.json";

/// File name of the published schema of a `hwlogs --json` line ([`Event`]).
pub const EVENT_SCHEMA: &str = "hwlogs-event.schema.json";

/// The published JSON Schemas (draft 7), as `(file name, schema)`: [`MANIFEST_ENTRY_SCHEMA`]
/// and [`EVENT_SCHEMA`]. Generated from the types, the same every time.
#[cfg(feature = "schemars")]
pub fn schemas() -> [(&'static str, serde_json::Value); 2] {
    [
        (
            MANIFEST_ENTRY_SCHEMA,
            root_schema::<crate::Entry>("hwlogs manifest line"),
        ),
        (EVENT_SCHEMA, root_schema::<Event>("hwlogs --json line")),
    ]
}

/// The schema of `T` as a document of its own, its definitions included.
#[cfg(feature = "schemars")]
fn root_schema<T: schemars::JsonSchema>(title: &str) -> serde_json::Value {
    let generator = schemars::r#gen::SchemaSettings::draft07().into_generator();
    let mut root = generator.into_root_schema_for::<T>();
    root.schema.metadata().title = Some(title.to_owned());
    let mut schema = serde_json::to_value(root).unwrap_or_default();
    unlink_descriptions(&mut schema);
    schema
}

/// Every `description` with its rustdoc links as plain code: `` [`Foo`] `` becomes `` `Foo` ``.
#[cfg(feature = "schemars")]
fn unlink_descriptions(schema: &mut serde_json::Value) {
    use serde_json::Value;
    match schema {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match value {
                    Value::String(text) if key == "description" => *text = unlink(text),
                    _ => unlink_descriptions(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(unlink_descriptions),
        _ => {}
    }
}

/// `text` with each `` [`path`] `` as `` `path` ``.
#[cfg(feature = "schemars")]
fn unlink(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("[`") {
        let Some(len) = rest[start + 2..].find("`]") else {
            break;
        };
        out.push_str(&rest[..start]);
        out.push_str(&rest[start + 1..start + 2 + len + 1]);
        rest = &rest[start + 2 + len + 2..];
    }
    out.push_str(rest);
    out
}

/// In a schema, a field that is always written, `null` when it has no value: required, and
/// nullable (a plain `Option` field is neither required nor, with `skip_serializing_if`,
/// nullable).
#[cfg(feature = "schemars")]
pub(crate) struct Always<T>(std::marker::PhantomData<T>);

#[cfg(feature = "schemars")]
impl<T: schemars::JsonSchema> schemars::JsonSchema for Always<T> {
    fn is_referenceable() -> bool {
        false
    }

    fn schema_name() -> String {
        <Option<T>>::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        <Option<T>>::schema_id()
    }

    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        <Option<T>>::json_schema(generator)
    }
}

/// A schema that is exactly one of `members`.
#[cfg(feature = "schemars")]
fn one_of(members: Vec<schemars::schema::Schema>, description: &str) -> schemars::schema::Schema {
    use schemars::schema::{Metadata, SchemaObject, SubschemaValidation};
    SchemaObject {
        metadata: Some(Box::new(Metadata {
            description: Some(description.to_owned()),
            ..Metadata::default()
        })),
        subschemas: Some(Box::new(SubschemaValidation {
            one_of: Some(members),
            ..SubschemaValidation::default()
        })),
        ..SchemaObject::default()
    }
    .into()
}

/// One of the lines, every kind of outcome a member of its own: `oneOf` policy, file,
/// fetched, skipped, failed, summary.
#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Event {
    fn schema_name() -> String {
        "Event".to_owned()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed(concat!(module_path!(), "::Event"))
    }

    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        one_of(
            vec![
                generator.subschema_for::<PolicyLine>(),
                generator.subschema_for::<LogFile>(),
                generator.subschema_for::<FetchedLine>(),
                generator.subschema_for::<SkippedLine>(),
                generator.subschema_for::<FailedLine>(),
                generator.subschema_for::<SummaryLine>(),
            ],
            "One line of `hwlogs --json`: a policy and a file (`list`), what became of a file \
             and the summary of a service and kind (`download`, `sync`).",
        )
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for OutcomeLine {
    fn schema_name() -> String {
        "OutcomeLine".to_owned()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed(concat!(module_path!(), "::OutcomeLine"))
    }

    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        one_of(
            vec![
                generator.subschema_for::<FetchedLine>(),
                generator.subschema_for::<SkippedLine>(),
                generator.subschema_for::<FailedLine>(),
            ],
            "What became of one file: fetched, skipped or failed, told apart by `status`.",
        )
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::archive::Totals;
    use crate::manifest::Entry;
    use crate::model::ListedSize;
    use serde_json::json;

    fn file(node_id: Option<&str>) -> LogFile {
        LogFile {
            service: ServiceKind::Taurusdb,
            kind: String::new(),
            instance_id: "in07".into(),
            node_id: node_id.map(str::to_owned),
            id: "f\"1".into(),
            name: "ddl.log".into(),
            size: ListedSize::Exact(12),
            start_time: None,
            end_time: None,
            active: true,
        }
    }

    /// Every line is byte for byte what `hwlogs` printed with `serde_json::json!` before the
    /// lines had types (keys sorted, `null` for no value).
    #[test]
    fn the_lines_keep_their_bytes() {
        for node in [None, Some("no1")] {
            let f = file(node);
            let entry = Entry {
                service: f.service,
                kind: "ddl".into(),
                instance_id: f.instance_id.clone(),
                node_id: f.node_id.clone(),
                id: f.id.clone(),
                name: f.name.clone(),
                path: "taurusdb/in07/ddl.log".into(),
                size: 12,
                sha256: "ab".into(),
                start_time: None,
                end_time: None,
                fetched_at: chrono::Utc::now(),
            };
            let outcomes = [
                (
                    Outcome::Fetched(entry.clone()),
                    json!({
                        "status": "fetched", "service": f.service, "kind": f.kind(), "instance_id": f.instance_id,
                        "node_id": f.node_id, "id": f.id, "path": entry.path, "size": entry.size,
                        "sha256": entry.sha256,
                    }),
                ),
                (
                    Outcome::Skipped { path: "a/b".into() },
                    json!({
                        "status": "skipped", "service": f.service, "kind": f.kind(), "instance_id": f.instance_id,
                        "node_id": f.node_id, "id": f.id, "path": "a/b",
                    }),
                ),
                (
                    Outcome::Failed("no \u{1} way".into()),
                    json!({
                        "status": "failed", "service": f.service, "kind": f.kind(), "instance_id": f.instance_id,
                        "node_id": f.node_id, "id": f.id, "error": "no \u{1} way",
                    }),
                ),
            ];
            for (outcome, old) in outcomes {
                let line = Event::from(OutcomeLine::new(&f, &outcome)).to_json();
                assert_eq!(line, old.to_string());
            }
            assert_eq!(
                Event::from(f.clone()).to_json(),
                serde_json::to_string(&f).unwrap()
            );
        }

        let policies: [Result<LogPolicy, String>; 4] = [
            Ok(LogPolicy { keep_days: Some(7) }),
            Ok(LogPolicy { keep_days: Some(0) }),
            Ok(LogPolicy { keep_days: None }),
            Err("refused".into()),
        ];
        for policy in &policies {
            let (keep_days, error) = match policy {
                Ok(p) => (p.keep_days, None),
                Err(why) => (None, Some(why.as_str())),
            };
            let old = json!({"policy": {
                "service": ServiceKind::Rds, "kind": "audit", "instance_id": "in03",
                "keep_days": keep_days,
                "enabled": policy.as_ref().ok().map(LogPolicy::enabled),
                "error": error,
            }});
            let line = PolicyLine::new(
                ServiceKind::Rds,
                "audit",
                "in03",
                policy.as_ref().map_err(String::as_str),
            );
            assert_eq!(Event::from(line).to_json(), old.to_string());
        }

        for (seconds, peak) in [(0.25, Some(1 << 20)), (12.0, None), (f64::NAN, None)] {
            let report = Report {
                files: Vec::new(),
                totals: Totals {
                    fetched: 3,
                    fetched_bytes: 300,
                    skipped: 2,
                    failed: 1,
                },
                checked: 5,
            };
            let totals = report.totals;
            let old = json!({
                "summary": {
                    "service": ServiceKind::Dds, "kind": "slow",
                    "fetched": totals.fetched, "bytes": totals.fetched_bytes,
                    "skipped": totals.skipped, "failed": totals.failed,
                    "checked": report.checked, "seconds": seconds,
                    "peak_rss_bytes": peak,
                }
            });
            let line = SummaryLine::new(ServiceKind::Dds, "slow", &report, seconds, peak);
            assert_eq!(Event::from(line).to_json(), old.to_string());
        }
    }
}
