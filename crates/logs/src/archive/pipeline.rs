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

/// A link book's instance, and node when links are asked node by node.
type BookKey = (String, Option<String>);
use crate::download::{self, Destination, FetchError, Partial};
use crate::links::LinkBook;
use crate::manifest::{Entry, Manifest, key_hash};
use crate::model::LogFile;
use crate::safe_path;
use crate::state::covers;

/// Files decided at once on the blocking pool.
const PLAN_CHUNK: usize = 64;

/// One download to do: the file, its place in the listing, where it goes (relative and
/// absolute), its download made ready (directory made, earlier bytes resumed), its link book.
struct Job {
    seq: u64,
    file: LogFile,
    path: PathBuf,
    target: PathBuf,
    partial: Partial,
    book: Arc<LinkBook>,
}

/// A download made ready for a job, or why it cannot be.
type Ready = Result<(PathBuf, Partial), FetchError>;

/// A download in place to record: its entry, its directory, and who waits for the outcome.
type ToCommit = (
    Entry,
    PathBuf,
    tokio::sync::oneshot::Sender<Result<Entry, FetchError>>,
);

/// Most files recorded in one group.
const MAX_GROUP: usize = 256;

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
        let log_kind = self.source.log_kind();
        let in_scope = move |service, file_kind: &str, instance: &str, node: Option<&str>| {
            targets
                .iter()
                .any(|t| covers((kind, log_kind), t, (service, file_kind), instance, node))
        };
        let pending: Vec<LogFile> = run
            .state
            .pending
            .iter()
            .filter(|p| in_scope(p.service, p.kind(), &p.instance_id, p.node_id.as_deref()))
            .cloned()
            .collect();
        let tally = Mutex::new(Tally::new(
            self.observer.as_ref(),
            self.options.keep_outcomes,
            &run.state.pending,
        ));
        let stop = Stop::default();

        // Phase 1: the listing, then the pending files, planned and downloaded as they come.
        let queue = 2 * self.source.link_batch() + self.options.concurrency;
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
                        let covered = in_scope(
                            entry.service,
                            entry.kind(),
                            &entry.instance_id,
                            entry.node_id.as_deref(),
                        );
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
                let dest = self.options.dest.clone();
                let readied = blocking(move || {
                    let mut made = HashSet::new();
                    again
                        .into_iter()
                        .map(|(seq, file, path)| {
                            let prepared = ready(&dest, &file, &path, &mut made);
                            (seq, file, path, prepared)
                        })
                        .collect::<Vec<_>>()
                })
                .await?;
                let mut books = HashMap::new();
                let mut jobs = Vec::with_capacity(readied.len());
                for (seq, file, path, prepared) in readied {
                    match prepared {
                        Ok((target, partial)) => {
                            let book = self.book(&mut books, &file);
                            jobs.push(Job {
                                seq,
                                file,
                                path,
                                target,
                                partial,
                                book,
                            });
                        }
                        Err(e) => {
                            if let FetchError::Destination(why) = &e {
                                stop.set(why);
                            }
                            record(&tally, seq, file, Outcome::Failed(e.to_string()));
                        }
                    }
                }
                for book in books.values() {
                    book.close();
                }
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
        let mut books = HashMap::new();
        let planned = self
            .plan_into(
                candidates, manifest, queue, tally, seen, again, stop, &mut books,
            )
            .await;
        // The listing is over: each book may ask for a last, short batch ahead.
        for book in books.values() {
            book.close();
        }
        planned
    }

    /// [`Archiver::plan`], with the link books it registers files in.
    #[allow(clippy::too_many_arguments)]
    async fn plan_into(
        &self,
        candidates: impl Stream<Item = Result<LogFile, huaweicloud_core::Error>> + Send,
        manifest: &Arc<Manifest>,
        queue: tokio::sync::mpsc::Sender<Job>,
        tally: &Mutex<Tally<'_>>,
        seen: &mut HashSet<u128>,
        again: &mut Vec<(u64, LogFile, PathBuf)>,
        stop: &Stop,
        books: &mut HashMap<BookKey, Arc<LinkBook>>,
    ) -> Result<u64, Error> {
        let mut chunks = std::pin::pin!(candidates.try_chunks(PLAN_CHUNK));
        let mut taken = Taken::default();
        let mut made = HashSet::new();
        let mut seq = 0u64;
        while let Some(chunk) = chunks.next().await {
            if stop.is_set() {
                break;
            }
            let chunk = chunk.map_err(|e| e.1)?;
            let (fresh, unavailable): (Vec<LogFile>, Vec<LogFile>) = chunk
                .into_iter()
                .filter(|f| seen.insert(key_hash(&f.key())))
                .partition(|f| f.active);
            // Listed, but not to be had now (an export still being prepared, or failed): a
            // failure of this run, so the next one asks again.
            for file in unavailable {
                seq += 1;
                let why = format!(
                    "{} says it cannot be downloaded now (being prepared, or failed); the next run tries again",
                    file.service
                );
                record(tally, seq, file, Outcome::Failed(why));
            }
            if fresh.is_empty() {
                continue;
            }
            let (m, dest, verify) = (
                Arc::clone(manifest),
                self.options.dest.clone(),
                self.options.verify,
            );
            let decided;
            (decided, taken, made) = blocking(move || {
                let mut out = Vec::with_capacity(fresh.len());
                for file in fresh {
                    let decision = decide(&m, &file, &dest, verify, &mut taken)?;
                    // A download is made ready here, with the others of the chunk: one trip
                    // to a blocking thread for the chunk, not one per file.
                    let ready = match &decision {
                        Decision::Fetch { path } => Some(ready(&dest, &file, path, &mut made)),
                        _ => None,
                    };
                    out.push((file, decision, ready));
                }
                Ok::<_, Error>((out, taken, made))
            })
            .await??;
            // The chunk's downloads are registered with their link books before any is
            // queued: a download that starts at once finds the whole chunk to batch its link
            // with, not the few registered so far.
            let mut jobs = Vec::new();
            let mut stopped = false;
            for (file, decision, ready) in decided {
                seq += 1;
                match (decision, ready) {
                    (Decision::Skip { path }, _) => {
                        record(tally, seq, file, Outcome::Skipped { path });
                    }
                    (Decision::Refetch { path }, _) => again.push((seq, file, path)),
                    (Decision::Fetch { .. }, Some(Err(FetchError::File(why)))) => {
                        record(tally, seq, file, Outcome::Failed(why));
                    }
                    (Decision::Fetch { .. }, Some(Err(FetchError::Destination(why)))) => {
                        stop.set(&why);
                        record(tally, seq, file, Outcome::Failed(why));
                        stopped = true;
                        break;
                    }
                    (Decision::Fetch { path }, Some(Ok((target, partial)))) => {
                        let book = self.book(books, &file);
                        self.observer.queued(&file);
                        jobs.push(Job {
                            seq,
                            file,
                            path,
                            target,
                            partial,
                            book,
                        });
                    }
                    (Decision::Fetch { .. }, None) => {}
                }
            }
            for job in jobs {
                if queue.send(job).await.is_err() {
                    return Ok(seq);
                }
            }
            if stopped {
                return Ok(seq);
            }
        }
        Ok(seq)
    }

    /// The link book of `file`'s instance (and node, for a kind exported node by node), with
    /// `file` registered in download order.
    fn book(&self, books: &mut HashMap<BookKey, Arc<LinkBook>>, file: &LogFile) -> Arc<LinkBook> {
        let node = self
            .source
            .needs_node()
            .then(|| file.node_id.clone())
            .flatten();
        let key = (file.instance_id.clone(), node.clone());
        let book = books.entry(key).or_insert_with(|| {
            Arc::new(LinkBook::new(
                self.source.clone(),
                file.instance_id.clone(),
                node,
                self.source.link_batch(),
            ))
        });
        book.enqueue(&file.id);
        Arc::clone(book)
    }

    /// Download the `jobs`, `concurrency` at a time, each outcome to the tally, recording the
    /// fetched files in groups (see [`Archiver::record`]). A destination that cannot be
    /// written stops the rest (they fail as not attempted).
    async fn download_all(
        &self,
        jobs: impl Stream<Item = Job>,
        manifest: &Arc<Manifest>,
        tally: &Mutex<Tally<'_>>,
        stop: &Stop,
    ) {
        let (committer, to_commit) = tokio::sync::mpsc::unbounded_channel::<ToCommit>();
        let downloads = async move {
            jobs.map(|job| {
                let committer = committer.clone();
                async move {
                    let Job {
                        seq,
                        file,
                        path,
                        target,
                        partial,
                        book,
                    } = job;
                    let outcome = if stop.is_set() {
                        book.done(&file.id);
                        Outcome::Failed("not attempted: the destination cannot be written".into())
                    } else {
                        match self
                            .fetch_one(&file, &path, target, partial, &book, &committer)
                            .await
                        {
                            Ok(outcome) => outcome,
                            Err(why) => {
                                stop.set(&why);
                                Outcome::Failed(why)
                            }
                        }
                    };
                    (seq, file, outcome)
                }
            })
            .buffer_unordered(self.options.concurrency)
            .for_each(|(seq, file, outcome)| {
                record(tally, seq, file, outcome);
                std::future::ready(())
            })
            .await;
            // The last sender goes: the committer ends once it has recorded the rest.
            drop(committer);
        };
        tokio::join!(downloads, self.record(to_commit, manifest));
    }

    /// Group commit: what was fetched while the previous group was being recorded is
    /// recorded together, with one fsync of each directory the group touched and one write
    /// and sync of the manifest. A line is written only once its file's directory entry is
    /// durable (the file itself was fsynced before its rename), so a crash leaves at worst a
    /// file in place without its line, which the next run fetches again.
    async fn record(
        &self,
        mut to_commit: tokio::sync::mpsc::UnboundedReceiver<ToCommit>,
        manifest: &Arc<Manifest>,
    ) {
        while let Some(first) = to_commit.recv().await {
            let mut group = vec![first];
            while group.len() < MAX_GROUP {
                match to_commit.try_recv() {
                    Ok(more) => group.push(more),
                    Err(_) => break,
                }
            }
            let m = Arc::clone(manifest);
            let done = blocking(move || commit_group(&m, group)).await;
            if let Err(e) = done {
                tracing::error!(error = %e, "the manifest writer failed");
            }
        }
    }

    /// Download one file and have it put in place and recorded. `Err` when the destination
    /// cannot be written (the run stops); any other failure is this file's outcome.
    async fn fetch_one(
        &self,
        file: &LogFile,
        rel: &Path,
        target: PathBuf,
        partial: Partial,
        book: &LinkBook,
        committer: &tokio::sync::mpsc::UnboundedSender<ToCommit>,
    ) -> Result<Outcome, String> {
        self.observer.started(file);
        let observer = Arc::clone(&self.observer);
        let progress: Arc<dyn Fn(u64) + Send + Sync> = Arc::new(move |n| observer.bytes(n));
        let downloaded = download::fetch(
            &self.http,
            &self.policy,
            &self.options.stall,
            |stale| async move {
                match stale {
                    None => book.get(&file.id).await,
                    Some(stale) => book.refresh(&file.id, stale).await,
                }
            },
            partial,
            progress,
        )
        .await;
        book.done(&file.id);
        let complete = match downloaded {
            Ok(complete) => complete,
            Err(FetchError::File(why)) => return Ok(Outcome::Failed(why)),
            Err(FetchError::Destination(why)) => return Err(why),
        };
        // In place (written, fsynced, renamed) on a blocking thread of its own, so that files
        // are written in parallel; then recorded in a group.
        let dir = target
            .parent()
            .map_or_else(|| self.options.dest.clone(), Path::to_owned);
        let placed = blocking(move || complete.commit_blocking(&target))
            .await
            .map_err(|e| e.to_string())?;
        let (size, sha256) = match placed {
            Ok(placed) => placed,
            Err(FetchError::File(why)) => return Ok(Outcome::Failed(why)),
            Err(FetchError::Destination(why)) => return Err(why),
        };
        let entry = Entry {
            service: file.service,
            kind: file.kind().to_owned(),
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
        let gone = || "downloaded, but the manifest writer is gone".to_owned();
        let (reply, recorded) = tokio::sync::oneshot::channel();
        committer.send((entry, dir, reply)).map_err(|_| gone())?;
        match recorded.await {
            Ok(Ok(entry)) => Ok(Outcome::Fetched(entry)),
            Ok(Err(FetchError::File(why))) => Ok(Outcome::Failed(why)),
            Ok(Err(FetchError::Destination(why))) => Err(why),
            Err(_) => Err(gone()),
        }
    }
}

