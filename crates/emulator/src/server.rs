//! The HTTP side: routing, authentication, the six operations, download links and downloads,
//! faults, the admin endpoint.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::response::Response;
use bytes::Bytes;
use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeDelta, Utc};
use hmac::{Hmac, KeyInit, Mac};
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use huaweicloud_core::signing;
use huaweicloud_core::wire::{AUDIT_TIME_FORMAT, PLAIN_TIME_FORMAT};
use serde::Serialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::config::{Config, Faults, Service, TaurusdbShape};
use crate::dataset::{self, Dataset, LogFile, mix, text_key};
use crate::net::Peer;

/// Largest request body accepted.
const MAX_BODY: usize = 1 << 20;
/// Clock skew accepted on `X-Sdk-Date`.
pub const MAX_SKEW: Duration = Duration::from_secs(15 * 60);
/// Longest query window of the audit log lists.
const MAX_SPAN_DAYS: i64 = 30;
/// Prefix of the admin endpoint.
pub const ADMIN_PREFIX: &str = "/_emulator/";

type HmacSha256 = Hmac<Sha256>;

/// Counters of one operation.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct OpStats {
    /// Requests routed to the operation (after authentication and instance lookup).
    pub requests: u64,
    /// Responses by HTTP status.
    pub statuses: BTreeMap<u16, u64>,
}

/// Counters of the downloads of one file.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct DownloadStats {
    /// `GET` requests with a valid link.
    pub get: u64,
    /// `HEAD` requests with a valid link.
    pub head: u64,
    /// Body bytes handed to the connection (the planned bytes, faults included).
    pub bytes: u64,
}

/// Request counters, as served by `/_emulator/stats`.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Stats {
    /// Every request received, admin requests excluded.
    pub total_requests: u64,
    /// Per operation, keyed `service.operation_id` (e.g. `dds.list_auditlogs`), plus
    /// `unauthenticated`, `unknown_route`, `unknown_instance` and `download`.
    pub operations: BTreeMap<String, OpStats>,
    /// Per file, keyed `service/instance_id/file_id`.
    pub downloads: BTreeMap<String, DownloadStats>,
}

/// Shared state of a running emulator.
pub(crate) struct App {
    pub config: Config,
    pub dataset: Arc<Dataset>,
    pub endpoint: String,
    link_key: [u8; 32],
    request_seq: AtomicU64,
    fault_seq: Mutex<BTreeMap<String, u64>>,
    pub stats: Mutex<Stats>,
}

impl App {
    pub fn new(config: Config, dataset: Arc<Dataset>, endpoint: String) -> Self {
        let mut link_key = [0u8; 32];
        link_key.copy_from_slice(&Sha256::digest(format!(
            "huaweicloud-emulator link key {}",
            config.seed
        )));
        Self {
            config,
            dataset,
            endpoint,
            link_key,
            request_seq: AtomicU64::new(0),
            fault_seq: Mutex::new(BTreeMap::new()),
            stats: Mutex::new(Stats::default()),
        }
    }

    fn stats(&self) -> std::sync::MutexGuard<'_, Stats> {
        self.stats.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn next_request_id(&self) -> String {
        let n = self.request_seq.fetch_add(1, Ordering::Relaxed);
        let a = mix(self.config.seed ^ mix(n));
        let b = mix(a ^ 0x5151_5151);
        format!("{a:016x}{b:016x}")
    }

    /// A number in `[0, 1)` for the `n`-th request of `kind`, draw `what`.
    fn roll(&self, kind: &str, n: u64, what: u64) -> f64 {
        let x = mix(text_key(self.config.seed, &["fault", kind]) ^ mix(n) ^ mix(what << 32));
        (x >> 11) as f64 / (1u64 << 53) as f64
    }

    fn fault_seq(&self, kind: &str) -> u64 {
        let mut map = self.fault_seq.lock().unwrap_or_else(|e| e.into_inner());
        let slot = map.entry(kind.to_owned()).or_insert(0);
        let n = *slot;
        *slot += 1;
        n
    }

