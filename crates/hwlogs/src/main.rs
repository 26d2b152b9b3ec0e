//! `hwlogs`: list and archive the logs of Huawei Cloud DDS, RDS and TaurusDB (audit, DDL, slow
//! and error logs).
//!
//! Exit codes: 0 all done; 1 some files failed; 2 usage or configuration error; 3 the
//! service refused the credentials; 4 an API call failed (listing, after retries); 5 the
//! destination, its manifest or its state could not be written; 6 another run holds the
//! destination; 130 interrupted (SIGINT or SIGTERM).

// A command-line tool: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod demo;
mod plan;
mod progress;
mod time_arg;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use chrono::{DateTime, TimeDelta, Utc};
use clap::{Args, Parser, Subcommand};
use futures_util::StreamExt as _;
use huaweicloud_core::{ErrorKind, TimeWindow};
use huaweicloud_logs::events::{Event, PolicyLine, SummaryLine};
use huaweicloud_logs::{
    Archiver, Error, LockError, LockWait, Options, Report, ServiceKind, Source, SourceConfig,
    SyncWindow, Target,
};

/// Exit codes, as documented in the README.
mod exit {
    pub const FILES_FAILED: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const AUTH: u8 = 3;
    pub const API: u8 = 4;
    pub const IO: u8 = 5;
    pub const BUSY: u8 = 6;
    pub const INTERRUPTED: u8 = 130;
}

#[derive(Parser, Debug)]
#[command(
    name = "hwlogs",
    version,
    about = "List and archive the logs of Huawei Cloud DDS, RDS and TaurusDB: audit, DDL, slow and error logs",
    after_help = "Credentials come from HUAWEICLOUD_SDK_AK/SK (and SECURITY_TOKEN), \
HUAWEICLOUD_SDK_AUTH_TOKEN, or ~/.huaweicloud/credentials, as the official SDK reads them.\n\
Exit codes: 0 all done, 1 some files failed, 2 usage or configuration, 3 credentials refused, \
4 API failure, 5 destination not writable, 6 another run holds the destination, \
130 interrupted.\n\
Try it with no account: hwlogs demo"
)]
struct Cli {
    /// More logging (-v info, -vv debug); RUST_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    /// Only errors, no progress.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the log files of a window.
    List(ListArgs),
    /// Download the files of a window into --dest, skipping those already complete.
    Download(DownloadArgs),
    /// Download what is new since the last run (less --lookback), what earlier runs left
    /// pending, and recorded files whose copy is missing.
    Sync(SyncArgs),
    /// Start a local emulator and sync all of its logs into a directory: no account needed.
    Demo(demo::DemoArgs),
}

