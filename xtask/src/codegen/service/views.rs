//! The normalized views of records: `to_log_file()` (`x-log-file`), `to_log_link()`
//! (`x-log-link`), a page's `files()`, and the `results()`/`links()` of a batched answer that
//! comes in several shapes.

use proc_macro2::TokenStream;
use quote::quote;

use super::super::spec::{Batch, LogFileMap, LogLinkMap, OperationSpec, Results, ServiceSpec};
use super::{Types, ty};

pub(super) fn log_file_view(
    name: &str,
    map: &LogFileMap,
    types: &Types<'_>,
) -> Result<TokenStream, String> {
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
            // Not available: failed, or (an export) not ready yet.
            let inactive = map.inactive.iter().chain(&map.pending);
            quote!(w::active(#p, &self.#f, &[#(#inactive),*])?)
        }
        None => quote!(true),
    };
    let pending = match (&map.status, map.pending.is_empty()) {
        (Some(p), false) => {
            let f = field(p)?;
            let values = &map.pending;
            quote! {
                /// Whether the service is still preparing this file (its status says so).
                pub fn export_pending(&self) -> bool {
                    ::huaweicloud_core::wire::from_json::opt_text(#p, &self.#f)
                        .ok()
                        .flatten()
                        .is_some_and(|status| [#(#values),*].iter().any(|v| v.eq_ignore_ascii_case(&status)))
                }
            }
        }
        _ => quote! {
            /// Whether the service is still preparing this file: never, as far as its spec says.
            pub fn export_pending(&self) -> bool {
                false
            }
        },
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

            #pending
        }
    })
}

pub(super) fn log_link_view(
    name: &str,
    map: &LogLinkMap,
    types: &Types<'_>,
) -> Result<TokenStream, String> {
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

pub(super) fn log_file_schema<'s>(
    service: &'s ServiceSpec,
    schema: &str,
) -> Option<&'s LogFileMap> {
    service
        .log_files
        .iter()
        .find(|(n, _)| n == schema)
        .map(|(_, m)| m)
}

pub(super) fn log_link_schema<'s>(
    service: &'s ServiceSpec,
    schema: &str,
) -> Option<&'s LogLinkMap> {
    service
        .log_links
        .iter()
        .find(|(n, _)| n == schema)
        .map(|(_, m)| m)
}

/// `files()` on a page whose records have a log-file view.
pub(super) fn page_files(
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
pub(super) fn batch_results(
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
