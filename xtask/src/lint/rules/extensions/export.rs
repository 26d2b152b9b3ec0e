//! The `x-log-export` rule: an operation that prepares an instance's log files for download
//! and answers with their records, each a file with its link once it is ready. The generated
//! call asks again while the export is pending, so the operation is its own listing and link
//! call.

use serde_yaml::Value;

use super::operation::MethodName;
use super::{Ext, label};
use crate::lint::Rule;
use crate::lint::document::{child, str_field};
use crate::lint::model::Operation;
use crate::lint::rules::Lint;

impl<'a> Lint<'a> {
    pub(super) fn x_log_export(
        &mut self,
        op: &Operation<'a>,
        ext: &Ext<'a>,
        exports: &mut Vec<MethodName>,
    ) {
        let known = ["kind", "call", "items", "status", "pending", "by-name"];
        let required = [
            (
                "kind",
                "the kind of log it exports, a lower-case word (slow, error)",
            ),
            (
                "call",
                "the name of the generated export method, in snake_case",
            ),
            (
                "items",
                "the array property of the 200 response's schema with the files' records",
            ),
        ];
        if !self.ext_fields(ext, &known, &required) {
            return;
        }
        for other in ["x-paging", "x-batch"] {
            if op.node.get(other).is_some() {
                self.report(
                    Rule::XLogExport,
                    &ext.pointer,
                    format!(
                        "x-log-export is beside {other}: an export is its own listing and link \
                         call (its generated method answers with the files and their links), \
                         so it has neither x-paging nor x-batch"
                    ),
                );
            }
        }
        if let Some(kind) = self.log_kind(ext) {
            self.export_kind(op, ext, kind);
        }
        if let Some(call) = self.ext_str(ext, "call", "a method name") {
            self.method_name(ext, "call", call, "the x-log-export call", exports);
        }
        self.export_parameters(op, ext);
        if let Some(by_name) = ext.node.get("by-name") {
            self.export_by_name(op, ext, by_name);
        }
        let items = self.ext_str(ext, "items", "a property name");
        let status = self.ext_str(ext, "status", "a property name");
        if items.is_none() && status.is_none() {
            self.status_values(ext, "pending", None, "the 200 response's status property");
            return;
        }
        let Some((response, response_at)) = self.response_schema(op) else {
            let field = if items.is_some() { "items" } else { "status" };
            self.report(
                Rule::XLogExport,
                &ext.at(field),
                "x-log-export: the operation has no 200 response with an application/json schema",
            );
            return;
        };
        let whose = format!("the 200 response's schema {}", label(&response_at));
        let status = status.and_then(|name| {
            let (schema, _) =
                self.property((response, &response_at), ext, "status", name, &whose)?;
            Some((name, schema))
        });
        self.status_values(ext, "pending", status, "the 200 response's status property");
        if let Some(items) = items
            && let Some(records) =
                self.array_property(ext, "items", (response, &response_at), items, &whose)
        {
            self.export_records(ext, items, records);
        }
    }

