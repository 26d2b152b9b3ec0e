#![doc = include_str!("../README.md")]

pub mod bench;
pub mod codegen;
pub mod docs;
pub mod lint;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The checkout this run acts on, found at run time, never from where the binary was built:
/// with a shared `CARGO_TARGET_DIR`, cargo runs the xtask binary built in one checkout from
/// another, and that checkout is the one to act on.
///
/// 1. `CARGO_MANIFEST_DIR` in the environment, which `cargo run` (so `cargo xtask`) and
///    `cargo test` set to the xtask folder: the workspace is its parent, when that parent's
///    `Cargo.toml` is a workspace and the folder is the xtask package.
/// 2. Otherwise `cargo locate-project --workspace` from the current directory (with the cargo
///    of `CARGO` when it is set), when that workspace has the xtask package.
///
/// Fails with how to run it when neither finds the checkout.
pub fn locate_workspace() -> Result<PathBuf, String> {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").filter(|d| !d.is_empty());
    let from_env = match manifest_dir {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            match dir.parent() {
                Some(root) if is_xtask_package(&dir) && is_workspace(root) => {
                    return Ok(root.to_path_buf());
                }
                _ => format!(
                    "CARGO_MANIFEST_DIR ({}) is not the xtask folder of a workspace",
                    dir.display()
                ),
            }
        }
        None => "CARGO_MANIFEST_DIR is not set".to_owned(),
    };
    let cwd = std::env::current_dir().map_or_else(
        |e| format!("(current directory: {e})"),
        |d| d.display().to_string(),
    );
    let from_cargo = match locate_project() {
        Ok(root) if is_workspace(&root) && is_xtask_package(&root.join("xtask")) => {
            return Ok(root);
        }
        Ok(root) => format!(
            "the workspace around {cwd}, {}, has no xtask package",
            root.display()
        ),
        Err(e) => format!("`cargo locate-project --workspace` in {cwd}: {e}"),
    };
    Err(format!(
        "cannot find the checkout to act on: {from_env}, and {from_cargo}; \
         run it as `cargo xtask <command>` from inside the checkout"
    ))
}

/// A command running the cargo that runs this program (`CARGO`, set by `cargo run`), or
/// `cargo` from `PATH`.
pub fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo")))
}

/// The target directory cargo uses for the workspace at `root`, as `cargo metadata` says:
/// `CARGO_TARGET_DIR`, `build.target-dir` in a config file, or `<root>/target`.
pub fn target_dir(root: &Path) -> Result<PathBuf, String> {
    let out = cargo()
        .current_dir(root)
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .output()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo metadata in {} failed: {}",
            root.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    let metadata: serde_json::Value =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    metadata["target_directory"]
        .as_str()
        .map(PathBuf::from)
        .ok_or_else(|| "cargo metadata gave no target_directory".to_owned())
}

/// The workspace root cargo finds from the current directory.
fn locate_project() -> Result<PathBuf, String> {
    let out = cargo()
        .args(["locate-project", "--workspace", "--message-format", "plain"])
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(stderr.trim().trim_start_matches("error: ").to_owned());
    }
    let manifest = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    manifest
        .parent()
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("it printed {}", manifest.display()))
}

/// `dir/Cargo.toml` has a `[workspace]` table.
fn is_workspace(dir: &Path) -> bool {
    std::fs::read_to_string(dir.join("Cargo.toml"))
        .is_ok_and(|text| text.lines().any(|l| l.trim() == "[workspace]"))
}

/// `dir/Cargo.toml` is this package's manifest.
fn is_xtask_package(dir: &Path) -> bool {
    std::fs::read_to_string(dir.join("Cargo.toml"))
        .is_ok_and(|text| text.lines().any(|l| l.trim() == r#"name = "xtask""#))
}
