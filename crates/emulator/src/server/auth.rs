//! Who is asking: an AK/SK signature, checked as the API gateway checks it (the permanent pair,
//! or a temporary pair the emulator issued, with its security token), or the IAM token.

use http::request::Parts;
use http::{HeaderMap, header};
use huaweicloud_core::signing::{self, HEADER_SECURITY_TOKEN};

use super::{App, MAX_SKEW};

/// Checks the request's credentials: `Authorization` (an `SDK-HMAC-SHA256` signature, verified
/// against the emulator's clock with [`MAX_SKEW`]) when present, else `X-Auth-Token`. The
/// error says why, for the `APIGW.0301` message.
///
/// A signature by a temporary access key also needs the key's own `X-Security-Token` (the
/// verifier has checked that it is signed when present), and the key must not have expired.
pub(super) fn authenticate(app: &App, parts: &Parts, body: &[u8]) -> Result<(), String> {
    let headers = &parts.headers;
    if headers.contains_key(header::AUTHORIZATION) {
        let path_and_query = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/");
        let url = url::Url::parse(&format!("http://emulator.invalid{path_and_query}"))
            .map_err(|_| "the request URI cannot be parsed".to_owned())?;
        let config = &app.config;
        let secret_for = |ak: &str| {
            if ak == config.ak {
                Some(config.sk.clone())
            } else {
                app.vault.get(ak).map(|c| c.secret)
            }
        };
        let now = config.clock.now();
        let verified = signing::verify(
            &parts.method,
            &url,
            headers,
            body,
            secret_for,
            now,
            MAX_SKEW,
        )
        .map_err(|e| e.to_string())?;
        if verified.access_key == config.ak {
            return Ok(());
        }
        let Some(issued) = app.vault.get(&verified.access_key) else {
            return Err("unknown access key".to_owned());
        };
        match security_token(headers) {
            None => {
                return Err(
                    "the access key is temporary and the request has no single X-Security-Token"
                        .to_owned(),
                );
            }
            Some(token) if !same(token.as_bytes(), issued.security_token.as_bytes()) => {
                return Err("the X-Security-Token is not the one of the access key".to_owned());
            }
            Some(_) => {}
        }
        if now >= issued.expires_at {
            return Err(format!(
                "the security token has expired (at {})",
                issued.expires_at.format("%Y-%m-%dT%H:%M:%SZ")
            ));
        }
        Ok(())
    } else if let Some(token) = headers.get("x-auth-token") {
        if is_token(app, token.as_bytes()) {
            Ok(())
        } else {
            Err("the X-Auth-Token is invalid or expired".to_owned())
        }
    } else {
        Err(
            "the request has neither an Authorization (AK/SK signature) nor an X-Auth-Token header"
                .to_owned(),
        )
    }
}

/// Whether `given` is the emulator's IAM token (compared in constant time).
pub(super) fn is_token(app: &App, given: &[u8]) -> bool {
    same(given, app.config.token.as_bytes())
}

/// The one `X-Security-Token` of the request, as text.
fn security_token(headers: &HeaderMap) -> Option<&str> {
    let mut values = headers.get_all(HEADER_SECURITY_TOKEN).iter();
    match (values.next(), values.next()) {
        (Some(v), None) => v.to_str().ok(),
        _ => None,
    }
}

/// `given == expected`, in a time that depends only on their lengths.
pub(super) fn same(given: &[u8], expected: &[u8]) -> bool {
    let mut diff = u8::from(given.len() != expected.len());
    for (a, b) in given.iter().zip(expected.iter().cycle()) {
        diff |= a ^ b;
    }
    diff == 0
}
