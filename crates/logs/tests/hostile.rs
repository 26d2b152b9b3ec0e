//! Hostile answers from a server impersonating the DDS API: names that climb out of the
//! destination, absolute paths, NUL, very long and reserved names, sizes that lie, links to
//! other hosts and ports, redirects away, other schemes. Each is refused or contained, the
//! other files are still fetched, nothing is written outside the destination, and no link
//! credential shows in the report, the errors or the logs. A listing that ignores `offset`
//! and sends the same page forever is stopped on the second page.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse as _, Response};
use chrono::{DateTime, Utc};
use futures_util::StreamExt as _;
use huaweicloud_core::{Credentials, RetryPolicy, TimeWindow};
use huaweicloud_logs::download::LinkPolicy;
use huaweicloud_logs::{
    Archiver, LOCK_FILE, MANIFEST_FILE, Options, Outcome, STATE_FILE, ServiceKind, Source,
    SourceConfig, SyncWindow, Target,
};
use serde_json::json;

use common::{manifest_lines, part_files, walk};

const PROJECT: &str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
const INSTANCE: &str = "hostile-instance";
/// What every link's signature starts with: must never be shown.
const SECRET: &str = "TOPSECRETSIG";

/// Where the link of a file points.
#[derive(Clone, Copy, Debug, PartialEq)]
enum LinkTo {
    /// This server, `/dl/{id}`.
    Own,
    /// This server, which answers with a redirect to the trap on another port.
    RedirectAway,
    /// The trap: plain http to loopback, another port.
    OtherPort,
    /// The second trap: plain http to another loopback address.
    OtherHost,
    /// https to a host that is not Huawei's.
    HttpsElsewhere,
    /// Not http at all.
    FileScheme,
}

/// How the download answers.
#[derive(Clone, Debug)]
enum BodyKind {
    /// With `Content-Length`.
    Sized(Vec<u8>),
    /// Chunked, no `Content-Length`.
    Chunked(Vec<u8>),
}

#[derive(Clone, Debug)]
struct Spec {
    id: String,
    name: String,
    node: Option<String>,
    listed: u64,
    link: LinkTo,
    body: BodyKind,
}

fn content(id: &str, len: u64) -> Vec<u8> {
    format!("{id} says hello\n")
        .bytes()
        .cycle()
        .take(len as usize)
        .collect()
}

fn good(id: &str, name: &str) -> Spec {
    let len = 100 + id.len() as u64;
    Spec {
        id: id.into(),
        name: name.into(),
        node: None,
        listed: len,
        link: LinkTo::Own,
        body: BodyKind::Sized(content(id, len)),
    }
}

fn refused_link(id: &str, link: LinkTo) -> Spec {
    Spec {
        link,
        ..good(id, &format!("{id}.log"))
    }
}

struct Fake {
    files: Vec<Spec>,
    base: String,
    other_port: String,
    other_host: String,
    /// Download requests served, by id.
    downloads: Mutex<HashMap<String, u64>>,
    /// List the first page whatever the `offset`, with a total far beyond it.
    ignore_offset: bool,
    /// List requests served.
    list_calls: AtomicU64,
}

impl Fake {
    fn link(&self, spec: &Spec) -> String {
        let q = format!("expires=4102444800&signature={SECRET}-{}", spec.id);
        match spec.link {
            LinkTo::Own => format!("{}/dl/{}?{q}", self.base, spec.id),
            LinkTo::RedirectAway => format!("{}/redirect/{}?{q}", self.base, spec.id),
            LinkTo::OtherPort => format!("{}/dl/{}?{q}", self.other_port, spec.id),
            LinkTo::OtherHost => format!("{}/dl/{}?{q}", self.other_host, spec.id),
            LinkTo::HttpsElsewhere => format!("https://evil.example/dl/{}?{q}", spec.id),
            LinkTo::FileScheme => format!("file:///etc/passwd?{q}"),
        }
    }
}

fn json_response(value: &serde_json::Value) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        value.to_string(),
    )
        .into_response()
}

