//! The runtime every generated client carries (progenitor's "inner type"), and the one hook
//! every request goes through.
//!
//! The generated clients are built with `HooksMode::Expected`, so each service crate must
//! implement `ClientHooks<Runtime>` for its `Client`; [`service_client!`](crate::service_client)
//! does that by handing each request to [`Runtime::execute`]. There, for every operation,
//! present and future, with no per-operation code:
//!
//! - the query string is put in canonical order (what is signed is what is sent);
//! - credentials are applied: AK/SK signing (SDK-HMAC-SHA256, with `X-Project-Id` and
//!   `X-Security-Token` added before signing and a fresh `X-Sdk-Date` on every attempt), or
//!   an IAM token in `X-Auth-Token`;
//! - 429, 500, 502, 503, 504 and connection failures are retried with exponential backoff and
//!   jitter, honouring `Retry-After`, within a bound on attempts and on total time;
//! - error bodies spelled `errorCode`/`errorMsg` or `code`/`message` are rewritten to the
//!   documented `error_code`/`error_msg`, so they decode into the one error schema;
//! - a tracing span records service, operation, status, attempts and request id (never a
//!   header value, so no signature or token).
//!
//! The official SDK never retries a POST; the two POST operations here only create download
//! links and change nothing, so retrying them is safe.

use std::sync::Arc;
use std::time::{Duration, Instant};

use progenitor_client::OperationInfo;
use reqwest::header::{HeaderName, HeaderValue};
use tracing::Instrument as _;

use crate::credentials::{Credentials, Secret};
use crate::error::{OPERATION_HEADER, REQUEST_ID_HEADER};
use crate::signing;

/// How failed attempts are retried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 turns retries off).
    pub max_attempts: u32,
    /// Backoff before the first retry; doubled for each further one.
    pub initial_backoff: Duration,
    /// Largest backoff between two attempts (a longer `Retry-After` is still honoured).
    pub max_backoff: Duration,
    /// No retry starts once this much time has passed since the first attempt.
    pub max_elapsed: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_elapsed: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// A single attempt, no retry.
    pub fn disabled() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// The backoff before retry number `retry` (1-based): exponential, capped, with jitter
    /// over its upper half so that many clients do not retry in step.
    pub fn backoff(&self, retry: u32) -> Duration {
        let exp = self
            .initial_backoff
            .saturating_mul(2u32.saturating_pow(retry.saturating_sub(1)));
        let cap = exp.min(self.max_backoff);
        let half = cap / 2;
        half + half.mul_f64(fastrand::f64())
    }
}

/// Statuses worth another attempt.
pub fn is_retryable_status(status: u16) -> bool {
    matches!(status, 429 | 500 | 502 | 503 | 504)
}

/// Shared, cheaply clonable state of a service client.
#[derive(Clone)]
pub struct Runtime {
    inner: Arc<Inner>,
}

struct Inner {
    service: &'static str,
    credentials: Option<Credentials>,
    project_id: Option<String>,
    retry: RetryPolicy,
}

impl std::fmt::Debug for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runtime")
            .field("service", &self.inner.service)
            .field("credentials", &self.inner.credentials)
            .field("project_id", &self.inner.project_id)
            .field("retry", &self.inner.retry)
            .finish()
    }
}

impl Runtime {
    /// A runtime for `service` that sends requests unauthenticated, with default retries:
    /// for tests against a local server. Clients for the real service come from the crates'
    /// `Client::builder()`.
    pub fn new(service: &'static str) -> Self {
        Self::with_config(service, None, None, RetryPolicy::default())
    }

