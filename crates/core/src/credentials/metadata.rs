//! Credentials of an ECS server's agency, from the ECS metadata service, read the way the
//! official SDK reads them (`MetadataAccessor` of huaweicloudsdkcore 3.1.219):
//!
//! 1. an optional session token, `PUT /meta-data/latest/api/token` with
//!    `X-Metadata-Token-Ttl-Seconds: 21600`; 404, 405 and 503 mean the service has no tokens,
//!    and none is asked for again for 24 hours;
//! 2. `GET /openstack/latest/securitykey` (with `X-Metadata-Token` when there is one); a 401
//!    that is not "Please configure Cloud Service Agency first" gets a new token and one more
//!    try;
//! 3. `{"credential": {"access", "secret", "securitytoken", "expires_at"}}`, with the other
//!    spellings the SDK accepts (`credentials`, `accessKeyId`, `secret_access_key`,
//!    `securityToken`, `expiration`, ...) and `expires_at` as `2026-12-02T02:33:55.000000Z`.
//!
//! The base address is `http://169.254.169.254` (the official SDK's, fixed), or
//! [`ENV_METADATA_ENDPOINT`] (this crate's addition, for tests and emulators). Timeouts are the
//! SDK's 3 seconds to connect and 3 to read; no proxy and no redirect is followed. Secrets
//! never appear in errors or traces: answers are described by their status and the names of
//! their fields only.

use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use futures_util::future::BoxFuture;
use serde_json::Value;
use tokio::sync::Mutex;

use super::Credentials;
use super::refresh::{Expiring, FetchCredentials};
use crate::error::{Error, ErrorKind};

/// The official address of the metadata service.
pub const DEFAULT_METADATA_ENDPOINT: &str = "http://169.254.169.254";
/// Environment variable overriding [`DEFAULT_METADATA_ENDPOINT`] (this crate's addition).
pub const ENV_METADATA_ENDPOINT: &str = "HUAWEICLOUD_SDK_METADATA_ENDPOINT";

const TOKEN_PATH: &str = "/meta-data/latest/api/token";
const SECURITY_KEY_PATH: &str = "/openstack/latest/securitykey";
const HEADER_TOKEN: &str = "X-Metadata-Token";
const HEADER_TOKEN_TTL: &str = "X-Metadata-Token-Ttl-Seconds";
const TOKEN_TTL_SECONDS: u32 = 6 * 60 * 60;
const NO_TOKENS_RECHECK: Duration = Duration::from_secs(24 * 60 * 60);
const NO_AGENCY: &str = "Please configure Cloud Service Agency first";
const TIMEOUT: Duration = Duration::from_secs(3);

/// The ECS metadata service as a source of temporary credentials (see the
/// [module docs](self)). Give it to a
/// [`RefreshingCredentials`](super::RefreshingCredentials).
#[derive(Debug)]
pub struct EcsMetadata {
    base: String,
    http: reqwest::Client,
    token: Mutex<TokenState>,
    /// What was looked at before it, for messages.
    tried_before: Vec<String>,
}

#[derive(Debug, Default)]
struct TokenState {
    token: Option<String>,
    /// When a token was last asked for.
    asked: Option<std::time::Instant>,
}

impl EcsMetadata {
    /// The metadata service at `base` (`http://169.254.169.254`).
    pub fn new(base: impl Into<String>) -> Result<Self, Error> {
        crate::client::ensure_tls_provider();
        let http = reqwest::Client::builder()
            .connect_timeout(TIMEOUT)
            .read_timeout(TIMEOUT)
            .timeout(TIMEOUT * 2)
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .build()
            .map_err(|e| {
                Error::new(
                    ErrorKind::Configuration,
                    format!("HTTP client setup failed: {e}"),
                )
            })?;
        Ok(Self {
            base: base.into().trim_end_matches('/').to_owned(),
            http,
            token: Mutex::new(TokenState::default()),
            tried_before: Vec::new(),
        })
    }

