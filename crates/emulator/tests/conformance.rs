//! Every operation's answers (the three TaurusDB shapes included, errors too) validated against
//! the response schemas of `specs/*.yaml`, with a small validator of the OpenAPI 3.0 schema
//! subset the specs use. It is stricter than the schemas in one way: a property the schema does
//! not declare is an error, so the emulator sends nothing the specs do not describe.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::{DateTime, TimeDelta, Utc};
use common::{Resp, call, q_time, with_token};
use huaweicloud_emulator::{Clock, Config, Emulator, Faults, Service, TaurusdbShape, start};
use serde_json::Value;

fn spec(name: &str) -> Value {
    let path = format!("{}/../../specs/{name}.yaml", env!("CARGO_MANIFEST_DIR"));
    serde_yaml::from_str(&std::fs::read_to_string(&path).expect("spec")).expect("yaml")
}

fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let ptr = r.strip_prefix('#').expect("local ref");
            resolve(
                spec,
                spec.pointer(ptr).unwrap_or_else(|| panic!("dangling {r}")),
            )
        }
        None => schema,
    }
}

fn check(spec: &Value, schema: &Value, v: &Value, at: &str, errors: &mut Vec<String>) {
    let schema = resolve(spec, schema);
    if let Some(one_of) = schema.get("oneOf").and_then(Value::as_array) {
        let matching = one_of
            .iter()
            .filter(|s| {
                let mut e = Vec::new();
                check(spec, s, v, at, &mut e);
                e.is_empty()
            })
            .count();
        if matching != 1 {
            errors.push(format!("{at}: {matching} oneOf branches match {v}"));
        }
        return;
    }
    let ty = schema.get("type").and_then(Value::as_str);
    let type_ok = match ty {
        Some("object") => v.is_object(),
        Some("array") => v.is_array(),
        Some("string") => v.is_string(),
        Some("integer") => v.is_i64() || v.is_u64(),
        Some("number") => v.is_number(),
        Some("boolean") => v.is_boolean(),
        Some(other) => panic!("type {other} not handled"),
        None => true,
    };
    if !type_ok {
        errors.push(format!("{at}: {v} is not of type {ty:?}"));
        return;
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array)
        && !values.contains(v)
    {
        errors.push(format!("{at}: {v} not in {values:?}"));
    }
    match v {
        Value::Object(map) => {
            let props = schema.get("properties").and_then(Value::as_object);
            for req in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if !map.contains_key(req.as_str().unwrap()) {
                    errors.push(format!("{at}: required {req} missing"));
                }
            }
            for (k, val) in map {
                match props.and_then(|p| p.get(k)) {
                    Some(s) => check(spec, s, val, &format!("{at}.{k}"), errors),
                    None => errors.push(format!("{at}: property {k} is not in the schema")),
                }
            }
        }
        Value::Array(items) => {
            let n = items.len() as u64;
            if schema
                .get("minItems")
                .and_then(Value::as_u64)
                .is_some_and(|m| n < m)
                || schema
                    .get("maxItems")
                    .and_then(Value::as_u64)
                    .is_some_and(|m| n > m)
            {
                errors.push(format!("{at}: {n} items out of bounds"));
            }
            if let Some(s) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    check(spec, s, item, &format!("{at}[{i}]"), errors);
                }
            }
        }
        Value::String(s) => {
            let len = s.chars().count() as u64;
            if schema
                .get("minLength")
                .and_then(Value::as_u64)
                .is_some_and(|m| len < m)
                || schema
                    .get("maxLength")
                    .and_then(Value::as_u64)
                    .is_some_and(|m| len > m)
            {
                errors.push(format!("{at}: length of {s:?} out of bounds"));
            }
            if let Some(p) = schema.get("pattern").and_then(Value::as_str)
                && regress::Regex::new(p).unwrap().find(s).is_none()
            {
                errors.push(format!("{at}: {s:?} does not match {p}"));
            }
        }
        Value::Number(n) => {
            let x = n.as_f64().unwrap();
            if schema
                .get("minimum")
                .and_then(Value::as_f64)
                .is_some_and(|m| x < m)
                || schema
                    .get("maximum")
                    .and_then(Value::as_f64)
                    .is_some_and(|m| x > m)
            {
                errors.push(format!("{at}: {x} out of bounds"));
            }
            let int32 = schema.get("format").and_then(Value::as_str) == Some("int32");
            if int32 && n.as_i64().is_none_or(|i| i32::try_from(i).is_err()) {
                errors.push(format!("{at}: {n} is not an int32"));
            }
        }
        _ => {}
    }
}

