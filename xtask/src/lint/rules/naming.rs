//! The `rust-names` rule, and the name checks other rules share: what progenitor and typify
//! make of a name, snake_case, names of id lists.

use std::collections::BTreeMap;

use heck::{ToPascalCase, ToSnakeCase};

use super::Lint;
use crate::lint::Rule;
use crate::lint::document::{child, entries, items, str_field};

impl<'a> Lint<'a> {
    // ---- rust-names ---------------------------------------------------------------------

    pub(super) fn rust_names(&mut self) {
        let model = self.model;
        for s in model.inline_schemas() {
            let Some(properties) = s.node.get("properties") else {
                continue;
            };
            let mut fields: BTreeMap<String, String> = BTreeMap::new();
            for (name, _) in entries(properties) {
                let field = rust_name(&name, false);
                if let Some(first) = fields.get(&field) {
                    let first = first.clone();
                    self.report(
                        Rule::RustNames,
                        &child(&child(&s.pointer, "properties"), &name),
                        format!(
                            "properties \"{first}\" and \"{name}\" both become the Rust field `{field}`"
                        ),
                    );
                } else {
                    fields.insert(field, name);
                }
            }
        }
        for op in &model.operations {
            let mut names: BTreeMap<String, String> = BTreeMap::new();
            for (owner, owner_pointer) in [(op.item.node, &op.item.pointer), (op.node, &op.pointer)]
            {
                let Some(list) = owner.get("parameters") else {
                    continue;
                };
                for (i, p) in items(list).iter().enumerate() {
                    let pointer = child(&child(owner_pointer, "parameters"), &i.to_string());
                    let Some(name) = self
                        .resolve(p, &pointer)
                        .and_then(|(p, _)| str_field(p, "name"))
                    else {
                        continue;
                    };
                    let arg = rust_name(name, false);
                    match names.get(&arg) {
                        // The same parameter again (an operation overriding its path item's).
                        Some(first) if first == name => {}
                        Some(first) => {
                            let first = first.clone();
                            self.report(
                                Rule::RustNames,
                                &pointer,
                                format!(
                                    "parameters \"{first}\" and \"{name}\" both become the Rust argument `{arg}`"
                                ),
                            );
                        }
                        None => {
                            names.insert(arg, name.to_owned());
                        }
                    }
                }
            }
        }
        if let Some(schemas) = self
            .doc
            .root
            .get("components")
            .and_then(|c| c.get("schemas"))
        {
            let mut types: BTreeMap<String, String> = BTreeMap::new();
            for (name, _) in entries(schemas) {
                let ty = rust_name(&name, true);
                if let Some(first) = types.get(&ty) {
                    let first = first.clone();
                    self.report(
                        Rule::RustNames,
                        &child("/components/schemas", &name),
                        format!(
                            "schemas \"{first}\" and \"{name}\" both become the Rust type `{ty}`"
                        ),
                    );
                } else {
                    types.insert(ty, name);
                }
            }
        }
    }
}

/// A name in snake_case: lower-case letters, digits and single underscores, starting with a letter.
pub(super) fn is_snake_case(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !s.contains("__")
        && !s.ends_with('_')
}

/// `ids`, `log_ids`, `log-ids`, `AuditLogIds`, `nodeIds`.
pub(super) fn is_ids_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower == "ids" || lower.ends_with("_ids") || lower.ends_with("-ids") || name.ends_with("Ids")
}

/// The identifier typify and progenitor derive from a name: snake_case for fields and
/// arguments, PascalCase for types (their `sanitize`, on heck's case conversions).
pub fn rust_name(name: &str, pascal: bool) -> String {
    let cleaned: String = name
        .replace('\'', "")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let out = if pascal {
        cleaned.to_pascal_case()
    } else {
        cleaned.to_snake_case()
    };
    match out.chars().next() {
        None => String::from(if pascal { "X" } else { "x" }),
        Some(c) if c.is_alphabetic() || c == '_' => out,
        Some(_) => format!("{}{out}", if pascal { "X" } else { "x" }),
    }
}
