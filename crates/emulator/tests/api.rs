//! The six operations: answers, every limit and its error, authentication, admin endpoint.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::{DateTime, TimeDelta, Utc};
use common::{call, q_time, send_headers, sign_headers, signed, with_token};
use huaweicloud_emulator::{Clock, Config, Emulator, start};

fn fixed_now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-26T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

async fn emulator() -> Emulator {
    start(Config {
        clock: Clock::fixed(fixed_now()),
        logs_per_instance: 30,
        ..Config::default()
    })
    .await
    .unwrap()
}

fn window(days: i64) -> String {
    let end = fixed_now();
    format!(
        "start_time={}&end_time={}",
        q_time(end - TimeDelta::days(days)),
        q_time(end)
    )
}

fn base(emu: &Emulator, instance: &str, rest: &str) -> String {
    format!(
        "/v3/{}/instances/{instance}/{rest}",
        emu.credentials().project_id
    )
}

#[tokio::test]
async fn dds_list_pages_filters_and_sends_both_size_shapes() {
    let emu = emulator().await;
    let dds = emu.instances().dds[0].clone();
    let nodes = dds.nodes.clone().unwrap();
    assert!(nodes.len() >= 2, "a cluster has several mongos nodes");
    let path = base(&emu, &dds.id, "auditlog");
    let mut all = Vec::new();
    let mut total = None;
    for offset in (0..).step_by(4) {
        let r = with_token(
            &emu,
            "GET",
            &format!("{path}?{}&offset={offset}&limit=4", window(30)),
            b"",
        )
        .await;
        r.expect(200);
        let v = r.json();
        total = Some(v["total_record"].as_u64().unwrap());
        let page = v["audit_logs"].as_array().unwrap().clone();
        assert!(page.len() <= 4);
        assert!(v["total_size"].as_u64().is_some());
        if page.is_empty() {
            break;
        }
        all.extend(page);
    }
    let total = total.unwrap() as usize;
    assert!(
        total > 5,
        "30 days of 60 hold about half the files: {total}"
    );
    assert_eq!(all.len(), total);
    let strings = all.iter().filter(|f| f["size"].is_string()).count();
    assert!(
        strings > 0 && strings < total,
        "size must come as strings and as integers"
    );
    for f in &all {
        let t = f["start_time"].as_str().unwrap();
        assert!(t.ends_with("+0000") && t.len() == 24, "{t}");
    }
    // Node filter.
    let r = with_token(
        &emu,
        "GET",
        &format!("{path}?{}&node_id={}", window(30), nodes[0]),
        b"",
    )
    .await;
    let v = r.expect(200).json();
    let logs = v["audit_logs"].as_array().unwrap();
    assert!(!logs.is_empty() && logs.len() < total);
    assert!(logs.iter().all(|f| f["node_id"] == nodes[0].as_str()));
    // Times come back in the offset of the query.
    let q = "start_time=2026-03-01T08:00:00%2B0800&end_time=2026-03-26T20:00:00%2B0800";
    let v = with_token(&emu, "GET", &format!("{path}?{q}"), b"")
        .await
        .expect(200)
        .json();
    assert!(
        v["audit_logs"][0]["end_time"]
            .as_str()
            .unwrap()
            .ends_with("+0800")
    );
}

#[tokio::test]
async fn rds_list_sizes_in_kb_and_names_with_slashes() {
    let emu = emulator().await;
    for rds in emu.instances().rds {
        let path = base(&emu, &rds.id, "auditlog");
        let r = with_token(
            &emu,
            "GET",
            &format!("{path}?{}&offset=0&limit=50", window(30)),
            b"",
        )
        .await;
        let v = r.expect(200).json();
        let logs = v["auditlogs"].as_array().unwrap();
        assert!(!logs.is_empty());
        for f in logs {
            assert!((f["size"].as_f64().unwrap() - 64.0).abs() < 1e-9, "{f}");
            assert!(f["name"].as_str().unwrap().contains('/'));
            assert!(f["begin_time"].is_string());
        }
    }
}