async fn handle(State(fake): State<Arc<Fake>>, req: Request) -> Response {
    let path = req.uri().path().to_owned();
    let query = req.uri().query().unwrap_or_default().to_owned();
    let audit = format!("/v3/{PROJECT}/instances/{INSTANCE}/auditlog");
    if path == audit {
        let param = |k: &str| {
            url::form_urlencoded::parse(query.as_bytes())
                .find(|(key, _)| key == k)
                .and_then(|(_, v)| v.parse::<usize>().ok())
        };
        fake.list_calls.fetch_add(1, Ordering::SeqCst);
        let (offset, limit) = (param("offset").unwrap_or(0), param("limit").unwrap_or(100));
        let (offset, total) = if fake.ignore_offset {
            (0, 1_000_000_000)
        } else {
            (offset, fake.files.len())
        };
        let logs: Vec<_> = fake
            .files
            .iter()
            .skip(offset)
            .take(limit)
            .map(|f| {
                json!({
                    "id": f.id,
                    "name": f.name,
                    "size": f.listed,
                    "node_id": f.node,
                    "start_time": "2024-05-01T01:00:00+0000",
                    "end_time": "2024-05-01T02:00:00+0000",
                })
            })
            .collect();
        return json_response(&json!({"audit_logs": logs, "total_record": total}));
    }
    if path == format!("{audit}-links") {
        let body = axum::body::to_bytes(req.into_body(), 1 << 20)
            .await
            .unwrap();
        let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
        let links: Vec<String> = body["ids"]
            .as_array()
            .unwrap()
            .iter()
            .map(|id| {
                let spec = fake.files.iter().find(|f| f.id == id.as_str().unwrap());
                fake.link(spec.unwrap())
            })
            .collect();
        return json_response(&json!({ "links": links }));
    }
    if let Some(id) = path.strip_prefix("/redirect/") {
        *fake.downloads.lock().unwrap().entry(id.into()).or_default() += 1;
        let to = format!("{}/dl/{id}?{query}", fake.other_port);
        return (StatusCode::FOUND, [(header::LOCATION, to)]).into_response();
    }
    if let Some(id) = path.strip_prefix("/dl/") {
        *fake.downloads.lock().unwrap().entry(id.into()).or_default() += 1;
        let Some(spec) = fake.files.iter().find(|f| f.id == id) else {
            return StatusCode::NOT_FOUND.into_response();
        };
        return match &spec.body {
            BodyKind::Sized(b) => Response::new(Body::from(b.clone())),
            BodyKind::Chunked(b) => {
                let chunks: Vec<Result<Bytes, std::io::Error>> =
                    b.chunks(7).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
                Response::new(Body::from_stream(futures_util::stream::iter(chunks)))
            }
        };
    }
    StatusCode::NOT_FOUND.into_response()
}

/// A listener that counts connections and answers none: a request that reaches it is one too
/// many.
async fn trap(addr: &str, hits: Arc<AtomicU64>) -> String {
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            hits.fetch_add(1, Ordering::SeqCst);
            drop(stream);
        }
    });
    url
}

/// Logs of every test in this binary, to look for credentials in them.
fn captured_logs() -> &'static Mutex<Vec<u8>> {
    static LOGS: OnceLock<Mutex<Vec<u8>>> = OnceLock::new();
    LOGS.get_or_init(|| Mutex::new(Vec::new()))
}

struct LogWriter;
impl std::io::Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        captured_logs().lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn capture_logs() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        use tracing_subscriber::filter::{LevelFilter, Targets};
        use tracing_subscriber::layer::SubscriberExt as _;
        use tracing_subscriber::util::SubscriberInitExt as _;
        let filter = Targets::new()
            .with_target("huaweicloud_logs", LevelFilter::TRACE)
            .with_target("huaweicloud_core", LevelFilter::TRACE);
        let _ = tracing_subscriber::registry()
            .with(
                tracing_subscriber::fmt::layer()
                    .with_ansi(false)
                    .with_writer(|| LogWriter),
            )
            .with(filter)
            .try_init();
    });
}

fn window() -> TimeWindow {
    let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
    TimeWindow::new(at("2024-05-01T00:00:00Z"), at("2024-05-02T00:00:00Z")).unwrap()
}

