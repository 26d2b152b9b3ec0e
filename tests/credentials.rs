//! Credentials like the official SDK's, against the emulator's IAM and ECS metadata service:
//! the project id found through IAM once per process, the server's agency credentials fetched
//! and refreshed before they expire (on the service's clock), and every way that can fail
//! turned into a clear error that names its source and shows no secret.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashMap;
use std::time::Duration;

use huaweicloud_dds::chrono::TimeDelta;
use huaweicloud_dds::{Client, Credentials, ErrorKind, TimeWindow, TryStreamExt as _};
use huaweicloud_emulator::{Config, Emulator, MetadataFault, Project, start};

async fn emulator(config: Config) -> Emulator {
    start(Config {
        logs_per_instance: 3,
        file_size: 1024,
        ..config
    })
    .await
    .unwrap()
}

fn window() -> TimeWindow {
    TimeWindow::last(TimeDelta::days(61)).unwrap()
}

fn requests(emu: &Emulator, op: &str) -> u64 {
    emu.stats().operations.get(op).map_or(0, |s| s.requests)
}

/// A DDS client with AK/SK and a region but no project id, its IAM at `iam`.
fn without_project(emu: &Emulator, region: &str, iam: &str) -> Client {
    let c = emu.credentials();
    Client::builder()
        .endpoint(emu.base_url())
        .region(region)
        .credentials(Credentials::aksk(c.ak, c.sk))
        .iam_endpoint(iam)
        .build()
        .unwrap()
}

async fn list(client: &Client, emu: &Emulator) -> Result<usize, huaweicloud_dds::Error> {
    let instance = emu.instances().dds[0].id.clone();
    let files: Vec<_> = client
        .audit_log_files(&instance, window(), None)
        .try_collect()
        .await?;
    Ok(files.len())
}

#[tokio::test]
async fn the_project_id_is_asked_of_iam_once_per_process() {
    let emu = emulator(Config::default()).await;
    let first = without_project(&emu, "cn-north-4", emu.base_url());
    assert_eq!(first.runtime().project_id(), None);
    assert!(list(&first, &emu).await.unwrap() > 0);
    assert_eq!(
        first.runtime().project_id(),
        Some(emu.credentials().project_id.as_str())
    );
    assert_eq!(requests(&emu, "iam.keystone_list_projects"), 1);

    // Another client of the same keys and region, in the same process: no second question.
    let second = without_project(&emu, "cn-north-4", emu.base_url());
    assert!(list(&second, &emu).await.unwrap() > 0);
    assert_eq!(requests(&emu, "iam.keystone_list_projects"), 1);
}

#[tokio::test]
async fn no_project_or_several_for_the_region_is_an_error_naming_it() {
    let emu = emulator(Config {
        extra_projects: vec![
            Project {
                name: "ap-southeast-1".to_owned(),
                id: "0123456789abcdef0123456789abcdef".to_owned(),
            },
            Project {
                name: "ap-southeast-1".to_owned(),
                id: "fedcba9876543210fedcba9876543210".to_owned(),
            },
        ],
        ..Config::default()
    })
    .await;
    let several = without_project(&emu, "ap-southeast-1", emu.base_url());
    let err = list(&several, &emu).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration, "{err}");
    for part in [
        "ap-southeast-1",
        "0123456789abcdef0123456789abcdef",
        "fedcba9876543210fedcba9876543210",
        "HUAWEICLOUD_SDK_PROJECT_ID",
    ] {
        assert!(err.to_string().contains(part), "{part} missing: {err}");
    }
    let none = without_project(&emu, "la-south-2", emu.base_url());
    let err = list(&none, &emu).await.unwrap_err();
    assert!(
        err.to_string().contains("no project named la-south-2"),
        "{err}"
    );
    assert!(err.to_string().starts_with("dds list_auditlogs: "), "{err}");
    assert_eq!(
        requests(&emu, "dds.list_auditlogs"),
        0,
        "nothing sent without a project"
    );
}

