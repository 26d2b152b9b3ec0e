//! Rewrites of progenitor's output, each for a reason a user would meet: all of them fail
//! loudly when progenitor's output no longer has the shape they rewrite, so an upgrade that
//! changes it is noticed here and not by a user.
//!
//! - **Setter errors kept** ([`keep_setter_errors`]).
//! - **One error type**: each builder's `send()` returns `huaweicloud_core::Error`, naming the
//!   service and the operation whatever failed (a setter's value, the transport, the service,
//!   the decoding); progenitor's own error stays inside, in a private `send_raw()`.
//! - **The project id from the client**: a builder's `project_id` starts as the client's (from
//!   its builder or the environment, or found through IAM before the first call sends), so a
//!   call sets it only to override it.
//! - **No client outside the builder**: progenitor's `Client::new(baseurl, runtime)` builds a
//!   `reqwest::Client` that follows redirects (taking credential headers along) and panics
//!   without a TLS provider; it is removed, and `new_with_client` hidden. Clients come from
//!   `Client::builder()`.

use quote::quote;
use syn::visit_mut::VisitMut;

/// Every rewrite, in order.
pub fn all(file: &mut syn::File) -> Result<(), String> {
    keep_setter_errors(file)?;
    send_returns_core_error(file)?;
    project_id_from_client(file)?;
    no_client_outside_the_builder(file)?;
    private_generated_error(file)?;
    Ok(())
}

/// progenitor re-exports its `Error` at the crate root; it stays private, so the crate's
/// `Error` is `huaweicloud_core::Error` (re-exported by `generated_service.rs`), the one a
/// user meets.
fn private_generated_error(file: &mut syn::File) -> Result<(), String> {
    let mut found = false;
    let mut added = Vec::new();
    for item in &mut file.items {
        let syn::Item::Use(u) = item else { continue };
        if !matches!(u.vis, syn::Visibility::Public(_)) {
            continue;
        }
        let syn::UseTree::Path(path) = &mut u.tree else {
            continue;
        };
        if path.ident != "progenitor_client" {
            continue;
        }
        let syn::UseTree::Group(group) = &mut *path.tree else {
            continue;
        };
        let before = group.items.len();
        group.items = group
            .items
            .iter()
            .filter(|t| !matches!(t, syn::UseTree::Name(n) if n.ident == "Error"))
            .cloned()
            .collect();
        if group.items.len() < before {
            found = true;
            added.push(syn::parse_quote! {
                #[allow(unused_imports)]
                use progenitor_client::Error;
            });
        }
    }
    if !found {
        return Err(
            "progenitor's output does not re-export `progenitor_client::Error`; has it changed?"
                .to_owned(),
        );
    }
    file.items.splice(0..0, added);
    Ok(())
}

/// The items of the top-level module `name`.
fn module<'f>(file: &'f mut syn::File, name: &str) -> Result<&'f mut Vec<syn::Item>, String> {
    file.items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, items)| items),
            _ => None,
        })
        .ok_or_else(|| format!("progenitor's output has no `{name}` module"))
}

/// The inherent impl blocks of a module.
fn inherent_impls(items: &mut [syn::Item]) -> impl Iterator<Item = &mut syn::ItemImpl> {
    items.iter_mut().filter_map(|item| match item {
        syn::Item::Impl(i) if i.trait_.is_none() => Some(i),
        _ => None,
    })
}

/// The string of `operation_id: "..."` in a function body (progenitor's `OperationInfo`).
fn operation_id(block: &syn::Block) -> Option<String> {
    #[derive(Default)]
    struct Find(Option<String>);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_field_value(&mut self, field: &'ast syn::FieldValue) {
            if let (syn::Member::Named(name), syn::Expr::Lit(lit)) = (&field.member, &field.expr)
                && name == "operation_id"
                && let syn::Lit::Str(s) = &lit.lit
            {
                self.0.get_or_insert(s.value());
            }
            syn::visit::visit_field_value(self, field);
        }
    }
    let mut find = Find::default();
    syn::visit::Visit::visit_block(&mut find, block);
    find.0
}

