//! What the site shows of an operation: its parameters, request body and responses, with
//! their media types and examples.

use serde_yaml::Value;

use super::schema::{Chips, SchemaDetail, TypeCell, TypeView, pretty_json, scalar};
use super::{Gather, Inline, Op, Prose, flag};
use crate::lint::document::{entries, items, ref_of, str_field};

/// An operation, in full.
#[derive(Debug)]
pub struct Operation {
    /// `operationId`.
    pub id: String,
    /// `get`.
    pub method: &'static str,
    /// The path template.
    pub path: String,
    /// The summary, or the operationId.
    pub summary: Inline,
    /// Its tags.
    pub tags: Vec<String>,
    /// Whether it is deprecated.
    pub deprecated: bool,
    /// Its description.
    pub description: Option<Prose>,
    /// Its parameters and its path item's (the operation's override by name and place).
    pub parameters: Vec<Parameter>,
    /// Its request body.
    pub request_body: Option<RequestBody>,
    /// Its responses, by status.
    pub responses: Vec<Response>,
    /// How to make the call from Rust and with `hwlogs`.
    pub usage: Option<Usage>,
}

/// How to make a call: the example codegen compiles as a doctest of the service crate
/// (`examples::<operationId>`), as a reader sees it.
#[derive(Debug)]
pub struct Usage {
    /// The Rust program, without the lines rustdoc hides.
    pub rust: String,
    /// The `hwlogs` command line, under a comment saying what it does (or that none does).
    pub hwlogs: String,
}

/// A parameter.
#[derive(Debug)]
pub struct Parameter {
    /// Its name.
    pub name: String,
    /// Whether it is required.
    pub required: bool,
    /// `query`, `path`, `header`, `cookie`.
    pub location: String,
    /// Its type, when it has a schema.
    pub ty: Option<TypeCell>,
    /// Its constraints.
    pub constraints: Chips,
    /// Its description.
    pub description: Prose,
    /// Its examples: `(name, value)`, no name for a bare `example`.
    pub examples: Vec<(Option<String>, String)>,
    /// Whether it is deprecated.
    pub deprecated: bool,
}

/// A request body.
#[derive(Debug)]
pub struct RequestBody {
    /// Whether it is required.
    pub required: bool,
    /// Its description.
    pub description: Option<Prose>,
    /// Its media types, each schema shown in full.
    pub content: Vec<Media>,
}

/// A response of an operation.
#[derive(Debug)]
pub struct Response {
    /// `200`, `4XX`, `default`.
    pub status: String,
    /// What it is.
    pub body: ResponseKind,
}

/// A response of an operation: its own, or a shared one.
#[derive(Debug)]
pub enum ResponseKind {
    /// A reference to a component response.
    Shared {
        /// The shared response's description.
        description: Inline,
        /// The shared response's name.
        name: String,
        /// Its media types and their schemas' types.
        bodies: Vec<(String, Option<TypeView>)>,
    },
    /// A response written in the operation.
    Own {
        /// Its description.
        description: Inline,
        /// Its content and headers.
        body: ResponseBody,
    },
}

/// The body of a response: its content and headers, with its description where it has no
/// head line of its own.
#[derive(Debug)]
pub struct ResponseBody {
    /// The description, for a shared response.
    pub description: Option<Prose>,
    /// Its media types.
    pub content: Vec<Media>,
    /// Its headers.
    pub headers: Vec<Header>,
}

/// A response header.
#[derive(Debug)]
pub struct Header {
    /// Its name.
    pub name: String,
    /// Its type, when it has a schema.
    pub ty: Option<TypeCell>,
    /// Its description.
    pub description: Inline,
}

/// A media type of a body, with its schema and examples.
#[derive(Debug)]
pub struct Media {
    /// `application/json`.
    pub media_type: String,
    /// The schema's type.
    pub ty: Option<TypeCell>,
    /// The schema in full: an inline schema, or any schema of a request body.
    pub detail: Option<SchemaDetail>,
    /// Its examples.
    pub examples: Vec<Example>,
}

/// An example of a body.
#[derive(Debug)]
pub struct Example {
    /// Its name, `example` for a bare one.
    pub name: String,
    /// Its summary.
    pub summary: Option<Inline>,
    /// Its description.
    pub description: Option<Prose>,
    /// The value on the wire, as pretty JSON.
    pub value: Option<String>,
    /// Its `x-normalized` view, as pretty JSON.
    pub normalized: Option<String>,
}

