//! The kinds of log (`--kind`), `--all-instances` over several services, the checks made
//! before any request (`--kind`, `--node`, `--endpoint`), the audit policy notes, and archives
//! made before kinds existed, with the `hwlogs` binary against an in-process emulator.
//!
//! `--all-instances` needs each service's own listener (`--endpoint dds=..,rds=..,taurusdb=..`):
//! the instance listings of DDS, RDS and TaurusDB share one path, which the shared endpoint
//! cannot tell apart.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../../logs/tests/common/mod.rs"]
mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{
    endpoints, hwlogs, part_files, requests, run, sha256_of, text, walk, with_emulator_creds,
};
use huaweicloud_emulator::{AuditPolicy, Config, Emulator, LogKind, Service, start};
use huaweicloud_logs::{LOCK_FILE, MANIFEST_FILE, STATE_FILE, ServiceKind};
use serde_json::Value;

/// A file of the emulator: (service, kind, instance, id).
type Key = (String, String, String, String);

/// Small files: a few per instance (and per node), a few KB each.
fn small() -> Config {
    Config {
        logs_per_instance: 3,
        logs_per_node: 2,
        file_size: 3000,
        ..Config::default()
    }
}

/// `hwlogs NAME --endpoint dds=..,rds=..,taurusdb=..` with the emulator's credentials.
fn hw(emu: &Emulator, home: &Path, name: &str) -> Command {
    let mut cmd = with_emulator_creds(hwlogs(home), emu);
    cmd.args([name, "--endpoint", &endpoints(emu)]);
    cmd
}

/// The JSON lines of stdout.
fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The `summary` lines of a `--json` run: (service, kind) → (fetched, skipped, failed), each
/// pair once.
fn summaries(out: &Output) -> BTreeMap<(String, String), (u64, u64, u64)> {
    let mut map = BTreeMap::new();
    for line in json_lines(out) {
        let Some(s) = line.get("summary") else {
            continue;
        };
        let pair = (
            s["service"].as_str().unwrap().to_owned(),
            s["kind"].as_str().unwrap().to_owned(),
        );
        let counts = (
            s["fetched"].as_u64().unwrap(),
            s["skipped"].as_u64().unwrap(),
            s["failed"].as_u64().unwrap(),
        );
        assert!(
            map.insert(pair.clone(), counts).is_none(),
            "two summaries for {pair:?}: {}",
            text(out)
        );
    }
    map
}

/// The pairs `(service, kind)` as owned strings, for comparing with [`summaries`].
fn pairs(of: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    of.iter()
        .map(|(s, k)| ((*s).to_owned(), (*k).to_owned()))
        .collect()
}

/// The files the emulator serves of the kinds `wanted` says yes to: size and SHA-256 by key.
async fn expected(
    emu: &Emulator,
    wanted: impl Fn(Service, LogKind) -> bool,
) -> BTreeMap<Key, (u64, String)> {
    emu.manifest_all(true)
        .await
        .into_iter()
        .filter(|e| wanted(e.service, e.kind))
        .map(|e| {
            (
                (
                    e.service.to_string(),
                    e.kind.to_string(),
                    e.instance_id,
                    e.id,
                ),
                (e.size, e.sha256.expect("asked for sums")),
            )
        })
        .collect()
}

