//! The request body of the builder call: the required properties of its schema, set to the
//! spec's example, written with the Rust types progenitor made for them.

use serde_json::Value;

use super::Maker;
use super::program::{Expr, literal, quoted};
use super::values::schema_value;
use crate::codegen::service::types::{attr_text, type_string};
use crate::codegen::spec::resolve;

impl Maker<'_> {
    /// The request body's first example.
    pub(super) fn body_example(&self) -> Option<&Value> {
        let body = resolve(self.root, self.node.get("requestBody")?);
        let (_, media) = body
            .get("content")?
            .as_object()?
            .iter()
            .find(|(media, _)| {
                media.split(';').next().map(str::trim) == Some("application/json")
            })?;
        media.get("example").or_else(|| {
            media
                .get("examples")
                .and_then(Value::as_object)
                .and_then(|e| e.values().next())
                .and_then(|e| resolve(self.root, e).get("value"))
        })
    }

    /// `b.field(value)...` for the required properties of a required body.
    pub(super) fn body(&self) -> Result<Option<Expr>, String> {
        let Some(body) = self.node.get("requestBody").map(|b| resolve(self.root, b)) else {
            return Ok(None);
        };
        if body.get("required").and_then(Value::as_bool) != Some(true) {
            return Ok(None);
        }
        let name = self
            .op
            .body
            .as_deref()
            .ok_or("the request body needs a component schema")?;
        let schema = self
            .root
            .pointer(&format!("/components/schemas/{name}"))
            .ok_or_else(|| format!("no schema {name}"))?;
        let setters = self.required_setters(name, schema, self.body_example())?;
        Ok(Some(Expr::Chain("b".to_owned(), setters)))
    }

    /// The setters of the required properties of struct `ty` (its spec schema `schema`).
    fn required_setters(
        &self,
        ty: &str,
        schema: &Value,
        example: Option<&Value>,
    ) -> Result<Vec<(String, Expr)>, String> {
        let mut setters = Vec::new();
        for prop in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            let (field, rust) = self.types.field_and_type(ty, prop)?;
            let prop_schema = schema
                .pointer(&format!("/properties/{prop}"))
                .map(|s| resolve(self.root, s))
                .unwrap_or(&Value::Null);
            let value = self.value(
                rust,
                prop_schema,
                example.and_then(|e| e.get(prop)),
                prop,
                false,
            )?;
            setters.push((field.to_string(), value));
        }
        Ok(setters)
    }

    /// A value of Rust type `rust` (spec schema `schema`, example `example`), for a setter or,
    /// with `in_list`, as an item of a list.
    fn value(
        &self,
        rust: &syn::Type,
        schema: &Value,
        example: Option<&Value>,
        name: &str,
        in_list: bool,
    ) -> Result<Expr, String> {
        let example = example.or_else(|| schema_value(schema));
        let items = |count: Option<usize>| -> Vec<Option<&Value>> {
            let given: Vec<Option<&Value>> = example
                .and_then(Value::as_array)
                .map(|a| a.iter().map(Some).collect())
                .unwrap_or_default();
            match count {
                Some(n) => (0..n).map(|i| given.get(i).copied().flatten()).collect(),
                None if given.is_empty() => vec![None],
                None => given,
            }
        };
        let item_schema = schema
            .get("items")
            .map(|s| resolve(self.root, s))
            .unwrap_or(&Value::Null);
        let unsupported = || {
            format!(
                "`{name}` is a {} the examples cannot write yet",
                type_string(rust)
            )
        };
        match rust {
            syn::Type::Array(array) => {
                let count = match &array.len {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Int(n),
                        ..
                    }) => n.base10_parse::<usize>().map_err(|e| e.to_string())?,
                    _ => return Err(unsupported()),
                };
                let values = items(Some(count))
                    .into_iter()
                    .map(|v| self.value(&array.elem, item_schema, v, name, true))
                    .collect::<Result<_, _>>()?;
                Ok(Expr::List("[", values, "]"))
            }
            syn::Type::Path(path) => {
                let last = path.path.segments.last().ok_or_else(unsupported)?;
                let inner = match &last.arguments {
                    syn::PathArguments::AngleBracketed(args) => {
                        args.args.iter().find_map(|a| match a {
                            syn::GenericArgument::Type(t) => Some(t),
                            _ => None,
                        })
                    }
                    _ => None,
                };
                let scalar = |in_list: bool| -> Result<Expr, String> {
                    let value = match example {
                        Some(v) => literal(v, name)?,
                        None => quoted(&format!("<{name}>")),
                    };
                    Ok(Expr::Lit(if in_list && value.starts_with('"') {
                        format!("{value}.to_owned()")
                    } else {
                        value
                    }))
                };
                match (last.ident.to_string().as_str(), inner) {
                    ("Vec", Some(inner)) => {
                        let values = items(None)
                            .into_iter()
                            .map(|v| self.value(inner, item_schema, v, name, true))
                            .collect::<Result<_, _>>()?;
                        Ok(Expr::List("vec![", values, "]"))
                    }
                    ("Box", Some(inner)) => self.value(inner, schema, example, name, in_list),
                    ("BoundedVec", _) => {
                        // Takes a `Vec<&str>` as it is.
                        let values = items(None)
                            .into_iter()
                            .map(|v| match v {
                                Some(v) => literal(v, name).map(Expr::Lit),
                                None => Ok(Expr::Lit(quoted(&format!("<{name}>")))),
                            })
                            .collect::<Result<_, _>>()?;
                        Ok(Expr::List("vec![", values, "]"))
                    }
                    ("String" | "BoundedInt" | "bool" | "f32" | "f64", _) => scalar(in_list),
                    (
                        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize"
                        | "isize",
                        _,
                    ) => scalar(in_list),
                    (other, None) => self.named(other, schema, example, name, in_list),
                    _ => Err(unsupported()),
                }
            }
            _ => Err(unsupported()),
        }
    }

    /// A value of a type of progenitor's `types` module.
    fn named(
        &self,
        ty: &str,
        schema: &Value,
        example: Option<&Value>,
        name: &str,
        in_list: bool,
    ) -> Result<Expr, String> {
        let unsupported = || format!("`{name}` is a `{ty}`, which the examples cannot write yet");
        match self.types.item(ty) {
            Some(syn::Item::Type(alias)) => self.value(&alias.ty, schema, example, name, in_list),
            Some(syn::Item::Enum(e)) => {
                let wanted = example.and_then(Value::as_str);
                let variant = e
                    .variants
                    .iter()
                    .find(|v| {
                        let renamed = v.attrs.iter().find_map(|a| {
                            let text = attr_text(a);
                            text.split("rename=\"")
                                .nth(1)
                                .and_then(|r| r.split('"').next())
                                .map(str::to_owned)
                        });
                        wanted.is_some_and(|w| renamed.as_deref() == Some(w) || v.ident == w)
                    })
                    .or_else(|| e.variants.first())
                    .ok_or_else(unsupported)?;
                if !matches!(variant.fields, syn::Fields::Unit) {
                    return Err(unsupported());
                }
                Ok(Expr::Lit(format!("types::{ty}::{}", variant.ident)))
            }
            Some(syn::Item::Struct(s)) => match &s.fields {
                // A newtype of a string or number: its setter takes the value.
                syn::Fields::Unnamed(_) if !in_list => Ok(Expr::Lit(match example {
                    Some(v) => literal(v, name)?,
                    None => quoted(&format!("<{name}>")),
                })),
                syn::Fields::Named(_) if !in_list => Ok(Expr::Chain(
                    format!("types::{ty}::builder()"),
                    self.required_setters(ty, schema, example)?,
                )),
                _ => Err(unsupported()),
            },
            _ => Err(unsupported()),
        }
    }
}
