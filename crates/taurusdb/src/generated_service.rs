// Generated from specs/taurusdb.yaml by `cargo xtask codegen`; do not modify.
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
    name: "taurusdb",
    env_names: &["TAURUSDB", "GAUSSDB"],
    endpoint_env: ::std::option::Option::None,
    default_log_kind: ::std::option::Option::Some("ddl"),
    endpoints: &[
        ::huaweicloud_core::service::Endpoint {
            url: "https://gaussdb.{region}.myhuaweicloud.com",
            regions: &[
                "cn-north-4",
                "cn-north-2",
                "cn-north-9",
                "cn-southwest-2",
                "cn-east-3",
                "cn-south-1",
                "cn-south-4",
                "ru-northwest-2",
                "ap-southeast-3",
                "ap-southeast-4",
                "sa-brazil-1",
            ],
        },
        ::huaweicloud_core::service::Endpoint {
            url: "https://gaussdbformysql.{region}.myhuaweicloud.com",
            regions: &[
                "tr-west-1",
                "ap-southeast-1",
                "ap-southeast-2",
                "cn-north-11",
                "me-east-1",
            ],
        },
        ::huaweicloud_core::service::Endpoint {
            url: "https://gaussdb-mysql.{region}.myhuaweicloud.com",
            regions: &["af-south-1", "cn-east-5", "la-north-2", "cn-southwest-3"],
        },
    ],
    operations: &[
        ::huaweicloud_core::service::OperationMeta {
            id: "list_gauss_my_sql_instances",
            required: &["project_id"],
            optional: &[
                "id",
                "name",
                "type",
                "datastore_type",
                "vpc_id",
                "subnet_id",
                "private_ip",
                "readonly_private_ip",
                "proxy_ip",
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
            id: "show_gauss_my_sql_instance_info",
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
            id: "show_audit_log_download_link",
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
            id: "show_audit_log_policy",
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
            id: "list_audit_logs",
            required: &[
                "project_id",
                "instance_id",
                "start_time",
                "end_time",
                "offset",
                "limit",
            ],
            optional: &[],
            page_size: ::std::option::Option::Some(100),
            batch_size: ::std::option::Option::None,
            window: ::std::option::Option::Some(("start_time", "end_time")),
            max_window_days: ::std::option::Option::Some(30),
            split_window_days: ::std::option::Option::Some(30),
            log_kind: ::std::option::Option::Some("audit"),
            export: false,
        },
        ::huaweicloud_core::service::OperationMeta {
            id: "list_ddl_logs",
            required: &[
                "project_id",
                "instance_id",
                "node_id",
                "start_time",
                "end_time",
            ],
            optional: &["offset", "limit"],
            page_size: ::std::option::Option::Some(100),
            batch_size: ::std::option::Option::None,
            window: ::std::option::Option::Some(("start_time", "end_time")),
            max_window_days: ::std::option::Option::None,
            split_window_days: ::std::option::Option::Some(30),
            log_kind: ::std::option::Option::Some("ddl"),
            export: false,
        },
        ::huaweicloud_core::service::OperationMeta {
            id: "download_ddl_logs",
            required: &["project_id", "instance_id"],
            optional: &[],
            page_size: ::std::option::Option::None,
            batch_size: ::std::option::Option::Some(10),
            window: ::std::option::Option::None,
            max_window_days: ::std::option::Option::None,
            split_window_days: ::std::option::Option::None,
            log_kind: ::std::option::Option::Some("ddl"),
            export: false,
        },
        ::huaweicloud_core::service::OperationMeta {
            id: "show_error_log_download_link",
            required: &["project_id", "instance_id", "node_id"],
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
            id: "download_slow_log_file",
            required: &["project_id", "instance_id", "node_id"],
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
impl types::AuditLogDetail {
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
            node_id: ::std::option::Option::None,
            size_bytes: w::size("size", &self.size, true)?,
            size_exact: false,
            start_time: w::time("begin_time", &self.begin_time)?,
            end_time: w::time("end_time", &self.end_time)?,
            active: true,
        })
    }
    /// Whether the service is still preparing this file: never, as far as its spec says.
    pub fn export_pending(&self) -> bool {
        false
    }
}
impl types::DdlLog {
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
            name: w::text("file_name", &self.file_name)?,
            node_id: ::std::option::Option::None,
            size_bytes: w::size("file_size", &self.file_size, false)?,
            size_exact: true,
            start_time: w::time("create_time", &self.create_time)?,
            end_time: w::time("end_time", &self.end_time)?,
            active: w::active("status", &self.status, &["Disable"])?,
        })
    }
    /// Whether the service is still preparing this file: never, as far as its spec says.
    pub fn export_pending(&self) -> bool {
        false
    }
}
impl types::DownloadSlowLogFileItem {
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
            node_id: ::std::option::Option::None,
            size_bytes: w::size("file_size", &self.file_size, true)?,
            size_exact: false,
            start_time: ::std::option::Option::None,
            end_time: w::time("updated_at", &self.updated_at)?,
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
impl types::ErrorLogDownload {
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
            node_id: ::std::option::Option::None,
            size_bytes: w::size("file_size", &self.file_size, true)?,
            size_exact: false,
            start_time: ::std::option::Option::None,
            end_time: w::time("updated_at", &self.updated_at)?,
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
impl types::DownloadFile {
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
            id: w::opt_text("id", &self.id)?.unwrap_or_default(),
            url: w::text("download_url", &self.download_url)?,
            size_bytes: w::size("file_size", &self.file_size, false)?,
            expires_at: w::time("expire_time", &self.expire_time)?,
        })
    }
}
impl types::DownloadSlowLogFileItem {
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
impl types::ErrorLogDownload {
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
impl types::ListAuditLogsResponse {
    /// The files of this page, normalized. Fails on the first value that makes no
    /// sense (a negative size, an unreadable time), naming the field.
    pub fn files(
        &self,
    ) -> ::std::result::Result<
        ::std::vec::Vec<::huaweicloud_core::LogFile>,
        ::huaweicloud_core::wire::WireError,
    > {
        self.audit_logs.iter().map(types::AuditLogDetail::to_log_file).collect()
    }
}
impl types::ListDdlLogsResponse {
    /// The files of this page, normalized. Fails on the first value that makes no
    /// sense (a negative size, an unreadable time), naming the field.
    pub fn files(
        &self,
    ) -> ::std::result::Result<
        ::std::vec::Vec<::huaweicloud_core::LogFile>,
        ::huaweicloud_core::wire::WireError,
    > {
        self.ddl_logs.iter().map(types::DdlLog::to_log_file).collect()
    }
}
impl types::DownloadDdlLogsResponse {
    /// The results, whichever of its shapes the service answered with.
    pub fn results(&self) -> &[types::DownloadFile] {
        match self {
            types::DownloadDdlLogsResponse::FileList(inner) => &inner.list,
            types::DownloadDdlLogsResponse::FilesObject(inner) => &inner.download_files,
            types::DownloadDdlLogsResponse::FileArray(inner) => &inner.0,
        }
    }
    /// The links, normalized: one list with typed expiry times, whatever the wire
    /// shape.
    pub fn links(
        &self,
    ) -> ::std::result::Result<
        ::std::vec::Vec<::huaweicloud_core::LogLink>,
        ::huaweicloud_core::wire::WireError,
    > {
        self.results().iter().map(types::DownloadFile::to_log_link).collect()
    }
}
impl Client {
    ///Every record of `list_gauss_my_sql_instances`, listed 100 records a page, each once. The first error ends the stream.
    #[allow(clippy::too_many_arguments)]
    pub fn instance_records(
        &self,
        id: ::std::option::Option<&str>,
        name: ::std::option::Option<&str>,
        type_: ::std::option::Option<&str>,
        datastore_type: ::std::option::Option<&str>,
        vpc_id: ::std::option::Option<&str>,
        subnet_id: ::std::option::Option<&str>,
        private_ip: ::std::option::Option<&str>,
        readonly_private_ip: ::std::option::Option<&str>,
        proxy_ip: ::std::option::Option<&str>,
        tags: ::std::option::Option<&str>,
    ) -> impl ::futures_util::Stream<
        Item = ::std::result::Result<
            types::MysqlInstanceListInfo,
            ::huaweicloud_core::Error,
        >,
    > + Send + Unpin + 'static {
        let client = self.clone();
        let id = id.map(str::to_owned);
        let name = name.map(str::to_owned);
        let type_ = type_.map(str::to_owned);
        let datastore_type = datastore_type.map(str::to_owned);
        let vpc_id = vpc_id.map(str::to_owned);
        let subnet_id = subnet_id.map(str::to_owned);
        let private_ip = private_ip.map(str::to_owned);
        let readonly_private_ip = readonly_private_ip.map(str::to_owned);
        let proxy_ip = proxy_ip.map(str::to_owned);
        let tags = tags.map(str::to_owned);
        ::futures_util::StreamExt::boxed(
            ::huaweicloud_core::paging::offset_pages(
                100,
                |r: &types::MysqlInstanceListInfo| r.id.clone(),
                move |offset| {
                    let client = client.clone();
                    let id = id.clone();
                    let name = name.clone();
                    let type_ = type_.clone();
                    let datastore_type = datastore_type.clone();
                    let vpc_id = vpc_id.clone();
                    let subnet_id = subnet_id.clone();
                    let private_ip = private_ip.clone();
                    let readonly_private_ip = readonly_private_ip.clone();
                    let proxy_ip = proxy_ip.clone();
                    let tags = tags.clone();
                    async move {
                        #[allow(unused_mut)]
                        let mut request = client
                            .list_gauss_my_sql_instances()
                            .offset(i64::from(offset))
                            .limit(i64::from(100));
                        if let ::std::option::Option::Some(value) = id {
                            request = request.id(value);
                        }
                        if let ::std::option::Option::Some(value) = name {
                            request = request.name(value);
                        }
                        if let ::std::option::Option::Some(value) = type_ {
                            request = request.type_(value);
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
                        if let ::std::option::Option::Some(value) = private_ip {
                            request = request.private_ip(value);
                        }
                        if let ::std::option::Option::Some(value) = readonly_private_ip {
                            request = request.readonly_private_ip(value);
                        }
                        if let ::std::option::Option::Some(value) = proxy_ip {
                            request = request.proxy_ip(value);
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
                ("taurusdb", "show_audit_log_download_link"),
                |batch| {
                    let request = self
                        .show_audit_log_download_link()
                        .instance_id(instance_id)
                        .body(
                            types::ShowAuditLogDownloadLinkRequest::builder().ids(batch),
                        );
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
    ///Every record of `list_audit_logs` in `window`: windows longer than 30 days are split, each is listed 100 records a page, and a record listed in two windows comes once. The first error ends the stream.
    #[allow(clippy::too_many_arguments)]
    pub fn audit_log_files(
        &self,
        instance_id: &str,
        window: ::huaweicloud_core::TimeWindow,
    ) -> impl ::futures_util::Stream<
        Item = ::std::result::Result<
            ::huaweicloud_core::LogFile,
            ::huaweicloud_core::Error,
        >,
    > + Send + Unpin + 'static {
        let client = self.clone();
        let instance_id = instance_id.to_owned();
        let per_window = move |w: ::huaweicloud_core::TimeWindow| {
            let client = client.clone();
            let instance_id = instance_id.clone();
            ::huaweicloud_core::paging::offset_pages(
                100,
                |f: &::huaweicloud_core::LogFile| f.id.clone(),
                move |offset| {
                    let client = client.clone();
                    let instance_id = instance_id.clone();
                    async move {
                        #[allow(unused_mut)]
                        let mut request = client
                            .list_audit_logs()
                            .instance_id(instance_id)
                            .start_time(w.start())
                            .end_time(w.end())
                            .offset(i64::from(offset))
                            .limit(i64::from(100));
                        let page = request.send().await?.into_inner();
                        let items = page
                            .files()
                            .map_err(|e| {
                                ::huaweicloud_core::Error::from(e)
                                    .with_operation("taurusdb", "list_audit_logs")
                            })?;
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
    ///Every record of `list_ddl_logs` in `window`: windows longer than 30 days are split, each is listed 100 records a page, and a record listed in two windows comes once. The first error ends the stream.
    #[allow(clippy::too_many_arguments)]
    pub fn ddl_log_files(
        &self,
        instance_id: &str,
        node_id: &str,
        window: ::huaweicloud_core::TimeWindow,
    ) -> impl ::futures_util::Stream<
        Item = ::std::result::Result<
            ::huaweicloud_core::LogFile,
            ::huaweicloud_core::Error,
        >,
    > + Send + Unpin + 'static {
        let client = self.clone();
        let instance_id = instance_id.to_owned();
        let node_id = node_id.to_owned();
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
                            .list_ddl_logs()
                            .instance_id(instance_id)
                            .node_id(node_id)
                            .start_time(w.start())
                            .end_time(w.end())
                            .offset(i64::from(offset))
                            .limit(i64::from(100));
                        let page = request.send().await?.into_inner();
                        let items = page
                            .files()
                            .map_err(|e| {
                                ::huaweicloud_core::Error::from(e)
                                    .with_operation("taurusdb", "list_ddl_logs")
                            })?;
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
    ///Download links for the files `ids`, asked for 10 ids a call, one per id in the order given, each carrying its file's id (the one the service sent, or else the one asked for in the same position). No ids, no call.
    pub async fn ddl_log_links(
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
                10,
                ("taurusdb", "download_ddl_logs"),
                |batch| {
                    let request = self
                        .download_ddl_logs()
                        .instance_id(instance_id)
                        .body(types::DownloadDdlLogsRequest::builder().log_ids(batch));
                    async move {
                        let answer = request.send().await?.into_inner();
                        ::std::result::Result::Ok(answer.results().to_vec())
                    }
                },
            )
            .await?;
        paired
            .into_iter()
            .map(|(asked, record): (::std::string::String, types::DownloadFile)| {
                let mut link = record
                    .to_log_link()
                    .map_err(|e| {
                        ::huaweicloud_core::Error::from(e)
                            .with_operation("taurusdb", "download_ddl_logs")
                    })?;
                if link.id.is_empty() {
                    link.id = asked;
                }
                ::std::result::Result::Ok(link)
            })
            .collect()
    }
    ///The files `show_error_log_download_link` prepares, asked again while it says they are being prepared (for at most a minute, the pauses growing from 1 to 8 seconds): each with its link when it is ready; a file still being prepared, or failed, comes without one and inactive.
    pub async fn error_log_export(
        &self,
        instance_id: &str,
        node_id: &str,
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
                let request = self
                    .show_error_log_download_link()
                    .instance_id(instance_id)
                    .node_id(node_id);
                async move {
                    let answer = request.send().await?.into_inner();
                    let records: ::std::vec::Vec<&types::ErrorLogDownload> = ::std::iter::once(
                            &answer,
                        )
                        .map(|v| &v.list)
                        .flat_map(|v| v.iter())
                        .collect();
                    let pending = records.iter().any(|r| r.export_pending());
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
                                .with_operation("taurusdb", "show_error_log_download_link")
                        })?;
                    ::std::result::Result::Ok(::huaweicloud_core::paging::ExportAnswer {
                        items,
                        pending,
                    })
                }
            })
            .await
    }
    ///The files `download_slow_log_file` prepares, asked again while it says they are being prepared (for at most a minute, the pauses growing from 1 to 8 seconds): each with its link when it is ready; a file still being prepared, or failed, comes without one and inactive.
    pub async fn slow_log_export(
        &self,
        instance_id: &str,
        node_id: &str,
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
                let request = self
                    .download_slow_log_file()
                    .instance_id(instance_id)
                    .node_id(node_id);
                async move {
                    let answer = request.send().await?.into_inner();
                    let records: ::std::vec::Vec<&types::DownloadSlowLogFileItem> = ::std::iter::once(
                            &answer,
                        )
                        .map(|v| &v.list)
                        .flat_map(|v| v.iter())
                        .collect();
                    let pending = records.iter().any(|r| r.export_pending());
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
                                .with_operation("taurusdb", "download_slow_log_file")
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
                match node_id {
                    ::std::option::Option::Some(_) => {
                        ::futures_util::StreamExt::boxed(
                            ::futures_util::stream::once(
                                ::std::future::ready(
                                    ::std::result::Result::Err(
                                        ::huaweicloud_core::Error::invalid_input(
                                            "node_id",
                                            "taurusdb lists audit logs by instance, not by node",
                                        ),
                                    ),
                                ),
                            ),
                        )
                    }
                    ::std::option::Option::None => {
                        ::futures_util::StreamExt::boxed(
                            self.audit_log_files(instance_id, window),
                        )
                    }
                }
            }
            "ddl" => {
                match node_id {
                    ::std::option::Option::Some(node) => {
                        ::futures_util::StreamExt::boxed(
                            self.ddl_log_files(instance_id, node, window),
                        )
                    }
                    ::std::option::Option::None => {
                        ::futures_util::StreamExt::boxed(
                            ::futures_util::stream::once(
                                ::std::future::ready(
                                    ::std::result::Result::Err(
                                        ::huaweicloud_core::Error::invalid_input(
                                            "node_id",
                                            "taurusdb lists ddl logs one node at a time: give a node id",
                                        ),
                                    ),
                                ),
                            ),
                        )
                    }
                }
            }
            "error" => {
                match node_id {
                    ::std::option::Option::Some(node) => {
                        let client = self.clone();
                        let instance_id = instance_id.to_owned();
                        let node = node.to_owned();
                        ::futures_util::StreamExt::boxed(
                            ::futures_util::TryStreamExt::try_flatten(
                                ::futures_util::stream::once(async move {
                                    let exported = client
                                        .error_log_export(&instance_id, &node)
                                        .await?;
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
                    ::std::option::Option::None => {
                        ::futures_util::StreamExt::boxed(
                            ::futures_util::stream::once(
                                ::std::future::ready(
                                    ::std::result::Result::Err(
                                        ::huaweicloud_core::Error::invalid_input(
                                            "node_id",
                                            "taurusdb lists error logs one node at a time: give a node id",
                                        ),
                                    ),
                                ),
                            ),
                        )
                    }
                }
            }
            "slow" => {
                match node_id {
                    ::std::option::Option::Some(node) => {
                        let client = self.clone();
                        let instance_id = instance_id.to_owned();
                        let node = node.to_owned();
                        ::futures_util::StreamExt::boxed(
                            ::futures_util::TryStreamExt::try_flatten(
                                ::futures_util::stream::once(async move {
                                    let exported = client
                                        .slow_log_export(&instance_id, &node)
                                        .await?;
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
                    ::std::option::Option::None => {
                        ::futures_util::StreamExt::boxed(
                            ::futures_util::stream::once(
                                ::std::future::ready(
                                    ::std::result::Result::Err(
                                        ::huaweicloud_core::Error::invalid_input(
                                            "node_id",
                                            "taurusdb lists slow logs one node at a time: give a node id",
                                        ),
                                    ),
                                ),
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
            "ddl" => ::std::boxed::Box::pin(self.ddl_log_links(instance_id, ids)),
            "error" => {
                ::std::boxed::Box::pin(async move {
                    let ::std::option::Option::Some(node) = node_id else {
                        return ::std::result::Result::Err(
                            ::huaweicloud_core::Error::invalid_input(
                                "node_id",
                                "taurusdb exports error logs one node at a time: give a node id",
                            ),
                        );
                    };
                    let exported = self.error_log_export(instance_id, node).await?;
                    ::huaweicloud_core::log_api::links_of(exported, ids)
                })
            }
            "slow" => {
                ::std::boxed::Box::pin(async move {
                    let ::std::option::Option::Some(node) = node_id else {
                        return ::std::result::Result::Err(
                            ::huaweicloud_core::Error::invalid_input(
                                "node_id",
                                "taurusdb exports slow logs one node at a time: give a node id",
                            ),
                        );
                    };
                    let exported = self.slow_log_export(instance_id, node).await?;
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
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                        ::std::option::Option::None,
                    ),
                move |record: types::MysqlInstanceListInfo| {
                    let client = client.clone();
                    async move {
                        let _ = &client;
                        let id = ::huaweicloud_core::wire::from_json::text(
                                "id",
                                &record.id,
                            )
                            .map_err(|e| {
                                ::huaweicloud_core::Error::from(e)
                                    .with_operation("taurusdb", "list_gauss_my_sql_instances")
                            })?;
                        let name = ::huaweicloud_core::wire::from_json::opt_text(
                                "name",
                                &record.name,
                            )
                            .map_err(|e| {
                                ::huaweicloud_core::Error::from(e)
                                    .with_operation("taurusdb", "list_gauss_my_sql_instances")
                            })?
                            .unwrap_or_default();
                        let node_ids = {
                            let detail = client
                                .show_gauss_my_sql_instance_info()
                                .instance_id(id.as_str())
                                .send()
                                .await?
                                .into_inner();
                            ::std::iter::once(&detail)
                                .map(|v| &v.instance)
                                .map(|v| &v.nodes)
                                .flat_map(|v| v.iter())
                                .map(|v| &v.id)
                                .map(|v| ::huaweicloud_core::wire::from_json::text("id", v))
                                .collect::<::std::result::Result<::std::vec::Vec<_>, _>>()
                                .map_err(|e| {
                                    ::huaweicloud_core::Error::from(e)
                                        .with_operation(
                                            "taurusdb",
                                            "show_gauss_my_sql_instance_info",
                                        )
                                })?
                        };
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
                        .show_audit_log_policy()
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
                                .with_operation("taurusdb", "show_audit_log_policy")
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
    /// `GET /v3/{project_id}/instances`: [`Client::list_gauss_my_sql_instances`](crate::Client::list_gauss_my_sql_instances).
    ///
    /// ```no_run
    /// use huaweicloud_taurusdb::{Client, LogApi as _, TryStreamExt as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_taurusdb::Error> {
    /// let client = Client::from_env()?;
    ///
    /// // `list_gauss_my_sql_instances`: it requires no input.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .list_gauss_my_sql_instances()
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // Every record, 100 a page, each once: a stream.
    /// let mut records = client.instance_records(
    ///     None,
    ///     None,
    ///     None,
    ///     None,
    ///     None,
    ///     None,
    ///     None,
    ///     None,
    ///     None,
    ///     None,
    /// );
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
    /// hwlogs list --service taurusdb --all-instances
    /// ```
    pub mod list_gauss_my_sql_instances {}
    /// `GET /v3/{project_id}/instances/{instance_id}`: [`Client::show_gauss_my_sql_instance_info`](crate::Client::show_gauss_my_sql_instance_info).
    ///
    /// ```no_run
    /// use huaweicloud_taurusdb::{Client, LogApi as _, TryStreamExt as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_taurusdb::Error> {
    /// let client = Client::from_env()?;
    /// let instance_id = "7e8dfe8f580043d4a424f65b51c0e1f0in07";
    ///
    /// // `show_gauss_my_sql_instance_info`, with every input it requires.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .show_gauss_my_sql_instance_info()
    ///     .instance_id(instance_id)
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // `LogApi::instances` asks it for the node ids of every instance.
    /// let instances: Vec<_> = client.instances().try_collect().await?;
    /// println!("{instances:?}");
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// With `hwlogs`:
    ///
    /// ```sh
    /// # The node ids of every instance come from here:
    /// hwlogs list --service taurusdb --all-instances
    /// ```
    pub mod show_gauss_my_sql_instance_info {}
    /// `POST /v3/{project_id}/instances/{instance_id}/audit-log-link`: [`Client::show_audit_log_download_link`](crate::Client::show_audit_log_download_link).
    ///
    /// ```no_run
    /// use huaweicloud_taurusdb::{Client, LogApi as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_taurusdb::Error> {
    /// let client = Client::from_env()?;
    /// let instance_id = "7e8dfe8f580043d4a424f65b51c0e1f0in07";
    ///
    /// // `show_audit_log_download_link`, with every input it requires.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .show_audit_log_download_link()
    ///     .instance_id(instance_id)
    ///     .body_map(|b| {
    ///         b.ids(vec!["fa163e3c4e5bt11f0a1b2c7d8e9f0a1b2br07", "fa163e3c4e5bt11f0a1b2c7d8e9f0a1b3br07"])
    ///     })
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // Any number of ids, 50 a call, the answers in the order of the ids.
    /// let ids = vec!["fa163e3c4e5bt11f0a1b2c7d8e9f0a1b2br07".to_owned()];
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
    /// hwlogs download --service taurusdb --kind audit --instance 7e8dfe8f580043d4a424f65b51c0e1f0in07 --dest logs/
    /// ```
    pub mod show_audit_log_download_link {}
    /// `GET /v3/{project_id}/instances/{instance_id}/audit-log-policy`: [`Client::show_audit_log_policy`](crate::Client::show_audit_log_policy).
    ///
    /// ```no_run
    /// use huaweicloud_taurusdb::{Client, LogApi as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_taurusdb::Error> {
    /// let client = Client::from_env()?;
    /// let instance_id = "7e8dfe8f580043d4a424f65b51c0e1f0in07";
    ///
    /// // `show_audit_log_policy`, with every input it requires.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .show_audit_log_policy()
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
    /// hwlogs list --service taurusdb --kind audit --instance 7e8dfe8f580043d4a424f65b51c0e1f0in07
    /// ```
    pub mod show_audit_log_policy {}
    /// `GET /v3/{project_id}/instances/{instance_id}/audit-logs`: [`Client::list_audit_logs`](crate::Client::list_audit_logs).
    ///
    /// ```no_run
    /// use huaweicloud_taurusdb::chrono::{TimeDelta, Utc};
    /// use huaweicloud_taurusdb::{Client, LogApi as _, TimeWindow, TryStreamExt as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_taurusdb::Error> {
    /// let client = Client::from_env()?;
    /// let instance_id = "7e8dfe8f580043d4a424f65b51c0e1f0in07";
    /// let end = Utc::now();
    /// let start = end - TimeDelta::days(1);
    ///
    /// // `list_audit_logs`, with every input it requires.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .list_audit_logs()
    ///     .instance_id(instance_id)
    ///     .start_time(start)
    ///     .end_time(end)
    ///     .offset(0)
    ///     .limit(10)
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // Every record, 100 a page, in windows of at most 30 days, each once: a stream.
    /// let window = TimeWindow::new(start, end)?;
    /// let mut files = client.audit_log_files(instance_id, window);
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
    /// hwlogs list --service taurusdb --kind audit --instance 7e8dfe8f580043d4a424f65b51c0e1f0in07
    /// ```
    pub mod list_audit_logs {}
    /// `GET /v3/{project_id}/instances/{instance_id}/ddl-log`: [`Client::list_ddl_logs`](crate::Client::list_ddl_logs).
    ///
    /// ```no_run
    /// use huaweicloud_taurusdb::chrono::{TimeDelta, Utc};
    /// use huaweicloud_taurusdb::{Client, LogApi as _, TimeWindow, TryStreamExt as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_taurusdb::Error> {
    /// let client = Client::from_env()?;
    /// let instance_id = "7e8dfe8f580043d4a424f65b51c0e1f0in07";
    /// let node_id = "c3d5e0a1b2f84a1e9e1f0a2b3c4d5e6fno07";
    /// let end = Utc::now();
    /// let start = end - TimeDelta::days(1);
    ///
    /// // `list_ddl_logs`, with every input it requires.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .list_ddl_logs()
    ///     .instance_id(instance_id)
    ///     .node_id(node_id)
    ///     .start_time(start)
    ///     .end_time(end)
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // Every record, 100 a page, in windows of at most 30 days, each once: a stream.
    /// let window = TimeWindow::new(start, end)?;
    /// let mut files = client.ddl_log_files(instance_id, node_id, window);
    /// while let Some(file) = files.try_next().await? {
    ///     println!("{} {:?} bytes", file.name, file.size_bytes);
    /// }
    ///
    /// // The same files through `LogApi`, which every log service implements.
    /// let files: Vec<_> = client
    ///     .log_files("ddl", instance_id, Some(node_id), window)
    ///     .try_collect()
    ///     .await?;
    /// println!("{} files", files.len());
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// With `hwlogs`:
    ///
    /// ```sh
    /// # The ddl log files of the last day (--since and --until choose another window):
    /// hwlogs list --service taurusdb --kind ddl --instance 7e8dfe8f580043d4a424f65b51c0e1f0in07 --node c3d5e0a1b2f84a1e9e1f0a2b3c4d5e6fno07
    /// ```
    pub mod list_ddl_logs {}
    /// `POST /v3/{project_id}/instances/{instance_id}/ddl-log/download`: [`Client::download_ddl_logs`](crate::Client::download_ddl_logs).
    ///
    /// ```no_run
    /// use huaweicloud_taurusdb::{Client, LogApi as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_taurusdb::Error> {
    /// let client = Client::from_env()?;
    /// let instance_id = "7e8dfe8f580043d4a424f65b51c0e1f0in07";
    ///
    /// // `download_ddl_logs`, with every input it requires.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .download_ddl_logs()
    ///     .instance_id(instance_id)
    ///     .body_map(|b| b.log_ids(vec!["3541f39c185et4591ac5f602f60b28622br07"]))
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // Any number of ids, 10 a call, the answers in the order of the ids.
    /// let ids = vec!["3541f39c185et4591ac5f602f60b28622br07".to_owned()];
    /// let links = client.ddl_log_links(instance_id, &ids).await?;
    /// for link in &links {
    ///     println!("{} expires {:?}", link.id, link.expires_at);
    /// }
    ///
    /// // The same links through `LogApi`.
    /// let links = client.log_links("ddl", instance_id, None, &ids).await?;
    /// println!("{} links", links.len());
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// With `hwlogs`:
    ///
    /// ```sh
    /// # Lists the ddl log files, asks for their links, and downloads them:
    /// hwlogs download --service taurusdb --kind ddl --instance 7e8dfe8f580043d4a424f65b51c0e1f0in07 --node c3d5e0a1b2f84a1e9e1f0a2b3c4d5e6fno07 --dest logs/
    /// ```
    pub mod download_ddl_logs {}
    /// `POST /v3/{project_id}/instances/{instance_id}/{node_id}/errorlog-download`: [`Client::show_error_log_download_link`](crate::Client::show_error_log_download_link).
    ///
    /// ```no_run
    /// use huaweicloud_taurusdb::chrono::TimeDelta;
    /// use huaweicloud_taurusdb::{Client, LogApi as _, TimeWindow, TryStreamExt as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_taurusdb::Error> {
    /// let client = Client::from_env()?;
    /// let instance_id = "7e8dfe8f580043d4a424f65b51c0e1f0in07";
    /// let node_id = "c3d5e0a1b2f84a1e9e1f0a2b3c4d5e6fno07";
    ///
    /// // `show_error_log_download_link`, with every input it requires.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .show_error_log_download_link()
    ///     .instance_id(instance_id)
    ///     .node_id(node_id)
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // The files it prepares, asked again while they are being prepared, each with
    /// // its link once it is ready.
    /// for (file, link) in client.error_log_export(instance_id, node_id).await? {
    ///     println!("{} ready: {}", file.name, link.is_some());
    /// }
    ///
    /// // The same files through `LogApi` (an export lists every file, whatever the window).
    /// let window = TimeWindow::last(TimeDelta::days(1))?;
    /// let files: Vec<_> = client
    ///     .log_files("error", instance_id, Some(node_id), window)
    ///     .try_collect()
    ///     .await?;
    /// println!("{} files", files.len());
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// With `hwlogs`:
    ///
    /// ```sh
    /// # Exports the error log files, waits until they are ready, and downloads them:
    /// hwlogs download --service taurusdb --kind error --instance 7e8dfe8f580043d4a424f65b51c0e1f0in07 --node c3d5e0a1b2f84a1e9e1f0a2b3c4d5e6fno07 --dest logs/
    /// ```
    pub mod show_error_log_download_link {}
    /// `POST /v3/{project_id}/instances/{instance_id}/{node_id}/slowlog-download`: [`Client::download_slow_log_file`](crate::Client::download_slow_log_file).
    ///
    /// ```no_run
    /// use huaweicloud_taurusdb::chrono::TimeDelta;
    /// use huaweicloud_taurusdb::{Client, LogApi as _, TimeWindow, TryStreamExt as _};
    ///
    /// # async fn example() -> Result<(), huaweicloud_taurusdb::Error> {
    /// let client = Client::from_env()?;
    /// let instance_id = "7e8dfe8f580043d4a424f65b51c0e1f0in07";
    /// let node_id = "c3d5e0a1b2f84a1e9e1f0a2b3c4d5e6fno07";
    ///
    /// // `download_slow_log_file`, with every input it requires.
    /// // The project id is the client's (given to its builder, read from the
    /// // environment, or asked of IAM for its region): no `.project_id(..)` needed.
    /// let answer = client
    ///     .download_slow_log_file()
    ///     .instance_id(instance_id)
    ///     .node_id(node_id)
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    ///
    /// // The files it prepares, asked again while they are being prepared, each with
    /// // its link once it is ready.
    /// for (file, link) in client.slow_log_export(instance_id, node_id).await? {
    ///     println!("{} ready: {}", file.name, link.is_some());
    /// }
    ///
    /// // The same files through `LogApi` (an export lists every file, whatever the window).
    /// let window = TimeWindow::last(TimeDelta::days(1))?;
    /// let files: Vec<_> = client
    ///     .log_files("slow", instance_id, Some(node_id), window)
    ///     .try_collect()
    ///     .await?;
    /// println!("{} files", files.len());
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// With `hwlogs`:
    ///
    /// ```sh
    /// # Exports the slow log files, waits until they are ready, and downloads them:
    /// hwlogs download --service taurusdb --kind slow --instance 7e8dfe8f580043d4a424f65b51c0e1f0in07 --node c3d5e0a1b2f84a1e9e1f0a2b3c4d5e6fno07 --dest logs/
    /// ```
    pub mod download_slow_log_file {}
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
        ("AuditLogDetail", schema::<types::AuditLogDetail>(settings)),
        ("AuditLogIds", schema::<types::AuditLogIds>(settings)),
        ("AuditTime", schema::<types::AuditTime>(settings)),
        ("DdlLog", schema::<types::DdlLog>(settings)),
        ("DdlLogIds", schema::<types::DdlLogIds>(settings)),
        ("DownloadDdlLogsRequest", schema::<types::DownloadDdlLogsRequest>(settings)),
        ("DownloadDdlLogsResponse", schema::<types::DownloadDdlLogsResponse>(settings)),
        ("DownloadFile", schema::<types::DownloadFile>(settings)),
        ("DownloadFileArray", schema::<types::DownloadFileArray>(settings)),
        ("DownloadFileList", schema::<types::DownloadFileList>(settings)),
        ("DownloadFilesObject", schema::<types::DownloadFilesObject>(settings)),
        ("DownloadSlowLogFileItem", schema::<types::DownloadSlowLogFileItem>(settings)),
        (
            "DownloadSlowLogFileResponse",
            schema::<types::DownloadSlowLogFileResponse>(settings),
        ),
        ("ErrorLogDownload", schema::<types::ErrorLogDownload>(settings)),
        ("ErrorResponse", schema::<types::ErrorResponse>(settings)),
        ("ExpireTime", schema::<types::ExpireTime>(settings)),
        ("InstanceId", schema::<types::InstanceId>(settings)),
        ("InstanceTagItem", schema::<types::InstanceTagItem>(settings)),
        ("Language", schema::<types::Language>(settings)),
        ("Limit", schema::<types::Limit>(settings)),
        ("ListAuditLogsResponse", schema::<types::ListAuditLogsResponse>(settings)),
        ("ListDdlLogsResponse", schema::<types::ListDdlLogsResponse>(settings)),
        (
            "ListGaussMySqlInstancesResponse",
            schema::<types::ListGaussMySqlInstancesResponse>(settings),
        ),
        ("LogTime", schema::<types::LogTime>(settings)),
        ("MysqlBackupStrategy", schema::<types::MysqlBackupStrategy>(settings)),
        ("MysqlChargeInfo", schema::<types::MysqlChargeInfo>(settings)),
        (
            "MysqlDatastoreWithKernelVersion",
            schema::<types::MysqlDatastoreWithKernelVersion>(settings),
        ),
        ("MysqlFlavorInfo", schema::<types::MysqlFlavorInfo>(settings)),
        ("MysqlInstanceChargeInfo", schema::<types::MysqlInstanceChargeInfo>(settings)),
        ("MysqlInstanceInfoDetail", schema::<types::MysqlInstanceInfoDetail>(settings)),
        ("MysqlInstanceListInfo", schema::<types::MysqlInstanceListInfo>(settings)),
        ("MysqlInstanceNodeInfo", schema::<types::MysqlInstanceNodeInfo>(settings)),
        (
            "MysqlInstanceNodeVolumeInfo",
            schema::<types::MysqlInstanceNodeVolumeInfo>(settings),
        ),
        ("MysqlProxyInfo", schema::<types::MysqlProxyInfo>(settings)),
        ("MysqlTags", schema::<types::MysqlTags>(settings)),
        ("MysqlVolumeInfo", schema::<types::MysqlVolumeInfo>(settings)),
        ("NodeId", schema::<types::NodeId>(settings)),
        ("Offset", schema::<types::Offset>(settings)),
        ("ProjectId", schema::<types::ProjectId>(settings)),
        (
            "ShowAuditLogDownloadLinkRequest",
            schema::<types::ShowAuditLogDownloadLinkRequest>(settings),
        ),
        (
            "ShowAuditLogDownloadLinkResponse",
            schema::<types::ShowAuditLogDownloadLinkResponse>(settings),
        ),
        (
            "ShowAuditLogPolicyResponse",
            schema::<types::ShowAuditLogPolicyResponse>(settings),
        ),
        (
            "ShowErrorLogDownloadLinkResponse",
            schema::<types::ShowErrorLogDownloadLinkResponse>(settings),
        ),
        (
            "ShowGaussMySqlInstanceInfoResponse",
            schema::<types::ShowGaussMySqlInstanceInfoResponse>(settings),
        ),
        ("UnixMillis", schema::<types::UnixMillis>(settings)),
    ])
}
