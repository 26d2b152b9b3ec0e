//! What the site shows of a schema: its type in words, its constraints, and its properties,
//! items and variants, gathered as plain data.

use serde_yaml::Value;

use super::{Gather, Inline, Prose, flag};
use crate::lint::document::{entries, items, ref_of, str_field};

/// The type of a schema in words: `integer (int32)`, `array of AuditLog`, `one of A | B`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeView {
    /// A component schema, by name (a link to it).
    Named(String),
    /// Any other reference, as written.
    Reference(String),
    /// An inline schema: its parts (joined by commas), and whether it may be null.
    Inline {
        /// What it is.
        parts: Vec<TypePart>,
        /// `nullable: true`.
        nullable: bool,
    },
}

/// A part of an inline schema's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypePart {
    /// `array of` its items.
    Array(Box<TypeView>),
    /// A `type`, with its `format`.
    Scalar {
        /// `integer`.
        ty: String,
        /// `int32`.
        format: Option<String>,
    },
    /// `one of`, `any of` or `all of` its variants.
    Variants {
        /// `one of`.
        word: &'static str,
        /// The variants' types.
        variants: Vec<TypeView>,
    },
    /// Nothing said.
    Any,
}

/// The type of a schema for a table cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeCell {
    /// A component schema: a link, with what it is when that is short (not an object).
    Named {
        /// The schema's name.
        name: String,
        /// Its type, unless it is an object.
        shape: Option<TypeView>,
    },
    /// An inline schema.
    Inline(TypeView),
}

/// Constraints, one chip each: `≥ 1`, `pattern ^[0-9]+$`, `variant 2: length 1 to 64`.
pub type Chips = Vec<Inline>;

/// The parts of a schema beyond its name.
#[derive(Debug, Default)]
pub struct SchemaDetail {
    /// Its own constraints (not its variants').
    pub constraints: Chips,
    /// Its properties, when it has `properties`.
    pub properties: Option<Vec<Property>>,
    /// What `additionalProperties` allows, when it says something.
    pub additional: Option<Additional>,
    /// Its `items`.
    pub items: Option<Items>,
    /// Its `oneOf`, `anyOf` and `allOf`, in that order, those it has.
    pub variants: Vec<Variants>,
}

/// A property of a schema.
#[derive(Debug)]
pub struct Property {
    /// Its name.
    pub name: String,
    /// Whether the schema lists it in `required`.
    pub required: bool,
    /// Its type.
    pub ty: TypeCell,
    /// Its constraints.
    pub constraints: Chips,
    /// Its description (or its schema's).
    pub description: Prose,
    /// An inline object's own properties.
    pub nested: Option<SchemaDetail>,
}

/// `additionalProperties`.
#[derive(Debug)]
pub enum Additional {
    /// `false`.
    Forbidden,
    /// A schema.
    Schema(TypeCell, Chips),
}

/// `items` of an array schema.
#[derive(Debug)]
pub struct Items {
    /// Their type.
    pub ty: TypeCell,
    /// Their constraints.
    pub constraints: Chips,
    /// An inline object's own properties.
    pub nested: Option<Box<SchemaDetail>>,
}

/// The variants of a `oneOf`, `anyOf` or `allOf`.
#[derive(Debug)]
pub struct Variants {
    /// `oneOf`.
    pub keyword: &'static str,
    /// `Exactly one of`.
    pub label: &'static str,
    /// The variants.
    pub variants: Vec<Variant>,
}

/// A variant.
#[derive(Debug)]
pub struct Variant {
    /// Its type.
    pub ty: TypeCell,
    /// Its constraints.
    pub constraints: Chips,
    /// Its description.
    pub description: Option<Inline>,
}

