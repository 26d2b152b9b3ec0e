//! Huawei Cloud `SDK-HMAC-SHA256` request signing (AK/SK), and with the `verify` feature its
//! server-side verification.
//!
//! Every Huawei Cloud API call made with an access key / secret key pair carries an
//! `Authorization: SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…` header. The signature is
//! an HMAC-SHA256, keyed with the secret key, over a canonical form of the request (method, path,
//! sorted query, selected headers and a hash of the body). This module reproduces the official
//! SDK's signer byte for byte, so that requests built here are accepted by the real service. The
//! matching verifier (`verify`, `Authorization`, `VerifyError`, `Verified`), with which a local
//! emulator of the service rejects exactly the requests the service would reject (bad signature,
//! stale date, unsigned security token, …), is server-side code the clients do not need: it is
//! compiled only with the crate's `verify` feature (off by default).
//!
//! The pieces of the computation ([`canonical_request`], [`string_to_sign`], [`signature`], …) are
//! public so that tests and the verifier can show *where* two signers disagree instead of only
//! reporting two different signatures.
//!
//! The algorithm, as the official SDK's signer (`huaweicloudsdkcore/signer/signer.py`, 3.1.219)
//! implements it, rule for rule; `fixtures/official-sdk/sign-vectors.json` holds some 2,400
//! requests it signed, and `tests/sign_vectors.rs` checks every one:
//!
//! 1. `X-Sdk-Date` is the UTC time as [`SDK_DATE_FORMAT`]; an existing header is reused.
//! 2. `Host` is signed (host, plus `:port` when the URL has an explicit, non-default port).
//! 3. A non-empty `Content-Type` that does not start with `application/json` or
//!    `application/bson` (compared as sent, case-sensitive) adds
//!    `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`.
//! 4. Signed headers are all headers present whose name has no `_`, lower-cased and sorted;
//!    each canonical header line is `name:value` with the value trimmed.
//! 5. The canonical URI is the path percent-decoded as a whole, split on `/`, each segment
//!    percent-encoded, always ending in `/` ([`canonical_uri`]).
//! 6. The canonical query is the decoded pairs sorted by key then value, then percent-encoded
//!    ([`canonical_query`]).
//! 7. The payload hash is that of the empty string for an empty body, else a non-empty
//!    `X-Sdk-Content-Sha256` as it is, else the hex SHA-256 of the body ([`payload_hash`]).
//! 8. `Signature = hex(HMAC-SHA256(SK, "SDK-HMAC-SHA256\n" + date + "\n" + hex(sha256(canonical))))`.
//!
//! Nothing here panics on any input: malformed input is reported as a [`SignError`] (or a
//! `VerifyError`), and neither error ever contains the secret key or the expected signature.

use std::fmt::Write as _;

use chrono::{DateTime, NaiveDateTime, Utc};
use hmac::{Hmac, KeyInit, Mac};
use http::header::{AUTHORIZATION, CONTENT_TYPE, HOST};
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use sha2::{Digest, Sha256};
use url::Url;

#[cfg(feature = "verify")]
mod verify;
/// Server side, with the crate feature `verify` only (off by default).
#[cfg(feature = "verify")]
pub use verify::{Authorization, Verified, VerifyError, verify};

/// The signing algorithm name, first word of the `Authorization` header.
pub const ALGORITHM: &str = "SDK-HMAC-SHA256";

/// `strftime` format of the `X-Sdk-Date` header (UTC), e.g. `20240102T030405Z`.
pub const SDK_DATE_FORMAT: &str = "%Y%m%dT%H%M%SZ";

/// Name of the header carrying the signing time.
pub const HEADER_SDK_DATE: &str = "x-sdk-date";

/// Name of the header that, set to [`UNSIGNED_PAYLOAD`], excludes the body from the signature.
pub const HEADER_CONTENT_SHA256: &str = "x-sdk-content-sha256";

