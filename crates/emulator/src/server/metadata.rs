//! The ECS metadata service (`http://169.254.169.254`), as the official SDKs read it for
//! temporary credentials when they have no AK/SK: `PUT /meta-data/latest/api/token` (a session
//! token) and `GET /openstack/latest/securitykey` (the instance's agency credentials). No
//! signature; the token mode, the agency, the credentials' lifetime and the faults come from
//! [`MetadataConfig`](crate::MetadataConfig).

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, SubsecRound as _, TimeDelta, Utc};
use http::{HeaderMap, HeaderValue, StatusCode, header};

use super::errors::{json_response, text_error};
use super::temporary::{TemporaryCredentials, random_token};
use super::{App, UNKNOWN_ROUTE, counted, faults};
use crate::config::{MetadataFault, MetadataTokenMode};

/// Stats name of the token route.
const TOKEN: &str = "metadata.token";
/// Stats name of the security key route.
const SECURITY_KEY: &str = "metadata.securitykey";

/// Header of the token request: the token's lifetime in seconds.
const TTL_HEADER: &str = "x-metadata-token-ttl-seconds";
/// Header of the security key request: the session token.
const TOKEN_HEADER: &str = "x-metadata-token";
/// Lifetimes a token may ask for (6 hours at most, as the official SDKs ask).
const TTL_SECONDS: std::ops::RangeInclusive<i64> = 1..=21600;

/// The credentials are handed out again until they are this close to expiring.
pub(super) const ROTATE_BEFORE: TimeDelta = TimeDelta::minutes(15);

/// What the official SDKs look for in a 401 to tell a missing agency from a bad token.
pub(super) const NO_AGENCY: &str = "Please configure Cloud Service Agency first";

/// The metadata service's state: the credentials it hands out, the session tokens, the fault.
pub(super) struct MetadataState {
    current: Option<TemporaryCredentials>,
    tokens: HashMap<String, DateTime<Utc>>,
    pub fault: Option<MetadataFault>,
}

impl MetadataState {
    pub(super) fn new(fault: Option<MetadataFault>) -> Self {
        Self {
            current: None,
            tokens: HashMap::new(),
            fault,
        }
    }
}

impl App {
    fn metadata(&self) -> std::sync::MutexGuard<'_, MetadataState> {
        self.metadata.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// `PUT /meta-data/latest/api/token` with `X-Metadata-Token-Ttl-Seconds: 1..=21600`: a new
/// session token, as the body.
pub(super) async fn token(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    counted(TOKEN, token_answer(&app, &headers).await)
}

async fn token_answer(app: &App, headers: &HeaderMap) -> Response {
    faults::delay_only(app, TOKEN).await;
    let fault = app.metadata().fault;
    if fault == Some(MetadataFault::Down) {
        return down();
    }
    if app.config.metadata.token == MetadataTokenMode::Unsupported {
        return text_error(StatusCode::NOT_FOUND, "The resource could not be found.");
    }
    let ttl = headers
        .get(TTL_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<i64>().ok())
        .filter(|t| TTL_SECONDS.contains(t));
    let Some(ttl) = ttl else {
        return text_error(
            StatusCode::BAD_REQUEST,
            &format!(
                "X-Metadata-Token-Ttl-Seconds must be an integer from {} to {}.",
                TTL_SECONDS.start(),
                TTL_SECONDS.end()
            ),
        );
    };
    let now = app.config.clock.now();
    let token = random_token();
    {
        let mut state = app.metadata();
        state.tokens.retain(|_, expires| *expires > now);
        state
            .tokens
            .insert(token.clone(), now + TimeDelta::seconds(ttl));
    }
    let mut resp = Response::new(Body::from(token));
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=UTF-8"),
    );
    resp
}

/// `GET /openstack/latest/securitykey`: `{"credential": {"access", "secret", "securitytoken",
/// "expires_at"}}`, the same until they are within [`ROTATE_BEFORE`] of expiring.
pub(super) async fn security_key(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    counted(SECURITY_KEY, security_key_answer(&app, &headers).await)
}

async fn security_key_answer(app: &App, headers: &HeaderMap) -> Response {
    faults::delay_only(app, SECURITY_KEY).await;
    let fault = app.metadata().fault;
    if fault == Some(MetadataFault::Down) {
        return down();
    }
    let now = app.config.clock.now();
    let config = &app.config.metadata;
    if config.token != MetadataTokenMode::Unsupported {
        let valid = headers.get(TOKEN_HEADER).map(|t| {
            t.to_str()
                .ok()
                .and_then(|t| app.metadata().tokens.get(t).copied())
                .is_some_and(|expires| now < expires)
        });
        let refused = match (config.token, valid) {
            (_, Some(false)) => Some("The X-Metadata-Token is invalid or expired."),
            (MetadataTokenMode::Required, None) => {
                Some("An X-Metadata-Token is required (PUT /meta-data/latest/api/token).")
            }
            _ => None,
        };
        if let Some(why) = refused {
            return text_error(StatusCode::UNAUTHORIZED, why);
        }
    }
    if !config.agency {
        return text_error(StatusCode::UNAUTHORIZED, NO_AGENCY);
    }
    let credentials = match fault {
        Some(MetadataFault::Expired) => {
            let at = now.trunc_subsecs(0) - TimeDelta::minutes(1);
            app.vault.issue(now, at, &app.config.ak)
        }
        _ => current_credentials(app, now),
    };
    let resp = json_response(StatusCode::OK, &credentials.to_json());
    if fault == Some(MetadataFault::Malformed) {
        // The answer cut in the middle, as a broken proxy would leave it.
        let text = credentials.to_json().to_string();
        let cut = text.get(..text.len() / 2).unwrap_or_default().to_owned();
        let (parts, _) = resp.into_parts();
        return Response::from_parts(parts, Body::from(cut));
    }
    resp
}

/// The credentials to hand out at `now`: the current ones, or new ones when they are within
/// [`ROTATE_BEFORE`] of expiring.
fn current_credentials(app: &App, now: DateTime<Utc>) -> TemporaryCredentials {
    let mut state = app.metadata();
    if let Some(c) = state
        .current
        .as_ref()
        .filter(|c| now < c.expires_at - ROTATE_BEFORE)
    {
        return c.clone();
    }
    let ttl =
        TimeDelta::from_std(app.config.metadata.credential_ttl).unwrap_or(TimeDelta::hours(1));
    let start = now.trunc_subsecs(0);
    let issued = app.vault.issue(now, start + ttl, &app.config.ak);
    tracing::debug!(access = %issued.access, expires_at = %issued.expires_at, "metadata credentials rotated");
    state.current = Some(issued.clone());
    issued
}

/// 503: the metadata service is down (fault `down`).
fn down() -> Response {
    text_error(
        StatusCode::SERVICE_UNAVAILABLE,
        "The server is currently unavailable. Please try again at a later time.",
    )
}

/// 405 for another method on the token path (counted as an unknown route).
pub(super) async fn token_method_not_allowed() -> Response {
    method_not_allowed("PUT")
}

/// 405 for another method on the security key path (counted as an unknown route).
pub(super) async fn security_key_method_not_allowed() -> Response {
    method_not_allowed("GET")
}

fn method_not_allowed(allow: &'static str) -> Response {
    let mut resp = text_error(
        StatusCode::METHOD_NOT_ALLOWED,
        "The method is not allowed for this resource.",
    );
    resp.headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static(allow));
    counted(UNKNOWN_ROUTE, resp)
}