/// Serve `files` (and two traps that count their connections in `hits`).
async fn serve(files: Vec<Spec>, ignore_offset: bool, hits: Arc<AtomicU64>) -> Arc<Fake> {
    let other_port = trap("127.0.0.1:0", Arc::clone(&hits)).await;
    let other_host = trap("127.0.0.2:0", hits).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let fake = Arc::new(Fake {
        files,
        base,
        other_port,
        other_host,
        downloads: Mutex::new(HashMap::new()),
        ignore_offset,
        list_calls: AtomicU64::new(0),
    });
    let app = axum::Router::new()
        .fallback(handle)
        .with_state(Arc::clone(&fake));
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    fake
}

/// A DDS source against `fake`, with retries off.
fn dds_source(fake: &Fake) -> Source {
    let config = SourceConfig {
        endpoint: Some(fake.base.clone()),
        project_id: Some(PROJECT.into()),
        credentials: Some(Credentials::aksk("AK", "SK")),
        retry: Some(RetryPolicy::disabled()),
        ..SourceConfig::default()
    };
    Source::new(ServiceKind::Dds, &config).unwrap()
}

/// Serve `files`, sync them into `root/a/b/dest`; the report, the destination and the number
/// of connections the traps got.
async fn sync_hostile(
    files: Vec<Spec>,
    root: &Path,
) -> (huaweicloud_logs::Report, PathBuf, Arc<Fake>, u64) {
    capture_logs();
    let hits = Arc::new(AtomicU64::new(0));
    let fake = serve(files, false, Arc::clone(&hits)).await;
    let source = dds_source(&fake);
    let dest = root.join("a").join("b").join("dest");
    std::fs::create_dir_all(&dest).unwrap();
    let archiver = Archiver::new(source, Options::new(&dest)).unwrap();
    let target = Target {
        instance_id: INSTANCE.into(),
        node_id: None,
    };
    let report = archiver
        .sync(&[target], SyncWindow::Fixed(window()))
        .await
        .unwrap();
    let hits = hits.load(Ordering::SeqCst);
    (report, dest, fake, hits)
}

/// Every file under `root` is inside `dest`; `root` holds nothing else.
fn assert_nothing_outside(root: &Path, dest: &Path) {
    let rel = dest.strip_prefix(root).unwrap();
    for f in walk(root) {
        assert!(
            f.starts_with(rel),
            "{f:?} was written outside the destination"
        );
    }
    let top: Vec<_> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(top, vec![std::ffi::OsString::from("a")]);
}

fn assert_no_secret(text: &str, what: &str) {
    assert!(
        !text.contains(SECRET),
        "{what} shows a link signature: {text}"
    );
    assert!(
        !text.contains("signature="),
        "{what} shows a link query: {text}"
    );
}

