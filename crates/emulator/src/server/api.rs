//! The API routes: the checks every operation goes through, in the documented order (route,
//! authentication, project, instance, faults, parameters), which service answers a path
//! several share, and the counter each request goes to.
//!
//! Which service answers:
//!
//! - On a per-service listener ([`Listener::service`]), or when the request's host names a
//!   service as its real endpoint does (`dds.…`, `rds.…`, `gaussdb.…`: a client that uses the
//!   emulator as its HTTP proxy), that service: its routes only (another service's route is
//!   the gateway's `404 APIGW.0101`), and its instances only.
//! - On the shared listener, every service: a path that names an instance is answered by the
//!   service that owns it (DDS when DDS and RDS both do, but for the RDS-like audit listing:
//!   see [`resolve_instance`]); the instance listing, which names none, by the service its
//!   query names with a parameter or value only that service takes ([`listing_service`]), else
//!   `400 EMULATOR.0001`.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Extension;
use axum::extract::{FromRequestParts, Request, State};
use axum::response::Response;
use http::StatusCode;
use http::request::Parts;
use serde_json::Value;

use super::errors::{ApiError, json_response};
use super::limits;
use super::{
    App, Listener, RequestId, UNAUTHENTICATED, UNKNOWN_ROUTE, audit, auth, counted, exports,
    faults, first, instances, operations, query_pairs, route_params,
};
use crate::config::Service;
use crate::dataset::{Dataset, Instance, LogKind};

/// Largest request body accepted.
pub(super) const MAX_BODY: usize = 1 << 20;

/// Counter of instance listings on the shared listener that name no service.
const AMBIGUOUS_SERVICE: &str = "ambiguous_service";

/// The API paths.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Route {
    /// `GET .../auditlog` (DDS or RDS).
    AuditList,
    /// `POST .../auditlog-links` (DDS or RDS).
    AuditLinks,
    /// `GET .../ddl-log` (TaurusDB).
    DdlList,
    /// `POST .../ddl-log/download` (TaurusDB).
    DdlDownload,
    /// `GET /v3/{project_id}/instances` (DDS, RDS and TaurusDB).
    ListInstances,
    /// `GET /v3/{project_id}/instances/{instance_id}` (TaurusDB).
    ShowInstance,
    /// `GET .../auditlog-policy` (DDS or RDS).
    AuditlogPolicy,
    /// `GET .../audit-log-policy` (TaurusDB).
    AuditLogPolicy,
    /// `GET .../audit-logs` (TaurusDB).
    AuditLogs,
    /// `POST .../audit-log-link` (TaurusDB).
    AuditLogLink,
    /// `POST .../slowlog-download` (DDS or RDS).
    SlowlogDownload,
    /// `POST .../errorlog-download` (DDS or RDS).
    ErrorlogDownload,
    /// `GET .../slowlog-files` (RDS).
    SlowlogFiles,
    /// `POST .../{node_id}/slowlog-download` (TaurusDB).
    NodeSlowlogDownload,
    /// `POST .../{node_id}/errorlog-download` (TaurusDB).
    NodeErrorlogDownload,
}