    /// Sign a download path with an expiry: `?expires=UNIX&signature=HEX`.
    pub fn link_signature(&self, path: &str, expires: i64) -> String {
        let Ok(mut mac) = HmacSha256::new_from_slice(&self.link_key) else {
            return String::new();
        };
        mac.update(format!("GET\n{path}\n{expires}").as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    fn link_valid(&self, path: &str, expires: i64, signature: &str) -> bool {
        let Ok(claimed) = hex::decode(signature) else {
            return false;
        };
        let Ok(mut mac) = HmacSha256::new_from_slice(&self.link_key) else {
            return false;
        };
        mac.update(format!("GET\n{path}\n{expires}").as_bytes());
        mac.verify_slice(&claimed).is_ok()
    }

    /// A presigned download URL for `file`, valid until `expires` (Unix seconds).
    pub fn link(&self, file: &LogFile, expires: i64) -> String {
        let path = dataset::download_path(file);
        let signature = self.link_signature(&path, expires);
        format!(
            "{}{path}?expires={expires}&signature={signature}",
            self.endpoint
        )
    }
}

/// Per-request context.
struct Ctx {
    request_id: String,
    op: String,
}

/// An error answer.
struct ApiError {
    status: StatusCode,
    code: &'static str,
    msg: String,
    retry_after: Option<u64>,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, msg: impl Into<String>) -> Self {
        Self {
            status,
            code,
            msg: msg.into(),
            retry_after: None,
        }
    }
    fn invalid_why(param: &str, why: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "DBS.200001",
            format!("The parameter {param} is invalid: {why}."),
        )
    }
    fn missing(param: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "DBS.200002",
            format!("The parameter {param} is mandatory."),
        )
    }
}

fn json_response(status: StatusCode, body: &Value) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    let mut resp = Response::new(Body::from(bytes));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}

fn error_response(ctx: &Ctx, e: &ApiError) -> Response {
    let mut body = json!({"error_code": e.code, "error_msg": e.msg});
    if e.code.starts_with("APIGW") {
        body["request_id"] = Value::String(ctx.request_id.clone());
    }
    let mut resp = json_response(e.status, &body);
    if let Some(secs) = e.retry_after {
        resp.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    resp
}

fn obs_error(status: StatusCode, code: &str, msg: &str, request_id: &str) -> Response {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{msg}</Message><RequestId>{request_id}</RequestId></Error>"
    );
    let mut resp = Response::new(Body::from(body));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/xml"),
    );
    resp
}

/// The one handler: everything is routed by hand so every answer, errors included, has the
/// emulator's shape, an `X-Request-Id` and a `Date` from the emulator's clock.
pub(crate) async fn handle(
    State(app): State<Arc<App>>,
    ConnectInfo(peer): ConnectInfo<Peer>,
    req: Request,
) -> Response {
    let path = req.uri().path().to_owned();
    if let Some(rest) = path.strip_prefix(ADMIN_PREFIX) {
        let request_id = app.next_request_id();
        let mut resp = admin(&app, &peer, rest, req.uri().query()).await;
        set_request_id(&mut resp, &request_id);
        set_date(&mut resp, app.config.clock.now());
        return resp;
    }
    let mut ctx = Ctx {
        request_id: app.next_request_id(),
        op: "unknown_route".to_owned(),
    };
    let mut resp = if path.starts_with("/download/") {
        ctx.op = "download".to_owned();
        download(&app, &peer, &ctx, req).await
    } else {
        match api(&app, &mut ctx, req).await {
            Ok(resp) => resp,
            Err(e) => error_response(&ctx, &e),
        }
    };
    {
        let mut stats = app.stats();
        stats.total_requests += 1;
        let op = stats.operations.entry(ctx.op.clone()).or_default();
        op.requests += 1;
        *op.statuses.entry(resp.status().as_u16()).or_insert(0) += 1;
    }
    set_request_id(&mut resp, &ctx.request_id);
    set_date(&mut resp, app.config.clock.now());
    resp
}

fn set_request_id(resp: &mut Response, id: &str) {
    if let Ok(v) = HeaderValue::from_str(id) {
        resp.headers_mut().insert("x-request-id", v);
    }
}

/// The emulator's clock in `Date` (RFC 9110's IMF-fixdate), as the service sends its own; hyper
/// would add the system clock's, which is wrong for a fixed or moved clock (and adds none when
/// one is there).
fn set_date(resp: &mut Response, now: DateTime<Utc>) {
    let text = now.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    if let Ok(v) = HeaderValue::from_str(&text) {
        resp.headers_mut().insert(header::DATE, v);
    }
}