#[tokio::test]
async fn iam_unreachable_or_refusing_is_an_error_naming_what_was_being_done() {
    let emu = emulator(Config::default()).await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let nowhere = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let c = emu.credentials();
    let client = Client::builder()
        .endpoint(emu.base_url())
        .region("cn-north-4")
        .credentials(Credentials::aksk(c.ak, c.sk))
        .iam_endpoint(&nowhere)
        .retry(huaweicloud_core::RetryPolicy::disabled())
        .build()
        .unwrap();
    let err = list(&client, &emu).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
    assert!(
        err.to_string()
            .contains("finding the project id of region cn-north-4"),
        "{err}"
    );

    // Keys IAM does not know: refused, and said so.
    let refused = Client::builder()
        .endpoint(emu.base_url())
        .region("cn-north-4")
        .credentials(Credentials::aksk("UNKNOWNAK", "unknown-secret"))
        .iam_endpoint(emu.base_url())
        .build()
        .unwrap();
    let err = list(&refused, &emu).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Authentication, "{err}");
    assert!(
        err.to_string().contains("iam keystone_list_projects"),
        "{err}"
    );
    assert!(!err.to_string().contains("unknown-secret"), "{err}");
}

/// The environment of a program on an ECS server: a region, nothing else but the metadata
/// service (and the endpoints, which are the emulator's).
fn ecs_env(
    emu: &Emulator,
    home: &std::path::Path,
) -> impl Fn(&str) -> Option<String> + Send + Sync + 'static {
    let vars: HashMap<String, String> = [
        ("HUAWEICLOUD_SDK_REGION", "cn-north-4".to_owned()),
        (
            "HUAWEICLOUD_SDK_METADATA_ENDPOINT",
            emu.base_url().to_owned(),
        ),
        ("HUAWEICLOUD_SDK_IAM_ENDPOINT", emu.base_url().to_owned()),
        (
            "HUAWEICLOUD_SDK_REGION_DDS_CN_NORTH_4",
            emu.base_url().to_owned(),
        ),
        ("HOME", home.display().to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    move |name| vars.get(name).cloned()
}

fn ecs_client(emu: &Emulator, home: &std::path::Path) -> Client {
    Client::builder()
        .from_env()
        .env_lookup(ecs_env(emu, home))
        .build()
        .unwrap()
}

#[tokio::test]
async fn agency_credentials_sign_requests_and_are_refreshed_before_they_expire() {
    let mut config = Config::default();
    config.metadata.credential_ttl = Duration::from_secs(45 * 60);
    let emu = emulator(config).await;
    let home = tempfile::tempdir().unwrap();
    let client = ecs_client(&emu, home.path());
    assert!(
        list(&client, &emu).await.unwrap() > 0,
        "signed with the agency's pair"
    );
    assert_eq!(requests(&emu, "metadata.securitykey"), 1);
    assert_eq!(
        requests(&emu, "iam.keystone_list_projects"),
        1,
        "project id found with it"
    );

    // 6 minutes later on the service's clock: 39 minutes left, due. One fetch, and the
    // requests go on (the emulator hands out the same pair until 15 minutes are left).
    emu.clock().advance(Duration::from_secs(6 * 60));
    list(&client, &emu).await.unwrap();
    list(&client, &emu).await.unwrap();
    assert_eq!(requests(&emu, "metadata.securitykey"), 2);

    // 25 minutes later: 14 minutes left, a new pair; the old one is never used past expiry.
    emu.clock().advance(Duration::from_secs(25 * 60));
    list(&client, &emu).await.unwrap();
    list(&client, &emu).await.unwrap();
    assert_eq!(requests(&emu, "metadata.securitykey"), 3);
    emu.clock().advance(Duration::from_secs(20 * 60));
    list(&client, &emu).await.unwrap();
    assert_eq!(
        emu.stats().operations.get("dds.list_auditlogs").map(|s| s
            .statuses
            .get(&401)
            .copied()
            .unwrap_or(0)),
        Some(0),
        "no request went out with expired credentials"
    );
}

#[tokio::test]
async fn credentials_refused_as_expired_are_fetched_again_once() {
    let emu = emulator(Config::default()).await;
    let home = tempfile::tempdir().unwrap();
    let client = ecs_client(&emu, home.path());
    list(&client, &emu).await.unwrap();
    // The service's clock jumps past their expiry with no answer in between to tell us.
    emu.clock().advance(Duration::from_secs(2 * 60 * 60));
    assert!(list(&client, &emu).await.unwrap() > 0);
    assert_eq!(requests(&emu, "metadata.securitykey"), 2);
}

#[tokio::test]
async fn a_metadata_service_that_fails_is_an_error_naming_it_and_showing_no_secret() {
    let emu = emulator(Config::default()).await;
    let home = tempfile::tempdir().unwrap();
    let cases = [
        (Some(MetadataFault::Down), "HTTP 503", true),
        (Some(MetadataFault::Malformed), "cannot be used", true),
        (Some(MetadataFault::Expired), "expired", false),
    ];
    for (fault, expected, says_what_was_tried) in cases {
        emu.set_metadata_fault(fault);
        let client = ecs_client(&emu, home.path());
        let err = list(&client, &emu).await.unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains(&format!("the ECS metadata service at {}", emu.base_url())),
            "{text}"
        );
        assert!(text.contains(expected), "{expected} missing: {text}");
        if says_what_was_tried {
            assert!(
                text.contains("HUAWEICLOUD_SDK_AK"),
                "says what was tried before: {text}"
            );
        }
    }
    emu.set_metadata_fault(None);
    let client = ecs_client(&emu, home.path());
    list(&client, &emu).await.unwrap();
    // The pair the client holds (the service hands out the same one again).
    use huaweicloud_core::credentials::{EcsMetadata, FetchCredentials as _};
    let held = EcsMetadata::new(emu.base_url())
        .unwrap()
        .fetch()
        .await
        .unwrap();
    let huaweicloud_core::Credentials::AkSk {
        access_key,
        secret_key,
        security_token,
    } = held.credentials
    else {
        panic!("AK/SK expected")
    };
    let shown = format!("{client:?} {:?}", client.runtime());
    assert!(
        shown.contains("ECS metadata") && shown.contains(&access_key),
        "{shown}"
    );
    assert!(!shown.contains(secret_key.expose()), "{shown}");
    assert!(!shown.contains(security_token.unwrap().expose()), "{shown}");
}

