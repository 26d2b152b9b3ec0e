//! `cargo xtask bench`: hwlogs against curl on the same emulator, the same URLs and the same
//! concurrency.
//!
//! One emulator (release build) serves `files` DDS audit logs of `size` bytes each, every API
//! call and every download answer delayed by `latency` (the emulator's `delay` fault). Each
//! round downloads them all with curl (`--parallel`, the presigned links from the emulator's
//! admin endpoint, the very links the link operation hands out) and with `hwlogs download`
//! (listing, links, downloads, verification, fsync, manifest), alternating which goes first.
//! The report gives the median time of each, hwlogs' peak RSS (its own `VmHWM`), the API
//! requests hwlogs made against the minimum (pages needed plus link batches needed), and a
//! second run with files four times larger to show RSS does not grow with file size.
//!
//! [`run_matrix`] measures the rows of [`matrix`] in one go (every file size, with and
//! without latency), each row as one run above without the larger-files run, and
//! [`matrix_table`] prints them side by side.

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, SubsecRound as _, TimeDelta, Utc};
use serde_json::Value;

/// The most hwlogs may hold in memory (peak RSS), bytes.
pub const RSS_TARGET: u64 = 64 << 20;

/// Bench settings: one row.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Files downloaded per round.
    pub files: usize,
    /// Size of each file, in bytes.
    pub size: u64,
    /// Downloads at the same time, for both tools.
    pub concurrency: usize,
    /// Delay of every API answer and every download answer of the emulator (zero: none).
    pub latency: Duration,
    /// Rounds (each runs curl and hwlogs once).
    pub rounds: usize,
    /// Where downloads go (tmpfs by default, so the disk does not decide the race).
    pub dest: PathBuf,
}

impl Settings {
    /// 8 files of 128 MiB (1 GiB), 4 at a time, no latency, 7 rounds (the machine is noisy;
    /// the median of 7 moves by about 0.01), into `/dev/shm` when there is one, else into
    /// `bench/` of `target_dir` (cargo's target directory, [`crate::target_dir`]).
    pub fn new(target_dir: &Path) -> Self {
        let shm = Path::new("/dev/shm");
        let dest = if shm.is_dir() {
            shm.join(format!("hwlogs-bench-{}", std::process::id()))
        } else {
            target_dir.join("bench")
        };
        Self {
            files: 8,
            size: 128 << 20,
            concurrency: 4,
            latency: Duration::ZERO,
            rounds: 7,
            dest,
        }
    }

    /// The least hwlogs' throughput must be, relative to curl's: 0.9, and 0.95 with latency
    /// (waiting is no work, so it must not cost hwlogs more than curl).
    pub fn ratio_target(&self) -> f64 {
        ratio_target(self.latency)
    }

    /// `2000 × 64KiB`.
    pub fn label(&self) -> String {
        format!("{} × {}", self.files, format_size(self.size))
    }
}

/// Rounds of a `--matrix` run unless `--rounds` says otherwise.
pub const MATRIX_ROUNDS: usize = 5;

/// The rows of `cargo xtask bench --matrix`, each with the `rounds` and `dest` of `base`:
/// many small files, every size up to 128 MiB, and two rows with 50 ms of latency.
pub fn matrix(base: &Settings) -> Vec<Settings> {
    const KIB: u64 = 1 << 10;
    const MIB: u64 = 1 << 20;
    let ms = Duration::from_millis;
    [
        (2000, 64 * KIB, 8, ms(0)),
        (1000, MIB, 8, ms(0)),
        (200, 4 * MIB, 4, ms(0)),
        (8, 128 * MIB, 4, ms(0)),
        (1000, 64 * KIB, 8, ms(50)),
        (200, MIB, 8, ms(50)),
    ]
    .into_iter()
    .map(|(files, size, concurrency, latency)| Settings {
        files,
        size,
        concurrency,
        latency,
        ..base.clone()
    })
    .collect()
}

