//! The generated clients against a real HTTP server on loopback: every operation of the three
//! crates is signed (checked on the wire by the verifier, which is itself proven against
//! requests of the official SDK), retried, timed out and turned into one error type.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use huaweicloud_core::progenitor_client::ClientInfo as _;
use huaweicloud_core::{Credentials, Error, ErrorKind, RetryPolicy};

const AK: &str = "HPUAEXAMPLEAK1234567";
const SK: &str = "very-secret-key-0123456789abcdefghij";
const TOKEN: &str = "temporary-security-token-XYZ";
const IAM_TOKEN: &str = "iam-token-MIIabcdefSECRET";
const PROJECT: &str = "0123456789abcdef0123456789abcdef";
const DDS_INSTANCE: &str = "a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5din02";
const TAURUS_INSTANCE: &str = "7e8dfe8f580043d4a424f65b51c0e1f0in07";

/// One scripted answer.
#[derive(Clone)]
struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: String,
    delay: Duration,
}

fn reply(status: u16, body: &str) -> Reply {
    Reply {
        status,
        headers: vec![("x-request-id", format!("req{status}abc"))],
        body: body.to_owned(),
        delay: Duration::ZERO,
    }
}

/// What the server saw of one request.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    path: String,
    query: String,
    headers: http::HeaderMap,
    /// The verifier's verdict on the signature as it arrived on the wire.
    signature: Result<(), String>,
    at: Instant,
}

#[derive(Default)]
struct Script {
    replies: VecDeque<Reply>,
    seen: Vec<Seen>,
}

struct Server {
    base: String,
    state: Arc<Mutex<Script>>,
}

impl Server {
    async fn start(replies: Vec<Reply>) -> Self {
        // Before any client runs, so every callsite registers with the capturing subscriber.
        captured_logs();
        let state = Arc::new(Mutex::new(Script {
            replies: replies.into(),
            seen: Vec::new(),
        }));
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(Arc::clone(&state));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self { base, state }
    }

    fn seen(&self) -> Vec<Seen> {
        self.state.lock().unwrap().seen.clone()
    }
}

async fn handle(State(state): State<Arc<Mutex<Script>>>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, 1 << 20).await.unwrap();
    let host = parts
        .headers
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let url = url::Url::parse(&format!("http://{host}{}", parts.uri)).unwrap();
    // The server's clock: the `Date` its next reply gives, when it gives one.
    let server_now = {
        let script = state.lock().unwrap();
        script
            .replies
            .front()
            .and_then(|r| r.headers.iter().find(|(k, _)| *k == "date"))
            .and_then(|(_, v)| chrono::DateTime::parse_from_rfc2822(v).ok())
            .map_or_else(chrono::Utc::now, |d| d.to_utc())
    };
    let signature = if parts.headers.contains_key("authorization") {
        huaweicloud_core::signing::verify(
            &parts.method,
            &url,
            &parts.headers,
            &body,
            |ak| (ak == AK).then(|| SK.to_owned()),
            server_now,
            Duration::from_secs(15 * 60),
        )
        .map(|_| ())
        .map_err(|e| e.to_string())
    } else {
        Err("unsigned".to_owned())
    };
    let reply = {
        let mut script = state.lock().unwrap();
        script.seen.push(Seen {
            method: parts.method.to_string(),
            path: parts.uri.path().to_owned(),
            query: parts.uri.query().unwrap_or("").to_owned(),
            headers: parts.headers.clone(),
            signature,
            at: Instant::now(),
        });
        script.replies.pop_front().unwrap_or_else(|| {
            reply(
                500,
                r#"{"error_code":"TEST.0001","error_msg":"script exhausted"}"#,
            )
        })
    };
    tokio::time::sleep(reply.delay).await;
    let mut builder = Response::builder()
        .status(reply.status)
        .header("content-type", "application/json");
    for (k, v) in &reply.headers {
        builder = builder.header(*k, v);
    }
    builder.body(Body::from(reply.body)).unwrap()
}

/// The DDS link request most tests send: one id, through the generated builder.
async fn link_one(client: &huaweicloud_dds::Client) -> Result<(), Error> {
    client
        .list_auditlog_links()
        .project_id(PROJECT)
        .instance_id(DDS_INSTANCE)
        .body_map(|b| b.ids(vec!["x"]))
        .send()
        .await
        .map(|_| ())
}

