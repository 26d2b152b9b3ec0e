//! The second file of a service crate, `generated_service.rs`: what the spec's extensions say
//! the service is, in code. Its `META` (name, endpoints, limits), the runtime hooks, the
//! normalized views (`x-log-file`, `x-log-link`), date-time conversions (`x-time`), a stream
//! for every paged list (`x-paging` with `x-window`), a batched call for every operation
//! taking ids (`x-batch`), the crate's `LogApi` (`x-log`), and `pub mod examples`: every
//! operation in use, each a `no_run` doctest that `cargo test` compiles ([`examples`], also
//! what the spec reference shows).
//!
//! Names of Rust fields, enum variants and types are read from progenitor's output for the
//! same spec, so the code follows whatever typify chose.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::spec::ServiceSpec;

mod calls;
pub mod examples;
mod log_api;
pub mod schemas;
mod types;
mod views;

use calls::{batched, stream};
pub use types::Types;
use views::{batch_results, log_file_view, log_link_view, page_files};

/// A Rust identifier for a wire name, as progenitor makes it: snake case, and a keyword with
/// `_` after it (`type` is `type_`).
pub(super) fn ident(name: &str) -> Ident {
    let mut snake = heck::ToSnakeCase::to_snake_case(name);
    if syn::parse_str::<Ident>(&snake).is_err() {
        snake.push('_');
    }
    Ident::new(&snake, Span::call_site())
}

pub(super) fn ty(name: &str) -> Ident {
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
        if let Some(export) = &op.export {
            methods.push(calls::export(op, export, service, types)?);
        }
    }
    let log_api = log_api::log_api(service, types)?;
    let examples = examples::module(service, &examples::examples(service, types)?);
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
            Credentials, Downloader, Error, ErrorKind, Instance, LogApi, LogFile, LogLink,
            LogPolicy, TimeWindow,
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

        #examples
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
        let kind = match op.log_kind.as_ref().or(op.export.as_ref().map(|e| &e.kind)) {
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
        let export = op.export.is_some();
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
                export: #export,
            }
        }
    });
    let endpoint_env = match &service.endpoint_env {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    };
    let default_log_kind = match &service.default_log_kind {
        Some(k) => quote!(::std::option::Option::Some(#k)),
        None => quote!(::std::option::Option::None),
    };
    quote! {
        /// What this service is, from its spec: name, endpoints and the limits of its
        /// operations.
        pub static META: ::huaweicloud_core::ServiceMeta = ::huaweicloud_core::ServiceMeta {
            name: #name,
            env_names: &[#(#env),*],
            endpoint_env: #endpoint_env,
            default_log_kind: #default_log_kind,
            endpoints: &[#(#endpoints),*],
            operations: &[#(#operations),*],
        };
    }
}
