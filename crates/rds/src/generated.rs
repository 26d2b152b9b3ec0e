// Generated from specs/rds.yaml by `cargo xtask codegen`; do not modify.
// Change the spec and regenerate instead.

#[allow(unused_imports)]
use progenitor_client::Error;
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///One audit log file.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AuditLog {
        ///Start of the time range the file covers, `yyyy-mm-ddThh:mm:ss+hhmm`.
        pub begin_time: ::std::string::String,
        ///End of the time range the file covers, `yyyy-mm-ddThh:mm:ss+hhmm`.
        pub end_time: ::std::string::String,
        ///Audit log ID. For the SQL Server engine, the ID is the audit log file name.
        pub id: ::std::string::String,
        ///Audit log file name. It is an object path that contains `/` characters, so it is not a safe local file name.
        pub name: ::std::string::String,
        ///Size of the audit log in KB. The table documents a Long, but the service sends a floating-point number (for example `20481.835938`), so the byte count derived from it is approximate.
        pub size: f64,
    }
    impl AuditLog {
        pub fn builder() -> builder::AuditLog {
            Default::default()
        }
    }
    ///Audit log ids, 1 to 50 of them.
    pub type AuditLogIds = ::huaweicloud_core::bounded::BoundedVec<1, 50>;
    ///A time in the `yyyy-mm-ddThh:mm:ss+hhmm` format: `T` separates date and time, and the suffix is the offset from UTC without a colon (RFC 3339 with `+08:00` is not accepted).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AuditTime(::std::string::String);
    impl ::std::ops::Deref for AuditTime {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AuditTime> for ::std::string::String {
        fn from(value: AuditTime) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AuditTime {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            {
                ::regress::Regex::new(
                        "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{4}$",
                    )
                    .unwrap()
            });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{4}$\""
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AuditTime {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AuditTime {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AuditTime {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Huawei-style error body, shared by every error status. The API gateway adds `request_id`. Some services spell the fields `errorCode`/`errorMsg` or `code`/`message`; the client runtime maps those onto `error_code`/`error_msg` before decoding, so every error reaches the caller in this one shape.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorResponse {
        ///Error code, for example `DBS.200001` or `APIGW.0301`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::std::string::String>,
        ///Error message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_msg: ::std::option::Option<::std::string::String>,
        ///Request id, sent by the API gateway (also in the `X-Request-Id` response header).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///RDS instance ID.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct InstanceId(::std::string::String);
    impl ::std::ops::Deref for InstanceId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<InstanceId> for ::std::string::String {
        fn from(value: InstanceId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for InstanceId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 64usize {
                return Err("longer than 64 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for InstanceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for InstanceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for InstanceId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Language of response messages.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum Language {
        #[serde(rename = "en-us")]
        EnUs,
        #[serde(rename = "zh-cn")]
        ZhCn,
    }
    impl ::std::fmt::Display for Language {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::EnUs => f.write_str("en-us"),
                Self::ZhCn => f.write_str("zh-cn"),
            }
        }
    }
    impl ::std::str::FromStr for Language {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "en-us" => Ok(Self::EnUs),
                "zh-cn" => Ok(Self::ZhCn),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Language {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Language {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for Language {
        fn default() -> Self {
            Language::EnUs
        }
    }
    ///Number of records in a page, 1 to 50.
    pub type Limit = ::huaweicloud_core::bounded::BoundedInt<1, 50>;
    ///One page of audit log files.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ListAuditlogsResponse {
        ///The audit log files of this page.
        pub auditlogs: ::std::vec::Vec<AuditLog>,
        ///Total number of records in the window, over all pages.
        pub total_record: i32,
    }
    impl ListAuditlogsResponse {
        pub fn builder() -> builder::ListAuditlogsResponse {
            Default::default()
        }
    }
    ///Index offset of a page; non-negative.
    pub type Offset = ::huaweicloud_core::bounded::BoundedInt<0, 2147483647>;
    ///Project ID of a tenant in a region, 32 letters and digits.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ProjectId(::std::string::String);
    impl ::std::ops::Deref for ProjectId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ProjectId> for ::std::string::String {
        fn from(value: ProjectId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ProjectId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ProjectId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ProjectId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ProjectId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Body of the link request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ShowAuditlogDownloadLinkRequest {
        pub ids: ::huaweicloud_core::bounded::BoundedVec<1, 50>,
    }
    impl ShowAuditlogDownloadLinkRequest {
        pub fn builder() -> builder::ShowAuditlogDownloadLinkRequest {
            Default::default()
        }
    }
    ///The download links.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ShowAuditlogDownloadLinkResponse {
        ///Audit log download links, one per requested id; each is valid for 5 minutes.
        pub links: ::std::vec::Vec<::std::string::String>,
    }
    impl ShowAuditlogDownloadLinkResponse {
        pub fn builder() -> builder::ShowAuditlogDownloadLinkResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AuditLog {
            begin_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            end_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            size: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for AuditLog {
            fn default() -> Self {
                Self {
                    begin_time: Err("no value supplied for begin_time".to_string()),
                    end_time: Err("no value supplied for end_time".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    size: Err("no value supplied for size".to_string()),
                }
            }
        }
        impl AuditLog {
            pub fn begin_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.begin_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for begin_time: {e}")
                    });
                self
            }
            pub fn end_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.end_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for end_time: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AuditLog> for super::AuditLog {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuditLog,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    begin_time: value.begin_time?,
                    end_time: value.end_time?,
                    id: value.id?,
                    name: value.name?,
                    size: value.size?,
                })
            }
        }
        impl ::std::convert::From<super::AuditLog> for AuditLog {
            fn from(value: super::AuditLog) -> Self {
                Self {
                    begin_time: Ok(value.begin_time),
                    end_time: Ok(value.end_time),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    size: Ok(value.size),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            error_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_msg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    error_code: Ok(Default::default()),
                    error_msg: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ErrorResponse {
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn error_msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_msg: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code: value.error_code?,
                    error_msg: value.error_msg?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self {
                    error_code: Ok(value.error_code),
                    error_msg: Ok(value.error_msg),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListAuditlogsResponse {
            auditlogs: ::std::result::Result<
                ::std::vec::Vec<super::AuditLog>,
                ::std::string::String,
            >,
            total_record: ::std::result::Result<i32, ::std::string::String>,
        }
        impl ::std::default::Default for ListAuditlogsResponse {
            fn default() -> Self {
                Self {
                    auditlogs: Err("no value supplied for auditlogs".to_string()),
                    total_record: Err("no value supplied for total_record".to_string()),
                }
            }
        }
        impl ListAuditlogsResponse {
            pub fn auditlogs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AuditLog>>,
                T::Error: ::std::fmt::Display,
            {
                self.auditlogs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auditlogs: {e}")
                    });
                self
            }
            pub fn total_record<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.total_record = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_record: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListAuditlogsResponse>
        for super::ListAuditlogsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListAuditlogsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auditlogs: value.auditlogs?,
                    total_record: value.total_record?,
                })
            }
        }
        impl ::std::convert::From<super::ListAuditlogsResponse>
        for ListAuditlogsResponse {
            fn from(value: super::ListAuditlogsResponse) -> Self {
                Self {
                    auditlogs: Ok(value.auditlogs),
                    total_record: Ok(value.total_record),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowAuditlogDownloadLinkRequest {
            ids: ::std::result::Result<
                ::huaweicloud_core::bounded::BoundedVec<1, 50>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowAuditlogDownloadLinkRequest {
            fn default() -> Self {
                Self {
                    ids: Err("no value supplied for ids".to_string()),
                }
            }
        }
        impl ShowAuditlogDownloadLinkRequest {
            pub fn ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::huaweicloud_core::bounded::BoundedVec<1, 50>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ids: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShowAuditlogDownloadLinkRequest>
        for super::ShowAuditlogDownloadLinkRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowAuditlogDownloadLinkRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { ids: value.ids? })
            }
        }
        impl ::std::convert::From<super::ShowAuditlogDownloadLinkRequest>
        for ShowAuditlogDownloadLinkRequest {
            fn from(value: super::ShowAuditlogDownloadLinkRequest) -> Self {
                Self { ids: Ok(value.ids) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowAuditlogDownloadLinkResponse {
            links: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowAuditlogDownloadLinkResponse {
            fn default() -> Self {
                Self {
                    links: Err("no value supplied for links".to_string()),
                }
            }
        }
        impl ShowAuditlogDownloadLinkResponse {
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShowAuditlogDownloadLinkResponse>
        for super::ShowAuditlogDownloadLinkResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowAuditlogDownloadLinkResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { links: value.links? })
            }
        }
        impl ::std::convert::From<super::ShowAuditlogDownloadLinkResponse>
        for ShowAuditlogDownloadLinkResponse {
            fn from(value: super::ShowAuditlogDownloadLinkResponse) -> Self {
                Self { links: Ok(value.links) }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Huawei Cloud RDS audit log API

Audit log APIs of Huawei Cloud Relational Database Service (RDS), the managed MySQL, PostgreSQL and SQL Server service: list the audit log files of an instance and generate short-lived links to download them.
Hand-written from the published API reference ("Obtaining Audit Logs", and the Chinese page "生成审计日志下载链接", Generating Audit Log Download Links) and from what the service really sends where it differs from the documents. Unofficial: not published or endorsed by Huawei.

Version: v3*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: ::huaweicloud_core::Runtime,
}
impl Client {
    #[doc(hidden)]
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: ::huaweicloud_core::Runtime,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<::huaweicloud_core::Runtime> for Client {
    fn api_version() -> &'static str {
        "v3"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &::huaweicloud_core::Runtime {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<::huaweicloud_core::Runtime>,
    {}
};
impl Client {
    /**Obtain audit logs

Lists the audit log files of an RDS instance in a time window. All four query parameters are required. The window may span at most 30 days and its end must be later than its start.

Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/auditlog`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: ID of the RDS instance to query.
- `end_time`: Query end time, in the `yyyy-mm-ddThh:mm:ss+hhmm` format. It must be later than the start time, and the time span cannot be longer than 30 days.
- `limit`: Number of records to return, 1 to 50.
- `offset`: Index offset. If offset is N, the query starts from record N+1; 0 starts from the first record.
- `start_time`: Query start time, in the `yyyy-mm-ddThh:mm:ss+hhmm` format, where the suffix is the time zone offset (`+0800` for Beijing time).
- `x_language`: Language of the response messages.
```ignore
let response = client.list_auditlogs()
    .project_id(project_id)
    .instance_id(instance_id)
    .end_time(end_time)
    .limit(limit)
    .offset(offset)
    .start_time(start_time)
    .x_language(x_language)
    .send()
    .await;
```*/
    pub fn list_auditlogs(&self) -> builder::ListAuditlogs<'_> {
        builder::ListAuditlogs::new(self)
    }
    /**Generate audit log download links

Generates a download link for each requested audit log id, in the order of the ids. At most 50 ids per call. Each link is valid for 5 minutes.

Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/auditlog-links`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: ID of the RDS instance to query.
- `x_language`: Language of the response messages.
- `body`: The audit log ids to link.
```ignore
let response = client.show_auditlog_download_link()
    .project_id(project_id)
    .instance_id(instance_id)
    .x_language(x_language)
    .body(body)
    .send()
    .await;
```*/
    pub fn show_auditlog_download_link(&self) -> builder::ShowAuditlogDownloadLink<'_> {
        builder::ShowAuditlogDownloadLink::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_auditlogs`]

[`Client::list_auditlogs`]: super::Client::list_auditlogs*/
    #[derive(Debug, Clone)]
    pub struct ListAuditlogs<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        end_time: Result<types::AuditTime, String>,
        limit: Result<::huaweicloud_core::bounded::BoundedInt<1, 50>, String>,
        offset: Result<::huaweicloud_core::bounded::BoundedInt<0, 2147483647>, String>,
        start_time: Result<types::AuditTime, String>,
        x_language: Result<Option<types::Language>, String>,
    }
    impl<'a> ListAuditlogs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: ::huaweicloud_core::client::project_id_for(client.runtime()),
                instance_id: Err("instance_id was not initialized".to_string()),
                end_time: Err("end_time was not initialized".to_string()),
                limit: Err("limit was not initialized".to_string()),
                offset: Err("offset was not initialized".to_string()),
                start_time: Err("start_time was not initialized".to_string()),
                x_language: Ok(None),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
            <V as std::convert::TryInto<types::ProjectId>>::Error: ::std::fmt::Display,
        {
            self.project_id = value.try_into().map_err(|e| format!("project_id: {e}"));
            self
        }
        pub fn instance_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InstanceId>,
            <V as std::convert::TryInto<types::InstanceId>>::Error: ::std::fmt::Display,
        {
            self.instance_id = value.try_into().map_err(|e| format!("instance_id: {e}"));
            self
        }
        pub fn end_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AuditTime>,
            <V as std::convert::TryInto<types::AuditTime>>::Error: ::std::fmt::Display,
        {
            self.end_time = value.try_into().map_err(|e| format!("end_time: {e}"));
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::huaweicloud_core::bounded::BoundedInt<1, 50>>,
            <V as std::convert::TryInto<
                ::huaweicloud_core::bounded::BoundedInt<1, 50>,
            >>::Error: ::std::fmt::Display,
        {
            self.limit = value.try_into().map_err(|e| format!("limit: {e}"));
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::huaweicloud_core::bounded::BoundedInt<0, 2147483647>,
            >,
            <V as std::convert::TryInto<
                ::huaweicloud_core::bounded::BoundedInt<0, 2147483647>,
            >>::Error: ::std::fmt::Display,
        {
            self.offset = value.try_into().map_err(|e| format!("offset: {e}"));
            self
        }
        pub fn start_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AuditTime>,
            <V as std::convert::TryInto<types::AuditTime>>::Error: ::std::fmt::Display,
        {
            self.start_time = value.try_into().map_err(|e| format!("start_time: {e}"));
            self
        }
        pub fn x_language<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Language>,
            <V as std::convert::TryInto<types::Language>>::Error: ::std::fmt::Display,
        {
            self.x_language = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("x_language: {e}"));
            self
        }
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::ListAuditlogsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                project_id,
                instance_id,
                end_time,
                limit,
                offset,
                start_time,
                x_language,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let end_time = end_time.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let start_time = start_time.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/instances/{}/auditlog", client.baseurl, encode_path(&
                project_id.to_string()), encode_path(& instance_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_language {
                header_map.append("X-Language", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("end_time", &end_time))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("start_time", &start_time))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_auditlogs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/auditlog`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListAuditlogsResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "list_auditlogs")
            };
            ::huaweicloud_core::client::fill_project_id(
                    &mut self.project_id,
                    self.client.runtime(),
                )
                .await
                .map_err(op)?;
            self.send_raw().await.map_err(|e| op(::huaweicloud_core::Error::from(e)))
        }
    }
    /**Builder for [`Client::show_auditlog_download_link`]

[`Client::show_auditlog_download_link`]: super::Client::show_auditlog_download_link*/
    #[derive(Debug, Clone)]
    pub struct ShowAuditlogDownloadLink<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        x_language: Result<Option<types::Language>, String>,
        body: Result<types::builder::ShowAuditlogDownloadLinkRequest, String>,
    }
    impl<'a> ShowAuditlogDownloadLink<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: ::huaweicloud_core::client::project_id_for(client.runtime()),
                instance_id: Err("instance_id was not initialized".to_string()),
                x_language: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn project_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProjectId>,
            <V as std::convert::TryInto<types::ProjectId>>::Error: ::std::fmt::Display,
        {
            self.project_id = value.try_into().map_err(|e| format!("project_id: {e}"));
            self
        }
        pub fn instance_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InstanceId>,
            <V as std::convert::TryInto<types::InstanceId>>::Error: ::std::fmt::Display,
        {
            self.instance_id = value.try_into().map_err(|e| format!("instance_id: {e}"));
            self
        }
        pub fn x_language<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Language>,
            <V as std::convert::TryInto<types::Language>>::Error: ::std::fmt::Display,
        {
            self.x_language = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("x_language: {e}"));
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ShowAuditlogDownloadLinkRequest>,
            <V as std::convert::TryInto<
                types::ShowAuditlogDownloadLinkRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ShowAuditlogDownloadLinkRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ShowAuditlogDownloadLinkRequest,
            ) -> types::builder::ShowAuditlogDownloadLinkRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::ShowAuditlogDownloadLinkResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, project_id, instance_id, x_language, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ShowAuditlogDownloadLinkRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/instances/{}/auditlog-links", client.baseurl, encode_path(&
                project_id.to_string()), encode_path(& instance_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = x_language {
                header_map.append("X-Language", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_auditlog_download_link",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/auditlog-links`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::ShowAuditlogDownloadLinkResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "show_auditlog_download_link")
            };
            ::huaweicloud_core::client::fill_project_id(
                    &mut self.project_id,
                    self.client.runtime(),
                )
                .await
                .map_err(op)?;
            self.send_raw().await.map_err(|e| op(::huaweicloud_core::Error::from(e)))
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
