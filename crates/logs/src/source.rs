//! One service's logs, whichever service: list files, get links. Everything particular to a
//! service comes from its crate's generated [`LogApi`]; this module only adds what an archive
//! needs on top (how far back to list, when a link expires).

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use futures_util::{Stream, StreamExt as _, TryStreamExt as _};
use huaweicloud_core::client::{ClientBuilder, ServiceClient};
use huaweicloud_core::{Credentials, LogApi, RetryPolicy, TimeWindow};

use crate::model::{Link, ListedSize, LogFile, ServiceKind, Target};

/// How long DDS and RDS links live when the link itself does not say (the documents: 5 min).
pub const DEFAULT_LINK_LIFETIME: TimeDelta = TimeDelta::minutes(5);

/// The oldest a listing reaches back: the longest any of these services keeps its logs (the
/// upper bound of `keep_days` in the official SDK's models: RDS audit logs 3660 days; DDS
/// 732; TaurusDB DDL logs 30). One bound for all, the widest, so that no service's file is
/// ever out of reach.
pub const OLDEST_LISTABLE: TimeDelta = TimeDelta::days(3660);

/// How to reach a service: the same settings as the service crates' builders. Anything left
/// unset comes from the environment and the profile file, as the official SDK does.
#[derive(Debug, Clone, Default)]
pub struct SourceConfig {
    /// Region, e.g. `cn-north-4`.
    pub region: Option<String>,
    /// Endpoint override (plain `http://` only for loopback).
    pub endpoint: Option<String>,
    /// Project id.
    pub project_id: Option<String>,
    /// Explicit credentials (else the environment and the profile file).
    pub credentials: Option<Credentials>,
    /// Retry policy of the API calls.
    pub retry: Option<RetryPolicy>,
    /// Read timeout of the API calls.
    pub read_timeout: Option<Duration>,
    /// Deadline of each attempt of an API call (headers and body).
    pub attempt_timeout: Option<Duration>,
}

impl SourceConfig {
    pub(crate) fn builder<C: ServiceClient>(&self) -> ClientBuilder<C> {
        let mut b = ClientBuilder::<C>::new().from_env();
        if let Some(r) = &self.region {
            b = b.region(r.clone());
        }
        if let Some(e) = &self.endpoint {
            b = b.endpoint(e.clone());
        }
        if let Some(p) = &self.project_id {
            b = b.project_id(p.clone());
        }
        if let Some(c) = &self.credentials {
            b = b.credentials(c.clone());
        }
        if let Some(r) = &self.retry {
            b = b.retry(r.clone());
        }
        if let Some(t) = self.read_timeout {
            b = b.read_timeout(t);
        }
        if let Some(t) = self.attempt_timeout {
            b = b.attempt_timeout(t);
        }
        b
    }
}

/// A service client, seen through the one model of this crate.
#[derive(Debug, Clone)]
pub struct Source {
    kind: ServiceKind,
    log_kind: &'static str,
    api: Arc<dyn LogApi>,
    base_url: url::Url,
}

impl Source {
    /// A source for `kind` configured by `config`.
    pub fn new(kind: ServiceKind, config: &SourceConfig) -> Result<Self, huaweicloud_core::Error> {
        Self::with_api(kind, kind.connect(config)?)
    }

    /// A source over a client already built.
    pub fn with_api(
        kind: ServiceKind,
        api: Arc<dyn LogApi>,
    ) -> Result<Self, huaweicloud_core::Error> {
        let base = api.base_url().to_owned();
        let base_url = url::Url::parse(&base).map_err(|e| {
            huaweicloud_core::Error::new(
                huaweicloud_core::ErrorKind::Configuration,
                format!("endpoint {base:?}: {e}"),
            )
        })?;
        Ok(Self {
            kind,
            log_kind: kind.default_log_kind(),
            api,
            base_url,
        })
    }

    /// The same source for logs of another kind (`slow`, `error`, ...), or an error naming
    /// the kinds the service has.
    pub fn with_log_kind(mut self, kind: &str) -> Result<Self, huaweicloud_core::Error> {
        self.log_kind = self
            .kind
            .log_kind(kind)
            .map_err(|why| huaweicloud_core::Error::invalid_input("kind", why))?;
        Ok(self)
    }

