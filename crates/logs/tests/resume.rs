//! A sync killed mid-download and run again completes from where it stopped, with nothing
//! duplicated or corrupt; so does a run whose manifest ends in a torn line.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::Utc;
use huaweicloud_emulator::{Clock, Config, Emulator, Service, start};
use huaweicloud_logs::{Archiver, MANIFEST_FILE, Options, Report, ServiceKind, SyncWindow, Target};
use sha2::{Digest as _, Sha256};

use common::*;

fn archiver(emu: &Emulator, kind: ServiceKind, dest: &Path) -> Archiver {
    Archiver::new(source(emu, kind, None), Options::new(dest)).unwrap()
}

async fn sync(emu: &Emulator, kind: ServiceKind, instance: &str, dest: &Path) -> Report {
    let target = Target {
        instance_id: instance.to_owned(),
        node_id: None,
    };
    archiver(emu, kind, dest)
        .sync(
            &[target],
            SyncWindow::Fixed(window_around(emu.clock().now())),
        )
        .await
        .unwrap()
}

/// The keys of the files of an instance, and their sizes and SHA-256 computed from the
/// emulator's content (not from its manifest, which would hash every file of the dataset).
fn sums_of(emu: &Emulator, service: Service, instance: &str) -> (Vec<Key>, Sums) {
    let ds = emu.dataset();
    let mut keys = Vec::new();
    let mut sums = Sums::new();
    for f in ds.files_of(service, instance) {
        let index = ds.file_index(service, instance, &f.id).unwrap();
        let sha = hex::encode(Sha256::digest(ds.read(index, 0, f.size)));
        let key = (service, instance.to_owned(), f.id.clone());
        keys.push(key.clone());
        sums.insert(key, (f.size, sha));
    }
    (keys, sums)
}

