//! Signing vectors computed by the official Huawei Cloud Python SDK's signer: a dozen hand-picked
//! ones and some 2,400 randomized ones, made by `fixtures/official-sdk/make_sign_vectors.py`.
//!
//! The file is `$HWC_SIGN_VECTORS` when set, else `fixtures/official-sdk/sign-vectors.json` of
//! the project. Every mismatch of every vector is collected and reported at once, grouped by
//! what differs (canonical URI, query, headers, payload hash, ...), so a broken rule shows up as
//! one class with its count and first examples.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use http::header::AUTHORIZATION;
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use huaweicloud_core::signing::{
    Authorization, SDK_DATE_FORMAT, VerifyError, canonical_request, payload_hash, sign,
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
    /// The URL as the official SDK sends it.
    url: String,
    /// The path and the decoded query pairs the SDK was given (newer files only).
    path: Option<String>,
    query: Option<Vec<(String, String)>>,
    headers: serde_json::Map<String, serde_json::Value>,
    /// The body as UTF-8 text, or `body_hex` for bytes that are not.
    body: Option<String>,
    body_hex: Option<String>,
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
            .join("../../fixtures/official-sdk/sign-vectors.json"),
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

fn request(v: &Vector, url: Url) -> Result<Request, String> {
    let method = Method::from_bytes(v.method.as_bytes()).map_err(|e| format!("method: {e}"))?;
    let mut headers = HeaderMap::new();
    for (name, value) in &v.headers {
        let value = value
            .as_str()
            .ok_or_else(|| format!("header {name}: value is not a string"))?;
        let name = HeaderName::from_bytes(name.as_bytes()).map_err(|e| format!("{name}: {e}"))?;
        let value = HeaderValue::from_str(value).map_err(|e| format!("{name}: {e}"))?;
        headers.append(name, value);
    }
    let body = match (&v.body, &v.body_hex) {
        (_, Some(hex)) => hex::decode(hex).map_err(|e| format!("body_hex: {e}"))?,
        (Some(text), None) => text.clone().into_bytes(),
        (None, None) => Vec::new(),
    };
    Ok(Request {
        method,
        url,
        headers,
        body,
    })
}

/// The URL the official SDK sent.
fn wire_url(v: &Vector) -> Result<Url, String> {
    Url::parse(&v.url).map_err(|e| format!("url: {e}"))
}

/// The same request's URL as the `url` crate (and so reqwest) encodes it from the path and the
/// decoded query pairs: form encoding, `+` for a space, `*` left alone, `~` as `%7E`. `None`
/// for vectors without `path` and `query`.
fn rust_url(v: &Vector) -> Option<Result<Url, String>> {
    let (path, query) = (v.path.as_ref()?, v.query.as_ref()?);
    Some(wire_url(v).map(|mut url| {
        url.set_path(path);
        url.set_query(None);
        if !query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (key, value) in query {
                pairs.append_pair(key, value);
            }
        }
        url
    }))
}

/// First differing line of two multi-line strings, for a readable failure.
fn diff(expected: &str, got: &str) -> (usize, String) {
    let (e, g): (Vec<_>, Vec<_>) = (expected.split('\n').collect(), got.split('\n').collect());
    for i in 0..e.len().max(g.len()) {
        let (el, gl) = (e.get(i), g.get(i));
        if el != gl {
            return (i, format!("line {}: expected {el:?}, got {gl:?}", i + 1));
        }
    }
    (0, "identical".to_owned())
}

/// What part of the canonical request line `index` (0-based) is: the class of a mismatch.
fn part_of_canonical(canonical: &str, index: usize) -> &'static str {
    let lines = canonical.split('\n').count();
    match index {
        0 => "method",
        1 => "canonical URI",
        2 => "canonical query",
        i if i + 1 == lines => "payload hash",
        i if i + 2 == lines => "signed header list",
        _ => "canonical headers",
    }
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

