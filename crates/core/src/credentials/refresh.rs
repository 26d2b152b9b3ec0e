//! Temporary credentials that are fetched again before they expire: from the ECS metadata
//! service ([`EcsMetadata`](super::EcsMetadata)), or any [`FetchCredentials`].
//!
//! The rules, the official SDK's and beyond:
//!
//! - Credentials expiring within [`REFRESH_AHEAD`] (40 minutes, the official SDK's threshold)
//!   are fetched again before a request is signed.
//! - One fetch at a time: while one request fetches, the others keep signing with the current
//!   credentials as long as these have not expired, so requests in flight are never held up
//!   and a thousand concurrent requests make one fetch, not a thousand.
//! - A failed fetch while the current credentials are still valid is logged and tried again
//!   after [`RETRY_AFTER_FAILURE`]; once they have expired, the failure is the caller's error,
//!   naming the source.
//! - Fresh credentials that are already within the threshold (a source that hands out short
//!   ones) are not fetched again for [`RETRY_AFTER_FAILURE`] either: one fetch per 30 seconds
//!   at most, never one per request.
//! - Expiry is judged on the source's clock, as far as its answers' `Date` tells it (and the
//!   `Date` of the service's answers, which the runtime passes on): a local clock that runs
//!   behind does not make credentials look fresher than they are.
//! - Credentials the service refuses (a 401) are fetched again once, at once
//!   ([`RefreshingCredentials::invalidate`]), in case they expired on a clock that disagrees.

use std::fmt;
use std::sync::Arc;

use chrono::{DateTime, TimeDelta, Utc};
use futures_util::future::BoxFuture;

use super::Credentials;
use crate::error::{Error, ErrorKind};

/// How long before their expiry credentials are fetched again (the official SDK's 40 minutes).
pub const REFRESH_AHEAD: TimeDelta = TimeDelta::minutes(40);

/// How long after a failed fetch (with the current credentials still valid) the next is tried.
pub const RETRY_AFTER_FAILURE: TimeDelta = TimeDelta::seconds(30);

/// Credentials with their expiry, as a source hands them out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expiring {
    /// The credentials (temporary AK/SK with a security token).
    pub credentials: Credentials,
    /// When they expire, on the source's clock.
    pub expires_at: DateTime<Utc>,
    /// How far the source's clock is ahead of ours (its answer's `Date` minus our time), when
    /// it said.
    pub source_clock_ahead: Option<TimeDelta>,
}

/// A source of temporary credentials.
pub trait FetchCredentials: Send + Sync + fmt::Debug {
    /// Where they come from, for messages: `the ECS metadata service at http://169.254.169.254`.
    fn source(&self) -> String;

    /// Fetch fresh credentials.
    fn fetch(&self) -> BoxFuture<'_, Result<Expiring, Error>>;
}

/// The current time; replaceable in tests.
type Now = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// Temporary credentials from a [`FetchCredentials`], fetched when first needed and again
/// before they expire (see the [module docs](self)).
pub struct RefreshingCredentials {
    fetcher: Box<dyn FetchCredentials>,
    state: std::sync::Mutex<State>,
    /// Held by the one task that fetches.
    fetching: tokio::sync::Mutex<()>,
    now: Now,
}

#[derive(Default)]
struct State {
    current: Option<Expiring>,
    /// How far the source's clock is ahead of ours, as last seen.
    source_clock_ahead: TimeDelta,
    /// No fetch before this time on the source's clock (after a failure, or after fresh
    /// credentials that were already due), unless the current ones were refused.
    quiet_until: Option<DateTime<Utc>>,
    /// The service refused the current credentials: fetch again before using them.
    refused: bool,
    /// Fetches made, for tests and traces.
    fetches: u64,
}

impl fmt::Debug for RefreshingCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.state.lock().ok();
        f.debug_struct("RefreshingCredentials")
            .field("source", &self.fetcher.source())
            .field(
                "current",
                &state
                    .as_ref()
                    .and_then(|s| s.current.as_ref().map(|c| &c.credentials)),
            )
            .field(
                "expires_at",
                &state
                    .as_ref()
                    .and_then(|s| s.current.as_ref().map(|c| c.expires_at)),
            )
            .finish()
    }
}

impl RefreshingCredentials {
    /// Credentials from `fetcher`, nothing fetched yet.
    pub fn new(fetcher: impl FetchCredentials + 'static) -> Self {
        Self::with_clock(fetcher, Arc::new(Utc::now))
    }

