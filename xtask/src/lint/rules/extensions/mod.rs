//! The rules of the project's spec extensions, which say what a service is so the code
//! generator can emit its metadata, paging streams and batched calls: `x-service` (with the
//! regions of its `servers`) on the document in [`service`]; `x-paging` and `x-window` in
//! [`paging`], `x-batch` in [`batch`], `x-log` in [`operation`], `x-log-export` in [`export`],
//! `x-instances` and `x-instance-detail` in [`instances`], `x-log-policy` in [`policy`], on
//! operations; `x-log-file`, `x-log-link` and `x-time` on schemas in [`record`]. Each extension
//! is checked wherever it appears, and only there; every spec must have `x-service`, the others
//! where they apply.
//!
//! Here are what they share: reading an extension's fields (unknown ones, required ones, names
//! that must be strings) and finding what the names point to (an operation's parameters, the
//! JSON schema of a body, the properties of a schema, through `$ref`s).

mod batch;
mod export;
mod instances;
mod operation;
mod paging;
mod policy;
mod record;
mod service;

use serde_yaml::Value;

use super::{Lint, describe_yaml, did_you_mean};
use crate::lint::Rule;
use crate::lint::document::{child, entries, items, str_field};
use crate::lint::model::{Kind, Operation};

/// The extensions, the rule of each, and the kind of object each belongs on.
const EXTENSIONS: &[(&str, Rule, Kind)] = &[
    ("x-service", Rule::XService, Kind::Root),
    ("x-paging", Rule::XPaging, Kind::Operation),
    ("x-window", Rule::XWindow, Kind::Operation),
    ("x-batch", Rule::XBatch, Kind::Operation),
    ("x-log", Rule::XLog, Kind::Operation),
    ("x-log-export", Rule::XLogExport, Kind::Operation),
    ("x-instances", Rule::XInstances, Kind::Operation),
    ("x-instance-detail", Rule::XInstances, Kind::Operation),
    ("x-log-policy", Rule::XLogPolicy, Kind::Operation),
    ("x-log-file", Rule::XLogFile, Kind::Schema),
    ("x-log-link", Rule::XLogLink, Kind::Schema),
    ("x-time", Rule::XTime, Kind::Schema),
];

/// An extension found on an object: its name (`x-paging`), rule, pointer and value.
#[derive(Debug, Clone)]
struct Ext<'a> {
    name: &'static str,
    rule: Rule,
    pointer: String,
    node: &'a Value,
}

impl<'a> Ext<'a> {
    /// The extension `name` of `owner` (at `pointer`), if it has it.
    fn of(owner: &'a Value, pointer: &str, name: &'static str) -> Option<Ext<'a>> {
        let (_, rule, _) = EXTENSIONS.iter().find(|(n, _, _)| *n == name)?;
        Some(Ext {
            name,
            rule: *rule,
            pointer: child(pointer, name),
            node: owner.get(name)?,
        })
    }

    /// The pointer of one of its fields.
    fn at(&self, field: &str) -> String {
        child(&self.pointer, field)
    }
}

/// A parameter of an operation, resolved: its name, location and node, and where it is used.
struct Param<'a> {
    name: &'a str,
    location: &'a str,
    node: &'a Value,
    pointer: String,
}

impl<'a> Lint<'a> {
    pub(in crate::lint::rules) fn extensions(&mut self, require_service: bool) {
        self.misplaced_extensions();
        self.x_service(require_service);
        self.operation_extensions();
        self.schema_extensions();
    }

    /// An extension on an object it does not belong on is reported where it is.
    fn misplaced_extensions(&mut self) {
        let model = self.model;
        for (kind, at) in &model.objects {
            for (key, _) in entries(at.node) {
                let Some((name, rule, place)) = EXTENSIONS.iter().find(|(n, _, _)| *n == key)
                else {
                    continue;
                };
                if place != kind {
                    self.report(
                        *rule,
                        &child(&at.pointer, &key),
                        format!("{name} belongs on {}, not on {}", place.name(), kind.name()),
                    );
                }
            }
        }
    }

