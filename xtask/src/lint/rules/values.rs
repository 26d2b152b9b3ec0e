//! The rules on values and their bounds: `pattern`, `bounds`, `example`, `default`,
//! `ids-max-items` and `query-bounds`.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value as Json;
use serde_yaml::Value;

use super::naming::is_ids_name;
use super::{Lint, one_line};
use crate::lint::document::{child, entries, str_field};
use crate::lint::{Problem, Rule, schema};

impl<'a> Lint<'a> {
    // ---- pattern, bounds ----------------------------------------------------------------

    pub(super) fn patterns(&mut self) {
        let model = self.model;
        for s in model.inline_schemas() {
            let Some(pattern) = s.node.get("pattern") else {
                continue;
            };
            let pointer = child(&s.pointer, "pattern");
            let Some(pattern) = pattern.as_str() else {
                self.bad_patterns = true;
                self.report(Rule::Pattern, &pointer, "pattern is not a string");
                continue;
            };
            if let Err(e) = regress::Regex::new(pattern) {
                self.bad_patterns = true;
                self.report(
                    Rule::Pattern,
                    &pointer,
                    format!(
                        "pattern \"{pattern}\" does not compile as an ECMA-262 regex: {}",
                        one_line(&e.to_string())
                    ),
                );
            }
        }
    }

    pub(super) fn bounds(&mut self) {
        let model = self.model;
        for s in model.inline_schemas() {
            for (low, high) in [
                ("minimum", "maximum"),
                ("minLength", "maxLength"),
                ("minItems", "maxItems"),
                ("minProperties", "maxProperties"),
            ] {
                let (Some(lo), Some(hi)) = (
                    s.node.get(low).and_then(Value::as_f64),
                    s.node.get(high).and_then(Value::as_f64),
                ) else {
                    continue;
                };
                if lo > hi {
                    self.report(
                        Rule::Bounds,
                        &child(&s.pointer, low),
                        format!("{low} {lo} is above {high} {hi}"),
                    );
                }
            }
        }
    }

    // ---- example, default ---------------------------------------------------------------

    pub(super) fn examples_and_defaults(&mut self) {
        let model = self.model;
        let components = schema::components(self.doc);
        let mut validators: HashMap<String, Option<jsonschema::Validator>> = HashMap::new();
        // (schema node, its pointer, the instance, the instance's pointer, what it is)
        let mut checks: Vec<(&Value, String, &Value, String, Check)> = Vec::new();

        // Parameters and headers: a schema, and `example` or `examples` beside it.
        for p in model.parameters.iter().chain(&model.headers) {
            let Some(schema) = p.node.get("schema") else {
                continue;
            };
            let schema_pointer = child(&p.pointer, "schema");
            if let Some(example) = p.node.get("example") {
                checks.push((
                    schema,
                    schema_pointer.clone(),
                    example,
                    child(&p.pointer, "example"),
                    Check::Example,
                ));
            }
            self.named_examples(p.node, &p.pointer, schema, &schema_pointer, &mut checks);
        }
        for m in &model.media {
            let Some(schema) = m.node.get("schema") else {
                continue;
            };
            let schema_pointer = child(&m.pointer, "schema");
            if let Some(example) = m.node.get("example") {
                checks.push((
                    schema,
                    schema_pointer.clone(),
                    example,
                    child(&m.pointer, "example"),
                    Check::Example,
                ));
            }
            self.named_examples(m.node, &m.pointer, schema, &schema_pointer, &mut checks);
        }
        for s in model.inline_schemas() {
            if let Some(example) = s.node.get("example") {
                checks.push((
                    s.node,
                    s.pointer.clone(),
                    example,
                    child(&s.pointer, "example"),
                    Check::Example,
                ));
            }
            if let Some(default) = s.node.get("default") {
                checks.push((
                    s.node,
                    s.pointer.clone(),
                    default,
                    child(&s.pointer, "default"),
                    Check::Default,
                ));
            }
        }

        for (schema, schema_pointer, instance, pointer, check) in checks {
            let validator =
                validators.entry(schema_pointer.clone()).or_insert_with(
                    || match schema::validator(schema, &components) {
                        Ok(v) => Some(v),
                        Err(e) => {
                            if !self.bad_patterns {
                                self.problems.push(Problem {
                                    file: self.doc.file.clone(),
                                    line: self.doc.line_of(&schema_pointer),
                                    pointer: schema_pointer.clone(),
                                    rule: Rule::Example,
                                    message: format!(
                                        "schema cannot be compiled to check examples: {}",
                                        one_line(&e)
                                    ),
                                });
                            }
                            None
                        }
                    },
                );
            let Some(validator) = validator else {
                continue;
            };
            let json: Json = schema::yaml_to_json(instance);
            let errors: Vec<(String, String)> = validator
                .iter_errors(&json)
                .take(5)
                .map(|e| explain(&e))
                .collect();
            for (path, error) in errors {
                let at = format!("{pointer}{path}");
                let message = match check {
                    Check::Example => {
                        format!(
                            "example does not match its schema: {}",
                            shorten(&one_line(&error))
                        )
                    }
                    Check::Default => format!(
                        "default {} is not valid for its schema: {}",
                        shorten(&serde_json::to_string(&json).unwrap_or_default()),
                        shorten(&one_line(&error))
                    ),
                };
                let rule = match check {
                    Check::Example => Rule::Example,
                    Check::Default => Rule::Default,
                };
                self.report(rule, &at, message);
            }
        }
    }

