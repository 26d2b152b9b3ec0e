//! The model the rules read: every object of a spec they look at (operations, parameters,
//! headers, media types, examples, schemas, and each OpenAPI object with its [`Kind`]), with its
//! JSON pointer, found in one walk of the document; and the walks that find its references
//! ([`refs`]). The line of each pointer is the [`Document`]'s.

pub(crate) mod kind;
pub(crate) mod refs;

use serde_yaml::Value;

use super::METHODS;
use super::document::{Document, child, entries, items, ref_of, str_field};
pub(crate) use kind::Kind;

/// A node and where it is.
#[derive(Debug, Clone)]
pub(crate) struct At<'a> {
    pub(crate) pointer: String,
    pub(crate) node: &'a Value,
}

/// An operation of a path item.
#[derive(Debug, Clone)]
pub(crate) struct Operation<'a> {
    pub(crate) path: String,
    pub(crate) method: &'static str,
    pub(crate) pointer: String,
    pub(crate) node: &'a Value,
    pub(crate) item: At<'a>,
}

/// A schema node and the name it goes by (component, property or parameter name), if any.
#[derive(Debug, Clone)]
pub(crate) struct SchemaAt<'a> {
    pub(crate) pointer: String,
    pub(crate) node: &'a Value,
    pub(crate) name: Option<String>,
}

/// A media type object and what it belongs to.
#[derive(Debug, Clone)]
pub(crate) struct MediaAt<'a> {
    pub(crate) pointer: String,
    pub(crate) node: &'a Value,
}

/// Every object of a spec the rules look at, with its pointer, found in one walk.
#[derive(Debug, Default)]
pub(crate) struct Model<'a> {
    pub(crate) operations: Vec<Operation<'a>>,
    /// Parameter objects (not references), in paths and components.
    pub(crate) parameters: Vec<At<'a>>,
    /// Header objects (not references), of responses and components.
    pub(crate) headers: Vec<At<'a>>,
    pub(crate) media: Vec<MediaAt<'a>>,
    /// Example objects (not references), in media types, parameters and components.
    pub(crate) examples: Vec<At<'a>>,
    /// Every schema node: component schemas, inline schemas and every schema nested in them;
    /// reference nodes are included, the schemas they point to are not walked through them.
    pub(crate) schemas: Vec<SchemaAt<'a>>,
    /// Request bodies, responses, headers, path items, components (for unknown-field checks).
    pub(crate) objects: Vec<(Kind, At<'a>)>,
}

impl<'a> Model<'a> {
    /// The schema nodes that are not references: a reference's siblings are ignored, so no
    /// rule but `ref-siblings` (which reports them) looks at them.
    pub(crate) fn inline_schemas(&self) -> impl Iterator<Item = &SchemaAt<'a>> {
        self.schemas.iter().filter(|s| ref_of(s.node).is_none())
    }

    /// Walk a document.
    pub(crate) fn collect(doc: &'a Document) -> Model<'a> {
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
