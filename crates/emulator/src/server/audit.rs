//! The audit log policies (DDS and RDS `show_auditlog_policy`, TaurusDB
//! `show_audit_log_policy`) and the TaurusDB audit files (`list_audit_logs`,
//! `show_audit_log_download_link`), in the shapes of the official SDK's models.

use chrono::Utc;
use huaweicloud_core::wire::AUDIT_TIME_FORMAT;
use serde_json::{Value, json};

use super::App;
use super::errors::ApiError;
use super::limits;
use super::operations::{expiry, lookup_kind};
use super::params::{Params, check_window, id_list, in_window, page, parse_audit_time};
use crate::config::Service;
use crate::dataset::{Instance, LogKind};

/// What DDS audits when on (`audit_types`).
const DDS_AUDIT_TYPES: &[&str] = &["auth", "insert", "delete", "update", "query", "command"];

/// Every operation type a MySQL audit log records (RDS and TaurusDB `all_audit_log_action`).
const MYSQL_AUDIT_ACTIONS: &str = "CREATE_USER,DROP_USER,RENAME_USER,GRANT,REVOKE,SET_PASSWORD,\
CREATE_DATABASE,DROP_DATABASE,CREATE_TABLE,ALTER_TABLE,DROP_TABLE,TRUNCATE,RENAME_TABLE,\
CREATE_INDEX,DROP_INDEX,CREATE_VIEW,DROP_VIEW,CREATE_PROCEDURE,DROP_PROCEDURE,\
CREATE_TRIGGER,DROP_TRIGGER,CREATE_EVENT,DROP_EVENT,INSERT,UPDATE,DELETE,REPLACE,SELECT,\
BEGIN,COMMIT,ROLLBACK,PREPARED_STATEMENT,CONNECT,DISCONNECT";

/// How many days `inst` keeps its audit logs: its own setting, else 0 for the second generated
/// instance of its service when asked, else the default. 0 is off.
pub(super) fn keep_days(app: &App, inst: &Instance) -> u32 {
    let policy = &app.config.audit_policy;
    if let Some(days) = policy.instances.get(&inst.id) {
        return *days;
    }
    let second = || {
        app.dataset
            .instances_of(inst.service)
            .filter(|i| i.kind != "extra")
            .nth(1)
            .is_some_and(|i| i.id == inst.id)
    };
    if policy.off_in_second_instances && inst.kind != "extra" && second() {
        return 0;
    }
    policy.keep_days
}

/// DDS `show_auditlog_policy` (`{keep_days, audit_scope, audit_types}`), RDS
/// `show_auditlog_policy` and TaurusDB `show_audit_log_policy` (`{keep_days, audit_types,
/// all_audit_log_action}`). Off: `keep_days` 0 and nothing audited.
pub(super) fn policy(app: &App, inst: &Instance) -> Value {
    let days = keep_days(app, inst);
    let on = days > 0;
    match inst.service {
        Service::Dds => json!({
            "keep_days": days,
            "audit_scope": if on { "all" } else { "" },
            "audit_types": if on { DDS_AUDIT_TYPES } else { &[][..] },
        }),
        // An empty `audit_types` filters nothing: every action is audited.
        Service::Rds | Service::Taurusdb => json!({
            "keep_days": days,
            "audit_types": [],
            "all_audit_log_action": if on { MYSQL_AUDIT_ACTIONS } else { "" },
        }),
    }
}

/// TaurusDB `list_audit_logs`: `start_time`, `end_time` (`yyyy-mm-ddThh:mm:ss+hhmm`), `offset`
/// and `limit` all required; `{audit_logs: [{id, name, size (KB), begin_time, end_time}],
/// total_count}`, times in the offset of the query's `start_time`.
pub(super) fn taurusdb_list(
    app: &App,
    op: &str,
    inst: &Instance,
    query: &[(String, String)],
) -> Result<Value, ApiError> {
    let p = Params(query);
    let start = parse_audit_time("start_time", p.required("start_time")?)?;
    let end = parse_audit_time("end_time", p.required("end_time")?)?;
    let max = limits::of(Service::Taurusdb, op);
    let offset = p.int("offset", None, 0, i64::from(i32::MAX))?;
    let limit = p.int("limit", None, 1, max.page)?;
    let (s, e) = (start.with_timezone(&Utc), end.with_timezone(&Utc));
    check_window(s, e, max.max_days)?;
    let tz = *start.offset();
    let files = in_window(
        app.dataset
            .files_of_kind(Service::Taurusdb, LogKind::Audit, &inst.id),
        s,
        e,
        None,
    );
    let total = files.len();
    let logs: Vec<Value> = page(files, offset, limit)
        .into_iter()
        .map(|f| {
            json!({
                "id": f.id,
                "name": f.name,
                "size": f.size.div_ceil(1024),
                "begin_time": f.start.with_timezone(&tz).format(AUDIT_TIME_FORMAT).to_string(),
                "end_time": f.end.with_timezone(&tz).format(AUDIT_TIME_FORMAT).to_string(),
            })
        })
        .collect();
    Ok(json!({"audit_logs": logs, "total_count": total}))
}

/// TaurusDB `show_audit_log_download_link`: body `{ids}` (1 to 50) -> `{links: [url, ...]}`.
pub(super) fn taurusdb_links(
    app: &App,
    base: &str,
    op: &str,
    inst: &Instance,
    body: &[u8],
) -> Result<Value, ApiError> {
    let ids = id_list(body, "ids", limits::of(Service::Taurusdb, op).batch)?;
    let files = lookup_kind(app, inst, LogKind::Audit, &ids)?;
    let expires = expiry(app).timestamp();
    let links: Vec<String> = files
        .iter()
        .map(|f| app.link_on(base, f, expires))
        .collect();
    Ok(json!({ "links": links }))
}
