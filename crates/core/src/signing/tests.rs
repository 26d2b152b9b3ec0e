//! Unit tests of the signer and the canonical request.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::*;

pub(super) fn url(s: &str) -> Url {
    Url::parse(s).unwrap()
}

#[test]
fn canonical_uri_edge_cases() {
    assert_eq!(canonical_uri(""), "/");
    assert_eq!(canonical_uri("/"), "/");
    assert_eq!(canonical_uri("/v3/p/instances"), "/v3/p/instances/");
    assert_eq!(canonical_uri("/v3/p/instances/"), "/v3/p/instances/");
    // Decoded then re-encoded: the same path however it was escaped on the wire.
    assert_eq!(canonical_uri("/a%20b/c d"), "/a%20b/c%20d/");
    assert_eq!(canonical_uri("/%7Euser/~user"), "/~user/~user/");
    // Decoded before it is split: an encoded '/' separates segments.
    assert_eq!(canonical_uri("/a%2fb"), "/a/b/");
    assert_eq!(canonical_uri("/a%2F%2Fb"), "/a//b/");
    assert_eq!(canonical_uri("/x+y:z*"), "/x%2By%3Az%2A/");
    assert_eq!(canonical_uri("/caf%C3%A9"), "/caf%C3%A9/");
    assert_eq!(canonical_uri("/café"), "/caf%C3%A9/");
    assert_eq!(canonical_uri("/a-b_c.d~e"), "/a-b_c.d~e/");
    // Empty segments are kept.
    assert_eq!(canonical_uri("//a//"), "//a//");
    // Malformed escapes and non-UTF-8 bytes do not panic.
    assert_eq!(canonical_uri("/%"), "/%25/");
    assert_eq!(canonical_uri("/%zz%4"), "/%25zz%254/");
    // Bytes that are not UTF-8 become U+FFFD, as Python's `unquote` makes them.
    assert_eq!(canonical_uri("/%FF"), "/%EF%BF%BD/");
    assert_eq!(canonical_uri("/%E2%82x"), "/%EF%BF%BDx/");
}

#[test]
fn canonical_query_edge_cases() {
    let q = |s: &str| canonical_query(&url(&format!("https://h/p{s}")));
    assert_eq!(q(""), "");
    assert_eq!(q("?"), "");
    assert_eq!(q("?b=2&a=1"), "a=1&b=2");
    assert_eq!(q("?a"), "a=");
    assert_eq!(q("?a="), "a=");
    assert_eq!(q("?a=1&&b=2&"), "a=1&b=2");
    assert_eq!(
        q("?t=2024-01-01T00%3A00%3A00%2B0800"),
        "t=2024-01-01T00%3A00%3A00%2B0800"
    );
    // Raw '+' in a query is a space in form encoding.
    assert_eq!(q("?s=a+b"), "s=a%20b");
    assert_eq!(q("?s=a%20b"), "s=a%20b");
    assert_eq!(q("?s=%2A/%7E"), "s=%2A%2F~");
    // Repeated keys: sorted by key, then by value (as strings).
    assert_eq!(q("?id=2&id=10&a=z"), "a=z&id=10&id=2");
    // Sorted on the decoded form, by code point: "0" before ":", "Z" before "a" before "é",
    // although the encoded "%3A" and "%C3%A9" would sort first.
    assert_eq!(q("?a0=1&a:=2"), "a0=1&a%3A=2");
    assert_eq!(q("?%C3%A9=1&a=2&Z=3"), "Z=3&a=2&%C3%A9=1");
    assert_eq!(q("?k=%C3%A9"), "k=%C3%A9");
    assert_eq!(q("?%=%zz"), "%25=%25zz");
}

#[test]
fn payload_hash_follows_the_official_order() {
    let empty = hex::encode(Sha256::digest(b""));
    let of_x = hex::encode(Sha256::digest(b"x"));
    let with = |value: &'static str| {
        let mut h = HeaderMap::new();
        h.insert(HEADER_CONTENT_SHA256, HeaderValue::from_static(value));
        h
    };
    // An empty body hashes the empty string, whatever the header says.
    assert_eq!(payload_hash(&with(UNSIGNED_PAYLOAD), b""), empty);
    assert_eq!(
        payload_hash(&with(UNSIGNED_PAYLOAD), b"x"),
        UNSIGNED_PAYLOAD
    );
    assert_eq!(
        payload_hash(&with(" UNSIGNED-PAYLOAD "), b"x"),
        UNSIGNED_PAYLOAD
    );
    // A caller's own value is used as it is; an empty one is no value.
    assert_eq!(payload_hash(&with("abc123"), b"x"), "abc123");
    assert_eq!(payload_hash(&with(""), b"x"), of_x);
    assert_eq!(payload_hash(&HeaderMap::new(), b"x"), of_x);
}