impl Route {
    /// The services that have this path.
    fn services(self) -> &'static [Service] {
        match self {
            Self::AuditList
            | Self::AuditLinks
            | Self::AuditlogPolicy
            | Self::SlowlogDownload
            | Self::ErrorlogDownload => &[Service::Dds, Service::Rds],
            Self::SlowlogFiles => &[Service::Rds],
            Self::ListInstances => &Service::ALL,
            Self::DdlList
            | Self::DdlDownload
            | Self::ShowInstance
            | Self::AuditLogPolicy
            | Self::AuditLogs
            | Self::AuditLogLink
            | Self::NodeSlowlogDownload
            | Self::NodeErrorlogDownload => &[Service::Taurusdb],
        }
    }

    /// The stats name of the operation `service` answers this path with.
    fn operation(self, service: Service) -> &'static str {
        match (service, self) {
            (Service::Dds, Self::AuditList) => "dds.list_auditlogs",
            (Service::Dds, Self::AuditLinks) => "dds.list_auditlog_links",
            (Service::Dds, Self::ListInstances) => "dds.list_instances",
            (Service::Dds, Self::AuditlogPolicy) => "dds.show_auditlog_policy",
            (Service::Dds, Self::SlowlogDownload) => "dds.download_slowlog",
            (Service::Dds, Self::ErrorlogDownload) => "dds.download_errorlog",
            (Service::Rds, Self::AuditList) => "rds.list_auditlogs",
            (Service::Rds, Self::AuditLinks) => "rds.show_auditlog_download_link",
            (Service::Rds, Self::ListInstances) => "rds.list_instances",
            (Service::Rds, Self::AuditlogPolicy) => "rds.show_auditlog_policy",
            (Service::Rds, Self::SlowlogFiles) => "rds.list_slow_log_file",
            (Service::Rds, Self::SlowlogDownload) => "rds.download_slowlog",
            (Service::Rds, Self::ErrorlogDownload) => "rds.download_errorlog",
            (Service::Taurusdb, Self::DdlList) => "taurusdb.list_ddl_logs",
            (Service::Taurusdb, Self::DdlDownload) => "taurusdb.download_ddl_logs",
            (Service::Taurusdb, Self::ListInstances) => "taurusdb.list_gauss_my_sql_instances",
            (Service::Taurusdb, Self::ShowInstance) => "taurusdb.show_gauss_my_sql_instance_info",
            (Service::Taurusdb, Self::AuditLogPolicy) => "taurusdb.show_audit_log_policy",
            (Service::Taurusdb, Self::AuditLogs) => "taurusdb.list_audit_logs",
            (Service::Taurusdb, Self::AuditLogLink) => "taurusdb.show_audit_log_download_link",
            (Service::Taurusdb, Self::NodeSlowlogDownload) => "taurusdb.download_slow_log_file",
            (Service::Taurusdb, Self::NodeErrorlogDownload) => {
                "taurusdb.show_error_log_download_link"
            }
            // Not reached: a route is only answered by the services of `services()`.
            _ => UNKNOWN_ROUTE,
        }
    }
}

/// `{project_id}`, `{instance_id}` and `{node_id}` of an API path, percent-decoded, as far as
/// the path has them.
pub(super) struct ApiPath {
    project: String,
    instance: Option<String>,
    node: Option<String>,
}

/// `/v3/{project_id}/instances`.
pub(super) struct ProjectPath(ApiPath);

impl<S: Send + Sync> FromRequestParts<S> for ProjectPath {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Infallible> {
        let [project] = route_params(parts, state, [2]).await;
        Ok(Self(ApiPath {
            project,
            instance: None,
            node: None,
        }))
    }
}

/// `/v3/{project_id}/instances/{instance_id}/...`.
pub(super) struct InstancePath(ApiPath);

impl<S: Send + Sync> FromRequestParts<S> for InstancePath {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Infallible> {
        let [project, instance] = route_params(parts, state, [2, 4]).await;
        Ok(Self(ApiPath {
            project,
            instance: Some(instance),
            node: None,
        }))
    }
}

/// `/v3/{project_id}/instances/{instance_id}/{node_id}/...`.
pub(super) struct NodePath(ApiPath);

impl<S: Send + Sync> FromRequestParts<S> for NodePath {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Infallible> {
        let [project, instance, node] = route_params(parts, state, [2, 4, 5]).await;
        Ok(Self(ApiPath {
            project,
            instance: Some(instance),
            node: Some(node),
        }))
    }
}