    /// The same, as the last step of a chain whose other steps looked at `tried` and found
    /// nothing: its errors say so.
    pub fn after_trying(mut self, tried: Vec<String>) -> Self {
        self.tried_before = tried;
        self
    }

    /// The address from `env` ([`ENV_METADATA_ENDPOINT`]), else the official one.
    pub fn from_env(env: &dyn Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let base = env(ENV_METADATA_ENDPOINT)
            .filter(|v| !v.trim().is_empty())
            .unwrap_or_else(|| DEFAULT_METADATA_ENDPOINT.to_owned());
        Self::new(base.trim())
    }

    fn failure(&self, what: String) -> Error {
        if self.tried_before.is_empty() {
            Error::new(ErrorKind::Configuration, what)
        } else {
            Error::new(
                ErrorKind::Configuration,
                format!(
                    "{what} (before it, tried: {})",
                    self.tried_before.join("; ")
                ),
            )
        }
    }

    /// Ask for a session token. `Ok(None)`: the service has none (404, 405, 503), unless
    /// `required`.
    async fn new_token(&self, state: &mut TokenState, required: bool) -> Result<(), Error> {
        state.asked = Some(std::time::Instant::now());
        let answer = self
            .http
            .put(format!("{}{TOKEN_PATH}", self.base))
            .header(HEADER_TOKEN_TTL, TOKEN_TTL_SECONDS.to_string())
            .send()
            .await
            .map_err(|e| self.failure(format!("asking for a session token: {}", transport(&e))))?;
        let status = answer.status().as_u16();
        match status {
            200 => {
                let token = answer.text().await.map_err(|e| {
                    self.failure(format!("reading the session token: {}", transport(&e)))
                })?;
                state.token = Some(token.trim().to_owned()).filter(|t| !t.is_empty());
                Ok(())
            }
            404 | 405 | 503 if !required => {
                state.token = None;
                Ok(())
            }
            _ => Err(self.failure(format!("asking for a session token: HTTP {status}"))),
        }
    }

    async fn security_key(&self, token: Option<&str>) -> Result<reqwest::Response, Error> {
        let mut request = self.http.get(format!("{}{SECURITY_KEY_PATH}", self.base));
        if let Some(token) = token {
            request = request.header(HEADER_TOKEN, token);
        }
        request
            .send()
            .await
            .map_err(|e| self.failure(format!("asking for the security key: {}", transport(&e))))
    }

    async fn fetch_now(&self) -> Result<Expiring, Error> {
        let mut state = self.token.lock().await;
        let recheck = state
            .asked
            .is_none_or(|at| at.elapsed() > NO_TOKENS_RECHECK);
        if state.token.is_none() && recheck {
            self.new_token(&mut state, false).await?;
        }
        let mut answer = self.security_key(state.token.as_deref()).await?;
        if answer.status().as_u16() == 401 {
            let body = answer.text().await.unwrap_or_default();
            if body.contains(NO_AGENCY) {
                return Err(self.failure(
                    "this server has no agency (\"Please configure Cloud Service Agency first\"): \
                     give the server an agency in the ECS console, or give credentials"
                        .to_owned(),
                ));
            }
            self.new_token(&mut state, true).await?;
            answer = self.security_key(state.token.as_deref()).await?;
        }
        let status = answer.status().as_u16();
        if status >= 400 {
            return Err(self.failure(format!("asking for the security key: HTTP {status}")));
        }
        let source_clock_ahead = answer
            .headers()
            .get(reqwest::header::DATE)
            .and_then(|d| d.to_str().ok())
            .and_then(|d| DateTime::parse_from_rfc2822(d).ok())
            .map(|d| d.to_utc() - Utc::now())
            .filter(|skew| skew.abs() > TimeDelta::seconds(2));
        let body = answer
            .bytes()
            .await
            .map_err(|e| self.failure(format!("reading the security key: {}", transport(&e))))?;
        let mut expiring = parse_security_key(&body).map_err(|why| {
            self.failure(format!("the security key answer cannot be used: {why}"))
        })?;
        expiring.source_clock_ahead = source_clock_ahead;
        Ok(expiring)
    }
}

