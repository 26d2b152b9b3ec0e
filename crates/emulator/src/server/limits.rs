//! The limits the emulator enforces, as the specs state them: each service crate's generated
//! `META` (`x-paging`, `x-batch`, `x-window`). A limit changed in a spec reaches the emulator
//! the way it reaches the clients, through `cargo xtask codegen`.
//!
//! The operations added after the first six ([`PENDING`]) had no spec yet when the emulator
//! learnt them: their limits are written here, from the official SDK's models (3.1.219), and
//! used only where `META` does not state one. Once a spec states them, `META` wins field by
//! field, and the entry here can go.

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

/// What a spec would state of an operation's limits, where it has no spec yet.
struct Pending {
    service: Service,
    id: &'static str,
    page: Option<i64>,
    batch: Option<usize>,
    max_days: Option<i64>,
}

/// The limits of the operations whose specs were still being written when the emulator
/// learnt them, from the official SDK's models (3.1.219): `limit` ranges ("取值范围：1~100"),
/// the 50 ids of `show_audit_log_download_link`, the 30 days of `list_audit_logs`. To be
/// replaced by `META` (which already takes precedence, field by field) once the specs state
/// them. The policies and the slow/error log exports have no documented limit.
const PENDING: &[Pending] = &[
    Pending {
        service: Service::Dds,
        id: "list_instances",
        page: Some(100),
        batch: None,
        max_days: None,
    },
    Pending {
        service: Service::Rds,
        id: "list_instances",
        page: Some(100),
        batch: None,
        max_days: None,
    },
    Pending {
        service: Service::Rds,
        id: "list_slow_log_file",
        page: Some(100),
        batch: None,
        max_days: None,
    },
    Pending {
        service: Service::Taurusdb,
        id: "list_gauss_my_sql_instances",
        page: Some(100),
        batch: None,
        max_days: None,
    },
    Pending {
        service: Service::Taurusdb,
        id: "list_audit_logs",
        page: Some(100),
        batch: None,
        max_days: Some(30),
    },
    Pending {
        service: Service::Taurusdb,
        id: "show_audit_log_download_link",
        page: None,
        batch: Some(50),
        max_days: None,
    },
];

/// The limits of operation `id` of `service`: its spec's (`META`), else those written in
/// [`PENDING`]. An operation neither states a limit for gets the tightest (a page of 1, a
/// batch of 1), so a spec that lost a limit shows up in the tests at once rather than letting
/// anything through.
pub(super) fn of(service: Service, id: &str) -> Limits {
    let op = meta(service).operation(id);
    let pending = PENDING.iter().find(|p| p.service == service && p.id == id);
    Limits {
        page: op
            .and_then(|o| o.page_size)
            .map(i64::from)
            .or_else(|| pending.and_then(|p| p.page))
            .unwrap_or(1),
        batch: op
            .and_then(|o| o.batch_size)
            .or_else(|| pending.and_then(|p| p.batch))
            .unwrap_or(1),
        max_days: op
            .and_then(|o| o.max_window_days)
            .map(i64::from)
            .or_else(|| pending.and_then(|p| p.max_days)),
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
    fn the_later_operations_have_their_documented_limits() {
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
