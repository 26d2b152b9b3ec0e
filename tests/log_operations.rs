//! The operations the specs gained after the first six, called against the emulator through
//! the generated builders (`client.op()..send()`) and through the generated helpers and
//! `LogApi`, for every instance (and node) the emulator has: the instance listings and the
//! TaurusDB instance detail, the audit policies, the TaurusDB audit logs and their links, and
//! the slow and error log exports. What comes back is compared with the emulator's dataset and
//! configuration, every link downloads its file's exact bytes, and an input over a limit the
//! spec states is refused before anything is sent.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use chrono::{SubsecRound as _, TimeDelta, Utc};
use futures_util::future::join_all;
use futures_util::{Stream, TryStreamExt as _};
use huaweicloud_core::{Downloader, Error, ErrorKind, LogApi, LogLink, TimeWindow};
use huaweicloud_dds as dds;
use huaweicloud_emulator::{AuditPolicy, Config, Dataset, Emulator, LogFile, LogKind, Service};
use huaweicloud_rds as rds;
use huaweicloud_taurusdb as taurusdb;

// --- The emulator, and what it holds -------------------------------------------------------

/// Not whole KiB: the answers that give sizes in KB round them.
const FILE_SIZE: u64 = 3 * 1024 + 100;
/// More TaurusDB audit files per instance than one link call takes (50).
const LOGS_PER_INSTANCE: usize = 55;
/// Calls of an export answered "not ready" before it is, in the export tests.
const PENDING: u32 = 2;
/// Audit retention of the first instance of each service. The second's is off, but RDS's
/// (SQL Server), which has its own.
const KEEP_DAYS: u32 = 30;
const SQLSERVER_KEEP_DAYS: u32 = 180;
/// No filter, in the argument lists of the instance streams.
const N: Option<&str> = None;

struct Clients {
    dds: dds::Client,
    rds: rds::Client,
    taurus: taurusdb::Client,
}

/// An emulator, and a client of each service pointed at the service's own listener.
async fn emulator(export_pending_calls: u32) -> (Emulator, Clients) {
    let mut config = Config {
        logs_per_instance: LOGS_PER_INSTANCE,
        logs_per_node: 2,
        file_size: FILE_SIZE,
        export_pending_calls,
        ..Config::default()
    };
    let dataset = Dataset::generate(&config);
    let sqlserver = dataset.instances_of(Service::Rds).nth(1).unwrap();
    config.audit_policy = AuditPolicy {
        keep_days: KEEP_DAYS,
        instances: [(sqlserver.id.clone(), SQLSERVER_KEEP_DAYS)].into(),
        off_in_second_instances: true,
    };
    let emu = huaweicloud_emulator::start(config).await.unwrap();
    let (dds, rds, taurus) = (emu.client(), emu.client(), emu.client());
    let clients = Clients {
        dds: dds.unwrap(),
        rds: rds.unwrap(),
        taurus: taurus.unwrap(),
    };
    (emu, clients)
}

/// The retention `emulator()` gives the instance at `index` of `service`.
fn keep_days(service: Service, index: usize) -> u32 {
    match (service, index) {
        (_, 0) => KEEP_DAYS,
        (Service::Rds, _) => SQLSERVER_KEEP_DAYS,
        _ => 0,
    }
}

/// The instance ids of `service`, in the dataset's order.
fn ids(emu: &Emulator, service: Service) -> Vec<String> {
    let instances = emu.dataset().instances_of(service);
    instances.map(|i| i.id.clone()).collect()
}

/// An instance: id, name and node ids.
type Row = (String, String, Vec<String>);

/// The instances of `service`, sorted, with the ids of all their nodes.
fn instances(emu: &Emulator, service: Service) -> Vec<Row> {
    let rows = emu.dataset().instances_of(service).map(|i| {
        let nodes = i.topology.iter().map(|n| n.id.clone());
        (i.id.clone(), i.name.clone(), nodes.collect())
    });
    sorted(rows.collect())
}

