//! The sixteen operations after the first six: the instance listings (and which service answers
//! the path DDS, RDS and TaurusDB share), the audit policies, the TaurusDB audit files, the slow
//! and error log exports; their limits, their states, and their files downloaded byte for byte.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use common::{Resp, q_time, send_raw};
use huaweicloud_emulator::{
    AuditPolicy, Clock, Config, Emulator, Faults, LogKind, ManifestEntry, Service, start,
};
use serde_json::{Value, json};
use sha2::Digest as _;

fn fixed_now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-26T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// 12 files per instance, 2 per node, of 70 000 bytes (not a whole number of KB), the clock
/// stopped.
fn base() -> Config {
    Config {
        clock: Clock::fixed(fixed_now()),
        logs_per_instance: 12,
        file_size: 70_000,
        ..Config::default()
    }
}

async fn emulator(config: Config) -> Emulator {
    start(config).await.unwrap()
}

/// A request with the emulator's token to `addr` (the shared listener or a service's own),
/// with extra headers; `Host` is the address unless given.
async fn call_at(
    emu: &Emulator,
    addr: SocketAddr,
    method: &str,
    pq: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Resp {
    let mut head = format!("{method} {pq} HTTP/1.1\r\n");
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        head.push_str(&format!("Host: {addr}\r\n"));
    }
    head.push_str("Content-Type: application/json\r\n");
    head.push_str(&format!("X-Auth-Token: {}\r\n", emu.credentials().token));
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() || method == "POST" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    send_raw(addr, &head, body, method == "HEAD").await
}

/// To `service`'s own listener.
async fn to(emu: &Emulator, service: Service, method: &str, pq: &str, body: &[u8]) -> Resp {
    call_at(emu, emu.service_addr(service), method, pq, &[], body).await
}

/// To the shared listener.
async fn shared(emu: &Emulator, method: &str, pq: &str, body: &[u8]) -> Resp {
    call_at(emu, emu.addr(), method, pq, &[], body).await
}

/// GET (or HEAD) of a full URL on any of the emulator's listeners.
async fn get_url(emu: &Emulator, method: &str, url: &str, headers: &[(&str, &str)]) -> Resp {
    let rest = url.strip_prefix("http://").unwrap();
    let (authority, path) = rest.split_at(rest.find('/').unwrap());
    let addr: SocketAddr = authority.parse().unwrap();
    assert!(
        addr == emu.addr() || Service::ALL.iter().any(|s| emu.service_addr(*s) == addr),
        "{url} is not on the emulator"
    );
    call_at(emu, addr, method, path, headers, b"").await
}

fn instances_path(emu: &Emulator) -> String {
    format!("/v3/{}/instances", emu.credentials().project_id)
}

fn on(emu: &Emulator, instance: &str, rest: &str) -> String {
    format!("{}/{instance}/{rest}", instances_path(emu))
}

fn sha(body: &[u8]) -> String {
    hex::encode(sha2::Sha256::digest(body))
}

/// Every file's manifest entry, by (service, kind, instance, name).
async fn manifest_by_name(
    emu: &Emulator,
) -> BTreeMap<(Service, LogKind, String, String), ManifestEntry> {
    emu.manifest_all(true)
        .await
        .into_iter()
        .map(|e| {
            (
                (e.service, e.kind, e.instance_id.clone(), e.name.clone()),
                e,
            )
        })
        .collect()
}

/// Downloads `url` and checks it against the manifest entry of the file, whole and by range.
async fn download_matches(emu: &Emulator, url: &str, entry: &ManifestEntry) {
    assert!(
        url.contains(&entry.download_path),
        "{url} vs {}",
        entry.download_path
    );
    let r = get_url(emu, "GET", url, &[]).await;
    r.expect(200);
    assert_eq!(r.content_length(), Some(entry.size as usize));
    assert_eq!(Some(sha(&r.body)), entry.sha256, "{url}");
    let part = get_url(emu, "GET", url, &[("Range", "bytes=100-199")]).await;
    part.expect(206);
    assert_eq!(part.body, r.body[100..200]);
}

