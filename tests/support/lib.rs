#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]
//! Helpers shared by the workspace-level tests.

use std::path::{Path, PathBuf};

/// The workspace root (the parent of `tests/`).
pub fn workspace_root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(Path::to_path_buf).unwrap_or(here)
}

/// The services of the workspace: the stems of `specs/*.yaml`, sorted.
pub fn services() -> Vec<String> {
    let dir = workspace_root().join("specs");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("yaml"))
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(str::to_owned))
        .collect();
    names.sort();
    names
}

/// A spec as JSON, so tests can walk it without caring for OpenAPI types.
pub fn spec_json(service: &str) -> serde_json::Value {
    let path = workspace_root()
        .join("specs")
        .join(format!("{service}.yaml"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{} does not parse: {e}", path.display()))
}
