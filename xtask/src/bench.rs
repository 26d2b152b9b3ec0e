//! `cargo xtask bench`: hwlogs against curl on the same emulator, the same URLs and the same
//! concurrency.
//!
//! One emulator (release build) serves `files` DDS audit logs of `size` bytes each. Each round
//! downloads them all with curl (`--parallel`, the presigned links from the emulator's admin
//! endpoint, the very links the link operation hands out) and with `hwlogs download`
//! (listing, links, downloads, verification, fsync, manifest), alternating which goes first.
//! The report gives the median throughput of each, hwlogs' peak RSS (its own `VmHWM`), the
//! API requests hwlogs made against the minimum (pages needed plus link batches needed), and
//! a second run with files four times larger to show RSS does not grow with file size.

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use chrono::{DateTime, SubsecRound as _, TimeDelta, Utc};
use serde_json::Value;

/// Bench settings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Files downloaded per round.
    pub files: usize,
    /// Size of each file, in bytes.
    pub size: u64,
    /// Downloads at the same time, for both tools.
    pub concurrency: usize,
    /// Rounds (each runs curl and hwlogs once).
    pub rounds: usize,
    /// Where downloads go (tmpfs by default, so the disk does not decide the race).
    pub dest: PathBuf,
}

impl Settings {
    /// 8 files of 128 MiB (1 GiB), 4 at a time, 7 rounds (the machine is noisy; the median
    /// of 7 moves by about 0.01), into `/dev/shm` when there is one, else into `bench/` of
    /// `target_dir` (cargo's target directory, [`crate::target_dir`]).
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
            rounds: 7,
            dest,
        }
    }
}

/// What one run measured.
#[derive(Debug, Clone, Default)]
pub struct Measured {
    /// Bytes per file.
    pub size: u64,
    /// Files.
    pub files: usize,
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
    /// API requests of one hwlogs run: list pages, link calls.
    pub api_requests: (u64, u64),
    /// The minimum: pages needed, link batches needed.
    pub api_minimum: (u64, u64),
}

impl Measured {
    /// hwlogs throughput relative to curl's.
    pub fn ratio(&self) -> f64 {
        self.curl_seconds / self.hwlogs_seconds
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
            "huaweicloud-logs",
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

fn measure(
    bins: &Binaries,
    s: &Settings,
    rounds: usize,
    with_curl: bool,
) -> Result<Measured, String> {
    let mut child = Command::new(&bins.emulator)
        .args([
            "--logs-per-instance",
            &s.files.to_string(),
            "--file-size",
            &s.size.to_string(),
            "--seed",
            "1",
        ])
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
    let instance = text(&info["instances"]["dds"][0]["id"]);

    // One "now" for hwlogs' window and for the minimum computed here.
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
    let api_minimum = minimum_calls(&spans, since, until);

    let curl_dir = s.dest.join("curl");
    let hw_dir = s.dest.join("hwlogs");
    let mut curl_times = Vec::new();
    let mut hw_times = Vec::new();
    let mut peak_rss = 0u64;
    let mut api_requests = (0, 0);
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
                api_requests = (after.0 - before.0, after.1 - before.1);
                let _ = std::fs::remove_dir_all(&hw_dir);
            }
        }
    }
    drop(emulator);
    Ok(Measured {
        size: s.size,
        files: s.files,
        curl_seconds: median(&mut curl_times),
        hwlogs_seconds: median(&mut hw_times),
        curl_range: range(&curl_times),
        hwlogs_range: range(&hw_times),
        hwlogs_peak_rss: peak_rss,
        api_requests,
        api_minimum,
    })
}

/// Pages needed (per window of at most 30 days in whole seconds, the pages its files fill,
/// one for an empty window) and link batches needed (50 ids a call).
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
    }
}