fn fast_retry(max_attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(50),
        max_elapsed: Duration::from_secs(10),
    }
}

fn dds(server: &Server, credentials: Credentials, retry: RetryPolicy) -> huaweicloud_dds::Client {
    huaweicloud_dds::Client::builder()
        .endpoint(&server.base)
        .project_id(PROJECT)
        .credentials(credentials)
        .retry(retry)
        .build()
        .unwrap()
}

const DDS_LIST: &str = r#"{"audit_logs":[{"id":"x","name":"n","size":"12","node_id":"no","start_time":"2024-01-01T00:00:00+0800","end_time":"2024-01-01T01:00:00+0800"}],"total_record":1}"#;
const LINKS: &str = r#"{"links":["http://127.0.0.1/x"]}"#;

fn start() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2024-01-01T00:00:00+08:00").unwrap()
}

#[tokio::test]
async fn every_operation_of_every_crate_is_signed_through_the_hook() {
    let server = Server::start(vec![
        reply(200, DDS_LIST),
        reply(200, LINKS),
        reply(200, r#"{"auditlogs":[],"total_record":0}"#),
        reply(200, LINKS),
        reply(200, r#"{"ddl_logs":[],"total_count":0}"#),
        reply(200, r#"{"download_files":[]}"#),
    ])
    .await;
    let creds = || Credentials::temporary(AK, SK, TOKEN);
    let t0 = huaweicloud_core::wire::format_audit_time(&start());
    let t1 = huaweicloud_core::wire::format_audit_time(&(start() + chrono::Duration::hours(1)));

    let dds = dds(&server, creds(), fast_retry(1));
    let page = dds
        .list_auditlogs()
        .project_id(PROJECT)
        .instance_id(DDS_INSTANCE)
        .start_time(t0.as_str())
        .end_time(t1.as_str())
        .node_id("node 1+2")
        .limit(100)
        .send()
        .await
        .unwrap();
    assert_eq!(page.files().unwrap()[0].size_bytes, Some(12));
    link_one(&dds).await.unwrap();

    let rds = huaweicloud_rds::Client::builder()
        .endpoint(&server.base)
        .project_id(PROJECT)
        .credentials(creds())
        .build()
        .unwrap();
    rds.list_auditlogs()
        .project_id(PROJECT)
        .instance_id(DDS_INSTANCE)
        .start_time(t0.as_str())
        .end_time(t1.as_str())
        .offset(0)
        .limit(50)
        .send()
        .await
        .unwrap();
    rds.show_auditlog_download_link()
        .project_id(PROJECT)
        .instance_id(DDS_INSTANCE)
        .body_map(|b| b.ids(vec!["x"]))
        .send()
        .await
        .unwrap();

    let taurus = huaweicloud_taurusdb::Client::builder()
        .endpoint(&server.base)
        .project_id(PROJECT)
        .credentials(creds())
        .build()
        .unwrap();
    taurus
        .list_ddl_logs()
        .project_id(PROJECT)
        .instance_id(TAURUS_INSTANCE)
        .node_id("n1")
        .start_time(1_704_038_400_000_i64)
        .end_time(1_704_124_800_000_i64)
        .send()
        .await
        .unwrap();
    let links = taurus
        .download_ddl_logs()
        .project_id(PROJECT)
        .instance_id(TAURUS_INSTANCE)
        .body_map(|b| b.log_ids(vec!["a"]))
        .send()
        .await
        .unwrap();
    assert!(links.links().unwrap().is_empty());

    let seen = server.seen();
    assert_eq!(seen.len(), 6);
    for s in &seen {
        assert_eq!(
            s.signature,
            Ok(()),
            "{} {} not verified on the wire",
            s.method,
            s.path
        );
        assert_eq!(s.headers["x-project-id"], PROJECT);
        assert_eq!(s.headers["x-security-token"], TOKEN);
        let auth = s.headers["authorization"].to_str().unwrap();
        assert!(
            auth.contains("x-project-id")
                && auth.contains("x-security-token")
                && auth.contains("host"),
            "{auth}"
        );
        assert!(s.headers.contains_key("x-sdk-date"));
    }
    // The query goes out in the signed, canonical form: sorted, `+`, `:` and spaces encoded.
    assert_eq!(
        seen[0].query,
        "end_time=2024-01-01T01%3A00%3A00%2B0800&limit=100&node_id=node%201%2B2&start_time=2024-01-01T00%3A00%3A00%2B0800"
    );
    assert_eq!(
        seen[4].query,
        "end_time=1704124800000&node_id=n1&start_time=1704038400000"
    );
}

#[tokio::test]
async fn retryable_statuses_are_retried_and_each_attempt_is_signed_afresh() {
    let mut throttled = reply(
        429,
        r#"{"error_code":"APIGW.0308","error_msg":"throttled"}"#,
    );
    throttled.headers.push(("retry-after", "1".to_owned()));
    let server = Server::start(vec![reply(503, "{}"), throttled, reply(200, LINKS)]).await;
    let client = dds(&server, Credentials::aksk(AK, SK), fast_retry(4));
    let out = link_one(&client).await;
    assert!(out.is_ok(), "{:?}", out.err());
    let seen = server.seen();
    assert_eq!(seen.len(), 3, "503 and 429 retried, then success");
    assert!(
        seen.iter().all(|s| s.signature.is_ok()),
        "every attempt verifies: {seen:?}"
    );
    // Retry-After: 1 is honoured (the backoff alone is at most 50 ms), and the attempt after
    // it carries a new X-Sdk-Date.
    let waited = seen[2].at - seen[1].at;
    assert!(
        waited >= Duration::from_millis(950),
        "waited only {waited:?}"
    );
    assert_ne!(seen[1].headers["x-sdk-date"], seen[2].headers["x-sdk-date"]);
}

#[tokio::test]
async fn retries_are_bounded_and_the_last_error_is_reported() {
    let server = Server::start(vec![
        reply(
            503,
            r#"{"error_code":"DBS.000001","error_msg":"busy"}"#
        );
        5
    ])
    .await;
    let client = dds(&server, Credentials::aksk(AK, SK), fast_retry(3));
    let err: Error = link_one(&client).await.unwrap_err();
    assert_eq!(server.seen().len(), 3);
    assert_eq!(err.kind(), ErrorKind::Service);
    assert_eq!(err.status(), Some(503));
    assert_eq!(err.error_code(), Some("DBS.000001"));
    assert!(err.is_retryable());
}

#[tokio::test]
async fn a_slow_response_hits_the_read_timeout() {
    let mut slow = reply(200, LINKS);
    slow.delay = Duration::from_secs(3);
    let server = Server::start(vec![slow]).await;
    let client = huaweicloud_dds::Client::builder()
        .endpoint(&server.base)
        .credentials(Credentials::aksk(AK, SK))
        .retry(RetryPolicy::disabled())
        .read_timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let started = Instant::now();
    let err: Error = link_one(&client).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "gave up after {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn each_error_body_spelling_is_parsed() {
    let bodies = [
        r#"{"error_code":"DBS.280001","error_msg":"Invalid limit."}"#,
        r#"{"errorCode":"DBS.280001","errorMsg":"Invalid limit."}"#,
        r#"{"code":"DBS.280001","message":"Invalid limit."}"#,
    ];
    let server = Server::start(bodies.iter().map(|b| reply(400, b)).collect()).await;
    let client = dds(&server, Credentials::aksk(AK, SK), fast_retry(3));
    for body in bodies {
        let err: Error = client
            .list_auditlogs()
            .project_id(PROJECT)
            .instance_id(DDS_INSTANCE)
            .start_time("2024-01-01T00:00:00+0800")
            .end_time("2024-01-01T01:00:00+0800")
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Service, "{body}");
        assert_eq!(err.status(), Some(400));
        assert_eq!(err.error_code(), Some("DBS.280001"), "{body}");
        assert_eq!(err.error_msg(), Some("Invalid limit."), "{body}");
        assert_eq!(err.request_id(), Some("req400abc"));
        assert_eq!(err.operation(), Some("list_auditlogs"));
        assert_eq!(err.service(), Some("dds"));
        let line = err.to_string();
        assert_eq!(
            line,
            "dds list_auditlogs: service error: HTTP 400 DBS.280001: Invalid limit. (request id req400abc)"
        );
    }
    assert_eq!(server.seen().len(), 3, "400 is not retried");
}

#[tokio::test]
async fn an_apig_401_is_an_authentication_error() {
    let server =
        Server::start(vec![reply(401, r#"{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information","request_id":"r1"}"#)])
            .await;
    let client = dds(&server, Credentials::aksk(AK, "wrong"), fast_retry(3));
    let err: Error = link_one(&client).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Authentication);
    assert_eq!(err.error_code(), Some("APIGW.0301"));
    assert!(
        server.seen()[0].signature.is_err(),
        "the verifier refuses a wrong SK"
    );
}

/// `result` is an [`ErrorKind::InvalidInput`] error whose message contains `expected`.
fn refused<T: std::fmt::Debug>(result: Result<T, impl Into<Error>>, expected: &str) {
    let err: Error = result.map_err(Into::into).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput, "{err}");
    assert!(err.to_string().contains(expected), "{err}");
}

#[tokio::test]
async fn bad_input_is_rejected_before_anything_is_sent() {
    let server = Server::start(vec![]).await;
    let client = dds(&server, Credentials::aksk(AK, SK), fast_retry(3));
    refused(
        client
            .list_auditlogs()
            .project_id(PROJECT)
            .instance_id(DDS_INSTANCE)
            .start_time("2024-01-01T00:00:00+0800")
            .end_time("2024-01-01T01:00:00+0800")
            .limit(500)
            .send()
            .await,
        "limit: 500 is out of range: must be between 1 and 100",
    );
    refused(
        client
            .list_auditlogs()
            .project_id(PROJECT)
            .instance_id(DDS_INSTANCE)
            .start_time("2024-01-01 00:00:00")
            .end_time("2024-01-01T01:00:00+0800")
            .send()
            .await,
        "start_time: doesn't match pattern",
    );
    let ids: Vec<String> = (0..51).map(|i| i.to_string()).collect();
    refused(
        client
            .list_auditlog_links()
            .project_id(PROJECT)
            .instance_id(DDS_INSTANCE)
            .body_map(|b| b.ids(ids))
            .send()
            .await,
        "51 items given: must be between 1 and 50",
    );
    refused(
        client
            .list_auditlog_links()
            .project_id("short")
            .instance_id(DDS_INSTANCE)
            .body_map(|b| b.ids(vec!["x"]))
            .send()
            .await,
        "project_id",
    );
    assert!(server.seen().is_empty(), "nothing was sent");
}

/// Credentials that cannot be applied: an access key that cannot go into `Authorization`, and
/// tokens that are not header values.
fn unusable_credentials() -> Vec<(Credentials, &'static str)> {
    vec![
        (
            Credentials::aksk("AK WITH SPACE", SK),
            "it could not be signed: the access key is empty or contains whitespace",
        ),
        (
            Credentials::temporary(AK, SK, "token\nwith a newline"),
            "the security token is not a valid HTTP header value",
        ),
        (
            Credentials::token("iam\ttoken\r\n"),
            "the IAM token is not a valid HTTP header value",
        ),
    ]
}

#[tokio::test]
async fn credentials_that_cannot_be_applied_fail_the_build() {
    let server = Server::start(vec![]).await;
    for (credentials, why) in unusable_credentials() {
        let err = huaweicloud_dds::Client::builder()
            .endpoint(&server.base)
            .project_id(PROJECT)
            .credentials(credentials)
            .build()
            .map(|_| ())
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Configuration, "{err}");
        let text = err.to_string();
        assert!(
            text.contains("the credentials for dds cannot be used"),
            "{text}"
        );
        assert!(text.contains(why), "{text}");
        assert!(!text.contains(SK), "{text}");
    }
    assert!(server.seen().is_empty(), "nothing was sent");
}

/// A request is never sent unsigned or half-authenticated: when the credentials cannot be
/// applied at the time of the call, it fails with the reason and nothing leaves the client,
/// not even on retry.
#[tokio::test]
async fn a_request_that_cannot_be_signed_is_not_sent() {
    let server = Server::start(vec![reply(200, LINKS)]).await;
    let http =
        huaweicloud_core::client::http_client(Duration::from_secs(5), Duration::from_secs(5))
            .unwrap();
    for (credentials, why) in unusable_credentials() {
        // Built past the builder's check, as credentials refreshed later could be.
        let runtime = huaweicloud_core::Runtime::with_config(
            &huaweicloud_dds::META,
            Some(credentials),
            Some(PROJECT.to_owned()),
            fast_retry(3),
        );
        let client = huaweicloud_dds::Client::new_with_client(&server.base, http.clone(), runtime);
        let err = link_one(&client).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Configuration, "{err}");
        assert!(!err.is_retryable(), "{err}");
        assert_eq!(err.status(), None, "{err}");
        let text = err.to_string();
        assert!(text.contains(&format!("request not sent: {why}")), "{text}");
        assert!(!text.contains(SK), "{text}");
    }
    assert!(
        server.seen().is_empty(),
        "nothing was sent: {:?}",
        server.seen()
    );
}

#[tokio::test]
async fn an_iam_token_is_sent_as_x_auth_token() {
    let server = Server::start(vec![reply(200, LINKS)]).await;
    let client = dds(&server, Credentials::token(IAM_TOKEN), fast_retry(1));
    link_one(&client).await.unwrap();
    let seen = &server.seen()[0];
    assert_eq!(seen.headers["x-auth-token"], IAM_TOKEN);
    assert!(!seen.headers.contains_key("authorization"));
}

/// A tracing writer into a shared buffer.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Every trace of this test binary, from all tests: one global subscriber, installed before
/// the first request (a per-test subscriber would race with tracing's callsite cache).
fn captured_logs() -> &'static Captured {
    static LOGS: std::sync::OnceLock<Captured> = std::sync::OnceLock::new();
    LOGS.get_or_init(|| {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        tracing::subscriber::set_global_default(subscriber).unwrap();
        captured
    })
}

