//! What the site shows: its pages and their sections, gathered from the specs as plain data.
//! Nothing here is HTML: [`super::markup`] turns these values into pages. The operations are in
//! [`operation`], the schema parts (types, constraints, properties, variants) in [`schema`].

pub mod operation;
pub mod schema;

use serde_yaml::Value;

use crate::codegen::service::examples::Example;
use crate::lint::METHODS;
use crate::lint::document::{Document, entries, items, str_field};
use operation::{Operation, ResponseBody};
use schema::{SchemaDetail, TypeView, pretty_json, scalar};

/// A line of spec text: plain text and the `code` spans it writes between backticks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inline(pub Vec<Span>);

/// A part of an [`Inline`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    /// Plain text.
    Text(String),
    /// A code span.
    Code(String),
}

impl Inline {
    /// Spec text, its backtick spans as code.
    pub fn parse(s: &str) -> Inline {
        let mut out = Inline::default();
        for (i, part) in s.split('`').enumerate() {
            if i % 2 == 1 {
                out.0.push(Span::Code(part.to_owned()));
            } else if !part.is_empty() {
                out.0.push(Span::Text(part.to_owned()));
            }
        }
        out
    }

    /// Plain text, then more parts with [`Inline::text`] and [`Inline::code`].
    pub fn new(text: &str) -> Inline {
        Inline::default().text(text)
    }

    /// This, then plain text.
    pub fn text(mut self, text: &str) -> Inline {
        if !text.is_empty() {
            self.0.push(Span::Text(text.to_owned()));
        }
        self
    }

    /// This, then a code span.
    pub fn code(mut self, code: &str) -> Inline {
        self.0.push(Span::Code(code.to_owned()));
        self
    }

    /// This, then another line's parts.
    pub fn then(mut self, other: Inline) -> Inline {
        self.0.extend(other.0);
        self
    }
}

/// A description: one paragraph per line of the spec text (a folded scalar keeps its blank
/// lines as newlines); empty when the text is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prose(pub Vec<Inline>);

impl Prose {
    /// The paragraphs of spec text.
    pub fn parse(s: &str) -> Prose {
        Prose(
            s.split('\n')
                .filter(|p| !p.trim().is_empty())
                .map(|p| Inline::parse(p.trim()))
                .collect(),
        )
    }
}

// ---- the index -----------------------------------------------------------------------------

/// `index.html`: every service with its operations.
#[derive(Debug)]
pub struct Index {
    /// One card per service, in the order of the specs.
    pub services: Vec<ServiceCard>,
}

/// A service on the index.
#[derive(Debug)]
pub struct ServiceCard {
    /// `dds`: names the page and the downloads.
    pub name: String,
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// The first paragraph of `info.description`.
    pub lede: Option<Inline>,
    /// Its operations.
    pub operations: Vec<OperationRow>,
}

/// An operation on the index.
#[derive(Debug)]
pub struct OperationRow {
    /// `get`.
    pub method: &'static str,
    /// The path template.
    pub path: String,
    /// `operationId`.
    pub id: String,
    /// Its summary.
    pub summary: Inline,
}

impl Index {
    /// The index of these specs, by service name.
    pub fn gather(docs: &[(String, Document)]) -> Index {
        let services = docs
            .iter()
            .map(|(name, doc)| {
                let info = doc.root.get("info");
                ServiceCard {
                    name: name.clone(),
                    title: info_field(doc, "title").unwrap_or(name).to_owned(),
                    version: info_field(doc, "version").unwrap_or("").to_owned(),
                    lede: info
                        .and_then(|i| str_field(i, "description"))
                        .and_then(|d| d.split('\n').find(|p| !p.trim().is_empty()))
                        .map(Inline::parse),
                    operations: operations(doc)
                        .into_iter()
                        .map(|op| OperationRow {
                            method: op.method,
                            path: op.path,
                            id: str_field(op.node, "operationId").unwrap_or("").to_owned(),
                            summary: Inline::parse(str_field(op.node, "summary").unwrap_or("")),
                        })
                        .collect(),
                }
            })
            .collect();
        Index { services }
    }
}

// ---- a service's page ----------------------------------------------------------------------

/// `<service>.html`: everything the spec says.
#[derive(Debug)]
pub struct ServicePage {
    /// `dds`.
    pub name: String,
    /// The spec file, `specs/dds.yaml`.
    pub file: String,
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// The `openapi` version.
    pub openapi: String,
    /// `info.description`.
    pub description: Option<Prose>,
    /// `info.license.name`.
    pub license: Option<String>,
    /// The `servers`.
    pub servers: Vec<Server>,
    /// The security schemes.
    pub schemes: Vec<Scheme>,
    /// Every operation, in the order of the spec.
    pub operations: Vec<Operation>,
    /// The component schemas.
    pub schemas: Vec<SchemaSection>,
    /// The shared (component) responses.
    pub responses: Vec<SharedResponse>,
}

/// A server.
#[derive(Debug)]
pub struct Server {
    /// Its URL template.
    pub url: String,
    /// Its description.
    pub description: Inline,
    /// The variables of the template.
    pub variables: Vec<Variable>,
}

/// A server variable.
#[derive(Debug)]
pub struct Variable {
    /// `region`.
    pub name: String,
    /// Its default.
    pub default: Option<String>,
    /// Its `enum`.
    pub values: Option<Vec<String>>,
    /// Its description.
    pub description: Option<Inline>,
}