    /// The same, with another clock (tests).
    pub fn with_clock(fetcher: impl FetchCredentials + 'static, now: Now) -> Self {
        Self {
            fetcher: Box::new(fetcher),
            state: std::sync::Mutex::new(State::default()),
            fetching: tokio::sync::Mutex::new(()),
            now,
        }
    }

    /// Where the credentials come from.
    pub fn source(&self) -> String {
        self.fetcher.source()
    }

    /// How many fetches were made.
    pub fn fetches(&self) -> u64 {
        self.state.lock().map(|s| s.fetches).unwrap_or_default()
    }

    /// The service's clock was seen `ahead` of ours (from an answer's `Date`): expiry is
    /// judged on it from now on.
    pub fn observe_clock(&self, ahead: TimeDelta) {
        if let Ok(mut state) = self.state.lock() {
            state.source_clock_ahead = ahead;
        }
    }

    /// The service refused the current credentials: the next request fetches new ones first.
    pub fn invalidate(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.refused = true;
            state.quiet_until = None;
        }
    }

    /// Credentials good for a request now: the current ones, or fresh ones (see the
    /// [module docs](self)).
    pub async fn current(&self) -> Result<Credentials, Error> {
        match self.check() {
            Check::Fresh(c) => return Ok(c),
            Check::Usable(c) => {
                // Someone else is fetching: keep going with these.
                let Ok(_guard) = self.fetching.try_lock() else {
                    return Ok(c);
                };
                return Ok(self.fetch_holding_lock().await.unwrap_or(c));
            }
            Check::Unusable => {}
        }
        // Nothing valid: wait for the fetch in progress, or make one.
        let _guard = self.fetching.lock().await;
        if let Check::Fresh(c) | Check::Usable(c) = self.check() {
            return Ok(c);
        }
        self.fetch_holding_lock().await.map_err(|e| {
            Error::new(
                e.kind(),
                format!(
                    "no valid credentials from {}: {}",
                    self.fetcher.source(),
                    e.message().unwrap_or_default()
                ),
            )
        })
    }

    fn check(&self) -> Check {
        let Ok(state) = self.state.lock() else {
            return Check::Unusable;
        };
        let source_now = (self.now)() + state.source_clock_ahead;
        let Some(current) = &state.current else {
            return Check::Unusable;
        };
        let left = current.expires_at - source_now;
        if left <= TimeDelta::zero() || state.refused {
            Check::Unusable
        } else if left > REFRESH_AHEAD || state.quiet_until.is_some_and(|q| source_now < q) {
            Check::Fresh(current.credentials.clone())
        } else {
            Check::Usable(current.credentials.clone())
        }
    }

    /// Fetch, with the fetch lock held; on success the new credentials are current.
    async fn fetch_holding_lock(&self) -> Result<Credentials, Error> {
        // Another task may have fetched while this one waited for the lock.
        if let Check::Fresh(c) = self.check() {
            return Ok(c);
        }
        let result = self.fetcher.fetch().await;
        let mut state = self
            .state
            .lock()
            .map_err(|_| Error::new(ErrorKind::Configuration, "credentials state poisoned"))?;
        state.fetches += 1;
        if let Ok(fresh) = &result
            && let Some(ahead) = fresh.source_clock_ahead
        {
            state.source_clock_ahead = ahead;
        }
        let source_now = (self.now)() + state.source_clock_ahead;
        match result {
            Ok(fresh) => {
                if fresh.expires_at <= source_now {
                    state.quiet_until = Some(source_now + RETRY_AFTER_FAILURE);
                    return Err(Error::new(
                        ErrorKind::Configuration,
                        format!(
                            "{} handed out credentials that expired at {}, before they could be used",
                            self.fetcher.source(),
                            fresh.expires_at.to_rfc3339()
                        ),
                    ));
                }
                tracing::debug!(
                    source = %self.fetcher.source(),
                    credentials = %fresh.credentials,
                    expires_at = %fresh.expires_at,
                    "temporary credentials fetched"
                );
                // Already due (a source of short-lived credentials): not again at once.
                state.quiet_until = (fresh.expires_at - source_now <= REFRESH_AHEAD)
                    .then(|| source_now + RETRY_AFTER_FAILURE);
                state.refused = false;
                let credentials = fresh.credentials.clone();
                state.current = Some(fresh);
                Ok(credentials)
            }
            Err(e) => {
                state.quiet_until = Some(source_now + RETRY_AFTER_FAILURE);
                tracing::warn!(
                    source = %self.fetcher.source(),
                    error = %e,
                    "fetching temporary credentials failed"
                );
                Err(e)
            }
        }
    }
}

