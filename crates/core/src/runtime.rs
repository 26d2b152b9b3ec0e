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
//! - each attempt has a deadline ([`Runtime::attempt_timeout`], 30 s unless the builder says
//!   otherwise) covering connecting, sending, waiting and reading the whole response body, so
//!   a server that trickles its answer cannot hold a call forever;
//! - 429, 500, 502, 503, 504, connection failures and timed-out attempts are retried with
//!   exponential backoff and jitter, honouring `Retry-After`, within a bound on attempts and
//!   on total time;
//! - error bodies spelled `errorCode`/`errorMsg` or `code`/`message` are rewritten to the
//!   documented `error_code`/`error_msg`, so they decode into the one error schema;
//! - the `Date` of every response gives the service's clock: [`Runtime::clock_skew`] and
//!   [`Runtime::service_now`];
//! - a tracing span records service, operation, status, attempts and request id (never a
//!   header value, so no signature or token).
//!
//! The official SDK never retries a POST; the two POST operations here only create download
//! links and change nothing, so retrying them is safe.
//!
//! # Redirects are answers
//!
//! API calls follow no redirect: the HTTP client of
//! [`client::http_client`](crate::client::http_client) is built with
//! `reqwest::redirect::Policy::none()`. The credentials of a call (`Authorization`,
//! `X-Auth-Token`, `X-Security-Token`, `X-Project-Id`) are only ever sent to the endpoint the
//! client was built for; reqwest would strip only `Authorization` and cookies when a redirect
//! leaves the origin, and Huawei's APIs do not redirect. A 3xx is therefore the answer of the
//! call, reported as an [`ErrorKind::Service`](crate::ErrorKind::Service) error with its status
//! and the origin (scheme, host and port, never path or query) its `Location` pointed to.
//!
//! # How long a call can take
//!
//! Every attempt ends within [`Runtime::attempt_timeout`]. A retry starts only when the time
//! since the first attempt began plus the backoff before the retry is at most
//! [`RetryPolicy::max_elapsed`]; the attempt it starts still gets its whole deadline. So one call
//! takes at most `max_elapsed + attempt_timeout`, and at most `max_attempts × attempt_timeout`
//! plus the backoffs between the attempts, whichever is smaller (plus the time to sign, which is
//! microseconds).
//!
//! # The service's clock
//!
//! Each response's `Date` header (one-second precision) gives the clock skew, the service's
//! time minus this machine's at receipt, kept from the latest response that had a readable one.
//! Requests are signed on it (`X-Sdk-Date` is the local time plus the skew): the API gateway
//! refuses a date more than 15 minutes off, and the official SDK, which signs on the local
//! clock, fails on a machine whose clock is; before any answer the local time is all there is,
//! so a request refused for its date is signed again on the time its answer gave, once. The
//! expiry of temporary credentials is judged on the same clock.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use progenitor_client::OperationInfo;
use reqwest::ResponseBuilderExt as _;
use reqwest::header::{HeaderName, HeaderValue};
use tracing::Instrument as _;

use crate::credentials::{Credentials, CredentialsProvider, Secret};
use crate::error::{OPERATION_HEADER, REQUEST_ID_HEADER};
use crate::project::{Discovery, DiscoveryRequest};
use crate::service::ServiceMeta;
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
    /// No retry starts when the time since the first attempt began, plus the backoff before
    /// the retry, would exceed this. An attempt that starts gets its whole deadline
    /// ([`Runtime::attempt_timeout`]), so a call ends within `max_elapsed` plus one attempt
    /// deadline.
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

#[derive(Clone)]
struct Inner {
    service: &'static ServiceMeta,
    credentials: Option<CredentialsProvider>,
    project: Project,
    retry: RetryPolicy,
    attempt_timeout: Duration,
    clock_skew: ClockSkew,
}

/// The project id: given, or found through IAM on the first call that needs it.
#[derive(Clone, Debug, Default)]
struct Project {
    fixed: Option<String>,
    discovered: tokio::sync::OnceCell<String>,
    discovery: Option<Discovery>,
}

/// The service's clock minus ours, in milliseconds, from the latest response with a readable
/// `Date`; [`ClockSkew::UNKNOWN`] before one.
struct ClockSkew(AtomicI64);

impl ClockSkew {
    const UNKNOWN: i64 = i64::MIN;

