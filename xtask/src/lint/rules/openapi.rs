//! The `openapi`, `operation-id` and `path-parameters` rules: the document is OpenAPI 3.0.x
//! as the code generator reads it.

use std::collections::BTreeMap;

use heck::ToSnakeCase;
use serde_yaml::Value;

use super::naming::is_snake_case;
use super::{Lint, describe_yaml, did_you_mean, one_line};
use crate::lint::Rule;
use crate::lint::document::{Document, child, entries, items, ref_of, str_field, unescape};
use crate::lint::model::{Kind, Operation};
use crate::lint::schema;

impl<'a> Lint<'a> {
    // ---- openapi ------------------------------------------------------------------------

    pub(super) fn openapi(&mut self) {
        let before = self.problems.len();
        self.required_fields();
        // The typed model's verdict, when the precise checks found nothing: its location is
        // only as good as serde's (often the enclosing path item), so it comes second.
        if self.problems.len() == before
            && let Err(e) = serde_yaml::from_str::<openapiv3::OpenAPI>(&self.doc.text)
        {
            let message = e.to_string();
            let message = match message.rfind(" at line ") {
                Some(i) if e.location().is_some() => message[..i].to_owned(),
                _ => message,
            };
            let pointer = e
                .location()
                .and_then(|l| self.doc.pointer_at_line(l.line()))
                .unwrap_or_default();
            self.report(
                Rule::OpenApi,
                &pointer,
                format!("not a valid OpenAPI 3.0 document: {}", one_line(&message)),
            );
        }
        match str_field(&self.doc.root, "openapi") {
            Some(v) if v.starts_with("3.0.") => {}
            Some(v) => self.report(
                Rule::OpenApi,
                "/openapi",
                format!("openapi version \"{v}\" is not 3.0.x"),
            ),
            None => self.report(Rule::OpenApi, "", "no `openapi: 3.0.x` version field"),
        }
        for (kind, at) in &self.model.objects {
            if !at.node.is_mapping() {
                continue;
            }
            if *kind == Kind::Schema && ref_of(at.node).is_some() {
                continue;
            }
            for (key, _) in entries(at.node) {
                if key.starts_with("x-") || kind.fields().contains(&key.as_str()) {
                    continue;
                }
                let hint = did_you_mean(&key, kind.fields())
                    .map(|k| format!(" (did you mean \"{k}\"?)"))
                    .unwrap_or_default();
                self.report(
                    Rule::OpenApi,
                    &child(&at.pointer, &key),
                    format!("unknown field \"{key}\" in {}{hint}", kind.name()),
                );
            }
            match kind {
                Kind::Schema => {
                    if let Some(ty) = at.node.get("type") {
                        let ok = ty.as_str().is_some_and(|t| {
                            ["string", "number", "integer", "boolean", "array", "object"]
                                .contains(&t)
                        });
                        if !ok {
                            let shown = serde_json::to_string(&schema::yaml_to_json(ty))
                                .unwrap_or_default();
                            self.report(
                                Rule::OpenApi,
                                &child(&at.pointer, "type"),
                                format!(
                                    "schema type {shown} is not one of string, number, integer, boolean, array, object"
                                ),
                            );
                        }
                    }
                }
                Kind::Parameter
                    if str_field(at.node, "in") == Some("path")
                        && at.node.get("required").and_then(Value::as_bool) != Some(true) =>
                {
                    let name = str_field(at.node, "name").unwrap_or("?");
                    self.report(
                        Rule::OpenApi,
                        &at.pointer,
                        format!("path parameter \"{name}\" must be `required: true`"),
                    );
                }
                Kind::PathItem if ref_of(at.node).is_some() => {
                    self.report(
                        Rule::OpenApi,
                        &child(&at.pointer, "$ref"),
                        "a `$ref` path item is not supported by the code generator; write the path item inline",
                    );
                }
                _ => {}
            }
        }
    }

    /// Fields OpenAPI requires, checked where they are missing.
    fn required_fields(&mut self) {
        let model = self.model;
        for (kind, at) in &model.objects {
            let required: &[&str] = match kind {
                Kind::Root => &["info", "paths"],
                Kind::Info => &["title", "version"],
                Kind::Operation => &["responses"],
                Kind::Response => &["description"],
                Kind::Parameter => &["name", "in"],
                Kind::RequestBody => &["content"],
                _ => &[],
            };
            for field in required {
                if at.node.get(*field).is_none() {
                    let what = match kind {
                        Kind::Response => format!(
                            "response \"{}\"",
                            unescape(at.pointer.rsplit('/').next().unwrap_or_default())
                        ),
                        _ => kind.name().to_owned(),
                    };
                    self.report(
                        Rule::OpenApi,
                        &at.pointer,
                        format!("{what} has no `{field}`, which OpenAPI requires"),
                    );
                }
            }
            for (field, value) in entries(at.node) {
                let Some(expected) = field_type(*kind, &field) else {
                    continue;
                };
                if !expected.matches(value) {
                    self.report(
                        Rule::OpenApi,
                        &child(&at.pointer, &field),
                        format!(
                            "`{field}` of {} must be {}, not {}",
                            kind.name(),
                            expected.name(),
                            describe_yaml(value)
                        ),
                    );
                }
            }
            if *kind == Kind::Parameter
                && let Some(location) = str_field(at.node, "in")
                && !["query", "header", "path", "cookie"].contains(&location)
            {
                self.report(
                    Rule::OpenApi,
                    &child(&at.pointer, "in"),
                    format!("parameter location \"{location}\" is not one of query, header, path, cookie"),
                );
            }
        }
    }

