//! The generated types' `JsonSchema`, behind each crate's `schemars` feature.
//!
//! progenitor is asked to derive `::schemars::JsonSchema` (`with_derive`), so typify writes
//! the impls it knows how to write; this pass then makes every one of them conditional, so a
//! default build neither compiles schemars nor pays for the derive:
//!
//! - the derive moves out of each `#[derive(...)]` into
//!   `#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]`;
//! - every `impl ::schemars::JsonSchema for ...` typify writes by hand (newtypes with enumerated
//!   or denied values) gets `#[cfg(feature = "schemars")]`;
//! - a string newtype with a `pattern`, `minLength` or `maxLength` is `#[serde(transparent)]`,
//!   so the derive would describe it as a plain `String` (typify says so in a TODO). Its derive
//!   is replaced by an impl stating the constraints its `FromStr` checks, read from that
//!   `FromStr`: the schema says what the generated code enforces, never what the spec asks,
//!   so a constraint typify stops checking disappears from the schema too.
//!
//! Like the rewrites, the pass fails loudly when typify's output no longer has the shape it
//! expects, and it checks that no ungated mention of schemars is left.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

/// The feature every generated crate gates schemars behind.
pub const FEATURE: &str = "schemars";

/// Make every `JsonSchema` of the `types` module conditional on the `schemars` feature.
pub fn gate(file: &mut syn::File) -> Result<(), String> {
    let types = super::types_module_mut(file)?;
    let mut derived = 0;
    let mut added = Vec::new();
    for at in 0..types.len() {
        let (ident, attrs, transparent_private) = match &mut types[at] {
            syn::Item::Struct(s) => {
                let private = matches!(&s.fields, syn::Fields::Unnamed(f)
                    if f.unnamed.len() == 1 && matches!(f.unnamed[0].vis, syn::Visibility::Inherited));
                let transparent = s
                    .attrs
                    .iter()
                    .any(|a| attr_text(a) == "#[serde(transparent)]");
                (s.ident.clone(), &mut s.attrs, transparent && private)
            }
            syn::Item::Enum(e) => (e.ident.clone(), &mut e.attrs, false),
            syn::Item::Impl(i) if implements_json_schema(i) => {
                i.attrs.push(syn::parse_quote!(#[cfg(feature = #FEATURE)]));
                continue;
            }
            _ => continue,
        };
        if !remove_derive(attrs) {
            continue;
        }
        derived += 1;
        if transparent_private {
            // A constrained newtype: its constraints live in its `FromStr`.
            let name = ident.to_string();
            let constraints = string_constraints(&types[..], &name)?;
            added.push((at + 1, constrained_string_impl(&ident, &constraints)));
        } else {
            attrs.push(syn::parse_quote!(
                #[cfg_attr(feature = #FEATURE, derive(::schemars::JsonSchema))]
            ));
        }
    }
    let named = types
        .iter()
        .filter(|item| matches!(item, syn::Item::Struct(_) | syn::Item::Enum(_)))
        .count();
    if named > 0 && derived == 0 {
        return Err(
            "no generated type derives `::schemars::JsonSchema`; has progenitor's `with_derive` \
             changed?"
                .to_owned(),
        );
    }
    // Each right after its type; from the last, so the earlier positions stay right.
    for (at, item) in added.into_iter().rev() {
        let item = syn::parse2(item).map_err(|e| format!("JsonSchema impl: {e}"))?;
        types.insert(at, item);
    }
    ungated_mentions(file)
}

/// Remove `::schemars::JsonSchema` from the item's derives; whether it was there.
fn remove_derive(attrs: &mut [syn::Attribute]) -> bool {
    let mut found = false;
    for attr in attrs.iter_mut() {
        if !attr.path().is_ident("derive") {
            continue;
        }
        let Ok(paths) = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
        ) else {
            continue;
        };
        let kept: Vec<&syn::Path> = paths
            .iter()
            .filter(|p| p.segments.last().is_none_or(|s| s.ident != "JsonSchema"))
            .collect();
        if kept.len() < paths.len() {
            found = true;
            *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
        }
    }
    found
}

fn implements_json_schema(item: &syn::ItemImpl) -> bool {
    item.trait_
        .as_ref()
        .and_then(|(path, _)| path.segments.last())
        .is_some_and(|s| s.ident == "JsonSchema")
}

/// What a constrained string newtype's `FromStr` checks.
#[derive(Debug, Default)]
struct StringConstraints {
    min_length: Option<u32>,
    max_length: Option<u32>,
    pattern: Option<String>,
}

/// The constraints checked by `impl FromStr for <name>`, from the shape typify writes:
/// `value.chars().count() > N`, `value.chars().count() < N` and `Regex::new("...")`.
fn string_constraints(items: &[syn::Item], name: &str) -> Result<StringConstraints, String> {
    let from_str = items
        .iter()
        .find_map(|item| match item {
            syn::Item::Impl(i)
                if i.trait_.as_ref().is_some_and(|(p, _)| {
                    p.segments.last().is_some_and(|s| s.ident == "FromStr")
                }) && i.self_ty.to_token_stream().to_string() == name =>
            {
                Some(i)
            }
            _ => None,
        })
        .ok_or_else(|| {
            format!("constrained newtype `{name}` has no `FromStr`; has typify's output changed?")
        })?;
    struct Find(StringConstraints, Option<String>);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_expr_binary(&mut self, e: &'ast syn::ExprBinary) {
            let left = e.left.to_token_stream().to_string().replace(' ', "");
            if left == "value.chars().count()" {
                let bound = match &*e.right {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Int(n),
                        ..
                    }) => n.base10_parse::<u32>().ok(),
                    _ => None,
                };
                match (&e.op, bound) {
                    (syn::BinOp::Gt(_), Some(n)) => self.0.max_length = Some(n),
                    (syn::BinOp::Lt(_), Some(n)) => self.0.min_length = Some(n),
                    _ => self.1 = Some(e.to_token_stream().to_string()),
                }
            }
            syn::visit::visit_expr_binary(self, e);
        }
        fn visit_expr_call(&mut self, e: &'ast syn::ExprCall) {
            let func = e.func.to_token_stream().to_string().replace(' ', "");
            if func.ends_with("Regex::new") {
                match e.args.first() {
                    Some(syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    })) => self.0.pattern = Some(s.value()),
                    _ => self.1 = Some(e.to_token_stream().to_string()),
                }
            }
            syn::visit::visit_expr_call(self, e);
        }
    }
    let mut find = Find(StringConstraints::default(), None);
    syn::visit::Visit::visit_item_impl(&mut find, from_str);
    if let Some(unknown) = find.1 {
        return Err(format!(
            "`FromStr` of `{name}` checks `{unknown}`, a shape this codegen does not know"
        ));
    }
    let c = find.0;
    if c.min_length.is_none() && c.max_length.is_none() && c.pattern.is_none() {
        return Err(format!(
            "`FromStr` of `{name}` checks nothing this codegen recognizes; has typify's output \
             changed?"
        ));
    }
    Ok(c)
}

