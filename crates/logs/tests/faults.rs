//! Syncs against the emulator with its faults on (API errors, throttling, connection resets,
//! short bodies, links that expire during the run) complete with every file byte-identical to
//! the emulator's manifest, no temporary file left and a bounded number of requests; without
//! faults they make exactly the list calls the listing needs, and the link calls full batches
//! need plus at most one per page a download outran (downloads start while the listing goes
//! on, and a download that needs its link does not wait for a batch to fill).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::print_stderr
)]

mod common;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use chrono::{TimeDelta, Utc};
use huaweicloud_core::{RetryPolicy, TimeWindow};
use huaweicloud_emulator::{Clock, Config, Emulator, Faults, Service, start};
use huaweicloud_logs::{Archiver, Options, Report, ServiceKind, SyncWindow, Target};

use common::*;

/// What one service's sync should fetch, and the fewest calls it can take.
struct Case {
    kind: ServiceKind,
    targets: Vec<Target>,
    /// (service, instance, id) of every file in the window.
    expected: Vec<(Service, String, String)>,
    /// List calls: the pages of every (instance, node, 30-day window).
    min_list: u64,
    /// Link calls: for each instance, its files in batches of the service's limit.
    min_links: u64,
}

/// DDS: every node of the cluster, one target each. RDS: both instances. TaurusDB: one node
/// of the first instance.
fn cases(emu: &Emulator, window: TimeWindow) -> Vec<Case> {
    let inst = emu.instances();
    let in_window = |service: Service, instance: &str, node: Option<&str>| {
        emu.dataset()
            .files_of(service, instance)
            .into_iter()
            .filter(|f| f.start < window.end() && f.end > window.start())
            .filter(|f| node.is_none_or(|n| f.node_id.as_deref() == Some(n)))
            .map(|f| (f.start, f.end, f.id.clone()))
            .collect::<Vec<_>>()
    };
    let mut out = Vec::new();
    let plan = [
        (
            ServiceKind::Dds,
            inst.dds[0]
                .nodes
                .clone()
                .unwrap()
                .into_iter()
                .map(|n| (inst.dds[0].id.clone(), Some(n)))
                .collect::<Vec<_>>(),
        ),
        (
            ServiceKind::Rds,
            inst.rds.iter().map(|i| (i.id.clone(), None)).collect(),
        ),
        (
            ServiceKind::Taurusdb,
            vec![(
                inst.taurusdb[0].id.clone(),
                Some(inst.taurusdb[0].nodes.clone().unwrap()[0].clone()),
            )],
        ),
    ];
    for (kind, targets) in plan {
        let service = service_of(kind);
        let mut expected = Vec::new();
        let mut min_list = 0;
        let mut per_instance: HashMap<String, usize> = HashMap::new();
        for (instance, node) in &targets {
            let files = in_window(service, instance, node.as_deref());
            let spans: Vec<_> = files.iter().map(|(s, e, _)| (*s, *e)).collect();
            min_list += pages_needed(&spans, window, page_size(kind));
            *per_instance.entry(instance.clone()).or_default() += files.len();
            expected.extend(
                files
                    .into_iter()
                    .map(|(_, _, id)| (service, instance.clone(), id)),
            );
        }
        let min_links = per_instance
            .values()
            .map(|n| n.div_ceil(kind.link_batch(kind.default_log_kind())) as u64)
            .sum();
        out.push(Case {
            kind,
            targets: targets
                .into_iter()
                .map(|(instance_id, node_id)| Target {
                    instance_id,
                    node_id,
                })
                .collect(),
            expected,
            min_list,
            min_links,
        });
    }
    out
}

/// Sync every case at once, each into its own destination under `root`.
async fn sync_all(
    emu: &Emulator,
    cases: &[Case],
    root: &std::path::Path,
    window: TimeWindow,
    retry: Option<RetryPolicy>,
) -> Vec<Report> {
    let runs = cases.iter().map(|case| {
        let archiver = Archiver::new(
            source(emu, case.kind, retry.clone()),
            Options::new(root.join(case.kind.as_str())),
        )
        .unwrap();
        let targets = case.targets.clone();
        async move {
            archiver
                .sync(&targets, SyncWindow::Fixed(window))
                .await
                .unwrap()
        }
    });
    futures_util::future::join_all(runs).await
}

