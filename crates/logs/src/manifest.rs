//! The manifest: one JSON line per archived file, in the destination.
//!
//! A line is appended (and synced) only after its file has been verified, fsynced and renamed
//! into place, so every line names a complete file, whose content has the line's SHA-256. A
//! file is taken out of the manifest (the whole manifest replaced atomically) before it is
//! fetched again, so no file is ever listed twice and no line names content other than its
//! file's.
//!
//! The manifest is untrusted input: a line that cannot be read (cut short by a crash), a line
//! whose path is not a plain relative path inside the destination, and all but the last line
//! of a file are dropped on load, with a warning, and the manifest is rewritten without them.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead as _, Write as _};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{FileKey, ServiceKind};

/// File name of the manifest in the destination.
pub const MANIFEST_FILE: &str = ".hwlogs-manifest.jsonl";

/// One archived file: a line of the manifest.
///
/// Its JSON Schema, generated from this type (feature `schemars`), is published as
/// `manifest-entry.schema.json` (see `events::schemas()`). The schema admits no field
/// the type does not have; reading the manifest ignores them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(
        deny_unknown_fields,
        description = "One line of `.hwlogs-manifest.jsonl`, the manifest of an archive: a file \
                       archived, complete in the destination, where it is and its SHA-256."
    )
)]
pub struct Entry {
    /// Service.
    pub service: ServiceKind,
    /// Kind of log; absent in lines older versions wrote, which are of the service's default
    /// kind.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
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
    /// Its kind of log (the service's default when the line does not say).
    pub fn kind(&self) -> &str {
        crate::model::resolve_kind(self.service, &self.kind)
    }

