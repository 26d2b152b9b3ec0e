//! The example values of an operation's parameters, as the spec gives them: what the builder
//! call and the `hwlogs` command are written with.

use std::collections::BTreeSet;

use serde_json::Value;

use super::Maker;
use super::program::{Program, integer, literal};
use crate::codegen::service::ident;
use crate::codegen::spec::resolve;

/// The example of a parameter: its `example`, its first `examples` value, or its schema's.
fn param_example<'v>(root: &'v Value, param: &'v Value) -> Option<&'v Value> {
    param
        .get("example")
        .or_else(|| {
            param
                .get("examples")
                .and_then(Value::as_object)
                .and_then(|e| e.values().next())
                .and_then(|e| resolve(root, e).get("value"))
        })
        .or_else(|| {
            param
                .get("schema")
                .and_then(|s| resolve(root, s).get("example"))
        })
}

/// A value a schema says is typical: its example, default, first enum value or minimum.
pub(super) fn schema_value(schema: &Value) -> Option<&Value> {
    schema
        .get("example")
        .or_else(|| schema.get("default"))
        .or_else(|| {
            schema
                .get("enum")
                .and_then(Value::as_array)
                .and_then(|e| e.first())
        })
        .or_else(|| schema.get("minimum"))
}

impl Maker<'_> {
    /// The parameters of the operation in the spec, resolved.
    fn params(&self) -> Vec<&Value> {
        self.node
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|p| resolve(self.root, p))
            .collect()
    }

    /// The parameter `name` of the operation in the spec.
    fn param(&self, name: &str) -> Option<&Value> {
        self.params()
            .into_iter()
            .find(|p| p.get("name").and_then(Value::as_str) == Some(name))
    }

    /// The example value of a string parameter, or a placeholder.
    pub(super) fn string_example(&self, name: &str) -> String {
        self.param(name)
            .and_then(|p| param_example(self.root, p))
            .and_then(Value::as_str)
            .map_or_else(|| format!("<{name}>"), str::to_owned)
    }

    /// The value of a required parameter in the builder call: a variable of the program
    /// (`vars`, or the window's `start` and `end`), now for a time, the paging's first page,
    /// or the spec's example.
    pub(super) fn param_value(
        &self,
        name: &str,
        vars: &BTreeSet<String>,
        p: &mut Program,
    ) -> Result<String, String> {
        if let Some(w) = &self.op.window {
            if name == w.start {
                return Ok("start".to_owned());
            }
            if name == w.end {
                return Ok("end".to_owned());
            }
        }
        if vars.contains(name) {
            return Ok(ident(name).to_string());
        }
        let param = self
            .param(name)
            .ok_or_else(|| format!("no parameter `{name}`"))?;
        let schema = param
            .get("schema")
            .map(|s| resolve(self.root, s))
            .unwrap_or(&Value::Null);
        if schema.get("x-time").is_some() {
            p.chrono.insert("Utc");
            return Ok("Utc::now()".to_owned());
        }
        if let Some(paging) = &self.op.paging {
            let example = param_example(self.root, param);
            if name == paging.offset && example.is_none() {
                return Ok("0".to_owned());
            }
            if name == paging.limit && example.is_none() {
                return Ok(integer(i64::try_from(paging.page_size).unwrap_or(1)));
            }
        }
        let value = param_example(self.root, param)
            .or_else(|| schema_value(schema))
            .ok_or_else(|| format!("no example for the required parameter `{name}`"))?;
        literal(value, name)
    }
}