    /// A runtime with credentials, project id and retry policy.
    pub fn with_config(
        service: &'static str,
        credentials: Option<Credentials>,
        project_id: Option<String>,
        retry: RetryPolicy,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                service,
                credentials,
                project_id,
                retry,
            }),
        }
    }

    /// The service this runtime talks to.
    pub fn service(&self) -> &'static str {
        self.inner.service
    }

    /// The project id requests are made for, when configured.
    pub fn project_id(&self) -> Option<&str> {
        self.inner.project_id.as_deref()
    }

    /// The project id, or an error saying how to configure one: the list and link
    /// operations all take it in their path.
    pub fn require_project_id(&self) -> Result<&str, crate::Error> {
        self.project_id().ok_or_else(|| {
            crate::Error::new(
                crate::ErrorKind::Configuration,
                format!(
                    "project_id: no project id configured for {}; call .project_id(..) on the builder or set {}",
                    self.inner.service,
                    crate::credentials::ENV_PROJECT_ID
                ),
            )
        })
    }

    /// The retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// Check a request before anything is sent: a `start_time`/`end_time` window must be
    /// readable, end after it starts and, for DDS and RDS, span at most 30 days. Called by the
    /// generated code for every operation (the `pre` hook); the error names the field and the
    /// limit, and the operation is added where the generated error is converted.
    pub fn check_request(&self, request: &reqwest::Request) -> Result<(), crate::Error> {
        crate::window::check_request(
            request.url(),
            crate::window::max_call_window(self.inner.service),
        )
    }

    /// Send one operation's request: authenticate, retry, trace. Called by the generated code
    /// for every operation.
    ///
    /// A request whose credentials cannot be applied (a header value they cannot be, a request
    /// that cannot be signed) is not sent at all: the answer is then a local response that
    /// [`not_sent`](Self::not_sent) recognizes, which the generated clients' `post` hook turns into an
    /// [`ErrorKind::Configuration`](crate::ErrorKind::Configuration) error naming the reason.
    pub async fn execute(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let span = tracing::info_span!(
            "huaweicloud.operation",
            service = self.inner.service,
            operation = info.operation_id,
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        self.execute_inner(client, request, info)
            .instrument(span)
            .await
    }

    async fn execute_inner(
        &self,
        client: &reqwest::Client,
        mut request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let span = tracing::Span::current();
        canonicalize_query(request.url_mut());
        let body: Vec<u8> = request
            .body()
            .and_then(|b| b.as_bytes())
            .map(<[u8]>::to_vec)
            .unwrap_or_default();
        let retry = &self.inner.retry;
        let started = Instant::now();
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            // A body that cannot be cloned (a stream) gets one attempt; ours are all bytes.
            let (this, template) = match request.try_clone() {
                Some(copy) => (copy, Some(request)),
                None => (request, None),
            };
            let this = match self.authenticate(this, &body) {
                Ok(this) => this,
                Err(why) => {
                    tracing::error!(reason = %why, "request not sent");
                    return Ok(not_sent_response(why));
                }
            };
            let can_retry = template.is_some() && attempt < retry.max_attempts;
            let outcome = client.execute(this).await;
            span.record("attempts", attempt);
            let delay = match &outcome {
                Ok(resp) if can_retry && is_retryable_status(resp.status().as_u16()) => {
                    Some(retry_after(resp).unwrap_or_else(|| retry.backoff(attempt)))
                }
                Err(e) if can_retry && (e.is_connect() || e.is_timeout() || e.is_request()) => {
                    Some(retry.backoff(attempt))
                }
                _ => None,
            };
            match (delay, template) {
                (Some(delay), Some(template)) if started.elapsed() + delay <= retry.max_elapsed => {
                    match &outcome {
                        Ok(resp) => tracing::warn!(
                            status = resp.status().as_u16(),
                            request_id = header_str(resp.headers(), REQUEST_ID_HEADER),
                            attempt,
                            delay_ms = delay.as_millis() as u64,
                            "retrying after a retryable status"
                        ),
                        Err(e) => tracing::warn!(
                            error = %describe(e),
                            attempt,
                            delay_ms = delay.as_millis() as u64,
                            "retrying after a transport failure"
                        ),
                    }
                    drop(outcome);
                    tokio::time::sleep(delay).await;
                    request = template;
                }
                _ => {
                    return match outcome {
                        Ok(resp) => {
                            let status = resp.status().as_u16();
                            span.record("status", status);
                            if let Some(id) = header_str(resp.headers(), REQUEST_ID_HEADER) {
                                span.record("request_id", id);
                            }
                            tracing::debug!(status, attempts = attempt, "operation finished");
                            if status >= 400 {
                                normalize_error(resp, info).await
                            } else {
                                Ok(resp)
                            }
                        }
                        Err(e) => {
                            tracing::debug!(error = %describe(&e), attempts = attempt, "operation failed");
                            Err(e)
                        }
                    };
                }
            }
        }
    }

    /// When `outcome` stands for a request [`execute`](Self::execute) did not send, the error
    /// message to report instead (`request not sent: …`). The generated clients' `post` hook
    /// calls it on every outcome, so such a response never reaches a caller.
    pub fn not_sent(&self, outcome: &reqwest::Result<reqwest::Response>) -> Option<String> {
        let NotSent(why) = outcome.as_ref().ok()?.extensions().get::<NotSent>()?;
        Some(format!("request not sent: {why}"))
    }

    /// Apply the credentials to one attempt, or say why they cannot be applied: such a request
    /// is never sent, signed in part or not at all.
    pub(crate) fn authenticate(
        &self,
        mut request: reqwest::Request,
        body: &[u8],
    ) -> Result<reqwest::Request, String> {
        let Some(credentials) = &self.inner.credentials else {
            return Ok(request);
        };
        if let Some(project) = &self.inner.project_id {
            let value = HeaderValue::from_str(project)
                .map_err(|_| "the project id is not a valid HTTP header value".to_owned())?;
            request
                .headers_mut()
                .insert(HeaderName::from_static("x-project-id"), value);
        }
        match credentials {
            Credentials::Token(token) => {
                let value = sensitive(token)
                    .ok_or_else(|| "the IAM token is not a valid HTTP header value".to_owned())?;
                request
                    .headers_mut()
                    .insert(HeaderName::from_static("x-auth-token"), value);
            }
            Credentials::AkSk {
                access_key,
                secret_key,
                security_token,
            } => {
                if let Some(token) = security_token {
                    let value = sensitive(token).ok_or_else(|| {
                        "the security token is not a valid HTTP header value".to_owned()
                    })?;
                    request.headers_mut().insert(
                        HeaderName::from_static(signing::HEADER_SECURITY_TOKEN),
                        value,
                    );
                }
                let method = request.method().clone();
                let url = request.url().clone();
                signing::sign(
                    &method,
                    &url,
                    request.headers_mut(),
                    body,
                    access_key,
                    secret_key.expose(),
                    chrono::Utc::now(),
                )
                .map_err(|e| format!("it could not be signed: {e}"))?;
                if let Some(auth) = request
                    .headers_mut()
                    .get_mut(reqwest::header::AUTHORIZATION)
                {
                    auth.set_sensitive(true);
                }
            }
        }
        Ok(request)
    }
}

