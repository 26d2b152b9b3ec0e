//! A Rust user's first hour, played again: a program written from the READMEs that lists,
//! links and downloads from the emulator for the three services, and trips on each error a
//! newcomer meets. Each friction point once reported has an assertion here that would have
//! caught it. Only the service crates are used (and the emulator): what a first program needs
//! is re-exported by each of them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use huaweicloud_dds::chrono::{TimeDelta, Utc};
use huaweicloud_dds::{Downloader, ErrorKind, TimeWindow, TryStreamExt as _};
use huaweicloud_emulator::{Config, Emulator, start};

async fn emulator() -> Emulator {
    start(Config {
        logs_per_instance: 4,
        file_size: 2048,
        ..Config::default()
    })
    .await
    .unwrap()
}

fn last_month() -> TimeWindow {
    TimeWindow::last(TimeDelta::days(30)).unwrap()
}

/// 1. A download works before any client exists, with no TLS setup by the program (a
///    `reqwest` call through our re-export used to panic for want of a rustls provider), and
///    writes the whole file or nothing.
#[tokio::test]
async fn a_link_downloads_with_no_setup_and_no_panic() {
    let downloader = Downloader::new().expect("no client built before, and no panic");
    let emu = emulator().await;
    let client: huaweicloud_dds::Client = emu.client().unwrap();
    let instance = emu.instances().dds[0].id.clone();
    let files: Vec<_> = client
        .audit_log_files(&instance, last_month(), None)
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<&str> = files.iter().map(|f| f.id.as_str()).collect();
    let links = client.audit_log_links(&instance, &ids).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let manifest = emu.manifest(false).await;
    for link in &links {
        let path = dir.path().join(&link.id);
        let written = downloader.to_file(link, &path).await.unwrap();
        let expected = manifest.iter().find(|e| e.id == link.id).unwrap().size;
        assert_eq!(written, expected);
        assert_eq!(std::fs::metadata(&path).unwrap().len(), expected);
        assert_eq!(downloader.bytes(link).await.unwrap().len() as u64, expected);
    }
    // A size the link states and the body does not have: refused, nothing left behind.
    let mut lying = links[0].clone();
    lying.size_bytes = Some(lying.size_bytes.unwrap_or(2048) + 1);
    let path = dir.path().join("short");
    let err = downloader.to_file(&lying, &path).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(!path.exists() && !dir.path().join("short.part").exists());
    // Plain http to anything but loopback is refused before a byte is sent.
    let mut plain = links[0].clone();
    plain.url = "http://obs.example.com/bucket/file?Signature=secret".to_owned();
    let err = downloader.bytes(&plain).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput, "{err}");
    assert!(!err.to_string().contains("secret"), "{err}");

    // An expired link: an error that says so and shows no signature, and no file left.
    emu.clock().advance(std::time::Duration::from_secs(3600));
    let path = dir.path().join("expired");
    let err = downloader.to_file(&links[0], &path).await.unwrap_err();
    assert_eq!(err.status(), Some(403), "{err}");
    assert!(err.to_string().contains("expired"), "{err}");
    assert!(!err.to_string().contains("signature="), "{err}");
    assert!(!path.exists() && !dir.path().join("expired.part").exists());
}

/// 2. The project id of the client applies to every call: no `.project_id(..)` per call.
/// 8. Ids take `&[&str]`, and one dependency per service is enough (this file uses no other).
#[tokio::test]
async fn the_client_configuration_applies_to_every_call() {
    let emu = emulator().await;
    let dds: huaweicloud_dds::Client = emu.client().unwrap();
    let instance = emu.instances().dds[0].id.clone();
    let page = dds
        .list_auditlogs()
        .instance_id(instance.as_str())
        .start_time(Utc::now() - TimeDelta::days(30))
        .end_time(Utc::now())
        .send()
        .await
        .expect("the project id comes from the client");
    let ids: Vec<&str> = page.audit_logs.iter().map(|f| f.id.as_str()).collect();
    assert!(!ids.is_empty());
    assert_eq!(
        dds.audit_log_links(&instance, &ids).await.unwrap().len(),
        ids.len()
    );

    // A call may still name another project; the service then refuses it.
    let err = dds
        .list_auditlogs()
        .project_id("0123456789abcdef0123456789abcdef")
        .instance_id(instance.as_str())
        .start_time(Utc::now() - TimeDelta::days(1))
        .end_time(Utc::now())
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(403), "{err}");

    let taurus: huaweicloud_taurusdb::Client = emu.client().unwrap();
    let t = emu.instances().taurusdb[0].clone();
    let node = t.nodes.unwrap()[0].clone();
    let ddl: Vec<_> = taurus
        .ddl_log_files(&t.id, &node, last_month())
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<&str> = ddl.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        taurus.ddl_log_links(&t.id, &ids).await.unwrap().len(),
        ids.len()
    );
}

