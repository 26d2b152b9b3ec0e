#![doc = include_str!("../README.md")]

// progenitor's output: documented from the spec where the spec has text, and it unwraps
// building its default reqwest client; neither is ours to restyle. Both files are formatted
// by prettyplease, not rustfmt, so rustfmt leaves them alone.
#[allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#[rustfmt::skip]
mod generated;
pub use generated::*;

#[rustfmt::skip]
mod generated_service;
pub use generated_service::*;

// Hand-written: project ids for the other crates' clients.
mod discovery;
pub use discovery::{PROJECT_DISCOVERY, ProjectDiscovery};
