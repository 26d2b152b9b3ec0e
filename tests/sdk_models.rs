//! The specs against the official SDK's models: every field of the request and response models
//! of the official Python SDK 3.1.219, for every operation of `specs/*.yaml`, must be in the spec
//! of that operation, at the same nesting, with a compatible type.
//!
//! The SDK's facts are `fixtures/official-sdk/models.json` (made by
//! `fixtures/official-sdk/make_models.py` from the installed SDK; `$HWC_SDK_MODELS` names another
//! file). For each operation the spec's operation of the same `operationId` is resolved: its
//! method and path are the SDK's; each SDK request attribute is a parameter of the same place
//! (path, query, header; header names in any case) and wire name, or the request body; each
//! body and response field is found by its wire names from the body's (the 2xx response's)
//! schema down, through `$ref`, `allOf`, `oneOf` and `anyOf` (a field is there if one branch
//! has it, and its type is compatible if one branch's is), list items and map values.
//!
//! Compatible types: the SDK's `str` (and `date`, `datetime`) is a `string`, `int` an `integer`
//! (the Python SDK's `int` stands for the API's 32- and 64-bit integers alike, so `format:
//! int32`/`int64` is not compared), `float` a `number`, `bool` a `boolean`, `list[X]` an `array` of X, `dict(str, X)`
//! an `object` whose `additionalProperties` are X, a model an `object`; the SDK's `object` is
//! untyped and takes any schema. Also compared: the required-ness of request parameters and body
//! fields (what a caller must send; the SDK's is what its model's `__init__` encodes), and the
//! request body's media type.
//!
//! The reverse direction is checked too, to the first level that differs: every parameter and
//! every property of the request body and the 2xx response of a spec operation is in the SDK,
//! except `project_id` in the path (the SDK fills it from its credentials; no request
//! attribute) and the `X-Auth-Token` header (the SDK signs with AK/SK instead). A property the
//! SDK has as an untyped `object` is not looked into. Not compared: the required-ness of
//! response fields (the SDK's top-level response models mark none required and its nested
//! ones are not a statement of what the service always sends; the specs document that from
//! the wire), descriptions, bounds, enumerations.
//!
//! Deliberate differences (the wire is the truth where the SDK's models are wrong or silent)
//! are listed, one a line with its reason, in `tests/sdk_models.allow`; any other difference
//! fails, naming service, operation, place, field path and what differs, and so does a listed
//! difference that no longer occurs.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use huaweicloud_workspace_tests::{services, spec_json, unaccepted, workspace_root};
use serde_json::{Map, Value};

const MODELS: &str = "fixtures/official-sdk/models.json";
const ALLOW_LIST: &str = "tests/sdk_models.allow";

/// Parameters of the specs that are no attribute of an SDK request, by design: `(in, name)`.
const SPEC_ONLY_PARAMETERS: &[(&str, &str)] = &[
    // The SDK puts the project id of its credentials into every path.
    ("path", "project_id"),
    // The SDK signs with AK/SK; a token is the specs' other way to authenticate.
    ("header", "x-auth-token"),
];

/// The fixture: `$HWC_SDK_MODELS`, or the workspace's.
fn models() -> (PathBuf, Value) {
    let path = std::env::var_os("HWC_SDK_MODELS")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join(MODELS));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} does not parse: {e}", path.display()));
    (path, value)
}

// ---- SDK fields ------------------------------------------------------------------------------

/// One step of a field path: a property by wire name, the items of a list, the values of a map.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Name(String),
    Items,
    Values,
}

/// `a[].b{}.c` → `a`, items, `b`, values, `c`; `""` is the body itself.
fn parse_path(path: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    if path.is_empty() {
        return steps;
    }
    for part in path.split('.') {
        let mut name = part;
        let mut suffixes = Vec::new();
        loop {
            if let Some(rest) = name.strip_suffix("[]") {
                suffixes.push(Step::Items);
                name = rest;
            } else if let Some(rest) = name.strip_suffix("{}") {
                suffixes.push(Step::Values);
                name = rest;
            } else {
                break;
            }
        }
        if !name.is_empty() {
            steps.push(Step::Name(name.to_owned()));
        }
        steps.extend(suffixes.into_iter().rev());
    }
    steps
}