/// The files of `kind` of `instance` (of `node`, when given), newest first.
fn files<'a>(
    emu: &'a Emulator,
    (service, kind): (Service, LogKind),
    instance: &str,
    node: Option<&str>,
) -> Vec<&'a LogFile> {
    let all = emu.dataset().files_of_kind(service, kind, instance);
    let of_node = |f: &&LogFile| node.is_none_or(|n| f.node_id.as_deref() == Some(n));
    all.into_iter().filter(of_node).collect()
}

/// Names or ids, compared as sets.
type Ids = BTreeSet<String>;

fn names<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> Ids {
    items.into_iter().map(|s| s.as_ref().to_owned()).collect()
}

fn sorted<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    items.sort();
    items
}

async fn collected<T>(stream: impl Stream<Item = Result<T, Error>>) -> Vec<T> {
    stream.try_collect().await.unwrap()
}

/// The ids of the records of a stream.
async fn ids_in<T>(stream: impl Stream<Item = Result<T, Error>>, id: fn(T) -> String) -> Ids {
    collected(stream).await.into_iter().map(id).collect()
}

/// Every record of a listing, asked `limit` a page by `page(offset, limit)` until an empty
/// page; every page gives the number of records as the total.
async fn paged<T, F: Future<Output = (Option<i32>, Vec<T>)>>(
    limit: i64,
    mut page: impl FnMut(i64, i64) -> F,
) -> Vec<T> {
    let (mut all, mut totals) = (Vec::new(), BTreeSet::new());
    loop {
        let (total, items) = page(all.len() as i64, limit).await;
        totals.insert(total);
        if items.is_empty() {
            assert_eq!(totals, [Some(all.len() as i32)].into());
            return all;
        }
        assert!(items.len() as i64 <= limit);
        all.extend(items);
    }
}

/// Longer than the 60 days the emulator's files span.
fn all_time() -> TimeWindow {
    TimeWindow::last(TimeDelta::days(61)).unwrap()
}

/// A link as the raw answers give it: a URL for a file.
fn link(id: &str, url: &str) -> LogLink {
    let (id, url) = (id.to_owned(), url.to_owned());
    LogLink {
        id,
        url,
        size_bytes: None,
        expires_at: None,
    }
}

// --- Assertions shared by the sections -------------------------------------------------------

/// Every link downloads the exact content of its file in the dataset.
async fn assert_downloads(
    emu: &Emulator,
    (service, kind): (Service, LogKind),
    instance: &str,
    links: &[LogLink],
) {
    assert!(!links.is_empty(), "{service} {kind} {instance}: no links");
    let downloader = Downloader::new().unwrap();
    for link in links {
        let dataset = emu.dataset();
        let index = dataset.file_index_of(service, kind, instance, &link.id);
        let want = dataset.read(index.expect(&link.id), 0, u64::MAX);
        let got = downloader.bytes(link).await.unwrap();
        let (id, size) = (&link.id, got.len());
        assert!(got[..] == want[..], "{id}: {size} bytes, not the file's");
    }
}

/// Through `LogApi`: the files of `kind` are the dataset's, sized within the KiB a size in KB
/// may lose, and their links, asked for all at once, come in the order asked and download them.
async fn assert_log_api(
    api: &dyn LogApi,
    emu: &Emulator,
    what: (Service, LogKind),
    instance: &str,
    node: Option<&str>,
) {
    let want = names(files(emu, what, instance, node).iter().map(|f| &f.name));
    let kind = what.1.as_str();
    let got = collected(api.log_files(kind, instance, node, all_time())).await;
    let listed = names(got.iter().map(|f| &f.name));
    assert_eq!(listed, want, "{kind} {instance}");
    for f in &got {
        let size = f.size_bytes.unwrap();
        assert!(size.abs_diff(FILE_SIZE) < 1024, "{}: {size} bytes", f.name);
    }
    let ids: Vec<String> = got.iter().map(|f| f.id.clone()).collect();
    let links = api.log_links(kind, instance, node, &ids).await.unwrap();
    assert_eq!(ids, links.iter().map(|l| l.id.clone()).collect::<Vec<_>>());
    assert_downloads(emu, what, instance, &links).await;
}

