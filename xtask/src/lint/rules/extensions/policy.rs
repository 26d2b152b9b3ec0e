//! The `x-log-policy` rule (whether, and how long, an instance keeps logs of a kind), and what
//! the log API needs of every operation it calls for one instance (`x-log-policy`,
//! `x-instance-detail`, `x-log-export`): it gives the instance id, and for an export the node
//! id, and nothing else.

use serde_yaml::Value;

use super::{Ext, label, shown_types};
use crate::lint::Rule;
use crate::lint::document::{child, str_field};
use crate::lint::model::Operation;
use crate::lint::rules::Lint;

impl<'a> Lint<'a> {
    pub(super) fn x_log_policy(&mut self, op: &Operation<'a>, ext: &Ext<'a>) {
        let known = ["kind", "keep-days"];
        let required = [
            (
                "kind",
                "the kind of log whose policy it gives, a lower-case word (audit)",
            ),
            (
                "keep-days",
                "the integer property of the 200 response's schema with the days logs are kept \
                 (0: not kept)",
            ),
        ];
        if !self.ext_fields(ext, &known, &required) {
            return;
        }
        if let Some(kind) = self.log_kind(ext) {
            self.policy_kind(op, ext, kind);
        }
        self.instance_call(op, ext, &["instance_id"], false);
        let Some(keep) = self.ext_str(ext, "keep-days", "a property name") else {
            return;
        };
        let Some((response, response_at)) = self.response_schema(op) else {
            self.report(
                Rule::XLogPolicy,
                &ext.at("keep-days"),
                "x-log-policy: the operation has no 200 response with an application/json schema",
            );
            return;
        };
        let whose = format!("the 200 response's schema {}", label(&response_at));
        if let Some((schema, at)) =
            self.property((response, &response_at), ext, "keep-days", keep, &whose)
        {
            let types = self.types(schema, &at);
            if types != ["integer"] {
                self.report(
                    Rule::XLogPolicy,
                    &ext.at("keep-days"),
                    format!(
                        "x-log-policy.keep-days \"{keep}\" is {}, not an integer (the days logs \
                         are kept)",
                        shown_types(&types)
                    ),
                );
            }
        }
    }

    /// One operation gives a kind's policy: the first of the spec.
    fn policy_kind(&mut self, op: &Operation<'a>, ext: &Ext<'a>, kind: &str) {
        let model = self.model;
        for other in &model.operations {
            if other.pointer == op.pointer {
                return;
            }
            let taken = other
                .node
                .get("x-log-policy")
                .and_then(|e| str_field(e, "kind"));
            if taken == Some(kind) {
                let at = child(&child(&other.pointer, "x-log-policy"), "kind");
                self.report(
                    Rule::XLogPolicy,
                    &ext.at("kind"),
                    format!(
                        "x-log-policy.kind \"{kind}\" is already the kind of {at}: one operation \
                         gives a kind's policy"
                    ),
                );
                return;
            }
        }
    }

    /// The parameters of an operation the log API calls for one instance: it gives `instance_id`
    /// (which the operation must take) and the others of `allowed`, the client adds the project
    /// id, the runtime the headers. Any other required parameter is reported, and with `export`
    /// an optional string one too (the generated export call would ask its caller for it), and
    /// `instance_id` must then be required. The required parameters of `allowed` the operation
    /// takes, in its order.
    pub(super) fn instance_call(
        &mut self,
        op: &Operation<'a>,
        ext: &Ext<'a>,
        allowed: &[&str],
        export: bool,
    ) -> Vec<&'a str> {
        let gives = allowed.join(" and ");
        let mut given = Vec::new();
        let mut instance = false;
        for p in self.parameters(op) {
            if p.location == "header" || p.name == "project_id" {
                continue;
            }
            let required = p.location == "path"
                || p.node.get("required").and_then(Value::as_bool) == Some(true);
            if allowed.contains(&p.name) {
                if required {
                    given.push(p.name);
                }
                instance |= p.name == "instance_id" && (required || !export);
                continue;
            }
            if required {
                self.report(
                    ext.rule,
                    &ext.pointer,
                    format!(
                        "{}: the operation takes the required {} parameter \"{}\", which the log \
                         API cannot give: it calls the operation with {gives} only (the client \
                         adds the project id)",
                        ext.name, p.location, p.name
                    ),
                );
            } else if export && self.string_parameter(p.node, &p.pointer) {
                self.report(
                    ext.rule,
                    &ext.pointer,
                    format!(
                        "{}: the operation takes the optional {} parameter \"{}\", a string, \
                         which its generated call would ask its caller for: an export takes \
                         {gives} only",
                        ext.name, p.location, p.name
                    ),
                );
            }
        }
        if !instance {
            self.report(
                ext.rule,
                &ext.pointer,
                format!(
                    "{}: the operation has no {}instance_id parameter: the log API calls it for \
                     one instance, with its id",
                    ext.name,
                    if export { "required " } else { "" }
                ),
            );
        }
        given
    }

    /// Whether a parameter's schema is a string (the generated calls take those as `&str`).
    fn string_parameter(&self, param: &'a Value, pointer: &str) -> bool {
        param
            .get("schema")
            .and_then(|s| self.target(s, &child(pointer, "schema")))
            .is_some_and(|(s, _)| str_field(s, "type") == Some("string"))
    }
}
