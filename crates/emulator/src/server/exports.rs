//! The slow and error log exports: DDS `download_slowlog`/`download_errorlog`, RDS
//! `list_slow_log_file`, `download_slowlog`/`download_errorlog`, TaurusDB
//! `download_slow_log_file`/`show_error_log_download_link`.
//!
//! The services prepare the files before they hand out links. Here an export (an instance and
//! a log kind; for TaurusDB a node and a log kind) answers its first
//! `Config::export_pending_calls` calls as still being prepared (`CREATING`, items
//! `EXPORTING`/`CREATING`, no links), then ready (`FINISH`, items `SUCCESS`/`FINISH`, signed
//! links like every other file's), and stays ready. With the `export_fail` fault an export may
//! end `FAILED` instead (no links); the next call then starts a new export.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use http::StatusCode;
use serde_json::{Map, Value, json};

use super::App;
use super::errors::ApiError;
use super::faults;
use super::limits;
use super::operations::expiry;
use super::params::{Params, page};
use crate::config::Service;
use crate::dataset::{Instance, LogFile, LogKind, text_key};

/// The exports under way or done, by key.
#[derive(Debug, Default)]
pub(super) struct Exports(Mutex<HashMap<String, Export>>);

/// One export.
#[derive(Debug)]
struct Export {
    /// Which attempt this is (0 first; one more after each failure).
    attempt: u64,
    /// Calls answered as still being prepared.
    calls: u32,
    /// When the attempt started.
    created: DateTime<Utc>,
    /// When it became ready.
    ready: Option<DateTime<Utc>>,
}

/// Where an export stands, as one call sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Preparing,
    Ready,
    Failed,
}

/// What one call answers of an export.
struct Progress {
    state: State,
    /// The id of the attempt (`workflow_id`, `job_id`).
    job_id: String,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
}

impl App {
    /// The export `key` as this call sees it, one call further.
    fn export_progress(&self, key: &str) -> Progress {
        let now = self.config.clock.now();
        let pending = self.config.export_pending_calls;
        let mut map = self.exports.0.lock().unwrap_or_else(|e| e.into_inner());
        let e = map.entry(key.to_owned()).or_insert(Export {
            attempt: 0,
            calls: 0,
            created: now,
            ready: None,
        });
        let job_id = job_id(self.config.seed, key, e.attempt);
        let created = e.created;
        if let Some(ready) = e.ready {
            return Progress {
                state: State::Ready,
                job_id,
                created,
                updated: ready,
            };
        }
        if e.calls < pending {
            e.calls += 1;
            return Progress {
                state: State::Preparing,
                job_id,
                created,
                updated: now,
            };
        }
        if faults::export_fails(self, key, e.attempt) {
            // This attempt is over; the next call starts another.
            *e = Export {
                attempt: e.attempt + 1,
                calls: 0,
                created: now,
                ready: None,
            };
            return Progress {
                state: State::Failed,
                job_id,
                created,
                updated: now,
            };
        }
        e.ready = Some(now);
        Progress {
            state: State::Ready,
            job_id,
            created,
            updated: now,
        }
    }
}

/// A UUID for attempt `attempt` of export `key`.
fn job_id(seed: u64, key: &str, attempt: u64) -> String {
    let a = text_key(seed, &["export", key, &attempt.to_string()]);
    let b = text_key(seed, &["export id", key, &attempt.to_string()]);
    format!(
        "{:08x}-{:04x}-4{:03x}-a{:03x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        b >> 52,
        b & 0xffff_ffff_ffff
    )
}

/// A size in KB as the services write it in a string: whole when it is, else two decimals.
fn kb(bytes: u64) -> String {
    if bytes.is_multiple_of(1024) {
        (bytes / 1024).to_string()
    } else {
        format!("{:.2}", bytes as f64 / 1024.0)
    }
}

/// The JSON body of an export request as an object; an empty body (or `null`) is none.
fn body_object(body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(Value::Null) => Ok(Map::new()),
        Ok(_) => Err(ApiError::invalid_why("body", "not a JSON object")),
        Err(_) => Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "DBS.200005",
            "The request body is not valid JSON.",
        )),
    }
}

