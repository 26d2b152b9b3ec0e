//! `sync` cannot skip a file for good: a file deleted from the archive, a node newly in scope,
//! a file that failed, a copy that no longer matches its manifest line, a manifest line that
//! points outside: each is fetched by the next run. (A run killed at any moment is completed by
//! the next: `hwlogs sync` killed with SIGKILL, in `crates/hwlogs/tests/kill.rs`.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};

use chrono::TimeDelta;
use common::{Key, assert_archive, expected_sums, manifest_lines, source, walk};
use huaweicloud_emulator::{Config, Emulator, Service, start};
use huaweicloud_logs::{
    Archiver, Error, MANIFEST_FILE, Options, Report, ServiceKind, SyncWindow, Target,
};
use sha2::{Digest as _, Sha256};

/// Every file of the dataset is at most 60 days old.
fn window() -> SyncWindow {
    SyncWindow::SinceLastRun {
        first: TimeDelta::days(61),
        lookback: TimeDelta::days(1),
    }
}

fn target(instance: &str, node: Option<&str>) -> Target {
    Target {
        instance_id: instance.to_owned(),
        node_id: node.map(str::to_owned),
    }
}

async fn sync(
    emu: &Emulator,
    dest: &Path,
    targets: &[Target],
    verify: bool,
) -> Result<Report, Error> {
    let mut archiver =
        Archiver::new(source(emu, ServiceKind::Dds, None), Options::new(dest)).unwrap();
    if verify {
        archiver = archiver.verifying();
    }
    archiver.sync(targets, window()).await
}

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

/// The manifest line of the file with `id`.
fn line_of(dest: &Path, id: &str) -> huaweicloud_logs::Entry {
    manifest_lines(dest)
        .0
        .into_iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("{id} is not in the manifest"))
}

/// A file deleted from the archive, older than the last run's window, is fetched again; so
/// are the files of a node newly in scope.
#[tokio::test]
async fn deleted_files_and_nodes_newly_in_scope_are_fetched() {
    let emu = dataset(18, "none").await;
    let instance = emu.instances().dds[0].id.clone();
    let sums = expected_sums(&emu).await;
    let first_node = emu.instances().dds[0].nodes.as_ref().unwrap()[0].clone();
    let root = tempfile::tempdir().unwrap();
    let dest = root.path().join("dest");

    // One node first, then the whole instance: the other nodes' old files come too.
    let one = files_of(&emu, &instance, Some(&first_node));
    let report = sync(&emu, &dest, &[target(&instance, Some(&first_node))], false)
        .await
        .unwrap();
    assert_eq!(report.fetched().count(), one.len());
    let all = files_of(&emu, &instance, None);
    assert!(all.len() > one.len());
    let report = sync(&emu, &dest, &[target(&instance, None)], false)
        .await
        .unwrap();
    assert!(report.is_complete());
    assert_eq!(report.fetched().count(), all.len() - one.len());
    assert_archive(&dest, &all, &sums, 0);

    // The oldest file, deleted from the archive: far outside the next run's window.
    let oldest = line_of(&dest, &all[0].2);
    std::fs::remove_file(dest.join(&oldest.path)).unwrap();
    let report = sync(&emu, &dest, &[target(&instance, None)], false)
        .await
        .unwrap();
    let fetched: Vec<&str> = report.fetched().map(|(f, _)| f.id.as_str()).collect();
    assert_eq!(fetched, [oldest.id.as_str()]);
    assert_eq!(report.checked, all.len() - 1 - report.skipped().count());
    assert_archive(&dest, &all, &sums, 0);
}