#[derive(Args, Debug, Clone)]
pub(crate) struct Common {
    /// Service: dds, rds or taurusdb (repeatable, or comma-separated).
    #[arg(long = "service", value_parser = parse_service, value_delimiter = ',', required = true)]
    services: Vec<ServiceKind>,
    /// Kind of log: audit, ddl, slow, error (repeatable, or comma-separated); each service
    /// archives those it has. Default: DDS and RDS audit logs, TaurusDB DDL logs.
    #[arg(long = "kind", value_delimiter = ',')]
    kinds: Vec<String>,
    /// Instance id (repeatable).
    #[arg(long = "instance", required_unless_present = "all_instances")]
    instances: Vec<String>,
    /// Every instance of the services in the project (and every node, where a kind is listed
    /// node by node), as the services list them.
    #[arg(long, conflicts_with_all = ["instances", "nodes"])]
    all_instances: bool,
    /// Node id (repeatable): required where a service lists a kind node by node (TaurusDB),
    /// a filter where it can (DDS audit logs).
    #[arg(long = "node")]
    nodes: Vec<String>,
    /// Region, e.g. cn-north-4 (or HUAWEICLOUD_SDK_REGION).
    #[arg(long)]
    region: Option<String>,
    /// Endpoint instead of the region's (plain http only for loopback): a URL for every
    /// service, or SERVICE=URL for one (repeatable, or comma-separated).
    #[arg(long = "endpoint", value_parser = plan::parse_endpoint, value_delimiter = ',')]
    endpoints: Vec<plan::EndpointArg>,
    /// Project id (or HUAWEICLOUD_SDK_PROJECT_ID, or the profile file).
    #[arg(long)]
    project_id: Option<String>,
    /// JSON lines on stdout instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Args, Debug)]
struct WindowArgs {
    /// Start: RFC 3339, a date (2024-05-01), or a time ago (7d, 12h, 30m).
    #[arg(long, value_parser = time_arg::parse)]
    since: Option<DateTime<Utc>>,
    /// End: as --since; default now.
    #[arg(long, value_parser = time_arg::parse)]
    until: Option<DateTime<Utc>>,
}

#[derive(Args, Debug)]
struct ListArgs {
    #[command(flatten)]
    common: Common,
    #[command(flatten)]
    window: WindowArgs,
}

#[derive(Args, Debug, Clone)]
struct FetchArgs {
    /// Directory to archive into.
    #[arg(long)]
    dest: PathBuf,
    /// Downloads at the same time (1 to 64).
    #[arg(long, default_value_t = 4)]
    concurrency: usize,
    /// Also trust this host (or .suffix) for download links over https (repeatable).
    #[arg(long = "allow-link-host")]
    allow_link_hosts: Vec<String>,
    /// When another run is writing to --dest, wait for it (else exit 6 at once).
    #[arg(long)]
    wait: bool,
}

#[derive(Args, Debug)]
struct DownloadArgs {
    #[command(flatten)]
    common: Common,
    #[command(flatten)]
    window: WindowArgs,
    #[command(flatten)]
    fetch: FetchArgs,
}

#[derive(Args, Debug)]
struct SyncArgs {
    #[command(flatten)]
    common: Common,
    #[command(flatten)]
    fetch: FetchArgs,
    /// How far back the first run reaches (a time ago, e.g. 30d).
    #[arg(long, default_value = "7d", value_parser = time_arg::parse_span)]
    first: TimeDelta,
    /// How much before the end of the last complete run to list again (logs arrive late).
    #[arg(long, default_value = "1d", value_parser = time_arg::parse_span)]
    lookback: TimeDelta,
    /// Hash every recorded file of the targets and fetch again those that differ from the
    /// manifest (else they are checked by size).
    #[arg(long)]
    verify: bool,
}

fn parse_service(s: &str) -> Result<ServiceKind, String> {
    s.parse()
}

/// A failure with its exit code; printed as one line.
struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Self {
        Self {
            code: exit::USAGE,
            message: message.into(),
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        let code = match &e {
            Error::Api(api) => api_code(api),
            Error::Lock(LockError::Busy { .. }) => exit::BUSY,
            Error::Manifest(_)
            | Error::State(_)
            | Error::Lock(LockError::Io { .. })
            | Error::Destination { .. } => exit::IO,
            Error::Config(_) => exit::USAGE,
        };
        Self {
            code,
            message: e.to_string(),
        }
    }
}

impl From<huaweicloud_core::Error> for Failure {
    fn from(e: huaweicloud_core::Error) -> Self {
        Self {
            code: api_code(&e),
            message: e.to_string(),
        }
    }
}

fn api_code(e: &huaweicloud_core::Error) -> u8 {
    match e.kind() {
        ErrorKind::InvalidInput | ErrorKind::Configuration => exit::USAGE,
        ErrorKind::Authentication => exit::AUTH,
        _ => exit::API,
    }
}

/// glibc's malloc hands free memory at the top of a heap back to the kernel once there is
/// more than its trim threshold (at first 128 KiB). Downloads keep freeing and allocating
/// network buffers of about 400 KiB, so with the defaults it trims and faults in again some
/// 160 MiB of pages per GiB downloaded, about 4% of hwlogs' CPU time. Freeing one large
/// mmap-backed block raises the mmap threshold to that block's size (at most 32 MiB) and the
/// trim threshold to twice that for the rest of the process: the dynamic threshold documented
/// in mallopt(3), the effect of `MALLOC_TRIM_THRESHOLD_`, without unsafe code. The block is
/// never touched, so it costs no memory; under another allocator this is a no-op.
fn raise_malloc_thresholds() {
    drop(std::hint::black_box(Vec::<u8>::with_capacity(31 << 20)));
}

fn main() -> ExitCode {
    raise_malloc_thresholds();
    let cli = Cli::parse();
    init_tracing(cli.verbose, cli.quiet);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: starting the runtime: {e}");
            return ExitCode::from(exit::IO);
        }
    };
    let quiet = cli.quiet;
    let outcome = runtime.block_on(async move {
        // Handlers first: from here on, a signal stops the run as documented.
        let interrupted = interrupted();
        tokio::select! {
            r = run(cli) => r,
            signal = interrupted => Err(Failure {
                code: exit::INTERRUPTED,
                message: format!(
                    "interrupted ({signal}); partial downloads are kept and resume on the next run"
                ),
            }),
        }
    });
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(f) => {
            if !(quiet && f.code == exit::INTERRUPTED) {
                eprintln!("error: {}", f.message);
            }
            ExitCode::from(f.code)
        }
    }
}