/// A security scheme.
#[derive(Debug)]
pub struct Scheme {
    /// Its name in the components.
    pub name: String,
    /// `apiKey`, `http`, ...
    pub kind: String,
    /// Where the credential goes: `header` and a field, or the HTTP scheme.
    pub place: Place,
    /// Its description.
    pub description: Inline,
}

/// Where a security scheme's credential goes.
#[derive(Debug)]
pub enum Place {
    /// In a header, query parameter or cookie of that name.
    Field {
        /// `header`.
        location: String,
        /// `X-Auth-Token`.
        name: String,
    },
    /// An HTTP authentication scheme (`bearer`), or nothing said.
    Scheme(String),
}

/// A component schema.
#[derive(Debug)]
pub struct SchemaSection {
    /// Its name.
    pub name: String,
    /// Its type.
    pub ty: TypeView,
    /// Its description.
    pub description: Option<Prose>,
    /// Its constraints, properties, items and variants.
    pub detail: SchemaDetail,
    /// Its `example`, as pretty JSON.
    pub example: Option<String>,
}

/// A component response.
#[derive(Debug)]
pub struct SharedResponse {
    /// Its name.
    pub name: String,
    /// Its description, content and headers.
    pub body: ResponseBody,
}

impl ServicePage {
    /// The page of service `name`, with the examples of its operations (those codegen
    /// compiles as doctests of its crate, [`crate::codegen::Generated::examples`]).
    pub fn gather(name: &str, doc: &Document, examples: &[Example]) -> ServicePage {
        let g = Gather { doc, examples };
        let root = &doc.root;
        let info = root.get("info");
        let section = |pointer: &str| doc.get(pointer).map(entries).unwrap_or_default();
        ServicePage {
            name: name.to_owned(),
            file: doc.file.clone(),
            title: info_field(doc, "title").unwrap_or(name).to_owned(),
            version: info_field(doc, "version").unwrap_or("").to_owned(),
            openapi: str_field(root, "openapi").unwrap_or("?").to_owned(),
            description: info_field(doc, "description").map(Prose::parse),
            license: info
                .and_then(|i| i.get("license"))
                .and_then(|l| str_field(l, "name"))
                .map(str::to_owned),
            servers: root
                .get("servers")
                .map(items)
                .unwrap_or_default()
                .iter()
                .map(server)
                .collect(),
            schemes: section("/components/securitySchemes")
                .into_iter()
                .map(|(name, scheme)| g.scheme(name, scheme))
                .collect(),
            operations: operations(doc).iter().map(|op| g.operation(op)).collect(),
            schemas: section("/components/schemas")
                .into_iter()
                .map(|(name, schema)| SchemaSection {
                    ty: g.type_view(schema),
                    description: str_field(schema, "description").map(Prose::parse),
                    detail: g.schema_detail(schema),
                    example: schema.get("example").map(pretty_json),
                    name,
                })
                .collect(),
            responses: section("/components/responses")
                .into_iter()
                .map(|(name, response)| SharedResponse {
                    name,
                    body: g.response_body(response, true),
                })
                .collect(),
        }
    }
}

fn info_field<'d>(doc: &'d Document, field: &str) -> Option<&'d str> {
    doc.root.get("info").and_then(|i| str_field(i, field))
}

/// An operation of the spec, where it is.
struct Op<'a> {
    path: String,
    method: &'static str,
    node: &'a Value,
    item: &'a Value,
}

fn operations(doc: &Document) -> Vec<Op<'_>> {
    let mut out = Vec::new();
    if let Some(paths) = doc.root.get("paths") {
        for (path, item) in entries(paths) {
            for method in METHODS {
                if let Some(node) = item.get(*method) {
                    out.push(Op {
                        path: path.clone(),
                        method,
                        node,
                        item,
                    });
                }
            }
        }
    }
    out
}

fn server(server: &Value) -> Server {
    Server {
        url: str_field(server, "url").unwrap_or("").to_owned(),
        description: Inline::parse(str_field(server, "description").unwrap_or("")),
        variables: server
            .get("variables")
            .map(entries)
            .unwrap_or_default()
            .into_iter()
            .map(|(name, spec)| Variable {
                name,
                default: str_field(spec, "default").map(str::to_owned),
                values: spec
                    .get("enum")
                    .map(|values| items(values).iter().map(scalar).collect()),
                description: str_field(spec, "description").map(Inline::parse),
            })
            .collect(),
    }
}

impl<'a> Gather<'a> {
    fn scheme(&self, name: String, scheme: &'a Value) -> Scheme {
        let scheme = self.resolve(scheme);
        let place = match (str_field(scheme, "in"), str_field(scheme, "name")) {
            (Some(location), Some(field)) => Place::Field {
                location: location.to_owned(),
                name: field.to_owned(),
            },
            _ => Place::Scheme(str_field(scheme, "scheme").unwrap_or("").to_owned()),
        };
        Scheme {
            name,
            kind: str_field(scheme, "type").unwrap_or("").to_owned(),
            place,
            description: Inline::parse(str_field(scheme, "description").unwrap_or("")),
        }
    }
}

/// A boolean field that is `true`.
pub(super) fn flag(node: &Value, field: &str) -> bool {
    node.get(field).and_then(Value::as_bool) == Some(true)
}

/// Gathers the data of a page from one spec.
pub(super) struct Gather<'a> {
    pub(super) doc: &'a Document,
    /// The examples of the operations.
    pub(super) examples: &'a [Example],
}

impl<'a> Gather<'a> {
    /// Follow `$ref`s; a broken one gives the node itself.
    pub(super) fn resolve(&self, node: &'a Value) -> &'a Value {
        self.doc.resolve(node, "").map(|(v, _)| v).unwrap_or(node)
    }
}
