//! Progress: bars on a terminal (files, bytes, rate, ETA), plain lines otherwise; and with
//! `--json`, one JSON line on stdout per file as it is done.

use std::io::IsTerminal as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use huaweicloud_logs::events::{Event, OutcomeLine};
use huaweicloud_logs::{LogFile, Observer, Outcome};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// `1.5 MiB`.
pub fn human_bytes(n: u64) -> String {
    indicatif::BinaryBytes(n).to_string()
}

/// How progress is shown for one run.
pub struct Display {
    inner: Arc<Shown>,
}

struct Shown {
    bar: Option<ProgressBar>,
    /// Plain lines per file (not a terminal, not quiet, not JSON).
    lines: bool,
    /// A JSON line per file on stdout.
    json: bool,
    /// Files queued for download, their listed bytes, and those done.
    total: AtomicUsize,
    total_bytes: AtomicU64,
    done: AtomicUsize,
    skipped: AtomicUsize,
}

impl Display {
    /// Bars when stderr is a terminal; lines when it is not; nothing with `quiet`. With
    /// `json`, stdout carries the results, so per-file lines are left out.
    pub fn new(quiet: bool, json: bool) -> Self {
        let terminal = std::io::stderr().is_terminal();
        let bar = (!quiet && terminal).then(|| {
            let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template(
                "{spinner} {msg} [{elapsed_precise}] {wide_bar} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar.set_message("listing");
            bar.enable_steady_tick(std::time::Duration::from_millis(200));
            bar
        });
        Self {
            inner: Arc::new(Shown {
                bar,
                lines: !quiet && !terminal && !json,
                json,
                total: AtomicUsize::new(0),
                total_bytes: AtomicU64::new(0),
                done: AtomicUsize::new(0),
                skipped: AtomicUsize::new(0),
            }),
        }
    }

    /// The observer to hand to the archiver.
    pub fn observer(&self) -> Arc<dyn Observer> {
        self.inner.clone()
    }

    /// Clear the bar before the summary.
    pub fn done(&self) {
        if let Some(bar) = &self.inner.bar {
            bar.finish_and_clear();
        }
    }
}

impl Shown {
    fn files_message(&self) -> String {
        format!(
            "{}/{} files",
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed)
        )
    }
}

impl Observer for Shown {
    fn queued(&self, file: &LogFile) {
        self.total.fetch_add(1, Ordering::Relaxed);
        let bytes = file.size.bytes().unwrap_or(0);
        self.total_bytes.fetch_add(bytes, Ordering::Relaxed);
        if let Some(bar) = &self.bar {
            bar.inc_length(bytes);
            bar.set_message(self.files_message());
        }
    }

    fn listed(&self) {
        if self.lines {
            eprintln!(
                "listed: {} files to download ({}), {} already complete",
                self.total.load(Ordering::Relaxed),
                human_bytes(self.total_bytes.load(Ordering::Relaxed)),
                self.skipped.load(Ordering::Relaxed)
            );
        }
    }

    fn bytes(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(n);
        }
    }

    fn finished(&self, file: &LogFile, outcome: &Outcome) {
        if self.json {
            println!("{}", Event::from(OutcomeLine::new(file, outcome)).to_json());
        }
        if let Outcome::Skipped { .. } = outcome {
            self.skipped.fetch_add(1, Ordering::Relaxed);
            return;
        }
        self.done.fetch_add(1, Ordering::Relaxed);
        if let Some(bar) = &self.bar {
            bar.set_message(self.files_message());
            if let Outcome::Failed(why) = outcome {
                bar.println(format!("failed: {}: {why}", file.key()));
            }
        }
        if self.lines {
            match outcome {
                Outcome::Fetched(e) => eprintln!(
                    "[{}] fetched {} ({})",
                    self.files_message(),
                    e.path,
                    human_bytes(e.size)
                ),
                Outcome::Failed(why) => {
                    eprintln!("[{}] failed {}: {why}", self.files_message(), file.key())
                }
                Outcome::Skipped { .. } => {}
            }
        }
    }
}
