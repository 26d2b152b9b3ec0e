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
        known.extend(["size-unit", "inactive", "pending"]);
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
        let status = found
            .iter()
            .find(|(f, _, _)| *f == "status")
            .map(|(_, name, (schema, _))| (*name, *schema));
        let inactive = self.status_values(ext, "inactive", status, "the status property");
        let pending = self.status_values(ext, "pending", status, "the status property");
        for (i, value) in pending {
            if inactive.iter().any(|(_, v)| *v == value) {
                self.report(
                    Rule::XLogFile,
                    &child(&ext.at("pending"), &i.to_string()),
                    format!(
                        "x-log-file.pending \"{value}\" is also in `inactive`: a status means \
                         unavailable (inactive) or not ready yet (pending), not both"
                    ),
                );
            }
        }
    }

    /// The list of status values at `field` of an extension (`inactive`, `pending`): strings,
    /// in the `enum` of the status property (`status`: its name and schema, when the extension
    /// names one that resolves) if it has one, and only with a `status` field (`status_what` is
    /// what to name there). The values that are strings, with their index.
    pub(super) fn status_values(
        &mut self,
        ext: &Ext<'a>,
        field: &str,
        status: Option<(&str, &'a Value)>,
        status_what: &str,
    ) -> Vec<(usize, &'a str)> {
        let Some(list) = ext.node.get(field) else {
            return Vec::new();
        };
        let (name, at) = (ext.name, ext.at(field));
        let Some(values) = list.as_sequence() else {
            self.report(
                ext.rule,
                &at,
                format!(
                    "{name}.{field} must be a list of status values, not {}",
                    describe_yaml(list)
                ),
            );
            return Vec::new();
        };
        if ext.node.get("status").is_none() {
            self.report(
                ext.rule,
                &at,
                format!(
                    "{name}.{field} lists status values, but {name} has no `status`: name \
                     {status_what}"
                ),
            );
            return Vec::new();
        }
        let allowed = status.and_then(|(_, schema)| schema.get("enum")).map(items);
        let mut out = Vec::new();
        for (i, value) in values.iter().enumerate() {
            let at = child(&at, &i.to_string());
            let Some(text) = value.as_str() else {
                self.report(
                    ext.rule,
                    &at,
                    format!(
                        "{name}.{field} must list status values (strings), not {}",
                        describe_yaml(value)
                    ),
                );
                continue;
            };
            out.push((i, text));
            if let (Some(allowed), Some((status, _))) = (allowed, status)
                && !allowed.contains(value)
            {
                let shown: Vec<String> = allowed
                    .iter()
                    .map(|v| yaml_to_json(v).to_string())
                    .collect();
                self.report(
                    ext.rule,
                    &at,
                    format!(
                        "{name}.{field} {} is not a value of the status property \"{status}\" \
                         (its enum: {})",
                        yaml_to_json(value),
                        shown.join(", ")
                    ),
                );
            }
        }
        out
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