fn assert_complete(case: &Case, report: &Report) {
    let failed: Vec<_> = report.failed().collect();
    assert!(
        report.is_complete(),
        "{}: {} files failed: {failed:?}",
        case.kind,
        failed.len()
    );
    assert_eq!(report.files.len(), case.expected.len(), "{}", case.kind);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_faults_a_sync_makes_exactly_the_calls_it_needs() {
    let emu = start(Config {
        logs_per_instance: 60,
        file_size: 8 * 1024,
        ..Config::default()
    })
    .await
    .unwrap();
    let window = window_around(Utc::now());
    let cases = cases(&emu, window);
    assert!(
        cases.iter().all(|c| c.min_links >= 2),
        "each service should need several link batches"
    );
    let root = tempfile::tempdir().unwrap();
    let reports = sync_all(&emu, &cases, root.path(), window, None).await;
    let sums = expected_sums(&emu).await;

    let stats = emu.stats();
    for (case, report) in cases.iter().zip(&reports) {
        assert_complete(case, report);
        assert_eq!(report.fetched().count(), case.expected.len());
        assert_archive(
            &root.path().join(case.kind.as_str()),
            &case.expected,
            &sums,
            0,
        );
        let (list, links) = operations(case.kind);
        eprintln!(
            "{}, no fault: {} files, {} list calls, {} link calls",
            case.kind,
            case.expected.len(),
            requests(&emu, list),
            requests(&emu, links)
        );
        assert_eq!(requests(&emu, list), case.min_list, "{list}");
        let link_calls = requests(&emu, links);
        assert!(
            (case.min_links..=case.min_links + case.min_list).contains(&link_calls),
            "{links}: {link_calls} calls, {} needed for full batches, at most {} more",
            case.min_links,
            case.min_list
        );
        for (service, instance, id) in &case.expected {
            let d = &stats.downloads[&format!("{service}/{instance}/{id}")];
            assert_eq!((d.get, d.head, d.bytes), (1, 0, 8 * 1024), "{id}");
        }
    }
    let files: usize = cases.iter().map(|c| c.expected.len()).sum();
    let calls: u64 = cases
        .iter()
        .map(|c| {
            let (list, links) = operations(c.kind);
            requests(&emu, list) + requests(&emu, links)
        })
        .sum();
    assert_eq!(stats.downloads.len(), files);
    assert_eq!(
        stats.total_requests,
        calls + files as u64,
        "no other request"
    );

    // Again: everything is skipped; only the listing is repeated.
    let reports = sync_all(&emu, &cases, root.path(), window, None).await;
    for (case, report) in cases.iter().zip(&reports) {
        assert_eq!(
            report.skipped().count(),
            case.expected.len(),
            "{}",
            case.kind
        );
    }
    let list_calls: u64 = cases.iter().map(|c| c.min_list).sum();
    assert_eq!(
        emu.stats().total_requests,
        calls + files as u64 + list_calls,
        "a second run should only list"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_faults_and_expiring_links_a_sync_completes_byte_identical() {
    const SIZE: u64 = 256 * 1024;
    const TTL: Duration = Duration::from_secs(5);
    let started = Instant::now();
    // The emulator's clock stands still except when moved: each move by the link lifetime
    // (every 300 ms) expires every link handed out so far. The archiver reads a link's expiry
    // on the service's clock, so a link looks valid to it for the lifetime after it got it
    // (more than its 2 s margin): it learns of the early expiries only from the 403s.
    let clock = Clock::fixed(Utc::now() + TimeDelta::seconds(30));
    let faults: Faults = "error=0.15,throttle=0.1,reset=0.1,truncate=0.15,delay=20ms@0.2"
        .parse()
        .unwrap();
    let emu = start(Config {
        logs_per_instance: 30,
        file_size: SIZE,
        link_ttl: TTL,
        faults,
        clock: clock.clone(),
        seed: 7,
        ..Config::default()
    })
    .await
    .unwrap();
    let window = window_around(clock.now());
    let cases = cases(&emu, window);
    let ticker = tokio::spawn({
        let clock = clock.clone();
        async move {
            loop {
                tokio::time::sleep(Duration::from_millis(300)).await;
                clock.advance(TTL);
            }
        }
    });

    let retry = patient_retry();
    let root = tempfile::tempdir().unwrap();
    let reports = sync_all(&emu, &cases, root.path(), window, Some(retry.clone())).await;
    ticker.abort();
    let sync_time = started.elapsed();
    let sums = expected_sums(&emu).await;

    let stats = emu.stats();
    let download = stats
        .operations
        .get("download")
        .cloned()
        .unwrap_or_default();
    let expired = download.statuses.get(&403).copied().unwrap_or(0);
    let attempts = u64::from(retry.max_attempts);
    let mut api_faults = 0;
    let (mut files, mut size, mut gets, mut bytes) = (0u64, 0u64, 0u64, 0u64);
    for (case, report) in cases.iter().zip(&reports) {
        assert_complete(case, report);
        assert_archive(
            &root.path().join(case.kind.as_str()),
            &case.expected,
            &sums,
            0,
        );
        let (list, links) = operations(case.kind);
        let (list_calls, link_calls) = (requests(&emu, list), requests(&emu, links));
        for op in [list, links] {
            api_faults += [429, 500, 503]
                .iter()
                .map(|s| answers(&emu, op, *s))
                .sum::<u64>();
        }
        // Every list call is a page the stream needs, or a retry of one.
        assert!(
            (case.min_list..=case.min_list * attempts).contains(&list_calls),
            "{list}: {list_calls} calls, {} needed",
            case.min_list
        );
        // Link calls: the batches, plus one refresh of the waiting links (at most two calls,
        // the batch and the downloads in flight) for each expired link, each retried.
        let link_bound = (case.min_links + 2 * expired) * attempts;
        assert!(
            (case.min_links..=link_bound).contains(&link_calls),
            "{links}: {link_calls} calls, {} needed, bound {link_bound}",
            case.min_links
        );
        eprintln!(
            "{}: {} files; list calls {list_calls} (minimum {}), link calls {link_calls} \
             (minimum {})",
            case.kind,
            case.expected.len(),
            case.min_list,
            case.min_links
        );
        for (service, instance, id) in &case.expected {
            let d = &stats.downloads[&format!("{service}/{instance}/{id}")];
            // A cut body sends half of what was asked; the archiver resumes where it stopped,
            // so no file is sent over much more than once.
            assert!(d.get <= 8, "{id}: {} GETs", d.get);
            assert!(d.bytes <= 2 * SIZE, "{id}: {} bytes served", d.bytes);
            files += 1;
            size += SIZE;
            gets += d.get;
            bytes += d.bytes;
        }
    }
    eprintln!(
        "downloads: {files} files, {gets} GETs, {expired} refused as expired, {bytes} bytes \
         served for {size}; {api_faults} API faults; {} requests in all; sync {sync_time:?}",
        stats.total_requests
    );
    // The faults did happen: API errors and throttling, cut bodies resumed, expired links.
    assert!(api_faults > 0, "no API fault was injected");
    assert!(gets > files, "no download was cut short");
    assert!(expired > 0, "no link expired during the run");
    // Resumed, not restarted: all the cut bodies together cost less than half the data again.
    assert!(bytes < size + size / 2, "{bytes} bytes served for {size}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn links_that_live_less_than_the_expiry_margin_still_work() {
    // One second of life: by the archiver's clock every link is about to expire as soon as it
    // arrives. A fresh link must still be tried (the service decides), not refreshed forever.
    let emu = start(Config {
        logs_per_instance: 20,
        file_size: 128 * 1024,
        link_ttl: Duration::from_secs(1),
        faults: "error=0.1,throttle=0.05,reset=0.1,truncate=0.15,delay=50ms@0.5"
            .parse()
            .unwrap(),
        seed: 11,
        ..Config::default()
    })
    .await
    .unwrap();
    let window = window_around(Utc::now());
    let case = cases(&emu, window)
        .into_iter()
        .find(|c| c.kind == ServiceKind::Rds)
        .unwrap();
    let root = tempfile::tempdir().unwrap();
    let retry = patient_retry();
    let reports = sync_all(
        &emu,
        std::slice::from_ref(&case),
        root.path(),
        window,
        Some(retry.clone()),
    )
    .await;
    assert_complete(&case, &reports[0]);
    let sums = expected_sums(&emu).await;
    assert_archive(&root.path().join("rds"), &case.expected, &sums, 0);

    let stats = emu.stats();
    let gets: u64 = stats.downloads.values().map(|d| d.get).sum();
    let (_, links) = operations(ServiceKind::Rds);
    let link_calls = requests(&emu, links);
    let link_ok = answers(&emu, links, 200);
    eprintln!(
        "rds, 1 s links: {} files, {gets} GETs, {} expired, link calls {link_calls} \
         ({link_ok} answered, minimum {})",
        case.expected.len(),
        answers(&emu, "download", 403),
        case.min_links
    );
    // At most one fresh set of links before each request for a file (served, or refused as
    // expired), each call retried.
    let expired = answers(&emu, "download", 403);
    assert!(
        link_ok <= case.min_links + gets + expired,
        "{link_ok} link answers for {gets} GETs and {expired} expired"
    );
    assert!(link_calls <= link_ok * u64::from(retry.max_attempts));
}

/// A service whose clock is 10 minutes behind ours (within the 15 minutes its signatures
/// allow) hands out links that our clock would call expired before they are issued: the
/// expiry is read on the service's clock (its `Date` says how far behind), so each link batch
/// is asked for once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn link_expiry_follows_the_service_clock_not_ours() {
    let emu = start(Config {
        logs_per_instance: 60,
        file_size: 4 * 1024,
        clock: Clock::shifted(-TimeDelta::minutes(10)),
        ..Config::default()
    })
    .await
    .unwrap();
    let window = window_around(emu.clock().now());
    let cases = cases(&emu, window);
    let root = tempfile::tempdir().unwrap();
    let reports = sync_all(&emu, &cases, root.path(), window, None).await;
    let sums = expected_sums(&emu).await;
    for (case, report) in cases.iter().zip(&reports) {
        assert_complete(case, report);
        assert_archive(
            &root.path().join(case.kind.as_str()),
            &case.expected,
            &sums,
            0,
        );
        let (_, links) = operations(case.kind);
        let link_calls = requests(&emu, links);
        assert!(
            (case.min_links..=case.min_links + case.min_list).contains(&link_calls),
            "{links}: {link_calls} calls, {} needed for full batches, at most {} more",
            case.min_links,
            case.min_list
        );
    }
}
