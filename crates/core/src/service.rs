//! What a service is, as its spec says: the data `cargo xtask codegen` writes for each service
//! crate (its `META`, from `x-service`, `servers` and the operations' `x-paging`, `x-batch` and
//! `x-window`), which the runtime reads. Core names no service: everything particular to one
//! arrives through a [`ServiceMeta`].

/// A service, as its spec describes it.
#[derive(Debug)]
pub struct ServiceMeta {
    /// Its name (`x-service.name`): `dds`.
    pub name: &'static str,
    /// The `{SERVICE}` parts of its endpoint override variables
    /// (`HUAWEICLOUD_SDK_REGION_{SERVICE}_{REGION}`), in order of priority (`x-service.env-names`).
    pub env_names: &'static [&'static str],
    /// A variable whose value is the endpoint for every region, checked first
    /// (`x-service.endpoint-env`: `HUAWEICLOUD_SDK_IAM_ENDPOINT`).
    pub endpoint_env: Option<&'static str>,
    /// The kind of log archived when none is asked for (`x-service.default-log-kind`: `audit`),
    /// one of [`ServiceMeta::log_kinds`]; `None` for a service without logs.
    pub default_log_kind: Option<&'static str>,
    /// Its endpoints (the spec's `servers`).
    pub endpoints: &'static [Endpoint],
    /// The limits of its operations.
    pub operations: &'static [OperationMeta],
}

/// One endpoint of a service: a URL template and the regions it serves.
#[derive(Debug)]
pub struct Endpoint {
    /// `https://dds.{region}.myhuaweicloud.com`.
    pub url: &'static str,
    /// The regions served under this template; none for a global endpoint (a URL without
    /// `{region}`), which serves every region the others do not list.
    pub regions: &'static [&'static str],
}

/// The limits of one operation, where its spec states them.
#[derive(Debug)]
pub struct OperationMeta {
    /// Its `operationId`.
    pub id: &'static str,
    /// Its required parameters (path and query), by their names on the wire.
    pub required: &'static [&'static str],
    /// Its optional parameters (query), by their names on the wire.
    pub optional: &'static [&'static str],
    /// Records per page, for a paged list (`x-paging`: the `limit` parameter's maximum).
    pub page_size: Option<u32>,
    /// Ids per call, for an operation taking a list of ids (`x-batch`: its `maxItems`).
    pub batch_size: Option<usize>,
    /// The query parameters of its time window, `(start, end)` (`x-window`).
    pub window: Option<(&'static str, &'static str)>,
    /// The longest window, in days, the service accepts (`x-window.max-days`).
    pub max_window_days: Option<u32>,
    /// The longest window, in days, one call of a stream lists (`x-window.split-days`, else
    /// `max-days`).
    pub split_window_days: Option<u32>,
    /// The kind of log it lists or links (`x-log.kind`: `audit`, `ddl`, ...), or exports.
    pub log_kind: Option<&'static str>,
    /// Whether it prepares log files and answers with their links (`x-log-export`): it both
    /// lists and links them, and may need asking again until they are ready.
    pub export: bool,
}

impl OperationMeta {
    /// The longest window one call of a stream lists, when the operation has a window.
    pub fn split_window(&self) -> Option<chrono::TimeDelta> {
        self.split_window_days
            .map(|days| chrono::TimeDelta::days(i64::from(days)))
    }
}

impl ServiceMeta {
    /// The limits of operation `id`.
    pub fn operation(&self, id: &str) -> Option<&OperationMeta> {
        self.operations.iter().find(|o| o.id == id)
    }