/// `pub async fn send(self) -> Result<ResponseValue<T>, Error<E>>` of every builder becomes
/// the private `send_raw`, and a new `send` returns `huaweicloud_core::Error` with the
/// service and operation attached.
fn send_returns_core_error(file: &mut syn::File) -> Result<(), String> {
    let builders = module(file, "builder")?;
    let mut rewritten = 0;
    for block in inherent_impls(builders) {
        let mut added = Vec::new();
        let self_ty = &block.self_ty;
        let builder = quote!(#self_ty).to_string();
        for item in &mut block.items {
            let syn::ImplItem::Fn(f) = item else { continue };
            if f.sig.ident != "send" {
                continue;
            }
            let op = operation_id(&f.block)
                .ok_or_else(|| format!("`send` of {builder} names no operation_id"))?;
            let syn::ReturnType::Type(_, ty) = &f.sig.output else {
                return Err("a builder's `send` returns nothing".to_owned());
            };
            let ok = result_ok(ty).ok_or("a builder's `send` does not return a Result")?;
            let docs: Vec<syn::Attribute> = f
                .attrs
                .iter()
                .filter(|a| a.path().is_ident("doc"))
                .cloned()
                .collect();
            f.sig.ident = syn::Ident::new("send_raw", f.sig.ident.span());
            f.vis = syn::Visibility::Inherited;
            f.attrs.retain(|a| !a.path().is_ident("doc"));
            let fill = quote!(#f).to_string().contains("project_id").then(|| {
                quote! {
                    ::huaweicloud_core::client::fill_project_id(&mut self.project_id, self.client.runtime())
                        .await
                        .map_err(op)?;
                }
            });
            let receiver = if fill.is_some() {
                quote!(mut self)
            } else {
                quote!(self)
            };
            added.push(syn::parse_quote! {
                #(#docs)*
                ///
                /// Any failure is a `huaweicloud_core::Error` naming the service and this
                /// operation.
                pub async fn send(#receiver) -> ::std::result::Result<#ok, ::huaweicloud_core::Error> {
                    let op = |e: ::huaweicloud_core::Error| e.with_operation(crate::META.name, #op);
                    #fill
                    self.send_raw()
                        .await
                        .map_err(|e| op(::huaweicloud_core::Error::from(e)))
                }
            });
            rewritten += 1;
        }
        block.items.extend(added);
    }
    if rewritten == 0 {
        return Err("no builder `send` found; has progenitor's output changed?".to_owned());
    }
    Ok(())
}

/// `T` of `Result<T, E>`.
fn result_ok(ty: &syn::Type) -> Option<syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    })
}

/// In every builder's `new(client)`, `project_id: Err("project_id was not initialized")`
/// becomes the client's project id.
fn project_id_from_client(file: &mut syn::File) -> Result<(), String> {
    struct Init(usize);
    impl VisitMut for Init {
        fn visit_field_value_mut(&mut self, field: &mut syn::FieldValue) {
            if matches!(&field.member, syn::Member::Named(n) if n == "project_id")
                && matches!(&field.expr, syn::Expr::Call(c) if matches!(&*c.func, syn::Expr::Path(p) if p.path.is_ident("Err")))
            {
                field.expr =
                    syn::parse_quote!(::huaweicloud_core::client::project_id_for(client.runtime()));
                self.0 += 1;
            }
        }
    }
    let builders = module(file, "builder")?;
    let mut init = Init(0);
    let mut with_field = 0;
    for block in inherent_impls(builders) {
        for item in &mut block.items {
            if let syn::ImplItem::Fn(f) = item
                && f.sig.ident == "new"
            {
                if quote!(#f).to_string().contains("project_id") {
                    with_field += 1;
                }
                init.visit_impl_item_fn_mut(f);
            }
        }
    }
    if init.0 != with_field {
        return Err(format!(
            "{with_field} builders take a project id but {} start from the client's; \
             has progenitor's output changed?",
            init.0
        ));
    }
    Ok(())
}