// ---------------------------------------------------------------------------------------------
// Admin.

async fn admin(app: &Arc<App>, peer: &Peer, rest: &str, query: Option<&str>) -> Response {
    let not_found = || {
        json_response(
            StatusCode::NOT_FOUND,
            &json!({"error_code": "APIGW.0101", "error_msg": "The API does not exist or has not been published in the environment."}),
        )
    };
    if !peer.addr.ip().is_loopback() {
        return not_found();
    }
    match rest {
        "stats" => {
            let stats = app.stats().clone();
            json_response(
                StatusCode::OK,
                &serde_json::to_value(stats).unwrap_or_default(),
            )
        }
        "manifest" => {
            let with_sha = !query_pairs(query)
                .iter()
                .any(|(k, v)| k == "sha256" && (v == "false" || v == "0"));
            let files = manifest(app, with_sha).await;
            json_response(
                StatusCode::OK,
                &json!({
                    "project_id": app.config.project_id,
                    "instances": app.dataset.instances(),
                    "files": files,
                }),
            )
        }
        "links" => {
            // Presigned links for every file (optionally of one service and instance), as the
            // link operations would hand them out: for benchmarks that download the same
            // URLs with another client.
            let q = query_pairs(query);
            let want = |k: &str| q.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
            let (service, instance) = (want("service"), want("instance"));
            let expires = expiry(app).timestamp();
            let links: Vec<Value> = app
                .dataset
                .files()
                .iter()
                .filter(|f| service.as_deref().is_none_or(|s| f.service.as_str() == s))
                .filter(|f| instance.as_deref().is_none_or(|i| f.instance_id == i))
                .map(|f| {
                    json!({
                        "service": f.service.as_str(),
                        "instance_id": f.instance_id,
                        "id": f.id,
                        "size": f.size,
                        "url": app.link(f, expires),
                    })
                })
                .collect();
            json_response(StatusCode::OK, &json!({ "links": links }))
        }
        _ => not_found(),
    }
}

/// The manifest, with SHA-256 sums (computed lazily, in parallel, cached) when asked.
pub(crate) async fn manifest(app: &Arc<App>, with_sha: bool) -> Vec<dataset::ManifestEntry> {
    let n = app.dataset.files().len();
    let mut out: Vec<dataset::ManifestEntry> = (0..n)
        .filter_map(|i| app.dataset.manifest_entry(i))
        .collect();
    if with_sha {
        let futures = (0..n).map(|i| {
            let ds = Arc::clone(&app.dataset);
            async move { ds.sha256(i).await }
        });
        let sums = futures_util::future::join_all(futures).await;
        for (entry, sum) in out.iter_mut().zip(sums) {
            entry.sha256 = sum;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// API.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Route {
    AuditList,
    AuditLinks,
    DdlList,
    DdlDownload,
}

fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    query
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect()
        })
        .unwrap_or_default()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes.get(i).copied().unwrap_or(0);
        if b == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

