//! IAM (`GET /v3/projects`, `POST /v3.0/OS-CREDENTIAL/securitytokens`), the ECS metadata
//! service (`PUT /meta-data/latest/api/token`, `GET /openstack/latest/securitykey`), and the
//! temporary credentials both issue, on every API route until they expire.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use common::{Resp, call, q_time, send_headers, send_raw, with_token};
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use huaweicloud_emulator::{
    Clock, Config, Emulator, MetadataConfig, MetadataFault, MetadataTokenMode, Project, start,
};
use serde_json::{Value, json};

fn fixed_now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-01T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

async fn emulator_with(config: Config) -> Emulator {
    start(Config {
        clock: Clock::fixed(fixed_now()),
        logs_per_instance: 3,
        ..config
    })
    .await
    .unwrap()
}

async fn emulator() -> Emulator {
    emulator_with(Config::default()).await
}

async fn metadata_emulator(metadata: MetadataConfig) -> Emulator {
    emulator_with(Config {
        metadata,
        ..Config::default()
    })
    .await
}

/// A pair of credentials to sign with: an AK/SK and, for temporary ones, the security token.
#[derive(Debug, Clone)]
struct Pair {
    ak: String,
    sk: String,
    token: Option<String>,
}

impl Pair {
    fn permanent(emu: &Emulator) -> Self {
        let c = emu.credentials();
        Self {
            ak: c.ak,
            sk: c.sk,
            token: None,
        }
    }

    /// From a `{"credential": {...}}` answer.
    fn from_answer(v: &Value) -> Self {
        let c = &v["credential"];
        Self {
            ak: c["access"].as_str().unwrap().to_owned(),
            sk: c["secret"].as_str().unwrap().to_owned(),
            token: Some(c["securitytoken"].as_str().unwrap().to_owned()),
        }
    }
}

/// The headers of a request signed by `pair` at the emulator's time, as the official SDK signs
/// (the security token is set before signing, so it is signed), with no `X-Project-Id`.
fn sign_as(emu: &Emulator, method: &str, pq: &str, body: &[u8], pair: &Pair) -> HeaderMap {
    let url = url::Url::parse(&format!("{}{pq}", emu.base_url())).unwrap();
    let mut headers = HeaderMap::new();
    headers.insert(
        http::header::CONTENT_TYPE,
        HeaderValue::from_static("application/json;charset=UTF-8"),
    );
    if let Some(token) = &pair.token {
        headers.insert(
            HeaderName::from_static("x-security-token"),
            HeaderValue::from_str(token).unwrap(),
        );
    }
    let method: Method = method.parse().unwrap();
    huaweicloud_core::signing::sign(
        &method,
        &url,
        &mut headers,
        body,
        &pair.ak,
        &pair.sk,
        emu.clock().now(),
    )
    .unwrap();
    headers
}

async fn signed_as(emu: &Emulator, method: &str, pq: &str, body: &[u8], pair: &Pair) -> Resp {
    let headers = sign_as(emu, method, pq, body, pair);
    send_headers(emu, method, pq, &headers, body).await
}

/// A DDS list call of the last week.
fn dds_list(emu: &Emulator) -> String {
    let now = emu.clock().now();
    format!(
        "/v3/{}/instances/{}/auditlog?start_time={}&end_time={}",
        emu.credentials().project_id,
        emu.instances().dds[0].id,
        q_time(now - TimeDelta::days(7)),
        q_time(now)
    )
}

fn security_token_body(duration: Value) -> Vec<u8> {
    json!({"auth": {"identity": {"methods": ["token"], "token": {"duration_seconds": duration}}}})
        .to_string()
        .into_bytes()
}

/// `POST /v3.0/OS-CREDENTIAL/securitytokens` with the emulator's token in `X-Auth-Token`.
async fn create_temporary(emu: &Emulator, body: &[u8]) -> Resp {
    let token = emu.credentials().token;
    call(
        emu,
        "POST",
        SECURITY_TOKENS,
        &[
            ("Content-Type", "application/json;charset=UTF-8"),
            ("X-Auth-Token", &token),
        ],
        body,
    )
    .await
}

const SECURITY_TOKENS: &str = "/v3.0/OS-CREDENTIAL/securitytokens";
const TOKEN_PATH: &str = "/meta-data/latest/api/token";
const SECURITY_KEY_PATH: &str = "/openstack/latest/securitykey";

/// Asserts IAM's Keystone error: `{"error": {"code", "message", "title"}}`; gives the message.
fn keystone_error(r: &Resp, status: u16, title: &str) -> String {
    r.expect(status);
    let v = r.json();
    assert_eq!(v["error"]["code"], status, "{v}");
    assert_eq!(v["error"]["title"], title, "{v}");
    assert!(r.header("x-iam-trace-id").is_some());
    v["error"]["message"].as_str().unwrap().to_owned()
}