/// `call` fails as an invalid input naming `field`, and nothing reached the emulator.
async fn assert_refused<T: std::fmt::Debug>(
    emu: &Emulator,
    field: &str,
    call: impl Future<Output = Result<T, Error>>,
) {
    let before = emu.stats().total_requests;
    let err = call.await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput, "{err}");
    assert!(err.to_string().contains(field), "{field}: {err}");
    assert_eq!(emu.stats().total_requests, before, "sent: {err}");
}

// --- Instances -------------------------------------------------------------------------------

/// Every instance of each service, once, with its nodes: raw one a page (TaurusDB's nodes from
/// its instance detail), by the generated stream (a filter passed on), and by `LogApi`.
#[tokio::test]
async fn instance_listings_match_the_dataset() {
    let (emu, c) = &emulator(0).await;
    let (dds, rds, taurus) = (&c.dds, &c.rds, &c.taurus);

    let got = paged(1, |offset, limit| async move {
        let page = dds.list_instances().offset(offset).limit(limit);
        let page = page.send().await.unwrap().into_inner();
        let rows = page.instances.into_iter().map(|i| {
            let nodes = i.groups.iter().flat_map(|g| &g.nodes);
            (i.id, i.name, nodes.map(|n| n.id.clone()).collect())
        });
        (Some(page.total_count), rows.collect())
    });
    assert_eq!(sorted(got.await), instances(emu, Service::Dds));

    let got = paged(1, |offset, limit| async move {
        let page = rds.list_instances().offset(offset).limit(limit);
        let page = page.send().await.unwrap().into_inner();
        let rows = page.instances.into_iter().map(|i| {
            let nodes = i.nodes.iter().map(|n| n.id.clone());
            (i.id, i.name, nodes.collect())
        });
        (Some(page.total_count), rows.collect())
    });
    assert_eq!(sorted(got.await), instances(emu, Service::Rds));

    let got = paged(1, |offset, limit| async move {
        let list = taurus.list_gauss_my_sql_instances();
        let page = list.offset(offset).limit(limit).send().await;
        let page = page.unwrap().into_inner();
        let mut rows: Vec<Row> = Vec::new();
        for i in page.instances {
            let detail = taurus.show_gauss_my_sql_instance_info();
            let detail = detail.instance_id(i.id.as_str()).send().await;
            let detail = detail.unwrap().into_inner().instance;
            assert_eq!((&detail.id, &detail.name), (&i.id, &i.name));
            let nodes = detail.nodes.into_iter().map(|n| n.id);
            rows.push((i.id, i.name, nodes.collect()));
        }
        (page.total_count, rows)
    });
    assert_eq!(sorted(got.await), instances(emu, Service::Taurusdb));

    // The streams: every instance; a filter reaches the service.
    let (d, r, t) = (Service::Dds, Service::Rds, Service::Taurusdb);
    let every = dds.instance_records(N, N, N, N, N, N, N);
    assert_eq!(ids_in(every, |i| i.id).await, names(ids(emu, d)));
    let clusters = dds.instance_records(N, N, Some("Sharding"), N, N, N, N);
    assert_eq!(ids_in(clusters, |i| i.id).await, names(&ids(emu, d)[..1]));
    let every = rds.instance_records(N, N, N, N, N, N, N, N, N);
    assert_eq!(ids_in(every, |i| i.id).await, names(ids(emu, r)));
    let sqlserver = rds.instance_records(N, N, N, Some("SQLServer"), N, N, N, N, N);
    assert_eq!(ids_in(sqlserver, |i| i.id).await, names(&ids(emu, r)[1..]));
    let every = taurus.instance_records(N, N, N, N, N, N, N, N, N, N);
    assert_eq!(ids_in(every, |i| i.id).await, names(ids(emu, t)));
    let second = emu.dataset().instances_of(t).nth(1).unwrap();
    let named = taurus.instance_records(N, Some(&second.name), N, N, N, N, N, N, N, N);
    assert_eq!(ids_in(named, |i| i.id).await, names([&second.id]));

    assert_log_api_instances(dds, emu, Service::Dds).await;
    assert_log_api_instances(rds, emu, Service::Rds).await;
    assert_log_api_instances(taurus, emu, Service::Taurusdb).await;
}

