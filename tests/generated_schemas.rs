//! The generated types checked against their specs: each crate's `component_schemas()` (its
//! `schemars` feature) gives the JSON schema of the type generated for every component schema,
//! and each is compared with its component, recursively: properties, required set, types and
//! nullability, bounds, lengths, patterns, enumerated values, item counts and item types. So
//! whatever typify drops or changes (a bound it does not enforce, a pattern it loses, a
//! property it renames) fails here, naming the service, the type and the field.
//!
//! The generated side states what the generated code enforces: typify's derive, the codegen's
//! impls for constrained strings (read from their `FromStr`), and the core's impls for the
//! bounded and secret replacements (from their const parameters).
//!
//! Accepted differences are listed, one a line with its reason, in
//! `tests/generated_schemas.allow`; an entry that no longer occurs fails too, so the list only
//! shrinks when the difference is fixed.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};

use huaweicloud_workspace_tests::{services, spec_json, unaccepted};
use schemars::r#gen::SchemaSettings;
use schemars::schema::RootSchema;
use serde_json::{Map, Value};

type ComponentSchemas = fn(&SchemaSettings) -> Vec<(&'static str, RootSchema)>;

/// Every service's generated schemas; a new spec needs one line here, and the test says so.
fn generated(service: &str) -> Option<ComponentSchemas> {
    Some(match service {
        "dds" => huaweicloud_dds::component_schemas,
        "iam" => huaweicloud_iam::component_schemas,
        "rds" => huaweicloud_rds::component_schemas,
        "taurusdb" => huaweicloud_taurusdb::component_schemas,
        _ => return None,
    })
}

const ALLOW_LIST: &str = "tests/generated_schemas.allow";

/// One side of the comparison: the schemas its `$ref`s point into.
struct Side<'a> {
    definitions: &'a Map<String, Value>,
}

impl<'a> Side<'a> {
    /// The schema a `$ref` names (`#/components/schemas/X`, `#/definitions/X`), by its last
    /// segment.
    fn target(&self, reference: &str) -> Option<&'a Value> {
        self.definitions.get(reference.rsplit('/').next()?)
    }
}

/// A schema with its wrappers peeled: nullability (OpenAPI's `nullable`, a `null` type, an
/// `anyOf` with a `null` branch) and single-element `allOf`s (how schemars attaches a
/// description to a `$ref`) are not part of the shape.
struct Peeled<'a> {
    schema: &'a Value,
    nullable: bool,
}

fn is_null_schema(v: &Value) -> bool {
    v.get("type").and_then(Value::as_str) == Some("null")
        || v.get("enum")
            .and_then(Value::as_array)
            .is_some_and(|e| e.len() == 1 && e[0].is_null())
}

fn peel(mut schema: &Value) -> Peeled<'_> {
    let mut nullable = false;
    loop {
        nullable |= schema.get("nullable").and_then(Value::as_bool) == Some(true);
        if let Some(types) = schema.get("type").and_then(Value::as_array) {
            nullable |= types.iter().any(|t| t == "null");
        }
        // `allOf: [x]`: x, with whatever metadata is beside it (ignored).
        if let Some([only]) = schema
            .get("allOf")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
        {
            schema = only;
            continue;
        }
        // `anyOf: [x, null]` (an `Option` of a `$ref` without openapi3 settings).
        if let Some(inner) = non_null_branch(schema) {
            nullable = true;
            schema = inner;
            continue;
        }
        return Peeled { schema, nullable };
    }
}

/// `x` of `anyOf: [x, null]` or `oneOf: [x, null]`.
fn non_null_branch(schema: &Value) -> Option<&Value> {
    ["anyOf", "oneOf"].iter().find_map(|key| {
        let branches = schema.get(*key)?.as_array()?;
        let (nulls, others): (Vec<&Value>, Vec<&Value>) =
            branches.iter().partition(|b| is_null_schema(b));
        match others.as_slice() {
            [only] if !nulls.is_empty() => Some(*only),
            _ => None,
        }
    })
}