/// One handler per path, all through [`serve`].
macro_rules! handlers {
    ($($(#[$doc:meta])* $name:ident($path:ident) => $route:ident;)*) => {$(
        $(#[$doc])*
        pub(super) async fn $name(
            State(app): State<Arc<App>>,
            Extension(id): Extension<RequestId>,
            Extension(listener): Extension<Listener>,
            $path(path): $path,
            req: Request,
        ) -> Response {
            serve(&app, &id, &listener, Route::$route, path, req).await
        }
    )*};
}

handlers! {
    /// `GET .../auditlog`: DDS or RDS `list_auditlogs`.
    audit_list(InstancePath) => AuditList;
    /// `POST .../auditlog-links`: DDS `list_auditlog_links` or RDS `show_auditlog_download_link`.
    audit_links(InstancePath) => AuditLinks;
    /// `GET .../ddl-log`: TaurusDB `list_ddl_logs`.
    ddl_list(InstancePath) => DdlList;
    /// `POST .../ddl-log/download`: TaurusDB `download_ddl_logs`.
    ddl_download(InstancePath) => DdlDownload;
    /// `GET /v3/{project_id}/instances`: DDS or RDS `list_instances`, TaurusDB
    /// `list_gauss_my_sql_instances`.
    list_instances(ProjectPath) => ListInstances;
    /// `GET /v3/{project_id}/instances/{instance_id}`: TaurusDB `show_gauss_my_sql_instance_info`.
    show_instance(InstancePath) => ShowInstance;
    /// `GET .../auditlog-policy`: DDS or RDS `show_auditlog_policy`.
    auditlog_policy(InstancePath) => AuditlogPolicy;
    /// `GET .../audit-log-policy`: TaurusDB `show_audit_log_policy`.
    audit_log_policy(InstancePath) => AuditLogPolicy;
    /// `GET .../audit-logs`: TaurusDB `list_audit_logs`.
    audit_logs(InstancePath) => AuditLogs;
    /// `POST .../audit-log-link`: TaurusDB `show_audit_log_download_link`.
    audit_log_link(InstancePath) => AuditLogLink;
    /// `POST .../slowlog-download`: DDS or RDS `download_slowlog`.
    slowlog_download(InstancePath) => SlowlogDownload;
    /// `POST .../errorlog-download`: DDS or RDS `download_errorlog`.
    errorlog_download(InstancePath) => ErrorlogDownload;
    /// `GET .../slowlog-files`: RDS `list_slow_log_file`.
    slowlog_files(InstancePath) => SlowlogFiles;
    /// `POST .../{node_id}/slowlog-download`: TaurusDB `download_slow_log_file`.
    node_slowlog_download(NodePath) => NodeSlowlogDownload;
    /// `POST .../{node_id}/errorlog-download`: TaurusDB `show_error_log_download_link`.
    node_errorlog_download(NodePath) => NodeErrorlogDownload;
}

async fn serve(
    app: &App,
    RequestId(id): &RequestId,
    listener: &Listener,
    route: Route,
    path: ApiPath,
    req: Request,
) -> Response {
    let (op, answer) = checked(app, listener, route, path, req).await;
    let resp = match answer {
        Ok(value) => json_response(StatusCode::OK, &value),
        Err(e) => e.into_response(id),
    };
    counted(op, resp)
}

/// What a request is answered with, once its service and instance are known.
struct Call<'a> {
    app: &'a App,
    /// The base URL of links handed out.
    base: &'a str,
    service: Service,
    /// The operation id (`list_auditlogs`), for its limits.
    op: &'static str,
    inst: Option<&'a Instance>,
    node: Option<&'a str>,
    query: &'a [(String, String)],
    body: &'a [u8],
}

/// The checks after the route, in their order, then the answer; with the counter the request
/// goes to: the operation once the instance is known, else what stopped it.
async fn checked(
    app: &App,
    listener: &Listener,
    route: Route,
    path: ApiPath,
    req: Request,
) -> (&'static str, Result<Value, ApiError>) {
    let (parts, body) = req.into_parts();
    // The services this request may reach: one on a service's listener (or host), else all.
    let scope = listener.service.or_else(|| host_service(&parts));
    let services: Vec<Service> = route
        .services()
        .iter()
        .copied()
        .filter(|s| scope.is_none_or(|x| x == *s))
        .collect();
    if services.is_empty() {
        return (UNKNOWN_ROUTE, Err(ApiError::no_such_api()));
    }
    // The body is needed to check a signature; one too large is refused before anything else,
    // as an unknown route in the counts.
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY).await else {
        return (UNKNOWN_ROUTE, Err(ApiError::too_large()));
    };
    if let Err(why) = auth::authenticate(app, &parts, &body) {
        return (UNAUTHENTICATED, Err(ApiError::unauthenticated(&why)));
    }
    let ApiPath {
        project,
        instance,
        node,
    } = path;
    if project != app.config.project_id {
        let e = ApiError::new(
            StatusCode::FORBIDDEN,
            "DBS.200006",
            format!("The project ID {project} does not match the project of the credentials."),
        );
        return ("wrong_project", Err(e));
    }
    let query = query_pairs(&parts.uri);
    let (service, inst) = match &instance {
        None => match listing_service(&services, &query) {
            Some(service) => (service, None),
            None => return (AMBIGUOUS_SERVICE, Err(ambiguous())),
        },
        Some(instance) => {
            match resolve_instance(&app.dataset, route, &services, instance, &query) {
                Some((service, inst)) => (service, Some(inst)),
                // On the shared listener, `GET /v3/{project_id}/instances/{id}` is TaurusDB's
                // only for its instances: DDS and RDS, on the same host, have no such path.
                None if route == Route::ShowInstance && scope.is_none() => {
                    return (UNKNOWN_ROUTE, Err(ApiError::no_such_api()));
                }
                None => {
                    let e = ApiError::new(
                        StatusCode::NOT_FOUND,
                        "DBS.200007",
                        format!("The instance {instance} does not exist."),
                    );
                    return ("unknown_instance", Err(e));
                }
            }
        }
    };
    let op = route.operation(service);
    if let Err(e) = faults::api(app, op).await {
        return (op, Err(e));
    }
    let call = Call {
        app,
        base: &listener.endpoint,
        service,
        op: op.split_once('.').map_or(op, |(_, id)| id),
        inst,
        node: node.as_deref(),
        query: &query,
        body: &body,
    };
    (op, answer(route, &call))
}

