//! `hwlogs` with the least a user can give: AK/SK and a region (the project id asked of
//! IAM), or nothing at all on an ECS server (the agency's credentials from the metadata
//! service). Against the emulator, which serves both.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../../logs/tests/common/mod.rs"]
mod common;

use common::{hwlogs, requests, run, text};
use huaweicloud_emulator::{Config, Emulator, start};

async fn emulator() -> Emulator {
    start(Config {
        logs_per_instance: 4,
        file_size: 4096,
        ..Config::default()
    })
    .await
    .unwrap()
}

/// `hwlogs sync` of one DDS instance into `dest`, through the emulator for the region
/// `cn-north-4` (its IAM too), with no project id anywhere.
fn sync(emu: &Emulator, home: &std::path::Path, dest: &std::path::Path) -> std::process::Command {
    let mut cmd = hwlogs(home);
    cmd.env("HUAWEICLOUD_SDK_IAM_ENDPOINT", emu.base_url())
        .args([
            "sync",
            "--endpoint",
            emu.base_url(),
            "--region",
            "cn-north-4",
        ])
        .args(["--service", "dds", "--instance", &emu.instances().dds[0].id])
        .args(["--first", "61d", "-q", "--dest"])
        .arg(dest);
    cmd
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aksk_and_a_region_are_enough() {
    let emu = emulator().await;
    let home = tempfile::tempdir().unwrap();
    let c = emu.credentials();
    let mut cmd = sync(&emu, home.path(), &home.path().join("archive"));
    cmd.env("HUAWEICLOUD_SDK_AK", &c.ak)
        .env("HUAWEICLOUD_SDK_SK", &c.sk);
    let out = run(cmd).await;
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        requests(&emu, "iam.keystone_list_projects"),
        1,
        "asked once"
    );
    assert!(requests(&emu, "dds.list_auditlogs") > 0);
    assert!(!text(&out).contains(&c.sk));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_an_ecs_server_nothing_is_needed_but_the_region() {
    let emu = emulator().await;
    let home = tempfile::tempdir().unwrap();
    let mut cmd = sync(&emu, home.path(), &home.path().join("archive"));
    cmd.env("HUAWEICLOUD_SDK_METADATA_ENDPOINT", emu.base_url());
    let out = run(cmd).await;
    assert!(out.status.success(), "{}", text(&out));
    assert!(requests(&emu, "metadata.securitykey") >= 1);
    assert_eq!(requests(&emu, "iam.keystone_list_projects"), 1);

    // The metadata service down: exit 2 (configuration), naming it.
    emu.set_metadata_fault(Some(huaweicloud_emulator::MetadataFault::Down));
    let home = tempfile::tempdir().unwrap();
    let mut cmd = sync(&emu, home.path(), &home.path().join("archive"));
    cmd.env("HUAWEICLOUD_SDK_METADATA_ENDPOINT", emu.base_url());
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("ECS metadata service"),
        "{}",
        text(&out)
    );
}
