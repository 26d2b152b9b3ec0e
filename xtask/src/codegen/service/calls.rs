//! The calls a spec's extensions add to `Client`: a stream for every paged list (`x-paging`,
//! with `x-window`), a batched call for every operation taking ids (`x-batch`).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::super::spec::{Batch, OperationSpec, Results, ServiceSpec};
use super::views::{log_file_schema, log_link_schema};
use super::{Types, ident, ty};

/// The parameters a stream or a batched call takes from its caller: the path parameters but
/// the project id, then the required query parameters, in the order of the spec, leaving out
/// those the machinery fills.
pub(super) fn caller_params<'o>(
    op: &'o OperationSpec,
    skip: &[&str],
) -> (Vec<&'o str>, Vec<&'o str>) {
    let mut required = Vec::new();
    let mut optional = Vec::new();
    for p in &op.params {
        if p.name == "project_id" || skip.contains(&p.name.as_str()) || p.location == "header" {
            continue;
        }
        if p.location == "path" || p.required {
            required.push(p.name.as_str());
        } else if p.string {
            // Optional filters a caller gives as `Option<&str>`; others are left unset.
            optional.push(p.name.as_str());
        }
    }
    (required, optional)
}

pub(super) fn stream(
    op: &OperationSpec,
    paging: &super::super::spec::Paging,
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
            #[allow(clippy::too_many_arguments)]
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
        #[allow(clippy::too_many_arguments)]
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

pub(super) fn batched(
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

/// The call of an export (`x-log-export`): asked again until the service has prepared the
/// files (or for at most a minute), then every record as a file, with its link when it is
/// ready.
pub(super) fn export(
    op: &OperationSpec,
    export: &super::super::spec::Export,
    service: &ServiceSpec,
    types: &Types<'_>,
) -> Result<TokenStream, String> {
    let (required, _) = caller_params(op, &[]);
    let req_idents: Vec<Ident> = required.iter().map(|p| ident(p)).collect();
    let name = ident(&export.call);
    let op_fn = ident(&op.id);
    let (op_id, service_name) = (&op.id, &service.name);
    let response = op.response.as_deref().ok_or("no response schema")?;
    let (records, record) = types.pluck(
        response,
        quote!(&answer),
        std::slice::from_ref(&export.items),
    )?;
    if record != export.item_schema {
        return Err(format!(
            "operation {op_id}: `{}` holds {record}, not {}",
            export.items, export.item_schema
        ));
    }
    if log_file_schema(service, &record).is_none() || log_link_schema(service, &record).is_none() {
        return Err(format!(
            "operation {op_id}: the records of an x-log-export ({record}) need x-log-file and x-log-link"
        ));
    }
    let rec = ty(&record);
    let overall = match &export.status {
        Some(p) => {
            let f = types.field(response, p)?;
            let pending = &export.pending;
            quote! {
                ::huaweicloud_core::wire::from_json::opt_text(#p, &answer.#f)
                    .ok()
                    .flatten()
                    .is_some_and(|status| [#(#pending),*].iter().any(|p| p.eq_ignore_ascii_case(&status)))
            }
        }
        None => TokenStream::new(),
    };
    let overall = if overall.is_empty() {
        quote!(records.iter().any(|r| r.export_pending()))
    } else {
        quote!((#overall) || records.iter().any(|r| r.export_pending()))
    };
    let mut doc = format!(
        "The files `{op_id}` prepares, asked again while it says they are being prepared (for \
         at most a minute, the pauses growing from 1 to 8 seconds): each with its link when it \
         is ready; a file still being prepared, or failed, comes without one and inactive."
    );
    // One file by name (`by-name`): the name goes in the body, checked against its schema.
    let (name_param, body, set_body) = match &export.by_name {
        Some(by_name) => {
            let field = &by_name.field;
            let param = ident(field);
            let body_ty = ty(op
                .body
                .as_deref()
                .ok_or("by-name needs a request body schema")?);
            doc.push_str(&format!(
                " With `{field}`, only that file is exported; without it, every file at once."
            ));
            (
                quote!(#param: ::std::option::Option<&str>,),
                quote! {
                    let body = match #param {
                        ::std::option::Option::Some(value) => ::std::option::Option::Some(
                            ::serde_json::from_value::<types::#body_ty>(::serde_json::json!({ #field: value }))
                                .map_err(|e| ::huaweicloud_core::Error::invalid_input(#field, e.to_string()))?,
                        ),
                        ::std::option::Option::None => ::std::option::Option::None,
                    };
                },
                quote! {
                    let request = match &body {
                        ::std::option::Option::Some(body) => request.body(body.clone()),
                        ::std::option::Option::None => request,
                    };
                },
            )
        }
        None => (TokenStream::new(), TokenStream::new(), TokenStream::new()),
    };
    let every_file = match &export.by_name {
        Some(by_name) => every_file(op, export, by_name, service, types)?,
        None => TokenStream::new(),
    };
    Ok(quote! {
        #every_file
        #[doc = #doc]
        pub async fn #name(
            &self,
            #(#req_idents: &str,)*
            #name_param
        ) -> ::std::result::Result<
            ::std::vec::Vec<(::huaweicloud_core::LogFile, ::std::option::Option<::huaweicloud_core::LogLink>)>,
            ::huaweicloud_core::Error,
        > {
            #body
            ::huaweicloud_core::paging::exported(|| {
                let request = self.#op_fn() #(.#req_idents(#req_idents))*;
                #set_body
                async move {
                    let answer = request.send().await?.into_inner();
                    let records: ::std::vec::Vec<&types::#rec> = #records.collect();
                    let pending = #overall;
                    let items = records
                        .iter()
                        .map(|r| {
                            let file = r.to_log_file()?;
                            let link = if file.active {
                                ::std::option::Option::Some(r.to_log_link()?)
                            } else {
                                ::std::option::Option::None
                            };
                            ::std::result::Result::Ok((file, link))
                        })
                        .collect::<::std::result::Result<::std::vec::Vec<_>, ::huaweicloud_core::wire::WireError>>()
                        .map_err(|e| ::huaweicloud_core::Error::from(e).with_operation(#service_name, #op_id))?;
                    ::std::result::Result::Ok(::huaweicloud_core::paging::ExportAnswer { items, pending })
                }
            })
            .await
        }
    })
}

/// The name of the method that exports every file of an `x-log-export` with `by-name`.
pub(super) fn every_file_call(export: &super::super::spec::Export) -> Ident {
    ident(&format!("{}_every_file", export.call))
}

/// For an export with `by-name`: every file (or the named ones), asked at once, and when the
/// service refuses that (a 400), one at a time by the names its listing gives.
fn every_file(
    op: &OperationSpec,
    export: &super::super::spec::Export,
    by_name: &super::super::spec::ByName,
    service: &ServiceSpec,
    types: &Types<'_>,
) -> Result<TokenStream, String> {
    let (required, _) = caller_params(op, &[]);
    let req_idents: Vec<Ident> = required.iter().map(|p| ident(p)).collect();
    let (call, all) = (ident(&export.call), every_file_call(export));
    let names_op = service
        .operations
        .iter()
        .find(|o| o.paging.as_ref().is_some_and(|p| p.stream == by_name.names))
        .ok_or_else(|| {
            format!(
                "operation {}: x-log-export.by-name.names `{}` is no x-paging stream",
                op.id, by_name.names
            )
        })?;
    let paging = names_op.paging.as_ref().ok_or("paging")?;
    let key = types.field(&paging.item_schema, &paging.key)?;
    let skip = vec![paging.offset.as_str(), paging.limit.as_str()];
    if let Some(w) = &names_op.window {
        return Err(format!(
            "operation {}: the names stream `{}` has a window ({} to {}); by-name needs a listing of every file",
            op.id, by_name.names, w.start, w.end
        ));
    }
    let (names_required, names_optional) = caller_params(names_op, &skip);
    if let Some(extra) = names_required.iter().find(|p| !required.contains(p)) {
        return Err(format!(
            "operation {}: the names stream `{}` needs `{extra}`, which the export does not have",
            op.id, by_name.names
        ));
    }
    let names_args: Vec<Ident> = names_required.iter().map(|p| ident(p)).collect();
    let nones = names_optional
        .iter()
        .map(|_| quote!(::std::option::Option::None));
    let stream = ident(&by_name.names);
    let (op_id, field, names) = (&op.id, &by_name.field, &by_name.names);
    let doc = format!(
        "Every file `{op_id}` prepares, or only those of `only`: asked at once, and when the \
         service refuses that (HTTP 400, as RDS does for SQL Server without `{field}`), one \
         file at a time, by the names `{names}` gives (or those of `only`)."
    );
    Ok(quote! {
        #[doc = #doc]
        pub async fn #all(
            &self,
            #(#req_idents: &str,)*
            only: ::std::option::Option<&[::std::string::String]>,
        ) -> ::std::result::Result<
            ::std::vec::Vec<(::huaweicloud_core::LogFile, ::std::option::Option<::huaweicloud_core::LogLink>)>,
            ::huaweicloud_core::Error,
        > {
            match self.#call(#(#req_idents,)* ::std::option::Option::None).await {
                ::std::result::Result::Err(e) if ::huaweicloud_core::log_api::refused_whole_export(&e) => {}
                other => return other,
            }
            let names: ::std::vec::Vec<::std::string::String> = match only {
                ::std::option::Option::Some(only) => only.to_vec(),
                ::std::option::Option::None => {
                    ::futures_util::TryStreamExt::try_collect(::futures_util::TryStreamExt::map_ok(
                        self.#stream(#(#names_args,)* #(#nones),*),
                        |r| r.#key.to_string(),
                    ))
                    .await?
                }
            };
            let mut every = ::std::vec::Vec::new();
            for name in &names {
                every.extend(self.#call(#(#req_idents,)* ::std::option::Option::Some(name)).await?);
            }
            ::std::result::Result::Ok(every)
        }
    })
}
