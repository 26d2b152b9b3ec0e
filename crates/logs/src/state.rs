//! What runs know of each other, in `.hwlogs-state.json` of the destination: for each target
//! of `sync`, the time up to which every listed file is archived or pending; and the pending
//! files, those in scope that are not archived yet (failed, interrupted, or taken out of the
//! manifest to be fetched again). Every run retries the pending files of its targets, whatever
//! its window, until they are archived.
//!
//! The file is replaced atomically (written beside, fsynced, renamed): a run killed at any
//! moment leaves the previous state or the next one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::Target;
use crate::model::{FileKey, LogFile, ServiceKind};

/// File name of the state in the destination.
pub const STATE_FILE: &str = ".hwlogs-state.json";

const VERSION: u32 = 1;

/// Why the state could not be read or written.
#[derive(Debug, thiserror::Error)]
#[error("sync state {path}: {problem}")]
pub struct StateError {
    /// The state file.
    pub path: PathBuf,
    /// What is wrong.
    pub problem: String,
}

/// The state of a destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncState {
    /// Format version (1).
    pub version: u32,
    /// By target ([`target_key`]): every file listed up to this time is archived, or pending.
    #[serde(default)]
    pub complete_until: BTreeMap<String, DateTime<Utc>>,
    /// Files known and not archived: retried by every run that covers them.
    #[serde(default)]
    pub pending: Vec<LogFile>,
}

impl Default for SyncState {
    fn default() -> Self {
        Self {
            version: VERSION,
            complete_until: BTreeMap::new(),
            pending: Vec::new(),
        }
    }
}

/// `dds/INSTANCE/*` (all nodes) or `taurusdb/INSTANCE/NODE`: one target of one service, for
/// its default kind of log (as older versions wrote it); `dds:slow/INSTANCE/*` for another.
pub fn target_key(service: ServiceKind, kind: &str, target: &Target) -> String {
    let node = target.node_id.as_deref().unwrap_or("*");
    if kind == service.default_log_kind() {
        format!("{service}/{}/{node}", target.instance_id)
    } else {
        format!("{service}:{kind}/{}/{node}", target.instance_id)
    }
}

/// Whether `target` of `service` and `kind` covers a file of `file_service`, `file_kind`,
/// `instance_id` and `node_id`: same service, kind and instance, and the target's node when it
/// names one.
pub fn covers(
    (service, kind): (ServiceKind, &str),
    target: &Target,
    (file_service, file_kind): (ServiceKind, &str),
    instance_id: &str,
    node_id: Option<&str>,
) -> bool {
    file_service == service
        && file_kind == kind
        && target.instance_id == instance_id
        && target
            .node_id
            .as_deref()
            .is_none_or(|wanted| node_id == Some(wanted))
}

impl SyncState {
    /// The state of `dest`; none yet is an empty one. A file that cannot be read is an error
    /// (not an empty state: its pending files would be forgotten).
    pub fn load(dest: &Path) -> Result<Self, StateError> {
        let path = dest.join(STATE_FILE);
        let fail = |problem: String| StateError {
            path: path.clone(),
            problem,
        };
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => return Err(fail(e.to_string())),
        };
        let state: Self = serde_json::from_slice(&bytes).map_err(|e| {
            fail(format!(
                "unreadable ({e}); fix it, or delete it to list again from --first (its pending files are then fetched only if listed again)"
            ))
        })?;
        if state.version != VERSION {
            return Err(fail(format!(
                "version {} is not {VERSION}, the version this hwlogs writes",
                state.version
            )));
        }
        Ok(state)
    }

    /// Write the state of `dest`, replacing the old one atomically.
    pub fn save(&self, dest: &Path) -> Result<(), StateError> {
        let path = dest.join(STATE_FILE);
        let fail = |problem: String| StateError {
            path: path.clone(),
            problem,
        };
        let mut bytes = serde_json::to_vec_pretty(self).map_err(|e| fail(e.to_string()))?;
        bytes.push(b'\n');
        crate::durable::replace_file(&path, &bytes).map_err(|e| fail(e.to_string()))
    }

    /// Add `files` to the pending ones (a file already pending is replaced).
    pub fn add_pending(&mut self, files: impl IntoIterator<Item = LogFile>) {
        for file in files {
            let key = file.key();
            self.pending.retain(|p| p.key() != key);
            self.pending.push(file);
        }
    }

    /// Take `keys` out of the pending files.
    pub fn remove_pending(&mut self, keys: &std::collections::HashSet<FileKey>) {
        self.pending.retain(|p| !keys.contains(&p.key()));
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::ListedSize;

    fn file(id: &str) -> LogFile {
        LogFile {
            service: ServiceKind::Dds,
            kind: String::new(),
            instance_id: "i".into(),
            node_id: Some("n".into()),
            id: id.into(),
            name: format!("{id}.log"),
            size: ListedSize::Exact(3),
            start_time: None,
            end_time: None,
            active: true,
        }
    }

    #[test]
    fn round_trips_and_refuses_what_it_cannot_read() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(SyncState::load(dir.path()).unwrap(), SyncState::default());
        let mut state = SyncState::default();
        let target = Target {
            instance_id: "i".into(),
            node_id: None,
        };
        state
            .complete_until
            .insert(target_key(ServiceKind::Dds, "audit", &target), Utc::now());
        state.add_pending([file("a"), file("b"), file("a")]);
        assert_eq!(state.pending.len(), 2);
        state.save(dir.path()).unwrap();
        assert_eq!(SyncState::load(dir.path()).unwrap(), state);

        std::fs::write(dir.path().join(STATE_FILE), b"{\"version\": 1, \"pend").unwrap();
        let e = SyncState::load(dir.path()).unwrap_err().to_string();
        assert!(e.contains("unreadable"), "{e}");
        std::fs::write(dir.path().join(STATE_FILE), b"{\"version\": 9}").unwrap();
        let e = SyncState::load(dir.path()).unwrap_err().to_string();
        assert!(e.contains("version 9"), "{e}");
    }

    #[test]
    fn a_target_covers_its_instance_and_node() {
        let all = Target {
            instance_id: "i".into(),
            node_id: None,
        };
        let one = Target {
            instance_id: "i".into(),
            node_id: Some("n".into()),
        };
        let dds = ServiceKind::Dds;
        let (dds, rds) = ((dds, "audit"), (ServiceKind::Rds, "audit"));
        assert!(covers(dds, &all, dds, "i", Some("m")));
        assert!(covers(dds, &all, dds, "i", None));
        assert!(covers(dds, &one, dds, "i", Some("n")));
        assert!(!covers(dds, &one, dds, "i", Some("m")));
        assert!(!covers(dds, &one, dds, "i", None));
        assert!(!covers(dds, &all, dds, "j", None));
        assert!(!covers(dds, &all, rds, "i", None));
        assert!(!covers(dds, &all, (ServiceKind::Dds, "slow"), "i", None));
    }
}
