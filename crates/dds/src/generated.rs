// Generated from specs/dds.yaml by `cargo xtask codegen`; do not modify.
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
        ///End of the time range the file covers, `yyyy-mm-ddThh:mm:ss+hhmm`.
        pub end_time: ::std::string::String,
        ///Audit log ID, used to request a download link.
        pub id: ::std::string::String,
        ///Audit log file name.
        pub name: ::std::string::String,
        ///ID of the node that wrote the file.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub node_id: ::std::option::Option<::std::string::String>,
        pub size: AuditLogSize,
        ///Start of the time range the file covers, `yyyy-mm-ddThh:mm:ss+hhmm`.
        pub start_time: ::std::string::String,
    }
    impl AuditLog {
        pub fn builder() -> builder::AuditLog {
            Default::default()
        }
    }
    ///Audit log ids, 1 to 50 of them.
    pub type AuditLogIds = ::huaweicloud_core::bounded::BoundedVec<1, 50>;
    ///Size of the file in bytes. Documented as a Long, but the document's own example (and the service) send it as a decimal string, so both are accepted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum AuditLogSize {
        Int64(i64),
        String(AuditLogSizeString),
    }
    impl ::std::fmt::Display for AuditLogSize {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Int64(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::str::FromStr for AuditLogSize {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if let Ok(v) = value.parse() {
                Ok(Self::Int64(v))
            } else if let Ok(v) = value.parse() {
                Ok(Self::String(v))
            } else {
                Err("string conversion failed for all variants".into())
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AuditLogSize {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AuditLogSize {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::From<i64> for AuditLogSize {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    impl ::std::convert::From<AuditLogSizeString> for AuditLogSize {
        fn from(value: AuditLogSizeString) -> Self {
            Self::String(value)
        }
    }
    ///`AuditLogSizeString`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AuditLogSizeString(::std::string::String);
    impl ::std::ops::Deref for AuditLogSizeString {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AuditLogSizeString> for ::std::string::String {
        fn from(value: AuditLogSizeString) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AuditLogSizeString {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9]+$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9]+$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AuditLogSizeString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AuditLogSizeString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AuditLogSizeString {
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
    ///DDS instance ID, as returned by the instance query API.
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
    ///Number of records in a page, 1 to 100.
    pub type Limit = ::huaweicloud_core::bounded::BoundedInt<1, 100>;
    ///Body of the link request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ListAuditlogLinksRequest {
        pub ids: ::huaweicloud_core::bounded::BoundedVec<1, 50>,
    }
    impl ListAuditlogLinksRequest {
        pub fn builder() -> builder::ListAuditlogLinksRequest {
            Default::default()
        }
    }
    ///The download links.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ListAuditlogLinksResponse {
        ///Audit log download links, one per requested id; each is valid for 5 minutes.
        pub links: ::std::vec::Vec<::std::string::String>,
    }
    impl ListAuditlogLinksResponse {
        pub fn builder() -> builder::ListAuditlogLinksResponse {
            Default::default()
        }
    }
    ///`ListAuditlogsNodeId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListAuditlogsNodeId(::std::string::String);
    impl ::std::ops::Deref for ListAuditlogsNodeId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListAuditlogsNodeId> for ::std::string::String {
        fn from(value: ListAuditlogsNodeId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListAuditlogsNodeId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ListAuditlogsNodeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListAuditlogsNodeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListAuditlogsNodeId {
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
    ///One page of audit log files.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ListAuditlogsResponse {
        ///The audit log files of this page.
        pub audit_logs: ::std::vec::Vec<AuditLog>,
        ///Total number of records in the window, over all pages.
        pub total_record: i32,
        ///Total size in bytes of the audit logs of the instance. Some published copies of the example omit it, so it is optional.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_size: ::std::option::Option<i64>,
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
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AuditLog {
            end_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            node_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            size: ::std::result::Result<super::AuditLogSize, ::std::string::String>,
            start_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AuditLog {
            fn default() -> Self {
                Self {
                    end_time: Err("no value supplied for end_time".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    node_id: Ok(Default::default()),
                    size: Err("no value supplied for size".to_string()),
                    start_time: Err("no value supplied for start_time".to_string()),
                }
            }
        }
        impl AuditLog {
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
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AuditLogSize>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.start_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for start_time: {e}")
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
                    end_time: value.end_time?,
                    id: value.id?,
                    name: value.name?,
                    node_id: value.node_id?,
                    size: value.size?,
                    start_time: value.start_time?,
                })
            }
        }
        impl ::std::convert::From<super::AuditLog> for AuditLog {
            fn from(value: super::AuditLog) -> Self {
                Self {
                    end_time: Ok(value.end_time),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    node_id: Ok(value.node_id),
                    size: Ok(value.size),
                    start_time: Ok(value.start_time),
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
        pub struct ListAuditlogLinksRequest {
            ids: ::std::result::Result<
                ::huaweicloud_core::bounded::BoundedVec<1, 50>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListAuditlogLinksRequest {
            fn default() -> Self {
                Self {
                    ids: Err("no value supplied for ids".to_string()),
                }
            }
        }
        impl ListAuditlogLinksRequest {
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
        impl ::std::convert::TryFrom<ListAuditlogLinksRequest>
        for super::ListAuditlogLinksRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListAuditlogLinksRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { ids: value.ids? })
            }
        }
        impl ::std::convert::From<super::ListAuditlogLinksRequest>
        for ListAuditlogLinksRequest {
            fn from(value: super::ListAuditlogLinksRequest) -> Self {
                Self { ids: Ok(value.ids) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListAuditlogLinksResponse {
            links: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListAuditlogLinksResponse {
            fn default() -> Self {
                Self {
                    links: Err("no value supplied for links".to_string()),
                }
            }
        }
        impl ListAuditlogLinksResponse {
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
        impl ::std::convert::TryFrom<ListAuditlogLinksResponse>
        for super::ListAuditlogLinksResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListAuditlogLinksResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { links: value.links? })
            }
        }
        impl ::std::convert::From<super::ListAuditlogLinksResponse>
        for ListAuditlogLinksResponse {
            fn from(value: super::ListAuditlogLinksResponse) -> Self {
                Self { links: Ok(value.links) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListAuditlogsResponse {
            audit_logs: ::std::result::Result<
                ::std::vec::Vec<super::AuditLog>,
                ::std::string::String,
            >,
            total_record: ::std::result::Result<i32, ::std::string::String>,
            total_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListAuditlogsResponse {
            fn default() -> Self {
                Self {
                    audit_logs: Err("no value supplied for audit_logs".to_string()),
                    total_record: Err("no value supplied for total_record".to_string()),
                    total_size: Ok(Default::default()),
                }
            }
        }
        impl ListAuditlogsResponse {
            pub fn audit_logs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AuditLog>>,
                T::Error: ::std::fmt::Display,
            {
                self.audit_logs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for audit_logs: {e}")
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
            pub fn total_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_size: {e}")
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
                    audit_logs: value.audit_logs?,
                    total_record: value.total_record?,
                    total_size: value.total_size?,
                })
            }
        }
        impl ::std::convert::From<super::ListAuditlogsResponse>
        for ListAuditlogsResponse {
            fn from(value: super::ListAuditlogsResponse) -> Self {
                Self {
                    audit_logs: Ok(value.audit_logs),
                    total_record: Ok(value.total_record),
                    total_size: Ok(value.total_size),
                }
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
/**Client for Huawei Cloud DDS audit log API

Audit log APIs of Huawei Cloud Document Database Service (DDS), the managed MongoDB-compatible database: list the audit log files of an instance and obtain short-lived links to download them.
Hand-written from the published API reference ("Obtaining the Audit Log List", "Obtaining Links for Downloading Audit Logs") and from what the service and the official SDK put on the wire where the two disagree. Unofficial: not published or endorsed by Huawei.

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
    /**Obtain the audit log list

Lists the audit log files of a DDS instance whose time range falls in the query window. The window may span at most 30 days and its end must be later than its start. The audit logs of a cluster instance are distributed on its mongos nodes.

Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/auditlog`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: DDS instance ID, as returned by the instance query API.
- `end_time`: Query end time, in the `yyyy-mm-ddThh:mm:ss+hhmm` format. It must be later than the start time, and the time span cannot be longer than 30 days.
- `limit`: Number of records to return, 1 to 100.
- `node_id`: ID of the node whose audit logs are to be queried. If this parameter is not passed, the audit logs of all nodes are queried.
- `offset`: Index offset; the query starts from the next record after this index. 0 starts from the first record.
- `start_time`: Query start time, in the `yyyy-mm-ddThh:mm:ss+hhmm` format (the offset is the time zone).
- `x_language`: Language of the response messages.
```ignore
let response = client.list_auditlogs()
    .project_id(project_id)
    .instance_id(instance_id)
    .end_time(end_time)
    .limit(limit)
    .node_id(node_id)
    .offset(offset)
    .start_time(start_time)
    .x_language(x_language)
    .send()
    .await;
```*/
    pub fn list_auditlogs(&self) -> builder::ListAuditlogs<'_> {
        builder::ListAuditlogs::new(self)
    }
    /**Obtain links for downloading audit logs

Returns one download link per requested audit log id, in the order of the ids. At most 50 ids per call. Each link is valid for 5 minutes.

Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/auditlog-links`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: DDS instance ID, as returned by the instance query API.
- `x_language`: Language of the response messages.
- `body`: The audit log ids to link.
```ignore
let response = client.list_auditlog_links()
    .project_id(project_id)
    .instance_id(instance_id)
    .x_language(x_language)
    .body(body)
    .send()
    .await;
```*/
    pub fn list_auditlog_links(&self) -> builder::ListAuditlogLinks<'_> {
        builder::ListAuditlogLinks::new(self)
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
        limit: Result<Option<::huaweicloud_core::bounded::BoundedInt<1, 100>>, String>,
        node_id: Result<Option<types::ListAuditlogsNodeId>, String>,
        offset: Result<
            Option<::huaweicloud_core::bounded::BoundedInt<0, 2147483647>>,
            String,
        >,
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
                limit: Ok(None),
                node_id: Ok(None),
                offset: Ok(None),
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
            V: std::convert::TryInto<::huaweicloud_core::bounded::BoundedInt<1, 100>>,
            <V as std::convert::TryInto<
                ::huaweicloud_core::bounded::BoundedInt<1, 100>,
            >>::Error: ::std::fmt::Display,
        {
            self.limit = value.try_into().map(Some).map_err(|e| format!("limit: {e}"));
            self
        }
        pub fn node_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListAuditlogsNodeId>,
            <V as std::convert::TryInto<
                types::ListAuditlogsNodeId,
            >>::Error: ::std::fmt::Display,
        {
            self.node_id = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("node_id: {e}"));
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
            self.offset = value.try_into().map(Some).map_err(|e| format!("offset: {e}"));
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
                node_id,
                offset,
                start_time,
                x_language,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let end_time = end_time.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let node_id = node_id.map_err(Error::InvalidRequest)?;
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
                .query(&progenitor_client::QueryParam::new("node_id", &node_id))
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
    /**Builder for [`Client::list_auditlog_links`]

[`Client::list_auditlog_links`]: super::Client::list_auditlog_links*/
    #[derive(Debug, Clone)]
    pub struct ListAuditlogLinks<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        x_language: Result<Option<types::Language>, String>,
        body: Result<types::builder::ListAuditlogLinksRequest, String>,
    }
    impl<'a> ListAuditlogLinks<'a> {
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
            V: std::convert::TryInto<types::ListAuditlogLinksRequest>,
            <V as std::convert::TryInto<
                types::ListAuditlogLinksRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ListAuditlogLinksRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ListAuditlogLinksRequest,
            ) -> types::builder::ListAuditlogLinksRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::ListAuditlogLinksResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, project_id, instance_id, x_language, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ListAuditlogLinksRequest::try_from(v)
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
                operation_id: "list_auditlog_links",
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
            ResponseValue<types::ListAuditlogLinksResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "list_auditlog_links")
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
