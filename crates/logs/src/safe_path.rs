//! Untrusted names from the server turned into safe relative paths.
//!
//! Whatever a service sends as a file, instance or node name, the result is a relative path of
//! plain components: no root, no `.` or `..`, no NUL or control characters, no separators
//! inside a component, each component at most [`MAX_COMPONENT`] bytes and the whole name at
//! most [`MAX_DEPTH`] components deep. Joined under the destination it cannot point outside it.

use std::path::{Path, PathBuf};

use sha2::{Digest as _, Sha256};

use crate::model::LogFile;

/// Longest component, in bytes (file systems allow 255).
pub const MAX_COMPONENT: usize = 200;
/// Most directories a server-sent name may create.
pub const MAX_DEPTH: usize = 8;
/// Prefix of the archiver's own files (temporary downloads, the manifest): a server name that
/// starts with it is renamed so it cannot be mistaken for one.
pub const RESERVED_PREFIX: &str = ".hwlogs";

/// One path component from untrusted text: separators, NUL and control characters replaced
/// by `_`, `.`/`..`/empty given a placeholder, length bounded (with a hash of the original so
/// that two long names stay apart).
pub fn component(raw: &str) -> String {
    let mut out: String = raw
        .chars()
        .map(|c| match c {
            '/' | '\\' | '\0' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    let trimmed = out.trim().to_owned();
    out = trimmed;
    if out.is_empty() || out.chars().all(|c| c == '.') {
        out = format!("_{}", out.len());
    }
    if out.starts_with(RESERVED_PREFIX) {
        out.insert(0, '_');
    }
    if out.len() > MAX_COMPONENT {
        let tag = short_hash(raw);
        let mut cut = MAX_COMPONENT - tag.len() - 1;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out = format!("{}~{tag}", &out[..cut]);
    }
    out
}

/// A relative path from an untrusted name that may contain `/` (RDS sends object paths):
/// each part made safe by [`component`], empty, `.` and `..` parts dropped, at most
/// [`MAX_DEPTH`] parts (the rest joined into the last).
pub fn relative(raw: &str) -> PathBuf {
    let parts: Vec<&str> = raw
        .split(['/', '\\'])
        .filter(|p| !p.trim().is_empty() && *p != "." && *p != "..")
        .collect();
    if parts.is_empty() {
        return PathBuf::from(component(raw));
    }
    let mut path = PathBuf::new();
    let (dirs, last) = if parts.len() > MAX_DEPTH {
        (&parts[..MAX_DEPTH - 1], parts[MAX_DEPTH - 1..].join("_"))
    } else {
        (&parts[..parts.len() - 1], parts[parts.len() - 1].to_owned())
    };
    for d in dirs {
        path.push(component(d));
    }
    path.push(component(&last));
    path
}

/// Where a file goes under the destination: `{service}/{instance}/{node, if any}/{name}` for
/// the service's default kind of log (as it always was, so existing archives stay valid), and
/// `{service}/{instance}/{kind}/{node, if any}/{name}` for another kind (`slow`, `error`).
pub fn layout(file: &LogFile) -> PathBuf {
    let mut path = PathBuf::from(file.service.as_str());
    path.push(component(&file.instance_id));
    if file.kind() != file.service.default_log_kind() {
        path.push(component(file.kind()));
    }
    if let Some(node) = &file.node_id {
        path.push(component(node));
    }
    path.push(relative(&file.name));
    path
}

/// The layout path with `~{hash of id}` before the extension: for a second file whose name
/// maps to a path already taken.
pub fn disambiguated(file: &LogFile) -> PathBuf {
    let path = layout(file);
    let tag = short_hash(&file.id);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let renamed = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{stem}~{tag}.{ext}"),
        _ => format!("{name}~{tag}"),
    };
    path.with_file_name(component(&renamed))
}

/// Whether `path` is relative and made only of normal components (what this module produces).
pub fn is_contained(path: &Path) -> bool {
    !path.as_os_str().is_empty()
        && path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
}

fn short_hash(s: &str) -> String {
    hex::encode(&Sha256::digest(s.as_bytes())[..4])
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::{ListedSize, ServiceKind};

    fn file(name: &str, node: Option<&str>) -> LogFile {
        LogFile {
            service: ServiceKind::Dds,
            kind: String::new(),
            instance_id: "inst".into(),
            node_id: node.map(Into::into),
            id: "id1".into(),
            name: name.into(),
            size: ListedSize::Unknown,
            start_time: None,
            end_time: None,
            active: true,
        }
    }

    #[test]
    fn hostile_names_stay_inside() {
        let long = "a".repeat(5000);
        let hostile = [
            "../../etc/passwd",
            "/etc/passwd",
            "..",
            ".",
            "",
            "a\0b",
            "C:\\Windows\\system32",
            "x/../../../y",
            "\u{7}\n\r",
            long.as_str(),
            ".hwlogs-manifest.jsonl",
            "a/b/c/d/e/f/g/h/i/j/k/l",
        ];
        for name in hostile {
            for node in [None, Some(".."), Some("/abs")] {
                let path = layout(&file(name, node));
                assert!(is_contained(&path), "{name:?} -> {path:?}");
                assert!(path.starts_with("dds/inst"), "{path:?}");
                assert!(path.components().count() <= 3 + MAX_DEPTH, "{path:?}");
                for c in path.components() {
                    let s = c.as_os_str().to_string_lossy();
                    assert!(s.len() <= MAX_COMPONENT, "{s}");
                    assert!(!s.contains('\0') && s != ".." && s != ".");
                    assert!(!s.starts_with(RESERVED_PREFIX));
                }
            }
        }
        assert_eq!(
            layout(&file("../../etc/passwd", None)),
            PathBuf::from("dds/inst/etc/passwd")
        );
        assert_eq!(
            layout(&file("audit/2024/a.log", Some("node1"))),
            PathBuf::from("dds/inst/node1/audit/2024/a.log")
        );
    }

    #[test]
    fn long_names_stay_distinct() {
        let a = component(&format!("{}a", "x".repeat(300)));
        let b = component(&format!("{}b", "x".repeat(300)));
        assert_ne!(a, b);
        assert!(a.len() <= MAX_COMPONENT);
        let multibyte = component(&"é".repeat(300));
        assert!(multibyte.len() <= MAX_COMPONENT);
    }

    #[test]
    fn disambiguation_keeps_extension() {
        let path = disambiguated(&file("x.log", None));
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("x~") && name.ends_with(".log"), "{name}");
    }
}
