//! The `docs` and `error-response` rules: what a reader of the spec (and of the generated
//! code) needs, and one error shape for every error.

use std::collections::BTreeSet;

use super::{Lint, has_text};
use crate::lint::document::{child, entries, ref_of, str_field, unescape};
use crate::lint::{ERROR_SCHEMA, Rule};

impl<'a> Lint<'a> {
    // ---- docs ---------------------------------------------------------------------------

    pub(super) fn documentation(&mut self) {
        let model = self.model;
        for op in &model.operations {
            for field in ["summary", "description"] {
                if !has_text(op.node, field) {
                    let id = str_field(op.node, "operationId").unwrap_or("?");
                    self.report(
                        Rule::Docs,
                        &op.pointer,
                        format!("operation \"{id}\" has no {field}"),
                    );
                }
            }
        }
        for p in &model.parameters {
            if !has_text(p.node, "description") {
                let name = str_field(p.node, "name").unwrap_or("?");
                self.report(
                    Rule::Docs,
                    &p.pointer,
                    format!("parameter \"{name}\" has no description"),
                );
            }
        }
        for h in &model.headers {
            if !has_text(h.node, "description") {
                let name = unescape(h.pointer.rsplit('/').next().unwrap_or_default());
                self.report(
                    Rule::Docs,
                    &h.pointer,
                    format!("header \"{name}\" has no description"),
                );
            }
        }
        for s in model.inline_schemas() {
            let Some(properties) = s.node.get("properties") else {
                continue;
            };
            for (name, property) in entries(properties) {
                let pointer = child(&child(&s.pointer, "properties"), &name);
                let documented = has_text(property, "description")
                    || self
                        .resolve(property, &pointer)
                        .is_some_and(|(target, _)| has_text(target, "description"));
                if !documented {
                    self.report(
                        Rule::Docs,
                        &pointer,
                        format!("property \"{name}\" has no description"),
                    );
                }
            }
        }
        if let Some(schemas) = self
            .doc
            .root
            .get("components")
            .and_then(|c| c.get("schemas"))
        {
            for (name, schema) in entries(schemas) {
                if ref_of(schema).is_none() && !has_text(schema, "description") {
                    self.report(
                        Rule::Docs,
                        &child("/components/schemas", &name),
                        format!("schema \"{name}\" has no description"),
                    );
                }
            }
        }
    }

    // ---- error-response -----------------------------------------------------------------

    pub(super) fn error_responses(&mut self) {
        let model = self.model;
        let mut checked = BTreeSet::new();
        for op in &model.operations {
            let responses_pointer = child(&op.pointer, "responses");
            let Some(responses) = op.node.get("responses") else {
                continue;
            };
            let statuses: Vec<String> = entries(responses).into_iter().map(|(k, _)| k).collect();
            let has_default = statuses.iter().any(|s| s == "default");
            for class in ['4', '5'] {
                if !has_default && !statuses.iter().any(|s| s.starts_with(class)) {
                    let id = str_field(op.node, "operationId").unwrap_or("?");
                    self.report(
                        Rule::ErrorResponse,
                        &responses_pointer,
                        format!(
                            "operation \"{id}\" declares no {class}XX error response; add `'{class}XX': {{$ref: '#/components/responses/Error'}}`"
                        ),
                    );
                }
            }
            for (status, response) in entries(responses) {
                if !(status == "default" || status.starts_with('4') || status.starts_with('5')) {
                    continue;
                }
                let pointer = child(&responses_pointer, &status);
                let Some((response, at)) = self.resolve(response, &pointer) else {
                    continue;
                };
                if !checked.insert(at.clone()) {
                    continue;
                }
                let content = response.get("content").map(entries).unwrap_or_default();
                if content.is_empty() {
                    self.report(
                        Rule::ErrorResponse,
                        &at,
                        format!("error response {status} has no body; it must use the shared error schema {ERROR_SCHEMA}"),
                    );
                }
                for (media_type, media) in content {
                    let schema_ref = media.get("schema").and_then(ref_of);
                    if schema_ref != Some(ERROR_SCHEMA) {
                        self.report(
                            Rule::ErrorResponse,
                            &child(&child(&child(&at, "content"), &media_type), "schema"),
                            format!(
                                "error response {status} does not use the shared error schema {ERROR_SCHEMA}"
                            ),
                        );
                    }
                }
            }
        }
    }
}
