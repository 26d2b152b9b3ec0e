//! Start an emulator in-process, list the audit logs of a DDS instance with a request signed by
//! `huaweicloud_core::signing` (AK/SK), get a download link, download the file and check it
//! against the emulator's manifest.
//!
//! `cargo run -p huaweicloud-emulator --example list_and_download`

use std::error::Error;

use chrono::{TimeDelta, Utc};
use http::{HeaderMap, HeaderValue, Method};
use huaweicloud_core::signing;
use huaweicloud_emulator::{Config, Emulator, start};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// A minimal HTTP/1.1 exchange (`Connection: close`); your code would use its own client.
async fn http(
    emu: &Emulator,
    method: Method,
    path_and_query: &str,
    body: &[u8],
) -> Result<(u16, Vec<u8>)> {
    let creds = emu.credentials();
    let url = url::Url::parse(&format!("{}{path_and_query}", emu.base_url()))?;
    let mut headers = HeaderMap::new();
    headers.insert("content-type", HeaderValue::from_static("application/json"));
    headers.insert("x-project-id", HeaderValue::from_str(&creds.project_id)?);
    if !path_and_query.starts_with("/download/") {
        signing::sign(
            &method,
            &url,
            &mut headers,
            body,
            &creds.ak,
            &creds.sk,
            Utc::now(),
        )?;
    }
    let mut request = format!("{method} {path_and_query} HTTP/1.1\r\n");
    if !headers.contains_key("host") {
        request.push_str(&format!("host: {}\r\n", emu.addr()));
    }
    for (name, value) in &headers {
        request.push_str(&format!("{name}: {}\r\n", value.to_str()?));
    }
    request.push_str(&format!(
        "content-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    ));
    let mut stream = tokio::net::TcpStream::connect(emu.addr()).await?;
    stream.write_all(request.as_bytes()).await?;
    stream.write_all(body).await?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await?;
    let split = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("no response head")?;
    let head = String::from_utf8_lossy(response.get(..split).unwrap_or_default()).into_owned();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("no status")?;
    Ok((
        status,
        response.get(split + 4..).unwrap_or_default().to_vec(),
    ))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<()> {
    let emu = start(Config::default()).await?;
    let project = emu.credentials().project_id;
    let dds = emu
        .instances()
        .dds
        .first()
        .ok_or("no DDS instance")?
        .id
        .clone();

    let end = Utc::now();
    let start_time = (end - TimeDelta::days(30)).format("%Y-%m-%dT%H:%M:%S%%2B0000");
    let end_time = end.format("%Y-%m-%dT%H:%M:%S%%2B0000");
    let list = format!(
        "/v3/{project}/instances/{dds}/auditlog?end_time={end_time}&limit=10&offset=0&start_time={start_time}"
    );
    let (status, body) = http(&emu, Method::GET, &list, b"").await?;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let page: serde_json::Value = serde_json::from_slice(&body)?;
    let id = page["audit_logs"][0]["id"].as_str().ok_or("no audit log")?;

    let links = format!("/v3/{project}/instances/{dds}/auditlog-links");
    let request = serde_json::json!({ "ids": [id] }).to_string();
    let (status, body) = http(&emu, Method::POST, &links, request.as_bytes()).await?;
    assert_eq!(status, 200);
    let links: serde_json::Value = serde_json::from_slice(&body)?;
    let link = links["links"][0].as_str().ok_or("no link")?;

    let path = link.strip_prefix(emu.base_url()).ok_or("foreign link")?;
    let (status, content) = http(&emu, Method::GET, path, b"").await?;
    assert_eq!(status, 200);

    let manifest = emu.manifest(true).await;
    let entry = manifest
        .iter()
        .find(|e| e.id == id)
        .ok_or("not in manifest")?;
    assert_eq!(
        Some(hex::encode(Sha256::digest(&content))),
        entry.sha256.clone()
    );
    let stats = emu.stats();
    tracing::info!(
        bytes = content.len(),
        calls = stats.total_requests,
        "downloaded and verified {id}"
    );
    Ok(())
}