async fn api(app: &Arc<App>, ctx: &mut Ctx, req: Request) -> Result<Response, ApiError> {
    let not_found = || {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "APIGW.0101",
            "The API does not exist or has not been published in the environment.",
        )
    };
    let (parts, body) = req.into_parts();
    let segments: Vec<&str> = parts.uri.path().split('/').collect();
    let (project, instance, route) = match segments.as_slice() {
        ["", "v3", project, "instances", instance, rest @ ..] => {
            let route = match (rest, &parts.method) {
                (["auditlog"], &Method::GET) => Route::AuditList,
                (["auditlog-links"], &Method::POST) => Route::AuditLinks,
                (["ddl-log"], &Method::GET) => Route::DdlList,
                (["ddl-log", "download"], &Method::POST) => Route::DdlDownload,
                _ => return Err(not_found()),
            };
            (percent_decode(project), percent_decode(instance), route)
        }
        _ => return Err(not_found()),
    };

    let body = axum::body::to_bytes(body, MAX_BODY).await.map_err(|_| {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "APIGW.0201",
            "Request entity too large.",
        )
    })?;

    if let Err(why) = authenticate(app, &parts, &body) {
        ctx.op = "unauthenticated".to_owned();
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "APIGW.0301",
            format!("Incorrect IAM authentication information: {why}"),
        ));
    }
    if project != app.config.project_id {
        ctx.op = "wrong_project".to_owned();
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "DBS.200006",
            format!("The project ID {project} does not match the project of the credentials."),
        ));
    }
    let query = query_pairs(parts.uri.query());
    let service = resolve_service(&app.dataset, route, &instance, &query).ok_or_else(|| {
        ctx.op = "unknown_instance".to_owned();
        ApiError::new(
            StatusCode::NOT_FOUND,
            "DBS.200007",
            format!("The instance {instance} does not exist."),
        )
    })?;
    let op_name = match (service, route) {
        (Service::Dds, Route::AuditList) => "dds.list_auditlogs",
        (Service::Dds, _) => "dds.list_auditlog_links",
        (Service::Rds, Route::AuditList) => "rds.list_auditlogs",
        (Service::Rds, _) => "rds.show_auditlog_download_link",
        (Service::Taurusdb, Route::DdlList) => "taurusdb.list_ddl_logs",
        (Service::Taurusdb, _) => "taurusdb.download_ddl_logs",
    };
    ctx.op = op_name.to_owned();

    let faults = &app.config.faults;
    if !faults.is_off() {
        let n = app.fault_seq(op_name);
        delay(app, faults, op_name, n).await;
        let r = app.roll(op_name, n, 1);
        if r < faults.error {
            return Err(if app.roll(op_name, n, 2) < 0.5 {
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "DBS.200010",
                    "fault: internal server error.",
                )
            } else {
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "DBS.200011",
                    "fault: service unavailable, try again later.",
                )
            });
        }
        if r < faults.error + faults.throttle {
            let mut e = ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "APIGW.0308",
                "The throttling threshold has been reached.",
            );
            e.retry_after = Some(1);
            return Err(e);
        }
    }

    let Some(inst) = app.dataset.instance(service, &instance) else {
        return Err(not_found());
    };
    let inst = inst.clone();
    let value = match route {
        Route::AuditList => match service {
            Service::Dds => dds_list(app, &inst, &query)?,
            _ => rds_list(app, &inst, &query)?,
        },
        Route::AuditLinks => audit_links(app, &inst, &body)?,
        Route::DdlList => ddl_list(app, &inst, &query)?,
        Route::DdlDownload => ddl_download(app, &inst, &body)?,
    };
    Ok(json_response(StatusCode::OK, &value))
}

async fn delay(app: &App, faults: &Faults, kind: &str, n: u64) {
    if !faults.delay.is_zero() && app.roll(kind, n, 4) < faults.delay_rate {
        tokio::time::sleep(faults.delay).await;
    }
}

/// Which service answers a request: the one owning the instance id. An id given to both DDS
/// and RDS (extra instances only) is answered as RDS on a list request that has no `node_id`
/// and carries `offset` and a `limit` of at most 50, else as DDS.
fn resolve_service(
    dataset: &Dataset,
    route: Route,
    instance: &str,
    query: &[(String, String)],
) -> Option<Service> {
    match route {
        Route::DdlList | Route::DdlDownload => dataset
            .instance(Service::Taurusdb, instance)
            .map(|_| Service::Taurusdb),
        Route::AuditList | Route::AuditLinks => {
            let dds = dataset.instance(Service::Dds, instance).is_some();
            let rds = dataset.instance(Service::Rds, instance).is_some();
            match (dds, rds) {
                (true, false) => Some(Service::Dds),
                (false, true) => Some(Service::Rds),
                (false, false) => None,
                (true, true) => {
                    let get = |k: &str| query.iter().find(|(key, _)| key == k).map(|(_, v)| v);
                    let rds_like = route == Route::AuditList
                        && get("node_id").is_none()
                        && get("offset").is_some()
                        && get("limit")
                            .and_then(|l| l.parse::<i64>().ok())
                            .is_some_and(|l| l <= 50);
                    Some(if rds_like { Service::Rds } else { Service::Dds })
                }
            }
        }
    }
}