/// Name of the header carrying the security token of temporary credentials.
pub const HEADER_SECURITY_TOKEN: &str = "x-security-token";

/// Payload hash used when the body is not signed (non-JSON content types).
pub const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// Characters kept as-is by the canonical encodings: `A-Z a-z 0-9 - _ . ~`.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

type HmacSha256 = Hmac<Sha256>;

/// Why a request could not be signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignError {
    /// The URL has no host, so no `Host` header can be derived.
    #[error("the request URL has no host")]
    MissingHost,
    /// The access key is empty or contains characters that would break the `Authorization` header.
    #[error("the access key is empty or contains whitespace, ',', '=' or non-printable characters")]
    InvalidAccessKey,
    /// The existing `X-Sdk-Date` header is not a single `YYYYMMDDTHHMMSSZ` value.
    #[error("the X-Sdk-Date header is not a single valid {SDK_DATE_FORMAT} date")]
    InvalidDate,
    /// A header that would be signed has a value that is not UTF-8 text (named by the variant).
    #[error("the value of header `{0}` is not valid UTF-8 text")]
    InvalidHeaderValue(String),
}

/// Signs a request in place, as the official SDK does.
///
/// Inserts `Host` (from the URL: host, plus `:port` when the URL has an explicit port) if absent;
/// `X-Sdk-Date` formatted from `now` unless an `X-Sdk-Date` header exists already (in any case:
/// it is then reused, and must be valid); `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD` when a
/// `Content-Type` is present that is not JSON (`application/json…`, `application/bson…`); then
/// `Authorization`. Signed headers are every header present whose name has no `_`. An existing
/// `Authorization` header is replaced, so a request can be signed again (e.g. on retry; remove
/// `X-Sdk-Date` first to refresh the date).
pub fn sign(
    method: &Method,
    url: &Url,
    headers: &mut HeaderMap,
    body: &[u8],
    ak: &str,
    sk: &str,
    now: DateTime<Utc>,
) -> Result<(), SignError> {
    if !valid_access_key(ak) {
        return Err(SignError::InvalidAccessKey);
    }
    headers.remove(AUTHORIZATION);

    if !headers.contains_key(HOST) {
        let host = host_header(url).ok_or(SignError::MissingHost)?;
        let value = HeaderValue::from_str(&host).map_err(|_| SignError::MissingHost)?;
        headers.insert(HOST, value);
    }

    let sdk_date = match single_value(headers, HEADER_SDK_DATE) {
        Ok(Some(existing)) => {
            parse_sdk_date(existing).ok_or(SignError::InvalidDate)?;
            existing.to_owned()
        }
        Ok(None) => {
            let mut formatted = String::with_capacity(16);
            write!(formatted, "{}", now.format(SDK_DATE_FORMAT))
                .map_err(|_| SignError::InvalidDate)?;
            // Years outside 0..=9999 do not fit the format.
            parse_sdk_date(&formatted).ok_or(SignError::InvalidDate)?;
            let value = HeaderValue::from_str(&formatted).map_err(|_| SignError::InvalidDate)?;
            headers.insert(HeaderName::from_static(HEADER_SDK_DATE), value);
            formatted
        }
        Err(()) => return Err(SignError::InvalidDate),
    };

    if needs_unsigned_payload(headers) {
        headers.insert(
            HeaderName::from_static(HEADER_CONTENT_SHA256),
            HeaderValue::from_static(UNSIGNED_PAYLOAD),
        );
    }

    let signed_headers = signed_header_names(headers);
    if let Some(bad) = signed_headers.iter().find(|name| !is_text(headers, name)) {
        return Err(SignError::InvalidHeaderValue(bad.clone()));
    }

    let hash = payload_hash(headers, body);
    let canonical = canonical_request(method, url, headers, &signed_headers, &hash);
    let to_sign = string_to_sign(&sdk_date, &canonical);
    let authorization = format!(
        "{ALGORITHM} Access={ak}, SignedHeaders={}, Signature={}",
        signed_headers.join(";"),
        signature(sk, &to_sign)
    );
    let value = HeaderValue::from_str(&authorization).map_err(|_| SignError::InvalidAccessKey)?;
    headers.insert(AUTHORIZATION, value);
    Ok(())
}

