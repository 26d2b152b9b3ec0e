#![doc = include_str!("../README.md")]

pub mod bounded;
mod runtime;
pub mod signing;
pub mod wire;

pub use runtime::Runtime;

/// Re-exported so the generated crates and their users name one version of each.
pub use progenitor_client;
pub use reqwest;
