//! Signing vectors computed by the official Huawei Cloud Python SDK's signer.
//!
//! The file is `$HWC_SIGN_VECTORS` when set, else `../shared/fixtures/sign-vectors.json` from the
//! project root. Every mismatch of every vector is collected and reported at once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use http::header::AUTHORIZATION;
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use huaweicloud_core::signing::{
    self, Authorization, SDK_DATE_FORMAT, VerifyError, canonical_request, payload_hash, sign,
    string_to_sign, verify,
};
use serde::Deserialize;
use url::Url;

#[derive(Debug, Deserialize)]
struct VectorFile {
    vectors: Vec<Vector>,
}

#[derive(Debug, Deserialize)]
struct Vector {
    name: String,
    method: String,
    url: String,
    headers: serde_json::Map<String, serde_json::Value>,
    body: Option<String>,
    ak: String,
    sk: String,
    expected_authorization: String,
    canonical_request: Option<String>,
    string_to_sign: Option<String>,
}

/// A vector turned into request parts.
struct Request {
    method: Method,
    url: Url,
    headers: HeaderMap,
    body: Vec<u8>,
}

fn vectors_path() -> PathBuf {
    match std::env::var_os("HWC_SIGN_VECTORS") {
        Some(path) => PathBuf::from(path),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/fixtures/sign-vectors.json"),
    }
}

fn load() -> Vec<Vector> {
    let path = vectors_path();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read sign vectors {}: {e}", path.display()));
    let file: VectorFile = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("cannot parse sign vectors {}: {e}", path.display()));
    assert!(
        !file.vectors.is_empty(),
        "sign vectors file {} has no vectors",
        path.display()
    );
    file.vectors
}

fn request(v: &Vector) -> Result<Request, String> {
    let method = Method::from_bytes(v.method.as_bytes()).map_err(|e| format!("method: {e}"))?;
    let url = Url::parse(&v.url).map_err(|e| format!("url: {e}"))?;
    let mut headers = HeaderMap::new();
    for (name, value) in &v.headers {
        let value = value
            .as_str()
            .ok_or_else(|| format!("header {name}: value is not a string"))?;
        let name = HeaderName::from_bytes(name.as_bytes()).map_err(|e| format!("{name}: {e}"))?;
        let value = HeaderValue::from_str(value).map_err(|e| format!("{name}: {e}"))?;
        headers.append(name, value);
    }
    let body = v.body.clone().unwrap_or_default().into_bytes();
    Ok(Request {
        method,
        url,
        headers,
        body,
    })
}

/// First differing line of two multi-line strings, for a readable failure.
fn diff(expected: &str, got: &str) -> String {
    let (e, g): (Vec<_>, Vec<_>) = (expected.split('\n').collect(), got.split('\n').collect());
    for i in 0..e.len().max(g.len()) {
        let (el, gl) = (e.get(i), g.get(i));
        if el != gl {
            return format!("line {}: expected {el:?}, got {gl:?}", i + 1);
        }
    }
    "identical".to_owned()
}