#[tokio::test]
async fn secrets_never_reach_debug_display_errors_or_traces() {
    let captured = captured_logs();

    let server = Server::start(vec![
        reply(503, "{}"),
        reply(403, r#"{"error_code":"APIGW.0301","error_msg":"denied"}"#),
        reply(200, LINKS),
    ])
    .await;
    let client = dds(
        &server,
        Credentials::temporary(AK, SK, TOKEN),
        fast_retry(2),
    );
    let err: Error = link_one(&client).await.unwrap_err();
    let token_client = dds(&server, Credentials::token(IAM_TOKEN), fast_retry(1));
    link_one(&token_client).await.unwrap();

    let signatures: Vec<String> = server
        .seen()
        .iter()
        .filter_map(|s| s.headers.get("authorization"))
        .map(|a| {
            a.to_str()
                .unwrap()
                .rsplit("Signature=")
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert!(!signatures.is_empty());
    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("huaweicloud.operation{service=\"dds\" operation=\"list_auditlog_links\""),
        "the span is there: {logs}"
    );
    assert!(
        logs.contains("retrying after a retryable status status=503"),
        "{logs}"
    );
    let texts = [
        logs,
        format!("{err}"),
        format!("{err:?}"),
        format!("{client:?}"),
        format!("{token_client:?}"),
        format!(
            "{:?}",
            huaweicloud_dds::Client::builder().credentials(Credentials::temporary(AK, SK, TOKEN))
        ),
    ];
    for text in &texts {
        for secret in [SK, TOKEN, IAM_TOKEN]
            .iter()
            .map(|s| s.to_string())
            .chain(signatures.iter().cloned())
        {
            assert!(
                !text.contains(&secret),
                "secret {secret:?} leaked into:\n{text}"
            );
        }
    }
}

#[test]
fn builder_errors_say_what_is_wrong() {
    let err = huaweicloud_dds::Client::builder()
        .region("xx-nowhere-1")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    let text = err.to_string();
    assert!(
        text.contains("xx-nowhere-1") && text.contains("cn-north-4"),
        "lists the known regions: {text}"
    );

    let err = huaweicloud_dds::Client::builder()
        .region("cn-north-4")
        .project_id("abc")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid input: project_id: must be 32 letters and digits, got 3 characters"
    );

    let err = huaweicloud_taurusdb::Client::builder().build().unwrap_err();
    assert!(err.to_string().contains("no region or endpoint"), "{err}");

    let err = huaweicloud_rds::Client::builder()
        .endpoint("http://example.com")
        .build()
        .unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::Configuration,
        "plain http only for loopback: {err}"
    );

    // No credentials: refused, saying where they were looked for, unless asked for.
    let err = huaweicloud_rds::Client::builder()
        .region("eu-west-101")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    for place in [
        ".credentials(",
        "HUAWEICLOUD_SDK_AK",
        "~/.huaweicloud/credentials",
        ".anonymous()",
    ] {
        assert!(err.to_string().contains(place), "{place} missing: {err}");
    }
    let client = huaweicloud_rds::Client::builder()
        .region("eu-west-101")
        .anonymous()
        .build()
        .unwrap();
    assert_eq!(client.baseurl(), "https://rds.eu-west-101.myhuaweicloud.eu");
    let client = huaweicloud_taurusdb::Client::builder()
        .region("me-east-1")
        .anonymous()
        .build()
        .unwrap();
    assert_eq!(
        client.baseurl(),
        "https://gaussdbformysql.me-east-1.myhuaweicloud.com"
    );
}

