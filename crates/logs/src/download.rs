//! Downloading one file: streamed to a temporary file beside its destination, resumed with
//! `Range` after a reset or a short body, verified against `Content-Length` and the listed size,
//! fsynced and renamed into place. Never the whole file in memory.

use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_LENGTH, CONTENT_RANGE, RANGE};
use sha2::{Digest as _, Sha256};

use crate::model::{Link, ListedSize, redact_url};

/// Bytes gathered before one write (and hash update) on a blocking thread.
const WRITE_CHUNK: usize = 1 << 20;

/// Stalled-stream protection, as the AWS SDK for Rust has it: a download that waits longer
/// than `grace` for its response, or whose bytes then come slower than `min_throughput` over
/// a `grace` period, is cut and resumed where it stopped; a file that gains no byte for
/// `give_up_after`, over all its attempts, fails (and is pending for the next run). Without
/// it a server that stalls after its headers, or trickles a byte now and then, holds a
/// download slot forever.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StallPolicy {
    /// The longest wait for a response, and the period over which throughput is measured.
    pub grace: Duration,
    /// Bytes per second a download must keep up, measured over each `grace` period.
    pub min_throughput: u64,
    /// How long a file may go without a new byte, across attempts, before it fails.
    pub give_up_after: Duration,
}

impl Default for StallPolicy {
    /// 20 s grace (the AWS SDK's), at least 1 KiB/s, give up after 45 s without progress: a
    /// run of 6 files against a server that stalls ends in under 2 minutes at 4 at a time.
    fn default() -> Self {
        Self {
            grace: Duration::from_secs(20),
            min_throughput: 1024,
            give_up_after: Duration::from_secs(45),
        }
    }
}

impl StallPolicy {
    /// Bytes that must arrive within one grace period.
    fn min_bytes_per_grace(&self) -> u64 {
        (self.min_throughput as f64 * self.grace.as_secs_f64()).ceil() as u64
    }
}

/// Why a file could not be downloaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// This file failed (the service, its link, its size, its target path); others may not.
    File(String),
    /// The destination cannot be written (full, read-only, not permitted): no other file can
    /// succeed either, so the run stops.
    Destination(String),
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::File(why) | Self::Destination(why) => f.write_str(why),
        }
    }
}

/// Whether an I/O error writing under the destination means that nothing more can be
/// written there (rather than a problem of one file).
pub fn is_destination_error(e: &std::io::Error) -> bool {
    use std::io::ErrorKind as K;
    matches!(
        e.kind(),
        K::StorageFull | K::QuotaExceeded | K::ReadOnlyFilesystem | K::PermissionDenied
    )
}

/// A failed write under the destination, classified by [`is_destination_error`].
fn write_failure(what: &str, e: &std::io::Error) -> FetchError {
    let text = format!("{what}: {e}");
    if is_destination_error(e) {
        FetchError::Destination(text)
    } else {
        FetchError::File(text)
    }
}
/// A link this close to its expiry is not used for a new request.
const EXPIRY_MARGIN: chrono::TimeDelta = chrono::TimeDelta::seconds(2);

/// Which download hosts are trusted. A link is a URL the API hands out; before any request the
/// archiver checks it, and every redirect, against this.
#[derive(Debug, Clone)]
pub struct LinkPolicy {
    /// Host suffixes (`.myhuaweicloud.com`) or exact hosts allowed over https.
    https_hosts: Vec<String>,
    /// The API endpoint's own host and port, allowed over https on that port only.
    endpoint: Option<(String, u16)>,
    /// A loopback `host:port` that may be used over plain http (the emulator's).
    http_loopback: Option<(String, u16)>,
}

impl LinkPolicy {
    /// Huawei Cloud's object storage and API domains over https, plus the API endpoint's own
    /// host and port; when the endpoint is plain http on loopback (the emulator), that host
    /// and port over http too.
    pub fn for_endpoint(endpoint: &url::Url) -> Self {
        let https_hosts: Vec<String> = [
            ".myhuaweicloud.com",
            ".myhuaweicloud.eu",
            ".huaweicloud.com",
        ]
        .map(String::from)
        .to_vec();
        let own = endpoint
            .host_str()
            .zip(endpoint.port_or_known_default())
            .map(|(h, p)| (h.to_ascii_lowercase(), p));
        let http_loopback = own
            .clone()
            .filter(|(h, _)| endpoint.scheme() == "http" && is_loopback(h));
        Self {
            https_hosts,
            endpoint: own,
            http_loopback,
        }
    }