fn authenticate(app: &App, parts: &http::request::Parts, body: &[u8]) -> Result<(), String> {
    let headers = &parts.headers;
    if headers.contains_key(header::AUTHORIZATION) {
        let path_and_query = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/");
        let url = url::Url::parse(&format!("http://emulator.invalid{path_and_query}"))
            .map_err(|_| "the request URI cannot be parsed".to_owned())?;
        let secret_for = |ak: &str| (ak == app.config.ak).then(|| app.config.sk.clone());
        signing::verify(
            &parts.method,
            &url,
            headers,
            body,
            secret_for,
            app.config.clock.now(),
            MAX_SKEW,
        )
        .map(|_| ())
        .map_err(|e| e.to_string())
    } else if let Some(token) = headers.get("x-auth-token") {
        let expected = app.config.token.as_bytes();
        let given = token.as_bytes();
        let mut diff = u8::from(given.len() != expected.len());
        for (a, b) in given.iter().zip(expected.iter().cycle()) {
            diff |= a ^ b;
        }
        if diff == 0 {
            Ok(())
        } else {
            Err("the X-Auth-Token is invalid or expired".to_owned())
        }
    } else {
        Err(
            "the request has neither an Authorization (AK/SK signature) nor an X-Auth-Token header"
                .to_owned(),
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Parameters.

struct Params<'a>(&'a [(String, String)]);

impl Params<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn required(&self, key: &str) -> Result<&str, ApiError> {
        self.get(key).ok_or_else(|| ApiError::missing(key))
    }

    fn int(&self, key: &str, default: Option<i64>, min: i64, max: i64) -> Result<i64, ApiError> {
        let value = match (self.get(key), default) {
            (Some(v), _) => v,
            (None, Some(d)) => return Ok(d),
            (None, None) => return Err(ApiError::missing(key)),
        };
        let n: i64 = value
            .trim()
            .parse()
            .map_err(|_| ApiError::invalid_why(key, "not an integer"))?;
        if n < min || n > max {
            return Err(ApiError::invalid_why(
                key,
                &format!("must be between {min} and {max}"),
            ));
        }
        Ok(n)
    }
}

/// `yyyy-mm-ddThh:mm:ss+hhmm`, strictly (no colon in the offset, no fraction).
fn parse_audit_time(key: &str, value: &str) -> Result<DateTime<FixedOffset>, ApiError> {
    let b = value.as_bytes();
    let shape = b.len() == 24
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 | 16 => *c == b':',
            19 => *c == b'+' || *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if !shape {
        return Err(ApiError::invalid_why(
            key,
            "expected the format yyyy-mm-ddThh:mm:ss+hhmm",
        ));
    }
    DateTime::parse_from_str(value, AUDIT_TIME_FORMAT)
        .map_err(|_| ApiError::invalid_why(key, "not a valid time"))
}

fn check_window(
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    max_days: Option<i64>,
) -> Result<(), ApiError> {
    if end <= start {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "DBS.200003",
            "The end time must be later than the start time.",
        ));
    }
    if let Some(days) = max_days
        && end - start > TimeDelta::days(days)
    {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "DBS.200004",
            format!(
                "The time span between the start time and the end time cannot exceed {days} days."
            ),
        ));
    }
    Ok(())
}

fn page<T>(items: Vec<T>, offset: i64, limit: i64) -> Vec<T> {
    items
        .into_iter()
        .skip(usize::try_from(offset).unwrap_or(usize::MAX))
        .take(usize::try_from(limit).unwrap_or(0))
        .collect()
}

fn in_window<'a>(
    files: Vec<&'a LogFile>,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    node: Option<&str>,
) -> Vec<&'a LogFile> {
    files
        .into_iter()
        .filter(|f| f.start < end && f.end > start)
        .filter(|f| node.is_none_or(|n| f.node_id.as_deref() == Some(n)))
        .collect()
}

fn node_param<'a>(
    params: &'a Params<'_>,
    inst: &dataset::Instance,
    required: bool,
) -> Result<Option<&'a str>, ApiError> {
    let node = if required {
        Some(params.required("node_id")?)
    } else {
        params.get("node_id")
    };
    match node {
        Some(n) if !inst.nodes.iter().any(|x| x == n) => Err(ApiError::invalid_why(
            "node_id",
            "no such node in this instance",
        )),
        other => Ok(other),
    }
}

