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
    ///One audit log file (every field optional, as in the official SDK's model).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct AuditLogDetail {
        ///Start of the time range the file covers, `yyyy-mm-ddThh:mm:ss+hhmm`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub begin_time: ::std::option::Option<::std::string::String>,
        ///End of the time range the file covers, `yyyy-mm-ddThh:mm:ss+hhmm`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_time: ::std::option::Option<::std::string::String>,
        ///Audit log ID, one of the `ids` of `show_audit_log_download_link`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Audit log file name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Size of the audit log, in KB.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<i64>,
    }
    impl AuditLogDetail {
        pub fn builder() -> builder::AuditLogDetail {
            Default::default()
        }
    }
    ///Audit log ids, 1 to 50 of them.
    pub type AuditLogIds = ::huaweicloud_core::bounded::BoundedVec<1, 50, 1>;
    ///A time in the `yyyy-mm-ddThh:mm:ss+hhmm` format: `T` separates date and time, and the suffix is the offset from UTC without a colon (RFC 3339 with `+08:00` is not accepted).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AuditTime(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for AuditTime {
        fn schema_name() -> ::std::string::String {
            "AuditTime".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::None,
                        pattern: ::std::option::Option::Some(
                            "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{4}$"
                                .to_owned(),
                        ),
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
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
    ///One DDL log file.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    pub type DdlLogIds = ::huaweicloud_core::bounded::BoundedVec<1, 10, 1>;
    ///Body of the download link request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DownloadDdlLogsRequest {
        pub log_ids: ::huaweicloud_core::bounded::BoundedVec<1, 10, 1>,
    }
    impl DownloadDdlLogsRequest {
        pub fn builder() -> builder::DownloadDdlLogsRequest {
            Default::default()
        }
    }
    ///The download links, in one of the three shapes the service has sent: the table's `{"list": [...]}`, `{"download_files": [...]}` (official SDK 3.1.209 and later), or the document example's bare array.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DownloadFilesObject {
        ///Details about the download link of each log file.
        pub download_files: ::std::vec::Vec<DownloadFile>,
    }
    impl DownloadFilesObject {
        pub fn builder() -> builder::DownloadFilesObject {
            Default::default()
        }
    }
    ///One slow query log file being exported, or exported, and its link (every field optional, as in the official SDK's model).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DownloadSlowLogFileItem {
        ///When the export job was created, in Unix milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub create_at: ::std::option::Option<i64>,
        ///Link for downloading the file, valid for 5 minutes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_link: ::std::option::Option<::std::string::String>,
        ///Log file name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_name: ::std::option::Option<::std::string::String>,
        ///Size of the file, in KB, as a string of a decimal number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_size: ::std::option::Option<::std::string::String>,
        ///ID of the export job.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_id: ::std::option::Option<::std::string::String>,
        ///Status of the link: `SUCCESS` (the link is ready), `EXPORTING` (the link is being generated) or `FAILED` (generating it failed).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///When the export job was last updated, in Unix milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<i64>,
    }
    impl DownloadSlowLogFileItem {
        pub fn builder() -> builder::DownloadSlowLogFileItem {
            Default::default()
        }
    }
    ///The export jobs of a node's slow query log files.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DownloadSlowLogFileResponse {
        ///Number of records in `list`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i32>,
        ///The slow query log files and their download links.
        pub list: ::std::vec::Vec<DownloadSlowLogFileItem>,
    }
    impl DownloadSlowLogFileResponse {
        pub fn builder() -> builder::DownloadSlowLogFileResponse {
            Default::default()
        }
    }
    ///One error log file being exported, or exported, and its link (the SDK's `RDSErrorLogDownload`; every field optional, as there).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ErrorLogDownload {
        ///When the export job was created, in Unix milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub create_at: ::std::option::Option<i64>,
        ///Link for downloading the file.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_link: ::std::option::Option<::std::string::String>,
        ///Log file name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_name: ::std::option::Option<::std::string::String>,
        ///Size of the file as a string of a decimal number; the SDK gives no unit, KB is assumed, as for the slow query log export.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_size: ::std::option::Option<::std::string::String>,
        ///ID of the export job.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_id: ::std::option::Option<::std::string::String>,
        ///Status of the link. The SDK documents no values; those of the slow query log export (`SUCCESS`, `EXPORTING`, `FAILED`) are assumed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///When the export job was last updated, in Unix milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<i64>,
    }
    impl ErrorLogDownload {
        pub fn builder() -> builder::ErrorLogDownload {
            Default::default()
        }
    }
    ///Huawei-style error body, shared by every error status. The API gateway adds `request_id`. Some services spell the fields `errorCode`/`errorMsg` or `code`/`message`; the client runtime maps those onto `error_code`/`error_msg` before decoding, so every error reaches the caller in this one shape.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ExpireTimeString {
        fn schema_name() -> ::std::string::String {
            "ExpireTimeString".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::None,
                        pattern: ::std::option::Option::Some(
                            "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"
                                .to_owned(),
                        ),
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
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
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for InstanceId {
        fn schema_name() -> ::std::string::String {
            "InstanceId".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::None,
                        pattern: ::std::option::Option::Some(
                            "^[A-Za-z0-9_]{36}$".to_owned(),
                        ),
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
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
    ///A tag of an instance, as listed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct InstanceTagItem {
        ///Tag key.
        pub key: ::std::string::String,
        ///Tag value.
        pub value: ::std::string::String,
    }
    impl InstanceTagItem {
        pub fn builder() -> builder::InstanceTagItem {
            Default::default()
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
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    ///One page of audit log files.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ListAuditLogsResponse {
        ///The audit log files of this page.
        pub audit_logs: ::std::vec::Vec<AuditLogDetail>,
        ///Total number of records in the window, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i32>,
    }
    impl ListAuditLogsResponse {
        pub fn builder() -> builder::ListAuditLogsResponse {
            Default::default()
        }
    }
    ///`ListDdlLogsNodeId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListDdlLogsNodeId(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListDdlLogsNodeId {
        fn schema_name() -> ::std::string::String {
            "ListDdlLogsNodeId".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::Some(1u32),
                        pattern: ::std::option::Option::None,
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
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
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    ///`ListGaussMySqlInstancesDatastoreType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListGaussMySqlInstancesDatastoreType(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListGaussMySqlInstancesDatastoreType {
        fn schema_name() -> ::std::string::String {
            "ListGaussMySqlInstancesDatastoreType".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::Some(1u32),
                        pattern: ::std::option::Option::None,
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
    impl ::std::ops::Deref for ListGaussMySqlInstancesDatastoreType {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListGaussMySqlInstancesDatastoreType>
    for ::std::string::String {
        fn from(value: ListGaussMySqlInstancesDatastoreType) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListGaussMySqlInstancesDatastoreType {
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
    impl ::std::convert::TryFrom<&str> for ListGaussMySqlInstancesDatastoreType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListGaussMySqlInstancesDatastoreType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListGaussMySqlInstancesDatastoreType {
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
    ///`ListGaussMySqlInstancesId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListGaussMySqlInstancesId(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListGaussMySqlInstancesId {
        fn schema_name() -> ::std::string::String {
            "ListGaussMySqlInstancesId".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::Some(1u32),
                        pattern: ::std::option::Option::None,
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
    impl ::std::ops::Deref for ListGaussMySqlInstancesId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListGaussMySqlInstancesId> for ::std::string::String {
        fn from(value: ListGaussMySqlInstancesId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListGaussMySqlInstancesId {
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
    impl ::std::convert::TryFrom<&str> for ListGaussMySqlInstancesId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListGaussMySqlInstancesId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListGaussMySqlInstancesId {
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
    ///`ListGaussMySqlInstancesName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListGaussMySqlInstancesName(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListGaussMySqlInstancesName {
        fn schema_name() -> ::std::string::String {
            "ListGaussMySqlInstancesName".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::Some(1u32),
                        pattern: ::std::option::Option::None,
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
    impl ::std::ops::Deref for ListGaussMySqlInstancesName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListGaussMySqlInstancesName> for ::std::string::String {
        fn from(value: ListGaussMySqlInstancesName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListGaussMySqlInstancesName {
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
    impl ::std::convert::TryFrom<&str> for ListGaussMySqlInstancesName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListGaussMySqlInstancesName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListGaussMySqlInstancesName {
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
    ///`ListGaussMySqlInstancesPrivateIp`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListGaussMySqlInstancesPrivateIp(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListGaussMySqlInstancesPrivateIp {
        fn schema_name() -> ::std::string::String {
            "ListGaussMySqlInstancesPrivateIp".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::Some(1u32),
                        pattern: ::std::option::Option::None,
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
    impl ::std::ops::Deref for ListGaussMySqlInstancesPrivateIp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListGaussMySqlInstancesPrivateIp>
    for ::std::string::String {
        fn from(value: ListGaussMySqlInstancesPrivateIp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListGaussMySqlInstancesPrivateIp {
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
    impl ::std::convert::TryFrom<&str> for ListGaussMySqlInstancesPrivateIp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListGaussMySqlInstancesPrivateIp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListGaussMySqlInstancesPrivateIp {
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
    ///`ListGaussMySqlInstancesProxyIp`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListGaussMySqlInstancesProxyIp(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListGaussMySqlInstancesProxyIp {
        fn schema_name() -> ::std::string::String {
            "ListGaussMySqlInstancesProxyIp".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::Some(1u32),
                        pattern: ::std::option::Option::None,
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
    impl ::std::ops::Deref for ListGaussMySqlInstancesProxyIp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListGaussMySqlInstancesProxyIp> for ::std::string::String {
        fn from(value: ListGaussMySqlInstancesProxyIp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListGaussMySqlInstancesProxyIp {
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
    impl ::std::convert::TryFrom<&str> for ListGaussMySqlInstancesProxyIp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListGaussMySqlInstancesProxyIp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListGaussMySqlInstancesProxyIp {
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
    ///`ListGaussMySqlInstancesReadonlyPrivateIp`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListGaussMySqlInstancesReadonlyPrivateIp(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListGaussMySqlInstancesReadonlyPrivateIp {
        fn schema_name() -> ::std::string::String {
            "ListGaussMySqlInstancesReadonlyPrivateIp".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::Some(1u32),
                        pattern: ::std::option::Option::None,
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
    impl ::std::ops::Deref for ListGaussMySqlInstancesReadonlyPrivateIp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListGaussMySqlInstancesReadonlyPrivateIp>
    for ::std::string::String {
        fn from(value: ListGaussMySqlInstancesReadonlyPrivateIp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListGaussMySqlInstancesReadonlyPrivateIp {
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
    impl ::std::convert::TryFrom<&str> for ListGaussMySqlInstancesReadonlyPrivateIp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListGaussMySqlInstancesReadonlyPrivateIp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListGaussMySqlInstancesReadonlyPrivateIp {
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
    ///One page of instances.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ListGaussMySqlInstancesResponse {
        ///The instances of this page.
        pub instances: ::std::vec::Vec<MysqlInstanceListInfo>,
        ///Total number of instances matching the query, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i32>,
    }
    impl ListGaussMySqlInstancesResponse {
        pub fn builder() -> builder::ListGaussMySqlInstancesResponse {
            Default::default()
        }
    }
    ///`ListGaussMySqlInstancesSubnetId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListGaussMySqlInstancesSubnetId(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListGaussMySqlInstancesSubnetId {
        fn schema_name() -> ::std::string::String {
            "ListGaussMySqlInstancesSubnetId".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::Some(1u32),
                        pattern: ::std::option::Option::None,
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
    impl ::std::ops::Deref for ListGaussMySqlInstancesSubnetId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListGaussMySqlInstancesSubnetId>
    for ::std::string::String {
        fn from(value: ListGaussMySqlInstancesSubnetId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListGaussMySqlInstancesSubnetId {
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
    impl ::std::convert::TryFrom<&str> for ListGaussMySqlInstancesSubnetId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListGaussMySqlInstancesSubnetId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListGaussMySqlInstancesSubnetId {
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
    ///`ListGaussMySqlInstancesTags`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListGaussMySqlInstancesTags(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListGaussMySqlInstancesTags {
        fn schema_name() -> ::std::string::String {
            "ListGaussMySqlInstancesTags".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::Some(1u32),
                        pattern: ::std::option::Option::None,
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
    impl ::std::ops::Deref for ListGaussMySqlInstancesTags {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListGaussMySqlInstancesTags> for ::std::string::String {
        fn from(value: ListGaussMySqlInstancesTags) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListGaussMySqlInstancesTags {
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
    impl ::std::convert::TryFrom<&str> for ListGaussMySqlInstancesTags {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListGaussMySqlInstancesTags {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListGaussMySqlInstancesTags {
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
    ///`ListGaussMySqlInstancesType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListGaussMySqlInstancesType(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListGaussMySqlInstancesType {
        fn schema_name() -> ::std::string::String {
            "ListGaussMySqlInstancesType".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::Some(1u32),
                        pattern: ::std::option::Option::None,
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
    impl ::std::ops::Deref for ListGaussMySqlInstancesType {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListGaussMySqlInstancesType> for ::std::string::String {
        fn from(value: ListGaussMySqlInstancesType) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListGaussMySqlInstancesType {
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
    impl ::std::convert::TryFrom<&str> for ListGaussMySqlInstancesType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListGaussMySqlInstancesType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListGaussMySqlInstancesType {
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
    ///`ListGaussMySqlInstancesVpcId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListGaussMySqlInstancesVpcId(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListGaussMySqlInstancesVpcId {
        fn schema_name() -> ::std::string::String {
            "ListGaussMySqlInstancesVpcId".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::Some(1u32),
                        pattern: ::std::option::Option::None,
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
    impl ::std::ops::Deref for ListGaussMySqlInstancesVpcId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListGaussMySqlInstancesVpcId> for ::std::string::String {
        fn from(value: ListGaussMySqlInstancesVpcId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListGaussMySqlInstancesVpcId {
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
    impl ::std::convert::TryFrom<&str> for ListGaussMySqlInstancesVpcId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListGaussMySqlInstancesVpcId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListGaussMySqlInstancesVpcId {
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
    ///A time of a DDL log file: `yyyy-mm-ddThh:mm:ss+hhmm` as a string, or Unix milliseconds as an integer (or as a string of digits).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    ///Automated backup policy.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MysqlBackupStrategy {
        ///Days automated backups are kept, 1 to 732, as a string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub keep_days: ::std::option::Option<::std::string::String>,
        ///Backup window, `hh:mm-HH:MM` in UTC; the backup starts within that hour (`HH` is `hh` plus one, and both minutes are `00`).
        pub start_time: ::std::string::String,
    }
    impl MysqlBackupStrategy {
        pub fn builder() -> builder::MysqlBackupStrategy {
            Default::default()
        }
    }
    ///Billing of an instance, as listed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MysqlChargeInfo {
        ///Billing mode, `prePaid` (yearly/monthly) or `postPaid` (pay-per-use).
        pub charge_mode: ::std::string::String,
        ///Whether the order is paid automatically from the account, `true` or `false` (as a string).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_auto_pay: ::std::option::Option<::std::string::String>,
        ///Whether the subscription renews automatically, `true` or `false` (as a string).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_auto_renew: ::std::option::Option<::std::string::String>,
        ///Number of periods subscribed (1 to 9 months or 1 to 3 years); for `prePaid` only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub period_num: ::std::option::Option<i32>,
        ///Subscription period type, `month` or `year`; for `prePaid` only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub period_type: ::std::option::Option<::std::string::String>,
    }
    impl MysqlChargeInfo {
        pub fn builder() -> builder::MysqlChargeInfo {
            Default::default()
        }
    }
    ///Database engine and versions.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MysqlDatastoreWithKernelVersion {
        ///TaurusDB kernel version.
        pub kernel_version: ::std::string::String,
        ///Database engine; only `gaussdb-mysql`.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        ///Compatible open-source MySQL version, three parts (`8.0.22`).
        pub version: ::std::string::String,
    }
    impl MysqlDatastoreWithKernelVersion {
        pub fn builder() -> builder::MysqlDatastoreWithKernelVersion {
            Default::default()
        }
    }
    ///Specification of an instance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MysqlFlavorInfo {
        ///Memory size in GB, as a string.
        pub ram: ::std::string::String,
        ///Number of vCPUs, as a string.
        pub vcpus: ::std::string::String,
    }
    impl MysqlFlavorInfo {
        pub fn builder() -> builder::MysqlFlavorInfo {
            Default::default()
        }
    }
    ///Billing of an instance, in its details.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MysqlInstanceChargeInfo {
        ///Billing mode, `prePaid` or `postPaid`.
        pub charge_mode: ::std::string::String,
        ///Order ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_id: ::std::option::Option<::std::string::String>,
    }
    impl MysqlInstanceChargeInfo {
        pub fn builder() -> builder::MysqlInstanceChargeInfo {
            Default::default()
        }
    }
    ///The details of an instance, with its nodes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MysqlInstanceInfoDetail {
        ///Instance remarks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alias: ::std::option::Option<::std::string::String>,
        ///Availability zone mode, `single` or `multi`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub az_mode: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub backup_strategy: ::std::option::Option<MysqlBackupStrategy>,
        ///Backup space used, in GB.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub backup_used_space: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub charge_info: ::std::option::Option<MysqlInstanceChargeInfo>,
        ///ID of the parameter template the instance was created with, or last applied.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub configuration_id: ::std::option::Option<::std::string::String>,
        ///Creation time, `yyyy-mm-ddThh:mm:ss+hhmm`; empty while the instance is being created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub datastore: ::std::option::Option<MysqlDatastoreWithKernelVersion>,
        ///Default database user name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub db_user_name: ::std::option::Option<::std::string::String>,
        ///Dedicated resource pool ID, sent only for an instance in a dedicated resource pool.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dedicated_resource_id: ::std::option::Option<::std::string::String>,
        ///Enterprise project ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enterprise_project_id: ::std::option::Option<::std::string::String>,
        ///Instance ID.
        pub id: ::std::string::String,
        ///Maintenance window, in UTC (`18:00-22:00`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub maintenance_window: ::std::option::Option<::std::string::String>,
        ///Primary availability zone.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub master_az_code: ::std::option::Option<::std::string::String>,
        ///Instance name.
        pub name: ::std::string::String,
        ///Number of nodes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub node_count: ::std::option::Option<i32>,
        ///The nodes of the instance; their `id` are the node ids of `list_ddl_logs`, `download_slow_log_file` and `show_error_log_download_link`.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub nodes: ::std::vec::Vec<MysqlInstanceNodeInfo>,
        ///Database port, as a string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub port: ::std::option::Option<::std::string::String>,
        ///Private domain names; empty until one is applied for.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub private_dns_names: ::std::vec::Vec<::std::string::String>,
        ///Private IP addresses for writes.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub private_write_ips: ::std::vec::Vec<::std::string::String>,
        ///Project ID of the tenant in the region.
        pub project_id: ::std::string::String,
        ///The database proxies of the instance.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub proxies: ::std::vec::Vec<MysqlProxyInfo>,
        ///Public IP address (one string here, where the listing has a list).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub public_ips: ::std::option::Option<::std::string::String>,
        ///Security group ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub security_group_id: ::std::option::Option<::std::string::String>,
        ///Instance status: `BUILD` (being created), `ACTIVE` (normal), `FAILED` (creation failed), `FROZEN`, `MODIFYING` (being scaled up), `REBOOTING`, `RESTORING`, `SWITCHOVER`, `MIGRATING`, `BACKING UP`, `MODIFYING DATABASE PORT` or `STORAGE FULL`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Network ID of the subnet.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subnet_id: ::std::option::Option<::std::string::String>,
        ///Tags of the instance.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<MysqlTags>,
        ///Time zone, for example `UTC+08:00`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub time_zone: ::std::option::Option<::std::string::String>,
        ///Instance type, `Cluster`.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///Update time, in the format of `created`; empty while the instance is being created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<::std::string::String>,
        ///Virtual private cloud ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vpc_id: ::std::option::Option<::std::string::String>,
    }
    impl MysqlInstanceInfoDetail {
        pub fn builder() -> builder::MysqlInstanceInfoDetail {
            Default::default()
        }
    }
    ///One instance as listed (no node list).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MysqlInstanceListInfo {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub backup_strategy: ::std::option::Option<MysqlBackupStrategy>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub charge_info: ::std::option::Option<MysqlChargeInfo>,
        ///Creation time, `yyyy-mm-ddThh:mm:ss+hhmm`; empty while the instance is being created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub datastore: ::std::option::Option<MysqlDatastoreWithKernelVersion>,
        ///Default database user name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub db_user_name: ::std::option::Option<::std::string::String>,
        ///Dedicated resource pool ID, sent only for an instance in a dedicated resource pool.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dedicated_resource_id: ::std::option::Option<::std::string::String>,
        ///Enterprise project ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enterprise_project_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flavor_info: ::std::option::Option<MysqlFlavorInfo>,
        ///Specification code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flavor_ref: ::std::option::Option<::std::string::String>,
        ///Instance ID.
        pub id: ::std::string::String,
        ///Instance name.
        pub name: ::std::string::String,
        ///Database port, as a string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub port: ::std::option::Option<::std::string::String>,
        ///Private IP addresses for writes; empty until the instance's servers are created.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub private_ips: ::std::vec::Vec<::std::string::String>,
        ///Read/write splitting IP addresses; empty unless the proxy is enabled.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub proxy_ips: ::std::vec::Vec<::std::string::String>,
        ///Public IP addresses.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub public_ips: ::std::vec::Vec<::std::string::String>,
        ///Private IP addresses for reads; empty until the instance's servers are created.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub readonly_private_ips: ::std::vec::Vec<::std::string::String>,
        ///Region of the instance.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub region: ::std::option::Option<::std::string::String>,
        ///Security group ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub security_group_id: ::std::option::Option<::std::string::String>,
        ///Instance status, for example `ACTIVE` or `BUILD`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Network ID of the subnet.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subnet_id: ::std::option::Option<::std::string::String>,
        ///Tags of the instance.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<InstanceTagItem>,
        ///Time zone, for example `UTC+08:00`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub time_zone: ::std::option::Option<::std::string::String>,
        ///Instance type, `Cluster`.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///Update time, in the format of `created`; empty while the instance is being created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub volume: ::std::option::Option<MysqlVolumeInfo>,
        ///Virtual private cloud ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vpc_id: ::std::option::Option<::std::string::String>,
    }
    impl MysqlInstanceListInfo {
        pub fn builder() -> builder::MysqlInstanceListInfo {
            Default::default()
        }
    }
    ///One node of an instance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MysqlInstanceNodeInfo {
        ///Availability zone.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub az_code: ::std::option::Option<::std::string::String>,
        ///Creation time, `yyyy-mm-ddThh:mm:ss+hhmm`; empty while the node is being created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::std::string::String>,
        ///Specification ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flavor_id: ::std::option::Option<::std::string::String>,
        ///Specification code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flavor_ref: ::std::option::Option<::std::string::String>,
        ///Node ID (the SDK's description says instance ID), what the node-scoped log operations take.
        pub id: ::std::string::String,
        ///Maximum number of connections, as a string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_connections: ::std::option::Option<::std::string::String>,
        ///Node name.
        pub name: ::std::string::String,
        ///Whether the node must be rebooted for modified parameters to take effect.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub need_restart: ::std::option::Option<bool>,
        ///Database port (an integer here, where the instance has a string).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub port: ::std::option::Option<i32>,
        ///Failover priority.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<i32>,
        ///Private IP addresses for reads from this node.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub private_read_ips: ::std::vec::Vec<::std::string::String>,
        ///Memory size in GB, as a string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ram: ::std::option::Option<::std::string::String>,
        ///Region of the node.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub region_code: ::std::option::Option<::std::string::String>,
        ///Node status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Node type, `master` or `slave`.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///Update time, in the format of `created`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<::std::string::String>,
        ///Number of vCPUs, as a string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vcpus: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub volume: ::std::option::Option<MysqlInstanceNodeVolumeInfo>,
    }
    impl MysqlInstanceNodeInfo {
        pub fn builder() -> builder::MysqlInstanceNodeInfo {
            Default::default()
        }
    }
    ///Storage of a node.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MysqlInstanceNodeVolumeInfo {
        ///Storage bought with a yearly/monthly subscription, in GB.
        pub size: i64,
        ///Storage type.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        ///Used storage in GB, as a string.
        pub used: ::std::string::String,
    }
    impl MysqlInstanceNodeVolumeInfo {
        pub fn builder() -> builder::MysqlInstanceNodeVolumeInfo {
            Default::default()
        }
    }
    ///A database proxy of an instance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MysqlProxyInfo {
        ///Read/write splitting address of the proxy.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<::std::string::String>,
        ///Proxy instance name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Proxy instance ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pool_id: ::std::option::Option<::std::string::String>,
    }
    impl MysqlProxyInfo {
        pub fn builder() -> builder::MysqlProxyInfo {
            Default::default()
        }
    }
    ///A tag of an instance, in its details.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MysqlTags {
        ///Tag key, at most 36 Unicode characters, not empty or blank: letters, digits, `-`, `_` and Chinese characters (U+4E00 to U+9FFF).
        pub key: ::std::string::String,
        ///Tag value, at most 43 Unicode characters, possibly empty: letters, digits, `.`, `-`, `_` and Chinese characters (U+4E00 to U+9FFF).
        pub value: ::std::string::String,
    }
    impl MysqlTags {
        pub fn builder() -> builder::MysqlTags {
            Default::default()
        }
    }
    ///Storage of an instance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MysqlVolumeInfo {
        ///Used storage in GB, as a string.
        pub size: ::std::string::String,
        ///Storage type.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl MysqlVolumeInfo {
        pub fn builder() -> builder::MysqlVolumeInfo {
            Default::default()
        }
    }
    ///TaurusDB node ID, 36 letters and digits (a UUID without hyphens, then `no07`).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NodeId(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for NodeId {
        fn schema_name() -> ::std::string::String {
            "NodeId".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::None,
                        pattern: ::std::option::Option::Some(
                            "^[A-Za-z0-9]{36}$".to_owned(),
                        ),
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
    impl ::std::ops::Deref for NodeId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NodeId> for ::std::string::String {
        fn from(value: NodeId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NodeId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[A-Za-z0-9]{36}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[A-Za-z0-9]{36}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NodeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NodeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NodeId {
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
    ///Index offset of a page; non-negative.
    pub type Offset = ::huaweicloud_core::bounded::BoundedInt<0, 2147483647>;
    ///Project ID of a tenant in a region, 32 letters and digits.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ProjectId(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ProjectId {
        fn schema_name() -> ::std::string::String {
            "ProjectId".to_owned()
        }
        fn json_schema(
            _: &mut ::schemars::r#gen::SchemaGenerator,
        ) -> ::schemars::schema::Schema {
            ::schemars::schema::SchemaObject {
                instance_type: ::std::option::Option::Some(
                    ::schemars::schema::InstanceType::String.into(),
                ),
                string: ::std::option::Option::Some(
                    ::std::boxed::Box::new(::schemars::schema::StringValidation {
                        max_length: ::std::option::Option::None,
                        min_length: ::std::option::Option::None,
                        pattern: ::std::option::Option::Some(
                            "^[A-Za-z0-9]{32}$".to_owned(),
                        ),
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
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
    ///Body of the audit log link request (the SDK's `AuditLogDownloadLinkRequestBody`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ShowAuditLogDownloadLinkRequest {
        pub ids: ::huaweicloud_core::bounded::BoundedVec<1, 50, 1>,
    }
    impl ShowAuditLogDownloadLinkRequest {
        pub fn builder() -> builder::ShowAuditLogDownloadLinkRequest {
            Default::default()
        }
    }
    ///The audit log download links.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ShowAuditLogDownloadLinkResponse {
        ///Audit log download links, one per requested id; each is valid for 5 minutes.
        pub links: ::std::vec::Vec<::std::string::String>,
    }
    impl ShowAuditLogDownloadLinkResponse {
        pub fn builder() -> builder::ShowAuditLogDownloadLinkResponse {
            Default::default()
        }
    }
    ///The audit log policy of an instance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ShowAuditLogPolicyResponse {
        ///All the operation types audit logs can record, as one string of comma-separated types.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub all_audit_log_action: ::std::option::Option<::std::string::String>,
        ///The operation types audit logs record (the range is dynamic). Empty or absent: no operation type is filtered out.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub audit_types: ::std::vec::Vec<::std::string::String>,
        ///Number of days audit logs are kept, 0 to 732; 0 means SQL audit is off.
        pub keep_days: i32,
    }
    impl ShowAuditLogPolicyResponse {
        pub fn builder() -> builder::ShowAuditLogPolicyResponse {
            Default::default()
        }
    }
    ///The export jobs of a node's error log files.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ShowErrorLogDownloadLinkResponse {
        ///Number of records in `list`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i32>,
        ///The error log files and their download links.
        pub list: ::std::vec::Vec<ErrorLogDownload>,
    }
    impl ShowErrorLogDownloadLinkResponse {
        pub fn builder() -> builder::ShowErrorLogDownloadLinkResponse {
            Default::default()
        }
    }
    ///The details of an instance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ShowGaussMySqlInstanceInfoResponse {
        pub instance: MysqlInstanceInfoDetail,
    }
    impl ShowGaussMySqlInstanceInfoResponse {
        pub fn builder() -> builder::ShowGaussMySqlInstanceInfoResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AuditLogDetail {
            begin_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            end_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AuditLogDetail {
            fn default() -> Self {
                Self {
                    begin_time: Ok(Default::default()),
                    end_time: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    size: Ok(Default::default()),
                }
            }
        }
        impl AuditLogDetail {
            pub fn begin_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
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
        impl ::std::convert::TryFrom<AuditLogDetail> for super::AuditLogDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuditLogDetail,
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
        impl ::std::convert::From<super::AuditLogDetail> for AuditLogDetail {
            fn from(value: super::AuditLogDetail) -> Self {
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
                ::huaweicloud_core::bounded::BoundedVec<1, 10, 1>,
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
                    ::huaweicloud_core::bounded::BoundedVec<1, 10, 1>,
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
        pub struct DownloadSlowLogFileItem {
            create_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            file_link: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_size: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            job_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DownloadSlowLogFileItem {
            fn default() -> Self {
                Self {
                    create_at: Ok(Default::default()),
                    file_link: Ok(Default::default()),
                    file_name: Ok(Default::default()),
                    file_size: Ok(Default::default()),
                    job_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl DownloadSlowLogFileItem {
            pub fn create_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_at: {e}")
                    });
                self
            }
            pub fn file_link<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_link = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_link: {e}")
                    });
                self
            }
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_size: {e}")
                    });
                self
            }
            pub fn job_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_id: {e}")
                    });
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
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DownloadSlowLogFileItem>
        for super::DownloadSlowLogFileItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DownloadSlowLogFileItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_at: value.create_at?,
                    file_link: value.file_link?,
                    file_name: value.file_name?,
                    file_size: value.file_size?,
                    job_id: value.job_id?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::DownloadSlowLogFileItem>
        for DownloadSlowLogFileItem {
            fn from(value: super::DownloadSlowLogFileItem) -> Self {
                Self {
                    create_at: Ok(value.create_at),
                    file_link: Ok(value.file_link),
                    file_name: Ok(value.file_name),
                    file_size: Ok(value.file_size),
                    job_id: Ok(value.job_id),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DownloadSlowLogFileResponse {
            count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            list: ::std::result::Result<
                ::std::vec::Vec<super::DownloadSlowLogFileItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DownloadSlowLogFileResponse {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    list: Err("no value supplied for list".to_string()),
                }
            }
        }
        impl DownloadSlowLogFileResponse {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::DownloadSlowLogFileItem>,
                >,
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
        impl ::std::convert::TryFrom<DownloadSlowLogFileResponse>
        for super::DownloadSlowLogFileResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DownloadSlowLogFileResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    list: value.list?,
                })
            }
        }
        impl ::std::convert::From<super::DownloadSlowLogFileResponse>
        for DownloadSlowLogFileResponse {
            fn from(value: super::DownloadSlowLogFileResponse) -> Self {
                Self {
                    count: Ok(value.count),
                    list: Ok(value.list),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorLogDownload {
            create_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            file_link: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_size: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            job_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorLogDownload {
            fn default() -> Self {
                Self {
                    create_at: Ok(Default::default()),
                    file_link: Ok(Default::default()),
                    file_name: Ok(Default::default()),
                    file_size: Ok(Default::default()),
                    job_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl ErrorLogDownload {
            pub fn create_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_at: {e}")
                    });
                self
            }
            pub fn file_link<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_link = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_link: {e}")
                    });
                self
            }
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_size: {e}")
                    });
                self
            }
            pub fn job_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_id: {e}")
                    });
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
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorLogDownload> for super::ErrorLogDownload {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorLogDownload,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_at: value.create_at?,
                    file_link: value.file_link?,
                    file_name: value.file_name?,
                    file_size: value.file_size?,
                    job_id: value.job_id?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorLogDownload> for ErrorLogDownload {
            fn from(value: super::ErrorLogDownload) -> Self {
                Self {
                    create_at: Ok(value.create_at),
                    file_link: Ok(value.file_link),
                    file_name: Ok(value.file_name),
                    file_size: Ok(value.file_size),
                    job_id: Ok(value.job_id),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
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
        pub struct InstanceTagItem {
            key: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for InstanceTagItem {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl InstanceTagItem {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InstanceTagItem> for super::InstanceTagItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InstanceTagItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::InstanceTagItem> for InstanceTagItem {
            fn from(value: super::InstanceTagItem) -> Self {
                Self {
                    key: Ok(value.key),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListAuditLogsResponse {
            audit_logs: ::std::result::Result<
                ::std::vec::Vec<super::AuditLogDetail>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListAuditLogsResponse {
            fn default() -> Self {
                Self {
                    audit_logs: Err("no value supplied for audit_logs".to_string()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl ListAuditLogsResponse {
            pub fn audit_logs<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AuditLogDetail>>,
                T::Error: ::std::fmt::Display,
            {
                self.audit_logs = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for audit_logs: {e}")
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
        impl ::std::convert::TryFrom<ListAuditLogsResponse>
        for super::ListAuditLogsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListAuditLogsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    audit_logs: value.audit_logs?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::ListAuditLogsResponse>
        for ListAuditLogsResponse {
            fn from(value: super::ListAuditLogsResponse) -> Self {
                Self {
                    audit_logs: Ok(value.audit_logs),
                    total_count: Ok(value.total_count),
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
        #[derive(Clone, Debug)]
        pub struct ListGaussMySqlInstancesResponse {
            instances: ::std::result::Result<
                ::std::vec::Vec<super::MysqlInstanceListInfo>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListGaussMySqlInstancesResponse {
            fn default() -> Self {
                Self {
                    instances: Err("no value supplied for instances".to_string()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl ListGaussMySqlInstancesResponse {
            pub fn instances<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::MysqlInstanceListInfo>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.instances = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for instances: {e}")
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
        impl ::std::convert::TryFrom<ListGaussMySqlInstancesResponse>
        for super::ListGaussMySqlInstancesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListGaussMySqlInstancesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    instances: value.instances?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::ListGaussMySqlInstancesResponse>
        for ListGaussMySqlInstancesResponse {
            fn from(value: super::ListGaussMySqlInstancesResponse) -> Self {
                Self {
                    instances: Ok(value.instances),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MysqlBackupStrategy {
            keep_days: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MysqlBackupStrategy {
            fn default() -> Self {
                Self {
                    keep_days: Ok(Default::default()),
                    start_time: Err("no value supplied for start_time".to_string()),
                }
            }
        }
        impl MysqlBackupStrategy {
            pub fn keep_days<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.keep_days = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keep_days: {e}")
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
        impl ::std::convert::TryFrom<MysqlBackupStrategy>
        for super::MysqlBackupStrategy {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MysqlBackupStrategy,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    keep_days: value.keep_days?,
                    start_time: value.start_time?,
                })
            }
        }
        impl ::std::convert::From<super::MysqlBackupStrategy> for MysqlBackupStrategy {
            fn from(value: super::MysqlBackupStrategy) -> Self {
                Self {
                    keep_days: Ok(value.keep_days),
                    start_time: Ok(value.start_time),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MysqlChargeInfo {
            charge_mode: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            is_auto_pay: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_auto_renew: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            period_num: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            period_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MysqlChargeInfo {
            fn default() -> Self {
                Self {
                    charge_mode: Err("no value supplied for charge_mode".to_string()),
                    is_auto_pay: Ok(Default::default()),
                    is_auto_renew: Ok(Default::default()),
                    period_num: Ok(Default::default()),
                    period_type: Ok(Default::default()),
                }
            }
        }
        impl MysqlChargeInfo {
            pub fn charge_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.charge_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for charge_mode: {e}")
                    });
                self
            }
            pub fn is_auto_pay<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_auto_pay = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_auto_pay: {e}")
                    });
                self
            }
            pub fn is_auto_renew<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_auto_renew = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_auto_renew: {e}")
                    });
                self
            }
            pub fn period_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.period_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for period_num: {e}")
                    });
                self
            }
            pub fn period_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.period_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for period_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MysqlChargeInfo> for super::MysqlChargeInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MysqlChargeInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    charge_mode: value.charge_mode?,
                    is_auto_pay: value.is_auto_pay?,
                    is_auto_renew: value.is_auto_renew?,
                    period_num: value.period_num?,
                    period_type: value.period_type?,
                })
            }
        }
        impl ::std::convert::From<super::MysqlChargeInfo> for MysqlChargeInfo {
            fn from(value: super::MysqlChargeInfo) -> Self {
                Self {
                    charge_mode: Ok(value.charge_mode),
                    is_auto_pay: Ok(value.is_auto_pay),
                    is_auto_renew: Ok(value.is_auto_renew),
                    period_num: Ok(value.period_num),
                    period_type: Ok(value.period_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MysqlDatastoreWithKernelVersion {
            kernel_version: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for MysqlDatastoreWithKernelVersion {
            fn default() -> Self {
                Self {
                    kernel_version: Err(
                        "no value supplied for kernel_version".to_string(),
                    ),
                    type_: Err("no value supplied for type_".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl MysqlDatastoreWithKernelVersion {
            pub fn kernel_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.kernel_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for kernel_version: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MysqlDatastoreWithKernelVersion>
        for super::MysqlDatastoreWithKernelVersion {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MysqlDatastoreWithKernelVersion,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    kernel_version: value.kernel_version?,
                    type_: value.type_?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::MysqlDatastoreWithKernelVersion>
        for MysqlDatastoreWithKernelVersion {
            fn from(value: super::MysqlDatastoreWithKernelVersion) -> Self {
                Self {
                    kernel_version: Ok(value.kernel_version),
                    type_: Ok(value.type_),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MysqlFlavorInfo {
            ram: ::std::result::Result<::std::string::String, ::std::string::String>,
            vcpus: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for MysqlFlavorInfo {
            fn default() -> Self {
                Self {
                    ram: Err("no value supplied for ram".to_string()),
                    vcpus: Err("no value supplied for vcpus".to_string()),
                }
            }
        }
        impl MysqlFlavorInfo {
            pub fn ram<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.ram = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ram: {e}")
                    });
                self
            }
            pub fn vcpus<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.vcpus = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vcpus: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MysqlFlavorInfo> for super::MysqlFlavorInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MysqlFlavorInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ram: value.ram?,
                    vcpus: value.vcpus?,
                })
            }
        }
        impl ::std::convert::From<super::MysqlFlavorInfo> for MysqlFlavorInfo {
            fn from(value: super::MysqlFlavorInfo) -> Self {
                Self {
                    ram: Ok(value.ram),
                    vcpus: Ok(value.vcpus),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MysqlInstanceChargeInfo {
            charge_mode: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            order_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MysqlInstanceChargeInfo {
            fn default() -> Self {
                Self {
                    charge_mode: Err("no value supplied for charge_mode".to_string()),
                    order_id: Ok(Default::default()),
                }
            }
        }
        impl MysqlInstanceChargeInfo {
            pub fn charge_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.charge_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for charge_mode: {e}")
                    });
                self
            }
            pub fn order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MysqlInstanceChargeInfo>
        for super::MysqlInstanceChargeInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MysqlInstanceChargeInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    charge_mode: value.charge_mode?,
                    order_id: value.order_id?,
                })
            }
        }
        impl ::std::convert::From<super::MysqlInstanceChargeInfo>
        for MysqlInstanceChargeInfo {
            fn from(value: super::MysqlInstanceChargeInfo) -> Self {
                Self {
                    charge_mode: Ok(value.charge_mode),
                    order_id: Ok(value.order_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MysqlInstanceInfoDetail {
            alias: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            az_mode: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            backup_strategy: ::std::result::Result<
                ::std::option::Option<super::MysqlBackupStrategy>,
                ::std::string::String,
            >,
            backup_used_space: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            charge_info: ::std::result::Result<
                ::std::option::Option<super::MysqlInstanceChargeInfo>,
                ::std::string::String,
            >,
            configuration_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            datastore: ::std::result::Result<
                ::std::option::Option<super::MysqlDatastoreWithKernelVersion>,
                ::std::string::String,
            >,
            db_user_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dedicated_resource_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enterprise_project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            maintenance_window: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            master_az_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            node_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            nodes: ::std::result::Result<
                ::std::vec::Vec<super::MysqlInstanceNodeInfo>,
                ::std::string::String,
            >,
            port: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            private_dns_names: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            private_write_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            proxies: ::std::result::Result<
                ::std::vec::Vec<super::MysqlProxyInfo>,
                ::std::string::String,
            >,
            public_ips: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            security_group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subnet_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::MysqlTags>,
                ::std::string::String,
            >,
            time_zone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vpc_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MysqlInstanceInfoDetail {
            fn default() -> Self {
                Self {
                    alias: Ok(Default::default()),
                    az_mode: Ok(Default::default()),
                    backup_strategy: Ok(Default::default()),
                    backup_used_space: Ok(Default::default()),
                    charge_info: Ok(Default::default()),
                    configuration_id: Ok(Default::default()),
                    created: Ok(Default::default()),
                    datastore: Ok(Default::default()),
                    db_user_name: Ok(Default::default()),
                    dedicated_resource_id: Ok(Default::default()),
                    enterprise_project_id: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    maintenance_window: Ok(Default::default()),
                    master_az_code: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    node_count: Ok(Default::default()),
                    nodes: Ok(Default::default()),
                    port: Ok(Default::default()),
                    private_dns_names: Ok(Default::default()),
                    private_write_ips: Ok(Default::default()),
                    project_id: Err("no value supplied for project_id".to_string()),
                    proxies: Ok(Default::default()),
                    public_ips: Ok(Default::default()),
                    security_group_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    subnet_id: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    time_zone: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    updated: Ok(Default::default()),
                    vpc_id: Ok(Default::default()),
                }
            }
        }
        impl MysqlInstanceInfoDetail {
            pub fn alias<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.alias = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for alias: {e}")
                    });
                self
            }
            pub fn az_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.az_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for az_mode: {e}")
                    });
                self
            }
            pub fn backup_strategy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MysqlBackupStrategy>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.backup_strategy = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for backup_strategy: {e}"
                        )
                    });
                self
            }
            pub fn backup_used_space<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.backup_used_space = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for backup_used_space: {e}"
                        )
                    });
                self
            }
            pub fn charge_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MysqlInstanceChargeInfo>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.charge_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for charge_info: {e}")
                    });
                self
            }
            pub fn configuration_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.configuration_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for configuration_id: {e}"
                        )
                    });
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created: {e}")
                    });
                self
            }
            pub fn datastore<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MysqlDatastoreWithKernelVersion>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.datastore = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for datastore: {e}")
                    });
                self
            }
            pub fn db_user_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.db_user_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_user_name: {e}")
                    });
                self
            }
            pub fn dedicated_resource_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dedicated_resource_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dedicated_resource_id: {e}"
                        )
                    });
                self
            }
            pub fn enterprise_project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.enterprise_project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enterprise_project_id: {e}"
                        )
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
            pub fn maintenance_window<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.maintenance_window = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for maintenance_window: {e}"
                        )
                    });
                self
            }
            pub fn master_az_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.master_az_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for master_az_code: {e}"
                        )
                    });
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
            pub fn node_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.node_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_count: {e}")
                    });
                self
            }
            pub fn nodes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::MysqlInstanceNodeInfo>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.nodes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nodes: {e}")
                    });
                self
            }
            pub fn port<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.port = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for port: {e}")
                    });
                self
            }
            pub fn private_dns_names<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.private_dns_names = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for private_dns_names: {e}"
                        )
                    });
                self
            }
            pub fn private_write_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.private_write_ips = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for private_write_ips: {e}"
                        )
                    });
                self
            }
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for project_id: {e}")
                    });
                self
            }
            pub fn proxies<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MysqlProxyInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.proxies = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for proxies: {e}")
                    });
                self
            }
            pub fn public_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.public_ips = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_ips: {e}")
                    });
                self
            }
            pub fn security_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.security_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for security_group_id: {e}"
                        )
                    });
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
            pub fn subnet_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.subnet_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subnet_id: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MysqlTags>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn time_zone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.time_zone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_zone: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated: {e}")
                    });
                self
            }
            pub fn vpc_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vpc_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vpc_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MysqlInstanceInfoDetail>
        for super::MysqlInstanceInfoDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MysqlInstanceInfoDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    alias: value.alias?,
                    az_mode: value.az_mode?,
                    backup_strategy: value.backup_strategy?,
                    backup_used_space: value.backup_used_space?,
                    charge_info: value.charge_info?,
                    configuration_id: value.configuration_id?,
                    created: value.created?,
                    datastore: value.datastore?,
                    db_user_name: value.db_user_name?,
                    dedicated_resource_id: value.dedicated_resource_id?,
                    enterprise_project_id: value.enterprise_project_id?,
                    id: value.id?,
                    maintenance_window: value.maintenance_window?,
                    master_az_code: value.master_az_code?,
                    name: value.name?,
                    node_count: value.node_count?,
                    nodes: value.nodes?,
                    port: value.port?,
                    private_dns_names: value.private_dns_names?,
                    private_write_ips: value.private_write_ips?,
                    project_id: value.project_id?,
                    proxies: value.proxies?,
                    public_ips: value.public_ips?,
                    security_group_id: value.security_group_id?,
                    status: value.status?,
                    subnet_id: value.subnet_id?,
                    tags: value.tags?,
                    time_zone: value.time_zone?,
                    type_: value.type_?,
                    updated: value.updated?,
                    vpc_id: value.vpc_id?,
                })
            }
        }
        impl ::std::convert::From<super::MysqlInstanceInfoDetail>
        for MysqlInstanceInfoDetail {
            fn from(value: super::MysqlInstanceInfoDetail) -> Self {
                Self {
                    alias: Ok(value.alias),
                    az_mode: Ok(value.az_mode),
                    backup_strategy: Ok(value.backup_strategy),
                    backup_used_space: Ok(value.backup_used_space),
                    charge_info: Ok(value.charge_info),
                    configuration_id: Ok(value.configuration_id),
                    created: Ok(value.created),
                    datastore: Ok(value.datastore),
                    db_user_name: Ok(value.db_user_name),
                    dedicated_resource_id: Ok(value.dedicated_resource_id),
                    enterprise_project_id: Ok(value.enterprise_project_id),
                    id: Ok(value.id),
                    maintenance_window: Ok(value.maintenance_window),
                    master_az_code: Ok(value.master_az_code),
                    name: Ok(value.name),
                    node_count: Ok(value.node_count),
                    nodes: Ok(value.nodes),
                    port: Ok(value.port),
                    private_dns_names: Ok(value.private_dns_names),
                    private_write_ips: Ok(value.private_write_ips),
                    project_id: Ok(value.project_id),
                    proxies: Ok(value.proxies),
                    public_ips: Ok(value.public_ips),
                    security_group_id: Ok(value.security_group_id),
                    status: Ok(value.status),
                    subnet_id: Ok(value.subnet_id),
                    tags: Ok(value.tags),
                    time_zone: Ok(value.time_zone),
                    type_: Ok(value.type_),
                    updated: Ok(value.updated),
                    vpc_id: Ok(value.vpc_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MysqlInstanceListInfo {
            backup_strategy: ::std::result::Result<
                ::std::option::Option<super::MysqlBackupStrategy>,
                ::std::string::String,
            >,
            charge_info: ::std::result::Result<
                ::std::option::Option<super::MysqlChargeInfo>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            datastore: ::std::result::Result<
                ::std::option::Option<super::MysqlDatastoreWithKernelVersion>,
                ::std::string::String,
            >,
            db_user_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dedicated_resource_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enterprise_project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            flavor_info: ::std::result::Result<
                ::std::option::Option<super::MysqlFlavorInfo>,
                ::std::string::String,
            >,
            flavor_ref: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            port: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            private_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            proxy_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            public_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            readonly_private_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            region: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            security_group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subnet_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::InstanceTagItem>,
                ::std::string::String,
            >,
            time_zone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            volume: ::std::result::Result<
                ::std::option::Option<super::MysqlVolumeInfo>,
                ::std::string::String,
            >,
            vpc_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MysqlInstanceListInfo {
            fn default() -> Self {
                Self {
                    backup_strategy: Ok(Default::default()),
                    charge_info: Ok(Default::default()),
                    created: Ok(Default::default()),
                    datastore: Ok(Default::default()),
                    db_user_name: Ok(Default::default()),
                    dedicated_resource_id: Ok(Default::default()),
                    enterprise_project_id: Ok(Default::default()),
                    flavor_info: Ok(Default::default()),
                    flavor_ref: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    port: Ok(Default::default()),
                    private_ips: Ok(Default::default()),
                    proxy_ips: Ok(Default::default()),
                    public_ips: Ok(Default::default()),
                    readonly_private_ips: Ok(Default::default()),
                    region: Ok(Default::default()),
                    security_group_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    subnet_id: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    time_zone: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    updated: Ok(Default::default()),
                    volume: Ok(Default::default()),
                    vpc_id: Ok(Default::default()),
                }
            }
        }
        impl MysqlInstanceListInfo {
            pub fn backup_strategy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MysqlBackupStrategy>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.backup_strategy = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for backup_strategy: {e}"
                        )
                    });
                self
            }
            pub fn charge_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MysqlChargeInfo>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.charge_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for charge_info: {e}")
                    });
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created: {e}")
                    });
                self
            }
            pub fn datastore<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MysqlDatastoreWithKernelVersion>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.datastore = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for datastore: {e}")
                    });
                self
            }
            pub fn db_user_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.db_user_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_user_name: {e}")
                    });
                self
            }
            pub fn dedicated_resource_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dedicated_resource_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dedicated_resource_id: {e}"
                        )
                    });
                self
            }
            pub fn enterprise_project_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.enterprise_project_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enterprise_project_id: {e}"
                        )
                    });
                self
            }
            pub fn flavor_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MysqlFlavorInfo>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.flavor_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for flavor_info: {e}")
                    });
                self
            }
            pub fn flavor_ref<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.flavor_ref = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for flavor_ref: {e}")
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
            pub fn port<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.port = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for port: {e}")
                    });
                self
            }
            pub fn private_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.private_ips = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for private_ips: {e}")
                    });
                self
            }
            pub fn proxy_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.proxy_ips = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for proxy_ips: {e}")
                    });
                self
            }
            pub fn public_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.public_ips = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_ips: {e}")
                    });
                self
            }
            pub fn readonly_private_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.readonly_private_ips = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for readonly_private_ips: {e}"
                        )
                    });
                self
            }
            pub fn region<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.region = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for region: {e}")
                    });
                self
            }
            pub fn security_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.security_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for security_group_id: {e}"
                        )
                    });
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
            pub fn subnet_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.subnet_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subnet_id: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::InstanceTagItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn time_zone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.time_zone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_zone: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated: {e}")
                    });
                self
            }
            pub fn volume<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MysqlVolumeInfo>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.volume = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for volume: {e}")
                    });
                self
            }
            pub fn vpc_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vpc_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vpc_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MysqlInstanceListInfo>
        for super::MysqlInstanceListInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MysqlInstanceListInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    backup_strategy: value.backup_strategy?,
                    charge_info: value.charge_info?,
                    created: value.created?,
                    datastore: value.datastore?,
                    db_user_name: value.db_user_name?,
                    dedicated_resource_id: value.dedicated_resource_id?,
                    enterprise_project_id: value.enterprise_project_id?,
                    flavor_info: value.flavor_info?,
                    flavor_ref: value.flavor_ref?,
                    id: value.id?,
                    name: value.name?,
                    port: value.port?,
                    private_ips: value.private_ips?,
                    proxy_ips: value.proxy_ips?,
                    public_ips: value.public_ips?,
                    readonly_private_ips: value.readonly_private_ips?,
                    region: value.region?,
                    security_group_id: value.security_group_id?,
                    status: value.status?,
                    subnet_id: value.subnet_id?,
                    tags: value.tags?,
                    time_zone: value.time_zone?,
                    type_: value.type_?,
                    updated: value.updated?,
                    volume: value.volume?,
                    vpc_id: value.vpc_id?,
                })
            }
        }
        impl ::std::convert::From<super::MysqlInstanceListInfo>
        for MysqlInstanceListInfo {
            fn from(value: super::MysqlInstanceListInfo) -> Self {
                Self {
                    backup_strategy: Ok(value.backup_strategy),
                    charge_info: Ok(value.charge_info),
                    created: Ok(value.created),
                    datastore: Ok(value.datastore),
                    db_user_name: Ok(value.db_user_name),
                    dedicated_resource_id: Ok(value.dedicated_resource_id),
                    enterprise_project_id: Ok(value.enterprise_project_id),
                    flavor_info: Ok(value.flavor_info),
                    flavor_ref: Ok(value.flavor_ref),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    port: Ok(value.port),
                    private_ips: Ok(value.private_ips),
                    proxy_ips: Ok(value.proxy_ips),
                    public_ips: Ok(value.public_ips),
                    readonly_private_ips: Ok(value.readonly_private_ips),
                    region: Ok(value.region),
                    security_group_id: Ok(value.security_group_id),
                    status: Ok(value.status),
                    subnet_id: Ok(value.subnet_id),
                    tags: Ok(value.tags),
                    time_zone: Ok(value.time_zone),
                    type_: Ok(value.type_),
                    updated: Ok(value.updated),
                    volume: Ok(value.volume),
                    vpc_id: Ok(value.vpc_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MysqlInstanceNodeInfo {
            az_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            flavor_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            flavor_ref: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            max_connections: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            need_restart: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            port: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            private_read_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            ram: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            region_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vcpus: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            volume: ::std::result::Result<
                ::std::option::Option<super::MysqlInstanceNodeVolumeInfo>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MysqlInstanceNodeInfo {
            fn default() -> Self {
                Self {
                    az_code: Ok(Default::default()),
                    created: Ok(Default::default()),
                    flavor_id: Ok(Default::default()),
                    flavor_ref: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    max_connections: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    need_restart: Ok(Default::default()),
                    port: Ok(Default::default()),
                    priority: Ok(Default::default()),
                    private_read_ips: Ok(Default::default()),
                    ram: Ok(Default::default()),
                    region_code: Ok(Default::default()),
                    status: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    updated: Ok(Default::default()),
                    vcpus: Ok(Default::default()),
                    volume: Ok(Default::default()),
                }
            }
        }
        impl MysqlInstanceNodeInfo {
            pub fn az_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.az_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for az_code: {e}")
                    });
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created: {e}")
                    });
                self
            }
            pub fn flavor_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.flavor_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for flavor_id: {e}")
                    });
                self
            }
            pub fn flavor_ref<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.flavor_ref = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for flavor_ref: {e}")
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
            pub fn max_connections<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_connections = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_connections: {e}"
                        )
                    });
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
            pub fn need_restart<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.need_restart = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for need_restart: {e}")
                    });
                self
            }
            pub fn port<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.port = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for port: {e}")
                    });
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.priority = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
            pub fn private_read_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.private_read_ips = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for private_read_ips: {e}"
                        )
                    });
                self
            }
            pub fn ram<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ram = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ram: {e}")
                    });
                self
            }
            pub fn region_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.region_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for region_code: {e}")
                    });
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated: {e}")
                    });
                self
            }
            pub fn vcpus<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vcpus = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vcpus: {e}")
                    });
                self
            }
            pub fn volume<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MysqlInstanceNodeVolumeInfo>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.volume = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for volume: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MysqlInstanceNodeInfo>
        for super::MysqlInstanceNodeInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MysqlInstanceNodeInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    az_code: value.az_code?,
                    created: value.created?,
                    flavor_id: value.flavor_id?,
                    flavor_ref: value.flavor_ref?,
                    id: value.id?,
                    max_connections: value.max_connections?,
                    name: value.name?,
                    need_restart: value.need_restart?,
                    port: value.port?,
                    priority: value.priority?,
                    private_read_ips: value.private_read_ips?,
                    ram: value.ram?,
                    region_code: value.region_code?,
                    status: value.status?,
                    type_: value.type_?,
                    updated: value.updated?,
                    vcpus: value.vcpus?,
                    volume: value.volume?,
                })
            }
        }
        impl ::std::convert::From<super::MysqlInstanceNodeInfo>
        for MysqlInstanceNodeInfo {
            fn from(value: super::MysqlInstanceNodeInfo) -> Self {
                Self {
                    az_code: Ok(value.az_code),
                    created: Ok(value.created),
                    flavor_id: Ok(value.flavor_id),
                    flavor_ref: Ok(value.flavor_ref),
                    id: Ok(value.id),
                    max_connections: Ok(value.max_connections),
                    name: Ok(value.name),
                    need_restart: Ok(value.need_restart),
                    port: Ok(value.port),
                    priority: Ok(value.priority),
                    private_read_ips: Ok(value.private_read_ips),
                    ram: Ok(value.ram),
                    region_code: Ok(value.region_code),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                    updated: Ok(value.updated),
                    vcpus: Ok(value.vcpus),
                    volume: Ok(value.volume),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MysqlInstanceNodeVolumeInfo {
            size: ::std::result::Result<i64, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            used: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for MysqlInstanceNodeVolumeInfo {
            fn default() -> Self {
                Self {
                    size: Err("no value supplied for size".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    used: Err("no value supplied for used".to_string()),
                }
            }
        }
        impl MysqlInstanceNodeVolumeInfo {
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn used<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.used = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for used: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MysqlInstanceNodeVolumeInfo>
        for super::MysqlInstanceNodeVolumeInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MysqlInstanceNodeVolumeInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    size: value.size?,
                    type_: value.type_?,
                    used: value.used?,
                })
            }
        }
        impl ::std::convert::From<super::MysqlInstanceNodeVolumeInfo>
        for MysqlInstanceNodeVolumeInfo {
            fn from(value: super::MysqlInstanceNodeVolumeInfo) -> Self {
                Self {
                    size: Ok(value.size),
                    type_: Ok(value.type_),
                    used: Ok(value.used),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MysqlProxyInfo {
            address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pool_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MysqlProxyInfo {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    name: Ok(Default::default()),
                    pool_id: Ok(Default::default()),
                }
            }
        }
        impl MysqlProxyInfo {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn pool_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pool_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pool_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MysqlProxyInfo> for super::MysqlProxyInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MysqlProxyInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    name: value.name?,
                    pool_id: value.pool_id?,
                })
            }
        }
        impl ::std::convert::From<super::MysqlProxyInfo> for MysqlProxyInfo {
            fn from(value: super::MysqlProxyInfo) -> Self {
                Self {
                    address: Ok(value.address),
                    name: Ok(value.name),
                    pool_id: Ok(value.pool_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MysqlTags {
            key: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for MysqlTags {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl MysqlTags {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MysqlTags> for super::MysqlTags {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MysqlTags,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::MysqlTags> for MysqlTags {
            fn from(value: super::MysqlTags) -> Self {
                Self {
                    key: Ok(value.key),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MysqlVolumeInfo {
            size: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for MysqlVolumeInfo {
            fn default() -> Self {
                Self {
                    size: Err("no value supplied for size".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl MysqlVolumeInfo {
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MysqlVolumeInfo> for super::MysqlVolumeInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MysqlVolumeInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    size: value.size?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::MysqlVolumeInfo> for MysqlVolumeInfo {
            fn from(value: super::MysqlVolumeInfo) -> Self {
                Self {
                    size: Ok(value.size),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowAuditLogDownloadLinkRequest {
            ids: ::std::result::Result<
                ::huaweicloud_core::bounded::BoundedVec<1, 50, 1>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowAuditLogDownloadLinkRequest {
            fn default() -> Self {
                Self {
                    ids: Err("no value supplied for ids".to_string()),
                }
            }
        }
        impl ShowAuditLogDownloadLinkRequest {
            pub fn ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::huaweicloud_core::bounded::BoundedVec<1, 50, 1>,
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
        impl ::std::convert::TryFrom<ShowAuditLogDownloadLinkRequest>
        for super::ShowAuditLogDownloadLinkRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowAuditLogDownloadLinkRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { ids: value.ids? })
            }
        }
        impl ::std::convert::From<super::ShowAuditLogDownloadLinkRequest>
        for ShowAuditLogDownloadLinkRequest {
            fn from(value: super::ShowAuditLogDownloadLinkRequest) -> Self {
                Self { ids: Ok(value.ids) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowAuditLogDownloadLinkResponse {
            links: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowAuditLogDownloadLinkResponse {
            fn default() -> Self {
                Self {
                    links: Err("no value supplied for links".to_string()),
                }
            }
        }
        impl ShowAuditLogDownloadLinkResponse {
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
        impl ::std::convert::TryFrom<ShowAuditLogDownloadLinkResponse>
        for super::ShowAuditLogDownloadLinkResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowAuditLogDownloadLinkResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { links: value.links? })
            }
        }
        impl ::std::convert::From<super::ShowAuditLogDownloadLinkResponse>
        for ShowAuditLogDownloadLinkResponse {
            fn from(value: super::ShowAuditLogDownloadLinkResponse) -> Self {
                Self { links: Ok(value.links) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowAuditLogPolicyResponse {
            all_audit_log_action: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            audit_types: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            keep_days: ::std::result::Result<i32, ::std::string::String>,
        }
        impl ::std::default::Default for ShowAuditLogPolicyResponse {
            fn default() -> Self {
                Self {
                    all_audit_log_action: Ok(Default::default()),
                    audit_types: Ok(Default::default()),
                    keep_days: Err("no value supplied for keep_days".to_string()),
                }
            }
        }
        impl ShowAuditLogPolicyResponse {
            pub fn all_audit_log_action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.all_audit_log_action = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for all_audit_log_action: {e}"
                        )
                    });
                self
            }
            pub fn audit_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.audit_types = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for audit_types: {e}")
                    });
                self
            }
            pub fn keep_days<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.keep_days = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keep_days: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShowAuditLogPolicyResponse>
        for super::ShowAuditLogPolicyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowAuditLogPolicyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    all_audit_log_action: value.all_audit_log_action?,
                    audit_types: value.audit_types?,
                    keep_days: value.keep_days?,
                })
            }
        }
        impl ::std::convert::From<super::ShowAuditLogPolicyResponse>
        for ShowAuditLogPolicyResponse {
            fn from(value: super::ShowAuditLogPolicyResponse) -> Self {
                Self {
                    all_audit_log_action: Ok(value.all_audit_log_action),
                    audit_types: Ok(value.audit_types),
                    keep_days: Ok(value.keep_days),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowErrorLogDownloadLinkResponse {
            count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            list: ::std::result::Result<
                ::std::vec::Vec<super::ErrorLogDownload>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowErrorLogDownloadLinkResponse {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    list: Err("no value supplied for list".to_string()),
                }
            }
        }
        impl ShowErrorLogDownloadLinkResponse {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ErrorLogDownload>>,
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
        impl ::std::convert::TryFrom<ShowErrorLogDownloadLinkResponse>
        for super::ShowErrorLogDownloadLinkResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowErrorLogDownloadLinkResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    list: value.list?,
                })
            }
        }
        impl ::std::convert::From<super::ShowErrorLogDownloadLinkResponse>
        for ShowErrorLogDownloadLinkResponse {
            fn from(value: super::ShowErrorLogDownloadLinkResponse) -> Self {
                Self {
                    count: Ok(value.count),
                    list: Ok(value.list),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowGaussMySqlInstanceInfoResponse {
            instance: ::std::result::Result<
                super::MysqlInstanceInfoDetail,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShowGaussMySqlInstanceInfoResponse {
            fn default() -> Self {
                Self {
                    instance: Err("no value supplied for instance".to_string()),
                }
            }
        }
        impl ShowGaussMySqlInstanceInfoResponse {
            pub fn instance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MysqlInstanceInfoDetail>,
                T::Error: ::std::fmt::Display,
            {
                self.instance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for instance: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ShowGaussMySqlInstanceInfoResponse>
        for super::ShowGaussMySqlInstanceInfoResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowGaussMySqlInstanceInfoResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { instance: value.instance? })
            }
        }
        impl ::std::convert::From<super::ShowGaussMySqlInstanceInfoResponse>
        for ShowGaussMySqlInstanceInfoResponse {
            fn from(value: super::ShowGaussMySqlInstanceInfoResponse) -> Self {
                Self {
                    instance: Ok(value.instance),
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
/**Client for Huawei Cloud TaurusDB log APIs

Log APIs of Huawei Cloud TaurusDB (GaussDB for MySQL): find the instances and their nodes, list the DDL log files of an instance node and the SQL audit log files of an instance and obtain links to download them, read the audit log policy, and export the slow query and error log files of a node.
Hand-written from the published API reference ("Obtaining Links for Downloading DDL Logs", which points to "Querying DDL Logs That Can Be Downloaded") and from the shapes the service and the official SDK (huaweicloudsdkgaussdb) have really used: the download response has come as `{"list": [...]}`, `{"download_files": [...]}` and a bare array, with `expire_time` as a string or an integer. The instance, audit log, slow query log and error log operations follow the models of the official SDK 3.1.219 (huaweicloudsdkgaussdb). Unofficial: not published or endorsed by Huawei.

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
    /**Query instances

Lists the TaurusDB instances of the project, optionally filtered. The records carry no node list: the node ids that the DDL, slow query and error log operations take come from `show_gauss_my_sql_instance_info`.

Sends a `GET` request to `/v3/{project_id}/instances`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `datastore_type`: Database engine; only `gaussdb-mysql` is supported.
- `id`: Instance ID. `*` is reserved: a value starting with `*` is a fuzzy match on what follows it; any other value matches exactly. `*` alone is not accepted.
- `limit`: Number of records per page, 1 to 100 (the service's default is 100).
- `name`: Instance name. `*` is reserved: a value starting with `*` is a fuzzy match on what follows it; any other value matches exactly. `*` alone is not accepted.
- `offset`: Index offset; the query skips this many records (the service's default is 0). Must not be negative.
- `private_ip`: Private IP address for reads and writes.
- `proxy_ip`: Read/write splitting (proxy) IP address.
- `readonly_private_ip`: Private IP address for reads only.
- `subnet_id`: Network ID of the subnet the instances are in.
- `tags`: Tag filter, `{key}={value}`; several pairs separated by commas select the instances that carry all of them. Keys must not repeat.
- `type_`: Instance type to list; only `Cluster` is supported.
- `vpc_id`: ID of the virtual private cloud the instances are in.
- `x_language`: Request language type (default `en-us`).
```ignore
let response = client.list_gauss_my_sql_instances()
    .project_id(project_id)
    .datastore_type(datastore_type)
    .id(id)
    .limit(limit)
    .name(name)
    .offset(offset)
    .private_ip(private_ip)
    .proxy_ip(proxy_ip)
    .readonly_private_ip(readonly_private_ip)
    .subnet_id(subnet_id)
    .tags(tags)
    .type_(type_)
    .vpc_id(vpc_id)
    .x_language(x_language)
    .send()
    .await;
```*/
    pub fn list_gauss_my_sql_instances(&self) -> builder::ListGaussMySqlInstances<'_> {
        builder::ListGaussMySqlInstances::new(self)
    }
    /**Query instance details

Returns the details of one TaurusDB instance. Its `nodes[].id` are the node ids that `list_ddl_logs`, `download_slow_log_file` and `show_error_log_download_link` take.

Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: TaurusDB instance ID, which uniquely identifies an instance (36 letters, digits and underscores).
- `x_language`: Request language type (default `en-us`).
```ignore
let response = client.show_gauss_my_sql_instance_info()
    .project_id(project_id)
    .instance_id(instance_id)
    .x_language(x_language)
    .send()
    .await;
```*/
    pub fn show_gauss_my_sql_instance_info(
        &self,
    ) -> builder::ShowGaussMySqlInstanceInfo<'_> {
        builder::ShowGaussMySqlInstanceInfo::new(self)
    }
    /**Query the policy for SQL audit logs

Returns the audit log policy of an instance: how many days audit logs are kept (0 means SQL audit is off, and there is nothing to list) and which operation types are recorded.

Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/audit-log-policy`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: TaurusDB instance ID, which uniquely identifies an instance (36 letters, digits and underscores).
- `x_language`: Request language type (default `en-us`).
```ignore
let response = client.show_audit_log_policy()
    .project_id(project_id)
    .instance_id(instance_id)
    .x_language(x_language)
    .send()
    .await;
```*/
    pub fn show_audit_log_policy(&self) -> builder::ShowAuditLogPolicy<'_> {
        builder::ShowAuditLogPolicy::new(self)
    }
    /**Query SQL audit logs

Lists the audit log files of a TaurusDB instance in a time window. All four query parameters are required. The window may span at most 30 days and its end must be later than its start. The ids returned are the `ids` of `show_audit_log_download_link`.

Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/audit-logs`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: TaurusDB instance ID, which uniquely identifies an instance (36 letters, digits and underscores).
- `end_time`: Query end time, in the `yyyy-mm-ddThh:mm:ss+hhmm` format. It must be later than the start time, and the time span cannot be longer than 30 days.
- `limit`: Number of records per page, 1 to 100 (the documented default is 10, but the parameter is required).
- `offset`: Index offset; the query skips this many records. Must not be negative (0 starts from the first record).
- `start_time`: Query start time, in the `yyyy-mm-ddThh:mm:ss+hhmm` format, where the suffix is the time zone offset (`+0800` for Beijing time).
- `x_language`: Request language type (default `en-us`).
```ignore
let response = client.list_audit_logs()
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
    pub fn list_audit_logs(&self) -> builder::ListAuditLogs<'_> {
        builder::ListAuditLogs::new(self)
    }
    /**Generate links for downloading SQL audit logs

Generates a download link for each requested audit log id, in the order of the ids. At most 50 ids per call. Each link is valid for 5 minutes.

Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/audit-log-link`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: TaurusDB instance ID, which uniquely identifies an instance (36 letters, digits and underscores).
- `x_language`: Request language type (default `en-us`).
- `body`: The audit log ids to link.
```ignore
let response = client.show_audit_log_download_link()
    .project_id(project_id)
    .instance_id(instance_id)
    .x_language(x_language)
    .body(body)
    .send()
    .await;
```*/
    pub fn show_audit_log_download_link(&self) -> builder::ShowAuditLogDownloadLink<'_> {
        builder::ShowAuditLogDownloadLink::new(self)
    }
    /**Obtain links for downloading slow query logs

Asks for the slow query log files of one node to be exported, and returns their export jobs. A record is `EXPORTING` while its link is being generated, and `SUCCESS` with the link (valid for 5 minutes) and the size once it is ready, or `FAILED`; the operation is called again until the links are ready (the SDK does not say more; the DDS and RDS slow log exports work this way). There is no request body: the node is in the path.

Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/{node_id}/slowlog-download`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: TaurusDB instance ID, which uniquely identifies an instance (36 letters, digits and underscores).
- `node_id`: ID of the instance node whose log files are exported: one of the `nodes[].id` of `show_gauss_my_sql_instance_info` (36 letters and digits, ending in `no07`).
- `x_language`: Request language type (default `en-us`).
```ignore
let response = client.download_slow_log_file()
    .project_id(project_id)
    .instance_id(instance_id)
    .node_id(node_id)
    .x_language(x_language)
    .send()
    .await;
```*/
    pub fn download_slow_log_file(&self) -> builder::DownloadSlowLogFile<'_> {
        builder::DownloadSlowLogFile::new(self)
    }
    /**Obtain links for downloading error logs

Asks for the error log files of one node to be exported, and returns their export jobs, as `download_slow_log_file` does for slow query logs: a record carries its link and size once its status is `SUCCESS`. There is no request body: the node is in the path.

Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/{node_id}/errorlog-download`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: TaurusDB instance ID, which uniquely identifies an instance (36 letters, digits and underscores).
- `node_id`: ID of the instance node whose log files are exported: one of the `nodes[].id` of `show_gauss_my_sql_instance_info` (36 letters and digits, ending in `no07`).
- `x_language`: Request language type (default `en-us`).
```ignore
let response = client.show_error_log_download_link()
    .project_id(project_id)
    .instance_id(instance_id)
    .node_id(node_id)
    .x_language(x_language)
    .send()
    .await;
```*/
    pub fn show_error_log_download_link(&self) -> builder::ShowErrorLogDownloadLink<'_> {
        builder::ShowErrorLogDownloadLink::new(self)
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
    /**Builder for [`Client::list_gauss_my_sql_instances`]

[`Client::list_gauss_my_sql_instances`]: super::Client::list_gauss_my_sql_instances*/
    #[derive(Debug, Clone)]
    pub struct ListGaussMySqlInstances<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        datastore_type: Result<
            Option<types::ListGaussMySqlInstancesDatastoreType>,
            String,
        >,
        id: Result<Option<types::ListGaussMySqlInstancesId>, String>,
        limit: Result<Option<::huaweicloud_core::bounded::BoundedInt<1, 100>>, String>,
        name: Result<Option<types::ListGaussMySqlInstancesName>, String>,
        offset: Result<
            Option<::huaweicloud_core::bounded::BoundedInt<0, 2147483647>>,
            String,
        >,
        private_ip: Result<Option<types::ListGaussMySqlInstancesPrivateIp>, String>,
        proxy_ip: Result<Option<types::ListGaussMySqlInstancesProxyIp>, String>,
        readonly_private_ip: Result<
            Option<types::ListGaussMySqlInstancesReadonlyPrivateIp>,
            String,
        >,
        subnet_id: Result<Option<types::ListGaussMySqlInstancesSubnetId>, String>,
        tags: Result<Option<types::ListGaussMySqlInstancesTags>, String>,
        type_: Result<Option<types::ListGaussMySqlInstancesType>, String>,
        vpc_id: Result<Option<types::ListGaussMySqlInstancesVpcId>, String>,
        x_language: Result<Option<types::Language>, String>,
    }
    impl<'a> ListGaussMySqlInstances<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: ::huaweicloud_core::client::project_id_for(client.runtime()),
                datastore_type: Ok(None),
                id: Ok(None),
                limit: Ok(None),
                name: Ok(None),
                offset: Ok(None),
                private_ip: Ok(None),
                proxy_ip: Ok(None),
                readonly_private_ip: Ok(None),
                subnet_id: Ok(None),
                tags: Ok(None),
                type_: Ok(None),
                vpc_id: Ok(None),
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
        pub fn datastore_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListGaussMySqlInstancesDatastoreType>,
            <V as std::convert::TryInto<
                types::ListGaussMySqlInstancesDatastoreType,
            >>::Error: ::std::fmt::Display,
        {
            self.datastore_type = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("datastore_type: {e}"));
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListGaussMySqlInstancesId>,
            <V as std::convert::TryInto<
                types::ListGaussMySqlInstancesId,
            >>::Error: ::std::fmt::Display,
        {
            self.id = value.try_into().map(Some).map_err(|e| format!("id: {e}"));
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
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListGaussMySqlInstancesName>,
            <V as std::convert::TryInto<
                types::ListGaussMySqlInstancesName,
            >>::Error: ::std::fmt::Display,
        {
            self.name = value.try_into().map(Some).map_err(|e| format!("name: {e}"));
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
        pub fn private_ip<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListGaussMySqlInstancesPrivateIp>,
            <V as std::convert::TryInto<
                types::ListGaussMySqlInstancesPrivateIp,
            >>::Error: ::std::fmt::Display,
        {
            self.private_ip = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("private_ip: {e}"));
            self
        }
        pub fn proxy_ip<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListGaussMySqlInstancesProxyIp>,
            <V as std::convert::TryInto<
                types::ListGaussMySqlInstancesProxyIp,
            >>::Error: ::std::fmt::Display,
        {
            self.proxy_ip = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("proxy_ip: {e}"));
            self
        }
        pub fn readonly_private_ip<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListGaussMySqlInstancesReadonlyPrivateIp>,
            <V as std::convert::TryInto<
                types::ListGaussMySqlInstancesReadonlyPrivateIp,
            >>::Error: ::std::fmt::Display,
        {
            self.readonly_private_ip = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("readonly_private_ip: {e}"));
            self
        }
        pub fn subnet_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListGaussMySqlInstancesSubnetId>,
            <V as std::convert::TryInto<
                types::ListGaussMySqlInstancesSubnetId,
            >>::Error: ::std::fmt::Display,
        {
            self.subnet_id = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("subnet_id: {e}"));
            self
        }
        pub fn tags<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListGaussMySqlInstancesTags>,
            <V as std::convert::TryInto<
                types::ListGaussMySqlInstancesTags,
            >>::Error: ::std::fmt::Display,
        {
            self.tags = value.try_into().map(Some).map_err(|e| format!("tags: {e}"));
            self
        }
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListGaussMySqlInstancesType>,
            <V as std::convert::TryInto<
                types::ListGaussMySqlInstancesType,
            >>::Error: ::std::fmt::Display,
        {
            self.type_ = value.try_into().map(Some).map_err(|e| format!("type_: {e}"));
            self
        }
        pub fn vpc_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListGaussMySqlInstancesVpcId>,
            <V as std::convert::TryInto<
                types::ListGaussMySqlInstancesVpcId,
            >>::Error: ::std::fmt::Display,
        {
            self.vpc_id = value.try_into().map(Some).map_err(|e| format!("vpc_id: {e}"));
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
            ResponseValue<types::ListGaussMySqlInstancesResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                project_id,
                datastore_type,
                id,
                limit,
                name,
                offset,
                private_ip,
                proxy_ip,
                readonly_private_ip,
                subnet_id,
                tags,
                type_,
                vpc_id,
                x_language,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let datastore_type = datastore_type.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let private_ip = private_ip.map_err(Error::InvalidRequest)?;
            let proxy_ip = proxy_ip.map_err(Error::InvalidRequest)?;
            let readonly_private_ip = readonly_private_ip
                .map_err(Error::InvalidRequest)?;
            let subnet_id = subnet_id.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let vpc_id = vpc_id.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/instances", client.baseurl, encode_path(& project_id
                .to_string()),
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "datastore_type",
                        &datastore_type,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("private_ip", &private_ip))
                .query(&progenitor_client::QueryParam::new("proxy_ip", &proxy_ip))
                .query(
                    &progenitor_client::QueryParam::new(
                        "readonly_private_ip",
                        &readonly_private_ip,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("subnet_id", &subnet_id))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .query(&progenitor_client::QueryParam::new("vpc_id", &vpc_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_gauss_my_sql_instances",
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
        ///Sends a `GET` request to `/v3/{project_id}/instances`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListGaussMySqlInstancesResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "list_gauss_my_sql_instances")
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
    /**Builder for [`Client::show_gauss_my_sql_instance_info`]

[`Client::show_gauss_my_sql_instance_info`]: super::Client::show_gauss_my_sql_instance_info*/
    #[derive(Debug, Clone)]
    pub struct ShowGaussMySqlInstanceInfo<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        x_language: Result<Option<types::Language>, String>,
    }
    impl<'a> ShowGaussMySqlInstanceInfo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: ::huaweicloud_core::client::project_id_for(client.runtime()),
                instance_id: Err("instance_id was not initialized".to_string()),
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
            ResponseValue<types::ShowGaussMySqlInstanceInfoResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, project_id, instance_id, x_language } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/instances/{}", client.baseurl, encode_path(& project_id
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_gauss_my_sql_instance_info",
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
        ///Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::ShowGaussMySqlInstanceInfoResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "show_gauss_my_sql_instance_info")
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
    /**Builder for [`Client::show_audit_log_policy`]

[`Client::show_audit_log_policy`]: super::Client::show_audit_log_policy*/
    #[derive(Debug, Clone)]
    pub struct ShowAuditLogPolicy<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        x_language: Result<Option<types::Language>, String>,
    }
    impl<'a> ShowAuditLogPolicy<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: ::huaweicloud_core::client::project_id_for(client.runtime()),
                instance_id: Err("instance_id was not initialized".to_string()),
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
            ResponseValue<types::ShowAuditLogPolicyResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, project_id, instance_id, x_language } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/instances/{}/audit-log-policy", client.baseurl, encode_path(&
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_audit_log_policy",
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
        ///Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/audit-log-policy`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::ShowAuditLogPolicyResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "show_audit_log_policy")
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
    /**Builder for [`Client::list_audit_logs`]

[`Client::list_audit_logs`]: super::Client::list_audit_logs*/
    #[derive(Debug, Clone)]
    pub struct ListAuditLogs<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        end_time: Result<types::AuditTime, String>,
        limit: Result<::huaweicloud_core::bounded::BoundedInt<1, 100>, String>,
        offset: Result<::huaweicloud_core::bounded::BoundedInt<0, 2147483647>, String>,
        start_time: Result<types::AuditTime, String>,
        x_language: Result<Option<types::Language>, String>,
    }
    impl<'a> ListAuditLogs<'a> {
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
            V: std::convert::TryInto<::huaweicloud_core::bounded::BoundedInt<1, 100>>,
            <V as std::convert::TryInto<
                ::huaweicloud_core::bounded::BoundedInt<1, 100>,
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
            ResponseValue<types::ListAuditLogsResponse>,
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
                "{}/v3/{}/instances/{}/audit-logs", client.baseurl, encode_path(&
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
                operation_id: "list_audit_logs",
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
        ///Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/audit-logs`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListAuditLogsResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "list_audit_logs")
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
    /**Builder for [`Client::show_audit_log_download_link`]

[`Client::show_audit_log_download_link`]: super::Client::show_audit_log_download_link*/
    #[derive(Debug, Clone)]
    pub struct ShowAuditLogDownloadLink<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        x_language: Result<Option<types::Language>, String>,
        body: Result<types::builder::ShowAuditLogDownloadLinkRequest, String>,
    }
    impl<'a> ShowAuditLogDownloadLink<'a> {
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
            V: std::convert::TryInto<types::ShowAuditLogDownloadLinkRequest>,
            <V as std::convert::TryInto<
                types::ShowAuditLogDownloadLinkRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ShowAuditLogDownloadLinkRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ShowAuditLogDownloadLinkRequest,
            ) -> types::builder::ShowAuditLogDownloadLinkRequest,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::ShowAuditLogDownloadLinkResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, project_id, instance_id, x_language, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ShowAuditLogDownloadLinkRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/instances/{}/audit-log-link", client.baseurl, encode_path(&
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
                operation_id: "show_audit_log_download_link",
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
        ///Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/audit-log-link`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::ShowAuditLogDownloadLinkResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "show_audit_log_download_link")
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
    /**Builder for [`Client::download_slow_log_file`]

[`Client::download_slow_log_file`]: super::Client::download_slow_log_file*/
    #[derive(Debug, Clone)]
    pub struct DownloadSlowLogFile<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        node_id: Result<types::NodeId, String>,
        x_language: Result<Option<types::Language>, String>,
    }
    impl<'a> DownloadSlowLogFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: ::huaweicloud_core::client::project_id_for(client.runtime()),
                instance_id: Err("instance_id was not initialized".to_string()),
                node_id: Err("node_id was not initialized".to_string()),
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
        pub fn node_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NodeId>,
            <V as std::convert::TryInto<types::NodeId>>::Error: ::std::fmt::Display,
        {
            self.node_id = value.try_into().map_err(|e| format!("node_id: {e}"));
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
            ResponseValue<types::DownloadSlowLogFileResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, project_id, instance_id, node_id, x_language } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let node_id = node_id.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/instances/{}/{}/slowlog-download", client.baseurl,
                encode_path(& project_id.to_string()), encode_path(& instance_id
                .to_string()), encode_path(& node_id.to_string()),
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "download_slow_log_file",
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
        ///Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/{node_id}/slowlog-download`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::DownloadSlowLogFileResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "download_slow_log_file")
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
    /**Builder for [`Client::show_error_log_download_link`]

[`Client::show_error_log_download_link`]: super::Client::show_error_log_download_link*/
    #[derive(Debug, Clone)]
    pub struct ShowErrorLogDownloadLink<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        node_id: Result<types::NodeId, String>,
        x_language: Result<Option<types::Language>, String>,
    }
    impl<'a> ShowErrorLogDownloadLink<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: ::huaweicloud_core::client::project_id_for(client.runtime()),
                instance_id: Err("instance_id was not initialized".to_string()),
                node_id: Err("node_id was not initialized".to_string()),
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
        pub fn node_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NodeId>,
            <V as std::convert::TryInto<types::NodeId>>::Error: ::std::fmt::Display,
        {
            self.node_id = value.try_into().map_err(|e| format!("node_id: {e}"));
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
            ResponseValue<types::ShowErrorLogDownloadLinkResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, project_id, instance_id, node_id, x_language } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let node_id = node_id.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/instances/{}/{}/errorlog-download", client.baseurl,
                encode_path(& project_id.to_string()), encode_path(& instance_id
                .to_string()), encode_path(& node_id.to_string()),
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "show_error_log_download_link",
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
        ///Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/{node_id}/errorlog-download`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::ShowErrorLogDownloadLinkResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "show_error_log_download_link")
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