/// The body's `key`: absent or null is none, else an array of non-empty strings.
fn string_list(body: &Map<String, Value>, key: &str) -> Result<Vec<String>, ApiError> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| match v {
                Value::String(s) if !s.is_empty() => Ok(s.clone()),
                _ => Err(ApiError::invalid_why(
                    key,
                    "every item must be a non-empty string",
                )),
            })
            .collect(),
        Some(_) => Err(ApiError::invalid_why(key, "not an array")),
    }
}

fn no_such_file(name: &str) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "DBS.200009",
        format!("The log file {name} does not exist."),
    )
}

/// DDS `download_slowlog` / `download_errorlog`: body `{file_name_list?, node_id_list?}` (empty:
/// every file of every node that writes such logs) -> `{list: [{node_name, file_name, status,
/// file_size (KB), file_link, update_at}], status, count}`.
pub(super) fn dds(
    app: &App,
    base: &str,
    inst: &Instance,
    kind: LogKind,
    body: &[u8],
) -> Result<Value, ApiError> {
    let body = body_object(body)?;
    let names = string_list(&body, "file_name_list")?;
    let nodes = string_list(&body, "node_id_list")?;
    let allowed: Vec<&str> = match kind {
        LogKind::Slow => inst.slow_log_nodes().map(|n| n.id.as_str()).collect(),
        _ => inst.error_log_nodes().map(|n| n.id.as_str()).collect(),
    };
    if let Some(bad) = nodes.iter().find(|n| !allowed.contains(&n.as_str())) {
        return Err(ApiError::invalid_why(
            "node_id_list",
            &format!("{bad} is not a node of this instance whose {kind} logs can be queried"),
        ));
    }
    let all = app.dataset.files_of_kind(Service::Dds, kind, &inst.id);
    if let Some(missing) = names.iter().find(|n| !all.iter().any(|f| &f.name == *n)) {
        return Err(no_such_file(missing));
    }
    let files: Vec<&LogFile> = all
        .into_iter()
        .filter(|f| nodes.is_empty() || f.node_id.as_ref().is_some_and(|n| nodes.contains(n)))
        .filter(|f| names.is_empty() || names.contains(&f.name))
        .collect();
    let progress = app.export_progress(&format!("dds/{}/{kind}", inst.id));
    let expires = expiry(app).timestamp();
    let (item_status, status) = dds_rds_statuses(progress.state);
    let list: Vec<Value> = files
        .iter()
        .map(|f| {
            let node_name = f
                .node_id
                .as_deref()
                .and_then(|id| inst.node(id))
                .map_or("", |n| n.name.as_str());
            // While exported (or failed), size and link are null, as in the document's example.
            let (size, link) = match progress.state {
                State::Ready => (json!(kb(f.size)), json!(app.link_on(base, f, expires))),
                _ => (Value::Null, Value::Null),
            };
            json!({
                "node_name": node_name,
                "file_name": f.name,
                "status": item_status,
                "file_size": size,
                "file_link": link,
                "update_at": progress.updated.timestamp_millis(),
            })
        })
        .collect();
    Ok(json!({"list": list, "status": status, "count": list.len()}))
}

/// The status of each file and of the export, as DDS and RDS spell them, in each state.
fn dds_rds_statuses(state: State) -> (&'static str, &'static str) {
    match state {
        State::Preparing => ("EXPORTING", "CREATING"),
        State::Ready => ("SUCCESS", "FINISH"),
        State::Failed => ("FAILED", "FAILED"),
    }
}

