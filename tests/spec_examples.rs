//! Every example in every spec goes through the generated types: it must deserialize, and
//! serialize back to the same JSON. Where an example carries `x-normalized`, the normalized
//! view of the crate (sizes in bytes, one list of files, typed times) must produce it.
//!
//! New examples are covered without new code; a new schema needs one line in `decoders()`,
//! and the test says so when it is missing.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use std::collections::BTreeMap;

use huaweicloud_workspace_tests::{services, spec_json};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

type Decoder = fn(&Value) -> Result<Decoded, String>;

/// What decoding an example gave: the value serialized back, and the normalized view if the
/// type has one.
struct Decoded {
    round_trip: Value,
    normalized: Option<Value>,
}

fn decode<T: DeserializeOwned + Serialize>(value: &Value) -> Result<Decoded, String> {
    let typed: T = serde_json::from_value(value.clone()).map_err(|e| e.to_string())?;
    let round_trip = serde_json::to_value(&typed).map_err(|e| e.to_string())?;
    Ok(Decoded {
        round_trip,
        normalized: None,
    })
}

fn decode_normalized<T, N, E>(
    value: &Value,
    view: fn(&T) -> Result<N, E>,
) -> Result<Decoded, String>
where
    T: DeserializeOwned + Serialize,
    N: Serialize,
    E: std::fmt::Display,
{
    let typed: T = serde_json::from_value(value.clone()).map_err(|e| e.to_string())?;
    let round_trip = serde_json::to_value(&typed).map_err(|e| e.to_string())?;
    let normalized = view(&typed).map_err(|e| format!("normalized view failed: {e}"))?;
    let normalized = serde_json::to_value(&normalized).map_err(|e| e.to_string())?;
    Ok(Decoded {
        round_trip,
        normalized: Some(normalized),
    })
}

macro_rules! decoders {
    ($types:path { $($name:ident),* $(,)? } normalized { $($nname:ident => $view:expr),* $(,)? }) => {{
        use $types as types;
        let mut map: BTreeMap<&'static str, Decoder> = BTreeMap::new();
        $( map.insert(stringify!($name), decode::<types::$name>); )*
        $( map.insert(stringify!($nname), |v| decode_normalized::<types::$nname, _, _>(v, $view)); )*
        map
    }};
}

/// Schema name -> decoder through the generated type, per service.
fn decoders(service: &str) -> BTreeMap<&'static str, Decoder> {
    match service {
        "dds" => decoders!(huaweicloud_dds::types {
            ProjectId, InstanceId, AuditTime, Offset, Limit, Language, AuditLogIds,
            ListAuditlogLinksRequest, ListAuditlogLinksResponse, AuditLog, AuditLogSize, ErrorResponse,
            ListInstancesResponse, ShowAuditlogPolicyResponse, DownloadSlowlogRequestBody,
            DownloadErrorlogRequestBody,
        } normalized {
            ListAuditlogsResponse => |r: &huaweicloud_dds::types::ListAuditlogsResponse| r.files(),
            DownloadSlowlogResponse => |r: &huaweicloud_dds::types::DownloadSlowlogResponse| {
                r.list.iter().map(huaweicloud_dds::types::DownloadSlowlogResult::to_log_file).collect::<Result<Vec<_>, _>>()
            },
            DownloadErrorlogResponse => |r: &huaweicloud_dds::types::DownloadErrorlogResponse| {
                r.list.iter().map(huaweicloud_dds::types::DownloadSlowlogResult::to_log_file).collect::<Result<Vec<_>, _>>()
            },
        }),
        "rds" => decoders!(huaweicloud_rds::types {
            ProjectId, InstanceId, AuditTime, Offset, Limit, Language, AuditLogIds,
            ShowAuditlogDownloadLinkRequest, ShowAuditlogDownloadLinkResponse, AuditLog, ErrorResponse,
            ListInstancesResponse, ShowAuditlogPolicyResponse, ListSlowLogFileResponse,
            SlowlogDownloadRequest,
        } normalized {
            ListAuditlogsResponse => |r: &huaweicloud_rds::types::ListAuditlogsResponse| r.files(),
            DownloadSlowlogResponse => |r: &huaweicloud_rds::types::DownloadSlowlogResponse| {
                r.list.iter().map(huaweicloud_rds::types::SlowlogDownloadInfo::to_log_file).collect::<Result<Vec<_>, _>>()
            },
            DownloadErrorlogResponse => |r: &huaweicloud_rds::types::DownloadErrorlogResponse| {
                r.list.iter().map(huaweicloud_rds::types::ErrorlogDownloadInfo::to_log_file).collect::<Result<Vec<_>, _>>()
            },
        }),
        "taurusdb" => decoders!(huaweicloud_taurusdb::types {
            ProjectId, InstanceId, UnixMillis, Offset, Limit, Language, DdlLogIds, DownloadDdlLogsRequest,
            DdlLog, LogTime, DownloadFileList, DownloadFilesObject, DownloadFileArray, DownloadFile,
            ExpireTime, ErrorResponse, NodeId, AuditTime, AuditLogIds, ShowAuditLogDownloadLinkRequest,
            ShowAuditLogDownloadLinkResponse, ShowAuditLogPolicyResponse, AuditLogDetail,
            DownloadSlowLogFileItem, ErrorLogDownload, ListGaussMySqlInstancesResponse,
            MysqlInstanceListInfo, ShowGaussMySqlInstanceInfoResponse, MysqlInstanceInfoDetail,
            MysqlInstanceNodeInfo,
        } normalized {
            ListDdlLogsResponse => |r: &huaweicloud_taurusdb::types::ListDdlLogsResponse| r.files(),
            DownloadDdlLogsResponse => |r: &huaweicloud_taurusdb::types::DownloadDdlLogsResponse| r.links(),
            ListAuditLogsResponse => |r: &huaweicloud_taurusdb::types::ListAuditLogsResponse| r.files(),
            DownloadSlowLogFileResponse => |r: &huaweicloud_taurusdb::types::DownloadSlowLogFileResponse| {
                r.list.iter().map(huaweicloud_taurusdb::types::DownloadSlowLogFileItem::to_log_file).collect::<Result<Vec<_>, _>>()
            },
            ShowErrorLogDownloadLinkResponse => |r: &huaweicloud_taurusdb::types::ShowErrorLogDownloadLinkResponse| {
                r.list.iter().map(huaweicloud_taurusdb::types::ErrorLogDownload::to_log_file).collect::<Result<Vec<_>, _>>()
            },
        }),
        "iam" => decoders!(huaweicloud_iam::types {
            KeystoneListProjectsResponse, CreateTemporaryAccessKeyByTokenRequestBody,
            CreateTemporaryAccessKeyByTokenResponse, ErrorResponse,
        } normalized {}),
        other => panic!(
            "no decoders for service {other}: add it to decoders() in tests/spec_examples.rs"
        ),
    }
}

