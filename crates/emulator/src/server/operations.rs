//! The answers of the six operations, in the wire shapes the services really send: DDS sizes as
//! strings or integers, RDS sizes in KB, times in the query's offset (DDS, RDS) or its format
//! (TaurusDB), and the TaurusDB download answer in the configured shape.

use chrono::{DateTime, FixedOffset, Offset as _, TimeDelta, Utc};
use http::StatusCode;
use huaweicloud_core::wire::{AUDIT_TIME_FORMAT, PLAIN_TIME_FORMAT};
use serde_json::{Value, json};

use super::App;
use super::errors::ApiError;
use super::limits;
use super::params::{
    Params, check_window, id_list, in_window, page, parse_audit_time, parse_ddl_time,
};
use crate::config::{Service, TaurusdbShape};
use crate::dataset::{Instance, LogFile, LogKind};

/// DDS `list_auditlogs`.
pub(super) fn dds_list(
    app: &App,
    inst: &Instance,
    query: &[(String, String)],
) -> Result<Value, ApiError> {
    let p = Params(query);
    let start = parse_audit_time("start_time", p.required("start_time")?)?;
    let end = parse_audit_time("end_time", p.required("end_time")?)?;
    let node = p.node(inst, false)?;
    let max = limits::of(Service::Dds, "list_auditlogs");
    let offset = p.int("offset", Some(0), 0, i64::from(i32::MAX))?;
    let limit = p.int("limit", Some(100), 1, max.page)?;
    let (s, e) = (start.with_timezone(&Utc), end.with_timezone(&Utc));
    check_window(s, e, max.max_days)?;
    let tz = *start.offset();
    let files = in_window(app.dataset.files_of(Service::Dds, &inst.id), s, e, node);
    let total = files.len();
    let total_size: u64 = files.iter().map(|f| f.size).sum();
    let logs: Vec<Value> = page(files, offset, limit)
        .into_iter()
        .map(|f| {
            let size = if f.size_as_string {
                json!(f.size.to_string())
            } else {
                json!(f.size)
            };
            json!({
                "id": f.id,
                "name": f.name,
                "size": size,
                "node_id": f.node_id,
                "start_time": f.start.with_timezone(&tz).format(AUDIT_TIME_FORMAT).to_string(),
                "end_time": f.end.with_timezone(&tz).format(AUDIT_TIME_FORMAT).to_string(),
            })
        })
        .collect();
    Ok(json!({"audit_logs": logs, "total_record": total, "total_size": total_size}))
}

/// RDS `list_auditlogs`.
pub(super) fn rds_list(
    app: &App,
    inst: &Instance,
    query: &[(String, String)],
) -> Result<Value, ApiError> {
    let p = Params(query);
    let start = parse_audit_time("start_time", p.required("start_time")?)?;
    let end = parse_audit_time("end_time", p.required("end_time")?)?;
    let max = limits::of(Service::Rds, "list_auditlogs");
    let offset = p.int("offset", None, 0, i64::from(i32::MAX))?;
    let limit = p.int("limit", None, 1, max.page)?;
    let (s, e) = (start.with_timezone(&Utc), end.with_timezone(&Utc));
    check_window(s, e, max.max_days)?;
    let tz = *start.offset();
    let files = in_window(app.dataset.files_of(Service::Rds, &inst.id), s, e, None);
    let total = files.len();
    let logs: Vec<Value> = page(files, offset, limit)
        .into_iter()
        .map(|f| {
            let kb = (f.size as f64 / 1024.0 * 1e6).round() / 1e6;
            json!({
                "id": f.id,
                "name": f.name,
                "size": kb,
                "begin_time": f.start.with_timezone(&tz).format(AUDIT_TIME_FORMAT).to_string(),
                "end_time": f.end.with_timezone(&tz).format(AUDIT_TIME_FORMAT).to_string(),
            })
        })
        .collect();
    Ok(json!({"auditlogs": logs, "total_record": total}))
}

pub(super) fn beijing() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| Utc.fix())
}

