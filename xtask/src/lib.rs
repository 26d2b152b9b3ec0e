//! Project automation for the workspace, run as `cargo xtask <command>` (an alias in
//! `.cargo/config.toml`). Kept to a few dependencies so it builds fast.
//!
//! - `cargo xtask codegen`: regenerate `crates/<service>/src/generated.rs` from `specs/<service>.yaml`.
//! - `cargo xtask codegen --check`: write nothing; fail if any generated file is stale.

pub mod codegen;

use std::path::PathBuf;

/// The workspace root: the parent of this crate's folder.
pub fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}