/// The download of `file` to `rel` under `dest`, made ready (see [`download::prepare`]):
/// its target, and the download.
fn ready(dest: &Path, file: &LogFile, rel: &Path, made: &mut HashSet<PathBuf>) -> Ready {
    if !safe_path::is_contained(rel) {
        return Err(FetchError::File(format!("unsafe path {rel:?} refused")));
    }
    let target = dest.join(rel);
    let Some(dir) = target.parent() else {
        return Err(FetchError::File("no directory for the file".into()));
    };
    let temp = dir.join(format!(
        "{}-{}.part",
        safe_path::RESERVED_PREFIX,
        &hex::encode(Sha256::digest(file.key().to_string().as_bytes()))[..16]
    ));
    let destination = Destination {
        temp,
        target: target.clone(),
        listed: file.size,
    };
    download::prepare(&destination, made).map(|partial| (target, partial))
}

/// Record a group of downloads in place (group commit): each directory of the group fsynced
/// once, then their lines written with one sync of the manifest. Each file was fsynced before
/// its rename, so a line is written only once its file is durable under its name; a crash
/// leaves at worst a file in place without its line, which the next run fetches again. Each
/// waiter gets its entry, or why it could not be recorded.
fn commit_group(manifest: &Manifest, group: Vec<ToCommit>) {
    let mut dirs: Vec<&Path> = Vec::new();
    for (_, dir, _) in &group {
        if !dirs.contains(&dir.as_path()) {
            dirs.push(dir);
        }
    }
    let synced = dirs.iter().try_for_each(|dir| {
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| format!("downloaded, but syncing {}: {e}", dir.display()))
    });
    let (entries, replies): (Vec<Entry>, Vec<_>) = group
        .into_iter()
        .map(|(entry, _, reply)| (entry, reply))
        .unzip();
    let recorded = synced.and_then(|()| {
        manifest
            .append_all(&entries)
            .map_err(|e| format!("downloaded, but {e}"))
    });
    match recorded {
        Ok(()) => {
            for (entry, reply) in entries.into_iter().zip(replies) {
                let _ = reply.send(Ok(entry));
            }
        }
        Err(why) => {
            for reply in replies {
                let _ = reply.send(Err(FetchError::Destination(why.clone())));
            }
        }
    }
}