/// Signs a vector's request at `url`; `now` is far from its X-Sdk-Date, which must be reused.
fn signed(v: &Vector, url: Url) -> Result<Request, String> {
    let mut r = request(v, url)?;
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

fn authorization(r: &Request) -> &str {
    r.headers
        .get(AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("<none>")
}

/// Mismatches by class, each with the vectors that fell in it.
#[derive(Default)]
struct Mismatches(BTreeMap<String, Vec<String>>);

impl Mismatches {
    fn add(&mut self, class: impl Into<String>, detail: String) {
        self.0.entry(class.into()).or_default().push(detail);
    }

    fn check(self, what: &str, total: usize) {
        if self.0.is_empty() {
            return;
        }
        let mut report = String::new();
        for (class, cases) in &self.0 {
            writeln!(report, "{class}: {} of {total} vectors", cases.len()).unwrap();
            for case in cases.iter().take(5) {
                writeln!(report, "  - {case}").unwrap();
            }
        }
        panic!(
            "{what} ({}, {total} vectors):\n{report}",
            vectors_path().display()
        );
    }
}

/// Compares what we compute for `r` with what the official signer computed for `v`.
fn compare(v: &Vector, r: &Request, mismatches: &mut Mismatches) {
    let got = authorization(r);
    let signed_headers = match got.parse::<Authorization>() {
        Ok(auth) => auth.signed_headers,
        Err(e) => {
            mismatches.add("own Authorization unreadable", format!("{}: {e}", v.name));
            return;
        }
    };
    let hash = payload_hash(&r.headers, &r.body);
    let canonical = canonical_request(&r.method, &r.url, &r.headers, &signed_headers, &hash);
    if let Some(expected) = &v.canonical_request
        && *expected != canonical
    {
        let (line, shown) = diff(expected, &canonical);
        let class = format!("canonical request: {}", part_of_canonical(expected, line));
        mismatches.add(class, format!("{}: {shown}", v.name));
        return;
    }
    let to_sign = string_to_sign(&sdk_date(&r.headers), &canonical);
    if let Some(expected) = &v.string_to_sign
        && *expected != to_sign
    {
        let (_, shown) = diff(expected, &to_sign);
        mismatches.add("string to sign", format!("{}: {shown}", v.name));
        return;
    }
    if got != v.expected_authorization {
        mismatches.add(
            "Authorization",
            format!(
                "{}: expected {}, got {got}",
                v.name, v.expected_authorization
            ),
        );
    }
}

#[test]
fn vectors_match_official_sdk() {
    let vectors = load();
    let mut mismatches = Mismatches::default();
    for v in &vectors {
        match wire_url(v).and_then(|url| signed(v, url)) {
            Ok(r) => compare(v, &r, &mut mismatches),
            Err(e) => mismatches.add("could not sign", format!("{}: {e}", v.name)),
        }
    }
    mismatches.check("signing as the official SDK does", vectors.len());
}

/// Our client's URLs are encoded by the `url` crate, not as the SDK sends them; the same
/// request must still be signed the same.
#[test]
fn vectors_match_with_url_crate_encoding() {
    let vectors = load();
    let mut mismatches = Mismatches::default();
    let mut checked = 0;
    for v in &vectors {
        let Some(url) = rust_url(v) else { continue };
        checked += 1;
        match url.and_then(|url| signed(v, url)) {
            Ok(r) => compare(v, &r, &mut mismatches),
            Err(e) => mismatches.add("could not sign", format!("{}: {e}", v.name)),
        }
    }
    if std::env::var_os("HWC_SIGN_VECTORS").is_none() {
        assert!(
            checked >= 2_000,
            "only {checked} vectors have a path and a query"
        );
    }
    mismatches.check("signing the url crate's encoding", checked);
}

#[test]
fn verify_accepts_vectors_and_rejects_tampering() {
    const SKEW: Duration = Duration::from_secs(15 * 60);
    let vectors = load();
    let mut failures = String::new();
    for v in &vectors {
        let r = match wire_url(v).and_then(|url| signed(v, url)) {
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

        // One byte of the body changed (or added, for an empty body). Where the payload hash is
        // an X-Sdk-Content-Sha256 header (UNSIGNED-PAYLOAD for a non-JSON body, or a caller's
        // value), the change must go unnoticed; an empty body always hashes the empty string.
        let mut body = r.body.clone();
        match body.first_mut() {
            Some(b) => *b ^= 1,
            None => body.push(b'x'),
        }
        let unbound = payload_hash(&r.headers, &r.body) == payload_hash(&r.headers, &body);
        failures.extend(check("body changed", &r.url, &body, &v.sk, unbound));

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
