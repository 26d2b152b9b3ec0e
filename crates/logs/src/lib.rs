#![doc = include_str!("../README.md")]

pub mod archive;
pub mod download;
pub mod manifest;
pub mod model;
pub mod safe_path;
pub mod source;

pub use archive::{Archiver, Error, Observer, Options, Outcome, Report, SyncWindow, Target};
pub use manifest::{Entry, MANIFEST_FILE, Manifest};
pub use model::{FileKey, Link, ListedSize, LogFile, ServiceKind};
pub use source::{Source, SourceConfig};
