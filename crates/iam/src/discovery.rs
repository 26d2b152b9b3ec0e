//! The project id of a region, through IAM: what the other service crates' clients use when
//! they have a region and credentials but no project id (`huaweicloud_core::project`), as the
//! official SDK does: `GET /v3/projects?name={region}`, the one project of that name.

use futures_util::future::BoxFuture;
use huaweicloud_core::project::{DiscoverProject, DiscoveryRequest};
use huaweicloud_core::{Error, ErrorKind};

use crate::{Client, ClientInfo as _};

/// Finds project ids through IAM; the project-scoped service crates give it to their builders.
#[derive(Debug)]
pub struct ProjectDiscovery;

/// The one [`ProjectDiscovery`].
pub static PROJECT_DISCOVERY: ProjectDiscovery = ProjectDiscovery;

impl DiscoverProject for ProjectDiscovery {
    fn discover(&self, request: DiscoveryRequest) -> BoxFuture<'static, Result<String, Error>> {
        Box::pin(async move {
            let region = request.region.clone();
            discover(request)
                .await
                .map_err(|e| e.context(format!("finding the project id of region {region}")))
        })
    }
}

async fn discover(request: DiscoveryRequest) -> Result<String, Error> {
    // Only the given endpoint or IAM's own for the region: no other variable of the
    // environment is read here (the client that asks has read it already).
    let builder = Client::builder()
        .env_lookup(|_| None)
        .credentials(request.credentials)
        .retry(request.retry)
        .attempt_timeout(request.attempt_timeout);
    let builder = match &request.iam_endpoint {
        Some(endpoint) => builder.endpoint(endpoint),
        None => builder.region(&request.region),
    };
    let client = builder.build()?;
    let answer = client
        .keystone_list_projects()
        .name(request.region.as_str())
        .send()
        .await?;
    let trace = answer
        .headers()
        .get("x-iam-trace-id")
        .and_then(|v| v.to_str().ok())
        .map(|t| format!(" (X-IAM-Trace-Id {t})"))
        .unwrap_or_default();
    let projects = answer.into_inner().projects;
    match projects.as_slice() {
        [one] => Ok(one.id.clone()),
        [] => Err(Error::new(
            ErrorKind::Configuration,
            format!(
                "IAM at {} has no project named {}{trace}: check the region, or give the \
                 project id (.project_id(..) or HUAWEICLOUD_SDK_PROJECT_ID)",
                client.baseurl(),
                request.region
            ),
        )),
        several => Err(Error::new(
            ErrorKind::Configuration,
            format!(
                "IAM at {} has {} projects named {} ({}){trace}: give the one to use \
                 (.project_id(..) or HUAWEICLOUD_SDK_PROJECT_ID)",
                client.baseurl(),
                several.len(),
                request.region,
                several
                    .iter()
                    .map(|p| p.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}