/// The canonical request that is hashed into the string to sign:
/// `METHOD\nURI\nQUERY\nHEADERS\nSIGNED_HEADERS\nPAYLOAD_HASH`.
///
/// `HEADERS` has one `name:value\n` line per entry of `signed_headers` (which must be lower-case
/// and sorted); the value is trimmed, and several values of one header are joined with `,`. A
/// header absent from `headers` gives an empty value; bytes that are not UTF-8 are replaced by
/// U+FFFD (`sign` and `verify` reject such values before getting here).
pub fn canonical_request(
    method: &Method,
    url: &Url,
    headers: &HeaderMap,
    signed_headers: &[String],
    payload_hash: &str,
) -> String {
    let mut out = String::with_capacity(512);
    out.push_str(method.as_str());
    out.push('\n');
    out.push_str(&canonical_uri(url.path()));
    out.push('\n');
    out.push_str(&canonical_query(url));
    out.push('\n');
    for name in signed_headers {
        out.push_str(name);
        out.push(':');
        for (i, value) in headers.get_all(name.as_str()).iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(String::from_utf8_lossy(value.as_bytes()).trim());
        }
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&signed_headers.join(";"));
    out.push('\n');
    out.push_str(payload_hash);
    out
}

/// Canonical form of a URL path, as the official signer computes it: the whole path is
/// percent-decoded first (bytes that are not UTF-8 become U+FFFD, as Python's `unquote` does),
/// then split on `/` (so an encoded `%2F` becomes a separator), and each segment re-encoded
/// keeping only `A-Z a-z 0-9 - _ . ~`; always ends with `/` (only in the canonical form).
pub fn canonical_uri(path: &str) -> String {
    let decoded: Vec<u8> = percent_decode_str(path).collect();
    let decoded = String::from_utf8_lossy(&decoded);
    let mut out = String::with_capacity(path.len() + 8);
    for (i, segment) in decoded.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        out.extend(utf8_percent_encode(segment, UNRESERVED));
    }
    if !out.ends_with('/') {
        out.push('/');
    }
    out
}

/// Canonical form of the URL's query, as the official signer computes it: the pairs decoded
/// (as `application/x-www-form-urlencoded`), sorted by key then value in code-point order (the
/// decoded text, not its encoding: `Z` < `a` < `é`), then key and value percent-encoded keeping
/// only `A-Z a-z 0-9 - _ . ~` (space `%20`, `+` `%2B`, `:` `%3A`, `/` `%2F`, `*` `%2A`),
/// `key=value` joined with `&` (`key=` for an empty value). Empty when there is no query.
pub fn canonical_query(url: &Url) -> String {
    // UTF-8 byte order is code-point order, which is how Python sorts the SDK's `str` pairs.
    let mut pairs: Vec<_> = url.query_pairs().collect();
    pairs.sort_unstable();
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.extend(utf8_percent_encode(k, UNRESERVED));
        out.push('=');
        out.extend(utf8_percent_encode(v, UNRESERVED));
    }
    out
}

/// `SDK-HMAC-SHA256\n{sdk_date}\n{hex(sha256(canonical_request))}`.
pub fn string_to_sign(sdk_date: &str, canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{sdk_date}\n{}",
        hex::encode(Sha256::digest(canonical_request.as_bytes()))
    )
}

/// Hex HMAC-SHA256 of `string_to_sign`, keyed with the secret key's bytes.
pub fn signature(sk: &str, string_to_sign: &str) -> String {
    // HMAC accepts keys of any length, so `new_from_slice` cannot fail; an empty string (which
    // never verifies) stands in for the impossible error rather than a panic.
    HmacSha256::new_from_slice(sk.as_bytes())
        .map(|mut mac| {
            mac.update(string_to_sign.as_bytes());
            hex::encode(mac.finalize().into_bytes())
        })
        .unwrap_or_default()
}

