//! IAM: the two operations the SDKs call on their own, `keystone_list_projects` (a region's
//! project id, from the project named after the region) and
//! `create_temporary_access_key_by_token` (temporary credentials from a token). Answers carry
//! `X-IAM-Trace-Id`; IAM's own errors are in Keystone's shape, the gateway's (authentication of
//! the project listing, throttling, body size) in Huawei's.

use std::sync::Arc;

use axum::Extension;
use axum::extract::{Request, State};
use axum::response::Response;
use chrono::{SubsecRound as _, TimeDelta};
use http::request::Parts;
use http::{HeaderValue, StatusCode, header};
use serde_json::{Value, json};

use super::api::MAX_BODY;
use super::errors::{ApiError, json_response, keystone_error};
use super::faults::{self, ApiFault};
use super::{App, RequestId, UNAUTHENTICATED, UNKNOWN_ROUTE, auth, counted, first, query_pairs};

/// Stats name of `GET /v3/projects`.
const LIST_PROJECTS: &str = "iam.keystone_list_projects";
/// Stats name of `POST /v3.0/OS-CREDENTIAL/securitytokens`.
const CREATE_TEMPORARY: &str = "iam.create_temporary_access_key_by_token";

/// Lifetimes `duration_seconds` may ask for, and the default.
const DURATION_SECONDS: std::ops::RangeInclusive<i64> = 900..=86400;
const DEFAULT_DURATION_SECONDS: i64 = 900;

/// `response` with IAM's `X-IAM-Trace-Id` (the request id), counted under `op`.
fn iam_answer(op: &'static str, request_id: &str, mut response: Response) -> Response {
    if let Ok(v) = HeaderValue::from_str(request_id) {
        response.headers_mut().insert("x-iam-trace-id", v);
    }
    counted(op, response)
}

/// An injected fault, as IAM answers it: its own 500/503 in Keystone's shape, or the gateway's
/// 429.
fn fault_answer(fault: ApiFault, request_id: &str) -> Response {
    match fault {
        ApiFault::Error(status) => keystone_error(
            status,
            "fault: the service is unavailable, try again later.",
        ),
        ApiFault::Throttle => faults::throttled().into_response(request_id),
    }
}

/// `GET /v3/projects[?name=REGION]`: the projects whose name is `name` (all without it).
/// `domain_id`, `enabled`, `is_domain`, `page`, `per_page`, `parent_id` are taken and ignored.
pub(super) async fn list_projects(
    State(app): State<Arc<App>>,
    Extension(RequestId(id)): Extension<RequestId>,
    req: Request,
) -> Response {
    let (parts, body) = req.into_parts();
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY).await else {
        return iam_answer(UNKNOWN_ROUTE, &id, ApiError::too_large().into_response(&id));
    };
    if let Err(why) = auth::authenticate(&app, &parts, &body) {
        let resp = ApiError::unauthenticated(&why).into_response(&id);
        return iam_answer(UNAUTHENTICATED, &id, resp);
    }
    if let Some(fault) = faults::api_fault(&app, LIST_PROJECTS).await {
        return iam_answer(LIST_PROJECTS, &id, fault_answer(fault, &id));
    }
    let query = query_pairs(&parts.uri);
    let name = first(&query, "name");
    let base = &app.endpoint;
    let domain = &app.config.domain_id;
    let projects: Vec<Value> = app
        .projects()
        .into_iter()
        .filter(|(n, _)| name.is_none_or(|want| want == *n))
        .map(|(name, project_id)| {
            json!({
                "id": project_id,
                "name": name,
                "domain_id": domain,
                "description": "",
                "enabled": true,
                "parent_id": domain,
                "is_domain": false,
                "links": {"self": format!("{base}/v3/projects/{project_id}")},
            })
        })
        .collect();
    let body = json!({
        "links": {"self": format!("{base}/v3/projects"), "previous": null, "next": null},
        "projects": projects,
    });
    iam_answer(LIST_PROJECTS, &id, json_response(StatusCode::OK, &body))
}

