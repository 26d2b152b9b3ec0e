#![doc = include_str!("../README.md")]

pub mod bounded;
pub mod client;
pub mod credentials;
pub mod download;
pub mod endpoint;
pub mod error;
// `JsonSchema` of the types the generated crates use from here.
#[cfg(feature = "schemars")]
mod json_schema;
pub mod log_api;
// The machinery of the generated streams and batched calls, not an API of its own.
#[doc(hidden)]
pub mod paging;
pub mod project;
mod runtime;
pub mod service;
pub mod signing;
pub mod window;
pub mod wire;

pub use client::ClientBuilder;
pub use credentials::{Credentials, Secret};
pub use download::Downloader;
pub use error::{Error, ErrorKind};
pub use log_api::{Instance, LogApi, LogFile, LogLink, LogPolicy};
pub use runtime::{RetryPolicy, Runtime, is_retryable_status};
pub use service::ServiceMeta;
pub use window::TimeWindow;

/// Re-exported so the generated crates name one version of it.
#[doc(hidden)]
pub use progenitor_client;
