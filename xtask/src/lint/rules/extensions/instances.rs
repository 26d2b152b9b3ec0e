//! The `x-instances` rule (the paged listing of a service's instances, with their node ids
//! from the records or from an instance's detail) and `x-instance-detail` (that detail), and
//! the dotted paths both take to the node ids.

use serde_yaml::Value;

use super::{Ext, label, shown_types};
use crate::lint::Rule;
use crate::lint::document::{child, str_field};
use crate::lint::model::Operation;
use crate::lint::rules::Lint;

impl<'a> Lint<'a> {
    /// `x-instances`, with the records of the operation's `x-paging` (`None`: it has none).
    pub(super) fn x_instances(
        &mut self,
        op: &Operation<'a>,
        ext: &Ext<'a>,
        listed: Option<&[(&'a Value, String)]>,
    ) {
        let known = ["id", "name", "nodes", "detail"];
        let required = [
            (
                "id",
                "the property of a listed record with the instance's id",
            ),
            (
                "name",
                "the property of a listed record with the instance's name",
            ),
        ];
        if !self.ext_fields(ext, &known, &required) {
            return;
        }
        self.one_instance_listing(op, ext);
        self.listing_parameters(op, ext);
        if ext.node.get("nodes").is_some() && ext.node.get("detail").is_some() {
            self.report(
                Rule::XInstances,
                &ext.pointer,
                "x-instances has both `nodes` and `detail`: the node ids come from one place, \
                 the records (`nodes`) or the detail operation (`detail`)",
            );
        }
        let fields: Vec<(&str, Option<&'a str>)> = ["id", "name", "nodes"]
            .into_iter()
            .map(|f| {
                let what = if f == "nodes" {
                    "a dotted path of property names"
                } else {
                    "a property name"
                };
                (f, self.ext_str(ext, f, what))
            })
            .collect();
        match listed {
            None => self.report(
                Rule::XInstances,
                &ext.pointer,
                "x-instances belongs beside x-paging: the instances are the records of the paged \
                 listing",
            ),
            Some(records) => {
                for (record, at) in records {
                    let whose = format!("the records' schema {}", label(at));
                    for (field, name) in &fields {
                        match (*field, name) {
                            (_, None) => {}
                            ("nodes", Some(path)) => {
                                self.node_path(ext, "nodes", path, (record, at), &whose);
                            }
                            (field, Some(name)) => {
                                self.property((record, at), ext, field, name, &whose);
                            }
                        }
                    }
                }
            }
        }
        if let Some(detail) = self.ext_str(ext, "detail", "an operationId") {
            self.detail_operation(ext, detail);
        }
    }

    /// A spec lists its instances with one operation: the first with `x-instances`.
    fn one_instance_listing(&mut self, op: &Operation<'a>, ext: &Ext<'a>) {
        let model = self.model;
        let first = model
            .operations
            .iter()
            .find(|o| o.node.get("x-instances").is_some())
            .map(|o| o.pointer.clone());
        if let Some(first) = first
            && first != op.pointer
        {
            self.report(
                Rule::XInstances,
                &ext.pointer,
                format!(
                    "x-instances is already on {first}: a spec lists its instances with one \
                     operation"
                ),
            );
        }
    }

    /// The log API lists every instance: no time window, and no required parameter but the
    /// project id (the client's) and the paging's offset and limit.
    fn listing_parameters(&mut self, op: &Operation<'a>, ext: &Ext<'a>) {
        if op.node.get("x-window").is_some() {
            self.report(
                Rule::XInstances,
                &ext.pointer,
                "x-instances is beside x-window: the log API lists every instance, with no time \
                 window",
            );
        }
        let paging = op.node.get("x-paging");
        let window = op.node.get("x-window");
        let set: Vec<&str> = [(paging, "offset"), (paging, "limit")]
            .into_iter()
            .chain([(window, "start"), (window, "end")])
            .filter_map(|(ext, field)| str_field(ext?, field))
            .collect();
        for p in self.parameters(op) {
            let required = p.location == "path"
                || p.node.get("required").and_then(Value::as_bool) == Some(true);
            if !required
                || p.location == "header"
                || p.name == "project_id"
                || set.contains(&p.name)
            {
                continue;
            }
            self.report(
                Rule::XInstances,
                &ext.pointer,
                format!(
                    "x-instances: the listing takes the required {} parameter \"{}\", which the \
                     log API cannot give: it lists the instances with nothing but the project id",
                    p.location, p.name
                ),
            );
        }
    }

    /// `x-instances.detail`: the operationId of an operation with `x-instance-detail`.
    fn detail_operation(&mut self, ext: &Ext<'a>, detail: &str) {
        let model = self.model;
        let found = model
            .operations
            .iter()
            .find(|o| str_field(o.node, "operationId") == Some(detail));
        let message = match found {
            Some(op) if op.node.get("x-instance-detail").is_some() => return,
            Some(op) => format!(
                "x-instances.detail \"{detail}\" is an operation without x-instance-detail \
                 ({}): give it x-instance-detail with the path to the node ids",
                op.pointer
            ),
            None => {
                let details: Vec<&str> = model
                    .operations
                    .iter()
                    .filter(|o| o.node.get("x-instance-detail").is_some())
                    .filter_map(|o| str_field(o.node, "operationId"))
                    .collect();
                format!(
                    "x-instances.detail \"{detail}\" is not an operationId of this spec ({})",
                    if details.is_empty() {
                        String::from("no operation has x-instance-detail")
                    } else {
                        format!(
                            "the operations with x-instance-detail: {}",
                            details.join(", ")
                        )
                    }
                )
            }
        };
        self.report(Rule::XInstances, &ext.at("detail"), message);
    }

    pub(super) fn x_instance_detail(&mut self, op: &Operation<'a>, ext: &Ext<'a>) {
        let required = [(
            "nodes",
            "the dotted path of property names from the 200 response's schema to the node ids \
             (instance.nodes.id)",
        )];
        if !self.ext_fields(ext, &["nodes"], &required) {
            return;
        }
        let model = self.model;
        let id = str_field(op.node, "operationId");
        let used = id.is_some_and(|id| {
            model.operations.iter().any(|o| {
                o.node
                    .get("x-instances")
                    .and_then(|e| str_field(e, "detail"))
                    == Some(id)
            })
        });
        if !used {
            self.report(
                Rule::XInstances,
                &ext.pointer,
                format!(
                    "x-instance-detail: no x-instances.detail names this operation{}, so nothing \
                     uses it",
                    id.map(|id| format!(" (\"{id}\")")).unwrap_or_default()
                ),
            );
        }
        self.instance_call(op, ext, &["instance_id"], false);
        let Some(path) = self.ext_str(ext, "nodes", "a dotted path of property names") else {
            return;
        };
        match self.response_schema(op) {
            Some((response, at)) => {
                let whose = format!("the 200 response's schema {}", label(&at));
                self.node_path(ext, "nodes", path, (response, &at), &whose);
            }
            None => self.report(
                Rule::XInstances,
                &ext.at("nodes"),
                "x-instance-detail: the operation has no 200 response with an application/json \
                 schema",
            ),
        }
    }

    /// A dotted path of property names from a schema (a target, `whose` in messages) to the
    /// node ids: each step a property of the schema reached, through arrays' `items` and
    /// `$ref`s; the last a string (or strings).
    fn node_path(
        &mut self,
        ext: &Ext<'a>,
        field: &str,
        path: &str,
        (schema, at): (&'a Value, &str),
        whose: &str,
    ) {
        let steps: Vec<&str> = path.split('.').collect();
        if steps.iter().any(|s| s.is_empty()) {
            self.report(
                ext.rule,
                &ext.at(field),
                format!(
                    "{}.{field} \"{path}\" is not a dotted path of property names \
                     (groups.nodes.id)",
                    ext.name
                ),
            );
            return;
        }
        let (mut node, mut node_at) = (schema, at.to_owned());
        for (i, step) in steps.iter().enumerate() {
            let Some(elements) = self.elements(node, &node_at) else {
                return;
            };
            (node, node_at) = elements;
            let properties = self.properties(node, &node_at);
            let Some((_, property, property_at)) = properties.iter().find(|(n, _, _)| n == step)
            else {
                let names: Vec<&str> = properties.iter().map(|(n, _, _)| n.as_str()).collect();
                let types = self.types(node, &node_at);
                let reached = steps[..i].join(".");
                let message = if names.is_empty() && !types.contains(&"object") {
                    let what = if i == 0 {
                        whose.to_owned()
                    } else {
                        format!("\"{reached}\"")
                    };
                    format!(
                        "{}.{field} \"{path}\": {what} is {}, with no property \"{step}\"",
                        ext.name,
                        shown_types(&types)
                    )
                } else {
                    let of = if i == 0 {
                        whose.to_owned()
                    } else {
                        format!("{}, what \"{reached}\" holds", label(&node_at))
                    };
                    let list = if names.is_empty() {
                        String::from("it has none")
                    } else {
                        format!("its properties: {}", names.join(", "))
                    };
                    format!(
                        "{}.{field} \"{path}\": \"{step}\" is not a property of {of} ({list})",
                        ext.name
                    )
                };
                self.report(ext.rule, &ext.at(field), message);
                return;
            };
            let Some(reached) = self.target(property, property_at) else {
                return;
            };
            (node, node_at) = reached;
        }
        let Some((leaf, leaf_at)) = self.elements(node, &node_at) else {
            return;
        };
        let types = self.types(leaf, &leaf_at);
        if types != ["string"] {
            self.report(
                ext.rule,
                &ext.at(field),
                format!(
                    "{}.{field} \"{path}\" ends at {}, not a string (a node id)",
                    ext.name,
                    shown_types(&types)
                ),
            );
        }
    }

    /// What an array holds, through arrays of arrays and `$ref`s; a schema that is no array
    /// is itself.
    fn elements(&self, mut node: &'a Value, at: &str) -> Option<(&'a Value, String)> {
        let mut at = at.to_owned();
        for _ in 0..8 {
            let Some(item) = node.get("items") else {
                break;
            };
            (node, at) = self.target(item, &child(&at, "items"))?;
        }
        Some((node, at))
    }
}
