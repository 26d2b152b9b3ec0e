// Generated from specs/dds.yaml by `cargo xtask codegen`; do not modify.
// Change the spec and regenerate instead.

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
/// What this service is, from its spec: name, endpoints and the limits of its
/// operations.
pub static META: ::huaweicloud_core::ServiceMeta = ::huaweicloud_core::ServiceMeta {
    name: "dds",
    env_names: &["DDS"],
    endpoint_env: ::std::option::Option::None,
    default_log_kind: ::std::option::Option::Some("audit"),
    endpoints: &[
        ::huaweicloud_core::service::Endpoint {
            url: "https://dds.{region}.myhuaweicloud.com",
            regions: &[
                "ae-ad-1",
                "af-north-1",
                "af-south-1",
                "ap-southeast-1",
                "ap-southeast-2",
                "ap-southeast-3",
                "ap-southeast-4",
                "ap-southeast-5",
                "cn-east-2",
                "cn-east-3",
                "cn-east-4",
                "cn-east-5",
                "cn-north-1",
                "cn-north-2",
                "cn-north-4",
                "cn-north-9",
                "cn-north-11",
                "cn-north-12",
                "cn-south-1",
                "cn-south-2",
                "cn-south-4",
                "cn-southwest-2",
                "cn-southwest-3",
                "eu-west-0",
                "la-north-2",
                "la-south-2",
                "me-east-1",
                "my-kualalumpur-1",
                "na-mexico-1",
                "ru-moscow-1",
                "ru-northwest-2",
                "sa-brazil-1",
                "tr-west-1",
            ],
        },
        ::huaweicloud_core::service::Endpoint {
            url: "https://dds.{region}.myhuaweicloud.eu",
            regions: &["eu-west-101"],
        },
    ],
    operations: &[
        ::huaweicloud_core::service::OperationMeta {
            id: "list_instances",
            required: &["project_id"],
            optional: &[
                "id",
                "name",
                "mode",
                "datastore_type",
                "vpc_id",
                "subnet_id",
                "offset",
                "limit",
                "tags",
            ],
            page_size: ::std::option::Option::Some(100),
            batch_size: ::std::option::Option::None,
            window: ::std::option::Option::None,
            max_window_days: ::std::option::Option::None,
            split_window_days: ::std::option::Option::None,
            log_kind: ::std::option::Option::None,
            export: false,
        },
        ::huaweicloud_core::service::OperationMeta {
            id: "list_auditlogs",
            required: &["project_id", "instance_id", "start_time", "end_time"],
            optional: &["node_id", "offset", "limit"],
            page_size: ::std::option::Option::Some(100),
            batch_size: ::std::option::Option::None,
            window: ::std::option::Option::Some(("start_time", "end_time")),
            max_window_days: ::std::option::Option::Some(30),
            split_window_days: ::std::option::Option::Some(30),
            log_kind: ::std::option::Option::Some("audit"),
            export: false,
        },
        ::huaweicloud_core::service::OperationMeta {
            id: "list_auditlog_links",
            required: &["project_id", "instance_id"],
            optional: &[],
            page_size: ::std::option::Option::None,
            batch_size: ::std::option::Option::Some(50),
            window: ::std::option::Option::None,
            max_window_days: ::std::option::Option::None,
            split_window_days: ::std::option::Option::None,
            log_kind: ::std::option::Option::Some("audit"),
            export: false,
        },
        ::huaweicloud_core::service::OperationMeta {
            id: "show_auditlog_policy",
            required: &["project_id", "instance_id"],
            optional: &[],
            page_size: ::std::option::Option::None,
            batch_size: ::std::option::Option::None,
            window: ::std::option::Option::None,
            max_window_days: ::std::option::Option::None,
            split_window_days: ::std::option::Option::None,
            log_kind: ::std::option::Option::None,
            export: false,
        },
        ::huaweicloud_core::service::OperationMeta {
            id: "download_errorlog",
            required: &["project_id", "instance_id"],
            optional: &[],
            page_size: ::std::option::Option::None,
            batch_size: ::std::option::Option::None,
            window: ::std::option::Option::None,
            max_window_days: ::std::option::Option::None,
            split_window_days: ::std::option::Option::None,
            log_kind: ::std::option::Option::Some("error"),
            export: true,
        },
        ::huaweicloud_core::service::OperationMeta {
            id: "download_slowlog",
            required: &["project_id", "instance_id"],
            optional: &[],
            page_size: ::std::option::Option::None,
            batch_size: ::std::option::Option::None,
            window: ::std::option::Option::None,
            max_window_days: ::std::option::Option::None,
            split_window_days: ::std::option::Option::None,
            log_kind: ::std::option::Option::Some("slow"),
            export: true,
        },
    ],
};
::huaweicloud_core::service_client!(
    Client, & META, discovery = & ::huaweicloud_iam::PROJECT_DISCOVERY
);
/// A date-time in any zone, formatted as the API wants it
/// (`2020-12-06T09:00:00+0800`, in the value's own offset).
impl<Tz: ::chrono::TimeZone> ::std::convert::TryFrom<::chrono::DateTime<Tz>>
for types::AuditTime
where
    Tz::Offset: ::std::fmt::Display,
{
    type Error = types::error::ConversionError;
    fn try_from(
        time: ::chrono::DateTime<Tz>,
    ) -> ::std::result::Result<Self, Self::Error> {
        ::huaweicloud_core::wire::format_audit_time(&time).parse()
    }
}
impl types::AuditLog {
    /// This record in the one model of a log file: sizes in bytes and typed times,
    /// whichever shape the service sent. Fails on the first value that makes no
    /// sense, naming the field.
    pub fn to_log_file(
        &self,
    ) -> ::std::result::Result<
        ::huaweicloud_core::LogFile,
        ::huaweicloud_core::wire::WireError,
    > {
        use ::huaweicloud_core::wire::from_json as w;
        ::std::result::Result::Ok(::huaweicloud_core::LogFile {
            id: w::text("id", &self.id)?,
            name: w::text("name", &self.name)?,
            node_id: w::opt_text("node_id", &self.node_id)?,
            size_bytes: w::size("size", &self.size, false)?,
            size_exact: true,
            start_time: w::time("start_time", &self.start_time)?,
            end_time: w::time("end_time", &self.end_time)?,
            active: true,
        })
    }
    /// Whether the service is still preparing this file: never, as far as its spec says.
    pub fn export_pending(&self) -> bool {
        false
    }
}
impl types::DownloadSlowlogResult {
    /// This record in the one model of a log file: sizes in bytes and typed times,
    /// whichever shape the service sent. Fails on the first value that makes no
    /// sense, naming the field.
    pub fn to_log_file(
        &self,
    ) -> ::std::result::Result<
        ::huaweicloud_core::LogFile,
        ::huaweicloud_core::wire::WireError,
    > {
        use ::huaweicloud_core::wire::from_json as w;
        ::std::result::Result::Ok(::huaweicloud_core::LogFile {
            id: w::text("file_name", &self.file_name)?,
            name: w::text("file_name", &self.file_name)?,
            node_id: w::opt_text("node_name", &self.node_name)?,
            size_bytes: w::size("file_size", &self.file_size, true)?,
            size_exact: false,
            start_time: ::std::option::Option::None,
            end_time: w::time("update_at", &self.update_at)?,
            active: w::active("status", &self.status, &["FAILED", "EXPORTING"])?,
        })
    }
    /// Whether the service is still preparing this file (its status says so).
    pub fn export_pending(&self) -> bool {
        ::huaweicloud_core::wire::from_json::opt_text("status", &self.status)
            .ok()
            .flatten()
            .is_some_and(|status| {
                ["EXPORTING"].iter().any(|v| v.eq_ignore_ascii_case(&status))
            })
    }
}
impl types::DownloadSlowlogResult {
    /// This record in the one model of a download link (its id empty when the service
    /// sent none).
    pub fn to_log_link(
        &self,
    ) -> ::std::result::Result<
        ::huaweicloud_core::LogLink,
        ::huaweicloud_core::wire::WireError,
    > {
        use ::huaweicloud_core::wire::from_json as w;
        ::std::result::Result::Ok(::huaweicloud_core::LogLink {
            id: w::opt_text("file_name", &self.file_name)?.unwrap_or_default(),
            url: w::text("file_link", &self.file_link)?,
            size_bytes: ::std::option::Option::None,
            expires_at: ::std::option::Option::None,
        })
    }
}
impl types::ListAuditlogsResponse {
    /// The files of this page, normalized. Fails on the first value that makes no
    /// sense (a negative size, an unreadable time), naming the field.
    pub fn files(
        &self,
    ) -> ::std::result::Result<
        ::std::vec::Vec<::huaweicloud_core::LogFile>,
        ::huaweicloud_core::wire::WireError,
    > {
        self.audit_logs.iter().map(types::AuditLog::to_log_file).collect()
    }
}
impl Client {
    ///Every record of `list_instances`, listed 100 records a page, each once. The first error ends the stream.
    #[allow(clippy::too_many_arguments)]
    pub fn instance_records(
        &self,
        id: ::std::option::Option<&str>,
        name: ::std::option::Option<&str>,
        mode: ::std::option::Option<&str>,
        datastore_type: ::std::option::Option<&str>,
        vpc_id: ::std::option::Option<&str>,
        subnet_id: ::std::option::Option<&str>,
        tags: ::std::option::Option<&str>,
    ) -> impl ::futures_util::Stream<
        Item = ::std::result::Result<
            types::QueryInstanceResponse,
            ::huaweicloud_core::Error,
        >,
    > + Send + Unpin + 'static {
        let client = self.clone();
        let id = id.map(str::to_owned);
        let name = name.map(str::to_owned);
        let mode = mode.map(str::to_owned);
        let datastore_type = datastore_type.map(str::to_owned);
        let vpc_id = vpc_id.map(str::to_owned);
        let subnet_id = subnet_id.map(str::to_owned);
        let tags = tags.map(str::to_owned);
        ::futures_util::StreamExt::boxed(
            ::huaweicloud_core::paging::offset_pages(
                100,
                |r: &types::QueryInstanceResponse| r.id.clone(),
                move |offset| {
                    let client = client.clone();
                    let id = id.clone();
                    let name = name.clone();
                    let mode = mode.clone();
                    let datastore_type = datastore_type.clone();
                    let vpc_id = vpc_id.clone();
                    let subnet_id = subnet_id.clone();
                    let tags = tags.clone();
                    async move {
                        #[allow(unused_mut)]
                        let mut request = client
                            .list_instances()
                            .offset(i64::from(offset))
                            .limit(i64::from(100));
                        if let ::std::option::Option::Some(value) = id {
                            request = request.id(value);
                        }
                        if let ::std::option::Option::Some(value) = name {
                            request = request.name(value);
                        }
                        if let ::std::option::Option::Some(value) = mode {
                            request = request.mode(value);
                        }
                        if let ::std::option::Option::Some(value) = datastore_type {
                            request = request.datastore_type(value);
                        }
                        if let ::std::option::Option::Some(value) = vpc_id {
                            request = request.vpc_id(value);
                        }
                        if let ::std::option::Option::Some(value) = subnet_id {
                            request = request.subnet_id(value);
                        }
                        if let ::std::option::Option::Some(value) = tags {
                            request = request.tags(value);
                        }
                        let page = request.send().await?.into_inner();
                        let items = page.instances.clone();
                        ::std::result::Result::Ok(::huaweicloud_core::paging::Page {
                            items,
                            total: ::huaweicloud_core::wire::from_json::size(
                                    "total_count",
                                    &page.total_count,
                                    false,
                                )
                                .ok()
                                .flatten(),
                        })
                    }
                },
            ),
        )
    }
    ///Every record of `list_auditlogs` in `window`: windows longer than 30 days are split, each is listed 100 records a page, and a record listed in two windows comes once. The first error ends the stream.
    #[allow(clippy::too_many_arguments)]
    pub fn audit_log_files(
        &self,
        instance_id: &str,
        window: ::huaweicloud_core::TimeWindow,
        node_id: ::std::option::Option<&str>,
    ) -> impl ::futures_util::Stream<
        Item = ::std::result::Result<
            ::huaweicloud_core::LogFile,
            ::huaweicloud_core::Error,
        >,
    > + Send + Unpin + 'static {
        let client = self.clone();
        let instance_id = instance_id.to_owned();
        let node_id = node_id.map(str::to_owned);
        let per_window = move |w: ::huaweicloud_core::TimeWindow| {
            let client = client.clone();
            let instance_id = instance_id.clone();
            let node_id = node_id.clone();
            ::huaweicloud_core::paging::offset_pages(
                100,
                |f: &::huaweicloud_core::LogFile| f.id.clone(),
                move |offset| {
                    let client = client.clone();
                    let instance_id = instance_id.clone();
                    let node_id = node_id.clone();
                    async move {
                        #[allow(unused_mut)]
                        let mut request = client
                            .list_auditlogs()
                            .instance_id(instance_id)
                            .start_time(w.start())
                            .end_time(w.end())
                            .offset(i64::from(offset))
                            .limit(i64::from(100));
                        if let ::std::option::Option::Some(value) = node_id {
                            request = request.node_id(value);
                        }
                        let page = request.send().await?.into_inner();
                        let items = page
                            .files()
                            .map_err(|e| {
                                ::huaweicloud_core::Error::from(e)
                                    .with_operation("dds", "list_auditlogs")
                            })?;
                        ::std::result::Result::Ok(::huaweicloud_core::paging::Page {
                            items,
                            total: ::huaweicloud_core::wire::from_json::size(
                                    "total_record",
                                    &page.total_record,
                                    false,
                                )
                                .ok()
                                .flatten(),
                        })
                    }
                },
            )
        };
        ::futures_util::StreamExt::boxed(
            ::huaweicloud_core::paging::windowed(
                window,
                ::chrono::TimeDelta::days(30),
                per_window,
                |f: &::huaweicloud_core::LogFile| f.id.clone(),
            ),
        )
    }
    ///Download links for the files `ids`, asked for 50 ids a call, one per id in the order given, each carrying its file's id (the one the service sent, or else the one asked for in the same position). No ids, no call.
    pub async fn audit_log_links(
        &self,
        instance_id: &str,
        ids: &[impl ::std::convert::AsRef<str>],
    ) -> ::std::result::Result<
        ::std::vec::Vec<::huaweicloud_core::LogLink>,
        ::huaweicloud_core::Error,
    > {
        let ids: ::std::vec::Vec<::std::string::String> = ids
            .iter()
            .map(|id| id.as_ref().to_owned())
            .collect();
        let paired = ::huaweicloud_core::paging::batched(
                &ids,
                50,
                ("dds", "list_auditlog_links"),
                |batch| {
                    let request = self
                        .list_auditlog_links()
                        .instance_id(instance_id)
                        .body(types::ListAuditlogLinksRequest::builder().ids(batch));
                    async move {
                        let answer = request.send().await?.into_inner();
                        ::std::result::Result::Ok(answer.links)
                    }
                },
            )
            .await?;
        paired
            .into_iter()
            .map(|(asked, url): (::std::string::String, ::std::string::String)| {
                ::std::result::Result::Ok(::huaweicloud_core::LogLink {
                    id: asked,
                    url,
                    size_bytes: ::std::option::Option::None,
                    expires_at: ::std::option::Option::None,
                })
            })
            .collect()
    }
    ///The files `download_errorlog` prepares, asked again while it says they are being prepared (for at most a minute, the pauses growing from 1 to 8 seconds): each with its link when it is ready; a file still being prepared, or failed, comes without one and inactive.
    pub async fn error_log_export(
        &self,
        instance_id: &str,
    ) -> ::std::result::Result<
        ::std::vec::Vec<
            (
                ::huaweicloud_core::LogFile,
                ::std::option::Option<::huaweicloud_core::LogLink>,
            ),
        >,
        ::huaweicloud_core::Error,
    > {
        ::huaweicloud_core::paging::exported(|| {
                let request = self.download_errorlog().instance_id(instance_id);
                async move {
                    let answer = request.send().await?.into_inner();
                    let records: ::std::vec::Vec<&types::DownloadSlowlogResult> = ::std::iter::once(
                            &answer,
                        )
                        .map(|v| &v.list)
                        .flat_map(|v| v.iter())
                        .collect();
                    let pending = (::huaweicloud_core::wire::from_json::opt_text(
                            "status",
                            &answer.status,
                        )
                        .ok()
                        .flatten()
                        .is_some_and(|status| {
                            ["CREATING"].iter().any(|p| p.eq_ignore_ascii_case(&status))
                        })) || records.iter().any(|r| r.export_pending());
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
                        .collect::<
                            ::std::result::Result<
                                ::std::vec::Vec<_>,
                                ::huaweicloud_core::wire::WireError,
                            >,
                        >()
                        .map_err(|e| {
                            ::huaweicloud_core::Error::from(e)
                                .with_operation("dds", "download_errorlog")
                        })?;
                    ::std::result::Result::Ok(::huaweicloud_core::paging::ExportAnswer {
                        items,
                        pending,
                    })
                }
            })
            .await
    }
    ///The files `download_slowlog` prepares, asked again while it says they are being prepared (for at most a minute, the pauses growing from 1 to 8 seconds): each with its link when it is ready; a file still being prepared, or failed, comes without one and inactive.
    pub async fn slow_log_export(
        &self,
        instance_id: &str,
    ) -> ::std::result::Result<
        ::std::vec::Vec<
            (
                ::huaweicloud_core::LogFile,
                ::std::option::Option<::huaweicloud_core::LogLink>,
            ),
        >,
        ::huaweicloud_core::Error,
    > {
        ::huaweicloud_core::paging::exported(|| {
                let request = self.download_slowlog().instance_id(instance_id);
                async move {
                    let answer = request.send().await?.into_inner();
                    let records: ::std::vec::Vec<&types::DownloadSlowlogResult> = ::std::iter::once(
                            &answer,
                        )
                        .map(|v| &v.list)
                        .flat_map(|v| v.iter())
                        .collect();
                    let pending = (::huaweicloud_core::wire::from_json::opt_text(
                            "status",
                            &answer.status,
                        )
                        .ok()
                        .flatten()
                        .is_some_and(|status| {
                            ["CREATING"].iter().any(|p| p.eq_ignore_ascii_case(&status))
                        })) || records.iter().any(|r| r.export_pending());
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
                        .collect::<
                            ::std::result::Result<
                                ::std::vec::Vec<_>,
                                ::huaweicloud_core::wire::WireError,
                            >,
                        >()
                        .map_err(|e| {
                            ::huaweicloud_core::Error::from(e)
                                .with_operation("dds", "download_slowlog")
                        })?;
                    ::std::result::Result::Ok(::huaweicloud_core::paging::ExportAnswer {
                        items,
                        pending,
                    })
                }
            })
            .await
    }
}
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
    ) -> ::futures_util::stream::BoxStream<
        'static,
        ::std::result::Result<::huaweicloud_core::LogFile, ::huaweicloud_core::Error>,
    > {
        let _ = &window;
        match kind {
            "audit" => {
                ::futures_util::StreamExt::boxed(
                    self.audit_log_files(instance_id, window, node_id),
                )
            }
            "error" => {
                match node_id {
                    ::std::option::Option::Some(_) => {
                        ::futures_util::StreamExt::boxed(
                            ::futures_util::stream::once(
                                ::std::future::ready(
                                    ::std::result::Result::Err(
                                        ::huaweicloud_core::Error::invalid_input(
                                            "node_id",
                                            "dds lists error logs by instance, not by node",
                                        ),
                                    ),
                                ),
                            ),
                        )
                    }
                    ::std::option::Option::None => {
                        let client = self.clone();
                        let instance_id = instance_id.to_owned();
                        ::futures_util::StreamExt::boxed(
                            ::futures_util::TryStreamExt::try_flatten(
                                ::futures_util::stream::once(async move {
                                    let exported = client.error_log_export(&instance_id).await?;
                                    ::std::result::Result::Ok::<
                                        _,
                                        ::huaweicloud_core::Error,
                                    >(
                                        ::futures_util::stream::iter(
                                            exported
                                                .into_iter()
                                                .map(|(file, _)| ::std::result::Result::Ok(file)),
                                        ),
                                    )
                                }),
                            ),
                        )
                    }
                }
            }
            "slow" => {
                match node_id {
                    ::std::option::Option::Some(_) => {
                        ::futures_util::StreamExt::boxed(
                            ::futures_util::stream::once(
                                ::std::future::ready(
                                    ::std::result::Result::Err(
                                        ::huaweicloud_core::Error::invalid_input(
                                            "node_id",
                                            "dds lists slow logs by instance, not by node",
                                        ),
                                    ),
                                ),
                            ),
                        )
                    }
                    ::std::option::Option::None => {
                        let client = self.clone();
                        let instance_id = instance_id.to_owned();
                        ::futures_util::StreamExt::boxed(
                            ::futures_util::TryStreamExt::try_flatten(
                                ::futures_util::stream::once(async move {
                                    let exported = client.slow_log_export(&instance_id).await?;
                                    ::std::result::Result::Ok::<
                                        _,
                                        ::huaweicloud_core::Error,
                                    >(
                                        ::futures_util::stream::iter(
                                            exported
                                                .into_iter()
                                                .map(|(file, _)| ::std::result::Result::Ok(file)),
                                        ),
                                    )
                                }),
                            ),
                        )
                    }
                }
            }
            _ => {
                ::futures_util::StreamExt::boxed(
                    ::futures_util::stream::once(
                        ::std::future::ready(
                            ::std::result::Result::Err(
                                ::huaweicloud_core::log_api::unknown_kind(&META, kind),
                            ),
                        ),
                    ),
                )
            }
        }
    }
    fn log_links<'a>(
        &'a self,
        kind: &'a str,
        instance_id: &'a str,
        node_id: ::std::option::Option<&'a str>,
        ids: &'a [::std::string::String],
    ) -> ::futures_util::future::BoxFuture<
        'a,
        ::std::result::Result<
            ::std::vec::Vec<::huaweicloud_core::LogLink>,
            ::huaweicloud_core::Error,
        >,
    > {
        let _ = node_id;
        match kind {
            "audit" => ::std::boxed::Box::pin(self.audit_log_links(instance_id, ids)),
            "error" => {
                ::std::boxed::Box::pin(async move {
                    let exported = self.error_log_export(instance_id).await?;
                    ::huaweicloud_core::log_api::links_of(exported, ids)
                })
            }
            "slow" => {
                ::std::boxed::Box::pin(async move {
                    let exported = self.slow_log_export(instance_id).await?;
                    ::huaweicloud_core::log_api::links_of(exported, ids)
                })
            }
            _ => {
                ::std::boxed::Box::pin(
                    ::std::future::ready(
                        ::std::result::Result::Err(
                            ::huaweicloud_core::log_api::unknown_kind(&META, kind),
                        ),
                    ),
                )
            }
        }
    }
    fn instances(
        &self,
    ) -> ::futures_util::stream::BoxStream<
        'static,
        ::std::result::Result<::huaweicloud_core::Instance, ::huaweicloud_core::Error>,
    > {
        let client = self.clone();
        ::futures_util::StreamExt::boxed(
            ::futures_util::TryStreamExt::and_then(
                self
                    .instance_records(
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    ),
                move |record: types::QueryInstanceResponse| {
                    let client = client.clone();
                    async move {
                        let _ = &client;
                        let id = ::huaweicloud_core::wire::from_json::text(
                                "id",
                                &record.id,
                            )
                            .map_err(|e| {
                                ::huaweicloud_core::Error::from(e)
                                    .with_operation("dds", "list_instances")
                            })?;
                        let name = ::huaweicloud_core::wire::from_json::opt_text(
                                "name",
                                &record.name,
                            )
                            .map_err(|e| {
                                ::huaweicloud_core::Error::from(e)
                                    .with_operation("dds", "list_instances")
                            })?
                            .unwrap_or_default();
                        let node_ids = ::std::iter::once(&record)
                            .map(|v| &v.groups)
                            .flat_map(|v| v.iter())
                            .map(|v| &v.nodes)
                            .flat_map(|v| v.iter())
                            .map(|v| &v.id)
                            .map(|v| ::huaweicloud_core::wire::from_json::text("id", v))
                            .collect::<::std::result::Result<::std::vec::Vec<_>, _>>()
                            .map_err(|e| {
                                ::huaweicloud_core::Error::from(e)
                                    .with_operation("dds", "list_instances")
                            })?;
                        ::std::result::Result::Ok(::huaweicloud_core::Instance {
                            id,
                            name,
                            node_ids,
                        })
                    }
                },
            ),
        )
    }
    fn log_policy<'a>(
        &'a self,
        kind: &'a str,
        instance_id: &'a str,
    ) -> ::futures_util::future::BoxFuture<
        'a,
        ::std::result::Result<
            ::std::option::Option<::huaweicloud_core::LogPolicy>,
            ::huaweicloud_core::Error,
        >,
    > {
        match kind {
            "audit" => {
                ::std::boxed::Box::pin(async move {
                    let answer = self
                        .show_auditlog_policy()
                        .instance_id(instance_id)
                        .send()
                        .await?
                        .into_inner();
                    let keep_days = ::huaweicloud_core::wire::from_json::integer(
                            "keep_days",
                            &answer.keep_days,
                        )
                        .map_err(|e| {
                            ::huaweicloud_core::Error::from(e)
                                .with_operation("dds", "show_auditlog_policy")
                        })?;
                    ::std::result::Result::Ok(
                        ::std::option::Option::Some(::huaweicloud_core::LogPolicy {
                            keep_days,
                        }),
                    )
                })
            }
            _ => {
                ::std::boxed::Box::pin(
                    ::std::future::ready(
                        ::std::result::Result::Ok(::std::option::Option::None),
                    ),
                )
            }
        }
    }
}
/// Every operation of this crate in use, one module each: the builder call with every
/// input it requires, the stream, batched call or export built on it and the `LogApi`
/// method that uses it, where there is one, and the `hwlogs` command that makes the
/// call. Each program is compiled as a doctest, and shown on the operation's page of
/// the spec reference (`cargo xtask docs`).
pub mod examples {
    /// `GET /v3/{project_id}/instances`: [`Client::list_instances`](crate::Client::list_instances).
    ///
    /// ```no_run
    /// use huaweicloud_dds::{Client, LogApi as _, TryStreamExt as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_dds::Error> {
    /// let client = Client::from_env()?;
    ///
    /// // `list_instances`: it requires no input.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .list_instances()
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // Every record, 100 a page, each once: a stream.
    /// let mut records = client.instance_records(None, None, None, None, None, None, None);
    /// while let Some(record) = records.try_next().await? {
    ///     println!("{record:?}");
    /// }
    ///
    /// // Every instance with its node ids, through `LogApi`.
    /// let instances: Vec<_> = client.instances().try_collect().await?;
    /// println!("{instances:?}");
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// With `hwlogs`:
    ///
    /// ```sh
    /// # Every instance of the project, with its nodes, then their log files:
    /// hwlogs list --service dds --all-instances
    /// ```
    pub mod list_instances {}
    /// `GET /v3/{project_id}/instances/{instance_id}/auditlog`: [`Client::list_auditlogs`](crate::Client::list_auditlogs).
    ///
    /// ```no_run
    /// use huaweicloud_dds::chrono::{TimeDelta, Utc};
    /// use huaweicloud_dds::{Client, LogApi as _, TimeWindow, TryStreamExt as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_dds::Error> {
    /// let client = Client::from_env()?;
    /// let instance_id = "65d3fe0c50984b35bc1a36e9b7c7de98in02";
    /// let end = Utc::now();
    /// let start = end - TimeDelta::days(1);
    ///
    /// // `list_auditlogs`, with every input it requires.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .list_auditlogs()
    ///     .instance_id(instance_id)
    ///     .start_time(start)
    ///     .end_time(end)
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // Every record, 100 a page, in windows of at most 30 days, each once: a stream.
    /// let window = TimeWindow::new(start, end)?;
    /// let mut files = client.audit_log_files(instance_id, window, None);
    /// while let Some(file) = files.try_next().await? {
    ///     println!("{} {:?} bytes", file.name, file.size_bytes);
    /// }
    ///
    /// // The same files through `LogApi`, which every log service implements.
    /// let files: Vec<_> = client.log_files("audit", instance_id, None, window).try_collect().await?;
    /// println!("{} files", files.len());
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// With `hwlogs`:
    ///
    /// ```sh
    /// # The audit log files of the last day (--since and --until choose another window):
    /// hwlogs list --service dds --kind audit --instance 65d3fe0c50984b35bc1a36e9b7c7de98in02
    /// ```
    pub mod list_auditlogs {}
    /// `POST /v3/{project_id}/instances/{instance_id}/auditlog-links`: [`Client::list_auditlog_links`](crate::Client::list_auditlog_links).
    ///
    /// ```no_run
    /// use huaweicloud_dds::{Client, LogApi as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_dds::Error> {
    /// let client = Client::from_env()?;
    /// let instance_id = "65d3fe0c50984b35bc1a36e9b7c7de98in02";
    ///
    /// // `list_auditlog_links`, with every input it requires.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .list_auditlog_links()
    ///     .instance_id(instance_id)
    ///     .body_map(|b| {
    ///         b.ids(vec![
    ///             "10190012aae94b38a10269b8ad025fc1no02_1607681849871",
    ///             "12390012aae94b38a10269b8ad025fc1no02_1607681849871",
    ///         ])
    ///     })
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // Any number of ids, 50 a call, the answers in the order of the ids.
    /// let ids = vec!["10190012aae94b38a10269b8ad025fc1no02_1607681849871".to_owned()];
    /// let links = client.audit_log_links(instance_id, &ids).await?;
    /// for link in &links {
    ///     println!("{} expires {:?}", link.id, link.expires_at);
    /// }
    ///
    /// // The same links through `LogApi`.
    /// let links = client.log_links("audit", instance_id, None, &ids).await?;
    /// println!("{} links", links.len());
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// With `hwlogs`:
    ///
    /// ```sh
    /// # Lists the audit log files, asks for their links, and downloads them:
    /// hwlogs download --service dds --kind audit --instance 65d3fe0c50984b35bc1a36e9b7c7de98in02 --dest logs/
    /// ```
    pub mod list_auditlog_links {}
    /// `GET /v3/{project_id}/instances/{instance_id}/auditlog-policy`: [`Client::show_auditlog_policy`](crate::Client::show_auditlog_policy).
    ///
    /// ```no_run
    /// use huaweicloud_dds::{Client, LogApi as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_dds::Error> {
    /// let client = Client::from_env()?;
    /// let instance_id = "65d3fe0c50984b35bc1a36e9b7c7de98in02";
    ///
    /// // `show_auditlog_policy`, with every input it requires.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .show_auditlog_policy()
    ///     .instance_id(instance_id)
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // Whether the instance keeps these logs, through `LogApi`.
    /// if let Some(policy) = client.log_policy("audit", instance_id).await? {
    ///     println!("kept {:?} days, on: {}", policy.keep_days, policy.enabled());
    /// }
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// With `hwlogs`:
    ///
    /// ```sh
    /// # Reads the audit log policy of the instance before listing its files:
    /// hwlogs list --service dds --kind audit --instance 65d3fe0c50984b35bc1a36e9b7c7de98in02
    /// ```
    pub mod show_auditlog_policy {}
    /// `POST /v3/{project_id}/instances/{instance_id}/errorlog-download`: [`Client::download_errorlog`](crate::Client::download_errorlog).
    ///
    /// ```no_run
    /// use huaweicloud_dds::chrono::TimeDelta;
    /// use huaweicloud_dds::{Client, LogApi as _, TimeWindow, TryStreamExt as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_dds::Error> {
    /// let client = Client::from_env()?;
    /// let instance_id = "65d3fe0c50984b35bc1a36e9b7c7de98in02";
    ///
    /// // `download_errorlog`, with every input it requires.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .download_errorlog()
    ///     .instance_id(instance_id)
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // The files it prepares, asked again while they are being prepared, each with
    /// // its link once it is ready.
    /// for (file, link) in client.error_log_export(instance_id).await? {
    ///     println!("{} ready: {}", file.name, link.is_some());
    /// }
    ///
    /// // The same files through `LogApi` (an export lists every file, whatever the window).
    /// let window = TimeWindow::last(TimeDelta::days(1))?;
    /// let files: Vec<_> = client.log_files("error", instance_id, None, window).try_collect().await?;
    /// println!("{} files", files.len());
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// With `hwlogs`:
    ///
    /// ```sh
    /// # Exports the error log files, waits until they are ready, and downloads them:
    /// hwlogs download --service dds --kind error --instance 65d3fe0c50984b35bc1a36e9b7c7de98in02 --dest logs/
    /// ```
    pub mod download_errorlog {}
    /// `POST /v3/{project_id}/instances/{instance_id}/slowlog-download`: [`Client::download_slowlog`](crate::Client::download_slowlog).
    ///
    /// ```no_run
    /// use huaweicloud_dds::chrono::TimeDelta;
    /// use huaweicloud_dds::{Client, LogApi as _, TimeWindow, TryStreamExt as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_dds::Error> {
    /// let client = Client::from_env()?;
    /// let instance_id = "65d3fe0c50984b35bc1a36e9b7c7de98in02";
    ///
    /// // `download_slowlog`, with every input it requires.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .download_slowlog()
    ///     .instance_id(instance_id)
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // The files it prepares, asked again while they are being prepared, each with
    /// // its link once it is ready.
    /// for (file, link) in client.slow_log_export(instance_id).await? {
    ///     println!("{} ready: {}", file.name, link.is_some());
    /// }
    ///
    /// // The same files through `LogApi` (an export lists every file, whatever the window).
    /// let window = TimeWindow::last(TimeDelta::days(1))?;
    /// let files: Vec<_> = client.log_files("slow", instance_id, None, window).try_collect().await?;
    /// println!("{} files", files.len());
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// With `hwlogs`:
    ///
    /// ```sh
    /// # Exports the slow log files, waits until they are ready, and downloads them:
    /// hwlogs download --service dds --kind slow --instance 65d3fe0c50984b35bc1a36e9b7c7de98in02 --dest logs/
    /// ```
    pub mod download_slowlog {}
}
/// The JSON schema of the type generated for each component schema of the spec, by
/// the component's name: what the generated code accepts, to compare with the spec
/// or to publish. Only with the `schemars` feature.
#[cfg(feature = "schemars")]
pub fn component_schemas(
    settings: &::schemars::r#gen::SchemaSettings,
) -> ::std::vec::Vec<(&'static str, ::schemars::schema::RootSchema)> {
    fn schema<T: ::schemars::JsonSchema>(
        settings: &::schemars::r#gen::SchemaSettings,
    ) -> ::schemars::schema::RootSchema {
        settings.clone().into_generator().into_root_schema_for::<T>()
    }
    ::std::vec::Vec::from([
        ("AuditLog", schema::<types::AuditLog>(settings)),
        ("AuditLogIds", schema::<types::AuditLogIds>(settings)),
        ("AuditLogSize", schema::<types::AuditLogSize>(settings)),
        ("AuditTime", schema::<types::AuditTime>(settings)),
        (
            "BackupStrategyForItemResponse",
            schema::<types::BackupStrategyForItemResponse>(settings),
        ),
        ("DatastoreItem", schema::<types::DatastoreItem>(settings)),
        (
            "DownloadErrorlogRequestBody",
            schema::<types::DownloadErrorlogRequestBody>(settings),
        ),
        (
            "DownloadErrorlogResponse",
            schema::<types::DownloadErrorlogResponse>(settings),
        ),
        (
            "DownloadSlowlogRequestBody",
            schema::<types::DownloadSlowlogRequestBody>(settings),
        ),
        ("DownloadSlowlogResponse", schema::<types::DownloadSlowlogResponse>(settings)),
        ("DownloadSlowlogResult", schema::<types::DownloadSlowlogResult>(settings)),
        ("ErrorResponse", schema::<types::ErrorResponse>(settings)),
        ("FileNameList", schema::<types::FileNameList>(settings)),
        ("GroupResponseItem", schema::<types::GroupResponseItem>(settings)),
        ("InstanceId", schema::<types::InstanceId>(settings)),
        ("InstanceMode", schema::<types::InstanceMode>(settings)),
        ("Language", schema::<types::Language>(settings)),
        ("Limit", schema::<types::Limit>(settings)),
        (
            "ListAuditlogLinksRequest",
            schema::<types::ListAuditlogLinksRequest>(settings),
        ),
        (
            "ListAuditlogLinksResponse",
            schema::<types::ListAuditlogLinksResponse>(settings),
        ),
        ("ListAuditlogsResponse", schema::<types::ListAuditlogsResponse>(settings)),
        ("ListInstancesResponse", schema::<types::ListInstancesResponse>(settings)),
        ("NodeItem", schema::<types::NodeItem>(settings)),
        ("Offset", schema::<types::Offset>(settings)),
        ("ProjectId", schema::<types::ProjectId>(settings)),
        ("QueryInstanceResponse", schema::<types::QueryInstanceResponse>(settings)),
        (
            "ShowAuditlogPolicyResponse",
            schema::<types::ShowAuditlogPolicyResponse>(settings),
        ),
        ("TagResponse", schema::<types::TagResponse>(settings)),
        ("Volume", schema::<types::Volume>(settings)),
    ])
}
