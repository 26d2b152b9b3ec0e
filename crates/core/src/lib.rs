#![doc = include_str!("../README.md")]

pub mod bounded;
pub mod client;
pub mod credentials;
pub mod endpoint;
pub mod error;
pub mod paging;
mod runtime;
pub mod signing;
pub mod window;
pub mod wire;

pub use client::ClientBuilder;
pub use credentials::{Credentials, Secret};
pub use error::{Error, ErrorKind};
pub use runtime::{RetryPolicy, Runtime, is_retryable_status};
pub use window::TimeWindow;

/// Re-exported so the generated crates and their users name one version of each.
pub use progenitor_client;
pub use reqwest;