/// `LogApi::instances`: the dataset's, with their node ids (none for RDS, which has no
/// per-node logs), from the client pointed at the service's own listener.
async fn assert_log_api_instances(api: &dyn LogApi, emu: &Emulator, service: Service) {
    assert_eq!(api.base_url(), emu.service_url(service));
    let got = collected(api.instances()).await.into_iter();
    let got = sorted(got.map(|i| (i.id, i.name, i.node_ids)).collect());
    let mut want = instances(emu, service);
    if service == Service::Rds {
        want.iter_mut().for_each(|i| i.2.clear());
    }
    assert_eq!(got, want, "{service}");
}

// --- Audit policies --------------------------------------------------------------------------

/// Each instance's policy, raw and through `LogApi`, says the retention it was configured
/// with; an instance with audit off says 0, audits nothing, and its policy is disabled.
#[tokio::test]
async fn audit_policies_report_the_configured_retention() {
    let (emu, c) = &emulator(0).await;
    let on = |actions: Option<String>| actions.is_some_and(|a| !a.is_empty());

    for (index, id) in ids(emu, Service::Dds).iter().enumerate() {
        let days = keep_days(Service::Dds, index);
        let p = c.dds.show_auditlog_policy().instance_id(id.as_str());
        let p = p.send().await.unwrap().into_inner();
        assert_eq!(p.keep_days, days as i32, "dds {id}");
        let scope = if days > 0 { "all" } else { "" };
        assert_eq!(p.audit_scope.as_deref(), Some(scope));
        assert_eq!(p.audit_types.is_empty(), days == 0);
        assert_log_api_policy(&c.dds, id, days).await;
    }
    for (index, id) in ids(emu, Service::Rds).iter().enumerate() {
        let days = keep_days(Service::Rds, index);
        let p = c.rds.show_auditlog_policy().instance_id(id.as_str());
        let p = p.send().await.unwrap().into_inner();
        assert_eq!(p.keep_days, days as i32, "rds {id}");
        assert_eq!(on(p.all_audit_log_action), days > 0);
        assert_log_api_policy(&c.rds, id, days).await;
    }
    for (index, id) in ids(emu, Service::Taurusdb).iter().enumerate() {
        let days = keep_days(Service::Taurusdb, index);
        let p = c.taurus.show_audit_log_policy().instance_id(id.as_str());
        let p = p.send().await.unwrap().into_inner();
        assert_eq!(p.keep_days, days as i32, "taurusdb {id}");
        assert_eq!(on(p.all_audit_log_action), days > 0);
        assert_log_api_policy(&c.taurus, id, days).await;
    }
}

async fn assert_log_api_policy(api: &dyn LogApi, instance: &str, days: u32) {
    let policy = api.log_policy("audit", instance).await.unwrap().unwrap();
    assert_eq!(policy.keep_days, Some(i64::from(days)), "{instance}");
    assert_eq!(policy.enabled(), days > 0, "{instance}");
    // No other kind has a policy.
    assert_eq!(api.log_policy("slow", instance).await.unwrap(), None);
}

// --- TaurusDB audit logs ---------------------------------------------------------------------