/// The first of SIGINT (Ctrl-C) and SIGTERM (what `kill`, systemd and container runtimes
/// send): both stop the run the same way. Its name. The handlers are installed when this is
/// called, not when it is first awaited.
fn interrupted() -> impl std::future::Future<Output = &'static str> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let handlers = (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        );
        async move {
            match handlers {
                (Ok(mut int), Ok(mut term)) => tokio::select! {
                    _ = int.recv() => "SIGINT",
                    _ = term.recv() => "SIGTERM",
                },
                _ => {
                    let _ = tokio::signal::ctrl_c().await;
                    "SIGINT"
                }
            }
        }
    }
    #[cfg(not(unix))]
    {
        async {
            let _ = tokio::signal::ctrl_c().await;
            "Ctrl-C"
        }
    }
}

fn init_tracing(verbose: u8, quiet: bool) {
    use tracing_subscriber::filter::{LevelFilter, Targets};
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    let level = match (quiet, verbose) {
        (true, _) => LevelFilter::ERROR,
        (false, 0) => LevelFilter::WARN,
        (false, 1) => LevelFilter::INFO,
        _ => LevelFilter::DEBUG,
    };
    // RUST_LOG as `target=level` directives (`debug`, `huaweicloud_core=debug,warn`).
    let filter = match std::env::var("RUST_LOG").map(|v| v.parse::<Targets>()) {
        Ok(Ok(targets)) => targets,
        Ok(Err(e)) => {
            // Said, not silently dropped: a typo would otherwise hide the logs asked for.
            eprintln!("warning: RUST_LOG ignored ({e}): it takes `level` or `target=level,...`");
            Targets::new().with_default(level)
        }
        Err(_) => Targets::new().with_default(level),
    };
    let _ = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_target(false),
        )
        .with(filter)
        .try_init();
}

async fn run(cli: Cli) -> Result<u8, Failure> {
    let quiet = cli.quiet;
    match cli.command {
        Command::List(args) => list(args, quiet).await,
        Command::Download(args) => {
            let window = window(&args.window, TimeDelta::days(1))?;
            let plan::Plan { jobs, notes, empty } =
                plan::plan(&args.common, &SourceConfig::default()).await?;
            warn_off(&notes, &empty, quiet);
            let mut code = 0;
            for job in jobs {
                let show = progress::Display::new(quiet, args.common.json);
                let archiver = archiver(job.source, &args.fetch)?.with_observer(show.observer());
                let started = Instant::now();
                let report = archiver.download_window(&job.targets, window).await?;
                let label = (job.service, job.kind);
                code = code.max(finish(&show, &report, started, args.common.json, label));
            }
            Ok(code)
        }
        Command::Sync(args) => {
            let plan::Plan { jobs, notes, empty } =
                plan::plan(&args.common, &SourceConfig::default()).await?;
            warn_off(&notes, &empty, quiet);
            let mut code = 0;
            for job in jobs {
                let mut archiver = archiver(job.source, &args.fetch)?;
                if args.verify {
                    archiver = archiver.verifying();
                }
                let show = progress::Display::new(quiet, args.common.json);
                let archiver = archiver.with_observer(show.observer());
                let started = Instant::now();
                let report = archiver
                    .sync(
                        &job.targets,
                        SyncWindow::SinceLastRun {
                            first: args.first,
                            lookback: args.lookback,
                        },
                    )
                    .await?;
                let label = (job.service, job.kind);
                code = code.max(finish(&show, &report, started, args.common.json, label));
            }
            Ok(code)
        }
        Command::Demo(args) => demo::run(args, quiet).await,
    }
}

/// A warning for each service `--all-instances` found no instance of.
fn warn_empty(empty: &[ServiceKind], quiet: bool) {
    if quiet {
        return;
    }
    for service in empty {
        eprintln!("warning: no {service} instances in the project; nothing to do for {service}");
    }
}

/// A warning for each instance whose policy says its logs are not written (or could not be
/// read): archiving it brings nothing new. And one for each service with no instance.
pub(crate) fn warn_off(notes: &[plan::PolicyNote], empty: &[ServiceKind], quiet: bool) {
    warn_empty(empty, quiet);
    if quiet {
        return;
    }
    for note in notes {
        match &note.policy {
            Ok(policy) if !policy.enabled() => eprintln!(
                "warning: {} instance {}: {} logging is off (keep_days 0), so no new {} log is written",
                note.service, note.instance_id, note.kind, note.kind
            ),
            Ok(_) => {}
            Err(why) => eprintln!(
                "warning: {} instance {}: its {} log policy could not be read: {why}",
                note.service, note.instance_id, note.kind
            ),
        }
    }
}

fn window(args: &WindowArgs, default_span: TimeDelta) -> Result<TimeWindow, Failure> {
    let now = time_arg::now();
    let until = args.until.unwrap_or(now);
    if until > now + TimeDelta::minutes(1) {
        tracing::warn!("--until {until} is in the future; files are listed up to now");
    }
    let since = args.since.unwrap_or(until - default_span);
    TimeWindow::new(since, until)
        .map_err(|_| Failure::usage(format!("--until ({until}) must be after --since ({since})")))
}

