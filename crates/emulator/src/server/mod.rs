//! The HTTP side: the shared state, the routes, and what every answer gets on its way out.
//!
//! - [`router`]: the axum `Router`, one route per API path (DDS and RDS share theirs), the
//!   downloads, the admin endpoint, and a fallback for everything else.
//! - `api`: the API routes' common checks, in the documented order: route, authentication
//!   (`auth`), project, instance, faults (`faults`), parameters (`params`), and which service
//!   answers a path several share; the answers and their wire shapes are in `operations` (the
//!   first six), `instances` (the instance listings), `audit` (audit policies, TaurusDB audit
//!   files) and `exports` (slow and error log exports).
//! - `iam`: `GET /v3/projects` and `POST /v3.0/OS-CREDENTIAL/securitytokens`, authenticated
//!   like the API routes but with no project in the path.
//! - `metadata`: the ECS metadata service, `PUT /meta-data/latest/api/token` and
//!   `GET /openstack/latest/securitykey`, at the root of the same listener (a client that uses
//!   the emulator as its HTTP proxy reaches them as `http://169.254.169.254/...`).
//! - `temporary`: the temporary credentials both issue, accepted by `auth` on every API route.
//! - `downloads`: presigned links, `Range`, streamed bodies; `admin`: `/_emulator/...`.
//! - `errors`: the Huawei-style JSON errors, IAM's Keystone ones, the metadata service's plain
//!   text and the OBS-style XML.
//!
//! Every response, errors included, leaves through [`envelope`]: an `X-Request-Id`, the
//! emulator's clock in `Date`, and (admin requests aside) one count in [`Stats`].

mod admin;
mod api;
mod audit;
mod auth;
mod downloads;
mod errors;
mod exports;
mod faults;
mod iam;
mod instances;
mod limits;
mod metadata;
mod operations;
mod params;
mod temporary;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{FromRequestParts, Path, Request, State};
use axum::handler::Handler;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{MethodFilter, MethodRouter, any, on};
use axum::{Extension, Router};
use chrono::{DateTime, Utc};
use http::request::Parts;
use http::{HeaderValue, Uri, header};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::config::{Config, Service};
use crate::dataset::{Dataset, mix};

pub(crate) use admin::manifest_of;
pub use temporary::{EXPIRES_AT_FORMAT, TemporaryCredentials};

/// Clock skew accepted on `X-Sdk-Date`.
pub const MAX_SKEW: Duration = Duration::from_secs(15 * 60);
/// Prefix of the admin endpoint.
pub const ADMIN_PREFIX: &str = "/_emulator/";

/// Counter of requests no route (or no method of their route) answers.
const UNKNOWN_ROUTE: &str = "unknown_route";
/// Counter of API requests refused for their credentials.
const UNAUTHENTICATED: &str = "unauthenticated";

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
    /// Per operation, keyed `service.operation_id` (e.g. `dds.list_auditlogs`,
    /// `iam.keystone_list_projects`, `metadata.securitykey`), plus `unauthenticated`,
    /// `unknown_route`, `unknown_instance`, `wrong_project` and `download`.
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
    /// The temporary credentials issued so far.
    vault: temporary::Vault,
    /// The metadata service's credentials, tokens and fault.
    metadata: Mutex<metadata::MetadataState>,
    /// The slow and error log exports under way or done.
    exports: exports::Exports,
}

impl App {
    pub fn new(config: Config, dataset: Arc<Dataset>, endpoint: String) -> Self {
        let mut link_key = [0u8; 32];
        link_key.copy_from_slice(&Sha256::digest(format!(
            "huaweicloud-emulator link key {}",
            config.seed
        )));
        let metadata = Mutex::new(metadata::MetadataState::new(config.metadata.fault));
        Self {
            config,
            dataset,
            endpoint,
            link_key,
            request_seq: AtomicU64::new(0),
            fault_seq: Mutex::new(BTreeMap::new()),
            stats: Mutex::new(Stats::default()),
            vault: temporary::Vault::default(),
            metadata,
            exports: exports::Exports::default(),
        }
    }

    /// The IAM projects, `(name, id)`: the region's with the project id, then the extra ones.
    fn projects(&self) -> Vec<(&str, &str)> {
        let c = &self.config;
        std::iter::once((c.region.as_str(), c.project_id.as_str()))
            .chain(
                c.extra_projects
                    .iter()
                    .map(|p| (p.name.as_str(), p.id.as_str())),
            )
            .collect()
    }

