//! A readable snapshot of each generated crate's public surface: its operations (method, path,
//! builder inputs with their types, response and error types) and its types (fields, variants,
//! patterns). A change to a spec shows up here as a snapshot diff to review with
//! `cargo insta review`; an unreviewed change fails `cargo test`.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use std::fmt::Write as _;

use huaweicloud_workspace_tests::{services, workspace_root};
use quote::ToTokens;
use syn::visit::Visit;

#[test]
fn generated_api_surface() {
    let services = services();
    assert!(!services.is_empty(), "no specs found under specs/");
    for service in services {
        let path = workspace_root()
            .join("crates")
            .join(&service)
            .join("src")
            .join("generated.rs");
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut surface = render_surface(&file);
        let path = path.with_file_name("generated_service.rs");
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let service_file =
            syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        surface.push_str(&render_service(&service_file));
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(format!("{service}_api_surface"), surface);
        });
    }
}

fn render_surface(file: &syn::File) -> String {
    let mut out = String::new();
    let types = module(file, "types").expect("generated file has a `types` module");
    let builders = module(file, "builder").expect("generated file has a `builder` module");

    out.push_str("# Operations\n");
    for (name, method, path) in operations(file) {
        let builder_name = camel(&name);
        let builder = builders
            .iter()
            .find_map(|item| match item {
                syn::Item::Struct(s) if s.ident == builder_name => Some(s),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no builder struct {builder_name} for {name}"));
        let _ = writeln!(out, "\n{name}: {method} {path}");
        for field in &builder.fields {
            let ident = field
                .ident
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default();
            if ident == "client" {
                continue;
            }
            // Builder fields are `Result<T, String>`; T is what the caller supplies.
            let ty = result_ok_type(&field.ty)
                .map(pretty_type)
                .unwrap_or_else(|| pretty_type(&field.ty));
            let (ty, required) = match ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>'))
            {
                Some(inner) => (inner.to_owned(), "optional"),
                None => (ty, "required"),
            };
            let _ = writeln!(out, "  input {ident}: {ty} ({required})");
        }
        if let Some((ok, err)) = send_signature(builders, &builder_name) {
            let _ = writeln!(out, "  response: {ok}");
            let _ = writeln!(out, "  error: {err}");
        }
    }

    out.push_str("\n# Types\n");
    let patterns = patterns(types);
    for item in types {
        match item {
            syn::Item::Struct(s) => {
                let serde = serde_attrs(&s.attrs);
                match &s.fields {
                    syn::Fields::Named(named) => {
                        let _ = writeln!(out, "\nstruct {}{serde}", s.ident);
                        for field in &named.named {
                            let ident = field
                                .ident
                                .as_ref()
                                .map(ToString::to_string)
                                .unwrap_or_default();
                            let rename = serde_attrs(&field.attrs);
                            let _ = writeln!(out, "  {ident}: {}{rename}", pretty_type(&field.ty));
                        }
                    }
                    syn::Fields::Unnamed(unnamed) => {
                        let inner: Vec<String> =
                            unnamed.unnamed.iter().map(|f| pretty_type(&f.ty)).collect();
                        let pattern = patterns
                            .iter()
                            .find(|(name, _)| s.ident == name)
                            .map(|(_, p)| format!(" pattern {p:?}"))
                            .unwrap_or_default();
                        let _ = writeln!(
                            out,
                            "\nnewtype {}({}){pattern}{serde}",
                            s.ident,
                            inner.join(", ")
                        );
                    }
                    syn::Fields::Unit => {
                        let _ = writeln!(out, "\nunit struct {}{serde}", s.ident);
                    }
                }
            }
            syn::Item::Type(t) => {
                let _ = writeln!(out, "\nalias {} = {}", t.ident, pretty_type(&t.ty));
            }
            syn::Item::Enum(e) => {
                let _ = writeln!(out, "\nenum {}{}", e.ident, serde_attrs(&e.attrs));
                for variant in &e.variants {
                    let payload: Vec<String> =
                        variant.fields.iter().map(|f| pretty_type(&f.ty)).collect();
                    let payload = if payload.is_empty() {
                        String::new()
                    } else {
                        format!("({})", payload.join(", "))
                    };
                    let _ = writeln!(
                        out,
                        "  {}{payload}{}",
                        variant.ident,
                        serde_attrs(&variant.attrs)
                    );
                }
            }
            _ => {}
        }
    }
    out
}

/// The surface of `generated_service.rs`: the service's `META` (endpoints, and the limits of
/// each operation) and every public function it adds, by the type it adds it to.
fn render_service(file: &syn::File) -> String {
    let mut out = String::from("\n# Service\n");
    for item in &file.items {
        match item {
            syn::Item::Static(s) => {
                let _ = writeln!(out, "\n{}:", s.ident);
                let syn::Expr::Struct(meta) = &*s.expr else {
                    continue;
                };
                for field in &meta.fields {
                    let name = field.member.to_token_stream().to_string();
                    match name.as_str() {
                        "endpoints" | "operations" => {
                            let _ = writeln!(out, "  {name}:");
                            for entry in struct_exprs(&field.expr) {
                                let _ = writeln!(out, "    - {entry}");
                            }
                        }
                        _ => {
                            let _ = writeln!(out, "  {name}: {}", pretty_expr(&field.expr));
                        }
                    }
                }
            }
            syn::Item::Impl(block) => {
                let target = pretty_type(&block.self_ty);
                let trait_name = block
                    .trait_
                    .as_ref()
                    .map(|(path, _)| format!("{} for ", pretty_expr_tokens(path)))
                    .unwrap_or_default();
                let _ = writeln!(out, "\nimpl {trait_name}{target}:");
                for item in &block.items {
                    if let syn::ImplItem::Fn(f) = item {
                        let public =
                            matches!(f.vis, syn::Visibility::Public(_)) || block.trait_.is_some();
                        if public {
                            let mut sig = f.sig.clone();
                            sig.generics.where_clause = None;
                            let _ = writeln!(out, "  {}", pretty_expr_tokens(&sig));
                        }
                    }
                }
            }
            syn::Item::Use(u) if matches!(u.vis, syn::Visibility::Public(_)) => {
                let tree = &u.tree;
                let _ = writeln!(out, "\npub use {}", pretty_expr_tokens(tree));
            }
            syn::Item::Macro(m) => {
                let _ = writeln!(out, "\n{}", pretty_expr_tokens(m));
            }
            _ => {}
        }
    }
    out
}

/// `Struct { a: 1, b: "x" }` entries of an `&[...]` array, each as `a = 1, b = "x"`.
fn struct_exprs(expr: &syn::Expr) -> Vec<String> {
    let mut expr = expr;
    if let syn::Expr::Reference(r) = expr {
        expr = &r.expr;
    }
    let syn::Expr::Array(array) = expr else {
        return vec![pretty_expr(expr)];
    };
    array
        .elems
        .iter()
        .map(|e| match e {
            syn::Expr::Struct(s) => s
                .fields
                .iter()
                .map(|f| format!("{} = {}", f.member.to_token_stream(), pretty_expr(&f.expr)))
                .collect::<Vec<_>>()
                .join(", "),
            other => pretty_expr(other),
        })
        .collect()
}

fn pretty_expr(expr: &syn::Expr) -> String {
    pretty_expr_tokens(expr)
}

/// Tokens as a person writes them, without the paths spelled out for hygiene: spaces only
/// between words and after `,` and `:`, around `->`, `=` and `+`; no trailing commas.
fn pretty_expr_tokens(tokens: impl ToTokens) -> String {
    let mut raw = tokens.to_token_stream().to_string();
    for prefix in [
        ":: std :: string :: ",
        ":: std :: option :: ",
        ":: std :: result :: ",
        ":: std :: vec :: ",
        ":: std :: convert :: ",
        ":: futures_util :: stream :: ",
        ":: futures_util :: future :: ",
        ":: futures_util :: ",
        ":: huaweicloud_core :: ",
        ":: chrono :: ",
        "types :: ",
    ] {
        raw = raw.replace(prefix, "");
    }
    raw = raw.replace(" :: ", "::");
    let chars: Vec<char> = raw.chars().collect();
    let word = |c: char| c.is_alphanumeric() || "_'\"".contains(c);
    // Spaces only between words; string literals as they are.
    let mut tight = Vec::new();
    let mut in_string = false;
    for (i, &c) in chars.iter().enumerate() {
        if c == '"' {
            in_string = !in_string;
        }
        if c == ' ' && !in_string {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            if !(prev.is_some_and(word) && next.is_some_and(word)) {
                continue;
            }
        }
        tight.push(c);
    }
    // Then the spaces a person types, and no trailing commas.
    let mut out = String::new();
    let mut in_string = false;
    for (i, &c) in tight.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| tight[p]);
        let next = tight.get(i + 1).copied();
        if c == '"' {
            in_string = !in_string;
        }
        if in_string || c == '"' {
            out.push(c);
            continue;
        }
        match c {
            ',' if matches!(next, Some(')' | ']' | '>' | '}')) => {}
            ',' => out.push_str(", "),
            ':' if prev != Some(':') && next != Some(':') => out.push_str(": "),
            '-' if next == Some('>') => out.push_str(" -"),
            '>' if prev == Some('-') => out.push_str("> "),
            '=' | '+' => {
                out.push(' ');
                out.push(c);
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    out
}

/// Items of a top-level module of the generated file.
fn module<'a>(file: &'a syn::File, name: &str) -> Option<&'a [syn::Item]> {
    file.items.iter().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == name => {
            m.content.as_ref().map(|(_, items)| items.as_slice())
        }
        _ => None,
    })
}