#[tokio::test]
async fn taurusdb_list_times_follow_the_query_format() {
    let emu = emulator().await;
    let t = emu.instances().taurusdb[0].clone();
    let node = &t.nodes.unwrap()[0];
    let path = base(&emu, &t.id, "ddl-log");
    let end = fixed_now().timestamp_millis();
    let start = end - 59 * 86_400_000;
    let r = with_token(
        &emu,
        "GET",
        &format!("{path}?node_id={node}&start_time={start}&end_time={end}"),
        b"",
    )
    .await;
    let v = r.expect(200).json();
    assert_eq!(
        v["ddl_logs"].as_array().unwrap().len(),
        10,
        "default limit 10"
    );
    assert!(v["total_count"].as_u64().unwrap() > 10);
    assert!(v["ddl_logs"][0]["create_time"].is_i64());
    let q = "start_time=2026-02-01T00:00:00Z&end_time=2026-03-26T00:00:00Z";
    let v = with_token(
        &emu,
        "GET",
        &format!("{path}?node_id={node}&{q}&limit=100"),
        b"",
    )
    .await
    .expect(200)
    .json();
    let first = &v["ddl_logs"][0];
    assert!(
        first["create_time"].as_str().unwrap().ends_with("+0800"),
        "{first}"
    );
    assert!(first["file_name"].as_str().unwrap().ends_with("_OmaLog"));
    let q = "start_time=2026-02-01T00:00:00%2B0800&end_time=2026-03-26T00:00:00%2B0800";
    with_token(&emu, "GET", &format!("{path}?node_id={node}&{q}"), b"")
        .await
        .expect(200);
}