fn ids(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn each_service_lists_its_instances_with_the_dataset_node_ids() {
    let emu = emulator(base()).await;
    let path = instances_path(&emu);
    let announced = emu.instances();

    // DDS: every group's nodes; the dataset's nodes among them (a cluster's mongos, all of a
    // replica set's), and the topology's.
    let v = to(&emu, Service::Dds, "GET", &path, b"")
        .await
        .expect(200)
        .json();
    assert_eq!(v["total_count"], 2);
    let mut listed: BTreeSet<String> = ids(&v, "instances").into_iter().collect();
    let expected: BTreeSet<String> = announced.dds.iter().map(|i| i.id.clone()).collect();
    assert_eq!(listed, expected);
    for inst in v["instances"].as_array().unwrap() {
        let id = inst["id"].as_str().unwrap();
        let dataset = emu.dataset().instance(Service::Dds, id).unwrap();
        let nodes: Vec<String> = inst["groups"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["nodes"].as_array().unwrap().iter())
            .map(|n| n["id"].as_str().unwrap().to_owned())
            .collect();
        let topology: Vec<String> = dataset.topology.iter().map(|n| n.id.clone()).collect();
        assert_eq!(nodes, topology);
        assert_eq!(nodes[..dataset.nodes.len()], dataset.nodes[..]);
        let types: BTreeSet<&str> = inst["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["type"].as_str().unwrap())
            .collect();
        match inst["mode"].as_str().unwrap() {
            "Sharding" => assert_eq!(types, BTreeSet::from(["mongos", "shard", "config"])),
            "ReplicaSet" => assert_eq!(types, BTreeSet::from(["replica"])),
            other => panic!("mode {other}"),
        }
        // The SDK's types: `port` a string, `ssl` an integer.
        assert!(inst["port"].is_string() && inst["ssl"].is_i64(), "{inst}");
        assert_eq!(inst["datastore"]["type"], "DDS-Community");
    }

    // RDS: its two instances; nodes in the listing too.
    let v = to(&emu, Service::Rds, "GET", &path, b"")
        .await
        .expect(200)
        .json();
    listed = ids(&v, "instances").into_iter().collect();
    let expected: BTreeSet<String> = announced.rds.iter().map(|i| i.id.clone()).collect();
    assert_eq!(listed, expected);
    for inst in v["instances"].as_array().unwrap() {
        let dataset = emu
            .dataset()
            .instance(Service::Rds, inst["id"].as_str().unwrap())
            .unwrap();
        assert_eq!(
            ids(inst, "nodes"),
            dataset
                .topology
                .iter()
                .map(|n| n.id.clone())
                .collect::<Vec<_>>()
        );
        assert!(inst["port"].is_i64());
    }
    let engines: BTreeSet<&str> = v["instances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["datastore"]["type"].as_str().unwrap())
        .collect();
    assert_eq!(engines, BTreeSet::from(["MySQL", "SQLServer"]));

    // TaurusDB: the listing has no nodes, the instance's details have the dataset's.
    let v = to(&emu, Service::Taurusdb, "GET", &path, b"")
        .await
        .expect(200)
        .json();
    listed = ids(&v, "instances").into_iter().collect();
    let expected: BTreeSet<String> = announced.taurusdb.iter().map(|i| i.id.clone()).collect();
    assert_eq!(listed, expected);
    for t in &announced.taurusdb {
        let show = format!("{path}/{}", t.id);
        let v = to(&emu, Service::Taurusdb, "GET", &show, b"")
            .await
            .expect(200)
            .json();
        assert_eq!(v["instance"]["id"], t.id.as_str());
        assert_eq!(&ids(&v["instance"], "nodes"), t.nodes.as_ref().unwrap());
        assert_eq!(v["instance"]["node_count"], 2);
        assert_eq!(
            v["instance"]["project_id"],
            emu.credentials().project_id.as_str()
        );
        // The shared listener answers it too, for TaurusDB's instances.
        let v = shared(&emu, "GET", &format!("{path}/{}", t.id), b"")
            .await
            .expect(200)
            .json();
        assert_eq!(&ids(&v["instance"], "nodes"), t.nodes.as_ref().unwrap());
    }
    to(
        &emu,
        Service::Taurusdb,
        "GET",
        &format!("{path}/nosuchinstance"),
        b"",
    )
    .await
    .expect_error(404, "DBS.200007");
    // DDS and RDS have no such path: on their listeners, the gateway's 404.
    let dds = &announced.dds[0].id;
    to(&emu, Service::Dds, "GET", &format!("{path}/{dds}"), b"")
        .await
        .expect_error(404, "APIGW.0101");

    let stats = emu.stats();
    assert_eq!(stats.operations["dds.list_instances"].statuses[&200], 1);
    assert_eq!(stats.operations["rds.list_instances"].statuses[&200], 1);
    assert_eq!(
        stats.operations["taurusdb.list_gauss_my_sql_instances"].requests,
        1
    );
    assert_eq!(
        stats.operations["taurusdb.show_gauss_my_sql_instance_info"].statuses[&200],
        4
    );
}

#[tokio::test]
async fn instance_listings_page_filter_and_refuse_out_of_range_values() {
    let emu = emulator(base()).await;
    let path = instances_path(&emu);
    let emu = &emu;
    let list = |svc, q: &str| {
        let pq = format!("{path}?{q}");
        async move { to(emu, svc, "GET", &pq, b"").await }
    };
    for svc in Service::ALL {
        // Pages.
        let all = ids(&list(svc, "").await.expect(200).json(), "instances");
        let first = list(svc, "offset=0&limit=1").await.expect(200).json();
        assert_eq!(first["total_count"], 2);
        assert_eq!(ids(&first, "instances"), all[..1]);
        let second = list(svc, "offset=1&limit=1").await.expect(200).json();
        assert_eq!(ids(&second, "instances"), all[1..]);
        assert_eq!(
            ids(&list(svc, "offset=5").await.expect(200).json(), "instances").len(),
            0
        );
        // Limits: 1 to 100, offset from 0.
        list(svc, "limit=100").await.expect(200);
        for bad in ["limit=0", "limit=101", "offset=-1", "limit=x"] {
            let msg = list(svc, bad).await.expect_error(400, "DBS.200001");
            assert!(msg.contains(bad.split('=').next().unwrap()), "{msg}");
        }
        // Exact and fuzzy names; tags.
        let inst = emu.dataset().instances_of(svc).next().unwrap().clone();
        let v = list(svc, &format!("name={}", inst.name))
            .await
            .expect(200)
            .json();
        assert_eq!(ids(&v, "instances"), std::slice::from_ref(&inst.id));
        let v = list(svc, "name=*-").await.expect(200).json();
        assert_eq!(v["total_count"], 2);
        list(svc, "name=*").await.expect_error(400, "DBS.200001");
        let v = list(svc, &format!("id={}", inst.id))
            .await
            .expect(200)
            .json();
        assert_eq!(ids(&v, "instances"), std::slice::from_ref(&inst.id));
        let v = list(svc, &format!("tags=service%3D{svc},env%3D"))
            .await
            .expect(200)
            .json();
        assert_eq!(v["total_count"], 2);
        let v = list(svc, "tags=env%3Dprod").await.expect(200).json();
        assert_eq!(v["total_count"], 0);
    }
    // Each service's own filters.
    let v = list(Service::Dds, "mode=Sharding").await.expect(200).json();
    assert_eq!(ids(&v, "instances"), [emu.instances().dds[0].id.clone()]);
    list(Service::Dds, "mode=Cluster")
        .await
        .expect_error(400, "DBS.200001");
    let v = list(Service::Rds, "type=Single").await.expect(200).json();
    assert_eq!(ids(&v, "instances"), [emu.instances().rds[1].id.clone()]);
    let v = list(Service::Rds, "datastore_type=MySQL")
        .await
        .expect(200)
        .json();
    assert_eq!(ids(&v, "instances"), [emu.instances().rds[0].id.clone()]);
    list(Service::Rds, "type=Cluster")
        .await
        .expect_error(400, "DBS.200001");
    let v = list(Service::Rds, "group_type=flexus")
        .await
        .expect(200)
        .json();
    assert_eq!(v["total_count"], 0);
    let v = list(
        Service::Taurusdb,
        "type=Cluster&datastore_type=gaussdb-mysql",
    )
    .await
    .expect(200)
    .json();
    assert_eq!(v["total_count"], 2);
    list(Service::Taurusdb, "type=Ha")
        .await
        .expect_error(400, "DBS.200001");
}

/// The listing's path is one for the three services. Each has its own listener; on the shared
/// one, the query (or the host) has to name the service.
#[tokio::test]
async fn the_shared_listing_path_is_answered_by_the_service_it_names() {
    let emu = emulator(base()).await;
    let path = instances_path(&emu);
    let announced = emu.instances();
    let dds: Vec<String> = announced.dds.iter().map(|i| i.id.clone()).collect();
    let rds: Vec<String> = announced.rds.iter().map(|i| i.id.clone()).collect();
    let taurusdb: Vec<String> = announced.taurusdb.iter().map(|i| i.id.clone()).collect();
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };

    // Nothing names a service: refused, and said why.
    let r = shared(&emu, "GET", &path, b"").await;
    let msg = r.expect_error(400, "EMULATOR.0001");
    assert!(msg.contains("service_url") && msg.contains("mode"), "{msg}");
    shared(&emu, "GET", &format!("{path}?offset=0&limit=10"), b"")
        .await
        .expect_error(400, "EMULATOR.0001");
    // Names that disagree.
    shared(
        &emu,
        "GET",
        &format!("{path}?mode=Sharding&type=Cluster"),
        b"",
    )
    .await
    .expect_error(400, "EMULATOR.0001");
    // Parameters and values only one service takes.
    for (q, want) in [
        ("mode=ReplicaSet", vec![dds[1].clone()]),
        ("datastore_type=DDS-Community", dds.clone()),
        ("type=Ha", vec![rds[0].clone()]),
        ("datastore_type=SQLServer", vec![rds[1].clone()]),
        ("eps_id=0", rds.clone()),
        ("type=Cluster", taurusdb.clone()),
        ("datastore_type=gaussdb-mysql&limit=100", taurusdb.clone()),
    ] {
        let v = shared(&emu, "GET", &format!("{path}?{q}"), b"")
            .await
            .expect(200)
            .json();
        assert_eq!(sorted(ids(&v, "instances")), sorted(want), "{q}");
    }
    // The host, as the real endpoints name it (what a client using the emulator as its HTTP
    // proxy sends).
    for (host, want) in [
        ("dds.cn-north-4.myhuaweicloud.com", &dds),
        ("rds.ap-southeast-1.myhuaweicloud.com:80", &rds),
        ("gaussdb.cn-north-4.myhuaweicloud.com", &taurusdb),
        ("gaussdb-mysql.eu-west-101.myhuaweicloud.eu", &taurusdb),
    ] {
        let r = call_at(&emu, emu.addr(), "GET", &path, &[("Host", host)], b"").await;
        assert_eq!(
            sorted(ids(&r.expect(200).json(), "instances")),
            sorted(want.clone()),
            "{host}"
        );
    }
    let absolute = format!("http://dds.cn-north-4.myhuaweicloud.com{path}");
    let r = call_at(
        &emu,
        emu.addr(),
        "GET",
        &absolute,
        &[("Host", "dds.cn-north-4.myhuaweicloud.com")],
        b"",
    )
    .await;
    assert_eq!(
        sorted(ids(&r.expect(200).json(), "instances")),
        sorted(dds.clone())
    );

    let stats = emu.stats();
    assert_eq!(stats.operations["ambiguous_service"].statuses[&400], 3);
    assert_eq!(stats.operations["dds.list_instances"].requests, 4);
    assert_eq!(stats.operations["rds.list_instances"].requests, 4);
    assert_eq!(
        stats.operations["taurusdb.list_gauss_my_sql_instances"].requests,
        4
    );
}

/// A service's own listener is that service's endpoint: its paths and instances only; the
/// shared listener keeps answering everything as before.
#[tokio::test]
async fn a_service_listener_answers_for_its_service_only() {
    let emu = emulator(base()).await;
    let i = emu.instances();
    let (dds, rds, t) = (&i.dds[0].id, &i.rds[0].id, &i.taurusdb[0]);
    let end = fixed_now();
    let w = format!(
        "start_time={}&end_time={}",
        q_time(end - TimeDelta::days(20)),
        q_time(end)
    );
    // Its own paths and instances.
    let v = to(
        &emu,
        Service::Dds,
        "GET",
        &format!("{}?{w}", on(&emu, dds, "auditlog")),
        b"",
    )
    .await
    .expect(200)
    .json();
    assert!(v["total_record"].as_u64().unwrap() > 0);
    let id = v["audit_logs"][0]["id"].as_str().unwrap().to_owned();
    let body = json!({ "ids": [id] }).to_string();
    let v = to(
        &emu,
        Service::Dds,
        "POST",
        &on(&emu, dds, "auditlog-links"),
        body.as_bytes(),
    )
    .await
    .expect(200)
    .json();
    // Its links are on its own listener.
    let link = v["links"][0].as_str().unwrap();
    assert!(link.starts_with(emu.service_url(Service::Dds)), "{link}");
    get_url(&emu, "GET", link, &[]).await.expect(200);
    // Another service's instance, on a path both have: unknown here.
    to(
        &emu,
        Service::Dds,
        "GET",
        &format!("{}?{w}", on(&emu, rds, "auditlog")),
        b"",
    )
    .await
    .expect_error(404, "DBS.200007");
    to(
        &emu,
        Service::Rds,
        "GET",
        &on(&emu, dds, "auditlog-policy"),
        b"",
    )
    .await
    .expect_error(404, "DBS.200007");
    // Another service's path: no such API.
    let node = &t.nodes.as_ref().unwrap()[0];
    for (svc, method, pq) in [
        (Service::Dds, "GET", on(&emu, &t.id, "ddl-log")),
        (
            Service::Rds,
            "POST",
            on(&emu, &t.id, &format!("{node}/slowlog-download")),
        ),
        (Service::Taurusdb, "GET", on(&emu, dds, "auditlog-policy")),
        (Service::Dds, "GET", on(&emu, dds, "slowlog-files")),
        (Service::Taurusdb, "GET", on(&emu, rds, "slowlog-files")),
    ] {
        to(&emu, svc, method, &pq, b"")
            .await
            .expect_error(404, "APIGW.0101");
    }
    // The shared listener, as before: links on it.
    let v = shared(
        &emu,
        "POST",
        &on(&emu, dds, "auditlog-links"),
        body.as_bytes(),
    )
    .await
    .expect(200)
    .json();
    assert!(
        v["links"][0]
            .as_str()
            .unwrap()
            .starts_with(&format!("{}/", emu.base_url()))
    );

    // A generated client is pointed at its service's listener: DDS does not know RDS's
    // instances there (on the shared listener RDS would answer).
    let client: huaweicloud_dds::Client = emu.client().unwrap();
    let err = client
        .list_auditlogs()
        .instance_id(rds.as_str())
        .start_time(end - TimeDelta::days(1))
        .end_time(end)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404), "{err}");
    // IAM and the admin endpoint are on every listener.
    to(&emu, Service::Rds, "GET", "/v3/projects", b"")
        .await
        .expect(200);
    let stats = to(&emu, Service::Taurusdb, "GET", "/_emulator/stats", b"").await;
    assert!(
        stats.expect(200).json()["operations"]["unknown_route"]["requests"].as_u64() >= Some(5)
    );
}