impl<'a> Gather<'a> {
    pub(super) fn operation(&self, op: &Op<'a>) -> Operation {
        let id = str_field(op.node, "operationId").unwrap_or("");
        // Parameters: the path item's, then the operation's (which override by name and place).
        let mut parameters: Vec<&Value> = Vec::new();
        for owner in [op.item, op.node] {
            for p in owner.get("parameters").map(items).unwrap_or_default() {
                let resolved = self.resolve(p);
                let key = (str_field(resolved, "name"), str_field(resolved, "in"));
                parameters.retain(|q| {
                    let q = self.resolve(q);
                    (str_field(q, "name"), str_field(q, "in")) != key
                });
                parameters.push(p);
            }
        }
        let request_body = op.node.get("requestBody").map(|body| {
            let body = self.resolve(body);
            RequestBody {
                required: flag(body, "required"),
                description: str_field(body, "description").map(Prose::parse),
                // What to send, in full: the body schema's properties are shown here as well
                // as under Schemas.
                content: self.content(body, true),
            }
        });
        let responses = op
            .node
            .get("responses")
            .map(entries)
            .unwrap_or_default()
            .into_iter()
            .map(|(status, response)| Response {
                status,
                body: self.response(response),
            })
            .collect();
        Operation {
            id: id.to_owned(),
            method: op.method,
            path: op.path.clone(),
            summary: Inline::parse(str_field(op.node, "summary").unwrap_or(id)),
            tags: op
                .node
                .get("tags")
                .map(items)
                .unwrap_or_default()
                .iter()
                .map(scalar)
                .collect(),
            deprecated: flag(op.node, "deprecated"),
            description: str_field(op.node, "description").map(Prose::parse),
            parameters: parameters.into_iter().map(|p| self.parameter(p)).collect(),
            request_body,
            responses,
            usage: self
                .examples
                .iter()
                .find(|e| e.operation == id)
                .map(|e| Usage {
                    rust: e.shown(),
                    hwlogs: e.hwlogs.clone(),
                }),
        }
    }

    fn parameter(&self, p: &'a Value) -> Parameter {
        let param = self.resolve(p);
        let schema = param.get("schema");
        let mut examples = Vec::new();
        if let Some(example) = param.get("example") {
            examples.push((None, scalar(example)));
        }
        for (name, example) in param.get("examples").map(entries).unwrap_or_default() {
            if let Some(value) = self.resolve(example).get("value") {
                examples.push((Some(name), scalar(value)));
            }
        }
        Parameter {
            name: str_field(param, "name").unwrap_or("").to_owned(),
            required: flag(param, "required"),
            location: str_field(param, "in").unwrap_or("").to_owned(),
            ty: schema.map(|s| self.type_cell(s)),
            constraints: schema.map(|s| self.chips(s)).unwrap_or_default(),
            description: Prose::parse(str_field(param, "description").unwrap_or("")),
            examples,
            deprecated: flag(param, "deprecated"),
        }
    }

    fn response(&self, response: &'a Value) -> ResponseKind {
        let Some(reference) = ref_of(response) else {
            return ResponseKind::Own {
                description: Inline::parse(str_field(response, "description").unwrap_or("")),
                body: self.response_body(response, false),
            };
        };
        let target = self.resolve(response);
        ResponseKind::Shared {
            description: Inline::parse(str_field(target, "description").unwrap_or("")),
            name: reference.rsplit('/').next().unwrap_or(reference).to_owned(),
            bodies: target
                .get("content")
                .map(entries)
                .unwrap_or_default()
                .into_iter()
                .map(|(media_type, media)| {
                    (media_type, media.get("schema").map(|s| self.type_view(s)))
                })
                .collect(),
        }
    }

    /// The body of a response: its media types, schemas and examples, and its headers; with
    /// its description when `with_description` (an operation's responses have it in their
    /// head line).
    pub(super) fn response_body(
        &self,
        response: &'a Value,
        with_description: bool,
    ) -> ResponseBody {
        let response = self.resolve(response);
        ResponseBody {
            description: str_field(response, "description")
                .filter(|_| with_description)
                .map(Prose::parse),
            content: self.content(response, false),
            headers: response
                .get("headers")
                .map(entries)
                .unwrap_or_default()
                .into_iter()
                .map(|(name, header)| {
                    let header = self.resolve(header);
                    Header {
                        name,
                        ty: header.get("schema").map(|s| self.type_cell(s)),
                        description: Inline::parse(str_field(header, "description").unwrap_or("")),
                    }
                })
                .collect(),
        }
    }

    /// Media types of a request body or response, each with its schema and examples. An inline
    /// schema is shown in full; a named one is a link, and also shown in full when `expand`.
    fn content(&self, owner: &'a Value, expand: bool) -> Vec<Media> {
        let mut out = Vec::new();
        for (media_type, media) in owner.get("content").map(entries).unwrap_or_default() {
            let schema = media.get("schema");
            let bare = media.get("example").is_some();
            let mut examples = Vec::new();
            if let Some(example) = media.get("example") {
                examples.push(example_of("example", example, bare));
            }
            for (name, example) in media.get("examples").map(entries).unwrap_or_default() {
                examples.push(example_of(&name, self.resolve(example), bare));
            }
            out.push(Media {
                media_type,
                ty: schema.map(|s| self.type_cell(s)),
                detail: schema
                    .filter(|s| expand || ref_of(s).is_none())
                    .map(|s| self.schema_detail(self.resolve(s))),
                examples,
            });
        }
        out
    }
}

/// One example: an Example Object (summary, value, `x-normalized`), or a bare `example` (when
/// the media type has one, the example called `example` is it, and no example shows a
/// description).
fn example_of(name: &str, example: &Value, bare: bool) -> Example {
    let is_bare = bare && name == "example";
    Example {
        name: name.to_owned(),
        summary: str_field(example, "summary")
            .filter(|_| !is_bare)
            .map(Inline::parse),
        description: str_field(example, "description")
            .filter(|_| !bare)
            .map(Prose::parse),
        value: if is_bare {
            Some(pretty_json(example))
        } else {
            example.get("value").map(pretty_json)
        },
        normalized: example
            .get("x-normalized")
            .filter(|_| !is_bare)
            .map(pretty_json),
    }
}