/// The manifest of `dest`, line by line, as written (not through `Entry`, whose `kind`
/// defaults when a line has none).
fn raw_manifest(dest: &Path) -> Vec<Value> {
    std::fs::read_to_string(dest.join(MANIFEST_FILE))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The paths the manifest of `dest` records.
fn manifest_paths(dest: &Path) -> BTreeSet<String> {
    raw_manifest(dest)
        .iter()
        .map(|l| l["path"].as_str().unwrap().to_owned())
        .collect()
}

/// The targets the sync state of `dest` records (`dds/INSTANCE/*`, `dds:slow/INSTANCE/*`).
fn sync_targets(dest: &Path) -> BTreeSet<String> {
    let state: Value =
        serde_json::from_str(&std::fs::read_to_string(dest.join(STATE_FILE)).unwrap()).unwrap();
    state["complete_until"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

/// The default kind of a service's files, as the archive lays them out.
fn default_kind(service: &str) -> &'static str {
    service.parse::<ServiceKind>().unwrap().default_log_kind()
}

/// `dest` holds exactly the files `want`, each once, byte for byte as the emulator serves it;
/// each manifest line says its kind; a file of a service's default kind is where it always
/// was (`{service}/{instance}/...`), one of another kind under `{service}/{instance}/{kind}/`;
/// nothing else on disk but the manifest, the lock and the state. The manifest lines, by key.
fn assert_archive(dest: &Path, want: &BTreeMap<Key, (u64, String)>) -> BTreeMap<Key, Value> {
    assert_eq!(part_files(dest), Vec::<PathBuf>::new(), "temporary files");
    let mut lines: BTreeMap<Key, Value> = BTreeMap::new();
    for line in raw_manifest(dest) {
        let field = |name: &str| line[name].as_str().unwrap_or_default().to_owned();
        let kind = field("kind");
        assert!(!kind.is_empty(), "a manifest line without its kind: {line}");
        let key = (field("service"), kind, field("instance_id"), field("id"));
        assert!(
            lines.insert(key.clone(), line).is_none(),
            "{key:?} is in the manifest twice"
        );
    }
    assert_eq!(
        lines.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>(),
        "the manifest should list exactly the emulator's files"
    );
    let mut on_disk = vec![PathBuf::from(MANIFEST_FILE)];
    for own in [LOCK_FILE, STATE_FILE] {
        if dest.join(own).exists() {
            on_disk.push(PathBuf::from(own));
        }
    }
    for (key, line) in &lines {
        let (service, kind, instance, _) = key;
        let (size, sha) = &want[key];
        let path = line["path"].as_str().unwrap();
        assert_eq!(line["size"].as_u64(), Some(*size), "{key:?}: size");
        assert_eq!(line["sha256"].as_str(), Some(sha.as_str()), "{key:?}: sum");
        assert_eq!(&sha256_of(&dest.join(path)), sha, "{key:?}: content");
        let home = format!("{service}/{instance}/");
        let kind_dir = format!("{home}{kind}/");
        if kind == default_kind(service) {
            assert!(
                path.starts_with(&home) && !path.starts_with(&kind_dir),
                "{key:?}: a {kind} file belongs where it always was, not at {path}"
            );
        } else {
            assert!(
                path.starts_with(&kind_dir),
                "{key:?}: expected under {kind_dir}, at {path}"
            );
        }
        on_disk.push(PathBuf::from(path));
    }
    on_disk.sort();
    assert_eq!(walk(dest), on_disk, "files besides those of the manifest");
    lines
}

/// How many files of each (service, kind) `want` holds.
fn per_pair(want: &BTreeMap<Key, (u64, String)>) -> BTreeMap<(String, String), u64> {
    let mut n = BTreeMap::new();
    for (service, kind, _, _) in want.keys() {
        *n.entry((service.clone(), kind.clone())).or_default() += 1;
    }
    n
}

/// 1. `--kind slow,error --all-instances` on the three services at once: every slow and error
/// file of every instance (and node) lands, byte for byte, under its kind's directory, and its
/// manifest line says its kind. A second run fetches nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_and_error_logs_of_every_instance_land_under_their_kind() {
    let emu = start(small()).await.unwrap();
    let home = tempfile::tempdir().unwrap();
    let dest = home.path().join("archive");
    let want = expected(&emu, |_, k| matches!(k, LogKind::Slow | LogKind::Error)).await;
    // Every service has both kinds, so none is vacuous.
    assert_eq!(per_pair(&want).len(), 6, "{:?}", per_pair(&want));

    let sync = || {
        let mut cmd = hw(&emu, home.path(), "sync");
        cmd.args(["--service", "dds,rds,taurusdb", "--kind", "slow,error"])
            .args(["--all-instances", "--json", "--dest"])
            .arg(&dest);
        cmd
    };
    let out = run(sync()).await;
    assert!(out.status.success(), "{}", text(&out));
    let got = summaries(&out);
    let fetched: BTreeMap<_, _> = got.iter().map(|(p, c)| (p.clone(), c.0)).collect();
    assert_eq!(fetched, per_pair(&want), "{}", text(&out));
    assert!(got.values().all(|c| c.2 == 0), "{}", text(&out));
    assert_archive(&dest, &want);

    let downloads = requests(&emu, "download");
    let out = run(sync()).await;
    assert!(out.status.success(), "{}", text(&out));
    assert!(summaries(&out).values().all(|c| c.0 == 0), "{}", text(&out));
    assert_eq!(requests(&emu, "download"), downloads, "downloaded again");
    assert_archive(&dest, &want);
}

/// The slow and error log files of every DDS instance and of TaurusDB node `node`.
async fn export_files(emu: &Emulator, node: &str) -> BTreeMap<Key, (u64, String)> {
    let mut want = expected(emu, |s, k| {
        matches!(k, LogKind::Slow | LogKind::Error) && s == Service::Dds
    })
    .await;
    let mut taurusdb = expected(emu, |s, k| {
        matches!(k, LogKind::Slow | LogKind::Error) && s == Service::Taurusdb
    })
    .await;
    let files_of_node: BTreeSet<String> = emu
        .dataset()
        .all_files()
        .iter()
        .filter(|f| f.node_id.as_deref() == Some(node))
        .map(|f| f.id.clone())
        .collect();
    taurusdb.retain(|(_, _, _, id), _| files_of_node.contains(id));
    assert!(!taurusdb.is_empty());
    want.extend(taurusdb);
    want
}

/// 1 (exports being prepared). An export that answers "still being prepared" is asked again
/// until it is ready, and the run then completes as it does at once: DDS (one export per
/// instance and kind) and TaurusDB (one per node and kind). The emulator saw one more call per
/// export than an emulator whose exports are ready at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exports_still_being_prepared_are_asked_again_until_ready() {
    const PENDING: u32 = 1;
    let ready = start(small()).await.unwrap();
    let slow = start(Config {
        export_pending_calls: PENDING,
        ..small()
    })
    .await
    .unwrap();
    let taurusdb = slow.instances().taurusdb[0].clone();
    let node = taurusdb.nodes.as_ref().unwrap()[0].clone();
    assert_eq!(
        ready.instances().taurusdb[0].id,
        taurusdb.id,
        "same seed, same instances"
    );

    let home = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    for emu in [&ready, &slow] {
        let dest = home.path().join(format!("archive-{}", emu.addr().port()));
        let mut cmd = hw(emu, home.path(), "sync");
        cmd.args([
            "--service",
            "dds",
            "--kind",
            "slow,error",
            "--all-instances",
        ])
        .arg("--dest")
        .arg(&dest);
        let out = run(cmd).await;
        assert!(out.status.success(), "{}", text(&out));
        let mut cmd = hw(emu, home.path(), "sync");
        cmd.args(["--service", "taurusdb", "--kind", "slow,error"])
            .args(["--instance", &taurusdb.id, "--node", &node])
            .arg("--dest")
            .arg(&dest);
        let out = run(cmd).await;
        assert!(out.status.success(), "{}", text(&out));
        assert!(
            !text(&out).contains("still being prepared"),
            "{}",
            text(&out)
        );
        // Each emulator's own files: their times (and so some ids) follow its start.
        assert_archive(&dest, &export_files(emu, &node).await);
    }
    // One pause of a second per export at least: the exports were waited for.
    assert!(started.elapsed().as_secs() >= 4, "{:?}", started.elapsed());
    let dds_instances = slow.instances().dds.len() as u64;
    for (op, exports) in [
        ("dds.download_slowlog", dds_instances),
        ("dds.download_errorlog", dds_instances),
        ("taurusdb.download_slow_log_file", 1),
        ("taurusdb.show_error_log_download_link", 1),
    ] {
        assert_eq!(
            requests(&slow, op),
            requests(&ready, op) + u64::from(PENDING) * exports,
            "{op}: one more call per export ({} when ready at once)",
            requests(&ready, op)
        );
    }
}