/// Follow `$ref`s to the schema itself, collecting nullability on the way.
fn resolve<'a>(side: &Side<'a>, schema: &'a Value) -> Result<Peeled<'a>, String> {
    let mut peeled = peel(schema);
    for _ in 0..32 {
        let Some(reference) = peeled.schema.get("$ref").and_then(Value::as_str) else {
            return Ok(peeled);
        };
        let target = side
            .target(reference)
            .ok_or_else(|| format!("`$ref` {reference} points nowhere"))?;
        let next = peel(target);
        peeled = Peeled {
            schema: next.schema,
            nullable: peeled.nullable || next.nullable,
        };
    }
    Err("`$ref`s loop".to_owned())
}

/// The comparison of one service.
struct Check<'a> {
    service: &'a str,
    spec: Side<'a>,
    generated: Side<'a>,
    /// The schema of each component's generated type, for `$ref`s of the spec that the
    /// generated side inlines (the bounded replacements are not referenceable).
    component_types: &'a BTreeMap<String, Value>,
    mismatches: Vec<String>,
}

impl Check<'_> {
    fn report(&mut self, path: &str, what: &str, spec: impl Shown, generated: impl Shown) {
        self.mismatches.push(format!(
            "{} {path} {what}: spec says {}, generated says {}",
            self.service,
            spec.shown(),
            generated.shown()
        ));
    }

    /// Compare a spec schema with a generated one at `path` (`Type.field[]`). `optional`: the
    /// schema is that of a property that is not required.
    fn compare(&mut self, path: &str, spec: &Value, generated: &Value, optional: bool, root: bool) {
        let (s, g) = (peel(spec), peel(generated));
        // A component named by the spec is checked on its own: here it is enough that the
        // generated side uses its type.
        if !root && let Some(reference) = s.schema.get("$ref").and_then(Value::as_str) {
            let component = reference.rsplit('/').next().unwrap_or(reference).to_owned();
            self.compare_nullable(path, s.nullable, g.nullable, optional);
            self.uses_component(path, &component, g.schema);
            return;
        }
        let s = match resolve(&self.spec, spec) {
            Ok(s) => s,
            Err(e) => {
                return self
                    .mismatches
                    .push(format!("{} {path}: spec: {e}", self.service));
            }
        };
        let g = match resolve(&self.generated, generated) {
            Ok(g) => g,
            Err(e) => {
                return self
                    .mismatches
                    .push(format!("{} {path}: generated: {e}", self.service));
            }
        };
        self.compare_nullable(path, s.nullable, g.nullable, optional);
        self.compare_shape(path, s.schema, g.schema);
    }

    fn compare_nullable(&mut self, path: &str, spec: bool, generated: bool, optional: bool) {
        // typify makes a property that is not required an `Option`, and serde reads `null`
        // into it as into an absent one: for such a property, accepting `null` is how
        // "optional" is generated, not a difference.
        if spec != generated && !(optional && generated) {
            self.report(path, "nullable", spec, generated);
        }
    }

    /// The generated side at a spec `$ref` to `component` must be that component's type: a
    /// `$ref` to it, or (inlined) the same schema.
    fn uses_component(&mut self, path: &str, component: &str, generated: &Value) {
        let Some(own) = self.component_types.get(component) else {
            // Reported once, as the component's own missing type.
            return;
        };
        let same = match generated.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let name = reference.rsplit('/').next().unwrap_or(reference);
                // The generated type's schema is the component's, or one it names.
                name == component
                    || own
                        .get("$ref")
                        .and_then(Value::as_str)
                        .map(|r| r.rsplit('/').next())
                        == Some(Some(name))
                    || self.generated.target(reference).map(strip_metadata)
                        == Some(strip_metadata(own))
            }
            None => strip_metadata(generated) == strip_metadata(own),
        };
        if !same {
            self.report(
                path,
                "type",
                format!("the type of {component}"),
                strip_metadata(generated),
            );
        }
    }

    fn compare_shape(&mut self, path: &str, spec: &Value, generated: &Value) {
        // Types, without `null` (compared as nullability).
        let (st, gt) = (types(spec), types(generated));
        if st != gt {
            self.report(path, "type", st.clone(), gt.clone());
        }
        for key in ["minimum", "maximum"] {
            let (s, g) = (bound(spec, key), bound(generated, key));
            if s != g {
                self.report(path, key, s, g);
            }
        }
        for key in ["minLength", "maxLength", "maxItems"] {
            let (s, g) = (count(spec, key), count(generated, key));
            if s != g {
                self.report(path, key, s, g);
            }
        }
        // `minItems: 0` says nothing.
        let (s, g) = (
            count(spec, "minItems").filter(|&n| n > 0),
            count(generated, "minItems").filter(|&n| n > 0),
        );
        if s != g {
            self.report(path, "minItems", s, g);
        }
        let (s, g) = (
            spec.get("pattern").and_then(Value::as_str),
            generated.get("pattern").and_then(Value::as_str),
        );
        if s != g {
            self.report(path, "pattern", s, g);
        }
        let (s, g) = (enum_values(spec), enum_values(generated));
        if s != g {
            self.report(path, "enum", s, g);
        }
        // Variants of a `oneOf` (typify: an untagged enum; schemars: `anyOf`), in order.
        let (sv, gv) = (variants(spec), variants(generated));
        if sv.len() != gv.len() {
            self.report(path, "variants", sv.len(), gv.len());
        } else {
            for (i, (s, g)) in sv.iter().zip(&gv).enumerate() {
                self.compare(&format!("{path}.oneOf[{i}]"), s, g, false, false);
            }
        }
        // Items.
        match (spec.get("items"), generated.get("items")) {
            (None, None) => {}
            (Some(s), Some(g)) => self.compare(&format!("{path}[]"), s, g, false, false),
            (s, g) => self.report(path, "items", s.is_some(), g.is_some()),
        }
        self.compare_object(path, spec, generated);
    }

    fn compare_object(&mut self, path: &str, spec: &Value, generated: &Value) {
        let empty = Map::new();
        let sp = spec
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let gp = generated
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let (sr, gr) = (required(spec), required(generated));
        let names: BTreeSet<&String> = sp.keys().chain(gp.keys()).collect();
        for name in names {
            let at = format!("{path}.{name}");
            match (sp.get(name), gp.get(name)) {
                (Some(s), Some(g)) => {
                    let s_required = sr.contains(name.as_str());
                    let g_required = gr.contains(name.as_str());
                    // A required property the spec lets be `null` is an `Option`, which serde
                    // fills with `None` when absent, so schemars cannot call it required; the
                    // generated code still sends it (as `null`) and reads `null`.
                    let nullable_option =
                        s_required && !g_required && peel(s).nullable && peel(g).nullable;
                    if s_required != g_required && !nullable_option {
                        self.report(&at, "required", s_required, g_required);
                    }
                    self.compare(&at, s, g, !s_required, false);
                }
                (Some(_), None) => self.report(&at, "property", "one", "none"),
                (None, Some(_)) => self.report(&at, "property", "none", "one"),
                (None, None) => {}
            }
        }
        // A map's values, and whether other properties are refused.
        match (
            spec.get("additionalProperties"),
            generated.get("additionalProperties"),
        ) {
            (None | Some(Value::Bool(true)), None | Some(Value::Bool(true))) => {}
            (Some(Value::Bool(false)), Some(Value::Bool(false))) => {}
            (Some(s), Some(g)) if s.is_object() && g.is_object() => {
                self.compare(&format!("{path}.*"), s, g, false, false);
            }
            (s, g) => self.report(path, "additionalProperties", s.cloned(), g.cloned()),
        }
    }
}