#[tokio::test]
async fn hostile_names_are_contained_and_the_rest_is_fetched() {
    let long = "x".repeat(5000);
    let deep = format!("{}deep.log", "d/".repeat(20));
    let mut files = vec![
        good("escape", "../../escape.log"),
        good("escape4", "../../../../escape4.log"),
        good("absolute", "/etc/passwd-abs.log"),
        good("nul", "a\u{0}b.log"),
        good("long", &format!("{long}.log")),
        good("dotdot", ".."),
        good("dot", "."),
        good("empty", ""),
        good("reserved", MANIFEST_FILE),
        good("backslash", "..\\..\\..\\win.log"),
        good("control", "bell\u{7}\n\r.log"),
        good("deep", &deep),
        // Three names for one place.
        good("same1", "same.log"),
        good("same2", "./same.log"),
        good("same3", "/../same.log"),
    ];
    files.push(Spec {
        node: Some("../../../node".into()),
        ..good("hostile-node", "node.log")
    });
    let root = tempfile::tempdir().unwrap();
    let (report, dest, fake, hits) = sync_hostile(files.clone(), root.path()).await;

    assert_eq!(hits, 0);
    let failed: Vec<_> = report.failed().collect();
    assert!(report.is_complete(), "{failed:?}");
    assert_eq!(report.fetched().count(), files.len());
    let paths: HashMap<&str, String> = report
        .fetched()
        .map(|(f, e)| (f.id.as_str(), e.path.clone()))
        .collect();
    let expect = |id: &str, path: &str| {
        assert_eq!(paths[id], format!("dds/{INSTANCE}/{path}"), "{id}");
    };
    expect("escape", "escape.log");
    expect("escape4", "escape4.log");
    expect("absolute", "etc/passwd-abs.log");
    expect("nul", "a_b.log");
    expect("dotdot", "_2");
    expect("dot", "_1");
    expect("empty", "_0");
    expect("reserved", &format!("_{MANIFEST_FILE}"));
    expect("backslash", "win.log");
    let distinct: std::collections::HashSet<&String> = ["same1", "same2", "same3"]
        .iter()
        .map(|id| &paths[id])
        .collect();
    assert_eq!(distinct.len(), 3, "three files, one name: {distinct:?}");
    for (id, path) in &paths {
        let p = Path::new(path);
        assert!(p.starts_with(format!("dds/{INSTANCE}")), "{id}: {path}");
        assert!(p.components().count() <= 2 + 1 + 8, "{id}: {path}");
        for c in p.components() {
            let c = c.as_os_str().to_str().unwrap();
            assert!(c.len() <= 200, "{id}: component of {} bytes", c.len());
            assert!(!c.chars().any(char::is_control), "{id}: {c:?}");
            assert!(c != "." && c != "..", "{id}: {path}");
        }
    }
    // Each file is whole, where the manifest says.
    let (entries, bad) = manifest_lines(&dest);
    assert_eq!((entries.len(), bad), (files.len(), 0));
    for spec in &files {
        let BodyKind::Sized(body) = &spec.body else {
            unreachable!()
        };
        assert_eq!(
            &std::fs::read(dest.join(&paths[spec.id.as_str()])).unwrap(),
            body
        );
    }
    // The manifest is still the archiver's, not the server's file.
    let (entries, _) = manifest_lines(&dest);
    assert!(entries.iter().all(|e| e.service == ServiceKind::Dds));
    assert_eq!(part_files(root.path()), Vec::<PathBuf>::new());
    assert_nothing_outside(root.path(), &dest);
    assert!(fake.downloads.lock().unwrap().values().all(|n| *n == 1));
    assert_no_secret(&format!("{report:?}"), "the report");
}

#[tokio::test]
async fn lying_sizes_and_links_elsewhere_are_refused_without_stopping_the_rest() {
    let files = vec![
        good("fine-1", "fine-1.log"),
        // Listed 10 bytes, the server sends 20 (and says so).
        Spec {
            listed: 10,
            body: BodyKind::Sized(content("bigger", 20)),
            ..good("bigger", "bigger.log")
        },
        // Listed 10 bytes, the server sends 20 without a Content-Length.
        Spec {
            listed: 10,
            body: BodyKind::Chunked(content("chunked", 20)),
            ..good("chunked", "chunked.log")
        },
        // Listed 20 bytes, the server sends 10.
        Spec {
            listed: 20,
            body: BodyKind::Sized(content("smaller", 10)),
            ..good("smaller", "smaller.log")
        },
        // Listed 20 bytes, the server sends 10 without a Content-Length.
        Spec {
            listed: 20,
            body: BodyKind::Chunked(content("smaller-chunked", 10)),
            ..good("smaller-chunked", "smaller-chunked.log")
        },
        refused_link("other-port", LinkTo::OtherPort),
        refused_link("other-host", LinkTo::OtherHost),
        refused_link("https-elsewhere", LinkTo::HttpsElsewhere),
        refused_link("redirect-away", LinkTo::RedirectAway),
        refused_link("file-scheme", LinkTo::FileScheme),
        good("fine-2", "fine-2.log"),
    ];
    let root = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let (report, dest, fake, hits) = sync_hostile(files.clone(), root.path()).await;
    let elapsed = started.elapsed();

    assert_eq!(hits, 0, "a request reached a host the link policy refuses");
    let outcome: HashMap<&str, &Outcome> = report
        .files
        .iter()
        .map(|(f, o)| (f.id.as_str(), o))
        .collect();
    let reason = |id: &str| match outcome[id] {
        Outcome::Failed(why) => why.clone(),
        other => panic!("{id} should have failed, got {other:?}"),
    };
    assert!(
        reason("bigger").contains("size mismatch"),
        "{}",
        reason("bigger")
    );
    assert!(
        reason("chunked").contains("more than"),
        "{}",
        reason("chunked")
    );
    assert!(
        reason("smaller").contains("size mismatch"),
        "{}",
        reason("smaller")
    );
    assert!(
        reason("smaller-chunked").contains("size mismatch"),
        "{}",
        reason("smaller-chunked")
    );
    for id in ["other-port", "other-host", "https-elsewhere", "file-scheme"] {
        assert!(reason(id).contains("refused"), "{id}: {}", reason(id));
    }
    assert!(
        reason("redirect-away").contains("refused"),
        "{}",
        reason("redirect-away")
    );
    // Refused before any request: the links to elsewhere never reached a server; the lying
    // downloads and the redirect were each tried once (no retry can make them right).
    let downloads = fake.downloads.lock().unwrap().clone();
    for id in [
        "bigger",
        "chunked",
        "smaller",
        "smaller-chunked",
        "redirect-away",
    ] {
        assert_eq!(downloads.get(id), Some(&1), "{id}");
    }
    assert!(
        elapsed < std::time::Duration::from_secs(5),
        "refusals should not be retried: {elapsed:?}"
    );

    let fetched: Vec<&str> = report.fetched().map(|(f, _)| f.id.as_str()).collect();
    assert_eq!(fetched, ["fine-1", "fine-2"]);
    // Nothing of the refused files on disk, final or temporary.
    let on_disk = walk(&dest);
    assert_eq!(
        on_disk,
        [
            PathBuf::from(MANIFEST_FILE),
            PathBuf::from(STATE_FILE),
            PathBuf::from(LOCK_FILE),
            PathBuf::from(format!("dds/{INSTANCE}/fine-1.log")),
            PathBuf::from(format!("dds/{INSTANCE}/fine-2.log")),
        ]
    );
    assert_nothing_outside(root.path(), &dest);

    // No link credential in the report, in any reason, or in the logs.
    assert_no_secret(&format!("{report:?}"), "the report");
    for (f, why) in report.failed() {
        assert_no_secret(why, &format!("the reason {} failed", f.id));
    }
    let logs = String::from_utf8_lossy(&captured_logs().lock().unwrap()).into_owned();
    assert!(
        logs.contains("list_auditlog_links"),
        "logs were not captured"
    );
    assert_no_secret(&logs, "the logs");
}

