//! The API routes: the checks every operation goes through, in the documented order (route,
//! authentication, project, instance, faults, parameters), which service answers a path DDS
//! and RDS share, and the counter each request goes to.

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
    App, RequestId, UNAUTHENTICATED, UNKNOWN_ROUTE, auth, counted, faults, first, operations,
    query_pairs, route_params,
};
use crate::config::Service;
use crate::dataset::{Dataset, Instance};

/// Largest request body accepted.
pub(super) const MAX_BODY: usize = 1 << 20;

/// The four API paths.
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
}

/// `{project_id}` and `{instance_id}` of an API path, percent-decoded.
pub(super) struct InstancePath {
    project: String,
    instance: String,
}

impl<S: Send + Sync> FromRequestParts<S> for InstancePath {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Infallible> {
        // `/v3/{project_id}/instances/{instance_id}/...`
        let [project, instance] = route_params(parts, state, [2, 4]).await;
        Ok(Self { project, instance })
    }
}

/// `GET /v3/{project_id}/instances/{instance_id}/auditlog`: DDS or RDS `list_auditlogs`.
pub(super) async fn audit_list(
    State(app): State<Arc<App>>,
    Extension(id): Extension<RequestId>,
    path: InstancePath,
    req: Request,
) -> Response {
    serve(&app, &id, Route::AuditList, path, req).await
}

/// `POST /v3/{project_id}/instances/{instance_id}/auditlog-links`: DDS `list_auditlog_links`
/// or RDS `show_auditlog_download_link`.
pub(super) async fn audit_links(
    State(app): State<Arc<App>>,
    Extension(id): Extension<RequestId>,
    path: InstancePath,
    req: Request,
) -> Response {
    serve(&app, &id, Route::AuditLinks, path, req).await
}

/// `GET /v3/{project_id}/instances/{instance_id}/ddl-log`: TaurusDB `list_ddl_logs`.
pub(super) async fn ddl_list(
    State(app): State<Arc<App>>,
    Extension(id): Extension<RequestId>,
    path: InstancePath,
    req: Request,
) -> Response {
    serve(&app, &id, Route::DdlList, path, req).await
}

/// `POST /v3/{project_id}/instances/{instance_id}/ddl-log/download`: TaurusDB
/// `download_ddl_logs`.
pub(super) async fn ddl_download(
    State(app): State<Arc<App>>,
    Extension(id): Extension<RequestId>,
    path: InstancePath,
    req: Request,
) -> Response {
    serve(&app, &id, Route::DdlDownload, path, req).await
}

async fn serve(
    app: &App,
    RequestId(id): &RequestId,
    route: Route,
    path: InstancePath,
    req: Request,
) -> Response {
    let (op, answer) = checked(app, route, path, req).await;
    let resp = match answer {
        Ok(value) => json_response(StatusCode::OK, &value),
        Err(e) => e.into_response(id),
    };
    counted(op, resp)
}

/// The checks after the route, in their order, then the answer; with the counter the request
/// goes to: the operation once the instance is known, else what stopped it.
async fn checked(
    app: &App,
    route: Route,
    path: InstancePath,
    req: Request,
) -> (&'static str, Result<Value, ApiError>) {
    let (parts, body) = req.into_parts();
    // The body is needed to check a signature; one too large is refused before anything else,
    // as an unknown route in the counts.
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY).await else {
        return (UNKNOWN_ROUTE, Err(ApiError::too_large()));
    };
    if let Err(why) = auth::authenticate(app, &parts, &body) {
        return (UNAUTHENTICATED, Err(ApiError::unauthenticated(&why)));
    }
    let InstancePath { project, instance } = path;
    if project != app.config.project_id {
        let e = ApiError::new(
            StatusCode::FORBIDDEN,
            "DBS.200006",
            format!("The project ID {project} does not match the project of the credentials."),
        );
        return ("wrong_project", Err(e));
    }
    let query = query_pairs(&parts.uri);
    let Some((service, inst)) = resolve_service(&app.dataset, route, &instance, &query) else {
        let e = ApiError::new(
            StatusCode::NOT_FOUND,
            "DBS.200007",
            format!("The instance {instance} does not exist."),
        );
        return ("unknown_instance", Err(e));
    };
    let op = match (service, route) {
        (Service::Dds, Route::AuditList) => "dds.list_auditlogs",
        (Service::Dds, _) => "dds.list_auditlog_links",
        (Service::Rds, Route::AuditList) => "rds.list_auditlogs",
        (Service::Rds, _) => "rds.show_auditlog_download_link",
        (Service::Taurusdb, Route::DdlList) => "taurusdb.list_ddl_logs",
        (Service::Taurusdb, _) => "taurusdb.download_ddl_logs",
    };
    if let Err(e) = faults::api(app, op).await {
        return (op, Err(e));
    }
    let answer = match (route, service) {
        (Route::AuditList, Service::Dds) => operations::dds_list(app, inst, &query),
        (Route::AuditList, _) => operations::rds_list(app, inst, &query),
        (Route::AuditLinks, _) => {
            let id = op.split_once('.').map_or(op, |(_, id)| id);
            operations::audit_links(app, service, id, inst, &body)
        }
        (Route::DdlList, _) => operations::ddl_list(app, inst, &query),
        (Route::DdlDownload, _) => operations::ddl_download(app, inst, &body),
    };
    (op, answer)
}

/// Which service answers a request, and its instance: the service owning the instance id. An
/// id given to both DDS and RDS (extra instances only) is answered as RDS on a list request
/// that has no `node_id` and carries `offset` and a `limit` within RDS's page, else as DDS.
fn resolve_service<'a>(
    dataset: &'a Dataset,
    route: Route,
    instance: &str,
    query: &[(String, String)],
) -> Option<(Service, &'a Instance)> {
    let service = match route {
        Route::DdlList | Route::DdlDownload => Service::Taurusdb,
        Route::AuditList | Route::AuditLinks => {
            let dds = dataset.instance(Service::Dds, instance).is_some();
            let rds = dataset.instance(Service::Rds, instance).is_some();
            match (dds, rds) {
                (true, false) => Service::Dds,
                (false, true) => Service::Rds,
                (false, false) => return None,
                (true, true) => {
                    let rds_like = route == Route::AuditList
                        && first(query, "node_id").is_none()
                        && first(query, "offset").is_some()
                        && first(query, "limit")
                            .and_then(|l| l.parse::<i64>().ok())
                            .is_some_and(|l| l <= limits::of(Service::Rds, "list_auditlogs").page);
                    if rds_like { Service::Rds } else { Service::Dds }
                }
            }
        }
    };
    dataset.instance(service, instance).map(|i| (service, i))
}