/// Why a request was not sent, in the extensions of the local response [`Runtime::execute`]
/// returns in its place (a server cannot forge an extension, as it could a header).
#[derive(Debug, Clone)]
struct NotSent(String);

/// A response made here, never received, standing for a request that was not sent.
fn not_sent_response(why: String) -> reqwest::Response {
    let mut response = http::Response::new(bytes::Bytes::new());
    *response.status_mut() = http::StatusCode::BAD_REQUEST;
    response.extensions_mut().insert(NotSent(why));
    reqwest::Response::from(response)
}

fn sensitive(secret: &Secret) -> Option<HeaderValue> {
    let mut value = HeaderValue::from_str(secret.expose()).ok()?;
    value.set_sensitive(true);
    Some(value)
}

fn header_str<'a>(headers: &'a reqwest::header::HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Put the query in the canonical (signed) form: sorted, with `:` `+` `/` and spaces
/// percent-encoded, as the official SDK sends it.
fn canonicalize_query(url: &mut url::Url) {
    if url.query().is_some_and(|q| !q.is_empty()) {
        let canonical = signing::canonical_query(url);
        url.set_query(Some(&canonical));
    } else {
        url.set_query(None);
    }
}

/// `Retry-After` as seconds or an HTTP date.
fn retry_after(resp: &reqwest::Response) -> Option<Duration> {
    let value = header_str(resp.headers(), "retry-after")?.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = when.signed_duration_since(chrono::Utc::now());
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

/// Error bodies larger than this are passed through unread.
const MAX_ERROR_BODY: usize = 64 * 1024;

/// Rewrite `errorCode`/`errorMsg` and `code`/`message` bodies to `error_code`/`error_msg`,
/// and tag the response with the operation id for [`Error`](crate::Error).
async fn normalize_error(
    resp: reqwest::Response,
    info: &OperationInfo,
) -> reqwest::Result<reqwest::Response> {
    let status = resp.status();
    let version = resp.version();
    let mut headers = resp.headers().clone();
    if let Ok(op) = HeaderValue::from_str(info.operation_id) {
        headers.insert(HeaderName::from_static(OPERATION_HEADER), op);
    }
    if resp
        .content_length()
        .is_some_and(|n| n > MAX_ERROR_BODY as u64)
    {
        let mut resp = resp;
        *resp.headers_mut() = headers;
        return Ok(resp);
    }
    let bytes = resp.bytes().await?;
    let body = match serde_json::from_slice::<serde_json::Value>(&bytes) {
        Ok(serde_json::Value::Object(mut map)) if !map.contains_key("error_code") => {
            let code = map.get("errorCode").or_else(|| map.get("code")).cloned();
            let msg = map.get("errorMsg").or_else(|| map.get("message")).cloned();
            if let Some(code) = code {
                map.insert("error_code".to_owned(), as_text(code));
            }
            if let Some(msg) = msg {
                map.insert("error_msg".to_owned(), as_text(msg));
            }
            serde_json::to_vec(&map)
                .map(bytes::Bytes::from)
                .unwrap_or(bytes)
        }
        _ => bytes,
    };
    headers.remove(reqwest::header::CONTENT_LENGTH);
    headers.remove(reqwest::header::CONTENT_ENCODING);
    let mut builder = http::Response::builder().status(status).version(version);
    if let Some(h) = builder.headers_mut() {
        *h = headers;
    }
    match builder.body(body) {
        Ok(rebuilt) => Ok(reqwest::Response::from(rebuilt)),
        // Status, version and headers came from a valid response, so this cannot happen;
        // an empty 500 would only hide the body.
        Err(_) => Ok(reqwest::Response::from(http::Response::new(
            bytes::Bytes::new(),
        ))),
    }
}

/// A numeric `code` becomes its text, so it fits the `error_code: string` schema.
fn as_text(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::String(_) => value,
        other => serde_json::Value::String(other.to_string()),
    }
}

