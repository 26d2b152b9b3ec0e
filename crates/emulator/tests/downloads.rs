//! Download links (expiry, tampering), Range and HEAD, and every fault kind.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use common::{fetch, with_token};
use huaweicloud_emulator::{Clock, Config, Emulator, Faults, Service, TaurusdbShape, start};
use sha2::Digest as _;

fn fixed_now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-26T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

async fn emulator(config: Config) -> Emulator {
    start(Config {
        clock: Clock::fixed(fixed_now()),
        logs_per_instance: 4,
        ..config
    })
    .await
    .unwrap()
}

/// Links for the first file of each DDS/RDS instance and of each TaurusDB instance.
async fn links(emu: &Emulator) -> Vec<(usize, String)> {
    let project = emu.credentials().project_id;
    let mut out = Vec::new();
    for (i, f) in emu.dataset().files().iter().enumerate() {
        if out
            .iter()
            .any(|(j, _): &(usize, String)| emu.dataset().files()[*j].instance_id == f.instance_id)
        {
            continue;
        }
        let (path, body) = match f.service {
            Service::Taurusdb => ("ddl-log/download", serde_json::json!({ "log_ids": [f.id] })),
            _ => ("auditlog-links", serde_json::json!({ "ids": [f.id] })),
        };
        let pq = format!("/v3/{project}/instances/{}/{path}", f.instance_id);
        let v = with_token(emu, "POST", &pq, body.to_string().as_bytes())
            .await
            .expect(200)
            .json();
        let url = match f.service {
            Service::Taurusdb => v["download_files"][0]["download_url"]
                .as_str()
                .unwrap()
                .to_owned(),
            _ => v["links"][0].as_str().unwrap().to_owned(),
        };
        out.push((i, url));
    }
    out
}

#[tokio::test]
async fn links_download_the_manifest_content() {
    let emu = emulator(Config {
        file_size: 200_000,
        ..Config::default()
    })
    .await;
    let manifest = emu.manifest(true).await;
    let links = links(&emu).await;
    assert_eq!(links.len(), 6);
    for (i, url) in &links {
        assert!(url.starts_with(emu.base_url()), "{url}");
        let r = fetch(&emu, "GET", url, &[]).await;
        r.expect(200);
        assert_eq!(r.content_length(), Some(200_000));
        assert_eq!(r.body.len(), 200_000);
        assert_eq!(
            hex::encode(sha2::Sha256::digest(&r.body)),
            manifest[*i].sha256.clone().unwrap()
        );
        assert!(std::str::from_utf8(&r.body).unwrap().lines().count() > 100);
    }
    let stats = emu.stats();
    assert_eq!(stats.downloads.len(), 6);
    assert!(
        stats
            .downloads
            .values()
            .all(|d| d.get == 1 && d.bytes == 200_000)
    );
}

#[tokio::test]
async fn links_expire_and_refuse_tampering() {
    let emu = emulator(Config {
        link_ttl: Duration::from_secs(60),
        ..Config::default()
    })
    .await;
    let (_, url) = links(&emu).await.remove(0);
    fetch(&emu, "HEAD", &url, &[]).await.expect(200);

    let tampered = [
        url.replace("signature=", "signature=0"),
        {
            let (head, sig) = url.split_once("signature=").unwrap();
            let mut sig = sig.to_owned();
            let last = sig.pop().unwrap();
            format!(
                "{head}signature={sig}{}",
                if last == '0' { '1' } else { '0' }
            )
        },
        {
            let (head, tail) = url.split_once("expires=").unwrap();
            let (exp, rest) = tail.split_once('&').unwrap();
            format!(
                "{head}expires={}&{rest}",
                exp.parse::<i64>().unwrap() + 3600
            )
        },
        url.replace("/download/dds/", "/download/rds/"),
        url.replace("&signature=", "&sig="),
        url.split('?').next().unwrap().to_owned(),
    ];
    for bad in &tampered {
        let r = fetch(&emu, "GET", bad, &[]).await;
        r.expect(403);
        assert!(r.header("content-type").unwrap().contains("xml"));
        assert!(String::from_utf8_lossy(&r.body).contains("<Code>"));
    }
    emu.clock().advance(Duration::from_secs(59));
    fetch(&emu, "GET", &url, &[]).await.expect(200);
    emu.clock().advance(Duration::from_secs(1));
    let r = fetch(&emu, "GET", &url, &[]).await;
    r.expect(403);
    assert!(String::from_utf8_lossy(&r.body).contains("expired"));
}