/// What `StsAccessor._process_credential` of the official Python SDK (huaweicloudsdkcore
/// 3.1.219) reads: `credential` (or `credentials`), then `access`, `secret`, `securitytoken`
/// and `expires_at`, parsed with `time.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ")` (where `%f` takes 1
/// to 6 digits and nothing may follow the `Z`).
fn python_process_credential(body: &[u8]) -> (String, String, String, DateTime<Utc>) {
    let map: Value = serde_json::from_slice(body).expect("json.loads");
    let map = map
        .get("credential")
        .or_else(|| map.get("credentials"))
        .unwrap_or(&map);
    let text = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| {
                map.get(*k)
                    .and_then(Value::as_str)
                    .filter(|s| !s.is_empty())
            })
            .unwrap_or_else(|| panic!("none of {keys:?} in {map}"))
            .to_owned()
    };
    let access = text(&["access", "accessKeyId", "access_key_id"]);
    let secret = text(&["secret", "secretAccessKey", "secret_access_key"]);
    let token = text(&["securitytoken", "securityToken", "security_token"]);
    let expires = text(&["expires_at", "expiration"]);
    let b = expires.as_bytes();
    let fraction = b.get(20..b.len().saturating_sub(1)).unwrap_or_default();
    let shape = b.len() >= 22
        && b.get(19) == Some(&b'.')
        && b.last() == Some(&b'Z')
        && (1..=6).contains(&fraction.len())
        && fraction.iter().all(u8::is_ascii_digit);
    assert!(shape, "strptime would refuse {expires:?}");
    let at = NaiveDateTime::parse_from_str(&expires, "%Y-%m-%dT%H:%M:%S%.fZ")
        .unwrap_or_else(|e| panic!("strptime would refuse {expires:?}: {e}"))
        .and_utc();
    (access, secret, token, at)
}

#[tokio::test]
async fn list_projects_by_name_with_every_kind_of_credentials() {
    let emu = emulator().await;
    let base = emu.base_url().to_owned();
    let project = emu.credentials().project_id;
    let expected = json!({
        "links": {"self": format!("{base}/v3/projects"), "previous": null, "next": null},
        "projects": [{
            "id": project,
            "name": "cn-north-4",
            "domain_id": huaweicloud_emulator::DEFAULT_DOMAIN_ID,
            "description": "",
            "enabled": true,
            "parent_id": huaweicloud_emulator::DEFAULT_DOMAIN_ID,
            "is_domain": false,
            "links": {"self": format!("{base}/v3/projects/{project}")},
        }],
    });

    // AK/SK, with no X-Project-Id and no project in the path, as the official SDK asks.
    let pq = "/v3/projects?name=cn-north-4";
    let r = signed_as(&emu, "GET", pq, b"", &Pair::permanent(&emu)).await;
    r.expect(200);
    assert_eq!(r.json(), expected);
    let trace = r.header("x-iam-trace-id").expect("X-IAM-Trace-Id");
    assert!(!trace.is_empty());
    assert_eq!(r.header("date"), Some("Tue, 01 Dec 2026 12:00:00 GMT"));
    assert!(
        r.header("content-type")
            .unwrap()
            .starts_with("application/json")
    );

    // X-Auth-Token; no name lists every project; the other filters are taken and ignored.
    let r = with_token(&emu, "GET", "/v3/projects", b"").await;
    r.expect(200);
    assert_eq!(r.json(), expected);
    let pq = "/v3/projects?domain_id=x&enabled=true&is_domain=false&page=1&per_page=10&parent_id=y&name=cn-north-4";
    assert_eq!(with_token(&emu, "GET", pq, b"").await.json(), expected);

    // Another name: no project.
    let r = with_token(&emu, "GET", "/v3/projects?name=cn-east-3", b"").await;
    r.expect(200);
    assert_eq!(r.json()["projects"], json!([]));

    // Authenticated like the other API calls.
    let r = call(&emu, "GET", "/v3/projects?name=cn-north-4", &[], b"").await;
    let msg = r.expect_error(401, "APIGW.0301");
    assert!(msg.contains("neither"), "{msg}");
    let wrong = Pair {
        sk: "not-the-secret".to_owned(),
        ..Pair::permanent(&emu)
    };
    let r = signed_as(&emu, "GET", "/v3/projects?name=cn-north-4", b"", &wrong).await;
    let msg = r.expect_error(401, "APIGW.0301");
    assert!(msg.contains("signature does not match"), "{msg}");
    let r = call(
        &emu,
        "GET",
        "/v3/projects",
        &[("X-Auth-Token", "nope")],
        b"",
    )
    .await;
    r.expect_error(401, "APIGW.0301");

    // Other methods and paths are the gateway's unknown routes.
    for (method, pq) in [
        ("POST", "/v3/projects"),
        ("HEAD", "/v3/projects"),
        ("GET", "/v3/projects/"),
        ("GET", SECURITY_TOKENS),
    ] {
        let r = with_token(&emu, method, pq, b"").await;
        if method == "HEAD" {
            r.expect(404);
        } else {
            r.expect_error(404, "APIGW.0101");
        }
    }

    let stats = emu.stats();
    let op = &stats.operations["iam.keystone_list_projects"];
    assert_eq!(op.requests, 4);
    assert_eq!(op.statuses[&200], 4);
    assert_eq!(stats.operations["unauthenticated"].requests, 3);
    assert_eq!(stats.operations["unknown_route"].requests, 4);
}