/// 3. Every error names the service and the operation, from every path; DDS and RDS both
///    call theirs `list_auditlogs`, and their errors differ.
/// 6. The error a user meets is the one type, `huaweicloud_core::Error`, whichever crate.
#[tokio::test]
async fn every_error_names_the_service_and_the_operation() {
    let emu = emulator().await;
    let dds: huaweicloud_dds::Client = emu.client().unwrap();
    let rds: huaweicloud_rds::Client = emu.client().unwrap();
    let one_type = |e: huaweicloud_core::Error| e;

    // From the service: an unknown instance.
    let from_service = |e: huaweicloud_dds::Error| one_type(e);
    let dds_err = from_service(
        dds.list_auditlogs()
            .instance_id("nosuchinstance")
            .start_time(Utc::now() - TimeDelta::days(1))
            .end_time(Utc::now())
            .send()
            .await
            .unwrap_err(),
    );
    let rds_err: huaweicloud_rds::Error = rds
        .list_auditlogs()
        .instance_id("nosuchinstance")
        .start_time(Utc::now() - TimeDelta::days(1))
        .end_time(Utc::now())
        .offset(0)
        .limit(50)
        .send()
        .await
        .unwrap_err();
    assert_eq!(dds_err.service(), Some("dds"));
    assert_eq!(rds_err.service(), Some("rds"));
    assert!(
        dds_err.to_string().starts_with("dds list_auditlogs: "),
        "{dds_err}"
    );
    assert!(
        rds_err.to_string().starts_with("rds list_auditlogs: "),
        "{rds_err}"
    );

    // From a setter: a value out of its bounds, before anything is sent.
    let before = emu.stats().total_requests;
    let input = dds
        .list_auditlogs()
        .instance_id("x")
        .start_time(Utc::now() - TimeDelta::days(1))
        .end_time(Utc::now())
        .limit(500)
        .send()
        .await
        .unwrap_err();
    assert_eq!(input.kind(), ErrorKind::InvalidInput);
    assert_eq!(
        (input.service(), input.operation()),
        (Some("dds"), Some("list_auditlogs"))
    );
    assert!(input.to_string().contains("limit"), "{input}");
    assert_eq!(emu.stats().total_requests, before, "nothing was sent");

    // From the transport: nothing listens there.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let nowhere: huaweicloud_taurusdb::Client = emu
        .client_builder()
        .endpoint(format!("http://127.0.0.1:{port}"))
        .retry(huaweicloud_core::RetryPolicy::disabled())
        .build()
        .unwrap();
    let transport = nowhere
        .ddl_log_links("7e8dfe8f580043d4a424f65b51c0e1f0in07", &["a"])
        .await
        .unwrap_err();
    assert_eq!(transport.kind(), ErrorKind::Transport, "{transport}");
    assert!(
        transport
            .to_string()
            .starts_with("taurusdb download_ddl_logs: transport error"),
        "{transport}"
    );

    // From decoding: a 200 whose body is not the operation's JSON.
    let liar = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let liar_url = format!("http://{}", liar.local_addr().unwrap());
    tokio::spawn(async move {
        use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
        while let Ok((mut socket, _)) = liar.accept().await {
            let mut request = [0u8; 16384];
            let _ = socket.read(&mut request).await;
            let body = "{not json";
            let answer = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
                 connection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = socket.write_all(answer.as_bytes()).await;
        }
    });
    let lying: huaweicloud_rds::Client = emu
        .client_builder()
        .endpoint(liar_url)
        .retry(huaweicloud_core::RetryPolicy::disabled())
        .build()
        .unwrap();
    let decode = lying
        .list_auditlogs()
        .instance_id("x")
        .start_time(Utc::now() - TimeDelta::days(1))
        .end_time(Utc::now())
        .offset(0)
        .limit(50)
        .send()
        .await
        .unwrap_err();
    assert_eq!(decode.kind(), ErrorKind::Decode, "{decode}");
    assert_eq!(
        (decode.service(), decode.operation()),
        (Some("rds"), Some("list_auditlogs"))
    );
    assert!(
        decode.to_string().starts_with("rds list_auditlogs: "),
        "{decode}"
    );

    // ErrorKind prints as words.
    assert_eq!(ErrorKind::Transport.to_string(), "transport error");
}

/// 4. A client with no credentials does not build (unless asked for), and says where it
///    looked; the emulator hands out a configured builder with no environment variable.
#[test]
fn a_client_without_credentials_is_refused_when_built() {
    let err = huaweicloud_dds::Client::builder()
        .endpoint("http://127.0.0.1:9")
        .project_id("0123456789abcdef0123456789abcdef")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Configuration);
    assert!(err.to_string().contains("HUAWEICLOUD_SDK_AK"), "{err}");
    assert!(
        huaweicloud_dds::Client::builder()
            .endpoint("http://127.0.0.1:9")
            .anonymous()
            .build()
            .is_ok()
    );
}