    /// Also trust `host` (exact) or, starting with `.`, any host ending with it, over https.
    pub fn allow_host(mut self, host: impl Into<String>) -> Self {
        self.https_hosts.push(host.into().to_ascii_lowercase());
        self
    }

    /// Why `url` may not be fetched, if it may not.
    pub fn check(&self, url: &url::Url) -> Result<(), String> {
        let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
        match url.scheme() {
            "https" => {
                let own = self
                    .endpoint
                    .as_ref()
                    .is_some_and(|(h, p)| *h == host && url.port_or_known_default() == Some(*p));
                let trusted = own
                    || self.https_hosts.iter().any(|h| {
                        if h.starts_with('.') {
                            host.ends_with(h.as_str())
                        } else {
                            host == *h
                        }
                    });
                if trusted {
                    Ok(())
                } else {
                    Err(format!(
                        "link to untrusted host {host} refused (trusted: {})",
                        self.https_hosts.join(", ")
                    ))
                }
            }
            "http" => match &self.http_loopback {
                Some((h, p)) if *h == host && url.port_or_known_default() == Some(*p) => Ok(()),
                _ => Err(format!(
                    "plain http link to {host}:{} refused: links must be https (plain http only to the API endpoint's own loopback address)",
                    url.port_or_known_default().unwrap_or_default()
                )),
            },
            other => Err(format!("link with scheme {other:?} refused")),
        }
    }
}

fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || bare
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The HTTP client for downloads: checks every redirect against `policy`, connect and read
/// timeouts but no total deadline (a large file takes as long as it takes).
pub fn http_client(
    policy: &LinkPolicy,
    read_timeout: Duration,
) -> reqwest::Result<reqwest::Client> {
    huaweicloud_core::client::ensure_tls_provider();
    let policy = policy.clone();
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .read_timeout(read_timeout)
        .redirect(reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() >= 5 {
                return attempt.error("too many redirects");
            }
            match policy.check(attempt.url()) {
                Ok(()) => attempt.follow(),
                Err(why) => attempt.error(why),
            }
        }))
        .build()
}

/// How an attempt ended.
#[derive(Debug)]
pub enum Attempt {
    /// All bytes are in the temporary file, verified.
    Complete,
    /// Cut short (reset, short body, 5xx): try again from where it stopped.
    Interrupted(String),
    /// The link is expired or refused as expired (403): get a fresh one.
    LinkExpired,
    /// No point trying again (link refused, 404, sizes that lie).
    Failed(String),
    /// The temporary file could not be written.
    Disk(std::io::Error),
}

/// What a write on a blocking thread gives back: the file, the hash so far, the bytes written.
type Written = (std::fs::File, Sha256, u64);

/// Where the bytes of a download are.
enum Store {
    /// Nothing on disk yet: the bytes so far, at most [`WRITE_CHUNK`], kept as they arrived.
    /// A small file is written once, when it is complete: one trip to a blocking thread.
    Memory(Chunks),
    /// In the temporary file, whose bytes the hash covers.
    File(std::fs::File),
    /// The file is with a write on a blocking thread.
    Writing,
}

/// A download in progress: its bytes (in memory while few, then in its temporary file), how
/// many there are, and the running hash. Kept across attempts so a resume appends and hashes
/// only the new bytes.
pub struct Partial {
    temp: PathBuf,
    store: Store,
    have: u64,
    /// The hash of the bytes kept so far (in the file, or in memory).
    hasher: Sha256,
    /// The write (and hash) running on a blocking thread while the next bytes arrive, and how
    /// many bytes it carries.
    in_flight: Option<(tokio::task::JoinHandle<std::io::Result<Written>>, u64)>,
    listed: ListedSize,
    /// The total size the server announced on an earlier attempt.
    total: Option<u64>,
}

impl std::fmt::Debug for Partial {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Partial")
            .field("temp", &self.temp)
            .field("have", &self.have)
            .finish_non_exhaustive()
    }
}