/// `list_audit_logs` raw over 30 days (the most one call covers), 10 a page: the files of that
/// window, newest first, with their times and sizes; `show_audit_log_download_link` raw for
/// 50 ids (the most one call takes); the stream over 60 days (two calls' windows) and the
/// link helper for all 55 files (two calls); `LogApi` alike. Every link downloads its file.
#[tokio::test]
async fn taurusdb_audit_logs_list_and_link_every_file() {
    let (emu, c) = &emulator(0).await;
    let taurus = &c.taurus;
    let audit = (Service::Taurusdb, LogKind::Audit);
    for id in &ids(emu, Service::Taurusdb) {
        let all = files(emu, audit, id, None);
        assert_eq!(all.len(), LOGS_PER_INSTANCE);

        let end = Utc::now().trunc_subsecs(0);
        let start = end - TimeDelta::days(30);
        let got = paged(10, |offset, limit| async move {
            let list = taurus.list_audit_logs().instance_id(id.as_str());
            let list = list.start_time(start).end_time(end);
            let page = list.offset(offset).limit(limit).send().await;
            let page = page.unwrap().into_inner();
            (page.total_count, page.files().unwrap())
        });
        let got = got.await;
        let want = all.iter().filter(|f| f.start < end && f.end > start);
        let want: Vec<_> = want.collect();
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            assert_eq!((&g.id, &g.name), (&w.id, &w.name));
            assert_eq!(g.start_time.unwrap(), w.start.trunc_subsecs(0));
            assert_eq!(g.end_time.unwrap(), w.end.trunc_subsecs(0));
            let size = g.size_bytes.unwrap();
            assert!(size.abs_diff(FILE_SIZE) < 1024, "{}: {size}", g.id);
        }

        let batch: Vec<String> = all.iter().take(50).map(|f| f.id.clone()).collect();
        let body = taurusdb::types::ShowAuditLogDownloadLinkRequest::builder();
        let call = taurus.show_audit_log_download_link();
        let call = call.instance_id(id.as_str()).body(body.ids(batch.clone()));
        let answer = call.send().await.unwrap().into_inner();
        assert_eq!(answer.links.len(), batch.len());
        let links = batch.iter().zip(&answer.links).map(|(i, u)| link(i, u));
        assert_downloads(emu, audit, id, &links.collect::<Vec<_>>()).await;

        let streamed = collected(taurus.audit_log_files(id, all_time())).await;
        let every: Vec<&str> = streamed.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(names(&every), names(all.iter().map(|f| &f.id)));
        let calls = || emu.stats().operations["taurusdb.show_audit_log_download_link"].requests;
        let before = calls();
        let links = taurus.audit_log_links(id, &every).await.unwrap();
        assert_eq!(calls() - before, 2, "55 ids are asked for 50 a call");
        let linked: Vec<&str> = links.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(linked, every);
        assert_downloads(emu, audit, id, &links).await;

        assert_log_api(taurus, emu, audit, id, None).await;
    }
}

// --- Slow and error log exports --------------------------------------------------------------

/// One raw answer of an export, as JSON: `status` (DDS and RDS), and in `list` each file's
/// `file_name`, `status` and `file_link`.
struct Answer(serde_json::Value);

impl Answer {
    fn of(answer: impl serde::Serialize) -> Self {
        Self(serde_json::to_value(answer).unwrap())
    }

    /// The export says `export` (where it says), and its files are `want`, each saying `file`:
    /// their names and links.
    fn files(&self, export: &str, want: &Ids, file: &str) -> Vec<(String, Option<String>)> {
        let status = self.0.get("status").map(|s| s.as_str().unwrap());
        assert!(status.is_none_or(|s| s == export), "{}", self.0);
        let text = |v: &serde_json::Value| v.as_str().filter(|s| !s.is_empty()).map(str::to_owned);
        let files = self.0["list"].as_array().unwrap().iter().map(|f| {
            assert_eq!(f["status"], file, "{f}");
            (text(&f["file_name"]).unwrap(), text(&f["file_link"]))
        });
        let files: Vec<_> = files.collect();
        assert_eq!(names(files.iter().map(|f| &f.0)), *want);
        files
    }

    /// Not ready: the export `CREATING`, each file `EXPORTING` and without a link.
    fn assert_pending(&self, want: &Ids) {
        for (name, link) in self.files("CREATING", want, "EXPORTING") {
            assert_eq!(link, None, "{name}");
        }
    }

    /// Ready: the export `FINISH`, each file `SUCCESS`, with its link.
    fn assert_ready(&self, want: &Ids) -> Vec<LogLink> {
        let files = self.files("FINISH", want, "SUCCESS");
        let ready = |(name, url): (String, Option<String>)| link(&name, &url.expect(&name));
        files.into_iter().map(ready).collect()
    }
}

type Exported = Result<Vec<(huaweicloud_core::LogFile, Option<LogLink>)>, Error>;

