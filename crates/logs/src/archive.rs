//! The archiver: list the files of some instances, skip what the manifest says is complete,
//! fetch links in batches, download with bounded concurrency, record each file.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{TimeDelta, Utc};
use futures_util::{StreamExt as _, stream};
use huaweicloud_core::TimeWindow;
use sha2::{Digest as _, Sha256};

use crate::download::{self, LinkPolicy};
use crate::manifest::{Entry, Manifest, ManifestError};
use crate::model::{FileKey, Link, LogFile};
use crate::safe_path;
use crate::source::Source;

/// What went wrong before any file could be tried: listing, the destination, the manifest.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An API call failed (listing, after its retries).
    #[error(transparent)]
    Api(#[from] huaweicloud_core::Error),
    /// The manifest could not be read or written.
    #[error(transparent)]
    Manifest(#[from] ManifestError),
    /// The destination could not be prepared.
    #[error("destination {path}: {source}")]
    Destination {
        /// The directory.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// The archiver is set up wrong; the text says how.
    #[error("{0}")]
    Config(String),
}

/// An instance (and node) whose files to archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Instance id.
    pub instance_id: String,
    /// Node id: required for TaurusDB, a filter for DDS, unused for RDS.
    pub node_id: Option<String>,
}

/// Which time range a sync lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncWindow {
    /// Exactly this window.
    Fixed(TimeWindow),
    /// From the newest file end recorded in the manifest for the instance, less `lookback`
    /// (logs arrive late, and the newest file may still be growing), up to now; `first` back
    /// from now when the manifest has nothing for the instance.
    SinceLastRun {
        /// How far back a first run reaches.
        first: TimeDelta,
        /// How much of the last run's window is listed again.
        lookback: TimeDelta,
    },
}

/// How the archiver works.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where files go.
    pub dest: PathBuf,
    /// Downloads at the same time.
    pub concurrency: usize,
    /// Read timeout of downloads (no total deadline).
    pub read_timeout: Duration,
    /// Further hosts (exact, or `.suffix`) trusted for download links over https.
    pub extra_link_hosts: Vec<String>,
}

impl Options {
    /// Defaults: 4 downloads at a time, 60 s read timeout.
    pub fn new(dest: impl Into<PathBuf>) -> Self {
        Self {
            dest: dest.into(),
            concurrency: 4,
            read_timeout: Duration::from_secs(60),
            extra_link_hosts: Vec::new(),
        }
    }
}

/// What happened to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Downloaded, verified and recorded.
    Fetched(Entry),
    /// Already complete in the destination (per the manifest and the file's size).
    Skipped {
        /// Where it is, relative to the destination.
        path: String,
    },
    /// Not fetched; why.
    Failed(String),
}

/// Told of the archiver's progress, for progress bars and logs. All methods default to nothing.
pub trait Observer: Send + Sync {
    /// The files to consider, after listing.
    fn listed(&self, _files: &[LogFile]) {}
    /// How many files (and bytes, where listed) will be downloaded, and how many skipped.
    fn planned(&self, _fetch: usize, _bytes: u64, _skip: usize) {}
    /// A download starts.
    fn started(&self, _file: &LogFile) {}
    /// Bytes written to disk (by any download).
    fn bytes(&self, _n: u64) {}
    /// A file is done, one way or another.
    fn finished(&self, _file: &LogFile, _outcome: &Outcome) {}
}

/// An observer that does nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct Quiet;
impl Observer for Quiet {}

/// The result of a run: every file considered and what became of it.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Each file and its outcome, in listing order.
    pub files: Vec<(LogFile, Outcome)>,
}

impl Report {
    /// Files downloaded.
    pub fn fetched(&self) -> impl Iterator<Item = (&LogFile, &Entry)> {
        self.files.iter().filter_map(|(f, o)| match o {
            Outcome::Fetched(e) => Some((f, e)),
            _ => None,
        })
    }

    /// Files skipped as complete.
    pub fn skipped(&self) -> impl Iterator<Item = &LogFile> {
        self.files
            .iter()
            .filter_map(|(f, o)| matches!(o, Outcome::Skipped { .. }).then_some(f))
    }