    fn named_examples(
        &self,
        owner: &'a Value,
        owner_pointer: &str,
        schema: &'a Value,
        schema_pointer: &str,
        checks: &mut Vec<(&'a Value, String, &'a Value, String, Check)>,
    ) {
        let Some(examples) = owner.get("examples") else {
            return;
        };
        for (name, example) in entries(examples) {
            let pointer = child(&child(owner_pointer, "examples"), &name);
            let Some((example, at)) = self.resolve(example, &pointer) else {
                continue;
            };
            if let Some(value) = example.get("value") {
                checks.push((
                    schema,
                    schema_pointer.to_owned(),
                    value,
                    child(&at, "value"),
                    Check::Example,
                ));
            }
        }
    }

    // ---- ids-max-items ------------------------------------------------------------------

    pub(super) fn ids_max_items(&mut self) {
        let model = self.model;
        let mut flagged = BTreeSet::new();
        let mut candidates: Vec<(String, &Value, String)> = model
            .schemas
            .iter()
            .filter_map(|s| Some((s.name.clone()?, s.node, s.pointer.clone())))
            .collect();
        // Parameters are checked through their schemas, which carry the parameter's name.
        candidates.retain(|(name, _, _)| is_ids_name(name));
        for (name, node, pointer) in candidates {
            let Some((target, at)) = self.resolve(node, &pointer) else {
                continue;
            };
            let is_array =
                str_field(target, "type") == Some("array") || target.get("items").is_some();
            if is_array && target.get("maxItems").is_none() && flagged.insert(at.clone()) {
                self.report(
                    Rule::IdsMaxItems,
                    &at,
                    format!(
                        "array of ids \"{name}\" has no maxItems; say how many ids one call takes"
                    ),
                );
            }
        }
    }

    // ---- query-bounds -------------------------------------------------------------------

    pub(super) fn query_bounds(&mut self) {
        let model = self.model;
        for p in &model.parameters {
            if str_field(p.node, "in") != Some("query") {
                continue;
            }
            let Some(schema) = p.node.get("schema") else {
                continue;
            };
            let Some((schema, _)) = self.resolve(schema, &child(&p.pointer, "schema")) else {
                continue;
            };
            if str_field(schema, "type") != Some("integer") {
                continue;
            }
            let missing: Vec<&str> = ["minimum", "maximum"]
                .into_iter()
                .filter(|k| schema.get(*k).is_none())
                .collect();
            if !missing.is_empty() {
                let name = str_field(p.node, "name").unwrap_or("?");
                self.report(
                    Rule::QueryBounds,
                    &p.pointer,
                    format!(
                        "integer query parameter \"{name}\" has no {}",
                        missing.join(" or ")
                    ),
                );
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Check {
    Example,
    Default,
}

/// Where a validation error is and what it says. A value that matches no variant of a `oneOf`
/// (or `anyOf`) is explained by the variant that got furthest into it, at the place it fails,
/// rather than by the whole value.
fn explain(e: &jsonschema::ValidationError<'_>) -> (String, String) {
    let path = e.instance_path().as_str().to_owned();
    let (leaf_path, leaf) = deepest(e);
    if leaf_path.matches('/').count() > path.matches('/').count() {
        let keyword = match e.kind() {
            jsonschema::error::ValidationErrorKind::AnyOf { .. } => "anyOf",
            _ => "oneOf",
        };
        let at = if path.is_empty() { "/" } else { path.as_str() };
        (
            leaf_path,
            format!("{leaf} (where the closest variant of the {keyword} at {at} fails)"),
        )
    } else {
        (path, shown(e))
    }
}

/// The deepest error under a `oneOf`/`anyOf`, or the error itself.
fn deepest(e: &jsonschema::ValidationError<'_>) -> (String, String) {
    use jsonschema::error::ValidationErrorKind as K;
    let path = e.instance_path().as_str().to_owned();
    if let K::OneOfNotValid { context } | K::AnyOf { context } = e.kind()
        && let Some(best) = context
            .iter()
            .flatten()
            .map(deepest)
            .max_by_key(|(p, _)| p.matches('/').count())
        && best.0.matches('/').count() > path.matches('/').count()
    {
        return best;
    }
    (path, shown(e))
}

/// An error's message, without dumping a whole object or array into it.
fn shown(e: &jsonschema::ValidationError<'_>) -> String {
    if e.instance().is_object() || e.instance().is_array() {
        e.masked_with("the value").to_string()
    } else {
        e.to_string()
    }
}

fn shorten(s: &str) -> String {
    const MAX: usize = 160;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}...")
    }
}