    // ---- operation-id -------------------------------------------------------------------

    pub(super) fn operation_ids(&mut self) {
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for op in &self.model.operations {
            let Some(id) = str_field(op.node, "operationId") else {
                self.report(
                    Rule::OperationId,
                    &op.pointer,
                    format!(
                        "operation {} {} has no operationId",
                        op.method.to_uppercase(),
                        op.path
                    ),
                );
                continue;
            };
            let pointer = child(&op.pointer, "operationId");
            if !is_snake_case(id) {
                self.report(
                    Rule::OperationId,
                    &pointer,
                    format!(
                        "operationId \"{id}\" is not snake_case (try \"{}\")",
                        id.to_snake_case()
                    ),
                );
            }
            if let Some(first) = seen.get(id) {
                let first = first.clone();
                self.report(
                    Rule::OperationId,
                    &pointer,
                    format!("operationId \"{id}\" is already used by {first}"),
                );
            } else {
                seen.insert(id.to_owned(), op.pointer.clone());
            }
        }
    }

    // ---- path-parameters ----------------------------------------------------------------

    /// The path parameters an operation declares (its own and its path item's), with where.
    fn declared_path_parameters(&self, op: &Operation<'a>) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (owner, owner_pointer) in [(op.item.node, &op.item.pointer), (op.node, &op.pointer)] {
            let Some(list) = owner.get("parameters") else {
                continue;
            };
            for (i, p) in items(list).iter().enumerate() {
                let pointer = child(&child(owner_pointer, "parameters"), &i.to_string());
                let Some((param, _)) = self.resolve(p, &pointer) else {
                    continue;
                };
                if str_field(param, "in") == Some("path")
                    && let Some(name) = str_field(param, "name")
                {
                    out.push((name.to_owned(), pointer));
                }
            }
        }
        out
    }

    pub(super) fn path_parameters(&mut self) {
        let model = self.model;
        for op in &model.operations {
            let template = template_names(&op.path);
            let declared = self.declared_path_parameters(op);
            for name in &template {
                if !declared.iter().any(|(n, _)| n == name) {
                    self.report(
                        Rule::PathParameters,
                        &op.pointer,
                        format!(
                            "path template parameter \"{name}\" is not declared as a path parameter"
                        ),
                    );
                }
            }
            for (name, pointer) in declared {
                if !template.contains(&name) {
                    self.report(
                        Rule::PathParameters,
                        &pointer,
                        format!(
                            "path parameter \"{name}\" does not appear in the path template {}",
                            op.path
                        ),
                    );
                }
            }
        }
    }
}

impl Document {
    /// The shallowest node that starts on `line`: where a parser error on that line points.
    fn pointer_at_line(&self, line: usize) -> Option<String> {
        let mut best: Option<&String> = None;
        for pointer in self.pointers_on_line(line) {
            let better = match best {
                None => true,
                Some(b) => {
                    let (d, bd) = (pointer.matches('/').count(), b.matches('/').count());
                    d < bd || (d == bd && pointer < b)
                }
            };
            if better {
                best = Some(pointer);
            }
        }
        best.cloned()
    }
}

/// The YAML type a field of an OpenAPI object must have.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Text,
    Bool,
    Count,
    Number,
    List,
    Map,
}

impl Shape {
    fn matches(self, value: &Value) -> bool {
        match self {
            Shape::Text => value.is_string(),
            Shape::Bool => value.is_bool(),
            Shape::Count => value.is_u64(),
            Shape::Number => value.is_number(),
            Shape::List => value.is_sequence(),
            Shape::Map => value.is_mapping(),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Shape::Text => "a string",
            Shape::Bool => "a boolean",
            Shape::Count => "a non-negative integer",
            Shape::Number => "a number",
            Shape::List => "a list",
            Shape::Map => "a mapping",
        }
    }
}

/// What a field must be, for the fields whose type hands get wrong. `type` and `pattern` of
/// schemas have rules of their own; the typed model catches the rest.
fn field_type(kind: Kind, field: &str) -> Option<Shape> {
    Some(match (kind, field) {
        (Kind::Components, _) => Shape::Map,
        (Kind::Schema, "required") => Shape::List,
        (Kind::Schema, "items" | "properties" | "not") => Shape::Map,
        (
            _,
            "required" | "deprecated" | "nullable" | "uniqueItems" | "readOnly" | "writeOnly"
            | "exclusiveMinimum" | "exclusiveMaximum" | "explode" | "allowReserved"
            | "allowEmptyValue",
        ) => Shape::Bool,
        (
            _,
            "summary" | "description" | "operationId" | "name" | "in" | "format" | "title"
            | "version" | "openapi" | "$ref" | "style" | "externalValue",
        ) => Shape::Text,
        (
            _,
            "minLength" | "maxLength" | "minItems" | "maxItems" | "minProperties" | "maxProperties",
        ) => Shape::Count,
        (_, "minimum" | "maximum" | "multipleOf") => Shape::Number,
        (
            _,
            "tags" | "parameters" | "enum" | "allOf" | "oneOf" | "anyOf" | "servers" | "security",
        ) => Shape::List,
        (
            _,
            "content" | "responses" | "examples" | "headers" | "schema" | "info" | "paths"
            | "components" | "requestBody" | "callbacks" | "links" | "encoding",
        ) => Shape::Map,
        _ => return None,
    })
}

/// The `{name}`s of a path template.
pub(super) fn template_names(path: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        names.push(rest[start + 1..start + len].to_owned());
        rest = &rest[start + len + 1..];
    }
    names
}
