//! The limits the emulator enforces, as the specs state them: each service crate's generated
//! `META` (`x-paging`, `x-batch`, `x-window`). A limit changed in a spec reaches the emulator
//! the way it reaches the clients, through `cargo xtask codegen`; no limit is written here.

use huaweicloud_core::ServiceMeta;

use crate::config::Service;

/// The spec of `service`.
pub(super) fn meta(service: Service) -> &'static ServiceMeta {
    match service {
        Service::Dds => &huaweicloud_dds::META,
        Service::Rds => &huaweicloud_rds::META,
        Service::Taurusdb => &huaweicloud_taurusdb::META,
    }
}

/// The limits of one operation.
#[derive(Debug, Clone, Copy)]
pub(super) struct Limits {
    /// The largest `limit` of a page.
    pub page: i64,
    /// The most ids of one call.
    pub batch: usize,
    /// The longest query window, in days, where the service has one.
    pub max_days: Option<i64>,
}

/// The limits of operation `id` of `service`, as its spec states them (`META`). An operation
/// whose spec states no limit gets the tightest (a page of 1, a batch of 1), so a spec that
/// lost a limit shows up in the tests at once rather than letting anything through.
pub(super) fn of(service: Service, id: &str) -> Limits {
    let op = meta(service).operation(id);
    Limits {
        page: op.and_then(|o| o.page_size).map(i64::from).unwrap_or(1),
        batch: op.and_then(|o| o.batch_size).unwrap_or(1),
        max_days: op.and_then(|o| o.max_window_days).map(i64::from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_limits_reach_the_emulator() {
        let dds = of(Service::Dds, "list_auditlogs");
        assert_eq!((dds.page, dds.max_days), (100, Some(30)));
        assert_eq!(of(Service::Rds, "list_auditlogs").page, 50);
        assert_eq!(of(Service::Rds, "show_auditlog_download_link").batch, 50);
        assert_eq!(of(Service::Dds, "list_auditlog_links").batch, 50);
        let ddl = of(Service::Taurusdb, "list_ddl_logs");
        assert_eq!((ddl.page, ddl.max_days), (100, None));
        assert_eq!(of(Service::Taurusdb, "download_ddl_logs").batch, 10);
        assert_eq!(of(Service::Dds, "no_such_operation").batch, 1);
    }

    #[test]
    fn the_later_operations_have_their_documented_limits_from_their_specs() {
        for (service, id) in [
            (Service::Dds, "list_instances"),
            (Service::Rds, "list_instances"),
            (Service::Rds, "list_slow_log_file"),
            (Service::Taurusdb, "list_gauss_my_sql_instances"),
        ] {
            assert_eq!(of(service, id).page, 100, "{service} {id}");
        }
        let audit = of(Service::Taurusdb, "list_audit_logs");
        assert_eq!((audit.page, audit.max_days), (100, Some(30)));
        assert_eq!(
            of(Service::Taurusdb, "show_audit_log_download_link").batch,
            50
        );
    }
}
