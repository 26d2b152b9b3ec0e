//! OpenAPI 3.0 schemas as JSON Schema, to validate examples and defaults with `jsonschema`.
//!
//! OpenAPI 3.0's schema object is a dialect of JSON Schema draft 4 (`exclusiveMinimum` is a
//! boolean, siblings of `$ref` are ignored), so the validator runs draft 4, after these changes:
//!
//! - `nullable: true` adds `null` to `type` (and to `enum`);
//! - `format: int32` adds the int32 range, so an example the generated `i32` cannot hold fails;
//! - OpenAPI-only keywords (`nullable`, `discriminator`, `readOnly`, `writeOnly`, `xml`,
//!   `externalDocs`, `example`, `deprecated`) and `x-` extensions are dropped;
//! - `#/components/schemas/...` references resolve because the converted component schemas are
//!   carried in the validated document at the same pointer.
//!
//! No reference ever leaves the document: the crate is built without its HTTP and file resolvers.

use serde_json::{Map, Value as Json, json};
use serde_yaml::Value;

use super::document::{Document, entries, items};

/// Keywords of OpenAPI's schema object that JSON Schema does not have, dropped by the conversion.
const OPENAPI_ONLY: &[&str] = &[
    "nullable",
    "discriminator",
    "readOnly",
    "writeOnly",
    "xml",
    "externalDocs",
    "example",
    "deprecated",
];

/// Convert one OpenAPI schema (a YAML node) to JSON Schema draft 4.
pub fn convert(schema: &Value) -> Json {
    let Value::Mapping(_) = schema else {
        // `true`/`false` or garbage: pass it through, the validator will say what it thinks.
        return yaml_to_json(schema);
    };
    let mut out = Map::new();
    for (key, value) in entries(schema) {
        if key.starts_with("x-") || OPENAPI_ONLY.contains(&key.as_str()) {
            continue;
        }
        let converted = match key.as_str() {
            "properties" => Json::Object(
                entries(value)
                    .into_iter()
                    .map(|(name, s)| (name, convert(s)))
                    .collect(),
            ),
            "items" | "not" => convert(value),
            "additionalProperties" => match value {
                Value::Bool(b) => Json::Bool(*b),
                other => convert(other),
            },
            "allOf" | "oneOf" | "anyOf" => Json::Array(items(value).iter().map(convert).collect()),
            _ => yaml_to_json(value),
        };
        out.insert(key, converted);
    }
    if schema.get("format").and_then(Value::as_str) == Some("int32") {
        out.entry("minimum").or_insert(json!(i32::MIN));
        out.entry("maximum").or_insert(json!(i32::MAX));
    }
    if schema.get("nullable").and_then(Value::as_bool) == Some(true) {
        if let Some(ty) = out.get("type").and_then(Json::as_str) {
            let ty = ty.to_owned();
            out.insert("type".into(), json!([ty, "null"]));
        }
        if let Some(Json::Array(values)) = out.get_mut("enum")
            && !values.contains(&Json::Null)
        {
            values.push(Json::Null);
        }
    }
    Json::Object(out)
}

/// The components of a document in JSON Schema form, `{"components": {"schemas": {...}}}`, to
/// carry beside a converted schema so its `$ref`s resolve.
pub fn components(doc: &Document) -> Json {
    let schemas: Map<String, Json> = doc
        .get("/components/schemas")
        .map(|s| {
            entries(s)
                .into_iter()
                .map(|(name, schema)| (name, convert(schema)))
                .collect()
        })
        .unwrap_or_default();
    json!({ "schemas": schemas })
}

/// A validator for one schema of the document.
pub fn validator(schema: &Value, components: &Json) -> Result<jsonschema::Validator, String> {
    let document = json!({
        "allOf": [convert(schema)],
        "components": components,
    });
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&document)
        .map_err(|e| e.to_string())
}

/// A YAML node as JSON. Keys that are numbers or booleans become their text.
pub fn yaml_to_json(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                json!(i)
            } else if let Some(u) = n.as_u64() {
                json!(u)
            } else {
                n.as_f64()
                    .and_then(serde_json::Number::from_f64)
                    .map_or(Json::Null, Json::Number)
            }
        }
        Value::String(s) => Json::String(s.clone()),
        Value::Sequence(items) => Json::Array(items.iter().map(yaml_to_json).collect()),
        Value::Mapping(_) => Json::Object(
            entries(value)
                .into_iter()
                .map(|(k, v)| (k, yaml_to_json(v)))
                .collect(),
        ),
        Value::Tagged(tagged) => yaml_to_json(&tagged.value),
    }
}
