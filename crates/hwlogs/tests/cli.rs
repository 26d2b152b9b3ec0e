//! The `hwlogs` binary end to end against an in-process emulator: the demo, `list --json`,
//! `download` and `sync`, a window into the far future, the documented exit codes, and no
//! secret in anything it prints.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../../logs/tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{hwlogs, hwlogs_on, part_files, requests, run, text, with_emulator_creds};
use huaweicloud_emulator::{Config, Emulator, Service, start};

/// The subcommand, then the emulator's endpoint (options follow the subcommand).
fn sub<'a>(name: &'a str, emu: &'a Emulator) -> [&'a str; 3] {
    [name, "--endpoint", emu.base_url()]
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
    // The demo fails unless it verified every file the emulator has, of every kind.
    let verified: usize = all
        .split("verified ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count of verified files: {all}"));
    let manifest = std::fs::read_to_string(dir.join(".hwlogs-manifest.jsonl")).unwrap();
    assert_eq!(
        manifest.lines().count(),
        verified,
        "one line per file, none twice"
    );
    let kinds: std::collections::BTreeSet<String> = manifest
        .lines()
        .map(|l| {
            let line: serde_json::Value = serde_json::from_str(l).unwrap();
            format!(
                "{} {}",
                line["service"].as_str().unwrap(),
                line["kind"].as_str().unwrap()
            )
        })
        .collect();
    let every_kind = [
        "dds audit",
        "dds error",
        "dds slow",
        "rds audit",
        "rds error",
        "rds slow",
        "taurusdb audit",
        "taurusdb ddl",
        "taurusdb error",
        "taurusdb slow",
    ];
    assert_eq!(
        kinds,
        every_kind.map(String::from).into(),
        "every kind of every service"
    );
    // The second sync fetched nothing.
    assert_eq!(
        all.matches("fetched 0 files").count(),
        every_kind.len(),
        "{all}"
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
    let (policies, lines): (Vec<serde_json::Value>, Vec<serde_json::Value>) =
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .partition(|l| l.get("policy").is_some());
    // The instance's audit policy first, then its files.
    assert_eq!(policies.len(), 1, "{policies:?}");
    assert_eq!(policies[0]["policy"]["enabled"], true);
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

/// `--until 9999-12-31`: the future part of the window costs no call (it would be some
/// 97,000 calls of 30 days each).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_window_into_the_far_future_lists_up_to_now() {
    let emu = start(Config {
        logs_per_instance: 5,
        ..Config::default()
    })
    .await
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let mut cmd = hwlogs_on(&emu, home.path(), "list");
    cmd.args(["--service", "dds", "--instance", &emu.instances().dds[0].id])
        .args(["--since", "7d", "--until", "9999-12-31"]);
    let out = run(cmd).await;
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("in the future"), "{}", text(&out));
    assert_eq!(requests(&emu, "dds.list_auditlogs"), 1);
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

/// `hwlogs sync --service dds --instance ID --first 61d --dest DEST` on `emu`, with more args.
fn sync_cmd(emu: &Emulator, home: &Path, instance: &str, dest: &Path, more: &[&str]) -> Command {
    let mut cmd = common::hwlogs_on(emu, home, "sync");
    cmd.args(["--service", "dds", "--instance", instance, "--first", "61d"])
        .args(more)
        .arg("--dest")
        .arg(dest);
    cmd
}