impl<'a> Gather<'a> {
    /// The parts of a schema beyond its name: constraints, properties, items and variants.
    pub(super) fn schema_detail(&self, schema: &'a Value) -> SchemaDetail {
        let properties = schema.get("properties").map(|properties| {
            let required: Vec<String> = schema
                .get("required")
                .map(items)
                .unwrap_or_default()
                .iter()
                .map(scalar)
                .collect();
            entries(properties)
                .into_iter()
                .map(|(name, s)| {
                    let description = str_field(s, "description")
                        .or_else(|| str_field(self.resolve(s), "description"))
                        .unwrap_or("");
                    Property {
                        required: required.contains(&name),
                        ty: self.type_cell(s),
                        constraints: self.chips(s),
                        description: Prose::parse(description),
                        nested: self.nested(s),
                        name,
                    }
                })
                .collect()
        });
        let additional = match schema.get("additionalProperties") {
            None | Some(Value::Bool(true)) => None,
            Some(Value::Bool(false)) => Some(Additional::Forbidden),
            Some(other) => Some(Additional::Schema(self.type_cell(other), self.chips(other))),
        };
        let item = schema.get("items").map(|item| Items {
            ty: self.type_cell(item),
            constraints: self.chips(item),
            nested: self.nested(item).map(Box::new),
        });
        let mut variants = Vec::new();
        for (keyword, label) in [
            ("oneOf", "Exactly one of"),
            ("anyOf", "Any of"),
            ("allOf", "All of"),
        ] {
            let list = schema.get(keyword).map(items).unwrap_or_default();
            if list.is_empty() {
                continue;
            }
            variants.push(Variants {
                keyword,
                label,
                variants: list
                    .iter()
                    .map(|variant| Variant {
                        ty: self.type_cell(variant),
                        constraints: self.chips(variant),
                        description: str_field(variant, "description").map(Inline::parse),
                    })
                    .collect(),
            });
        }
        SchemaDetail {
            constraints: constraints(schema),
            properties,
            additional,
            items: item,
            variants,
        }
    }

    /// An inline object's own properties, nested under it.
    fn nested(&self, schema: &'a Value) -> Option<SchemaDetail> {
        (ref_of(schema).is_none() && schema.get("properties").is_some())
            .then(|| self.schema_detail(schema))
    }

    /// The type of a schema for a table cell: a link for a named schema (with what it is,
    /// when that is short), else the inline type.
    pub(super) fn type_cell(&self, schema: &'a Value) -> TypeCell {
        match schema_ref_name(schema) {
            Some(name) => {
                let target = self.resolve(schema);
                let is_object = target.get("properties").is_some()
                    || str_field(target, "type") == Some("object");
                TypeCell::Named {
                    name: name.to_owned(),
                    shape: (!is_object).then(|| self.type_view(target)),
                }
            }
            None => TypeCell::Inline(self.type_view(schema)),
        }
    }

    /// The constraints of a schema (through its `$ref`) for a table cell, with those of the
    /// variants of its `oneOf` or `anyOf`, numbered as in the schema.
    pub(super) fn chips(&self, schema: &'a Value) -> Chips {
        let target = self.resolve(schema);
        let mut chips = constraints(target);
        for keyword in ["oneOf", "anyOf"] {
            for (i, variant) in target
                .get(keyword)
                .map(items)
                .unwrap_or_default()
                .iter()
                .enumerate()
            {
                let inner = constraints(self.resolve(variant));
                if !inner.is_empty() {
                    let mut chip = Inline::new(&format!("variant {}: ", i + 1));
                    for (j, c) in inner.into_iter().enumerate() {
                        if j > 0 {
                            chip = chip.text(", ");
                        }
                        chip = chip.then(c);
                    }
                    chips.push(chip);
                }
            }
        }
        chips
    }

