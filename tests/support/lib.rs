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

/// A list of accepted differences, `<difference> | <reason>` a line (`#` starts a comment), as
/// `tests/generated_schemas.allow` and `tests/sdk_models.allow` keep them: each difference once,
/// each with its reason.
pub fn allow_list(relative: &str) -> std::collections::BTreeMap<String, String> {
    let path = workspace_root().join(relative);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut out = std::collections::BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // The first ` | `: a reason is free text.
        let Some((difference, reason)) = line.split_once(" | ") else {
            panic!(
                "{relative}:{}: no ` | <reason>` after the difference",
                n + 1
            );
        };
        assert!(
            !reason.trim().is_empty(),
            "{relative}:{}: empty reason",
            n + 1
        );
        let previous = out.insert(difference.trim().to_owned(), reason.trim().to_owned());
        assert!(previous.is_none(), "{relative}:{}: listed twice", n + 1);
    }
    out
}

/// What is wrong with `found` against the accepted differences of `allow_file`: the
/// differences not accepted (under `headline`, which says what to do) and the accepted ones
/// that no longer occur; empty when nothing is.
pub fn unaccepted(found: &[String], allow_file: &str, headline: &str) -> String {
    let allowed = allow_list(allow_file);
    let new: Vec<&String> = found.iter().filter(|d| !allowed.contains_key(*d)).collect();
    let gone: Vec<&String> = allowed.keys().filter(|a| !found.contains(a)).collect();
    let mut message = String::new();
    if !new.is_empty() {
        message.push_str(&format!("{} {headline}:\n", new.len()));
        for d in &new {
            message.push_str(&format!("  {d}\n"));
        }
    }
    if !gone.is_empty() {
        message.push_str(&format!(
            "{} accepted difference(s) in {allow_file} no longer occur; remove them:\n",
            gone.len()
        ));
        for d in &gone {
            message.push_str(&format!("  {d}\n"));
        }
    }
    message
}
