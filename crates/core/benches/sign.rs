//! Cost of signing (and verifying) one request: the DDS `list_auditlogs` GET of the first signing
//! vector, with 5 query parameters and `Content-Type` / `X-Project-Id` headers.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::Duration;

use chrono::{DateTime, Utc};
use divan::Bencher;
use http::{HeaderMap, HeaderValue, Method};
use huaweicloud_core::signing::{sign, verify};
use url::Url;

const AK: &str = "HPUAEXAMPLEAK1234567";
const SK: &str = "exampleSecretKey0123456789abcdefghijklmnop";
const URL: &str = "https://dds.cn-north-4.myhuaweicloud.com/v3/0123456789abcdef0123456789abcdef/instances/a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5din02/auditlog?end_time=2024-01-02T00%3A00%3A00%2B0800&limit=100&node_id=node-1&offset=0&start_time=2024-01-01T00%3A00%3A00%2B0800";

fn main() {
    divan::main();
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2024-01-02T03:04:05Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// The headers the client sets before signing (Host and X-Sdk-Date are added by `sign`).
fn unsigned_headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert("content-type", HeaderValue::from_static("application/json"));
    headers.insert(
        "x-project-id",
        HeaderValue::from_static("0123456789abcdef0123456789abcdef"),
    );
    headers
}

/// `sign` on a fresh copy of the unsigned headers (the copy is made outside the timing).
#[divan::bench]
fn sign_list_auditlogs(bencher: Bencher<'_, '_>) {
    let url = Url::parse(URL).unwrap();
    let (method, now) = (Method::GET, now());
    bencher
        .with_inputs(unsigned_headers)
        .bench_local_refs(|headers| {
            sign(&method, &url, headers, b"", AK, SK, now).unwrap();
        });
}

/// `verify` of the same request, as the local emulator does it.
#[divan::bench]
fn verify_list_auditlogs(bencher: Bencher<'_, '_>) {
    let url = Url::parse(URL).unwrap();
    let (method, now) = (Method::GET, now());
    let mut headers = unsigned_headers();
    sign(&method, &url, &mut headers, b"", AK, SK, now).unwrap();
    let secret = |ak: &str| (ak == AK).then(|| SK.to_owned());
    bencher.bench_local(|| {
        verify(
            &method,
            &url,
            &headers,
            b"",
            secret,
            now,
            Duration::from_secs(900),
        )
        .unwrap()
    });
}