#[test]
fn plain_http_is_refused_where_https_is_expected() {
    let policy = LinkPolicy::for_endpoint(
        &url::Url::parse("https://dds.cn-north-4.myhuaweicloud.com").unwrap(),
    );
    let check = |s: &str| policy.check(&url::Url::parse(s).unwrap());
    assert!(check("https://b.obs.cn-north-4.myhuaweicloud.com/x?signature=s").is_ok());
    for bad in [
        "http://b.obs.cn-north-4.myhuaweicloud.com/x?signature=s",
        "http://127.0.0.1:8080/x",
        "https://b.obs.cn-north-4.myhuaweicloud.com.evil.example/x",
        "https://evil.example/x?host=myhuaweicloud.com",
        "ftp://b.obs.cn-north-4.myhuaweicloud.com/x",
    ] {
        let why = check(bad).unwrap_err();
        assert!(why.contains("refused"), "{bad}: {why}");
        assert_no_secret(&why, bad);
    }
}

#[tokio::test]
async fn a_listing_that_ignores_offset_is_stopped_on_the_second_page() {
    let files: Vec<Spec> = (0..150)
        .map(|i| good(&format!("f{i}"), &format!("f{i}.log")))
        .collect();
    let fake = serve(files, true, Arc::new(AtomicU64::new(0))).await;
    let source = dds_source(&fake);
    let listing = source.list(INSTANCE, None, window()).collect::<Vec<_>>();
    let listed = tokio::time::timeout(std::time::Duration::from_secs(20), listing)
        .await
        .expect("the listing never stopped");
    assert_eq!(fake.list_calls.load(Ordering::SeqCst), 2);
    // The first page's 100 files, then the error; nothing listed twice.
    assert_eq!(listed.len(), 101);
    assert!(listed[..100].iter().all(Result::is_ok));
    let err = listed[100].as_ref().unwrap_err();
    assert_eq!(err.kind(), huaweicloud_core::ErrorKind::Decode);
    assert!(err.to_string().contains("not paging"), "{err}");
}
