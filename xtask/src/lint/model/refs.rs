//! The walks that find the references of a document: every `$ref` string (for the `ref` and
//! `unused-component` rules) and every Reference Object (for `ref-siblings`). Example values,
//! defaults, enums and extensions are data, not spec, and are not searched.

use std::collections::BTreeSet;

use serde_yaml::Value;

use crate::lint::document::{child, entries, ref_of};

/// Every `$ref` of the document, with the pointer of the `$ref` field. Example values,
/// defaults, enums and extensions are data, not spec, and are not searched.
pub(crate) fn collect_refs(
    node: &Value,
    pointer: &str,
    parent: Option<&str>,
    out: &mut Vec<(String, String)>,
) {
    match node {
        Value::Mapping(_) => {
            for (key, value) in entries(node) {
                let here = child(pointer, &key);
                if key == "$ref" {
                    if let Some(r) = value.as_str() {
                        out.push((here, r.to_owned()));
                    }
                    continue;
                }
                // `properties` and the like map names to schemas: a property called `example`
                // is a schema, not an example.
                let is_name_map = matches!(
                    parent,
                    Some(
                        "properties"
                            | "schemas"
                            | "parameters"
                            | "responses"
                            | "examples"
                            | "requestBodies"
                            | "headers"
                            | "securitySchemes"
                            | "links"
                            | "callbacks"
                            | "content"
                            | "paths"
                            | "encoding"
                    )
                );
                let is_data = !is_name_map
                    && (key.starts_with("x-")
                        || matches!(key.as_str(), "example" | "default" | "enum" | "value"));
                if is_data {
                    continue;
                }
                collect_refs(value, &here, Some(&key), out);
            }
        }
        Value::Sequence(list) => {
            for (i, value) in list.iter().enumerate() {
                collect_refs(value, &child(pointer, &i.to_string()), None, out);
            }
        }
        Value::Tagged(tagged) => collect_refs(&tagged.value, pointer, parent, out),
        _ => {}
    }
}

/// Keys whose value maps names to objects (`properties`, `schemas`, `responses`, ...): in such
/// a mapping, `$ref`, `example` or `x-...` is a name, not a field.
pub(crate) const NAME_MAPS: &[&str] = &[
    "properties",
    "schemas",
    "parameters",
    "responses",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "content",
    "paths",
    "encoding",
    "variables",
    "mapping",
];

/// Every Reference Object of the document (a mapping with a `$ref` string), with its pointer.
/// `names` says the node's keys are names (it is the value of a [`NAME_MAPS`] key). Example
/// values, defaults, enums and extensions are data and are not searched, nor are a reference's
/// siblings (they are ignored, and reported as such). `objects` are the pointers of the objects
/// whose `$ref` is not a Reference Object's (see `ref_siblings`).
pub(crate) fn collect_references<'v>(
    node: &'v Value,
    pointer: &str,
    names: bool,
    objects: &BTreeSet<&str>,
    out: &mut Vec<(String, &'v Value)>,
) {
    match node {
        Value::Mapping(_) => {
            if !names && ref_of(node).is_some() && !objects.contains(pointer) {
                out.push((pointer.to_owned(), node));
                return;
            }
            for (key, value) in entries(node) {
                let is_data = !names
                    && (key.starts_with("x-")
                        || matches!(key.as_str(), "example" | "default" | "enum" | "value"));
                if is_data {
                    continue;
                }
                let child_names = !names && NAME_MAPS.contains(&key.as_str());
                collect_references(value, &child(pointer, &key), child_names, objects, out);
            }
        }
        Value::Sequence(list) => {
            for (i, value) in list.iter().enumerate() {
                collect_references(value, &child(pointer, &i.to_string()), false, objects, out);
            }
        }
        Value::Tagged(tagged) => collect_references(&tagged.value, pointer, names, objects, out),
        _ => {}
    }
}