/// One export end to end: the raw call first answers not ready; the generated helper asks
/// again, pausing, until it is, and gives every file (or the one named `file`) with its link;
/// the raw call then answers ready; every link downloads its file; and `LogApi` lists and
/// links every file of the kind.
async fn check_export(
    (emu, api): (&Emulator, &dyn LogApi),
    what: (Service, LogKind),
    (instance, node, file): (&str, Option<&str>, Option<&str>),
    first: impl Future<Output = Answer>,
    helper: impl Future<Output = Exported>,
    then: impl Future<Output = Answer>,
) {
    let all = files(emu, what, instance, node);
    let asked = |name: &&String| file.is_none_or(|x| x == *name);
    let want = names(all.iter().map(|f| &f.name).filter(asked));
    assert!(!want.is_empty(), "{what:?} {instance}");
    first.await.assert_pending(&want);

    let started = Instant::now();
    let exported = helper.await.unwrap();
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_secs(1),
        "not asked again: {waited:?}"
    );
    assert_eq!(names(exported.iter().map(|(f, _)| &f.name)), want);
    let links = exported.into_iter().map(|(f, l)| l.expect(&f.name));
    let links: Vec<LogLink> = links.collect();
    assert_downloads(emu, what, instance, &links).await;

    let links = then.await.assert_ready(&want);
    assert_downloads(emu, what, instance, &links).await;
    assert_log_api(api, emu, what, instance, node).await;
}

async fn dds_raw(client: &dds::Client, id: &str, kind: LogKind, node: Option<&str>) -> Answer {
    fn nodes<T: std::str::FromStr<Err: std::fmt::Debug>>(node: Option<&str>) -> Vec<T> {
        node.iter().map(|n| n.parse().unwrap()).collect()
    }
    if kind == LogKind::Slow {
        let body = dds::types::DownloadSlowlogRequestBody::builder().node_id_list(nodes(node));
        let call = client.download_slowlog().instance_id(id).body(body);
        Answer::of(call.send().await.unwrap().into_inner())
    } else {
        let body = dds::types::DownloadErrorlogRequestBody::builder().node_id_list(nodes(node));
        let call = client.download_errorlog().instance_id(id).body(body);
        Answer::of(call.send().await.unwrap().into_inner())
    }
}

/// Every DDS instance, slow and error logs; then each node's files alone (`node_id_list`), and
/// the node each file is from.
#[tokio::test]
async fn dds_slow_and_error_logs_are_exported_then_downloaded() {
    let (emu, c) = &emulator(PENDING).await;
    let dds = &c.dds;
    let mut cases = Vec::new();
    for id in ids(emu, Service::Dds) {
        cases.extend([LogKind::Slow, LogKind::Error].map(|kind| (id.clone(), kind)));
    }
    join_all(cases.iter().map(|(id, kind)| {
        let helper = async move {
            match kind {
                LogKind::Slow => dds.slow_log_export(id).await,
                _ => dds.error_log_export(id).await,
            }
        };
        let (first, then) = (dds_raw(dds, id, *kind, None), dds_raw(dds, id, *kind, None));
        let what = (Service::Dds, *kind);
        check_export((emu, dds), what, (id, None, None), first, helper, then)
    }))
    .await;

    for (id, kind) in &cases {
        let what = (Service::Dds, *kind);
        let all = files(emu, what, id, None);
        let nodes: BTreeSet<&str> = all.iter().filter_map(|f| f.node_id.as_deref()).collect();
        for node in nodes {
            let want = names(files(emu, what, id, Some(node)).iter().map(|f| &f.name));
            let answer = dds_raw(dds, id, *kind, Some(node)).await;
            let links = answer.assert_ready(&want);
            assert_downloads(emu, what, id, &links).await;
        }
        // DDS names a file's node by the node's name only.
        let instance = emu.dataset().instance(Service::Dds, id).unwrap();
        for f in collected(dds.log_files(kind.as_str(), id, None, all_time())).await {
            let file = all.iter().find(|a| a.name == f.name).unwrap();
            let node = instance.node(file.node_id.as_deref().unwrap()).unwrap();
            assert_eq!(f.node_id.as_deref(), Some(node.name.as_str()), "{}", f.name);
        }
    }
}

