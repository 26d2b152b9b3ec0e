//! A new service is one spec and one command, and a new paged operation is a spec edit and the
//! command: on a copy of the workspace (core, and nothing else of ours), a copied spec with one
//! operation added becomes a crate that builds warning-free, whose README example compiles,
//! and whose streams, batched call and `LogApi` a caller can use; no Rust is written by hand.
//!
//! It builds a crate, so it takes a while the first time; like trybuild, it keeps the copy and
//! its target folder under the workspace's `target/` so later runs only rebuild what changed.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use std::fs;
use std::path::Path;

use xtask::codegen;

/// An operation the copied spec did not have: a paged list with no time window, as RDS's
/// `list_slow_log_file` is.
const NEW_OPERATION: &str = r#"
  /v3/{project_id}/instances/{instance_id}/slowlog-files:
    get:
      operationId: list_slow_log_files
      summary: List the slow log files
      x-paging: {stream: slow_log_files, offset: offset, limit: limit, items: list, total: total_count, key: file_name}
      parameters:
        - $ref: '#/components/parameters/ProjectId'
        - $ref: '#/components/parameters/InstanceId'
        - name: offset
          in: query
          schema:
            $ref: '#/components/schemas/Offset'
        - name: limit
          in: query
          schema:
            $ref: '#/components/schemas/Limit'
      responses:
        '200':
          description: One page of slow log files.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/SlowLogFilePage'
"#;

const NEW_SCHEMAS: &str = r#"
    SlowLogFilePage:
      type: object
      description: One page of slow log files.
      required: [list]
      properties:
        list:
          type: array
          description: The files of this page.
          items:
            $ref: '#/components/schemas/SlowLogFile'
        total_count:
          type: integer
          format: int32
          description: Files in all pages.
    SlowLogFile:
      type: object
      description: One slow log file.
      required: [file_name]
      properties:
        file_name:
          type: string
          description: Its name.
        file_size:
          type: string
          description: Its size.
"#;

/// A caller of the new crate, written against what codegen promises.
const CALLER: &str = r#"//! What the generated crate offers a caller.
#![allow(clippy::unwrap_used)]

// Everything from the crate itself: one dependency line.
use huaweicloud_newsvc::{Client, Credentials, LogApi, META, StreamExt as _, TimeWindow, chrono};

#[test]
fn the_generated_api_is_there() {
    let client = Client::builder()
        .region("cn-north-4")
        .project_id("0549b4a43100d4f32f51c01c2fe4acdb")
        .credentials(Credentials::aksk("HPUAEXAMPLEAK1234567", "secret-key"))
        .build()
        .unwrap();
    assert_eq!(META.name, "newsvc");
    assert_eq!(
        META.builtin_url("cn-north-4").as_deref(),
        Some("https://dds.cn-north-4.myhuaweicloud.com")
    );
    let op = META.operation("list_slow_log_files").unwrap();
    assert_eq!((op.page_size, op.window), (Some(100), None));
    assert!(client.log_kinds().contains(&"audit"), "{:?}", client.log_kinds());
    assert_eq!(client.link_batch("audit"), 50);
    // Streams are lazy: nothing is sent until they are polled.
    let window = TimeWindow::last(chrono::TimeDelta::days(1)).unwrap();
    let _unpin = client.audit_log_files("i", window, None).next();
    let _audit = client.audit_log_files("i", window, None).boxed();
    let _slow = client.slow_log_files("i").boxed();
    let _links = client.audit_log_links("i", &["a", "b"]);
}
"#;

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Insert `text` after the line `after` of the file.
fn insert_after(text: &str, after: &str, insert: &str) -> String {
    let at = text
        .find(after)
        .unwrap_or_else(|| panic!("no {after:?} in the spec"))
        + after.len();
    format!(
        "{}{}{}",
        &text[..at],
        insert.trim_start_matches('\n'),
        &text[at..]
    )
}

#[test]
fn a_copied_spec_and_one_command_make_a_crate_that_builds() {
    let root = xtask::locate_workspace().unwrap();
    let target = xtask::target_dir(&root).unwrap();
    let copy = target.join("new-service-check");
    let work = copy.join("workspace");
    if work.exists() {
        fs::remove_dir_all(&work).unwrap();
    }
    fs::create_dir_all(work.join("specs")).unwrap();
    copy_dir(&root.join("crates/core"), &work.join("crates/core"));
    // IAM finds the project id for every project-scoped service.
    copy_dir(&root.join("crates/iam"), &work.join("crates/iam"));
    fs::copy(root.join("specs/iam.yaml"), work.join("specs/iam.yaml")).unwrap();
    let manifest = fs::read_to_string(root.join("Cargo.toml"))
        .unwrap()
        .replace(
            "members = [\"crates/*\", \"tests\", \"xtask\"]",
            "members = [\"crates/*\"]",
        )
        .replace("default-members = [\"crates/*\", \"tests\"]\n", "");
    assert!(manifest.contains("members = [\"crates/*\"]"), "{manifest}");
    fs::write(work.join("Cargo.toml"), manifest).unwrap();
    fs::copy(root.join("Cargo.lock"), work.join("Cargo.lock")).unwrap();

    // The new service: a copy of the DDS spec under another name, with one operation more.
    let spec = fs::read_to_string(root.join("specs/dds.yaml"))
        .unwrap()
        .replace("x-service:\n  name: dds\n", "x-service:\n  name: newsvc\n");
    let spec = insert_after(&spec, "\npaths:\n", NEW_OPERATION);
    let spec = insert_after(&spec, "\n  schemas:\n", NEW_SCHEMAS);
    fs::write(work.join("specs/newsvc.yaml"), spec).unwrap();

    // The one command.
    let report = codegen::run(&work, false).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        report.changed.len(),
        5,
        "only the new crate is written: {report:?}"
    );
    let generated =
        fs::read_to_string(work.join("crates/newsvc/src/generated_service.rs")).unwrap();
    assert!(
        generated.contains("pub fn slow_log_files("),
        "no stream for the new operation"
    );

    // A caller, and the build: warnings are errors, the README example is compiled and run.
    fs::create_dir_all(work.join("crates/newsvc/tests")).unwrap();
    fs::write(work.join("crates/newsvc/tests/caller.rs"), CALLER).unwrap();
    let out = xtask::cargo()
        .current_dir(&work)
        .env("CARGO_TARGET_DIR", copy.join("target"))
        .env("RUSTFLAGS", "-D warnings")
        .env("RUSTDOCFLAGS", "-D warnings")
        .args(["test", "--offline", "-p", "huaweicloud-newsvc"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the new crate does not build or its tests fail:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("the_generated_api_is_there ... ok"),
        "{stdout}"
    );
    assert!(
        stdout.contains("README.md"),
        "the README example did not run: {stdout}"
    );

    // The skeleton's `schemars` feature: every generated type has a `JsonSchema`, and
    // `component_schemas()` lists them.
    let out = xtask::cargo()
        .current_dir(&work)
        .env("CARGO_TARGET_DIR", copy.join("target"))
        .env("RUSTFLAGS", "-D warnings")
        .args([
            "check",
            "--offline",
            "-p",
            "huaweicloud-newsvc",
            "--features",
            "schemars",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the new crate does not build with its `schemars` feature:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