#[test]
fn from_env_reads_the_official_variables_and_the_profile_file() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    let client = huaweicloud_dds::Client::builder()
        .from_env()
        .env_lookup(env(&[
            ("HUAWEICLOUD_SDK_AK", AK),
            ("HUAWEICLOUD_SDK_SK", SK),
            ("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT),
            ("HUAWEICLOUD_SDK_REGION", "ap-southeast-1"),
            (
                "HUAWEICLOUD_SDK_REGION_DDS_AP_SOUTHEAST_1",
                "http://127.0.0.1:9999",
            ),
            ("HOME", "/nonexistent"),
        ]))
        .build()
        .unwrap();
    assert_eq!(client.baseurl(), "http://127.0.0.1:9999");
    assert_eq!(client.runtime().project_id(), Some(PROJECT));

    let err = huaweicloud_dds::Client::builder()
        .from_env()
        .env_lookup(env(&[
            ("HUAWEICLOUD_SDK_AK", AK),
            ("HUAWEICLOUD_SDK_REGION", "cn-north-4"),
            ("HOME", "/nonexistent"),
        ]))
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    assert!(
        err.to_string().contains("HUAWEICLOUD_SDK_SK"),
        "names the missing variable: {err}"
    );

    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("credentials");
    std::fs::write(
        &profile,
        format!("[basic]\nak = {AK}\nsk = {SK}\nproject_id = {PROJECT}\n"),
    )
    .unwrap();
    let client = huaweicloud_rds::Client::builder()
        .from_env()
        .env_lookup(env(&[
            ("HUAWEICLOUD_SDK_REGION", "cn-north-4"),
            ("HOME", "/nonexistent"),
        ]))
        .profile_file(&profile)
        .build()
        .unwrap();
    assert_eq!(client.runtime().project_id(), Some(PROJECT));
    assert_eq!(client.baseurl(), "https://rds.cn-north-4.myhuaweicloud.com");
}