    /// Files that failed, and why.
    pub fn failed(&self) -> impl Iterator<Item = (&LogFile, &str)> {
        self.files.iter().filter_map(|(f, o)| match o {
            Outcome::Failed(why) => Some((f, why.as_str())),
            _ => None,
        })
    }

    /// Whether every file is fetched or skipped.
    pub fn is_complete(&self) -> bool {
        self.failed().next().is_none()
    }
}

/// Lists, downloads and records the log files of one service.
pub struct Archiver {
    source: Source,
    options: Options,
    http: reqwest::Client,
    policy: LinkPolicy,
    observer: Arc<dyn Observer>,
}

impl std::fmt::Debug for Archiver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Archiver")
            .field("source", &self.source)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Archiver {
    /// An archiver for `source` writing under `options.dest`.
    pub fn new(source: Source, options: Options) -> Result<Self, Error> {
        if options.concurrency == 0 || options.concurrency > 64 {
            return Err(Error::Config(format!(
                "concurrency: must be between 1 and 64, got {}",
                options.concurrency
            )));
        }
        let mut policy = LinkPolicy::for_endpoint(source.base_url());
        for host in &options.extra_link_hosts {
            policy = policy.allow_host(host.clone());
        }
        let http = download::http_client(&policy, options.read_timeout)
            .map_err(|e| Error::Config(format!("download client: {}", download::describe(&e))))?;
        Ok(Self {
            source,
            options,
            http,
            policy,
            observer: Arc::new(Quiet),
        })
    }

    /// Report progress to `observer`.
    pub fn with_observer(mut self, observer: Arc<dyn Observer>) -> Self {
        self.observer = observer;
        self
    }

    /// The destination.
    pub fn dest(&self) -> &Path {
        &self.options.dest
    }

    /// Every file of `targets` in `window`, each once, in listing order.
    pub async fn list(
        &self,
        targets: &[Target],
        window: TimeWindow,
    ) -> Result<Vec<LogFile>, Error> {
        let pairs: Vec<(Target, TimeWindow)> =
            targets.iter().map(|t| (t.clone(), window)).collect();
        Ok(self.source.list_targets(&pairs).await?)
    }

    /// List and download what is new or incomplete.
    pub async fn sync(&self, targets: &[Target], window: SyncWindow) -> Result<Report, Error> {
        let manifest = self.open_manifest().await?;
        let now = Utc::now();
        let mut pairs = Vec::with_capacity(targets.len());
        for t in targets {
            let w = match window {
                SyncWindow::Fixed(w) => w,
                SyncWindow::SinceLastRun { first, lookback } => {
                    let start = manifest
                        .newest_end(self.source.kind(), &t.instance_id)
                        .map_or(now - first, |end| (end - lookback).min(now - lookback));
                    TimeWindow::new(start, now)?
                }
            };
            pairs.push((t.clone(), w));
        }
        let files = self.source.list_targets(&pairs).await?;
        self.download_with(manifest, files).await
    }

    /// Download `files` (skipping those the manifest records as complete).
    pub async fn download(&self, files: Vec<LogFile>) -> Result<Report, Error> {
        let manifest = self.open_manifest().await?;
        self.download_with(manifest, files).await
    }

    async fn open_manifest(&self) -> Result<Manifest, Error> {
        let dest = self.options.dest.clone();
        tokio::fs::create_dir_all(&dest)
            .await
            .map_err(|source| Error::Destination {
                path: dest.clone(),
                source,
            })?;
        Ok(tokio::task::spawn_blocking(move || Manifest::load(&dest))
            .await
            .map_err(|e| Error::Config(format!("manifest loader: {e}")))??)
    }

    async fn download_with(
        &self,
        manifest: Manifest,
        files: Vec<LogFile>,
    ) -> Result<Report, Error> {
        let mut seen = HashSet::new();
        let files: Vec<LogFile> = files.into_iter().filter(|f| seen.insert(f.key())).collect();
        self.observer.listed(&files);

        // Paths: each file its own, the manifest's for files already recorded.
        let mut taken: HashMap<PathBuf, FileKey> = manifest
            .entries()
            .map(|e| (PathBuf::from(&e.path), e.key()))
            .collect();
        let mut plan: Vec<(LogFile, PathBuf, Option<Outcome>)> = Vec::with_capacity(files.len());
        for file in files {
            let key = file.key();
            if let Some(entry) = manifest.get(&key) {
                let path = PathBuf::from(&entry.path);
                if safe_path::is_contained(&path)
                    && file.size.admits(entry.size)
                    && file_len(&self.options.dest.join(&path)).await == Some(entry.size)
                {
                    let outcome = Outcome::Skipped {
                        path: entry.path.clone(),
                    };
                    plan.push((file, path, Some(outcome)));
                    continue;
                }
                plan.push((file, path, None));
                continue;
            }
            let mut path = safe_path::layout(&file);
            if taken.get(&path).is_some_and(|k| *k != key) {
                path = safe_path::disambiguated(&file);
            }
            taken.insert(path.clone(), key);
            plan.push((file, path, None));
        }
        let to_fetch: Vec<usize> = (0..plan.len()).filter(|&i| plan[i].2.is_none()).collect();
        let bytes: u64 = to_fetch
            .iter()
            .filter_map(|&i| plan[i].0.size.bytes())
            .sum();
        self.observer
            .planned(to_fetch.len(), bytes, plan.len() - to_fetch.len());

        // One link book per instance, in download order.
        let mut order: HashMap<String, Vec<String>> = HashMap::new();
        for &i in &to_fetch {
            let f = &plan[i].0;
            order
                .entry(f.instance_id.clone())
                .or_default()
                .push(f.id.clone());
        }
        let batch = self.source.kind().link_batch();
        let books: HashMap<String, Arc<LinkBook>> = order
            .into_iter()
            .map(|(instance, ids)| {
                let book = LinkBook::new(self.source.clone(), instance.clone(), batch, ids);
                (instance, Arc::new(book))
            })
            .collect();

        let manifest = Arc::new(manifest);
        let results: Vec<(usize, Outcome)> = stream::iter(to_fetch.iter().copied())
            .map(|i| {
                let (file, path, _) = &plan[i];
                let book = books.get(&file.instance_id).cloned();
                let manifest = Arc::clone(&manifest);
                async move {
                    let outcome = match book {
                        Some(book) => self.fetch_one(file, path, &book, manifest).await,
                        None => Outcome::Failed("internal: no link book".into()),
                    };
                    self.observer.finished(file, &outcome);
                    (i, outcome)
                }
            })
            .buffer_unordered(self.options.concurrency)
            .collect()
            .await;
        for (i, outcome) in results {
            plan[i].2 = Some(outcome);
        }
        let files = plan
            .into_iter()
            .map(|(f, _, o)| {
                let o = o.unwrap_or_else(|| Outcome::Failed("internal: not attempted".into()));
                (f, o)
            })
            .collect();
        Ok(Report { files })
    }

    async fn fetch_one(
        &self,
        file: &LogFile,
        rel: &Path,
        book: &LinkBook,
        manifest: Arc<Manifest>,
    ) -> Outcome {
        if !safe_path::is_contained(rel) {
            return Outcome::Failed(format!("unsafe path {rel:?} refused"));
        }
        self.observer.started(file);
        let target = self.options.dest.join(rel);
        let Some(dir) = target.parent().map(Path::to_owned) else {
            return Outcome::Failed("no directory for the file".into());
        };
        if let Err(e) = tokio::fs::create_dir_all(&dir).await {
            book.done(&file.id).await;
            return Outcome::Failed(format!("creating {}: {e}", dir.display()));
        }
        let temp = dir.join(format!(
            "{}-{}.part",
            safe_path::RESERVED_PREFIX,
            &hex::encode(Sha256::digest(file.key().to_string().as_bytes()))[..16]
        ));
        let link = match book.get(&file.id).await {
            Ok(l) => l,
            Err(e) => {
                book.done(&file.id).await;
                return Outcome::Failed(e);
            }
        };
        let observer = Arc::clone(&self.observer);
        let progress: Arc<dyn Fn(u64) + Send + Sync> = Arc::new(move |n| observer.bytes(n));
        let result = download::fetch(
            &self.http,
            &self.policy,
            link,
            |stale| book.refresh(&file.id, stale),
            &download::Destination {
                temp,
                target: target.clone(),
                listed: file.size,
            },
            progress,
        )
        .await;
        book.done(&file.id).await;
        match result {
            Ok((size, sha256)) => {
                let entry = Entry {
                    service: file.service,
                    instance_id: file.instance_id.clone(),
                    node_id: file.node_id.clone(),
                    id: file.id.clone(),
                    name: file.name.clone(),
                    path: rel
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                        .collect::<Vec<_>>()
                        .join("/"),
                    size,
                    sha256,
                    start_time: file.start_time,
                    end_time: file.end_time,
                    fetched_at: Utc::now(),
                };
                // A write and an fsync: on a blocking thread, off the downloads' runtime.
                let appended = tokio::task::spawn_blocking(move || {
                    let result = manifest.append(&entry);
                    (entry, result)
                })
                .await;
                match appended {
                    Ok((entry, Ok(()))) => Outcome::Fetched(entry),
                    Ok((_, Err(e))) => Outcome::Failed(format!("downloaded, but {e}")),
                    Err(e) => {
                        Outcome::Failed(format!("downloaded, but the manifest writer failed: {e}"))
                    }
                }
            }
            Err(why) => Outcome::Failed(why),
        }
    }
}