    /// New temporary credentials valid for `lifetime` from now, as IAM issues them.
    pub fn issue_temporary(&self, lifetime: Duration) -> TemporaryCredentials {
        let now = self.config.clock.now();
        let ttl = chrono::TimeDelta::from_std(lifetime).unwrap_or(chrono::TimeDelta::MAX);
        let start = chrono::SubsecRound::trunc_subsecs(now, 0);
        let expires = start
            .checked_add_signed(ttl)
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        self.vault.issue(now, expires, &self.config.ak)
    }

    /// Changes the metadata service's fault.
    pub fn set_metadata_fault(&self, fault: Option<crate::config::MetadataFault>) {
        self.metadata
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .fault = fault;
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
}

/// The listener a request came in on: the shared one, which answers for every service, or
/// one service's own (its instance listing, and only its API routes and instances).
#[derive(Debug, Clone)]
pub(crate) struct Listener {
    /// The service of a per-service listener; `None` on the shared one.
    pub service: Option<Service>,
    /// Its base URL: the links handed out on it point there.
    pub endpoint: String,
}

/// The routes. Each API path is one route whatever the service: DDS and RDS share most of
/// theirs, the three share the instance listing, and the listener, the `Host`, the instance
/// id or the query decide which one answers (`api`).
pub(crate) fn router(app: Arc<App>, listener: Listener) -> Router {
    const INSTANCE: &str = "/v3/{project_id}/instances/{instance_id}";
    let on_instance = |rest: &str| format!("{INSTANCE}/{rest}");
    Router::new()
        .route(
            "/v3/{project_id}/instances",
            api_route(MethodFilter::GET, api::list_instances),
        )
        .route(INSTANCE, api_route(MethodFilter::GET, api::show_instance))
        .route(
            &on_instance("auditlog-policy"),
            api_route(MethodFilter::GET, api::auditlog_policy),
        )
        .route(
            &on_instance("audit-log-policy"),
            api_route(MethodFilter::GET, api::audit_log_policy),
        )
        .route(
            &on_instance("audit-logs"),
            api_route(MethodFilter::GET, api::audit_logs),
        )
        .route(
            &on_instance("audit-log-link"),
            api_route(MethodFilter::POST, api::audit_log_link),
        )
        .route(
            &on_instance("slowlog-download"),
            api_route(MethodFilter::POST, api::slowlog_download),
        )
        .route(
            &on_instance("errorlog-download"),
            api_route(MethodFilter::POST, api::errorlog_download),
        )
        .route(
            &on_instance("slowlog-files"),
            api_route(MethodFilter::GET, api::slowlog_files),
        )
        .route(
            &on_instance("{node_id}/slowlog-download"),
            api_route(MethodFilter::POST, api::node_slowlog_download),
        )
        .route(
            &on_instance("{node_id}/errorlog-download"),
            api_route(MethodFilter::POST, api::node_errorlog_download),
        )
        .route(
            "/v3/{project_id}/instances/{instance_id}/auditlog",
            api_route(MethodFilter::GET, api::audit_list),
        )
        .route(
            "/v3/{project_id}/instances/{instance_id}/auditlog-links",
            api_route(MethodFilter::POST, api::audit_links),
        )
        .route(
            "/v3/{project_id}/instances/{instance_id}/ddl-log",
            api_route(MethodFilter::GET, api::ddl_list),
        )
        .route(
            "/v3/{project_id}/instances/{instance_id}/ddl-log/download",
            api_route(MethodFilter::POST, api::ddl_download),
        )
        .route(
            "/v3/projects",
            api_route(MethodFilter::GET, iam::list_projects),
        )
        .route(
            "/v3.0/OS-CREDENTIAL/securitytokens",
            api_route(MethodFilter::POST, iam::create_temporary),
        )
        .route(
            "/meta-data/latest/api/token",
            any(metadata::token_method_not_allowed).put(metadata::token),
        )
        .route(
            "/openstack/latest/securitykey",
            any(metadata::security_key_method_not_allowed)
                .get(metadata::security_key)
                .head(metadata::security_key_method_not_allowed),
        )
        .route(
            "/download/{service}/{instance_id}/{log_id}",
            on(
                MethodFilter::GET.or(MethodFilter::HEAD),
                downloads::download,
            )
            .fallback(downloads::method_not_allowed),
        )
        .route(
            "/download/{service}/{instance_id}/{kind}/{log_id}",
            on(
                MethodFilter::GET.or(MethodFilter::HEAD),
                downloads::download_kind,
            )
            .fallback(downloads::method_not_allowed),
        )
        .merge(admin::routes())
        .fallback(fallback)
        .layer(middleware::from_fn_with_state(Arc::clone(&app), envelope))
        .layer(Extension(listener))
        .with_state(app)
}

/// An API route: `method` goes to `handler`; any other method, `HEAD` included (which axum
/// would give to a `GET` handler), is an unknown route, answered as the gateway does: 404
/// `APIGW.0101` and no `Allow` header (`any` leaves it out).
fn api_route<H, T>(method: MethodFilter, handler: H) -> MethodRouter<Arc<App>>
where
    H: Handler<T, Arc<App>>,
    T: 'static,
{
    any(unknown_route).on(method, handler).head(unknown_route)
}

/// The id of the request, given to the handlers by [`envelope`] (error bodies carry it).
#[derive(Debug, Clone)]
pub(crate) struct RequestId(pub String);

/// The counter of `/_emulator/stats` a response goes to, set by the handler that made it.
#[derive(Debug, Clone, Copy)]
enum Counter {
    /// An operation (`dds.list_auditlogs`, ..., `download`), or what stopped the request
    /// before one was known (`unknown_route`, `unauthenticated`, `wrong_project`,
    /// `unknown_instance`).
    Op(&'static str),
    /// Not counted: the admin endpoint.
    Uncounted,
}

/// `response`, counted under `op`.
fn counted(op: &'static str, mut response: Response) -> Response {
    response.extensions_mut().insert(Counter::Op(op));
    response
}

/// `response`, left out of the counts.
fn uncounted(mut response: Response) -> Response {
    response.extensions_mut().insert(Counter::Uncounted);
    response
}

/// Around every handler: a request id in, then the count, `X-Request-Id` and `Date` out.
async fn envelope(State(app): State<Arc<App>>, mut req: Request, next: Next) -> Response {
    let request_id = app.next_request_id();
    req.extensions_mut().insert(RequestId(request_id.clone()));
    let mut resp = next.run(req).await;
    let op = match resp.extensions().get::<Counter>() {
        Some(Counter::Op(op)) => Some(*op),
        Some(Counter::Uncounted) => None,
        None => Some(UNKNOWN_ROUTE),
    };
    if let Some(op) = op {
        let mut stats = app.stats();
        stats.total_requests += 1;
        let counters = stats.operations.entry(op.to_owned()).or_default();
        counters.requests += 1;
        *counters.statuses.entry(resp.status().as_u16()).or_insert(0) += 1;
    }
    if let Ok(v) = HeaderValue::from_str(&request_id) {
        resp.headers_mut().insert("x-request-id", v);
    }
    set_date(&mut resp, app.config.clock.now());
    resp
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

/// What no route answers. Under `/download/` the bucket does, as for any key: 405 for other
/// methods, 403 for a link it did not sign, 404 `NoSuchKey` for one it did. Elsewhere the
/// gateway's 404 `APIGW.0101`.
async fn fallback(
    app: State<Arc<App>>,
    request_id: Extension<RequestId>,
    req: Request,
) -> Response {
    if req.uri().path().starts_with("/download/") {
        downloads::not_a_file(app, request_id, req).await
    } else {
        unknown_route(request_id).await
    }
}

/// 404 `APIGW.0101`: no such path, or not with this method.
async fn unknown_route(Extension(RequestId(id)): Extension<RequestId>) -> Response {
    counted(
        UNKNOWN_ROUTE,
        errors::ApiError::no_such_api().into_response(&id),
    )
}

/// The parameters of the matched route, percent-decoded, in their order in the path (axum's
/// `Path`). `Path` refuses a parameter that is not UTF-8 once decoded; the services take it, as
/// an id that names nothing, so then the path's segments `at` (`/` is segment 0) are decoded
/// lossily (U+FFFD) instead.
async fn route_params<S, const N: usize>(
    parts: &mut Parts,
    state: &S,
    at: [usize; N],
) -> [String; N]
where
    S: Send + Sync,
    [String; N]: serde::de::DeserializeOwned + Send,
{
    if let Ok(Path(values)) = Path::<[String; N]>::from_request_parts(parts, state).await {
        return values;
    }
    let segments: Vec<&str> = parts.uri.path().split('/').collect();
    at.map(|i| {
        segments
            .get(i)
            .map(|s| percent_decode_lossy(s))
            .unwrap_or_default()
    })
}

/// Percent-decodes a path segment; bytes that are not UTF-8 become U+FFFD.
fn percent_decode_lossy(s: &str) -> String {
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

/// The query's pairs, decoded, in order (repeated keys kept; lookups take the first).
fn query_pairs(uri: &Uri) -> Vec<(String, String)> {
    uri.query()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect()
        })
        .unwrap_or_default()
}

/// The first value of `key` among `pairs`.
fn first<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}