/// `(operation, METHOD, path)` for each method of `impl Client`, from progenitor's doc line
/// "Sends a `GET` request to `/path`".
fn operations(file: &syn::File) -> Vec<(String, String, String)> {
    let mut ops = Vec::new();
    for item in &file.items {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() || imp.self_ty.to_token_stream().to_string() != "Client" {
            continue;
        }
        for impl_item in &imp.items {
            let syn::ImplItem::Fn(f) = impl_item else {
                continue;
            };
            let doc = doc_text(&f.attrs);
            let Some(rest) = doc.split("Sends a `").nth(1) else {
                continue;
            };
            let method = rest.split('`').next().unwrap_or_default().to_owned();
            let path = rest
                .split("request to `")
                .nth(1)
                .and_then(|r| r.split('`').next())
                .unwrap_or_default();
            ops.push((f.sig.ident.to_string(), method, path.to_owned()));
        }
    }
    ops.sort();
    ops
}

fn doc_text(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `(Ok, Err)` types of the builder's `send()`, from `Result<ResponseValue<T>, Error<E>>`.
fn send_signature(builders: &[syn::Item], builder: &str) -> Option<(String, String)> {
    for item in builders {
        let syn::Item::Impl(imp) = item else { continue };
        if !imp
            .self_ty
            .to_token_stream()
            .to_string()
            .starts_with(builder)
        {
            continue;
        }
        for impl_item in &imp.items {
            let syn::ImplItem::Fn(f) = impl_item else {
                continue;
            };
            if f.sig.ident != "send" {
                continue;
            }
            let syn::ReturnType::Type(_, ty) = &f.sig.output else {
                continue;
            };
            let args = generic_args(ty)?;
            return Some((pretty_type(args.first()?), pretty_type(args.get(1)?)));
        }
    }
    None
}

fn generic_args(ty: &syn::Type) -> Option<Vec<syn::Type>> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    Some(
        args.args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t.clone()),
                _ => None,
            })
            .collect(),
    )
}