/// The instance types, without `null`; `{}` for a schema that takes any.
fn types(schema: &Value) -> BTreeSet<String> {
    match schema.get("type") {
        Some(Value::String(t)) if t != "null" => BTreeSet::from([t.clone()]),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .filter(|t| *t != "null")
            .map(str::to_owned)
            .collect(),
        // An enum of strings without a type (schemars writes one; a spec may not).
        _ => match enum_values(schema) {
            Some(values) if values.iter().all(|v| v.starts_with('"')) => {
                BTreeSet::from(["string".to_owned()])
            }
            _ => BTreeSet::new(),
        },
    }
}

/// An inclusive bound: OpenAPI 3.0's boolean `exclusiveMinimum` and draft 7's number both
/// become the next integer inside (every bounded number of ours is an integer).
fn bound(schema: &Value, key: &str) -> Option<f64> {
    let exclusive = if key == "minimum" {
        "exclusiveMinimum"
    } else {
        "exclusiveMaximum"
    };
    let step = if key == "minimum" { 1.0 } else { -1.0 };
    match (
        schema.get(key).and_then(Value::as_f64),
        schema.get(exclusive),
    ) {
        (Some(v), Some(Value::Bool(true))) => Some(v + step),
        (Some(v), _) => Some(v),
        (None, Some(Value::Number(n))) => n.as_f64().map(|v| v + step),
        (None, _) => None,
    }
}