fn ratio_target(latency: Duration) -> f64 {
    if latency.is_zero() { 0.9 } else { 0.95 }
}

/// What one run measured.
#[derive(Debug, Clone, Default)]
pub struct Measured {
    /// Bytes per file.
    pub size: u64,
    /// Files.
    pub files: usize,
    /// Downloads at the same time.
    pub concurrency: usize,
    /// The emulator's delay per request.
    pub latency: Duration,
    /// Median seconds of curl.
    pub curl_seconds: f64,
    /// Median seconds of hwlogs.
    pub hwlogs_seconds: f64,
    /// Fastest and slowest round of curl, seconds.
    pub curl_range: (f64, f64),
    /// Fastest and slowest round of hwlogs, seconds.
    pub hwlogs_range: (f64, f64),
    /// Largest peak RSS of hwlogs over the rounds, bytes.
    pub hwlogs_peak_rss: u64,
    /// API requests of each hwlogs run, in round order: list pages, link calls.
    pub api_requests: Vec<(u64, u64)>,
    /// The minimum: pages needed, link batches needed.
    pub api_minimum: (u64, u64),
}

impl Measured {
    /// hwlogs throughput relative to curl's: curl's median time over hwlogs'.
    pub fn ratio(&self) -> f64 {
        self.curl_seconds / self.hwlogs_seconds
    }

    /// The least [`Measured::ratio`] may be: 0.9, 0.95 with latency.
    pub fn ratio_target(&self) -> f64 {
        ratio_target(self.latency)
    }

    /// Whether the ratio meets its target.
    pub fn ratio_ok(&self) -> bool {
        self.ratio() >= self.ratio_target()
    }

    /// Whether the peak RSS is within [`RSS_TARGET`].
    pub fn rss_ok(&self) -> bool {
        self.hwlogs_peak_rss <= RSS_TARGET
    }

    /// The hwlogs run with the most API requests (list + link), the first of equals.
    pub fn api_most(&self) -> (u64, u64) {
        self.api_requests
            .iter()
            .copied()
            .reduce(|a, b| if b.0 + b.1 > a.0 + a.1 { b } else { a })
            .unwrap_or_default()
    }

    /// Whether every hwlogs run made exactly the minimum of each kind of request.
    pub fn api_ok(&self) -> bool {
        !self.api_requests.is_empty() && self.api_requests.iter().all(|r| *r == self.api_minimum)
    }

    /// Whether every target is met.
    pub fn met(&self) -> bool {
        self.ratio_ok() && self.rss_ok() && self.api_ok()
    }
}

/// Kills the emulator when dropped.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The release binaries the bench runs.
#[derive(Debug, Clone)]
struct Binaries {
    emulator: PathBuf,
    hwlogs: PathBuf,
}

/// Build the release binaries of the workspace at `root`, then measure `settings` and, for
/// RSS, a quarter as many files four times larger. Returns the main measurement and the
/// large-file one.
pub fn run(root: &Path, settings: &Settings) -> Result<(Measured, Measured), String> {
    let bins = build(root)?;
    which("curl")?;
    let big = Settings {
        files: (settings.files / 4).max(1),
        size: settings.size * 4,
        ..settings.clone()
    };
    let measured = measure(&bins, settings, settings.rounds, true)
        .and_then(|main| Ok((main, measure(&bins, &big, 1, false)?)));
    // Whatever happened, leave no GiB behind in /dev/shm.
    let _ = std::fs::remove_dir_all(&settings.dest);
    measured
}

/// Where a matrix run is.
#[derive(Debug)]
pub enum Progress<'a> {
    /// Row `index` (from 0) starts.
    Start {
        /// Its place in the rows.
        index: usize,
        /// The row.
        row: &'a Settings,
    },
    /// Row `index` is done: what it measured, or why it could not.
    Done {
        /// Its place in the rows.
        index: usize,
        /// The row.
        row: &'a Settings,
        /// Its measurement.
        result: &'a Result<Measured, String>,
    },
}

