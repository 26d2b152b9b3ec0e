//! The `x-log-file`, `x-log-link` and `x-time` rules: how a record schema maps to the one
//! log-file or log-link model, and which time format a string schema carries.

use serde_yaml::Value;

use super::{Ext, describe_yaml, shown_types};
use crate::lint::Rule;
use crate::lint::document::{child, items};
use crate::lint::model::Kind;
use crate::lint::rules::Lint;
use crate::lint::schema::yaml_to_json;

/// The fields of `x-log-file` that name a property, and what each is.
const LOG_FILE_PROPERTIES: &[(&str, &str)] = &[
    ("id", "the property with the file's id"),
    ("name", "the property with the file's name"),
    ("node", "the property with the node that wrote it"),
    ("size", "the property with its size"),
    ("start", "the property with the start of the time it covers"),
    ("end", "the property with the end of the time it covers"),
    ("status", "the property with its status"),
];

/// The fields of `x-log-link` that name a property.
const LOG_LINK_PROPERTIES: &[(&str, &str)] = &[
    ("id", "the property with the file's id"),
    ("url", "the property with the download URL"),
    ("size", "the property with the file's size"),
    ("expires", "the property with when the link expires"),
];

impl<'a> Lint<'a> {
    pub(super) fn schema_extensions(&mut self) {
        let model = self.model;
        for (kind, at) in &model.objects {
            if *kind != Kind::Schema {
                continue;
            }
            if let Some(ext) = Ext::of(at.node, &at.pointer, "x-log-file") {
                self.x_log_file(at.node, &at.pointer, &ext);
            }
            if let Some(ext) = Ext::of(at.node, &at.pointer, "x-log-link") {
                self.x_log_link(at.node, &at.pointer, &ext);
            }
            if let Some(ext) = Ext::of(at.node, &at.pointer, "x-time") {
                self.x_time(at.node, &ext);
            }
        }
    }

    fn x_log_file(&mut self, schema: &'a Value, pointer: &str, ext: &Ext<'a>) {
        let mut known: Vec<&str> = LOG_FILE_PROPERTIES.iter().map(|(f, _)| *f).collect();
        known.extend(["size-unit", "inactive"]);
        let required = [LOG_FILE_PROPERTIES[0], LOG_FILE_PROPERTIES[1]];
        if !self.ext_fields(ext, &known, &required) {
            return;
        }
        let mut found = Vec::new();
        for (field, _) in LOG_FILE_PROPERTIES {
            if let Some(name) = self.ext_str(ext, field, "a property name")
                && let Some(property) =
                    self.property((schema, pointer), ext, field, name, "this schema")
            {
                found.push((*field, name, property));
            }
        }
        if let Some((_, name, (size, size_at))) = found.iter().find(|(f, _, _)| *f == "size") {
            let types = self.types(size, size_at);
            let ok = match types.as_slice() {
                [one] => ["integer", "number", "string"].contains(one),
                many => {
                    size.get("oneOf").is_some()
                        && many.contains(&"integer")
                        && many.contains(&"string")
                        && many.iter().all(|t| ["integer", "string"].contains(t))
                }
            };
            if !ok {
                self.report(
                    Rule::XLogFile,
                    &ext.at("size"),
                    format!(
                        "x-log-file.size \"{name}\" is {}; a size is an integer, a number, a \
                         string, or a oneOf of integer and string",
                        shown_types(&types)
                    ),
                );
            }
        }
        if let Some(unit) = self.ext_str(ext, "size-unit", "`bytes` or `KiB`")
            && !["bytes", "KiB"].contains(&unit)
        {
            self.report(
                Rule::XLogFile,
                &ext.at("size-unit"),
                format!("x-log-file.size-unit \"{unit}\" is not `bytes` (the default) or `KiB`"),
            );
        }
        let Some(inactive) = ext.node.get("inactive") else {
            return;
        };
        let at = ext.at("inactive");
        let Some(values) = inactive.as_sequence() else {
            self.report(
                Rule::XLogFile,
                &at,
                format!(
                    "x-log-file.inactive must be a list of status values, not {}",
                    describe_yaml(inactive)
                ),
            );
            return;
        };
        let Some((_, status, (status_schema, _))) = found.iter().find(|(f, _, _)| *f == "status")
        else {
            if ext.node.get("status").is_none() {
                self.report(
                    Rule::XLogFile,
                    &at,
                    "x-log-file.inactive lists status values, but x-log-file has no `status`: \
                     name the status property",
                );
            }
            return;
        };
        let allowed = status_schema.get("enum").map(items);
        for (i, value) in values.iter().enumerate() {
            let at = child(&at, &i.to_string());
            if value.as_str().is_none() {
                self.report(
                    Rule::XLogFile,
                    &at,
                    format!(
                        "x-log-file.inactive must list status values (strings), not {}",
                        describe_yaml(value)
                    ),
                );
            } else if let Some(allowed) = allowed
                && !allowed.contains(value)
            {
                let shown: Vec<String> = allowed
                    .iter()
                    .map(|v| yaml_to_json(v).to_string())
                    .collect();
                self.report(
                    Rule::XLogFile,
                    &at,
                    format!(
                        "x-log-file.inactive {} is not a value of the status property \"{status}\" \
                         (its enum: {})",
                        yaml_to_json(value),
                        shown.join(", ")
                    ),
                );
            }
        }
    }

    fn x_log_link(&mut self, schema: &'a Value, pointer: &str, ext: &Ext<'a>) {
        let known: Vec<&str> = LOG_LINK_PROPERTIES.iter().map(|(f, _)| *f).collect();
        if !self.ext_fields(ext, &known, &[LOG_LINK_PROPERTIES[1]]) {
            return;
        }
        for (field, _) in LOG_LINK_PROPERTIES {
            if let Some(name) = self.ext_str(ext, field, "a property name") {
                self.property((schema, pointer), ext, field, name, "this schema");
            }
        }
    }

    fn x_time(&mut self, schema: &'a Value, ext: &Ext<'a>) {
        match ext.node.as_str() {
            Some("audit") => {}
            Some(other) => self.report(
                Rule::XTime,
                &ext.pointer,
                format!(
                    "x-time \"{other}\" is not a known time format; the only one is `audit` \
                     (yyyy-mm-ddThh:mm:ss+hhmm)"
                ),
            ),
            None => self.report(
                Rule::XTime,
                &ext.pointer,
                format!(
                    "x-time must be the name of a time format (`audit`), not {}",
                    describe_yaml(ext.node)
                ),
            ),
        }
        let ty = schema.get("type").and_then(Value::as_str);
        if ty != Some("string") {
            self.report(
                Rule::XTime,
                &ext.pointer,
                format!(
                    "x-time is on a schema of type {}; it marks a string schema (`type: string`)",
                    ty.unwrap_or("(none)")
                ),
            );
        }
    }
}