/// The payload hash, by the official signer's rules in their order: an empty body hashes the
/// empty string, whatever the headers say; else a non-empty `X-Sdk-Content-Sha256` header is
/// used as it is (`UNSIGNED-PAYLOAD` for bodies whose content type is not JSON, or a hash the
/// caller computed); else the hex SHA-256 of the body.
pub fn payload_hash(headers: &HeaderMap, body: &[u8]) -> String {
    if body.is_empty() {
        return hex::encode(Sha256::digest(body));
    }
    match single_value(headers, HEADER_CONTENT_SHA256) {
        Ok(Some(given)) if !given.is_empty() => given.to_owned(),
        _ => hex::encode(Sha256::digest(body)),
    }
}

/// Signed header names: every header present whose name has no `_`, lower-case, sorted.
fn signed_header_names(headers: &HeaderMap) -> Vec<String> {
    // `HeaderName`s are lower-case already; `keys` yields each name once.
    let mut names: Vec<String> = headers
        .keys()
        .map(HeaderName::as_str)
        .filter(|name| !name.contains('_'))
        .map(str::to_owned)
        .collect();
    names.sort_unstable();
    names
}

/// Whether every value of a header is UTF-8 text.
fn is_text(headers: &HeaderMap, name: &str) -> bool {
    headers
        .get_all(name)
        .iter()
        .all(|v| std::str::from_utf8(v.as_bytes()).is_ok())
}

/// The value of a header that must appear at most once: `Ok(None)` when absent, `Err(())` when
/// repeated or not UTF-8 text. Trimmed.
fn single_value<'a>(headers: &'a HeaderMap, name: &str) -> Result<Option<&'a str>, ()> {
    let mut values = headers.get_all(name).iter();
    match (values.next(), values.next()) {
        (None, _) => Ok(None),
        (Some(value), None) => std::str::from_utf8(value.as_bytes())
            .map(|v| Some(v.trim()))
            .map_err(|_| ()),
        (Some(_), Some(_)) => Err(()),
    }
}

/// The `Host` header for a URL: host, plus `:port` when the URL has an explicit port (the `url`
/// crate drops a port equal to the scheme's default).
fn host_header(url: &Url) -> Option<String> {
    let host = url.host_str().filter(|h| !h.is_empty())?;
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    })
}

/// Whether the request has a non-empty `Content-Type` that does not start with
/// `application/json` or `application/bson`, whose body the SDK leaves unsigned. The official
/// signer compares the value as it is: case-sensitive, with no trimming.
fn needs_unsigned_payload(headers: &HeaderMap) -> bool {
    let Some(content_type) = headers.get(CONTENT_TYPE) else {
        return false;
    };
    let value = content_type.as_bytes();
    !value.is_empty()
        && !value.starts_with(b"application/json")
        && !value.starts_with(b"application/bson")
}

/// Parses an `X-Sdk-Date` value strictly: exactly `YYYYMMDDTHHMMSSZ`.
fn parse_sdk_date(value: &str) -> Option<DateTime<Utc>> {
    let bytes = value.as_bytes();
    let shape_ok = bytes.len() == 16
        && bytes.iter().enumerate().all(|(i, b)| match i {
            8 => *b == b'T',
            15 => *b == b'Z',
            _ => b.is_ascii_digit(),
        });
    if !shape_ok {
        return None;
    }
    NaiveDateTime::parse_from_str(value, SDK_DATE_FORMAT)
        .ok()
        .map(|naive| naive.and_utc())
}

/// Access keys go verbatim into `Access=…, `: they must be printable and free of separators.
fn valid_access_key(ak: &str) -> bool {
    !ak.is_empty()
        && ak
            .bytes()
            .all(|b| b.is_ascii_graphic() && b != b',' && b != b'=')
}

#[cfg(test)]
mod tests;