/// The answer of `route` once its service and instance are known.
fn answer(route: Route, c: &Call<'_>) -> Result<Value, ApiError> {
    let (app, query, body) = (c.app, c.query, c.body);
    let Some(inst) = c.inst else {
        return instances::list(app, c.service, c.op, query);
    };
    match (route, c.service) {
        (Route::AuditList, Service::Dds) => operations::dds_list(app, inst, query),
        (Route::AuditList, _) => operations::rds_list(app, inst, query),
        (Route::AuditLinks, service) => {
            operations::audit_links(app, c.base, service, c.op, inst, body)
        }
        (Route::DdlList, _) => operations::ddl_list(app, inst, query),
        (Route::DdlDownload, _) => operations::ddl_download(app, c.base, inst, body),
        (Route::ShowInstance, _) => instances::show(app, inst),
        (Route::AuditlogPolicy | Route::AuditLogPolicy, _) => Ok(audit::policy(app, inst)),
        (Route::AuditLogs, _) => audit::taurusdb_list(app, c.op, inst, query),
        (Route::AuditLogLink, _) => audit::taurusdb_links(app, c.base, c.op, inst, body),
        (Route::SlowlogDownload, Service::Dds) => {
            exports::dds(app, c.base, inst, LogKind::Slow, body)
        }
        (Route::ErrorlogDownload, Service::Dds) => {
            exports::dds(app, c.base, inst, LogKind::Error, body)
        }
        (Route::SlowlogDownload, _) => exports::rds(app, c.base, inst, LogKind::Slow, body),
        (Route::ErrorlogDownload, _) => exports::rds(app, c.base, inst, LogKind::Error, body),
        (Route::SlowlogFiles, _) => exports::rds_slow_files(app, c.op, inst, query),
        (Route::NodeSlowlogDownload, _) => {
            exports::taurusdb(app, c.base, inst, c.node.unwrap_or(""), LogKind::Slow)
        }
        (Route::NodeErrorlogDownload, _) => {
            exports::taurusdb(app, c.base, inst, c.node.unwrap_or(""), LogKind::Error)
        }
        (Route::ListInstances, service) => instances::list(app, service, c.op, query),
    }
}