enum Check {
    /// Valid beyond the refresh threshold (or a fetch failed a moment ago): use them.
    Fresh(Credentials),
    /// Valid, but due for a fetch.
    Usable(Credentials),
    /// None, or expired.
    Unusable,
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use std::sync::atomic::{AtomicI64, AtomicU32, Ordering};

    use super::*;

    /// A source whose answers the test scripts: each fetch takes the next expiry (minutes
    /// from the test clock's now), or fails when it is `None`.
    #[derive(Debug)]
    struct Scripted {
        clock: Arc<AtomicI64>,
        answers: std::sync::Mutex<Vec<Option<i64>>>,
        calls: Arc<AtomicU32>,
        delay: std::time::Duration,
        ahead: Option<TimeDelta>,
    }

    impl FetchCredentials for Scripted {
        fn source(&self) -> String {
            "the test source".to_owned()
        }
        fn fetch(&self) -> BoxFuture<'_, Result<Expiring, Error>> {
            Box::pin(async move {
                let n = self.calls.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(self.delay).await;
                let answer = self.answers.lock().unwrap().remove(0);
                let now = DateTime::from_timestamp(self.clock.load(Ordering::SeqCst), 0).unwrap();
                match answer {
                    Some(minutes) => Ok(Expiring {
                        credentials: Credentials::temporary(format!("AK{n}"), "sk", "token"),
                        expires_at: now + TimeDelta::minutes(minutes),
                        source_clock_ahead: self.ahead,
                    }),
                    None => Err(Error::new(ErrorKind::Transport, "HTTP 503")),
                }
            })
        }
    }

    fn setup(answers: Vec<Option<i64>>) -> (RefreshingCredentials, Arc<AtomicI64>, Arc<AtomicU32>) {
        setup_with(answers, std::time::Duration::ZERO, None)
    }

    fn setup_with(
        answers: Vec<Option<i64>>,
        delay: std::time::Duration,
        ahead: Option<TimeDelta>,
    ) -> (RefreshingCredentials, Arc<AtomicI64>, Arc<AtomicU32>) {
        let clock = Arc::new(AtomicI64::new(1_800_000_000));
        let calls = Arc::new(AtomicU32::new(0));
        let source = Scripted {
            clock: Arc::clone(&clock),
            answers: std::sync::Mutex::new(answers),
            calls: Arc::clone(&calls),
            delay,
            ahead,
        };
        let c = Arc::clone(&clock);
        let now: Now =
            Arc::new(move || DateTime::from_timestamp(c.load(Ordering::SeqCst), 0).unwrap());
        (RefreshingCredentials::with_clock(source, now), clock, calls)
    }

    fn ak(c: &Credentials) -> &str {
        match c {
            Credentials::AkSk { access_key, .. } => access_key,
            Credentials::Token(_) => "token",
        }
    }

    fn advance(clock: &AtomicI64, minutes: i64) {
        clock.fetch_add(minutes * 60, Ordering::SeqCst);
    }

    #[tokio::test]
    async fn fetched_once_then_again_within_40_minutes_of_expiry() {
        let (creds, clock, calls) = setup(vec![Some(60), Some(60)]);
        assert_eq!(ak(&creds.current().await.unwrap()), "AK0");
        advance(&clock, 19);
        assert_eq!(
            ak(&creds.current().await.unwrap()),
            "AK0",
            "41 minutes left"
        );
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        advance(&clock, 2);
        assert_eq!(
            ak(&creds.current().await.unwrap()),
            "AK1",
            "39 minutes left"
        );
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_failed_refresh_keeps_valid_credentials_and_waits_before_trying_again() {
        let (creds, clock, calls) = setup(vec![Some(60), None, Some(60)]);
        creds.current().await.unwrap();
        advance(&clock, 25);
        assert_eq!(
            ak(&creds.current().await.unwrap()),
            "AK0",
            "the old ones still serve"
        );
        assert_eq!(calls.load(Ordering::SeqCst), 2);
        creds.current().await.unwrap();
        assert_eq!(
            calls.load(Ordering::SeqCst),
            2,
            "no storm of fetches after a failure"
        );
        clock.fetch_add(31, Ordering::SeqCst);
        assert_eq!(ak(&creds.current().await.unwrap()), "AK2");
    }

    #[tokio::test]
    async fn expired_credentials_and_a_failing_source_are_an_error_naming_it() {
        let (creds, clock, _) = setup(vec![Some(60), None]);
        creds.current().await.unwrap();
        advance(&clock, 61);
        let err = creds.current().await.unwrap_err();
        assert!(err.to_string().contains("the test source"), "{err}");
        assert!(err.to_string().contains("503"), "{err}");
        assert!(!err.to_string().contains("sk"), "{err}");
    }

    #[tokio::test]
    async fn credentials_that_arrive_expired_are_refused() {
        let (creds, _, _) = setup(vec![Some(-5)]);
        let err = creds.current().await.unwrap_err();
        assert!(err.to_string().contains("expired"), "{err}");
    }

    #[tokio::test]
    async fn concurrent_requests_make_one_fetch_and_in_flight_ones_are_not_held_up() {
        let (creds, clock, calls) = setup_with(
            vec![Some(60), Some(60)],
            std::time::Duration::from_millis(200),
            None,
        );
        let creds = Arc::new(creds);
        // First use: everybody waits for the one fetch.
        let all = futures_util::future::join_all((0..50).map(|_| {
            let c = Arc::clone(&creds);
            async move { c.current().await }
        }))
        .await;
        assert!(all.iter().all(|c| c.as_ref().is_ok_and(|c| ak(c) == "AK0")));
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        // Due for a refresh: one task fetches (slowly); the others go on with the valid ones.
        advance(&clock, 25);
        let started = std::time::Instant::now();
        let refresher = {
            let c = Arc::clone(&creds);
            tokio::spawn(async move { c.current().await })
        };
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        let others = futures_util::future::join_all((0..50).map(|_| {
            let c = Arc::clone(&creds);
            async move { c.current().await }
        }))
        .await;
        assert!(
            started.elapsed() < std::time::Duration::from_millis(150),
            "not held up"
        );
        assert!(
            others
                .iter()
                .all(|c| c.as_ref().is_ok_and(|c| ak(c) == "AK0"))
        );
        assert_eq!(ak(&refresher.await.unwrap().unwrap()), "AK1");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn short_lived_credentials_are_not_fetched_for_every_request() {
        let (creds, clock, calls) = setup(vec![Some(39), Some(39)]);
        for _ in 0..20 {
            creds.current().await.unwrap();
        }
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        clock.fetch_add(31, Ordering::SeqCst);
        assert_eq!(ak(&creds.current().await.unwrap()), "AK1");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn refused_credentials_are_fetched_again_at_once() {
        let (creds, _, calls) = setup(vec![Some(60), Some(60)]);
        assert_eq!(ak(&creds.current().await.unwrap()), "AK0");
        creds.invalidate();
        assert_eq!(ak(&creds.current().await.unwrap()), "AK1");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_clock_seen_ahead_later_brings_the_refresh_forward() {
        let (creds, _, calls) = setup(vec![Some(60), Some(60)]);
        creds.current().await.unwrap();
        // The service's answers now say it is 25 minutes later than we think.
        creds.observe_clock(TimeDelta::minutes(25));
        assert_eq!(ak(&creds.current().await.unwrap()), "AK1");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn expiry_is_judged_on_the_sources_clock() {
        // The source's clock is 10 minutes ahead of ours: 45 minutes left by our clock is 35
        // by the only clock that matters, so they are due (after the short pause that follows
        // a fetch); by our clock alone they would not be.
        let (creds, clock, calls) = setup_with(
            vec![Some(45), Some(120)],
            std::time::Duration::ZERO,
            Some(TimeDelta::minutes(10)),
        );
        assert_eq!(ak(&creds.current().await.unwrap()), "AK0");
        clock.fetch_add(31, Ordering::SeqCst);
        assert_eq!(ak(&creds.current().await.unwrap()), "AK1");
        assert_eq!(calls.load(Ordering::SeqCst), 2);

        let (creds, clock, calls) = setup(vec![Some(45), Some(120)]);
        creds.current().await.unwrap();
        clock.fetch_add(31, Ordering::SeqCst);
        assert_eq!(ak(&creds.current().await.unwrap()), "AK0");
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }
}