/// The names of the headers each request carried, for a failure message (values left out).
fn header_names(seen: &[Seen]) -> Vec<String> {
    seen.iter()
        .map(|s| {
            let names: Vec<&str> = s.headers.keys().map(|k| k.as_str()).collect();
            format!("{} {}: {}", s.method, s.path, names.join(", "))
        })
        .collect()
}

/// API calls follow no redirect: a 3xx pointing to another origin gets nothing from the
/// client there, whatever the credentials (reqwest itself strips only `Authorization` and
/// cookies on such a hop, so `X-Auth-Token`, `X-Security-Token` and `X-Project-Id` would go).
/// The 3xx is the answer: a service error with its status, naming the origin it pointed to
/// and neither the path nor the query.
#[tokio::test]
async fn a_redirect_is_not_followed_and_credentials_stay_at_their_origin() {
    // Another origin (another port), which records every request and header it receives and
    // would answer them all with success.
    let elsewhere = Server::start(vec![reply(200, LINKS); 30]).await;
    let location = format!(
        "{}/steal/here?X-Amz-Signature=leaked-signature&token=x",
        elsewhere.base
    );
    let credentials = [
        Credentials::token(IAM_TOKEN),
        Credentials::temporary(AK, SK, TOKEN),
        Credentials::aksk(AK, SK),
    ];
    let statuses = [302, 307, 308];
    let mut replies = Vec::new();
    for _ in &credentials {
        for status in statuses {
            let mut redirect = reply(status, "");
            redirect.headers.push(("location", location.clone()));
            replies.push(redirect);
        }
    }
    let server = Server::start(replies).await;
    let mut outcomes = Vec::new();
    for credentials in credentials {
        let client = dds(&server, credentials, fast_retry(3));
        for status in statuses {
            outcomes.push((status, link_one(&client).await));
        }
    }
    assert!(
        elsewhere.seen().is_empty(),
        "the other origin received: {:?}",
        header_names(&elsewhere.seen())
    );
    for (status, outcome) in outcomes {
        let err: Error = outcome.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Service, "{err}");
        assert_eq!(err.status(), Some(status), "{err}");
        assert!(!err.is_retryable(), "{err}");
        assert_eq!(
            err.to_string(),
            format!(
                "dds list_auditlog_links: service error: HTTP {status}: the service answered with a redirect to {}, which API calls do not follow (request id req{status}abc)",
                elsewhere.base
            )
        );
    }
    assert_eq!(
        server.seen().len(),
        9,
        "one request per call: a 3xx is not retried"
    );
}