#[tokio::test]
async fn audit_policies_are_on_unless_configured_off() {
    let emu = emulator(base()).await;
    let i = emu.instances();
    for inst in &i.dds {
        let v = to(
            &emu,
            Service::Dds,
            "GET",
            &on(&emu, &inst.id, "auditlog-policy"),
            b"",
        )
        .await
        .expect(200)
        .json();
        assert_eq!(v["keep_days"], 7);
        assert_eq!(v["audit_scope"], "all");
        assert!(!v["audit_types"].as_array().unwrap().is_empty());
        assert_eq!(v.as_object().unwrap().len(), 3);
    }
    for inst in &i.rds {
        let v = shared(&emu, "GET", &on(&emu, &inst.id, "auditlog-policy"), b"")
            .await
            .expect(200)
            .json();
        assert_eq!(v["keep_days"], 7);
        assert!(v["audit_types"].is_array() && v["all_audit_log_action"].is_string());
        assert_eq!(v.as_object().unwrap().len(), 3);
    }
    for inst in &i.taurusdb {
        let v = to(
            &emu,
            Service::Taurusdb,
            "GET",
            &on(&emu, &inst.id, "audit-log-policy"),
            b"",
        )
        .await
        .expect(200)
        .json();
        assert_eq!(v["keep_days"], 7);
        assert_eq!(v.as_object().unwrap().len(), 3);
    }
    shared(&emu, "GET", &on(&emu, "nosuch", "audit-log-policy"), b"")
        .await
        .expect_error(404, "DBS.200007");
    let stats = emu.stats();
    assert_eq!(stats.operations["dds.show_auditlog_policy"].requests, 2);
    assert_eq!(stats.operations["rds.show_auditlog_policy"].requests, 2);
    assert_eq!(
        stats.operations["taurusdb.show_audit_log_policy"].requests,
        2
    );
    drop(emu);

    // Off on the second instance of each service, and per instance.
    let probe = emulator(base()).await;
    let first_rds = probe.instances().rds[0].id.clone();
    drop(probe);
    let emu = emulator(Config {
        audit_policy: AuditPolicy {
            keep_days: 30,
            instances: BTreeMap::from([(first_rds.clone(), 0)]),
            off_in_second_instances: true,
        },
        ..base()
    })
    .await;
    let i = emu.instances();
    let emu = &emu;
    let days = |svc: Service, id: &str| {
        let rest = if svc == Service::Taurusdb {
            "audit-log-policy"
        } else {
            "auditlog-policy"
        };
        let pq = on(emu, id, rest);
        async move { to(emu, svc, "GET", &pq, b"").await.expect(200).json() }
    };
    assert_eq!(days(Service::Dds, &i.dds[0].id).await["keep_days"], 30);
    let off = days(Service::Dds, &i.dds[1].id).await;
    assert_eq!(
        (off["keep_days"].as_u64(), off["audit_scope"].as_str()),
        (Some(0), Some(""))
    );
    assert_eq!(days(Service::Rds, &first_rds).await["keep_days"], 0);
    assert_eq!(days(Service::Rds, &i.rds[1].id).await["keep_days"], 0);
    assert_eq!(
        days(Service::Taurusdb, &i.taurusdb[0].id).await["keep_days"],
        30
    );
    let off = days(Service::Taurusdb, &i.taurusdb[1].id).await;
    assert_eq!(
        (
            off["keep_days"].as_u64(),
            off["all_audit_log_action"].as_str()
        ),
        (Some(0), Some(""))
    );

    // A retention the services do not accept is refused at start.
    let err = start(Config {
        audit_policy: AuditPolicy {
            keep_days: 733,
            ..AuditPolicy::default()
        },
        ..Config::default()
    })
    .await
    .unwrap_err();
    assert!(err.to_string().contains("733"), "{err}");
}