impl Partial {
    /// Resume the temporary file `temp` if an earlier run left one: its bytes are kept and
    /// hashed again, unless there are more than the listing allows. Else nothing is created
    /// yet. Blocking.
    fn open_blocking(temp: PathBuf, listed: ListedSize) -> std::io::Result<Self> {
        let mut partial = Self {
            temp,
            store: Store::Memory(Chunks::default()),
            have: 0,
            hasher: Sha256::new(),
            in_flight: None,
            listed,
            total: None,
        };
        if !std::fs::symlink_metadata(&partial.temp).is_ok_and(|m| m.is_file()) {
            return Ok(partial);
        }
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(&partial.temp)?;
        let mut have = file.metadata()?.len();
        if listed.ceiling().is_some_and(|c| have > c) {
            file.set_len(0)?;
            have = 0;
        }
        if have > 0 {
            let mut buf = vec![0u8; WRITE_CHUNK];
            let mut reader = std::io::BufReader::new(&file).take(have);
            loop {
                let n = reader.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                partial.hasher.update(&buf[..n]);
            }
        }
        file.seek(SeekFrom::Start(have))?;
        partial.store = Store::File(file);
        partial.have = have;
        Ok(partial)
    }

    /// Bytes received and kept (once the write in flight, if any, has settled).
    pub fn have(&self) -> u64 {
        self.have
    }

    /// Bytes kept or being written.
    fn queued(&self) -> u64 {
        self.have + self.in_flight.as_ref().map_or(0, |(_, n)| *n)
    }

    /// Wait for the write in flight and take back the file and the hash.
    async fn settle(&mut self) -> std::io::Result<()> {
        if let Some((task, _)) = self.in_flight.take() {
            let (file, hasher, n) = task.await.map_err(std::io::Error::other)??;
            self.store = Store::File(file);
            self.hasher = hasher;
            self.have += n;
        }
        Ok(())
    }

    async fn restart(&mut self) -> std::io::Result<()> {
        self.settle().await?;
        self.have = 0;
        self.hasher = Sha256::new();
        match std::mem::replace(&mut self.store, Store::Writing) {
            Store::File(mut file) => {
                let file = tokio::task::spawn_blocking(move || {
                    file.set_len(0)?;
                    file.seek(SeekFrom::Start(0))?;
                    Ok::<_, std::io::Error>(file)
                })
                .await
                .map_err(std::io::Error::other)??;
                self.store = Store::File(file);
            }
            Store::Memory(_) | Store::Writing => self.store = Store::Memory(Chunks::default()),
        }
        Ok(())
    }

    /// Keep the chunks of `buf` (as received: no copy into one buffer): in memory while the
    /// whole stays small, else written and hashed on a blocking thread, once the previous
    /// write is done (the next bytes can arrive meanwhile).
    async fn submit(&mut self, buf: Chunks) -> std::io::Result<()> {
        self.settle().await?;
        if buf.len == 0 {
            return Ok(());
        }
        if let Store::Memory(mem) = &mut self.store
            && mem.len + buf.len <= WRITE_CHUNK
        {
            // Hashed as it arrives (a few microseconds a chunk): what is in memory is hashed.
            for part in &buf.parts {
                self.hasher.update(part);
            }
            self.have += buf.len as u64;
            mem.len += buf.len;
            mem.parts.extend(buf.parts);
            return Ok(());
        }
        // Bytes held in memory so far go first, into a new temporary file.
        let (opened, earlier) = match std::mem::replace(&mut self.store, Store::Writing) {
            Store::File(file) => (Some(file), Chunks::default()),
            Store::Memory(mem) => (None, mem),
            Store::Writing => {
                return Err(std::io::Error::other(
                    "temporary file lost after a failed write",
                ));
            }
        };
        // The bytes in memory were counted already; the new ones are, once written.
        self.have -= earlier.len as u64;
        let temp = self.temp.clone();
        let mut hasher = std::mem::take(&mut self.hasher);
        let n = (earlier.len + buf.len) as u64;
        let task = tokio::task::spawn_blocking(move || {
            let mut file = match opened {
                Some(file) => file,
                None => std::fs::File::create(&temp)?,
            };
            // The bytes from memory were hashed when they arrived.
            write_parts(&mut file, &earlier.parts)?;
            write_parts(&mut file, &buf.parts)?;
            for part in &buf.parts {
                hasher.update(part);
            }
            Ok::<_, std::io::Error>((file, hasher, n))
        });
        self.in_flight = Some((task, n));
        Ok(())
    }

    /// Keep `buf` and wait until every write is done.
    async fn write(&mut self, buf: Chunks) -> std::io::Result<()> {
        self.submit(buf).await?;
        self.settle().await
    }

