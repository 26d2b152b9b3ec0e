//! A run as a pipeline. A planner takes the listing as its pages arrive (then the pending
//! files), decides each file's fate on the blocking pool, reports the complete ones and queues
//! the others, registering each with its instance's link book; downloaders take the queue,
//! `concurrency` at a time. The queue is short (two link batches and the download slots), so
//! memory holds the files in flight, not the listing, and the first download starts after the
//! first page. What must be fetched again (its manifest line goes first) waits for a second
//! phase, with the recorded files of the targets that the listing did not name.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use chrono::Utc;
use futures_util::{Stream, StreamExt as _, TryStreamExt as _, stream};
use sha2::{Digest as _, Sha256};

use super::plan::{Decision, Taken, decide, entry_file, intact, rel_string};
use super::{Archiver, Error, Observer, Outcome, Report, Run, Target, Totals, blocking};
use crate::download::{self, FetchError};
use crate::links::LinkBook;
use crate::manifest::{Entry, Manifest, key_hash};
use crate::model::LogFile;
use crate::safe_path;
use crate::state::covers;

/// Files decided at once on the blocking pool.
const PLAN_CHUNK: usize = 64;

/// One download to do: the file, where it goes, its place in the listing, its link book.
struct Job {
    seq: u64,
    file: LogFile,
    path: PathBuf,
    book: Arc<LinkBook>,
}

/// Set when the destination cannot be written: nothing more is tried.
#[derive(Default)]
struct Stop {
    set: AtomicBool,
    why: Mutex<Option<String>>,
}

impl Stop {
    fn is_set(&self) -> bool {
        self.set.load(Ordering::SeqCst)
    }

    fn set(&self, why: &str) {
        self.set.store(true, Ordering::SeqCst);
        self.why
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_or_insert_with(|| why.to_owned());
    }
}

/// The outcomes as they come: told to the observer, counted, kept for the report (all, or
/// the failed ones), and which pending files they archive.
struct Tally<'a> {
    observer: &'a dyn Observer,
    keep: bool,
    rows: Vec<(u64, LogFile, Outcome)>,
    totals: Totals,
    pending: HashSet<u128>,
    archived_pending: HashSet<u128>,
}

impl<'a> Tally<'a> {
    fn new(observer: &'a dyn Observer, keep: bool, pending: &[LogFile]) -> Self {
        Self {
            observer,
            keep,
            rows: Vec::new(),
            totals: Totals::default(),
            pending: pending.iter().map(|p| key_hash(&p.key())).collect(),
            archived_pending: HashSet::new(),
        }
    }

    fn record(&mut self, seq: u64, file: LogFile, outcome: Outcome) {
        self.observer.finished(&file, &outcome);
        let failed = match &outcome {
            Outcome::Fetched(e) => {
                self.totals.fetched += 1;
                self.totals.fetched_bytes += e.size;
                false
            }
            Outcome::Skipped { .. } => {
                self.totals.skipped += 1;
                false
            }
            Outcome::Failed(_) => {
                self.totals.failed += 1;
                true
            }
        };
        if !failed {
            let hash = key_hash(&file.key());
            if self.pending.contains(&hash) {
                self.archived_pending.insert(hash);
            }
        }
        if self.keep || failed {
            self.rows.push((seq, file, outcome));
        }
    }
}

fn record(tally: &Mutex<Tally<'_>>, seq: u64, file: LogFile, outcome: Outcome) {
    tally
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .record(seq, file, outcome);
}