    /// The regions with a built-in endpoint, sorted.
    pub fn known_regions(&self) -> Vec<&'static str> {
        let mut regions: Vec<&'static str> = self
            .endpoints
            .iter()
            .flat_map(|e| e.regions.iter().copied())
            .collect();
        regions.sort_unstable();
        regions.dedup();
        regions
    }

    /// The kinds of log its operations list (`x-log.kind` of a paged operation), in the
    /// order of the spec.
    pub fn log_kinds(&self) -> Vec<&'static str> {
        let mut kinds = Vec::new();
        for op in self.operations {
            if let Some(kind) = op.log_kind
                && (op.page_size.is_some() || op.export)
                && !kinds.contains(&kind)
            {
                kinds.push(kind);
            }
        }
        kinds
    }

    /// The operation that lists logs of `kind`: a paged list, or an export.
    pub fn log_listing(&self, kind: &str) -> Option<&OperationMeta> {
        self.operations
            .iter()
            .find(|o| o.log_kind == Some(kind) && (o.page_size.is_some() || o.export))
    }

    /// The batched operation that links logs of `kind`.
    pub fn log_linking(&self, kind: &str) -> Option<&OperationMeta> {
        self.operations
            .iter()
            .find(|o| o.log_kind == Some(kind) && o.batch_size.is_some())
    }

    /// The built-in base URL for `region`: its own endpoint, or else the global one when the
    /// service has one; `None` for a region the service does not know.
    pub fn builtin_url(&self, region: &str) -> Option<String> {
        self.endpoints
            .iter()
            .find(|e| e.regions.contains(&region))
            .or_else(|| self.endpoints.iter().find(|e| e.regions.is_empty()))
            .map(|e| e.url.replace("{region}", region))
    }
}

impl std::fmt::Display for ServiceMeta {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A service for the tests of core, which names none of the real ones.
    pub(crate) static EXAMPLE: ServiceMeta = ServiceMeta {
        name: "example",
        env_names: &["EXAMPLE", "EXAMPLE_OLD"],
        endpoint_env: None,
        default_log_kind: Some("audit"),
        endpoints: &[
            Endpoint {
                url: "https://example.{region}.myhuaweicloud.com",
                regions: &["cn-north-4", "ap-southeast-1"],
            },
            Endpoint {
                url: "https://example.{region}.myhuaweicloud.eu",
                regions: &["eu-west-101"],
            },
        ],
        operations: &[
            OperationMeta {
                id: "list_things",
                required: &["instance_id", "node_id", "start_time", "end_time"],
                optional: &["offset", "limit"],
                page_size: Some(100),
                batch_size: None,
                window: Some(("start_time", "end_time")),
                max_window_days: Some(30),
                split_window_days: Some(30),
                log_kind: Some("audit"),
                export: false,
            },
            OperationMeta {
                id: "link_things",
                required: &["instance_id"],
                optional: &[],
                page_size: None,
                batch_size: Some(10),
                window: None,
                max_window_days: None,
                split_window_days: None,
                log_kind: Some("audit"),
                export: false,
            },
        ],
    };

    #[test]
    fn regions_and_urls_come_from_the_endpoints() {
        assert_eq!(
            EXAMPLE.known_regions(),
            ["ap-southeast-1", "cn-north-4", "eu-west-101"]
        );
        assert_eq!(
            EXAMPLE.builtin_url("eu-west-101").as_deref(),
            Some("https://example.eu-west-101.myhuaweicloud.eu")
        );
        assert_eq!(EXAMPLE.builtin_url("xx-1"), None);
        assert_eq!(
            EXAMPLE.operation("list_things").map(|o| o.page_size),
            Some(Some(100))
        );
        assert!(EXAMPLE.operation("nope").is_none());
    }

    #[test]
    fn log_operations_are_found_by_kind() {
        assert_eq!(EXAMPLE.log_kinds(), ["audit"]);
        assert!(
            EXAMPLE
                .log_kinds()
                .contains(&EXAMPLE.default_log_kind.unwrap_or_default())
        );
        assert_eq!(
            EXAMPLE.log_listing("audit").map(|o| o.id),
            Some("list_things")
        );
        assert_eq!(
            EXAMPLE.log_linking("audit").map(|o| o.id),
            Some("link_things")
        );
        assert!(EXAMPLE.log_listing("ddl").is_none());
    }
}