/// One example found in a spec.
struct Example {
    /// JSON pointer of the example, for messages.
    at: String,
    /// The schema it must satisfy: a component name, or an inline schema.
    schema: Value,
    value: Value,
    normalized: Option<Value>,
}

/// Every example of a spec: on parameters and media types (`example`, `examples.*.value`),
/// and on component schemas (`example`).
fn examples(spec: &Value) -> Vec<Example> {
    let mut found = Vec::new();
    walk(spec, String::new(), &mut found);
    if let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, schema) in schemas {
            if let Some(example) = schema.get("example") {
                found.push(Example {
                    at: format!("/components/schemas/{name}/example"),
                    schema: serde_json::json!({ "$ref": format!("#/components/schemas/{name}") }),
                    value: example.clone(),
                    normalized: None,
                });
            }
        }
    }
    found
}

fn walk(node: &Value, at: String, found: &mut Vec<Example>) {
    match node {
        Value::Object(map) => {
            if let Some(schema) = map.get("schema") {
                if let Some(example) = map.get("example") {
                    found.push(Example {
                        at: format!("{at}/example"),
                        schema: schema.clone(),
                        value: example.clone(),
                        normalized: None,
                    });
                }
                if let Some(named) = map.get("examples").and_then(Value::as_object) {
                    for (name, example) in named {
                        let value = example
                            .get("value")
                            .unwrap_or_else(|| panic!("{at}/examples/{name} has no value"));
                        found.push(Example {
                            at: format!("{at}/examples/{name}"),
                            schema: schema.clone(),
                            value: value.clone(),
                            normalized: example.get("x-normalized").cloned(),
                        });
                    }
                }
            }
            for (key, child) in map {
                if key != "examples" && key != "example" {
                    walk(
                        child,
                        format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                        found,
                    );
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(child, format!("{at}/{i}"), found);
            }
        }
        _ => {}
    }
}

/// An inline (unnamed) schema has no generated type of its own: check the JSON type.
fn check_inline(schema: &Value, value: &Value) -> Result<(), String> {
    let ok = match schema.get("type").and_then(Value::as_str) {
        Some("string") => value.is_string(),
        Some("integer") => value.is_i64() || value.is_u64(),
        Some("number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        Some("array") => value.is_array(),
        Some("object") => value.is_object(),
        _ => true,
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{value} does not match inline schema {schema}"))
    }
}

/// JSON equality where numbers compare by value (a size of `1024` sent for a float field comes
/// back as `1024.0`, which is the same number) and a `null` member is an absent one.
fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y))
        }
        // A `null` member and an absent one are the same `None`.
        (Value::Object(x), Value::Object(y)) => {
            let present =
                |m: &serde_json::Map<String, Value>| m.values().filter(|v| !v.is_null()).count();
            present(x) == present(y)
                && x.iter()
                    .filter(|(_, v)| !v.is_null())
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// `actual` has every key of `expected` with the same value, element by element.
fn normalized_matches(expected: &Value, actual: &Value) -> Result<(), String> {
    match (expected, actual) {
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return Err(format!(
                    "{} items expected, {} produced: {actual}",
                    e.len(),
                    a.len()
                ));
            }
            e.iter().zip(a).enumerate().try_for_each(|(i, (e, a))| {
                normalized_matches(e, a).map_err(|m| format!("item {i}: {m}"))
            })
        }
        (Value::Object(e), Value::Object(a)) => e.iter().try_for_each(|(k, v)| match a.get(k) {
            Some(got) if got == v => Ok(()),
            Some(got) => Err(format!("`{k}`: expected {v}, got {got}")),
            None => Err(format!("`{k}` missing from {actual}")),
        }),
        (e, a) if e == a => Ok(()),
        (e, a) => Err(format!("expected {e}, got {a}")),
    }
}