async fn rds_raw(client: &rds::Client, id: &str, kind: LogKind, file: Option<&str>) -> Answer {
    if kind == LogKind::Slow {
        let name = file.map(|n| n.parse().unwrap());
        let body = rds::types::SlowlogDownloadRequest::builder().file_name(name);
        let call = client.download_slowlog().instance_id(id).body(body);
        Answer::of(call.send().await.unwrap().into_inner())
    } else {
        let call = client.download_errorlog().instance_id(id);
        Answer::of(call.send().await.unwrap().into_inner())
    }
}

/// RDS: the slow log files listed (raw one a page, and by the stream); MySQL's slow and error
/// logs and SQL Server's error logs exported whole; SQL Server's slow logs one named file at a
/// time (it refuses a whole export), `LogApi` listing and linking them all.
#[tokio::test]
async fn rds_slow_and_error_logs_are_exported_then_downloaded() {
    let (emu, c) = &emulator(PENDING).await;
    let rds = &c.rds;
    let [mysql, sqlserver]: &[String; 2] = &ids(emu, Service::Rds).try_into().unwrap();
    let slow = (Service::Rds, LogKind::Slow);

    for id in [mysql, sqlserver] {
        let want = names(files(emu, slow, id, None).iter().map(|f| &f.name));
        let got = paged(1, |offset, limit| async move {
            let list = rds.list_slow_log_file().instance_id(id.as_str());
            let page = list.offset(offset).limit(limit).send().await;
            let page = page.unwrap().into_inner();
            (Some(page.total_count), page.list)
        });
        for f in got.await {
            assert!(want.contains(&f.file_name), "{}", f.file_name);
            assert_eq!(f.file_size, FILE_SIZE.to_string(), "{}", f.file_name);
        }
        let streamed = collected(rds.slow_log_files(id)).await;
        assert_eq!(names(streamed.iter().map(|f| &f.file_name)), want);
    }

    let sqlserver_slow = files(emu, slow, sqlserver, None);
    let first_file = Some(sqlserver_slow[0].name.as_str());
    let cases = [
        (mysql, LogKind::Slow, None),
        (mysql, LogKind::Error, None),
        (sqlserver, LogKind::Error, None),
        (sqlserver, LogKind::Slow, first_file),
    ];
    join_all(cases.map(|(id, kind, file)| {
        let helper = async move {
            match kind {
                LogKind::Slow => rds.slow_log_export(id, file).await,
                _ => rds.error_log_export(id).await,
            }
        };
        let (first, then) = (rds_raw(rds, id, kind, file), rds_raw(rds, id, kind, file));
        let what = (Service::Rds, kind);
        check_export((emu, rds), what, (id, None, file), first, helper, then)
    }))
    .await;

    // Each of SQL Server's slow log files alone; all at once is refused.
    for file in &sqlserver_slow {
        let answer = rds_raw(rds, sqlserver, slow.1, Some(&file.name)).await;
        let links = answer.assert_ready(&names([&file.name]));
        assert_downloads(emu, slow, sqlserver, &links).await;
    }
    let err = rds.slow_log_export(sqlserver, None).await.unwrap_err();
    assert_eq!(err.status(), Some(400), "{err}");
    assert!(err.to_string().contains("file_name"), "{err}");
}

async fn taurus_raw(client: &taurusdb::Client, id: &str, node: &str, kind: LogKind) -> Answer {
    if kind == LogKind::Slow {
        let call = client.download_slow_log_file().instance_id(id);
        Answer::of(call.node_id(node).send().await.unwrap().into_inner())
    } else {
        let call = client.show_error_log_download_link().instance_id(id);
        Answer::of(call.node_id(node).send().await.unwrap().into_inner())
    }
}

