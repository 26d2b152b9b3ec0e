//! Fetching a log file from its presigned link ([`LogLink`]): what a program does after listing
//! and linking, when it does not need the archiver of `huaweicloud-logs` (resuming, verifying,
//! a manifest).
//!
//! A link carries its own authorization in its query, so a download sends no credential of the
//! client. The URL's query is a secret: errors and traces show the link without it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use futures_util::TryStreamExt as _;
use tokio::io::AsyncWriteExt as _;

use crate::error::{Error, ErrorKind};
use crate::log_api::LogLink;

/// Most redirects a download follows (object storage answers presigned GETs directly; a CDN
/// in front may add one).
const MAX_REDIRECTS: usize = 5;

/// Downloads log files from their links. Cheap to clone; keep one for many files, so their
/// connections are reused.
#[derive(Debug, Clone)]
pub struct Downloader {
    http: reqwest::Client,
}

impl Downloader {
    /// A downloader with rustls (whatever else the program set up first), a 10 s connect
    /// timeout and a 60 s read timeout, and no total deadline (a large file takes as long as
    /// it takes). `https` only, except to loopback hosts (a local emulator); redirects are
    /// followed up to 5 times, to `https` only.
    pub fn new() -> Result<Self, Error> {
        Self::with_timeouts(Duration::from_secs(10), Duration::from_secs(60))
    }

    /// [`Downloader::new`] with other connect and read timeouts.
    pub fn with_timeouts(connect: Duration, read: Duration) -> Result<Self, Error> {
        crate::client::ensure_tls_provider();
        let http = reqwest::Client::builder()
            .connect_timeout(connect)
            .read_timeout(read)
            .redirect(reqwest::redirect::Policy::custom(|attempt| {
                if attempt.previous().len() >= MAX_REDIRECTS {
                    attempt.error("too many redirects")
                } else if attempt.url().scheme() != "https" {
                    attempt.error("a redirect away from https")
                } else {
                    attempt.follow()
                }
            }))
            .build()
            .map_err(|e| {
                Error::new(
                    ErrorKind::Configuration,
                    format!("HTTP client setup failed: {e}"),
                )
            })?;
        Ok(Self { http })
    }

    /// The whole file, in memory: for small files. Fails on any status but 200, and when the
    /// link states a size that the body does not have.
    pub async fn bytes(&self, link: &LogLink) -> Result<bytes::Bytes, Error> {
        let response = self.get(link).await?;
        let body = response
            .bytes()
            .await
            .map_err(|e| transfer_error(link, e))?;
        check_size(link, body.len() as u64)?;
        Ok(body)
    }

    /// Stream the file into `path`, through `path` + `.part`, flushed to disk and renamed into
    /// place only when every byte arrived (and as many as the link states, when it does): on
    /// any failure `path` is untouched and the partial file removed. Returns the bytes written.
    pub async fn to_file(&self, link: &LogLink, path: &Path) -> Result<u64, Error> {
        let part = part_path(path);
        let result = self.write_part(link, &part).await;
        match result {
            Ok(written) => {
                tokio::fs::rename(&part, path)
                    .await
                    .map_err(|e| io_error(path, e))?;
                Ok(written)
            }
            Err(e) => {
                let _ = tokio::fs::remove_file(&part).await;
                Err(e)
            }
        }
    }

    async fn write_part(&self, link: &LogLink, part: &Path) -> Result<u64, Error> {
        let response = self.get(link).await?;
        let mut file = tokio::fs::File::create(part)
            .await
            .map_err(|e| io_error(part, e))?;
        let mut body = response.bytes_stream();
        let mut written = 0u64;
        while let Some(chunk) = body.try_next().await.map_err(|e| transfer_error(link, e))? {
            written += chunk.len() as u64;
            if let Some(expected) = link.size_bytes
                && written > expected
            {
                return Err(size_error(link, expected, written));
            }
            file.write_all(&chunk)
                .await
                .map_err(|e| io_error(part, e))?;
        }
        check_size(link, written)?;
        file.sync_all().await.map_err(|e| io_error(part, e))?;
        Ok(written)
    }

    async fn get(&self, link: &LogLink) -> Result<reqwest::Response, Error> {
        let url = reqwest::Url::parse(&link.url).map_err(|e| {
            Error::new(
                ErrorKind::InvalidInput,
                format!("link of file {}: not a URL: {e}", link.id),
            )
        })?;
        let loopback = url
            .host()
            .is_some_and(|h| matches!(h, url::Host::Domain("localhost")) || is_loopback_ip(&h));
        if url.scheme() != "https" && !(url.scheme() == "http" && loopback) {
            return Err(Error::new(
                ErrorKind::InvalidInput,
                format!(
                    "link of file {}: {} is not https (plain http only to loopback hosts)",
                    link.id,
                    redacted(&url)
                ),
            ));
        }
        let response = self
            .http
            .get(url.clone())
            .send()
            .await
            .map_err(|e| transfer_error(link, e))?;
        let status = response.status();
        if status != reqwest::StatusCode::OK {
            let mut e = Error::new(
                if status.as_u16() == 401 || status.as_u16() == 403 {
                    ErrorKind::Authentication
                } else {
                    ErrorKind::Service
                },
                format!(
                    "download of file {} from {}: HTTP {} (a link lives a few minutes: an expired one is refused with 403)",
                    link.id,
                    redacted(&url),
                    status.as_u16()
                ),
            );
            e = e.with_status(status.as_u16());
            return Err(e);
        }
        Ok(response)
    }
}

fn is_loopback_ip(host: &url::Host<&str>) -> bool {
    match host {
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => ip.is_loopback(),
        url::Host::Domain(_) => false,
    }
}

/// `scheme://host:port/path`, without the query that authorizes the link.
fn redacted(url: &reqwest::Url) -> String {
    let mut shown = format!("{}://{}", url.scheme(), url.host_str().unwrap_or("?"));
    if let Some(port) = url.port() {
        shown.push_str(&format!(":{port}"));
    }
    shown.push_str(url.path());
    shown
}

fn part_path(path: &Path) -> PathBuf {
    let mut part = path.as_os_str().to_owned();
    part.push(".part");
    PathBuf::from(part)
}

fn check_size(link: &LogLink, got: u64) -> Result<(), Error> {
    match link.size_bytes {
        Some(expected) if expected != got => Err(size_error(link, expected, got)),
        _ => Ok(()),
    }
}

fn size_error(link: &LogLink, expected: u64, got: u64) -> Error {
    Error::new(
        ErrorKind::Decode,
        format!(
            "download of file {}: the link says {expected} bytes, the body has {}{got}",
            link.id,
            if got > expected { "at least " } else { "" }
        ),
    )
}

fn transfer_error(link: &LogLink, e: reqwest::Error) -> Error {
    let e = Error::from_reqwest(e);
    let message = format!(
        "download of file {}: {}",
        link.id,
        e.message().unwrap_or_default()
    );
    Error::new(e.kind(), message)
}

fn io_error(path: &Path, e: std::io::Error) -> Error {
    Error::new(ErrorKind::Io, format!("writing {}: {e}", path.display())).with_source(e)
}
