//! One writer per destination: an OS lock on `.hwlogs.lock`, held for a whole run.
//!
//! The lock is the operating system's (`flock` on Unix, `LockFileEx` on Windows, through
//! [`std::fs::File::try_lock`]), so it is released when its process ends, however it ends:
//! a run killed with `kill -9` leaves no stale lock behind. The file itself stays; it names
//! the last holder (process id and start time), for the message a second run prints.

use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Utc;

/// File name of the lock in the destination.
pub const LOCK_FILE: &str = ".hwlogs.lock";

/// Why the destination could not be locked.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another run holds it.
    #[error(
        "another hwlogs run ({holder}) is writing to {dest}; wait for it to finish, or pass --wait"
    )]
    Busy {
        /// The destination.
        dest: PathBuf,
        /// What the lock file says of its holder (`pid 1234, since …`), or `unknown holder`.
        holder: String,
    },
    /// The lock file could not be created or locked.
    #[error("locking {path}: {source}")]
    Io {
        /// The lock file.
        path: PathBuf,
        /// The failure.
        #[source]
        source: std::io::Error,
    },
}

/// Whether a run waits for the lock or gives up at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LockWait {
    /// Fail with [`LockError::Busy`] when another run holds the destination.
    #[default]
    Fail,
    /// Wait until the other run is done.
    Wait,
}

/// The destination's lock, held until dropped.
#[derive(Debug)]
pub struct DestLock {
    _file: std::fs::File,
    path: PathBuf,
}

impl DestLock {
    /// Take the lock of `dest` (which must exist). With [`LockWait::Wait`], waits as long as
    /// another run holds it, calling `waiting` once when it starts to wait.
    pub async fn acquire(
        dest: &Path,
        wait: LockWait,
        waiting: impl FnOnce(&str),
    ) -> Result<Self, LockError> {
        let path = dest.join(LOCK_FILE);
        let io = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(io)?;
        let mut waiting = Some(waiting);
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(std::fs::TryLockError::WouldBlock) => {
                    let holder = holder(&mut file);
                    match wait {
                        LockWait::Fail => {
                            return Err(LockError::Busy {
                                dest: dest.to_owned(),
                                holder,
                            });
                        }
                        LockWait::Wait => {
                            if let Some(tell) = waiting.take() {
                                tell(&holder);
                            }
                            // Polled rather than a blocking lock on a thread: a waiting run
                            // stays cancellable (Ctrl-C) and holds no thread.
                            tokio::time::sleep(Duration::from_millis(200)).await;
                        }
                    }
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
            }
        }
        // Name the holder for a run that finds the lock taken.
        let about = format!(
            "pid {}, since {}",
            std::process::id(),
            Utc::now().format("%Y-%m-%dT%H:%M:%SZ")
        );
        file.set_len(0)
            .and_then(|()| file.seek(SeekFrom::Start(0)))
            .and_then(|_| file.write_all(about.as_bytes()))
            .map_err(io)?;
        Ok(Self { _file: file, path })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// What the lock file says of its holder.
fn holder(file: &mut std::fs::File) -> String {
    let mut text = String::new();
    let read = file
        .seek(SeekFrom::Start(0))
        .and_then(|_| file.take(200).read_to_string(&mut text));
    match read {
        Ok(_) if !text.trim().is_empty() => text.trim().escape_debug().to_string(),
        _ => "unknown holder".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)]
    use super::*;

    #[tokio::test]
    async fn a_second_lock_fails_or_waits_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let first = DestLock::acquire(dir.path(), LockWait::Fail, |_| {})
            .await
            .unwrap();
        match DestLock::acquire(dir.path(), LockWait::Fail, |_| {}).await {
            Err(LockError::Busy { holder, .. }) => {
                assert!(
                    holder.contains(&format!("pid {}", std::process::id())),
                    "{holder}"
                );
            }
            other => panic!("expected Busy, got {other:?}"),
        }
        let (told, waited) = (
            std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
            std::time::Instant::now(),
        );
        let flag = std::sync::Arc::clone(&told);
        let dest = dir.path().to_owned();
        let second = tokio::spawn(async move {
            DestLock::acquire(&dest, LockWait::Wait, move |_| {
                flag.store(true, std::sync::atomic::Ordering::SeqCst);
            })
            .await
        });
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert!(!second.is_finished(), "the second run must wait");
        drop(first);
        second.await.unwrap().unwrap();
        assert!(told.load(std::sync::atomic::Ordering::SeqCst));
        assert!(waited.elapsed() >= Duration::from_millis(500));
    }
}