    /// The type of a schema in words.
    pub(super) fn type_view(&self, schema: &'a Value) -> TypeView {
        if let Some(name) = schema_ref_name(schema) {
            return TypeView::Named(name.to_owned());
        }
        if let Some(reference) = ref_of(schema) {
            return TypeView::Reference(reference.to_owned());
        }
        let mut parts = Vec::new();
        match str_field(schema, "type") {
            Some("array") => {
                let item = schema.get("items").map_or(
                    TypeView::Inline {
                        parts: vec![TypePart::Any],
                        nullable: false,
                    },
                    |i| self.type_view(i),
                );
                parts.push(TypePart::Array(Box::new(item)));
            }
            Some(ty) => parts.push(TypePart::Scalar {
                ty: ty.to_owned(),
                format: str_field(schema, "format").map(str::to_owned),
            }),
            None => {}
        }
        for (keyword, word) in [
            ("oneOf", "one of"),
            ("anyOf", "any of"),
            ("allOf", "all of"),
        ] {
            let variants = schema.get(keyword).map(items).unwrap_or_default();
            if !variants.is_empty() {
                parts.push(TypePart::Variants {
                    word,
                    variants: variants.iter().map(|v| self.type_view(v)).collect(),
                });
            }
        }
        if parts.is_empty() {
            parts.push(TypePart::Any);
        }
        TypeView::Inline {
            parts,
            nullable: flag(schema, "nullable"),
        }
    }
}

/// The component name of a `#/components/schemas/X` reference.
fn schema_ref_name(schema: &Value) -> Option<&str> {
    ref_of(schema)?.strip_prefix("#/components/schemas/")
}

/// The constraints of one schema node.
fn constraints(schema: &Value) -> Chips {
    let mut out = Vec::new();
    let number = |key: &str| schema.get(key).filter(|v| v.is_number()).map(scalar);
    let text = |s: String| Inline::new(&s);
    if let Some(min) = number("minimum") {
        let op = if flag(schema, "exclusiveMinimum") {
            ">"
        } else {
            "≥"
        };
        out.push(text(format!("{op} {min}")));
    }
    if let Some(max) = number("maximum") {
        let op = if flag(schema, "exclusiveMaximum") {
            "<"
        } else {
            "≤"
        };
        out.push(text(format!("{op} {max}")));
    }
    if let Some(m) = number("multipleOf") {
        out.push(text(format!("multiple of {m}")));
    }
    match (number("minLength"), number("maxLength")) {
        (Some(a), Some(b)) if a == b => out.push(text(format!("length {a}"))),
        (Some(a), Some(b)) => out.push(text(format!("length {a} to {b}"))),
        (Some(a), None) => out.push(text(format!("length ≥ {a}"))),
        (None, Some(b)) => out.push(text(format!("length ≤ {b}"))),
        (None, None) => {}
    }
    if let Some(pattern) = str_field(schema, "pattern") {
        out.push(Inline::new("pattern ").code(pattern));
    }
    match (number("minItems"), number("maxItems")) {
        (Some(a), Some(b)) => out.push(text(format!("{a} to {b} items"))),
        (Some(a), None) => out.push(text(format!("at least {a} items"))),
        (None, Some(b)) => out.push(text(format!("at most {b} items"))),
        (None, None) => {}
    }
    if flag(schema, "uniqueItems") {
        out.push(text("unique items".into()));
    }
    match (number("minProperties"), number("maxProperties")) {
        (Some(a), Some(b)) => out.push(text(format!("{a} to {b} properties"))),
        (Some(a), None) => out.push(text(format!("at least {a} properties"))),
        (None, Some(b)) => out.push(text(format!("at most {b} properties"))),
        (None, None) => {}
    }
    if let Some(values) = schema.get("enum") {
        let mut chip = Inline::new("one of ");
        for (i, v) in items(values).iter().enumerate() {
            if i > 0 {
                chip = chip.text(", ");
            }
            chip = chip.code(&scalar(v));
        }
        out.push(chip);
    }
    if let Some(default) = schema.get("default") {
        out.push(Inline::new("default ").code(&scalar(default)));
    }
    for (key, word) in [
        ("readOnly", "read-only"),
        ("writeOnly", "write-only"),
        ("deprecated", "deprecated"),
    ] {
        if flag(schema, key) {
            out.push(text(word.into()));
        }
    }
    out
}

/// A scalar as text (a string without quotes); anything else as compact JSON.
pub(super) fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => String::from("null"),
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

/// A value as pretty JSON.
pub(super) fn pretty_json(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}