    /// Delete the temporary file, if there is one (a download that cannot succeed).
    pub async fn discard(mut self) {
        let _ = self.settle().await;
        if let Store::File(file) = std::mem::replace(&mut self.store, Store::Writing) {
            drop(file);
            let _ = tokio::fs::remove_file(&self.temp).await;
        }
    }
}

/// Write `parts` with as few system calls as the kernel allows (`writev`).
fn write_parts(file: &mut std::fs::File, parts: &[bytes::Bytes]) -> std::io::Result<()> {
    let mut slices: Vec<std::io::IoSlice<'_>> =
        parts.iter().map(|p| std::io::IoSlice::new(p)).collect();
    let mut rest = &mut slices[..];
    while !rest.is_empty() {
        let n = file.write_vectored(rest)?;
        if n == 0 {
            return Err(std::io::ErrorKind::WriteZero.into());
        }
        std::io::IoSlice::advance_slices(&mut rest, n);
    }
    Ok(())
}

/// Received chunks waiting to be written, kept as the `Bytes` they arrived in.
#[derive(Default)]
struct Chunks {
    parts: Vec<bytes::Bytes>,
    len: usize,
}

/// One request for the rest of a file: from `partial.have()` to the end.
/// `progress` is told of every byte written. Waits for the response and for each `grace`
/// period's worth of bytes at most until `stall.grace` has passed (and never past
/// `give_up_at`): a stall is an interruption, resumed by the caller.
pub async fn attempt(
    http: &reqwest::Client,
    policy: &LinkPolicy,
    link: &Link,
    partial: &mut Partial,
    stall: &StallPolicy,
    give_up_at: tokio::time::Instant,
    progress: &(dyn Fn(u64) + Send + Sync),
) -> Attempt {
    if let Err(why) = policy.check(&link.url) {
        return Attempt::Failed(why);
    }
    let from = partial.have;
    let mut request = http.get(link.url.clone());
    if from > 0 {
        request = request.header(RANGE, format!("bytes={from}-"));
    }
    let waited = tokio::time::Instant::now();
    let deadline = (waited + stall.grace).min(give_up_at);
    let response = match tokio::time::timeout_at(deadline, request.send()).await {
        Ok(Ok(r)) => r,
        // A redirect the link policy refuses (or one too many): no retry makes it acceptable.
        Ok(Err(e)) if e.is_redirect() => return Attempt::Failed(describe(&e)),
        Ok(Err(e)) => return Attempt::Interrupted(describe(&e)),
        Err(_) => {
            return Attempt::Interrupted(format!(
                "stalled: no response in {:.0?}",
                waited.elapsed()
            ));
        }
    };
    let status = response.status();
    let request_id = response
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(|id| format!(" (request id {id})"))
        .unwrap_or_default();
    let fail = |what: String| format!("{what}{request_id}");
    // Where this body starts and how long the whole file is, by the server's headers.
    let header = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
            .map(str::to_owned)
    };
    match status {
        StatusCode::FORBIDDEN => return Attempt::LinkExpired,
        StatusCode::RANGE_NOT_SATISFIABLE => {
            // `bytes */SIZE`: a temporary file that holds the whole file already (a run
            // killed between its last byte and the rename) is complete, without a byte more.
            let size = header(CONTENT_RANGE)
                .as_deref()
                .and_then(parse_content_range)
                .and_then(|(_, total)| total);
            if from > 0 && size == Some(from) && partial.listed.admits(from) {
                return Attempt::Complete;
            }
            // What we have is not a prefix of what the server has now: start over.
            return match partial.restart().await {
                Ok(()) => Attempt::Interrupted(fail("range not satisfiable; starting over".into())),
                Err(e) => Attempt::Disk(e),
            };
        }
        s if s == StatusCode::TOO_MANY_REQUESTS || s.is_server_error() => {
            return Attempt::Interrupted(fail(format!("HTTP {}", s.as_u16())));
        }
        StatusCode::OK | StatusCode::PARTIAL_CONTENT => {}
        s => return Attempt::Failed(fail(format!("download answered HTTP {}", s.as_u16()))),
    }

    let (start, total) = if status == StatusCode::PARTIAL_CONTENT {
        match header(CONTENT_RANGE)
            .as_deref()
            .and_then(parse_content_range)
        {
            Some((start, total)) => (start, total),
            None => return Attempt::Failed(fail("206 without a usable Content-Range".into())),
        }
    } else {
        (
            0,
            header(CONTENT_LENGTH).and_then(|v| v.parse::<u64>().ok()),
        )
    };
    if start != from {
        if start != 0 {
            return Attempt::Failed(fail(format!(
                "asked for bytes from {from}, got from {start}"
            )));
        }
        if let Err(e) = partial.restart().await {
            return Attempt::Disk(e);
        }
    }
    if let Some(total) = total {
        if !partial.listed.admits(total) {
            return Attempt::Failed(fail(format!(
                "size mismatch: listed {}, server sends {total} bytes",
                describe_listed(partial.listed)
            )));
        }
        if partial.total.is_some_and(|t| t != total) {
            // The file changed between attempts; start over.
            partial.total = Some(total);
            if let Err(e) = partial.restart().await {
                return Attempt::Disk(e);
            }
            return Attempt::Interrupted("file changed on the server; starting over".into());
        }
        partial.total = Some(total);
    }
    let ceiling = match (total, partial.listed.ceiling()) {
        (Some(t), _) => Some(t),
        (None, c) => c,
    };

    let mut response = response;
    let mut buf = Chunks::default();
    // Each grace period must bring its share of bytes.
    let needed = stall.min_bytes_per_grace();
    let mut period = (tokio::time::Instant::now(), 0u64);
    // Why the body stopped before its end, if it did.
    let cut_short = loop {
        let deadline = (period.0 + stall.grace).min(give_up_at);
        match tokio::time::timeout_at(deadline, response.chunk()).await {
            Err(_) => {
                break Some(format!(
                    "stalled: {} bytes in {:.0?}, under the minimum of {} bytes/s",
                    period.1,
                    period.0.elapsed(),
                    stall.min_throughput
                ));
            }
            Ok(Err(e)) => break Some(format!("body cut short: {}", describe(&e))),
            Ok(Ok(None)) => break None,
            Ok(Ok(Some(chunk))) => {
                let after = partial.queued() + buf.len as u64 + chunk.len() as u64;
                if ceiling.is_some_and(|c| after > c) {
                    return Attempt::Failed(fail(format!(
                        "server sent more than the {} bytes announced",
                        ceiling.unwrap_or_default()
                    )));
                }
                period.1 += chunk.len() as u64;
                if period.1 >= needed {
                    period = (tokio::time::Instant::now(), 0);
                }
                buf.len += chunk.len();
                buf.parts.push(chunk);
                if buf.len >= WRITE_CHUNK {
                    let n = buf.len as u64;
                    if let Err(e) = partial.submit(std::mem::take(&mut buf)).await {
                        return Attempt::Disk(e);
                    }
                    progress(n);
                }
            }
        }
    };
    // What arrived is kept, whole body or not: a resume starts after it.
    let n = buf.len as u64;
    if let Err(e) = partial.write(buf).await {
        return Attempt::Disk(e);
    }
    progress(n);
    if let Some(why) = cut_short {
        return Attempt::Interrupted(fail(why));
    }
    match total {
        Some(t) if partial.have < t => {
            Attempt::Interrupted(fail(format!("body ended at {} of {t} bytes", partial.have)))
        }
        _ if !partial.listed.admits(partial.have) => Attempt::Failed(fail(format!(
            "size mismatch: listed {}, received {} bytes",
            describe_listed(partial.listed),
            partial.have
        ))),
        _ => Attempt::Complete,
    }
}