#[tokio::test]
async fn taurusdb_audit_files_list_link_and_download_apart_from_the_ddl_logs() {
    let emu = emulator(base()).await;
    let t = emu.instances().taurusdb[0].clone();
    let manifest = manifest_by_name(&emu).await;
    let end = fixed_now();
    let window = |days: i64| {
        format!(
            "start_time={}&end_time={}",
            q_time(end - TimeDelta::days(days)),
            q_time(end)
        )
    };
    let emu = &emu;
    let list = |q: String| {
        let pq = format!("{}?{q}", on(emu, &t.id, "audit-logs"));
        async move { to(emu, Service::Taurusdb, "GET", &pq, b"").await }
    };
    // Pages of the last 30 days, newest first.
    let mut all = Vec::new();
    let mut total = 0;
    for offset in (0..).step_by(4) {
        let v = list(format!("{}&offset={offset}&limit=4", window(30)))
            .await
            .expect(200)
            .json();
        total = v["total_count"].as_u64().unwrap();
        let page = v["audit_logs"].as_array().unwrap().clone();
        if page.is_empty() {
            break;
        }
        all.extend(page);
    }
    assert!(total > 2, "{total}");
    assert_eq!(all.len() as u64, total);
    for f in &all {
        assert_eq!(f["size"], 69, "70000 bytes in KB, rounded up: {f}");
        let begin = f["begin_time"].as_str().unwrap();
        assert!(begin.ends_with("+0000") && begin.len() == 24, "{begin}");
    }
    // Times come back in the offset of the query.
    let q = format!(
        "start_time={}&end_time={}&offset=0&limit=1",
        (end - TimeDelta::days(20)).format("%Y-%m-%dT%H:%M:%S%%2B0800"),
        end.format("%Y-%m-%dT%H:%M:%S%%2B0800")
    );
    let v = list(q).await.expect(200).json();
    assert!(
        v["audit_logs"][0]["end_time"]
            .as_str()
            .unwrap()
            .ends_with("+0800")
    );

    // They are not DDL logs: the DDL list and the dataset's first files are as they were.
    let ddl: Vec<_> = emu.dataset().files_of(Service::Taurusdb, &t.id);
    assert!(ddl.iter().all(|f| f.kind == LogKind::Ddl));
    assert_eq!(ddl.len(), 12);
    assert_eq!(
        emu.dataset()
            .files_of_kind(Service::Taurusdb, LogKind::Audit, &t.id)
            .len(),
        12
    );

    // Limits and required parameters.
    for (q, code) in [
        (window(30), "DBS.200002"),
        (format!("{}&offset=0", window(30)), "DBS.200002"),
        ("offset=0&limit=10".to_owned(), "DBS.200002"),
        (format!("{}&offset=0&limit=0", window(30)), "DBS.200001"),
        (format!("{}&offset=0&limit=101", window(30)), "DBS.200001"),
        (format!("{}&offset=-1&limit=10", window(30)), "DBS.200001"),
        (format!("{}&offset=0&limit=10", window(31)), "DBS.200004"),
        (
            format!(
                "start_time={}&end_time={}&offset=0&limit=10",
                q_time(end),
                q_time(end - TimeDelta::days(1))
            ),
            "DBS.200003",
        ),
        (
            format!(
                "start_time=2026-03-01T00:00:00Z&end_time={}&offset=0&limit=10",
                q_time(end)
            ),
            "DBS.200001",
        ),
    ] {
        list(q.clone()).await.expect_error(400, code);
    }
    list(format!("{}&offset=0&limit=100", window(30)))
        .await
        .expect(200);

    // Links: 1 to 50 ids of this instance's audit files, each the manifest's content.
    let ids: Vec<String> = all
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect();
    let link_path = on(emu, &t.id, "audit-log-link");
    let body = json!({ "ids": ids }).to_string();
    let v = to(emu, Service::Taurusdb, "POST", &link_path, body.as_bytes())
        .await
        .expect(200)
        .json();
    let links = v["links"].as_array().unwrap();
    assert_eq!(links.len(), ids.len());
    for (f, link) in all.iter().zip(links) {
        let key = (
            Service::Taurusdb,
            LogKind::Audit,
            t.id.clone(),
            f["name"].as_str().unwrap().to_owned(),
        );
        let entry = &manifest[&key];
        assert_eq!(entry.id, f["id"].as_str().unwrap());
        assert!(
            entry.download_path.contains("/audit/"),
            "{}",
            entry.download_path
        );
        download_matches(emu, link.as_str().unwrap(), entry).await;
    }
    let fifty = json!({ "ids": vec![ids[0].clone(); 50] }).to_string();
    to(emu, Service::Taurusdb, "POST", &link_path, fifty.as_bytes())
        .await
        .expect(200);
    for (body, status, code) in [
        (
            json!({ "ids": vec![ids[0].clone(); 51] }).to_string(),
            400,
            "DBS.200001",
        ),
        (json!({ "ids": [] }).to_string(), 400, "DBS.200001"),
        (json!({}).to_string(), 400, "DBS.200002"),
        ("not json".to_owned(), 400, "DBS.200005"),
        // A DDL log's id is not an audit file's.
        (json!({ "ids": [ddl[0].id] }).to_string(), 404, "DBS.200009"),
    ] {
        to(emu, Service::Taurusdb, "POST", &link_path, body.as_bytes())
            .await
            .expect_error(status, code);
    }
    let stats = emu.stats();
    assert!(stats.operations["taurusdb.list_audit_logs"].statuses[&200] >= 5);
    assert_eq!(
        stats.operations["taurusdb.list_audit_logs"].statuses[&400],
        9
    );
    assert_eq!(
        stats.operations["taurusdb.show_audit_log_download_link"].statuses[&200],
        2
    );
    assert!(
        stats
            .downloads
            .keys()
            .any(|k| k.starts_with(&format!("taurusdb/{}/audit/", t.id)))
    );
}

