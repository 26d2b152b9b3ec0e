//! Parameters of the API operations: the query's integers and times, the window, the node, the
//! id lists of the link operations. Each failure is the service's `DBS.2000xx` error.

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeDelta, Utc};
use http::StatusCode;
use huaweicloud_core::wire::AUDIT_TIME_FORMAT;
use serde_json::Value;

use super::errors::ApiError;
use super::first;
use crate::dataset::{Instance, LogFile};

/// The query's parameters.
pub(super) struct Params<'a>(pub &'a [(String, String)]);

impl Params<'_> {
    pub(super) fn get(&self, key: &str) -> Option<&str> {
        first(self.0, key)
    }

    pub(super) fn required(&self, key: &str) -> Result<&str, ApiError> {
        self.get(key).ok_or_else(|| ApiError::missing(key))
    }

    /// An integer in `min..=max`; `default` when absent, or required when there is none.
    pub(super) fn int(
        &self,
        key: &str,
        default: Option<i64>,
        min: i64,
        max: i64,
    ) -> Result<i64, ApiError> {
        let value = match (self.get(key), default) {
            (Some(v), _) => v,
            (None, Some(d)) => return Ok(d),
            (None, None) => return Err(ApiError::missing(key)),
        };
        let n: i64 = value
            .trim()
            .parse()
            .map_err(|_| ApiError::invalid_why(key, "not an integer"))?;
        if n < min || n > max {
            return Err(ApiError::invalid_why(
                key,
                &format!("must be between {min} and {max}"),
            ));
        }
        Ok(n)
    }

    /// `node_id`, which must be a node of `inst` when given.
    pub(super) fn node(&self, inst: &Instance, required: bool) -> Result<Option<&str>, ApiError> {
        let node = if required {
            Some(self.required("node_id")?)
        } else {
            self.get("node_id")
        };
        match node {
            Some(n) if !inst.nodes.iter().any(|x| x == n) => Err(ApiError::invalid_why(
                "node_id",
                "no such node in this instance",
            )),
            other => Ok(other),
        }
    }
}

/// `yyyy-mm-ddThh:mm:ss+hhmm`, strictly (no colon in the offset, no fraction).
pub(super) fn parse_audit_time(key: &str, value: &str) -> Result<DateTime<FixedOffset>, ApiError> {
    let b = value.as_bytes();
    let shape = b.len() == 24
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 | 16 => *c == b':',
            19 => *c == b'+' || *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if !shape {
        return Err(ApiError::invalid_why(
            key,
            "expected the format yyyy-mm-ddThh:mm:ss+hhmm",
        ));
    }
    DateTime::parse_from_str(value, AUDIT_TIME_FORMAT)
        .map_err(|_| ApiError::invalid_why(key, "not a valid time"))
}

/// TaurusDB query time: Unix milliseconds, or `yyyy-mm-ddThh:mm:ssZ` / `...+0800`; with
/// whether it was milliseconds (the answer's times follow).
pub(super) fn parse_ddl_time(key: &str, value: &str) -> Result<(DateTime<Utc>, bool), ApiError> {
    let v = value.trim();
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
        let ms: i64 = v
            .parse()
            .map_err(|_| ApiError::invalid_why(key, "out of range"))?;
        if ms > 253_402_300_799_999 {
            return Err(ApiError::invalid_why(key, "out of range"));
        }
        return DateTime::<Utc>::from_timestamp_millis(ms)
            .map(|t| (t, true))
            .ok_or_else(|| ApiError::invalid_why(key, "out of range"));
    }
    if let Some(naive) = v.strip_suffix('Z') {
        return NaiveDateTime::parse_from_str(naive, "%Y-%m-%dT%H:%M:%S")
            .map(|t| (t.and_utc(), false))
            .map_err(|_| {
                ApiError::invalid_why(key, "expected Unix milliseconds or yyyy-mm-ddThh:mm:ssZ")
            });
    }
    parse_audit_time(key, v)
        .map(|t| (t.with_timezone(&Utc), false))
        .map_err(|_| {
            ApiError::invalid_why(key, "expected Unix milliseconds or yyyy-mm-ddThh:mm:ssZ")
        })
}

/// The end must be after the start, and the window at most `max_days` long when given.
pub(super) fn check_window(
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    max_days: Option<i64>,
) -> Result<(), ApiError> {
    if end <= start {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "DBS.200003",
            "The end time must be later than the start time.",
        ));
    }
    if let Some(days) = max_days
        && end - start > TimeDelta::days(days)
    {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "DBS.200004",
            format!(
                "The time span between the start time and the end time cannot exceed {days} days."
            ),
        ));
    }
    Ok(())
}

/// The files whose time range overlaps `start..end`, of `node` when given.
pub(super) fn in_window<'a>(
    files: Vec<&'a LogFile>,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    node: Option<&str>,
) -> Vec<&'a LogFile> {
    files
        .into_iter()
        .filter(|f| f.start < end && f.end > start)
        .filter(|f| node.is_none_or(|n| f.node_id.as_deref() == Some(n)))
        .collect()
}

/// `limit` items after skipping `offset`.
pub(super) fn page<T>(items: Vec<T>, offset: i64, limit: i64) -> Vec<T> {
    items
        .into_iter()
        .skip(usize::try_from(offset).unwrap_or(usize::MAX))
        .take(usize::try_from(limit).unwrap_or(0))
        .collect()
}

/// The body's `key`: a JSON array of 1 to `max` non-empty strings.
pub(super) fn id_list(body: &[u8], key: &str, max: usize) -> Result<Vec<String>, ApiError> {
    let value: Value = serde_json::from_slice(body).map_err(|_| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "DBS.200005",
            "The request body is not valid JSON.",
        )
    })?;
    let ids = match value.get(key) {
        None | Some(Value::Null) => return Err(ApiError::missing(key)),
        Some(Value::Array(ids)) => ids,
        Some(_) => return Err(ApiError::invalid_why(key, "not an array")),
    };
    if ids.is_empty() || ids.len() > max {
        return Err(ApiError::invalid_why(
            key,
            &format!("it must contain 1 to {max} ids, not {}", ids.len()),
        ));
    }
    ids.iter()
        .map(|v| match v {
            Value::String(s) if !s.is_empty() => Ok(s.clone()),
            _ => Err(ApiError::invalid_why(
                key,
                "every id must be a non-empty string",
            )),
        })
        .collect()
}
