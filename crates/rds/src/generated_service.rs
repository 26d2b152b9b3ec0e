// Generated from specs/rds.yaml by `cargo xtask codegen`; do not modify.
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
    name: "rds",
    env_names: &["RDS"],
    endpoint_env: ::std::option::Option::None,
    endpoints: &[
        ::huaweicloud_core::service::Endpoint {
            url: "https://rds.{region}.myhuaweicloud.com",
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
            url: "https://rds.{region}.myhuaweicloud.eu",
            regions: &["eu-west-101"],
        },
    ],
    operations: &[
        ::huaweicloud_core::service::OperationMeta {
            id: "list_auditlogs",
            required: &[
                "project_id",
                "instance_id",
                "start_time",
                "end_time",
                "offset",
                "limit",
            ],
            optional: &[],
            page_size: ::std::option::Option::Some(50),
            batch_size: ::std::option::Option::None,
            window: ::std::option::Option::Some(("start_time", "end_time")),
            max_window_days: ::std::option::Option::Some(30),
            split_window_days: ::std::option::Option::Some(30),
            log_kind: ::std::option::Option::Some("audit"),
        },
        ::huaweicloud_core::service::OperationMeta {
            id: "show_auditlog_download_link",
            required: &["project_id", "instance_id"],
            optional: &[],
            page_size: ::std::option::Option::None,
            batch_size: ::std::option::Option::Some(50),
            window: ::std::option::Option::None,
            max_window_days: ::std::option::Option::None,
            split_window_days: ::std::option::Option::None,
            log_kind: ::std::option::Option::Some("audit"),
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
            node_id: ::std::option::Option::None,
            size_bytes: w::size("size", &self.size, true)?,
            size_exact: false,
            start_time: w::time("begin_time", &self.begin_time)?,
            end_time: w::time("end_time", &self.end_time)?,
            active: true,
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
        self.auditlogs.iter().map(types::AuditLog::to_log_file).collect()
    }
}
impl Client {
    ///Every record of `list_auditlogs` in `window`: windows longer than 30 days are split, each is listed 50 records a page, and a record listed in two windows comes once. The first error ends the stream.
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
                50,
                |f: &::huaweicloud_core::LogFile| f.id.clone(),
                move |offset| {
                    let client = client.clone();
                    let instance_id = instance_id.clone();
                    async move {
                        #[allow(unused_mut)]
                        let mut request = client
                            .list_auditlogs()
                            .instance_id(instance_id)
                            .start_time(w.start())
                            .end_time(w.end())
                            .offset(i64::from(offset))
                            .limit(i64::from(50));
                        let page = request.send().await?.into_inner();
                        let items = page
                            .files()
                            .map_err(|e| {
                                ::huaweicloud_core::Error::from(e)
                                    .with_operation("rds", "list_auditlogs")
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
                ("rds", "show_auditlog_download_link"),
                |batch| {
                    let request = self
                        .show_auditlog_download_link()
                        .instance_id(instance_id)
                        .body(
                            types::ShowAuditlogDownloadLinkRequest::builder().ids(batch),
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
            "audit" => {
                match node_id {
                    ::std::option::Option::Some(_) => {
                        ::futures_util::StreamExt::boxed(
                            ::futures_util::stream::once(
                                ::std::future::ready(
                                    ::std::result::Result::Err(
                                        ::huaweicloud_core::Error::invalid_input(
                                            "node_id",
                                            "rds lists audit logs by instance, not by node",
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
            "audit" => ::std::boxed::Box::pin(self.audit_log_links(instance_id, ids)),
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