/// 2. `--all-instances` over several services in one run, default kinds: every instance of
/// each service is archived, and every node of those listed node by node (TaurusDB's DDL logs,
/// DDS's audit logs carry theirs); one JSON summary per (service, kind). `--service` repeated
/// (and a service given twice) is the same run.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_instances_of_several_services_in_one_run() {
    let emu = start(small()).await.unwrap();
    let home = tempfile::tempdir().unwrap();
    let want = expected(&emu, |s, k| k == LogKind::primary(s)).await;
    let counts = per_pair(&want);
    assert_eq!(
        counts.keys().cloned().collect::<BTreeSet<_>>(),
        pairs(&[("dds", "audit"), ("rds", "audit"), ("taurusdb", "ddl")])
    );
    let every = emu.instances();
    let runs = [
        "--service dds,rds,taurusdb",
        "--service taurusdb --service dds --service rds,dds",
    ];
    for (i, services) in runs.iter().enumerate() {
        let dest = home.path().join(format!("archive-{i}"));
        let mut cmd = hw(&emu, home.path(), "sync");
        cmd.args(services.split_whitespace())
            .args(["--all-instances", "--first", "61d", "--json", "--dest"])
            .arg(&dest);
        let out = run(cmd).await;
        assert!(out.status.success(), "{services:?}: {}", text(&out));
        let got = summaries(&out);
        let fetched: BTreeMap<_, _> = got.iter().map(|(p, c)| (p.clone(), c.0)).collect();
        assert_eq!(fetched, counts, "{services:?}: {}", text(&out));
        let lines = assert_archive(&dest, &want);

        // Every instance, and every node of the instances whose files name one.
        for (service, instances) in [
            ("dds", &every.dds),
            ("rds", &every.rds),
            ("taurusdb", &every.taurusdb),
        ] {
            for instance in instances {
                let nodes: BTreeSet<&str> = lines
                    .iter()
                    .filter(|((s, _, i, _), _)| s == service && *i == instance.id)
                    .filter_map(|(_, l)| l["node_id"].as_str())
                    .collect();
                let all: BTreeSet<&str> = instance
                    .nodes
                    .iter()
                    .flatten()
                    .map(String::as_str)
                    .collect();
                assert_eq!(nodes, all, "{service} {}: nodes archived", instance.id);
                assert!(
                    lines
                        .keys()
                        .any(|(s, _, i, _)| s == service && *i == instance.id),
                    "{service} {}: nothing archived",
                    instance.id
                );
            }
        }
    }
}