#[tokio::test]
async fn dds_exports_are_created_then_finished_and_download_the_manifest_content() {
    let emu = emulator(Config {
        export_pending_calls: 2,
        ..base()
    })
    .await;
    let manifest = manifest_by_name(&emu).await;
    let cluster = emu
        .dataset()
        .instances_of(Service::Dds)
        .next()
        .unwrap()
        .clone();
    let slow_nodes: Vec<String> = cluster.slow_log_nodes().map(|n| n.id.clone()).collect();
    assert_eq!(slow_nodes.len(), 6, "a cluster's shard nodes");
    assert!(slow_nodes.iter().all(|n| !cluster.nodes.contains(n)));

    for (kind, rest, per_instance) in [
        (LogKind::Slow, "slowlog-download", 12),
        (LogKind::Error, "errorlog-download", 24),
    ] {
        let path = on(&emu, &cluster.id, rest);
        // Being prepared: CREATING, no links, twice.
        for _ in 0..2 {
            let v = to(&emu, Service::Dds, "POST", &path, b"")
                .await
                .expect(200)
                .json();
            assert_eq!(v["status"], "CREATING");
            assert_eq!(v["count"], per_instance);
            for item in v["list"].as_array().unwrap() {
                assert_eq!(item["status"], "EXPORTING");
                assert!(
                    item["file_link"].is_null() && item["file_size"].is_null(),
                    "{item}"
                );
            }
        }
        // Ready: every file of every node that writes such logs, with its link.
        let v = to(&emu, Service::Dds, "POST", &path, b"{}")
            .await
            .expect(200)
            .json();
        assert_eq!(v["status"], "FINISH");
        let list = v["list"].as_array().unwrap();
        assert_eq!(list.len(), per_instance);
        assert_eq!(v["count"], per_instance);
        for item in list {
            assert_eq!(item["status"], "SUCCESS");
            assert_eq!(item["file_size"], "68.36", "70000 bytes in KB: {item}");
            assert!(item["update_at"].is_i64());
            let name = item["file_name"].as_str().unwrap().to_owned();
            let entry = &manifest[&(Service::Dds, kind, cluster.id.clone(), name)];
            let node = cluster.node(entry.node_id.as_ref().unwrap()).unwrap();
            assert_eq!(item["node_name"], node.name.as_str());
            download_matches(&emu, item["file_link"].as_str().unwrap(), entry).await;
        }
        // It stays ready; filters by node and by name.
        let node = &slow_nodes[0];
        let body = json!({ "node_id_list": [node] }).to_string();
        let v = to(&emu, Service::Dds, "POST", &path, body.as_bytes())
            .await
            .expect(200)
            .json();
        assert_eq!(v["status"], "FINISH");
        assert_eq!(v["count"], 2);
        let name = v["list"][0]["file_name"].as_str().unwrap().to_owned();
        let body = json!({ "file_name_list": [name], "node_id_list": [] }).to_string();
        let v = to(&emu, Service::Dds, "POST", &path, body.as_bytes())
            .await
            .expect(200)
            .json();
        assert_eq!(v["count"], 1);
        assert_eq!(v["list"][0]["file_name"], name.as_str());
        // Refusals: a file it does not have, a body that is not JSON or not of lists.
        for (body, status, code) in [
            (
                json!({ "file_name_list": ["nosuch.log"] }).to_string(),
                404,
                "DBS.200009",
            ),
            (
                json!({ "node_id_list": ["nosuchno02"] }).to_string(),
                400,
                "DBS.200001",
            ),
            (
                json!({ "node_id_list": "x" }).to_string(),
                400,
                "DBS.200001",
            ),
            ("[1]".to_owned(), 400, "DBS.200001"),
            ("{".to_owned(), 400, "DBS.200005"),
        ] {
            to(&emu, Service::Dds, "POST", &path, body.as_bytes())
                .await
                .expect_error(status, code);
        }
    }
    // Slow logs: a cluster's mongos nodes write none (error logs: every node).
    let mongos = &cluster.nodes[0];
    let body = json!({ "node_id_list": [mongos] }).to_string();
    to(
        &emu,
        Service::Dds,
        "POST",
        &on(&emu, &cluster.id, "slowlog-download"),
        body.as_bytes(),
    )
    .await
    .expect_error(400, "DBS.200001");
    let v = to(
        &emu,
        Service::Dds,
        "POST",
        &on(&emu, &cluster.id, "errorlog-download"),
        body.as_bytes(),
    )
    .await
    .expect(200)
    .json();
    assert_eq!(v["count"], 2);

    // The replica set's own export is separate: still being prepared.
    let rs = &emu.instances().dds[1].id;
    let v = shared(&emu, "POST", &on(&emu, rs, "slowlog-download"), b"")
        .await
        .expect(200)
        .json();
    assert_eq!(
        (v["status"].as_str(), v["count"].as_u64()),
        (Some("CREATING"), Some(6))
    );

    let stats = emu.stats();
    assert_eq!(stats.operations["dds.download_slowlog"].requests, 12);
    assert_eq!(stats.operations["dds.download_errorlog"].requests, 11);
    assert!(
        stats
            .downloads
            .keys()
            .any(|k| k.starts_with(&format!("dds/{}/slow/", cluster.id)))
    );
}

