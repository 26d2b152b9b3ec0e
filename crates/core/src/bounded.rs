//! Values that carry the bounds of their schema.
//!
//! typify keeps a schema's pattern, but drops `maximum`, `minItems`, `maxItems` and the
//! `minLength` of an array's items. The codegen (see `xtask/src/codegen/mod.rs`) replaces every
//! named schema with such bounds by one of these types, with the bounds from the spec as const
//! parameters, so that a generated builder rejects `limit(500)`, 51 ids or an empty id before
//! sending anything.

use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value outside the bounds of its schema.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BoundsError {
    /// An integer below the minimum or above the maximum.
    #[error("{value} is out of range: must be between {min} and {max}")]
    Integer {
        /// The rejected value (as i128 so that any source integer fits).
        value: i128,
        /// Smallest allowed value.
        min: i64,
        /// Largest allowed value.
        max: i64,
    },
    /// A list with too few or too many items.
    #[error("{len} items given: must be between {min} and {max} items")]
    Items {
        /// Number of items given.
        len: usize,
        /// Fewest items allowed.
        min: usize,
        /// Most items allowed.
        max: usize,
    },
    /// An item of a list shorter than allowed (an empty id).
    #[error("item {index} has {len} characters: must have at least {min}")]
    ItemLength {
        /// Position of the item in the list, from 0.
        index: usize,
        /// Characters it has.
        len: usize,
        /// Fewest characters allowed.
        min: usize,
    },
}

/// Unix milliseconds from 1970 up to the end of year 9999, as TaurusDB's time parameters take
/// them. A date-time converts into it, so callers never compute milliseconds by hand:
/// `.start_time(window.start())`.
pub type UnixMillis = BoundedInt<0, 253_402_300_799_999>;

impl<Tz: chrono::TimeZone> TryFrom<chrono::DateTime<Tz>> for UnixMillis {
    type Error = BoundsError;

    fn try_from(time: chrono::DateTime<Tz>) -> Result<Self, BoundsError> {
        Self::new(crate::wire::unix_millis(&time))
    }
}

/// An integer in `MIN..=MAX`, serialized as a plain JSON number or query value.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BoundedInt<const MIN: i64, const MAX: i64>(i64);

impl<const MIN: i64, const MAX: i64> BoundedInt<MIN, MAX> {
    /// Smallest allowed value.
    pub const MIN: i64 = MIN;
    /// Largest allowed value.
    pub const MAX: i64 = MAX;

    /// Check `value` against the bounds.
    pub fn new(value: i64) -> Result<Self, BoundsError> {
        Self::check(i128::from(value))
    }

    fn check(value: i128) -> Result<Self, BoundsError> {
        if value < i128::from(MIN) || value > i128::from(MAX) {
            return Err(BoundsError::Integer {
                value,
                min: MIN,
                max: MAX,
            });
        }
        // In range of an i64 because MIN..=MAX is.
        i64::try_from(value)
            .map(Self)
            .map_err(|_| BoundsError::Integer {
                value,
                min: MIN,
                max: MAX,
            })
    }

    /// The value.
    pub const fn get(self) -> i64 {
        self.0
    }
}

macro_rules! bounded_int_from {
    ($($t:ty),*) => {$(
        impl<const MIN: i64, const MAX: i64> TryFrom<$t> for BoundedInt<MIN, MAX> {
            type Error = BoundsError;
            fn try_from(value: $t) -> Result<Self, BoundsError> {
                // Every listed type converts to i128 without loss.
                Self::check(value as i128)
            }
        }
    )*};
}
bounded_int_from!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize);

impl<const MIN: i64, const MAX: i64> From<BoundedInt<MIN, MAX>> for i64 {
    fn from(value: BoundedInt<MIN, MAX>) -> i64 {
        value.0
    }
}

impl<const MIN: i64, const MAX: i64> fmt::Debug for BoundedInt<MIN, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<const MIN: i64, const MAX: i64> fmt::Display for BoundedInt<MIN, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl<const MIN: i64, const MAX: i64> std::str::FromStr for BoundedInt<MIN, MAX> {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let value: i64 = s
            .parse()
            .map_err(|e| format!("{s:?} is not an integer: {e}"))?;
        Self::new(value).map_err(|e| e.to_string())
    }
}

impl<const MIN: i64, const MAX: i64> Serialize for BoundedInt<MIN, MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.0)
    }
}

impl<'de, const MIN: i64, const MAX: i64> Deserialize<'de> for BoundedInt<MIN, MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = i64::deserialize(deserializer)?;
        Self::new(value).map_err(serde::de::Error::custom)
    }
}

/// A list of `MIN..=MAX` strings (ids) of at least `ITEM_MIN_LEN` characters each, serialized as
/// a JSON array.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct BoundedVec<const MIN: usize, const MAX: usize, const ITEM_MIN_LEN: usize = 0>(
    Vec<String>,
);

impl<const MIN: usize, const MAX: usize, const ITEM_MIN_LEN: usize>
    BoundedVec<MIN, MAX, ITEM_MIN_LEN>
{
    /// Fewest items allowed.
    pub const MIN: usize = MIN;
    /// Most items allowed.
    pub const MAX: usize = MAX;
    /// Fewest characters an item may have.
    pub const ITEM_MIN_LEN: usize = ITEM_MIN_LEN;

    /// Check the number of items and the length of each.
    pub fn new(items: Vec<String>) -> Result<Self, BoundsError> {
        if items.len() < MIN || items.len() > MAX {
            return Err(BoundsError::Items {
                len: items.len(),
                min: MIN,
                max: MAX,
            });
        }
        // JSON Schema's minLength counts characters, not bytes.
        if let Some((index, item)) = items
            .iter()
            .enumerate()
            .find(|(_, item)| item.chars().count() < ITEM_MIN_LEN)
        {
            return Err(BoundsError::ItemLength {
                index,
                len: item.chars().count(),
                min: ITEM_MIN_LEN,
            });
        }
        Ok(Self(items))
    }

    /// The items.
    pub fn into_inner(self) -> Vec<String> {
        self.0
    }
}

