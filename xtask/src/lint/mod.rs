//! `cargo xtask lint`: check every hand-written spec under `specs/` for what hands get wrong.
//!
//! Each problem is one line, `file:line: pointer: message`, where `pointer` is the JSON pointer
//! of the node at fault (`/paths/~1v3~1{project_id}~1.../get/operationId`) and `line` is the
//! line of that node, or of its nearest ancestor when the node is missing.
//!
//! # Rules
//!
//! | rule | what it checks |
//! |---|---|
//! | `yaml` | the file parses as YAML |
//! | `openapi` | it is an OpenAPI 3.0.x document: `openapi` is `3.0.x`; the fields OpenAPI requires are there and of the right type; no unknown field in any object (with the likely intended name); schema `type`s and parameter locations exist; path parameters are `required: true`; no `$ref` path item; and the typed model (`openapiv3`, what the codegen reads) accepts it |
//! | `operation-id` | every operation has an `operationId`, in snake_case, unique in the spec |
//! | `path-parameters` | every `{name}` of a path template is declared as a path parameter of each of its operations, and every path parameter appears in its template |
//! | `ref` | every `$ref` is local (`#/...`) and resolves |
//! | `ref-siblings` | nothing beside a `$ref` (`description`, `default`, `example`, `nullable`, `x-` extensions, ...), anywhere in the document: OpenAPI 3.0 ignores every other field of a Reference Object, so each one is reported, at its own key (a path item's `$ref`, whose fields are not ignored, is the `openapi` rule's) |
//! | `unused-component` | every component is reachable from the paths or the security requirements |
//! | `docs` | each operation has a summary and a description; each parameter, header, property and component schema a description |
//! | `error-response` | each operation declares 4xx and 5xx responses, and every error response's body is the shared error schema, [`ERROR_SCHEMA`] |
//! | `example` | every example (of a parameter, a header, a request or response body, or a schema) validates against its schema (`x-normalized` is ignored: it is the normalized view, not the wire) |
//! | `default` | every `default` validates against its own schema: within its bounds, in its `enum`, matching its `pattern` |
//! | `bounds` | no `minimum` above `maximum`, `minLength` above `maxLength`, `minItems` above `maxItems` |
//! | `pattern` | every `pattern` compiles as an ECMA-262 regular expression (with `regress`, as the generated code does) |
//! | `ids-max-items` | every array of ids (a schema, property or parameter named `ids`, `*_ids` or `*Ids`) carries `maxItems` |
//! | `query-bounds` | every integer query parameter carries `minimum` and `maximum` |
//! | `rust-names` | no two properties of a schema, or parameters of an operation, become the same Rust field or argument name; no two component schemas the same type name (progenitor's output would not compile) |

pub mod document;
pub mod schema;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::Path;

use heck::{ToPascalCase, ToSnakeCase};
use serde_json::Value as Json;
use serde_yaml::Value;

pub use document::Document;
use document::{child, entries, items, ref_of, str_field, unescape};

/// The shared error schema every error response must use.
pub const ERROR_SCHEMA: &str = "#/components/schemas/ErrorResponse";

/// HTTP methods of a path item, in the order the docs list them.
pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Which rule a problem breaks; see the module docs for what each checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// The file is not YAML.
    Yaml,
    /// Not a valid OpenAPI 3.0.x document.
    OpenApi,
    /// operationId missing, not snake_case, or duplicated.
    OperationId,
    /// Path template and path parameters disagree.
    PathParameters,
    /// A `$ref` that is external or does not resolve.
    Ref,
    /// A field beside a `$ref`, which OpenAPI 3.0 ignores.
    RefSiblings,
    /// A component nothing uses.
    UnusedComponent,
    /// A summary or description missing.
    Docs,
    /// An error response not using the shared error schema, or none declared.
    ErrorResponse,
    /// An example that does not validate against its schema.
    Example,
    /// A default outside its schema.
    Default,
    /// Inverted bounds.
    Bounds,
    /// A pattern that does not compile.
    Pattern,
    /// An array of ids without `maxItems`.
    IdsMaxItems,
    /// An integer query parameter without bounds.
    QueryBounds,
    /// Two names that become the same Rust identifier.
    RustNames,
}