/// A transport error's text without its URL (an API URL holds no secret, but one rule for
/// all URLs keeps presigned ones out of logs too).
fn describe(e: &reqwest::Error) -> String {
    let mut text = e.to_string();
    if let Some(url) = e.url() {
        text = text.replace(url.as_str(), "<url>");
    }
    text
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_is_capped_and_jittered() {
        let policy = RetryPolicy {
            max_attempts: 10,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(1000),
            max_elapsed: Duration::from_secs(30),
        };
        for _ in 0..100 {
            let first = policy.backoff(1);
            assert!(
                first >= Duration::from_millis(50) && first <= Duration::from_millis(100),
                "{first:?}"
            );
            let third = policy.backoff(3);
            assert!(
                third >= Duration::from_millis(200) && third <= Duration::from_millis(400),
                "{third:?}"
            );
            let tenth = policy.backoff(10);
            assert!(
                tenth >= Duration::from_millis(500) && tenth <= Duration::from_millis(1000),
                "{tenth:?}"
            );
            assert!(policy.backoff(u32::MAX) <= Duration::from_millis(1000));
        }
    }

    #[test]
    fn query_is_sent_in_canonical_order() {
        let mut url = url::Url::parse(
            "http://h/p?start_time=2024-01-01T00:00:00%2B0800&limit=10&end_time=x+y",
        )
        .unwrap();
        canonicalize_query(&mut url);
        assert_eq!(
            url.query(),
            Some("end_time=x%20y&limit=10&start_time=2024-01-01T00%3A00%3A00%2B0800")
        );
    }
}