async fn file_len(path: &Path) -> Option<u64> {
    tokio::fs::symlink_metadata(path)
        .await
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len())
}

/// The links of one instance: fetched a batch at a time in download order, and refreshed
/// once for every download still waiting when one is found expired.
struct LinkBook {
    source: Source,
    instance_id: String,
    batch: usize,
    state: tokio::sync::Mutex<BookState>,
}

#[derive(Default)]
struct BookState {
    order: Vec<String>,
    next: usize,
    links: HashMap<String, Link>,
    done: HashSet<String>,
}

impl LinkBook {
    /// A book for the files `order` of an instance, in the order they will be downloaded.
    fn new(source: Source, instance_id: String, batch: usize, order: Vec<String>) -> Self {
        Self {
            source,
            instance_id,
            batch: batch.max(1),
            state: tokio::sync::Mutex::new(BookState {
                order,
                ..BookState::default()
            }),
        }
    }

    /// The link of `id`: fetched with the next batch of ids if not yet.
    async fn get(&self, id: &str) -> Result<Link, String> {
        let mut st = self.state.lock().await;
        if let Some(link) = st.links.get(id) {
            return Ok(link.clone());
        }
        let mut ids = vec![id.to_owned()];
        while ids.len() < self.batch && st.next < st.order.len() {
            let candidate = st.order[st.next].clone();
            st.next += 1;
            if candidate != id
                && !st.links.contains_key(&candidate)
                && !st.done.contains(&candidate)
            {
                ids.push(candidate);
            }
        }
        self.fetch_into(&mut st, &ids).await?;
        st.links
            .get(id)
            .cloned()
            .ok_or_else(|| format!("the service gave no link for file {id}"))
    }