/// Build the release binaries of the workspace at `root`, then measure each of `rows` (its
/// own emulator, its `rounds`; no larger-files run), telling `progress` as rows start and end.
/// A row that fails does not stop the others: its error is its result. `Err` only when the
/// build fails or curl is missing.
pub fn run_matrix(
    root: &Path,
    rows: &[Settings],
    mut progress: impl FnMut(Progress<'_>),
) -> Result<Vec<Result<Measured, String>>, String> {
    let bins = build(root)?;
    which("curl")?;
    let mut results = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        progress(Progress::Start { index, row });
        let result = measure(&bins, row, row.rounds, true);
        let _ = std::fs::remove_dir_all(&row.dest);
        progress(Progress::Done {
            index,
            row,
            result: &result,
        });
        results.push(result);
    }
    Ok(results)
}

/// `cargo build --release` of the two binaries in `root`, and where cargo put them: the paths
/// of its own artifact messages, so they are the ones just built whatever the target
/// directory (`CARGO_TARGET_DIR`, a config file) or a configured `build.target`.
fn build(root: &Path) -> Result<Binaries, String> {
    let out = crate::cargo()
        .current_dir(root)
        .args([
            "build",
            "--release",
            "--locked",
            "--quiet",
            "--message-format",
            "json-render-diagnostics",
            "-p",
            "huaweicloud-emulator",
            "-p",
            "hwlogs",
            "--bins",
        ])
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cargo build: {e}"))?;
    if !out.status.success() {
        return Err("cargo build --release failed".to_owned());
    }
    let executable = |name: &str| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == name)
            .find_map(|m| m["executable"].as_str().map(PathBuf::from))
            .ok_or_else(|| format!("cargo build --release did not report the {name} binary"))
    };
    Ok(Binaries {
        emulator: executable("huaweicloud-emulator")?,
        hwlogs: executable("hwlogs")?,
    })
}

fn which(tool: &str) -> Result<(), String> {
    match Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .status()
    {
        Ok(s) if s.success() => Ok(()),
        _ => Err(format!(
            "{tool} is needed for the benchmark (apt-get install {tool})"
        )),
    }
}

/// Fail unless the file system of `dir` (created if need be) has room for `need` bytes and a
/// margin: one tool's files of a round (each round deletes them before the other tool
/// starts). Passes when `df` cannot tell.
fn check_space(dir: &Path, need: u64) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let Ok(out) = Command::new("df")
        .args(["-B1", "--output=avail"])
        .arg(dir)
        .stderr(Stdio::null())
        .output()
    else {
        return Ok(());
    };
    let avail = String::from_utf8_lossy(&out.stdout)
        .lines()
        .nth(1)
        .and_then(|l| l.trim().parse::<u64>().ok());
    let want = need + (64 << 20);
    match avail {
        Some(avail) if out.status.success() && avail < want => Err(format!(
            "{} has {} free; a round needs {} (one tool's files at a time, and a margin)",
            dir.display(),
            format_amount(avail),
            format_amount(want)
        )),
        _ => Ok(()),
    }
}

