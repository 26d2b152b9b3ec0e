//! What the README shows, against the local emulator instead of Huawei Cloud: list a month
//! of audit log files, link them, download a few.
//!
//! `cargo run -p huaweicloud-dds --example dds_first_program`
#![allow(clippy::print_stdout)]

use huaweicloud_dds::chrono::TimeDelta;
use huaweicloud_dds::{Client, Downloader, TimeWindow, TryStreamExt as _};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let emulator = huaweicloud_emulator::start(huaweicloud_emulator::Config::default()).await?;
    // Against Huawei Cloud: `Client::from_env()?`, or `Client::builder().region(..)`.
    let client: Client = emulator.client()?;
    let instance = emulator.instances().dds[0].id.clone();
    let window = TimeWindow::last(TimeDelta::days(30))?;

    let mut files = client.audit_log_files(&instance, window, None);
    let mut ids = Vec::new();
    while let Some(file) = files.try_next().await? {
        println!("{} {:?} bytes", file.id, file.size_bytes);
        ids.push(file.id);
    }

    let links = client.audit_log_links(&instance, &ids).await?;
    let downloader = Downloader::new()?;
    let dir = std::env::temp_dir().join("huaweicloud-dds-first-program");
    std::fs::create_dir_all(&dir)?;
    for link in links.iter().take(3) {
        let bytes = downloader.to_file(link, &dir.join(&link.id)).await?;
        println!("{}: {bytes} bytes into {}", link.id, dir.display());
    }
    println!("{} files listed, {} links", ids.len(), links.len());
    emulator.shutdown().await;
    Ok(())
}
