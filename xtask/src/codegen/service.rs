//! The second file of a service crate, `generated_service.rs`: what the spec's extensions say
//! the service is, in code. Its `META` (name, endpoints, limits), the runtime hooks, the
//! normalized views (`x-log-file`, `x-log-link`), date-time conversions (`x-time`), a stream
//! for every paged list (`x-paging` with `x-window`), a batched call for every operation
//! taking ids (`x-batch`), and the crate's `LogApi` (`x-log`).
//!
//! Names of Rust fields, enum variants and types are read from progenitor's output for the
//! same spec, so the code follows whatever typify chose.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::spec::{Batch, LogFileMap, LogLinkMap, OperationSpec, Results, ServiceSpec};

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

    fn item(&self, name: &str) -> Option<&'a syn::Item> {
        self.items.iter().copied().find(|item| match item {
            syn::Item::Struct(s) => s.ident == name,
            syn::Item::Enum(e) => e.ident == name,
            syn::Item::Type(t) => t.ident == name,
            _ => false,
        })
    }

    /// The Rust field of property `prop` of struct `ty` (a `#[serde(rename)]` honoured).
    pub fn field(&self, ty: &str, prop: &str) -> Result<Ident, String> {
        let Some(syn::Item::Struct(s)) = self.item(ty) else {
            return Err(format!("no struct `{ty}` in the generated types"));
        };
        for field in &s.fields {
            let Some(ident) = &field.ident else { continue };
            let renamed = field.attrs.iter().any(|a| {
                a.path().is_ident("serde") && attr_text(a).contains(&format!("rename=\"{prop}\""))
            });
            if renamed || *ident == prop {
                return Ok(ident.clone());
            }
        }
        Err(format!("struct `{ty}` has no field for property `{prop}`"))
    }

    /// An expression borrowing the records of `ty` held in `value`, whichever shape `ty` is:
    /// a newtype of a `Vec`, a struct with one `Vec` field, or an enum of those.
    fn records(&self, ty: &str, value: TokenStream) -> Result<TokenStream, String> {
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
fn attr_text(attr: &syn::Attribute) -> String {
    quote::ToTokens::to_token_stream(attr)
        .to_string()
        .replace(' ', "")
}

fn type_string(ty: &syn::Type) -> String {
    quote::ToTokens::to_token_stream(ty)
        .to_string()
        .replace(' ', "")
}

fn ident(name: &str) -> Ident {
    Ident::new(&heck::ToSnakeCase::to_snake_case(name), Span::call_site())
}

fn ty(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Whether an operation of `service` takes the project id in its path.
pub fn project_scoped(service: &ServiceSpec) -> bool {
    service.operations.iter().any(|op| {
        op.params
            .iter()
            .any(|p| p.name == "project_id" && p.location == "path")
    })
}

/// The Rust source of `generated_service.rs` for `service`.
pub fn generate(service: &ServiceSpec, types: &Types<'_>) -> Result<TokenStream, String> {
    let meta = meta(service);
    let times = service.audit_times.iter().map(|name| {
        let t = ty(name);
        quote! {
            /// A date-time in any zone, formatted as the API wants it
            /// (`2020-12-06T09:00:00+0800`, in the value's own offset).
            impl<Tz: ::chrono::TimeZone> ::std::convert::TryFrom<::chrono::DateTime<Tz>> for types::#t
            where
                Tz::Offset: ::std::fmt::Display,
            {
                type Error = types::error::ConversionError;

                fn try_from(time: ::chrono::DateTime<Tz>) -> ::std::result::Result<Self, Self::Error> {
                    ::huaweicloud_core::wire::format_audit_time(&time).parse()
                }
            }
        }
    });
    let mut views = Vec::new();
    for (name, map) in &service.log_files {
        views.push(log_file_view(name, map, types)?);
    }
    for (name, map) in &service.log_links {
        views.push(log_link_view(name, map, types)?);
    }
    let mut pages = Vec::new();
    let mut methods = Vec::new();
    for op in &service.operations {
        if let Some(paging) = &op.paging {
            pages.push(page_files(op, service, types)?);
            methods.push(stream(op, paging, service, types)?);
        }
        if let Some(batch) = &op.batch {
            pages.push(batch_results(op, batch, service, types)?);
            methods.push(batched(op, batch, service, types)?);
        }
    }
    let log_api = log_api(service)?;
    // A project-scoped service finds its project id through IAM when none is given.
    let client_hooks = if project_scoped(service) {
        quote!(::huaweicloud_core::service_client!(Client, &META, discovery = &::huaweicloud_iam::PROJECT_DISCOVERY);)
    } else {
        quote!(::huaweicloud_core::service_client!(Client, &META);)
    };
    Ok(quote! {
        use crate::{Client, types};

        /// What a first program needs beside this crate, so one dependency line (and an async
        /// runtime) is enough.
        pub use ::huaweicloud_core::{
            Credentials, Downloader, Error, ErrorKind, LogApi, LogFile, LogLink, TimeWindow,
        };
        /// Date-times for the time parameters and windows.
        pub use ::chrono;
        /// `try_next()`, `try_collect()` and friends for the streams.
        pub use ::futures_util::{StreamExt, TryStreamExt};

        #meta

        #client_hooks

        #(#times)*
        #(#views)*
        #(#pages)*

        impl Client {
            #(#methods)*
        }

        #log_api
    })
}

fn meta(service: &ServiceSpec) -> TokenStream {
    let name = &service.name;
    let env = &service.env_names;
    let endpoints = service.endpoints.iter().map(|(url, regions)| {
        quote!(::huaweicloud_core::service::Endpoint { url: #url, regions: &[#(#regions),*] })
    });
    let operations = service.operations.iter().map(|op| {
        let id = &op.id;
        let opt_u32 = |v: Option<u64>| match v {
            Some(v) => {
                let v = proc_macro2::Literal::u64_unsuffixed(v);
                quote!(::std::option::Option::Some(#v))
            }
            None => quote!(::std::option::Option::None),
        };
        let page_size = opt_u32(op.paging.as_ref().map(|p| p.page_size));
        let batch_size = match op
            .batch
            .as_ref()
            .map(|b| proc_macro2::Literal::u64_unsuffixed(b.size))
        {
            Some(v) => quote!(::std::option::Option::Some(#v)),
            None => quote!(::std::option::Option::None),
        };
        let window = match &op.window {
            Some(w) => {
                let (s, e) = (&w.start, &w.end);
                quote!(::std::option::Option::Some((#s, #e)))
            }
            None => quote!(::std::option::Option::None),
        };
        let max = opt_u32(op.window.as_ref().and_then(|w| w.max_days));
        let split = opt_u32(op.window.as_ref().map(|w| w.split_days));
        let kind = match &op.log_kind {
            Some(k) => quote!(::std::option::Option::Some(#k)),
            None => quote!(::std::option::Option::None),
        };
        let required = op
            .params
            .iter()
            .filter(|p| p.required && p.location != "header")
            .map(|p| p.name.as_str());
        let optional = op
            .params
            .iter()
            .filter(|p| !p.required && p.location != "header")
            .map(|p| p.name.as_str());
        quote! {
            ::huaweicloud_core::service::OperationMeta {
                id: #id,
                required: &[#(#required),*],
                optional: &[#(#optional),*],
                page_size: #page_size,
                batch_size: #batch_size,
                window: #window,
                max_window_days: #max,
                split_window_days: #split,
                log_kind: #kind,
            }
        }
    });
    let endpoint_env = match &service.endpoint_env {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    };
    quote! {
        /// What this service is, from its spec: name, endpoints and the limits of its
        /// operations.
        pub static META: ::huaweicloud_core::ServiceMeta = ::huaweicloud_core::ServiceMeta {
            name: #name,
            env_names: &[#(#env),*],
            endpoint_env: #endpoint_env,
            endpoints: &[#(#endpoints),*],
            operations: &[#(#operations),*],
        };
    }
}

fn log_file_view(name: &str, map: &LogFileMap, types: &Types<'_>) -> Result<TokenStream, String> {
    let t = ty(name);
    let field = |prop: &str| types.field(name, prop);
    let (id_f, id_p) = (field(&map.id)?, &map.id);
    let (name_f, name_p) = (field(&map.name)?, &map.name);
    let node = match &map.node {
        Some(p) => {
            let f = field(p)?;
            quote!(w::opt_text(#p, &self.#f)?)
        }
        None => quote!(::std::option::Option::None),
    };
    let kib = map.size_kib;
    let size = match &map.size {
        Some(p) => {
            let f = field(p)?;
            quote!(w::size(#p, &self.#f, #kib)?)
        }
        None => quote!(::std::option::Option::None),
    };
    let time = |p: &Option<String>| -> Result<TokenStream, String> {
        Ok(match p {
            Some(p) => {
                let f = field(p)?;
                quote!(w::time(#p, &self.#f)?)
            }
            None => quote!(::std::option::Option::None),
        })
    };
    let (start, end) = (time(&map.start)?, time(&map.end)?);
    let active = match &map.status {
        Some(p) => {
            let f = field(p)?;
            let inactive = &map.inactive;
            quote!(w::active(#p, &self.#f, &[#(#inactive),*])?)
        }
        None => quote!(true),
    };
    let exact = !kib;
    Ok(quote! {
        impl types::#t {
            /// This record in the one model of a log file: sizes in bytes and typed times,
            /// whichever shape the service sent. Fails on the first value that makes no
            /// sense, naming the field.
            pub fn to_log_file(&self) -> ::std::result::Result<::huaweicloud_core::LogFile, ::huaweicloud_core::wire::WireError> {
                use ::huaweicloud_core::wire::from_json as w;
                ::std::result::Result::Ok(::huaweicloud_core::LogFile {
                    id: w::text(#id_p, &self.#id_f)?,
                    name: w::text(#name_p, &self.#name_f)?,
                    node_id: #node,
                    size_bytes: #size,
                    size_exact: #exact,
                    start_time: #start,
                    end_time: #end,
                    active: #active,
                })
            }
        }
    })
}

fn log_link_view(name: &str, map: &LogLinkMap, types: &Types<'_>) -> Result<TokenStream, String> {
    let t = ty(name);
    let field = |prop: &str| types.field(name, prop);
    let (url_f, url_p) = (field(&map.url)?, &map.url);
    let id = match &map.id {
        Some(p) => {
            let f = field(p)?;
            quote!(w::opt_text(#p, &self.#f)?.unwrap_or_default())
        }
        None => quote!(::std::string::String::new()),
    };
    let size = match &map.size {
        Some(p) => {
            let f = field(p)?;
            quote!(w::size(#p, &self.#f, false)?)
        }
        None => quote!(::std::option::Option::None),
    };
    let expires = match &map.expires {
        Some(p) => {
            let f = field(p)?;
            quote!(w::time(#p, &self.#f)?)
        }
        None => quote!(::std::option::Option::None),
    };
    Ok(quote! {
        impl types::#t {
            /// This record in the one model of a download link (its id empty when the service
            /// sent none).
            pub fn to_log_link(&self) -> ::std::result::Result<::huaweicloud_core::LogLink, ::huaweicloud_core::wire::WireError> {
                use ::huaweicloud_core::wire::from_json as w;
                ::std::result::Result::Ok(::huaweicloud_core::LogLink {
                    id: #id,
                    url: w::text(#url_p, &self.#url_f)?,
                    size_bytes: #size,
                    expires_at: #expires,
                })
            }
        }
    })
}

fn log_file_schema<'s>(service: &'s ServiceSpec, schema: &str) -> Option<&'s LogFileMap> {
    service
        .log_files
        .iter()
        .find(|(n, _)| n == schema)
        .map(|(_, m)| m)
}

fn log_link_schema<'s>(service: &'s ServiceSpec, schema: &str) -> Option<&'s LogLinkMap> {
    service
        .log_links
        .iter()
        .find(|(n, _)| n == schema)
        .map(|(_, m)| m)
}

/// `files()` on a page whose records have a log-file view.
fn page_files(
    op: &OperationSpec,
    service: &ServiceSpec,
    types: &Types<'_>,
) -> Result<TokenStream, String> {
    let Some(paging) = &op.paging else {
        return Ok(TokenStream::new());
    };
    if log_file_schema(service, &paging.item_schema).is_none() {
        return Ok(TokenStream::new());
    }
    let response = op.response.as_deref().ok_or("no response schema")?;
    let r = ty(response);
    let items = types.field(response, &paging.items)?;
    let item = ty(&paging.item_schema);
    Ok(quote! {
        impl types::#r {
            /// The files of this page, normalized. Fails on the first value that makes no
            /// sense (a negative size, an unreadable time), naming the field.
            pub fn files(&self) -> ::std::result::Result<::std::vec::Vec<::huaweicloud_core::LogFile>, ::huaweicloud_core::wire::WireError> {
                self.#items.iter().map(types::#item::to_log_file).collect()
            }
        }
    })
}

/// `results()` (and `links()`) on an answer whose results come in several shapes.
fn batch_results(
    op: &OperationSpec,
    batch: &Batch,
    service: &ServiceSpec,
    types: &Types<'_>,
) -> Result<TokenStream, String> {
    let Results::Shapes(record) = &batch.results else {
        return Ok(TokenStream::new());
    };
    let response = op.response.as_deref().ok_or("no response schema")?;
    let r = ty(response);
    let rec = ty(record);
    let records = types.records(response, quote!(self))?;
    let links = log_link_schema(service, record).map(|_| {
        quote! {
            /// The links, normalized: one list with typed expiry times, whatever the wire
            /// shape.
            pub fn links(&self) -> ::std::result::Result<::std::vec::Vec<::huaweicloud_core::LogLink>, ::huaweicloud_core::wire::WireError> {
                self.results().iter().map(types::#rec::to_log_link).collect()
            }
        }
    });
    Ok(quote! {
        impl types::#r {
            /// The results, whichever of its shapes the service answered with.
            pub fn results(&self) -> &[types::#rec] {
                #records
            }
            #links
        }
    })
}

/// The parameters a stream or a batched call takes from its caller: the path parameters but
/// the project id, then the required query parameters, in the order of the spec, leaving out
/// those the machinery fills.
fn caller_params<'o>(op: &'o OperationSpec, skip: &[&str]) -> (Vec<&'o str>, Vec<&'o str>) {
    let mut required = Vec::new();
    let mut optional = Vec::new();
    for p in &op.params {
        if p.name == "project_id" || skip.contains(&p.name.as_str()) || p.location == "header" {
            continue;
        }
        if p.location == "path" || p.required {
            required.push(p.name.as_str());
        } else {
            optional.push(p.name.as_str());
        }
    }
    (required, optional)
}

fn stream(
    op: &OperationSpec,
    paging: &super::spec::Paging,
    service: &ServiceSpec,
    types: &Types<'_>,
) -> Result<TokenStream, String> {
    let window = op.window.as_ref();
    let mut skip = vec![paging.offset.as_str(), paging.limit.as_str()];
    if let Some(w) = window {
        skip.extend([w.start.as_str(), w.end.as_str()]);
    }
    let (required, optional) = caller_params(op, &skip);
    let name = ident(&paging.stream);
    let op_fn = ident(&op.id);
    let op_id = &op.id;
    let service_name = &service.name;
    let req_idents: Vec<Ident> = required.iter().map(|p| ident(p)).collect();
    let opt_idents: Vec<Ident> = optional.iter().map(|p| ident(p)).collect();
    let (offset, limit) = (ident(&paging.offset), ident(&paging.limit));
    let page_size = proc_macro2::Literal::u64_unsuffixed(paging.page_size);
    let response = op.response.as_deref().ok_or("no response schema")?;
    let viewed = log_file_schema(service, &paging.item_schema).is_some();
    let (item_ty, items_expr, key_expr) = if viewed {
        (
            quote!(::huaweicloud_core::LogFile),
            quote!(page.files().map_err(|e| ::huaweicloud_core::Error::from(e).with_operation(#service_name, #op_id))?),
            quote!(|f: &::huaweicloud_core::LogFile| f.id.clone()),
        )
    } else {
        let item = ty(&paging.item_schema);
        let key = types.field(&paging.item_schema, &paging.key)?;
        let items = types.field(response, &paging.items)?;
        (
            quote!(types::#item),
            quote!(page.#items.clone()),
            quote!(|r: &types::#item| r.#key.clone()),
        )
    };
    let total = match &paging.total {
        Some(t) => {
            let f = types.field(response, t)?;
            quote!(::huaweicloud_core::wire::from_json::size(#t, &page.#f, false).ok().flatten())
        }
        None => quote!(::std::option::Option::None),
    };
    let window_args = window.map(|w| {
        let (start, end) = (ident(&w.start), ident(&w.end));
        quote!(.#start(w.start()).#end(w.end()))
    });
    // One window's (or, without a window, the whole list's) pages.
    let pages = quote! {
        ::huaweicloud_core::paging::offset_pages(
            #page_size,
            #key_expr,
            move |offset| {
                let client = client.clone();
                #(let #req_idents = #req_idents.clone();)*
                #(let #opt_idents = #opt_idents.clone();)*
                async move {
                    #[allow(unused_mut)]
                    let mut request = client
                        .#op_fn()
                        #(.#req_idents(#req_idents))*
                        #window_args
                        .#offset(i64::from(offset))
                        .#limit(i64::from(#page_size));
                    #(
                        if let ::std::option::Option::Some(value) = #opt_idents {
                            request = request.#opt_idents(value);
                        }
                    )*
                    let page = request.send().await?.into_inner();
                    let items = #items_expr;
                    ::std::result::Result::Ok(::huaweicloud_core::paging::Page {
                        items,
                        total: #total,
                    })
                }
            },
        )
    };
    let item = quote!(::std::result::Result<#item_ty, ::huaweicloud_core::Error>);
    let owned = quote! {
        #(let #req_idents = #req_idents.to_owned();)*
        #(let #opt_idents = #opt_idents.map(str::to_owned);)*
    };
    let Some(w) = window else {
        let doc = format!(
            "Every record of `{op_id}`, listed {page_size} records a page, each once. The first \
             error ends the stream."
        );
        return Ok(quote! {
            #[doc = #doc]
            pub fn #name(
                &self,
                #(#req_idents: &str,)*
                #(#opt_idents: ::std::option::Option<&str>,)*
            ) -> impl ::futures_util::Stream<Item = #item> + Send + Unpin + 'static {
                let client = self.clone();
                #owned
                ::futures_util::StreamExt::boxed(#pages)
            }
        });
    };
    let split = proc_macro2::Literal::u64_unsuffixed(w.split_days);
    let doc = format!(
        "Every record of `{op_id}` in `window`: windows longer than {split} days are split, \
         each is listed {page_size} records a page, and a record listed in two windows comes \
         once. The first error ends the stream."
    );
    Ok(quote! {
        #[doc = #doc]
        pub fn #name(
            &self,
            #(#req_idents: &str,)*
            window: ::huaweicloud_core::TimeWindow,
            #(#opt_idents: ::std::option::Option<&str>,)*
        ) -> impl ::futures_util::Stream<Item = #item> + Send + Unpin + 'static {
            let client = self.clone();
            #owned
            let per_window = move |w: ::huaweicloud_core::TimeWindow| {
                let client = client.clone();
                #(let #req_idents = #req_idents.clone();)*
                #(let #opt_idents = #opt_idents.clone();)*
                #pages
            };
            ::futures_util::StreamExt::boxed(::huaweicloud_core::paging::windowed(
                window,
                ::chrono::TimeDelta::days(#split),
                per_window,
                #key_expr,
            ))
        }
    })
}

fn batched(
    op: &OperationSpec,
    batch: &Batch,
    service: &ServiceSpec,
    types: &Types<'_>,
) -> Result<TokenStream, String> {
    let (required, _) = caller_params(op, &[]);
    let req_idents: Vec<Ident> = required.iter().map(|p| ident(p)).collect();
    let name = ident(&batch.call);
    let op_fn = ident(&op.id);
    let op_id = &op.id;
    let service_name = &service.name;
    let size = proc_macro2::Literal::u64_unsuffixed(batch.size);
    let body = ty(op.body.as_deref().ok_or("no request body schema")?);
    let ids = ident(&batch.ids);
    let response = op.response.as_deref().ok_or("no response schema")?;
    let decode = |e: TokenStream| quote!(#e.map_err(|e| ::huaweicloud_core::Error::from(e).with_operation(#service_name, #op_id)));
    // The answer's results, and how one becomes a link (`asked`: the id asked for).
    let item = match &batch.results {
        Results::Strings(_) => quote!(::std::string::String),
        Results::Records(_, record) | Results::Shapes(record) => {
            let record = ty(record);
            quote!(types::#record)
        }
    };
    let (results, to_link, linked) = match &batch.results {
        Results::Strings(prop) => {
            let f = types.field(response, prop)?;
            (
                quote!(answer.#f),
                quote!(
                    |(asked, url): (::std::string::String, ::std::string::String)| {
                        ::std::result::Result::Ok(::huaweicloud_core::LogLink {
                            id: asked,
                            url,
                            size_bytes: ::std::option::Option::None,
                            expires_at: ::std::option::Option::None,
                        })
                    }
                ),
                true,
            )
        }
        Results::Records(_, record) | Results::Shapes(record)
            if log_link_schema(service, record).is_some() =>
        {
            let results = match &batch.results {
                Results::Records(prop, _) => {
                    let f = types.field(response, prop)?;
                    quote!(answer.#f)
                }
                _ => quote!(answer.results().to_vec()),
            };
            let convert = decode(quote!(record.to_log_link()));
            let record = ty(record);
            (
                results,
                quote!(|(asked, record): (::std::string::String, types::#record)| {
                    let mut link = #convert?;
                    if link.id.is_empty() {
                        link.id = asked;
                    }
                    ::std::result::Result::Ok(link)
                }),
                true,
            )
        }
        Results::Records(prop, _) => {
            let f = types.field(response, prop)?;
            (quote!(answer.#f), TokenStream::new(), false)
        }
        Results::Shapes(_) => (quote!(answer.results().to_vec()), TokenStream::new(), false),
    };
    let fetch = quote! {
        ::huaweicloud_core::paging::batched(&ids, #size, (#service_name, #op_id), |batch| {
            let request = self
                .#op_fn()
                #(.#req_idents(#req_idents))*
                .body(types::#body::builder().#ids(batch));
            async move {
                let answer = request.send().await?.into_inner();
                ::std::result::Result::Ok(#results)
            }
        })
        .await
    };
    if linked {
        let doc = format!(
            "Download links for the files `ids`, asked for {size} ids a call, one per id in the \
             order given, each carrying its file's id (the one the service sent, or else the \
             one asked for in the same position). No ids, no call."
        );
        Ok(quote! {
            #[doc = #doc]
            pub async fn #name(
                &self,
                #(#req_idents: &str,)*
                ids: &[impl ::std::convert::AsRef<str>],
            ) -> ::std::result::Result<::std::vec::Vec<::huaweicloud_core::LogLink>, ::huaweicloud_core::Error> {
                let ids: ::std::vec::Vec<::std::string::String> = ids.iter().map(|id| id.as_ref().to_owned()).collect();
                let paired = #fetch?;
                paired.into_iter().map(#to_link).collect()
            }
        })
    } else {
        let doc = format!(
            "`{op_id}` for any number of `ids`, asked for {size} ids a call, each result paired \
             with its id in the order given. No ids, no call."
        );
        Ok(quote! {
            #[doc = #doc]
            pub async fn #name(
                &self,
                #(#req_idents: &str,)*
                ids: &[impl ::std::convert::AsRef<str>],
            ) -> ::std::result::Result<::std::vec::Vec<(::std::string::String, #item)>, ::huaweicloud_core::Error> {
                let ids: ::std::vec::Vec<::std::string::String> = ids.iter().map(|id| id.as_ref().to_owned()).collect();
                #fetch
            }
        })
    }
}

/// `impl LogApi for Client` when the spec marks log operations.
fn log_api(service: &ServiceSpec) -> Result<TokenStream, String> {
    let listings: Vec<&OperationSpec> = service
        .operations
        .iter()
        .filter(|op| op.log_kind.is_some() && op.paging.is_some())
        .collect();
    if listings.is_empty() {
        return Ok(TokenStream::new());
    }
    let mut files = Vec::new();
    let mut links = Vec::new();
    for op in &listings {
        let kind = op.log_kind.clone().unwrap_or_default();
        let paging = op.paging.as_ref().ok_or("paging")?;
        let window = op.window.as_ref().ok_or_else(|| {
            format!(
                "operation {}: a log listing (x-log with x-paging) needs x-window",
                op.id
            )
        })?;
        let skip = [
            paging.offset.as_str(),
            paging.limit.as_str(),
            window.start.as_str(),
            window.end.as_str(),
        ];
        let (required, optional) = caller_params(op, &skip);
        let node_required = required.contains(&"node_id");
        let allowed = |p: &&str| *p == "instance_id" || *p == "node_id";
        if !required.iter().all(allowed) || !optional.iter().all(allowed) {
            return Err(format!(
                "operation {}: a log listing takes only instance_id and node_id besides paging and window",
                op.id
            ));
        }
        let stream = ident(&paging.stream);
        let args_req: Vec<TokenStream> = required
            .iter()
            .map(|p| match *p {
                "node_id" => quote!(node),
                _ => quote!(instance_id),
            })
            .collect();
        let args_opt: Vec<TokenStream> = optional.iter().map(|_| quote!(node_id)).collect();
        let one_node = format!(
            "{} lists {kind} logs one node at a time: give a node id",
            service.name
        );
        let call = if node_required {
            quote! {
                match node_id {
                    ::std::option::Option::Some(node) => ::futures_util::StreamExt::boxed(self.#stream(#(#args_req,)* window)),
                    ::std::option::Option::None => ::futures_util::StreamExt::boxed(::futures_util::stream::once(::std::future::ready(
                        ::std::result::Result::Err(::huaweicloud_core::Error::invalid_input(
                            "node_id",
                            #one_node,
                        )),
                    ))),
                }
            }
        } else if optional.contains(&"node_id") {
            quote!(::futures_util::StreamExt::boxed(self.#stream(#(#args_req,)* window, #(#args_opt),*)))
        } else {
            let why = format!(
                "{} lists {kind} logs by instance, not by node",
                service.name
            );
            quote! {
                match node_id {
                    ::std::option::Option::Some(_) => ::futures_util::StreamExt::boxed(::futures_util::stream::once(::std::future::ready(
                        ::std::result::Result::Err(::huaweicloud_core::Error::invalid_input("node_id", #why)),
                    ))),
                    ::std::option::Option::None => ::futures_util::StreamExt::boxed(self.#stream(#(#args_req,)* window)),
                }
            }
        };
        files.push(quote!(#kind => #call));
        let link_op = service
            .operations
            .iter()
            .find(|o| o.log_kind.as_deref() == Some(kind.as_str()) && o.batch.is_some())
            .ok_or_else(|| format!("log kind {kind}: no x-batch operation gives its links"))?;
        let batch = link_op.batch.as_ref().ok_or("batch")?;
        let call = ident(&batch.call);
        links.push(quote!(#kind => ::std::boxed::Box::pin(self.#call(instance_id, ids))));
    }
    Ok(quote! {
        impl ::huaweicloud_core::LogApi for Client {
            fn meta(&self) -> &'static ::huaweicloud_core::ServiceMeta {
                &META
            }

            fn runtime(&self) -> &::huaweicloud_core::Runtime {
                Client::runtime(self)
            }

            fn base_url(&self) -> &str {
                ::huaweicloud_core::progenitor_client::ClientInfo::baseurl(self)
            }

            fn log_files(
                &self,
                kind: &str,
                instance_id: &str,
                node_id: ::std::option::Option<&str>,
                window: ::huaweicloud_core::TimeWindow,
            ) -> ::futures_util::stream::BoxStream<'static, ::std::result::Result<::huaweicloud_core::LogFile, ::huaweicloud_core::Error>> {
                match kind {
                    #(#files,)*
                    _ => ::futures_util::StreamExt::boxed(::futures_util::stream::once(::std::future::ready(
                        ::std::result::Result::Err(::huaweicloud_core::log_api::unknown_kind(&META, kind)),
                    ))),
                }
            }

            fn log_links<'a>(
                &'a self,
                kind: &'a str,
                instance_id: &'a str,
                ids: &'a [::std::string::String],
            ) -> ::futures_util::future::BoxFuture<'a, ::std::result::Result<::std::vec::Vec<::huaweicloud_core::LogLink>, ::huaweicloud_core::Error>> {
                match kind {
                    #(#links,)*
                    _ => ::std::boxed::Box::pin(::std::future::ready(::std::result::Result::Err(
                        ::huaweicloud_core::log_api::unknown_kind(&META, kind),
                    ))),
                }
            }
        }
    })
}