fn measure(
    bins: &Binaries,
    s: &Settings,
    rounds: usize,
    with_curl: bool,
) -> Result<Measured, String> {
    check_space(&s.dest, s.size * s.files as u64)?;
    let mut emulator_cmd = Command::new(&bins.emulator);
    emulator_cmd.args([
        "--logs-per-instance",
        &s.files.to_string(),
        "--file-size",
        &s.size.to_string(),
        "--seed",
        "1",
    ]);
    if !s.latency.is_zero() {
        // Every API call and every download answer waits this long: both tools face it.
        emulator_cmd.args(["--faults", &format!("delay={}ms", s.latency.as_millis())]);
    }
    let mut child = emulator_cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("starting the emulator: {e}"))?;
    let stdout = child.stdout.take();
    let emulator = Running(child);
    let mut line = String::new();
    if let Some(out) = stdout {
        BufReader::new(out)
            .read_line(&mut line)
            .map_err(|e| format!("reading the emulator's start line: {e}"))?;
    }
    let info: Value = serde_json::from_str(&line)
        .map_err(|e| format!("the emulator's start line {line:?}: {e}"))?;
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let endpoint = text(&info["endpoint"]);
    let project = text(&info["project_id"]);
    let (ak, sk) = (text(&info["ak"]), text(&info["sk"]));
    // Every instance has `files` files (`--logs-per-instance`); both tools take all of the
    // first DDS instance's (all its nodes': hwlogs is given no --node).
    let instance = text(&info["instances"]["dds"][0]["id"]);

    // One "now" for hwlogs' window and for the minimum computed here. The emulator spread the
    // files over the 60 days before it started, a moment ago: this window covers them all
    // (checked below), in two list windows of 30 days.
    let until = Utc::now().trunc_subsecs(0);
    let since = until - TimeDelta::days(60);
    let manifest = get_json(&format!("{endpoint}/_emulator/manifest?sha256=false"))?;
    let spans: Vec<(DateTime<Utc>, DateTime<Utc>)> = manifest["files"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["service"] == "dds" && f["instance_id"] == instance.as_str())
        .filter_map(|f| {
            let t = |k: &str| DateTime::parse_from_rfc3339(f[k].as_str()?).ok();
            Some((t("start_time")?.to_utc(), t("end_time")?.to_utc()))
        })
        .collect();
    let covered = spans
        .iter()
        .filter(|(s, e)| *s < until && *e > since)
        .count();
    if spans.len() != s.files || covered != s.files {
        return Err(format!(
            "the emulator's DDS instance {instance} has {} files, {covered} of them from {since} \
             to {until}; the bench needs all {} in that window",
            spans.len(),
            s.files
        ));
    }
    let api_minimum = minimum_calls(&spans, since, until);

    let curl_dir = s.dest.join("curl");
    let hw_dir = s.dest.join("hwlogs");
    let mut curl_times = Vec::new();
    let mut hw_times = Vec::new();
    let mut peak_rss = 0u64;
    let mut api_requests = Vec::new();
    for round in 0..rounds {
        let curl_first = round % 2 == 0;
        for tool in if curl_first { [0, 1] } else { [1, 0] } {
            if tool == 0 && with_curl {
                let _ = std::fs::remove_dir_all(&curl_dir);
                std::fs::create_dir_all(&curl_dir).map_err(|e| e.to_string())?;
                let links = get_json(&format!(
                    "{endpoint}/_emulator/links?service=dds&instance={instance}"
                ))?;
                let mut config = String::new();
                for l in links["links"].as_array().into_iter().flatten() {
                    config.push_str(&format!(
                        "url = \"{}\"\noutput = \"{}\"\n",
                        text(&l["url"]),
                        curl_dir.join(text(&l["id"])).display()
                    ));
                }
                let cfg = s.dest.join("curl.cfg");
                std::fs::write(&cfg, config).map_err(|e| e.to_string())?;
                let started = Instant::now();
                let status = Command::new("curl")
                    .args([
                        "-sS",
                        "--no-progress-meter",
                        "--fail",
                        "--parallel",
                        "--parallel-max",
                    ])
                    .arg(s.concurrency.to_string())
                    .arg("-K")
                    .arg(&cfg)
                    .status()
                    .map_err(|e| format!("curl: {e}"))?;
                let secs = started.elapsed().as_secs_f64();
                if !status.success() {
                    return Err("curl failed".to_owned());
                }
                curl_times.push(secs);
                let _ = std::fs::remove_dir_all(&curl_dir);
            } else if tool == 1 {
                let _ = std::fs::remove_dir_all(&hw_dir);
                let before = api_counts(&endpoint)?;
                let started = Instant::now();
                let out = Command::new(&bins.hwlogs)
                    .args(["download", "--service", "dds", "--instance", &instance])
                    .args([
                        "--since",
                        &since.to_rfc3339(),
                        "--until",
                        &until.to_rfc3339(),
                    ])
                    .args(["--endpoint", &endpoint, "--project-id", &project])
                    .arg("--dest")
                    .arg(&hw_dir)
                    .args(["--concurrency", &s.concurrency.to_string(), "--json", "-q"])
                    .env("HUAWEICLOUD_SDK_AK", &ak)
                    .env("HUAWEICLOUD_SDK_SK", &sk)
                    .stderr(Stdio::inherit())
                    .output()
                    .map_err(|e| format!("hwlogs: {e}"))?;
                let secs = started.elapsed().as_secs_f64();
                let after = api_counts(&endpoint)?;
                let stdout = String::from_utf8_lossy(&out.stdout);
                let summary: Value = stdout
                    .lines()
                    .filter_map(|l| serde_json::from_str::<Value>(l).ok())
                    .find_map(|v| v.get("summary").cloned())
                    .unwrap_or_default();
                let fetched = summary["fetched"].as_u64().unwrap_or_default();
                let bytes = summary["bytes"].as_u64().unwrap_or_default();
                if !out.status.success()
                    || fetched != s.files as u64
                    || bytes != s.size * s.files as u64
                {
                    return Err(format!(
                        "hwlogs did not fetch everything (exit {:?}, {fetched} files, {bytes} bytes)",
                        out.status.code()
                    ));
                }
                hw_times.push(secs);
                peak_rss = peak_rss.max(summary["peak_rss_bytes"].as_u64().unwrap_or_default());
                api_requests.push((after.0 - before.0, after.1 - before.1));
                let _ = std::fs::remove_dir_all(&hw_dir);
            }
        }
    }
    drop(emulator);
    Ok(Measured {
        size: s.size,
        files: s.files,
        concurrency: s.concurrency,
        latency: s.latency,
        curl_seconds: median(&mut curl_times),
        hwlogs_seconds: median(&mut hw_times),
        curl_range: range(&curl_times),
        hwlogs_range: range(&hw_times),
        hwlogs_peak_rss: peak_rss,
        api_requests,
        api_minimum,
    })
}

