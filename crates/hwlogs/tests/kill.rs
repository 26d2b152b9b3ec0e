//! `hwlogs sync` killed with SIGKILL at any moment of its run leaves nothing skipped for good:
//! the next run completes the archive, every file in place byte for byte and once in the
//! manifest.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../../logs/tests/common/mod.rs"]
mod common;

use std::path::Path;

use common::{Key, assert_archive, expected_sums, hwlogs_on, run, text};
use huaweicloud_emulator::{Config, Emulator, Service, start};

/// The emulator's DDS files of `instance` (of `node`, when given), oldest first: their keys.
fn files_of(emu: &Emulator, instance: &str, node: Option<&str>) -> Vec<Key> {
    let mut files: Vec<_> = emu
        .dataset()
        .files_of(Service::Dds, instance)
        .into_iter()
        .filter(|f| node.is_none_or(|n| f.node_id.as_deref() == Some(n)))
        .collect();
    files.sort_by_key(|f| f.start);
    files
        .into_iter()
        .map(|f| (Service::Dds, instance.to_owned(), f.id.clone()))
        .collect()
}

async fn dataset(files: usize, faults: &str) -> Emulator {
    start(Config {
        logs_per_instance: files,
        file_size: 16 * 1024,
        faults: faults.parse().unwrap(),
        ..Config::default()
    })
    .await
    .unwrap()
}

/// Random kill points: each trial kills `hwlogs sync` with SIGKILL at a random moment of its
/// run, then runs it again, which must exit 0 with every file in place, byte for byte, each
/// once in the manifest (downloads come newest first, so a watermark taken from what is on
/// disk would skip the older files for good).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sync_killed_at_any_moment_is_completed_by_the_next_run() {
    let emu = dataset(30, "delay=25ms").await;
    let instance = emu.instances().dds[0].id.clone();
    let keys = files_of(&emu, &instance, None);
    let sums = expected_sums(&emu).await;
    let root = tempfile::tempdir().unwrap();
    let sync_cmd = |dest: &Path| {
        let mut cmd = hwlogs_on(&emu, root.path(), "sync");
        cmd.args([
            "--service",
            "dds",
            "--instance",
            &instance,
            "--first",
            "61d",
        ])
        .args(["--concurrency", "2", "-q", "--dest"])
        .arg(dest);
        cmd
    };
    // How long a whole run takes here, to kill within it.
    let probe = root.path().join("probe");
    let started = std::time::Instant::now();
    let out = run(sync_cmd(&probe)).await;
    assert!(out.status.success(), "{}", text(&out));
    let whole = started.elapsed();

    let mut rng = fastrand::Rng::with_seed(0x5eed);
    let mut partial_runs = 0;
    for trial in 0..10 {
        let dest = root.path().join(format!("trial-{trial}"));
        let mut child = sync_cmd(&dest).spawn().unwrap();
        let at = whole.mul_f64(rng.f64() * 0.9);
        tokio::time::sleep(at).await;
        child.kill().unwrap();
        let status = child.wait().unwrap();
        if !status.success() {
            partial_runs += 1;
        }
        let out = run(sync_cmd(&dest)).await;
        assert!(
            out.status.success(),
            "trial {trial} (killed after {at:?}): {}",
            text(&out)
        );
        assert_archive(&dest, &keys, &sums, 0);
    }
    assert!(partial_runs >= 5, "only {partial_runs} runs were cut short");
}
