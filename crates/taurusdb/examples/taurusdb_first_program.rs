//! What the README shows, against the local emulator instead of Huawei Cloud: list a month
//! of DDL log files, link them, download a few.
//!
//! `cargo run -p huaweicloud-taurusdb --example taurusdb_first_program`
#![allow(clippy::print_stdout)]

use huaweicloud_taurusdb::chrono::TimeDelta;
use huaweicloud_taurusdb::{Client, Downloader, TimeWindow, TryStreamExt as _};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let emulator = huaweicloud_emulator::start(huaweicloud_emulator::Config::default()).await?;
    // Against Huawei Cloud: `Client::from_env()?`, or `Client::builder().region(..)`.
    let client: Client = emulator.client()?;
    let instance = emulator.instances().taurusdb[0].clone();
    let node = instance.nodes.clone().unwrap_or_default().remove(0);
    let window = TimeWindow::last(TimeDelta::days(30))?;

    let mut files = client.ddl_log_files(&instance.id, &node, window);
    let mut ids = Vec::new();
    while let Some(file) = files.try_next().await? {
        println!("{} {:?} bytes", file.id, file.size_bytes);
        ids.push(file.id);
    }

    let links = client.ddl_log_links(&instance.id, &ids).await?;
    let downloader = Downloader::new()?;
    let dir = std::env::temp_dir().join("huaweicloud-taurusdb-first-program");
    std::fs::create_dir_all(&dir)?;
    for link in links.iter().take(3) {
        let bytes = downloader.to_file(link, &dir.join(&link.id)).await?;
        println!("{}: {bytes} bytes into {}", link.id, dir.display());
    }
    println!("{} files listed, {} links", ids.len(), links.len());
    emulator.shutdown().await;
    Ok(())
}