#[test]
fn every_spec_example_round_trips_through_the_generated_types() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for service in services() {
        let spec = spec_json(&service);
        let decoders = decoders(&service);
        let all = examples(&spec);
        assert!(!all.is_empty(), "specs/{service}.yaml has no examples");
        for example in all {
            let place = format!("specs/{service}.yaml#{}", example.at);
            let Some(reference) = example.schema.get("$ref").and_then(Value::as_str) else {
                if let Err(e) = check_inline(&example.schema, &example.value) {
                    failures.push(format!("{place}: {e}"));
                }
                checked += 1;
                continue;
            };
            let name = reference.trim_start_matches("#/components/schemas/");
            let Some(decoder) = decoders.get(name) else {
                failures.push(format!(
                    "{place}: no decoder for schema {name}: add it to decoders() in tests/spec_examples.rs"
                ));
                continue;
            };
            checked += 1;
            match decoder(&example.value) {
                Err(e) => failures.push(format!("{place}: does not deserialize as {name}: {e}")),
                Ok(decoded) => {
                    if !same_json(&decoded.round_trip, &example.value) {
                        failures.push(format!(
                            "{place}: {name} does not round-trip:\n  sent {}\n  back {}",
                            example.value, decoded.round_trip
                        ));
                    }
                    match (&example.normalized, &decoded.normalized) {
                        (Some(expected), Some(actual)) => {
                            if let Err(e) = normalized_matches(expected, actual) {
                                failures.push(format!("{place}: normalized view differs from x-normalized: {e}"));
                            }
                        }
                        (None, Some(_)) if example.at.contains("/examples/") => failures.push(format!(
                            "{place}: {name} has a normalized view; give the example an x-normalized"
                        )),
                        (Some(_), None) => {
                            failures.push(format!("{place}: x-normalized given, but {name} has no normalized view"))
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of the spec examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        checked >= 30,
        "only {checked} examples found; the walker is missing some"
    );
}

#[test]
fn bad_examples_are_caught() {
    // The checks above must be able to fail: a size that is neither a number nor digits, a
    // TaurusDB answer in none of the three shapes, and 51 link ids.
    let dds = decoders("dds");
    let bad_size = serde_json::json!({"id": "a", "name": "n", "size": "12kb", "start_time": "x", "end_time": "y"});
    assert!(dds["AuditLog"](&bad_size).is_err());
    let ids: Vec<String> = (0..51).map(|i| format!("id-{i}")).collect();
    assert!(dds["ListAuditlogLinksRequest"](&serde_json::json!({ "ids": ids })).is_err());
    let taurus = decoders("taurusdb");
    assert!(taurus["DownloadDdlLogsResponse"](&serde_json::json!({"files": []})).is_err());
    let negative =
        serde_json::json!({"ddl_logs": [{"id": "a", "file_name": "f", "file_size": -1}]});
    assert!(taurus["ListDdlLogsResponse"](&negative).is_err());
    assert!(
        normalized_matches(
            &serde_json::json!([{"size_bytes": 1}]),
            &serde_json::json!([{"size_bytes": 2}])
        )
        .is_err()
    );
}
