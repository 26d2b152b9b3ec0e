//! The rules, each a method of [`Lint`] over the [`Model`] of one document, grouped by what
//! they check:
//!
//! - `openapi` (structure, required fields, field types, unknown fields), `operation-id` and
//!   `path-parameters` in [`openapi`];
//! - `ref`, `ref-siblings` and `unused-component` in [`references`];
//! - `docs` and `error-response` in [`docs`];
//! - `pattern`, `bounds`, `example`, `default`, `ids-max-items` and `query-bounds` in
//!   [`values`];
//! - `rust-names` in [`naming`];
//! - the extensions' rules, `x-service`, `x-paging`, `x-window`, `x-batch`, `x-log`,
//!   `x-log-export`, `x-instances` (with `x-instance-detail`), `x-log-policy`, `x-log-file`,
//!   `x-log-link` and `x-time`, in [`extensions`].

mod docs;
mod extensions;
mod naming;
mod openapi;
mod references;
mod values;

use serde_yaml::Value;

use super::document::{Document, str_field};
use super::model::Model;
use super::{Problem, Rule, schema};

pub use naming::rust_name;

/// Run every rule over a document; the problems in the order found.
pub(crate) fn check(doc: &Document, model: &Model<'_>) -> Vec<Problem> {
    // Every spec says what service it is: codegen needs `x-service` and the regions.
    check_with(doc, model, true)
}

/// [`check`], with or without requiring `x-service`.
fn check_with(doc: &Document, model: &Model<'_>, require_service: bool) -> Vec<Problem> {
    let mut lint = Lint {
        doc,
        model,
        problems: Vec::new(),
        bad_patterns: false,
    };
    lint.openapi();
    lint.operation_ids();
    lint.path_parameters();
    lint.references();
    lint.ref_siblings();
    lint.unused_components();
    lint.documentation();
    lint.error_responses();
    lint.patterns();
    lint.bounds();
    lint.examples_and_defaults();
    lint.ids_max_items();
    lint.query_bounds();
    lint.rust_names();
    lint.extensions(require_service);
    lint.problems
}

/// The rules, run over one document.
pub(crate) struct Lint<'a> {
    pub(super) doc: &'a Document,
    pub(super) model: &'a Model<'a>,
    pub(super) problems: Vec<Problem>,
    /// A pattern failed to compile: schemas that carry it cannot validate examples either.
    pub(super) bad_patterns: bool,
}

impl<'a> Lint<'a> {
    /// Report a problem at `pointer` (its line is the node's, or its nearest ancestor's).
    pub(super) fn report(&mut self, rule: Rule, pointer: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.doc.file.clone(),
            line: self.doc.line_of(pointer),
            pointer: pointer.to_owned(),
            rule,
            message: message.into(),
        });
    }

    /// Resolve a node through its `$ref`s; `None` when a reference is broken (the `ref` rule
    /// reports that once, at the reference).
    pub(super) fn resolve(&self, node: &'a Value, pointer: &str) -> Option<(&'a Value, String)> {
        self.doc.resolve(node, pointer)
    }
}

/// A text on one line: runs of whitespace (newlines included) as one space.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A field that is a string with something in it.
pub(super) fn has_text(node: &Value, field: &str) -> bool {
    str_field(node, field).is_some_and(|s| !s.trim().is_empty())
}

/// A YAML value in a message: its type, and the value itself when it is short.
pub(super) fn describe_yaml(value: &Value) -> String {
    let text = serde_json::to_string(&schema::yaml_to_json(value)).unwrap_or_default();
    let kind = match value {
        Value::Null => return "null".into(),
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    };
    if text.chars().count() <= 40 {
        format!("{kind} ({text})")
    } else {
        kind.to_owned()
    }
}

/// The closest known field to a misspelt one: same letters ignoring case, or at most two edits.
pub(super) fn did_you_mean<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    if let Some(k) = known.iter().find(|k| k.eq_ignore_ascii_case(key)) {
        return Some(k);
    }
    known
        .iter()
        .map(|k| {
            (
                edit_distance(&key.to_ascii_lowercase(), &k.to_ascii_lowercase()),
                *k,
            )
        })
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, k)| k)
}

pub(super) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
#[allow(clippy::panic)]
mod tests {
    use super::naming::{is_ids_name, is_snake_case};
    use super::openapi::template_names;
    use super::*;
    use crate::lint::model::Kind;

    #[test]
    fn x_service_can_be_required() {
        let base = include_str!("../../../tests/lint_fixtures/valid.yaml");
        let text = base.replacen(
            "x-service:\n  name: fixture\n  env-names: [FIXTURE, FIXTURE_LOGS]\n  \
             default-log-kind: audit\n",
            "",
            1,
        );
        assert_ne!(text, base);
        let text = text.replacen("        enum: [eu-west-1]\n", "", 1);
        let Ok(doc) = Document::parse("valid.yaml", &text) else {
            panic!("the fixture does not parse")
        };
        let model = Model::collect(&doc);
        // Not required: a spec without x-service, and its servers, are not checked.
        assert!(check_with(&doc, &model, false).is_empty());
        let required: Vec<(Rule, String)> = check_with(&doc, &model, true)
            .into_iter()
            .map(|p| (p.rule, p.pointer))
            .collect();
        assert_eq!(
            required,
            [
                (Rule::XService, String::new()),
                (Rule::XService, String::from("/servers/1/variables/region")),
            ]
        );
    }

    #[test]
    fn names() {
        assert!(is_snake_case("list_auditlogs"));
        assert!(!is_snake_case("ListAuditlogs"));
        assert!(!is_snake_case("list__x"));
        assert!(is_ids_name("log_ids") && is_ids_name("AuditLogIds") && is_ids_name("ids"));
        assert!(!is_ids_name("bids") && !is_ids_name("id"));
        assert_eq!(rust_name("errorCode", false), "error_code");
        assert_eq!(rust_name("error_code", false), "error_code");
        assert_eq!(rust_name("X-Language", false), "x_language");
        assert_eq!(rust_name("audit_log", true), "AuditLog");
        assert_eq!(
            did_you_mean("maxitems", Kind::Schema.fields()),
            Some("maxItems")
        );
        assert_eq!(
            did_you_mean("exmple", Kind::Parameter.fields()),
            Some("example")
        );
        assert_eq!(template_names("/v3/{a}/x/{b}"), vec!["a", "b"]);
    }
}