/// 6: one writer per destination. A second run refuses at once and names the holder; with
/// `--wait` it waits, then finds everything done. Neither disturbs the other's files.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_run_on_one_destination_waits_or_exits_6() {
    let emu = start(Config {
        logs_per_instance: 12,
        file_size: 8 * 1024,
        faults: "delay=150ms".parse().unwrap(),
        ..Config::default()
    })
    .await
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let dest = home.path().join("archive");
    let instance = emu.instances().dds[0].id.clone();
    let mut first = sync_cmd(
        &emu,
        home.path(),
        &instance,
        &dest,
        &["--concurrency", "1", "-q"],
    )
    .stderr(std::process::Stdio::null())
    .spawn()
    .unwrap();
    // Until the first run holds the lock (its file names the holder).
    let lock = dest.join(huaweicloud_logs::LOCK_FILE);
    while std::fs::read_to_string(&lock).map_or(true, |t| t.is_empty()) {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let out = run(sync_cmd(&emu, home.path(), &instance, &dest, &[])).await;
    assert_eq!(out.status.code(), Some(6), "{}", text(&out));
    assert!(
        text(&out).contains(&format!("pid {}", first.id())),
        "{}",
        text(&out)
    );
    let out = run(sync_cmd(
        &emu,
        home.path(),
        &instance,
        &dest,
        &["--wait", "--json"],
    ))
    .await;
    assert!(out.status.success(), "{}", text(&out));
    assert!(first.wait().unwrap().success());
    // The waiting run came after: nothing left for it to fetch.
    assert!(!String::from_utf8_lossy(&out.stdout).contains(r#""status":"fetched""#));
    let manifest = std::fs::read_to_string(dest.join(huaweicloud_logs::MANIFEST_FILE)).unwrap();
    assert_eq!(manifest.lines().count(), 12);
    assert!(part_files(&dest).is_empty());
}

/// 1: a file fails (its target is a directory) and the others are archived; the next run says
/// so again, without downloading it again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_target_that_is_a_directory_fails_that_file_without_a_download_per_run() {
    let emu = start(Config {
        logs_per_instance: 3,
        file_size: 4000,
        ..Config::default()
    })
    .await
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let dest = home.path().join("archive");
    let instance = emu.instances().rds[0].id.clone();
    let victim = emu.dataset().files_of(Service::Rds, &instance)[0].clone();
    let file = huaweicloud_logs::LogFile {
        service: huaweicloud_logs::ServiceKind::Rds,
        kind: String::new(),
        instance_id: instance.clone(),
        node_id: None,
        id: victim.id.clone(),
        name: victim.name.clone(),
        size: huaweicloud_logs::ListedSize::Unknown,
        start_time: None,
        end_time: None,
        active: true,
    };
    std::fs::create_dir_all(
        dest.join(huaweicloud_logs::safe_path::layout(&file))
            .join("x"),
    )
    .unwrap();
    let sync = || {
        let mut cmd = common::hwlogs_on(&emu, home.path(), "sync");
        cmd.args([
            "--service",
            "rds",
            "--instance",
            &instance,
            "--first",
            "61d",
        ])
        .arg("--dest")
        .arg(&dest);
        cmd
    };
    for round in 0..2 {
        let out = run(sync()).await;
        assert_eq!(out.status.code(), Some(1), "round {round}: {}", text(&out));
        assert!(text(&out).contains("is a directory"), "{}", text(&out));
        assert!(text(&out).contains("pending"), "{}", text(&out));
    }
    let key = format!("rds/{instance}/{}", victim.id);
    assert!(
        !emu.stats().downloads.contains_key(&key),
        "it was downloaded"
    );
}

/// 5: the manifest cannot be written (here: it is a directory), before anything is fetched.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unwritable_manifest_exits_5() {
    let emu = start(Config {
        logs_per_instance: 2,
        file_size: 100,
        ..Config::default()
    })
    .await
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let dest = home.path().join("archive");
    std::fs::create_dir_all(dest.join(huaweicloud_logs::MANIFEST_FILE)).unwrap();
    let instance = emu.instances().dds[0].id.clone();
    let out = run(sync_cmd(&emu, home.path(), &instance, &dest, &[])).await;
    assert_eq!(out.status.code(), Some(5), "{}", text(&out));
    assert!(text(&out).contains("manifest"), "{}", text(&out));
    assert!(!emu.stats().operations.contains_key("download"));
}

/// 130: SIGINT and SIGTERM stop a run the same way: a message, and the partial download kept
/// for the next run to resume (`tests/resume.rs` shows it does).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigint_and_sigterm_exit_130_and_keep_partial_downloads() {
    let emu = start(Config {
        logs_per_instance: 1,
        file_size: 256 << 20,
        ..Config::default()
    })
    .await
    .unwrap();
    let instance = emu.instances().dds[1].id.clone();
    for signal in ["INT", "TERM"] {
        let home = tempfile::tempdir().unwrap();
        let dest = home.path().join("archive");
        let child = sync_cmd(&emu, home.path(), &instance, &dest, &[])
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Once bytes are on disk.
        let started = std::time::Instant::now();
        while part_files(&dest).is_empty()
            || common::walk(&dest)
                .iter()
                .all(|p| std::fs::metadata(dest.join(p)).map_or(0, |m| m.len()) == 0)
        {
            assert!(started.elapsed().as_secs() < 60, "no download started");
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let out = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap())
            .await
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(130), "SIG{signal}: {err}");
        assert!(err.contains(&format!("interrupted (SIG{signal})")), "{err}");
        assert_eq!(
            part_files(&dest).len(),
            1,
            "SIG{signal}: the partial download is kept"
        );
    }
}

#[tokio::test]
async fn a_rust_log_that_does_not_parse_is_reported_not_dropped() {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = hwlogs(home.path());
    cmd.env("RUST_LOG", "huaweicloud_core=loud").args([
        "list",
        "--service",
        "dds",
        "--instance",
        "x",
    ]);
    let out = run(cmd).await;
    // No credentials: exit 2 as always, and the ignored RUST_LOG said so first.
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("warning: RUST_LOG ignored"),
        "{}",
        text(&out)
    );
}