fn describe_listed(listed: ListedSize) -> String {
    match listed {
        ListedSize::Exact(n) => format!("{n} bytes"),
        ListedSize::Approx(n) => format!("about {n} bytes"),
        ListedSize::Unknown => "no size".into(),
    }
}

/// `bytes a-b/total` → `(a, Some(total))` (`*` total → `None`); `bytes */total` (a 416's) →
/// `(total, Some(total))`.
fn parse_content_range(value: &str) -> Option<(u64, Option<u64>)> {
    let rest = value.trim().strip_prefix("bytes ")?;
    let (range, total) = rest.split_once('/')?;
    let total = match total.trim() {
        "*" => None,
        t => Some(t.parse().ok()?),
    };
    if range.trim() == "*" {
        return total.map(|t| (t, Some(t)));
    }
    let (a, _) = range.split_once('-')?;
    let start = a.trim().parse().ok()?;
    Some((start, total))
}

/// A transport error in words, without the URL (its query is a credential).
pub fn describe(e: &reqwest::Error) -> String {
    let mut out = String::new();
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        let text = s.to_string();
        if !text.contains("http://") && !text.contains("https://") && !out.contains(&text) {
            if !out.is_empty() {
                out.push_str(": ");
            }
            out.push_str(&text);
        }
        source = s.source();
    }
    if out.is_empty() {
        out = if e.is_timeout() {
            "timed out".into()
        } else if e.is_connect() {
            "connection failed".into()
        } else {
            "transport error".into()
        };
    }
    if let Some(url) = e.url() {
        out = format!("{out} ({})", redact_url(url));
    }
    out
}