/// The `.part` files under `dest` and their sizes, once they stop growing (writes already
/// handed to blocking threads finish after the task is gone).
async fn settled_parts(dest: &Path) -> HashMap<PathBuf, u64> {
    let sizes = || -> HashMap<PathBuf, u64> {
        part_files(dest)
            .into_iter()
            .map(|p| {
                let len = std::fs::metadata(dest.join(&p)).unwrap().len();
                (p, len)
            })
            .collect()
    };
    let mut last = sizes();
    loop {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let now = sizes();
        if now == last {
            return now;
        }
        last = now;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sync_killed_mid_download_resumes_and_completes() {
    const SIZE: u64 = 4 << 20;
    const FILES: usize = 4;
    // Two emulators with the same seed and clock serve the same files: the first cuts every
    // body half way (so a download is always in progress when the run is killed), the second,
    // the service after a restart, has no fault.
    let clock = Clock::fixed(Utc::now());
    let config = Config {
        logs_per_instance: FILES,
        file_size: SIZE,
        clock: clock.clone(),
        ..Config::default()
    };
    let flaky = start(Config {
        faults: "truncate=1".parse().unwrap(),
        ..config.clone()
    })
    .await
    .unwrap();
    let instance = flaky.instances().dds[1].id.clone();
    let root = tempfile::tempdir().unwrap();
    let dest = root.path().join("dest");

    // Run, and kill the run once every download has written part of its file.
    let run = tokio::spawn({
        let archiver = archiver(&flaky, ServiceKind::Dds, &dest);
        let target = Target {
            instance_id: instance.clone(),
            node_id: None,
        };
        let window = window_around(clock.now());
        async move { archiver.sync(&[target], SyncWindow::Fixed(window)).await }
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let parts = part_files(&dest);
        let written: Vec<u64> = parts
            .iter()
            .map(|p| std::fs::metadata(dest.join(p)).map_or(0, |m| m.len()))
            .collect();
        if written.len() == FILES && written.iter().all(|n| *n >= 1 << 20) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "downloads did not start: {written:?}"
        );
        assert!(
            !run.is_finished(),
            "the run ended before it could be killed"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    run.abort();
    assert!(run.await.unwrap_err().is_cancelled());
    drop(flaky);
    let parts = settled_parts(&dest).await;
    assert_eq!(parts.len(), FILES);
    assert!(
        parts.values().all(|n| (1 << 20..SIZE).contains(n)),
        "{parts:?}"
    );
    assert_eq!(manifest_lines(&dest), (vec![], 0), "no file was complete");
    let kept: u64 = parts.values().sum();

    // Run again, against the restarted service.
    let emu = start(config).await.unwrap();
    assert_eq!(emu.instances().dds[1].id, instance);
    let report = sync(&emu, ServiceKind::Dds, &instance, &dest).await;
    assert!(
        report.is_complete(),
        "{:?}",
        report.failed().collect::<Vec<_>>()
    );
    assert_eq!(report.fetched().count(), FILES);
    let (keys, sums) = sums_of(&emu, Service::Dds, &instance);
    assert_eq!(keys.len(), FILES);
    assert_archive(&dest, &keys, &sums, 0);

    // Each file was asked for once, from where its temporary file stopped.
    let stats = emu.stats();
    let mut served = 0;
    for (service, instance, id) in &keys {
        let d = &stats.downloads[&format!("{service}/{instance}/{id}")];
        assert_eq!(d.get, 1, "{id}");
        assert!(
            d.bytes < SIZE,
            "{id}: {} bytes, the whole file again",
            d.bytes
        );
        served += d.bytes;
    }
    assert_eq!(
        served,
        FILES as u64 * SIZE - kept,
        "resumed exactly where each stopped"
    );
}

/// Cut the manifest's last line in half, as a kill during its write would; returns the entry
/// it recorded.
fn tear_last_line(dest: &Path) -> huaweicloud_logs::Entry {
    let (entries, _) = manifest_lines(dest);
    let last = entries.last().unwrap().clone();
    let path = dest.join(MANIFEST_FILE);
    let text = std::fs::read(&path).unwrap();
    let body = &text[..text.len() - 1];
    let start = body.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let torn = start + (body.len() - start) / 2;
    let mut f = std::fs::File::create(&path).unwrap();
    f.write_all(&text[..torn]).unwrap();
    last
}

#[tokio::test]
async fn a_torn_manifest_line_is_skipped_and_its_file_fetched_again() {
    let emu = start(Config {
        logs_per_instance: 6,
        file_size: 64 * 1024,
        ..Config::default()
    })
    .await
    .unwrap();
    let instance = emu.instances().rds[0].id.clone();
    let root = tempfile::tempdir().unwrap();
    let dest = root.path().join("dest");
    let (keys, sums) = sums_of(&emu, Service::Rds, &instance);
    let report = sync(&emu, ServiceKind::Rds, &instance, &dest).await;
    assert_eq!(report.fetched().count(), keys.len());
    assert_archive(&dest, &keys, &sums, 0);

    // Killed while recording the last file, after its download: the file is gone too (it may
    // be, say, on a disk that was full).
    let lost = tear_last_line(&dest);
    std::fs::remove_file(dest.join(&lost.path)).unwrap();
    let report = sync(&emu, ServiceKind::Rds, &instance, &dest).await;
    assert!(report.is_complete());
    let fetched: Vec<&str> = report.fetched().map(|(f, _)| f.id.as_str()).collect();
    assert_eq!(fetched, [lost.id.as_str()]);
    assert_eq!(report.skipped().count(), keys.len() - 1);
    // The torn line is gone: the run rewrote the manifest without it.
    assert_archive(&dest, &keys, &sums, 0);
    let key = format!("rds/{instance}/{}", lost.id);
    assert_eq!(emu.stats().downloads[&key].get, 2);

    // Killed after the rename, before the line was whole: the file is in place but not
    // recorded. It is fetched again into the same place, not beside it.
    let lost = tear_last_line(&dest);
    assert!(dest.join(&lost.path).exists());
    let report = sync(&emu, ServiceKind::Rds, &instance, &dest).await;
    assert!(report.is_complete());
    let fetched: Vec<&str> = report.fetched().map(|(f, _)| f.id.as_str()).collect();
    assert_eq!(fetched, [lost.id.as_str()]);
    assert_eq!(
        report.fetched().next().unwrap().1.path,
        lost.path,
        "fetched again into the same place"
    );
    assert_archive(&dest, &keys, &sums, 0);
}

/// A run killed after the last byte of a file and before its rename leaves a complete `.part`:
/// the next run moves it into place without a byte more. DDS lists exact sizes, so no request
/// is made; RDS lists sizes in KB, so one ranged request, answered 416 `bytes */SIZE`, says
/// the file is whole.
#[tokio::test]
async fn a_complete_part_is_moved_into_place_without_a_byte_more() {
    let emu = start(Config {
        logs_per_instance: 3,
        file_size: 96 * 1024,
        ..Config::default()
    })
    .await
    .unwrap();
    for (kind, service, instance) in [
        (
            ServiceKind::Dds,
            Service::Dds,
            emu.instances().dds[1].id.clone(),
        ),
        (
            ServiceKind::Rds,
            Service::Rds,
            emu.instances().rds[0].id.clone(),
        ),
    ] {
        let root = tempfile::tempdir().unwrap();
        let dest = root.path().join("dest");
        let (keys, sums) = sums_of(&emu, service, &instance);
        sync(&emu, kind, &instance, &dest).await;

        // Back to the state of the kill: the file renamed to its `.part`, its line gone.
        let (entries, _) = manifest_lines(&dest);
        let victim = entries[0].clone();
        let key = huaweicloud_logs::FileKey {
            service: kind,
            kind: kind.default_log_kind().to_owned(),
            instance_id: instance.clone(),
            id: victim.id.clone(),
        };
        let target = dest.join(&victim.path);
        let part = target.with_file_name(format!(
            ".hwlogs-{}.part",
            &hex::encode(Sha256::digest(key.to_string().as_bytes()))[..16]
        ));
        std::fs::rename(&target, &part).unwrap();
        let rest: String = std::fs::read_to_string(dest.join(MANIFEST_FILE))
            .unwrap()
            .lines()
            .filter(|l| {
                !l.contains(&format!(
                    "\"id\":{}",
                    serde_json::to_string(&victim.id).unwrap()
                ))
            })
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(dest.join(MANIFEST_FILE), rest).unwrap();

        let bytes_served = |emu: &Emulator| {
            emu.stats()
                .downloads
                .get(&format!("{}/{instance}/{}", service, victim.id))
                .map(|d| d.bytes)
                .unwrap()
        };
        let (bytes, asked_before, refused) = (
            bytes_served(&emu),
            requests(&emu, "download"),
            answers(&emu, "download", 416),
        );
        let report = sync(&emu, kind, &instance, &dest).await;
        let fetched: Vec<&str> = report.fetched().map(|(f, _)| f.id.as_str()).collect();
        assert_eq!(fetched, [victim.id.as_str()], "{kind}");
        assert_eq!(bytes_served(&emu), bytes, "{kind}: bytes served again");
        let asked = if kind == ServiceKind::Dds { 0 } else { 1 };
        assert_eq!(
            requests(&emu, "download") - asked_before,
            asked,
            "{kind}: requests"
        );
        assert_eq!(
            answers(&emu, "download", 416) - refused,
            asked,
            "{kind}: 416s"
        );
        assert_archive(&dest, &keys, &sums, 0);
    }
}
