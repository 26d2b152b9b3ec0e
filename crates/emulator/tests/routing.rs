//! The edges of routing: wrong methods, odd paths and segments, malformed download paths, the
//! admin prefix, and which counter of `/_emulator/stats` each answer goes to.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::{DateTime, TimeDelta, Utc};
use common::{Resp, call, fetch, q_time, with_token};
use huaweicloud_emulator::{Clock, Config, Emulator, start};

fn fixed_now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-26T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

async fn emulator() -> Emulator {
    start(Config {
        clock: Clock::fixed(fixed_now()),
        logs_per_instance: 3,
        ..Config::default()
    })
    .await
    .unwrap()
}

fn window() -> String {
    format!(
        "start_time={}&end_time={}",
        q_time(fixed_now() - TimeDelta::days(7)),
        q_time(fixed_now())
    )
}

/// An `APIGW.0101` answer: 404, no `Allow` header (the gateway does not say which methods exist).
fn no_such_api(r: &Resp) {
    if r.body.is_empty() {
        r.expect(404); // HEAD
    } else {
        r.expect_error(404, "APIGW.0101");
        assert_eq!(
            r.json()["request_id"].as_str(),
            r.header("x-request-id"),
            "gateway errors carry the request id"
        );
    }
    assert_eq!(r.header("allow"), None, "{:?}", r.headers);
}

#[tokio::test]
async fn wrong_methods_and_odd_paths_are_unknown_routes() {
    let emu = emulator().await;
    let project = emu.credentials().project_id;
    let dds = emu.instances().dds[0].id.clone();
    let t = emu.instances().taurusdb[0].id.clone();
    let at = |instance: &str, rest: &str| format!("/v3/{project}/instances/{instance}/{rest}");
    let w = window();
    let cases = [
        ("HEAD", format!("{}?{w}", at(&dds, "auditlog"))),
        ("DELETE", format!("{}?{w}", at(&dds, "auditlog"))),
        ("PUT", at(&dds, "auditlog")),
        ("GET", at(&dds, "auditlog-links")),
        ("HEAD", at(&t, "ddl-log")),
        ("OPTIONS", at(&t, "ddl-log")),
        ("GET", at(&t, "ddl-log/download")),
        ("GET", format!("{}/?{w}", at(&dds, "auditlog"))),
        ("GET", format!("{}?{w}", at(&dds, "auditlog/extra"))),
        ("GET", format!("/v3/{project}/instances/{dds}")),
        ("GET", format!("/v3/{project}/instances/{dds}/")),
        ("GET", format!("/v4/{project}/instances/{dds}/auditlog?{w}")),
        (
            "GET",
            format!("//v3/{project}/instances/{dds}/auditlog?{w}"),
        ),
        ("GET", "/".to_owned()),
        ("GET", "/_emulator".to_owned()),
        ("POST", "/v3".to_owned()),
    ];
    for (method, pq) in &cases {
        let r = with_token(&emu, method, pq, b"").await;
        no_such_api(&r);
    }
    let stats = emu.stats();
    assert_eq!(stats.total_requests, cases.len() as u64);
    assert_eq!(
        stats.operations["unknown_route"].requests,
        cases.len() as u64
    );
    assert_eq!(
        stats.operations["unknown_route"].statuses[&404],
        cases.len() as u64
    );
    assert_eq!(stats.operations.len(), 1, "{:?}", stats.operations);
}

#[tokio::test]
async fn path_segments_are_percent_decoded_empty_or_not() {
    let emu = emulator().await;
    let project = emu.credentials().project_id;
    let dds = emu.instances().dds[0].id.clone();
    let w = window();
    // Escaped characters in the ids are decoded.
    let escaped: String = dds.bytes().map(|b| format!("%{b:02x}")).collect();
    let pq = format!("/v3/{project}/instances/{escaped}/auditlog?{w}");
    with_token(&emu, "GET", &pq, b"").await.expect(200);
    let escaped: String = project.bytes().map(|b| format!("%{b:02X}")).collect();
    let pq = format!("/v3/{escaped}/instances/{dds}/auditlog?{w}");
    with_token(&emu, "GET", &pq, b"").await.expect(200);

    // An empty project is the wrong project; an empty or undecodable instance id, no instance.
    let pq = format!("/v3//instances/{dds}/auditlog?{w}");
    let msg = with_token(&emu, "GET", &pq, b"")
        .await
        .expect_error(403, "DBS.200006");
    assert!(msg.contains("project ID  does"), "{msg}");
    for instance in ["", "%FF", "a%2Fb", "%zz"] {
        let pq = format!("/v3/{project}/instances/{instance}/auditlog?{w}");
        let msg = with_token(&emu, "GET", &pq, b"")
            .await
            .expect_error(404, "DBS.200007");
        let decoded = match instance {
            "%FF" => "\u{FFFD}",
            "a%2Fb" => "a/b",
            other => other,
        };
        assert!(
            msg.contains(&format!("instance {decoded} does")),
            "{instance}: {msg}"
        );
    }
    let pq = format!("/v3/{project}/instances/%FF/ddl-log/download");
    with_token(&emu, "POST", &pq, b"{}")
        .await
        .expect_error(404, "DBS.200007");
    let pq = format!("/v3/%FF/instances/{dds}/auditlog?{w}");
    with_token(&emu, "GET", &pq, b"")
        .await
        .expect_error(403, "DBS.200006");
    // Authentication comes before the project and the instance.
    call(&emu, "GET", &pq, &[], b"")
        .await
        .expect_error(401, "APIGW.0301");

    let stats = emu.stats();
    let count = |op: &str| stats.operations.get(op).map_or(0, |s| s.requests);
    assert_eq!(count("dds.list_auditlogs"), 2);
    assert_eq!(count("wrong_project"), 2);
    assert_eq!(count("unknown_instance"), 5);
    assert_eq!(count("unauthenticated"), 1);
    assert_eq!(stats.total_requests, 10);
}

