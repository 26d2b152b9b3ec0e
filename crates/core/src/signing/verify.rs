//! Server-side verification of `SDK-HMAC-SHA256` signatures: what the API gateway checks, for a
//! local emulator of the service. Compiled only with the crate's `verify` feature; the canonical
//! request it recomputes is the signer's own ([`canonical_request`], [`payload_hash`],
//! [`string_to_sign`]), so the two cannot drift apart.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use hmac::{KeyInit, Mac};
use http::header::{AUTHORIZATION, HOST};
use http::{HeaderMap, HeaderName, Method};
use url::Url;

use super::{
    ALGORITHM, HEADER_CONTENT_SHA256, HEADER_SDK_DATE, HEADER_SECURITY_TOKEN, HmacSha256,
    SDK_DATE_FORMAT, canonical_request, is_text, parse_sdk_date, payload_hash, single_value,
    string_to_sign, valid_access_key,
};
/// Why a request failed verification. Never contains the secret key or the expected signature.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    /// The request has no `Authorization` header.
    #[error("the request has no Authorization header")]
    MissingAuthorization,
    /// The `Authorization` header could not be parsed; the text says which part is wrong.
    #[error("malformed Authorization header: {0}")]
    MalformedAuthorization(String),
    /// The `Authorization` header names an algorithm other than [`ALGORITHM`].
    #[error("unsupported signing algorithm (expected {ALGORITHM})")]
    UnsupportedAlgorithm,
    /// No secret key is known for the access key of the request.
    #[error("unknown access key")]
    UnknownAccessKey,
    /// A header that must be signed (`host`, `x-sdk-date`, or a present `x-security-token` /
    /// `x-sdk-content-sha256`) is not listed in `SignedHeaders`.
    #[error("header `{0}` must be signed but is not listed in SignedHeaders")]
    UnsignedRequiredHeader(String),
    /// A header listed in `SignedHeaders` is absent from the request.
    #[error("signed header `{0}` is missing from the request")]
    MissingSignedHeader(String),
    /// A signed header has a value that is not UTF-8 text.
    #[error("the value of signed header `{0}` is not valid UTF-8 text")]
    InvalidHeaderValue(String),
    /// The `X-Sdk-Date` header is not a single valid `YYYYMMDDTHHMMSSZ` date.
    #[error("the X-Sdk-Date header is not a single valid {SDK_DATE_FORMAT} date")]
    BadDate,
    /// The `X-Sdk-Date` is further from the server's clock than the allowed skew.
    #[error(
        "request date {request_date} is more than {max_skew:?} away from the server time {server_time}"
    )]
    ClockSkew {
        /// The date the request was signed at (its `X-Sdk-Date`).
        request_date: DateTime<Utc>,
        /// The server's clock when verifying.
        server_time: DateTime<Utc>,
        /// The largest difference accepted.
        max_skew: Duration,
    },
    /// The signature does not match the request (wrong secret key, or the request was altered).
    #[error("the request signature does not match")]
    SignatureMismatch,
}

/// Parsed `Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex` header.
///
/// Its `Debug` output redacts the signature.
#[derive(Clone, PartialEq, Eq)]
pub struct Authorization {
    /// The access key (`Access=`).
    pub access_key: String,
    /// The signed header names (`SignedHeaders=`): lower-case, sorted, unique.
    pub signed_headers: Vec<String>,
    /// The signature (`Signature=`): 64 hex digits.
    pub signature: String,
}

impl fmt::Debug for Authorization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Authorization")
            .field("access_key", &self.access_key)
            .field("signed_headers", &self.signed_headers)
            .field("signature", &"<redacted>")
            .finish()
    }
}