impl<const MIN: usize, const MAX: usize, const ITEM_MIN_LEN: usize> Deref
    for BoundedVec<MIN, MAX, ITEM_MIN_LEN>
{
    type Target = [String];
    fn deref(&self) -> &[String] {
        &self.0
    }
}

impl<const MIN: usize, const MAX: usize, const ITEM_MIN_LEN: usize> TryFrom<Vec<String>>
    for BoundedVec<MIN, MAX, ITEM_MIN_LEN>
{
    type Error = BoundsError;
    fn try_from(items: Vec<String>) -> Result<Self, BoundsError> {
        Self::new(items)
    }
}

impl<const MIN: usize, const MAX: usize, const ITEM_MIN_LEN: usize> TryFrom<Vec<&str>>
    for BoundedVec<MIN, MAX, ITEM_MIN_LEN>
{
    type Error = BoundsError;
    fn try_from(items: Vec<&str>) -> Result<Self, BoundsError> {
        Self::new(items.into_iter().map(str::to_owned).collect())
    }
}

impl<const MIN: usize, const MAX: usize, const ITEM_MIN_LEN: usize> TryFrom<&[String]>
    for BoundedVec<MIN, MAX, ITEM_MIN_LEN>
{
    type Error = BoundsError;
    fn try_from(items: &[String]) -> Result<Self, BoundsError> {
        Self::new(items.to_vec())
    }
}

impl<const MIN: usize, const MAX: usize, const ITEM_MIN_LEN: usize> TryFrom<&[&str]>
    for BoundedVec<MIN, MAX, ITEM_MIN_LEN>
{
    type Error = BoundsError;
    fn try_from(items: &[&str]) -> Result<Self, BoundsError> {
        Self::new(items.iter().map(|s| (*s).to_owned()).collect())
    }
}

impl<const MIN: usize, const MAX: usize, const ITEM_MIN_LEN: usize>
    From<BoundedVec<MIN, MAX, ITEM_MIN_LEN>> for Vec<String>
{
    fn from(value: BoundedVec<MIN, MAX, ITEM_MIN_LEN>) -> Vec<String> {
        value.0
    }
}

impl<const MIN: usize, const MAX: usize, const ITEM_MIN_LEN: usize> fmt::Debug
    for BoundedVec<MIN, MAX, ITEM_MIN_LEN>
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<const MIN: usize, const MAX: usize, const ITEM_MIN_LEN: usize> fmt::Display
    for BoundedVec<MIN, MAX, ITEM_MIN_LEN>
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join(","))
    }
}

impl<const MIN: usize, const MAX: usize, const ITEM_MIN_LEN: usize> Serialize
    for BoundedVec<MIN, MAX, ITEM_MIN_LEN>
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, const MIN: usize, const MAX: usize, const ITEM_MIN_LEN: usize> Deserialize<'de>
    for BoundedVec<MIN, MAX, ITEM_MIN_LEN>
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let items = Vec::<String>::deserialize(deserializer)?;
        Self::new(items).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Limit = BoundedInt<1, 100>;
    type Ids = BoundedVec<1, 50>;

    #[test]
    fn integers_outside_the_bounds_are_rejected_with_the_bounds() {
        assert_eq!(Limit::try_from(100u32).map(|l| l.get()), Ok(100));
        assert_eq!(Limit::try_from(1).map(|l| l.get()), Ok(1));
        let err = Limit::try_from(101_i32).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("101 is out of range: must be between 1 and 100")
        );
        assert!(Limit::try_from(0u8).is_err());
        assert!(Limit::try_from(-1i64).is_err());
        assert!(Limit::try_from(u64::MAX).is_err());
        assert!(serde_json::from_str::<Limit>("500").is_err());
        assert_eq!(
            serde_json::to_string(&Limit::new(7).ok()).ok().as_deref(),
            Some("7")
        );
    }

    #[test]
    fn lists_outside_the_bounds_are_rejected_with_the_bounds() {
        assert!(Ids::try_from(Vec::<String>::new()).is_err());
        let fifty: Vec<String> = (0..50).map(|i| i.to_string()).collect();
        assert!(Ids::try_from(fifty.clone()).is_ok());
        let mut fifty_one = fifty;
        fifty_one.push("x".into());
        let err = Ids::try_from(fifty_one).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("51 items given: must be between 1 and 50 items")
        );
        assert!(serde_json::from_str::<Ids>("[]").is_err());
        assert_eq!(
            serde_json::to_string(&Ids::try_from(vec!["a", "b"]).ok())
                .ok()
                .as_deref(),
            Some(r#"["a","b"]"#)
        );
    }

    #[test]
    fn an_item_shorter_than_allowed_is_rejected_with_its_position() {
        type NonEmptyIds = BoundedVec<1, 50, 1>;
        let err = NonEmptyIds::try_from(vec!["a", "", "c"])
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("item 1 has 0 characters: must have at least 1")
        );
        assert!(serde_json::from_str::<NonEmptyIds>(r#"["a",""]"#).is_err());
        // Characters, not bytes: one character of three bytes is long enough.
        assert!(NonEmptyIds::try_from(vec!["\u{4e2d}"]).is_ok());
        // Without the bound, an empty item passes.
        assert!(Ids::try_from(vec![""]).is_ok());
    }
}
