//! What to do with each file: skip it (complete in the destination), fetch it (new, to its own
//! safe path), or fetch it again (recorded, but its copy is missing or different, or the
//! service's file has another size now). Blocking file work: run on the blocking pool.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use sha2::{Digest as _, Sha256};

use crate::manifest::{Entry, Manifest, ManifestError, path_hash};
use crate::model::{ListedSize, LogFile};
use crate::safe_path;

/// The fate of one file.
pub(crate) enum Decision {
    /// Complete where the manifest says.
    Skip {
        /// Its relative path.
        path: String,
    },
    /// Not recorded: download it to `path`.
    Fetch {
        /// Where it goes, relative to the destination.
        path: PathBuf,
    },
    /// Recorded, but to be downloaded again, to the manifest's `path`: its line must go first.
    Refetch {
        /// Where it is recorded, relative to the destination.
        path: PathBuf,
    },
}

/// The paths given to new files in this run (by hash): a second file whose name maps to a
/// path already taken gets a disambiguated one.
#[derive(Default)]
pub(crate) struct Taken(HashSet<u64>);

/// Decide the fate of `file`.
pub(crate) fn decide(
    manifest: &Manifest,
    file: &LogFile,
    dest: &Path,
    verify: bool,
    taken: &mut Taken,
) -> Result<Decision, ManifestError> {
    if let Some(entry) = manifest.get(&file.key())? {
        return Ok(
            if file.size.admits(entry.size) && intact(dest, &entry, verify) {
                Decision::Skip { path: entry.path }
            } else {
                Decision::Refetch {
                    path: PathBuf::from(entry.path),
                }
            },
        );
    }
    let mut path = safe_path::layout(file);
    let is_taken = |p: &Path, taken: &Taken| {
        let rel = rel_string(p);
        manifest.has_path(&rel) || taken.0.contains(&path_hash(&rel))
    };
    if is_taken(&path, taken) {
        path = safe_path::disambiguated(file);
    }
    taken.0.insert(path_hash(&rel_string(&path)));
    Ok(Decision::Fetch { path })
}

/// Whether the recorded copy of `entry` is there: a regular file of the recorded size, and
/// with `verify`, of the recorded SHA-256.
pub(crate) fn intact(dest: &Path, entry: &Entry, verify: bool) -> bool {
    let path = dest.join(&entry.path);
    let sized =
        std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file() && m.len() == entry.size);
    if !sized || !verify {
        return sized;
    }
    let hashed = std::fs::File::open(&path).and_then(|mut f| {
        use std::io::Read as _;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = f.read(&mut buf)?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
        }
        Ok(hex::encode(hasher.finalize()))
    });
    match hashed {
        Ok(sha) if sha == entry.sha256 => true,
        Ok(_) => {
            tracing::warn!(path = %entry.path, "the archived copy differs from its recorded SHA-256; fetching it again");
            false
        }
        Err(e) => {
            tracing::warn!(path = %entry.path, error = %e, "the archived copy cannot be read; fetching it again");
            false
        }
    }
}

/// A recorded file as a file to fetch: its recorded size is the size it must have.
pub(crate) fn entry_file(entry: &Entry) -> LogFile {
    LogFile {
        service: entry.service,
        kind: entry.kind().to_owned(),
        instance_id: entry.instance_id.clone(),
        node_id: entry.node_id.clone(),
        id: entry.id.clone(),
        name: entry.name.clone(),
        size: ListedSize::Exact(entry.size),
        start_time: entry.start_time,
        end_time: entry.end_time,
        active: true,
    }
}

/// A relative path as the manifest writes it: components joined with `/`.
pub(crate) fn rel_string(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}