    /// The records of an export: a component schema with `x-log-file` and `x-log-link`, which
    /// make each a file and its link.
    fn export_records(&mut self, ext: &Ext<'a>, items: &str, (record, at): (&'a Value, String)) {
        let component = at
            .strip_prefix("/components/schemas/")
            .is_some_and(|name| !name.contains('/'));
        if !component {
            self.report(
                Rule::XLogExport,
                &ext.at("items"),
                format!(
                    "x-log-export.items \"{items}\" is an array of an inline schema ({at}); its \
                     records must be a component schema (`$ref: '#/components/schemas/...'`) with \
                     x-log-file and x-log-link"
                ),
            );
            return;
        }
        let missing: Vec<&str> = ["x-log-file", "x-log-link"]
            .into_iter()
            .filter(|e| record.get(*e).is_none())
            .collect();
        if !missing.is_empty() {
            self.report(
                Rule::XLogExport,
                &ext.at("items"),
                format!(
                    "x-log-export.items \"{items}\": the records' schema {} has no {}; an \
                     export's records are its files (x-log-file) and their links (x-log-link)",
                    label(&at),
                    missing.join(" and no ")
                ),
            );
        }
    }

    /// An export's kind is its own: the log API finds a kind's files in one place, so no other
    /// export, and no `x-log`, has it.
    fn export_kind(&mut self, op: &Operation<'a>, ext: &Ext<'a>, kind: &str) {
        let model = self.model;
        let mut before = true;
        for other in &model.operations {
            if other.pointer == op.pointer {
                before = false;
                continue;
            }
            let log = other.node.get("x-log").and_then(|e| str_field(e, "kind"));
            let export = other
                .node
                .get("x-log-export")
                .and_then(|e| str_field(e, "kind"));
            let taken = if log == Some(kind) {
                Some(("x-log", "the files of the x-log listing"))
            } else if before && export == Some(kind) {
                Some(("x-log-export", "the other export"))
            } else {
                None
            };
            if let Some((extension, what)) = taken {
                let at = child(&child(&other.pointer, extension), "kind");
                self.report(
                    Rule::XLogExport,
                    &ext.at("kind"),
                    format!(
                        "x-log-export.kind \"{kind}\" is already the kind of {at}: the log API \
                         would list a kind's files in two places (this export and {what})"
                    ),
                );
                return;
            }
        }
    }

    /// The parameters of an export: the log API gives it `instance_id` (and `node_id`, if it
    /// takes one) and nothing else, in that order (the generated call takes its required
    /// parameters in the spec's order); the project id is the client's, headers the runtime's.
    /// `by-name: {field, names}`: `field` a string property of the request body's schema,
    /// `names` the `x-paging` stream (without `x-window`) whose records' keys are the names.
    fn export_by_name(&mut self, op: &Operation<'a>, ext: &Ext<'a>, by_name: &'a Value) {
        let at = ext.at("by-name");
        let field = by_name.get("field").and_then(Value::as_str);
        let names = by_name.get("names").and_then(Value::as_str);
        let extra: Vec<String> = by_name
            .as_mapping()
            .map(|m| {
                m.keys()
                    .filter_map(Value::as_str)
                    .filter(|k| !["field", "names"].contains(k))
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        let (Some(field), Some(names), true) = (field, names, extra.is_empty()) else {
            self.report(
                Rule::XLogExport,
                &at,
                "x-log-export.by-name is `{field, names}`: `field` the request body property \
                 that names one file, `names` the x-paging stream whose records' keys are the \
                 names; nothing else",
            );
            return;
        };
        let body = op.node.get("requestBody");
        let schema = body.and_then(|b| self.json_schema(b, &child(&op.pointer, "requestBody")));
        match schema {
            None => self.report(
                Rule::XLogExport,
                &child(&at, "field"),
                "x-log-export.by-name.field: the operation has no request body with an \
                 application/json schema to name the file in",
            ),
            Some((schema, schema_at)) => {
                let whose = format!("the request body's schema {}", label(&schema_at));
                if let Some((property, property_at)) =
                    self.property((schema, &schema_at), ext, "by-name", field, &whose)
                    && self.types(property, &property_at) != ["string"]
                {
                    self.report(
                        Rule::XLogExport,
                        &child(&at, "field"),
                        format!("x-log-export.by-name.field \"{field}\" is not a string property"),
                    );
                }
            }
        }
        let listing = self.model.operations.iter().find(|o| {
            o.node
                .get("x-paging")
                .and_then(|p| p.get("stream"))
                .and_then(Value::as_str)
                == Some(names)
        });
        match listing {
            None => self.report(
                Rule::XLogExport,
                &child(&at, "names"),
                format!(
                    "x-log-export.by-name.names \"{names}\" is the x-paging stream of no \
                     operation; the names come from a paged listing of the files"
                ),
            ),
            Some(o) if o.node.get("x-window").is_some() => self.report(
                Rule::XLogExport,
                &child(&at, "names"),
                format!(
                    "x-log-export.by-name.names \"{names}\" is windowed (x-window); the names \
                     must come from a listing of every file"
                ),
            ),
            Some(_) => {}
        }
    }

    fn export_parameters(&mut self, op: &Operation<'a>, ext: &Ext<'a>) {
        let allowed = ["instance_id", "node_id"];
        let given = self.instance_call(op, ext, &allowed, true);
        if let [first, second] = given.as_slice()
            && (*first, *second) == ("node_id", "instance_id")
        {
            self.report(
                Rule::XLogExport,
                &ext.pointer,
                "x-log-export: node_id comes before instance_id in the operation's parameters; \
                 the generated call takes them in that order, and the log API gives the \
                 instance id first",
            );
        }
    }
}