impl FromStr for Authorization {
    /// Only [`VerifyError::UnsupportedAlgorithm`] and [`VerifyError::MalformedAuthorization`].
    type Err = VerifyError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let malformed = |why: &str| VerifyError::MalformedAuthorization(why.to_owned());
        let s = s.trim();
        if s.is_empty() {
            return Err(malformed("empty"));
        }
        let (algorithm, rest) = s.split_once(char::is_whitespace).unwrap_or((s, ""));
        if algorithm != ALGORITHM {
            return Err(VerifyError::UnsupportedAlgorithm);
        }
        let rest = rest.trim();
        if rest.is_empty() {
            return Err(malformed("no credentials after the algorithm"));
        }

        let (mut access, mut signed, mut signature) = (None, None, None);
        for part in rest.split(',') {
            let (key, value) = part
                .trim()
                .split_once('=')
                .ok_or_else(|| malformed("a component has no '='"))?;
            let slot = match key {
                "Access" => &mut access,
                "SignedHeaders" => &mut signed,
                "Signature" => &mut signature,
                _ => {
                    return Err(malformed(
                        "unknown component (expected Access, SignedHeaders, Signature)",
                    ));
                }
            };
            if slot.replace(value).is_some() {
                return Err(VerifyError::MalformedAuthorization(format!(
                    "{key} appears twice"
                )));
            }
        }

        let access = access.ok_or_else(|| malformed("Access is missing"))?;
        if !valid_access_key(access) {
            return Err(malformed("Access is empty or contains invalid characters"));
        }

        let signed = signed.ok_or_else(|| malformed("SignedHeaders is missing"))?;
        let signed_headers: Vec<String> = signed.split(';').map(str::to_owned).collect();
        for name in &signed_headers {
            let valid = HeaderName::from_bytes(name.as_bytes()).is_ok_and(|h| h.as_str() == name);
            if !valid {
                return Err(malformed(
                    "SignedHeaders has an empty, invalid or upper-case name",
                ));
            }
        }
        if !signed_headers
            .windows(2)
            .all(|w| matches!(w, [a, b] if a < b))
        {
            return Err(malformed("SignedHeaders is not sorted and unique"));
        }

        let signature = signature.ok_or_else(|| malformed("Signature is missing"))?;
        if signature.len() != 64 || !signature.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(malformed("Signature is not 64 hex digits"));
        }

        Ok(Self {
            access_key: access.to_owned(),
            signed_headers,
            signature: signature.to_owned(),
        })
    }
}

/// The outcome of a successful [`verify`]: who signed the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The access key whose secret produced the signature.
    pub access_key: String,
}