/// Remove `Client::new`, hide `Client::new_with_client`.
fn no_client_outside_the_builder(file: &mut syn::File) -> Result<(), String> {
    let block = inherent_impls(&mut file.items)
        .find(|i| {
            let self_ty = &i.self_ty;
            quote!(#self_ty).to_string() == "Client"
        })
        .ok_or("progenitor's output has no `impl Client`")?;
    let before = block.items.len();
    block
        .items
        .retain(|item| !matches!(item, syn::ImplItem::Fn(f) if f.sig.ident == "new"));
    if block.items.len() + 1 != before {
        return Err("`impl Client` has no `new`; has progenitor's output changed?".to_owned());
    }
    let with_client = block
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::ImplItem::Fn(f) if f.sig.ident == "new_with_client" => Some(f),
            _ => None,
        })
        .ok_or("`impl Client` has no `new_with_client`")?;
    with_client.attrs.retain(|a| !a.path().is_ident("doc"));
    with_client.attrs.push(syn::parse_quote!(#[doc(hidden)]));
    Ok(())
}

/// Rewrite every builder setter's `.map_err(|_| "conversion to `T` for FIELD failed"
/// .to_string())` into `.map_err(|e| format!("FIELD: {e}"))`, and add the `Display` bound on
/// the conversion error that this needs. Fails if progenitor's output has no such setter, so
/// a progenitor upgrade that changes the pattern is noticed here, not by a user.
fn keep_setter_errors(file: &mut syn::File) -> Result<(), String> {
    /// Rewrites the closures of one function body; records the fields it rewrote.
    #[derive(Default)]
    struct Closures(Vec<String>);

    impl VisitMut for Closures {
        fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
            if let Some(field) = dropped_conversion_error(expr) {
                let message = format!("{field}: {{e}}");
                *expr = syn::parse_quote!(|e| format!(#message));
                self.0.push(field);
                return;
            }
            syn::visit_mut::visit_expr_mut(self, expr);
        }
    }

    #[derive(Default)]
    struct Setters {
        rewritten: usize,
        error: Option<String>,
    }

    impl VisitMut for Setters {
        fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
            let mut closures = Closures::default();
            closures.visit_block_mut(&mut f.block);
            if closures.0.is_empty() {
                return;
            }
            let Some(clause) = f.sig.generics.where_clause.as_mut() else {
                self.error = Some(format!("setter `{}` has no where clause", f.sig.ident));
                return;
            };
            let mut added = Vec::new();
            for predicate in &clause.predicates {
                let syn::WherePredicate::Type(p) = predicate else {
                    continue;
                };
                for bound in &p.bounds {
                    if let syn::TypeParamBound::Trait(t) = bound
                        && t.path.segments.last().is_some_and(|s| s.ident == "TryInto")
                    {
                        let (ty, path) = (&p.bounded_ty, &t.path);
                        added.push(syn::parse_quote!(
                            <#ty as #path>::Error: ::std::fmt::Display
                        ));
                    }
                }
            }
            if added.is_empty() {
                self.error = Some(format!("setter `{}` has no TryInto bound", f.sig.ident));
                return;
            }
            clause.predicates.extend::<Vec<syn::WherePredicate>>(added);
            self.rewritten += closures.0.len();
        }
    }

    let mut setters = Setters::default();
    setters.visit_file_mut(file);
    if let Some(error) = setters.error {
        return Err(error);
    }
    if setters.rewritten == 0 {
        return Err(
            "no builder setter with progenitor's \"conversion to ... failed\" \
                    message found; has its output changed?"
                .to_owned(),
        );
    }
    Ok(())
}

/// The field of `|_| "conversion to `T` for FIELD failed".to_string()` (with or without a
/// block around the body).
fn dropped_conversion_error(expr: &syn::Expr) -> Option<String> {
    let syn::Expr::Closure(closure) = expr else {
        return None;
    };
    if closure.inputs.len() != 1 || !matches!(closure.inputs.first(), Some(syn::Pat::Wild(_))) {
        return None;
    }
    let mut body = &*closure.body;
    if let syn::Expr::Block(block) = body
        && let [syn::Stmt::Expr(inner, None)] = block.block.stmts.as_slice()
    {
        body = inner;
    }
    let syn::Expr::MethodCall(call) = body else {
        return None;
    };
    let syn::Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(text),
        ..
    }) = &*call.receiver
    else {
        return None;
    };
    if call.method != "to_string" {
        return None;
    }
    let text = text.value();
    let rest = text.strip_prefix("conversion to `")?;
    let field = rest.split_once("` for ")?.1.strip_suffix(" failed")?;
    Some(field.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setter_errors_keep_the_conversion_error() {
        let mut file: syn::File = syn::parse_quote! {
            impl<'a> ListAuditlogs<'a> {
                pub fn limit<V>(mut self, value: V) -> Self
                where
                    V: std::convert::TryInto<Limit>,
                {
                    self.limit = value.try_into().map(Some).map_err(|_| {
                        "conversion to `Limit` for limit failed".to_string()
                    });
                    self
                }
            }
        };
        assert_eq!(keep_setter_errors(&mut file), Ok(()));
        let text = quote::quote!(#file).to_string().replace(' ', "");
        assert!(
            text.contains(r#"map_err(|e|format!("limit:{e}"))"#),
            "{text}"
        );
        assert!(
            text.contains("<VasTryInto<Limit>>::Error:::std::fmt::Display")
                || text.contains("<Vasstd::convert::TryInto<Limit>>::Error:::std::fmt::Display"),
            "{text}"
        );

        let mut none: syn::File = syn::parse_quote! { fn f() {} };
        assert!(keep_setter_errors(&mut none).is_err());
    }
}
