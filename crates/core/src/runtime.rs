//! The runtime every generated client carries (progenitor's "inner type").
//!
//! The generated clients are built with `HooksMode::Expected`, so each service crate must
//! implement `ClientHooks<Runtime>` for its `Client`; [`client_hooks!`](crate::client_hooks)
//! does that by handing each request to [`Runtime::execute`]. Everything that must happen to
//! every request (signing, retries, timeouts, tracing) lives behind that one function.

use std::sync::Arc;

use progenitor_client::OperationInfo;

/// Shared, cheaply clonable state of a service client.
#[derive(Clone, Debug)]
pub struct Runtime {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    service: &'static str,
}

impl Runtime {
    /// A runtime for `service` (`"dds"`, `"rds"`, `"taurusdb"`), used in traces and errors.
    pub fn new(service: &'static str) -> Self {
        Self {
            inner: Arc::new(Inner { service }),
        }
    }

    /// The service this runtime talks to.
    pub fn service(&self) -> &'static str {
        self.inner.service
    }

    /// Send one operation's request. Called by the generated code for every operation.
    pub async fn execute(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
        _info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        client.execute(request).await
    }
}

/// Implement progenitor's `ClientHooks<Runtime>` for a generated `Client`, routing every
/// operation through [`Runtime::execute`].
///
/// ```ignore
/// mod generated;
/// pub use generated::*;
/// huaweicloud_core::client_hooks!(Client);
/// ```
#[macro_export]
macro_rules! client_hooks {
    ($client:ty) => {
        impl ::progenitor_client::ClientHooks<$crate::Runtime> for $client {
            async fn exec(
                &self,
                request: ::reqwest::Request,
                info: &::progenitor_client::OperationInfo,
            ) -> ::reqwest::Result<::reqwest::Response> {
                use ::progenitor_client::ClientInfo as _;
                self.inner().execute(self.client(), request, info).await
            }
        }
    };
}
