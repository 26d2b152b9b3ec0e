//! Decoding helpers for the shapes the services really send, shared by the normalized views
//! of the service crates, so no caller ever matches on a wire variant or parses a time.

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone, Utc};

/// `yyyy-mm-ddThh:mm:ss+hhmm`, the time format of the audit log APIs (no colon in the offset).
pub const AUDIT_TIME_FORMAT: &str = "%Y-%m-%dT%H:%M:%S%z";
/// `yyyy-MM-dd HH:mm:ss`, the format of TaurusDB's string `expire_time`.
pub const PLAIN_TIME_FORMAT: &str = "%Y-%m-%d %H:%M:%S";

/// A response field whose value could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("response field `{field}` has value {value:?}, expected {expected}")]
pub struct WireError {
    /// The field, as named on the wire.
    pub field: &'static str,
    /// The value received (response data, never a secret).
    pub value: String,
    /// What the field should have held.
    pub expected: &'static str,
}

impl WireError {
    /// A field `field` holding `value` where `expected` was due.
    pub fn new(field: &'static str, value: impl Into<String>, expected: &'static str) -> Self {
        Self {
            field,
            value: value.into(),
            expected,
        }
    }
}

/// Format a time as the audit log APIs expect it: `2020-12-06T09:00:00+0800`.
pub fn format_audit_time<Tz: TimeZone>(time: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    time.format(AUDIT_TIME_FORMAT).to_string()
}

/// Parse `yyyy-mm-ddThh:mm:ss+hhmm`, also accepting RFC 3339 (`+08:00`, `Z`), which some
/// responses use.
pub fn parse_audit_time(
    field: &'static str,
    value: &str,
) -> Result<DateTime<FixedOffset>, WireError> {
    DateTime::parse_from_str(value, AUDIT_TIME_FORMAT)
        .or_else(|_| DateTime::parse_from_rfc3339(value))
        .map_err(|_| WireError::new(field, value, "a time like 2020-12-06T09:00:00+0800"))
}

/// Unix time in milliseconds, as TaurusDB's current API takes and sends it.
pub fn unix_millis<Tz: TimeZone>(time: &DateTime<Tz>) -> i64 {
    time.timestamp_millis()
}

/// A Unix timestamp in seconds or milliseconds: values from 10^11 up are taken as
/// milliseconds (10^11 seconds is the year 5138, 10^11 ms is 1973).
pub fn parse_epoch(field: &'static str, value: i64) -> Result<DateTime<Utc>, WireError> {
    let parsed = if value.unsigned_abs() >= 100_000_000_000 {
        Utc.timestamp_millis_opt(value).single()
    } else {
        Utc.timestamp_opt(value, 0).single()
    };
    parsed.ok_or_else(|| WireError::new(field, value.to_string(), "a Unix timestamp"))
}

/// Any time form seen in these APIs: epoch seconds or milliseconds (as a number or as digits),
/// `yyyy-mm-ddThh:mm:ss+hhmm`, RFC 3339, or `yyyy-MM-dd HH:mm:ss` (taken as UTC, as the
/// documents give no zone).
pub fn parse_any_time(field: &'static str, value: &str) -> Result<DateTime<Utc>, WireError> {
    let trimmed = value.trim();
    if !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        let n: i64 = trimmed
            .parse()
            .map_err(|_| WireError::new(field, value, "a Unix timestamp"))?;
        return parse_epoch(field, n);
    }
    if let Ok(t) = parse_audit_time(field, trimmed) {
        return Ok(t.with_timezone(&Utc));
    }
    NaiveDateTime::parse_from_str(trimmed, PLAIN_TIME_FORMAT)
        .map(|t| t.and_utc())
        .map_err(|_| {
            WireError::new(
                field,
                value,
                "a time (Unix ms, yyyy-mm-ddThh:mm:ss+hhmm or yyyy-MM-dd HH:mm:ss)",
            )
        })
}

/// A byte count sent as decimal digits.
pub fn parse_byte_count(field: &'static str, value: &str) -> Result<u64, WireError> {
    value
        .trim()
        .parse::<u64>()
        .map_err(|_| WireError::new(field, value, "a non-negative whole number of bytes"))
}

/// A byte count sent as a JSON integer.
pub fn byte_count(field: &'static str, value: i64) -> Result<u64, WireError> {
    u64::try_from(value)
        .map_err(|_| WireError::new(field, value.to_string(), "a non-negative number of bytes"))
}