/// 3. A kind no chosen service has is refused (exit 2) before any request, naming the kind and
/// the kinds each chosen service has.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_kind_is_refused_before_any_request() {
    let emu = start(small()).await.unwrap();
    let home = tempfile::tempdir().unwrap();
    let has = |s: ServiceKind| format!("{s}: {}", s.log_kinds().join(", "));
    for (services, kinds, named) in [
        ("dds,rds,taurusdb", "bogus", "bogus"),
        ("dds,rds,taurusdb", "slow,bogus", "bogus"),
        ("dds", "ddl", "ddl"),
        ("dds,rds", "ddl", "ddl"),
    ] {
        let mut cmd = hw(&emu, home.path(), "sync");
        cmd.args(["--service", services, "--kind", kinds, "--all-instances"])
            .arg("--dest")
            .arg(home.path().join("archive"));
        let out = run(cmd).await;
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "--kind {kinds}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        assert!(err.contains(&format!("--kind {named}")), "{err}");
        for service in services.split(',') {
            let kinds_of = has(service.parse().unwrap());
            assert!(err.contains(&kinds_of), "{err} should say {kinds_of:?}");
        }
        assert_eq!(emu.stats().total_requests, 0, "--kind {kinds}: a request");
    }
    assert!(!home.path().join("archive").exists());
}

