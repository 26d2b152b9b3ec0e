//! The manifest: one JSON line per archived file, in the destination.
//!
//! A line is appended (and synced) only after its file has been verified, fsynced and renamed
//! into place, so every line names a complete file. A line cut short by a crash is skipped on
//! the next load, and a later line for the same file supersedes an earlier one.

use std::collections::HashMap;
use std::io::{BufRead as _, Write as _};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{FileKey, ServiceKind};

/// File name of the manifest in the destination.
pub const MANIFEST_FILE: &str = ".hwlogs-manifest.jsonl";

/// One archived file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Service.
    pub service: ServiceKind,
    /// Instance id.
    pub instance_id: String,
    /// Node id, when the service names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// Log file id.
    pub id: String,
    /// File name as the service sent it.
    pub name: String,
    /// Where it is, relative to the destination (`/`-separated).
    pub path: String,
    /// Size in bytes, as written.
    pub size: u64,
    /// Hex SHA-256 of the content.
    pub sha256: String,
    /// Start of the time range the file covers, when listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<DateTime<Utc>>,
    /// End of the time range the file covers, when listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<DateTime<Utc>>,
    /// When it was fetched.
    pub fetched_at: DateTime<Utc>,
}

impl Entry {
    /// The file's key.
    pub fn key(&self) -> FileKey {
        FileKey {
            service: self.service,
            instance_id: self.instance_id.clone(),
            id: self.id.clone(),
        }
    }
}

/// Why the manifest could not be read or written.
#[derive(Debug, thiserror::Error)]
#[error("manifest {path}: {source}")]
pub struct ManifestError {
    /// The manifest file.
    pub path: PathBuf,
    /// The I/O failure.
    #[source]
    pub source: std::io::Error,
}

/// The manifest of a destination, loaded, and open for appending.
#[derive(Debug)]
pub struct Manifest {
    path: PathBuf,
    entries: HashMap<FileKey, Entry>,
    skipped_lines: usize,
    file: std::sync::Mutex<Option<std::fs::File>>,
}

impl Manifest {
    /// Load the manifest of `dest` (none yet is an empty one).
    pub fn load(dest: &Path) -> Result<Self, ManifestError> {
        let path = dest.join(MANIFEST_FILE);
        let err = |source| ManifestError {
            path: path.clone(),
            source,
        };
        let mut entries = HashMap::new();
        let mut skipped_lines = 0;
        match std::fs::File::open(&path) {
            Ok(f) => {
                for line in std::io::BufReader::new(f).split(b'\n') {
                    let line = line.map_err(err)?;
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    match serde_json::from_slice::<Entry>(&line) {
                        Ok(e) => {
                            entries.insert(e.key(), e);
                        }
                        Err(_) => skipped_lines += 1,
                    }
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(err(e)),
        }
        if skipped_lines > 0 {
            tracing::warn!(
                manifest = %path.display(),
                skipped_lines,
                "skipped unreadable manifest lines (a run cut short?); their files are checked again"
            );
        }
        Ok(Self {
            path,
            entries,
            skipped_lines,
            file: std::sync::Mutex::new(None),
        })
    }

    /// Where the manifest is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Lines that could not be read on load.
    pub fn skipped_lines(&self) -> usize {
        self.skipped_lines
    }

    /// The entry of a file, when archived.
    pub fn get(&self, key: &FileKey) -> Option<&Entry> {
        self.entries.get(key)
    }

    /// All entries.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.values()
    }

    /// The latest `end_time` recorded for an instance of a service.
    pub fn newest_end(&self, service: ServiceKind, instance_id: &str) -> Option<DateTime<Utc>> {
        self.entries
            .values()
            .filter(|e| e.service == service && e.instance_id == instance_id)
            .filter_map(|e| e.end_time)
            .max()
    }

    /// Append an entry and sync it to disk. Safe to call from several tasks.
    pub fn append(&self, entry: &Entry) -> Result<(), ManifestError> {
        let err = |source| ManifestError {
            path: self.path.clone(),
            source,
        };
        let mut line = serde_json::to_vec(entry).map_err(|e| err(std::io::Error::other(e)))?;
        line.push(b'\n');
        let mut guard = self.file.lock().unwrap_or_else(|e| e.into_inner());
        if guard.is_none() {
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .read(true)
                .open(&self.path)
                .map_err(err)?;
            // A line cut short by a crash must not swallow the next one.
            if !ends_with_newline(&mut f).map_err(err)? {
                f.write_all(b"\n").map_err(err)?;
            }
            *guard = Some(f);
        }
        if let Some(f) = guard.as_mut() {
            f.write_all(&line).map_err(err)?;
            f.sync_data().map_err(err)?;
        }
        Ok(())
    }
}

fn ends_with_newline(f: &mut std::fs::File) -> std::io::Result<bool> {
    use std::io::{Read as _, Seek as _, SeekFrom};
    let len = f.metadata()?.len();
    if len == 0 {
        return Ok(true);
    }
    f.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8; 1];
    f.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn entry(id: &str, size: u64) -> Entry {
        Entry {
            service: ServiceKind::Rds,
            instance_id: "i".into(),
            node_id: None,
            id: id.into(),
            name: format!("{id}.log"),
            path: format!("rds/i/{id}.log"),
            size,
            sha256: "00".into(),
            start_time: None,
            end_time: None,
            fetched_at: Utc::now(),
        }
    }

    #[test]
    fn survives_a_torn_last_line_and_later_lines_win() {
        let dir = tempfile::tempdir().unwrap();
        let m = Manifest::load(dir.path()).unwrap();
        m.append(&entry("a", 1)).unwrap();
        drop(m);
        // A crash in the middle of a line.
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(dir.path().join(MANIFEST_FILE))
            .unwrap();
        f.write_all(br#"{"service":"rds","instance_id":"i","id":"b""#)
            .unwrap();
        drop(f);
        let m = Manifest::load(dir.path()).unwrap();
        assert_eq!(m.skipped_lines(), 1);
        m.append(&entry("a", 2)).unwrap();
        m.append(&entry("c", 3)).unwrap();
        let m = Manifest::load(dir.path()).unwrap();
        assert_eq!(m.skipped_lines(), 1);
        let key = entry("a", 0).key();
        assert_eq!(m.get(&key).unwrap().size, 2);
        assert!(m.get(&entry("c", 0).key()).is_some());
        assert!(m.get(&entry("b", 0).key()).is_none());
    }
}
