//! The codegen contract: checked-in files match the specs, and every failure is one clear line.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use std::fs;
use std::path::Path;

use xtask::codegen::{self, CodegenError};

/// `cargo test` fails when a generated file is stale, with the command that fixes it.
#[test]
fn generated_files_match_the_specs() {
    if let Err(e) = codegen::run(&xtask::locate_workspace().unwrap(), true) {
        panic!("{e}");
    }
}

/// What codegen writes or checks in a service crate.
const CRATE_FILES: [&str; 5] = [
    "Cargo.toml",
    "README.md",
    "src/lib.rs",
    "src/generated.rs",
    "src/generated_service.rs",
];

/// A workspace in a temp dir holding copies of the given specs and their crates' files.
fn scratch(services: &[&str]) -> tempfile::TempDir {
    let root = xtask::locate_workspace().unwrap();
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("specs")).unwrap();
    for service in services {
        fs::copy(
            root.join(format!("specs/{service}.yaml")),
            dir.path().join(format!("specs/{service}.yaml")),
        )
        .unwrap();
        fs::create_dir_all(dir.path().join(format!("crates/{service}/src"))).unwrap();
        for file in CRATE_FILES {
            fs::copy(
                root.join(format!("crates/{service}/{file}")),
                dir.path().join(format!("crates/{service}/{file}")),
            )
            .unwrap();
        }
    }
    dir
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        path.display()
    );
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn raising_max_items_makes_the_check_fail_with_a_diff_and_the_fix() {
    let dir = scratch(&["dds"]);
    codegen::run(dir.path(), true).expect("a copy of the real workspace is fresh");

    edit(
        &dir.path().join("specs/dds.yaml"),
        "maxItems: 50",
        "maxItems: 51",
    );
    let err = codegen::run(dir.path(), true).expect_err("raised maxItems must make --check fail");
    let CodegenError::Stale { files } = &err else {
        panic!("expected a stale file, got {err}")
    };
    // The bound reaches both the type that checks it and the batch size of the batched call.
    assert_eq!(files.len(), 2, "{err}");
    assert_eq!(files[0].0, "crates/dds/src/generated.rs");
    assert!(
        files[0].1.contains("BoundedVec<1, 51, 1>"),
        "diff shows the new bound:\n{}",
        files[0].1
    );
    assert_eq!(files[1].0, "crates/dds/src/generated_service.rs");
    assert!(
        files[1]
            .1
            .contains("+            batch_size: ::std::option::Option::Some(51),"),
        "diff shows the new batch size:\n{}",
        files[1].1
    );
    let message = err.to_string();
    assert!(message.contains("run `cargo xtask codegen`"), "{message}");

    // Check mode wrote nothing; a plain run fixes it, and then check passes.
    let generated = dir.path().join("crates/dds/src/generated.rs");
    assert!(
        !fs::read_to_string(&generated)
            .unwrap()
            .contains("BoundedVec<1, 51>")
    );
    let report = codegen::run(dir.path(), false).unwrap();
    assert_eq!(
        report.changed,
        [
            "crates/dds/src/generated.rs",
            "crates/dds/src/generated_service.rs"
        ]
    );
    codegen::run(dir.path(), true).expect("fresh after regenerating");
}

#[test]
fn the_same_spec_gives_the_same_bytes() {
    let root = xtask::locate_workspace().unwrap();
    for service in codegen::services(&root).unwrap() {
        let a = codegen::generate(&root, &service).unwrap();
        let b = codegen::generate(&root, &service).unwrap();
        assert_eq!(a, b, "{} is not deterministic", service.name);
        for text in [&a.client, &a.service] {
            assert_eq!(
                text.lines().next().unwrap(),
                format!(
                    "// Generated from specs/{}.yaml by `cargo xtask codegen`; do not modify.",
                    service.name
                )
            );
        }
    }
}

#[test]
fn an_invalid_spec_is_one_line_naming_the_file_and_line() {
    let dir = scratch(&[]);
    fs::create_dir_all(dir.path().join("crates/broken/src")).unwrap();
    fs::write(
        dir.path().join("specs/broken.yaml"),
        "openapi: 3.0.3\ninfo:\n  title: [unclosed\n  version: v1\npaths: {}\n",
    )
    .unwrap();
    let err = codegen::run(dir.path(), true).expect_err("a broken spec must fail");
    let message = err.to_string();
    assert!(matches!(err, CodegenError::Spec { .. }), "{message}");
    assert!(message.starts_with("specs/broken.yaml:"), "{message}");
    assert!(
        message.starts_with("specs/broken.yaml:3:10: invalid spec: info.title:"),
        "names the line: {message}"
    );
    assert!(
        !message.contains(" at line "),
        "says the location once: {message}"
    );
    assert_eq!(message.lines().count(), 1, "one line: {message}");
}

