//! Time windows: what one list call may cover, and splitting longer ones.
//!
//! How long a window one call may span is the operation's (`x-window.max-days` in its spec,
//! in the crate's `META`). [`TimeWindow`] is what callers hand to the paging streams of the
//! service crates, which split it with [`TimeWindow::split`]. [`check_request`] enforces the
//! same rules on every request the generated clients send, so a hand-built call that spans too
//! much fails before anything leaves the machine, naming the field and the limit.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};

use crate::error::Error;
use crate::wire;

/// A half-open time range `[start, end)` with `end` after `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeWindow {
    start: DateTime<Utc>,
    end: DateTime<Utc>,
}

impl TimeWindow {
    /// A window from `start` to `end`, in any time zone. Fails unless `end` is after `start`.
    pub fn new<A: TimeZone, B: TimeZone>(
        start: DateTime<A>,
        end: DateTime<B>,
    ) -> Result<Self, Error> {
        let (start, end) = (start.with_timezone(&Utc), end.with_timezone(&Utc));
        if end <= start {
            return Err(Error::invalid_input(
                "end_time",
                format!("must be after start_time (start_time {start}, end_time {end})"),
            ));
        }
        Ok(Self { start, end })
    }

    /// The `length` up to now: `TimeWindow::last(TimeDelta::days(7))`.
    pub fn last(length: TimeDelta) -> Result<Self, Error> {
        let end = Utc::now();
        Self::new(end - length, end)
    }

    /// Start of the window.
    pub fn start(&self) -> DateTime<Utc> {
        self.start
    }

    /// End of the window.
    pub fn end(&self) -> DateTime<Utc> {
        self.end
    }

    /// How long the window is.
    pub fn length(&self) -> TimeDelta {
        self.end - self.start
    }

    /// The smallest window of whole seconds that covers this one (start rounded down, end up):
    /// the DDS and RDS time format has no fractions, so a split made of fractions could yield
    /// a piece that starts and ends in the same second.
    pub fn whole_seconds(&self) -> TimeWindow {
        use chrono::{SubsecRound as _, Timelike as _};
        let start = self.start.trunc_subsecs(0);
        let end = if self.end.nanosecond() == 0 {
            self.end
        } else {
            self.end.trunc_subsecs(0) + TimeDelta::seconds(1)
        };
        TimeWindow { start, end }
    }

    /// Consecutive windows of at most `max` each that cover this one exactly, in order. A
    /// window no longer than `max` comes back as is. A `max` of zero or less is taken as
    /// one second, so the split always ends.
    pub fn split(&self, max: TimeDelta) -> Vec<TimeWindow> {
        let step = if max <= TimeDelta::zero() {
            TimeDelta::seconds(1)
        } else {
            max
        };
        let mut out = Vec::new();
        let mut from = self.start;
        while from < self.end {
            let to = from
                .checked_add_signed(step)
                .map_or(self.end, |t| t.min(self.end));
            out.push(TimeWindow {
                start: from,
                end: to,
            });
            from = to;
        }
        out
    }
}

/// Check the time window of a request before it is sent: its `start` and `end` query
/// parameters (the operation's `x-window`) both readable, the end after the start, and the
/// window no longer than `max` when given. The message names the field and the limit.
/// Requests without both parameters pass.
pub fn check_request(
    url: &url::Url,
    (start_name, end_name): (&'static str, &'static str),
    max: Option<TimeDelta>,
) -> Result<(), Error> {
    let (mut start, mut end) = (None, None);
    for (name, value) in url.query_pairs() {
        if name == start_name {
            start = Some(value.into_owned());
        } else if name == end_name {
            end = Some(value.into_owned());
        }
    }
    let (Some(start), Some(end)) = (start, end) else {
        return Ok(());
    };
    let parse = |field: &'static str, value: &str| {
        wire::parse_any_time(field, value).map_err(|e| Error::invalid_input(field, e.expected))
    };
    let window = TimeWindow::new(parse(start_name, &start)?, parse(end_name, &end)?)?;
    if let Some(max) = max
        && window.length() > max
    {
        return Err(Error::invalid_input(
            end_name,
            format!(
                "one call covers at most {} days from {start_name}, this one spans {}; \
                 the service crates' paging streams split longer windows",
                max.num_days(),
                describe(window.length())
            ),
        ));
    }
    Ok(())
}

