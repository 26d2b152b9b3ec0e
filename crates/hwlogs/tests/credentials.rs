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

/// The ways of giving credentials [`no_secret_reaches_the_debug_logs`] runs `hwlogs` with.
#[derive(Clone, Copy, Debug)]
enum Mode {
    /// The emulator's permanent AK/SK in the environment.
    AkSk,
    /// Temporary AK/SK issued by the emulator's IAM, with their security token.
    Temporary,
    /// Nothing but the ECS metadata service, which hands out the agency's AK/SK and token.
    EcsMetadata,
}

/// The access key the emulator handed out in `mode` (for the metadata service, the pair it
/// hands out now: the same as in the run, until 15 minutes before they expire), with its
/// secrets and those the emulator has whatever the mode: its permanent SK and its IAM token.
async fn secrets(
    emu: &Emulator,
    temporary: &huaweicloud_emulator::TemporaryCredentials,
    mode: Mode,
) -> (String, Vec<(&'static str, String)>) {
    let c = emu.credentials();
    let mut secrets = vec![("the permanent SK", c.sk), ("the IAM token", c.token)];
    let access = match mode {
        Mode::AkSk => c.ak,
        Mode::Temporary => {
            secrets.push(("the temporary SK", temporary.secret.clone()));
            secrets.push(("the security token", temporary.security_token.clone()));
            temporary.access.clone()
        }
        Mode::EcsMetadata => {
            use huaweicloud_core::credentials::{EcsMetadata, FetchCredentials as _};
            let fetched = EcsMetadata::new(emu.base_url())
                .unwrap()
                .fetch()
                .await
                .unwrap();
            let huaweicloud_core::Credentials::AkSk {
                access_key,
                secret_key,
                security_token: Some(security_token),
                ..
            } = fetched.credentials
            else {
                panic!("temporary AK/SK expected from the metadata service")
            };
            secrets.push(("the metadata service's SK", secret_key.expose().to_owned()));
            secrets.push((
                "the metadata service's security token",
                security_token.expose().to_owned(),
            ));
            access_key
        }
    };
    for (what, value) in &secrets {
        assert!(
            value.len() >= 16,
            "{what} is too short to look for: {value:?}"
        );
    }
    (access, secrets)
}

/// `hwlogs -vv` with `RUST_LOG={filter}` and the credentials of `mode`, region `cn-north-4`
/// and no project id (found through the emulator's IAM), then `args`.
fn debug_run(
    emu: &Emulator,
    home: &std::path::Path,
    temporary: &huaweicloud_emulator::TemporaryCredentials,
    mode: Mode,
    filter: &str,
    args: &[&str],
) -> std::process::Command {
    let c = emu.credentials();
    let mut cmd = hwlogs(home);
    cmd.env("RUST_LOG", filter)
        .env("HUAWEICLOUD_SDK_IAM_ENDPOINT", emu.base_url());
    match mode {
        Mode::AkSk => {
            cmd.env("HUAWEICLOUD_SDK_AK", &c.ak)
                .env("HUAWEICLOUD_SDK_SK", &c.sk);
        }
        Mode::Temporary => {
            cmd.env("HUAWEICLOUD_SDK_AK", &temporary.access)
                .env("HUAWEICLOUD_SDK_SK", &temporary.secret)
                .env("HUAWEICLOUD_SDK_SECURITY_TOKEN", &temporary.security_token);
        }
        Mode::EcsMetadata => {
            cmd.env("HUAWEICLOUD_SDK_METADATA_ENDPOINT", emu.base_url());
        }
    }
    cmd.arg("-vv")
        .args(args)
        .args(["--endpoint", emu.base_url(), "--region", "cn-north-4"])
        .args(["--service", "dds", "--instance", &emu.instances().dds[0].id]);
    cmd
}

/// `text` without its ANSI escape sequences (`ESC [ ... final byte`).
fn without_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// `hwlogs -vv` with `RUST_LOG=debug` and `RUST_LOG=trace`, listing and syncing (the
/// project id asked of IAM, files listed, linked and downloaded) with each way of giving
/// credentials, shows no secret anywhere: no SK, no security token, no `Signature=` of an
/// `Authorization` header, no query of a presigned download link (`?expires=..&signature=..`),
/// while it does log at debug level.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_reaches_the_debug_logs() {
    let emu = emulator().await;
    let temporary = emu.issue_temporary_credentials(std::time::Duration::from_secs(3600));
    for mode in [Mode::AkSk, Mode::Temporary, Mode::EcsMetadata] {
        for filter in ["debug", "trace"] {
            let home = tempfile::tempdir().unwrap();
            let dest = home.path().join("archive");
            let runs = [
                vec!["list", "--since", "61d"],
                vec!["sync", "--first", "61d", "--dest", dest.to_str().unwrap()],
            ];
            for args in runs {
                let downloads = requests(&emu, "download");
                let cmd = debug_run(&emu, home.path(), &temporary, mode, filter, &args);
                let out = run(cmd).await;
                let context = format!("{mode:?}, RUST_LOG={filter}, hwlogs -vv {}", args[0]);
                // Colours would split `field=value` (`signature` ESC[2m `=`): looked at without.
                let stderr = without_ansi(&String::from_utf8_lossy(&out.stderr));
                let shown = without_ansi(&text(&out));
                assert!(out.status.success(), "{context}:\n{shown}");

                // Not vacuous: the run logged at debug level, and did what it was asked.
                assert!(!stderr.contains("RUST_LOG ignored"), "{context}:\n{stderr}");
                assert!(
                    stderr.lines().any(|l| l.contains(" DEBUG ")),
                    "{context}: no debug line:\n{stderr}"
                );
                assert!(
                    stderr.contains("operation finished"),
                    "{context}: no API call logged:\n{stderr}"
                );
                let credentials_line = match mode {
                    Mode::EcsMetadata => "temporary credentials fetched",
                    Mode::AkSk | Mode::Temporary => "credentials resolved",
                };
                assert!(stderr.contains(credentials_line), "{context}:\n{stderr}");
                if args[0] == "sync" {
                    assert!(
                        requests(&emu, "download") > downloads,
                        "{context}: nothing downloaded"
                    );
                }

                let (access, secrets) = secrets(&emu, &temporary, mode).await;
                assert!(
                    stderr.contains(&format!("(access key {access})")),
                    "{context}: the secrets looked for are not those of the run:\n{stderr}"
                );
                for (what, secret) in secrets {
                    assert!(
                        !shown.contains(&secret),
                        "{context}: {what} shown:\n{shown}"
                    );
                }
                let lower = shown.to_ascii_lowercase();
                for pattern in ["signature=", "sdk-hmac-sha256", "?expires=", "&expires="] {
                    assert!(
                        !lower.contains(pattern),
                        "{context}: `{pattern}` shown:\n{shown}"
                    );
                }
                // However labelled: the signatures (of requests and of links) are HMAC-SHA256 in
                // hex, and nothing else the runs print has 64 hex digits in a row.
                let longest_hex = shown
                    .split(|c: char| !c.is_ascii_hexdigit())
                    .map(str::len)
                    .max()
                    .unwrap_or(0);
                assert!(
                    longest_hex < 64,
                    "{context}: {longest_hex} hex digits in a row:\n{shown}"
                );
            }
        }
    }
    assert!(requests(&emu, "metadata.securitykey") >= 1);
}
