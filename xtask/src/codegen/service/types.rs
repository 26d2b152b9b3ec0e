//! What is known of progenitor's output: the Rust names typify chose for the spec's schemas,
//! properties and variants, and how to reach records inside a value of a generated type.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// What is known of the generated types: progenitor's `types` module.
pub struct Types<'a> {
    items: Vec<&'a syn::Item>,
}

impl<'a> Types<'a> {
    /// The `types` module of progenitor's output.
    pub fn of(file: &'a syn::File) -> Result<Self, String> {
        let module = file
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref(),
                _ => None,
            })
            .ok_or("progenitor's output has no `types` module")?;
        Ok(Self {
            items: module.1.iter().collect(),
        })
    }

    pub(super) fn item(&self, name: &str) -> Option<&'a syn::Item> {
        self.items.iter().copied().find(|item| match item {
            syn::Item::Struct(s) => s.ident == name,
            syn::Item::Enum(e) => e.ident == name,
            syn::Item::Type(t) => t.ident == name,
            _ => false,
        })
    }

    /// The Rust field of property `prop` of struct `ty` (a `#[serde(rename)]` honoured).
    pub fn field(&self, ty: &str, prop: &str) -> Result<Ident, String> {
        self.field_and_type(ty, prop).map(|(ident, _)| ident)
    }

    /// The Rust field of property `prop` of struct `ty`, and its type.
    pub(super) fn field_and_type(
        &self,
        ty: &str,
        prop: &str,
    ) -> Result<(Ident, &'a syn::Type), String> {
        let Some(syn::Item::Struct(s)) = self.item(ty) else {
            return Err(format!("no struct `{ty}` in the generated types"));
        };
        for field in &s.fields {
            let Some(ident) = &field.ident else { continue };
            let renamed = field.attrs.iter().any(|a| {
                a.path().is_ident("serde") && attr_text(a).contains(&format!("rename=\"{prop}\""))
            });
            if renamed || *ident == prop {
                return Ok((ident.clone(), &field.ty));
            }
        }
        Err(format!("struct `{ty}` has no field for property `{prop}`"))
    }

    /// An iterator over references to the values at `path` (property names) below `value`, a
    /// reference to a `root`: each `Vec` on the way is flattened, each `None` skipped. With
    /// the type name of the values reached.
    pub(super) fn pluck(
        &self,
        root: &str,
        value: TokenStream,
        path: &[String],
    ) -> Result<(TokenStream, String), String> {
        let mut iter = quote!(::std::iter::once(#value));
        let mut current = root.to_owned();
        for prop in path {
            let (field, ty) = self.field_and_type(&current, prop)?;
            let (wrappers, inner) = unwrap_type(ty);
            let mut step = quote!(.map(|v| &v.#field));
            for wrapper in &wrappers {
                step = match wrapper.as_str() {
                    "Vec" => quote!(#step.flat_map(|v| v.iter())),
                    "Option" => quote!(#step.flat_map(|v| v.iter())),
                    "Box" => quote!(#step.map(|v| &**v)),
                    _ => step,
                };
            }
            iter = quote!(#iter #step);
            current = inner;
        }
        Ok((iter, current))
    }
}

/// The wrappers of a type from the outside in (`Option`, `Vec`, `Box`), and the name of what
/// they hold: `Option<Vec<types::Node>>` is (`[Option, Vec]`, `Node`).
fn unwrap_type(ty: &syn::Type) -> (Vec<String>, String) {
    let mut wrappers = Vec::new();
    let mut ty = ty;
    loop {
        let syn::Type::Path(path) = ty else {
            return (wrappers, type_string(ty));
        };
        let Some(last) = path.path.segments.last() else {
            return (wrappers, type_string(ty));
        };
        let name = last.ident.to_string();
        let inner = match &last.arguments {
            syn::PathArguments::AngleBracketed(args) => args.args.iter().find_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            }),
            _ => None,
        };
        match (name.as_str(), inner) {
            ("Option" | "Vec" | "Box", Some(inner)) => {
                wrappers.push(name);
                ty = inner;
            }
            _ => return (wrappers, name),
        }
    }
}

impl<'a> Types<'a> {
    /// An expression borrowing the records of `ty` held in `value`, whichever shape `ty` is:
    /// a newtype of a `Vec`, a struct with one `Vec` field, or an enum of those.
    pub(super) fn records(&self, ty: &str, value: TokenStream) -> Result<TokenStream, String> {
        match self.item(ty) {
            Some(syn::Item::Struct(s)) => match &s.fields {
                syn::Fields::Unnamed(_) => Ok(quote!(&#value.0)),
                syn::Fields::Named(named) => {
                    let vecs: Vec<&Ident> = named
                        .named
                        .iter()
                        .filter(|f| type_string(&f.ty).contains("Vec"))
                        .filter_map(|f| f.ident.as_ref())
                        .collect();
                    match vecs.as_slice() {
                        [one] => Ok(quote!(&#value.#one)),
                        _ => Err(format!("struct `{ty}` has not exactly one Vec field")),
                    }
                }
                syn::Fields::Unit => Err(format!("struct `{ty}` holds nothing")),
            },
            Some(syn::Item::Enum(e)) => {
                let name = format_ident!("{ty}");
                let mut arms = Vec::new();
                for variant in &e.variants {
                    let v = &variant.ident;
                    let inner = match &variant.fields {
                        syn::Fields::Unnamed(u) if u.unnamed.len() == 1 => {
                            type_string(&u.unnamed[0].ty)
                        }
                        _ => return Err(format!("variant `{ty}::{v}` is not a newtype")),
                    };
                    let inner = inner.rsplit("::").next().unwrap_or(&inner).to_owned();
                    let expr = self.records(&inner, quote!(inner))?;
                    arms.push(quote!(types::#name::#v(inner) => #expr));
                }
                Ok(quote!(match #value { #(#arms,)* }))
            }
            _ => Err(format!("no struct or enum `{ty}` in the generated types")),
        }
    }
}

/// An attribute's tokens as text without spaces: `#[serde(rename="x")]`.
pub(super) fn attr_text(attr: &syn::Attribute) -> String {
    quote::ToTokens::to_token_stream(attr)
        .to_string()
        .replace(' ', "")
}

pub(super) fn type_string(ty: &syn::Type) -> String {
    quote::ToTokens::to_token_stream(ty)
        .to_string()
        .replace(' ', "")
}