impl Archiver {
    /// Plan, download and record the files of `listing` (for a sync, `scope` names its
    /// targets: their pending files are retried and their recorded files checked); the run's
    /// state learns which files are pending.
    pub(super) async fn archive(
        &self,
        run: &mut Run,
        scope: Option<&[Target]>,
        listing: impl Stream<Item = Result<LogFile, huaweicloud_core::Error>> + Send,
    ) -> Result<Report, Error> {
        let kind = self.source.kind();
        // The manifest, without what it must not hold. A line with an unsafe path names no
        // file in a safe place: that file becomes pending (durably, before its line goes) and
        // is fetched to its safe path.
        let dest = self.options.dest.clone();
        let mut state = run.state.clone();
        let (manifest, state) = blocking(move || {
            let mut manifest = Manifest::load(&dest)?;
            let ignored = manifest.take_unsafe();
            if !ignored.is_empty() {
                state.add_pending(ignored.iter().map(entry_file));
                state.save(&dest)?;
            }
            manifest.compact()?;
            Ok::<_, Error>((manifest, state))
        })
        .await??;
        run.state = state;
        let manifest = Arc::new(manifest);

        let targets: Vec<Target> = scope.map(<[Target]>::to_vec).unwrap_or_default();
        let in_scope = move |service, instance: &str, node: Option<&str>| {
            targets
                .iter()
                .any(|t| covers(kind, t, service, instance, node))
        };
        let pending: Vec<LogFile> = run
            .state
            .pending
            .iter()
            .filter(|p| in_scope(p.service, &p.instance_id, p.node_id.as_deref()))
            .cloned()
            .collect();
        let tally = Mutex::new(Tally::new(
            self.observer.as_ref(),
            self.options.keep_outcomes,
            &run.state.pending,
        ));
        let stop = Stop::default();

        // Phase 1: the listing, then the pending files, planned and downloaded as they come.
        let queue = 2 * kind.link_batch() + self.options.concurrency;
        let (tx, rx) = tokio::sync::mpsc::channel::<Job>(queue);
        let mut seen: HashSet<u128> = HashSet::new();
        let mut again: Vec<(u64, LogFile, PathBuf)> = Vec::new();
        let candidates = listing.chain(stream::iter(pending.into_iter().map(Ok)));
        let planner = async {
            let planned = self
                .plan(
                    candidates, &manifest, tx, &tally, &mut seen, &mut again, &stop,
                )
                .await;
            self.observer.listed();
            planned
        };
        let jobs = stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|j| (j, rx)) });
        let (planned, ()) =
            tokio::join!(planner, self.download_all(jobs, &manifest, &tally, &stop));
        let mut seq = planned.as_ref().map_or(0, |s| *s);

        // Phase 2: the recorded files of the targets that the listing did not name, checked;
        // then every file to fetch again, its manifest line taken out first (and the file
        // pending until it is back: a run stopped in between fetches it next time).
        let mut checked = 0;
        if planned.is_ok() && !stop.is_set() {
            if scope.is_some() {
                let (m, dest, verify) = (
                    Arc::clone(&manifest),
                    self.options.dest.clone(),
                    self.options.verify,
                );
                let found;
                (checked, found) = blocking(move || {
                    let mut checked = 0;
                    let mut found = Vec::new();
                    m.for_each(|entry: Entry, hash| {
                        let covered =
                            in_scope(entry.service, &entry.instance_id, entry.node_id.as_deref());
                        if covered && !seen.contains(&hash) {
                            if intact(&dest, &entry, verify) {
                                checked += 1;
                            } else {
                                found.push((entry_file(&entry), PathBuf::from(&entry.path)));
                            }
                        }
                        Ok(())
                    })?;
                    Ok::<_, Error>((checked, found))
                })
                .await??;
                for (file, path) in found {
                    seq += 1;
                    again.push((seq, file, path));
                }
            }
            if !again.is_empty() {
                run.state
                    .add_pending(again.iter().map(|(_, f, _)| f.clone()));
                let (m, dest, state) = (
                    Arc::clone(&manifest),
                    self.options.dest.clone(),
                    run.state.clone(),
                );
                let keys: HashSet<_> = again.iter().map(|(_, f, _)| f.key()).collect();
                blocking(move || {
                    state.save(&dest)?;
                    m.remove(&keys)?;
                    Ok::<_, Error>(())
                })
                .await??;
                let mut books = HashMap::new();
                let jobs: Vec<Job> = again
                    .into_iter()
                    .map(|(seq, file, path)| {
                        let book = self.book(&mut books, &file);
                        Job {
                            seq,
                            file,
                            path,
                            book,
                        }
                    })
                    .collect();
                self.download_all(stream::iter(jobs), &manifest, &tally, &stop)
                    .await;
            }
        }

        // What the state learns, whatever happened: archived pending files are no longer
        // pending; failed ones are.
        let tally = tally.into_inner().unwrap_or_else(|e| e.into_inner());
        let archived = tally.archived_pending;
        run.state
            .pending
            .retain(|p| !archived.contains(&key_hash(&p.key())));
        let mut rows = tally.rows;
        rows.sort_by_key(|(seq, _, _)| *seq);
        run.state.add_pending(
            rows.iter()
                .filter(|(_, _, o)| matches!(o, Outcome::Failed(_)))
                .map(|(_, f, _)| f.clone()),
        );
        planned?;
        if let Some(why) = stop.why.into_inner().unwrap_or_else(|e| e.into_inner()) {
            return Err(Error::Destination {
                path: self.options.dest.clone(),
                source: std::io::Error::other(why),
            });
        }
        Ok(Report {
            files: rows.into_iter().map(|(_, f, o)| (f, o)).collect(),
            totals: tally.totals,
            checked,
        })
    }

    /// The planner: each candidate once, decided in chunks on the blocking pool; complete
    /// files reported, files to fetch again kept in `again`, the others queued for download.
    /// Returns the last sequence number given.
    #[allow(clippy::too_many_arguments)]
    async fn plan(
        &self,
        candidates: impl Stream<Item = Result<LogFile, huaweicloud_core::Error>> + Send,
        manifest: &Arc<Manifest>,
        queue: tokio::sync::mpsc::Sender<Job>,
        tally: &Mutex<Tally<'_>>,
        seen: &mut HashSet<u128>,
        again: &mut Vec<(u64, LogFile, PathBuf)>,
        stop: &Stop,
    ) -> Result<u64, Error> {
        let mut chunks = std::pin::pin!(candidates.try_chunks(PLAN_CHUNK));
        let mut taken = Taken::default();
        let mut books = HashMap::new();
        let mut seq = 0u64;
        while let Some(chunk) = chunks.next().await {
            if stop.is_set() {
                break;
            }
            let chunk = chunk.map_err(|e| e.1)?;
            let fresh: Vec<LogFile> = chunk
                .into_iter()
                .filter(|f| seen.insert(key_hash(&f.key())))
                .collect();
            if fresh.is_empty() {
                continue;
            }
            let (m, dest, verify) = (
                Arc::clone(manifest),
                self.options.dest.clone(),
                self.options.verify,
            );
            let decided;
            (decided, taken) = blocking(move || {
                let mut out = Vec::with_capacity(fresh.len());
                for file in fresh {
                    let decision = decide(&m, &file, &dest, verify, &mut taken)?;
                    out.push((file, decision));
                }
                Ok::<_, Error>((out, taken))
            })
            .await??;
            for (file, decision) in decided {
                seq += 1;
                match decision {
                    Decision::Skip { path } => record(tally, seq, file, Outcome::Skipped { path }),
                    Decision::Refetch { path } => again.push((seq, file, path)),
                    Decision::Fetch { path } => {
                        let book = self.book(&mut books, &file);
                        self.observer.queued(&file);
                        let job = Job {
                            seq,
                            file,
                            path,
                            book,
                        };
                        if queue.send(job).await.is_err() {
                            return Ok(seq);
                        }
                    }
                }
            }
        }
        Ok(seq)
    }

    /// The link book of `file`'s instance, with `file` registered in download order.
    fn book(&self, books: &mut HashMap<String, Arc<LinkBook>>, file: &LogFile) -> Arc<LinkBook> {
        let book = books.entry(file.instance_id.clone()).or_insert_with(|| {
            Arc::new(LinkBook::new(
                self.source.clone(),
                file.instance_id.clone(),
                self.source.kind().link_batch(),
            ))
        });
        book.enqueue(&file.id);
        Arc::clone(book)
    }

    /// Download the `jobs`, `concurrency` at a time, each outcome to the tally. A destination
    /// that cannot be written stops the rest (they fail as not attempted).
    async fn download_all(
        &self,
        jobs: impl Stream<Item = Job>,
        manifest: &Arc<Manifest>,
        tally: &Mutex<Tally<'_>>,
        stop: &Stop,
    ) {
        jobs.map(|job| async move {
            let outcome = if stop.is_set() {
                job.book.done(&job.file.id);
                Outcome::Failed("not attempted: the destination cannot be written".into())
            } else {
                match self
                    .fetch_one(&job.file, &job.path, &job.book, Arc::clone(manifest))
                    .await
                {
                    Ok(outcome) => outcome,
                    Err(why) => {
                        stop.set(&why);
                        Outcome::Failed(why)
                    }
                }
            };
            (job, outcome)
        })
        .buffer_unordered(self.options.concurrency)
        .for_each(|(job, outcome)| {
            record(tally, job.seq, job.file, outcome);
            std::future::ready(())
        })
        .await;
    }

    /// Download one file and record it. `Err` when the destination cannot be written (the
    /// run stops); any other failure is this file's outcome.
    async fn fetch_one(
        &self,
        file: &LogFile,
        rel: &Path,
        book: &LinkBook,
        manifest: Arc<Manifest>,
    ) -> Result<Outcome, String> {
        let result = self.download_one(file, rel, book).await;
        book.done(&file.id);
        let (size, sha256) = match result {
            Ok(done) => done,
            Err(FetchError::File(why)) => return Ok(Outcome::Failed(why)),
            Err(FetchError::Destination(why)) => return Err(why),
        };
        let entry = Entry {
            service: file.service,
            instance_id: file.instance_id.clone(),
            node_id: file.node_id.clone(),
            id: file.id.clone(),
            name: file.name.clone(),
            path: rel_string(rel),
            size,
            sha256,
            start_time: file.start_time,
            end_time: file.end_time,
            fetched_at: Utc::now(),
        };
        // A write and an fsync: on a blocking thread, off the downloads' runtime. A manifest
        // that cannot be written stops the run: nothing fetched after could be recorded.
        match blocking(move || manifest.append(&entry).map(|()| entry)).await {
            Ok(Ok(entry)) => Ok(Outcome::Fetched(entry)),
            Ok(Err(e)) => Err(format!("downloaded, but {e}")),
            Err(e) => Err(format!("downloaded, but the manifest writer failed: {e}")),
        }
    }

    async fn download_one(
        &self,
        file: &LogFile,
        rel: &Path,
        book: &LinkBook,
    ) -> Result<(u64, String), FetchError> {
        if !safe_path::is_contained(rel) {
            return Err(FetchError::File(format!("unsafe path {rel:?} refused")));
        }
        self.observer.started(file);
        let target = self.options.dest.join(rel);
        let Some(dir) = target.parent().map(Path::to_owned) else {
            return Err(FetchError::File("no directory for the file".into()));
        };
        if let Err(e) = tokio::fs::create_dir_all(&dir).await {
            let what = format!("creating {}: {e}", dir.display());
            return Err(if download::is_destination_error(&e) {
                FetchError::Destination(what)
            } else {
                FetchError::File(what)
            });
        }
        if tokio::fs::symlink_metadata(&target)
            .await
            .is_ok_and(|m| m.is_dir())
        {
            return Err(FetchError::File(format!(
                "{} is a directory; move it away to archive this file there",
                target.display()
            )));
        }
        let temp = dir.join(format!(
            "{}-{}.part",
            safe_path::RESERVED_PREFIX,
            &hex::encode(Sha256::digest(file.key().to_string().as_bytes()))[..16]
        ));
        let observer = Arc::clone(&self.observer);
        let progress: Arc<dyn Fn(u64) + Send + Sync> = Arc::new(move |n| observer.bytes(n));
        download::fetch(
            &self.http,
            &self.policy,
            &self.options.stall,
            |stale| async move {
                match stale {
                    None => book.get(&file.id).await,
                    Some(stale) => book.refresh(&file.id, stale).await,
                }
            },
            &download::Destination {
                temp,
                target,
                listed: file.size,
            },
            progress,
        )
        .await
    }
}