#[tokio::test]
async fn a_server_without_an_agency_says_so() {
    let mut config = Config::default();
    config.metadata.agency = false;
    let emu = emulator(config).await;
    let home = tempfile::tempdir().unwrap();
    let err = list(&ecs_client(&emu, home.path()), &emu)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("no agency"), "{err}");
}

#[test]
fn iam_answers_keep_their_secrets_out_of_debug() {
    let body = serde_json::json!({"credential": {
        "access": "AK", "secret": "the-secret-key", "securitytoken": "the-security-token",
        "expires_at": "2026-12-02T02:33:55.000000Z"}});
    let answer: huaweicloud_iam::types::CreateTemporaryAccessKeyByTokenResponse =
        serde_json::from_value(body.clone()).unwrap();
    let shown = format!("{answer:?}");
    assert!(
        !shown.contains("the-secret-key") && !shown.contains("the-security-token"),
        "{shown}"
    );
    assert_eq!(
        serde_json::to_value(&answer).unwrap(),
        body,
        "still sent and read whole"
    );
}

#[tokio::test]
async fn the_profile_files_iam_endpoint_is_where_the_project_id_is_asked() {
    let emu = emulator(Config::default()).await;
    let home = tempfile::tempdir().unwrap();
    let c = emu.credentials();
    let profile = home.path().join("credentials");
    std::fs::write(
        &profile,
        format!(
            "[basic]\nak = {}\nsk = {}\niam_endpoint = {}\n",
            c.ak,
            c.sk,
            emu.base_url()
        ),
    )
    .unwrap();
    let endpoint = emu.base_url().to_owned();
    let client = Client::builder()
        .from_env()
        .env_lookup(move |name| match name {
            "HUAWEICLOUD_SDK_REGION" => Some("cn-north-4".to_owned()),
            "HUAWEICLOUD_SDK_REGION_DDS_CN_NORTH_4" => Some(endpoint.clone()),
            _ => None,
        })
        .profile_file(&profile)
        .build()
        .unwrap();
    assert!(list(&client, &emu).await.unwrap() > 0);
    assert_eq!(requests(&emu, "iam.keystone_list_projects"), 1);
}

/// Set in the process [`discovery_goes_to_the_iam_endpoint_of_the_region_or_the_global_one`]
/// starts: the address of its proxy.
const DISCOVERY_PROXY_CHILD: &str = "HWLOGS_TEST_DISCOVERY_PROXY";