/// `impl JsonSchema` of a constrained string newtype, stating its constraints.
fn constrained_string_impl(ident: &syn::Ident, c: &StringConstraints) -> TokenStream {
    let name = ident.to_string();
    let opt = |v: Option<u32>| match v {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    };
    let (min, max) = (opt(c.min_length), opt(c.max_length));
    let pattern = match &c.pattern {
        Some(p) => quote!(::std::option::Option::Some(#p.to_owned())),
        None => quote!(::std::option::Option::None),
    };
    quote! {
        /// What its `FromStr` checks: typify's derive would describe a plain `String`.
        #[cfg(feature = #FEATURE)]
        impl ::schemars::JsonSchema for #ident {
            fn schema_name() -> ::std::string::String {
                #name.to_owned()
            }

            fn json_schema(
                _: &mut ::schemars::r#gen::SchemaGenerator,
            ) -> ::schemars::schema::Schema {
                ::schemars::schema::SchemaObject {
                    instance_type: ::std::option::Option::Some(
                        ::schemars::schema::InstanceType::String.into(),
                    ),
                    string: ::std::option::Option::Some(::std::boxed::Box::new(
                        ::schemars::schema::StringValidation {
                            max_length: #max,
                            min_length: #min,
                            pattern: #pattern,
                        },
                    )),
                    ..::std::default::Default::default()
                }
                .into()
            }
        }
    }
}

/// Fail if schemars is still mentioned outside a `cfg(feature = "schemars")` or
/// `cfg_attr(feature = "schemars", ...)`: a default build would not compile.
fn ungated_mentions(file: &syn::File) -> Result<(), String> {
    fn gated(attrs: &[syn::Attribute]) -> bool {
        attrs
            .iter()
            .any(|a| attr_text(a) == format!("#[cfg(feature=\"{FEATURE}\")]"))
    }
    fn check(items: &[syn::Item], path: &str) -> Result<(), String> {
        for item in items {
            match item {
                syn::Item::Mod(m) => {
                    if let Some((_, inner)) = &m.content {
                        check(inner, &format!("{path}::{}", m.ident))?;
                    }
                }
                syn::Item::Impl(i) if gated(&i.attrs) => {}
                _ => {
                    let mut tokens = item.to_token_stream().to_string().replace(' ', "");
                    let allowed = format!(
                        "#[cfg_attr(feature=\"{FEATURE}\",derive(::schemars::JsonSchema))]"
                    );
                    tokens = tokens.replace(&allowed, "");
                    if tokens.contains("schemars") {
                        let name = item_ident(item).unwrap_or_else(|| "an item".to_owned());
                        return Err(format!(
                            "{path}: {name} mentions schemars outside the `{FEATURE}` feature"
                        ));
                    }
                }
            }
        }
        Ok(())
    }
    check(&file.items, "crate")
}

fn item_ident(item: &syn::Item) -> Option<String> {
    match item {
        syn::Item::Struct(s) => Some(format!("struct `{}`", s.ident)),
        syn::Item::Enum(e) => Some(format!("enum `{}`", e.ident)),
        syn::Item::Impl(i) => Some(format!("impl for `{}`", i.self_ty.to_token_stream())),
        _ => None,
    }
}

/// An attribute's tokens as text without spaces: `#[serde(transparent)]`.
fn attr_text(attr: &syn::Attribute) -> String {
    attr.to_token_stream().to_string().replace(' ', "")
}
