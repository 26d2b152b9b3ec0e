//! Who is asking: an AK/SK signature, checked as the API gateway checks it, or the IAM token.

use http::header;
use http::request::Parts;
use huaweicloud_core::signing;

use super::{App, MAX_SKEW};

/// Checks the request's credentials: `Authorization` (an `SDK-HMAC-SHA256` signature, verified
/// against the emulator's clock with [`MAX_SKEW`]) when present, else `X-Auth-Token`. The
/// error says why, for the `APIGW.0301` message.
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
        let secret_for = |ak: &str| (ak == app.config.ak).then(|| app.config.sk.clone());
        signing::verify(
            &parts.method,
            &url,
            headers,
            body,
            secret_for,
            app.config.clock.now(),
            MAX_SKEW,
        )
        .map(|_| ())
        .map_err(|e| e.to_string())
    } else if let Some(token) = headers.get("x-auth-token") {
        // Compared in constant time.
        let expected = app.config.token.as_bytes();
        let given = token.as_bytes();
        let mut diff = u8::from(given.len() != expected.len());
        for (a, b) in given.iter().zip(expected.iter().cycle()) {
            diff |= a ^ b;
        }
        if diff == 0 {
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