/// Where discovery asks for the project id, seen without any network: this test binary run
/// again for [`discovery_through_a_proxy`] alone, with `HTTPS_PROXY` pointing at a listener
/// here, which records each tunnel's `CONNECT host:port` and refuses it. A listed region's
/// own host (`.eu` for `eu-west-101`), the global endpoint for a region IAM does not list, and
/// the variable or profile file `iam_endpoint` over the global endpoint.
#[test]
fn discovery_goes_to_the_iam_endpoint_of_the_region_or_the_global_one() {
    use std::io::{BufRead as _, BufReader, Write as _};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, mpsc};

    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let proxy = format!("http://{}", listener.local_addr().unwrap());
    let stop = Arc::new(AtomicBool::new(false));
    let (seen_tx, seen) = mpsc::channel();
    let proxy_thread = std::thread::spawn({
        let stop = Arc::clone(&stop);
        move || {
            for stream in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let mut stream = stream.unwrap();
                let mut first = String::new();
                BufReader::new(&stream).read_line(&mut first).unwrap();
                seen_tx.send(first.trim_end().to_owned()).unwrap();
                let _ = stream.write_all(
                    b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                );
            }
        }
    });

    let mut child = std::process::Command::new(std::env::current_exe().unwrap());
    child
        .args(["discovery_through_a_proxy", "--exact", "--ignored"])
        .args(["--nocapture", "--test-threads=1"])
        .env(DISCOVERY_PROXY_CHILD, &proxy)
        .env("HTTPS_PROXY", &proxy)
        .env("https_proxy", &proxy);
    for name in [
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ] {
        child.env_remove(name);
    }
    let out = child.output().unwrap();
    stop.store(true, Ordering::SeqCst);
    drop(std::net::TcpStream::connect(
        proxy.trim_start_matches("http://"),
    ));
    proxy_thread.join().unwrap();
    let output = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{output}");
    assert!(output.contains("1 passed"), "{output}");
    let seen: Vec<String> = seen.try_iter().collect();
    assert_eq!(
        seen,
        [
            "CONNECT iam.cn-north-4.myhuaweicloud.com:443 HTTP/1.1",
            "CONNECT iam.eu-west-101.myhuaweicloud.eu:443 HTTP/1.1",
            "CONNECT iam.myhuaweicloud.com:443 HTTP/1.1",
            "CONNECT iam.from-variable.example:443 HTTP/1.1",
            "CONNECT iam.from-profile.example:443 HTTP/1.1",
        ],
        "{output}"
    );
}

/// The child of [`discovery_goes_to_the_iam_endpoint_of_the_region_or_the_global_one`]: a DDS
/// client without a project id in each region, its DDS endpoint never reached, its discovery
/// going through the proxy the parent set (and refused there).
#[tokio::test]
#[ignore = "run by discovery_goes_to_the_iam_endpoint_of_the_region_or_the_global_one"]
async fn discovery_through_a_proxy() {
    if std::env::var_os(DISCOVERY_PROXY_CHILD).is_none() {
        return; // Run on its own, without the parent's proxy: it would reach the network.
    }
    let home = tempfile::tempdir().unwrap();
    let profile = home.path().join("credentials");
    std::fs::write(
        &profile,
        "[basic]\nak = PROFILEAK\nsk = profile-sk\niam_endpoint = https://iam.from-profile.example\n",
    )
    .unwrap();
    let cases: [(&str, Option<&str>, bool); 5] = [
        ("cn-north-4", None, false),
        ("eu-west-101", None, false),
        ("xx-unknown-1", None, false),
        (
            "xx-unknown-2",
            Some("https://iam.from-variable.example"),
            false,
        ),
        ("xx-unknown-3", None, true),
    ];
    for (region, variable, from_profile) in cases {
        let variable = variable.map(str::to_owned);
        let builder = Client::builder()
            .endpoint("http://127.0.0.1:9")
            .region(region)
            .retry(huaweicloud_core::RetryPolicy::disabled())
            .env_lookup(move |name| {
                (name == "HUAWEICLOUD_SDK_IAM_ENDPOINT")
                    .then(|| variable.clone())
                    .flatten()
            });
        let builder = if from_profile {
            builder.from_env().profile_file(&profile)
        } else {
            builder.credentials(Credentials::aksk("DISCOVERYAK", "discovery-sk"))
        };
        let client = builder.build().unwrap();
        let err = client
            .audit_log_files("instance", window(), None)
            .try_collect::<Vec<_>>()
            .await
            .unwrap_err();
        assert!(
            err.to_string()
                .contains(&format!("finding the project id of region {region}")),
            "{region}: {err}"
        );
    }
}