/// `400 EMULATOR.0001`: an instance listing on the shared listener that names no service.
fn ambiguous() -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "EMULATOR.0001",
        "GET /v3/{project_id}/instances is an operation of DDS, RDS and TaurusDB alike, and \
         this endpoint serves all three: ask the service's own endpoint of the emulator \
         (Emulator::service_url, the startup line's service_endpoints), or name the service in \
         the query (mode or datastore_type=DDS-Community: DDS; type=Single|Ha|Replica, eps_id, \
         group_type or datastore_type=MySQL|PostgreSQL|SQLServer|MariaDB: RDS; type=Cluster, \
         private_ip, readonly_private_ip, proxy_ip or datastore_type=gaussdb-mysql: TaurusDB).",
    )
}

/// Which service answers an instance listing: the one service that may, else the one its
/// query names by a parameter or value only that service takes; `None` when it names none or
/// several.
fn listing_service(services: &[Service], query: &[(String, String)]) -> Option<Service> {
    if let [one] = services {
        return Some(*one);
    }
    let has = |k: &str| first(query, k).is_some();
    let mut named = Vec::new();
    if has("mode") {
        named.push(Service::Dds);
    }
    if has("eps_id") || has("group_type") {
        named.push(Service::Rds);
    }
    if has("private_ip") || has("readonly_private_ip") || has("proxy_ip") {
        named.push(Service::Taurusdb);
    }
    match first(query, "type") {
        Some("Single" | "Ha" | "Replica") => named.push(Service::Rds),
        Some("Cluster") => named.push(Service::Taurusdb),
        _ => {}
    }
    match first(query, "datastore_type") {
        Some("DDS-Community") => named.push(Service::Dds),
        Some("MySQL" | "PostgreSQL" | "SQLServer" | "MariaDB") => named.push(Service::Rds),
        Some("gaussdb-mysql") => named.push(Service::Taurusdb),
        _ => {}
    }
    named.sort();
    named.dedup();
    match named.as_slice() {
        [one] if services.contains(one) => Some(*one),
        _ => None,
    }
}

/// The service a request's host names, as the services' real endpoints do
/// (`dds.cn-north-4.myhuaweicloud.com`): the first label of the host is one of the first labels
/// of the service's endpoints in its spec. The URI's authority (a request to the emulator as
/// an HTTP proxy) comes before `Host`.
fn host_service(parts: &Parts) -> Option<Service> {
    let host = parts.uri.host().map(str::to_owned).or_else(|| {
        let value = parts.headers.get(http::header::HOST)?.to_str().ok()?;
        let authority: http::uri::Authority = value.parse().ok()?;
        Some(authority.host().to_owned())
    })?;
    let (label, rest) = host.split_once('.')?;
    if rest.is_empty() || label.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Service::ALL.into_iter().find(|s| {
        limits::meta(*s).endpoints.iter().any(|e| {
            let url = e.url.split_once("://").map_or(e.url, |(_, rest)| rest);
            url.split_once('.')
                .is_some_and(|(first, _)| first.eq_ignore_ascii_case(label))
        })
    })
}

/// Which service answers a request that names an instance, and the instance: the one of
/// `services` that owns the id. An id owned by both DDS and RDS (extra instances only) is
/// answered as RDS on an audit list request that has no `node_id` and carries `offset` and a
/// `limit` within RDS's page, else as DDS.
fn resolve_instance<'a>(
    dataset: &'a Dataset,
    route: Route,
    services: &[Service],
    instance: &str,
    query: &[(String, String)],
) -> Option<(Service, &'a Instance)> {
    let owners: Vec<Service> = services
        .iter()
        .copied()
        .filter(|s| dataset.instance(*s, instance).is_some())
        .collect();
    let service = match owners.as_slice() {
        [] => return None,
        [one] => *one,
        _ => {
            let rds_like = route == Route::AuditList
                && first(query, "node_id").is_none()
                && first(query, "offset").is_some()
                && first(query, "limit")
                    .and_then(|l| l.parse::<i64>().ok())
                    .is_some_and(|l| l <= limits::of(Service::Rds, "list_auditlogs").page);
            if rds_like { Service::Rds } else { Service::Dds }
        }
    };
    dataset.instance(service, instance).map(|i| (service, i))
}