/// 5. Streams are `Unpin`: the loop a newcomer writes first compiles and runs.
#[tokio::test]
async fn streams_can_be_walked_with_try_next() {
    let emu = emulator().await;
    let rds: huaweicloud_rds::Client = emu.client().unwrap();
    let instance = emu.instances().rds[0].id.clone();
    // The emulator's files are at most 60 days old.
    let window = TimeWindow::last(TimeDelta::days(61)).unwrap();
    let mut files = rds.audit_log_files(&instance, window);
    let mut count = 0;
    while let Some(file) = files.try_next().await.unwrap() {
        assert!(file.size_bytes.is_some());
        count += 1;
    }
    assert_eq!(
        count,
        emu.dataset()
            .files_of(huaweicloud_emulator::Service::Rds, &instance)
            .len()
    );
}

/// The first block fenced as ```` ```fence ```` in a markdown text.
fn fenced(text: &str, fence: &str) -> String {
    text.split(&format!("\n```{fence}\n"))
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .unwrap_or_else(|| panic!("no ```{fence} block"))
        .to_owned()
}

/// The root README's first program is the compiled example `readme_first_program` of
/// huaweicloud-dds: its `use` line, a blank line, then the lines between the example's
/// `// README begin` and `// README end` markers (one indent less), exactly.
#[test]
fn the_readmes_first_program_is_a_compiled_example() {
    let root = huaweicloud_workspace_tests::workspace_root();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let program = fenced(&readme, "rust");
    let shown: Vec<&str> = program.lines().collect();
    let path = root.join("crates/dds/examples/readme_first_program.rs");
    let example = std::fs::read_to_string(&path).unwrap();
    let uses: Vec<&str> = example.lines().filter(|l| l.starts_with("use ")).collect();
    let body: Vec<&str> = example
        .lines()
        .skip_while(|l| l.trim() != "// README begin")
        .skip(1)
        .take_while(|l| l.trim() != "// README end")
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .collect();
    assert!(!body.is_empty(), "{}: no README markers", path.display());
    let mut compiled = uses;
    compiled.push("");
    compiled.extend(body);
    assert_eq!(
        shown,
        compiled,
        "README.md's first program differs from {}: change both",
        path.display()
    );
}

/// 8. A new program needs nothing but what the READMEs say: a crate of its own whose
///    dependencies are the `[dependencies]` block of `crates/dds/README.md` (the crate by path
///    here, as it is not published) and whose `main` is the root README's first program builds,
///    warning-free, outside the workspace. Like trybuild, the crate and its target folder stay
///    under cargo's target folder, so later runs rebuild only what changed.
#[test]
fn the_readmes_dependencies_are_all_a_first_program_needs() {
    let root = huaweicloud_workspace_tests::workspace_root();
    let dds_readme = std::fs::read_to_string(root.join("crates/dds/README.md")).unwrap();
    let dependencies = fenced(&dds_readme, "toml");
    assert!(
        dependencies.contains("huaweicloud-dds = \"0.1\""),
        "{dependencies}"
    );
    let dds = root.join("crates/dds");
    let dependencies = dependencies.replace(
        "huaweicloud-dds = \"0.1\"",
        &format!(
            "huaweicloud-dds = {{ path = {:?} }}",
            dds.display().to_string()
        ),
    );
    let program = fenced(
        &std::fs::read_to_string(root.join("README.md")).unwrap(),
        "rust",
    );
    let (uses, body): (Vec<&str>, Vec<&str>) = program.lines().partition(|l| l.starts_with("use "));
    let main = format!(
        "{}\n\n#[tokio::main]\nasync fn main() -> Result<(), Box<dyn std::error::Error>> {{\n{}\n    Ok(())\n}}\n",
        uses.join("\n"),
        body.join("\n")
    );

    // target/debug/deps/first_hour-… → target/
    let exe = std::env::current_exe().unwrap();
    let target = exe.ancestors().nth(3).unwrap().to_path_buf();
    let dir = target.join("first-program-check");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"first-program\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
         publish = false\n\n{dependencies}\n\n[workspace]\n"
    );
    let write_if_changed = |path: std::path::PathBuf, text: &str| {
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text) {
            std::fs::write(&path, text).unwrap();
        }
    };
    write_if_changed(dir.join("Cargo.toml"), &manifest);
    write_if_changed(dir.join("src/main.rs"), &main);
    // The workspace's lock: the same versions, nothing fetched.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();

    let out = std::process::Command::new(std::env::var("CARGO").unwrap_or("cargo".into()))
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env("RUSTFLAGS", "-D warnings")
        .args(["build", "--offline", "--quiet"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "a crate with only the README's dependencies does not build the README's program:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
