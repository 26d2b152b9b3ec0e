//! Helpers shared by the reliability tests of `huaweicloud-logs` and by the tests of the
//! `hwlogs` binary (`crates/hwlogs/tests/`, with `#[path]`): clients for an emulator, the
//! `hwlogs` binary with an emulator's credentials, the emulator's service names, and checks of
//! an archive against the emulator's manifest.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use chrono::{DateTime, SubsecRound as _, TimeDelta, Utc};
use huaweicloud_core::{Credentials, RetryPolicy, TimeWindow};
use huaweicloud_emulator::{Emulator, Service};
use huaweicloud_logs::{
    Entry, LOCK_FILE, MANIFEST_FILE, STATE_FILE, ServiceKind, Source, SourceConfig,
};
use sha2::{Digest as _, Sha256};

/// The longest window one list call covers, as the three services document it.
const CALL_WINDOW: chrono::TimeDelta = chrono::TimeDelta::days(30);

/// The `hwlogs` binary with nothing from the developer's own environment or profile file
/// (`HOME` is `home`). Only for the tests of the `hwlogs` package (`crates/hwlogs/tests/`, which
/// include this module): cargo tells where the binary is to the tests of its own package only.
pub fn hwlogs(home: &Path) -> Command {
    let Some(bin) = option_env!("CARGO_BIN_EXE_hwlogs") else {
        panic!(
            "CARGO_BIN_EXE_hwlogs is not set: cargo sets it only for the tests of the package \
             with the `hwlogs` binary; tests that run it belong in crates/hwlogs/tests/"
        );
    };
    let mut cmd = Command::new(bin);
    for (k, _) in std::env::vars() {
        if k.starts_with("HUAWEICLOUD_") || k == "RUST_LOG" {
            cmd.env_remove(k);
        }
    }
    cmd.env("HOME", home);
    cmd
}

/// `dds=URL,rds=URL,taurusdb=URL`, each service's own listener, for `hwlogs --endpoint`
/// (`--all-instances` needs them: the instance listings of the services share one path).
pub fn endpoints(emu: &Emulator) -> String {
    Service::ALL
        .iter()
        .map(|s| format!("{s}={}", emu.service_url(*s)))
        .collect::<Vec<_>>()
        .join(",")
}

/// `cmd` with the credentials and project of `emu` in the environment.
pub fn with_emulator_creds(mut cmd: Command, emu: &Emulator) -> Command {
    let c = emu.credentials();
    cmd.env("HUAWEICLOUD_SDK_AK", c.ak)
        .env("HUAWEICLOUD_SDK_SK", c.sk)
        .env("HUAWEICLOUD_SDK_PROJECT_ID", c.project_id);
    cmd
}

/// `hwlogs NAME --endpoint EMULATOR` with the emulator's credentials (options follow).
pub fn hwlogs_on(emu: &Emulator, home: &Path, name: &str) -> Command {
    let mut cmd = with_emulator_creds(hwlogs(home), emu);
    cmd.args([name, "--endpoint", emu.base_url()]);
    cmd
}

/// Run `cmd` to its end off the async threads.
pub async fn run(mut cmd: Command) -> Output {
    tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap()
}

/// Everything a command printed, stdout then stderr.
pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The client settings for `emu`: its endpoint, project and AK/SK, nothing from the
/// environment that matters.
pub fn source_config(emu: &Emulator, retry: Option<RetryPolicy>) -> SourceConfig {
    let c = emu.credentials();
    SourceConfig {
        endpoint: Some(emu.base_url().to_owned()),
        project_id: Some(c.project_id),
        credentials: Some(Credentials::aksk(c.ak, c.sk)),
        retry,
        read_timeout: Some(Duration::from_secs(20)),
        ..SourceConfig::default()
    }
}

/// A source of `kind` on `emu`.
pub fn source(emu: &Emulator, kind: ServiceKind, retry: Option<RetryPolicy>) -> Source {
    Source::new(kind, &source_config(emu, retry)).unwrap()
}

/// Retries that ride out high fault rates quickly (a throttled call still waits the
/// `Retry-After: 1` the emulator sends).
pub fn patient_retry() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 8,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(200),
        max_elapsed: Duration::from_secs(30),
    }
}

/// The emulator's name of a service.
pub fn service_of(kind: ServiceKind) -> Service {
    match kind {
        ServiceKind::Dds => Service::Dds,
        ServiceKind::Rds => Service::Rds,
        ServiceKind::Taurusdb => Service::Taurusdb,
    }
}

/// The emulator's operation names: (list, links).
pub fn operations(kind: ServiceKind) -> (&'static str, &'static str) {
    match kind {
        ServiceKind::Dds => ("dds.list_auditlogs", "dds.list_auditlog_links"),
        ServiceKind::Rds => ("rds.list_auditlogs", "rds.show_auditlog_download_link"),
        ServiceKind::Taurusdb => ("taurusdb.list_ddl_logs", "taurusdb.download_ddl_logs"),
    }
}

/// Most records one list page holds.
pub fn page_size(kind: ServiceKind) -> usize {
    match kind {
        ServiceKind::Dds | ServiceKind::Taurusdb => 100,
        ServiceKind::Rds => 50,
    }
}

/// Requests the emulator counted for `op`.
pub fn requests(emu: &Emulator, op: &str) -> u64 {
    emu.stats().operations.get(op).map_or(0, |s| s.requests)
}