fn result_ok_type(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// A type as a person writes it: `Option<BoundedInt<1, 100>>`, not `:: std :: option :: ...`.
fn pretty_type(ty: &syn::Type) -> String {
    let mut s = ty.to_token_stream().to_string();
    for (from, to) in [
        (" :: ", "::"),
        (":: ", "::"),
        (" ::", "::"),
        (" < ", "<"),
        ("< ", "<"),
        (" <", "<"),
        (" >", ">"),
        (" ,", ","),
    ] {
        s = s.replace(from, to);
    }
    for prefix in [
        "::std::string::",
        "::std::option::",
        "::std::vec::",
        "::std::collections::",
        "::std::num::",
        "::huaweicloud_core::bounded::",
        "::huaweicloud_core::",
        "::progenitor_client::",
        "super::types::",
        "types::",
    ] {
        s = s.replace(prefix, "");
    }
    s
}

/// serde attributes worth seeing in a review: renames, `untagged`, `default`.
fn serde_attrs(attrs: &[syn::Attribute]) -> String {
    let mut parts = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let text = attr.meta.to_token_stream().to_string();
        for key in [
            "untagged",
            "rename",
            "default",
            "deny_unknown_fields",
            "transparent",
        ] {
            if text.contains(key) {
                let inner = text
                    .trim_start_matches("serde")
                    .trim()
                    .trim_start_matches('(')
                    .trim_end_matches(')');
                parts.push(inner.replace(" = ", "=").replace(" ,", ","));
                break;
            }
        }
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("  #[serde({})]", parts.join(", "))
    }
}

/// Regex patterns of the string newtypes, found in their `Regex::new("...")` calls.
fn patterns(types: &[syn::Item]) -> Vec<(String, String)> {
    struct Finder(Option<String>);
    impl<'ast> Visit<'ast> for Finder {
        fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
            if let syn::Expr::Path(p) = &*call.func {
                let segs: Vec<String> = p
                    .path
                    .segments
                    .iter()
                    .map(|s| s.ident.to_string())
                    .collect();
                if segs.ends_with(&["Regex".to_owned(), "new".to_owned()])
                    && let Some(syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    })) = call.args.first()
                {
                    self.0.get_or_insert(s.value());
                }
            }
            syn::visit::visit_expr_call(self, call);
        }
    }
    let mut out = Vec::new();
    for item in types {
        let syn::Item::Impl(imp) = item else { continue };
        let mut finder = Finder(None);
        finder.visit_item_impl(imp);
        if let Some(p) = finder.0 {
            let ty = pretty_type(&imp.self_ty);
            if !out.iter().any(|(t, _)| *t == ty) {
                out.push((ty, p));
            }
        }
    }
    out
}

/// `list_auditlogs` -> `ListAuditlogs`, the builder's name.
fn camel(snake: &str) -> String {
    snake
        .split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}