impl Rule {
    /// The rule's name, as in the module docs.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Yaml => "yaml",
            Rule::OpenApi => "openapi",
            Rule::OperationId => "operation-id",
            Rule::PathParameters => "path-parameters",
            Rule::Ref => "ref",
            Rule::RefSiblings => "ref-siblings",
            Rule::UnusedComponent => "unused-component",
            Rule::Docs => "docs",
            Rule::ErrorResponse => "error-response",
            Rule::Example => "example",
            Rule::Default => "default",
            Rule::Bounds => "bounds",
            Rule::Pattern => "pattern",
            Rule::IdsMaxItems => "ids-max-items",
            Rule::QueryBounds => "query-bounds",
            Rule::RustNames => "rust-names",
        }
    }
}

/// One problem in one spec.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// `specs/dds.yaml`.
    pub file: String,
    /// 1-based line of the node (or its nearest ancestor), where known.
    pub line: Option<usize>,
    /// JSON pointer of the node at fault; `""` is the whole document.
    pub pointer: String,
    /// The rule broken.
    pub rule: Rule,
    /// What is wrong, in one line.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "/"
        } else {
            &self.pointer
        };
        match self.line {
            Some(line) => write!(f, "{}:{line}: {pointer}: {}", self.file, self.message),
            None => write!(f, "{}: {pointer}: {}", self.file, self.message),
        }
    }
}

/// What a lint run found.
#[derive(Debug)]
pub struct Report {
    /// The specs checked, `specs/dds.yaml`, ...
    pub specs: Vec<String>,
    /// Every problem, sorted by file, line and pointer.
    pub problems: Vec<Problem>,
}

/// Lint every `specs/*.yaml` of the workspace at `root`.
pub fn run(root: &Path) -> Result<Report, crate::codegen::CodegenError> {
    let mut report = Report {
        specs: Vec::new(),
        problems: Vec::new(),
    };
    for service in crate::codegen::services(root)? {
        let display = service.spec.display().to_string().replace('\\', "/");
        let text = std::fs::read_to_string(root.join(&service.spec)).map_err(|error| {
            crate::codegen::CodegenError::Io {
                path: display.clone(),
                error,
            }
        })?;
        report.problems.extend(lint_text(&display, &text));
        report.specs.push(display);
    }
    Ok(report)
}

/// Lint the given spec files, named in messages as given.
pub fn run_files(files: &[&Path]) -> Result<Report, crate::codegen::CodegenError> {
    let mut report = Report {
        specs: Vec::new(),
        problems: Vec::new(),
    };
    for file in files {
        let display = file.display().to_string().replace('\\', "/");
        let text =
            std::fs::read_to_string(file).map_err(|error| crate::codegen::CodegenError::Io {
                path: display.clone(),
                error,
            })?;
        report.problems.extend(lint_text(&display, &text));
        report.specs.push(display);
    }
    Ok(report)
}

/// Lint one spec's text; `file` names it in the messages.
pub fn lint_text(file: &str, text: &str) -> Vec<Problem> {
    let doc = match Document::parse(file, text) {
        Ok(doc) => doc,
        Err(e) => {
            return vec![Problem {
                file: file.to_owned(),
                line: e.line,
                pointer: String::new(),
                rule: Rule::Yaml,
                message: format!("not YAML: {}", one_line(&e.message)),
            }];
        }
    };
    lint_document(&doc)
}

/// Lint a parsed spec.
pub fn lint_document(doc: &Document) -> Vec<Problem> {
    let model = Model::collect(doc);
    let mut lint = Lint {
        doc,
        model: &model,
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
    let mut problems = lint.problems;
    problems.sort();
    problems.dedup();
    problems
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A node and where it is.
#[derive(Debug, Clone)]
struct At<'a> {
    pointer: String,
    node: &'a Value,
}

/// An operation of a path item.
#[derive(Debug, Clone)]
struct Operation<'a> {
    path: String,
    method: &'static str,
    pointer: String,
    node: &'a Value,
    item: At<'a>,
}

/// A schema node and the name it goes by (component, property or parameter name), if any.
#[derive(Debug, Clone)]
struct SchemaAt<'a> {
    pointer: String,
    node: &'a Value,
    name: Option<String>,
}

/// A media type object and what it belongs to.
#[derive(Debug, Clone)]
struct MediaAt<'a> {
    pointer: String,
    node: &'a Value,
}

