//! Injected faults (`--faults`): API errors and throttling, delays, and downloads cut short by a
//! reset or a clean close. Deterministic: the fate of a request depends only on the seed, its
//! kind (the operation, e.g. `dds.list_auditlogs`, or the downloaded file) and its sequence
//! number within that kind.

use http::StatusCode;

use super::App;
use super::errors::ApiError;
use crate::dataset::{mix, text_key};

/// Draws of [`App::roll`]: one per decision, so adding one does not shift the others.
const DRAW_API: u64 = 1;
const DRAW_ERROR_STATUS: u64 = 2;
const DRAW_BODY: u64 = 3;
const DRAW_DELAY: u64 = 4;

impl App {
    /// A number in `[0, 1)` for the `n`-th request of `kind`, draw `what`.
    fn roll(&self, kind: &str, n: u64, what: u64) -> f64 {
        let x = mix(text_key(self.config.seed, &["fault", kind]) ^ mix(n) ^ mix(what << 32));
        (x >> 11) as f64 / (1u64 << 53) as f64
    }

    /// The sequence number of this request within `kind`.
    fn fault_seq(&self, kind: &str) -> u64 {
        let mut map = self.fault_seq.lock().unwrap_or_else(|e| e.into_inner());
        let slot = map.entry(kind.to_owned()).or_insert(0);
        let n = *slot;
        *slot += 1;
        n
    }

    /// Waits out the `delay` fault, when it falls on the `n`-th request of `kind`.
    async fn delay(&self, kind: &str, n: u64) {
        let faults = &self.config.faults;
        if !faults.delay.is_zero() && self.roll(kind, n, DRAW_DELAY) < faults.delay_rate {
            tokio::time::sleep(faults.delay).await;
        }
    }
}

/// A fault that falls on an API request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ApiFault {
    /// `error`: the service fails, with this status (500 or 503, half each).
    Error(StatusCode),
    /// `throttle`: the gateway's 429.
    Throttle,
}

/// The faults of an API request of operation `op` (after authentication and instance lookup):
/// a delay, then a 500/503 (`error`) or a 429 (`throttle`), as the DB services answer them.
pub(super) async fn api(app: &App, op: &str) -> Result<(), ApiError> {
    match api_fault(app, op).await {
        None => Ok(()),
        Some(ApiFault::Error(status)) if status == StatusCode::INTERNAL_SERVER_ERROR => Err(
            ApiError::new(status, "DBS.200010", "fault: internal server error."),
        ),
        Some(ApiFault::Error(status)) => Err(ApiError::new(
            status,
            "DBS.200011",
            "fault: service unavailable, try again later.",
        )),
        Some(ApiFault::Throttle) => Err(throttled()),
    }
}

/// 429 `APIGW.0308` with `Retry-After: 1`: the gateway's throttling.
pub(super) fn throttled() -> ApiError {
    ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        "APIGW.0308",
        "The throttling threshold has been reached.",
    )
    .retry_after(1)
}

/// The fault that falls on an API request of operation `op`, after waiting out its delay; each
/// service answers it in its own shape.
pub(super) async fn api_fault(app: &App, op: &str) -> Option<ApiFault> {
    let faults = &app.config.faults;
    if faults.is_off() {
        return None;
    }
    let n = app.fault_seq(op);
    app.delay(op, n).await;
    let r = app.roll(op, n, DRAW_API);
    if r < faults.error {
        Some(ApiFault::Error(
            if app.roll(op, n, DRAW_ERROR_STATUS) < 0.5 {
                StatusCode::INTERNAL_SERVER_ERROR
            } else {
                StatusCode::SERVICE_UNAVAILABLE
            },
        ))
    } else if r < faults.error + faults.throttle {
        Some(ApiFault::Throttle)
    } else {
        None
    }
}

/// Only the `delay` fault, for requests of `kind` that fail in no other way (the metadata
/// service).
pub(super) async fn delay_only(app: &App, kind: &str) {
    let faults = &app.config.faults;
    if faults.delay.is_zero() || faults.delay_rate <= 0.0 {
        return;
    }
    let n = app.fault_seq(kind);
    app.delay(kind, n).await;
}

/// The faults of one download of the file `key` (`service/instance/id`), drawn once its link
/// is checked.
#[derive(Debug, Clone, Copy)]
pub(super) struct Download {
    /// The request's sequence number among the downloads of the file (0 with no faults).
    n: u64,
}

/// Where a body stops short, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cut {
    /// The offset in the file where the body stops.
    pub at: u64,
    /// A TCP reset (`reset`), else a clean close short of `Content-Length` (`truncate`).
    pub reset: bool,
}

/// Starts the faults of a download: waits out a delay that falls on it.
pub(super) async fn download(app: &App, key: &str) -> Download {
    if app.config.faults.is_off() {
        return Download { n: 0 };
    }
    let n = app.fault_seq(key);
    app.delay(key, n).await;
    Download { n }
}

impl Download {
    /// The cut of a `GET` body `start..start + len` (`reset` or `truncate`: half of it is
    /// sent); none for an empty body.
    pub(super) fn cut(self, app: &App, key: &str, start: u64, len: u64) -> Option<Cut> {
        let faults = &app.config.faults;
        if len == 0 || faults.is_off() {
            return None;
        }
        let r = app.roll(key, self.n, DRAW_BODY);
        let at = start + len / 2;
        if r < faults.reset {
            Some(Cut { at, reset: true })
        } else if r < faults.reset + faults.truncate {
            Some(Cut { at, reset: false })
        } else {
            None
        }
    }
}

/// Draw of [`export_fails`].
const DRAW_EXPORT: u64 = 5;

/// Whether the `attempt`-th export of `key` (`dds/{instance}/slow`, ...) ends `FAILED`
/// (`export_fail`): decided once per attempt, from the seed, the export and the attempt.
pub(super) fn export_fails(app: &App, key: &str, attempt: u64) -> bool {
    let p = app.config.faults.export_fail;
    p > 0.0 && app.roll(&format!("export {key}"), attempt, DRAW_EXPORT) < p
}