/// RDS `download_slowlog` (body `{file_name?}`, required for SQL Server) and
/// `download_errorlog` (no body) -> `{list: [{workflow_id, file_name, status, file_size (KB),
/// file_link, create_at, update_at}], status, count}`: the export `CREATING`, `FINISH` or
/// `FAILED`, its files `EXPORTING`, `SUCCESS` or `FAILED` (as the document has them; the SDK
/// names no values). Every field the SDK requires is always there: the link is empty until
/// the export is done.
pub(super) fn rds(
    app: &App,
    base: &str,
    inst: &Instance,
    kind: LogKind,
    body: &[u8],
) -> Result<Value, ApiError> {
    let file_name = if kind == LogKind::Slow {
        match body_object(body)?.get("file_name") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
            Some(_) => {
                return Err(ApiError::invalid_why("file_name", "not a non-empty string"));
            }
        }
    } else {
        None
    };
    if kind == LogKind::Slow && inst.kind == "sqlserver" && file_name.is_none() {
        return Err(ApiError::missing("file_name"));
    }
    let all = app.dataset.files_of_kind(Service::Rds, kind, &inst.id);
    let files: Vec<&LogFile> = match &file_name {
        None => all,
        Some(name) => {
            let one: Vec<&LogFile> = all.into_iter().filter(|f| &f.name == name).collect();
            if one.is_empty() {
                return Err(no_such_file(name));
            }
            one
        }
    };
    let progress = app.export_progress(&format!("rds/{}/{kind}", inst.id));
    let expires = expiry(app).timestamp();
    let (item_status, status) = dds_rds_statuses(progress.state);
    let list: Vec<Value> = files
        .iter()
        .map(|f| {
            let link = match progress.state {
                State::Ready => app.link_on(base, f, expires),
                _ => String::new(),
            };
            json!({
                "workflow_id": progress.job_id,
                "file_name": f.name,
                "status": item_status,
                "file_size": kb(f.size),
                "file_link": link,
                "create_at": progress.created.timestamp_millis(),
                "update_at": progress.updated.timestamp_millis(),
            })
        })
        .collect();
    Ok(json!({"list": list, "status": status, "count": list.len()}))
}

/// RDS `list_slow_log_file`: `offset` (default 0), `limit` (1 to 100, default 10) ->
/// `{list: [{file_name, file_size (bytes)}], total_count}`, newest first.
pub(super) fn rds_slow_files(
    app: &App,
    op: &str,
    inst: &Instance,
    query: &[(String, String)],
) -> Result<Value, ApiError> {
    let p = Params(query);
    let max = limits::of(Service::Rds, op);
    let offset = p.int("offset", Some(0), 0, i64::from(i32::MAX))?;
    let limit = p.int("limit", Some(10), 1, max.page)?;
    let files = app
        .dataset
        .files_of_kind(Service::Rds, LogKind::Slow, &inst.id);
    let total = files.len();
    let list: Vec<Value> = page(files, offset, limit)
        .into_iter()
        .map(|f| json!({"file_name": f.name, "file_size": f.size.to_string()}))
        .collect();
    Ok(json!({"list": list, "total_count": total}))
}

/// TaurusDB `download_slow_log_file` / `show_error_log_download_link` of node `node` ->
/// `{list: [{job_id, file_name, status, file_size (KB), file_link, create_at, updated_at}],
/// count}`; `file_size` and `file_link` only once the export is ready (all optional in the SDK).
pub(super) fn taurusdb(
    app: &App,
    base: &str,
    inst: &Instance,
    node: &str,
    kind: LogKind,
) -> Result<Value, ApiError> {
    if inst.node(node).is_none() {
        return Err(ApiError::invalid_why(
            "node_id",
            "no such node in this instance",
        ));
    }
    let files: Vec<&LogFile> = app
        .dataset
        .files_of_kind(Service::Taurusdb, kind, &inst.id)
        .into_iter()
        .filter(|f| f.node_id.as_deref() == Some(node))
        .collect();
    let progress = app.export_progress(&format!("taurusdb/{}/{node}/{kind}", inst.id));
    let expires = expiry(app).timestamp();
    let status = match progress.state {
        State::Preparing => "EXPORTING",
        State::Ready => "SUCCESS",
        State::Failed => "FAILED",
    };
    let list: Vec<Value> = files
        .iter()
        .map(|f| {
            let mut item = json!({
                "job_id": progress.job_id,
                "file_name": f.name,
                "status": status,
                "create_at": progress.created.timestamp_millis(),
                "updated_at": progress.updated.timestamp_millis(),
            });
            if progress.state == State::Ready {
                item["file_size"] = json!(kb(f.size));
                item["file_link"] = json!(app.link_on(base, f, expires));
            }
            item
        })
        .collect();
    Ok(json!({"list": list, "count": list.len()}))
}