fn sdk_date(headers: &HeaderMap) -> String {
    headers
        .get("x-sdk-date")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

fn date_of(headers: &HeaderMap) -> DateTime<Utc> {
    NaiveDateTime::parse_from_str(&sdk_date(headers), SDK_DATE_FORMAT)
        .expect("vector has a valid X-Sdk-Date")
        .and_utc()
}

/// Signs a vector's request; `now` is far from its X-Sdk-Date, which must be reused.
fn signed(v: &Vector) -> Result<Request, String> {
    let mut r = request(v)?;
    sign(
        &r.method,
        &r.url,
        &mut r.headers,
        &r.body,
        &v.ak,
        &v.sk,
        Utc::now(),
    )
    .map_err(|e| format!("sign failed: {e}"))?;
    Ok(r)
}

#[test]
fn vectors_match_official_sdk() {
    let vectors = load();
    let mut failures = String::new();
    for v in &vectors {
        let r = match signed(v) {
            Ok(r) => r,
            Err(e) => {
                writeln!(failures, "- {}: {e}", v.name).unwrap();
                continue;
            }
        };
        let got = r
            .headers
            .get(AUTHORIZATION)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("<none>");
        if got != v.expected_authorization {
            writeln!(
                failures,
                "- {}: Authorization\n    expected {}\n    got      {got}",
                v.name, v.expected_authorization
            )
            .unwrap();
        }
        if v.canonical_request.is_none() && v.string_to_sign.is_none() {
            continue;
        }
        let signed_headers = match got.parse::<Authorization>() {
            Ok(auth) => auth.signed_headers,
            Err(e) => {
                writeln!(
                    failures,
                    "- {}: own Authorization does not parse: {e}",
                    v.name
                )
                .unwrap();
                continue;
            }
        };
        let hash = payload_hash(&r.headers, &r.body);
        let canonical = canonical_request(&r.method, &r.url, &r.headers, &signed_headers, &hash);
        if let Some(expected) = &v.canonical_request
            && *expected != canonical
        {
            writeln!(
                failures,
                "- {}: canonical_request differs at {}",
                v.name,
                diff(expected, &canonical)
            )
            .unwrap();
        }
        let to_sign = string_to_sign(&sdk_date(&r.headers), &canonical);
        if let Some(expected) = &v.string_to_sign
            && *expected != to_sign
        {
            writeln!(
                failures,
                "- {}: string_to_sign differs at {}",
                v.name,
                diff(expected, &to_sign)
            )
            .unwrap();
        }
    }
    assert!(
        failures.is_empty(),
        "sign vectors from {} ({} in all) failed:\n{failures}",
        vectors_path().display(),
        vectors.len()
    );
}

#[test]
fn verify_accepts_vectors_and_rejects_tampering() {
    const SKEW: Duration = Duration::from_secs(15 * 60);
    let vectors = load();
    let mut failures = String::new();
    for v in &vectors {
        let r = match signed(v) {
            Ok(r) => r,
            Err(e) => {
                writeln!(failures, "- {}: {e}", v.name).unwrap();
                continue;
            }
        };
        let now = date_of(&r.headers);
        let check = |what: &str, url: &Url, body: &[u8], sk: &str, expect_ok: bool| {
            let wrong_or_right = |ak: &str| (ak == v.ak).then(|| sk.to_owned());
            let result = verify(&r.method, url, &r.headers, body, wrong_or_right, now, SKEW);
            match (expect_ok, result) {
                (true, Ok(ok)) if ok.access_key == v.ak => None,
                (false, Err(VerifyError::SignatureMismatch)) => None,
                (_, other) => Some(format!("- {}: {what}: got {other:?}\n", v.name)),
            }
        };

        failures.extend(check("as signed", &r.url, &r.body, &v.sk, true));

        // One byte of the body changed (or added, for an empty body). A non-JSON body is sent as
        // UNSIGNED-PAYLOAD, so there the change must go unnoticed.
        let mut body = r.body.clone();
        match body.first_mut() {
            Some(b) => *b ^= 1,
            None => body.push(b'x'),
        }
        let unsigned = payload_hash(&r.headers, &r.body) == signing::UNSIGNED_PAYLOAD;
        failures.extend(check("body changed", &r.url, &body, &v.sk, unsigned));

        // One byte of the query changed (or a query added).
        let mut url = r.url.clone();
        match r.url.query().filter(|q| !q.is_empty()) {
            Some(q) => {
                let mut q = q.as_bytes().to_vec();
                let last = q.last_mut().unwrap();
                *last = if *last == b'0' { b'1' } else { b'0' };
                url.set_query(Some(std::str::from_utf8(&q).unwrap()));
            }
            None => url.set_query(Some("x=1")),
        }
        failures.extend(check("query changed", &url, &r.body, &v.sk, false));

        // One byte of the secret key changed.
        let mut sk = v.sk.clone().into_bytes();
        sk[0] ^= 1;
        let sk = String::from_utf8(sk).unwrap();
        failures.extend(check("secret key changed", &r.url, &r.body, &sk, false));

        // The secret lookup is by access key.
        let unknown = verify(&r.method, &r.url, &r.headers, &r.body, |_| None, now, SKEW);
        if unknown != Err(VerifyError::UnknownAccessKey) {
            writeln!(
                failures,
                "- {}: unknown access key: got {unknown:?}",
                v.name
            )
            .unwrap();
        }
    }
    assert!(
        failures.is_empty(),
        "verify against {}:\n{failures}",
        vectors_path().display()
    );
}
