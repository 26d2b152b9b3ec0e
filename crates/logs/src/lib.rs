#![doc = include_str!("../README.md")]

pub mod archive;
pub mod download;
mod durable;
pub mod events;
// `ServiceKind`, one variant per spec with log kinds, written by `cargo xtask codegen`
// (formatted by prettyplease, not rustfmt); `model` adds its methods.
#[rustfmt::skip]
mod generated_services;
mod links;
pub mod lock;
pub mod manifest;
pub mod model;
pub mod safe_path;
pub mod source;
pub mod state;

pub use archive::{
    Archiver, Error, Observer, Options, Outcome, Quiet, Report, SyncWindow, Target, Totals,
};
pub use download::StallPolicy;
pub use lock::{LOCK_FILE, LockError, LockWait};
pub use manifest::{Entry, MANIFEST_FILE, Manifest};
pub use model::{FileKey, Link, ListedSize, LogFile, ServiceKind};
pub use source::{Source, SourceConfig};
pub use state::{STATE_FILE, SyncState};
