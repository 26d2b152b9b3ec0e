//! Replays the requests the official Python SDK signed (`fixtures/official-sdk/requests.json`,
//! made by `capture_requests.py` beside it) and expects 200 for
//! each: the emulator's verifier agrees with the official signer, not only with ours.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::NaiveDateTime;
use huaweicloud_emulator::{Clock, Config, ExtraInstance, Service, start};
use serde_json::Value;

fn fixture() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/official-sdk/requests.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("json")
}

fn header<'a>(request: &'a Value, name: &str) -> &'a str {
    request["headers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h[0].as_str().unwrap().eq_ignore_ascii_case(name))
        .and_then(|h| h[1].as_str())
        .unwrap_or_else(|| panic!("no {name} header"))
}

async fn emulator_for(fixture: &Value) -> huaweicloud_emulator::Emulator {
    let requests = fixture["requests"].as_array().unwrap();
    let date = header(&requests[0], "X-Sdk-Date");
    let now = NaiveDateTime::parse_from_str(date, "%Y%m%dT%H%M%SZ")
        .unwrap()
        .and_utc();
    let creds = &fixture["credentials"];
    let instance = "a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5din02".to_owned();
    let node = "c3d5e0a1b2f84a1e9e1f0a2b3c4d5e6fno02".to_owned();
    let extra = |service, nodes: &[&String], ids: &[&str]| ExtraInstance {
        service,
        id: instance.clone(),
        nodes: nodes.iter().map(|n| (*n).clone()).collect(),
        file_ids: ids.iter().map(|s| (*s).to_owned()).collect(),
    };
    start(Config {
        ak: creds["ak"].as_str().unwrap().to_owned(),
        sk: creds["sk"].as_str().unwrap().to_owned(),
        project_id: creds["project_id"].as_str().unwrap().to_owned(),
        clock: Clock::fixed(now),
        extra_instances: vec![
            extra(Service::Dds, &[&node], &["id-1", "id-2"]),
            extra(Service::Rds, &[], &["id-1"]),
            extra(Service::Taurusdb, &[&node], &["ddl-1"]),
        ],
        ..Config::default()
    })
    .await
    .expect("start")
}

fn raw_head(request: &Value, tamper: Option<&str>) -> String {
    let mut head = format!(
        "{} {}",
        request["method"].as_str().unwrap(),
        request["path"].as_str().unwrap()
    );
    let query = request["raw_query"].as_str().unwrap();
    if !query.is_empty() {
        head.push('?');
        head.push_str(query);
    }
    head.push_str(" HTTP/1.1\r\n");
    for h in request["headers"].as_array().unwrap() {
        let (name, mut value) = (h[0].as_str().unwrap(), h[1].as_str().unwrap().to_owned());
        if Some(name) == tamper {
            // Flip the last hex digit of the signature, or the last character of the value.
            let last = value.pop().unwrap();
            value.push(if last == '0' { '1' } else { '0' });
        }
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head
}

#[tokio::test]
async fn every_official_sdk_request_is_accepted() {
    let fixture = fixture();
    let emu = emulator_for(&fixture).await;
    let expected_ops = [
        "dds.list_auditlogs",
        "dds.list_auditlog_links",
        "rds.list_auditlogs",
        "dds.list_auditlog_links", // the DDS+RDS id: link requests resolve to DDS
        "taurusdb.download_ddl_logs",
        "taurusdb.list_ddl_logs",
    ];
    let requests = fixture["requests"].as_array().unwrap();
    assert_eq!(requests.len(), expected_ops.len());
    for (request, op) in requests.iter().zip(expected_ops) {
        let body = request["body"].as_str().unwrap_or("").as_bytes();
        let before = emu.stats().operations.get(op).map_or(0, |s| s.requests);
        let resp = common::send_raw(emu.addr(), &raw_head(request, None), body, false).await;
        assert_eq!(
            i64::from(resp.status),
            request["response_status"].as_i64().unwrap(),
            "{}: {}",
            request["operation"],
            String::from_utf8_lossy(&resp.body)
        );
        resp.expect(200);
        let v = resp.json();
        let after = emu.stats().operations.get(op).map_or(0, |s| s.requests);
        assert_eq!(
            after,
            before + 1,
            "{} was not served as {op}: {v}",
            request["operation"]
        );
        match request["operation"].as_str().unwrap() {
            "dds list_auditlogs" => assert!(v["audit_logs"].is_array(), "{v}"),
            "rds list_auditlogs" => assert!(v["auditlogs"].is_array(), "{v}"),
            "dds list_auditlog_links" => assert_eq!(v["links"].as_array().unwrap().len(), 2),
            "rds show_auditlog_download_link" => {
                assert_eq!(v["links"].as_array().unwrap().len(), 1)
            }
            "taurusdb download_ddl_logs" => assert_eq!(v["download_files"][0]["id"], "ddl-1"),
            "taurusdb list_ddl_logs" => assert!(v["ddl_logs"].is_array(), "{v}"),
            other => panic!("unexpected operation {other}"),
        }
    }
}

#[tokio::test]
async fn official_sdk_requests_fail_when_altered() {
    let fixture = fixture();
    let emu = emulator_for(&fixture).await;
    for request in fixture["requests"].as_array().unwrap() {
        let body = request["body"].as_str().unwrap_or("").as_bytes();
        for tamper in ["Authorization", "User-Agent", "X-Sdk-Date", "Host"] {
            let resp =
                common::send_raw(emu.addr(), &raw_head(request, Some(tamper)), body, false).await;
            resp.expect_error(401, "APIGW.0301");
        }
    }
}

#[tokio::test]
async fn official_sdk_requests_are_stale_sixteen_minutes_later() {
    let fixture = fixture();
    let emu = emulator_for(&fixture).await;
    emu.clock().advance(std::time::Duration::from_secs(16 * 60));
    let request = &fixture["requests"][0];
    let resp = common::send_raw(emu.addr(), &raw_head(request, None), b"", false).await;
    let msg = resp.expect_error(401, "APIGW.0301");
    assert!(msg.contains("away from the server time"), "{msg}");
    // Within the skew it is still fine.
    emu.clock()
        .set(emu.clock().now() - chrono::TimeDelta::minutes(2));
    let resp = common::send_raw(emu.addr(), &raw_head(request, None), b"", false).await;
    resp.expect(200);
}
