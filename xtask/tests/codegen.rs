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
        .replace(
            "x-service:\n  name: dds\n  env-names: [DDS]\n  default-log-kind: audit\n",
            "",
        );
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

/// A scratch workspace with every spec, its crate, and the archiver's manifest and
/// `ServiceKind`.
fn scratch_with_archiver() -> tempfile::TempDir {
    let root = xtask::locate_workspace().unwrap();
    let names: Vec<String> = codegen::services(&root)
        .unwrap()
        .into_iter()
        .map(|s| s.name)
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let dir = scratch(&names);
    fs::create_dir_all(dir.path().join("crates/logs/src")).unwrap();
    for file in ["Cargo.toml", "src/generated_services.rs"] {
        fs::copy(
            root.join(format!("crates/logs/{file}")),
            dir.path().join(format!("crates/logs/{file}")),
        )
        .unwrap();
    }
    dir
}

#[test]
fn service_kind_is_checked_like_every_generated_file() {
    let dir = scratch_with_archiver();
    let report = codegen::run(dir.path(), true).expect("a copy of the real workspace is fresh");
    assert!(
        report
            .files
            .contains(&"crates/logs/src/generated_services.rs".to_owned()),
        "{report:?}"
    );

    // A hand edit is stale, and a plain run puts it back.
    let generated = dir.path().join("crates/logs/src/generated_services.rs");
    edit(&generated, "    Taurusdb,\n", "    Taurusdb,\n    Mongo,\n");
    let err = codegen::run(dir.path(), true).expect_err("an edited ServiceKind must be stale");
    let CodegenError::Stale { files } = &err else {
        panic!("expected a stale file, got {err}")
    };
    assert_eq!(files.len(), 1, "{err}");
    assert_eq!(files[0].0, "crates/logs/src/generated_services.rs");
    assert!(files[0].1.contains("-    Mongo,"), "{}", files[0].1);
    let report = codegen::run(dir.path(), false).unwrap();
    assert_eq!(report.changed, ["crates/logs/src/generated_services.rs"]);
    codegen::run(dir.path(), true).expect("fresh after regenerating");
}

#[test]
fn a_log_spec_becomes_a_service_kind_once_the_archiver_depends_on_its_crate() {
    let dir = scratch_with_archiver();
    let spec = fs::read_to_string(dir.path().join("specs/dds.yaml"))
        .unwrap()
        .replace("x-service:\n  name: dds\n", "x-service:\n  name: newsvc\n");
    fs::write(dir.path().join("specs/newsvc.yaml"), spec).unwrap();
    let generated = dir.path().join("crates/logs/src/generated_services.rs");
    let before = fs::read_to_string(&generated).unwrap();

    // The service crate is written; ServiceKind is not, and the message names the line.
    let err = codegen::run(dir.path(), false).expect_err("the archiver lacks the dependency");
    let message = err.to_string();
    assert!(matches!(err, CodegenError::Manifest { .. }), "{message}");
    assert!(
        message.starts_with("crates/logs/Cargo.toml: specs/newsvc.yaml has log kinds"),
        "{message}"
    );
    assert!(
        message.contains(
            "add the line `huaweicloud-newsvc.workspace = true` under [dependencies] of \
             crates/logs/Cargo.toml"
        ),
        "{message}"
    );
    assert!(
        message.contains(
            "`huaweicloud-newsvc = { path = \"crates/newsvc\", version = \"0.1.0\" }` under \
             [workspace.dependencies] of Cargo.toml"
        ),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(
        dir.path()
            .join("crates/newsvc/src/generated_service.rs")
            .exists()
    );
    assert_eq!(fs::read_to_string(&generated).unwrap(), before);
    let check = codegen::run(dir.path(), true)
        .expect_err("still missing")
        .to_string();
    assert_eq!(check, message);

    // The line added, the next run writes the variant.
    edit(
        &dir.path().join("crates/logs/Cargo.toml"),
        "huaweicloud-dds.workspace = true\n",
        "huaweicloud-dds.workspace = true\nhuaweicloud-newsvc.workspace = true\n",
    );
    let report = codegen::run(dir.path(), false).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.changed, ["crates/logs/src/generated_services.rs"]);
    let text = fs::read_to_string(&generated).unwrap();
    assert!(text.contains("    Newsvc,\n"), "{text}");
    assert!(
        text.contains("Self::Newsvc => &::huaweicloud_newsvc::META,"),
        "{text}"
    );
    let all = text
        .split_once("pub const ALL")
        .and_then(|(_, rest)| rest.split_once("];"))
        .map(|(all, _)| all.split_whitespace().collect::<String>())
        .unwrap_or_default();
    assert!(
        all.ends_with("=[Self::Dds,Self::Newsvc,Self::Rds,Self::Taurusdb,"),
        "in the order of the specs' names: {all}"
    );
}

#[test]
fn a_log_spec_without_its_default_kind_names_what_it_lacks() {
    let dir = scratch(&["dds"]);
    edit(
        &dir.path().join("specs/dds.yaml"),
        "  default-log-kind: audit\n",
        "",
    );
    let message = codegen::run(dir.path(), true)
        .expect_err("no default-log-kind")
        .to_string();
    assert!(
        message.starts_with(
            "specs/dds.yaml: invalid spec: /x-service: `default-log-kind` is required"
        ),
        "{message}"
    );
    assert!(message.ends_with("one of audit, error, slow"), "{message}");
    assert_eq!(message.lines().count(), 1, "{message}");
}