    /// The file's key.
    pub fn key(&self) -> FileKey {
        FileKey {
            service: self.service,
            kind: self.kind().to_owned(),
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

/// The manifest of a destination, open for lookups and appends.
///
/// Only an index is kept in memory (for each file, a hash of its key and where its line
/// starts, and a hash of each recorded path): a few dozen bytes per file, whatever the lines
/// hold. Lookups read their line back from the file.
#[derive(Debug)]
pub struct Manifest {
    path: PathBuf,
    skipped_lines: usize,
    /// Entries whose path is unsafe, ignored: their files must be fetched again.
    unsafe_entries: Vec<Entry>,
    inner: std::sync::Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    /// Lines dropped on load (unreadable, unsafe or superseded): the file needs rewriting.
    dropped_lines: usize,
    /// Where the current line of each recorded file starts, by [`key_hash`].
    lines: HashMap<u128, u64>,
    /// [`path_hash`] of every recorded path.
    paths: HashSet<u64>,
    /// The file, for reading lines back and appending (opened on first use).
    file: Option<std::fs::File>,
}

/// A 128-bit hash of a file's key: collisions are not a concern at any realistic size, and a
/// lookup compares the key of the line it reads anyway.
pub fn key_hash(key: &FileKey) -> u128 {
    use sha2::Digest as _;
    let mut h = sha2::Sha256::new();
    h.update(key.service.as_str());
    h.update([0]);
    // Two kinds of log of one instance may use the same ids.
    h.update(&key.kind);
    h.update([0]);
    h.update(&key.instance_id);
    h.update([0]);
    h.update(&key.id);
    let digest = h.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    u128::from_le_bytes(bytes)
}

/// A hash of a relative path as the manifest writes it.
pub fn path_hash(path: &str) -> u64 {
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(path.as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    u64::from_le_bytes(bytes)
}

impl Manifest {
    /// Load the manifest of `dest` (none yet is an empty one). Lines that cannot be read,
    /// lines with an unsafe path and superseded lines are dropped (see the module docs):
    /// [`Manifest::compact`] rewrites the file without them.
    pub fn load(dest: &Path) -> Result<Self, ManifestError> {
        let path = dest.join(MANIFEST_FILE);
        let err = |source| ManifestError {
            path: path.clone(),
            source,
        };
        if let Ok(meta) = std::fs::symlink_metadata(&path)
            && !meta.is_file()
        {
            return Err(err(std::io::Error::other(
                "not a regular file; move it away",
            )));
        }
        let mut inner = Inner::default();
        let (mut skipped_lines, mut lines) = (0, 0);
        let mut unsafe_entries = Vec::new();
        let mut paths: HashMap<u128, u64> = HashMap::new();
        match std::fs::File::open(&path) {
            Ok(f) => {
                let mut offset = 0u64;
                for line in std::io::BufReader::new(f).split(b'\n') {
                    let line = line.map_err(err)?;
                    let at = offset;
                    offset += line.len() as u64 + 1;
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    lines += 1;
                    match serde_json::from_slice::<Entry>(&line) {
                        Ok(e) if crate::safe_path::is_contained(Path::new(&e.path)) => {
                            let hash = key_hash(&e.key());
                            inner.lines.insert(hash, at);
                            paths.insert(hash, path_hash(&e.path));
                        }
                        Ok(e) => {
                            tracing::warn!(
                                manifest = %path.display(),
                                file = %e.key(),
                                path = %e.path.escape_debug(),
                                "ignored a manifest line whose path is not a plain relative path; the file is fetched to its safe path"
                            );
                            unsafe_entries.push(e);
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
        inner.paths = paths.into_values().collect();
        inner.dropped_lines = lines - inner.lines.len();
        Ok(Self {
            path,
            skipped_lines,
            unsafe_entries,
            inner: std::sync::Mutex::new(inner),
        })
    }

    fn inner(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn err(&self, source: std::io::Error) -> ManifestError {
        ManifestError {
            path: self.path.clone(),
            source,
        }
    }

    /// The entries ignored on load for their unsafe paths (their files are not archived in any
    /// safe place: they must be fetched again), taken once.
    pub fn take_unsafe(&mut self) -> Vec<Entry> {
        std::mem::take(&mut self.unsafe_entries)
    }

    /// Rewrite the manifest without the lines dropped on load, if any were, atomically.
    pub fn compact(&self) -> Result<(), ManifestError> {
        if self.inner().dropped_lines == 0 {
            return Ok(());
        }
        self.rewrite(&HashSet::new())
    }

    /// Take the entries of `keys` out of the manifest (before their files are fetched again),
    /// rewriting it atomically.
    pub fn remove(&self, keys: &HashSet<FileKey>) -> Result<(), ManifestError> {
        let hashes: HashSet<u128> = keys.iter().map(key_hash).collect();
        let needed = {
            let inner = self.inner();
            inner.dropped_lines > 0 || hashes.iter().any(|h| inner.lines.contains_key(h))
        };
        if !needed {
            return Ok(());
        }
        self.rewrite(&hashes)
    }

    /// Write the current line of every file but `without`'s to a new manifest, in the order
    /// of the old one, and put it in place; the index follows.
    fn rewrite(&self, without: &HashSet<u128>) -> Result<(), ManifestError> {
        let mut fresh = Inner::default();
        let mut text = Vec::new();
        self.for_each(|entry, hash| {
            if without.contains(&hash) {
                return Ok(());
            }
            fresh.lines.insert(hash, text.len() as u64);
            fresh.paths.insert(path_hash(&entry.path));
            serde_json::to_writer(&mut text, &entry).map_err(std::io::Error::other)?;
            text.push(b'\n');
            Ok(())
        })?;
        crate::durable::replace_file(&self.path, &text).map_err(|e| self.err(e))?;
        // The old file's handle goes with the old index.
        *self.inner() = fresh;
        Ok(())
    }

    /// Call `f` with every recorded entry (its current line) and its key's hash, in the order
    /// of the file, reading it from start to end.
    pub fn for_each(
        &self,
        mut f: impl FnMut(Entry, u128) -> std::io::Result<()>,
    ) -> Result<(), ManifestError> {
        let current = |hash: u128, at: u64| self.inner().lines.get(&hash) == Some(&at);
        let file = match std::fs::File::open(&self.path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(self.err(e)),
        };
        let mut offset = 0u64;
        for line in std::io::BufReader::new(file).split(b'\n') {
            let line = line.map_err(|e| self.err(e))?;
            let at = offset;
            offset += line.len() as u64 + 1;
            let Ok(entry) = serde_json::from_slice::<Entry>(&line) else {
                continue;
            };
            let hash = key_hash(&entry.key());
            if current(hash, at) {
                f(entry, hash).map_err(|e| self.err(e))?;
            }
        }
        Ok(())
    }

    /// Where the manifest is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Lines that could not be read on load.
    pub fn skipped_lines(&self) -> usize {
        self.skipped_lines
    }

    /// How many files are recorded.
    pub fn len(&self) -> usize {
        self.inner().lines.len()
    }

    /// Whether no file is recorded.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether a recorded file has this relative path (by hash: a false "yes" only costs a
    /// new file a disambiguated name).
    pub fn has_path(&self, path: &str) -> bool {
        self.inner().paths.contains(&path_hash(path))
    }

    /// The entry of a file, when archived: its line, read back from the file.
    pub fn get(&self, key: &FileKey) -> Result<Option<Entry>, ManifestError> {
        use std::io::{Seek as _, SeekFrom};
        let mut inner = self.inner();
        let Some(&at) = inner.lines.get(&key_hash(key)) else {
            return Ok(None);
        };
        let file = self.open(&mut inner)?;
        let mut line = Vec::new();
        file.seek(SeekFrom::Start(at))
            .and_then(|_| std::io::BufReader::new(&*file).read_until(b'\n', &mut line))
            .map_err(|e| self.err(e))?;
        Ok(serde_json::from_slice::<Entry>(&line)
            .ok()
            .filter(|e| e.key() == *key))
    }

    /// The file, opened for reading and appending once.
    fn open<'a>(&self, inner: &'a mut Inner) -> Result<&'a mut std::fs::File, ManifestError> {
        if inner.file.is_none() {
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .read(true)
                .open(&self.path)
                .map_err(|e| self.err(e))?;
            // A line cut short by a crash must not swallow the next one.
            if !ends_with_newline(&mut f).map_err(|e| self.err(e))? {
                f.write_all(b"\n").map_err(|e| self.err(e))?;
            }
            inner.file = Some(f);
        }
        inner
            .file
            .as_mut()
            .ok_or_else(|| self.err(std::io::Error::other("manifest not open")))
    }

    /// Append an entry and sync it to disk. Safe to call from several tasks.
    pub fn append(&self, entry: &Entry) -> Result<(), ManifestError> {
        self.append_all(std::slice::from_ref(entry))
    }

    /// Append entries with one write and one sync (a group commit). Safe to call from
    /// several tasks.
    pub fn append_all(&self, entries: &[Entry]) -> Result<(), ManifestError> {
        let mut text = Vec::with_capacity(entries.len() * 400);
        let mut starts = Vec::with_capacity(entries.len());
        for entry in entries {
            starts.push(text.len() as u64);
            serde_json::to_writer(&mut text, entry)
                .map_err(|e| self.err(std::io::Error::other(e)))?;
            text.push(b'\n');
        }
        let mut inner = self.inner();
        let file = self.open(&mut inner)?;
        let at = file.metadata().map_err(|e| self.err(e))?.len();
        file.write_all(&text).map_err(|e| self.err(e))?;
        file.sync_data().map_err(|e| self.err(e))?;
        for (entry, start) in entries.iter().zip(starts) {
            inner.lines.insert(key_hash(&entry.key()), at + start);
            inner.paths.insert(path_hash(&entry.path));
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
            kind: String::new(),
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
    fn two_kinds_of_one_instance_may_share_an_id() {
        let dir = tempfile::tempdir().unwrap();
        let mut slow = entry("same", 1);
        slow.kind = "slow".into();
        slow.path = "rds/i/slow/same.log".into();
        let audit = entry("same", 2);
        for _reloaded in 0..2 {
            let m = Manifest::load(dir.path()).unwrap();
            if m.get(&audit.key()).unwrap().is_none() {
                m.append(&audit).unwrap();
                m.append(&slow).unwrap();
            }
            assert_eq!(m.get(&audit.key()).unwrap().map(|e| e.size), Some(2));
            assert_eq!(m.get(&slow.key()).unwrap().map(|e| e.size), Some(1));
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
        assert_eq!(m.get(&key).unwrap().unwrap().size, 2);
        assert!(m.get(&entry("c", 0).key()).unwrap().is_some());
        assert!(m.get(&entry("b", 0).key()).unwrap().is_none());
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn compacts_and_removes_with_one_line_per_file() {
        let dir = tempfile::tempdir().unwrap();
        let m = Manifest::load(dir.path()).unwrap();
        for (id, size) in [("a", 1), ("b", 2), ("a", 3), ("c", 4)] {
            m.append(&entry(id, size)).unwrap();
        }
        let path = dir.path().join(MANIFEST_FILE);
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"{\"torn")
            .unwrap();
        let m = Manifest::load(dir.path()).unwrap();
        m.compact().unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 3, "{text}");
        assert_eq!(m.get(&entry("a", 0).key()).unwrap().unwrap().size, 3);
        assert!(m.has_path("rds/i/b.log") && !m.has_path("rds/i/z.log"));

        let gone: HashSet<FileKey> = [entry("b", 0).key()].into();
        m.remove(&gone).unwrap();
        assert!(m.get(&entry("b", 0).key()).unwrap().is_none());
        m.append(&entry("d", 5)).unwrap();
        let again = Manifest::load(dir.path()).unwrap();
        assert_eq!(again.len(), 3);
        let mut ids = Vec::new();
        again
            .for_each(|e, _| {
                ids.push(e.id);
                Ok(())
            })
            .unwrap();
        assert_eq!(ids, ["a", "c", "d"]);
    }
}
