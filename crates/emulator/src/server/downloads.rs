//! The bucket behind the download links: presigned, expiring links, `Range`, `HEAD`, bodies
//! generated and streamed block by block, and the faults that cut them short.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::Extension;
use axum::body::Body;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::response::Response;
use bytes::Bytes;
use hmac::{Hmac, KeyInit, Mac};
use http::request::Parts;
use http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use sha2::Sha256;

use super::errors::obs_error;
use super::faults::{self, Cut};
use super::{App, RequestId, counted, first, query_pairs, route_params};
use crate::config::Service;
use crate::dataset::{self, Dataset, LogFile, LogKind, text_key};
use crate::net::Peer;

/// The counter of every request under `/download/`.
const DOWNLOAD: &str = "download";

type HmacSha256 = Hmac<Sha256>;

impl App {
    /// Sign a download path with an expiry: `?expires=UNIX&signature=HEX`.
    pub fn link_signature(&self, path: &str, expires: i64) -> String {
        let Ok(mut mac) = HmacSha256::new_from_slice(&self.link_key) else {
            return String::new();
        };
        mac.update(format!("GET\n{path}\n{expires}").as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    fn link_valid(&self, path: &str, expires: i64, signature: &str) -> bool {
        let Ok(claimed) = hex::decode(signature) else {
            return false;
        };
        let Ok(mut mac) = HmacSha256::new_from_slice(&self.link_key) else {
            return false;
        };
        mac.update(format!("GET\n{path}\n{expires}").as_bytes());
        mac.verify_slice(&claimed).is_ok()
    }

    /// A presigned download URL for `file` on the shared listener, valid until `expires`
    /// (Unix seconds).
    pub fn link(&self, file: &LogFile, expires: i64) -> String {
        self.link_on(&self.endpoint, file, expires)
    }

    /// A presigned download URL for `file` under `base` (the base URL of the listener that
    /// hands it out: every listener serves the downloads), valid until `expires`.
    pub fn link_on(&self, base: &str, file: &LogFile, expires: i64) -> String {
        let path = dataset::download_path(file);
        let signature = self.link_signature(&path, expires);
        format!("{base}{path}?expires={expires}&signature={signature}")
    }
}

/// `{service}`, `{instance_id}`, `{kind}` and `{log_id}` of a download path, percent-decoded
/// (no kind: the service's first kind, audit or DDL).
pub(super) struct FilePath {
    service: String,
    instance: String,
    kind: Option<String>,
    log_id: String,
}

impl<S: Send + Sync> FromRequestParts<S> for FilePath {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Infallible> {
        // `/download/{service}/{instance_id}/{log_id}`
        let [service, instance, log_id] = route_params(parts, state, [2, 3, 4]).await;
        Ok(Self {
            service,
            instance,
            kind: None,
            log_id,
        })
    }
}

/// The same with a kind: `/download/{service}/{instance_id}/{kind}/{log_id}`.
pub(super) struct KindFilePath(FilePath);

impl<S: Send + Sync> FromRequestParts<S> for KindFilePath {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Infallible> {
        let [service, instance, kind, log_id] = route_params(parts, state, [2, 3, 4, 5]).await;
        Ok(Self(FilePath {
            service,
            instance,
            kind: Some(kind),
            log_id,
        }))
    }
}

/// `GET` or `HEAD /download/{service}/{instance_id}/{log_id}?expires=UNIX&signature=HEX`.
pub(super) async fn download(
    State(app): State<Arc<App>>,
    ConnectInfo(peer): ConnectInfo<Peer>,
    Extension(RequestId(id)): Extension<RequestId>,
    path: FilePath,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let resp = match check_link(&app, &uri) {
        Err(refusal) => refusal.into_response(&id),
        Ok(()) => serve(&app, &peer, &id, &path, &method, &headers).await,
    };
    counted(DOWNLOAD, resp)
}

/// `GET` or `HEAD /download/{service}/{instance_id}/{kind}/{log_id}?expires=…&signature=…`:
/// the files past the first six operations' (TaurusDB audit, slow and error logs).
pub(super) async fn download_kind(
    State(app): State<Arc<App>>,
    ConnectInfo(peer): ConnectInfo<Peer>,
    Extension(RequestId(id)): Extension<RequestId>,
    KindFilePath(path): KindFilePath,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let resp = match check_link(&app, &uri) {
        Err(refusal) => refusal.into_response(&id),
        Ok(()) => serve(&app, &peer, &id, &path, &method, &headers).await,
    };
    counted(DOWNLOAD, resp)
}

/// Other methods on a download path: 405, `Allow: GET, HEAD`.
pub(super) async fn method_not_allowed(Extension(RequestId(id)): Extension<RequestId>) -> Response {
    let mut resp = obs_error(
        StatusCode::METHOD_NOT_ALLOWED,
        "MethodNotAllowed",
        "The specified method is not allowed against this resource.",
        &id,
    );
    resp.headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
    counted(DOWNLOAD, resp)
}

/// A path under `/download/` that is not `{service}/{instance_id}/{log_id}`: refused as the
/// bucket refuses any key (method, then link), and a link it signed names no file.
pub(super) async fn not_a_file(
    State(app): State<Arc<App>>,
    Extension(RequestId(id)): Extension<RequestId>,
    req: Request,
) -> Response {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return method_not_allowed(Extension(RequestId(id))).await;
    }
    let resp = match check_link(&app, req.uri()) {
        Err(refusal) => refusal.into_response(&id),
        Ok(()) => no_such_key(&id),
    };
    counted(DOWNLOAD, resp)
}

/// Why a link is refused (403): the OBS error code and message.
struct Refusal(&'static str, &'static str);

impl Refusal {
    fn into_response(self, request_id: &str) -> Response {
        let Self(code, msg) = self;
        obs_error(StatusCode::FORBIDDEN, code, msg, request_id)
    }
}

/// The link's signature (over the path as sent, and the expiry) and its expiry, by the
/// emulator's clock.
fn check_link(app: &App, uri: &Uri) -> Result<(), Refusal> {
    let query = query_pairs(uri);
    let (Some(expires), Some(signature)) = (first(&query, "expires"), first(&query, "signature"))
    else {
        return Err(Refusal(
            "AccessDenied",
            "Query-string authentication requires the expires and signature parameters.",
        ));
    };
    let Ok(expires) = expires.parse::<i64>() else {
        return Err(Refusal(
            "AccessDenied",
            "The expires parameter is not a number.",
        ));
    };
    if !app.link_valid(uri.path(), expires, signature) {
        return Err(Refusal(
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided.",
        ));
    }
    if app.config.clock.now().timestamp() >= expires {
        return Err(Refusal("AccessDenied", "Request has expired."));
    }
    Ok(())
}

fn no_such_key(request_id: &str) -> Response {
    obs_error(
        StatusCode::NOT_FOUND,
        "NoSuchKey",
        "The specified key does not exist.",
        request_id,
    )
}

/// The file of a valid link: faults, range, counts, headers and the streamed body.
async fn serve(
    app: &Arc<App>,
    peer: &Peer,
    request_id: &str,
    path: &FilePath,
    method: &Method,
    headers: &HeaderMap,
) -> Response {
    let service = path.service.parse::<Service>().ok();
    let file_index = service.and_then(|s| {
        let kind = match &path.kind {
            None => LogKind::primary(s),
            // The first kind is only served at its original path.
            Some(k) => k.parse().ok().filter(|k| *k != LogKind::primary(s))?,
        };
        app.dataset
            .file_index_of(s, kind, &path.instance, &path.log_id)
    });
    let Some((index, file)) = file_index.and_then(|i| app.dataset.file(i).map(|f| (i, f))) else {
        return no_such_key(request_id);
    };
    let key = dataset::download_key(file);
    let fault = faults::download(app, &key).await;

    let size = file.size;
    let (status, start, end) = match parse_range(headers, size) {
        Ok(None) => (StatusCode::OK, 0, size),
        Ok(Some((a, b))) => (StatusCode::PARTIAL_CONTENT, a, b + 1),
        Err(()) => {
            let mut resp = obs_error(
                StatusCode::RANGE_NOT_SATISFIABLE,
                "InvalidRange",
                "The requested range is not satisfiable.",
                request_id,
            );
            if let Ok(v) = HeaderValue::from_str(&format!("bytes */{size}")) {
                resp.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            return resp;
        }
    };
    let len = end - start;
    let head = method == Method::HEAD;
    // Faults on the body: GET with a non-empty body only.
    let cut = if head {
        None
    } else {
        fault.cut(app, &key, start, len)
    };

    {
        let mut stats = app.stats();
        let d = stats.downloads.entry(key).or_default();
        if head {
            d.head += 1;
        } else {
            d.get += 1;
            d.bytes += cut.map_or(len, |c| c.at - start);
        }
    }

    let body = if head {
        Body::empty()
    } else {
        body_stream(
            Arc::clone(&app.dataset),
            index,
            start,
            end,
            cut,
            peer.clone(),
        )
    };
    let mut resp = Response::new(body);
    *resp.status_mut() = status;
    let h = resp.headers_mut();
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache, no-store"),
    );
    let etag = format!(
        "\"{:016x}{:016x}\"",
        text_key(app.config.seed, &[&file.id]),
        size
    );
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&file.end.format("%a, %d %b %Y %H:%M:%S GMT").to_string())
    {
        h.insert(header::LAST_MODIFIED, v);
    }
    let leaf = file.name.rsplit('/').next().unwrap_or(&file.name);
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{leaf}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    if status == StatusCode::PARTIAL_CONTENT
        && let Ok(v) = HeaderValue::from_str(&format!("bytes {start}-{}/{size}", end - 1))
    {
        h.insert(header::CONTENT_RANGE, v);
    }
    resp
}

