//! The project id of a region, asked of IAM when a client has a region and credentials but no
//! project id, the way the official SDK does: `GET /v3/projects?name={region}` signed with the
//! client's credentials, once per process for each (credentials, region), the one project of
//! that name taken, none or several an error naming the region.
//!
//! Core names no service, IAM included: the call itself is the `huaweicloud-iam` crate's
//! ([`DiscoverProject`]), which every project-scoped service crate gives its builder.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::Duration;

use futures_util::future::BoxFuture;
use tokio::sync::OnceCell;

use crate::credentials::Credentials;
use crate::error::Error;
use crate::runtime::RetryPolicy;

/// What a discovery call needs.
#[derive(Debug, Clone)]
pub struct DiscoveryRequest {
    /// The region whose project is wanted (`cn-north-4`).
    pub region: String,
    /// The client's credentials, as they are now.
    pub credentials: Credentials,
    /// The IAM endpoint to ask, when configured (`iam_endpoint` of the profile file, or
    /// `HUAWEICLOUD_SDK_IAM_ENDPOINT`); else IAM's own endpoint of the region.
    pub iam_endpoint: Option<String>,
    /// The retries of the client.
    pub retry: RetryPolicy,
    /// The deadline of each attempt.
    pub attempt_timeout: Duration,
}

/// Finds the project id of a region: implemented by `huaweicloud-iam`.
pub trait DiscoverProject: Send + Sync + fmt::Debug {
    /// The id of the one project named after `request.region`.
    fn discover(&self, request: DiscoveryRequest) -> BoxFuture<'static, Result<String, Error>>;
}

/// How a client finds its project id when none is given.
#[derive(Clone)]
pub(crate) struct Discovery {
    pub(crate) region: String,
    pub(crate) iam_endpoint: Option<String>,
    pub(crate) discoverer: &'static dyn DiscoverProject,
}

impl fmt::Debug for Discovery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Discovery")
            .field("region", &self.region)
            .field("iam_endpoint", &self.iam_endpoint)
            .finish_non_exhaustive()
    }
}

/// (who asks, region, IAM endpoint) → the project id, once per process.
type Key = (String, String, Option<String>);

static CACHE: LazyLock<Mutex<HashMap<Key, Arc<OnceCell<String>>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// The project id for `identity` (an access key, or a credentials source) in `discovery`'s
/// region: from the process cache, or asked with `request` (one call at a time per key; a
/// failure is not cached).
pub(crate) async fn discover_cached(
    identity: String,
    discovery: &Discovery,
    request: DiscoveryRequest,
) -> Result<String, Error> {
    let key = (
        identity,
        discovery.region.clone(),
        discovery.iam_endpoint.clone(),
    );
    let cell = {
        let mut cache = CACHE
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        Arc::clone(cache.entry(key).or_default())
    };
    let id = cell
        .get_or_try_init(|| discovery.discoverer.discover(request))
        .await?;
    Ok(id.clone())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;
    use crate::ErrorKind;

    #[derive(Debug)]
    struct Counting(AtomicU32, std::sync::atomic::AtomicBool);

    impl DiscoverProject for Counting {
        fn discover(&self, request: DiscoveryRequest) -> BoxFuture<'static, Result<String, Error>> {
            self.0.fetch_add(1, Ordering::SeqCst);
            let fail = request.region == "xx-fails-1" && !self.1.swap(true, Ordering::SeqCst);
            Box::pin(async move {
                tokio::time::sleep(Duration::from_millis(20)).await;
                if fail {
                    return Err(Error::new(ErrorKind::Transport, "IAM down"));
                }
                Ok(format!("project-of-{}", request.region))
            })
        }
    }

    fn request(region: &str) -> DiscoveryRequest {
        DiscoveryRequest {
            region: region.to_owned(),
            credentials: Credentials::aksk("AK", "SK"),
            iam_endpoint: None,
            retry: RetryPolicy::default(),
            attempt_timeout: Duration::from_secs(1),
        }
    }

    #[tokio::test]
    async fn asked_once_per_key_even_by_concurrent_callers_and_failures_are_not_kept() {
        static DISCOVERER: Counting =
            Counting(AtomicU32::new(0), std::sync::atomic::AtomicBool::new(false));
        let discovery = |region: &str| Discovery {
            region: region.to_owned(),
            iam_endpoint: Some("http://iam.test".to_owned()),
            discoverer: &DISCOVERER,
        };
        let d = discovery("xx-test-1");
        let all = futures_util::future::join_all(
            (0..20).map(|_| discover_cached("AK-T1".to_owned(), &d, request("xx-test-1"))),
        )
        .await;
        assert!(
            all.iter()
                .all(|r| r.as_ref().unwrap() == "project-of-xx-test-1")
        );
        assert_eq!(DISCOVERER.0.load(Ordering::SeqCst), 1);

        // Another access key asks again; the same one does not.
        discover_cached("AK-T2".to_owned(), &d, request("xx-test-1"))
            .await
            .unwrap();
        discover_cached("AK-T1".to_owned(), &d, request("xx-test-1"))
            .await
            .unwrap();
        assert_eq!(DISCOVERER.0.load(Ordering::SeqCst), 2);

        let d = discovery("xx-fails-1");
        assert!(
            discover_cached("AK-T1".to_owned(), &d, request("xx-fails-1"))
                .await
                .is_err()
        );
        let id = discover_cached("AK-T1".to_owned(), &d, request("xx-fails-1"))
            .await
            .unwrap();
        assert_eq!(id, "project-of-xx-fails-1");
    }
}
