//! The `x-batch` rule: how a call taking a list of ids is batched, and where its results are.

use serde_yaml::Value;

use super::operation::{MethodName, Records};
use super::{Ext, label, shown_types};
use crate::lint::Rule;
use crate::lint::document::{child, items, str_field};
use crate::lint::model::Operation;
use crate::lint::rules::Lint;
use crate::lint::schema::yaml_to_json;

impl<'a> Lint<'a> {
    /// `x-batch`; the schemas of the results it returns.
    pub(super) fn x_batch(
        &mut self,
        op: &Operation<'a>,
        ext: &Ext<'a>,
        calls: &mut Vec<MethodName>,
    ) -> Records<'a> {
        let known = ["call", "ids", "results"];
        let required = [
            (
                "call",
                "the name of the generated batched method, in snake_case",
            ),
            (
                "ids",
                "the property of the request body's schema with the ids, an array of strings with `maxItems`",
            ),
        ];
        if !self.ext_fields(ext, &known, &required) {
            return Vec::new();
        }
        if let Some(call) = self.ext_str(ext, "call", "a method name") {
            self.method_name(ext, "call", call, "the x-batch call", calls);
        }
        if let Some(ids) = self.ext_str(ext, "ids", "a property name") {
            self.batch_ids(op, ext, ids);
        }
        let results = match ext.node.get("results") {
            Some(_) => match self.ext_str(ext, "results", "a property name") {
                Some(results) => Some(results),
                None => return Vec::new(),
            },
            None => None,
        };
        let Some((response, response_at)) = self.response_schema(op) else {
            self.report(
                Rule::XBatch,
                &if results.is_some() {
                    ext.at("results")
                } else {
                    ext.pointer.clone()
                },
                "x-batch: the operation has no 200 response with an application/json schema",
            );
            return Vec::new();
        };
        if let Some(results) = results {
            let whose = format!("the 200 response's schema {}", label(&response_at));
            return self
                .array_property(ext, "results", (response, &response_at), results, &whose)
                .into_iter()
                .collect();
        }
        match self.shapes(response, &response_at) {
            Some(records) => records,
            None => {
                self.report(
                    Rule::XBatch,
                    &ext.pointer,
                    format!(
                        "x-batch has no `results`, and the 200 response's schema {} is not an \
                         array, an object with exactly one array property, or a oneOf of such: \
                         name the results' property with `results`",
                        label(&response_at)
                    ),
                );
                Vec::new()
            }
        }
    }

    /// `x-batch.ids`: an array of strings with `maxItems` in the request body's schema.
    fn batch_ids(&mut self, op: &Operation<'a>, ext: &Ext<'a>, ids: &str) {
        let body = op.node.get("requestBody");
        let Some((schema, at)) =
            body.and_then(|b| self.json_schema(b, &child(&op.pointer, "requestBody")))
        else {
            self.report(
                Rule::XBatch,
                &ext.at("ids"),
                "x-batch.ids: the operation has no request body with an application/json schema",
            );
            return;
        };
        let whose = format!("the request body's schema {}", label(&at));
        let Some((array, array_at)) = self.property((schema, &at), ext, "ids", ids, &whose) else {
            return;
        };
        let item = array
            .get("items")
            .and_then(|i| self.target(i, &child(&array_at, "items")));
        let item_types = item.map(|(i, at)| self.types(i, &at));
        if item_types.as_deref() != Some(&["string"]) {
            let what = match item_types {
                None => shown_types(&self.types(array, &array_at)),
                Some(types) => format!("an array of {}", shown_types(&types)),
            };
            self.report(
                Rule::XBatch,
                &ext.at("ids"),
                format!("x-batch.ids \"{ids}\" is {what}, not an array of strings"),
            );
            return;
        }
        match array.get("maxItems") {
            None => self.report(
                Rule::XBatch,
                &ext.at("ids"),
                format!(
                    "x-batch.ids \"{ids}\" has no `maxItems` ({}): the batch size is its maxItems",
                    label(&array_at)
                ),
            ),
            Some(max) if max.as_u64().is_none_or(|n| n == 0) => self.report(
                Rule::XBatch,
                &ext.at("ids"),
                format!(
                    "x-batch.ids \"{ids}\" has maxItems {} ({}), which is not a batch size (a \
                     positive whole number)",
                    yaml_to_json(max),
                    label(&array_at)
                ),
            ),
            Some(_) => {}
        }
    }

    /// The records of a response in each of its shapes: an array, an object with exactly one
    /// array property, or a `oneOf` of such; `None` when it is none of these.
    fn shapes(&self, schema: &'a Value, at: &str) -> Option<Records<'a>> {
        if let Some(record) = self.shape(schema, at) {
            return Some(vec![record]);
        }
        let variants = schema.get("oneOf").map(items).unwrap_or_default();
        if variants.is_empty() {
            return None;
        }
        variants
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let (v, v_at) = self.target(v, &child(&child(at, "oneOf"), &i.to_string()))?;
                self.shape(v, &v_at)
            })
            .collect()
    }

    /// The records of an array, or of an object's one array property.
    fn shape(&self, schema: &'a Value, at: &str) -> Option<(&'a Value, String)> {
        if let Some(item) = schema.get("items") {
            return self.target(item, &child(at, "items"));
        }
        let arrays: Vec<(&'a Value, String)> = self
            .properties(schema, at)
            .into_iter()
            .filter_map(|(_, node, at)| self.target(node, &at))
            .filter(|(p, _)| p.get("items").is_some() || str_field(p, "type") == Some("array"))
            .collect();
        match arrays.as_slice() {
            [(array, array_at)] => self.target(array.get("items")?, &child(array_at, "items")),
            _ => None,
        }
    }
}
