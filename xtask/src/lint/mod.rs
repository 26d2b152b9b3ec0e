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
//! | `openapi` | it is an OpenAPI 3.0.x document: `openapi` is `3.0.x`; the fields OpenAPI requires are there and of the right type; no unknown field in any object (with the likely intended name; any `x-` extension is allowed, and the project's own are checked by the `x-` rules below); schema `type`s and parameter locations exist; path parameters are `required: true`; no `$ref` path item; and the typed model (`openapiv3`, what the codegen reads) accepts it |
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
//!
//! The project's extensions say what a service is, so the code generator can emit its metadata,
//! paging streams and batched calls. Each is checked wherever it appears: on the object it
//! belongs on (`x-service` on the document; `x-paging`, `x-window`, `x-batch`, `x-log`,
//! `x-log-export`, `x-instances`, `x-instance-detail`, `x-log-policy` on an operation;
//! `x-log-file`, `x-log-link`, `x-time` on a schema) and nowhere else; with no
//! unknown field (with the likely intended name) and every required one. Names are resolved as
//! the other rules resolve them: parameters of the operation or its path item, the `application/json`
//! schema of the request body or of the 200 response, properties through `$ref`s, `allOf`
//! members and one-member `allOf` wrappers. Every spec must have `x-service` (codegen makes its
//! crate from it); the others are where they apply.
//!
//! | rule | what it checks |
//! |---|---|
//! | `x-service` | `name` (lower-case letters, digits, hyphens: the crate is `huaweicloud-{name}`) and `env-names` (a non-empty list of upper-case letters, digits and underscores, no repeats: the `{SERVICE}` of `HUAWEICLOUD_SDK_REGION_{SERVICE}_{REGION}`); `default-log-kind`, required when the spec has log kinds (`x-log` beside `x-paging`, `x-log-export`) and one of them, forbidden when it has none; and, for a document with `x-service`, its `servers`: each url has `{region}`, whose variable has a non-empty `enum` of the regions it serves, with its `default` in it, and no region is under two servers |
//! | `x-paging` | `stream` (snake_case), `offset` (an integer query parameter), `limit` (an integer query parameter with a `maximum`, the page size), `items` (an array property of the 200 response's schema), `key` (a property of the items' schema), and optionally `total` (an integer property of the 200 response's schema) |
//! | `x-window` | `start` and `end` (query parameters), and `max-days` or `split-days` or both (positive whole numbers, `split-days` at most `max-days`) |
//! | `x-batch` | `call` (snake_case) and `ids` (a property of the request body's schema, an array of strings with `maxItems`, the batch size); `results` (an array property of the 200 response's schema), or without it a 200 response schema that is an array, an object with exactly one array property, or a `oneOf` of such; no two streams, calls or export calls share a name, and none is an operationId (the client has that method already) or a method of `LogApi` (`instances`, `log_files`, ...: the inherent method would hide the trait's) |
//! | `x-log` | `kind` (a lower-case word: `audit`, `ddl`, ...), only beside `x-paging` or `x-batch`: the records of such a listing have `x-log-file`, the results of such a batch are strings (plain URLs) or have `x-log-link` |
//! | `x-log-export` | `kind` (a lower-case word, not the kind of another export or of an `x-log`), `call` (snake_case, named as no other method: see `x-batch`), `items` (an array property of the 200 response's schema whose items are a component schema with `x-log-file` and `x-log-link`), and optionally `status` (a property of the 200 response's schema) and `pending` (status values, in the status property's `enum` if it has one, and only with `status`), and `by-name: {field, names}` for a service that exports one file at a time when it refuses all at once (`field` a string property of the request body's schema, `names` the `x-paging` stream, without `x-window`, whose records' keys name the files); never beside `x-paging` or `x-batch` (an export is its own listing and link call); the operation takes `instance_id`, then optionally `node_id`, and no other required or optional string parameter (the log API gives it nothing else; the project id is the client's) |
//! | `x-instances` | `id` and `name` (properties of the records of the operation's `x-paging`, which it needs; no `x-window`, and no required parameter: the log API lists every instance), optionally `nodes` (a dotted path of property names from a record to the node ids, `groups.nodes.id`: each step a property of the schema reached, through arrays' `items` and `$ref`s, the last a string) or `detail` (the operationId of an operation of the spec with `x-instance-detail`), not both; on one operation of a spec at most. `x-instance-detail`: `nodes` (a dotted path, as above, from its 200 response's schema), on an operation some `x-instances.detail` names, which takes `instance_id` and no other required parameter |
//! | `x-log-policy` | `kind` (a lower-case word, the policy of no other `x-log-policy`) and `keep-days` (an integer property of the 200 response's schema); the operation takes `instance_id` and no other required parameter |
//! | `x-log-file` | `id` and `name`, and optionally `node`, `size`, `start`, `end`, `status`, are properties of the schema; `size` is an integer, a number, a string, or a `oneOf` of integer and string; `size-unit` is `bytes` or `KiB`; `inactive` (unavailable) and `pending` (not ready yet: an export being prepared) list status values (in the status property's `enum`, if it has one), none in both, and only with `status` |
//! | `x-log-link` | `url`, and optionally `id`, `size`, `expires`, are properties of the schema |
//! | `x-time` | is `audit` (`yyyy-mm-ddThh:mm:ss+hhmm`), on a `type: string` schema |

pub mod document;
mod model;
mod rules;
pub mod schema;

use std::fmt;
use std::path::Path;

pub use document::Document;
use model::Model;
use rules::one_line;
pub use rules::rust_name;

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
    /// `x-service` or the `servers` it needs (a `{region}` enum per server) is wrong.
    XService,
    /// `x-paging` is wrong.
    XPaging,
    /// `x-window` is wrong.
    XWindow,
    /// `x-batch` is wrong.
    XBatch,
    /// `x-log` is wrong.
    XLog,
    /// `x-log-export` is wrong.
    XLogExport,
    /// `x-instances` or `x-instance-detail` is wrong.
    XInstances,
    /// `x-log-policy` is wrong.
    XLogPolicy,
    /// `x-log-file` is wrong.
    XLogFile,
    /// `x-log-link` is wrong.
    XLogLink,
    /// `x-time` is wrong.
    XTime,
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
            Rule::XService => "x-service",
            Rule::XPaging => "x-paging",
            Rule::XWindow => "x-window",
            Rule::XBatch => "x-batch",
            Rule::XLog => "x-log",
            Rule::XLogExport => "x-log-export",
            Rule::XInstances => "x-instances",
            Rule::XLogPolicy => "x-log-policy",
            Rule::XLogFile => "x-log-file",
            Rule::XLogLink => "x-log-link",
            Rule::XTime => "x-time",
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
    let mut problems = rules::check(doc, &model);
    problems.sort();
    problems.dedup();
    problems
}