    /// A fresh link for `id`, whose link `stale` has expired. If another download has
    /// refreshed since (and that link is not past its expiry: services with short link
    /// lifetimes hand out links that are always close to it), that link is used; else every
    /// outstanding link is refreshed at once.
    async fn refresh(&self, id: &str, stale: Link) -> Result<Link, String> {
        let mut st = self.state.lock().await;
        if let Some(current) = st.links.get(id)
            && current.url != stale.url
            && current.expires_at > Utc::now()
        {
            return Ok(current.clone());
        }
        let mut ids: Vec<String> = st
            .links
            .keys()
            .filter(|k| !st.done.contains(*k))
            .cloned()
            .collect();
        if !ids.iter().any(|k| k == id) {
            ids.push(id.to_owned());
        }
        tracing::info!(
            instance = %self.instance_id,
            files = ids.len(),
            "download links expired; fetching fresh ones for every waiting download"
        );
        self.fetch_into(&mut st, &ids).await?;
        st.links
            .get(id)
            .cloned()
            .ok_or_else(|| format!("the service gave no link for file {id}"))
    }

    async fn fetch_into(&self, st: &mut BookState, ids: &[String]) -> Result<(), String> {
        let links = self
            .source
            .links(&self.instance_id, ids)
            .await
            .map_err(|e| format!("getting download links: {e}"))?;
        for (id, link) in links {
            st.links.insert(id, link);
        }
        Ok(())
    }

    async fn done(&self, id: &str) {
        let mut st = self.state.lock().await;
        st.links.remove(id);
        st.done.insert(id.to_owned());
    }
}
