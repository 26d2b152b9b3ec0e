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
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    pub type AuditLogIds = ::huaweicloud_core::bounded::BoundedVec<1, 50, 1>;
    ///Size of the file in bytes. Documented as a Long, but the document's own example (and the service) send it as a decimal string, so both are accepted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for AuditLogSizeString {
        fn schema_name() -> ::std::string::String {
            "AuditLogSizeString".to_owned()
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
                        pattern: ::std::option::Option::Some("^[0-9]+$".to_owned()),
                    }),
                ),
                ..::std::default::Default::default()
            }
                .into()
        }
    }
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
    ///Automated backup policy.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct BackupStrategyForItemResponse {
        ///Days backups are kept, 0 to 732.
        pub keep_days: i32,
        ///Backup time window (UTC) in which automated backups start, for example `16:00-17:00`.
        pub start_time: ::std::string::String,
    }
    impl BackupStrategyForItemResponse {
        pub fn builder() -> builder::BackupStrategyForItemResponse {
            Default::default()
        }
    }
    ///Database engine and version. The SDK marks all four fields required; the document's example sends only `type` and `version`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DatastoreItem {
        ///Whether a patch version is available to upgrade to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub patch_available: ::std::option::Option<bool>,
        ///Database engine, for example `DDS-Community`.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        ///Database version, for example `4.0`.
        pub version: ::std::string::String,
        ///Full database version, for example `4.0.3`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub whole_version: ::std::option::Option<::std::string::String>,
    }
    impl DatastoreItem {
        pub fn builder() -> builder::DatastoreItem {
            Default::default()
        }
    }
    ///What to export (`DownloadErrorlogRequestBody` of the SDK). An empty body exports every node that has error logs.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DownloadErrorlogRequestBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_name_list: ::std::option::Option<FileNameList>,
        ///IDs of the nodes whose error logs to export (the `id` of a node in the instance listing); empty means every node that has them: the mongos, shard and config nodes of a cluster, every node of a replica set or single node instance.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub node_id_list: ::std::vec::Vec<DownloadErrorlogRequestBodyNodeIdListItem>,
    }
    impl DownloadErrorlogRequestBody {
        pub fn builder() -> builder::DownloadErrorlogRequestBody {
            Default::default()
        }
    }
    ///`DownloadErrorlogRequestBodyNodeIdListItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DownloadErrorlogRequestBodyNodeIdListItem(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for DownloadErrorlogRequestBodyNodeIdListItem {
        fn schema_name() -> ::std::string::String {
            "DownloadErrorlogRequestBodyNodeIdListItem".to_owned()
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
    impl ::std::ops::Deref for DownloadErrorlogRequestBodyNodeIdListItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DownloadErrorlogRequestBodyNodeIdListItem>
    for ::std::string::String {
        fn from(value: DownloadErrorlogRequestBodyNodeIdListItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DownloadErrorlogRequestBodyNodeIdListItem {
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
    impl ::std::convert::TryFrom<&str> for DownloadErrorlogRequestBodyNodeIdListItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for DownloadErrorlogRequestBodyNodeIdListItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DownloadErrorlogRequestBodyNodeIdListItem {
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
    ///The state of an error log export and its files.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DownloadErrorlogResponse {
        ///Number of download links.
        pub count: i32,
        ///One record per exported file.
        pub list: ::std::vec::Vec<DownloadSlowlogResult>,
        ///State of the export: `FINISH` (the links are ready), `CREATING` (files are being generated; call again) or `FAILED` (some log file could not be prepared).
        pub status: ::std::string::String,
    }
    impl DownloadErrorlogResponse {
        pub fn builder() -> builder::DownloadErrorlogResponse {
            Default::default()
        }
    }
    ///What to export (`DownloadSlowlogRequestBody` of the SDK). An empty body exports every node that has slow query logs.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DownloadSlowlogRequestBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_name_list: ::std::option::Option<FileNameList>,
        ///IDs of the nodes whose slow query logs to export (the `id` of a node in the instance listing); empty means every node that has them: the shard nodes of a cluster, every node of a replica set or single node instance.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub node_id_list: ::std::vec::Vec<DownloadSlowlogRequestBodyNodeIdListItem>,
    }
    impl DownloadSlowlogRequestBody {
        pub fn builder() -> builder::DownloadSlowlogRequestBody {
            Default::default()
        }
    }
    ///`DownloadSlowlogRequestBodyNodeIdListItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DownloadSlowlogRequestBodyNodeIdListItem(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for DownloadSlowlogRequestBodyNodeIdListItem {
        fn schema_name() -> ::std::string::String {
            "DownloadSlowlogRequestBodyNodeIdListItem".to_owned()
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
    impl ::std::ops::Deref for DownloadSlowlogRequestBodyNodeIdListItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DownloadSlowlogRequestBodyNodeIdListItem>
    for ::std::string::String {
        fn from(value: DownloadSlowlogRequestBodyNodeIdListItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DownloadSlowlogRequestBodyNodeIdListItem {
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
    impl ::std::convert::TryFrom<&str> for DownloadSlowlogRequestBodyNodeIdListItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for DownloadSlowlogRequestBodyNodeIdListItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DownloadSlowlogRequestBodyNodeIdListItem {
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
    ///The state of a slow query log export and its files.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DownloadSlowlogResponse {
        ///Number of download links.
        pub count: i32,
        ///One record per exported file.
        pub list: ::std::vec::Vec<DownloadSlowlogResult>,
        ///State of the export: `FINISH` (the links are ready), `CREATING` (files are being generated; call again) or `FAILED` (some log file could not be prepared).
        pub status: ::std::string::String,
    }
    impl DownloadSlowlogResponse {
        pub fn builder() -> builder::DownloadSlowlogResponse {
            Default::default()
        }
    }
    ///One exported slow query or error log file (`DownloadSlowlogResult` of the SDK, which the error log export returns too). The SDK marks all six fields required, but while a file is exported its size and link are null, and the document's examples spell the update time `updated_at` where its table and the SDK say `update_at`; both spellings are accepted.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DownloadSlowlogResult {
        ///Download link, valid for 15 minutes after the update time (then the file is exported again); null while the file is exported.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_link: ::std::option::Option<::std::string::String>,
        ///Name of the generated file; identifies it in `file_name_list`.
        pub file_name: ::std::string::String,
        ///File size in KB, as a decimal string that may have a fractional part (for example `3.59`); null while the file is exported.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_size: ::std::option::Option<::std::string::String>,
        ///Name of the node the file comes from (the record carries no node id).
        pub node_name: ::std::string::String,
        ///State of this file's link: `SUCCESS` (ready), `EXPORTING` (being generated) or `FAILED` (could not be prepared).
        pub status: ::std::string::String,
        ///When the file was last updated, in Unix milliseconds (the table's and the SDK's name).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub update_at: ::std::option::Option<i64>,
        ///The update time as the document's examples spell it, in Unix milliseconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated_at: ::std::option::Option<i64>,
    }
    impl DownloadSlowlogResult {
        pub fn builder() -> builder::DownloadSlowlogResult {
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
    ///Names of the files to export.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct FileNameList(pub ::std::vec::Vec<FileNameListItem>);
    impl ::std::ops::Deref for FileNameList {
        type Target = ::std::vec::Vec<FileNameListItem>;
        fn deref(&self) -> &::std::vec::Vec<FileNameListItem> {
            &self.0
        }
    }
    impl ::std::convert::From<FileNameList> for ::std::vec::Vec<FileNameListItem> {
        fn from(value: FileNameList) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<FileNameListItem>> for FileNameList {
        fn from(value: ::std::vec::Vec<FileNameListItem>) -> Self {
            Self(value)
        }
    }
    ///`FileNameListItem`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct FileNameListItem(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for FileNameListItem {
        fn schema_name() -> ::std::string::String {
            "FileNameListItem".to_owned()
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
    impl ::std::ops::Deref for FileNameListItem {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<FileNameListItem> for ::std::string::String {
        fn from(value: FileNameListItem) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for FileNameListItem {
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
    impl ::std::convert::TryFrom<&str> for FileNameListItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FileNameListItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for FileNameListItem {
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
    ///A node group (`GroupResponseItem` of the SDK). `id`, `name` and `status` are only meaningful, and only sent, for `shard` and `config` groups, and a `mongos` group has no `volume`, as the document's example shows; the SDK marks all six fields required.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct GroupResponseItem {
        ///Group ID (shard and config groups).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Group name (shard and config groups).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The nodes of the group.
        pub nodes: ::std::vec::Vec<NodeItem>,
        ///Group status (shard and config groups).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Node type of the group, `shard`, `config`, `mongos`, `replica` or `single`.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub volume: ::std::option::Option<Volume>,
    }
    impl GroupResponseItem {
        pub fn builder() -> builder::GroupResponseItem {
            Default::default()
        }
    }
    ///DDS instance ID, as returned by the instance query API.
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
                        max_length: ::std::option::Option::Some(64u32),
                        min_length: ::std::option::Option::Some(1u32),
                        pattern: ::std::option::Option::None,
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
    ///Instance type, `Sharding` (cluster), `ReplicaSet` (replica set) or `Single` (single node).
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
    pub enum InstanceMode {
        Sharding,
        ReplicaSet,
        Single,
    }
    impl ::std::fmt::Display for InstanceMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Sharding => f.write_str("Sharding"),
                Self::ReplicaSet => f.write_str("ReplicaSet"),
                Self::Single => f.write_str("Single"),
            }
        }
    }
    impl ::std::str::FromStr for InstanceMode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Sharding" => Ok(Self::Sharding),
                "ReplicaSet" => Ok(Self::ReplicaSet),
                "Single" => Ok(Self::Single),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for InstanceMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for InstanceMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
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
    ///Body of the link request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ListAuditlogLinksRequest {
        pub ids: ::huaweicloud_core::bounded::BoundedVec<1, 50, 1>,
    }
    impl ListAuditlogLinksRequest {
        pub fn builder() -> builder::ListAuditlogLinksRequest {
            Default::default()
        }
    }
    ///The download links.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListAuditlogsNodeId {
        fn schema_name() -> ::std::string::String {
            "ListAuditlogsNodeId".to_owned()
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
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    ///`ListInstancesDatastoreType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListInstancesDatastoreType(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListInstancesDatastoreType {
        fn schema_name() -> ::std::string::String {
            "ListInstancesDatastoreType".to_owned()
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
    impl ::std::ops::Deref for ListInstancesDatastoreType {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListInstancesDatastoreType> for ::std::string::String {
        fn from(value: ListInstancesDatastoreType) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListInstancesDatastoreType {
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
    impl ::std::convert::TryFrom<&str> for ListInstancesDatastoreType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListInstancesDatastoreType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListInstancesDatastoreType {
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
    ///`ListInstancesId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListInstancesId(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListInstancesId {
        fn schema_name() -> ::std::string::String {
            "ListInstancesId".to_owned()
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
    impl ::std::ops::Deref for ListInstancesId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListInstancesId> for ::std::string::String {
        fn from(value: ListInstancesId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListInstancesId {
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
    impl ::std::convert::TryFrom<&str> for ListInstancesId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListInstancesId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListInstancesId {
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
    ///`ListInstancesName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListInstancesName(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListInstancesName {
        fn schema_name() -> ::std::string::String {
            "ListInstancesName".to_owned()
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
    impl ::std::ops::Deref for ListInstancesName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListInstancesName> for ::std::string::String {
        fn from(value: ListInstancesName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListInstancesName {
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
    impl ::std::convert::TryFrom<&str> for ListInstancesName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListInstancesName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListInstancesName {
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
    pub struct ListInstancesResponse {
        ///The instances of this page.
        pub instances: ::std::vec::Vec<QueryInstanceResponse>,
        ///Total number of instances that match, over all pages.
        pub total_count: i32,
    }
    impl ListInstancesResponse {
        pub fn builder() -> builder::ListInstancesResponse {
            Default::default()
        }
    }
    ///`ListInstancesSubnetId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListInstancesSubnetId(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListInstancesSubnetId {
        fn schema_name() -> ::std::string::String {
            "ListInstancesSubnetId".to_owned()
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
    impl ::std::ops::Deref for ListInstancesSubnetId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListInstancesSubnetId> for ::std::string::String {
        fn from(value: ListInstancesSubnetId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListInstancesSubnetId {
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
    impl ::std::convert::TryFrom<&str> for ListInstancesSubnetId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListInstancesSubnetId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListInstancesSubnetId {
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
    ///`ListInstancesTags`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListInstancesTags(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListInstancesTags {
        fn schema_name() -> ::std::string::String {
            "ListInstancesTags".to_owned()
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
    impl ::std::ops::Deref for ListInstancesTags {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListInstancesTags> for ::std::string::String {
        fn from(value: ListInstancesTags) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListInstancesTags {
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
    impl ::std::convert::TryFrom<&str> for ListInstancesTags {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListInstancesTags {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListInstancesTags {
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
    ///`ListInstancesVpcId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListInstancesVpcId(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListInstancesVpcId {
        fn schema_name() -> ::std::string::String {
            "ListInstancesVpcId".to_owned()
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
    impl ::std::ops::Deref for ListInstancesVpcId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListInstancesVpcId> for ::std::string::String {
        fn from(value: ListInstancesVpcId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListInstancesVpcId {
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
    impl ::std::convert::TryFrom<&str> for ListInstancesVpcId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListInstancesVpcId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListInstancesVpcId {
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
    ///One node (`NodeItem` of the SDK). Its `id` is what the audit log listing and the slow and error log exports take as a node id. The SDK marks `private_ip` and `public_ip` required; the document's example leaves them out for shard and config nodes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct NodeItem {
        ///Availability zone.
        pub availability_zone: ::std::string::String,
        ///Port the EIP serves on, 1 to 65535.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub external_service_port: ::std::option::Option<i32>,
        ///Node ID.
        pub id: ::std::string::String,
        ///Node name.
        pub name: ::std::string::String,
        ///ID of the public NAT gateway.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nat_gateway_id: ::std::option::Option<::std::string::String>,
        ///Private IP address, for mongos nodes, replica set and single nodes once their server exists; otherwise empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub private_ip: ::std::option::Option<::std::string::String>,
        ///Bound EIP, for mongos nodes, replica set primary and secondary nodes, and single nodes; otherwise empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub public_ip: ::std::option::Option<::std::string::String>,
        ///Node role: `master` (mongos nodes), `Primary`, `Secondary`, `Hidden` (shard, config and replica set nodes; `Primary` also for a single node), or `unknown` when the node is abnormal.
        pub role: ::std::string::String,
        ///Resource specification code.
        pub spec_code: ::std::string::String,
        ///Node status.
        pub status: ::std::string::String,
    }
    impl NodeItem {
        pub fn builder() -> builder::NodeItem {
            Default::default()
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
    ///One instance and its details (`QueryInstanceResponse` of the SDK). The SDK marks every field but `pay_mode`, `dss_pool_id` and `order_id` required; `remark`, `disk_encryption_id`, `enterprise_project_id` and `tags` are optional here because the document's example leaves them out.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct QueryInstanceResponse {
        ///The actions the instance is performing, for example `CREATE` or `RESIZE`.
        pub actions: ::std::vec::Vec<::std::string::String>,
        pub backup_strategy: BackupStrategyForItemResponse,
        ///When the instance was created.
        pub created: ::std::string::String,
        pub datastore: DatastoreItem,
        ///Default user name, `rwuser`.
        pub db_user_name: ::std::string::String,
        ///ID of the key that encrypts the disks. Required in the SDK's model; absent from the document's example.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disk_encryption_id: ::std::option::Option<::std::string::String>,
        ///ID of the dedicated storage pool.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub dss_pool_id: ::std::option::Option<::std::string::String>,
        ///Storage engine, `wiredTiger` (the document also names `rocksDB` for version 4.2 and later).
        pub engine: ::std::string::String,
        ///Enterprise project ID, `0` for the default project. Required in the SDK's model; absent from the document's example.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enterprise_project_id: ::std::option::Option<::std::string::String>,
        ///The node groups of the instance, each with its nodes.
        pub groups: ::std::vec::Vec<GroupResponseItem>,
        ///Instance ID.
        pub id: ::std::string::String,
        ///Maintenance window, for example `02:00-06:00`.
        pub maintenance_window: ::std::string::String,
        ///Instance type, as in the `mode` filter (`Sharding`, `ReplicaSet`, `Single`).
        pub mode: ::std::string::String,
        ///Instance name.
        pub name: ::std::string::String,
        ///Order ID, sent for yearly/monthly instances only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_id: ::std::option::Option<::std::string::String>,
        ///Billing mode, `0` (pay-per-use) or `1` (yearly/monthly).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_mode: ::std::option::Option<::std::string::String>,
        ///Database port, 2100 to 9500, as a string.
        pub port: ::std::string::String,
        ///Region of the instance.
        pub region: ::std::string::String,
        ///Instance remark. Required in the SDK's model; absent from the document's example.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub remark: ::std::option::Option<::std::string::String>,
        ///ID of the security group (several are separated by commas).
        pub security_group_id: ::std::string::String,
        ///Whether SSL is enabled, `1` (on) or `0` (off).
        pub ssl: i32,
        ///Instance status: `normal`, `abnormal`, `creating`, `frozen`, `data_disk_full` (storage full), `createfail` (creation failed) or `enlargefail` (adding nodes failed).
        pub status: ::std::string::String,
        ///ID of the subnet.
        pub subnet_id: ::std::string::String,
        ///The instance's tags. Required in the SDK's model; absent from the document's example.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<TagResponse>,
        ///Time zone.
        pub time_zone: ::std::string::String,
        ///When the instance was last changed.
        pub updated: ::std::string::String,
        ///ID of the virtual private cloud (VPC).
        pub vpc_id: ::std::string::String,
    }
    impl QueryInstanceResponse {
        pub fn builder() -> builder::QueryInstanceResponse {
            Default::default()
        }
    }
    ///The audit log policy of an instance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ShowAuditlogPolicyResponse {
        ///Audit scope: `all`, or the audited databases or collections, separated by commas (a comma inside a name is escaped with `$`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub audit_scope: ::std::option::Option<::std::string::String>,
        ///Audited operation types, for example `insert`, `delete`, `update`, `query`.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub audit_types: ::std::vec::Vec<::std::string::String>,
        ///Days audit logs are kept; 0 when the audit log policy is off.
        pub keep_days: i32,
    }
    impl ShowAuditlogPolicyResponse {
        pub fn builder() -> builder::ShowAuditlogPolicyResponse {
            Default::default()
        }
    }
    ///A tag.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct TagResponse {
        ///Tag key.
        pub key: ::std::string::String,
        ///Tag value.
        pub value: ::std::string::String,
    }
    impl TagResponse {
        pub fn builder() -> builder::TagResponse {
            Default::default()
        }
    }
    ///Storage of a node group.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Volume {
        ///Storage size in GB, as a string.
        pub size: ::std::string::String,
        ///Storage used in GB, as a string (for example `0.33`).
        pub used: ::std::string::String,
    }
    impl Volume {
        pub fn builder() -> builder::Volume {
            Default::default()
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
        pub struct BackupStrategyForItemResponse {
            keep_days: ::std::result::Result<i32, ::std::string::String>,
            start_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BackupStrategyForItemResponse {
            fn default() -> Self {
                Self {
                    keep_days: Err("no value supplied for keep_days".to_string()),
                    start_time: Err("no value supplied for start_time".to_string()),
                }
            }
        }
        impl BackupStrategyForItemResponse {
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
        impl ::std::convert::TryFrom<BackupStrategyForItemResponse>
        for super::BackupStrategyForItemResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BackupStrategyForItemResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    keep_days: value.keep_days?,
                    start_time: value.start_time?,
                })
            }
        }
        impl ::std::convert::From<super::BackupStrategyForItemResponse>
        for BackupStrategyForItemResponse {
            fn from(value: super::BackupStrategyForItemResponse) -> Self {
                Self {
                    keep_days: Ok(value.keep_days),
                    start_time: Ok(value.start_time),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DatastoreItem {
            patch_available: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
            whole_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DatastoreItem {
            fn default() -> Self {
                Self {
                    patch_available: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    version: Err("no value supplied for version".to_string()),
                    whole_version: Ok(Default::default()),
                }
            }
        }
        impl DatastoreItem {
            pub fn patch_available<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.patch_available = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for patch_available: {e}"
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
            pub fn whole_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.whole_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for whole_version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DatastoreItem> for super::DatastoreItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DatastoreItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    patch_available: value.patch_available?,
                    type_: value.type_?,
                    version: value.version?,
                    whole_version: value.whole_version?,
                })
            }
        }
        impl ::std::convert::From<super::DatastoreItem> for DatastoreItem {
            fn from(value: super::DatastoreItem) -> Self {
                Self {
                    patch_available: Ok(value.patch_available),
                    type_: Ok(value.type_),
                    version: Ok(value.version),
                    whole_version: Ok(value.whole_version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DownloadErrorlogRequestBody {
            file_name_list: ::std::result::Result<
                ::std::option::Option<super::FileNameList>,
                ::std::string::String,
            >,
            node_id_list: ::std::result::Result<
                ::std::vec::Vec<super::DownloadErrorlogRequestBodyNodeIdListItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DownloadErrorlogRequestBody {
            fn default() -> Self {
                Self {
                    file_name_list: Ok(Default::default()),
                    node_id_list: Ok(Default::default()),
                }
            }
        }
        impl DownloadErrorlogRequestBody {
            pub fn file_name_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FileNameList>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for file_name_list: {e}"
                        )
                    });
                self
            }
            pub fn node_id_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::DownloadErrorlogRequestBodyNodeIdListItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.node_id_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id_list: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DownloadErrorlogRequestBody>
        for super::DownloadErrorlogRequestBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DownloadErrorlogRequestBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    file_name_list: value.file_name_list?,
                    node_id_list: value.node_id_list?,
                })
            }
        }
        impl ::std::convert::From<super::DownloadErrorlogRequestBody>
        for DownloadErrorlogRequestBody {
            fn from(value: super::DownloadErrorlogRequestBody) -> Self {
                Self {
                    file_name_list: Ok(value.file_name_list),
                    node_id_list: Ok(value.node_id_list),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DownloadErrorlogResponse {
            count: ::std::result::Result<i32, ::std::string::String>,
            list: ::std::result::Result<
                ::std::vec::Vec<super::DownloadSlowlogResult>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for DownloadErrorlogResponse {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    list: Err("no value supplied for list".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl DownloadErrorlogResponse {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
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
                    ::std::vec::Vec<super::DownloadSlowlogResult>,
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<DownloadErrorlogResponse>
        for super::DownloadErrorlogResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DownloadErrorlogResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    list: value.list?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::DownloadErrorlogResponse>
        for DownloadErrorlogResponse {
            fn from(value: super::DownloadErrorlogResponse) -> Self {
                Self {
                    count: Ok(value.count),
                    list: Ok(value.list),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DownloadSlowlogRequestBody {
            file_name_list: ::std::result::Result<
                ::std::option::Option<super::FileNameList>,
                ::std::string::String,
            >,
            node_id_list: ::std::result::Result<
                ::std::vec::Vec<super::DownloadSlowlogRequestBodyNodeIdListItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DownloadSlowlogRequestBody {
            fn default() -> Self {
                Self {
                    file_name_list: Ok(Default::default()),
                    node_id_list: Ok(Default::default()),
                }
            }
        }
        impl DownloadSlowlogRequestBody {
            pub fn file_name_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FileNameList>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for file_name_list: {e}"
                        )
                    });
                self
            }
            pub fn node_id_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::DownloadSlowlogRequestBodyNodeIdListItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.node_id_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id_list: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DownloadSlowlogRequestBody>
        for super::DownloadSlowlogRequestBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DownloadSlowlogRequestBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    file_name_list: value.file_name_list?,
                    node_id_list: value.node_id_list?,
                })
            }
        }
        impl ::std::convert::From<super::DownloadSlowlogRequestBody>
        for DownloadSlowlogRequestBody {
            fn from(value: super::DownloadSlowlogRequestBody) -> Self {
                Self {
                    file_name_list: Ok(value.file_name_list),
                    node_id_list: Ok(value.node_id_list),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DownloadSlowlogResponse {
            count: ::std::result::Result<i32, ::std::string::String>,
            list: ::std::result::Result<
                ::std::vec::Vec<super::DownloadSlowlogResult>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for DownloadSlowlogResponse {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    list: Err("no value supplied for list".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl DownloadSlowlogResponse {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
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
                    ::std::vec::Vec<super::DownloadSlowlogResult>,
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
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<DownloadSlowlogResponse>
        for super::DownloadSlowlogResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DownloadSlowlogResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    list: value.list?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::DownloadSlowlogResponse>
        for DownloadSlowlogResponse {
            fn from(value: super::DownloadSlowlogResponse) -> Self {
                Self {
                    count: Ok(value.count),
                    list: Ok(value.list),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DownloadSlowlogResult {
            file_link: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            file_size: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            node_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            update_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DownloadSlowlogResult {
            fn default() -> Self {
                Self {
                    file_link: Ok(Default::default()),
                    file_name: Err("no value supplied for file_name".to_string()),
                    file_size: Ok(Default::default()),
                    node_name: Err("no value supplied for node_name".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    update_at: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl DownloadSlowlogResult {
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
            pub fn node_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn update_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.update_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for update_at: {e}")
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
        impl ::std::convert::TryFrom<DownloadSlowlogResult>
        for super::DownloadSlowlogResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DownloadSlowlogResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    file_link: value.file_link?,
                    file_name: value.file_name?,
                    file_size: value.file_size?,
                    node_name: value.node_name?,
                    status: value.status?,
                    update_at: value.update_at?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::DownloadSlowlogResult>
        for DownloadSlowlogResult {
            fn from(value: super::DownloadSlowlogResult) -> Self {
                Self {
                    file_link: Ok(value.file_link),
                    file_name: Ok(value.file_name),
                    file_size: Ok(value.file_size),
                    node_name: Ok(value.node_name),
                    status: Ok(value.status),
                    update_at: Ok(value.update_at),
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
        pub struct GroupResponseItem {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            nodes: ::std::result::Result<
                ::std::vec::Vec<super::NodeItem>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            volume: ::std::result::Result<
                ::std::option::Option<super::Volume>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GroupResponseItem {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    nodes: Err("no value supplied for nodes".to_string()),
                    status: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    volume: Ok(Default::default()),
                }
            }
        }
        impl GroupResponseItem {
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
            pub fn nodes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::NodeItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.nodes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nodes: {e}")
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
            pub fn volume<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Volume>>,
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
        impl ::std::convert::TryFrom<GroupResponseItem> for super::GroupResponseItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupResponseItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    nodes: value.nodes?,
                    status: value.status?,
                    type_: value.type_?,
                    volume: value.volume?,
                })
            }
        }
        impl ::std::convert::From<super::GroupResponseItem> for GroupResponseItem {
            fn from(value: super::GroupResponseItem) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    nodes: Ok(value.nodes),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                    volume: Ok(value.volume),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListAuditlogLinksRequest {
            ids: ::std::result::Result<
                ::huaweicloud_core::bounded::BoundedVec<1, 50, 1>,
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
        #[derive(Clone, Debug)]
        pub struct ListInstancesResponse {
            instances: ::std::result::Result<
                ::std::vec::Vec<super::QueryInstanceResponse>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<i32, ::std::string::String>,
        }
        impl ::std::default::Default for ListInstancesResponse {
            fn default() -> Self {
                Self {
                    instances: Err("no value supplied for instances".to_string()),
                    total_count: Err("no value supplied for total_count".to_string()),
                }
            }
        }
        impl ListInstancesResponse {
            pub fn instances<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::QueryInstanceResponse>,
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
                T: ::std::convert::TryInto<i32>,
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
        impl ::std::convert::TryFrom<ListInstancesResponse>
        for super::ListInstancesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListInstancesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    instances: value.instances?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::ListInstancesResponse>
        for ListInstancesResponse {
            fn from(value: super::ListInstancesResponse) -> Self {
                Self {
                    instances: Ok(value.instances),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NodeItem {
            availability_zone: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            external_service_port: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            nat_gateway_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            private_ip: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            public_ip: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<::std::string::String, ::std::string::String>,
            spec_code: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for NodeItem {
            fn default() -> Self {
                Self {
                    availability_zone: Err(
                        "no value supplied for availability_zone".to_string(),
                    ),
                    external_service_port: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    nat_gateway_id: Ok(Default::default()),
                    private_ip: Ok(Default::default()),
                    public_ip: Ok(Default::default()),
                    role: Err("no value supplied for role".to_string()),
                    spec_code: Err("no value supplied for spec_code".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl NodeItem {
            pub fn availability_zone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.availability_zone = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for availability_zone: {e}"
                        )
                    });
                self
            }
            pub fn external_service_port<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_service_port = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for external_service_port: {e}"
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
            pub fn nat_gateway_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.nat_gateway_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for nat_gateway_id: {e}"
                        )
                    });
                self
            }
            pub fn private_ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.private_ip = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for private_ip: {e}")
                    });
                self
            }
            pub fn public_ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.public_ip = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_ip: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn spec_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.spec_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for spec_code: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<NodeItem> for super::NodeItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NodeItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    availability_zone: value.availability_zone?,
                    external_service_port: value.external_service_port?,
                    id: value.id?,
                    name: value.name?,
                    nat_gateway_id: value.nat_gateway_id?,
                    private_ip: value.private_ip?,
                    public_ip: value.public_ip?,
                    role: value.role?,
                    spec_code: value.spec_code?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::NodeItem> for NodeItem {
            fn from(value: super::NodeItem) -> Self {
                Self {
                    availability_zone: Ok(value.availability_zone),
                    external_service_port: Ok(value.external_service_port),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    nat_gateway_id: Ok(value.nat_gateway_id),
                    private_ip: Ok(value.private_ip),
                    public_ip: Ok(value.public_ip),
                    role: Ok(value.role),
                    spec_code: Ok(value.spec_code),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QueryInstanceResponse {
            actions: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            backup_strategy: ::std::result::Result<
                super::BackupStrategyForItemResponse,
                ::std::string::String,
            >,
            created: ::std::result::Result<::std::string::String, ::std::string::String>,
            datastore: ::std::result::Result<
                super::DatastoreItem,
                ::std::string::String,
            >,
            db_user_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            disk_encryption_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dss_pool_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            engine: ::std::result::Result<::std::string::String, ::std::string::String>,
            enterprise_project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            groups: ::std::result::Result<
                ::std::vec::Vec<super::GroupResponseItem>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            maintenance_window: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            mode: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            order_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pay_mode: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            port: ::std::result::Result<::std::string::String, ::std::string::String>,
            region: ::std::result::Result<::std::string::String, ::std::string::String>,
            remark: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            security_group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            ssl: ::std::result::Result<i32, ::std::string::String>,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            subnet_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::TagResponse>,
                ::std::string::String,
            >,
            time_zone: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            updated: ::std::result::Result<::std::string::String, ::std::string::String>,
            vpc_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for QueryInstanceResponse {
            fn default() -> Self {
                Self {
                    actions: Err("no value supplied for actions".to_string()),
                    backup_strategy: Err(
                        "no value supplied for backup_strategy".to_string(),
                    ),
                    created: Err("no value supplied for created".to_string()),
                    datastore: Err("no value supplied for datastore".to_string()),
                    db_user_name: Err("no value supplied for db_user_name".to_string()),
                    disk_encryption_id: Ok(Default::default()),
                    dss_pool_id: Ok(Default::default()),
                    engine: Err("no value supplied for engine".to_string()),
                    enterprise_project_id: Ok(Default::default()),
                    groups: Err("no value supplied for groups".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    maintenance_window: Err(
                        "no value supplied for maintenance_window".to_string(),
                    ),
                    mode: Err("no value supplied for mode".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    order_id: Ok(Default::default()),
                    pay_mode: Ok(Default::default()),
                    port: Err("no value supplied for port".to_string()),
                    region: Err("no value supplied for region".to_string()),
                    remark: Ok(Default::default()),
                    security_group_id: Err(
                        "no value supplied for security_group_id".to_string(),
                    ),
                    ssl: Err("no value supplied for ssl".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    subnet_id: Err("no value supplied for subnet_id".to_string()),
                    tags: Ok(Default::default()),
                    time_zone: Err("no value supplied for time_zone".to_string()),
                    updated: Err("no value supplied for updated".to_string()),
                    vpc_id: Err("no value supplied for vpc_id".to_string()),
                }
            }
        }
        impl QueryInstanceResponse {
            pub fn actions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.actions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for actions: {e}")
                    });
                self
            }
            pub fn backup_strategy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BackupStrategyForItemResponse>,
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
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
                T: ::std::convert::TryInto<super::DatastoreItem>,
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.db_user_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_user_name: {e}")
                    });
                self
            }
            pub fn disk_encryption_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.disk_encryption_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disk_encryption_id: {e}"
                        )
                    });
                self
            }
            pub fn dss_pool_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dss_pool_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dss_pool_id: {e}")
                    });
                self
            }
            pub fn engine<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.engine = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for engine: {e}")
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
            pub fn groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::GroupResponseItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.groups = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for groups: {e}")
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
                T: ::std::convert::TryInto<::std::string::String>,
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
            pub fn mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mode: {e}")
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
            pub fn pay_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pay_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pay_mode: {e}")
                    });
                self
            }
            pub fn port<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.port = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for port: {e}")
                    });
                self
            }
            pub fn region<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.region = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for region: {e}")
                    });
                self
            }
            pub fn remark<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.remark = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remark: {e}")
                    });
                self
            }
            pub fn security_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
            pub fn ssl<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.ssl = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ssl: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
                T: ::std::convert::TryInto<::std::string::String>,
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::TagResponse>>,
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.time_zone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_zone: {e}")
                    });
                self
            }
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<QueryInstanceResponse>
        for super::QueryInstanceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QueryInstanceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    actions: value.actions?,
                    backup_strategy: value.backup_strategy?,
                    created: value.created?,
                    datastore: value.datastore?,
                    db_user_name: value.db_user_name?,
                    disk_encryption_id: value.disk_encryption_id?,
                    dss_pool_id: value.dss_pool_id?,
                    engine: value.engine?,
                    enterprise_project_id: value.enterprise_project_id?,
                    groups: value.groups?,
                    id: value.id?,
                    maintenance_window: value.maintenance_window?,
                    mode: value.mode?,
                    name: value.name?,
                    order_id: value.order_id?,
                    pay_mode: value.pay_mode?,
                    port: value.port?,
                    region: value.region?,
                    remark: value.remark?,
                    security_group_id: value.security_group_id?,
                    ssl: value.ssl?,
                    status: value.status?,
                    subnet_id: value.subnet_id?,
                    tags: value.tags?,
                    time_zone: value.time_zone?,
                    updated: value.updated?,
                    vpc_id: value.vpc_id?,
                })
            }
        }
        impl ::std::convert::From<super::QueryInstanceResponse>
        for QueryInstanceResponse {
            fn from(value: super::QueryInstanceResponse) -> Self {
                Self {
                    actions: Ok(value.actions),
                    backup_strategy: Ok(value.backup_strategy),
                    created: Ok(value.created),
                    datastore: Ok(value.datastore),
                    db_user_name: Ok(value.db_user_name),
                    disk_encryption_id: Ok(value.disk_encryption_id),
                    dss_pool_id: Ok(value.dss_pool_id),
                    engine: Ok(value.engine),
                    enterprise_project_id: Ok(value.enterprise_project_id),
                    groups: Ok(value.groups),
                    id: Ok(value.id),
                    maintenance_window: Ok(value.maintenance_window),
                    mode: Ok(value.mode),
                    name: Ok(value.name),
                    order_id: Ok(value.order_id),
                    pay_mode: Ok(value.pay_mode),
                    port: Ok(value.port),
                    region: Ok(value.region),
                    remark: Ok(value.remark),
                    security_group_id: Ok(value.security_group_id),
                    ssl: Ok(value.ssl),
                    status: Ok(value.status),
                    subnet_id: Ok(value.subnet_id),
                    tags: Ok(value.tags),
                    time_zone: Ok(value.time_zone),
                    updated: Ok(value.updated),
                    vpc_id: Ok(value.vpc_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowAuditlogPolicyResponse {
            audit_scope: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            audit_types: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            keep_days: ::std::result::Result<i32, ::std::string::String>,
        }
        impl ::std::default::Default for ShowAuditlogPolicyResponse {
            fn default() -> Self {
                Self {
                    audit_scope: Ok(Default::default()),
                    audit_types: Ok(Default::default()),
                    keep_days: Err("no value supplied for keep_days".to_string()),
                }
            }
        }
        impl ShowAuditlogPolicyResponse {
            pub fn audit_scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.audit_scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for audit_scope: {e}")
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
        impl ::std::convert::TryFrom<ShowAuditlogPolicyResponse>
        for super::ShowAuditlogPolicyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowAuditlogPolicyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    audit_scope: value.audit_scope?,
                    audit_types: value.audit_types?,
                    keep_days: value.keep_days?,
                })
            }
        }
        impl ::std::convert::From<super::ShowAuditlogPolicyResponse>
        for ShowAuditlogPolicyResponse {
            fn from(value: super::ShowAuditlogPolicyResponse) -> Self {
                Self {
                    audit_scope: Ok(value.audit_scope),
                    audit_types: Ok(value.audit_types),
                    keep_days: Ok(value.keep_days),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TagResponse {
            key: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TagResponse {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl TagResponse {
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
        impl ::std::convert::TryFrom<TagResponse> for super::TagResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TagResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::TagResponse> for TagResponse {
            fn from(value: super::TagResponse) -> Self {
                Self {
                    key: Ok(value.key),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Volume {
            size: ::std::result::Result<::std::string::String, ::std::string::String>,
            used: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Volume {
            fn default() -> Self {
                Self {
                    size: Err("no value supplied for size".to_string()),
                    used: Err("no value supplied for used".to_string()),
                }
            }
        }
        impl Volume {
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
        impl ::std::convert::TryFrom<Volume> for super::Volume {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Volume,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    size: value.size?,
                    used: value.used?,
                })
            }
        }
        impl ::std::convert::From<super::Volume> for Volume {
            fn from(value: super::Volume) -> Self {
                Self {
                    size: Ok(value.size),
                    used: Ok(value.used),
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
/**Client for Huawei Cloud DDS log APIs

Log APIs of Huawei Cloud Document Database Service (DDS), the managed MongoDB-compatible database: list the audit log files of an instance and obtain short-lived links to download them; list the instances of a project with their nodes, read an instance's audit log policy, and export its slow query logs and error logs to files with download links.
Hand-written from the published API reference ("Obtaining the Audit Log List", "Obtaining Links for Downloading Audit Logs", "Querying Instances and Details", "Querying SQL Audit Policy", "Obtaining Links for Downloading Slow Query Logs", "Obtaining Links for Downloading Error Logs"), from the models of the official SDK 3.1.219, and from what the service and the official SDK put on the wire where the two disagree. Unofficial: not published or endorsed by Huawei.

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
    /**Query instances and details

Lists the DDS instances of the project that match the filters, newest first, with their node groups and nodes: `groups[].nodes[].id` are the node ids the audit log listing and the slow and error log exports take.

Sends a `GET` request to `/v3/{project_id}/instances`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `datastore_type`: Database type; the documented value is `DDS-Community`.
- `id`: ID of the instance to list.
- `limit`: Number of instances to return, 1 to 100 (the default is 100).
- `mode`: Instance type, `Sharding` (cluster), `ReplicaSet` or `Single` (single node).
- `name`: Instance name. A name starting with `*` is a fuzzy match on what follows the `*`; any other name is matched exactly. `*` alone is not accepted.
- `offset`: Index offset, counted from the most recently created instance of the project; 0 (the default) starts from the newest one.
- `subnet_id`: Network ID of the subnet the instances are in.
- `tags`: Tag filter, `{key}={value}` pairs separated by commas (at most 20; an instance must carry all of them). A key may not be empty or repeated; a value may be empty.
- `vpc_id`: ID of the virtual private cloud (VPC) the instances are in.
- `x_language`: Language of the response messages.
```ignore
let response = client.list_instances()
    .project_id(project_id)
    .datastore_type(datastore_type)
    .id(id)
    .limit(limit)
    .mode(mode)
    .name(name)
    .offset(offset)
    .subnet_id(subnet_id)
    .tags(tags)
    .vpc_id(vpc_id)
    .x_language(x_language)
    .send()
    .await;
```*/
    pub fn list_instances(&self) -> builder::ListInstances<'_> {
        builder::ListInstances::new(self)
    }
    /**Query the audit log policy

Returns the audit log policy of a DDS instance: how many days audit logs are kept, and what is audited. `keep_days` is 0 when audit logging is off.

Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/auditlog-policy`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: DDS instance ID, as returned by the instance query API.
- `x_language`: Language of the response messages.
```ignore
let response = client.show_auditlog_policy()
    .project_id(project_id)
    .instance_id(instance_id)
    .x_language(x_language)
    .send()
    .await;
```*/
    pub fn show_auditlog_policy(&self) -> builder::ShowAuditlogPolicy<'_> {
        builder::ShowAuditlogPolicy::new(self)
    }
    /**Obtain links for downloading slow query logs

Exports the slow query logs of the instance's nodes to files and returns their download links. The first call starts the export (`status` `CREATING`, files `EXPORTING`); calling again with the same body returns the links once `status` is `FINISH`. A link is valid for 15 minutes after the file's update time; after that the file is exported again. An empty body exports the logs of every node that has them: the shard nodes of a cluster, every node of a replica set or single node instance.

Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/slowlog-download`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: DDS instance ID, as returned by the instance query API.
- `x_language`: Language of the response messages.
- `body`: The files or nodes to export; both lists are optional.
```ignore
let response = client.download_slowlog()
    .project_id(project_id)
    .instance_id(instance_id)
    .x_language(x_language)
    .body(body)
    .send()
    .await;
```*/
    pub fn download_slowlog(&self) -> builder::DownloadSlowlog<'_> {
        builder::DownloadSlowlog::new(self)
    }
    /**Obtain links for downloading error logs

Exports the error logs of the instance's nodes to files and returns their download links, as `download_slowlog` does for slow query logs: call again until `status` is `FINISH`; a link is valid for 15 minutes after the file's update time. An empty body exports the logs of every node that has them: the mongos, shard and config nodes of a cluster, every node of a replica set or single node instance.

Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/errorlog-download`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: DDS instance ID, as returned by the instance query API.
- `x_language`: Language of the response messages.
- `body`: The files or nodes to export; both lists are optional.
```ignore
let response = client.download_errorlog()
    .project_id(project_id)
    .instance_id(instance_id)
    .x_language(x_language)
    .body(body)
    .send()
    .await;
```*/
    pub fn download_errorlog(&self) -> builder::DownloadErrorlog<'_> {
        builder::DownloadErrorlog::new(self)
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
    /**Builder for [`Client::list_instances`]

[`Client::list_instances`]: super::Client::list_instances*/
    #[derive(Debug, Clone)]
    pub struct ListInstances<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        datastore_type: Result<Option<types::ListInstancesDatastoreType>, String>,
        id: Result<Option<types::ListInstancesId>, String>,
        limit: Result<Option<::huaweicloud_core::bounded::BoundedInt<1, 100>>, String>,
        mode: Result<Option<types::InstanceMode>, String>,
        name: Result<Option<types::ListInstancesName>, String>,
        offset: Result<
            Option<::huaweicloud_core::bounded::BoundedInt<0, 2147483647>>,
            String,
        >,
        subnet_id: Result<Option<types::ListInstancesSubnetId>, String>,
        tags: Result<Option<types::ListInstancesTags>, String>,
        vpc_id: Result<Option<types::ListInstancesVpcId>, String>,
        x_language: Result<Option<types::Language>, String>,
    }
    impl<'a> ListInstances<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: ::huaweicloud_core::client::project_id_for(client.runtime()),
                datastore_type: Ok(None),
                id: Ok(None),
                limit: Ok(None),
                mode: Ok(None),
                name: Ok(None),
                offset: Ok(None),
                subnet_id: Ok(None),
                tags: Ok(None),
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
            V: std::convert::TryInto<types::ListInstancesDatastoreType>,
            <V as std::convert::TryInto<
                types::ListInstancesDatastoreType,
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
            V: std::convert::TryInto<types::ListInstancesId>,
            <V as std::convert::TryInto<
                types::ListInstancesId,
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
        pub fn mode<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InstanceMode>,
            <V as std::convert::TryInto<
                types::InstanceMode,
            >>::Error: ::std::fmt::Display,
        {
            self.mode = value.try_into().map(Some).map_err(|e| format!("mode: {e}"));
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListInstancesName>,
            <V as std::convert::TryInto<
                types::ListInstancesName,
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
        pub fn subnet_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListInstancesSubnetId>,
            <V as std::convert::TryInto<
                types::ListInstancesSubnetId,
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
            V: std::convert::TryInto<types::ListInstancesTags>,
            <V as std::convert::TryInto<
                types::ListInstancesTags,
            >>::Error: ::std::fmt::Display,
        {
            self.tags = value.try_into().map(Some).map_err(|e| format!("tags: {e}"));
            self
        }
        pub fn vpc_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListInstancesVpcId>,
            <V as std::convert::TryInto<
                types::ListInstancesVpcId,
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
            ResponseValue<types::ListInstancesResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                project_id,
                datastore_type,
                id,
                limit,
                mode,
                name,
                offset,
                subnet_id,
                tags,
                vpc_id,
                x_language,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let datastore_type = datastore_type.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let mode = mode.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let subnet_id = subnet_id.map_err(Error::InvalidRequest)?;
            let tags = tags.map_err(Error::InvalidRequest)?;
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
                .query(&progenitor_client::QueryParam::new("mode", &mode))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("subnet_id", &subnet_id))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .query(&progenitor_client::QueryParam::new("vpc_id", &vpc_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_instances",
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
            ResponseValue<types::ListInstancesResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "list_instances")
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
    /**Builder for [`Client::show_auditlog_policy`]

[`Client::show_auditlog_policy`]: super::Client::show_auditlog_policy*/
    #[derive(Debug, Clone)]
    pub struct ShowAuditlogPolicy<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        x_language: Result<Option<types::Language>, String>,
    }
    impl<'a> ShowAuditlogPolicy<'a> {
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
            ResponseValue<types::ShowAuditlogPolicyResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, project_id, instance_id, x_language } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/instances/{}/auditlog-policy", client.baseurl, encode_path(&
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
                operation_id: "show_auditlog_policy",
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
        ///Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/auditlog-policy`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::ShowAuditlogPolicyResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "show_auditlog_policy")
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
    /**Builder for [`Client::download_slowlog`]

[`Client::download_slowlog`]: super::Client::download_slowlog*/
    #[derive(Debug, Clone)]
    pub struct DownloadSlowlog<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        x_language: Result<Option<types::Language>, String>,
        body: Result<types::builder::DownloadSlowlogRequestBody, String>,
    }
    impl<'a> DownloadSlowlog<'a> {
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
            V: std::convert::TryInto<types::DownloadSlowlogRequestBody>,
            <V as std::convert::TryInto<
                types::DownloadSlowlogRequestBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `DownloadSlowlogRequestBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DownloadSlowlogRequestBody,
            ) -> types::builder::DownloadSlowlogRequestBody,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::DownloadSlowlogResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, project_id, instance_id, x_language, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::DownloadSlowlogRequestBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/instances/{}/slowlog-download", client.baseurl, encode_path(&
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
                operation_id: "download_slowlog",
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
        ///Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/slowlog-download`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::DownloadSlowlogResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "download_slowlog")
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
    /**Builder for [`Client::download_errorlog`]

[`Client::download_errorlog`]: super::Client::download_errorlog*/
    #[derive(Debug, Clone)]
    pub struct DownloadErrorlog<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        x_language: Result<Option<types::Language>, String>,
        body: Result<types::builder::DownloadErrorlogRequestBody, String>,
    }
    impl<'a> DownloadErrorlog<'a> {
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
            V: std::convert::TryInto<types::DownloadErrorlogRequestBody>,
            <V as std::convert::TryInto<
                types::DownloadErrorlogRequestBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `DownloadErrorlogRequestBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DownloadErrorlogRequestBody,
            ) -> types::builder::DownloadErrorlogRequestBody,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::DownloadErrorlogResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, project_id, instance_id, x_language, body } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::DownloadErrorlogRequestBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/instances/{}/errorlog-download", client.baseurl, encode_path(&
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
                operation_id: "download_errorlog",
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
        ///Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/errorlog-download`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::DownloadErrorlogResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "download_errorlog")
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
