//! `JsonSchema` of the types the generated crates take from here in place of typify's
//! (`BoundedInt`, `BoundedVec`, `Secret`; see the codegen's bounded and secret replacements),
//! so a generated crate's `schemars` feature describes every one of its types. Each states
//! what the type enforces, the bounds from its const parameters; written by hand because a
//! derive would see only the field.

use std::borrow::Cow;

use schemars::JsonSchema;
use schemars::r#gen::SchemaGenerator;
use schemars::schema::{
    ArrayValidation, InstanceType, NumberValidation, Schema, SchemaObject, StringValidation,
};

use crate::Secret;
use crate::bounded::{BoundedInt, BoundedVec};

impl<const MIN: i64, const MAX: i64> JsonSchema for BoundedInt<MIN, MAX> {
    // Inline: the bounds are the whole type, and a name per instance would only add `$ref`s.
    fn is_referenceable() -> bool {
        false
    }

    fn schema_name() -> String {
        format!("BoundedInt_{MIN}_{MAX}")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Owned(format!(
            "huaweicloud_core::bounded::BoundedInt<{MIN}, {MAX}>"
        ))
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        SchemaObject {
            instance_type: Some(InstanceType::Integer.into()),
            format: Some("int64".to_owned()),
            // Every i64 is exact in an f64 up to 2^53; the bounds of our specs are well inside.
            number: Some(Box::new(NumberValidation {
                minimum: Some(MIN as f64),
                maximum: Some(MAX as f64),
                ..Default::default()
            })),
            ..Default::default()
        }
        .into()
    }
}

impl<const MIN: usize, const MAX: usize, const ITEM_MIN_LEN: usize> JsonSchema
    for BoundedVec<MIN, MAX, ITEM_MIN_LEN>
{
    fn is_referenceable() -> bool {
        false
    }

    fn schema_name() -> String {
        format!("BoundedVec_{MIN}_{MAX}_{ITEM_MIN_LEN}")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Owned(format!(
            "huaweicloud_core::bounded::BoundedVec<{MIN}, {MAX}, {ITEM_MIN_LEN}>"
        ))
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let bound = |n: usize| u32::try_from(n).ok();
        SchemaObject {
            instance_type: Some(InstanceType::Array.into()),
            array: Some(Box::new(ArrayValidation {
                items: Some(if ITEM_MIN_LEN == 0 {
                    generator.subschema_for::<String>().into()
                } else {
                    Schema::Object(SchemaObject {
                        instance_type: Some(InstanceType::String.into()),
                        string: Some(Box::new(StringValidation {
                            min_length: bound(ITEM_MIN_LEN),
                            ..Default::default()
                        })),
                        ..Default::default()
                    })
                    .into()
                }),
                min_items: bound(MIN).filter(|&n| n > 0),
                // `usize::MAX` is the codegen's "no maxItems".
                max_items: if MAX == usize::MAX { None } else { bound(MAX) },
                ..Default::default()
            })),
            ..Default::default()
        }
        .into()
    }
}

impl JsonSchema for Secret {
    fn is_referenceable() -> bool {
        false
    }

    fn schema_name() -> String {
        "Secret".to_owned()
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Borrowed("huaweicloud_core::Secret")
    }

    // Any string; that it is never printed is not something a schema can say.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        String::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn schema<T: JsonSchema>() -> serde_json::Value {
        serde_json::to_value(schemars::schema_for!(T)).unwrap()
    }

    #[test]
    fn the_schemas_state_the_bounds_of_the_const_parameters() {
        let limit = schema::<BoundedInt<1, 100>>();
        assert_eq!(limit["type"], "integer");
        assert_eq!(
            (limit["minimum"].as_f64(), limit["maximum"].as_f64()),
            (Some(1.0), Some(100.0))
        );
        let ids = schema::<BoundedVec<1, 50>>();
        assert_eq!(ids["type"], "array");
        assert_eq!(ids["items"]["type"], "string");
        assert_eq!(
            (ids["minItems"].as_u64(), ids["maxItems"].as_u64()),
            (Some(1), Some(50))
        );
        assert!(ids["items"].get("minLength").is_none(), "{ids}");
        let non_empty = schema::<BoundedVec<1, 50, 1>>();
        assert_eq!(non_empty["items"]["minLength"].as_u64(), Some(1));
        let unbounded = schema::<BoundedVec<0, { usize::MAX }>>();
        assert!(
            unbounded.get("minItems").is_none() && unbounded.get("maxItems").is_none(),
            "{unbounded}"
        );
        assert_eq!(schema::<Secret>()["type"], "string");
    }
}