#[tokio::test]
async fn every_limit_is_enforced() {
    let emu = emulator().await;
    let dds = emu.instances().dds[1].clone();
    let rds = emu.instances().rds[0].clone();
    let t = emu.instances().taurusdb[1].clone();
    let node = t.nodes.clone().unwrap()[0].clone();
    let w = window(7);
    let dds_list = base(&emu, &dds.id, "auditlog");
    let rds_list = base(&emu, &rds.id, "auditlog");
    let ddl_list = base(&emu, &t.id, "ddl-log");
    let cases: Vec<(String, &str, &str)> = vec![
        // DDS list.
        (format!("{dds_list}?{w}&limit=0"), "DBS.200001", "limit"),
        (format!("{dds_list}?{w}&limit=101"), "DBS.200001", "limit"),
        (format!("{dds_list}?{w}&limit=ten"), "DBS.200001", "limit"),
        (format!("{dds_list}?{w}&offset=-1"), "DBS.200001", "offset"),
        (
            format!("{dds_list}?{w}&node_id=nope"),
            "DBS.200001",
            "node_id",
        ),
        (
            format!("{dds_list}?end_time=2026-03-20T00:00:00%2B0800"),
            "DBS.200002",
            "start_time",
        ),
        (
            format!("{dds_list}?start_time=2026-03-20T00:00:00%2B0800"),
            "DBS.200002",
            "end_time",
        ),
        (
            format!(
                "{dds_list}?start_time=2026-03-20T00:00:00%2B08:00&end_time=2026-03-21T00:00:00%2B0800"
            ),
            "DBS.200001",
            "start_time",
        ),
        (
            format!("{dds_list}?start_time=2026-03-20&end_time=2026-03-21T00:00:00%2B0800"),
            "DBS.200001",
            "start_time",
        ),
        (
            format!(
                "{dds_list}?start_time=2026-03-20T00:00:00%2B0800&end_time=2026-03-20T00:00:00%2B0800"
            ),
            "DBS.200003",
            "end time",
        ),
        (
            format!(
                "{dds_list}?start_time=2026-03-21T00:00:00%2B0800&end_time=2026-03-20T00:00:00%2B0800"
            ),
            "DBS.200003",
            "end time",
        ),
        (
            format!(
                "{dds_list}?start_time=2026-02-01T00:00:00%2B0800&end_time=2026-03-20T00:00:00%2B0800"
            ),
            "DBS.200004",
            "30 days",
        ),
        // RDS list: all four parameters required, limit 1..50.
        (format!("{rds_list}?{w}&offset=0"), "DBS.200002", "limit"),
        (format!("{rds_list}?{w}&limit=10"), "DBS.200002", "offset"),
        (
            format!("{rds_list}?end_time=2026-03-20T00:00:00%2B0800&offset=0&limit=10"),
            "DBS.200002",
            "start_time",
        ),
        (
            format!("{rds_list}?{w}&offset=0&limit=51"),
            "DBS.200001",
            "limit",
        ),
        (
            format!("{rds_list}?{w}&offset=0&limit=0"),
            "DBS.200001",
            "limit",
        ),
        (
            format!("{rds_list}?{w}&offset=-5&limit=10"),
            "DBS.200001",
            "offset",
        ),
        (
            format!(
                "{rds_list}?start_time=2026-02-01T00:00:00%2B0000&end_time=2026-03-04T00:00:00%2B0000&offset=0&limit=10"
            ),
            "DBS.200004",
            "30 days",
        ),
        (
            format!(
                "{rds_list}?start_time=2026-03-04T00:00:00%2B0000&end_time=2026-03-03T00:00:00%2B0000&offset=0&limit=10"
            ),
            "DBS.200003",
            "end time",
        ),
        // TaurusDB list.
        (
            format!("{ddl_list}?start_time=1&end_time=2"),
            "DBS.200002",
            "node_id",
        ),
        (
            format!("{ddl_list}?node_id=nope&start_time=1&end_time=2"),
            "DBS.200001",
            "node_id",
        ),
        (
            format!("{ddl_list}?node_id={node}&end_time=2"),
            "DBS.200002",
            "start_time",
        ),
        (
            format!("{ddl_list}?node_id={node}&start_time=1"),
            "DBS.200002",
            "end_time",
        ),
        (
            format!("{ddl_list}?node_id={node}&start_time=yesterday&end_time=2"),
            "DBS.200001",
            "start_time",
        ),
        (
            format!("{ddl_list}?node_id={node}&start_time=5&end_time=5"),
            "DBS.200003",
            "end time",
        ),
        (
            format!("{ddl_list}?node_id={node}&start_time=1&end_time=2&limit=101"),
            "DBS.200001",
            "limit",
        ),
        (
            format!("{ddl_list}?node_id={node}&start_time=1&end_time=2&limit=0"),
            "DBS.200001",
            "limit",
        ),
        (
            format!("{ddl_list}?node_id={node}&start_time=1&end_time=2&offset=-1"),
            "DBS.200001",
            "offset",
        ),
    ];
    for (pq, code, mention) in &cases {
        let r = with_token(&emu, "GET", pq, b"").await;
        let msg = r.expect_error(400, code);
        assert!(msg.contains(mention), "{pq}: {msg}");
    }

    // Link operations: 1..50 ids (DDS, RDS), 1..10 (TaurusDB), known ids only.
    let dds_links = base(&emu, &dds.id, "auditlog-links");
    let rds_links = base(&emu, &rds.id, "auditlog-links");
    let ddl_dl = base(&emu, &t.id, "ddl-log/download");
    let ids = |n: usize| {
        serde_json::json!({ "ids": (0..n).map(|i| format!("x{i}")).collect::<Vec<_>>() })
            .to_string()
    };
    let log_ids = |n: usize| {
        serde_json::json!({ "log_ids": (0..n).map(|i| format!("x{i}")).collect::<Vec<_>>() })
            .to_string()
    };
    let body_cases: Vec<(&String, String, u16, &str)> = vec![
        (&dds_links, ids(0), 400, "DBS.200001"),
        (&dds_links, ids(51), 400, "DBS.200001"),
        (&rds_links, ids(0), 400, "DBS.200001"),
        (&rds_links, ids(51), 400, "DBS.200001"),
        (&ddl_dl, log_ids(0), 400, "DBS.200001"),
        (&ddl_dl, log_ids(11), 400, "DBS.200001"),
        (&dds_links, "{}".to_owned(), 400, "DBS.200002"),
        (&ddl_dl, ids(1), 400, "DBS.200002"),
        (&rds_links, "{\"ids\": \"x\"}".to_owned(), 400, "DBS.200001"),
        (&rds_links, "{\"ids\": [1]}".to_owned(), 400, "DBS.200001"),
        (&rds_links, "not json".to_owned(), 400, "DBS.200005"),
        (&dds_links, ids(1), 404, "DBS.200009"),
        (&rds_links, ids(50), 404, "DBS.200009"),
        (&ddl_dl, log_ids(10), 404, "DBS.200009"),
    ];
    for (path, body, status, code) in body_cases {
        let r = with_token(&emu, "POST", path, body.as_bytes()).await;
        r.expect_error(status, code);
    }

    // Unknown instance, wrong project, unknown route.
    let r = with_token(
        &emu,
        "GET",
        &format!(
            "{}?{w}",
            base(&emu, "0123456789abcdef0123456789abcdefin02", "auditlog")
        ),
        b"",
    )
    .await;
    r.expect_error(404, "DBS.200007");
    // A TaurusDB id on the DDS path is not a DDS/RDS instance.
    let r = with_token(
        &emu,
        "GET",
        &format!("{}?{w}", base(&emu, &t.id, "auditlog")),
        b"",
    )
    .await;
    r.expect_error(404, "DBS.200007");
    let r = with_token(
        &emu,
        "GET",
        &format!(
            "/v3/ffffffffffffffffffffffffffffffff/instances/{}/auditlog?{w}",
            dds.id
        ),
        b"",
    )
    .await;
    r.expect_error(403, "DBS.200006");
    let r = with_token(&emu, "GET", "/v3/nothing", b"").await;
    r.expect_error(404, "APIGW.0101");
    let r = with_token(&emu, "DELETE", &dds_list, b"").await;
    r.expect_error(404, "APIGW.0101");
}

