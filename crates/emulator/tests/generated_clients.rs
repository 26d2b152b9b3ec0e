//! The generated clients, signing with huaweicloud-core, list every instance of every service
//! page by page, fetch links for every file, and the links download the manifest's content.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::{DateTime, TimeDelta, Utc};
use huaweicloud_core::Credentials;
use huaweicloud_emulator::{Clock, Config, Emulator, Service, TaurusdbShape, start};
use sha2::Digest as _;

/// The signer dates requests with the system clock, so the emulator runs on it too.
fn now() -> DateTime<Utc> {
    Utc::now()
}

async fn emulator(shape: TaurusdbShape) -> Emulator {
    start(Config {
        clock: Clock::system(),
        logs_per_instance: 25,
        file_size: 5000,
        taurusdb_shape: shape,
        ..Config::default()
    })
    .await
    .unwrap()
}

fn creds(emu: &Emulator) -> Credentials {
    let c = emu.credentials();
    Credentials::aksk(c.ak, c.sk)
}

/// Download a link and compare with the manifest entry of the file.
async fn check_download(emu: &Emulator, url: &str, service: Service, instance: &str, id: &str) {
    let r = common::fetch(emu, "GET", url, &[]).await;
    r.expect(200);
    let index = emu.dataset().file_index(service, instance, id).unwrap();
    let manifest = emu.manifest(true).await;
    assert_eq!(
        Some(hex::encode(sha2::Sha256::digest(&r.body))),
        manifest[index].sha256
    );
}

#[tokio::test]
async fn dds_client_lists_and_links_every_instance() {
    let emu = emulator(TaurusdbShape::DownloadFiles).await;
    let client = huaweicloud_dds::Client::builder()
        .endpoint(emu.base_url())
        .credentials(creds(&emu))
        .build()
        .unwrap();
    let p = emu.credentials().project_id;
    let (start_time, end_time) = (
        (now() - TimeDelta::days(30))
            .format("%Y-%m-%dT%H:%M:%S+0800")
            .to_string(),
        now().format("%Y-%m-%dT%H:%M:%S+0800").to_string(),
    );
    for inst in emu.instances().dds {
        let mut ids = Vec::new();
        let mut offset = 0;
        loop {
            let page = client
                .list_auditlogs()
                .project_id(p.as_str())
                .instance_id(inst.id.as_str())
                .start_time(start_time.as_str())
                .end_time(end_time.as_str())
                .offset(offset)
                .limit(7)
                .send()
                .await
                .unwrap();
            let files = page.files().unwrap();
            if files.is_empty() {
                break;
            }
            offset += files.len() as i64;
            ids.extend(files.into_iter().map(|f| {
                assert_eq!(f.size_bytes, Some(5000));
                f.id
            }));
        }
        assert!(ids.len() > 7, "several pages: {}", ids.len());
        let links = client
            .list_auditlog_links()
            .project_id(p.as_str())
            .instance_id(inst.id.as_str())
            .body_map(|b| b.ids(ids.clone()))
            .send()
            .await
            .unwrap();
        assert_eq!(links.links.len(), ids.len());
        check_download(&emu, &links.links[0], Service::Dds, &inst.id, &ids[0]).await;
    }
    let stats = emu.stats();
    assert!(stats.operations["dds.list_auditlogs"].requests >= 4);
    assert_eq!(stats.operations["dds.list_auditlog_links"].requests, 2);
}

#[tokio::test]
async fn rds_client_lists_and_links_every_instance() {
    let emu = emulator(TaurusdbShape::DownloadFiles).await;
    let client = huaweicloud_rds::Client::builder()
        .endpoint(emu.base_url())
        .credentials(creds(&emu))
        .build()
        .unwrap();
    let p = emu.credentials().project_id;
    let (start_time, end_time) = (
        (now() - TimeDelta::days(30))
            .format("%Y-%m-%dT%H:%M:%S+0000")
            .to_string(),
        now().format("%Y-%m-%dT%H:%M:%S+0000").to_string(),
    );
    for inst in emu.instances().rds {
        let page = client
            .list_auditlogs()
            .project_id(p.as_str())
            .instance_id(inst.id.as_str())
            .start_time(start_time.as_str())
            .end_time(end_time.as_str())
            .offset(0)
            .limit(50)
            .send()
            .await
            .unwrap();
        let files = page.files().unwrap();
        assert!(!files.is_empty());
        let ids: Vec<String> = files.iter().map(|f| f.id.clone()).collect();
        assert!(
            files
                .iter()
                .all(|f| f.size_bytes.is_some_and(|n| n.abs_diff(5000) <= 1))
        );
        let links = client
            .show_auditlog_download_link()
            .project_id(p.as_str())
            .instance_id(inst.id.as_str())
            .body_map(|b| b.ids(ids.clone()))
            .send()
            .await
            .unwrap();
        assert_eq!(links.links.len(), ids.len());
        check_download(&emu, &links.links[0], Service::Rds, &inst.id, &ids[0]).await;
    }
}

#[tokio::test]
async fn taurusdb_client_lists_and_links_every_node_in_every_shape() {
    for shape in [
        TaurusdbShape::List,
        TaurusdbShape::DownloadFiles,
        TaurusdbShape::Array,
    ] {
        let emu = emulator(shape).await;
        let client = huaweicloud_taurusdb::Client::builder()
            .endpoint(emu.base_url())
            .credentials(creds(&emu))
            .build()
            .unwrap();
        let p = emu.credentials().project_id;
        for inst in emu.instances().taurusdb {
            for node in inst.nodes.unwrap() {
                let page = client
                    .list_ddl_logs()
                    .project_id(p.as_str())
                    .instance_id(inst.id.as_str())
                    .node_id(node.as_str())
                    .start_time((now() - TimeDelta::days(60)).timestamp_millis())
                    .end_time(now().timestamp_millis())
                    .limit(100)
                    .send()
                    .await
                    .unwrap();
                let files = page.files().unwrap();
                assert!(!files.is_empty());
                let ids: Vec<String> = files.iter().take(10).map(|f| f.id.clone()).collect();
                let answer = client
                    .download_ddl_logs()
                    .project_id(p.as_str())
                    .instance_id(inst.id.as_str())
                    .body_map(|b| b.log_ids(ids.clone()))
                    .send()
                    .await
                    .unwrap();
                let links = answer.links().unwrap();
                assert_eq!(links.len(), ids.len());
                assert!(
                    links
                        .iter()
                        .all(|l| l.size_bytes == Some(5000) && l.expires_at.is_some())
                );
                let first = &links[0];
                check_download(
                    &emu,
                    &first.url,
                    Service::Taurusdb,
                    &inst.id,
                    first.id.as_str(),
                )
                .await;
            }
        }
    }
}
