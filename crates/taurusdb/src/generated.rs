// Generated from specs/taurusdb.yaml by `cargo xtask codegen`; do not modify.
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
    ///One DDL log file.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DdlLog {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub create_time: ::std::option::Option<LogTime>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_time: ::std::option::Option<LogTime>,
        ///Log file name.
        pub file_name: ::std::string::String,
        ///Log file size, in bytes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_size: ::std::option::Option<i64>,
        ///Log file ID, one of the `log_ids` of `download_ddl_logs`.
        pub id: ::std::string::String,
        ///Status of the log file, `Active` (normal) or `Disable` (unavailable).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl DdlLog {
        pub fn builder() -> builder::DdlLog {
            Default::default()
        }
    }
    ///DDL log file ids, 1 to 10 of them.
    pub type DdlLogIds = ::huaweicloud_core::bounded::BoundedVec<1, 10>;
    ///Body of the download link request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DownloadDdlLogsRequest {
        pub log_ids: ::huaweicloud_core::bounded::BoundedVec<1, 10>,
    }
    impl DownloadDdlLogsRequest {
        pub fn builder() -> builder::DownloadDdlLogsRequest {
            Default::default()
        }
    }
    ///The download links, in one of the three shapes the service has sent: the table's `{"list": [...]}`, `{"download_files": [...]}` (official SDK 3.1.209 and later), or the document example's bare array.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum DownloadDdlLogsResponse {
        FileList(DownloadFileList),
        FilesObject(DownloadFilesObject),
        FileArray(DownloadFileArray),
    }
    impl ::std::convert::From<DownloadFileList> for DownloadDdlLogsResponse {
        fn from(value: DownloadFileList) -> Self {
            Self::FileList(value)
        }
    }
    impl ::std::convert::From<DownloadFilesObject> for DownloadDdlLogsResponse {
        fn from(value: DownloadFilesObject) -> Self {
            Self::FilesObject(value)
        }
    }
    impl ::std::convert::From<DownloadFileArray> for DownloadDdlLogsResponse {
        fn from(value: DownloadFileArray) -> Self {
            Self::FileArray(value)
        }
    }
    ///The download link of one log file (`DownLoadFileInfoItem`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DownloadFile {
        ///Link for downloading the log file.
        pub download_url: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expire_time: ::std::option::Option<ExpireTime>,
        ///Log file name.
        pub file_name: ::std::string::String,
        ///Log file size, in bytes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_size: ::std::option::Option<i64>,
        ///Log file ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
    }
    impl DownloadFile {
        pub fn builder() -> builder::DownloadFile {
            Default::default()
        }
    }
    ///The shape of the document's example.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct DownloadFileArray(pub ::std::vec::Vec<DownloadFile>);
    impl ::std::ops::Deref for DownloadFileArray {
        type Target = ::std::vec::Vec<DownloadFile>;
        fn deref(&self) -> &::std::vec::Vec<DownloadFile> {
            &self.0
        }
    }
    impl ::std::convert::From<DownloadFileArray> for ::std::vec::Vec<DownloadFile> {
        fn from(value: DownloadFileArray) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<DownloadFile>> for DownloadFileArray {
        fn from(value: ::std::vec::Vec<DownloadFile>) -> Self {
            Self(value)
        }
    }
    ///The shape of the document's table and of SDK 3.1.206.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DownloadFileList {
        ///Details about the download link of each log file.
        pub list: ::std::vec::Vec<DownloadFile>,
    }
    impl DownloadFileList {
        pub fn builder() -> builder::DownloadFileList {
            Default::default()
        }
    }
    ///The shape of SDK 3.1.209 and later.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DownloadFilesObject {
        ///Details about the download link of each log file.
        pub download_files: ::std::vec::Vec<DownloadFile>,
    }
    impl DownloadFilesObject {
        pub fn builder() -> builder::DownloadFilesObject {
            Default::default()
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
    ///When the link expires: a `yyyy-MM-dd HH:mm:ss` string (SDK 3.1.206 and 3.1.209, and the document), or an integer Unix timestamp (SDK 3.1.212 and later).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ExpireTime {
        String(ExpireTimeString),
        Int64(i64),
    }
    impl ::std::fmt::Display for ExpireTime {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Int64(x) => x.fmt(f),
            }
        }
    }
    impl ::std::str::FromStr for ExpireTime {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if let Ok(v) = value.parse() {
                Ok(Self::String(v))
            } else if let Ok(v) = value.parse() {
                Ok(Self::Int64(v))
            } else {
                Err("string conversion failed for all variants".into())
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ExpireTime {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ExpireTime {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::From<ExpireTimeString> for ExpireTime {
        fn from(value: ExpireTimeString) -> Self {
            Self::String(value)
        }
    }
    impl ::std::convert::From<i64> for ExpireTime {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///`ExpireTimeString`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ExpireTimeString(::std::string::String);
    impl ::std::ops::Deref for ExpireTimeString {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ExpireTimeString> for ::std::string::String {
        fn from(value: ExpireTimeString) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ExpireTimeString {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            {
                ::regress::Regex::new(
                        "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                    )
                    .unwrap()
            });
            if PATTERN.find(value).is_none() {
                return Err(
                    "doesn't match pattern \"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$\""
                        .into(),
                );
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ExpireTimeString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ExpireTimeString {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ExpireTimeString {
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
    ///TaurusDB instance ID, 36 letters, digits and underscores.
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
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9_]{36}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9_]{36}$\"".into());
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
    ///Request language type.
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
    ///`ListDdlLogsNodeId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListDdlLogsNodeId(::std::string::String);
    impl ::std::ops::Deref for ListDdlLogsNodeId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListDdlLogsNodeId> for ::std::string::String {
        fn from(value: ListDdlLogsNodeId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListDdlLogsNodeId {
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
    impl ::std::convert::TryFrom<&str> for ListDdlLogsNodeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListDdlLogsNodeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListDdlLogsNodeId {
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
    ///One page of DDL log files.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ListDdlLogsResponse {
        ///The DDL log files of this page.
        pub ddl_logs: ::std::vec::Vec<DdlLog>,
        ///Number of days the service keeps DDL logs.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub keep_days: ::std::option::Option<i32>,
        ///Whether DDL logging is switched on, `ON` or `OFF`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub switch_status: ::std::option::Option<::std::string::String>,
        ///Total number of records in the window, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i32>,
    }
    impl ListDdlLogsResponse {
        pub fn builder() -> builder::ListDdlLogsResponse {
            Default::default()
        }
    }
    ///A time of a DDL log file: `yyyy-mm-ddThh:mm:ss+hhmm` as a string, or Unix milliseconds as an integer (or as a string of digits).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum LogTime {
        String(::std::string::String),
        Int64(i64),
    }
    impl ::std::fmt::Display for LogTime {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Int64(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for LogTime {
        fn from(value: i64) -> Self {
            Self::Int64(value)
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
        pub struct DdlLog {
            create_time: ::std::result::Result<
                ::std::option::Option<super::LogTime>,
                ::std::string::String,
            >,
            end_time: ::std::result::Result<
                ::std::option::Option<super::LogTime>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            file_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DdlLog {
            fn default() -> Self {
                Self {
                    create_time: Ok(Default::default()),
                    end_time: Ok(Default::default()),
                    file_name: Err("no value supplied for file_name".to_string()),
                    file_size: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl DdlLog {
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LogTime>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn end_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LogTime>>,
                T::Error: ::std::fmt::Display,
            {
                self.end_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for end_time: {e}")
                    });
                self
            }
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            pub fn file_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_size: {e}")
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DdlLog> for super::DdlLog {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DdlLog,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_time: value.create_time?,
                    end_time: value.end_time?,
                    file_name: value.file_name?,
                    file_size: value.file_size?,
                    id: value.id?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::DdlLog> for DdlLog {
            fn from(value: super::DdlLog) -> Self {
                Self {
                    create_time: Ok(value.create_time),
                    end_time: Ok(value.end_time),
                    file_name: Ok(value.file_name),
                    file_size: Ok(value.file_size),
                    id: Ok(value.id),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DownloadDdlLogsRequest {
            log_ids: ::std::result::Result<
                ::huaweicloud_core::bounded::BoundedVec<1, 10>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DownloadDdlLogsRequest {
            fn default() -> Self {
                Self {
                    log_ids: Err("no value supplied for log_ids".to_string()),
                }
            }
        }
        impl DownloadDdlLogsRequest {
            pub fn log_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::huaweicloud_core::bounded::BoundedVec<1, 10>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.log_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for log_ids: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DownloadDdlLogsRequest>
        for super::DownloadDdlLogsRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DownloadDdlLogsRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { log_ids: value.log_ids? })
            }
        }
        impl ::std::convert::From<super::DownloadDdlLogsRequest>
        for DownloadDdlLogsRequest {
            fn from(value: super::DownloadDdlLogsRequest) -> Self {
                Self { log_ids: Ok(value.log_ids) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DownloadFile {
            download_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expire_time: ::std::result::Result<
                ::std::option::Option<super::ExpireTime>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            file_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DownloadFile {
            fn default() -> Self {
                Self {
                    download_url: Err("no value supplied for download_url".to_string()),
                    expire_time: Ok(Default::default()),
                    file_name: Err("no value supplied for file_name".to_string()),
                    file_size: Ok(Default::default()),
                    id: Ok(Default::default()),
                }
            }
        }
        impl DownloadFile {
            pub fn download_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.download_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for download_url: {e}")
                    });
                self
            }
            pub fn expire_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ExpireTime>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire_time: {e}")
                    });
                self
            }
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            pub fn file_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_size: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<DownloadFile> for super::DownloadFile {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DownloadFile,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    download_url: value.download_url?,
                    expire_time: value.expire_time?,
                    file_name: value.file_name?,
                    file_size: value.file_size?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::DownloadFile> for DownloadFile {
            fn from(value: super::DownloadFile) -> Self {
                Self {
                    download_url: Ok(value.download_url),
                    expire_time: Ok(value.expire_time),
                    file_name: Ok(value.file_name),
                    file_size: Ok(value.file_size),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DownloadFileList {
            list: ::std::result::Result<
                ::std::vec::Vec<super::DownloadFile>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DownloadFileList {
            fn default() -> Self {
                Self {
                    list: Err("no value supplied for list".to_string()),
                }
            }
        }
        impl DownloadFileList {
            pub fn list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DownloadFile>>,
                T::Error: ::std::fmt::Display,
            {
                self.list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for list: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DownloadFileList> for super::DownloadFileList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DownloadFileList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { list: value.list? })
            }
        }
        impl ::std::convert::From<super::DownloadFileList> for DownloadFileList {
            fn from(value: super::DownloadFileList) -> Self {
                Self { list: Ok(value.list) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DownloadFilesObject {
            download_files: ::std::result::Result<
                ::std::vec::Vec<super::DownloadFile>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DownloadFilesObject {
            fn default() -> Self {
                Self {
                    download_files: Err(
                        "no value supplied for download_files".to_string(),
                    ),
                }
            }
        }
        impl DownloadFilesObject {
            pub fn download_files<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DownloadFile>>,
                T::Error: ::std::fmt::Display,
            {
                self.download_files = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for download_files: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DownloadFilesObject>
        for super::DownloadFilesObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DownloadFilesObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    download_files: value.download_files?,
                })
            }
        }
        impl ::std::convert::From<super::DownloadFilesObject> for DownloadFilesObject {
            fn from(value: super::DownloadFilesObject) -> Self {
                Self {
                    download_files: Ok(value.download_files),
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
        pub struct ListDdlLogsResponse {
            ddl_logs: ::std::result::Result<
                ::std::vec::Vec<super::DdlLog>,
                ::std::string::String,
            >,
            keep_days: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            switch_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListDdlLogsResponse {
            fn default() -> Self {
                Self {
                    ddl_logs: Err("no value supplied for ddl_logs".to_string()),
                    keep_days: Ok(Default::default()),
                    switch_status: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl ListDdlLogsResponse {
            pub fn ddl_logs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DdlLog>>,
                T::Error: ::std::fmt::Display,
            {
                self.ddl_logs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ddl_logs: {e}")
                    });
                self
            }
            pub fn keep_days<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.keep_days = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keep_days: {e}")
                    });
                self
            }
            pub fn switch_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.switch_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for switch_status: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListDdlLogsResponse>
        for super::ListDdlLogsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListDdlLogsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ddl_logs: value.ddl_logs?,
                    keep_days: value.keep_days?,
                    switch_status: value.switch_status?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::ListDdlLogsResponse> for ListDdlLogsResponse {
            fn from(value: super::ListDdlLogsResponse) -> Self {
                Self {
                    ddl_logs: Ok(value.ddl_logs),
                    keep_days: Ok(value.keep_days),
                    switch_status: Ok(value.switch_status),
                    total_count: Ok(value.total_count),
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
    ///A time as milliseconds since the Unix epoch (UTC).
    pub type UnixMillis = ::huaweicloud_core::bounded::BoundedInt<0, 253402300799999>;
}
#[derive(Clone, Debug)]
/**Client for Huawei Cloud TaurusDB DDL log API

DDL log APIs of Huawei Cloud TaurusDB (GaussDB for MySQL): list the DDL log files of an instance node and obtain links to download them.
Hand-written from the published API reference ("Obtaining Links for Downloading DDL Logs", which points to "Querying DDL Logs That Can Be Downloaded") and from the shapes the service and the official SDK (huaweicloudsdkgaussdb) have really used: the download response has come as `{"list": [...]}`, `{"download_files": [...]}` and a bare array, with `expire_time` as a string or an integer. Unofficial: not published or endorsed by Huawei.

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
    /**Query DDL logs that can be downloaded

Lists the DDL log files of one node of a TaurusDB instance in a time window. The ids returned are the `log_ids` of `download_ddl_logs`. Times are Unix milliseconds (UTC), as the current official SDK (3.1.212 and later) sends them; earlier SDKs and the document use `yyyy-mm-ddThh:mm:ssZ` strings.

Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/ddl-log`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: TaurusDB instance ID, which uniquely identifies an instance (36 letters, digits and underscores).
- `end_time`: Query end time, in Unix milliseconds (UTC). It must be later than the start time; only logs of the last month can be queried.
- `limit`: Number of records per page, 1 to 100 (the service's default is 10).
- `node_id`: ID of the instance node whose DDL logs are listed.
- `offset`: Index offset; the query skips this many records. Must not be negative.
- `start_time`: Query start time, in Unix milliseconds (UTC).
- `x_language`: Request language type (default `en-us`).
```ignore
let response = client.list_ddl_logs()
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
    pub fn list_ddl_logs(&self) -> builder::ListDdlLogs<'_> {
        builder::ListDdlLogs::new(self)
    }
    /**Obtain links for downloading DDL logs

Returns a download link for each requested DDL log file. At most 10 ids per call. The service has answered in three shapes; all three decode, and the `links()` view of the client turns any of them into one list.

Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/ddl-log/download`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: TaurusDB instance ID, which uniquely identifies an instance (36 letters, digits and underscores).
- `x_language`: Request language type (default `en-us`).
- `body`: The DDL log ids to link.
```ignore
let response = client.download_ddl_logs()
    .project_id(project_id)
    .instance_id(instance_id)
    .x_language(x_language)
    .body(body)
    .send()
    .await;
```*/
    pub fn download_ddl_logs(&self) -> builder::DownloadDdlLogs<'_> {
        builder::DownloadDdlLogs::new(self)
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
    /**Builder for [`Client::list_ddl_logs`]

[`Client::list_ddl_logs`]: super::Client::list_ddl_logs*/
    #[derive(Debug, Clone)]
    pub struct ListDdlLogs<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        end_time: Result<
            ::huaweicloud_core::bounded::BoundedInt<0, 253402300799999>,
            String,
        >,
        limit: Result<Option<::huaweicloud_core::bounded::BoundedInt<1, 100>>, String>,
        node_id: Result<types::ListDdlLogsNodeId, String>,
        offset: Result<
            Option<::huaweicloud_core::bounded::BoundedInt<0, 2147483647>>,
            String,
        >,
        start_time: Result<
            ::huaweicloud_core::bounded::BoundedInt<0, 253402300799999>,
            String,
        >,
        x_language: Result<Option<types::Language>, String>,
    }
    impl<'a> ListDdlLogs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: ::huaweicloud_core::client::project_id_for(client.runtime()),
                instance_id: Err("instance_id was not initialized".to_string()),
                end_time: Err("end_time was not initialized".to_string()),
                limit: Ok(None),
                node_id: Err("node_id was not initialized".to_string()),
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
            V: std::convert::TryInto<
                ::huaweicloud_core::bounded::BoundedInt<0, 253402300799999>,
            >,
            <V as std::convert::TryInto<
                ::huaweicloud_core::bounded::BoundedInt<0, 253402300799999>,
            >>::Error: ::std::fmt::Display,
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
            V: std::convert::TryInto<types::ListDdlLogsNodeId>,
            <V as std::convert::TryInto<
                types::ListDdlLogsNodeId,
            >>::Error: ::std::fmt::Display,
        {
            self.node_id = value.try_into().map_err(|e| format!("node_id: {e}"));
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
            V: std::convert::TryInto<
                ::huaweicloud_core::bounded::BoundedInt<0, 253402300799999>,
            >,
            <V as std::convert::TryInto<
                ::huaweicloud_core::bounded::BoundedInt<0, 253402300799999>,
            >>::Error: ::std::fmt::Display,
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
            ResponseValue<types::ListDdlLogsResponse>,
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
                "{}/v3/{}/instances/{}/ddl-log", client.baseurl, encode_path(& project_id
                .to_string()), encode_path(& instance_id.to_string()),
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
                operation_id: "list_ddl_logs",
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
        ///Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/ddl-log`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListDdlLogsResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "list_ddl_logs")
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
    /**Builder for [`Client::download_ddl_logs`]

[`Client::download_ddl_logs`]: super::Client::download_ddl_logs*/
    #[derive(Debug, Clone)]
    pub struct DownloadDdlLogs<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        x_language: Result<Option<types::Language>, String>,
        body: Result<types::builder::DownloadDdlLogsRequest, String>,
    }
    impl<'a> DownloadDdlLogs<'a> {
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
            V: std::convert::TryInto<types::DownloadDdlLogsRequest>,
            <V as std::convert::TryInto<
                types::DownloadDdlLogsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `DownloadDdlLogsRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DownloadDdlLogsRequest,
            ) -> types::builder::DownloadDdlLogsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::DownloadDdlLogsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, project_id, instance_id, x_language, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::DownloadDdlLogsRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/instances/{}/ddl-log/download", client.baseurl, encode_path(&
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
                operation_id: "download_ddl_logs",
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
        ///Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/ddl-log/download`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::DownloadDdlLogsResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "download_ddl_logs")
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