#[test]
fn a_spec_that_is_not_openapi_names_the_file() {
    let dir = scratch(&[]);
    fs::create_dir_all(dir.path().join("crates/wrong/src")).unwrap();
    fs::write(
        dir.path().join("specs/wrong.yaml"),
        "openapi: 3.0.3\ninfo:\n  title: t\n",
    )
    .unwrap();
    let message = codegen::run(dir.path(), true)
        .expect_err("missing fields")
        .to_string();
    assert!(message.starts_with("specs/wrong.yaml"), "{message}");
    assert!(
        message.contains("version") || message.contains("paths"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1, "{message}");
}

#[test]
fn a_progenitor_panic_is_reported_with_the_spec_name() {
    // progenitor unwraps path items, so a `$ref` path item makes it panic.
    let dir = scratch(&[]);
    fs::create_dir_all(dir.path().join("crates/panics/src")).unwrap();
    fs::write(
        dir.path().join("specs/panics.yaml"),
        "openapi: 3.0.3\ninfo: {title: t, version: v1}\npaths:\n  /x:\n    $ref: '#/components/pathItems/x'\n",
    )
    .unwrap();
    let err = codegen::run(dir.path(), true).expect_err("progenitor must refuse this spec");
    let message = err.to_string();
    assert!(matches!(err, CodegenError::Generator { .. }), "{message}");
    assert!(
        message.starts_with("specs/panics.yaml: progenitor could not generate a client"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1, "{message}");
}

#[test]
fn a_new_spec_gets_a_crate_whose_own_files_are_written_once() {
    let dir = scratch(&[]);
    fs::copy(
        xtask::locate_workspace().unwrap().join("specs/dds.yaml"),
        dir.path().join("specs/newsvc.yaml"),
    )
    .unwrap();

    // Check mode names every missing file and writes none.
    let err = codegen::run(dir.path(), true).expect_err("the crate is missing");
    let CodegenError::Stale { files } = &err else {
        panic!("expected missing files, got {err}")
    };
    let mut missing: Vec<&str> = files.iter().map(|(path, _)| path.as_str()).collect();
    missing.sort_unstable();
    let mut expected: Vec<String> = CRATE_FILES
        .iter()
        .map(|f| format!("crates/newsvc/{f}"))
        .collect();
    expected.sort_unstable();
    assert_eq!(missing, expected);
    assert!(!dir.path().join("crates/newsvc").exists());

    // A plain run writes the crate; its own files are then left alone.
    let report = codegen::run(dir.path(), false).unwrap();
    assert_eq!(report.changed.len(), CRATE_FILES.len(), "{report:?}");
    let lib = fs::read_to_string(dir.path().join("crates/newsvc/src/lib.rs")).unwrap();
    assert!(lib.contains("mod generated_service;"), "{lib}");
    let manifest = fs::read_to_string(dir.path().join("crates/newsvc/Cargo.toml")).unwrap();
    assert!(
        manifest.contains("name = \"huaweicloud-newsvc\""),
        "{manifest}"
    );
    let readme = dir.path().join("crates/newsvc/README.md");
    fs::write(&readme, "# ours now\n").unwrap();
    codegen::run(dir.path(), true).expect("fresh after the first run");
    assert!(codegen::run(dir.path(), false).unwrap().changed.is_empty());
    assert_eq!(fs::read_to_string(&readme).unwrap(), "# ours now\n");
}

#[test]
fn a_spec_without_x_service_says_what_it_lacks() {
    let dir = scratch(&[]);
    let text = fs::read_to_string(xtask::locate_workspace().unwrap().join("specs/dds.yaml"))
        .unwrap()
        .replace("x-service:\n  name: dds\n  env-names: [DDS]\n", "");
    fs::write(dir.path().join("specs/anon.yaml"), text).unwrap();
    let message = codegen::run(dir.path(), true)
        .expect_err("no x-service")
        .to_string();
    assert!(
        message.starts_with("specs/anon.yaml: invalid spec: no `x-service`"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1, "{message}");
}