fn describe(length: TimeDelta) -> String {
    let days = length.num_days();
    let rest = length - TimeDelta::days(days);
    format!(
        "{days} days {}h {}m {}s",
        rest.num_hours(),
        rest.num_minutes() % 60,
        rest.num_seconds() % 60
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const MAX: TimeDelta = TimeDelta::days(30);
    const PARAMS: (&str, &str) = ("start_time", "end_time");

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn end_must_follow_start() {
        let err =
            TimeWindow::new(t("2024-01-02T00:00:00Z"), t("2024-01-01T00:00:00Z")).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::InvalidInput);
        assert!(
            err.to_string()
                .contains("end_time: must be after start_time"),
            "{err}"
        );
        assert!(TimeWindow::new(t("2024-01-01T00:00:00Z"), t("2024-01-01T00:00:00Z")).is_err());
    }

    #[test]
    fn split_covers_exactly_in_steps_of_at_most_max() {
        let w = TimeWindow::new(t("2024-01-01T00:00:00Z"), t("2024-03-15T12:00:00Z")).unwrap();
        let parts = w.split(MAX);
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0].start(), w.start());
        assert_eq!(parts.last().unwrap().end(), w.end());
        for pair in parts.windows(2) {
            assert_eq!(pair[0].end(), pair[1].start());
        }
        assert!(parts.iter().all(|p| p.length() <= MAX));
        let short = TimeWindow::new(t("2024-01-01T00:00:00Z"), t("2024-01-31T00:00:00Z")).unwrap();
        assert_eq!(short.split(MAX), vec![short]);
    }

    #[test]
    fn a_window_of_fractions_splits_into_whole_seconds() {
        // 60 days and a few microseconds: split as is, the last piece would be a few
        // microseconds long and format as an empty window.
        let start = t("2024-01-01T00:00:00.250Z");
        let w = TimeWindow::new(
            start,
            start + TimeDelta::days(60) + TimeDelta::microseconds(7),
        )
        .unwrap();
        let parts = w.whole_seconds().split(MAX);
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0].start(), t("2024-01-01T00:00:00Z"));
        assert_eq!(parts[2].length(), TimeDelta::seconds(1));
        assert!(parts.iter().all(|p| p.length() >= TimeDelta::seconds(1)));
    }

    #[test]
    fn request_check_names_field_and_limit() {
        let ok = url::Url::parse(
            "https://h/x?start_time=2024-01-01T00:00:00%2B0800&end_time=2024-01-31T00:00:00%2B0800",
        )
        .unwrap();
        check_request(&ok, PARAMS, Some(MAX)).unwrap();
        let long = url::Url::parse(
            "https://h/x?start_time=2024-01-01T00:00:00%2B0800&end_time=2024-02-01T00:00:01%2B0800",
        )
        .unwrap();
        let err = check_request(&long, PARAMS, Some(MAX)).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("end_time") && msg.contains("at most 30 days"),
            "{msg}"
        );
        assert!(msg.contains("31 days 0h 0m 1s"), "{msg}");
        check_request(&long, PARAMS, None).unwrap();
        let millis =
            url::Url::parse("https://h/x?start_time=1704067300000&end_time=1704067200000").unwrap();
        let err = check_request(&millis, PARAMS, None).unwrap_err();
        assert!(
            err.to_string().contains("must be after start_time"),
            "{err}"
        );
        let garbled =
            url::Url::parse("https://h/x?start_time=yesterday&end_time=1704067200000").unwrap();
        assert!(
            check_request(&garbled, PARAMS, None)
                .unwrap_err()
                .to_string()
                .starts_with("invalid input: start_time")
        );
    }
}
