//! The xtask acts on the checkout it runs in, not on the one it was built in: with a shared
//! `CARGO_TARGET_DIR`, cargo runs the binary built in one checkout from another. Here the
//! binary built from this checkout runs in a copy of it (no cargo build of the copy), both as
//! `cargo run` starts it (`CARGO_MANIFEST_DIR` set to the copy's xtask folder) and without
//! `CARGO_MANIFEST_DIR` (found by `cargo locate-project`), and must read and write the copy
//! only.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A sentence in the description of `list_auditlogs`, which goes into the generated docs.
const DESCRIPTION: &str = "Lists the audit log files of a DDS instance";
const EDITED: &str = "Lists (edited in the copy) the audit log files of a DDS instance";
const GENERATED: &str = "crates/dds/src/generated.rs";

/// How the binary is started in the copy.
#[derive(Clone, Copy, Debug)]
enum Start {
    /// As `cargo run` does: `CARGO_MANIFEST_DIR` is the copy's xtask folder.
    CargoRun,
    /// No `CARGO_MANIFEST_DIR` (the test process has one, from `cargo test`: removed).
    NoVariable,
    /// A `CARGO_MANIFEST_DIR` that is not an xtask folder: ignored, like no variable.
    WrongFolder,
}

fn original() -> PathBuf {
    xtask::locate_workspace().unwrap()
}

/// Everything of the checkout but `target/` and `.git/`, into a temp dir.
fn copy_checkout() -> tempfile::TempDir {
    fn copy_dir(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap();
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name();
            let (src, dst) = (entry.path(), to.join(&name));
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                copy_dir(&src, &dst);
            } else if kind.is_file() {
                fs::copy(&src, &dst).unwrap();
            }
        }
    }
    let root = original();
    let dir = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(&root).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == "target" || name == ".git" {
            continue;
        }
        let (src, dst) = (entry.path(), dir.path().join(&name));
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&src, &dst);
        } else {
            fs::copy(&src, &dst).unwrap();
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

/// Runs the prebuilt xtask in `copy` (its current directory) with `args`.
fn xtask(copy: &Path, start: Start, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_xtask"));
    command.args(args).current_dir(copy);
    match start {
        Start::CargoRun => command.env("CARGO_MANIFEST_DIR", copy.join("xtask")),
        Start::NoVariable => command.env_remove("CARGO_MANIFEST_DIR"),
        Start::WrongFolder => command.env("CARGO_MANIFEST_DIR", copy.join("crates/dds")),
    };
    command.output().unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "exit {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The files of the original checkout that a run acting on the wrong checkout would touch.
fn snapshot(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for dir in [
        "specs",
        "crates/dds/src",
        "crates/rds/src",
        "crates/taurusdb/src",
    ] {
        for entry in fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                files.push((path.clone(), fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

/// A spec edited in the copy: `codegen --check` there sees the stale file, `codegen` writes
/// the copy's file (and nothing of the original), and the check then passes; `lint` reports a
/// defect that only the copy has.
fn acts_on_the_copy(start: Start) {
    let original = original();
    let before = snapshot(&original);
    let dir = copy_checkout();
    let copy = dir.path();
    edit(&copy.join("specs/dds.yaml"), DESCRIPTION, EDITED);
    let generated = fs::read_to_string(copy.join(GENERATED)).unwrap();
    assert!(!generated.contains(EDITED));

    let check = xtask(copy, start, &["codegen", "--check"]);
    assert_eq!(
        check.status.code(),
        Some(1),
        "{start:?}: --check must fail on the copy's edited spec\n{}",
        text(&check)
    );
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(stderr.contains(GENERATED), "{start:?}: {}", text(&check));
    assert!(
        !stderr.contains("crates/rds") && !stderr.contains("crates/taurusdb"),
        "{start:?}: only dds is stale: {}",
        text(&check)
    );

    let run = xtask(copy, start, &["codegen"]);
    assert!(run.status.success(), "{start:?}: {}", text(&run));
    assert!(
        String::from_utf8_lossy(&run.stdout).contains(&format!("wrote {GENERATED}")),
        "{start:?}: {}",
        text(&run)
    );
    let regenerated = fs::read_to_string(copy.join(GENERATED)).unwrap();
    assert_ne!(regenerated, generated, "{start:?}: the copy's file changed");
    assert!(regenerated.contains(EDITED), "{start:?}");
    assert!(
        snapshot(&original) == before,
        "{start:?}: the original checkout's specs and generated files must not change"
    );

    let check = xtask(copy, start, &["codegen", "--check"]);
    assert!(
        check.status.success(),
        "{start:?}: fresh after codegen: {}",
        text(&check)
    );

    // A defect only the copy has: an operationId that is not snake_case.
    let spec = copy.join("specs/dds.yaml");
    edit(
        &spec,
        "operationId: list_auditlog_links",
        "operationId: ListAuditlogLinks",
    );
    let line = fs::read_to_string(&spec)
        .unwrap()
        .lines()
        .position(|l| l.contains("operationId: ListAuditlogLinks"))
        .unwrap()
        + 1;
    let lint = xtask(copy, start, &["lint"]);
    assert_eq!(lint.status.code(), Some(1), "{start:?}: {}", text(&lint));
    let stderr = String::from_utf8_lossy(&lint.stderr);
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with(&format!("specs/dds.yaml:{line}: "))
                && l.contains("ListAuditlogLinks")),
        "{start:?}: the copy's defect, at its line {line}: {}",
        text(&lint)
    );
    assert!(snapshot(&original) == before, "{start:?}");
}

#[test]
fn started_like_cargo_run_it_acts_on_the_checkout_it_runs_in() {
    acts_on_the_copy(Start::CargoRun);
}

#[test]
fn without_cargo_manifest_dir_cargo_finds_the_checkout() {
    acts_on_the_copy(Start::NoVariable);
}

#[test]
fn a_cargo_manifest_dir_that_is_not_the_xtask_folder_is_not_trusted() {
    let dir = copy_checkout();
    let copy = dir.path();
    edit(&copy.join("specs/dds.yaml"), DESCRIPTION, EDITED);
    let check = xtask(copy, Start::WrongFolder, &["codegen", "--check"]);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check));
    assert!(
        String::from_utf8_lossy(&check.stderr).contains(GENERATED),
        "{}",
        text(&check)
    );
}

#[test]
fn outside_a_checkout_it_says_how_to_run_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = xtask(dir.path(), Start::NoVariable, &["codegen", "--check"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("error: cannot find the checkout to act on:")
            && stderr.contains("run it as `cargo xtask <command>` from inside the checkout"),
        "{}",
        text(&out)
    );
    assert_eq!(stderr.lines().count(), 1, "{}", text(&out));
}