    /// Check that an extension is a mapping with only the `known` fields and every `required`
    /// one (`(field, what it is)`). `false` when it is not a mapping (nothing more to check).
    fn ext_fields(&mut self, ext: &Ext<'a>, known: &[&str], required: &[(&str, &str)]) -> bool {
        if !ext.node.is_mapping() {
            self.report(
                ext.rule,
                &ext.pointer,
                format!(
                    "{} must be a mapping with {}, not {}",
                    ext.name,
                    known.join(", "),
                    describe_yaml(ext.node)
                ),
            );
            return false;
        }
        for (key, _) in entries(ext.node) {
            if known.contains(&key.as_str()) {
                continue;
            }
            let hint = match did_you_mean(&key, known) {
                Some(k) => format!(" (did you mean \"{k}\"?)"),
                None => format!("; its fields are {}", known.join(", ")),
            };
            self.report(
                ext.rule,
                &ext.at(&key),
                format!("unknown field \"{key}\" in {}{hint}", ext.name),
            );
        }
        for (field, what) in required {
            if ext.node.get(*field).is_none() {
                self.report(
                    ext.rule,
                    &ext.pointer,
                    format!("{} has no `{field}`: {what}", ext.name),
                );
            }
        }
        true
    }

    /// A field of an extension that must be a string (a name), if it is there and is one.
    fn ext_str(&mut self, ext: &Ext<'a>, field: &str, what: &str) -> Option<&'a str> {
        let value = ext.node.get(field)?;
        if let Some(s) = value.as_str() {
            return Some(s);
        }
        self.report(
            ext.rule,
            &ext.at(field),
            format!(
                "{}.{field} must be a string ({what}), not {}",
                ext.name,
                describe_yaml(value)
            ),
        );
        None
    }

    /// A field of an extension that must be a positive whole number, if it is there and is one.
    fn ext_count(&mut self, ext: &Ext<'a>, field: &str, what: &str) -> Option<u64> {
        let value = ext.node.get(field)?;
        match value.as_u64() {
            Some(n) if n > 0 => Some(n),
            _ => {
                self.report(
                    ext.rule,
                    &ext.at(field),
                    format!(
                        "{}.{field} must be a positive whole number ({what}), not {}",
                        ext.name,
                        describe_yaml(value)
                    ),
                );
                None
            }
        }
    }

    // ---- what the names point to ------------------------------------------------------

    /// The parameters of an operation, its path item's first; the operation's override those
    /// of the same name and location.
    fn parameters(&self, op: &Operation<'a>) -> Vec<Param<'a>> {
        let mut out: Vec<Param<'a>> = Vec::new();
        for (owner, owner_pointer) in [(op.item.node, &op.item.pointer), (op.node, &op.pointer)] {
            let list = owner.get("parameters").map(items).unwrap_or_default();
            for (i, p) in list.iter().enumerate() {
                let pointer = child(&child(owner_pointer, "parameters"), &i.to_string());
                let Some((node, _)) = self.resolve(p, &pointer) else {
                    continue;
                };
                let (Some(name), Some(location)) = (str_field(node, "name"), str_field(node, "in"))
                else {
                    continue;
                };
                out.retain(|q| (q.name, q.location) != (name, location));
                out.push(Param {
                    name,
                    location,
                    node,
                    pointer,
                });
            }
        }
        out
    }

    /// The query parameter `name` of an operation, or a problem at the extension's `field` that
    /// lists them.
    fn query_parameter(
        &mut self,
        op: &Operation<'a>,
        ext: &Ext<'a>,
        field: &str,
        name: &str,
    ) -> Option<Param<'a>> {
        let mut parameters = self.parameters(op);
        if let Some(i) = parameters
            .iter()
            .position(|p| p.name == name && p.location == "query")
        {
            return Some(parameters.swap_remove(i));
        }
        let elsewhere = parameters
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.location);
        // A location that is none is the `openapi` rule's.
        if elsewhere.is_some_and(|l| !["header", "path", "cookie"].contains(&l)) {
            return None;
        }
        let names: Vec<&str> = parameters
            .iter()
            .filter(|p| p.location == "query")
            .map(|p| p.name)
            .collect();
        let list = if names.is_empty() {
            String::from("it has none")
        } else {
            format!("its query parameters: {}", names.join(", "))
        };
        let message = match elsewhere {
            Some(location) => format!(
                "{}.{field} \"{name}\" is a {location} parameter, not a query parameter ({list})",
                ext.name
            ),
            None => format!(
                "{}.{field} \"{name}\" is not a parameter of this operation ({list})",
                ext.name
            ),
        };
        self.report(ext.rule, &ext.at(field), message);
        None
    }

    /// A schema through its `$ref`s and through `allOf` wrappers of one schema (how a
    /// reference gets a description of its own).
    fn target(&self, node: &'a Value, pointer: &str) -> Option<(&'a Value, String)> {
        let (mut node, mut pointer) = self.resolve(node, pointer)?;
        for _ in 0..8 {
            let [only] = node.get("allOf").map(items).unwrap_or_default() else {
                break;
            };
            if node.get("type").is_some() || node.get("properties").is_some() {
                break;
            }
            (node, pointer) = self.resolve(only, &child(&child(&pointer, "allOf"), "0"))?;
        }
        Some((node, pointer))
    }

