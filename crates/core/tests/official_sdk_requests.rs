//! Replays requests exactly as the official Huawei Cloud Python SDK sent them through
//! [`verify`]: what the real SDK signs, our verifier must accept, and any tampering must fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use huaweicloud_core::signing::{
    Authorization, SDK_DATE_FORMAT, Verified, VerifyError, sign, verify,
};
use serde::Deserialize;
use url::Url;

/// The service's tolerance for clock skew.
const SKEW: Duration = Duration::from_secs(15 * 60);

#[derive(Debug, Deserialize)]
struct Fixture {
    credentials: Credentials,
    requests: Vec<Recorded>,
}

#[derive(Debug, Deserialize)]
struct Credentials {
    ak: String,
    sk: String,
}

#[derive(Debug, Deserialize)]
struct Recorded {
    operation: String,
    method: String,
    path: String,
    raw_query: String,
    headers: Vec<(String, String)>,
    body: Option<String>,
}

struct Replay {
    operation: String,
    method: Method,
    url: Url,
    headers: HeaderMap,
    body: Vec<u8>,
    now: DateTime<Utc>,
    /// The access key that signed it.
    ak: String,
}

impl Replay {
    fn verify_with(&self, sk: &str) -> Result<Verified, VerifyError> {
        self.verify_as(&self.url, &self.headers, &self.body, sk, self.now)
    }

    fn verify_as(
        &self,
        url: &Url,
        headers: &HeaderMap,
        body: &[u8],
        sk: &str,
        now: DateTime<Utc>,
    ) -> Result<Verified, VerifyError> {
        verify(
            &self.method,
            url,
            headers,
            body,
            |asked: &str| (asked == self.ak).then(|| sk.to_owned()),
            now,
            SKEW,
        )
    }
}

fn fixture() -> Fixture {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/official-sdk/requests.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("cannot parse {}: {e}", path.display()))
}

fn replays() -> (Credentials, Vec<Replay>) {
    let fixture = fixture();
    let ak = fixture.credentials.ak.clone();
    assert!(!fixture.requests.is_empty(), "the fixture has no requests");
    let replays = fixture
        .requests
        .into_iter()
        .map(|r| {
            let mut headers = HeaderMap::new();
            for (name, value) in &r.headers {
                headers.append(
                    HeaderName::from_bytes(name.as_bytes()).unwrap(),
                    HeaderValue::from_str(value).unwrap(),
                );
            }
            let host = headers["host"].to_str().unwrap();
            let query = if r.raw_query.is_empty() {
                String::new()
            } else {
                format!("?{}", r.raw_query)
            };
            let url = Url::parse(&format!("http://{host}{}{query}", r.path)).unwrap();
            let date = headers["x-sdk-date"].to_str().unwrap();
            let now = NaiveDateTime::parse_from_str(date, SDK_DATE_FORMAT)
                .unwrap()
                .and_utc();
            Replay {
                operation: r.operation,
                method: Method::from_bytes(r.method.as_bytes()).unwrap(),
                url,
                headers,
                body: r.body.unwrap_or_default().into_bytes(),
                now,
                ak: ak.clone(),
            }
        })
        .collect();
    (fixture.credentials, replays)
}

/// Runs `case` on every replay and reports all the unexpected outcomes at once.
fn each(what: &str, case: impl Fn(&Credentials, &Replay) -> Result<(), String>) {
    let (credentials, replays) = replays();
    let failures: Vec<String> = replays
        .iter()
        .filter_map(|r| {
            case(&credentials, r)
                .err()
                .map(|e| format!("- {}: {e}", r.operation))
        })
        .collect();
    assert!(failures.is_empty(), "{what}:\n{}", failures.join("\n"));
}

fn expect_err(
    got: Result<Verified, VerifyError>,
    want: impl Fn(&VerifyError) -> bool,
) -> Result<(), String> {
    match got {
        Err(e) if want(&e) => Ok(()),
        other => Err(format!("unexpected {other:?}")),
    }
}

#[test]
fn official_requests_verify() {
    each(
        "requests signed by the official SDK must verify",
        |c, r| match r.verify_with(&c.sk) {
            Ok(v) if v.access_key == c.ak => Ok(()),
            other => Err(format!("{other:?}")),
        },
    );
}

#[test]
fn our_signer_reproduces_official_signatures() {
    each(
        "signing the same headers must give the official Authorization",
        |c, r| {
            let official = r.headers["authorization"].to_str().unwrap();
            let listed: Vec<String> = official
                .parse::<Authorization>()
                .map_err(|e| format!("{e:?}"))?
                .signed_headers;
            // What the SDK had before signing: the signed headers, less Host, which comes from the URL.
            let mut headers = HeaderMap::new();
            for name in listed.iter().filter(|n| *n != "host") {
                for value in r.headers.get_all(name.as_str()) {
                    headers.append(
                        HeaderName::from_bytes(name.as_bytes()).unwrap(),
                        value.clone(),
                    );
                }
            }
            sign(
                &r.method,
                &r.url,
                &mut headers,
                &r.body,
                &c.ak,
                &c.sk,
                Utc::now(),
            )
            .map_err(|e| format!("{e:?}"))?;
            let ours = headers["authorization"].to_str().unwrap();
            if ours == official {
                Ok(())
            } else {
                Err(format!("\n    official {official}\n    ours     {ours}"))
            }
        },
    );
}