fn dds_list(
    app: &App,
    inst: &dataset::Instance,
    query: &[(String, String)],
) -> Result<Value, ApiError> {
    let p = Params(query);
    let start = parse_audit_time("start_time", p.required("start_time")?)?;
    let end = parse_audit_time("end_time", p.required("end_time")?)?;
    let node = node_param(&p, inst, false)?;
    let offset = p.int("offset", Some(0), 0, i64::from(i32::MAX))?;
    let limit = p.int("limit", Some(100), 1, 100)?;
    let (s, e) = (start.with_timezone(&Utc), end.with_timezone(&Utc));
    check_window(s, e, Some(MAX_SPAN_DAYS))?;
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

fn rds_list(
    app: &App,
    inst: &dataset::Instance,
    query: &[(String, String)],
) -> Result<Value, ApiError> {
    let p = Params(query);
    let start = parse_audit_time("start_time", p.required("start_time")?)?;
    let end = parse_audit_time("end_time", p.required("end_time")?)?;
    let offset = p.int("offset", None, 0, i64::from(i32::MAX))?;
    let limit = p.int("limit", None, 1, 50)?;
    let (s, e) = (start.with_timezone(&Utc), end.with_timezone(&Utc));
    check_window(s, e, Some(MAX_SPAN_DAYS))?;
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

/// TaurusDB query time: Unix milliseconds, or `yyyy-mm-ddThh:mm:ssZ` / `...+0800`.
fn parse_ddl_time(key: &str, value: &str) -> Result<(DateTime<Utc>, bool), ApiError> {
    let v = value.trim();
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
        let ms: i64 = v
            .parse()
            .map_err(|_| ApiError::invalid_why(key, "out of range"))?;
        if ms > 253_402_300_799_999 {
            return Err(ApiError::invalid_why(key, "out of range"));
        }
        return DateTime::<Utc>::from_timestamp_millis(ms)
            .map(|t| (t, true))
            .ok_or_else(|| ApiError::invalid_why(key, "out of range"));
    }
    if let Some(naive) = v.strip_suffix('Z') {
        return NaiveDateTime::parse_from_str(naive, "%Y-%m-%dT%H:%M:%S")
            .map(|t| (t.and_utc(), false))
            .map_err(|_| {
                ApiError::invalid_why(key, "expected Unix milliseconds or yyyy-mm-ddThh:mm:ssZ")
            });
    }
    parse_audit_time(key, v)
        .map(|t| (t.with_timezone(&Utc), false))
        .map_err(|_| {
            ApiError::invalid_why(key, "expected Unix milliseconds or yyyy-mm-ddThh:mm:ssZ")
        })
}

fn beijing() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| Utc.fix())
}

use chrono::Offset as _;

fn ddl_list(
    app: &App,
    inst: &dataset::Instance,
    query: &[(String, String)],
) -> Result<Value, ApiError> {
    let p = Params(query);
    let node = node_param(&p, inst, true)?;
    let (s, millis) = parse_ddl_time("start_time", p.required("start_time")?)?;
    let (e, _) = parse_ddl_time("end_time", p.required("end_time")?)?;
    let offset = p.int("offset", Some(0), 0, i64::from(i32::MAX))?;
    let limit = p.int("limit", Some(10), 1, 100)?;
    check_window(s, e, None)?;
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

fn id_list(body: &[u8], key: &str, max: usize) -> Result<Vec<String>, ApiError> {
    let value: Value = serde_json::from_slice(body).map_err(|_| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "DBS.200005",
            "The request body is not valid JSON.",
        )
    })?;
    let ids = match value.get(key) {
        None | Some(Value::Null) => return Err(ApiError::missing(key)),
        Some(Value::Array(ids)) => ids,
        Some(_) => return Err(ApiError::invalid_why(key, "not an array")),
    };
    if ids.is_empty() || ids.len() > max {
        return Err(ApiError::invalid_why(
            key,
            &format!("it must contain 1 to {max} ids, not {}", ids.len()),
        ));
    }
    ids.iter()
        .map(|v| match v {
            Value::String(s) if !s.is_empty() => Ok(s.clone()),
            _ => Err(ApiError::invalid_why(
                key,
                "every id must be a non-empty string",
            )),
        })
        .collect()
}