/// 4. `--node` where a service lists a kind by instance only is refused, and so is a kind
/// listed node by node without `--node` (and without `--all-instances`): exit 2 naming
/// `--node`, before any request. Where it is a filter (DDS audit logs), it filters.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn node_is_refused_where_a_kind_is_not_listed_by_node_and_required_where_it_is() {
    let emu = start(small()).await.unwrap();
    let home = tempfile::tempdir().unwrap();
    let rds = emu.instances().rds[0].id.clone();
    let taurusdb = emu.instances().taurusdb[0].id.clone();
    let dds = emu.instances().dds[1].clone();
    let by_instance = "by instance, not by node";
    let by_node = "one node at a time";
    let cases = [
        (
            format!("--service rds --instance {rds} --node n1"),
            by_instance,
        ),
        (
            format!("--service rds --kind slow --instance {rds} --node n1"),
            by_instance,
        ),
        (
            format!("--service dds --kind error --instance {} --node n1", dds.id),
            by_instance,
        ),
        (
            format!("--service taurusdb --kind audit --instance {taurusdb} --node n1"),
            by_instance,
        ),
        (
            format!("--service taurusdb --kind slow --instance {taurusdb}"),
            by_node,
        ),
        (
            format!("--service taurusdb --kind error --instance {taurusdb}"),
            by_node,
        ),
        // Found before any request, whatever the order of the services.
        (format!("--service rds,taurusdb --instance {rds}"), by_node),
        (
            format!("--service dds,rds --instance {rds} --node n1"),
            by_instance,
        ),
    ];
    for (args, why) in &cases {
        let mut cmd = hw(&emu, home.path(), "list");
        cmd.args(args.split_whitespace());
        let out = run(cmd).await;
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("--node") && err.contains(why),
            "{args:?}: {err}"
        );
        assert_eq!(emu.stats().total_requests, 0, "{args:?}: a request");
    }

    // DDS audit logs: --node narrows the listing to that node's files.
    let node = dds.nodes.as_ref().unwrap()[0].clone();
    let mut cmd = hw(&emu, home.path(), "list");
    cmd.args(["--service", "dds", "--instance", &dds.id, "--node", &node])
        .args(["--since", "61d", "--json"]);
    let out = run(cmd).await;
    assert!(out.status.success(), "{}", text(&out));
    let listed: BTreeSet<String> = json_lines(&out)
        .iter()
        .filter(|l| l.get("policy").is_none())
        .map(|l| l["id"].as_str().unwrap().to_owned())
        .collect();
    let of_node: BTreeSet<String> = emu
        .dataset()
        .files_of(Service::Dds, &dds.id)
        .iter()
        .filter(|f| f.node_id.as_deref() == Some(node.as_str()))
        .map(|f| f.id.clone())
        .collect();
    assert!(!of_node.is_empty());
    assert_eq!(listed, of_node);
}

/// Answers every HTTP request with `{"instances": [], "total_count": 0}`: a service with no
/// instance in the project. (The emulator always has two of each service: its `Config` cannot
/// say none.) Counts the requests.
async fn no_instances_endpoint() -> (String, Arc<AtomicUsize>) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let asked = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&asked);
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let counter = Arc::clone(&counter);
            tokio::spawn(async move {
                let mut request = Vec::new();
                let mut buf = [0u8; 4096];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                counter.fetch_add(1, Ordering::SeqCst);
                let body = r#"{"instances":[],"total_count":0}"#;
                let answer = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
                     Connection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(answer.as_bytes()).await;
                let _ = stream.shutdown().await;
            });
        }
    });
    (url, asked)
}

