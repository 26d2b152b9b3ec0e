//! Writes that a crash cannot leave half done: a whole file replaced at once, and the
//! directory entry made durable.

use std::io::Write as _;
use std::path::Path;

/// Replace `path` with `bytes` atomically: written to `path` + `.new` beside it, fsynced,
/// renamed over `path`, and the directory fsynced. A crash leaves the old file or the new one,
/// never a mix (at worst a stray `.new`, which the next write replaces).
pub(crate) fn replace_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut temp = path.as_os_str().to_owned();
    temp.push(".new");
    let temp = std::path::PathBuf::from(temp);
    let mut file = std::fs::File::create(&temp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&temp, path)?;
    sync_parent(path)
}

/// Fsync the directory holding `path`, so that a rename or a new entry in it survives a crash.
pub(crate) fn sync_parent(path: &Path) -> std::io::Result<()> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => std::fs::File::open(dir)?.sync_all(),
        _ => std::fs::File::open(".")?.sync_all(),
    }
}