fn lookup<'a>(
    app: &'a App,
    inst: &dataset::Instance,
    ids: &[String],
) -> Result<Vec<&'a LogFile>, ApiError> {
    ids.iter()
        .map(|id| {
            app.dataset
                .file_index(inst.service, &inst.id, id)
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

fn expiry(app: &App) -> DateTime<Utc> {
    let ttl = TimeDelta::from_std(app.config.link_ttl).unwrap_or(TimeDelta::minutes(5));
    app.config.clock.now() + ttl
}

fn audit_links(app: &App, inst: &dataset::Instance, body: &[u8]) -> Result<Value, ApiError> {
    let ids = id_list(body, "ids", 50)?;
    let files = lookup(app, inst, &ids)?;
    let expires = expiry(app).timestamp();
    let links: Vec<String> = files.iter().map(|f| app.link(f, expires)).collect();
    Ok(json!({ "links": links }))
}

fn ddl_download(app: &App, inst: &dataset::Instance, body: &[u8]) -> Result<Value, ApiError> {
    let ids = id_list(body, "log_ids", 10)?;
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
                "download_url": app.link(f, expires.timestamp()),
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

// ---------------------------------------------------------------------------------------------
// Downloads.

/// The range to serve: `Ok(None)` for the whole file, `Err(())` when unsatisfiable.
fn parse_range(headers: &HeaderMap, size: u64) -> Result<Option<(u64, u64)>, ()> {
    let Some(value) = headers.get(header::RANGE).and_then(|v| v.to_str().ok()) else {
        return Ok(None);
    };
    let Some(spec) = value.trim().strip_prefix("bytes=") else {
        return Ok(None);
    };
    if spec.contains(',') {
        // Several ranges: served as the whole file, which RFC 9110 allows.
        return Ok(None);
    }
    let Some((a, b)) = spec.trim().split_once('-') else {
        return Ok(None);
    };
    let (a, b) = (a.trim(), b.trim());
    let num = |s: &str| -> Option<u64> {
        (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match (a.is_empty(), b.is_empty()) {
        (true, true) => Ok(None),
        (true, false) => {
            let Some(n) = num(b) else { return Ok(None) };
            if n == 0 || size == 0 {
                return Err(());
            }
            Ok(Some((size.saturating_sub(n), size - 1)))
        }
        (false, _) => {
            let Some(first) = num(a) else { return Ok(None) };
            let last = if b.is_empty() {
                u64::MAX
            } else {
                match num(b) {
                    Some(l) => l,
                    None => return Ok(None),
                }
            };
            if last < first {
                return Ok(None);
            }
            if first >= size {
                return Err(());
            }
            Ok(Some((first, last.min(size - 1))))
        }
    }
}

async fn download(app: &Arc<App>, peer: &Peer, ctx: &Ctx, req: Request) -> Response {
    let forbidden =
        |msg: &str, code: &str| obs_error(StatusCode::FORBIDDEN, code, msg, &ctx.request_id);
    let method = req.method().clone();
    if method != Method::GET && method != Method::HEAD {
        let mut resp = obs_error(
            StatusCode::METHOD_NOT_ALLOWED,
            "MethodNotAllowed",
            "The specified method is not allowed against this resource.",
            &ctx.request_id,
        );
        resp.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return resp;
    }
    let path = req.uri().path().to_owned();
    let query = query_pairs(req.uri().query());
    let get = |k: &str| {
        query
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    };
    let (Some(expires), Some(signature)) = (get("expires"), get("signature")) else {
        return forbidden(
            "Query-string authentication requires the expires and signature parameters.",
            "AccessDenied",
        );
    };
    let Ok(expires) = expires.parse::<i64>() else {
        return forbidden("The expires parameter is not a number.", "AccessDenied");
    };
    if !app.link_valid(&path, expires, signature) {
        return forbidden(
            "The request signature we calculated does not match the signature you provided.",
            "SignatureDoesNotMatch",
        );
    }
    if app.config.clock.now().timestamp() >= expires {
        return forbidden("Request has expired.", "AccessDenied");
    }
    let segments: Vec<&str> = path.split('/').collect();
    let file_index = match segments.as_slice() {
        ["", "download", service, instance, file] => {
            service.parse::<Service>().ok().and_then(|s| {
                app.dataset
                    .file_index(s, &percent_decode(instance), &percent_decode(file))
            })
        }
        _ => None,
    };
    let Some((index, file)) = file_index.and_then(|i| app.dataset.file(i).map(|f| (i, f))) else {
        return obs_error(
            StatusCode::NOT_FOUND,
            "NoSuchKey",
            "The specified key does not exist.",
            &ctx.request_id,
        );
    };
    let key = format!("{}/{}/{}", file.service, file.instance_id, file.id);

    let faults = &app.config.faults;
    let n = if faults.is_off() {
        0
    } else {
        app.fault_seq(&key)
    };
    if !faults.is_off() {
        delay(app, faults, &key, n).await;
    }

    let size = file.size;
    let (status, start, end) = match parse_range(req.headers(), size) {
        Ok(None) => (StatusCode::OK, 0, size),
        Ok(Some((a, b))) => (StatusCode::PARTIAL_CONTENT, a, b + 1),
        Err(()) => {
            let mut resp = obs_error(
                StatusCode::RANGE_NOT_SATISFIABLE,
                "InvalidRange",
                "The requested range is not satisfiable.",
                &ctx.request_id,
            );
            if let Ok(v) = HeaderValue::from_str(&format!("bytes */{size}")) {
                resp.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            return resp;
        }
    };
    let len = end - start;

    // Faults on the body: GET with a non-empty body only.
    let mut cut: Option<(u64, bool)> = None;
    if method == Method::GET && len > 0 && !faults.is_off() {
        let r = app.roll(&key, n, 3);
        if r < faults.reset {
            cut = Some((start + len / 2, true));
        } else if r < faults.reset + faults.truncate {
            cut = Some((start + len / 2, false));
        }
    }

    {
        let mut stats = app.stats();
        let d = stats.downloads.entry(key).or_default();
        if method == Method::HEAD {
            d.head += 1;
        } else {
            d.get += 1;
            d.bytes += cut.map_or(len, |(c, _)| c - start);
        }
    }

    let body = if method == Method::HEAD {
        Body::empty()
    } else {
        body_stream(
            Arc::clone(&app.dataset),
            index,
            start,
            end,
            cut,
            peer.clone(),
        )
    };
    let mut resp = Response::new(body);
    *resp.status_mut() = status;
    let h = resp.headers_mut();
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache, no-store"),
    );
    let etag = format!(
        "\"{:016x}{:016x}\"",
        text_key(app.config.seed, &[&file.id]),
        size
    );
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&file.end.format("%a, %d %b %Y %H:%M:%S GMT").to_string())
    {
        h.insert(header::LAST_MODIFIED, v);
    }
    let leaf = file.name.rsplit('/').next().unwrap_or(&file.name);
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{leaf}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    if status == StatusCode::PARTIAL_CONTENT
        && let Ok(v) = HeaderValue::from_str(&format!("bytes {start}-{}/{size}", end - 1))
    {
        h.insert(header::CONTENT_RANGE, v);
    }
    resp
}

/// The body `start..end` of a file, generated block by block; with `cut`, it stops at the cut
/// point, with an error (and a reset connection) or cleanly (short of `Content-Length`).
fn body_stream(
    dataset: Arc<Dataset>,
    index: usize,
    start: u64,
    end: u64,
    cut: Option<(u64, bool)>,
    peer: Peer,
) -> Body {
    let stop = cut.map_or(end, |(c, _)| c);
    let reset = cut.is_some_and(|(_, r)| r);
    let cut_at = cut.is_some();
    let stream = futures_util::stream::unfold((start, false), move |(pos, done)| {
        let dataset = Arc::clone(&dataset);
        let peer = peer.clone();
        async move {
            if done {
                return None;
            }
            if pos >= stop {
                if cut_at {
                    // Let the connection flush what was sent so far: the peer gets a prefix,
                    // then the reset or the early close.
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                if reset {
                    peer.reset();
                    return Some((
                        Err(std::io::Error::new(
                            std::io::ErrorKind::ConnectionReset,
                            "fault: connection reset",
                        )),
                        (pos, true),
                    ));
                }
                return None;
            }
            let file = dataset.file(index)?;
            let chunk: Bytes = dataset::chunk(file, pos, stop);
            if chunk.is_empty() {
                return None;
            }
            let next = pos + chunk.len() as u64;
            Some((Ok::<Bytes, std::io::Error>(chunk), (next, false)))
        }
    });
    Body::from_stream(stream)
}