    fn unknown() -> Self {
        Self(AtomicI64::new(Self::UNKNOWN))
    }

    fn get(&self) -> Option<chrono::TimeDelta> {
        match self.0.load(Ordering::Relaxed) {
            Self::UNKNOWN => None,
            ms => Some(chrono::TimeDelta::milliseconds(ms)),
        }
    }

    fn set(&self, skew: chrono::TimeDelta) {
        let ms = skew.num_milliseconds().max(Self::UNKNOWN + 1);
        self.0.store(ms, Ordering::Relaxed);
    }
}

impl Clone for ClockSkew {
    fn clone(&self) -> Self {
        Self(AtomicI64::new(self.0.load(Ordering::Relaxed)))
    }
}

impl std::fmt::Debug for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runtime")
            .field("service", &self.inner.service.name)
            .field("credentials", &self.inner.credentials)
            .field("project_id", &self.project_id())
            .field("project_discovery", &self.inner.project.discovery)
            .field("retry", &self.inner.retry)
            .field("attempt_timeout", &self.inner.attempt_timeout)
            .field("clock_skew", &self.inner.clock_skew.get())
            .finish()
    }
}

impl Runtime {
    /// A runtime for `service` that sends requests unauthenticated, with default retries:
    /// for tests against a local server. Clients for the real service come from the crates'
    /// `Client::builder()`.
    pub fn new(service: &'static ServiceMeta) -> Self {
        Self::with_config(service, None, None, RetryPolicy::default())
    }

    /// A runtime with credentials, project id and retry policy, and the default attempt
    /// deadline ([`DEFAULT_ATTEMPT_TIMEOUT`](crate::client::DEFAULT_ATTEMPT_TIMEOUT)).
    pub fn with_config(
        service: &'static ServiceMeta,
        credentials: Option<Credentials>,
        project_id: Option<String>,
        retry: RetryPolicy,
    ) -> Self {
        Self::with_parts(
            service,
            credentials.map(Into::into),
            project_id,
            None,
            retry,
        )
    }