#[tokio::test]
async fn a_body_too_large_is_refused_before_authentication() {
    let emu = emulator().await;
    let project = emu.credentials().project_id;
    let dds = emu.instances().dds[0].id.clone();
    let pq = format!("/v3/{project}/instances/{dds}/auditlog-links");
    let body = vec![b' '; (1 << 20) + 1];
    call(&emu, "POST", &pq, &[], &body)
        .await
        .expect_error(413, "APIGW.0201");
    let body = vec![b' '; 1 << 20];
    call(&emu, "POST", &pq, &[], &body)
        .await
        .expect_error(401, "APIGW.0301");
    let stats = emu.stats();
    assert_eq!(stats.operations["unknown_route"].statuses[&413], 1);
    assert_eq!(stats.operations["unauthenticated"].statuses[&401], 1);
}

fn obs_error(r: &Resp, status: u16, code: &str) {
    r.expect(status);
    assert_eq!(r.header("content-type"), Some("application/xml"));
    let body = String::from_utf8_lossy(&r.body);
    assert!(body.contains(&format!("<Code>{code}</Code>")), "{body}");
    let id = r.header("x-request-id").unwrap();
    assert!(
        body.contains(&format!("<RequestId>{id}</RequestId>")),
        "{body}"
    );
}

#[tokio::test]
async fn downloads_refuse_other_methods_and_malformed_paths_in_xml() {
    let emu = emulator().await;
    let expires = (fixed_now() + TimeDelta::minutes(5)).timestamp();
    let url = emu.download_url(0, expires).unwrap();
    fetch(&emu, "GET", &url, &[]).await.expect(200);
    for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
        let r = fetch(&emu, method, &url, &[]).await;
        obs_error(&r, 405, "MethodNotAllowed");
        assert_eq!(r.header("allow"), Some("GET, HEAD"));
    }
    let r = call(&emu, "POST", "/download/", &[], b"").await;
    obs_error(&r, 405, "MethodNotAllowed");
    let query = url.split_once('?').unwrap().1;
    for (path, code) in [
        ("/download/".to_owned(), "AccessDenied"),
        ("/download/x".to_owned(), "AccessDenied"),
        ("/download/dds/a/b/c".to_owned(), "AccessDenied"),
        ("/download/dds/a/".to_owned(), "AccessDenied"),
        (
            format!("/download/nosuch/a/b?{query}"),
            "SignatureDoesNotMatch",
        ),
        (format!("/download/dds//b?{query}"), "SignatureDoesNotMatch"),
    ] {
        let r = call(&emu, "GET", &path, &[], b"").await;
        obs_error(&r, 403, code);
        let r = call(&emu, "HEAD", &path, &[], b"").await;
        r.expect(403);
    }
    let stats = emu.stats();
    assert_eq!(stats.operations.len(), 1, "{:?}", stats.operations);
    assert_eq!(stats.operations["download"].requests, 18);
    assert_eq!(stats.operations["download"].statuses[&405], 5);
    assert_eq!(stats.operations["download"].statuses[&403], 12);
}

#[tokio::test]
async fn admin_answers_any_method_and_counts_nothing() {
    let emu = emulator().await;
    for method in ["GET", "POST", "DELETE"] {
        let r = call(&emu, method, "/_emulator/stats", &[], b"").await;
        assert!(r.expect(200).json()["operations"].is_object());
    }
    call(&emu, "GET", "/_emulator/links?service=rds", &[], b"")
        .await
        .expect(200);
    call(&emu, "PUT", "/_emulator/manifest?sha256=false", &[], b"")
        .await
        .expect(200);
    for path in [
        "/_emulator/",
        "/_emulator/nope",
        "/_emulator/stats/",
        "/_emulator/stats/x",
    ] {
        let r = call(&emu, "GET", path, &[], b"").await;
        let msg = r.expect_error(404, "APIGW.0101");
        assert!(msg.contains("does not exist"), "{msg}");
        assert!(
            r.json().get("request_id").is_none(),
            "admin answers have no request_id in their body"
        );
    }
    assert_eq!(emu.stats().total_requests, 0);
    assert!(emu.stats().operations.is_empty());
}