/// `POST /v3.0/OS-CREDENTIAL/securitytokens`: temporary credentials for
/// `{"auth": {"identity": {"methods": ["token"], "token": {"id"?, "duration_seconds"?}}}}`.
pub(super) async fn create_temporary(
    State(app): State<Arc<App>>,
    Extension(RequestId(id)): Extension<RequestId>,
    req: Request,
) -> Response {
    let (parts, body) = req.into_parts();
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY).await else {
        return iam_answer(UNKNOWN_ROUTE, &id, ApiError::too_large().into_response(&id));
    };
    let json: Option<Value> = serde_json::from_slice(&body).ok();
    let token = json
        .as_ref()
        .and_then(|v| v.pointer("/auth/identity/token"));
    let body_token = token.and_then(|t| t.get("id")).and_then(Value::as_str);
    if let Err(why) = authenticate(&app, &parts, &body, body_token) {
        let message = format!("The request you have made requires authentication: {why}");
        let resp = keystone_error(StatusCode::UNAUTHORIZED, &message);
        return iam_answer(UNAUTHENTICATED, &id, resp);
    }
    if let Some(fault) = faults::api_fault(&app, CREATE_TEMPORARY).await {
        return iam_answer(CREATE_TEMPORARY, &id, fault_answer(fault, &id));
    }
    let duration = match json.as_ref().map(duration_seconds) {
        Some(Ok(d)) => d,
        Some(Err(message)) => {
            let resp = keystone_error(StatusCode::BAD_REQUEST, &message);
            return iam_answer(CREATE_TEMPORARY, &id, resp);
        }
        None => {
            let resp = keystone_error(
                StatusCode::BAD_REQUEST,
                "The request body is not valid JSON.",
            );
            return iam_answer(CREATE_TEMPORARY, &id, resp);
        }
    };
    let now = app.config.clock.now().trunc_subsecs(0);
    let issued = app
        .vault
        .issue(now, now + TimeDelta::seconds(duration), &app.config.ak);
    tracing::debug!(access = %issued.access, expires_at = %issued.expires_at, "issued temporary credentials");
    let resp = json_response(StatusCode::CREATED, &issued.to_json());
    iam_answer(CREATE_TEMPORARY, &id, resp)
}

/// The request's credentials: an AK/SK signature or `X-Auth-Token` when there is one, and the
/// token of the body (`token.id`, which the official SDK's federated login sends instead of a
/// header) when there is one; at least one, and every one given must be valid.
fn authenticate(
    app: &App,
    parts: &Parts,
    body: &[u8],
    body_token: Option<&str>,
) -> Result<(), String> {
    let headers = &parts.headers;
    let header_auth =
        headers.contains_key(header::AUTHORIZATION) || headers.contains_key("x-auth-token");
    if header_auth {
        auth::authenticate(app, parts, body)?;
    }
    match body_token {
        Some(token) if !auth::is_token(app, token.as_bytes()) => {
            Err("the token of the body (auth.identity.token.id) is invalid or expired".to_owned())
        }
        Some(_) => Ok(()),
        None if header_auth => Ok(()),
        None => Err(
            "the request has no Authorization (AK/SK signature), no X-Auth-Token and no token in \
             its body"
                .to_owned(),
        ),
    }
}

/// The checked `duration_seconds` of a body, or the message of IAM's 400.
fn duration_seconds(body: &Value) -> Result<i64, String> {
    let identity = body
        .pointer("/auth/identity")
        .filter(|v| v.is_object())
        .ok_or("Invalid input for field 'auth.identity': it is required and must be an object.")?;
    let methods = identity.get("methods").and_then(Value::as_array);
    if !methods.is_some_and(|m| m.len() == 1 && m.first() == Some(&json!("token"))) {
        return Err(
            "Invalid input for field 'auth.identity.methods': it must be [\"token\"].".to_owned(),
        );
    }
    let Some(token) = identity.get("token") else {
        return Ok(DEFAULT_DURATION_SECONDS);
    };
    if !token.is_object() {
        return Err("Invalid input for field 'auth.identity.token': not an object.".to_owned());
    }
    if token.get("id").is_some_and(|id| !id.is_string()) {
        return Err("Invalid input for field 'auth.identity.token.id': not a string.".to_owned());
    }
    match token.get("duration_seconds") {
        None | Some(Value::Null) => Ok(DEFAULT_DURATION_SECONDS),
        Some(d) => d
            .as_i64()
            .filter(|d| DURATION_SECONDS.contains(d))
            .ok_or_else(|| {
                format!(
                    "Invalid input for field 'duration_seconds': {d} is not an integer from {} \
                     to {}.",
                    DURATION_SECONDS.start(),
                    DURATION_SECONDS.end()
                )
            }),
    }
}
