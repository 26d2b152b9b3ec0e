// Generated from specs/taurusdb.yaml by `cargo xtask codegen`; do not modify.
// Change the spec and regenerate instead.

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
/// What this service is, from its spec: name, endpoints and the limits of its
/// operations.
pub static META: ::huaweicloud_core::ServiceMeta = ::huaweicloud_core::ServiceMeta {
    name: "taurusdb",
    env_names: &["TAURUSDB", "GAUSSDB"],
    endpoint_env: ::std::option::Option::None,
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
        },
    ],
};
::huaweicloud_core::service_client!(
    Client, & META, discovery = & ::huaweicloud_iam::PROJECT_DISCOVERY
);
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
    ///Every record of `list_ddl_logs` in `window`: windows longer than 30 days are split, each is listed 100 records a page, and a record listed in two windows comes once. The first error ends the stream.
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
        match kind {
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
        ids: &'a [::std::string::String],
    ) -> ::futures_util::future::BoxFuture<
        'a,
        ::std::result::Result<
            ::std::vec::Vec<::huaweicloud_core::LogLink>,
            ::huaweicloud_core::Error,
        >,
    > {
        match kind {
            "ddl" => ::std::boxed::Box::pin(self.ddl_log_links(instance_id, ids)),
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
}