#[tokio::test]
async fn extra_projects_make_a_region_with_two_projects() {
    let second = "00112233445566778899aabbccddeeff";
    let east = "fedcba9876543210fedcba9876543210";
    let emu = emulator_with(Config {
        region: "ap-southeast-1".to_owned(),
        domain_id: "abc123".to_owned(),
        extra_projects: vec![
            Project {
                name: "ap-southeast-1".to_owned(),
                id: second.to_owned(),
            },
            Project {
                name: "cn-east-3".to_owned(),
                id: east.to_owned(),
            },
        ],
        ..Config::default()
    })
    .await;
    let ids = |r: &Resp| -> Vec<String> {
        r.expect(200);
        r.json()["projects"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let project = emu.credentials().project_id;
    let two = with_token(&emu, "GET", "/v3/projects?name=ap-southeast-1", b"").await;
    assert_eq!(ids(&two), [project.as_str(), second]);
    assert_eq!(two.json()["projects"][1]["domain_id"], "abc123");
    let one = with_token(&emu, "GET", "/v3/projects?name=cn-east-3", b"").await;
    assert_eq!(ids(&one), [east]);
    let none = with_token(&emu, "GET", "/v3/projects?name=cn-north-4", b"").await;
    assert!(ids(&none).is_empty());
    let all = with_token(&emu, "GET", "/v3/projects", b"").await;
    assert_eq!(ids(&all).len(), 3);
    assert_eq!(emu.startup_info().region, "ap-southeast-1");

    // The API paths still take only the emulator's project.
    let pq = dds_list(&emu).replace(&project, second);
    with_token(&emu, "GET", &pq, b"")
        .await
        .expect_error(403, "DBS.200006");

    // Invalid extra projects are refused.
    let bad = start(Config {
        extra_projects: vec![Project {
            name: "cn-east-3".to_owned(),
            id: "short".to_owned(),
        }],
        ..Config::default()
    })
    .await;
    assert!(bad.is_err());
}

#[tokio::test]
async fn security_tokens_are_issued_for_a_token_or_a_signature() {
    let emu = emulator().await;
    let now = fixed_now();

    // X-Auth-Token, default lifetime (900 s).
    let body = br#"{"auth":{"identity":{"methods":["token"],"token":{}}}}"#;
    let r = create_temporary(&emu, body).await;
    r.expect(201);
    assert!(r.header("x-iam-trace-id").is_some());
    let v = r.json();
    let c = &v["credential"];
    assert_eq!(c.as_object().unwrap().len(), 4, "{v}");
    let access = c["access"].as_str().unwrap();
    assert_eq!(access.len(), 20);
    assert!(
        access
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    );
    assert_eq!(c["secret"].as_str().unwrap().len(), 40);
    assert!(c["securitytoken"].as_str().unwrap().starts_with("gQ"));
    assert_eq!(c["expires_at"], "2026-12-01T12:15:00.000000Z");
    assert_ne!(access, emu.credentials().ak);

    // The longest lifetime, and the body as the official SDK sends it (with the token's id).
    let token = emu.credentials().token;
    let sdk_body = json!({"auth": {"identity": {"methods": ["token"],
        "token": {"id": token, "duration_seconds": 86400}}}})
    .to_string();
    let r = create_temporary(&emu, sdk_body.as_bytes()).await;
    r.expect(201);
    assert_eq!(
        r.json()["credential"]["expires_at"],
        "2026-12-02T12:00:00.000000Z"
    );
    // No body token and no methods' token object: the default.
    let r = create_temporary(&emu, br#"{"auth":{"identity":{"methods":["token"]}}}"#).await;
    r.expect(201);

    // The token in the body alone (the official SDK's federated login sends no header).
    let r = call(
        &emu,
        "POST",
        SECURITY_TOKENS,
        &[("Content-Type", "application/json;charset=UTF-8")],
        sdk_body.as_bytes(),
    )
    .await;
    r.expect(201);

    // AK/SK.
    let body = security_token_body(json!(3600));
    let r = signed_as(&emu, "POST", SECURITY_TOKENS, &body, &Pair::permanent(&emu)).await;
    r.expect(201);
    let (_, _, _, expires) = python_process_credential(&r.body);
    assert_eq!(expires, now + TimeDelta::hours(1));

    // Every answer a new pair.
    let a = create_temporary(&emu, &security_token_body(json!(900))).await;
    let b = create_temporary(&emu, &security_token_body(json!(900))).await;
    assert_ne!(
        a.json()["credential"]["access"],
        b.json()["credential"]["access"]
    );
    assert_ne!(
        a.json()["credential"]["secret"],
        b.json()["credential"]["secret"]
    );

    let stats = emu.stats();
    let op = &stats.operations["iam.create_temporary_access_key_by_token"];
    assert_eq!(op.requests, 7);
    assert_eq!(op.statuses[&201], 7);
}

#[tokio::test]
async fn security_tokens_refuse_bad_bodies_and_bad_credentials_in_keystone_shape() {
    let emu = emulator().await;
    for (body, why) in [
        (security_token_body(json!(899)), "duration_seconds"),
        (security_token_body(json!(86401)), "duration_seconds"),
        (security_token_body(json!(0)), "duration_seconds"),
        (security_token_body(json!(-900)), "duration_seconds"),
        (security_token_body(json!("900")), "duration_seconds"),
        (security_token_body(json!(900.5)), "duration_seconds"),
        (
            br#"{"auth":{"identity":{"methods":["password"],"token":{}}}}"#.to_vec(),
            "methods",
        ),
        (
            br#"{"auth":{"identity":{"methods":["token","password"]}}}"#.to_vec(),
            "methods",
        ),
        (
            br#"{"auth":{"identity":{"methods":[]}}}"#.to_vec(),
            "methods",
        ),
        (br#"{"auth":{"identity":{"token":{}}}}"#.to_vec(), "methods"),
        (br#"{"auth":{}}"#.to_vec(), "identity"),
        (br#"{}"#.to_vec(), "identity"),
        (br#"[1]"#.to_vec(), "identity"),
        (
            br#"{"auth":{"identity":{"methods":["token"],"token":"x"}}}"#.to_vec(),
            "token",
        ),
        (
            br#"{"auth":{"identity":{"methods":["token"],"token":{"id":7}}}}"#.to_vec(),
            "token.id",
        ),
        (b"{not json".to_vec(), "JSON"),
        (b"".to_vec(), "JSON"),
    ] {
        let r = create_temporary(&emu, &body).await;
        let msg = keystone_error(&r, 400, "Bad Request");
        assert!(
            msg.contains(why),
            "{}: {msg}",
            String::from_utf8_lossy(&body)
        );
    }

    // Bad credentials: 401 in the same shape.
    let body = security_token_body(json!(900));
    let r = call(&emu, "POST", SECURITY_TOKENS, &[], &body).await;
    keystone_error(&r, 401, "Unauthorized");
    let r = call(
        &emu,
        "POST",
        SECURITY_TOKENS,
        &[("X-Auth-Token", "nope")],
        &body,
    )
    .await;
    keystone_error(&r, 401, "Unauthorized");
    let wrong = Pair {
        sk: "not-the-secret".to_owned(),
        ..Pair::permanent(&emu)
    };
    let r = signed_as(&emu, "POST", SECURITY_TOKENS, &body, &wrong).await;
    let msg = keystone_error(&r, 401, "Unauthorized");
    assert!(msg.contains("signature does not match"), "{msg}");
    // A good header with a bad token in the body.
    let bad_id = json!({"auth": {"identity": {"methods": ["token"],
        "token": {"id": "not-the-token"}}}})
    .to_string();
    let r = create_temporary(&emu, bad_id.as_bytes()).await;
    let msg = keystone_error(&r, 401, "Unauthorized");
    assert!(msg.contains("body"), "{msg}");
    // Garbage with no credentials is refused for its credentials first.
    let r = call(&emu, "POST", SECURITY_TOKENS, &[], b"{not json").await;
    keystone_error(&r, 401, "Unauthorized");

    let stats = emu.stats();
    assert_eq!(stats.operations["unauthenticated"].requests, 5);
    assert_eq!(
        stats.operations["iam.create_temporary_access_key_by_token"].statuses[&400],
        17
    );
}

#[tokio::test]
async fn temporary_credentials_sign_every_api_route_until_they_expire() {
    let emu = emulator().await;
    let r = create_temporary(&emu, &security_token_body(json!(900))).await;
    let temp = Pair::from_answer(&r.json());

    // DDS, RDS, TaurusDB and IAM all take the temporary pair with its signed security token.
    let list = dds_list(&emu);
    signed_as(&emu, "GET", &list, b"", &temp).await.expect(200);
    let now = emu.clock().now();
    let project = emu.credentials().project_id;
    let rds = format!(
        "/v3/{project}/instances/{}/auditlog?start_time={}&end_time={}&offset=0&limit=10",
        emu.instances().rds[0].id,
        q_time(now - TimeDelta::days(7)),
        q_time(now)
    );
    signed_as(&emu, "GET", &rds, b"", &temp).await.expect(200);
    let t = &emu.instances().taurusdb[0];
    let ddl = format!(
        "/v3/{project}/instances/{}/ddl-log?node_id={}&start_time={}&end_time={}",
        t.id,
        t.nodes.as_ref().unwrap()[0],
        q_time(now - TimeDelta::days(7)),
        q_time(now)
    );
    signed_as(&emu, "GET", &ddl, b"", &temp).await.expect(200);
    let projects = "/v3/projects?name=cn-north-4";
    signed_as(&emu, "GET", projects, b"", &temp)
        .await
        .expect(200);

    // Without its security token, or with another one: refused.
    let bare = Pair {
        token: None,
        ..temp.clone()
    };
    let msg = signed_as(&emu, "GET", &list, b"", &bare)
        .await
        .expect_error(401, "APIGW.0301");
    assert!(msg.contains("X-Security-Token"), "{msg}");
    let other = Pair::from_answer(
        &create_temporary(&emu, &security_token_body(json!(900)))
            .await
            .json(),
    );
    let mixed = Pair {
        token: other.token.clone(),
        ..temp.clone()
    };
    let msg = signed_as(&emu, "GET", &list, b"", &mixed)
        .await
        .expect_error(401, "APIGW.0301");
    assert!(msg.contains("X-Security-Token"), "{msg}");
    // The token must be signed: added after signing, it is refused.
    let mut headers = sign_as(&emu, "GET", &list, b"", &bare);
    headers.insert(
        HeaderName::from_static("x-security-token"),
        HeaderValue::from_str(temp.token.as_deref().unwrap()).unwrap(),
    );
    let msg = send_headers(&emu, "GET", &list, &headers, b"")
        .await
        .expect_error(401, "APIGW.0301");
    assert!(msg.contains("x-security-token"), "{msg}");
    // A permanent pair keeps working.
    signed_as(&emu, "GET", &list, b"", &Pair::permanent(&emu))
        .await
        .expect(200);

    // One second before expiry, still good; at expiry, refused as expired.
    emu.clock().advance(Duration::from_secs(899));
    signed_as(&emu, "GET", &list, b"", &temp).await.expect(200);
    emu.clock().advance(Duration::from_secs(1));
    for pq in [list.as_str(), projects] {
        let r = signed_as(&emu, "GET", pq, b"", &temp).await;
        let msg = r.expect_error(401, "APIGW.0301");
        assert!(msg.contains("security token has expired"), "{msg}");
    }
    let r = signed_as(
        &emu,
        "POST",
        SECURITY_TOKENS,
        &security_token_body(json!(900)),
        &temp,
    )
    .await;
    let msg = keystone_error(&r, 401, "Unauthorized");
    assert!(msg.contains("security token has expired"), "{msg}");
    signed_as(&emu, "GET", &list, b"", &Pair::permanent(&emu))
        .await
        .expect(200);

    // Issued in-process the same way.
    let issued = emu.issue_temporary_credentials(Duration::from_secs(60));
    assert_eq!(
        issued.expires_at,
        emu.clock().now() + TimeDelta::seconds(60)
    );
    let debug = format!("{issued:?}");
    assert!(!debug.contains(&issued.secret) && !debug.contains(&issued.security_token));
    let pair = Pair {
        ak: issued.access.clone(),
        sk: issued.secret.clone(),
        token: Some(issued.security_token.clone()),
    };
    signed_as(&emu, "GET", &list, b"", &pair).await.expect(200);
    // Secrets stay out of the startup line.
    let line = serde_json::to_string(&emu.startup_info()).unwrap();
    assert!(!line.contains(&issued.secret) && !line.contains(&temp.sk));
}

async fn put_token(emu: &Emulator, ttl: &str) -> Resp {
    call(
        emu,
        "PUT",
        TOKEN_PATH,
        &[("X-Metadata-Token-Ttl-Seconds", ttl)],
        b"",
    )
    .await
}

async fn security_key(emu: &Emulator, token: Option<&str>) -> Resp {
    let headers: Vec<(&str, &str)> = token
        .map(|t| vec![("X-Metadata-Token", t)])
        .unwrap_or_default();
    call(emu, "GET", SECURITY_KEY_PATH, &headers, b"").await
}

fn text(r: &Resp) -> String {
    String::from_utf8_lossy(&r.body).into_owned()
}

#[tokio::test]
async fn metadata_tokens_and_security_key_with_optional_tokens() {
    let emu = metadata_emulator(MetadataConfig::default()).await;
    let r = put_token(&emu, "60").await;
    r.expect(200);
    let token = text(&r);
    assert!(token.len() >= 32, "{token}");
    assert!(r.header("content-type").unwrap().starts_with("text/plain"));
    assert_ne!(text(&put_token(&emu, "21600").await), token);

    // With the token, or without (optional): the same credentials.
    let with = security_key(&emu, Some(&token)).await;
    with.expect(200);
    assert!(
        with.header("content-type")
            .unwrap()
            .starts_with("application/json")
    );
    let without = security_key(&emu, None).await;
    without.expect(200);
    assert_eq!(with.json(), without.json());
    let (access, _, _, expires) = python_process_credential(&with.body);
    assert_eq!(expires, fixed_now() + TimeDelta::hours(1));
    assert_eq!(
        with.json()["credential"]["expires_at"],
        "2026-12-01T13:00:00.000000Z"
    );
    assert_ne!(access, emu.credentials().ak);
    // They sign API calls.
    let pair = Pair::from_answer(&with.json());
    signed_as(&emu, "GET", &dds_list(&emu), b"", &pair)
        .await
        .expect(200);

    // A token that is sent must be valid.
    let r = security_key(&emu, Some("not-a-token")).await;
    r.expect(401);
    assert!(!text(&r).contains("Cloud Service Agency"), "{}", text(&r));
    emu.clock().advance(Duration::from_secs(60));
    security_key(&emu, Some(&token)).await.expect(401);
    security_key(&emu, None).await.expect(200);

    // Lifetimes out of 1..=21600, or none: 400.
    for ttl in ["0", "21601", "-1", "abc", "1.5", ""] {
        let r = put_token(&emu, ttl).await;
        r.expect(400);
        assert!(text(&r).contains("X-Metadata-Token-Ttl-Seconds"), "{ttl}");
    }
    call(&emu, "PUT", TOKEN_PATH, &[], b"").await.expect(400);
    put_token(&emu, "1").await.expect(200);

    // Other methods: 405, counted as unknown routes.
    for (method, pq) in [
        ("GET", TOKEN_PATH),
        ("POST", TOKEN_PATH),
        ("PUT", SECURITY_KEY_PATH),
        ("HEAD", SECURITY_KEY_PATH),
    ] {
        let r = call(&emu, method, pq, &[], b"").await;
        r.expect(405);
        assert!(r.header("allow").is_some());
    }

    let stats = emu.stats();
    assert_eq!(stats.operations["metadata.token"].requests, 10);
    assert_eq!(stats.operations["metadata.token"].statuses[&200], 3);
    assert_eq!(stats.operations["metadata.token"].statuses[&400], 7);
    assert_eq!(stats.operations["metadata.securitykey"].requests, 5);
    assert_eq!(stats.operations["metadata.securitykey"].statuses[&401], 2);
    assert_eq!(stats.operations["unknown_route"].requests, 4);
}

#[tokio::test]
async fn metadata_token_modes() {
    let required = metadata_emulator(MetadataConfig {
        token: MetadataTokenMode::Required,
        ..MetadataConfig::default()
    })
    .await;
    let r = security_key(&required, None).await;
    r.expect(401);
    assert!(!text(&r).contains("Cloud Service Agency"));
    security_key(&required, Some("made-up")).await.expect(401);
    let token = text(&put_token(&required, "21600").await);
    security_key(&required, Some(&token)).await.expect(200);

    let unsupported = metadata_emulator(MetadataConfig {
        token: MetadataTokenMode::Unsupported,
        ..MetadataConfig::default()
    })
    .await;
    put_token(&unsupported, "21600").await.expect(404);
    security_key(&unsupported, None).await.expect(200);
    security_key(&unsupported, Some("ignored"))
        .await
        .expect(200);
}

#[tokio::test]
async fn metadata_without_an_agency() {
    for mode in [MetadataTokenMode::Optional, MetadataTokenMode::Required] {
        let emu = metadata_emulator(MetadataConfig {
            token: mode,
            agency: false,
            ..MetadataConfig::default()
        })
        .await;
        let token = text(&put_token(&emu, "21600").await);
        let r = security_key(&emu, Some(&token)).await;
        r.expect(401);
        assert!(
            text(&r).contains("Please configure Cloud Service Agency first"),
            "{}",
            text(&r)
        );
    }
}

#[tokio::test]
async fn metadata_faults() {
    let emu = metadata_emulator(MetadataConfig {
        fault: Some(MetadataFault::Down),
        ..MetadataConfig::default()
    })
    .await;
    put_token(&emu, "60").await.expect(503);
    security_key(&emu, None).await.expect(503);

    // Changed while it runs.
    emu.set_metadata_fault(Some(MetadataFault::Malformed));
    let r = security_key(&emu, None).await;
    r.expect(200);
    assert!(
        serde_json::from_slice::<Value>(&r.body).is_err(),
        "{}",
        text(&r)
    );
    assert!(text(&r).starts_with("{\"credential\""));

    emu.set_metadata_fault(Some(MetadataFault::Expired));
    let r = security_key(&emu, None).await;
    r.expect(200);
    let (_, _, _, expires) = python_process_credential(&r.body);
    assert!(expires < emu.clock().now(), "{expires}");
    let stale = Pair::from_answer(&r.json());
    let msg = signed_as(&emu, "GET", &dds_list(&emu), b"", &stale)
        .await
        .expect_error(401, "APIGW.0301");
    assert!(msg.contains("security token has expired"), "{msg}");

    emu.set_metadata_fault(None);
    let fresh = Pair::from_answer(&security_key(&emu, None).await.json());
    signed_as(&emu, "GET", &dds_list(&emu), b"", &fresh)
        .await
        .expect(200);
    let stats = emu.stats();
    assert_eq!(stats.operations["metadata.token"].statuses[&503], 1);
    assert_eq!(stats.operations["metadata.securitykey"].statuses[&503], 1);
    assert_eq!(stats.operations["metadata.securitykey"].statuses[&200], 3);
}

#[tokio::test]
async fn metadata_credentials_rotate_fifteen_minutes_before_they_expire() {
    let emu = metadata_emulator(MetadataConfig::default()).await;
    let first = security_key(&emu, None).await.json();
    let first_pair = Pair::from_answer(&first);
    emu.clock().advance(Duration::from_secs(44 * 60 + 59));
    assert_eq!(security_key(&emu, None).await.json(), first);
    emu.clock().advance(Duration::from_secs(1));
    let second = security_key(&emu, None).await.json();
    assert_ne!(
        second["credential"]["access"],
        first["credential"]["access"]
    );
    assert_eq!(
        second["credential"]["expires_at"],
        "2026-12-01T13:45:00.000000Z"
    );
    assert_eq!(security_key(&emu, None).await.json(), second);
    // The first still signs until it expires, then only the second does.
    let list = dds_list(&emu);
    signed_as(&emu, "GET", &list, b"", &first_pair)
        .await
        .expect(200);
    emu.clock().advance(Duration::from_secs(15 * 60));
    signed_as(&emu, "GET", &list, b"", &first_pair)
        .await
        .expect_error(401, "APIGW.0301");
    signed_as(&emu, "GET", &list, b"", &Pair::from_answer(&second))
        .await
        .expect(200);

    // A lifetime of 15 minutes or less: new credentials every time.
    let short = metadata_emulator(MetadataConfig {
        credential_ttl: Duration::from_secs(600),
        ..MetadataConfig::default()
    })
    .await;
    let a = security_key(&short, None).await.json();
    let b = security_key(&short, None).await.json();
    assert_ne!(a["credential"]["access"], b["credential"]["access"]);
    assert_eq!(a["credential"]["expires_at"], "2026-12-01T12:10:00.000000Z");
}

/// A client whose HTTP proxy is the emulator (`http_proxy=http://127.0.0.1:PORT`) sends the
/// metadata address in absolute form; the router matches the path.
#[tokio::test]
async fn absolute_form_requests_reach_the_metadata_routes() {
    let emu = metadata_emulator(MetadataConfig {
        token: MetadataTokenMode::Required,
        ..MetadataConfig::default()
    })
    .await;
    let r = send_raw(
        emu.addr(),
        "PUT http://169.254.169.254/meta-data/latest/api/token HTTP/1.1\r\nHost: 169.254.169.254\r\nX-Metadata-Token-Ttl-Seconds: 21600\r\nContent-Length: 0\r\n",
        b"",
        false,
    )
    .await;
    r.expect(200);
    let token = text(&r);
    let r = send_raw(
        emu.addr(),
        &format!(
            "GET http://169.254.169.254/openstack/latest/securitykey HTTP/1.1\r\nHost: 169.254.169.254\r\nX-Metadata-Token: {token}\r\n"
        ),
        b"",
        false,
    )
    .await;
    r.expect(200);
    let pair = Pair::from_answer(&r.json());

    // IAM and the API through the same "proxy": absolute form, signed for the emulator's host.
    let pq = "/v3/projects?name=cn-north-4";
    let headers = sign_as(&emu, "GET", pq, b"", &pair);
    let mut head = format!("GET {}{pq} HTTP/1.1\r\n", emu.base_url());
    for (k, v) in &headers {
        head.push_str(&format!("{k}: {}\r\n", v.to_str().unwrap()));
    }
    let r = send_raw(emu.addr(), &head, b"", false).await;
    r.expect(200);
    assert_eq!(r.json()["projects"][0]["id"], emu.credentials().project_id);
    let stats = emu.stats();
    assert_eq!(stats.operations["metadata.token"].requests, 1);
    assert_eq!(stats.operations["metadata.securitykey"].requests, 1);
}

/// What the official Python SDK does with these answers, step by step: its metadata accessor
/// (`MetadataAccessor.get_credential`: the token, then the security key, one new token and a
/// retry on a 401 that does not mention the agency) and its project lookup
/// (`BasicCredentials.process_auth_params`: exactly one project of the region's name).
#[tokio::test]
async fn the_official_sdk_flows_accept_the_answers() {
    /// `MetadataAccessor().get_credential()`: the credentials, or the status it raises with.
    async fn sdk_metadata(emu: &Emulator) -> Result<(String, String, String, DateTime<Utc>), u16> {
        let put = put_token(emu, "21600").await;
        let mut token = match put.status {
            200 => Some(text(&put)),
            404 | 405 | 503 => None,
            s => return Err(s),
        };
        let mut r = security_key(emu, token.as_deref()).await;
        if r.status == 401 && !text(&r).contains("Please configure Cloud Service Agency first") {
            let put = put_token(emu, "21600").await;
            if put.status != 200 {
                return Err(put.status);
            }
            token = Some(text(&put));
            r = security_key(emu, token.as_deref()).await;
        }
        if r.status >= 400 {
            return Err(r.status);
        }
        Ok(python_process_credential(&r.body))
    }

    for token in [
        MetadataTokenMode::Optional,
        MetadataTokenMode::Required,
        MetadataTokenMode::Unsupported,
    ] {
        let emu = metadata_emulator(MetadataConfig {
            token,
            ..MetadataConfig::default()
        })
        .await;
        let (ak, sk, security_token, expires) = sdk_metadata(&emu).await.unwrap();
        assert!(expires > emu.clock().now());

        // Then the project id of the region, signed with those credentials.
        let pair = Pair {
            ak,
            sk,
            token: Some(security_token),
        };
        let r = signed_as(&emu, "GET", "/v3/projects?name=cn-north-4", b"", &pair).await;
        r.expect(200);
        assert!(r.header("X-IAM-Trace-Id").is_some());
        let projects = r.json()["projects"].as_array().unwrap().clone();
        assert_eq!(projects.len(), 1, "the SDK wants exactly one");
        assert_eq!(projects[0]["id"], emu.credentials().project_id);
    }

    // The failures it reports.
    let down = metadata_emulator(MetadataConfig {
        fault: Some(MetadataFault::Down),
        ..MetadataConfig::default()
    })
    .await;
    assert_eq!(sdk_metadata(&down).await, Err(503));
    let no_agency = metadata_emulator(MetadataConfig {
        agency: false,
        token: MetadataTokenMode::Required,
        ..MetadataConfig::default()
    })
    .await;
    assert_eq!(sdk_metadata(&no_agency).await, Err(401));
    // It asked one token and the key once: the agency message stops the retry.
    assert_eq!(no_agency.stats().operations["metadata.token"].requests, 1);

    // IAM's temporary credentials (`IamHelper.create_temporary_access_key_by_token` reads
    // `credential` from the body) parse the same way.
    let emu = emulator().await;
    let r = create_temporary(&emu, &security_token_body(json!(900))).await;
    r.expect(201);
    let (_, _, _, expires) = python_process_credential(&r.body);
    assert_eq!(expires, fixed_now() + TimeDelta::seconds(900));
}

#[tokio::test]
async fn iam_operations_take_the_api_faults() {
    let emu = emulator_with(Config {
        faults: "error=0.5,throttle=0.5".parse().unwrap(),
        ..Config::default()
    })
    .await;
    let mut statuses = std::collections::BTreeSet::new();
    for _ in 0..40 {
        let r = with_token(&emu, "GET", "/v3/projects?name=cn-north-4", b"").await;
        match r.status {
            429 => {
                r.expect_error(429, "APIGW.0308");
                assert_eq!(r.header("retry-after"), Some("1"));
            }
            500 => {
                keystone_error(&r, 500, "Internal Server Error");
            }
            503 => {
                keystone_error(&r, 503, "Service Unavailable");
            }
            s => panic!("status {s}"),
        }
        statuses.insert(r.status);
        let r = create_temporary(&emu, &security_token_body(json!(900))).await;
        assert!([429, 500, 503].contains(&r.status), "{}", r.status);
    }
    assert_eq!(statuses.len(), 3, "{statuses:?}");
    // The metadata service has its own faults: these do not touch it.
    security_key(&emu, None).await.expect(200);
}
