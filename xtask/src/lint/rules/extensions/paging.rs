//! The `x-paging` and `x-window` rules: how a listing pages, and the time window it takes.

use serde_yaml::Value;

use super::operation::{MethodName, Records};
use super::{Ext, label, shown_types};
use crate::lint::Rule;
use crate::lint::document::child;
use crate::lint::model::Operation;
use crate::lint::rules::Lint;
use crate::lint::schema::yaml_to_json;

impl<'a> Lint<'a> {
    /// `x-paging`; the schema of the records it lists.
    pub(super) fn x_paging(
        &mut self,
        op: &Operation<'a>,
        ext: &Ext<'a>,
        streams: &mut Vec<MethodName>,
    ) -> Records<'a> {
        let known = ["stream", "offset", "limit", "items", "total", "key"];
        let required = [
            (
                "stream",
                "the name of the generated stream method, in snake_case",
            ),
            ("offset", "the integer query parameter of the page's offset"),
            (
                "limit",
                "the integer query parameter of the page's size, with a `maximum`",
            ),
            (
                "items",
                "the array property of the 200 response's schema with the records",
            ),
            ("key", "the property of a record that identifies it"),
        ];
        if !self.ext_fields(ext, &known, &required) {
            return Vec::new();
        }
        if let Some(stream) = self.ext_str(ext, "stream", "a method name") {
            self.method_name(ext, "stream", stream, "the x-paging stream", streams);
        }
        if let Some(name) = self.ext_str(ext, "offset", "a parameter name") {
            self.integer_parameter(op, ext, "offset", name);
        }
        if let Some(name) = self.ext_str(ext, "limit", "a parameter name")
            && let Some((schema, schema_at)) = self.integer_parameter(op, ext, "limit", name)
        {
            match schema.get("maximum") {
                None => self.report(
                    Rule::XPaging,
                    &ext.at("limit"),
                    format!(
                        "x-paging.limit \"{name}\" has no `maximum` ({}): the page size is the \
                         limit's maximum",
                        label(&schema_at)
                    ),
                ),
                Some(max)
                    if !max
                        .as_u64()
                        .is_some_and(|n| n > 0 && u32::try_from(n).is_ok()) =>
                {
                    self.report(
                        Rule::XPaging,
                        &ext.at("limit"),
                        format!(
                            "x-paging.limit \"{name}\" has maximum {} ({}), which is not a page \
                             size (a positive whole number)",
                            yaml_to_json(max),
                            label(&schema_at)
                        ),
                    );
                }
                Some(_) => {}
            }
        }
        let items = ext.node.get("items").and_then(Value::as_str);
        let total = ext.node.get("total");
        if items.is_none() && total.is_none() {
            return Vec::new();
        }
        let Some((response, response_at)) = self.response_schema(op) else {
            let field = if items.is_some() { "items" } else { "total" };
            self.report(
                Rule::XPaging,
                &ext.at(field),
                "x-paging: the operation has no 200 response with an application/json schema",
            );
            return Vec::new();
        };
        let whose = format!("the 200 response's schema {}", label(&response_at));
        if let Some(total) = self.ext_str(ext, "total", "a property name")
            && let Some((schema, at)) =
                self.property((response, &response_at), ext, "total", total, &whose)
        {
            let types = self.types(schema, &at);
            if types != ["integer"] {
                self.report(
                    Rule::XPaging,
                    &ext.at("total"),
                    format!(
                        "x-paging.total \"{total}\" is {}, not an integer",
                        shown_types(&types)
                    ),
                );
            }
        }
        let Some(items) = self.ext_str(ext, "items", "a property name") else {
            return Vec::new();
        };
        let Some(records) =
            self.array_property(ext, "items", (response, &response_at), items, &whose)
        else {
            return Vec::new();
        };
        if let Some(key) = self.ext_str(ext, "key", "a property name") {
            let whose = format!("the records' schema {}", label(&records.1));
            self.property((records.0, &records.1), ext, "key", key, &whose);
        }
        vec![records]
    }

    /// The schema of an integer query parameter named by an extension's field.
    fn integer_parameter(
        &mut self,
        op: &Operation<'a>,
        ext: &Ext<'a>,
        field: &str,
        name: &str,
    ) -> Option<(&'a Value, String)> {
        let param = self.query_parameter(op, ext, field, name)?;
        let schema = param.node.get("schema")?;
        let (schema, at) = self.target(schema, &child(&param.pointer, "schema"))?;
        let types = self.types(schema, &at);
        if types != ["integer"] {
            self.report(
                ext.rule,
                &ext.at(field),
                format!(
                    "{}.{field} \"{name}\" is {}, not an integer query parameter",
                    ext.name,
                    shown_types(&types)
                ),
            );
            return None;
        }
        Some((schema, at))
    }

    /// The items schema of an array property named by an extension's field.
    pub(super) fn array_property(
        &mut self,
        ext: &Ext<'a>,
        field: &str,
        schema: (&'a Value, &str),
        name: &str,
        whose: &str,
    ) -> Option<(&'a Value, String)> {
        let (property, at) = self.property(schema, ext, field, name, whose)?;
        let Some(item) = property.get("items") else {
            let types = self.types(property, &at);
            self.report(
                ext.rule,
                &ext.at(field),
                format!(
                    "{}.{field} \"{name}\" is {}, not an array",
                    ext.name,
                    shown_types(&types)
                ),
            );
            return None;
        };
        self.target(item, &child(&at, "items"))
    }

    pub(super) fn x_window(&mut self, op: &Operation<'a>, ext: &Ext<'a>) {
        let known = ["start", "end", "max-days", "split-days"];
        let required = [
            ("start", "the query parameter of the window's start"),
            ("end", "the query parameter of the window's end"),
        ];
        if !self.ext_fields(ext, &known, &required) {
            return;
        }
        for field in ["start", "end"] {
            if let Some(name) = self.ext_str(ext, field, "a parameter name") {
                self.query_parameter(op, ext, field, name);
            }
        }
        let max = self.ext_count(ext, "max-days", "the longest window the service accepts");
        let split = self.ext_count(ext, "split-days", "the longest window one call lists");
        if ext.node.get("max-days").is_none() && ext.node.get("split-days").is_none() {
            self.report(
                Rule::XWindow,
                &ext.pointer,
                "x-window has neither `max-days` (the longest window the service accepts) nor \
                 `split-days` (the longest window one call lists): one is required",
            );
        }
        if let (Some(max), Some(split)) = (max, split)
            && split > max
        {
            self.report(
                Rule::XWindow,
                &ext.at("split-days"),
                format!("x-window.split-days {split} is more than max-days {max}"),
            );
        }
    }
}