/// TaurusDB `list_ddl_logs`.
pub(super) fn ddl_list(
    app: &App,
    inst: &Instance,
    query: &[(String, String)],
) -> Result<Value, ApiError> {
    let p = Params(query);
    let node = p.node(inst, true)?;
    let (s, millis) = parse_ddl_time("start_time", p.required("start_time")?)?;
    let (e, _) = parse_ddl_time("end_time", p.required("end_time")?)?;
    let max = limits::of(Service::Taurusdb, "list_ddl_logs");
    let offset = p.int("offset", Some(0), 0, i64::from(i32::MAX))?;
    let limit = p.int("limit", Some(10), 1, max.page)?;
    check_window(s, e, max.max_days)?;
    let files = in_window(
        app.dataset.files_of(Service::Taurusdb, &inst.id),
        s,
        e,
        node,
    );
    let total = files.len();
    let time = |t: DateTime<Utc>| {
        if millis {
            json!(t.timestamp_millis())
        } else {
            json!(
                t.with_timezone(&beijing())
                    .format(AUDIT_TIME_FORMAT)
                    .to_string()
            )
        }
    };
    let logs: Vec<Value> = page(files, offset, limit)
        .into_iter()
        .map(|f| {
            json!({
                "id": f.id,
                "file_name": f.name,
                "file_size": f.size,
                "create_time": time(f.start),
                "end_time": time(f.end),
                "status": "Active",
            })
        })
        .collect();
    Ok(json!({"ddl_logs": logs, "total_count": total, "keep_days": 60, "switch_status": "ON"}))
}

/// The files of `inst` with these ids, in order; `DBS.200009` names the first that is not.
fn lookup<'a>(app: &'a App, inst: &Instance, ids: &[String]) -> Result<Vec<&'a LogFile>, ApiError> {
    lookup_kind(app, inst, LogKind::primary(inst.service), ids)
}

/// The files of kind `kind` of `inst` with these ids, in order; `DBS.200009` names the first
/// that is not.
pub(super) fn lookup_kind<'a>(
    app: &'a App,
    inst: &Instance,
    kind: LogKind,
    ids: &[String],
) -> Result<Vec<&'a LogFile>, ApiError> {
    ids.iter()
        .map(|id| {
            app.dataset
                .file_index_of(inst.service, kind, &inst.id, id)
                .and_then(|i| app.dataset.file(i))
                .ok_or_else(|| {
                    ApiError::new(
                        StatusCode::NOT_FOUND,
                        "DBS.200009",
                        format!("The log file {id} does not exist."),
                    )
                })
        })
        .collect()
}

/// When a link issued now expires: the link lifetime from the emulator's clock.
pub(super) fn expiry(app: &App) -> DateTime<Utc> {
    let ttl = TimeDelta::from_std(app.config.link_ttl).unwrap_or(TimeDelta::minutes(5));
    app.config.clock.now() + ttl
}

/// DDS `list_auditlog_links` and RDS `show_auditlog_download_link`: `{"links": [url, ...]}`.
pub(super) fn audit_links(
    app: &App,
    base: &str,
    service: Service,
    op: &str,
    inst: &Instance,
    body: &[u8],
) -> Result<Value, ApiError> {
    let ids = id_list(body, "ids", limits::of(service, op).batch)?;
    let files = lookup(app, inst, &ids)?;
    let expires = expiry(app).timestamp();
    let links: Vec<String> = files
        .iter()
        .map(|f| app.link_on(base, f, expires))
        .collect();
    Ok(json!({ "links": links }))
}

/// TaurusDB `download_ddl_logs`, in the configured shape.
pub(super) fn ddl_download(
    app: &App,
    base: &str,
    inst: &Instance,
    body: &[u8],
) -> Result<Value, ApiError> {
    let ids = id_list(
        body,
        "log_ids",
        limits::of(Service::Taurusdb, "download_ddl_logs").batch,
    )?;
    let files = lookup(app, inst, &ids)?;
    let expires = expiry(app);
    let shape = app.config.taurusdb_shape;
    let items: Vec<Value> = files
        .iter()
        .map(|f| {
            let expire_time = match shape {
                TaurusdbShape::DownloadFiles => json!(expires.timestamp_millis()),
                _ => json!(expires.format(PLAIN_TIME_FORMAT).to_string()),
            };
            json!({
                "id": f.id,
                "file_name": f.name,
                "file_size": f.size,
                "download_url": app.link_on(base, f, expires.timestamp()),
                "expire_time": expire_time,
            })
        })
        .collect();
    Ok(match shape {
        TaurusdbShape::List => json!({ "list": items }),
        TaurusdbShape::DownloadFiles => json!({ "download_files": items }),
        TaurusdbShape::Array => Value::Array(items),
    })
}