#[tokio::test]
async fn range_and_head() {
    let size = 300_000u64;
    let emu = emulator(Config {
        file_size: size,
        ..Config::default()
    })
    .await;
    let (i, url) = links(&emu).await.remove(2);
    let whole = emu.dataset().read(i, 0, u64::MAX);
    let cases: [(&str, u64, u64); 6] = [
        ("bytes=0-99", 0, 99),
        ("bytes=65530-65545", 65_530, 65_545),
        ("bytes=299990-", 299_990, size - 1),
        ("bytes=-10", size - 10, size - 1),
        ("bytes=-1000000", 0, size - 1),
        ("bytes=100-999999", 100, size - 1),
    ];
    for (range, a, b) in cases {
        let r = fetch(&emu, "GET", &url, &[("Range", range)]).await;
        r.expect(206);
        assert_eq!(
            r.header("content-range"),
            Some(format!("bytes {a}-{b}/{size}").as_str()),
            "{range}"
        );
        assert_eq!(r.content_length(), Some((b - a + 1) as usize));
        assert_eq!(r.body, whole[a as usize..=b as usize], "{range}");
    }
    for range in ["bytes=300000-", "bytes=400000-400010", "bytes=-0"] {
        let r = fetch(&emu, "GET", &url, &[("Range", range)]).await;
        r.expect(416);
        assert_eq!(
            r.header("content-range"),
            Some(format!("bytes */{size}").as_str())
        );
    }
    // Not a single byte range: the whole file.
    for range in ["bytes=0-1,5-6", "items=0-1", "bytes=9-2"] {
        let r = fetch(&emu, "GET", &url, &[("Range", range)]).await;
        r.expect(200);
        assert_eq!(r.body.len() as u64, size);
    }
    let r = fetch(&emu, "HEAD", &url, &[]).await;
    r.expect(200);
    assert_eq!(r.content_length(), Some(size as usize));
    assert!(r.body.is_empty());
    assert_eq!(r.header("accept-ranges"), Some("bytes"));
    let r = fetch(&emu, "HEAD", &url, &[("Range", "bytes=10-19")]).await;
    r.expect(206);
    assert_eq!(r.content_length(), Some(10));
    assert!(r.body.is_empty());
    let stats = emu.stats();
    assert_eq!(stats.downloads.values().map(|d| d.head).sum::<u64>(), 2);
}

#[tokio::test]
async fn taurusdb_answers_in_each_shape() {
    for (shape, key) in [
        (TaurusdbShape::List, Some("list")),
        (TaurusdbShape::DownloadFiles, Some("download_files")),
        (TaurusdbShape::Array, None),
    ] {
        let emu = emulator(Config {
            taurusdb_shape: shape,
            ..Config::default()
        })
        .await;
        let f = emu
            .dataset()
            .files()
            .iter()
            .find(|f| f.service == Service::Taurusdb)
            .unwrap()
            .clone();
        let pq = format!(
            "/v3/{}/instances/{}/ddl-log/download",
            emu.credentials().project_id,
            f.instance_id
        );
        let v = with_token(
            &emu,
            "POST",
            &pq,
            serde_json::json!({"log_ids": [f.id, f.id]})
                .to_string()
                .as_bytes(),
        )
        .await
        .expect(200)
        .json();
        let items = match key {
            Some(k) => v[k].as_array().unwrap().clone(),
            None => v.as_array().unwrap().clone(),
        };
        assert_eq!(items.len(), 2);
        let expire = &items[0]["expire_time"];
        let expected = fixed_now() + chrono::TimeDelta::seconds(300);
        if shape == TaurusdbShape::DownloadFiles {
            assert_eq!(expire.as_i64(), Some(expected.timestamp_millis()));
        } else {
            assert_eq!(
                expire.as_str(),
                Some(expected.format("%Y-%m-%d %H:%M:%S").to_string().as_str())
            );
        }
        let url = items[0]["download_url"].as_str().unwrap();
        fetch(&emu, "HEAD", url, &[]).await.expect(200);
    }
}