/// Pages needed (per window of at most 30 days in whole seconds, split from `since` as
/// hwlogs splits it; per window the pages of 100 its files fill, one for an empty window; a
/// file across the boundary is listed in both) and link batches needed (50 ids a call, over
/// the files of the whole window).
fn minimum_calls(
    spans: &[(DateTime<Utc>, DateTime<Utc>)],
    since: DateTime<Utc>,
    until: DateTime<Utc>,
) -> (u64, u64) {
    let mut pages = 0u64;
    let mut from = since;
    while from < until {
        let to = (from + TimeDelta::days(30)).min(until);
        let n = spans.iter().filter(|(s, e)| *s < to && *e > from).count() as u64;
        pages += n.div_ceil(100).max(1);
        from = to;
    }
    let files = spans
        .iter()
        .filter(|(s, e)| *s < until && *e > since)
        .count() as u64;
    (pages, files.div_ceil(50))
}

/// Requests of `dds.list_auditlogs` and `dds.list_auditlog_links` so far.
fn api_counts(endpoint: &str) -> Result<(u64, u64), String> {
    let stats = get_json(&format!("{endpoint}/_emulator/stats"))?;
    let n = |op: &str| {
        stats["operations"][op]["requests"]
            .as_u64()
            .unwrap_or_default()
    };
    Ok((n("dds.list_auditlogs"), n("dds.list_auditlog_links")))
}

fn get_json(url: &str) -> Result<Value, String> {
    let out = Command::new("curl")
        .args(["-sS", "--fail", url])
        .output()
        .map_err(|e| format!("curl {url}: {e}"))?;
    if !out.status.success() {
        return Err(format!("GET {url} failed"));
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("GET {url}: {e}"))
}