/// 5. `--all-instances` where a service has no instance: a warning naming it, exit 0, nothing
/// archived of it, and the other services archived as usual.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_service_without_instances_is_a_warning() {
    let emu = start(small()).await.unwrap();
    let (empty, asked) = no_instances_endpoint().await;
    let home = tempfile::tempdir().unwrap();
    let dest = home.path().join("archive");
    let mut cmd = with_emulator_creds(hwlogs(home.path()), &emu);
    cmd.args(["sync", "--endpoint"])
        .arg(format!("dds={empty},rds={}", emu.service_url(Service::Rds)))
        .args(["--service", "dds,rds", "--all-instances", "--first", "61d"])
        .args(["--json", "--dest"])
        .arg(&dest);
    let out = run(cmd).await;
    assert!(out.status.success(), "{}", text(&out));
    assert!(asked.load(Ordering::SeqCst) >= 1, "DDS was not asked");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let warnings: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("no dds instances"))
        .collect();
    assert_eq!(warnings.len(), 1, "{err}");
    assert!(!err.contains("no rds instances"), "{err}");

    let want = expected(&emu, |s, k| s == Service::Rds && k == LogKind::Audit).await;
    let got = summaries(&out);
    assert_eq!(got.get(&("dds".into(), "audit".into())), Some(&(0, 0, 0)));
    assert_eq!(
        got.get(&("rds".into(), "audit".into())).map(|c| c.0),
        Some(want.len() as u64)
    );
    assert_archive(&dest, &want);
    assert!(!dest.join("dds").exists());
    let state = sync_targets(&dest);
    assert!(state.iter().all(|t| t.starts_with("rds/")), "{state:?}");
    // Not one request of DDS reached the emulator.
    assert!(
        emu.stats()
            .operations
            .keys()
            .all(|op| !op.starts_with("dds.")),
        "{:?}",
        emu.stats().operations
    );
}

/// 6. Audit logging off on some instances: `list` shows each instance's policy (JSON
/// `policy` lines; in text, a line saying OFF), and `sync` warns once per such instance (not
/// for a kind without a policy), archives what is listed anyway, and exits 0.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_logging_off_is_shown_by_list_and_warned_once_by_sync() {
    let emu = start(Config {
        audit_policy: AuditPolicy {
            off_in_second_instances: true,
            ..AuditPolicy::default()
        },
        ..small()
    })
    .await
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let every = emu.instances();
    // (service, instance, off): the second instance of each service is off.
    let mut instances = Vec::new();
    for (service, list) in [
        ("dds", &every.dds),
        ("rds", &every.rds),
        ("taurusdb", &every.taurusdb),
    ] {
        for (i, instance) in list.iter().enumerate() {
            instances.push((service, instance.id.clone(), i == 1));
        }
    }
    let all = [
        "--service",
        "dds,rds,taurusdb",
        "--kind",
        "audit",
        "--all-instances",
    ];

    let mut cmd = hw(&emu, home.path(), "list");
    cmd.args(all).arg("--json");
    let out = run(cmd).await;
    assert!(out.status.success(), "{}", text(&out));
    let policies: Vec<Value> = json_lines(&out)
        .into_iter()
        .filter_map(|l| l.get("policy").cloned())
        .collect();
    assert_eq!(policies.len(), instances.len(), "{policies:?}");
    for (service, id, off) in &instances {
        let p = policies
            .iter()
            .find(|p| p["instance_id"] == id.as_str())
            .unwrap_or_else(|| panic!("no policy line for {service} {id}: {policies:?}"));
        assert_eq!(p["service"], *service);
        assert_eq!(p["kind"], "audit");
        assert_eq!(p["enabled"], !off, "{p}");
        assert_eq!(p["keep_days"], if *off { 0 } else { 7 }, "{p}");
        assert!(p["error"].is_null(), "{p}");
    }

    let mut cmd = hw(&emu, home.path(), "list");
    cmd.args(all);
    let out = run(cmd).await;
    assert!(out.status.success(), "{}", text(&out));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    for (service, id, off) in &instances {
        let line = err
            .lines()
            .find(|l| l.starts_with(&format!("{service} {id}:")))
            .unwrap_or_else(|| panic!("no policy line for {service} {id}: {err}"));
        assert_eq!(line.contains("OFF"), *off, "{line}");
    }

    let dest = home.path().join("archive");
    let sync = |args: &[&str], dest: &Path| {
        let mut cmd = hw(&emu, home.path(), "sync");
        cmd.args(args)
            .args(["--first", "61d", "--json", "--dest"])
            .arg(dest);
        cmd
    };
    let warned = |out: &Output, id: &str| {
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .filter(|l| l.contains("audit logging is off") && l.contains(id))
            .count()
    };
    let out = run(sync(&all, &dest)).await;
    assert!(out.status.success(), "{}", text(&out));
    for (service, id, off) in &instances {
        assert_eq!(
            warned(&out, id),
            usize::from(*off),
            "{service} {id}: {}",
            text(&out)
        );
    }
    // Their files are listed all the same, and archived.
    let want = expected(&emu, |_, k| k == LogKind::Audit).await;
    assert_archive(&dest, &want);

    // Default kinds: TaurusDB's DDL logs have no policy, so no TaurusDB warning.
    let out = run(sync(
        &["--service", "dds,rds,taurusdb", "--all-instances"],
        &home.path().join("defaults"),
    ))
    .await;
    assert!(out.status.success(), "{}", text(&out));
    for (service, id, off) in &instances {
        let expected = usize::from(*off && *service != "taurusdb");
        assert_eq!(warned(&out, id), expected, "{service} {id}: {}", text(&out));
    }

    // Two targets of one instance (two nodes): its policy asked once, one warning.
    let dds = &every.dds[1];
    let nodes = dds.nodes.as_ref().unwrap();
    let asked = requests(&emu, "dds.show_auditlog_policy");
    let one = ["--service", "dds", "--instance", &dds.id];
    let mut args = one.to_vec();
    args.extend(["--node", &nodes[0], "--node", &nodes[1]]);
    let out = run(sync(&args, &home.path().join("nodes"))).await;
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(warned(&out, &dds.id), 1, "{}", text(&out));
    assert_eq!(requests(&emu, "dds.show_auditlog_policy"), asked + 1);

    // -q: no warning.
    let mut args = one.to_vec();
    args.push("-q");
    let out = run(sync(&args, &home.path().join("quiet"))).await;
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(warned(&out, &dds.id), 0, "{}", text(&out));
}