    /// The kind of log it lists and links.
    pub fn log_kind(&self) -> &'static str {
        self.log_kind
    }

    /// Whether listing its kind needs a node id.
    pub fn needs_node(&self) -> bool {
        self.kind.needs_node(self.log_kind)
    }

    /// Every instance of the service in the project, with its node ids.
    pub fn instances(
        &self,
    ) -> impl Stream<Item = Result<huaweicloud_core::Instance, huaweicloud_core::Error>> + Send + 'static
    {
        self.api.instances()
    }

    /// Whether `instance_id` keeps logs of this source's kind, when the service says.
    pub async fn policy(
        &self,
        instance_id: &str,
    ) -> Result<Option<huaweicloud_core::LogPolicy>, huaweicloud_core::Error> {
        self.api.log_policy(self.log_kind, instance_id).await
    }

    /// The service.
    pub fn kind(&self) -> ServiceKind {
        self.kind
    }

    /// The API endpoint.
    pub fn base_url(&self) -> &url::Url {
        &self.base_url
    }

    /// The runtime of the service client: its retry policy, and the service's clock as its
    /// answers' `Date` tells it.
    pub fn runtime(&self) -> &huaweicloud_core::Runtime {
        self.api.runtime()
    }

    /// Most ids one link request takes.
    pub fn link_batch(&self) -> usize {
        self.api.link_batch(self.log_kind)
    }

    /// The part of `window` that can hold files: no later than now (with a minute for
    /// clocks that disagree), no earlier than any service keeps its logs
    /// ([`OLDEST_LISTABLE`]); `None` when nothing is left. Without it, a window reaching into
    /// the year 9999 would cost a call per 30 days of it.
    pub fn listable(&self, window: TimeWindow) -> Option<TimeWindow> {
        let now = Utc::now();
        let end = window.end().min(now + TimeDelta::minutes(1));
        let start = window.start().max(now - OLDEST_LISTABLE);
        if end < window.end() || start > window.start() {
            tracing::debug!(
                from = %window.start(), to = %window.end(), kept_from = %start, kept_to = %end,
                "listing only the part of the window that can hold files"
            );
        }
        TimeWindow::new(start, end).ok()
    }

    /// Every file of `instance_id` in `window` (of `node_id` when given; TaurusDB needs one),
    /// windows split and pages followed, each file once. Only the [`Source::listable`] part
    /// of the window is asked for.
    pub fn list(
        &self,
        instance_id: &str,
        node_id: Option<&str>,
        window: TimeWindow,
    ) -> impl Stream<Item = Result<LogFile, huaweicloud_core::Error>> + Send + 'static {
        let Some(window) = self.listable(window) else {
            return futures_util::stream::empty().boxed();
        };
        let (service, kind, instance, node) = (
            self.kind,
            self.log_kind,
            instance_id.to_owned(),
            node_id.map(str::to_owned),
        );
        self.api
            .log_files(self.log_kind, instance_id, node_id, window)
            .map_ok(move |f| LogFile {
                service,
                kind: kind.to_owned(),
                instance_id: instance.clone(),
                node_id: f.node_id.or_else(|| node.clone()),
                id: f.id,
                name: f.name,
                size: match (f.size_bytes, f.size_exact) {
                    (Some(n), true) => ListedSize::Exact(n),
                    (Some(n), false) => ListedSize::Approx(n),
                    (None, _) => ListedSize::Unknown,
                },
                start_time: f.start_time.map(|t| t.to_utc()),
                end_time: f.end_time.map(|t| t.to_utc()),
                active: f.active,
            })
            .boxed()
    }

    /// Every file of each target in its window, in target order, as the pages arrive. A file
    /// listed for two targets (DDS nodes of one instance, say) comes twice; see
    /// [`Source::list_targets`].
    pub fn list_stream(
        &self,
        targets: &[(Target, TimeWindow)],
    ) -> impl Stream<Item = Result<LogFile, huaweicloud_core::Error>> + Send + 'static {
        let streams: Vec<_> = targets
            .iter()
            .map(|(t, window)| self.list(&t.instance_id, t.node_id.as_deref(), *window))
            .collect();
        futures_util::stream::iter(streams).flatten()
    }

    /// Every file of each target in its window, in target order, each file once.
    pub async fn list_targets(
        &self,
        targets: &[(Target, TimeWindow)],
    ) -> Result<Vec<LogFile>, huaweicloud_core::Error> {
        let mut seen = std::collections::HashSet::new();
        self.list_stream(targets)
            .try_filter(|f| std::future::ready(seen.insert(f.key())))
            .try_collect()
            .await
    }

    /// Fresh links for `ids` of `instance_id` (of `node_id`, for a kind exported per node), in
    /// batches of the service's limit, paired with their ids. A link that cannot be parsed as
    /// a URL is an error.
    pub async fn links(
        &self,
        instance_id: &str,
        node_id: Option<&str>,
        ids: &[String],
    ) -> Result<Vec<(String, Link)>, huaweicloud_core::Error> {
        let now = Utc::now();
        let raw = self
            .api
            .log_links(self.log_kind, instance_id, node_id, ids)
            .await?;
        // An expiry the service states is on its clock; ours may disagree (its `Date` says by
        // how much), and a link is good for as long as the service's clock says.
        let skew = self.runtime().clock_skew().unwrap_or_default();
        raw.into_iter()
            .map(
                |huaweicloud_core::LogLink {
                     id,
                     url,
                     expires_at: expires,
                     ..
                 }| {
                    let expires = expires.map(|t| t.to_utc());
                    let url = url::Url::parse(&url).map_err(|e| {
                        huaweicloud_core::Error::new(
                            huaweicloud_core::ErrorKind::Decode,
                            format!("the link for file {id} is not a URL: {e}"),
                        )
                    })?;
                    let expires_at = match expires.or_else(|| expiry_in_query(&url)) {
                        Some(on_service_clock) => on_service_clock - skew,
                        None => now + DEFAULT_LINK_LIFETIME,
                    };
                    Ok((id, Link { url, expires_at }))
                },
            )
            .collect()
    }
}

/// The expiry a presigned URL carries in its query (`Expires`/`expires`, Unix seconds), as
/// OBS and the emulator put it.
fn expiry_in_query(url: &url::Url) -> Option<DateTime<Utc>> {
    url.query_pairs()
        .find(|(k, _)| k.eq_ignore_ascii_case("expires"))
        .and_then(|(_, v)| v.parse::<i64>().ok())
        .and_then(|s| DateTime::from_timestamp(s, 0))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn expiry_from_query() {
        let u = url::Url::parse("https://b.obs.cn-north-4.myhuaweicloud.com/x?AccessKeyId=A&Expires=1700000000&Signature=s").unwrap();
        assert_eq!(expiry_in_query(&u).unwrap().timestamp(), 1_700_000_000);
        let u = url::Url::parse("http://127.0.0.1:1/download/x?expires=5&signature=s").unwrap();
        assert_eq!(expiry_in_query(&u).unwrap().timestamp(), 5);
        assert!(expiry_in_query(&url::Url::parse("https://h/x").unwrap()).is_none());
    }
}