/// TaurusDB: every node of every instance, slow and error logs, each node exported alone.
#[tokio::test]
async fn taurusdb_slow_and_error_logs_are_exported_node_by_node_then_downloaded() {
    let (emu, c) = &emulator(PENDING).await;
    let taurus = &c.taurus;
    let mut cases = Vec::new();
    for instance in emu.dataset().instances_of(Service::Taurusdb) {
        for node in &instance.topology {
            let (id, node) = (instance.id.as_str(), node.id.as_str());
            cases.extend([LogKind::Slow, LogKind::Error].map(|kind| (id, node, kind)));
        }
    }
    assert_eq!(cases.len(), 8);
    join_all(cases.into_iter().map(|(id, node, kind)| {
        let helper = async move {
            match kind {
                LogKind::Slow => taurus.slow_log_export(id, node).await,
                _ => taurus.error_log_export(id, node).await,
            }
        };
        let first = taurus_raw(taurus, id, node, kind);
        let then = taurus_raw(taurus, id, node, kind);
        let (what, file) = ((Service::Taurusdb, kind), (id, Some(node), None));
        check_export((emu, taurus), what, file, first, helper, then)
    }))
    .await;
}

// --- Limits ----------------------------------------------------------------------------------

/// Over a limit its spec states, a call is refused with an error naming the parameter, and
/// nothing is sent: pages of 100, TaurusDB audit windows of 30 days and link calls of 1 to 50
/// ids; `LogApi` refuses a node where a kind is not listed by node, and wants one where it is.
#[tokio::test]
async fn inputs_over_a_spec_limit_are_refused_before_sending() {
    let (emu, c) = &emulator(0).await;
    let (dds, rds, taurus) = (&c.dds, &c.rds, &c.taurus);
    let (dds_id, rds_id) = (&ids(emu, Service::Dds)[0], &ids(emu, Service::Rds)[1]);
    let id = &ids(emu, Service::Taurusdb)[0];

    assert_refused(emu, "limit", dds.list_instances().limit(101).send()).await;
    assert_refused(emu, "limit", rds.list_instances().limit(101).send()).await;
    let listing = taurus.list_gauss_my_sql_instances().limit(101);
    assert_refused(emu, "limit", listing.send()).await;
    let slow_files = rds.list_slow_log_file().instance_id(rds_id.as_str());
    assert_refused(emu, "limit", slow_files.limit(101).send()).await;

    let end = Utc::now();
    let audit = || {
        let list = taurus.list_audit_logs().instance_id(id.as_str());
        let list = list.offset(0).limit(100);
        list.start_time(end - TimeDelta::days(30)).end_time(end)
    };
    audit().send().await.expect("at the limits");
    assert_refused(emu, "limit", audit().limit(101).send()).await;
    let longer = end - TimeDelta::days(30) - TimeDelta::seconds(1);
    assert_refused(emu, "end_time", audit().start_time(longer).send()).await;

    for count in [51, 0] {
        let many: Vec<String> = (0..count).map(|i| format!("{i:032x}")).collect();
        let body = taurusdb::types::ShowAuditLogDownloadLinkRequest::builder().ids(many);
        let call = taurus.show_audit_log_download_link();
        let call = call.instance_id(id.as_str()).body(body);
        assert_refused(emu, "ids", call.send()).await;
    }
    // An empty id: the spec's `minLength: 1` of the items, refused before sending.
    let body = taurusdb::types::ShowAuditLogDownloadLinkRequest::builder().ids(vec!["a", ""]);
    let call = taurus.show_audit_log_download_link();
    let call = call.instance_id(id.as_str()).body(body);
    assert_refused(emu, "ids", call.send()).await;

    let files = |api: &dyn LogApi, kind: &str, id: &str, node: Option<&str>| {
        let files = api.log_files(kind, id, node, all_time());
        files.try_collect::<Vec<_>>()
    };
    assert_refused(emu, "node_id", files(dds, "slow", dds_id, Some("node"))).await;
    assert_refused(emu, "node_id", files(rds, "error", rds_id, Some("node"))).await;
    assert_refused(emu, "node_id", files(taurus, "slow", id, None)).await;
    let ids = ["a".to_owned()];
    assert_refused(emu, "node_id", taurus.log_links("error", id, None, &ids)).await;
    assert_refused(emu, "kind", files(rds, "ddl", rds_id, None)).await;
}