/// Server-side verification of a signed request (used by a local emulator of the service).
///
/// The canonical headers are exactly those listed in `SignedHeaders`: headers the client adds
/// after signing (`Content-Length`, `Accept-Encoding`, …) are ignored. Every listed header must
/// be present; `host` and `x-sdk-date` must be listed, and so must `x-security-token` and
/// `x-sdk-content-sha256` when present. `X-Sdk-Date` must be within `max_skew` of `now`, either
/// way. `secret_for` maps an access key to its secret key. The signature is compared in
/// constant time.
pub fn verify(
    method: &Method,
    url: &Url,
    headers: &HeaderMap,
    body: &[u8],
    secret_for: impl Fn(&str) -> Option<String>,
    now: DateTime<Utc>,
    max_skew: Duration,
) -> Result<Verified, VerifyError> {
    let auth: Authorization = match single_value(headers, AUTHORIZATION.as_str()) {
        Ok(Some(value)) => value.parse()?,
        Ok(None) => return Err(VerifyError::MissingAuthorization),
        Err(()) => {
            return Err(VerifyError::MalformedAuthorization(
                "several Authorization headers, or one that is not text".to_owned(),
            ));
        }
    };

    let is_signed = |name: &str| auth.signed_headers.iter().any(|h| h == name);
    for required in [HOST.as_str(), HEADER_SDK_DATE] {
        if !is_signed(required) {
            return Err(VerifyError::UnsignedRequiredHeader(required.to_owned()));
        }
    }
    for if_present in [HEADER_SECURITY_TOKEN, HEADER_CONTENT_SHA256] {
        if headers.contains_key(if_present) && !is_signed(if_present) {
            return Err(VerifyError::UnsignedRequiredHeader(if_present.to_owned()));
        }
    }
    for name in &auth.signed_headers {
        if !headers.contains_key(name.as_str()) {
            return Err(VerifyError::MissingSignedHeader(name.clone()));
        }
        if !is_text(headers, name) {
            return Err(VerifyError::InvalidHeaderValue(name.clone()));
        }
    }

    let sdk_date = match single_value(headers, HEADER_SDK_DATE) {
        Ok(Some(value)) => value,
        _ => return Err(VerifyError::BadDate),
    };
    let request_date = parse_sdk_date(sdk_date).ok_or(VerifyError::BadDate)?;
    let allowed = TimeDelta::from_std(max_skew).unwrap_or(TimeDelta::MAX);
    if now.signed_duration_since(request_date).abs() > allowed {
        return Err(VerifyError::ClockSkew {
            request_date,
            server_time: now,
            max_skew,
        });
    }

    let sk = secret_for(&auth.access_key).ok_or(VerifyError::UnknownAccessKey)?;
    let claimed = hex::decode(&auth.signature)
        .map_err(|_| VerifyError::MalformedAuthorization("Signature is not hex".to_owned()))?;

    let hash = payload_hash(headers, body);
    let canonical = canonical_request(method, url, headers, &auth.signed_headers, &hash);
    let to_sign = string_to_sign(sdk_date, &canonical);
    let mut mac =
        HmacSha256::new_from_slice(sk.as_bytes()).map_err(|_| VerifyError::SignatureMismatch)?;
    mac.update(to_sign.as_bytes());
    mac.verify_slice(&claimed)
        .map_err(|_| VerifyError::SignatureMismatch)?;

    Ok(Verified {
        access_key: auth.access_key,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use http::HeaderValue;
    use http::header::CONTENT_TYPE;

    use super::super::tests::{arbitrary_strings, url};
    use super::super::{UNSIGNED_PAYLOAD, canonical_query, canonical_uri, sign};
    use super::*;

    #[test]
    fn authorization_parses() {
        let s = format!(
            "SDK-HMAC-SHA256 Access=AK1, SignedHeaders=content-type;host;x-sdk-date, Signature={}",
            "ab".repeat(32)
        );
        let auth: Authorization = s.parse().unwrap();
        assert_eq!(auth.access_key, "AK1");
        assert_eq!(auth.signed_headers, ["content-type", "host", "x-sdk-date"]);
        assert_eq!(auth.signature, "ab".repeat(32));
        let debug = format!("{auth:?}");
        assert!(!debug.contains(&"ab".repeat(32)), "{debug}");
        assert!(debug.contains("redacted"), "{debug}");
    }

    #[test]
    fn authorization_rejects_malformed() {
        let sig = "0".repeat(64);
        let cases = [
            String::new(),
            " ".to_owned(),
            "SDK-HMAC-SHA256".to_owned(),
            "SDK-HMAC-SHA256 ".to_owned(),
            "SDK-HMAC-SHA256 ,,,".to_owned(),
            "SDK-HMAC-SHA256 Access".to_owned(),
            format!("SDK-HMAC-SHA256 Access=, SignedHeaders=host, Signature={sig}"),
            format!("SDK-HMAC-SHA256 Access=A B, SignedHeaders=host, Signature={sig}"),
            format!("SDK-HMAC-SHA256 SignedHeaders=host, Signature={sig}"),
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host".to_owned(),
            format!("SDK-HMAC-SHA256 Access=AK, Signature={sig}"),
            format!("SDK-HMAC-SHA256 Access=AK, SignedHeaders=, Signature={sig}"),
            format!("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;, Signature={sig}"),
            format!("SDK-HMAC-SHA256 Access=AK, SignedHeaders=Host, Signature={sig}"),
            format!("SDK-HMAC-SHA256 Access=AK, SignedHeaders=x-sdk-date;host, Signature={sig}"),
            format!("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;host, Signature={sig}"),
            format!("SDK-HMAC-SHA256 Access=AK, SignedHeaders=ho st, Signature={sig}"),
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=abc".to_owned(),
            format!(
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature={}",
                "g".repeat(64)
            ),
            format!("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature={sig}0"),
            format!("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature={sig}, Extra=1"),
            format!("SDK-HMAC-SHA256 Access=AK, Access=AK, SignedHeaders=host, Signature={sig}"),
            format!("SDK-HMAC-SHA256 Access=AK SignedHeaders=host Signature={sig}"),
            format!(
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=é{}",
                "0".repeat(62)
            ),
        ];
        for case in &cases {
            match case.parse::<Authorization>() {
                Err(VerifyError::MalformedAuthorization(_)) => {}
                other => panic!("{case:?} gave {other:?}"),
            }
        }
        for case in [
            format!("AWS4-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature={sig}"),
            format!("sdk-hmac-sha256 Access=AK, SignedHeaders=host, Signature={sig}"),
            "Bearer".to_owned(),
            "é".to_owned(),
        ] {
            assert_eq!(
                case.parse::<Authorization>(),
                Err(VerifyError::UnsupportedAlgorithm),
                "{case:?}"
            );
        }
    }

    #[test]
    fn signs_and_verifies_round_trip() {
        let now = DateTime::parse_from_rfc3339("2024-01-02T03:04:05Z")
            .unwrap()
            .with_timezone(&Utc);
        let u = url("https://example.com:8443/v1/a b?x=1&y=%2B");
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
        headers.insert("x-security-token", HeaderValue::from_static("tok"));
        sign(&Method::PUT, &u, &mut headers, b"hello", "AK", "SK", now).unwrap();
        assert_eq!(headers[HOST], "example.com:8443");
        assert_eq!(headers[HEADER_SDK_DATE], "20240102T030405Z");
        assert_eq!(headers[HEADER_CONTENT_SHA256], UNSIGNED_PAYLOAD);

        let secret = |ak: &str| (ak == "AK").then(|| "SK".to_owned());
        let skew = Duration::from_secs(900);
        let ok = verify(&Method::PUT, &u, &headers, b"other", secret, now, skew).unwrap();
        assert_eq!(ok.access_key, "AK");

        // Signing again replaces the Authorization header instead of signing it.
        sign(&Method::PUT, &u, &mut headers, b"hello", "AK", "SK", now).unwrap();
        assert_eq!(headers.get_all(AUTHORIZATION).iter().count(), 1);
        verify(&Method::PUT, &u, &headers, b"hello", secret, now, skew).unwrap();

        // An unsigned X-Sdk-Content-Sha256 must not switch off body checking.
        let mut json = HeaderMap::new();
        json.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        sign(&Method::POST, &u, &mut json, b"{}", "AK", "SK", now).unwrap();
        assert!(!json.contains_key(HEADER_CONTENT_SHA256));
        json.insert(
            HEADER_CONTENT_SHA256,
            HeaderValue::from_static(UNSIGNED_PAYLOAD),
        );
        assert_eq!(
            verify(&Method::POST, &u, &json, b"{\"evil\":1}", secret, now, skew),
            Err(VerifyError::UnsignedRequiredHeader(
                HEADER_CONTENT_SHA256.to_owned()
            ))
        );
    }

    /// Arbitrary input from a small alphabet of troublesome characters never panics, the
    /// verifier's side included.
    #[test]
    fn arbitrary_input_does_not_panic() {
        let now = Utc::now();
        let base = url("http://127.0.0.1:8080/v3/p");
        for s in arbitrary_strings(5_000) {
            let _ = s.parse::<Authorization>();
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
            let _ = verify(
                &Method::GET,
                &u,
                &h,
                s.as_bytes(),
                |_| None,
                now,
                Duration::ZERO,
            );
            let _ = sign(&Method::GET, &u, &mut h, s.as_bytes(), "AK", &s, now);
        }
    }
}
