//! `impl LogApi for Client`: the log operations of a spec behind the one trait the archiver
//! uses: paged listings with their batched links (`x-log`), exports (`x-log-export`), the
//! instances (`x-instances`, `x-instance-detail`) and the log policies (`x-log-policy`).

use proc_macro2::TokenStream;
use quote::quote;

use super::super::spec::{OperationSpec, ServiceSpec};
use super::calls::caller_params;
use super::{Types, ident};

/// A one-item stream that fails with `invalid_input(field, why)`.
fn fails(field: &str, why: &str) -> TokenStream {
    quote! {
        ::futures_util::StreamExt::boxed(::futures_util::stream::once(::std::future::ready(
            ::std::result::Result::Err(::huaweicloud_core::Error::invalid_input(#field, #why)),
        )))
    }
}

/// How a listing of `kind` takes its node: `(node required, node optional)`, after checking it
/// takes nothing else from its caller.
fn node_use(
    op: &OperationSpec,
    required: &[&str],
    optional: &[&str],
) -> Result<(bool, bool), String> {
    let allowed = |p: &&str| *p == "instance_id" || *p == "node_id";
    if !required.iter().all(allowed) || !optional.iter().all(allowed) {
        return Err(format!(
            "operation {}: a log operation takes only instance_id and node_id from its caller",
            op.id
        ));
    }
    Ok((required.contains(&"node_id"), optional.contains(&"node_id")))
}

/// Call `call` with its node as `node_use` says: required, optional, or refused.
fn by_node(
    service: &ServiceSpec,
    kind: &str,
    (required, optional): (bool, bool),
    call: impl Fn(TokenStream) -> TokenStream,
) -> TokenStream {
    if required {
        let one_node = format!(
            "{} lists {kind} logs one node at a time: give a node id",
            service.name
        );
        let err = fails("node_id", &one_node);
        let ok = call(quote!(node));
        quote! {
            match node_id {
                ::std::option::Option::Some(node) => #ok,
                ::std::option::Option::None => #err,
            }
        }
    } else if optional {
        call(quote!(node_id))
    } else {
        let why = format!(
            "{} lists {kind} logs by instance, not by node",
            service.name
        );
        let err = fails("node_id", &why);
        let ok = call(TokenStream::new());
        quote! {
            match node_id {
                ::std::option::Option::Some(_) => #err,
                ::std::option::Option::None => #ok,
            }
        }
    }
}

/// `impl LogApi for Client` when the spec marks log operations.
pub(super) fn log_api(service: &ServiceSpec, types: &Types<'_>) -> Result<TokenStream, String> {
    let mut files = Vec::new();
    let mut links = Vec::new();
    for op in &service.operations {
        if let (Some(kind), Some(paging)) = (&op.log_kind, &op.paging) {
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
            let nodes = node_use(op, &required, &optional)?;
            let stream = ident(&paging.stream);
            let call = by_node(service, kind, nodes, |node| {
                let args = if nodes.0 {
                    quote!(instance_id, #node, window)
                } else if nodes.1 {
                    quote!(instance_id, window, #node)
                } else {
                    quote!(instance_id, window)
                };
                quote!(::futures_util::StreamExt::boxed(self.#stream(#args)))
            });
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
        if let Some(export) = &op.export {
            let kind = &export.kind;
            let (required, optional) = caller_params(op, &[]);
            let nodes = node_use(op, &required, &optional)?;
            // With `by-name`, the call that falls back to one file at a time; `only` lets the
            // links ask for just the files wanted.
            let (call, every, only) = match &export.by_name {
                Some(_) => (
                    super::calls::every_file_call(export),
                    quote!(, ::std::option::Option::None),
                    quote!(, ::std::option::Option::Some(ids)),
                ),
                None => (ident(&export.call), quote!(), quote!()),
            };
            let listing = by_node(service, kind, nodes, |node| {
                let args = if nodes.0 {
                    quote!(&instance_id, &#node #every)
                } else {
                    quote!(&instance_id #every)
                };
                let owned = if nodes.0 {
                    quote!(let #node = #node.to_owned();)
                } else {
                    quote!()
                };
                quote! {{
                    let client = self.clone();
                    let instance_id = instance_id.to_owned();
                    #owned
                    ::futures_util::StreamExt::boxed(::futures_util::TryStreamExt::try_flatten(
                        ::futures_util::stream::once(async move {
                            let exported = client.#call(#args).await?;
                            ::std::result::Result::Ok::<_, ::huaweicloud_core::Error>(::futures_util::stream::iter(
                                exported.into_iter().map(|(file, _)| ::std::result::Result::Ok(file)),
                            ))
                        }),
                    ))
                }}
            });
            files.push(quote!(#kind => #listing));
            let missing = format!(
                "{} exports {kind} logs one node at a time: give a node id",
                service.name
            );
            let node_arg = if nodes.0 {
                quote! {
                    let ::std::option::Option::Some(node) = node_id else {
                        return ::std::result::Result::Err(::huaweicloud_core::Error::invalid_input("node_id", #missing));
                    };
                }
            } else {
                quote!()
            };
            let args = if nodes.0 {
                quote!(instance_id, node #only)
            } else {
                quote!(instance_id #only)
            };
            links.push(quote! {
                #kind => ::std::boxed::Box::pin(async move {
                    #node_arg
                    let exported = self.#call(#args).await?;
                    ::huaweicloud_core::log_api::links_of(exported, ids)
                })
            });
        }
    }
    let instances = instances(service, types)?;
    let policy = policy(service, types)?;
    if files.is_empty() && instances.is_empty() {
        return Ok(TokenStream::new());
    }
    let err = quote!(::huaweicloud_core::Error);
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
            ) -> ::futures_util::stream::BoxStream<'static, ::std::result::Result<::huaweicloud_core::LogFile, #err>> {
                let _ = &window;
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
                node_id: ::std::option::Option<&'a str>,
                ids: &'a [::std::string::String],
            ) -> ::futures_util::future::BoxFuture<'a, ::std::result::Result<::std::vec::Vec<::huaweicloud_core::LogLink>, #err>> {
                let _ = node_id;
                match kind {
                    #(#links,)*
                    _ => ::std::boxed::Box::pin(::std::future::ready(::std::result::Result::Err(
                        ::huaweicloud_core::log_api::unknown_kind(&META, kind),
                    ))),
                }
            }

            #instances
            #policy
        }
    })
}

/// `LogApi::instances` from the operation with `x-instances` (and the node ids from its
/// records, or from the operation with `x-instance-detail`).
fn instances(service: &ServiceSpec, types: &Types<'_>) -> Result<TokenStream, String> {
    let Some(op) = service.operations.iter().find(|o| o.instances.is_some()) else {
        return Ok(TokenStream::new());
    };
    let (Some(ext), Some(paging)) = (&op.instances, &op.paging) else {
        return Err(format!("operation {}: x-instances needs x-paging", op.id));
    };
    let record = &paging.item_schema;
    let stream = ident(&paging.stream);
    let (_, optional) = caller_params(op, &[paging.offset.as_str(), paging.limit.as_str()]);
    let nones = optional.iter().map(|_| quote!(::std::option::Option::None));
    let (id, name) = (&ext.id, &ext.name);
    let (id_f, name_f) = (types.field(record, id)?, types.field(record, name)?);
    let (service_name, op_id) = (&service.name, &op.id);
    let err_from =
        quote!(|e| ::huaweicloud_core::Error::from(e).with_operation(#service_name, #op_id));
    let nodes = match (&ext.nodes, &ext.detail) {
        (Some(path), _) => {
            let (values, _) = types.pluck(record, quote!(&record), path)?;
            let leaf = path.last().cloned().unwrap_or_default();
            quote! {
                #values
                    .map(|v| ::huaweicloud_core::wire::from_json::text(#leaf, v))
                    .collect::<::std::result::Result<::std::vec::Vec<_>, _>>()
                    .map_err(#err_from)?
            }
        }
        (None, Some(detail)) => {
            let detail_op = service
                .operations
                .iter()
                .find(|o| &o.id == detail)
                .ok_or_else(|| format!("x-instances.detail: no operation {detail}"))?;
            let path = detail_op
                .detail_nodes
                .as_ref()
                .ok_or_else(|| format!("operation {detail} has no x-instance-detail"))?;
            let response = detail_op
                .response
                .as_deref()
                .ok_or_else(|| format!("operation {detail}: no response schema"))?;
            let (values, _) = types.pluck(response, quote!(&detail), path)?;
            let leaf = path.last().cloned().unwrap_or_default();
            let call = ident(detail);
            quote! {{
                let detail = client.#call().instance_id(id.as_str()).send().await?.into_inner();
                #values
                    .map(|v| ::huaweicloud_core::wire::from_json::text(#leaf, v))
                    .collect::<::std::result::Result<::std::vec::Vec<_>, _>>()
                    .map_err(|e| ::huaweicloud_core::Error::from(e).with_operation(#service_name, #detail))?
            }}
        }
        (None, None) => quote!(::std::vec::Vec::new()),
    };
    let rec = super::ty(record);
    Ok(quote! {
        fn instances(&self) -> ::futures_util::stream::BoxStream<'static, ::std::result::Result<::huaweicloud_core::Instance, ::huaweicloud_core::Error>> {
            let client = self.clone();
            ::futures_util::StreamExt::boxed(::futures_util::TryStreamExt::and_then(
                self.#stream(#(#nones),*),
                move |record: types::#rec| {
                    let client = client.clone();
                    async move {
                        let _ = &client;
                        let id = ::huaweicloud_core::wire::from_json::text(#id, &record.#id_f).map_err(#err_from)?;
                        let name = ::huaweicloud_core::wire::from_json::opt_text(#name, &record.#name_f)
                            .map_err(#err_from)?
                            .unwrap_or_default();
                        let node_ids = #nodes;
                        ::std::result::Result::Ok(::huaweicloud_core::Instance { id, name, node_ids })
                    }
                },
            ))
        }
    })
}

/// `LogApi::log_policy` from the operations with `x-log-policy`.
fn policy(service: &ServiceSpec, types: &Types<'_>) -> Result<TokenStream, String> {
    let mut arms = Vec::new();
    for op in &service.operations {
        let Some(policy) = &op.policy else { continue };
        let response = op
            .response
            .as_deref()
            .ok_or_else(|| format!("operation {}: no response schema", op.id))?;
        let keep = &policy.keep_days;
        let f = types.field(response, keep)?;
        let call = ident(&op.id);
        let (kind, service_name, op_id) = (&policy.kind, &service.name, &op.id);
        arms.push(quote! {
            #kind => ::std::boxed::Box::pin(async move {
                let answer = self.#call().instance_id(instance_id).send().await?.into_inner();
                let keep_days = ::huaweicloud_core::wire::from_json::integer(#keep, &answer.#f)
                    .map_err(|e| ::huaweicloud_core::Error::from(e).with_operation(#service_name, #op_id))?;
                ::std::result::Result::Ok(::std::option::Option::Some(::huaweicloud_core::LogPolicy { keep_days }))
            })
        });
    }
    if arms.is_empty() {
        return Ok(TokenStream::new());
    }
    Ok(quote! {
        fn log_policy<'a>(
            &'a self,
            kind: &'a str,
            instance_id: &'a str,
        ) -> ::futures_util::future::BoxFuture<'a, ::std::result::Result<::std::option::Option<::huaweicloud_core::LogPolicy>, ::huaweicloud_core::Error>> {
            match kind {
                #(#arms,)*
                _ => ::std::boxed::Box::pin(::std::future::ready(::std::result::Result::Ok(::std::option::Option::None))),
            }
        }
    })
}