/// Where one download goes and what it should be.
#[derive(Debug, Clone)]
pub struct Destination {
    /// The temporary file, in the target's directory.
    pub temp: PathBuf,
    /// The final path.
    pub target: PathBuf,
    /// The size the listing gave.
    pub listed: ListedSize,
}

/// Get ready to download to `dest`: make its directory (unless `made` says it was made
/// already), refuse a target that is a directory, and resume the temporary file an earlier
/// run left. Blocking: the archiver does it for a whole chunk of files at once.
pub fn prepare(
    dest: &Destination,
    made: &mut std::collections::HashSet<PathBuf>,
) -> Result<Partial, FetchError> {
    if let Some(dir) = dest.target.parent()
        && !made.contains(dir)
    {
        std::fs::create_dir_all(dir)
            .map_err(|e| write_failure(&format!("creating {}", dir.display()), &e))?;
        made.insert(dir.to_owned());
    }
    if std::fs::symlink_metadata(&dest.target).is_ok_and(|m| m.is_dir()) {
        return Err(FetchError::File(format!(
            "{} is a directory; move it away to archive this file there",
            dest.target.display()
        )));
    }
    Partial::open_blocking(dest.temp.clone(), dest.listed)
        .map_err(|e| write_failure("temporary file", &e))
}

impl Partial {
    /// Put a complete download in place: write what is still in memory, fsync, and rename to
    /// `target`; the size and hex SHA-256. The directory is not fsynced here: the archiver
    /// does, for several files at once, before it records them. Blocking.
    pub fn commit_blocking(mut self, target: &Path) -> Result<(u64, String), FetchError> {
        let failed = |e: std::io::Error| write_failure("moving into place", &e);
        let file = match std::mem::replace(&mut self.store, Store::Writing) {
            Store::File(file) => file,
            Store::Memory(mem) => {
                let mut file = std::fs::File::create(&self.temp).map_err(failed)?;
                write_parts(&mut file, &mem.parts).map_err(failed)?;
                file
            }
            Store::Writing => {
                return Err(FetchError::File(
                    "internal: the temporary file is lost".into(),
                ));
            }
        };
        file.sync_all().map_err(failed)?;
        drop(file);
        std::fs::rename(&self.temp, target).map_err(failed)?;
        Ok((self.have, hex::encode(self.hasher.finalize())))
    }
}