/// An SDK type, as `openapi_types` writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum SdkType {
    Primitive(String),
    List(Box<SdkType>),
    Map(Box<SdkType>),
    Model(String),
}

const PRIMITIVES: &[&str] = &[
    "str", "int", "float", "bool", "object", "date", "datetime", "file",
];

fn parse_type(text: &str) -> SdkType {
    let text = text.trim();
    if let Some(inner) = text
        .strip_prefix("list[")
        .and_then(|rest| rest.strip_suffix(']'))
    {
        return SdkType::List(Box::new(parse_type(inner)));
    }
    if let Some(inner) = text
        .strip_prefix("dict(")
        .and_then(|rest| rest.strip_suffix(')'))
    {
        let (_, value) = inner
            .split_once(',')
            .unwrap_or_else(|| panic!("SDK type {text}: a map without a value type"));
        return SdkType::Map(Box::new(parse_type(value)));
    }
    if PRIMITIVES.contains(&text) {
        SdkType::Primitive(text.to_owned())
    } else {
        SdkType::Model(text.to_owned())
    }
}

struct SdkField<'a> {
    place: &'a str,
    path: &'a str,
    steps: Vec<Step>,
    sdk_type: SdkType,
    type_text: &'a str,
    model: &'a str,
    attr: &'a str,
    required: bool,
}

fn sdk_fields(operation: &Value) -> Vec<SdkField<'_>> {
    operation["fields"]
        .as_array()
        .expect("an operation without `fields`")
        .iter()
        .map(|f| {
            let text = |key: &str| {
                f[key]
                    .as_str()
                    .unwrap_or_else(|| panic!("a field without `{key}`: {f}"))
            };
            SdkField {
                place: text("in"),
                path: text("path"),
                steps: parse_path(text("path")),
                sdk_type: parse_type(text("type")),
                type_text: text("type"),
                model: text("model"),
                attr: text("attr"),
                required: f["required"].as_bool() == Some(true),
            }
        })
        .collect()
}

// ---- the spec side ---------------------------------------------------------------------------

/// A spec, for resolving `$ref`s.
struct Spec<'a> {
    root: &'a Value,
}