/// The `.part` of the oldest file, made a link to `/dev/full`: writing it fails as a full disk
/// does. The run stops with a destination error; once there is room, the next run fetches it.
#[tokio::test]
async fn a_run_stopped_by_a_full_disk_leaves_nothing_behind_for_good() {
    let emu = dataset(12, "none").await;
    let instance = emu.instances().dds[1].id.clone();
    let all = files_of(&emu, &instance, None);
    let sums = expected_sums(&emu).await;
    let root = tempfile::tempdir().unwrap();
    let dest = root.path().join("dest");

    let oldest = emu
        .dataset()
        .files_of(Service::Dds, &instance)
        .into_iter()
        .find(|f| f.id == all[0].2)
        .unwrap();
    let file = huaweicloud_logs::LogFile {
        service: ServiceKind::Dds,
        kind: String::new(),
        instance_id: instance.clone(),
        node_id: oldest.node_id.clone(),
        id: oldest.id.clone(),
        name: oldest.name.clone(),
        size: huaweicloud_logs::ListedSize::Exact(oldest.size),
        start_time: None,
        end_time: None,
        active: true,
    };
    let dir = dest.join(huaweicloud_logs::safe_path::layout(&file).parent().unwrap());
    std::fs::create_dir_all(&dir).unwrap();
    let part = dir.join(format!(
        ".hwlogs-{}.part",
        &hex::encode(Sha256::digest(file.key().to_string().as_bytes()))[..16]
    ));
    std::os::unix::fs::symlink("/dev/full", &part).unwrap();

    match sync(&emu, &dest, &[target(&instance, None)], false).await {
        Err(Error::Destination { source, .. }) => {
            assert!(source.to_string().contains("No space left"), "{source}");
        }
        other => panic!("expected a destination error, got {other:?}"),
    }
    std::fs::remove_file(&part).unwrap();
    let report = sync(&emu, &dest, &[target(&instance, None)], false)
        .await
        .unwrap();
    assert!(
        report.is_complete(),
        "{:?}",
        report.failed().collect::<Vec<_>>()
    );
    assert_archive(&dest, &all, &sums, 0);
}

/// A copy changed on disk (same size) is found by `--verify` and fetched again; its manifest
/// line is replaced, not repeated.
#[tokio::test]
async fn verify_fetches_again_what_differs_from_the_manifest() {
    let emu = dataset(6, "none").await;
    let instance = emu.instances().dds[0].id.clone();
    let all = files_of(&emu, &instance, None);
    let sums = expected_sums(&emu).await;
    let root = tempfile::tempdir().unwrap();
    let dest = root.path().join("dest");
    let targets = [target(&instance, None)];
    sync(&emu, &dest, &targets, false).await.unwrap();

    let victim = line_of(&dest, &all[0].2);
    let path = dest.join(&victim.path);
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[100] ^= 0x20;
    std::fs::write(&path, &bytes).unwrap();

    // By size, nothing is wrong.
    let report = sync(&emu, &dest, &targets, false).await.unwrap();
    assert_eq!(report.fetched().count(), 0);
    // By content, one file is.
    let report = sync(&emu, &dest, &targets, true).await.unwrap();
    let fetched: Vec<&str> = report.fetched().map(|(f, _)| f.id.as_str()).collect();
    assert_eq!(fetched, [victim.id.as_str()]);
    assert_archive(&dest, &all, &sums, 0);
}

/// A manifest line whose path leads outside the destination is ignored; its file is fetched
/// to its safe path, and nothing is written outside.
#[tokio::test]
async fn a_manifest_line_with_an_unsafe_path_is_ignored() {
    let emu = dataset(4, "none").await;
    let instance = emu.instances().dds[0].id.clone();
    let all = files_of(&emu, &instance, None);
    let sums = expected_sums(&emu).await;
    let root = tempfile::tempdir().unwrap();
    let dest = root.path().join("dest");
    let targets = [target(&instance, None)];
    sync(&emu, &dest, &targets, false).await.unwrap();

    for bad in ["../outside.log", "/tmp/absolute.log", "a/../../b.log"] {
        let victim = line_of(&dest, &all[1].2);
        let text = std::fs::read_to_string(dest.join(MANIFEST_FILE)).unwrap();
        let forged = text.replace(
            &format!("\"path\":{}", serde_json::to_string(&victim.path).unwrap()),
            &format!("\"path\":{}", serde_json::to_string(bad).unwrap()),
        );
        assert_ne!(forged, text);
        std::fs::write(dest.join(MANIFEST_FILE), forged).unwrap();
        std::fs::remove_file(dest.join(&victim.path)).unwrap();

        let report = sync(&emu, &dest, &targets, false).await.unwrap();
        assert!(
            report.is_complete(),
            "{bad}: {:?}",
            report.failed().collect::<Vec<_>>()
        );
        assert_eq!(line_of(&dest, &victim.id).path, victim.path, "{bad}");
        assert_archive(&dest, &all, &sums, 0);
    }
    let outside: Vec<PathBuf> = walk(root.path())
        .into_iter()
        .filter(|p| !p.starts_with("dest"))
        .collect();
    assert!(outside.is_empty(), "written outside: {outside:?}");
}