fn range(v: &[f64]) -> (f64, f64) {
    let min = v.iter().copied().fold(f64::INFINITY, f64::min);
    let max = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (min, max)
}

fn median(v: &mut [f64]) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// `64KiB`, `1MiB`, `2GiB` (binary units, any case), or a bare number of MiB: bytes, more
/// than zero.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let bad = || format!("{s:?} is not a size (e.g. 64KiB, 1MiB, 2GiB, or 128 for MiB)");
    let (number, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = number.parse().map_err(|_| bad())?;
    let shift = match unit.to_ascii_lowercase().as_str() {
        "kib" => 10,
        "" | "mib" => 20,
        "gib" => 30,
        _ => return Err(bad()),
    };
    match n.checked_mul(1 << shift) {
        Some(bytes) if bytes > 0 => Ok(bytes),
        _ => Err(bad()),
    }
}

/// A size as [`parse_size`] reads it, in the largest unit that divides it: `64KiB`, `1MiB`,
/// `128MiB`, `2GiB` (`1000B` when no unit does).
pub fn format_size(bytes: u64) -> String {
    match bytes {
        0 => "0B".to_owned(),
        b if b.is_multiple_of(1 << 30) => format!("{}GiB", b >> 30),
        b if b.is_multiple_of(1 << 20) => format!("{}MiB", b >> 20),
        b if b.is_multiple_of(1 << 10) => format!("{}KiB", b >> 10),
        b => format!("{b}B"),
    }
}

/// An amount, rounded: `1.00 GiB`, `125.0 MiB`, `640 KiB`.
pub fn format_amount(bytes: u64) -> String {
    let b = bytes as f64;
    if bytes >= 1 << 30 {
        format!("{:.2} GiB", b / (1u64 << 30) as f64)
    } else if bytes >= 1 << 20 {
        format!("{:.1} MiB", b / (1u64 << 20) as f64)
    } else {
        format!("{:.0} KiB", b / 1024.0)
    }
}