#[tokio::test]
async fn signatures_are_verified_strictly() {
    let emu = emulator().await;
    let creds = emu.credentials();
    let dds = emu.instances().dds[0].clone();
    let pq = format!("{}?{}&limit=5", base(&emu, &dds.id, "auditlog"), window(3));
    let now = emu.clock().now();

    // A good signature, and the same request altered.
    signed(&emu, "GET", &pq, b"").await.expect(200);
    let good = sign_headers(&emu, "GET", &pq, b"", &creds.sk, now);
    let wrong_sk = sign_headers(&emu, "GET", &pq, b"", "not-the-secret", now);
    let msg = send_headers(&emu, "GET", &pq, &wrong_sk, b"")
        .await
        .expect_error(401, "APIGW.0301");
    assert!(msg.contains("signature does not match"), "{msg}");
    let altered = pq.replace("limit=5", "limit=6");
    send_headers(&emu, "GET", &altered, &good, b"")
        .await
        .expect_error(401, "APIGW.0301");
    let added = format!("{pq}&offset=1");
    send_headers(&emu, "GET", &added, &good, b"")
        .await
        .expect_error(401, "APIGW.0301");

    // Stale and future dates (15 minutes of skew).
    for minutes in [-16, 16] {
        let h = sign_headers(
            &emu,
            "GET",
            &pq,
            b"",
            &creds.sk,
            now + TimeDelta::minutes(minutes),
        );
        let msg = send_headers(&emu, "GET", &pq, &h, b"")
            .await
            .expect_error(401, "APIGW.0301");
        assert!(msg.contains("away from the server time"), "{msg}");
    }
    let h = sign_headers(
        &emu,
        "GET",
        &pq,
        b"",
        &creds.sk,
        now - TimeDelta::minutes(14),
    );
    send_headers(&emu, "GET", &pq, &h, b"").await.expect(200);

    // A signed header missing.
    let mut missing = good.clone();
    missing.remove("x-project-id");
    let msg = send_headers(&emu, "GET", &pq, &missing, b"")
        .await
        .expect_error(401, "APIGW.0301");
    assert!(msg.contains("x-project-id"), "{msg}");

    // Altered body of a POST.
    let links = base(&emu, &dds.id, "auditlog-links");
    let id = emu
        .dataset()
        .files_of(huaweicloud_emulator::Service::Dds, &dds.id)[0]
        .id
        .clone();
    let body = serde_json::json!({ "ids": [id] }).to_string();
    let h = sign_headers(&emu, "POST", &links, body.as_bytes(), &creds.sk, now);
    send_headers(&emu, "POST", &links, &h, body.as_bytes())
        .await
        .expect(200);
    let other = body.replace(']', ",\"x\"]");
    send_headers(&emu, "POST", &links, &h, other.as_bytes())
        .await
        .expect_error(401, "APIGW.0301");

    // Security token: accepted when signed, refused when added unsigned.
    let url = url::Url::parse(&format!("{}{pq}", emu.base_url())).unwrap();
    let mut h = http::HeaderMap::new();
    h.insert(
        "x-security-token",
        http::HeaderValue::from_static("temporary-token"),
    );
    huaweicloud_core::signing::sign(
        &http::Method::GET,
        &url,
        &mut h,
        b"",
        &creds.ak,
        &creds.sk,
        now,
    )
    .unwrap();
    send_headers(&emu, "GET", &pq, &h, b"").await.expect(200);
    let mut h = good.clone();
    h.insert(
        "x-security-token",
        http::HeaderValue::from_static("temporary-token"),
    );
    send_headers(&emu, "GET", &pq, &h, b"")
        .await
        .expect_error(401, "APIGW.0301");

    // The Host header, port included, is signed.
    let mut h = good.clone();
    h.insert(
        http::header::HOST,
        http::HeaderValue::from_static("127.0.0.1"),
    );
    send_headers(&emu, "GET", &pq, &h, b"")
        .await
        .expect_error(401, "APIGW.0301");

    // Unknown access key, no credentials, a wrong token, a good token.
    let mut h = good.clone();
    let auth = h[http::header::AUTHORIZATION]
        .to_str()
        .unwrap()
        .replace(&creds.ak, "OTHERAK");
    h.insert(http::header::AUTHORIZATION, auth.parse().unwrap());
    send_headers(&emu, "GET", &pq, &h, b"")
        .await
        .expect_error(401, "APIGW.0301");
    let r = call(&emu, "GET", &pq, &[], b"").await;
    r.expect_error(401, "APIGW.0301");
    assert_eq!(r.json()["request_id"].as_str(), r.header("x-request-id"));
    call(&emu, "GET", &pq, &[("X-Auth-Token", "wrong")], b"")
        .await
        .expect_error(401, "APIGW.0301");
    call(&emu, "GET", &pq, &[("X-Auth-Token", &creds.token)], b"")
        .await
        .expect(200);
}