fn archiver(source: Source, fetch: &FetchArgs) -> Result<Archiver, Failure> {
    let mut options = Options::new(fetch.dest.clone());
    options.concurrency = fetch.concurrency;
    options.extra_link_hosts = fetch.allow_link_hosts.clone();
    // Outcomes go out as they come (progress, JSON lines): the report keeps the failures, so
    // memory does not grow with the number of files.
    options.keep_outcomes = false;
    options.lock_wait = if fetch.wait {
        LockWait::Wait
    } else {
        LockWait::Fail
    };
    Ok(Archiver::new(source, options)?)
}

async fn list(args: ListArgs, quiet: bool) -> Result<u8, Failure> {
    let window = window(&args.window, TimeDelta::days(1))?;
    let plan::Plan { jobs, notes, empty } =
        plan::plan(&args.common, &SourceConfig::default()).await?;
    warn_empty(&empty, quiet);
    // The policies first: an instance with its logs off explains an empty listing.
    for note in &notes {
        if args.common.json {
            let line = PolicyLine::new(
                note.service,
                note.kind,
                &note.instance_id,
                note.policy.as_ref().map_err(String::as_str),
            );
            println!("{}", Event::from(line).to_json());
        } else {
            match &note.policy {
                Ok(p) if !p.enabled() => eprintln!(
                    "{} {}: {} logging is OFF (keep_days 0)",
                    note.service, note.instance_id, note.kind
                ),
                Ok(p) => eprintln!(
                    "{} {}: {} logs kept {} days",
                    note.service,
                    note.instance_id,
                    note.kind,
                    p.keep_days.map_or("?".to_owned(), |d| d.to_string())
                ),
                Err(why) => eprintln!(
                    "{} {}: {} log policy unknown: {why}",
                    note.service, note.instance_id, note.kind
                ),
            }
        }
    }
    let (mut count, mut bytes) = (0usize, 0u64);
    for job in jobs {
        let pairs: Vec<(Target, TimeWindow)> =
            job.targets.into_iter().map(|t| (t, window)).collect();
        // Printed as the pages arrive, each file once.
        let mut seen = std::collections::HashSet::new();
        let mut listing = std::pin::pin!(job.source.list_stream(&pairs));
        while let Some(f) = listing.next().await {
            let f = f?;
            if !seen.insert(f.key()) {
                continue;
            }
            count += 1;
            bytes += f.size.bytes().unwrap_or(0);
            if args.common.json {
                println!("{}", Event::from(f).to_json());
            } else {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    f.service,
                    f.kind(),
                    f.instance_id,
                    f.node_id.as_deref().unwrap_or("-"),
                    f.id,
                    f.size.bytes().map_or("?".into(), |b| b.to_string()),
                    f.start_time.map_or("-".into(), |t| t.to_rfc3339()),
                    f.end_time.map_or("-".into(), |t| t.to_rfc3339()),
                    f.name.escape_debug(),
                );
            }
        }
    }
    if !args.common.json {
        eprintln!("{count} files, {}", progress::human_bytes(bytes));
    }
    Ok(0)
}

/// Print the summary (the per-file results went out as they came); the exit code. Used by
/// the demo too.
pub(crate) fn finish(
    show: &progress::Display,
    report: &Report,
    started: Instant,
    json: bool,
    (service, kind): (ServiceKind, &str),
) -> u8 {
    show.done();
    let elapsed = started.elapsed().as_secs_f64();
    let totals = report.totals;
    if json {
        let line = SummaryLine::new(service, kind, report, elapsed, peak_rss_bytes());
        println!("{}", Event::from(line).to_json());
    } else {
        for (file, why) in report.failed() {
            eprintln!("failed: {}: {why}", file.key());
        }
        eprintln!(
            "{service} {kind} logs: fetched {} files ({}) in {elapsed:.1} s ({}/s), skipped {}, failed {}{}",
            totals.fetched,
            progress::human_bytes(totals.fetched_bytes),
            progress::human_bytes((totals.fetched_bytes as f64 / elapsed.max(1e-3)) as u64),
            totals.skipped,
            totals.failed,
            if report.checked > 0 {
                format!(", {} more recorded files checked", report.checked)
            } else {
                String::new()
            }
        );
        if totals.failed > 0 {
            eprintln!(
                "{} files are not archived; they are pending, and the next run tries them again",
                totals.failed
            );
        }
    }
    if totals.failed == 0 {
        0
    } else {
        exit::FILES_FAILED
    }
}

/// This process's peak resident set size (`VmHWM`), where the system tells (Linux).
fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}
