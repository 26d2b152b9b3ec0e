//! The hand-written calls beside the generated ones, against the emulator: typed times, paging
//! streams that split long windows and need no more calls than the pages, batched link
//! requests, and bad input refused before anything is sent.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashSet;

use chrono::{DateTime, SubsecRound as _, TimeDelta, Utc};
use futures_util::TryStreamExt as _;
use huaweicloud_core::{Credentials, ErrorKind, TimeWindow};
use huaweicloud_emulator::{Config, Emulator, Service, start};

/// The longest window one list call covers, as the three services document it.
const CALL_WINDOW: chrono::TimeDelta = chrono::TimeDelta::days(30);

async fn emulator(logs_per_instance: usize) -> Emulator {
    start(Config {
        logs_per_instance,
        file_size: 600,
        ..Config::default()
    })
    .await
    .unwrap()
}

fn builder<C: huaweicloud_core::client::ServiceClient>(
    emu: &Emulator,
) -> huaweicloud_core::ClientBuilder<C> {
    let c = emu.credentials();
    huaweicloud_core::ClientBuilder::<C>::new()
        .endpoint(emu.base_url())
        .project_id(c.project_id)
        .credentials(Credentials::aksk(c.ak, c.sk))
}

/// 61 days up to a minute from now, in whole seconds (what the wire format carries), so the
/// split windows below are the ones the requests name.
fn long_window() -> TimeWindow {
    let end = Utc::now().trunc_subsecs(0) + TimeDelta::minutes(1);
    TimeWindow::new(end - TimeDelta::days(61), end).unwrap()
}

/// The calls a paging stream must make: for each window of at most 30 days, the pages its
/// files fill, and one call for a window with none.
fn pages_needed(files: &[(DateTime<Utc>, DateTime<Utc>)], window: TimeWindow, page: usize) -> u64 {
    window
        .split(CALL_WINDOW)
        .iter()
        .map(|w| {
            let n = files
                .iter()
                .filter(|(s, e)| *s < w.end() && *e > w.start())
                .count();
            n.div_ceil(page).max(1) as u64
        })
        .sum()
}

fn requests(emu: &Emulator, op: &str) -> u64 {
    emu.stats().operations.get(op).map_or(0, |s| s.requests)
}

#[tokio::test]
async fn dds_stream_pages_splits_long_windows_and_lists_each_file_once() {
    let emu = emulator(250).await;
    let client: huaweicloud_dds::Client = builder(&emu).build().unwrap();
    let instance = emu.instances().dds[0].id.clone();
    let expected = emu.dataset().files_of(Service::Dds, &instance);
    // Put a split point inside a file, so that two windows list it.
    let straddling = expected
        .iter()
        .find(|f| {
            f.start > Utc::now() - TimeDelta::days(25) && f.end - f.start > TimeDelta::seconds(3)
        })
        .unwrap();
    let boundary = straddling.start.trunc_subsecs(0) + TimeDelta::seconds(2);
    let window = TimeWindow::new(boundary - TimeDelta::days(60), long_window().end()).unwrap();
    let parts = window.split(CALL_WINDOW);
    assert_eq!(parts.len(), 3);
    assert_eq!(parts[2].start(), boundary);

    let files: Vec<_> = client
        .audit_log_files(&instance, window, None)
        .try_collect()
        .await
        .unwrap();

    let ids: Vec<&str> = files.iter().map(|f| f.id.as_str()).collect();
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "a file came twice");
    assert_eq!(unique, expected.iter().map(|f| f.id.as_str()).collect());
    let spans: Vec<_> = expected.iter().map(|f| (f.start, f.end)).collect();
    let needed = pages_needed(&spans, window, 100);
    assert!(
        needed >= 4,
        "the test should need several pages, needs {needed}"
    );
    assert_eq!(requests(&emu, "dds.list_auditlogs"), needed);
}

#[tokio::test]
async fn rds_stream_pages_fifty_at_a_time() {
    let emu = emulator(130).await;
    let client: huaweicloud_rds::Client = builder(&emu).build().unwrap();
    let instance = emu.instances().rds[0].id.clone();
    let window = long_window();
    let files: Vec<_> = client
        .audit_log_files(&instance, window)
        .try_collect()
        .await
        .unwrap();
    let expected = emu.dataset().files_of(Service::Rds, &instance);
    assert_eq!(files.len(), expected.len());
    let spans: Vec<_> = expected.iter().map(|f| (f.start, f.end)).collect();
    assert_eq!(
        requests(&emu, "rds.list_auditlogs"),
        pages_needed(&spans, window, 50)
    );
}