#[tokio::test]
async fn admin_endpoint_counts_and_lists() {
    let emu = emulator().await;
    let dds = emu.instances().dds[0].clone();
    let pq = format!("{}?{}", base(&emu, &dds.id, "auditlog"), window(3));
    for _ in 0..3 {
        with_token(&emu, "GET", &pq, b"").await.expect(200);
    }
    call(&emu, "GET", &pq, &[], b"").await.expect(401);
    let stats = call(&emu, "GET", "/_emulator/stats", &[], b"")
        .await
        .expect(200)
        .json();
    assert_eq!(stats["operations"]["dds.list_auditlogs"]["requests"], 3);
    assert_eq!(
        stats["operations"]["dds.list_auditlogs"]["statuses"]["200"],
        3
    );
    assert_eq!(stats["operations"]["unauthenticated"]["requests"], 1);
    assert_eq!(stats["total_requests"], 4);
    assert_eq!(emu.stats().total_requests, 4);

    let m = call(&emu, "GET", "/_emulator/manifest", &[], b"")
        .await
        .expect(200)
        .json();
    let files = m["files"].as_array().unwrap();
    assert_eq!(files.len(), 6 * 30);
    let first = &files[0];
    let sha = first["sha256"].as_str().unwrap();
    assert_eq!(sha.len(), 64);
    // The manifest's SHA-256 is the content's.
    use sha2::Digest as _;
    let content = emu.dataset().read(0, 0, u64::MAX);
    assert_eq!(hex::encode(sha2::Sha256::digest(&content)), sha);
    assert_eq!(first["size"].as_u64(), Some(content.len() as u64));
    let m = call(&emu, "GET", "/_emulator/manifest?sha256=false", &[], b"")
        .await
        .expect(200)
        .json();
    assert!(m["files"][0].get("sha256").is_none());
    assert_eq!(m["instances"].as_array().unwrap().len(), 6);
}

#[tokio::test]
async fn dataset_is_deterministic_and_realistic() {
    let a = emulator().await;
    let b = emulator().await;
    assert_eq!(a.instances(), b.instances());
    assert_eq!(a.manifest(false).await, b.manifest(false).await);
    let c = start(Config {
        seed: 2,
        clock: Clock::fixed(fixed_now()),
        ..Config::default()
    })
    .await
    .unwrap();
    assert_ne!(a.instances(), c.instances());
    let i = a.instances();
    assert_eq!((i.dds.len(), i.rds.len(), i.taurusdb.len()), (2, 2, 2));
    for inst in i.dds.iter().chain(&i.rds).chain(&i.taurusdb) {
        assert_eq!(inst.id.len(), 36);
        assert!(inst.id.bytes().all(|b| b.is_ascii_alphanumeric()));
    }
    assert!(i.dds[0].nodes.as_ref().unwrap().len() >= 3);
    assert!(i.rds[0].nodes.is_none());
    let now = fixed_now();
    for f in a.dataset().files() {
        assert!(
            f.start >= now - TimeDelta::days(60) && f.end <= now && f.start < f.end,
            "{f:?}"
        );
    }
    // The JSON line's shape.
    let line = serde_json::to_value(a.startup_info()).unwrap();
    for key in ["endpoint", "project_id", "ak", "sk", "token"] {
        assert!(line[key].is_string(), "{key}");
    }
    assert!(line["instances"]["rds"][0].get("nodes").is_none());
}