/// Run `attempt` until the download `partial` (see [`prepare`]) is complete, resuming after
/// interruptions and stalls (while it makes progress: at most six attempts in a row, and
/// `stall.give_up_after`, without a new byte), and asking `link` for a link: `None` for the
/// first, the stale one when it has expired (at most three times in a row). A temporary file
/// that already holds all the bytes the listing names is complete without asking for a link.
/// Returns the complete download, for [`Partial::commit_blocking`].
pub async fn fetch<F, Fut>(
    http: &reqwest::Client,
    policy: &LinkPolicy,
    stall: &StallPolicy,
    mut link_for: F,
    mut partial: Partial,
    progress: Arc<dyn Fn(u64) + Send + Sync>,
) -> Result<Partial, FetchError>
where
    F: FnMut(Option<Link>) -> Fut,
    Fut: std::future::Future<Output = Result<Link, String>>,
{
    const MAX_STALLED: u32 = 6;
    const MAX_REFRESHES: u32 = 3;
    if let ListedSize::Exact(size) = partial.listed
        && size > 0
        && partial.have() == size
    {
        return Ok(partial);
    }
    let mut link = link_for(None).await.map_err(FetchError::File)?;
    let (mut stalled, mut refreshes) = (0u32, 0u32);
    let mut last_progress = tokio::time::Instant::now();
    // A link just refreshed by `link_for` is tried even if our clock says it is (about to be)
    // expired: the service's lifetime may be shorter than the margin; its 403 decides. The
    // first link may have waited in its batch, so it is checked.
    let mut fresh = false;
    loop {
        let before = partial.have();
        let give_up_at = last_progress + stall.give_up_after;
        let outcome = if !fresh && link.expires_at <= Utc::now() + EXPIRY_MARGIN {
            Attempt::LinkExpired
        } else {
            attempt(
                http,
                policy,
                &link,
                &mut partial,
                stall,
                give_up_at,
                progress.as_ref(),
            )
            .await
        };
        fresh = false;
        match outcome {
            Attempt::Complete => return Ok(partial),
            Attempt::Failed(why) => {
                partial.discard().await;
                return Err(FetchError::File(why));
            }
            Attempt::Disk(e) => return Err(write_failure("writing the temporary file", &e)),
            Attempt::LinkExpired => {
                refreshes += 1;
                if refreshes > MAX_REFRESHES {
                    return Err(FetchError::File(
                        "download link expired again even when fresh".into(),
                    ));
                }
                link = link_for(Some(link.clone()))
                    .await
                    .map_err(FetchError::File)?;
                fresh = true;
            }
            Attempt::Interrupted(why) => {
                if partial.have() > before {
                    stalled = 0;
                    refreshes = 0;
                    last_progress = tokio::time::Instant::now();
                } else {
                    stalled += 1;
                }
                if stalled >= MAX_STALLED {
                    return Err(FetchError::File(format!(
                        "gave up after {stalled} attempts without progress: {why}"
                    )));
                }
                if last_progress.elapsed() >= stall.give_up_after {
                    return Err(FetchError::File(format!(
                        "gave up after {:.0?} without progress: {why}",
                        last_progress.elapsed()
                    )));
                }
                tracing::debug!(have = partial.have(), reason = %why, "download interrupted; resuming");
                let backoff = Duration::from_millis(100 * (1u64 << stalled.min(5)));
                tokio::time::sleep(backoff).await;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn policy_refuses_other_hosts_and_plain_http() {
        let api = url::Url::parse("https://dds.cn-north-4.myhuaweicloud.com/").unwrap();
        let p = LinkPolicy::for_endpoint(&api);
        let ok = |s: &str| p.check(&url::Url::parse(s).unwrap());
        assert!(ok("https://bucket.obs.cn-north-4.myhuaweicloud.com/a?x=1").is_ok());
        assert!(ok("http://bucket.obs.cn-north-4.myhuaweicloud.com/a").is_err());
        assert!(ok("https://evil.example.com/a").is_err());
        assert!(ok("https://myhuaweicloud.com.evil.example/a").is_err());
        assert!(ok("file:///etc/passwd").is_err());
        let custom = url::Url::parse("https://dbs.internal.example:8443/").unwrap();
        let p = LinkPolicy::for_endpoint(&custom);
        let ok = |s: &str| p.check(&url::Url::parse(s).unwrap());
        assert!(ok("https://dbs.internal.example:8443/download/x").is_ok());
        assert!(
            ok("https://dbs.internal.example/download/x").is_err(),
            "another port"
        );
        assert!(
            ok("https://dbs.internal.example:9000/download/x").is_err(),
            "another port"
        );
        let local = url::Url::parse("http://127.0.0.1:8080/").unwrap();
        let p = LinkPolicy::for_endpoint(&local);
        assert!(
            p.check(&url::Url::parse("http://127.0.0.1:8080/download/x").unwrap())
                .is_ok()
        );
        assert!(
            p.check(&url::Url::parse("http://127.0.0.1:9999/download/x").unwrap())
                .is_err()
        );
        assert!(
            p.check(&url::Url::parse("http://10.0.0.1:8080/download/x").unwrap())
                .is_err()
        );
    }

    #[test]
    fn content_range() {
        assert_eq!(
            parse_content_range("bytes 100-199/1000"),
            Some((100, Some(1000)))
        );
        assert_eq!(parse_content_range("bytes 0-0/*"), Some((0, None)));
        assert_eq!(
            parse_content_range("bytes */1000"),
            Some((1000, Some(1000)))
        );
        assert_eq!(parse_content_range("bytes */*"), None);
        assert_eq!(parse_content_range("items 0-1/2"), None);
    }
}