/// Answers with `status` the emulator counted for `op`.
pub fn answers(emu: &Emulator, op: &str, status: u16) -> u64 {
    emu.stats()
        .operations
        .get(op)
        .and_then(|s| s.statuses.get(&status).copied())
        .unwrap_or(0)
}

/// 61 days up to a minute after `now`, in whole seconds (what the wire carries): every file of
/// the dataset, and three list windows for DDS and RDS.
pub fn window_around(now: DateTime<Utc>) -> TimeWindow {
    let end = now.trunc_subsecs(0) + TimeDelta::minutes(1);
    TimeWindow::new(end - TimeDelta::days(61), end).unwrap()
}

/// The list calls a paging stream needs for files spanning `spans`: for each window of at most
/// 30 days, the pages its files fill, and one call for a window with none.
pub fn pages_needed(
    spans: &[(DateTime<Utc>, DateTime<Utc>)],
    window: TimeWindow,
    page: usize,
) -> u64 {
    window
        .split(CALL_WINDOW)
        .iter()
        .map(|w| {
            let n = spans
                .iter()
                .filter(|(s, e)| *s < w.end() && *e > w.start())
                .count();
            n.div_ceil(page).max(1) as u64
        })
        .sum()
}

/// Every regular file under `root`, relative to it, sorted.
pub fn walk(root: &Path) -> Vec<PathBuf> {
    fn go(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            let ty = entry.file_type().unwrap();
            if ty.is_dir() {
                go(root, &path, out);
            } else {
                out.push(path.strip_prefix(root).unwrap().to_owned());
            }
        }
    }
    let mut out = Vec::new();
    if root.exists() {
        go(root, root, &mut out);
    }
    out.sort();
    out
}

/// Temporary download files under `root`.
pub fn part_files(root: &Path) -> Vec<PathBuf> {
    walk(root)
        .into_iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().ends_with(".part"))
        })
        .collect()
}

/// The lines of the manifest of `dest`: the entries that parse, and how many lines did not.
pub fn manifest_lines(dest: &Path) -> (Vec<Entry>, usize) {
    let text = std::fs::read(dest.join(MANIFEST_FILE)).unwrap_or_default();
    let mut entries = Vec::new();
    let mut bad = 0;
    for line in text.split(|b| *b == b'\n') {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Entry>(line) {
            Ok(e) => entries.push(e),
            Err(_) => bad += 1,
        }
    }
    (entries, bad)
}

/// Hex SHA-256 of a file.
pub fn sha256_of(path: &Path) -> String {
    hex::encode(Sha256::digest(std::fs::read(path).unwrap()))
}

/// A file of the emulator: (service, instance, id).
pub type Key = (Service, String, String);
/// Size and hex SHA-256 of each file.
pub type Sums = HashMap<Key, (u64, String)>;

/// The file the emulator serves, by (service, instance, id): its size and SHA-256.
pub async fn expected_sums(emu: &Emulator) -> Sums {
    emu.manifest(true)
        .await
        .into_iter()
        .map(|e| {
            (
                (e.service, e.instance_id, e.id),
                (e.size, e.sha256.expect("asked for sums")),
            )
        })
        .collect()
}

/// Check that `dest` holds exactly `expected` (service, instance, id), each once, byte for
/// byte as the emulator serves it (`sums`): one readable manifest line per file, every file on
/// disk named by the manifest, no temporary file left, nothing besides but the manifest, the
/// lock and the sync state.
/// `torn_lines` is how many unreadable manifest lines are allowed (a line cut short by a kill).
pub fn assert_archive(dest: &Path, expected: &[Key], sums: &Sums, torn_lines: usize) {
    assert_eq!(
        part_files(dest),
        Vec::<PathBuf>::new(),
        "temporary files left"
    );
    let (entries, bad) = manifest_lines(dest);
    assert_eq!(bad, torn_lines, "unreadable manifest lines");
    let mut by_key: BTreeMap<Key, Vec<&Entry>> = BTreeMap::new();
    for e in &entries {
        by_key
            .entry((service_of(e.service), e.instance_id.clone(), e.id.clone()))
            .or_default()
            .push(e);
    }
    for (key, lines) in &by_key {
        assert_eq!(
            lines.len(),
            1,
            "{key:?} is in the manifest {} times",
            lines.len()
        );
    }
    let mut want: Vec<_> = expected.to_vec();
    want.sort();
    let have: Vec<_> = by_key.keys().cloned().collect();
    assert_eq!(
        have, want,
        "the manifest should list exactly the expected files"
    );
    let mut paths = vec![PathBuf::from(MANIFEST_FILE)];
    for own in [LOCK_FILE, STATE_FILE] {
        if dest.join(own).exists() {
            paths.push(PathBuf::from(own));
        }
    }
    for (key, lines) in &by_key {
        let e = lines[0];
        let (size, sha) = &sums[key];
        let path = dest.join(&e.path);
        assert_eq!(e.size, *size, "{key:?}: size in the manifest");
        assert_eq!(&e.sha256, sha, "{key:?}: SHA-256 in the manifest");
        assert_eq!(
            std::fs::metadata(&path).unwrap().len(),
            *size,
            "{key:?}: size on disk"
        );
        assert_eq!(&sha256_of(&path), sha, "{key:?}: content on disk");
        paths.push(PathBuf::from(&e.path));
    }
    paths.sort();
    assert_eq!(
        walk(dest),
        paths,
        "files on disk besides those of the manifest"
    );
}
