//! The root README's first program, compiled: `tests/first_hour.rs` checks that the README
//! shows exactly the `use` line and the lines between the markers below, so the README cannot
//! show code that no longer builds. It runs against Huawei Cloud (credentials, region and
//! project id from the environment); `dds_first_program.rs` runs the same calls against the
//! emulator.
//!
//! `cargo run -p huaweicloud-dds --example readme_first_program`

// Formatted as the README shows it, not as rustfmt would.
#[rustfmt::skip]
use huaweicloud_dds::{chrono::TimeDelta, Client, Downloader, TimeWindow, TryStreamExt as _};

#[rustfmt::skip]
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // README begin
    let client = Client::from_env()?; // HUAWEICLOUD_SDK_AK, _SK, _REGION, _PROJECT_ID, ...
    let instance = "2870a411522849aa901cd4351c96a3b7in02";
    let mut files = client.audit_log_files(instance, TimeWindow::last(TimeDelta::days(90))?, None);
    let mut ids = Vec::new();
    while let Some(file) = files.try_next().await? { ids.push(file.id); }
    let downloader = Downloader::new()?;
    for link in client.audit_log_links(instance, &ids).await? {
        downloader.to_file(&link, link.id.as_ref()).await?;
    }
    // README end
    Ok(())
}