    /// The properties of an object schema (a target), with those of its `allOf` members:
    /// `(name, schema, pointer)`.
    fn properties(&self, schema: &'a Value, pointer: &str) -> Vec<(String, &'a Value, String)> {
        let mut out = Vec::new();
        self.collect_properties(schema, pointer, &mut out, 0);
        out
    }

    fn collect_properties(
        &self,
        schema: &'a Value,
        pointer: &str,
        out: &mut Vec<(String, &'a Value, String)>,
        depth: usize,
    ) {
        if depth > 8 {
            return;
        }
        if let Some(properties) = schema.get("properties") {
            for (name, node) in entries(properties) {
                let at = child(&child(pointer, "properties"), &name);
                out.push((name, node, at));
            }
        }
        for (i, member) in schema
            .get("allOf")
            .map(items)
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            let at = child(&child(pointer, "allOf"), &i.to_string());
            if let Some((member, at)) = self.resolve(member, &at) {
                self.collect_properties(member, &at, out, depth + 1);
            }
        }
    }

    /// The property `name` of a schema, as its target, or a problem that lists the properties.
    fn property(
        &mut self,
        (schema, pointer): (&'a Value, &str),
        ext: &Ext<'a>,
        field: &str,
        name: &str,
        whose: &str,
    ) -> Option<(&'a Value, String)> {
        let properties = self.properties(schema, pointer);
        if let Some((_, node, at)) = properties.iter().find(|(n, _, _)| n == name) {
            return self.target(node, at);
        }
        let names: Vec<&str> = properties.iter().map(|(n, _, _)| n.as_str()).collect();
        self.report(
            ext.rule,
            &ext.at(field),
            format!(
                "{}.{field} \"{name}\" is not a property of {whose} ({})",
                ext.name,
                if names.is_empty() {
                    String::from("it has none")
                } else {
                    format!("its properties: {}", names.join(", "))
                }
            ),
        );
        None
    }

    /// The `application/json` schema of a request body or response (through `$ref`s), as a
    /// target.
    fn json_schema(&self, owner: &'a Value, pointer: &str) -> Option<(&'a Value, String)> {
        let (owner, pointer) = self.resolve(owner, pointer)?;
        let (media_type, media) = owner
            .get("content")
            .map(entries)
            .unwrap_or_default()
            .into_iter()
            .find(|(m, _)| {
                m.split(';')
                    .next()
                    .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
            })?;
        let at = child(&child(&child(&pointer, "content"), &media_type), "schema");
        self.target(media.get("schema")?, &at)
    }

    /// The JSON schema of an operation's 200 response.
    fn response_schema(&self, op: &Operation<'a>) -> Option<(&'a Value, String)> {
        let response = op.node.get("responses")?.get("200")?;
        let pointer = child(&child(&op.pointer, "responses"), "200");
        self.json_schema(response, &pointer)
    }

    /// The `type` of a schema (a target), or of each variant of its `oneOf` or `anyOf`.
    fn types(&self, schema: &'a Value, pointer: &str) -> Vec<&'a str> {
        if let Some(ty) = str_field(schema, "type") {
            return vec![ty];
        }
        let mut out = Vec::new();
        for keyword in ["oneOf", "anyOf"] {
            for (i, variant) in schema
                .get(keyword)
                .map(items)
                .unwrap_or_default()
                .iter()
                .enumerate()
            {
                let at = child(&child(pointer, keyword), &i.to_string());
                if let Some((variant, _)) = self.target(variant, &at) {
                    out.extend(str_field(variant, "type"));
                }
            }
        }
        if schema.get("items").is_some() && out.is_empty() {
            out.push("array");
        }
        out
    }
}

/// A schema in a message: `ListLogsResponse` for a component schema, else its pointer.
fn label(pointer: &str) -> String {
    match pointer.strip_prefix("/components/schemas/") {
        Some(name) if !name.contains('/') => name.replace("~1", "/").replace("~0", "~"),
        _ => format!("the schema at {pointer}"),
    }
}

/// Types in a message: `integer`, `integer or string`, `untyped`.
fn shown_types(types: &[&str]) -> String {
    if types.is_empty() {
        String::from("untyped")
    } else {
        types.join(" or ")
    }
}
