//! A run is a pipeline: files are downloaded while the listing is still coming, and with
//! `keep_outcomes` off the report holds only the failures, so memory holds the files in
//! flight, not the listing (100,000 files peak at about 45 MiB; see the README).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::{Arc, Mutex};

use chrono::TimeDelta;
use common::{assert_archive, expected_sums, source};
use huaweicloud_emulator::{Config, Service, start};
use huaweicloud_logs::{
    Archiver, LogFile, Observer, Options, Outcome, ServiceKind, SyncWindow, Target,
};

/// What the observer saw, in order.
#[derive(Default)]
struct Events(Mutex<Vec<&'static str>>);

impl Observer for Events {
    fn queued(&self, _file: &LogFile) {
        self.0.lock().unwrap().push("queued");
    }
    fn listed(&self) {
        self.0.lock().unwrap().push("listed");
    }
    fn finished(&self, _file: &LogFile, outcome: &Outcome) {
        self.0.lock().unwrap().push(match outcome {
            Outcome::Fetched(_) => "fetched",
            Outcome::Skipped { .. } => "skipped",
            Outcome::Failed(_) => "failed",
        });
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_are_downloaded_while_the_listing_goes_on() {
    // Three pages for the RDS instance (pages of 50): each request takes 100 ms.
    let emu = start(Config {
        logs_per_instance: 150,
        file_size: 2048,
        faults: "delay=100ms".parse().unwrap(),
        ..Config::default()
    })
    .await
    .unwrap();
    let instance = emu.instances().rds[0].id.clone();
    let sums = expected_sums(&emu).await;
    let keys: Vec<_> = emu
        .dataset()
        .files_of(Service::Rds, &instance)
        .iter()
        .map(|f| (Service::Rds, instance.clone(), f.id.clone()))
        .collect();
    let dest = tempfile::tempdir().unwrap();
    let events = Arc::new(Events::default());
    let mut options = Options::new(dest.path());
    options.keep_outcomes = false;
    options.concurrency = 8;
    let archiver = Archiver::new(source(&emu, ServiceKind::Rds, None), options)
        .unwrap()
        .with_observer(events.clone());
    let report = archiver
        .sync(
            &[Target {
                instance_id: instance.clone(),
                node_id: None,
            }],
            SyncWindow::SinceLastRun {
                first: TimeDelta::days(61),
                lookback: TimeDelta::days(1),
            },
        )
        .await
        .unwrap();

    assert_eq!(report.totals.fetched, keys.len());
    assert!(report.is_complete());
    assert!(report.files.is_empty(), "only failures are kept");
    let events = events.0.lock().unwrap().clone();
    let listed = events.iter().position(|e| *e == "listed").unwrap();
    let before = events[..listed].iter().filter(|e| **e == "fetched").count();
    assert!(
        before > 0,
        "no file was downloaded before the listing ended: {:?}",
        &events[..listed.min(20)]
    );
    assert_eq!(
        events.iter().filter(|e| **e == "fetched").count(),
        keys.len()
    );
    assert_archive(dest.path(), &keys, &sums, 0);
}