/// A size in KB sent as a float (RDS), as bytes rounded to the nearest byte. The service
/// rounds to six decimals, so the result is approximate (within a byte or so).
pub fn kib_to_bytes(field: &'static str, kib: f64) -> Result<u64, WireError> {
    let bytes = (kib * 1024.0).round();
    if !bytes.is_finite() || bytes < 0.0 || bytes > u64::MAX as f64 {
        return Err(WireError::new(
            field,
            kib.to_string(),
            "a non-negative size in KB",
        ));
    }
    // Checked above: finite, non-negative and in range.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(bytes as u64)
}

/// Decoders from a field's JSON form, for the normalized views the code generator writes
/// (`x-log-file`, `x-log-link`): they take whatever Rust type typify made of a field (a
/// number, a string, a newtype, an enum of both, an `Option` of any) through its `Serialize`.
#[doc(hidden)]
pub mod from_json {
    use chrono::{DateTime, FixedOffset, Utc};
    use serde::Serialize;
    use serde_json::Value;

    use super::WireError;

    fn json(field: &'static str, value: &impl Serialize) -> Result<Value, WireError> {
        serde_json::to_value(value).map_err(|e| WireError::new(field, e.to_string(), "a value"))
    }

    /// A text field; a number is taken as its digits.
    pub fn text(field: &'static str, value: &impl Serialize) -> Result<String, WireError> {
        opt_text(field, value)?.ok_or_else(|| WireError::new(field, "null", "a text"))
    }

    /// A text field that may be absent (null).
    pub fn opt_text(
        field: &'static str,
        value: &impl Serialize,
    ) -> Result<Option<String>, WireError> {
        match json(field, value)? {
            Value::Null => Ok(None),
            Value::String(s) => Ok(Some(s)),
            Value::Number(n) => Ok(Some(n.to_string())),
            other => Err(WireError::new(field, other.to_string(), "a text")),
        }
    }