/// `0` (no latency), `50ms`, `1s`.
pub fn parse_latency(s: &str) -> Result<Duration, String> {
    let bad = || format!("{s:?} is not a latency (e.g. 0, 50ms, 1s)");
    let (number, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = number.parse().map_err(|_| bad())?;
    match unit {
        "ms" => Ok(Duration::from_millis(n)),
        "s" => Ok(Duration::from_secs(n)),
        "" if n == 0 => Ok(Duration::ZERO),
        _ => Err(bad()),
    }
}

/// A latency as [`parse_latency`] reads it: `0`, `50ms`, `2s`.
pub fn format_latency(d: Duration) -> String {
    let ms = d.as_millis();
    if ms == 0 {
        "0".to_owned()
    } else if ms.is_multiple_of(1000) {
        format!("{}s", ms / 1000)
    } else {
        format!("{ms}ms")
    }
}

/// What the columns of [`matrix_table`] mean.
pub const MATRIX_LEGEND: &str = "\
hwlogs, curl: median seconds of the rounds (fastest-slowest round)
ratio: curl's time / hwlogs' time = hwlogs' throughput relative to curl's (target >= 0.90, >= 0.95 with latency)
peak RSS: hwlogs' largest VmHWM over the rounds (target <= 64 MiB)
API calls: list pages + link calls of hwlogs' round with the most, (the minimum: pages needed + link batches of 50); every round must make the minimum
MISSED: a target missed";

/// The rows and what they measured as a Markdown table, one line per row (see
/// [`MATRIX_LEGEND`]); a row that failed says `error` and its message follows the table.
pub fn matrix_table(rows: &[Settings], results: &[Result<Measured, String>]) -> String {
    let missed = |ok: bool| if ok { "" } else { " MISSED" };
    let secs = |median: f64, (fast, slow): (f64, f64)| format!("{median:.2} ({fast:.2}-{slow:.2})");
    let header = [
        "files × size",
        "concurrency",
        "latency",
        "hwlogs s",
        "curl s",
        "ratio",
        "peak RSS",
        "API calls (min)",
    ];
    let mut lines: Vec<Vec<String>> = vec![header.iter().map(|h| (*h).to_owned()).collect()];
    let mut errors = Vec::new();
    for (i, (row, result)) in rows.iter().zip(results).enumerate() {
        let mut cells = vec![
            row.label(),
            row.concurrency.to_string(),
            format_latency(row.latency),
        ];
        match result {
            Ok(m) => {
                let (most, min) = (m.api_most(), m.api_minimum);
                cells.extend([
                    secs(m.hwlogs_seconds, m.hwlogs_range),
                    secs(m.curl_seconds, m.curl_range),
                    format!(
                        "{:.2} (>= {:.2}){}",
                        m.ratio(),
                        m.ratio_target(),
                        missed(m.ratio_ok())
                    ),
                    format!(
                        "{:.1} MiB{}",
                        m.hwlogs_peak_rss as f64 / (1u64 << 20) as f64,
                        missed(m.rss_ok())
                    ),
                    format!(
                        "{}+{} ({}+{}){}",
                        most.0,
                        most.1,
                        min.0,
                        min.1,
                        missed(m.api_ok())
                    ),
                ]);
            }
            Err(e) => {
                cells.push(format!("error {}", errors.len() + 1));
                errors.push(format!("error {} (row {}): {e}", errors.len() + 1, i + 1));
            }
        }
        lines.push(cells);
    }
    let columns = header.len();
    let width = |c: usize| {
        lines
            .iter()
            .filter_map(|l| l.get(c))
            .map(|cell| cell.chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..columns).map(width).collect();
    let mut out = String::new();
    for (n, line) in lines.iter().enumerate() {
        let padded: Vec<String> = (0..columns)
            .map(|c| {
                let cell = line.get(c).map_or("", String::as_str);
                format!("{cell:<w$}", w = widths[c])
            })
            .collect();
        out.push_str(&format!("| {} |\n", padded.join(" | ")));
        if n == 0 {
            let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            out.push_str(&format!("|-{}-|\n", rule.join("-|-")));
        }
    }
    for e in errors {
        out.push_str(&e);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimum_counts_windows_pages_and_batches() {
        let until = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let since = until - TimeDelta::days(60);
        let day = |d: i64| until - TimeDelta::days(d);
        // 150 files in the last 30 days, 1 in the first: 2 + 1 pages, 4 link batches.
        let mut spans: Vec<_> = (0..150).map(|_| (day(5), day(4))).collect();
        spans.push((day(50), day(49)));
        assert_eq!(minimum_calls(&spans, since, until), (3, 4));
        assert_eq!(minimum_calls(&[], since, until), (2, 0));
        // 200 files in each half and one across the middle: listed in both windows, so
        // 3 + 3 pages; 401 files, 9 link batches.
        let mut spans: Vec<_> = (0..200).map(|_| (day(50), day(49))).collect();
        spans.extend((0..200).map(|_| (day(10), day(9))));
        spans.push((day(31), day(29)));
        assert_eq!(minimum_calls(&spans, since, until), (6, 9));
    }

    #[test]
    fn sizes_read_and_print_in_binary_units() {
        assert_eq!(parse_size("64KiB"), Ok(64 << 10));
        assert_eq!(parse_size("1MiB"), Ok(1 << 20));
        assert_eq!(parse_size("4mib"), Ok(4 << 20));
        assert_eq!(parse_size("128"), Ok(128 << 20));
        assert_eq!(parse_size("2GiB"), Ok(2 << 30));
        for bad in [
            "",
            "0",
            "0KiB",
            "64KB",
            "1.5MiB",
            "MiB",
            "-1",
            "99999999999999GiB",
        ] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
        for s in ["64KiB", "1MiB", "4MiB", "128MiB", "2GiB", "1536KiB"] {
            assert_eq!(parse_size(s).map(format_size).as_deref(), Ok(s));
        }
        assert_eq!(format_size(1000), "1000B");
        assert_eq!(format_amount(1 << 30), "1.00 GiB");
        assert_eq!(format_amount(2000 * (64 << 10)), "125.0 MiB");
    }

    #[test]
    fn latencies_need_a_unit_unless_zero() {
        assert_eq!(parse_latency("0"), Ok(Duration::ZERO));
        assert_eq!(parse_latency("0ms"), Ok(Duration::ZERO));
        assert_eq!(parse_latency("50ms"), Ok(Duration::from_millis(50)));
        assert_eq!(parse_latency("2s"), Ok(Duration::from_secs(2)));
        for bad in ["", "50", "ms", "1m", "1.5s", "-5ms"] {
            assert!(parse_latency(bad).is_err(), "{bad}");
        }
        for s in ["0", "50ms", "2s", "1500ms"] {
            assert_eq!(parse_latency(s).map(format_latency).as_deref(), Ok(s));
        }
    }

    #[test]
    fn matrix_rows_and_table() {
        let base = Settings::new(Path::new("/nonexistent"));
        let rows = matrix(&Settings {
            rounds: MATRIX_ROUNDS,
            ..base
        });
        let labels: Vec<String> = rows
            .iter()
            .map(|r| {
                format!(
                    "{} c{} {}",
                    r.label(),
                    r.concurrency,
                    format_latency(r.latency)
                )
            })
            .collect();
        assert_eq!(
            labels,
            [
                "2000 × 64KiB c8 0",
                "1000 × 1MiB c8 0",
                "200 × 4MiB c4 0",
                "8 × 128MiB c4 0",
                "1000 × 64KiB c8 50ms",
                "200 × 1MiB c8 50ms",
            ]
        );
        assert!(rows.iter().all(|r| r.rounds == MATRIX_ROUNDS));
        assert_eq!(rows[4].ratio_target(), 0.95);

        let ok = Measured {
            size: rows[0].size,
            files: rows[0].files,
            concurrency: 8,
            latency: Duration::ZERO,
            curl_seconds: 0.9,
            hwlogs_seconds: 1.0,
            curl_range: (0.85, 1.1),
            hwlogs_range: (0.95, 1.2),
            hwlogs_peak_rss: 30 << 20,
            api_requests: vec![(21, 40), (21, 40)],
            api_minimum: (21, 40),
        };
        assert!(ok.met());
        let slow = Measured {
            latency: Duration::from_millis(50),
            api_requests: vec![(21, 40), (21, 41)],
            hwlogs_peak_rss: 65 << 20,
            ..ok.clone()
        };
        assert!(!slow.ratio_ok() && !slow.rss_ok() && !slow.api_ok());
        let table = matrix_table(
            &rows[..3],
            &[Ok(ok), Ok(slow), Err("curl failed".to_owned())],
        );
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 6, "{table}");
        assert!(lines[0].starts_with("| files × size | concurrency | latency | hwlogs s"));
        assert!(lines[1].starts_with("|--------------|-"));
        assert!(lines[2].contains("| 2000 × 64KiB | 8  "), "{table}");
        assert!(lines[2].contains("1.00 (0.95-1.20)") && lines[2].contains("0.90 (>= 0.90) "));
        assert!(!lines[2].contains("MISSED"));
        assert!(lines[3].contains("0.90 (>= 0.95) MISSED"), "{table}");
        assert!(lines[3].contains("65.0 MiB MISSED") && lines[3].contains("21+41 (21+40) MISSED"));
        assert!(lines[4].contains("| error 1 "), "{table}");
        assert_eq!(lines[5], "error 1 (row 3): curl failed");
        let widths: Vec<usize> = lines[..5].iter().map(|l| l.chars().count()).collect();
        assert!(widths.iter().all(|w| *w == widths[0]), "{table}");
    }
}