/// A server that answers every request with `answer()`, and counts them.
async fn answering<F, Fut>(answer: F) -> (String, Arc<std::sync::atomic::AtomicUsize>)
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = Response> + Send + 'static,
{
    let count = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = Arc::clone(&count);
    let app = axum::Router::new().fallback(move || {
        counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        answer()
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (base, count)
}

/// Headers at once, then the body one byte every 100 ms: never idle long enough for a read
/// timeout, done after more than 3 s.
async fn trickling() -> Response {
    let bytes = LINKS.as_bytes().to_vec();
    let stream = futures_util::stream::unfold(0usize, move |i| {
        let byte = bytes.get(i).copied();
        async move {
            let byte = byte?;
            tokio::time::sleep(Duration::from_millis(100)).await;
            Some((Ok::<Vec<u8>, std::io::Error>(vec![byte]), i + 1))
        }
    });
    Response::builder()
        .status(200)
        .header("content-type", "application/json")
        .header("content-length", LINKS.len())
        .body(Body::from_stream(stream))
        .unwrap()
}

/// No answer for an hour.
async fn silent() -> Response {
    tokio::time::sleep(Duration::from_secs(3600)).await;
    Response::new(Body::empty())
}

/// A client with a 300 ms attempt deadline and read and connect timeouts far longer, so only
/// the deadline can end an attempt early.
fn with_deadline(base: &str, retry: RetryPolicy) -> huaweicloud_dds::Client {
    huaweicloud_dds::Client::builder()
        .endpoint(base)
        .credentials(Credentials::aksk(AK, SK))
        .retry(retry)
        .read_timeout(Duration::from_secs(10))
        .attempt_timeout(Duration::from_millis(300))
        .build()
        .unwrap()
}

/// Each attempt has a deadline covering the whole body, which a read timeout cannot give: a
/// server that trickles its body, or never answers, fails each attempt at the deadline, the
/// attempt is retried, and the call ends with a timeout.
#[tokio::test]
async fn an_attempt_that_trickles_or_stalls_ends_at_its_deadline_and_is_retried() {
    let (trickle, trickled) = answering(trickling).await;
    let (silence, unanswered) = answering(silent).await;
    for (base, count) in [(trickle, trickled), (silence, unanswered)] {
        let client = with_deadline(&base, fast_retry(2));
        let started = Instant::now();
        // Without a deadline the trickle ends after 3.3 s, the silence after 2 read timeouts.
        let err: Error = tokio::time::timeout(Duration::from_secs(8), link_one(&client))
            .await
            .expect("the call ended")
            .unwrap_err();
        let took = started.elapsed();
        assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
        assert!(err.to_string().contains("timed out"), "{err}");
        assert!(took < Duration::from_secs(3), "gave up after {took:?}");
        assert_eq!(
            count.load(std::sync::atomic::Ordering::SeqCst),
            2,
            "both attempts were made"
        );
    }
}

/// `max_elapsed` bounds a call: no retry starts past it, so against a server that never
/// answers, with 300 ms attempts and 600 ms in all, at most 3 attempts are made (each ends at
/// its deadline, never earlier), not the 1000 the policy would allow.
#[tokio::test]
async fn max_elapsed_bounds_a_call_of_many_timed_out_attempts() {
    let (base, count) = answering(silent).await;
    let client = with_deadline(
        &base,
        RetryPolicy {
            max_attempts: 1000,
            initial_backoff: Duration::from_millis(10),
            max_backoff: Duration::from_millis(20),
            max_elapsed: Duration::from_millis(600),
        },
    );
    let started = Instant::now();
    let err: Error = tokio::time::timeout(Duration::from_secs(8), link_one(&client))
        .await
        .expect("the call ended")
        .unwrap_err();
    let took = started.elapsed();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    let attempts = count.load(std::sync::atomic::Ordering::SeqCst);
    assert!((1..=3).contains(&attempts), "{attempts} attempts");
    // At most max_elapsed + one attempt deadline (0.9 s), with room for a slow machine.
    assert!(took < Duration::from_secs(3), "gave up after {took:?}");
}

/// The service's clock is read from the `Date` of its responses, and requests are signed on it
/// (a local clock more than 15 minutes off would have every signature refused).
#[tokio::test]
async fn the_services_clock_is_read_from_date_and_used_for_signing() {
    let http_date =
        |t: chrono::DateTime<chrono::Utc>| t.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    let mut unreadable = reply(200, LINKS);
    unreadable.headers.push(("date", "not a date".to_owned()));
    let mut ahead = reply(200, LINKS);
    ahead.headers.push((
        "date",
        http_date(chrono::Utc::now() + chrono::TimeDelta::hours(2)),
    ));
    let mut still_ahead = reply(200, LINKS);
    still_ahead.headers.push((
        "date",
        http_date(chrono::Utc::now() + chrono::TimeDelta::hours(2)),
    ));
    let server = Server::start(vec![unreadable, ahead, still_ahead]).await;
    let client = dds(&server, Credentials::aksk(AK, SK), fast_retry(1));
    let runtime = client.runtime();
    assert_eq!(runtime.clock_skew(), None, "before any response");

    link_one(&client).await.unwrap();
    assert_eq!(
        runtime.clock_skew(),
        None,
        "an unreadable Date tells nothing"
    );

    link_one(&client).await.unwrap();
    let skew = runtime.clock_skew().expect("a skew from the Date");
    assert!(
        (skew - chrono::TimeDelta::hours(2)).num_seconds().abs() <= 5,
        "skew {skew}"
    );
    let service_now = runtime.service_now();
    assert!(
        (service_now - chrono::Utc::now() - chrono::TimeDelta::hours(2))
            .num_seconds()
            .abs()
            <= 5,
        "{service_now}"
    );

    // Signed after the skew is known: X-Sdk-Date is the service's time, and verifies.
    link_one(&client).await.unwrap();
    let last = server.seen().pop().unwrap();
    assert_eq!(last.signature, Ok(()));
    let signed_at = chrono::NaiveDateTime::parse_from_str(
        last.headers["x-sdk-date"].to_str().unwrap(),
        "%Y%m%dT%H%M%SZ",
    )
    .unwrap()
    .and_utc();
    assert!(
        (signed_at - chrono::Utc::now() - chrono::TimeDelta::hours(2))
            .num_seconds()
            .abs()
            <= 60,
        "signed at {signed_at}"
    );
}

/// A request refused for a date far from the service's (the gateway's 401 with its own `Date`)
/// is signed again on the service's time, once; a second refusal is the caller's error.
#[tokio::test]
async fn a_request_refused_for_its_date_is_signed_again_on_the_services_time() {
    let http_date =
        |t: chrono::DateTime<chrono::Utc>| t.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    let refused = || {
        let mut r = reply(
            401,
            r#"{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: request date is more than 900s away from the server time"}"#,
        );
        r.headers.push((
            "date",
            http_date(chrono::Utc::now() + chrono::TimeDelta::hours(3)),
        ));
        r
    };
    let mut ok = reply(200, LINKS);
    ok.headers.push((
        "date",
        http_date(chrono::Utc::now() + chrono::TimeDelta::hours(3)),
    ));
    let server = Server::start(vec![refused(), ok, refused(), refused()]).await;
    let client = dds(&server, Credentials::aksk(AK, SK), fast_retry(1));
    link_one(&client).await.unwrap();
    let seen = server.seen();
    assert_eq!(seen.len(), 2, "one more attempt, no more");
    assert!(
        seen[0].signature.is_err(),
        "signed on our clock, 3 hours off"
    );
    assert_eq!(
        seen[1].signature,
        Ok(()),
        "signed again on the service's time"
    );

    // Refused again although signed on its time: the error, after one more try only.
    let err = link_one(&client).await.unwrap_err();
    assert_eq!(err.status(), Some(401), "{err}");
    assert_eq!(
        server.seen().len(),
        3,
        "the time was right already: not signed again"
    );
}