/// 7. Archives made before kinds existed stay valid: with `kind` taken out of every manifest
/// line, a sync that lists every file again fetches none. `--kind audit` on DDS is the same
/// files, at the same paths, and the same sync targets, as DDS's default.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn archives_made_before_kinds_existed_stay_valid() {
    let emu = start(small()).await.unwrap();
    let home = tempfile::tempdir().unwrap();
    let dest = home.path().join("archive");
    let want = expected(&emu, |s, k| k == LogKind::primary(s)).await;
    let counts = per_pair(&want);
    let sync = |args: &[&str], dest: &Path| {
        let mut cmd = hw(&emu, home.path(), "sync");
        cmd.args(args)
            .args(["--all-instances", "--first", "61d", "--json", "--dest"])
            .arg(dest);
        cmd
    };
    let out = run(sync(&["--service", "dds,rds,taurusdb"], &dest)).await;
    assert!(out.status.success(), "{}", text(&out));
    assert_archive(&dest, &want);
    let paths = manifest_paths(&dest);
    let targets = sync_targets(&dest);

    // As an older version wrote it: no `kind`.
    let mut old = String::new();
    for mut line in raw_manifest(&dest) {
        assert!(line.as_object_mut().unwrap().remove("kind").is_some());
        old.push_str(&line.to_string());
        old.push('\n');
    }
    std::fs::write(dest.join(MANIFEST_FILE), &old).unwrap();

    // `--lookback 61d`: every file is listed again, and found complete.
    let downloads = requests(&emu, "download");
    let out = run(sync(
        &["--service", "dds,rds,taurusdb", "--lookback", "61d"],
        &dest,
    ))
    .await;
    assert!(out.status.success(), "{}", text(&out));
    let skipped_all: BTreeMap<_, _> = counts
        .iter()
        .map(|(p, n)| (p.clone(), (0, *n, 0)))
        .collect();
    assert_eq!(
        summaries(&out),
        skipped_all,
        "(fetched, skipped, failed): {}",
        text(&out)
    );
    assert_eq!(requests(&emu, "download"), downloads, "downloaded again");
    assert_eq!(manifest_paths(&dest), paths);
    // Read as the library reads it, a line without kind is of its service's default kind.
    let (entries, bad) = common::manifest_lines(&dest);
    assert_eq!((entries.len(), bad), (want.len(), 0));
    assert!(
        entries
            .iter()
            .all(|e| e.kind() == e.service.default_log_kind())
    );

    // `--kind audit` on DDS: the same files and targets as DDS's default.
    let dds_audit = ("dds".to_owned(), "audit".to_owned());
    let out = run(sync(
        &["--service", "dds", "--kind", "audit", "--lookback", "61d"],
        &dest,
    ))
    .await;
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        summaries(&out),
        BTreeMap::from([(dds_audit.clone(), (0, counts[&dds_audit], 0))]),
        "{}",
        text(&out)
    );
    assert_eq!(requests(&emu, "download"), downloads, "downloaded again");
    assert_eq!(manifest_paths(&dest), paths);
    assert_eq!(sync_targets(&dest), targets, "other sync targets");
    // And into a new archive, at the paths of the default.
    let fresh = home.path().join("fresh");
    let out = run(sync(&["--service", "dds", "--kind", "audit"], &fresh)).await;
    assert!(out.status.success(), "{}", text(&out));
    let dds_paths: BTreeSet<String> = paths
        .into_iter()
        .filter(|p| p.starts_with("dds/"))
        .collect();
    assert_eq!(dds_paths.len() as u64, counts[&dds_audit]);
    assert_eq!(manifest_paths(&fresh), dds_paths);
}

