// Generated from specs/iam.yaml by `cargo xtask codegen`; do not modify.
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
    name: "iam",
    env_names: &["IAM"],
    endpoint_env: ::std::option::Option::Some("HUAWEICLOUD_SDK_IAM_ENDPOINT"),
    endpoints: &[
        ::huaweicloud_core::service::Endpoint {
            url: "https://iam.{region}.myhuaweicloud.com",
            regions: &[
                "cn-north-2",
                "cn-north-4",
                "cn-north-1",
                "cn-east-2",
                "cn-east-3",
                "cn-south-1",
                "cn-south-2",
                "cn-southwest-2",
                "ap-southeast-1",
                "ap-southeast-2",
                "ap-southeast-3",
                "af-south-1",
                "sa-brazil-1",
                "la-south-2",
                "na-mexico-1",
                "la-north-2",
                "cn-north-9",
                "eu-west-0",
                "my-kualalumpur-1",
                "ru-moscow-1",
                "me-east-1",
                "ap-southeast-4",
                "ae-ad-1",
                "cn-east-4",
                "cn-east-5",
                "tr-west-1",
                "cn-north-12",
            ],
        },
        ::huaweicloud_core::service::Endpoint {
            url: "https://iam.{region}.myhuaweicloud.eu",
            regions: &["eu-west-101"],
        },
        ::huaweicloud_core::service::Endpoint {
            url: "https://iam.myhuaweicloud.com",
            regions: &[],
        },
    ],
    operations: &[
        ::huaweicloud_core::service::OperationMeta {
            id: "create_temporary_access_key_by_token",
            required: &[],
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
            id: "keystone_list_projects",
            required: &[],
            optional: &[
                "domain_id",
                "name",
                "parent_id",
                "enabled",
                "is_domain",
                "page",
                "per_page",
            ],
            page_size: ::std::option::Option::None,
            batch_size: ::std::option::Option::None,
            window: ::std::option::Option::None,
            max_window_days: ::std::option::Option::None,
            split_window_days: ::std::option::Option::None,
            log_kind: ::std::option::Option::None,
            export: false,
        },
    ],
};
::huaweicloud_core::service_client!(Client, & META);
impl Client {}
