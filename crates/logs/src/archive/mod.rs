//! The archiver: list the files of some instances, skip what the manifest says is complete,
//! fetch links in batches, download with bounded concurrency, record each file.
//!
//! One run at a time per destination (an OS lock), and what a run does not finish is
//! remembered (see [`crate::state`]): no file is skipped for good, whatever stops a run.
//!
//! A run is a pipeline (module `pipeline`): files are planned (module `plan`) and
//! downloaded as the listing's pages arrive, so the first downloads start after the first
//! page, and memory holds the files in flight, not the listing.

mod pipeline;
mod plan;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{TimeDelta, Utc};
use futures_util::stream;
use huaweicloud_core::TimeWindow;

use crate::download::{self, LinkPolicy, StallPolicy};
use crate::lock::{DestLock, LockError, LockWait};
use crate::manifest::{Entry, ManifestError};
use crate::model::LogFile;
pub use crate::model::Target;
use crate::source::Source;
use crate::state::{StateError, SyncState, target_key};

/// What went wrong before any file could be tried: listing, the destination, the manifest.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An API call failed (listing, after its retries).
    #[error(transparent)]
    Api(#[from] huaweicloud_core::Error),
    /// The manifest could not be read or written.
    #[error(transparent)]
    Manifest(#[from] ManifestError),
    /// The sync state could not be read or written.
    #[error(transparent)]
    State(#[from] StateError),
    /// Another run holds the destination, or its lock could not be taken.
    #[error(transparent)]
    Lock(#[from] LockError),
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

/// Which time range a sync lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncWindow {
    /// Exactly this window (the sync state's watermarks are left as they are).
    Fixed(TimeWindow),
    /// From the time up to which the target is known complete (the sync state's watermark),
    /// less `lookback` (logs arrive late, and the newest file may still be growing), up to
    /// now; `first` back from now for a target never synced.
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
    /// Whether a run waits for another one that holds the destination, or fails at once.
    pub lock_wait: LockWait,
    /// Hash every recorded file of the run's targets and fetch again those that differ
    /// from the manifest (else recorded files are checked by size).
    pub verify: bool,
    /// Stalled-download protection.
    pub stall: StallPolicy,
    /// Keep every file's outcome in the [`Report`] (else only the failed ones; the others are
    /// told to the [`Observer`] as they happen, and memory stays flat in the number of files).
    pub keep_outcomes: bool,
}

impl Options {
    /// Defaults: 4 downloads at a time, 60 s read timeout, fail when another run holds the
    /// destination, check recorded files by size, [`StallPolicy::default`], every outcome kept
    /// in the report.
    pub fn new(dest: impl Into<PathBuf>) -> Self {
        Self {
            dest: dest.into(),
            concurrency: 4,
            read_timeout: Duration::from_secs(60),
            extra_link_hosts: Vec::new(),
            lock_wait: LockWait::Fail,
            verify: false,
            stall: StallPolicy::default(),
            keep_outcomes: true,
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

/// Told of the archiver's progress as it goes, for progress bars, logs and streamed results.
/// All methods default to nothing; they are called from the archiver's tasks, concurrently.
pub trait Observer: Send + Sync {
    /// A file is to be downloaded (files come as the listing goes).
    fn queued(&self, _file: &LogFile) {}
    /// The listing is over: every file to download has been queued.
    fn listed(&self) {}
    /// A download starts.
    fn started(&self, _file: &LogFile) {}
    /// Bytes written to disk (by any download).
    fn bytes(&self, _n: u64) {}
    /// A file is done, one way or another: fetched, skipped as complete, or failed.
    fn finished(&self, _file: &LogFile, _outcome: &Outcome) {}
}

/// An observer that does nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct Quiet;
impl Observer for Quiet {}

/// The result of a run: every file considered and what became of it.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Each file and its outcome, in the order the files were listed (the pending files
    /// retried and the recorded files fetched again come last): all of them with
    /// [`Options::keep_outcomes`], else only the failed ones.
    pub files: Vec<(LogFile, Outcome)>,
    /// Counts over every file, kept or not.
    pub totals: Totals,
    /// Recorded files of the run's targets checked on disk (by size, or by SHA-256 with
    /// [`Options::verify`]), outside the listing.
    pub checked: usize,
}

/// How many files a run fetched, skipped and failed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Files downloaded and recorded.
    pub fetched: usize,
    /// Bytes of the files downloaded.
    pub fetched_bytes: u64,
    /// Files already complete.
    pub skipped: usize,
    /// Files not archived (pending for the next run).
    pub failed: usize,
}

impl Report {
    /// Files downloaded (of the files kept, see [`Report::files`]).
    pub fn fetched(&self) -> impl Iterator<Item = (&LogFile, &Entry)> {
        self.files.iter().filter_map(|(f, o)| match o {
            Outcome::Fetched(e) => Some((f, e)),
            _ => None,
        })
    }

    /// Files skipped as complete (of the files kept, see [`Report::files`]).
    pub fn skipped(&self) -> impl Iterator<Item = &LogFile> {
        self.files
            .iter()
            .filter_map(|(f, o)| matches!(o, Outcome::Skipped { .. }).then_some(f))
    }

    /// Files that failed, and why (always kept).
    pub fn failed(&self) -> impl Iterator<Item = (&LogFile, &str)> {
        self.files.iter().filter_map(|(f, o)| match o {
            Outcome::Failed(why) => Some((f, why.as_str())),
            _ => None,
        })
    }

    /// Whether every file is fetched or skipped.
    pub fn is_complete(&self) -> bool {
        self.totals.failed == 0
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

/// What a run holds from start to end: the destination's lock and its sync state.
struct Run {
    _lock: DestLock,
    state: SyncState,
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

    /// Hash every recorded file of a run's targets, and fetch again those that differ from
    /// the manifest ([`Options::verify`]).
    pub fn verifying(mut self) -> Self {
        self.options.verify = true;
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

    /// Archive what is new or incomplete for `targets`: the files listed in `window`, the
    /// pending files of earlier runs, and the recorded files whose copy is missing or differs.
    /// With [`SyncWindow::SinceLastRun`], each target's watermark moves to the window's end
    /// once the run is through (its failures are pending, and retried by every later run).
    pub async fn sync(&self, targets: &[Target], window: SyncWindow) -> Result<Report, Error> {
        let kind = self.source.kind();
        let mut run = self.begin().await?;
        let now = Utc::now();
        let mut pairs = Vec::with_capacity(targets.len());
        for t in targets {
            let w = match window {
                SyncWindow::Fixed(w) => w,
                SyncWindow::SinceLastRun { first, lookback } => {
                    let start = run
                        .state
                        .complete_until
                        .get(&target_key(kind, self.source.log_kind(), t))
                        .map_or(now - first, |until| *until - lookback);
                    TimeWindow::new(start.min(now - TimeDelta::seconds(1)), now)?
                }
            };
            pairs.push((t.clone(), w));
        }
        let listing = self.source.list_stream(&pairs);
        let outcome = self.archive(&mut run, Some(targets), listing).await;
        if outcome.is_ok() && matches!(window, SyncWindow::SinceLastRun { .. }) {
            for (t, w) in &pairs {
                run.state
                    .complete_until
                    .insert(target_key(kind, self.source.log_kind(), t), w.end());
            }
        }
        self.finish(run, outcome).await
    }

    /// Download the files of `targets` in `window` as they are listed, skipping those the
    /// manifest records as complete (no watermark moves; failures are pending).
    pub async fn download_window(
        &self,
        targets: &[Target],
        window: TimeWindow,
    ) -> Result<Report, Error> {
        let mut run = self.begin().await?;
        let pairs: Vec<(Target, TimeWindow)> =
            targets.iter().map(|t| (t.clone(), window)).collect();
        let listing = self.source.list_stream(&pairs);
        let outcome = self.archive(&mut run, None, listing).await;
        self.finish(run, outcome).await
    }

    /// Download `files` (skipping those the manifest records as complete).
    pub async fn download(&self, files: Vec<LogFile>) -> Result<Report, Error> {
        let mut run = self.begin().await?;
        let listing = stream::iter(files.into_iter().map(Ok));
        let outcome = self.archive(&mut run, None, listing).await;
        self.finish(run, outcome).await
    }

    /// Create the destination, take its lock, and read its state.
    async fn begin(&self) -> Result<Run, Error> {
        let dest = self.options.dest.clone();
        tokio::fs::create_dir_all(&dest)
            .await
            .map_err(|source| Error::Destination {
                path: dest.clone(),
                source,
            })?;
        let lock = DestLock::acquire(&dest, self.options.lock_wait, |holder| {
            tracing::warn!(
                dest = %dest.display(),
                holder,
                "another hwlogs run is writing to the destination; waiting for it"
            );
        })
        .await?;
        let state = blocking(move || SyncState::load(&dest)).await??;
        Ok(Run { _lock: lock, state })
    }

    /// Write the state a run leaves (also after a failure: its pending files), then give
    /// the run's outcome.
    async fn finish(&self, run: Run, outcome: Result<Report, Error>) -> Result<Report, Error> {
        let dest = self.options.dest.clone();
        let Run { _lock, state } = run;
        let saved = blocking(move || state.save(&dest)).await;
        let report = outcome?;
        saved??;
        Ok(report)
    }
}

/// Run blocking file work off the async threads.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, Error> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Error::Config(format!("internal: a file task failed: {e}")))
}
