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
    default_log_kind: ::std::option::Option::None,
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
/// Every operation of this crate in use, one module each: the builder call with every
/// input it requires, the stream, batched call or export built on it and the `LogApi`
/// method that uses it, where there is one, and the `hwlogs` command that makes the
/// call. Each program is compiled as a doctest, and shown on the operation's page of
/// the spec reference (`cargo xtask docs`).
pub mod examples {
    /// `POST /v3.0/OS-CREDENTIAL/securitytokens`: [`Client::create_temporary_access_key_by_token`](crate::Client::create_temporary_access_key_by_token).
    ///
    /// ```no_run
    /// use huaweicloud_iam::{Client, types};
    ///
    /// # async fn example() -> Result<(), huaweicloud_iam::Error> {
    /// let client = Client::from_env()?;
    ///
    /// // `create_temporary_access_key_by_token`, with every input it requires.
    /// let answer = client
    ///     .create_temporary_access_key_by_token()
    ///     .body_map(|b| {
    ///         b.auth(
    ///             types::TokenAuth::builder().identity(
    ///                 types::TokenAuthIdentity::builder().methods([
    ///                     types::TokenAuthIdentityMethodsItem::Token,
    ///                 ]),
    ///             ),
    ///         )
    ///     })
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// With `hwlogs`:
    ///
    /// ```sh
    /// # none: no hwlogs command makes `create_temporary_access_key_by_token` itself
    /// ```
    pub mod create_temporary_access_key_by_token {}
    /// `GET /v3/projects`: [`Client::keystone_list_projects`](crate::Client::keystone_list_projects).
    ///
    /// ```no_run
    /// use huaweicloud_iam::Client;
    ///
    /// # async fn example() -> Result<(), huaweicloud_iam::Error> {
    /// let client = Client::from_env()?;
    ///
    /// // `keystone_list_projects`: it requires no input.
    /// let answer = client
    ///     .keystone_list_projects()
    ///     .send()
    ///     .await?
    ///     .into_inner();
    /// println!("{answer:?}");
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// With `hwlogs`:
    ///
    /// ```sh
    /// # none: no hwlogs command makes `keystone_list_projects` itself
    /// ```
    pub mod keystone_list_projects {}
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
        (
            "CreateTemporaryAccessKeyByTokenRequestBody",
            schema::<types::CreateTemporaryAccessKeyByTokenRequestBody>(settings),
        ),
        (
            "CreateTemporaryAccessKeyByTokenResponse",
            schema::<types::CreateTemporaryAccessKeyByTokenResponse>(settings),
        ),
        ("Credential", schema::<types::Credential>(settings)),
        ("DurationSeconds", schema::<types::DurationSeconds>(settings)),
        ("ErrorResponse", schema::<types::ErrorResponse>(settings)),
        ("IdentityToken", schema::<types::IdentityToken>(settings)),
        (
            "KeystoneListProjectsResponse",
            schema::<types::KeystoneListProjectsResponse>(settings),
        ),
        ("Links", schema::<types::Links>(settings)),
        ("Page", schema::<types::Page>(settings)),
        ("PerPage", schema::<types::PerPage>(settings)),
        ("ProjectResult", schema::<types::ProjectResult>(settings)),
        ("SecretKey", schema::<types::SecretKey>(settings)),
        ("SecurityToken", schema::<types::SecurityToken>(settings)),
        ("ServicePolicy", schema::<types::ServicePolicy>(settings)),
        ("ServiceStatement", schema::<types::ServiceStatement>(settings)),
        ("Token", schema::<types::Token>(settings)),
        ("TokenAuth", schema::<types::TokenAuth>(settings)),
        ("TokenAuthIdentity", schema::<types::TokenAuthIdentity>(settings)),
    ])
}