    pub(crate) fn with_parts(
        service: &'static ServiceMeta,
        credentials: Option<CredentialsProvider>,
        project_id: Option<String>,
        discovery: Option<Discovery>,
        retry: RetryPolicy,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                service,
                credentials,
                project: Project {
                    fixed: project_id,
                    discovered: tokio::sync::OnceCell::new(),
                    discovery,
                },
                retry,
                attempt_timeout: crate::client::DEFAULT_ATTEMPT_TIMEOUT,
                clock_skew: ClockSkew::unknown(),
            }),
        }
    }

    /// The same runtime with another deadline for each attempt of a call: connecting,
    /// sending, waiting and reading the whole response body must fit in it. A timed-out
    /// attempt is retried like a connection failure. Set on each request, so it holds with any
    /// HTTP client. The result is a runtime of its own when `self` has clones: the clock skew
    /// it records is no longer shared with them.
    pub fn with_attempt_timeout(self, timeout: Duration) -> Self {
        let mut inner = Arc::unwrap_or_clone(self.inner);
        inner.attempt_timeout = timeout;
        Self {
            inner: Arc::new(inner),
        }
    }

    /// The deadline of each attempt of a call.
    pub fn attempt_timeout(&self) -> Duration {
        self.inner.attempt_timeout
    }

    /// The service's clock minus this machine's, from the `Date` header of the latest
    /// response that had a readable one (one-second precision, so within about a second);
    /// `None` before any. Shared by the clones of this runtime. Requests are signed on the
    /// service's time (`X-Sdk-Date` is [`service_now`](Self::service_now)), and a request refused
    /// because its date was far from it is signed again, once.
    pub fn clock_skew(&self) -> Option<chrono::TimeDelta> {
        self.inner.clock_skew.get()
    }

    /// The service's current time as far as this runtime knows it: the local time plus
    /// [`clock_skew`](Self::clock_skew), or the local time before any response with a `Date`.
    pub fn service_now(&self) -> chrono::DateTime<chrono::Utc> {
        chrono::Utc::now() + self.clock_skew().unwrap_or_default()
    }

    /// Record the service's clock from a response's `Date` (RFC 7231's IMF-fixdate, which
    /// RFC 2822 parsing reads), received now.
    fn observe_date(&self, headers: &reqwest::header::HeaderMap) {
        let Some(date) = header_str(headers, "date")
            .and_then(|v| chrono::DateTime::parse_from_rfc2822(v.trim()).ok())
        else {
            return;
        };
        let skew = date.with_timezone(&chrono::Utc) - chrono::Utc::now();
        self.inner.clock_skew.set(skew);
        if let Some(CredentialsProvider::Refreshing(source)) = &self.inner.credentials {
            source.observe_clock(skew);
        }
    }

    /// The name of the service this runtime talks to.
    pub fn service(&self) -> &'static str {
        self.inner.service.name
    }

    /// The service this runtime talks to, as its spec describes it.
    pub fn meta(&self) -> &'static ServiceMeta {
        self.inner.service
    }

    /// The project id requests are made for: the one given, or the one IAM named (after the
    /// first call that needed it); `None` before that.
    pub fn project_id(&self) -> Option<&str> {
        let project = &self.inner.project;
        project
            .fixed
            .as_deref()
            .or_else(|| project.discovered.get().map(String::as_str))
    }

    /// The project id, found through IAM when none was given and the client has a region and
    /// credentials (once per process for each credentials and region); `None` when there is
    /// no way to know it.
    pub async fn resolve_project_id(&self) -> Result<Option<&str>, crate::Error> {
        if self.project_id().is_some() {
            return Ok(self.project_id());
        }
        let project = &self.inner.project;
        let (Some(discovery), Some(provider)) = (&project.discovery, &self.inner.credentials)
        else {
            return Ok(None);
        };
        let id = project
            .discovered
            .get_or_try_init(|| async {
                let request = DiscoveryRequest {
                    region: discovery.region.clone(),
                    credentials: provider.current().await?,
                    iam_endpoint: discovery.iam_endpoint.clone(),
                    retry: self.inner.retry.clone(),
                    attempt_timeout: self.inner.attempt_timeout,
                };
                crate::project::discover_cached(provider.identity(), discovery, request).await
            })
            .await?;
        Ok(Some(id.as_str()))
    }

    /// The project id, or an error saying how to configure one: the list and link
    /// operations all take it in their path.
    pub fn require_project_id(&self) -> Result<&str, crate::Error> {
        self.project_id().ok_or_else(|| {
            crate::Error::new(
                crate::ErrorKind::Configuration,
                format!(
                    "project_id: no project id configured for {}; call .project_id(..) on the builder or set {}",
                    self.inner.service.name,
                    crate::credentials::ENV_PROJECT_ID
                ),
            )
        })
    }

    /// The retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// Check a request of operation `operation_id` before anything is sent: its time window
    /// (`x-window`) must be readable, end after it starts and span at most the operation's
    /// `max-days`. Called by the generated code for every operation (the `pre` hook); the
    /// error names the field and the limit, and the operation is added where the generated
    /// error is converted.
    #[doc(hidden)]
    pub fn check_request(
        &self,
        request: &reqwest::Request,
        operation_id: &str,
    ) -> Result<(), crate::Error> {
        let Some(op) = self.inner.service.operation(operation_id) else {
            return Ok(());
        };
        let Some(window) = op.window else {
            return Ok(());
        };
        let max = op
            .max_window_days
            .map(|days| chrono::TimeDelta::days(i64::from(days)));
        crate::window::check_request(request.url(), window, max)
    }

    /// Send one operation's request: authenticate, retry, trace. Called by the generated code
    /// for every operation.
    #[doc(hidden)]
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
            service = self.inner.service.name,
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
        let mut refetched_after_refusal = false;
        let mut resigned_on_service_clock = false;
        loop {
            attempt += 1;
            // A body that cannot be cloned (a stream) gets one attempt; ours are all bytes.
            let (this, template) = match request.try_clone() {
                Some(copy) => (copy, Some(request)),
                None => (request, None),
            };
            let credentials = match &self.inner.credentials {
                None => None,
                Some(provider) => match provider.current().await {
                    Ok(c) => Some(c),
                    Err(e) => {
                        let why = format!("no credentials: {}", e.message().unwrap_or_default());
                        tracing::error!(reason = %why, "request not sent");
                        return Ok(not_sent_response(why));
                    }
                },
            };
            let signed_at = self.service_now();
            let mut this = match self.authenticate(this, &body, credentials.as_ref()) {
                Ok(this) => this,
                Err(why) => {
                    tracing::error!(reason = %why, "request not sent");
                    return Ok(not_sent_response(why));
                }
            };
            // From connecting to the last byte of the body; overrides any total timeout of
            // the HTTP client.
            *this.timeout_mut() = Some(self.inner.attempt_timeout);
            let can_retry = template.is_some() && attempt < retry.max_attempts;
            let outcome = match client.execute(this).await {
                Ok(resp) => {
                    self.observe_date(resp.headers());
                    if can_retry && is_retryable_status(resp.status().as_u16()) {
                        // Retried: its body is dropped unread.
                        Ok(resp)
                    } else {
                        // The whole body is read here, under the attempt's deadline, so a
                        // body that stalls or trickles fails this attempt (and is retried)
                        // instead of the caller's read.
                        read_body(resp).await
                    }
                }
                Err(e) => Err(e),
            };
            span.record("attempts", attempt);
            // Temporary credentials refused: maybe expired on a clock that disagrees. Fetch
            // new ones and try again at once, once per call.
            // Refused, and the answer's `Date` shows our clock far off (the gateway refuses a
            // signature dated more than 15 minutes away): sign again on the service's time,
            // once per call.
            let clock_refused = matches!(&outcome, Ok(resp)
                if resp.status().as_u16() == 401
                    && !resigned_on_service_clock
                    && (self.service_now() - signed_at).abs() > chrono::TimeDelta::minutes(5));
            let template = match (clock_refused, template) {
                (true, Some(template)) => {
                    resigned_on_service_clock = true;
                    tracing::warn!(
                        skew_s = self.clock_skew().map(|s| s.num_seconds()),
                        "the service refused a request signed on a clock it disagrees with; signing again on its time"
                    );
                    drop(outcome);
                    request = template;
                    continue;
                }
                (_, template) => template,
            };
            let refused = match (&outcome, &self.inner.credentials) {
                (Ok(resp), Some(CredentialsProvider::Refreshing(source)))
                    if resp.status().as_u16() == 401 && !refetched_after_refusal =>
                {
                    Some(source)
                }
                _ => None,
            };
            let template = match (refused, template) {
                (Some(source), Some(template)) => {
                    refetched_after_refusal = true;
                    source.invalidate();
                    tracing::warn!(
                        source = %source.source(),
                        "the service refused the temporary credentials; fetching new ones"
                    );
                    drop(outcome);
                    request = template;
                    continue;
                }
                (_, template) => template,
            };
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
                            // Errors, and redirects (never followed: see the module docs).
                            if status >= 300 {
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
    #[doc(hidden)]
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
        credentials: Option<&Credentials>,
    ) -> Result<reqwest::Request, String> {
        let Some(credentials) = credentials else {
            return Ok(request);
        };
        if let Some(project) = self.project_id() {
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
                    // The service's time as its answers tell it: a local clock that is off by
                    // more than the gateway's 15 minutes would have every request refused.
                    self.service_now(),
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

/// Read the whole body of `resp` (under the deadline of its request) and hand back the same
/// response with the body in memory: status, version, headers, extensions and URL kept.
async fn read_body(mut resp: reqwest::Response) -> reqwest::Result<reqwest::Response> {
    let status = resp.status();
    let version = resp.version();
    let url = resp.url().clone();
    let headers = std::mem::take(resp.headers_mut());
    let extensions = std::mem::take(resp.extensions_mut());
    let body = resp.bytes().await?;
    Ok(rebuild(status, version, headers, extensions, url, body))
}

/// A response made of the parts of a received one and a body in memory.
fn rebuild(
    status: http::StatusCode,
    version: http::Version,
    headers: reqwest::header::HeaderMap,
    extensions: http::Extensions,
    url: url::Url,
    body: bytes::Bytes,
) -> reqwest::Response {
    let mut builder = http::Response::builder().status(status).version(version);
    if let Some(h) = builder.headers_mut() {
        *h = headers;
    }
    if let Some(e) = builder.extensions_mut() {
        *e = extensions;
    }
    // After the extensions, which would replace it: the URL travels as one of them.
    match builder.url(url).body(body) {
        Ok(rebuilt) => reqwest::Response::from(rebuilt),
        // Status, version and headers came from a valid response, so this cannot happen;
        // an empty 500 would only hide the body.
        Err(_) => reqwest::Response::from(http::Response::new(bytes::Bytes::new())),
    }
}

/// Rewrite `errorCode`/`errorMsg` and `code`/`message` bodies to `error_code`/`error_msg`,
/// and tag the response with the operation id for [`Error`](crate::Error).
async fn normalize_error(
    mut resp: reqwest::Response,
    info: &OperationInfo,
) -> reqwest::Result<reqwest::Response> {
    let status = resp.status();
    let version = resp.version();
    let url = resp.url().clone();
    let extensions = std::mem::take(resp.extensions_mut());
    let mut headers = resp.headers().clone();
    if let Ok(op) = HeaderValue::from_str(info.operation_id) {
        headers.insert(HeaderName::from_static(OPERATION_HEADER), op);
    }
    if resp
        .content_length()
        .is_some_and(|n| n > MAX_ERROR_BODY as u64)
    {
        *resp.headers_mut() = headers;
        *resp.extensions_mut() = extensions;
        return Ok(resp);
    }
    let bytes = resp.bytes().await?;
    let body = match serde_json::from_slice::<serde_json::Value>(&bytes) {
        Ok(serde_json::Value::Object(mut map)) if !map.contains_key("error_code") => {
            // IAM answers in Keystone's shape: `{"error": {"code": 400, "message": ...}}`.
            let nested = match map.get("error") {
                Some(serde_json::Value::Object(inner)) => inner.clone(),
                _ => serde_json::Map::new(),
            };
            let code = map
                .get("errorCode")
                .or_else(|| map.get("code"))
                .or_else(|| nested.get("code"))
                .cloned();
            let msg = map
                .get("errorMsg")
                .or_else(|| map.get("message"))
                .or_else(|| nested.get("message"))
                .cloned();
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
    Ok(rebuild(status, version, headers, extensions, url, body))
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
    fn the_clock_skew_comes_from_the_latest_readable_date() {
        let runtime = Runtime::new(&crate::service::tests::EXAMPLE);
        assert_eq!(runtime.clock_skew(), None);
        let local = chrono::Utc::now();
        assert!((runtime.service_now() - local).num_seconds().abs() < 5);
        let date = |at: chrono::DateTime<chrono::Utc>| {
            let mut headers = reqwest::header::HeaderMap::new();
            let text = at.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
            headers.insert("date", HeaderValue::from_str(&text).unwrap());
            headers
        };
        let mut garbage = reqwest::header::HeaderMap::new();
        garbage.insert("date", HeaderValue::from_static("yesterday"));
        runtime.observe_date(&garbage);
        runtime.observe_date(&reqwest::header::HeaderMap::new());
        assert_eq!(runtime.clock_skew(), None, "no readable Date yet");

        runtime.observe_date(&date(chrono::Utc::now() + chrono::TimeDelta::hours(2)));
        let skew = runtime.clock_skew().unwrap();
        assert!(
            (skew - chrono::TimeDelta::hours(2)).num_seconds().abs() <= 5,
            "{skew}"
        );
        let ahead = runtime.service_now() - chrono::Utc::now();
        assert!(
            (ahead - chrono::TimeDelta::hours(2)).num_seconds().abs() <= 5,
            "{ahead}"
        );
        // Clones share it; an unreadable Date keeps the last value; a later one replaces it.
        let clone = runtime.clone();
        clone.observe_date(&garbage);
        assert_eq!(runtime.clock_skew(), Some(skew));
        clone.observe_date(&date(chrono::Utc::now() - chrono::TimeDelta::minutes(30)));
        let behind = runtime.clock_skew().unwrap();
        assert!(
            (behind + chrono::TimeDelta::minutes(30))
                .num_seconds()
                .abs()
                <= 5,
            "{behind}"
        );
    }

    #[test]
    fn the_attempt_deadline_is_configurable() {
        let runtime = Runtime::new(&crate::service::tests::EXAMPLE);
        assert_eq!(
            runtime.attempt_timeout(),
            crate::client::DEFAULT_ATTEMPT_TIMEOUT
        );
        let shorter = runtime
            .clone()
            .with_attempt_timeout(Duration::from_millis(300));
        assert_eq!(shorter.attempt_timeout(), Duration::from_millis(300));
        assert_eq!(runtime.attempt_timeout(), Duration::from_secs(30));
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