#[tokio::test]
async fn rds_slow_and_error_logs_list_export_and_download() {
    let emu = emulator(Config {
        export_pending_calls: 1,
        logs_per_node: 3,
        ..base()
    })
    .await;
    let manifest = manifest_by_name(&emu).await;
    let i = emu.instances();
    let (mysql, sqlserver) = (&i.rds[0].id, &i.rds[1].id);

    // The slow log files, paged.
    let files_path = on(&emu, mysql, "slowlog-files");
    let v = to(&emu, Service::Rds, "GET", &files_path, b"")
        .await
        .expect(200)
        .json();
    assert_eq!(v["total_count"], 3);
    let names: Vec<String> = v["list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            assert_eq!(f["file_size"], "70000");
            f["file_name"].as_str().unwrap().to_owned()
        })
        .collect();
    let v = to(
        &emu,
        Service::Rds,
        "GET",
        &format!("{files_path}?offset=1&limit=1"),
        b"",
    )
    .await
    .expect(200)
    .json();
    assert_eq!(v["list"][0]["file_name"], names[1].as_str());
    to(
        &emu,
        Service::Rds,
        "GET",
        &format!("{files_path}?limit=100"),
        b"",
    )
    .await
    .expect(200);
    for bad in ["limit=0", "limit=101", "offset=-1"] {
        to(
            &emu,
            Service::Rds,
            "GET",
            &format!("{files_path}?{bad}"),
            b"",
        )
        .await
        .expect_error(400, "DBS.200001");
    }

    // MySQL: every slow log without a name, created then finished.
    let slow = on(&emu, mysql, "slowlog-download");
    let v = to(&emu, Service::Rds, "POST", &slow, b"")
        .await
        .expect(200)
        .json();
    assert_eq!(v["status"], "CREATING");
    assert!(
        v["list"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["file_link"] == "")
    );
    let v = to(&emu, Service::Rds, "POST", &slow, b"")
        .await
        .expect(200)
        .json();
    assert_eq!(
        (v["status"].as_str(), v["count"].as_u64()),
        (Some("FINISH"), Some(3))
    );
    let workflow = v["list"][0]["workflow_id"].as_str().unwrap().to_owned();
    for item in v["list"].as_array().unwrap() {
        assert_eq!(item["workflow_id"], workflow.as_str());
        assert_eq!(
            (item["status"].as_str(), item["file_size"].as_str()),
            (Some("SUCCESS"), Some("68.36"))
        );
        assert!(item["create_at"].as_i64() <= item["update_at"].as_i64());
        let key = (
            Service::Rds,
            LogKind::Slow,
            mysql.clone(),
            item["file_name"].as_str().unwrap().to_owned(),
        );
        download_matches(&emu, item["file_link"].as_str().unwrap(), &manifest[&key]).await;
    }
    let body = json!({ "file_name": names[2] }).to_string();
    let v = to(&emu, Service::Rds, "POST", &slow, body.as_bytes())
        .await
        .expect(200)
        .json();
    assert_eq!(v["count"], 1);
    assert_eq!(v["list"][0]["file_name"], names[2].as_str());
    let body = json!({ "file_name": "nosuch.log" }).to_string();
    to(&emu, Service::Rds, "POST", &slow, body.as_bytes())
        .await
        .expect_error(404, "DBS.200009");

    // SQL Server needs the file's name.
    let slow = on(&emu, sqlserver, "slowlog-download");
    to(&emu, Service::Rds, "POST", &slow, b"")
        .await
        .expect_error(400, "DBS.200002");
    to(&emu, Service::Rds, "POST", &slow, b"{}")
        .await
        .expect_error(400, "DBS.200002");
    let name = emu
        .dataset()
        .files_of_kind(Service::Rds, LogKind::Slow, sqlserver)[0]
        .name
        .clone();
    let body = json!({ "file_name": name }).to_string();
    assert_eq!(
        to(&emu, Service::Rds, "POST", &slow, body.as_bytes())
            .await
            .expect(200)
            .json()["status"],
        "CREATING"
    );
    let v = to(&emu, Service::Rds, "POST", &slow, body.as_bytes())
        .await
        .expect(200)
        .json();
    assert_eq!(v["status"], "FINISH");
    let key = (Service::Rds, LogKind::Slow, sqlserver.clone(), name);
    download_matches(
        &emu,
        v["list"][0]["file_link"].as_str().unwrap(),
        &manifest[&key],
    )
    .await;

    // Error logs: no body (one sent is ignored).
    let errors = on(&emu, mysql, "errorlog-download");
    assert_eq!(
        to(&emu, Service::Rds, "POST", &errors, b"")
            .await
            .expect(200)
            .json()["status"],
        "CREATING"
    );
    let v = to(&emu, Service::Rds, "POST", &errors, b"whatever")
        .await
        .expect(200)
        .json();
    assert_eq!(
        (v["status"].as_str(), v["count"].as_u64()),
        (Some("FINISH"), Some(3))
    );
    for item in v["list"].as_array().unwrap() {
        let key = (
            Service::Rds,
            LogKind::Error,
            mysql.clone(),
            item["file_name"].as_str().unwrap().to_owned(),
        );
        download_matches(&emu, item["file_link"].as_str().unwrap(), &manifest[&key]).await;
    }

    let stats = emu.stats();
    assert_eq!(stats.operations["rds.list_slow_log_file"].statuses[&200], 3);
    assert_eq!(stats.operations["rds.list_slow_log_file"].statuses[&400], 3);
    assert_eq!(stats.operations["rds.download_slowlog"].requests, 8);
    assert_eq!(stats.operations["rds.download_errorlog"].requests, 2);
}