/// The range to serve: `Ok(None)` for the whole file, `Err(())` when unsatisfiable.
fn parse_range(headers: &HeaderMap, size: u64) -> Result<Option<(u64, u64)>, ()> {
    let Some(value) = headers.get(header::RANGE).and_then(|v| v.to_str().ok()) else {
        return Ok(None);
    };
    let Some(spec) = value.trim().strip_prefix("bytes=") else {
        return Ok(None);
    };
    if spec.contains(',') {
        // Several ranges: served as the whole file, which RFC 9110 allows.
        return Ok(None);
    }
    let Some((a, b)) = spec.trim().split_once('-') else {
        return Ok(None);
    };
    let (a, b) = (a.trim(), b.trim());
    let num = |s: &str| -> Option<u64> {
        (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match (a.is_empty(), b.is_empty()) {
        (true, true) => Ok(None),
        (true, false) => {
            let Some(n) = num(b) else { return Ok(None) };
            if n == 0 || size == 0 {
                return Err(());
            }
            Ok(Some((size.saturating_sub(n), size - 1)))
        }
        (false, _) => {
            let Some(first) = num(a) else { return Ok(None) };
            let last = if b.is_empty() {
                u64::MAX
            } else {
                match num(b) {
                    Some(l) => l,
                    None => return Ok(None),
                }
            };
            if last < first {
                return Ok(None);
            }
            if first >= size {
                return Err(());
            }
            Ok(Some((first, last.min(size - 1))))
        }
    }
}

/// The body `start..end` of a file, generated block by block; with `cut`, it stops at the cut
/// point, with an error (and a reset connection) or cleanly (short of `Content-Length`).
fn body_stream(
    dataset: Arc<Dataset>,
    index: usize,
    start: u64,
    end: u64,
    cut: Option<Cut>,
    peer: Peer,
) -> Body {
    let stop = cut.map_or(end, |c| c.at);
    let reset = cut.is_some_and(|c| c.reset);
    let cut_at = cut.is_some();
    let stream = futures_util::stream::unfold((start, false), move |(pos, done)| {
        let dataset = Arc::clone(&dataset);
        let peer = peer.clone();
        async move {
            if done {
                return None;
            }
            if pos >= stop {
                if cut_at {
                    // Let the connection flush what was sent so far: the peer gets a prefix,
                    // then the reset or the early close.
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                if reset {
                    peer.reset();
                    return Some((
                        Err(std::io::Error::new(
                            std::io::ErrorKind::ConnectionReset,
                            "fault: connection reset",
                        )),
                        (pos, true),
                    ));
                }
                return None;
            }
            let file = dataset.file(index)?;
            let chunk: Bytes = dataset::chunk(file, pos, stop);
            if chunk.is_empty() {
                return None;
            }
            let next = pos + chunk.len() as u64;
            Some((Ok::<Bytes, std::io::Error>(chunk), (next, false)))
        }
    });
    Body::from_stream(stream)
}