#[test]
fn official_requests_verify_within_skew() {
    each("a clock 14 minutes off either way is accepted", |c, r| {
        for minutes in [-14, 14] {
            let now = r.now + TimeDelta::minutes(minutes);
            r.verify_as(&r.url, &r.headers, &r.body, &c.sk, now)
                .map_err(|e| format!("{minutes} min: {e:?}"))?;
        }
        Ok(())
    });
}

#[test]
fn wrong_secret_key_is_rejected() {
    each("a wrong SK must fail", |c, r| {
        let sk = format!("{}x", c.sk);
        expect_err(r.verify_with(&sk), |e| *e == VerifyError::SignatureMismatch)
    });
}

#[test]
fn altered_query_is_rejected() {
    each("an altered query must fail", |c, r| {
        let mut url = r.url.clone();
        let query = match r.url.query() {
            Some(q) => q.replacen("offset=0", "offset=1", 1),
            None => "offset=0".to_owned(),
        };
        url.set_query(Some(&query));
        if url == r.url {
            return Err("query not altered".to_owned());
        }
        expect_err(r.verify_as(&url, &r.headers, &r.body, &c.sk, r.now), |e| {
            *e == VerifyError::SignatureMismatch
        })
    });
}

#[test]
fn altered_body_is_rejected() {
    each("an altered body must fail", |c, r| {
        let mut body = r.body.clone();
        match body.iter_mut().find(|b| b.is_ascii_digit()) {
            Some(b) => *b = if *b == b'9' { b'8' } else { *b + 1 },
            None => body.extend_from_slice(b"{}"),
        }
        expect_err(r.verify_as(&r.url, &r.headers, &body, &c.sk, r.now), |e| {
            *e == VerifyError::SignatureMismatch
        })
    });
}

#[test]
fn stale_date_is_rejected() {
    each("a clock 16 minutes ahead or behind must fail", |c, r| {
        for minutes in [-16, 16] {
            let now = r.now + TimeDelta::minutes(minutes);
            expect_err(r.verify_as(&r.url, &r.headers, &r.body, &c.sk, now), |e| {
                matches!(e, VerifyError::ClockSkew { .. })
            })
            .map_err(|e| format!("{minutes} min: {e}"))?;
        }
        Ok(())
    });
}

#[test]
fn removed_signed_header_is_rejected() {
    each("removing a signed header must name it", |c, r| {
        for name in ["user-agent", "x-project-id", "host", "x-sdk-date"] {
            let mut headers = r.headers.clone();
            headers.remove(name);
            let got = r.verify_as(&r.url, &headers, &r.body, &c.sk, r.now);
            expect_err(got, |e| {
                *e == VerifyError::MissingSignedHeader(name.to_owned())
            })
            .map_err(|e| format!("without {name}: {e}"))?;
        }
        Ok(())
    });
}

#[test]
fn altered_signed_header_is_rejected() {
    each("changing a signed header's value must fail", |c, r| {
        let mut headers = r.headers.clone();
        headers.insert(
            "x-project-id",
            HeaderValue::from_static("ffffffffffffffffffffffffffffffff"),
        );
        expect_err(r.verify_as(&r.url, &headers, &r.body, &c.sk, r.now), |e| {
            *e == VerifyError::SignatureMismatch
        })
    });
}

#[test]
fn unsigned_headers_added_later_are_ignored() {
    each("headers outside SignedHeaders do not matter", |c, r| {
        let mut headers = r.headers.clone();
        headers.remove("accept-encoding");
        headers.insert("x-forwarded-for", HeaderValue::from_static("10.0.0.1"));
        r.verify_as(&r.url, &headers, &r.body, &c.sk, r.now)
            .map(drop)
            .map_err(|e| format!("{e:?}"))
    });
}

#[test]
fn unsigned_security_token_is_rejected() {
    each(
        "an X-Security-Token outside SignedHeaders must fail",
        |c, r| {
            let mut headers = r.headers.clone();
            headers.insert("x-security-token", HeaderValue::from_static("token"));
            expect_err(r.verify_as(&r.url, &headers, &r.body, &c.sk, r.now), |e| {
                *e == VerifyError::UnsignedRequiredHeader("x-security-token".to_owned())
            })
        },
    );
}

#[test]
fn missing_or_foreign_authorization_is_rejected() {
    each("Authorization problems are named", |c, r| {
        let mut headers = r.headers.clone();
        headers.remove("authorization");
        expect_err(r.verify_as(&r.url, &headers, &r.body, &c.sk, r.now), |e| {
            *e == VerifyError::MissingAuthorization
        })?;
        headers.insert("authorization", HeaderValue::from_static("Bearer abc"));
        expect_err(r.verify_as(&r.url, &headers, &r.body, &c.sk, r.now), |e| {
            *e == VerifyError::UnsupportedAlgorithm
        })?;
        let unknown = verify(
            &r.method,
            &r.url,
            &r.headers,
            &r.body,
            |_| None,
            r.now,
            SKEW,
        );
        expect_err(unknown, |e| *e == VerifyError::UnknownAccessKey)
    });
}

#[test]
fn errors_do_not_leak_secrets() {
    let (c, replays) = replays();
    for r in &replays {
        let Err(e) = r.verify_with("another secret") else {
            panic!("{}: a wrong SK verified", r.operation);
        };
        let text = format!("{e} {e:?}");
        assert!(!text.contains(&c.sk), "{}: {text}", r.operation);
        assert!(!text.contains("another secret"), "{}: {text}", r.operation);
    }
}