#[test]
fn unsigned_payload_follows_the_content_type_as_sent() {
    let unsigned = |content_type: Option<&'static str>| {
        let mut h = HeaderMap::new();
        if let Some(value) = content_type {
            h.insert(CONTENT_TYPE, HeaderValue::from_static(value));
        }
        sign(
            &Method::PUT,
            &url("https://h/"),
            &mut h,
            b"x",
            "AK",
            "SK",
            Utc::now(),
        )
        .unwrap();
        h.contains_key(HEADER_CONTENT_SHA256)
    };
    for json in [
        "application/json",
        "application/json;charset=utf-8",
        "application/jsonp",
        "application/bson",
    ] {
        assert!(!unsigned(Some(json)), "{json}");
    }
    assert!(!unsigned(None));
    assert!(!unsigned(Some("")));
    // Compared as sent: case-sensitive, untrimmed.
    for other in [
        "text/plain",
        "application/octet-stream",
        "Application/JSON",
        " application/json",
    ] {
        assert!(unsigned(Some(other)), "{other}");
    }
}

#[test]
fn sdk_date_is_strict() {
    assert!(parse_sdk_date("20240102T030405Z").is_some());
    for bad in [
        "",
        "20240102T030405",
        "2024012T030405Z",
        "+2024010T030405Z",
        "20241302T030405Z",
        "20240102T250405Z",
        "20240102t030405z",
        "2024-01-02T03:04:05Z",
        "２0240102T030405Z",
    ] {
        assert!(parse_sdk_date(bad).is_none(), "{bad:?}");
    }
}

#[test]
fn sign_rejects_bad_input() {
    let now = Utc::now();
    let u = url("https://example.com/");
    let mut h = HeaderMap::new();
    assert_eq!(
        sign(&Method::GET, &u, &mut h, b"", "", "SK", now),
        Err(SignError::InvalidAccessKey)
    );
    assert_eq!(
        sign(&Method::GET, &u, &mut h, b"", "A,K", "SK", now),
        Err(SignError::InvalidAccessKey)
    );
    h.insert(HEADER_SDK_DATE, HeaderValue::from_static("yesterday"));
    assert_eq!(
        sign(&Method::GET, &u, &mut h, b"", "AK", "SK", now),
        Err(SignError::InvalidDate)
    );
    let mut h = HeaderMap::new();
    h.insert("x-odd", HeaderValue::from_bytes(b"\xff").unwrap());
    assert_eq!(
        sign(&Method::GET, &u, &mut h, b"", "AK", "SK", now),
        Err(SignError::InvalidHeaderValue("x-odd".to_owned()))
    );
    let mut h = HeaderMap::new();
    let far_future = DateTime::parse_from_rfc3339("+10000-01-01T00:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .unwrap_or(DateTime::<Utc>::MAX_UTC);
    assert_eq!(
        sign(&Method::GET, &u, &mut h, b"", "AK", "SK", far_future),
        Err(SignError::InvalidDate)
    );
    let mut h = HeaderMap::new();
    assert_eq!(
        sign(
            &Method::GET,
            &url("data:text/plain,hi"),
            &mut h,
            b"",
            "AK",
            "SK",
            now
        ),
        Err(SignError::MissingHost)
    );
}

#[test]
fn multiple_values_are_joined() {
    let mut h = HeaderMap::new();
    h.append("x-a", HeaderValue::from_static(" 1 "));
    h.append("x-a", HeaderValue::from_static("2"));
    let c = canonical_request(
        &Method::GET,
        &url("https://h/"),
        &h,
        &["x-a".to_owned()],
        "H",
    );
    assert_eq!(c, "GET\n/\n\nx-a:1,2\n\nx-a\nH");
    // Names that are not header names simply have no value.
    let odd = ["Bad Name".to_owned(), String::new()];
    let c = canonical_request(&Method::GET, &url("https://h/"), &h, &odd, "H");
    assert_eq!(c, "GET\n/\n\nBad Name:\n:\n\nBad Name;\nH");
}

/// Strings from a small alphabet of troublesome characters, the same on every run.
pub(super) fn arbitrary_strings(count: usize) -> Vec<String> {
    const ALPHABET: &[&str] = &[
        "SDK-HMAC-SHA256",
        " ",
        ",",
        "=",
        ";",
        "%",
        "%2",
        "%FF",
        "/",
        "Access",
        "Signature",
        "SignedHeaders",
        "host",
        "x-sdk-date",
        "é",
        "\t",
        "0",
        "f",
        "_",
        "+",
        "?",
        "&",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..count)
        .map(|_| {
            let len = next() % 16;
            (0..len)
                .filter_map(|_| ALPHABET.get((next() % ALPHABET.len() as u64) as usize))
                .copied()
                .collect()
        })
        .collect()
}

/// Arbitrary input from a small alphabet of troublesome characters never panics.
#[test]
fn arbitrary_input_does_not_panic() {
    let now = Utc::now();
    let base = url("http://127.0.0.1:8080/v3/p");
    for s in arbitrary_strings(5_000) {
        let _ = canonical_uri(&s);
        let mut u = base.clone();
        u.set_query(Some(&s));
        let _ = canonical_query(&u);
        let mut h = HeaderMap::new();
        if let Ok(v) = HeaderValue::from_str(&s) {
            h.insert(AUTHORIZATION, v.clone());
            h.insert(HEADER_SDK_DATE, v.clone());
            h.insert(HOST, v);
        }
        let _ = sign(&Method::GET, &u, &mut h, s.as_bytes(), "AK", &s, now);
    }
}