    /// An integer field (a number, or digits), absent (null) as `None`.
    pub fn integer(field: &'static str, value: &impl Serialize) -> Result<Option<i64>, WireError> {
        match json(field, value)? {
            Value::Null => Ok(None),
            Value::Number(n) => n
                .as_i64()
                .map(Some)
                .ok_or_else(|| WireError::new(field, n.to_string(), "an integer")),
            Value::String(s) => s
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| WireError::new(field, s.clone(), "an integer")),
            other => Err(WireError::new(field, other.to_string(), "an integer")),
        }
    }

    /// A size: a non-negative integer or decimal digits of bytes, or with `kib` a number (or
    /// digits) of KB, possibly with decimals. Absent (null) is `None`.
    pub fn size(
        field: &'static str,
        value: &impl Serialize,
        kib: bool,
    ) -> Result<Option<u64>, WireError> {
        let bad = |v: &Value| WireError::new(field, v.to_string(), "a non-negative size");
        match json(field, value)? {
            Value::Null => Ok(None),
            Value::Number(n) if kib => n
                .as_f64()
                .ok_or_else(|| bad(&Value::Number(n.clone())))
                .and_then(|k| super::kib_to_bytes(field, k))
                .map(Some),
            Value::Number(n) => n
                .as_u64()
                .ok_or_else(|| bad(&Value::Number(n.clone())))
                .map(Some),
            Value::String(s) if kib => s
                .trim()
                .parse::<f64>()
                .map_err(|_| WireError::new(field, s.clone(), "a non-negative size in KB"))
                .and_then(|k| super::kib_to_bytes(field, k))
                .map(Some),
            Value::String(s) => super::parse_byte_count(field, &s).map(Some),
            other => Err(bad(&other)),
        }
    }

    /// A time: `yyyy-mm-ddThh:mm:ss+hhmm` or RFC 3339 (its offset kept), Unix seconds or
    /// milliseconds (as a number or digits), or `yyyy-MM-dd HH:mm:ss` (UTC). Absent (null)
    /// is `None`.
    pub fn time(
        field: &'static str,
        value: &impl Serialize,
    ) -> Result<Option<DateTime<FixedOffset>>, WireError> {
        let utc = |t: DateTime<Utc>| t.fixed_offset();
        match json(field, value)? {
            Value::Null => Ok(None),
            Value::String(s) => match super::parse_audit_time(field, s.trim()) {
                Ok(t) => Ok(Some(t)),
                Err(_) => super::parse_any_time(field, &s).map(|t| Some(utc(t))),
            },
            Value::Number(n) => n
                .as_i64()
                .ok_or_else(|| WireError::new(field, n.to_string(), "a Unix timestamp"))
                .and_then(|n| super::parse_epoch(field, n))
                .map(|t| Some(utc(t))),
            other => Err(WireError::new(field, other.to_string(), "a time")),
        }
    }

    /// Whether a file is available: not when its status is one of `inactive` (any case).
    pub fn active(
        field: &'static str,
        value: &impl Serialize,
        inactive: &[&str],
    ) -> Result<bool, WireError> {
        Ok(!opt_text(field, value)?
            .is_some_and(|s| inactive.iter().any(|i| s.eq_ignore_ascii_case(i))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_forms_of_sizes_times_and_status() {
        use from_json::{active, size, time};
        assert_eq!(size("size", &2473_i64, false), Ok(Some(2473)));
        assert_eq!(size("size", &"2473", false), Ok(Some(2473)));
        assert_eq!(size("size", &Option::<i64>::None, false), Ok(None));
        assert!(size("size", &-1_i64, false).is_err());
        assert!(size("size", &"12kb", false).is_err());
        assert_eq!(size("size", &20481.835938_f64, true), Ok(Some(20_973_400)));
        assert_eq!(size("size", &"1", true), Ok(Some(1024)));
        assert_eq!(
            time("t", &"2020-12-06T09:00:00+0800").map(|t| t.map(|t| t.to_rfc3339())),
            Ok(Some("2020-12-06T09:00:00+08:00".to_owned()))
        );
        assert_eq!(
            time("t", &1_704_038_400_000_i64).map(|t| t.map(|t| t.to_rfc3339())),
            Ok(Some("2023-12-31T16:00:00+00:00".to_owned()))
        );
        assert_eq!(time("t", &Option::<String>::None), Ok(None));
        assert!(time("t", &"yesterday").is_err());
        assert_eq!(active("status", &Some("Disable"), &["Disable"]), Ok(false));
        assert_eq!(active("status", &Some("Active"), &["Disable"]), Ok(true));
        assert_eq!(
            active("status", &Option::<String>::None, &["Disable"]),
            Ok(true)
        );
    }

    #[test]
    fn audit_times_round_trip_in_the_service_format() {
        let t =
            parse_audit_time("start_time", "2020-12-06T09:00:00+0800").map_err(|e| e.to_string());
        let t = t.as_ref().map(format_audit_time);
        assert_eq!(t.as_deref(), Ok("2020-12-06T09:00:00+0800"));
        assert!(parse_audit_time("start_time", "2020-12-06T09:00:00+08:00").is_ok());
        let err = parse_audit_time("start_time", "yesterday")
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some(
                "response field `start_time` has value \"yesterday\", expected a time like 2020-12-06T09:00:00+0800"
            )
        );
    }

    #[test]
    fn epoch_values_in_seconds_and_milliseconds() {
        let ms = parse_epoch("t", 1_704_038_400_000).map(|t| t.to_rfc3339());
        let s = parse_epoch("t", 1_704_038_400).map(|t| t.to_rfc3339());
        assert_eq!(ms, s);
        assert_eq!(s.as_deref(), Ok("2023-12-31T16:00:00+00:00"));
        assert_eq!(
            parse_any_time("t", "1704038400000").map(|t| t.timestamp()),
            Ok(1_704_038_400)
        );
        assert_eq!(
            parse_any_time("t", "2026-03-26 12:00:00")
                .map(|t| t.to_rfc3339())
                .as_deref(),
            Ok("2026-03-26T12:00:00+00:00")
        );
        assert!(parse_any_time("t", "").is_err());
        assert!(parse_epoch("t", i64::MAX).is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_byte_count("size", "2473"), Ok(2473));
        assert!(parse_byte_count("size", "-1").is_err());
        assert!(parse_byte_count("size", "2.5").is_err());
        assert_eq!(byte_count("size", 5), Ok(5));
        assert!(byte_count("size", -5).is_err());
        assert_eq!(kib_to_bytes("size", 20481.835938), Ok(20_973_400));
        assert_eq!(kib_to_bytes("size", 1.0), Ok(1024));
        assert!(kib_to_bytes("size", -1.0).is_err());
        assert!(kib_to_bytes("size", f64::NAN).is_err());
    }
}
