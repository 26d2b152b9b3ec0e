//! The `ref`, `ref-siblings` and `unused-component` rules: every reference is local and
//! resolves, nothing sits ignored beside one, and every component is used.

use std::collections::BTreeSet;

use super::Lint;
use crate::lint::Rule;
use crate::lint::document::{child, entries, items, ref_of};
use crate::lint::model::refs::{collect_references, collect_refs};

impl<'a> Lint<'a> {
    // ---- ref ----------------------------------------------------------------------------

    pub(super) fn references(&mut self) {
        let mut refs = Vec::new();
        collect_refs(&self.doc.root, "", None, &mut refs);
        for (pointer, reference) in refs {
            match reference.strip_prefix('#') {
                Some(target) if self.doc.get(target).is_some() => {}
                Some(_) => self.report(
                    Rule::Ref,
                    &pointer,
                    format!("$ref \"{reference}\" does not resolve"),
                ),
                None => self.report(
                    Rule::Ref,
                    &pointer,
                    format!("$ref \"{reference}\" is not local; a spec is one file, refer to `#/components/...`"),
                ),
            }
        }
    }

    // ---- ref-siblings -------------------------------------------------------------------

    pub(super) fn ref_siblings(&mut self) {
        let model = self.model;
        // Objects whose `$ref` is not a Reference Object's: a path item's own `$ref` field, or
        // an unknown field of a media type, an operation, ... (the `openapi` rule's).
        let objects: BTreeSet<&str> = model
            .objects
            .iter()
            .map(|(_, at)| at.pointer.as_str())
            .collect();
        let schemas: BTreeSet<&str> = model.schemas.iter().map(|s| s.pointer.as_str()).collect();
        let mut references = Vec::new();
        collect_references(&self.doc.root, "", false, &objects, &mut references);
        for (pointer, node) in references {
            let Some(reference) = ref_of(node) else {
                continue;
            };
            let target = component_kind(reference);
            let is_schema = schemas.contains(pointer.as_str()) || target == Some("schemas");
            for (key, _) in entries(node) {
                if key == "$ref" {
                    continue;
                }
                let instead = if is_schema {
                    format!(
                        "put it in the referenced schema, or wrap the reference as `allOf: [{{$ref: '{reference}'}}]` with `{key}` beside `allOf`"
                    )
                } else {
                    let what = target.map_or("object", component_singular);
                    format!(
                        "put it in the referenced {what}, or write the {what} inline instead of the reference"
                    )
                };
                self.report(
                    Rule::RefSiblings,
                    &child(&pointer, &key),
                    format!(
                        "`{key}` beside `$ref: '{reference}'` is ignored by OpenAPI 3.0; {instead}"
                    ),
                );
            }
        }
    }

    // ---- unused-component ---------------------------------------------------------------

    pub(super) fn unused_components(&mut self) {
        let mut refs = Vec::new();
        collect_refs(&self.doc.root, "", None, &mut refs);
        // Component of a pointer: `/components/<kind>/<name>`.
        let component_of = |pointer: &str| -> Option<String> {
            let mut parts = pointer.strip_prefix("/components/")?.splitn(3, '/');
            let kind = parts.next()?;
            let name = parts.next()?;
            Some(format!("/components/{kind}/{name}"))
        };
        let mut used: BTreeSet<String> = BTreeSet::new();
        let mut queue: Vec<String> = Vec::new();
        for (at, reference) in &refs {
            if component_of(at).is_none()
                && let Some(target) = reference.strip_prefix('#').and_then(component_of)
            {
                queue.push(target);
            }
        }
        let mut security = Vec::new();
        if let Some(list) = self.doc.root.get("security") {
            security.push(list);
        }
        for op in &self.model.operations {
            if let Some(list) = op.node.get("security") {
                security.push(list);
            }
        }
        for requirement in security.iter().flat_map(|list| items(list)) {
            for (name, _) in entries(requirement) {
                queue.push(child("/components/securitySchemes", &name));
            }
        }
        while let Some(component) = queue.pop() {
            if !used.insert(component.clone()) {
                continue;
            }
            for (at, reference) in &refs {
                if component_of(at).as_deref() == Some(component.as_str())
                    && let Some(target) = reference.strip_prefix('#').and_then(component_of)
                {
                    queue.push(target);
                }
            }
        }
        let Some(components) = self.doc.root.get("components") else {
            return;
        };
        for (kind, section) in entries(components) {
            for (name, _) in entries(section) {
                let pointer = child(&child("/components", &kind), &name);
                if !used.contains(&pointer) {
                    self.report(
                        Rule::UnusedComponent,
                        &pointer,
                        format!("component \"{name}\" ({kind}) is never referenced"),
                    );
                }
            }
        }
    }
}

/// The components section a reference points into: `schemas` for
/// `#/components/schemas/Limit` (or `other.yaml#/components/schemas/Limit`).
fn component_kind(reference: &str) -> Option<&str> {
    let (_, fragment) = reference.split_once('#')?;
    fragment.strip_prefix("/components/")?.split('/').next()
}

/// One object of a components section, for messages: `parameter` for `parameters`.
fn component_singular(kind: &str) -> &'static str {
    match kind {
        "schemas" => "schema",
        "parameters" => "parameter",
        "responses" => "response",
        "requestBodies" => "request body",
        "headers" => "header",
        "examples" => "example",
        "links" => "link",
        "callbacks" => "callback",
        "securitySchemes" => "security scheme",
        _ => "object",
    }
}