impl FetchCredentials for EcsMetadata {
    fn source(&self) -> String {
        format!("the ECS metadata service at {}", self.base)
    }

    fn fetch(&self) -> BoxFuture<'_, Result<Expiring, Error>> {
        Box::pin(self.fetch_now())
    }
}

/// A transport error without its URL.
fn transport(e: &reqwest::Error) -> String {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "cannot connect"
    } else {
        "transport error"
    };
    let mut text = kind.to_owned();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// The credentials of a security key answer, read as the official SDK reads them. The
/// reasons never quote a value.
pub fn parse_security_key(body: &[u8]) -> Result<Expiring, String> {
    let root: Value = serde_json::from_slice(body).map_err(|e| format!("not JSON ({e})"))?;
    let map = root
        .get("credential")
        .or_else(|| root.get("credentials"))
        .unwrap_or(&root);
    let field = |names: &[&str]| -> Result<String, String> {
        names
            .iter()
            .find_map(|n| map.get(*n).and_then(Value::as_str))
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .ok_or_else(|| format!("no `{}`", names[0]))
    };
    let access = field(&["access", "accessKeyId", "access_key_id"])?;
    let secret = field(&["secret", "secretAccessKey", "secret_access_key"])?;
    let token = field(&["securitytoken", "securityToken", "security_token"])?;
    let expires = field(&["expires_at", "expiration"])?;
    let expires_at = parse_expiry(&expires)
        .ok_or_else(|| "`expires_at` is not a time like 2026-12-02T02:33:55.000000Z".to_owned())?;
    Ok(Expiring {
        credentials: Credentials::temporary(access, secret, token),
        expires_at,
        source_clock_ahead: None,
    })
}

/// `2026-12-02T02:33:55.000000Z` (the SDK's `%Y-%m-%dT%H:%M:%S.%fZ`), or any RFC 3339 time.
fn parse_expiry(text: &str) -> Option<DateTime<Utc>> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.fZ")
        .map(|t| t.and_utc())
        .ok()
        .or_else(|| DateTime::parse_from_rfc3339(text).ok().map(|t| t.to_utc()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_the_sdk_reads() {
        let e = parse_security_key(br#"{"credential":{"access":"AK","secret":"SK","securitytoken":"T","expires_at":"2026-12-02T02:33:55.000000Z"}}"#).unwrap();
        assert_eq!(e.credentials, Credentials::temporary("AK", "SK", "T"));
        assert_eq!(e.expires_at.to_rfc3339(), "2026-12-02T02:33:55+00:00");
        let e = parse_security_key(br#"{"credentials":{"accessKeyId":"AK","secretAccessKey":"SK","securityToken":"T","expiration":"2026-12-02T02:33:55Z"}}"#).unwrap();
        assert_eq!(e.credentials, Credentials::temporary("AK", "SK", "T"));
        let e = parse_security_key(br#"{"access_key_id":"AK","secret_access_key":"SK","security_token":"T","expires_at":"2026-12-02T02:33:55.5Z"}"#).unwrap();
        assert_eq!(e.credentials, Credentials::temporary("AK", "SK", "T"));
    }

    #[test]
    fn bad_answers_say_what_is_missing_and_never_quote_a_value() {
        let no_token = br#"{"credential":{"access":"AK","secret":"very-secret","expires_at":"2026-12-02T02:33:55.000000Z"}}"#;
        let why = parse_security_key(no_token).unwrap_err();
        assert_eq!(why, "no `securitytoken`");
        let bad_time = br#"{"credential":{"access":"AK","secret":"very-secret","securitytoken":"T","expires_at":"tomorrow"}}"#;
        let why = parse_security_key(bad_time).unwrap_err();
        assert!(
            why.contains("expires_at") && !why.contains("very-secret"),
            "{why}"
        );
        assert!(
            parse_security_key(b"<html>")
                .unwrap_err()
                .starts_with("not JSON")
        );
    }
}