/// Validate a response against the spec's answer for its status (`200`, `4XX`, `5XX`).
fn conforms(spec: &Value, path: &str, method: &str, resp: &Resp) {
    let op = &spec["paths"][path][method];
    assert!(op.is_object(), "no {method} {path} in the spec");
    let key = match resp.status {
        200 => "200".to_owned(),
        s => format!("{}XX", s / 100),
    };
    let answer = resolve(spec, &op["responses"][key.as_str()]);
    let schema = answer["content"]["application/json"]["schema"].clone();
    assert!(schema.is_object(), "no schema for {key} of {method} {path}");
    let body = resp.json();
    let mut errors = Vec::new();
    check(spec, &schema, &body, "$", &mut errors);
    assert!(
        errors.is_empty(),
        "{method} {path} {}: {errors:#?}\n{body}",
        resp.status
    );
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-26T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

async fn emulator(shape: TaurusdbShape, faults: &str) -> Emulator {
    start(Config {
        clock: Clock::fixed(now()),
        taurusdb_shape: shape,
        faults: faults.parse::<Faults>().unwrap(),
        logs_per_instance: 40,
        file_size: 1000,
        ..Config::default()
    })
    .await
    .unwrap()
}

const AUDIT_LIST: &str = "/v3/{project_id}/instances/{instance_id}/auditlog";
const AUDIT_LINKS: &str = "/v3/{project_id}/instances/{instance_id}/auditlog-links";
const DDL_LIST: &str = "/v3/{project_id}/instances/{instance_id}/ddl-log";
const DDL_DOWNLOAD: &str = "/v3/{project_id}/instances/{instance_id}/ddl-log/download";

fn ids_of(emu: &Emulator, service: Service, instance: &str, n: usize) -> Vec<String> {
    emu.dataset()
        .files_of(service, instance)
        .iter()
        .take(n)
        .map(|f| f.id.clone())
        .collect()
}

#[tokio::test]
async fn every_operation_answers_as_its_spec_says() {
    let (dds_spec, rds_spec, ddl_spec) = (spec("dds"), spec("rds"), spec("taurusdb"));
    let emu = emulator(TaurusdbShape::DownloadFiles, "none").await;
    let p = emu.credentials().project_id;
    let w = format!(
        "start_time={}&end_time={}",
        q_time(now() - TimeDelta::days(30)),
        q_time(now())
    );
    let mut checked = 0;

    for dds in emu.instances().dds {
        let r = with_token(
            &emu,
            "GET",
            &format!("/v3/{p}/instances/{}/auditlog?{w}", dds.id),
            b"",
        )
        .await;
        r.expect(200);
        assert!(!r.json()["audit_logs"].as_array().unwrap().is_empty());
        conforms(&dds_spec, AUDIT_LIST, "get", &r);
        let body =
            serde_json::json!({ "ids": ids_of(&emu, Service::Dds, &dds.id, 50) }).to_string();
        let r = with_token(
            &emu,
            "POST",
            &format!("/v3/{p}/instances/{}/auditlog-links", dds.id),
            body.as_bytes(),
        )
        .await;
        r.expect(200);
        conforms(&dds_spec, AUDIT_LINKS, "post", &r);
        checked += 2;
    }
    for rds in emu.instances().rds {
        let r = with_token(
            &emu,
            "GET",
            &format!(
                "/v3/{p}/instances/{}/auditlog?{w}&offset=0&limit=50",
                rds.id
            ),
            b"",
        )
        .await;
        r.expect(200);
        conforms(&rds_spec, AUDIT_LIST, "get", &r);
        let body =
            serde_json::json!({ "ids": ids_of(&emu, Service::Rds, &rds.id, 50) }).to_string();
        let r = with_token(
            &emu,
            "POST",
            &format!("/v3/{p}/instances/{}/auditlog-links", rds.id),
            body.as_bytes(),
        )
        .await;
        r.expect(200);
        conforms(&rds_spec, AUDIT_LINKS, "post", &r);
        checked += 2;
    }
    for t in emu.instances().taurusdb {
        for node in t.nodes.unwrap() {
            let ms = format!(
                "start_time={}&end_time={}",
                (now() - TimeDelta::days(60)).timestamp_millis(),
                now().timestamp_millis()
            );
            let text = "start_time=2026-01-01T00:00:00Z&end_time=2026-03-26T00:00:00Z";
            for q in [ms.as_str(), text] {
                let r = with_token(
                    &emu,
                    "GET",
                    &format!(
                        "/v3/{p}/instances/{}/ddl-log?node_id={node}&{q}&limit=100",
                        t.id
                    ),
                    b"",
                )
                .await;
                r.expect(200);
                conforms(&ddl_spec, DDL_LIST, "get", &r);
                checked += 1;
            }
        }
    }

    // Errors: 400, 401, 403, 404 and their bodies.
    let dds = emu.instances().dds[0].id.clone();
    let errors = [
        with_token(
            &emu,
            "GET",
            &format!("/v3/{p}/instances/{dds}/auditlog?{w}&limit=0"),
            b"",
        )
        .await,
        call(
            &emu,
            "GET",
            &format!("/v3/{p}/instances/{dds}/auditlog?{w}"),
            &[],
            b"",
        )
        .await,
        with_token(
            &emu,
            "GET",
            &format!("/v3/{}/instances/{dds}/auditlog?{w}", "f".repeat(32)),
            b"",
        )
        .await,
        with_token(
            &emu,
            "GET",
            &format!("/v3/{p}/instances/{}/auditlog?{w}", "0".repeat(36)),
            b"",
        )
        .await,
        with_token(
            &emu,
            "POST",
            &format!("/v3/{p}/instances/{dds}/auditlog-links"),
            b"{\"ids\":[]}",
        )
        .await,
    ];
    for r in &errors {
        assert!(r.status >= 400);
        conforms(&dds_spec, AUDIT_LIST, "get", r);
    }
    assert!(checked >= 16);
}

#[tokio::test]
async fn the_three_taurusdb_download_shapes_conform() {
    let ddl_spec = spec("taurusdb");
    for shape in [
        TaurusdbShape::List,
        TaurusdbShape::DownloadFiles,
        TaurusdbShape::Array,
    ] {
        let emu = emulator(shape, "none").await;
        let p = emu.credentials().project_id;
        for t in emu.instances().taurusdb {
            let body = serde_json::json!({ "log_ids": ids_of(&emu, Service::Taurusdb, &t.id, 10) })
                .to_string();
            let r = with_token(
                &emu,
                "POST",
                &format!("/v3/{p}/instances/{}/ddl-log/download", t.id),
                body.as_bytes(),
            )
            .await;
            r.expect(200);
            conforms(&ddl_spec, DDL_DOWNLOAD, "post", &r);
            let r = with_token(
                &emu,
                "POST",
                &format!("/v3/{p}/instances/{}/ddl-log/download", t.id),
                b"{\"log_ids\":[]}",
            )
            .await;
            conforms(&ddl_spec, DDL_DOWNLOAD, "post", &r);
        }
    }
}

#[tokio::test]
async fn fault_answers_conform() {
    let rds_spec = spec("rds");
    for faults in ["error=1", "throttle=1"] {
        let emu = emulator(TaurusdbShape::Array, faults).await;
        let p = emu.credentials().project_id;
        let rds = emu.instances().rds[1].id.clone();
        for _ in 0..4 {
            let r = with_token(&emu, "GET", &format!("/v3/{p}/instances/{rds}/auditlog?start_time=2026-03-01T00:00:00%2B0000&end_time=2026-03-02T00:00:00%2B0000&offset=0&limit=1"), b"").await;
            assert!(r.status == 429 || r.status >= 500);
            conforms(&rds_spec, AUDIT_LIST, "get", &r);
        }
    }
}

#[test]
fn the_validator_catches_mistakes() {
    use serde_json::json;
    let s = spec("dds");
    let schema = json!({"$ref": "#/components/schemas/ListAuditlogsResponse"});
    let log = |size: Value| json!({"id": "a", "name": "b", "size": size, "start_time": "x", "end_time": "y"});
    let mut ok = Vec::new();
    check(
        &s,
        &schema,
        &json!({"audit_logs": [log(json!("12")), log(json!(12))], "total_record": 2}),
        "$",
        &mut ok,
    );
    assert!(ok.is_empty(), "{ok:?}");
    for bad in [
        json!({"audit_logs": []}),
        json!({"audit_logs": [log(json!("12x"))], "total_record": 1}),
        json!({"audit_logs": [log(json!(-1))], "total_record": 1}),
        json!({"audit_logs": [], "total_record": 1, "extra": 1}),
        json!({"audit_logs": [], "total_record": 1.5}),
        json!({"audit_logs": [], "total_record": 4_000_000_000u64}),
    ] {
        let mut errors = Vec::new();
        check(&s, &schema, &bad, "$", &mut errors);
        assert!(!errors.is_empty(), "{bad} passed");
    }
}
