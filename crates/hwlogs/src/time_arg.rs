//! `--since`/`--until` values: RFC 3339, a date, or a time ago (`7d`, `12h`, `30m`, `2w`).

use std::sync::OnceLock;

use chrono::{DateTime, NaiveDate, SubsecRound as _, TimeDelta, Utc};

/// One "now" for the whole command, in whole seconds, so `--since 60d` with the default
/// `--until` is exactly 60 days (two calls' worth, not two and a sliver).
pub fn now() -> DateTime<Utc> {
    static NOW: OnceLock<DateTime<Utc>> = OnceLock::new();
    *NOW.get_or_init(|| Utc::now().trunc_subsecs(0))
}

/// A point in time: RFC 3339 (`2024-05-01T00:00:00+08:00`), a date (UTC midnight), `now`, or
/// a span back from now (`7d`).
pub fn parse(s: &str) -> Result<DateTime<Utc>, String> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("now") {
        return Ok(now());
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.to_utc());
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        && let Some(t) = d.and_hms_opt(0, 0, 0)
    {
        return Ok(t.and_utc());
    }
    parse_span(s)
        .map(|span| now() - span)
        .map_err(|_| {
            format!(
                "{s:?} is not a time: use RFC 3339 (2024-05-01T08:00:00+08:00), a date (2024-05-01), or a time ago (7d, 12h, 30m)"
            )
        })
}

/// A span: a whole number followed by `s`, `m`, `h`, `d` or `w`, at most 10 years.
pub fn parse_span(s: &str) -> Result<TimeDelta, String> {
    let s = s.trim();
    let bad = || format!("{s:?} is not a span: use a number and s, m, h, d or w (7d)");
    let unit = s.chars().last().ok_or_else(bad)?;
    let n: i64 = s[..s.len() - unit.len_utf8()].parse().map_err(|_| bad())?;
    let span = match unit {
        's' => TimeDelta::try_seconds(n),
        'm' => TimeDelta::try_minutes(n),
        'h' => TimeDelta::try_hours(n),
        'd' => TimeDelta::try_days(n),
        'w' => TimeDelta::try_weeks(n),
        _ => None,
    }
    .ok_or_else(bad)?;
    if span < TimeDelta::zero() || span > TimeDelta::days(3660) {
        return Err(format!("{s:?}: a span must be between 0 and 10 years"));
    }
    Ok(span)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(parse_span("7d").unwrap(), TimeDelta::days(7));
        assert_eq!(parse_span("90m").unwrap(), TimeDelta::minutes(90));
        assert!(parse_span("7").is_err() && parse_span("d").is_err() && parse_span("-1d").is_err());
        assert_eq!(
            parse("2024-05-01T08:00:00+08:00").unwrap().to_rfc3339(),
            "2024-05-01T00:00:00+00:00"
        );
        assert_eq!(
            parse("2024-05-01").unwrap().to_rfc3339(),
            "2024-05-01T00:00:00+00:00"
        );
        let ago = parse("1h").unwrap();
        assert!((Utc::now() - ago - TimeDelta::hours(1)).num_seconds().abs() < 5);
        assert!(parse("yesterday").unwrap_err().contains("RFC 3339"));
    }
}