#[tokio::test]
async fn taurusdb_node_exports_are_exporting_then_successful_per_node() {
    let emu = emulator(Config {
        export_pending_calls: 1,
        ..base()
    })
    .await;
    let manifest = manifest_by_name(&emu).await;
    let t = emu.instances().taurusdb[1].clone();
    let nodes = t.nodes.clone().unwrap();
    for (kind, rest) in [
        (LogKind::Slow, "slowlog-download"),
        (LogKind::Error, "errorlog-download"),
    ] {
        let path = |node: &str| on(&emu, &t.id, &format!("{node}/{rest}"));
        let v = to(&emu, Service::Taurusdb, "POST", &path(&nodes[0]), b"")
            .await
            .expect(200)
            .json();
        assert_eq!(v["count"], 2);
        for item in v["list"].as_array().unwrap() {
            assert_eq!(item["status"], "EXPORTING");
            assert!(
                item.get("file_link").is_none() && item.get("file_size").is_none(),
                "{item}"
            );
        }
        let v = to(&emu, Service::Taurusdb, "POST", &path(&nodes[0]), b"")
            .await
            .expect(200)
            .json();
        for item in v["list"].as_array().unwrap() {
            assert_eq!(item["status"], "SUCCESS");
            assert_eq!(item["file_size"], "68.36");
            assert!(item["job_id"].is_string() && item["updated_at"].is_i64());
            let name = item["file_name"].as_str().unwrap().to_owned();
            let entry = &manifest[&(Service::Taurusdb, kind, t.id.clone(), name)];
            assert_eq!(entry.node_id.as_deref(), Some(nodes[0].as_str()));
            download_matches(&emu, item["file_link"].as_str().unwrap(), entry).await;
        }
        // The other node's export is its own.
        let v = shared(&emu, "POST", &path(&nodes[1]), b"")
            .await
            .expect(200)
            .json();
        assert_eq!(v["list"][0]["status"], "EXPORTING");
        // Not a node of the instance; not an instance.
        to(&emu, Service::Taurusdb, "POST", &path("nosuchno07"), b"")
            .await
            .expect_error(400, "DBS.200001");
        let other = &emu.instances().taurusdb[0].nodes.clone().unwrap()[0];
        to(&emu, Service::Taurusdb, "POST", &path(other), b"")
            .await
            .expect_error(400, "DBS.200001");
        to(
            &emu,
            Service::Taurusdb,
            "POST",
            &on(&emu, "nosuch", &format!("{}/{rest}", nodes[0])),
            b"",
        )
        .await
        .expect_error(404, "DBS.200007");
    }
    let stats = emu.stats();
    assert_eq!(
        stats.operations["taurusdb.download_slow_log_file"].statuses[&200],
        3
    );
    assert_eq!(
        stats.operations["taurusdb.show_error_log_download_link"].statuses[&200],
        3
    );
}

#[tokio::test]
async fn the_export_fault_ends_exports_failed_and_the_next_call_starts_again() {
    let emu = emulator(Config {
        faults: Faults {
            export_fail: 1.0,
            ..Faults::default()
        },
        ..base()
    })
    .await;
    let i = emu.instances();
    let v = to(
        &emu,
        Service::Dds,
        "POST",
        &on(&emu, &i.dds[0].id, "slowlog-download"),
        b"",
    )
    .await
    .expect(200)
    .json();
    assert_eq!(v["status"], "FAILED");
    assert!(
        v["list"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["status"] == "FAILED" && f["file_link"].is_null())
    );
    let errors = on(&emu, &i.rds[0].id, "errorlog-download");
    let first = to(&emu, Service::Rds, "POST", &errors, b"")
        .await
        .expect(200)
        .json();
    let second = to(&emu, Service::Rds, "POST", &errors, b"")
        .await
        .expect(200)
        .json();
    assert_eq!(
        (first["status"].as_str(), second["status"].as_str()),
        (Some("FAILED"), Some("FAILED"))
    );
    assert_ne!(
        first["list"][0]["workflow_id"], second["list"][0]["workflow_id"],
        "each call after a failure is a new export"
    );
    let node = &i.taurusdb[0].nodes.as_ref().unwrap()[0];
    let v = to(
        &emu,
        Service::Taurusdb,
        "POST",
        &on(&emu, &i.taurusdb[0].id, &format!("{node}/slowlog-download")),
        b"",
    )
    .await
    .expect(200)
    .json();
    assert!(
        v["list"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["status"] == "FAILED" && f.get("file_link").is_none())
    );
}

#[tokio::test]
async fn the_api_faults_and_the_envelope_apply_to_the_new_operations() {
    let emu = emulator(Config {
        faults: Faults {
            error: 1.0,
            ..Faults::default()
        },
        ..base()
    })
    .await;
    let i = emu.instances();
    let node = &i.taurusdb[0].nodes.as_ref().unwrap()[0];
    let calls = [
        (Service::Dds, "GET", instances_path(&emu)),
        (Service::Rds, "GET", on(&emu, &i.rds[0].id, "slowlog-files")),
        (
            Service::Taurusdb,
            "GET",
            on(&emu, &i.taurusdb[0].id, "audit-log-policy"),
        ),
        (
            Service::Taurusdb,
            "POST",
            on(
                &emu,
                &i.taurusdb[0].id,
                &format!("{node}/errorlog-download"),
            ),
        ),
    ];
    for (svc, method, pq) in &calls {
        let r = to(&emu, *svc, method, pq, b"").await;
        assert!(matches!(r.status, 500 | 503), "{}", r.status);
        assert!(
            r.json()["error_code"]
                .as_str()
                .unwrap()
                .starts_with("DBS.20001")
        );
        assert_eq!(r.header("date"), Some("Thu, 26 Mar 2026 12:00:00 GMT"));
    }
    // Authentication comes first, as everywhere.
    let r = send_raw(
        emu.service_addr(Service::Dds),
        &format!("GET {} HTTP/1.1\r\nHost: x\r\n", instances_path(&emu)),
        b"",
        false,
    )
    .await;
    r.expect_error(401, "APIGW.0301");
    let stats = emu.stats();
    assert_eq!(stats.operations["unauthenticated"].requests, 1);
    assert_eq!(
        stats.operations["taurusdb.show_error_log_download_link"].requests,
        1
    );
}