fn faulty(spec: &str) -> Config {
    Config {
        faults: spec.parse::<Faults>().unwrap(),
        file_size: 256 * 1024,
        ..Config::default()
    }
}

#[tokio::test]
async fn reset_aborts_the_body_half_way() {
    let emu = emulator(faulty("reset=1")).await;
    let (_, url) = links(&emu).await.remove(0);
    let r = fetch(&emu, "GET", &url, &[]).await;
    r.expect(200);
    assert_eq!(r.content_length(), Some(256 * 1024));
    assert!(r.body.len() < 256 * 1024, "{}", r.body.len());
    assert_eq!(
        r.error,
        Some(std::io::ErrorKind::ConnectionReset),
        "got {} bytes",
        r.body.len()
    );
    // HEAD and ranges stay usable.
    fetch(&emu, "HEAD", &url, &[]).await.expect(200);
}

#[tokio::test]
async fn truncate_ends_the_body_short_of_its_length() {
    let emu = emulator(faulty("truncate=1")).await;
    let (i, url) = links(&emu).await.remove(0);
    let r = fetch(&emu, "GET", &url, &[("Range", "bytes=1000-")]).await;
    r.expect(206);
    let announced = r.content_length().unwrap();
    assert_eq!(announced, 256 * 1024 - 1000);
    assert_eq!(r.body.len(), announced / 2);
    assert_eq!(r.error, None, "a clean close, not a reset");
    assert_eq!(
        r.body,
        emu.dataset().read(i, 1000, (announced / 2) as u64),
        "the prefix is right"
    );
}

#[tokio::test]
async fn errors_throttles_and_delays() {
    let emu = emulator(faulty("error=1")).await;
    let rds = emu.instances().rds[0].id.clone();
    let pq = format!(
        "/v3/{}/instances/{rds}/auditlog?start_time=2026-03-20T00:00:00%2B0000&end_time=2026-03-21T00:00:00%2B0000&offset=0&limit=5",
        emu.credentials().project_id
    );
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..20 {
        let r = with_token(&emu, "GET", &pq, b"").await;
        let code = r.json()["error_code"].as_str().unwrap().to_owned();
        assert!(r.status == 500 || r.status == 503, "{}", r.status);
        r.expect(r.status);
        seen.insert((r.status, code));
    }
    assert_eq!(seen.len(), 2, "both 500 and 503: {seen:?}");
    // Authentication comes first.
    common::call(&emu, "GET", &pq, &[], b"")
        .await
        .expect_error(401, "APIGW.0301");

    let emu = emulator(faulty("throttle=1")).await;
    let pq = pq.replace(&rds, &emu.instances().rds[0].id);
    let r = with_token(&emu, "GET", &pq, b"").await;
    r.expect_error(429, "APIGW.0308");
    assert_eq!(r.header("retry-after"), Some("1"));

    let emu = emulator(faulty("delay=300ms")).await;
    let pq = pq.replace(&rds, &emu.instances().rds[0].id);
    let t = Instant::now();
    with_token(&emu, "GET", &pq, b"").await.expect(200);
    assert!(t.elapsed() >= Duration::from_millis(300));
    let (_, url) = links(&emu).await.remove(0);
    let t = Instant::now();
    fetch(&emu, "HEAD", &url, &[]).await.expect(200);
    assert!(t.elapsed() >= Duration::from_millis(300));
}

#[tokio::test]
async fn faults_are_deterministic_per_seed() {
    async fn run(seed: u64) -> Vec<u16> {
        let emu = emulator(Config {
            seed,
            ..faulty("error=0.3,throttle=0.2")
        })
        .await;
        let dds = emu.instances().dds[0].id.clone();
        let pq = format!(
            "/v3/{}/instances/{dds}/auditlog?start_time=2026-03-20T00:00:00%2B0000&end_time=2026-03-21T00:00:00%2B0000",
            emu.credentials().project_id
        );
        let mut out = Vec::new();
        for _ in 0..40 {
            out.push(with_token(&emu, "GET", &pq, b"").await.status);
        }
        out
    }
    let a = run(7).await;
    assert_eq!(a, run(7).await);
    assert_ne!(a, run(8).await);
    for status in [200, 429] {
        assert!(a.contains(&status), "{a:?}");
    }
    assert!(a.iter().any(|s| *s >= 500), "{a:?}");
}