/// Every object of a spec the rules look at, with its pointer, found in one walk.
#[derive(Debug, Default)]
struct Model<'a> {
    operations: Vec<Operation<'a>>,
    /// Parameter objects (not references), in paths and components.
    parameters: Vec<At<'a>>,
    /// Header objects (not references), of responses and components.
    headers: Vec<At<'a>>,
    media: Vec<MediaAt<'a>>,
    /// Example objects (not references), in media types, parameters and components.
    examples: Vec<At<'a>>,
    /// Every schema node: component schemas, inline schemas and every schema nested in them;
    /// reference nodes are included, the schemas they point to are not walked through them.
    schemas: Vec<SchemaAt<'a>>,
    /// Request bodies, responses, headers, path items, components (for unknown-field checks).
    objects: Vec<(Kind, At<'a>)>,
}

/// The kind of an OpenAPI object, for the unknown-field check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Root,
    Info,
    Components,
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    MediaType,
    Response,
    Header,
    Example,
    Schema,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Root => "the document",
            Kind::Info => "info",
            Kind::Components => "components",
            Kind::PathItem => "a path item",
            Kind::Operation => "an operation",
            Kind::Parameter => "a parameter",
            Kind::RequestBody => "a request body",
            Kind::MediaType => "a media type",
            Kind::Response => "a response",
            Kind::Header => "a header",
            Kind::Example => "an example",
            Kind::Schema => "a schema",
        }
    }

    fn fields(self) -> &'static [&'static str] {
        match self {
            Kind::Root => &[
                "openapi",
                "info",
                "servers",
                "paths",
                "components",
                "security",
                "tags",
                "externalDocs",
            ],
            Kind::Info => &[
                "title",
                "description",
                "termsOfService",
                "contact",
                "license",
                "version",
            ],
            Kind::Components => &[
                "schemas",
                "responses",
                "parameters",
                "examples",
                "requestBodies",
                "headers",
                "securitySchemes",
                "links",
                "callbacks",
            ],
            Kind::PathItem => &[
                "$ref",
                "summary",
                "description",
                "get",
                "put",
                "post",
                "delete",
                "options",
                "head",
                "patch",
                "trace",
                "servers",
                "parameters",
            ],
            Kind::Operation => &[
                "tags",
                "summary",
                "description",
                "externalDocs",
                "operationId",
                "parameters",
                "requestBody",
                "responses",
                "callbacks",
                "deprecated",
                "security",
                "servers",
            ],
            Kind::Parameter => &[
                "name",
                "in",
                "description",
                "required",
                "deprecated",
                "allowEmptyValue",
                "style",
                "explode",
                "allowReserved",
                "schema",
                "example",
                "examples",
                "content",
            ],
            Kind::RequestBody => &["description", "content", "required"],
            Kind::MediaType => &["schema", "example", "examples", "encoding"],
            Kind::Response => &["description", "headers", "content", "links"],
            Kind::Header => &[
                "description",
                "required",
                "deprecated",
                "allowEmptyValue",
                "style",
                "explode",
                "allowReserved",
                "schema",
                "example",
                "examples",
                "content",
            ],
            Kind::Example => &["summary", "description", "value", "externalValue"],
            Kind::Schema => &[
                "title",
                "multipleOf",
                "maximum",
                "exclusiveMaximum",
                "minimum",
                "exclusiveMinimum",
                "maxLength",
                "minLength",
                "pattern",
                "maxItems",
                "minItems",
                "uniqueItems",
                "maxProperties",
                "minProperties",
                "required",
                "enum",
                "type",
                "allOf",
                "oneOf",
                "anyOf",
                "not",
                "items",
                "properties",
                "additionalProperties",
                "description",
                "format",
                "default",
                "nullable",
                "discriminator",
                "readOnly",
                "writeOnly",
                "xml",
                "externalDocs",
                "example",
                "deprecated",
                "$ref",
            ],
        }
    }
}