fn count(schema: &Value, key: &str) -> Option<u64> {
    schema.get(key).and_then(Value::as_u64)
}

/// Enumerated values as sorted JSON text, without `null` (compared as nullability).
fn enum_values(schema: &Value) -> Option<Vec<String>> {
    let values = schema.get("enum")?.as_array()?;
    let mut out: Vec<String> = values
        .iter()
        .filter(|v| !v.is_null())
        .map(Value::to_string)
        .collect();
    out.sort();
    Some(out)
}

/// The non-null branches of a `oneOf` or `anyOf`.
fn variants(schema: &Value) -> Vec<&Value> {
    ["oneOf", "anyOf"]
        .iter()
        .filter_map(|k| schema.get(*k).and_then(Value::as_array))
        .flatten()
        .filter(|b| !is_null_schema(b))
        .collect()
}

fn required(schema: &Value) -> BTreeSet<&str> {
    schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// A schema without what the comparison ignores, for equality of inlined types. Ignored
/// everywhere: descriptions and titles (text), `default` and examples (values, not
/// constraints), `format` (typify picks the Rust integer from it, and the bounds it implies
/// are compared where stated), `x-` extensions (codegen directives), and the root's
/// `$schema` and `definitions`. Here also `nullable`: it is compared on its own.
fn strip_metadata(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| {
                    !matches!(
                        k.as_str(),
                        "description"
                            | "title"
                            | "default"
                            | "example"
                            | "examples"
                            | "format"
                            | "$schema"
                            | "definitions"
                            | "nullable"
                    ) && !k.starts_with("x-")
                })
                .map(|(k, v)| (k.clone(), strip_metadata(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(strip_metadata).collect()),
        other => other.clone(),
    }
}

/// How a value shows in a message.
trait Shown {
    fn shown(&self) -> String;
}

impl Shown for bool {
    fn shown(&self) -> String {
        if *self { "yes" } else { "no" }.to_owned()
    }
}

impl Shown for usize {
    fn shown(&self) -> String {
        self.to_string()
    }
}

impl Shown for &str {
    fn shown(&self) -> String {
        (*self).to_owned()
    }
}

impl Shown for String {
    fn shown(&self) -> String {
        self.clone()
    }
}

impl Shown for Value {
    fn shown(&self) -> String {
        self.to_string()
    }
}

impl Shown for BTreeSet<String> {
    fn shown(&self) -> String {
        if self.is_empty() {
            "any".to_owned()
        } else {
            self.iter().cloned().collect::<Vec<_>>().join(" or ")
        }
    }
}

impl<T: Shown> Shown for Option<T> {
    fn shown(&self) -> String {
        self.as_ref()
            .map_or_else(|| "none".to_owned(), Shown::shown)
    }
}

impl Shown for f64 {
    fn shown(&self) -> String {
        self.to_string()
    }
}

impl Shown for u64 {
    fn shown(&self) -> String {
        self.to_string()
    }
}

impl Shown for Vec<String> {
    fn shown(&self) -> String {
        format!("[{}]", self.join(", "))
    }
}

/// Every difference between the specs and the generated types, sorted.
fn mismatches() -> Vec<String> {
    let settings = SchemaSettings::openapi3();
    let mut out = Vec::new();
    for service in services() {
        let Some(component_schemas) = generated(&service) else {
            out.push(format!(
                "{service}: no line for it in `generated()` of tests/generated_schemas.rs"
            ));
            continue;
        };
        let spec = spec_json(&service);
        let empty = Map::new();
        let components = spec
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let roots: BTreeMap<String, Value> = component_schemas(&settings)
            .into_iter()
            .map(|(name, root)| (name.to_owned(), serde_json::to_value(root).unwrap()))
            .collect();
        // Every generated schema's definitions, in one place: each names its types the same.
        let mut definitions = Map::new();
        for root in roots.values() {
            if let Some(defs) = root.get("definitions").and_then(Value::as_object) {
                definitions.extend(defs.clone());
            }
        }
        let mut check = Check {
            service: &service,
            spec: Side {
                definitions: components,
            },
            generated: Side {
                definitions: &definitions,
            },
            component_types: &roots,
            mismatches: Vec::new(),
        };
        for (name, schema) in components {
            match roots.get(name) {
                Some(root) => check.compare(name, schema, root, false, true),
                None => check.report(name, "type", "a component", "no type"),
            }
        }
        out.extend(check.mismatches);
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn every_generated_type_matches_its_spec_component() {
    let found = mismatches();
    let message = unaccepted(
        &found,
        ALLOW_LIST,
        &format!(
            "generated type(s) differ from the spec (fix the spec or the codegen, or accept \
             the difference in {ALLOW_LIST} with its reason)"
        ),
    );
    assert!(message.is_empty(), "{message}");
}

/// The comparison itself bites: a bound typify would drop, a pattern it would lose, a
/// property it would rename and a narrower integer are each reported, naming type and field.
#[test]
fn the_comparison_reports_what_differs() {
    let spec: Value = serde_json::json!({
        "T": {
            "type": "object",
            "required": ["ids"],
            "properties": {
                "ids": {"type": "array", "minItems": 1, "maxItems": 5, "items": {"type": "string"}},
                "time": {"type": "string", "pattern": "^[0-9]+$"},
                "kind": {"type": "string", "enum": ["a", "b"]},
                "n": {"type": "integer", "minimum": 0}
            }
        }
    });
    let generated: Value = serde_json::json!({
        "T": {
            "type": "object",
            "properties": {
                "ids": {"type": "array", "items": {"type": "string"}},
                "time": {"type": "string", "nullable": true},
                "kind": {"type": "string", "enum": ["a"], "nullable": true},
                "num": {"type": "integer"}
            }
        }
    });
    let components = spec.as_object().unwrap();
    let definitions = generated.as_object().unwrap();
    let roots = BTreeMap::new();
    let mut check = Check {
        service: "svc",
        spec: Side {
            definitions: components,
        },
        generated: Side { definitions },
        component_types: &roots,
        mismatches: Vec::new(),
    };
    check.compare("T", &spec["T"], &generated["T"], false, true);
    let mut found = check.mismatches;
    found.sort();
    assert_eq!(
        found,
        [
            "svc T.ids maxItems: spec says 5, generated says none",
            "svc T.ids minItems: spec says 1, generated says none",
            "svc T.ids required: spec says yes, generated says no",
            "svc T.kind enum: spec says [\"a\", \"b\"], generated says [\"a\"]",
            "svc T.n property: spec says one, generated says none",
            "svc T.num property: spec says none, generated says one",
            "svc T.time pattern: spec says ^[0-9]+$, generated says none",
        ]
    );
}
