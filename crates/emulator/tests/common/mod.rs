//! A tiny HTTP/1.1 client over a raw TCP stream: exact headers (the fixture's `Host` is sent
//! verbatim), and a precise view of short or reset bodies.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::net::SocketAddr;

use chrono::{DateTime, Utc};
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use huaweicloud_emulator::Emulator;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A response as read off the wire.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The read error that ended the body early, if any (e.g. a reset).
    pub error: Option<std::io::ErrorKind>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "body is not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }
    pub fn content_length(&self) -> Option<usize> {
        self.header("content-length").and_then(|v| v.parse().ok())
    }
    /// Asserts the status and a 32-hex-digit X-Request-Id.
    pub fn expect(&self, status: u16) -> &Self {
        assert_eq!(
            self.status,
            status,
            "unexpected status; body: {}",
            String::from_utf8_lossy(&self.body)
        );
        let id = self.header("x-request-id").expect("X-Request-Id");
        assert!(
            id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()),
            "{id}"
        );
        self
    }
    /// Asserts a Huawei-style error with this status and code.
    pub fn expect_error(&self, status: u16, code: &str) -> String {
        self.expect(status);
        let v = self.json();
        assert_eq!(v["error_code"], code, "{v}");
        v["error_msg"].as_str().expect("error_msg").to_owned()
    }
}

/// Send `head` (request line and headers, without the final blank line) and `body`, read one
/// response (up to its Content-Length, or to the end of the stream).
pub async fn send_raw(addr: SocketAddr, head: &str, body: &[u8], is_head: bool) -> Resp {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let mut request = head.trim_end_matches("\r\n").as_bytes().to_vec();
    request.extend_from_slice(b"\r\n\r\n");
    request.extend_from_slice(body);
    stream.write_all(&request).await.expect("write");
    let mut buf = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    let mut error = None;
    let mut header_end = None;
    loop {
        if header_end.is_none() {
            header_end = buf.windows(4).position(|w| w == b"\r\n\r\n");
        }
        if let Some(end) = header_end {
            let text = String::from_utf8_lossy(&buf[..end]).to_string();
            let cl = text.lines().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse::<usize>().ok())?
            });
            if is_head && cl.is_some() || cl.is_some_and(|cl| buf.len() >= end + 4 + cl) {
                break;
            }
        }
        match stream.read(&mut chunk).await {
            Ok(0) => break,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e) => {
                error = Some(e.kind());
                break;
            }
        }
    }
    let end = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| {
            panic!(
                "no response head in {:?} ({error:?})",
                String::from_utf8_lossy(&buf)
            )
        });
    let head = String::from_utf8_lossy(&buf[..end]).to_string();
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("bad status line {status_line:?}"));
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect::<Vec<_>>();
    assert!(
        !headers
            .iter()
            .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked")),
        "chunked responses are not expected"
    );
    Resp {
        status,
        headers,
        body: buf[end + 4..].to_vec(),
        error,
    }
}

/// A request with the given headers (plus Host and Content-Length).
pub async fn call(
    emu: &Emulator,
    method: &str,
    path_and_query: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Resp {
    let mut head = format!(
        "{method} {path_and_query} HTTP/1.1\r\nHost: {}\r\n",
        emu.addr()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() || method == "POST" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    send_raw(emu.addr(), &head, body, method == "HEAD").await
}

/// A request authenticated with the emulator's token.
pub async fn with_token(emu: &Emulator, method: &str, pq: &str, body: &[u8]) -> Resp {
    let token = emu.credentials().token;
    call(
        emu,
        method,
        pq,
        &[
            ("Content-Type", "application/json"),
            ("X-Auth-Token", &token),
        ],
        body,
    )
    .await
}

/// The signed headers of a request, as the official SDK builds them.
pub fn sign_headers(
    emu: &Emulator,
    method: &str,
    pq: &str,
    body: &[u8],
    sk: &str,
    now: DateTime<Utc>,
) -> HeaderMap {
    let creds = emu.credentials();
    let url = url::Url::parse(&format!("{}{pq}", emu.base_url())).expect("url");
    let mut headers = HeaderMap::new();
    headers.insert(
        http::header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(
        HeaderName::from_static("x-project-id"),
        HeaderValue::from_str(&creds.project_id).expect("project"),
    );
    let method: Method = method.parse().expect("method");
    huaweicloud_core::signing::sign(&method, &url, &mut headers, body, &creds.ak, sk, now)
        .expect("sign");
    headers
}

/// Send a request with exactly these headers.
pub async fn send_headers(
    emu: &Emulator,
    method: &str,
    pq: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Resp {
    let mut head = format!("{method} {pq} HTTP/1.1\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {}\r\n", v.to_str().expect("text")));
    }
    if !headers.contains_key(http::header::HOST) {
        head.push_str(&format!("Host: {}\r\n", emu.addr()));
    }
    if !body.is_empty() || method == "POST" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    send_raw(emu.addr(), &head, body, method == "HEAD").await
}

/// A request signed with the emulator's AK/SK at its clock's time.
pub async fn signed(emu: &Emulator, method: &str, pq: &str, body: &[u8]) -> Resp {
    let headers = sign_headers(
        emu,
        method,
        pq,
        body,
        &emu.credentials().sk,
        emu.clock().now(),
    );
    send_headers(emu, method, pq, &headers, body).await
}

/// GET (or HEAD) of a full URL the emulator returned, with extra headers.
pub async fn fetch(emu: &Emulator, method: &str, url: &str, headers: &[(&str, &str)]) -> Resp {
    let pq = url
        .strip_prefix(emu.base_url())
        .unwrap_or_else(|| panic!("{url} is not on the emulator"));
    call(emu, method, pq, headers, b"").await
}

/// `yyyy-mm-ddThh:mm:ss+0000`, percent-encoded for a query.
pub fn q_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%%2B0000").to_string()
}