impl<'a> Model<'a> {
    /// The schema nodes that are not references: a reference's siblings are ignored, so no
    /// rule but `ref-siblings` (which reports them) looks at them.
    fn inline_schemas(&self) -> impl Iterator<Item = &SchemaAt<'a>> {
        self.schemas.iter().filter(|s| ref_of(s.node).is_none())
    }

    fn collect(doc: &'a Document) -> Model<'a> {
        let mut m = Model::default();
        let root = &doc.root;
        m.objects.push((
            Kind::Root,
            At {
                pointer: String::new(),
                node: root,
            },
        ));
        if let Some(info) = root.get("info") {
            m.objects.push((
                Kind::Info,
                At {
                    pointer: "/info".into(),
                    node: info,
                },
            ));
        }
        if let Some(paths) = root.get("paths") {
            for (path, item) in entries(paths) {
                let item_pointer = child("/paths", &path);
                m.objects.push((
                    Kind::PathItem,
                    At {
                        pointer: item_pointer.clone(),
                        node: item,
                    },
                ));
                if ref_of(item).is_some() {
                    continue;
                }
                m.parameter_list(item, &item_pointer);
                for method in METHODS {
                    let Some(op) = item.get(*method) else {
                        continue;
                    };
                    let pointer = child(&item_pointer, method);
                    m.objects.push((
                        Kind::Operation,
                        At {
                            pointer: pointer.clone(),
                            node: op,
                        },
                    ));
                    m.operations.push(Operation {
                        path: path.clone(),
                        method,
                        pointer: pointer.clone(),
                        node: op,
                        item: At {
                            pointer: item_pointer.clone(),
                            node: item,
                        },
                    });
                    m.parameter_list(op, &pointer);
                    if let Some(body) = op.get("requestBody") {
                        m.request_body(body, &child(&pointer, "requestBody"));
                    }
                    if let Some(responses) = op.get("responses") {
                        for (status, response) in entries(responses) {
                            m.response(response, &child(&child(&pointer, "responses"), &status));
                        }
                    }
                }
            }
        }
        if let Some(components) = root.get("components") {
            m.objects.push((
                Kind::Components,
                At {
                    pointer: "/components".into(),
                    node: components,
                },
            ));
            let section = |name: &str| {
                components
                    .get(name)
                    .map(|s| {
                        entries(s)
                            .into_iter()
                            .map(|(k, v)| (child(&child("/components", name), &k), k, v))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            };
            for (pointer, name, schema) in section("schemas") {
                m.schema(schema, &pointer, Some(name));
            }
            for (pointer, _, parameter) in section("parameters") {
                m.parameter(parameter, &pointer);
            }
            for (pointer, _, body) in section("requestBodies") {
                m.request_body(body, &pointer);
            }
            for (pointer, _, response) in section("responses") {
                m.response(response, &pointer);
            }
            for (pointer, _, header) in section("headers") {
                m.header(header, &pointer);
            }
            for (pointer, _, example) in section("examples") {
                m.example(example, &pointer);
            }
        }
        m
    }

    fn parameter_list(&mut self, owner: &'a Value, pointer: &str) {
        if let Some(list) = owner.get("parameters") {
            for (i, parameter) in items(list).iter().enumerate() {
                self.parameter(
                    parameter,
                    &child(&child(pointer, "parameters"), &i.to_string()),
                );
            }
        }
    }

    fn parameter(&mut self, parameter: &'a Value, pointer: &str) {
        if ref_of(parameter).is_some() {
            return;
        }
        self.objects.push((
            Kind::Parameter,
            At {
                pointer: pointer.to_owned(),
                node: parameter,
            },
        ));
        self.parameters.push(At {
            pointer: pointer.to_owned(),
            node: parameter,
        });
        if let Some(schema) = parameter.get("schema") {
            let name = str_field(parameter, "name").map(str::to_owned);
            self.schema(schema, &child(pointer, "schema"), name);
        }
        self.example_map(parameter, pointer);
        self.content(parameter, pointer);
    }

    fn request_body(&mut self, body: &'a Value, pointer: &str) {
        if ref_of(body).is_some() {
            return;
        }
        self.objects.push((
            Kind::RequestBody,
            At {
                pointer: pointer.to_owned(),
                node: body,
            },
        ));
        self.content(body, pointer);
    }

    fn response(&mut self, response: &'a Value, pointer: &str) {
        if ref_of(response).is_some() {
            return;
        }
        self.objects.push((
            Kind::Response,
            At {
                pointer: pointer.to_owned(),
                node: response,
            },
        ));
        self.content(response, pointer);
        if let Some(headers) = response.get("headers") {
            for (name, header) in entries(headers) {
                self.header(header, &child(&child(pointer, "headers"), &name));
            }
        }
    }

    fn header(&mut self, header: &'a Value, pointer: &str) {
        if ref_of(header).is_some() {
            return;
        }
        let at = At {
            pointer: pointer.to_owned(),
            node: header,
        };
        self.objects.push((Kind::Header, at.clone()));
        self.headers.push(at);
        if let Some(schema) = header.get("schema") {
            self.schema(schema, &child(pointer, "schema"), None);
        }
        self.example_map(header, pointer);
        self.content(header, pointer);
    }

    fn content(&mut self, owner: &'a Value, pointer: &str) {
        let Some(content) = owner.get("content") else {
            return;
        };
        for (media_type, media) in entries(content) {
            let pointer = child(&child(pointer, "content"), &media_type);
            self.objects.push((
                Kind::MediaType,
                At {
                    pointer: pointer.clone(),
                    node: media,
                },
            ));
            if let Some(schema) = media.get("schema") {
                self.schema(schema, &child(&pointer, "schema"), None);
            }
            self.example_map(media, &pointer);
            self.media.push(MediaAt {
                pointer,
                node: media,
            });
        }
    }

    fn example_map(&mut self, owner: &'a Value, pointer: &str) {
        if let Some(examples) = owner.get("examples") {
            for (name, example) in entries(examples) {
                self.example(example, &child(&child(pointer, "examples"), &name));
            }
        }
    }

    fn example(&mut self, example: &'a Value, pointer: &str) {
        if ref_of(example).is_some() {
            return;
        }
        let at = At {
            pointer: pointer.to_owned(),
            node: example,
        };
        self.objects.push((Kind::Example, at.clone()));
        self.examples.push(at);
    }

    fn schema(&mut self, schema: &'a Value, pointer: &str, name: Option<String>) {
        self.schemas.push(SchemaAt {
            pointer: pointer.to_owned(),
            node: schema,
            name,
        });
        if ref_of(schema).is_some() || !schema.is_mapping() {
            return;
        }
        self.objects.push((
            Kind::Schema,
            At {
                pointer: pointer.to_owned(),
                node: schema,
            },
        ));
        if let Some(properties) = schema.get("properties") {
            for (property, s) in entries(properties) {
                let p = child(&child(pointer, "properties"), &property);
                self.schema(s, &p, Some(property));
            }
        }
        for key in ["items", "not"] {
            if let Some(s) = schema.get(key) {
                self.schema(s, &child(pointer, key), None);
            }
        }
        if let Some(s) = schema
            .get("additionalProperties")
            .filter(|s| s.is_mapping())
        {
            self.schema(s, &child(pointer, "additionalProperties"), None);
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(list) = schema.get(key) {
                for (i, s) in items(list).iter().enumerate() {
                    self.schema(s, &child(&child(pointer, key), &i.to_string()), None);
                }
            }
        }
    }
}

/// The rules, run over one document.
struct Lint<'a> {
    doc: &'a Document,
    model: &'a Model<'a>,
    problems: Vec<Problem>,
    /// A pattern failed to compile: schemas that carry it cannot validate examples either.
    bad_patterns: bool,
}

impl<'a> Lint<'a> {
    fn report(&mut self, rule: Rule, pointer: &str, message: impl Into<String>) {
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
    fn resolve(&self, node: &'a Value, pointer: &str) -> Option<(&'a Value, String)> {
        self.doc.resolve(node, pointer)
    }

    // ---- openapi ------------------------------------------------------------------------

    fn openapi(&mut self) {
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

    fn operation_ids(&mut self) {
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

    fn path_parameters(&mut self) {
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

    // ---- ref ----------------------------------------------------------------------------

    fn references(&mut self) {
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

    fn ref_siblings(&mut self) {
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

    fn unused_components(&mut self) {
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

    // ---- docs ---------------------------------------------------------------------------

    fn documentation(&mut self) {
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

    fn error_responses(&mut self) {
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

    // ---- pattern, bounds ----------------------------------------------------------------

    fn patterns(&mut self) {
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

    fn bounds(&mut self) {
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

    fn examples_and_defaults(&mut self) {
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

    fn ids_max_items(&mut self) {
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

    fn query_bounds(&mut self) {
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

    // ---- rust-names ---------------------------------------------------------------------

    fn rust_names(&mut self) {
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

#[derive(Debug, Clone, Copy)]
enum Check {
    Example,
    Default,
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

/// A YAML value in a message: its type, and the value itself when it is short.
fn describe_yaml(value: &Value) -> String {
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

/// Every `$ref` of the document, with the pointer of the `$ref` field. Example values,
/// defaults, enums and extensions are data, not spec, and are not searched.
fn collect_refs(
    node: &Value,
    pointer: &str,
    parent: Option<&str>,
    out: &mut Vec<(String, String)>,
) {
    match node {
        Value::Mapping(_) => {
            for (key, value) in entries(node) {
                let here = child(pointer, &key);
                if key == "$ref" {
                    if let Some(r) = value.as_str() {
                        out.push((here, r.to_owned()));
                    }
                    continue;
                }
                // `properties` and the like map names to schemas: a property called `example`
                // is a schema, not an example.
                let is_name_map = matches!(
                    parent,
                    Some(
                        "properties"
                            | "schemas"
                            | "parameters"
                            | "responses"
                            | "examples"
                            | "requestBodies"
                            | "headers"
                            | "securitySchemes"
                            | "links"
                            | "callbacks"
                            | "content"
                            | "paths"
                            | "encoding"
                    )
                );
                let is_data = !is_name_map
                    && (key.starts_with("x-")
                        || matches!(key.as_str(), "example" | "default" | "enum" | "value"));
                if is_data {
                    continue;
                }
                collect_refs(value, &here, Some(&key), out);
            }
        }
        Value::Sequence(list) => {
            for (i, value) in list.iter().enumerate() {
                collect_refs(value, &child(pointer, &i.to_string()), None, out);
            }
        }
        Value::Tagged(tagged) => collect_refs(&tagged.value, pointer, parent, out),
        _ => {}
    }
}

/// Keys whose value maps names to objects (`properties`, `schemas`, `responses`, ...): in such
/// a mapping, `$ref`, `example` or `x-...` is a name, not a field.
const NAME_MAPS: &[&str] = &[
    "properties",
    "schemas",
    "parameters",
    "responses",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "content",
    "paths",
    "encoding",
    "variables",
    "mapping",
];

/// Every Reference Object of the document (a mapping with a `$ref` string), with its pointer.
/// `names` says the node's keys are names (it is the value of a [`NAME_MAPS`] key). Example
/// values, defaults, enums and extensions are data and are not searched, nor are a reference's
/// siblings (they are ignored, and reported as such). `objects` are the pointers of the objects
/// whose `$ref` is not a Reference Object's (see `ref_siblings`).
fn collect_references<'v>(
    node: &'v Value,
    pointer: &str,
    names: bool,
    objects: &BTreeSet<&str>,
    out: &mut Vec<(String, &'v Value)>,
) {
    match node {
        Value::Mapping(_) => {
            if !names && ref_of(node).is_some() && !objects.contains(pointer) {
                out.push((pointer.to_owned(), node));
                return;
            }
            for (key, value) in entries(node) {
                let is_data = !names
                    && (key.starts_with("x-")
                        || matches!(key.as_str(), "example" | "default" | "enum" | "value"));
                if is_data {
                    continue;
                }
                let child_names = !names && NAME_MAPS.contains(&key.as_str());
                collect_references(value, &child(pointer, &key), child_names, objects, out);
            }
        }
        Value::Sequence(list) => {
            for (i, value) in list.iter().enumerate() {
                collect_references(value, &child(pointer, &i.to_string()), false, objects, out);
            }
        }
        Value::Tagged(tagged) => collect_references(&tagged.value, pointer, names, objects, out),
        _ => {}
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

/// The `{name}`s of a path template.
fn template_names(path: &str) -> Vec<String> {
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

fn has_text(node: &Value, field: &str) -> bool {
    str_field(node, field).is_some_and(|s| !s.trim().is_empty())
}

fn is_snake_case(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !s.contains("__")
        && !s.ends_with('_')
}

/// `ids`, `log_ids`, `log-ids`, `AuditLogIds`, `nodeIds`.
fn is_ids_name(name: &str) -> bool {
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

/// The closest known field to a misspelt one: same letters ignoring case, or at most two edits.
fn did_you_mean<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
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

fn edit_distance(a: &str, b: &str) -> usize {
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

fn shorten(s: &str) -> String {
    const MAX: usize = 160;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}...")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
