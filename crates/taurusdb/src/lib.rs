#![doc = include_str!("../README.md")]

// progenitor's output: documented from the spec where the spec has text, and it unwraps
// building its default reqwest client; neither is ours to restyle. It is formatted by
// prettyplease, not rustfmt, so rustfmt leaves it alone.
#[allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#[rustfmt::skip]
mod generated;
pub use generated::*;

mod ddl_log;
pub mod paging;
pub use ddl_log::{DdlLogFile, DownloadLink};

huaweicloud_core::service_client!(Client, huaweicloud_core::endpoint::Service::TaurusDb);