#[tokio::test]
async fn the_manifest_lists_the_new_files_apart_with_their_kind() {
    let emu = emulator(Config {
        logs_per_instance: 3,
        logs_per_node: 1,
        file_size: 1000,
        ..base()
    })
    .await;
    // By default, the first six operations' files only, as before.
    let m = shared(&emu, "GET", "/_emulator/manifest?sha256=false", b"")
        .await
        .expect(200)
        .json();
    let files = m["files"].as_array().unwrap();
    assert_eq!(files.len(), 6 * 3);
    assert_eq!(emu.manifest(false).await.len(), 18);
    assert!(files.iter().all(|f| f["kind"]
        == if f["service"] == "taurusdb" {
            "ddl"
        } else {
            "audit"
        }));
    // All of them: 2 TaurusDB instances' audit files; slow logs of 6 + 3 DDS shard and replica
    // nodes, 2 RDS instances, 4 TaurusDB nodes; error logs of 12 + 3, 2, 4.
    let all = shared(
        &emu,
        "GET",
        "/_emulator/manifest?sha256=false&kind=all",
        b"",
    )
    .await
    .expect(200)
    .json();
    let all = all["files"].as_array().unwrap();
    let count = |kind: &str| all.iter().filter(|f| f["kind"] == kind).count();
    assert_eq!((count("audit"), count("ddl")), (4 * 3 + 2 * 3, 2 * 3));
    assert_eq!((count("slow"), count("error")), (9 + 2 + 4, 15 + 2 + 4));
    assert_eq!(all.len(), emu.manifest_all(false).await.len());
    assert_eq!(all.len(), emu.dataset().all_files().len());
    let slow = shared(
        &emu,
        "GET",
        "/_emulator/manifest?sha256=false&kind=slow,error",
        b"",
    )
    .await
    .expect(200)
    .json();
    assert_eq!(slow["files"].as_array().unwrap().len(), 15 + 21);
    for f in slow["files"].as_array().unwrap() {
        let kind = f["kind"].as_str().unwrap();
        assert!(
            f["download_path"]
                .as_str()
                .unwrap()
                .contains(&format!("/{kind}/")),
            "{f}"
        );
    }
    shared(&emu, "GET", "/_emulator/manifest?kind=nope", b"")
        .await
        .expect_error(400, "EMULATOR.0002");
    // The admin links follow the same selection, and download.
    let links = shared(&emu, "GET", "/_emulator/links?service=rds&kind=error", b"")
        .await
        .expect(200)
        .json();
    let links = links["links"].as_array().unwrap();
    assert_eq!(links.len(), 2);
    for l in links {
        assert_eq!(l["kind"], "error");
        get_url(&emu, "GET", l["url"].as_str().unwrap(), &[])
            .await
            .expect(200);
    }
    // A file of another kind is not at the first kind's path.
    let f = emu
        .dataset()
        .all_files()
        .iter()
        .find(|f| f.kind == LogKind::Slow && f.service == Service::Rds)
        .unwrap();
    let i = emu
        .dataset()
        .file_index_of(Service::Rds, LogKind::Slow, &f.instance_id, &f.id)
        .unwrap();
    let expires = (fixed_now() + TimeDelta::minutes(5)).timestamp();
    let url = emu.download_url(i, expires).unwrap();
    assert!(url.contains("/slow/"), "{url}");
    get_url(&emu, "GET", &url, &[]).await.expect(200);
    let wrong = url.replace("/slow/", "/error/");
    get_url(&emu, "GET", &wrong, &[]).await.expect(403);
    // Expired like every link.
    emu.clock().advance(Duration::from_secs(301));
    get_url(&emu, "GET", &url, &[]).await.expect(403);
}

/// Every new operation under its stats name.
#[tokio::test]
async fn every_new_operation_is_counted_under_its_name() {
    let emu = emulator(base()).await;
    let i = emu.instances();
    let (dds, rds, t) = (&i.dds[0].id, &i.rds[0].id, &i.taurusdb[0].id);
    let node = &i.taurusdb[0].nodes.as_ref().unwrap()[0];
    let end = fixed_now();
    let w = format!(
        "start_time={}&end_time={}&offset=0&limit=10",
        q_time(end - TimeDelta::days(3)),
        q_time(end)
    );
    let list = instances_path(&emu);
    let calls: Vec<(Service, &str, String, &str)> = vec![
        (Service::Dds, "GET", list.clone(), "dds.list_instances"),
        (
            Service::Dds,
            "GET",
            on(&emu, dds, "auditlog-policy"),
            "dds.show_auditlog_policy",
        ),
        (
            Service::Dds,
            "POST",
            on(&emu, dds, "slowlog-download"),
            "dds.download_slowlog",
        ),
        (
            Service::Dds,
            "POST",
            on(&emu, dds, "errorlog-download"),
            "dds.download_errorlog",
        ),
        (Service::Rds, "GET", list.clone(), "rds.list_instances"),
        (
            Service::Rds,
            "GET",
            on(&emu, rds, "auditlog-policy"),
            "rds.show_auditlog_policy",
        ),
        (
            Service::Rds,
            "GET",
            on(&emu, rds, "slowlog-files"),
            "rds.list_slow_log_file",
        ),
        (
            Service::Rds,
            "POST",
            on(&emu, rds, "slowlog-download"),
            "rds.download_slowlog",
        ),
        (
            Service::Rds,
            "POST",
            on(&emu, rds, "errorlog-download"),
            "rds.download_errorlog",
        ),
        (
            Service::Taurusdb,
            "GET",
            list.clone(),
            "taurusdb.list_gauss_my_sql_instances",
        ),
        (
            Service::Taurusdb,
            "GET",
            format!("{list}/{t}"),
            "taurusdb.show_gauss_my_sql_instance_info",
        ),
        (
            Service::Taurusdb,
            "GET",
            on(&emu, t, "audit-log-policy"),
            "taurusdb.show_audit_log_policy",
        ),
        (
            Service::Taurusdb,
            "GET",
            format!("{}?{w}", on(&emu, t, "audit-logs")),
            "taurusdb.list_audit_logs",
        ),
        (
            Service::Taurusdb,
            "POST",
            on(&emu, t, &format!("{node}/slowlog-download")),
            "taurusdb.download_slow_log_file",
        ),
        (
            Service::Taurusdb,
            "POST",
            on(&emu, t, &format!("{node}/errorlog-download")),
            "taurusdb.show_error_log_download_link",
        ),
    ];
    for (svc, method, pq, _) in &calls {
        to(&emu, *svc, method, pq, b"").await.expect(200);
    }
    let id = emu
        .dataset()
        .files_of_kind(Service::Taurusdb, LogKind::Audit, t)[0]
        .id
        .clone();
    let body = json!({ "ids": [id] }).to_string();
    to(
        &emu,
        Service::Taurusdb,
        "POST",
        &on(&emu, t, "audit-log-link"),
        body.as_bytes(),
    )
    .await
    .expect(200);
    let stats = emu.stats();
    for (_, _, _, name) in &calls {
        assert_eq!(stats.operations[*name].statuses[&200], 1, "{name}");
    }
    assert_eq!(
        stats.operations["taurusdb.show_audit_log_download_link"].statuses[&200],
        1
    );
    assert_eq!(stats.total_requests, calls.len() as u64 + 1);
}
