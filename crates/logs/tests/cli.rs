//! The `hwlogs` binary end to end against an in-process emulator: the demo, `list --json`,
//! `download` and `sync`, the documented exit codes, and no secret in anything it prints.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output};

use huaweicloud_emulator::{Config, Emulator, Service, start};

fn hwlogs(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hwlogs"));
    // Nothing from the developer's own environment or profile file.
    for (k, _) in std::env::vars() {
        if k.starts_with("HUAWEICLOUD_") || k == "RUST_LOG" {
            cmd.env_remove(k);
        }
    }
    cmd.env("HOME", home);
    cmd
}

fn with_emulator_creds(mut cmd: Command, emu: &Emulator) -> Command {
    let c = emu.credentials();
    cmd.env("HUAWEICLOUD_SDK_AK", c.ak)
        .env("HUAWEICLOUD_SDK_SK", c.sk)
        .env("HUAWEICLOUD_SDK_PROJECT_ID", c.project_id);
    cmd
}

/// The subcommand, then the emulator's endpoint (options follow the subcommand).
fn sub<'a>(name: &'a str, emu: &'a Emulator) -> [&'a str; 3] {
    [name, "--endpoint", emu.base_url()]
}

async fn run(mut cmd: Command) -> Output {
    tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn assert_no_secrets(out: &Output, emu: &Emulator) {
    let all = text(out);
    assert!(
        !all.contains(&emu.credentials().sk),
        "secret key printed: {all}"
    );
    assert!(
        !all.contains("signature="),
        "a presigned link printed: {all}"
    );
}

fn part_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().ends_with(".part") {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn demo_archives_everything_and_verifies_it() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("demo");
    let out = hwlogs(home.path())
        .args(["demo", "--files", "3", "--file-size", "20000", "--dir"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let all = text(&out);
    assert!(all.contains("verified 18 files"), "{all}");
    let manifest = std::fs::read_to_string(dir.join(".hwlogs-manifest.jsonl")).unwrap();
    assert_eq!(
        manifest.lines().count(),
        18,
        "one line per file, none twice"
    );
    assert!(part_files(&dir).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_download_and_sync_against_the_emulator() {
    let emu = start(Config {
        logs_per_instance: 7,
        file_size: 3000,
        ..Config::default()
    })
    .await
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let instance = emu.instances().dds[0].id.clone();
    let expected = emu.dataset().files_of(Service::Dds, &instance).len();

    let mut cmd = with_emulator_creds(hwlogs(home.path()), &emu);
    cmd.args(sub("list", &emu)).args([
        "--service",
        "dds",
        "--instance",
        &instance,
        "--since",
        "61d",
        "--json",
    ]);
    let out = run(cmd).await;
    assert!(out.status.success(), "{}", text(&out));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), expected);
    assert!(
        lines
            .iter()
            .all(|l| l["service"] == "dds" && l["instance_id"] == instance.as_str())
    );
    assert_no_secrets(&out, &emu);

    let dest = home.path().join("archive");
    let mut cmd = with_emulator_creds(hwlogs(home.path()), &emu);
    cmd.args(sub("download", &emu))
        .args([
            "--service",
            "dds",
            "--instance",
            &instance,
            "--since",
            "61d",
            "--json",
        ])
        .arg("--dest")
        .arg(&dest);
    let out = run(cmd).await;
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let fetched = stdout
        .lines()
        .filter(|l| l.contains(r#""status":"fetched""#))
        .count();
    assert_eq!(fetched, expected);
    assert!(stdout.contains(r#""summary""#));
    assert_no_secrets(&out, &emu);

    // Sync after the download: everything listed again is complete, nothing is fetched.
    let mut cmd = with_emulator_creds(hwlogs(home.path()), &emu);
    cmd.args(sub("sync", &emu))
        .args(["--service", "dds", "--instance", &instance, "--json"])
        .arg("--dest")
        .arg(&dest);
    let before = emu
        .stats()
        .operations
        .get("download")
        .map_or(0, |s| s.requests);
    let out = run(cmd).await;
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(!stdout.contains(r#""status":"fetched""#), "{stdout}");
    assert_eq!(
        emu.stats()
            .operations
            .get("download")
            .map_or(0, |s| s.requests),
        before
    );
    assert!(part_files(&dest).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_codes_say_what_failed() {
    let emu = start(Config {
        logs_per_instance: 2,
        file_size: 100,
        ..Config::default()
    })
    .await
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let instance = emu.instances().taurusdb[0].id.clone();

    // 2: usage (TaurusDB without a node), before any request.
    let mut cmd = with_emulator_creds(hwlogs(home.path()), &emu);
    cmd.args(sub("list", &emu))
        .args(["--service", "taurusdb", "--instance", &instance]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("--node"), "{}", text(&out));
    assert_eq!(emu.stats().total_requests, 0);

    // 2: no credentials anywhere.
    let mut cmd = hwlogs(home.path());
    cmd.args([
        "list",
        "--service",
        "dds",
        "--instance",
        "x",
        "--endpoint",
        emu.base_url(),
    ]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));

    // 3: credentials refused, one line with the error code and the request id.
    let mut cmd = with_emulator_creds(hwlogs(home.path()), &emu);
    cmd.env("HUAWEICLOUD_SDK_SK", "not-the-secret-key-at-all")
        .args(sub("list", &emu))
        .args(["--service", "dds", "--instance", &emu.instances().dds[0].id]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(
        err.contains("APIGW.0301") && err.contains("request id"),
        "{err}"
    );
    assert!(!err.contains("not-the-secret-key-at-all"));

    // 4: the service refuses the call (unknown instance).
    let mut cmd = with_emulator_creds(hwlogs(home.path()), &emu);
    cmd.args(sub("list", &emu)).args([
        "--service",
        "dds",
        "--instance",
        "0000000000000000000000000000000in02",
    ]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(4), "{}", text(&out));

    // 5: the destination cannot be created.
    let blocker = home.path().join("file");
    std::fs::write(&blocker, b"x").unwrap();
    let mut cmd = with_emulator_creds(hwlogs(home.path()), &emu);
    cmd.args(sub("download", &emu))
        .args(["--service", "dds", "--instance", &emu.instances().dds[0].id])
        .arg("--dest")
        .arg(blocker.join("sub"));
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(5), "{}", text(&out));
}