#[tokio::test]
async fn taurusdb_stream_lists_a_node_with_typed_times() {
    let emu = emulator(30).await;
    let client: huaweicloud_taurusdb::Client = builder(&emu).build().unwrap();
    let instance = emu.instances().taurusdb[0].clone();
    let node = instance.nodes.unwrap()[0].clone();
    let files: Vec<_> = client
        .ddl_log_files(&instance.id, &node, long_window())
        .try_collect()
        .await
        .unwrap();
    let expected: HashSet<String> = emu
        .dataset()
        .files_of(Service::Taurusdb, &instance.id)
        .into_iter()
        .filter(|f| f.node_id.as_deref() == Some(node.as_str()))
        .map(|f| f.id.clone())
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(
        files.into_iter().map(|f| f.id).collect::<HashSet<_>>(),
        expected
    );
}

#[tokio::test]
async fn link_requests_are_batched_fifty_and_ten_ids_a_call() {
    let emu = emulator(120).await;
    let dds: huaweicloud_dds::Client = builder(&emu).build().unwrap();
    let instance = emu.instances().dds[0].id.clone();
    let ids: Vec<String> = emu
        .dataset()
        .files_of(Service::Dds, &instance)
        .iter()
        .map(|f| f.id.clone())
        .collect();
    assert_eq!(ids.len(), 120);
    let links = dds.audit_log_links(&instance, &ids).await.unwrap();
    assert_eq!(requests(&emu, "dds.list_auditlog_links"), 3);
    assert_eq!(
        links.iter().map(|l| &l.id).collect::<Vec<_>>(),
        ids.iter().collect::<Vec<_>>()
    );
    // Each link is the one for its id: the emulator's link path names the file.
    for huaweicloud_core::LogLink { id, url, .. } in &links {
        assert!(
            url.contains(&format!("/{id}?")),
            "{id} paired with another file's link"
        );
    }
    assert!(
        dds.audit_log_links(&instance, &[] as &[&str])
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        requests(&emu, "dds.list_auditlog_links"),
        3,
        "no ids, no call"
    );

    let rds: huaweicloud_rds::Client = builder(&emu).build().unwrap();
    let instance = emu.instances().rds[0].id.clone();
    let ids: Vec<String> = emu
        .dataset()
        .files_of(Service::Rds, &instance)
        .iter()
        .take(51)
        .map(|f| f.id.clone())
        .collect();
    assert_eq!(
        rds.audit_log_links(&instance, &ids).await.unwrap().len(),
        51
    );
    assert_eq!(requests(&emu, "rds.show_auditlog_download_link"), 2);

    let taurus: huaweicloud_taurusdb::Client = builder(&emu).build().unwrap();
    let instance = emu.instances().taurusdb[0].id.clone();
    let ids: Vec<String> = emu
        .dataset()
        .files_of(Service::Taurusdb, &instance)
        .iter()
        .take(25)
        .map(|f| f.id.clone())
        .collect();
    let links = taurus.ddl_log_links(&instance, &ids).await.unwrap();
    assert_eq!(requests(&emu, "taurusdb.download_ddl_logs"), 3);
    assert_eq!(links.iter().map(|l| l.id.clone()).collect::<Vec<_>>(), ids);
}

#[tokio::test]
async fn bad_windows_are_refused_before_sending() {
    let emu = emulator(5).await;
    let client: huaweicloud_dds::Client = builder(&emu).build().unwrap();
    let c = emu.credentials();
    let instance = emu.instances().dds[0].id.clone();
    let now = Utc::now();
    let call = |start: DateTime<Utc>, end: DateTime<Utc>| {
        client
            .list_auditlogs()
            .project_id(c.project_id.as_str())
            .instance_id(instance.as_str())
            .start_time(start)
            .end_time(end)
            .send()
    };

    let err = call(now - TimeDelta::days(31), now).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    let msg = err.to_string();
    assert!(
        msg.contains("end_time") && msg.contains("at most 30 days"),
        "{msg}"
    );

    let err = call(now, now - TimeDelta::hours(1)).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(
        err.to_string()
            .contains("end_time: must be after start_time"),
        "{err}"
    );

    let err = client
        .list_auditlogs()
        .project_id(c.project_id.as_str())
        .instance_id(instance.as_str())
        .start_time(now - TimeDelta::days(1))
        .end_time(now)
        .limit(101)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(err.to_string().contains("limit"), "{err}");

    assert!(TimeWindow::new(now, now).is_err());
    assert_eq!(emu.stats().total_requests, 0, "nothing reached the service");

    // The same call within 30 days goes through, with the times formatted by the crate.
    let ok = call(now - TimeDelta::days(30), now).await.unwrap();
    assert!(ok.into_inner().total_record >= 0);
    assert_eq!(emu.stats().total_requests, 1);
}

#[tokio::test]
async fn a_stream_without_project_id_says_how_to_set_one() {
    let emu = emulator(5).await;
    let c = emu.credentials();
    let client = huaweicloud_dds::Client::builder()
        .endpoint(emu.base_url())
        .credentials(Credentials::aksk(c.ak, c.sk))
        .build()
        .unwrap();
    let err = client
        .audit_log_files("x", long_window(), None)
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    assert!(
        err.to_string().contains("HUAWEICLOUD_SDK_PROJECT_ID"),
        "{err}"
    );
    assert_eq!(emu.stats().total_requests, 0);
}