impl<'a> Spec<'a> {
    /// Follow `$ref`s (`#/components/...`) to what they name.
    fn deref(&self, mut value: &'a Value) -> &'a Value {
        for _ in 0..32 {
            let Some(reference) = value.get("$ref").and_then(Value::as_str) else {
                return value;
            };
            let pointer = reference
                .strip_prefix('#')
                .unwrap_or_else(|| panic!("`$ref` {reference} is not local"));
            value = self
                .root
                .pointer(pointer)
                .unwrap_or_else(|| panic!("`$ref` {reference} points nowhere"));
        }
        panic!("`$ref`s loop");
    }

    /// A schema as its branches: `$ref`s followed, `allOf`, `oneOf` and `anyOf` flattened (a
    /// schema with one of them and its own keywords is a branch too).
    fn branches(&self, schema: &'a Value) -> Vec<&'a Value> {
        let mut out = Vec::new();
        self.collect_branches(schema, &mut out, 0);
        out
    }

    fn collect_branches(&self, schema: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
        assert!(depth < 32, "schemas nest too deep (a `$ref` loop?)");
        let schema = self.deref(schema);
        let mut composed = false;
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(parts) = schema.get(key).and_then(Value::as_array) {
                composed = true;
                for part in parts {
                    self.collect_branches(part, out, depth + 1);
                }
            }
        }
        let own = [
            "type",
            "properties",
            "items",
            "additionalProperties",
            "enum",
        ]
        .iter()
        .any(|k| schema.get(*k).is_some());
        if (own || !composed) && !out.iter().any(|b| std::ptr::eq(*b, schema)) {
            out.push(schema);
        }
    }

    /// One step down from some branches: the branches of what each one has there.
    fn step(&self, branches: &[&'a Value], step: &Step) -> Vec<&'a Value> {
        let mut out: Vec<&'a Value> = Vec::new();
        for branch in branches {
            let next = match step {
                Step::Name(name) => branch.get("properties").and_then(|p| p.get(name)),
                Step::Items => branch.get("items"),
                Step::Values => branch.get("additionalProperties").filter(|v| v.is_object()),
            };
            if let Some(next) = next {
                for b in self.branches(next) {
                    if !out.iter().any(|o| std::ptr::eq(*o, b)) {
                        out.push(b);
                    }
                }
            }
        }
        out
    }

    /// Whether a property is required by one of the branches that hold it.
    fn requires(branches: &[&Value], name: &str) -> bool {
        branches.iter().any(|b| {
            b.get("required")
                .and_then(Value::as_array)
                .is_some_and(|r| r.iter().any(|n| n == name))
        })
    }
}

/// The JSON types of some branches (a branch's `type`, else what its keywords imply).
fn types(branches: &[&Value]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for branch in branches {
        match branch.get("type") {
            Some(Value::String(t)) => {
                out.insert(t.clone());
            }
            Some(Value::Array(ts)) => {
                out.extend(ts.iter().filter_map(Value::as_str).map(str::to_owned))
            }
            _ => {
                if branch.get("properties").is_some()
                    || branch.get("additionalProperties").is_some()
                {
                    out.insert("object".to_owned());
                } else if branch.get("items").is_some() {
                    out.insert("array".to_owned());
                } else if let Some(values) = branch.get("enum").and_then(Value::as_array)
                    && values.iter().all(Value::is_string)
                {
                    out.insert("string".to_owned());
                }
            }
        }
    }
    out.remove("null");
    out
}

/// How some branches show in a message: `integer or string`, `array of string`.
fn describe(spec: &Spec<'_>, branches: &[&Value]) -> String {
    let types = types(branches);
    if types.is_empty() {
        return "any type".to_owned();
    }
    types
        .iter()
        .map(|t| match t.as_str() {
            "array" => {
                let items = spec.step(branches, &Step::Items);
                if items.is_empty() {
                    "array".to_owned()
                } else {
                    format!("array of {}", describe(spec, &items))
                }
            }
            "object" => {
                let values = spec.step(branches, &Step::Values);
                if values.is_empty() {
                    "object".to_owned()
                } else {
                    format!("map of {}", describe(spec, &values))
                }
            }
            other => other.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" or ")
}

/// Whether some spec branches can hold what the SDK's type holds.
fn compatible(spec: &Spec<'_>, sdk: &SdkType, branches: &[&Value]) -> bool {
    let all = types(branches);
    match sdk {
        SdkType::Primitive(p) => match p.as_str() {
            "object" => true,
            "str" | "date" | "datetime" | "file" => all.contains("string"),
            "int" => all.contains("integer"),
            "float" => all.contains("number"),
            "bool" => all.contains("boolean"),
            other => panic!("unknown SDK primitive {other}"),
        },
        SdkType::List(inner) => branches.iter().any(|b| {
            types(&[b]).contains("array") && compatible(spec, inner, &spec.step(&[b], &Step::Items))
        }),
        SdkType::Map(inner) => branches.iter().any(|b| {
            types(&[b]).contains("object") && {
                let values = spec.step(&[b], &Step::Values);
                !values.is_empty() && compatible(spec, inner, &values)
            }
        }),
        SdkType::Model(_) => all.contains("object"),
    }
}

/// A spec operation, resolved.
struct Operation<'a> {
    path: &'a str,
    method: &'a str,
    /// `(in, name)` → schema; header names lower-case.
    parameters: BTreeMap<(String, String), (&'a Value, bool)>,
    /// `(media type, schema, required)`.
    body: Option<(&'a str, &'a Value, bool)>,
    /// The 2xx response (the lowest status): its JSON schema and headers (lower-case names).
    response: Option<(Option<&'a Value>, BTreeMap<String, &'a Value>)>,
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "patch", "head", "options"];

fn json_content(content: &Value) -> Option<(&str, &Value)> {
    content
        .as_object()?
        .iter()
        .find(|(media, _)| media.to_ascii_lowercase().contains("json"))
        .map(|(media, value)| (media.as_str(), value))
}

fn find_operation<'a>(spec: &Spec<'a>, operation_id: &str) -> Option<Operation<'a>> {
    let paths = spec.root.get("paths")?.as_object()?;
    for (path, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(*method) else {
                continue;
            };
            if op.get("operationId").and_then(Value::as_str) != Some(operation_id) {
                continue;
            }
            let mut parameters = BTreeMap::new();
            let lists = [item.get("parameters"), op.get("parameters")];
            for parameter in lists
                .into_iter()
                .flatten()
                .filter_map(Value::as_array)
                .flatten()
            {
                let parameter = spec.deref(parameter);
                let place = parameter["in"].as_str().unwrap_or_default().to_owned();
                let mut name = parameter["name"].as_str().unwrap_or_default().to_owned();
                if place == "header" {
                    name = name.to_ascii_lowercase();
                }
                let required = parameter.get("required").and_then(Value::as_bool) == Some(true);
                let schema = parameter.get("schema").unwrap_or(&Value::Null);
                parameters.insert((place, name), (schema, required));
            }
            let body = op.get("requestBody").map(|b| spec.deref(b)).and_then(|b| {
                let required = b.get("required").and_then(Value::as_bool) == Some(true);
                let (media, content) = json_content(b.get("content")?)?;
                Some((media, content.get("schema")?, required))
            });
            let response = op
                .get("responses")
                .and_then(Value::as_object)
                .and_then(|responses| {
                    responses
                        .iter()
                        .filter(|(status, _)| status.starts_with('2'))
                        .min_by_key(|(status, _)| status.as_str())
                })
                .map(|(_, response)| {
                    let response = spec.deref(response);
                    let schema = response
                        .get("content")
                        .and_then(json_content)
                        .and_then(|(_, c)| c.get("schema"));
                    let headers = response
                        .get("headers")
                        .and_then(Value::as_object)
                        .map(|h| {
                            h.iter()
                                .map(|(name, header)| {
                                    let header = spec.deref(header);
                                    (
                                        name.to_ascii_lowercase(),
                                        header.get("schema").unwrap_or(&Value::Null),
                                    )
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    (schema, headers)
                });
            return Some(Operation {
                path,
                method,
                parameters,
                body,
                response,
            });
        }
    }
    None
}

/// Every operationId of a spec.
fn operation_ids(spec: &Value) -> BTreeSet<String> {
    let empty = Map::new();
    let paths = spec
        .get("paths")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    paths
        .values()
        .flat_map(|item| METHODS.iter().filter_map(|m| item.get(*m)))
        .filter_map(|op| op.get("operationId").and_then(Value::as_str))
        .map(str::to_owned)
        .collect()
}

// ---- the comparison --------------------------------------------------------------------------

/// How a field shows in a message: its place and wire path.
fn at(place: &str, path: &str) -> String {
    match (place, path) {
        ("body", "") => "body (the request body)".to_owned(),
        ("response", "") => "response (the response body)".to_owned(),
        _ => format!("{place} {path}"),
    }
}

struct Check<'a> {
    service: &'a str,
    operation: &'a str,
    spec: Spec<'a>,
    /// The SDK's `Content-Type` of the request.
    content_type: Option<&'a str>,
    found: Vec<String>,
    fields: usize,
}

impl<'a> Check<'a> {
    fn report(&mut self, what: String) {
        self.found
            .push(format!("{} {} {what}", self.service, self.operation));
    }

    /// The spec branches where an SDK field's parent and the field itself are: `None` where the
    /// walk stopped before the parent (an ancestor differs and is reported).
    fn resolve(
        &self,
        op: &Operation<'a>,
        field: &SdkField<'_>,
    ) -> Option<(Vec<&'a Value>, Vec<&'a Value>)> {
        let (start, steps): (Vec<&'a Value>, &[Step]) = match field.place {
            "path" | "query" | "header" => {
                let Some(Step::Name(name)) = field.steps.first() else {
                    panic!("a parameter without a name: {}", field.path);
                };
                let key = if field.place == "header" {
                    name.to_ascii_lowercase()
                } else {
                    name.clone()
                };
                let parameter = op.parameters.get(&(field.place.to_owned(), key));
                let branches = parameter
                    .map(|(s, _)| self.spec.branches(s))
                    .unwrap_or_default();
                if field.steps.len() == 1 {
                    return Some((Vec::new(), branches));
                }
                (branches, &field.steps[1..])
            }
            "body" => (
                op.body
                    .map(|(_, s, _)| self.spec.branches(s))
                    .unwrap_or_default(),
                &field.steps[..],
            ),
            "response" => (
                op.response
                    .as_ref()
                    .and_then(|(s, _)| *s)
                    .map(|s| self.spec.branches(s))
                    .unwrap_or_default(),
                &field.steps[..],
            ),
            "response_header" => {
                let name = field.path.to_ascii_lowercase();
                let branches = op
                    .response
                    .as_ref()
                    .and_then(|(_, headers)| headers.get(&name))
                    .map(|s| self.spec.branches(s))
                    .unwrap_or_default();
                return Some((Vec::new(), branches));
            }
            other => panic!("SDK fields `in: {other}` are not compared yet"),
        };
        let Some((last, parents)) = steps.split_last() else {
            return Some((Vec::new(), start));
        };
        let mut branches = start;
        for step in parents {
            if branches.is_empty() {
                return None;
            }
            branches = self.spec.step(&branches, step);
        }
        if branches.is_empty() {
            return None;
        }
        let here = self.spec.step(&branches, last);
        Some((branches, here))
    }

    /// Every SDK field must be in the spec operation with a compatible type.
    fn sdk_to_spec(&mut self, op: &Operation<'a>, fields: &[SdkField<'_>]) {
        for field in fields {
            self.fields += 1;
            let Some((parent, here)) = self.resolve(op, field) else {
                continue;
            };
            let shown = at(field.place, field.path);
            if here.is_empty() {
                let what = match (field.place, field.path) {
                    ("body", "") => "the spec has no JSON request body".to_owned(),
                    ("response", "") => "the spec's 2xx response has no JSON body".to_owned(),
                    _ => "missing from the spec".to_owned(),
                };
                self.report(format!(
                    "{shown}: {what} (SDK {}.{}: {})",
                    field.model, field.attr, field.type_text
                ));
                continue;
            }
            if !compatible(&self.spec, &field.sdk_type, &here) {
                self.report(format!(
                    "{shown} type: SDK says {}, spec says {}",
                    field.type_text,
                    describe(&self.spec, &here)
                ));
            }
            self.compare_required(op, field, &parent);
        }
    }

    /// What a caller must send: request parameters and body fields.
    fn compare_required(&mut self, op: &Operation<'a>, field: &SdkField<'_>, parent: &[&Value]) {
        let spec_required = match (field.place, field.steps.as_slice()) {
            ("path" | "query" | "header", [Step::Name(name)]) => {
                let key = if field.place == "header" {
                    name.to_ascii_lowercase()
                } else {
                    name.clone()
                };
                op.parameters
                    .get(&(field.place.to_owned(), key))
                    .is_some_and(|(_, r)| *r)
            }
            ("body", []) => op.body.is_some_and(|(_, _, r)| r),
            ("body", [.., Step::Name(name)]) => Spec::requires(parent, name),
            _ => return,
        };
        if spec_required != field.required {
            let yes = |b: bool| if b { "yes" } else { "no" };
            self.report(format!(
                "{} required: SDK says {}, spec says {}",
                at(field.place, field.path),
                yes(field.required),
                yes(spec_required)
            ));
        }
    }

    /// Every spec parameter and body and response property must be in the SDK.
    fn spec_to_sdk(&mut self, op: &Operation<'a>, fields: &[SdkField<'_>]) {
        let sdk = sdk_nodes(fields);
        for (place, name) in op.parameters.keys() {
            if SPEC_ONLY_PARAMETERS.contains(&(place.as_str(), name.as_str())) {
                continue;
            }
            if !sdk.contains_key(&(place.as_str(), name.clone())) {
                self.report(format!("{place} {name}: in the spec, not in the SDK"));
            }
        }
        if let Some((media, schema, _)) = op.body {
            if sdk.contains_key(&("body", String::new())) {
                let branches = self.spec.branches(schema);
                self.below("body", "", &branches, &sdk, 0);
                if let Some(sdk_media) = self.content_type
                    && !same_media_type(media, sdk_media)
                {
                    self.report(format!(
                        "body media type: SDK says {sdk_media}, spec says {media}"
                    ));
                }
            } else {
                self.report(format!("{}: in the spec, not in the SDK", at("body", "")));
            }
        }
        if let Some((schema, headers)) = &op.response {
            for name in headers.keys() {
                if !sdk.contains_key(&("response_header", name.clone())) {
                    self.report(format!(
                        "response_header {name}: in the spec, not in the SDK"
                    ));
                }
            }
            if let Some(schema) = schema {
                let branches = self.spec.branches(schema);
                self.below("response", "", &branches, &sdk, 0);
            }
        }
    }

    /// What is below `branches` at `path` (properties, list items, map values) must be in the
    /// SDK; what is not is reported, and not looked into.
    fn below(
        &mut self,
        place: &str,
        path: &str,
        branches: &[&'a Value],
        sdk: &BTreeMap<(&str, String), &SdkType>,
        depth: usize,
    ) {
        assert!(depth < 32, "{place} {path}: schemas nest too deep");
        let mut names = BTreeSet::new();
        for branch in branches {
            if let Some(properties) = branch.get("properties").and_then(Value::as_object) {
                names.extend(properties.keys().cloned());
            }
        }
        let mut steps: Vec<(String, Step)> = names
            .into_iter()
            .map(|name| {
                let at_path = if path.is_empty() {
                    name.clone()
                } else {
                    format!("{path}.{name}")
                };
                (at_path, Step::Name(name))
            })
            .collect();
        steps.push((format!("{path}[]"), Step::Items));
        steps.push((format!("{path}{{}}"), Step::Values));
        for (at_path, step) in steps {
            let next = self.spec.step(branches, &step);
            if next.is_empty() {
                continue; // a property always has a schema: only no items or no values
            }
            match sdk.get(&(place, at_path.clone())) {
                None => self.report(format!(
                    "{}: in the spec, not in the SDK",
                    at(place, &at_path)
                )),
                // Untyped in the SDK: what is below is the spec's own.
                Some(SdkType::Primitive(p)) if p == "object" => {}
                Some(_) => self.below(place, &at_path, &next, sdk, depth + 1),
            }
        }
    }
}

/// Where the SDK has something, with its type there: each field (`in`, path; header names
/// lower-case), and the items (`[]`) and values (`{}`) of its lists and maps.
fn sdk_nodes<'f>(fields: &'f [SdkField<'_>]) -> BTreeMap<(&'f str, String), &'f SdkType> {
    let mut out = BTreeMap::new();
    for f in fields {
        let mut path = if f.place.ends_with("header") {
            f.path.to_ascii_lowercase()
        } else {
            f.path.to_owned()
        };
        let mut ty = &f.sdk_type;
        loop {
            out.insert((f.place, path.clone()), ty);
            match ty {
                SdkType::List(inner) => {
                    path.push_str("[]");
                    ty = inner;
                }
                SdkType::Map(inner) => {
                    path.push_str("{}");
                    ty = inner;
                }
                _ => break,
            }
        }
    }
    out
}

/// `application/json;charset=UTF-8` and `application/json; charset=utf-8` are the same.
fn same_media_type(a: &str, b: &str) -> bool {
    let norm = |m: &str| m.replace(' ', "").to_ascii_lowercase();
    norm(a) == norm(b)
}

/// Every difference between the SDK's models and the specs, sorted; and the number of
/// operations and SDK fields compared.
fn differences(models: &Value) -> (Vec<String>, usize, usize) {
    let operations = models["operations"]
        .as_array()
        .expect("models.json without `operations`");
    let mut found = Vec::new();
    let (mut compared_operations, mut compared_fields) = (0, 0);
    let mut in_models: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let specs: BTreeMap<String, Value> = services()
        .into_iter()
        .map(|s| {
            let spec = spec_json(&s);
            (s, spec)
        })
        .collect();
    for operation in operations {
        let service = operation["service"]
            .as_str()
            .expect("an operation without `service`");
        let operation_id = operation["operation"]
            .as_str()
            .expect("an operation without `operation`");
        in_models
            .entry(service.to_owned())
            .or_default()
            .insert(operation_id.to_owned());
        let Some(spec_root) = specs.get(service) else {
            found.push(format!(
                "{service} {operation_id}: no spec specs/{service}.yaml"
            ));
            continue;
        };
        let mut check = Check {
            service,
            operation: operation_id,
            spec: Spec { root: spec_root },
            content_type: operation["content_type"].as_str(),
            found: Vec::new(),
            fields: 0,
        };
        let Some(op) = find_operation(&check.spec, operation_id) else {
            check.report("operation: in the SDK, no operationId of the spec".to_owned());
            found.extend(check.found);
            continue;
        };
        compared_operations += 1;
        let sdk_method = operation["method"].as_str().unwrap_or_default();
        if !sdk_method.eq_ignore_ascii_case(op.method) {
            check.report(format!(
                "method: SDK says {sdk_method}, spec says {}",
                op.method.to_ascii_uppercase()
            ));
        }
        let sdk_path = operation["resource_path"].as_str().unwrap_or_default();
        if sdk_path != op.path {
            check.report(format!("path: SDK says {sdk_path}, spec says {}", op.path));
        }
        let fields = sdk_fields(operation);
        check.sdk_to_spec(&op, &fields);
        check.spec_to_sdk(&op, &fields);
        compared_fields += check.fields;
        found.extend(check.found);
    }
    // Every operation of the specs has the SDK's facts.
    for (service, spec) in &specs {
        let known = in_models.get(service).cloned().unwrap_or_default();
        for operation_id in operation_ids(spec) {
            if !known.contains(&operation_id) {
                found.push(format!(
                    "{service} {operation_id}: not in {MODELS} (run fixtures/official-sdk/make_models.py)"
                ));
            }
        }
    }
    found.sort();
    found.dedup();
    (found, compared_operations, compared_fields)
}

#[test]
fn every_sdk_field_is_in_the_spec() {
    let (path, models) = models();
    let (found, operations, fields) = differences(&models);
    // Something was compared (which operations must be is checked with the differences).
    assert!(
        operations > 0 && fields > 0,
        "{}: no operation compared",
        path.display()
    );
    let message = unaccepted(
        &found,
        ALLOW_LIST,
        &format!(
            "difference(s) between the official SDK's models ({}) and the specs (add the \
             SDK's field to the spec, or accept the difference in {ALLOW_LIST} with its \
             reason)",
            path.display()
        ),
    );
    assert!(message.is_empty(), "{message}");
}

/// The comparison itself bites: a missing field, a nested one, a wrong type, a list of the wrong
/// items, a required-ness, a spec-only property, and a oneOf that holds the SDK's type.
#[test]
fn the_comparison_reports_what_differs() {
    let spec = serde_json::json!({
        "paths": {"/v1/{project_id}/things": {"post": {
            "operationId": "make_things",
            "parameters": [
                {"$ref": "#/components/parameters/ProjectId"},
                {"name": "limit", "in": "query", "required": true, "schema": {"type": "integer"}},
                {"name": "X-Language", "in": "header", "schema": {"type": "string"}}
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {
                "type": "object", "properties": {"ids": {"type": "array", "items": {"type": "integer"}}}
            }}}},
            "responses": {"200": {"content": {"application/json": {"schema": {
                "$ref": "#/components/schemas/Things"
            }}}}}
        }}},
        "components": {
            "parameters": {"ProjectId": {"name": "project_id", "in": "path", "required": true, "schema": {"type": "string"}}},
            "schemas": {
                "Things": {"type": "object", "properties": {
                    "things": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                    "extra": {"type": "string"}
                }},
                "Thing": {"type": "object", "required": ["id"], "properties": {
                    "id": {"type": "string"},
                    "size": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
                    "owner": {"type": "object", "properties": {"name": {"type": "string"}}}
                }}
            }
        }
    });
    let models = serde_json::json!({"operations": [{
        "service": "svc", "operation": "make_things", "method": "POST",
        "resource_path": "/v1/{project_id}/things", "content_type": "application/json",
        "fields": [
            {"in": "query", "path": "limit", "attr": "limit", "model": "R", "type": "int", "required": false},
            {"in": "query", "path": "offset", "attr": "offset", "model": "R", "type": "int", "required": false},
            {"in": "header", "path": "x-language", "attr": "x_language", "model": "R", "type": "str", "required": false},
            {"in": "body", "path": "", "attr": "body", "model": "R", "type": "B", "required": true},
            {"in": "body", "path": "ids", "attr": "ids", "model": "B", "type": "list[str]", "required": false},
            {"in": "response", "path": "things", "attr": "things", "model": "S", "type": "list[T]", "required": false},
            {"in": "response", "path": "things[].id", "attr": "id", "model": "T", "type": "str", "required": true},
            {"in": "response", "path": "things[].size", "attr": "size", "model": "T", "type": "int", "required": true},
            {"in": "response", "path": "things[].owner", "attr": "owner", "model": "T", "type": "O", "required": false},
            {"in": "response", "path": "things[].owner.email", "attr": "email", "model": "O", "type": "str", "required": false},
            {"in": "response", "path": "things[].owner.email.x", "attr": "x", "model": "E", "type": "str", "required": false},
            {"in": "response", "path": "total", "attr": "total", "model": "S", "type": "int", "required": false}
        ]
    }]});
    let operation = &models["operations"][0];
    let fields = sdk_fields(operation);
    let mut check = Check {
        service: "svc",
        operation: "make_things",
        spec: Spec { root: &spec },
        content_type: Some("application/json;charset=UTF-8"),
        found: Vec::new(),
        fields: 0,
    };
    let op = find_operation(&check.spec, "make_things").unwrap();
    check.sdk_to_spec(&op, &fields);
    check.spec_to_sdk(&op, &fields);
    let mut found = check.found;
    found.sort();
    assert_eq!(
        found,
        [
            "svc make_things body ids type: SDK says list[str], spec says array of integer",
            "svc make_things body media type: SDK says application/json;charset=UTF-8, spec says application/json",
            "svc make_things query limit required: SDK says no, spec says yes",
            "svc make_things query offset: missing from the spec (SDK R.offset: int)",
            "svc make_things response extra: in the spec, not in the SDK",
            "svc make_things response things[].owner.email: missing from the spec (SDK O.email: str)",
            "svc make_things response things[].owner.name: in the spec, not in the SDK",
            "svc make_things response total: missing from the spec (SDK S.total: int)",
        ]
    );
    assert_eq!(check.fields, 12);
}