/// 8. `--endpoint` mistakes are refused (exit 2) before any request: two URLs for every
/// service, two for one service, an unknown service, an empty URL. A URL for one service and
/// one for the others is fine, the service's own first.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endpoint_mistakes_are_refused_before_any_request() {
    let emu = start(small()).await.unwrap();
    let home = tempfile::tempdir().unwrap();
    let (dds, rds) = (emu.service_url(Service::Dds), emu.service_url(Service::Rds));
    let instance = emu.instances().dds[0].id.clone();
    let two = format!("{dds},{rds}");
    let twice_dds = format!("dds={dds},dds={rds}");
    let bogus = format!("bogus={dds}");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["--endpoint", &two],
            "2 endpoints given for every service",
        ),
        (
            vec!["--endpoint", dds, "--endpoint", rds],
            "2 endpoints given for every service",
        ),
        (vec!["--endpoint", &twice_dds], "2 endpoints given for dds"),
        (vec!["--endpoint", &bogus], "bogus"),
        (vec!["--endpoint", "dds="], "empty"),
    ];
    for (args, why) in cases {
        let mut cmd = with_emulator_creds(hwlogs(home.path()), &emu);
        cmd.arg("list")
            .args(&args)
            .args(["--service", "dds", "--instance", &instance]);
        let out = run(cmd).await;
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("--endpoint") && err.contains(why),
            "{args:?}: {err}"
        );
        assert_eq!(emu.stats().total_requests, 0, "{args:?}: a request");
    }

    // dds=its own listener, and a URL for the others (the RDS one, where DDS answers
    // nothing): DDS's own is used.
    let mut cmd = with_emulator_creds(hwlogs(home.path()), &emu);
    cmd.args(["list", "--endpoint"])
        .arg(format!("{rds},dds={dds}"))
        .args([
            "--service",
            "dds",
            "--instance",
            &instance,
            "--since",
            "61d",
        ]);
    let out = run(cmd).await;
    assert!(out.status.success(), "{}", text(&out));
    assert!(requests(&emu, "dds.list_auditlogs") >= 1);
}
