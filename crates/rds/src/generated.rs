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
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    ///Automated backup policy.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct BackupStrategyForResponse {
        ///Days backups are kept, 0 to 732 (up to 2562 on request); 0 means automated backups are off.
        pub keep_days: i32,
        ///Backup time window in UTC, `hh:mm-HH:MM`, for example `19:00-20:00`.
        pub start_time: ::std::string::String,
    }
    impl BackupStrategyForResponse {
        pub fn builder() -> builder::BackupStrategyForResponse {
            Default::default()
        }
    }
    ///Billing information.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ChargeInfoResponse {
        ///Billing mode, `prePaid` (yearly/monthly) or `postPaid` (pay-per-use).
        pub charge_mode: ::std::string::String,
    }
    impl ChargeInfoResponse {
        pub fn builder() -> builder::ChargeInfoResponse {
            Default::default()
        }
    }
    ///Database engine and version.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Datastore {
        ///Full database version (MySQL and PostgreSQL only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub complete_version: ::std::option::Option<::std::string::String>,
        ///Database engine, case-insensitive, `MySQL`, `PostgreSQL`, `SQLServer` or `MariaDB`.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        ///Database version, for example `5.7` or `2014_SE`.
        pub version: ::std::string::String,
    }
    impl Datastore {
        pub fn builder() -> builder::Datastore {
            Default::default()
        }
    }
    ///The state of an error log export and its file.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DownloadErrorlogResponse {
        ///Number of download links.
        pub count: i32,
        ///The error log download links.
        pub list: ::std::vec::Vec<ErrorlogDownloadInfo>,
        ///State of the export: `FINISH` (the link is ready), `CREATING` (the file is being generated; call again) or `FAILED` (a log file could not be prepared). The document's example sends it in lower case.
        pub status: ::std::string::String,
    }
    impl DownloadErrorlogResponse {
        pub fn builder() -> builder::DownloadErrorlogResponse {
            Default::default()
        }
    }
    ///The state of a slow query log export and its file.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DownloadSlowlogResponse {
        ///Number of download links.
        pub count: i32,
        ///The slow query log download links.
        pub list: ::std::vec::Vec<SlowlogDownloadInfo>,
        ///State of the export: `FINISH` (the link is ready), `CREATING` (the file is being generated; call again) or `FAILED` (a log file could not be prepared).
        pub status: ::std::string::String,
    }
    impl DownloadSlowlogResponse {
        pub fn builder() -> builder::DownloadSlowlogResponse {
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
    ///One exported error log file (`ErrorlogDownloadInfo` of the SDK). The SDK marks all seven fields required; `file_size`, `file_link` and `update_at` are optional here as in `SlowlogDownloadInfo`, whose document shows a file being exported without them.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ErrorlogDownloadInfo {
        ///When the file was generated, in Unix milliseconds (UTC).
        pub create_at: i64,
        ///Download link.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_link: ::std::option::Option<::std::string::String>,
        ///Name of the generated file.
        pub file_name: ::std::string::String,
        ///File size, as a decimal string. The SDK gives no unit and one copy of the document says bytes; it is taken as KB, as DDS documents it for the same export.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_size: ::std::option::Option<::std::string::String>,
        ///State of the link, `EXPORTING`, `SUCCESS` or `FAILED` (the document's example sends it in lower case).
        pub status: ::std::string::String,
        ///When the file was last updated, in Unix milliseconds (UTC).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub update_at: ::std::option::Option<i64>,
        ///ID of the export task; the task can be queried by it.
        pub workflow_id: ::std::string::String,
    }
    impl ErrorlogDownloadInfo {
        pub fn builder() -> builder::ErrorlogDownloadInfo {
            Default::default()
        }
    }
    ///Primary/standby settings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct HaResponse {
        ///Replication mode of the standby: MySQL `async` or `semisync`, PostgreSQL `async` or `sync`, SQL Server `sync`.
        pub replication_mode: ::std::string::String,
    }
    impl HaResponse {
        pub fn builder() -> builder::HaResponse {
            Default::default()
        }
    }
    ///RDS instance ID.
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
    ///Number of instances in a page, 1 to 100.
    pub type InstanceLimit = ::huaweicloud_core::bounded::BoundedInt<1, 100>;
    ///One instance (`InstanceResponse` of the SDK). The SDK marks `enterprise_project_id` and `charge_info` required too; they are optional here because the document's example leaves them out.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct InstanceResponse {
        ///Remark of the instance.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alias: ::std::option::Option<::std::string::String>,
        ///Whether a DDM instance is associated with it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub associated_with_ddm: ::std::option::Option<bool>,
        pub backup_strategy: BackupStrategyForResponse,
        ///Backup space used, in GB (sent for SQL Server instances only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub backup_used_space: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub charge_info: ::std::option::Option<ChargeInfoResponse>,
        ///Number of vCPUs, for example `1`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cpu: ::std::option::Option<::std::string::String>,
        ///When the instance was created, `yyyy-mm-ddThh:mm:ss+hhmm`; empty while it is being created.
        pub created: ::std::string::String,
        pub datastore: Datastore,
        ///Default user name.
        pub db_user_name: ::std::string::String,
        ///ID of the key that encrypts the disk.
        pub disk_encryption_id: ::std::string::String,
        ///Whether SSL is enabled.
        pub enable_ssl: bool,
        ///Enterprise project ID. Required in the SDK's model; absent from the document's example.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enterprise_project_id: ::std::option::Option<::std::string::String>,
        ///When a yearly/monthly instance expires, `yyyy-mm-ddThh:mm:ss+hhmm`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiration_time: ::std::option::Option<::std::string::String>,
        ///Specification code.
        pub flavor_ref: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ha: ::std::option::Option<HaResponse>,
        ///Instance ID.
        pub id: ::std::string::String,
        ///Maintenance window, in UTC.
        pub maintenance_window: ::std::string::String,
        ///Maximum IOPS of the disk (sent for SQL Server instances only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max_iops: ::std::option::Option<i64>,
        ///Memory size in GB.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mem: ::std::option::Option<::std::string::String>,
        ///Instance name.
        pub name: ::std::string::String,
        ///The nodes of the instance.
        pub nodes: ::std::vec::Vec<NodeResponse>,
        ///Order ID, sent for yearly/monthly instances only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_id: ::std::option::Option<::std::string::String>,
        ///Database port: MySQL 1024 to 65535 (not 12017 or 33071), default 3306; PostgreSQL 2100 to 9500, default 5432; SQL Server 1433 or 2100 to 9500, default 1433.
        pub port: i32,
        ///Private domain names.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub private_dns_names: ::std::vec::Vec<::std::string::String>,
        ///Private IP addresses (an empty string until the server is created).
        pub private_ips: ::std::vec::Vec<::std::string::String>,
        ///Public domain names.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub public_dns_names: ::std::vec::Vec<::std::string::String>,
        ///Public IP addresses.
        pub public_ips: ::std::vec::Vec<::std::string::String>,
        ///Whether the user has set the instance read-only (RDS for MySQL only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub read_only_by_user: ::std::option::Option<bool>,
        ///Region ID.
        pub region: ::std::string::String,
        ///Instances related to this one (its primary, or its read replicas).
        pub related_instance: ::std::vec::Vec<RelatedInstance>,
        ///ID of the security group.
        pub security_group_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub serverless_info: ::std::option::Option<ServerlessInfoResponse>,
        ///Instance status: `BUILD` (being created), `ACTIVE`, `FAILED`, `FROZEN`, `MODIFYING` (scaling up), `REBOOTING`, `RESTORING`, `MODIFYING INSTANCE TYPE` (becoming primary/standby), `SWITCHOVER`, `MIGRATING`, `BACKING UP`, `MODIFYING DATABASE PORT` or `STORAGE FULL`.
        pub status: ::std::string::String,
        ///Disk space used, in GB (sent for SQL Server instances only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub storage_used_space: ::std::option::Option<f64>,
        ///ID of the subnet.
        pub subnet_id: ::std::string::String,
        ///Switchover policy, `reliability` or `availability` (the document's example sends an empty string).
        pub switch_strategy: ::std::string::String,
        ///The instance's tags.
        pub tags: ::std::vec::Vec<TagResponse>,
        ///Time zone.
        pub time_zone: ::std::string::String,
        ///Instance type, `Single`, `Ha` or `Replica`.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        ///When the instance was last updated, in the format of `created`; empty while it is being created.
        pub updated: ::std::string::String,
        pub volume: VolumeForInstanceResponse,
        ///ID of the virtual private cloud (VPC).
        pub vpc_id: ::std::string::String,
    }
    impl InstanceResponse {
        pub fn builder() -> builder::InstanceResponse {
            Default::default()
        }
    }
    ///Instance type, `Single` (single instance), `Ha` (primary/standby) or `Replica` (read replica).
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
    pub enum InstanceType {
        Single,
        Ha,
        Replica,
    }
    impl ::std::fmt::Display for InstanceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Single => f.write_str("Single"),
                Self::Ha => f.write_str("Ha"),
                Self::Replica => f.write_str("Replica"),
            }
        }
    }
    impl ::std::str::FromStr for InstanceType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Single" => Ok(Self::Single),
                "Ha" => Ok(Self::Ha),
                "Replica" => Ok(Self::Replica),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for InstanceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for InstanceType {
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
    ///Number of records in a page, 1 to 50.
    pub type Limit = ::huaweicloud_core::bounded::BoundedInt<1, 50>;
    ///One page of audit log files.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
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
    ///`ListInstancesEpsId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListInstancesEpsId(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListInstancesEpsId {
        fn schema_name() -> ::std::string::String {
            "ListInstancesEpsId".to_owned()
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
    impl ::std::ops::Deref for ListInstancesEpsId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListInstancesEpsId> for ::std::string::String {
        fn from(value: ListInstancesEpsId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListInstancesEpsId {
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
    impl ::std::convert::TryFrom<&str> for ListInstancesEpsId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListInstancesEpsId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListInstancesEpsId {
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
    ///`ListInstancesGroupType`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ListInstancesGroupType(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for ListInstancesGroupType {
        fn schema_name() -> ::std::string::String {
            "ListInstancesGroupType".to_owned()
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
    impl ::std::ops::Deref for ListInstancesGroupType {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListInstancesGroupType> for ::std::string::String {
        fn from(value: ListInstancesGroupType) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListInstancesGroupType {
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
    impl ::std::convert::TryFrom<&str> for ListInstancesGroupType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListInstancesGroupType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListInstancesGroupType {
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
        pub instances: ::std::vec::Vec<InstanceResponse>,
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
    ///One page of slow query log files.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ListSlowLogFileResponse {
        ///The slow query log files of this page.
        pub list: ::std::vec::Vec<SlowLogFile>,
        ///Total number of files.
        pub total_count: i32,
    }
    impl ListSlowLogFileResponse {
        pub fn builder() -> builder::ListSlowLogFileResponse {
            Default::default()
        }
    }
    ///One node of an instance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct NodeResponse {
        ///Availability zone.
        pub availability_zone: ::std::string::String,
        ///Node ID.
        pub id: ::std::string::String,
        ///Node name.
        pub name: ::std::string::String,
        ///Node type, `master` (primary), `slave` (standby) or `readreplica` (read replica).
        pub role: ::std::string::String,
        ///Node status.
        pub status: ::std::string::String,
    }
    impl NodeResponse {
        pub fn builder() -> builder::NodeResponse {
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
    ///An instance related to this one.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct RelatedInstance {
        ///ID of the related instance.
        pub id: ::std::string::String,
        ///What it is to this one, `replica_of` (its primary) or `replica` (a read replica).
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl RelatedInstance {
        pub fn builder() -> builder::RelatedInstance {
            Default::default()
        }
    }
    ///Compute range of a serverless instance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ServerlessInfoResponse {
        ///Highest compute, 0.5 to 8 RCUs.
        pub max_compute_unit: ::std::string::String,
        ///Lowest compute, 0.5 to 8 RCUs.
        pub min_compute_unit: ::std::string::String,
    }
    impl ServerlessInfoResponse {
        pub fn builder() -> builder::ServerlessInfoResponse {
            Default::default()
        }
    }
    ///Body of the link request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ShowAuditlogDownloadLinkRequest {
        pub ids: ::huaweicloud_core::bounded::BoundedVec<1, 50, 1>,
    }
    impl ShowAuditlogDownloadLinkRequest {
        pub fn builder() -> builder::ShowAuditlogDownloadLinkRequest {
            Default::default()
        }
    }
    ///The download links.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ShowAuditlogDownloadLinkResponse {
        ///Audit log download links, one per requested id; each is valid for 5 minutes.
        pub links: ::std::vec::Vec<::std::string::String>,
    }
    impl ShowAuditlogDownloadLinkResponse {
        pub fn builder() -> builder::ShowAuditlogDownloadLinkResponse {
            Default::default()
        }
    }
    ///The audit log policy of an instance.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ShowAuditlogPolicyResponse {
        ///Every operation type that audit logs can record, as JSON text mapping a group (`DCL`, `DDL`, `DML`, ...) to comma-separated types.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub all_audit_log_action: ::std::option::Option<::std::string::String>,
        ///Operation types recorded in audit logs; empty means none is filtered out.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub audit_types: ::std::vec::Vec<::std::string::String>,
        ///Days audit logs are kept, 0 to 732; 0 when SQL audit is off.
        pub keep_days: i32,
    }
    impl ShowAuditlogPolicyResponse {
        pub fn builder() -> builder::ShowAuditlogPolicyResponse {
            Default::default()
        }
    }
    ///One slow query log file.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct SlowLogFile {
        ///File name, what `download_slowlog` takes as `file_name`.
        pub file_name: ::std::string::String,
        ///File size in bytes, as a decimal string.
        pub file_size: ::std::string::String,
    }
    impl SlowLogFile {
        pub fn builder() -> builder::SlowLogFile {
            Default::default()
        }
    }
    ///Number of slow query log files in a page, 1 to 100.
    pub type SlowLogFileLimit = ::huaweicloud_core::bounded::BoundedInt<1, 100>;
    ///One exported slow query log file (`SlowlogDownloadInfo` of the SDK). The SDK marks all seven fields required, but the document's first-step answer has no `file_size`, `file_link` or `update_at`, and its second-step answer no `update_at`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct SlowlogDownloadInfo {
        ///When the file was generated, in Unix milliseconds (UTC).
        pub create_at: i64,
        ///Download link (the document gives it 5 minutes).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_link: ::std::option::Option<::std::string::String>,
        ///Name of the generated file.
        pub file_name: ::std::string::String,
        ///File size, as a decimal string. Neither the SDK nor the document gives the unit; it is taken as KB, as DDS documents it for the same export.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_size: ::std::option::Option<::std::string::String>,
        ///State of the link, `EXPORTING` (being generated), `SUCCESS` or `FAILED`.
        pub status: ::std::string::String,
        ///When the file was last updated, in Unix milliseconds (UTC).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub update_at: ::std::option::Option<i64>,
        ///ID of the export task.
        pub workflow_id: ::std::string::String,
    }
    impl SlowlogDownloadInfo {
        pub fn builder() -> builder::SlowlogDownloadInfo {
            Default::default()
        }
    }
    ///What to export.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct SlowlogDownloadRequest {
        ///Name of the file to export; required for SQL Server (for example `SQLTrace.trc`), left out for the other engines.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_name: ::std::option::Option<SlowlogDownloadRequestFileName>,
    }
    impl SlowlogDownloadRequest {
        pub fn builder() -> builder::SlowlogDownloadRequest {
            Default::default()
        }
    }
    ///Name of the file to export; required for SQL Server (for example `SQLTrace.trc`), left out for the other engines.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SlowlogDownloadRequestFileName(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for SlowlogDownloadRequestFileName {
        fn schema_name() -> ::std::string::String {
            "SlowlogDownloadRequestFileName".to_owned()
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
    impl ::std::ops::Deref for SlowlogDownloadRequestFileName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SlowlogDownloadRequestFileName> for ::std::string::String {
        fn from(value: SlowlogDownloadRequestFileName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SlowlogDownloadRequestFileName {
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
    impl ::std::convert::TryFrom<&str> for SlowlogDownloadRequestFileName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SlowlogDownloadRequestFileName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SlowlogDownloadRequestFileName {
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
    ///The instance's disk.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct VolumeForInstanceResponse {
        ///Disk size in GB.
        pub size: i32,
        ///Disk type, case-sensitive: `COMMON` (SATA), `HIGH` (SAS), `ULTRAHIGH` (SSD), `ULTRAHIGHPRO`, `CLOUDSSD`, `LOCALSSD` or `ESSD`.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl VolumeForInstanceResponse {
        pub fn builder() -> builder::VolumeForInstanceResponse {
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
        pub struct BackupStrategyForResponse {
            keep_days: ::std::result::Result<i32, ::std::string::String>,
            start_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BackupStrategyForResponse {
            fn default() -> Self {
                Self {
                    keep_days: Err("no value supplied for keep_days".to_string()),
                    start_time: Err("no value supplied for start_time".to_string()),
                }
            }
        }
        impl BackupStrategyForResponse {
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
        impl ::std::convert::TryFrom<BackupStrategyForResponse>
        for super::BackupStrategyForResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BackupStrategyForResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    keep_days: value.keep_days?,
                    start_time: value.start_time?,
                })
            }
        }
        impl ::std::convert::From<super::BackupStrategyForResponse>
        for BackupStrategyForResponse {
            fn from(value: super::BackupStrategyForResponse) -> Self {
                Self {
                    keep_days: Ok(value.keep_days),
                    start_time: Ok(value.start_time),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChargeInfoResponse {
            charge_mode: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChargeInfoResponse {
            fn default() -> Self {
                Self {
                    charge_mode: Err("no value supplied for charge_mode".to_string()),
                }
            }
        }
        impl ChargeInfoResponse {
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
        }
        impl ::std::convert::TryFrom<ChargeInfoResponse> for super::ChargeInfoResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChargeInfoResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    charge_mode: value.charge_mode?,
                })
            }
        }
        impl ::std::convert::From<super::ChargeInfoResponse> for ChargeInfoResponse {
            fn from(value: super::ChargeInfoResponse) -> Self {
                Self {
                    charge_mode: Ok(value.charge_mode),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Datastore {
            complete_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Datastore {
            fn default() -> Self {
                Self {
                    complete_version: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl Datastore {
            pub fn complete_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.complete_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for complete_version: {e}"
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
        impl ::std::convert::TryFrom<Datastore> for super::Datastore {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Datastore,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    complete_version: value.complete_version?,
                    type_: value.type_?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::Datastore> for Datastore {
            fn from(value: super::Datastore) -> Self {
                Self {
                    complete_version: Ok(value.complete_version),
                    type_: Ok(value.type_),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DownloadErrorlogResponse {
            count: ::std::result::Result<i32, ::std::string::String>,
            list: ::std::result::Result<
                ::std::vec::Vec<super::ErrorlogDownloadInfo>,
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::ErrorlogDownloadInfo>>,
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
        pub struct DownloadSlowlogResponse {
            count: ::std::result::Result<i32, ::std::string::String>,
            list: ::std::result::Result<
                ::std::vec::Vec<super::SlowlogDownloadInfo>,
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::SlowlogDownloadInfo>>,
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
        pub struct ErrorlogDownloadInfo {
            create_at: ::std::result::Result<i64, ::std::string::String>,
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
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            update_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            workflow_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorlogDownloadInfo {
            fn default() -> Self {
                Self {
                    create_at: Err("no value supplied for create_at".to_string()),
                    file_link: Ok(Default::default()),
                    file_name: Err("no value supplied for file_name".to_string()),
                    file_size: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    update_at: Ok(Default::default()),
                    workflow_id: Err("no value supplied for workflow_id".to_string()),
                }
            }
        }
        impl ErrorlogDownloadInfo {
            pub fn create_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
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
            pub fn workflow_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.workflow_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for workflow_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorlogDownloadInfo>
        for super::ErrorlogDownloadInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorlogDownloadInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_at: value.create_at?,
                    file_link: value.file_link?,
                    file_name: value.file_name?,
                    file_size: value.file_size?,
                    status: value.status?,
                    update_at: value.update_at?,
                    workflow_id: value.workflow_id?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorlogDownloadInfo> for ErrorlogDownloadInfo {
            fn from(value: super::ErrorlogDownloadInfo) -> Self {
                Self {
                    create_at: Ok(value.create_at),
                    file_link: Ok(value.file_link),
                    file_name: Ok(value.file_name),
                    file_size: Ok(value.file_size),
                    status: Ok(value.status),
                    update_at: Ok(value.update_at),
                    workflow_id: Ok(value.workflow_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct HaResponse {
            replication_mode: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for HaResponse {
            fn default() -> Self {
                Self {
                    replication_mode: Err(
                        "no value supplied for replication_mode".to_string(),
                    ),
                }
            }
        }
        impl HaResponse {
            pub fn replication_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.replication_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for replication_mode: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<HaResponse> for super::HaResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: HaResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    replication_mode: value.replication_mode?,
                })
            }
        }
        impl ::std::convert::From<super::HaResponse> for HaResponse {
            fn from(value: super::HaResponse) -> Self {
                Self {
                    replication_mode: Ok(value.replication_mode),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InstanceResponse {
            alias: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            associated_with_ddm: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            backup_strategy: ::std::result::Result<
                super::BackupStrategyForResponse,
                ::std::string::String,
            >,
            backup_used_space: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            charge_info: ::std::result::Result<
                ::std::option::Option<super::ChargeInfoResponse>,
                ::std::string::String,
            >,
            cpu: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created: ::std::result::Result<::std::string::String, ::std::string::String>,
            datastore: ::std::result::Result<super::Datastore, ::std::string::String>,
            db_user_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            disk_encryption_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            enable_ssl: ::std::result::Result<bool, ::std::string::String>,
            enterprise_project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expiration_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            flavor_ref: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            ha: ::std::result::Result<
                ::std::option::Option<super::HaResponse>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            maintenance_window: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            max_iops: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            mem: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            nodes: ::std::result::Result<
                ::std::vec::Vec<super::NodeResponse>,
                ::std::string::String,
            >,
            order_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            port: ::std::result::Result<i32, ::std::string::String>,
            private_dns_names: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            private_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            public_dns_names: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            public_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            read_only_by_user: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            region: ::std::result::Result<::std::string::String, ::std::string::String>,
            related_instance: ::std::result::Result<
                ::std::vec::Vec<super::RelatedInstance>,
                ::std::string::String,
            >,
            security_group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            serverless_info: ::std::result::Result<
                ::std::option::Option<super::ServerlessInfoResponse>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            storage_used_space: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            subnet_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            switch_strategy: ::std::result::Result<
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
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated: ::std::result::Result<::std::string::String, ::std::string::String>,
            volume: ::std::result::Result<
                super::VolumeForInstanceResponse,
                ::std::string::String,
            >,
            vpc_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for InstanceResponse {
            fn default() -> Self {
                Self {
                    alias: Ok(Default::default()),
                    associated_with_ddm: Ok(Default::default()),
                    backup_strategy: Err(
                        "no value supplied for backup_strategy".to_string(),
                    ),
                    backup_used_space: Ok(Default::default()),
                    charge_info: Ok(Default::default()),
                    cpu: Ok(Default::default()),
                    created: Err("no value supplied for created".to_string()),
                    datastore: Err("no value supplied for datastore".to_string()),
                    db_user_name: Err("no value supplied for db_user_name".to_string()),
                    disk_encryption_id: Err(
                        "no value supplied for disk_encryption_id".to_string(),
                    ),
                    enable_ssl: Err("no value supplied for enable_ssl".to_string()),
                    enterprise_project_id: Ok(Default::default()),
                    expiration_time: Ok(Default::default()),
                    flavor_ref: Err("no value supplied for flavor_ref".to_string()),
                    ha: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    maintenance_window: Err(
                        "no value supplied for maintenance_window".to_string(),
                    ),
                    max_iops: Ok(Default::default()),
                    mem: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    nodes: Err("no value supplied for nodes".to_string()),
                    order_id: Ok(Default::default()),
                    port: Err("no value supplied for port".to_string()),
                    private_dns_names: Ok(Default::default()),
                    private_ips: Err("no value supplied for private_ips".to_string()),
                    public_dns_names: Ok(Default::default()),
                    public_ips: Err("no value supplied for public_ips".to_string()),
                    read_only_by_user: Ok(Default::default()),
                    region: Err("no value supplied for region".to_string()),
                    related_instance: Err(
                        "no value supplied for related_instance".to_string(),
                    ),
                    security_group_id: Err(
                        "no value supplied for security_group_id".to_string(),
                    ),
                    serverless_info: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    storage_used_space: Ok(Default::default()),
                    subnet_id: Err("no value supplied for subnet_id".to_string()),
                    switch_strategy: Err(
                        "no value supplied for switch_strategy".to_string(),
                    ),
                    tags: Err("no value supplied for tags".to_string()),
                    time_zone: Err("no value supplied for time_zone".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    updated: Err("no value supplied for updated".to_string()),
                    volume: Err("no value supplied for volume".to_string()),
                    vpc_id: Err("no value supplied for vpc_id".to_string()),
                }
            }
        }
        impl InstanceResponse {
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
            pub fn associated_with_ddm<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.associated_with_ddm = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for associated_with_ddm: {e}"
                        )
                    });
                self
            }
            pub fn backup_strategy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BackupStrategyForResponse>,
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
                    ::std::option::Option<super::ChargeInfoResponse>,
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
            pub fn cpu<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cpu = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cpu: {e}")
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
                T: ::std::convert::TryInto<super::Datastore>,
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
                T: ::std::convert::TryInto<::std::string::String>,
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
            pub fn enable_ssl<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_ssl = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enable_ssl: {e}")
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
            pub fn expiration_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expiration_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expiration_time: {e}"
                        )
                    });
                self
            }
            pub fn flavor_ref<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.flavor_ref = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for flavor_ref: {e}")
                    });
                self
            }
            pub fn ha<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::HaResponse>>,
                T::Error: ::std::fmt::Display,
            {
                self.ha = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ha: {e}"));
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
            pub fn max_iops<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_iops = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_iops: {e}")
                    });
                self
            }
            pub fn mem<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mem = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mem: {e}")
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
            pub fn nodes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::NodeResponse>>,
                T::Error: ::std::fmt::Display,
            {
                self.nodes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nodes: {e}")
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
            pub fn port<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
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
            pub fn public_dns_names<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.public_dns_names = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for public_dns_names: {e}"
                        )
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
            pub fn read_only_by_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.read_only_by_user = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for read_only_by_user: {e}"
                        )
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
            pub fn related_instance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RelatedInstance>>,
                T::Error: ::std::fmt::Display,
            {
                self.related_instance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for related_instance: {e}"
                        )
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
            pub fn serverless_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ServerlessInfoResponse>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.serverless_info = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for serverless_info: {e}"
                        )
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
            pub fn storage_used_space<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.storage_used_space = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for storage_used_space: {e}"
                        )
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
            pub fn switch_strategy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.switch_strategy = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for switch_strategy: {e}"
                        )
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
            pub fn volume<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VolumeForInstanceResponse>,
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
        impl ::std::convert::TryFrom<InstanceResponse> for super::InstanceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InstanceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    alias: value.alias?,
                    associated_with_ddm: value.associated_with_ddm?,
                    backup_strategy: value.backup_strategy?,
                    backup_used_space: value.backup_used_space?,
                    charge_info: value.charge_info?,
                    cpu: value.cpu?,
                    created: value.created?,
                    datastore: value.datastore?,
                    db_user_name: value.db_user_name?,
                    disk_encryption_id: value.disk_encryption_id?,
                    enable_ssl: value.enable_ssl?,
                    enterprise_project_id: value.enterprise_project_id?,
                    expiration_time: value.expiration_time?,
                    flavor_ref: value.flavor_ref?,
                    ha: value.ha?,
                    id: value.id?,
                    maintenance_window: value.maintenance_window?,
                    max_iops: value.max_iops?,
                    mem: value.mem?,
                    name: value.name?,
                    nodes: value.nodes?,
                    order_id: value.order_id?,
                    port: value.port?,
                    private_dns_names: value.private_dns_names?,
                    private_ips: value.private_ips?,
                    public_dns_names: value.public_dns_names?,
                    public_ips: value.public_ips?,
                    read_only_by_user: value.read_only_by_user?,
                    region: value.region?,
                    related_instance: value.related_instance?,
                    security_group_id: value.security_group_id?,
                    serverless_info: value.serverless_info?,
                    status: value.status?,
                    storage_used_space: value.storage_used_space?,
                    subnet_id: value.subnet_id?,
                    switch_strategy: value.switch_strategy?,
                    tags: value.tags?,
                    time_zone: value.time_zone?,
                    type_: value.type_?,
                    updated: value.updated?,
                    volume: value.volume?,
                    vpc_id: value.vpc_id?,
                })
            }
        }
        impl ::std::convert::From<super::InstanceResponse> for InstanceResponse {
            fn from(value: super::InstanceResponse) -> Self {
                Self {
                    alias: Ok(value.alias),
                    associated_with_ddm: Ok(value.associated_with_ddm),
                    backup_strategy: Ok(value.backup_strategy),
                    backup_used_space: Ok(value.backup_used_space),
                    charge_info: Ok(value.charge_info),
                    cpu: Ok(value.cpu),
                    created: Ok(value.created),
                    datastore: Ok(value.datastore),
                    db_user_name: Ok(value.db_user_name),
                    disk_encryption_id: Ok(value.disk_encryption_id),
                    enable_ssl: Ok(value.enable_ssl),
                    enterprise_project_id: Ok(value.enterprise_project_id),
                    expiration_time: Ok(value.expiration_time),
                    flavor_ref: Ok(value.flavor_ref),
                    ha: Ok(value.ha),
                    id: Ok(value.id),
                    maintenance_window: Ok(value.maintenance_window),
                    max_iops: Ok(value.max_iops),
                    mem: Ok(value.mem),
                    name: Ok(value.name),
                    nodes: Ok(value.nodes),
                    order_id: Ok(value.order_id),
                    port: Ok(value.port),
                    private_dns_names: Ok(value.private_dns_names),
                    private_ips: Ok(value.private_ips),
                    public_dns_names: Ok(value.public_dns_names),
                    public_ips: Ok(value.public_ips),
                    read_only_by_user: Ok(value.read_only_by_user),
                    region: Ok(value.region),
                    related_instance: Ok(value.related_instance),
                    security_group_id: Ok(value.security_group_id),
                    serverless_info: Ok(value.serverless_info),
                    status: Ok(value.status),
                    storage_used_space: Ok(value.storage_used_space),
                    subnet_id: Ok(value.subnet_id),
                    switch_strategy: Ok(value.switch_strategy),
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
        pub struct ListInstancesResponse {
            instances: ::std::result::Result<
                ::std::vec::Vec<super::InstanceResponse>,
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
                T: ::std::convert::TryInto<::std::vec::Vec<super::InstanceResponse>>,
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
        pub struct ListSlowLogFileResponse {
            list: ::std::result::Result<
                ::std::vec::Vec<super::SlowLogFile>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<i32, ::std::string::String>,
        }
        impl ::std::default::Default for ListSlowLogFileResponse {
            fn default() -> Self {
                Self {
                    list: Err("no value supplied for list".to_string()),
                    total_count: Err("no value supplied for total_count".to_string()),
                }
            }
        }
        impl ListSlowLogFileResponse {
            pub fn list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SlowLogFile>>,
                T::Error: ::std::fmt::Display,
            {
                self.list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for list: {e}")
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
        impl ::std::convert::TryFrom<ListSlowLogFileResponse>
        for super::ListSlowLogFileResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListSlowLogFileResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    list: value.list?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::ListSlowLogFileResponse>
        for ListSlowLogFileResponse {
            fn from(value: super::ListSlowLogFileResponse) -> Self {
                Self {
                    list: Ok(value.list),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NodeResponse {
            availability_zone: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            role: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for NodeResponse {
            fn default() -> Self {
                Self {
                    availability_zone: Err(
                        "no value supplied for availability_zone".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    role: Err("no value supplied for role".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl NodeResponse {
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
        impl ::std::convert::TryFrom<NodeResponse> for super::NodeResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NodeResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    availability_zone: value.availability_zone?,
                    id: value.id?,
                    name: value.name?,
                    role: value.role?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::NodeResponse> for NodeResponse {
            fn from(value: super::NodeResponse) -> Self {
                Self {
                    availability_zone: Ok(value.availability_zone),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    role: Ok(value.role),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RelatedInstance {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for RelatedInstance {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl RelatedInstance {
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
        impl ::std::convert::TryFrom<RelatedInstance> for super::RelatedInstance {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RelatedInstance,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::RelatedInstance> for RelatedInstance {
            fn from(value: super::RelatedInstance) -> Self {
                Self {
                    id: Ok(value.id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServerlessInfoResponse {
            max_compute_unit: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            min_compute_unit: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServerlessInfoResponse {
            fn default() -> Self {
                Self {
                    max_compute_unit: Err(
                        "no value supplied for max_compute_unit".to_string(),
                    ),
                    min_compute_unit: Err(
                        "no value supplied for min_compute_unit".to_string(),
                    ),
                }
            }
        }
        impl ServerlessInfoResponse {
            pub fn max_compute_unit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.max_compute_unit = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for max_compute_unit: {e}"
                        )
                    });
                self
            }
            pub fn min_compute_unit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.min_compute_unit = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for min_compute_unit: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServerlessInfoResponse>
        for super::ServerlessInfoResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServerlessInfoResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    max_compute_unit: value.max_compute_unit?,
                    min_compute_unit: value.min_compute_unit?,
                })
            }
        }
        impl ::std::convert::From<super::ServerlessInfoResponse>
        for ServerlessInfoResponse {
            fn from(value: super::ServerlessInfoResponse) -> Self {
                Self {
                    max_compute_unit: Ok(value.max_compute_unit),
                    min_compute_unit: Ok(value.min_compute_unit),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShowAuditlogDownloadLinkRequest {
            ids: ::std::result::Result<
                ::huaweicloud_core::bounded::BoundedVec<1, 50, 1>,
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
        #[derive(Clone, Debug)]
        pub struct ShowAuditlogPolicyResponse {
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
        impl ::std::default::Default for ShowAuditlogPolicyResponse {
            fn default() -> Self {
                Self {
                    all_audit_log_action: Ok(Default::default()),
                    audit_types: Ok(Default::default()),
                    keep_days: Err("no value supplied for keep_days".to_string()),
                }
            }
        }
        impl ShowAuditlogPolicyResponse {
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
        impl ::std::convert::TryFrom<ShowAuditlogPolicyResponse>
        for super::ShowAuditlogPolicyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShowAuditlogPolicyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    all_audit_log_action: value.all_audit_log_action?,
                    audit_types: value.audit_types?,
                    keep_days: value.keep_days?,
                })
            }
        }
        impl ::std::convert::From<super::ShowAuditlogPolicyResponse>
        for ShowAuditlogPolicyResponse {
            fn from(value: super::ShowAuditlogPolicyResponse) -> Self {
                Self {
                    all_audit_log_action: Ok(value.all_audit_log_action),
                    audit_types: Ok(value.audit_types),
                    keep_days: Ok(value.keep_days),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SlowLogFile {
            file_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            file_size: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SlowLogFile {
            fn default() -> Self {
                Self {
                    file_name: Err("no value supplied for file_name".to_string()),
                    file_size: Err("no value supplied for file_size".to_string()),
                }
            }
        }
        impl SlowLogFile {
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
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.file_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_size: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SlowLogFile> for super::SlowLogFile {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SlowLogFile,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    file_name: value.file_name?,
                    file_size: value.file_size?,
                })
            }
        }
        impl ::std::convert::From<super::SlowLogFile> for SlowLogFile {
            fn from(value: super::SlowLogFile) -> Self {
                Self {
                    file_name: Ok(value.file_name),
                    file_size: Ok(value.file_size),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SlowlogDownloadInfo {
            create_at: ::std::result::Result<i64, ::std::string::String>,
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
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            update_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            workflow_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SlowlogDownloadInfo {
            fn default() -> Self {
                Self {
                    create_at: Err("no value supplied for create_at".to_string()),
                    file_link: Ok(Default::default()),
                    file_name: Err("no value supplied for file_name".to_string()),
                    file_size: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    update_at: Ok(Default::default()),
                    workflow_id: Err("no value supplied for workflow_id".to_string()),
                }
            }
        }
        impl SlowlogDownloadInfo {
            pub fn create_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
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
            pub fn workflow_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.workflow_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for workflow_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SlowlogDownloadInfo>
        for super::SlowlogDownloadInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SlowlogDownloadInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_at: value.create_at?,
                    file_link: value.file_link?,
                    file_name: value.file_name?,
                    file_size: value.file_size?,
                    status: value.status?,
                    update_at: value.update_at?,
                    workflow_id: value.workflow_id?,
                })
            }
        }
        impl ::std::convert::From<super::SlowlogDownloadInfo> for SlowlogDownloadInfo {
            fn from(value: super::SlowlogDownloadInfo) -> Self {
                Self {
                    create_at: Ok(value.create_at),
                    file_link: Ok(value.file_link),
                    file_name: Ok(value.file_name),
                    file_size: Ok(value.file_size),
                    status: Ok(value.status),
                    update_at: Ok(value.update_at),
                    workflow_id: Ok(value.workflow_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SlowlogDownloadRequest {
            file_name: ::std::result::Result<
                ::std::option::Option<super::SlowlogDownloadRequestFileName>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SlowlogDownloadRequest {
            fn default() -> Self {
                Self {
                    file_name: Ok(Default::default()),
                }
            }
        }
        impl SlowlogDownloadRequest {
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SlowlogDownloadRequestFileName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SlowlogDownloadRequest>
        for super::SlowlogDownloadRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SlowlogDownloadRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    file_name: value.file_name?,
                })
            }
        }
        impl ::std::convert::From<super::SlowlogDownloadRequest>
        for SlowlogDownloadRequest {
            fn from(value: super::SlowlogDownloadRequest) -> Self {
                Self {
                    file_name: Ok(value.file_name),
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
        pub struct VolumeForInstanceResponse {
            size: ::std::result::Result<i32, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for VolumeForInstanceResponse {
            fn default() -> Self {
                Self {
                    size: Err("no value supplied for size".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl VolumeForInstanceResponse {
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
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
        impl ::std::convert::TryFrom<VolumeForInstanceResponse>
        for super::VolumeForInstanceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VolumeForInstanceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    size: value.size?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::VolumeForInstanceResponse>
        for VolumeForInstanceResponse {
            fn from(value: super::VolumeForInstanceResponse) -> Self {
                Self {
                    size: Ok(value.size),
                    type_: Ok(value.type_),
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
/**Client for Huawei Cloud RDS log APIs

Log APIs of Huawei Cloud Relational Database Service (RDS), the managed MySQL, PostgreSQL and SQL Server service: list the audit log files of an instance and generate short-lived links to download them; list the instances of a project, read an instance's audit log policy, list its slow query log files (SQL Server), and export its slow query logs and error logs to files with download links.
Hand-written from the published API reference ("Obtaining Audit Logs", the Chinese page "生成审计日志下载链接", Generating Audit Log Download Links, "Querying DB Instances", "Querying the Policy for SQL Audit Logs", "Querying Slow Query Log Files (SQL Server)", "Obtaining Links for Downloading Slow Query Logs", "Obtaining Links for Downloading Error Logs"), from the models of the official SDK 3.1.219, and from what the service really sends where it differs from the documents. Unofficial: not published or endorsed by Huawei.

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
    /**Query DB instances

Lists the RDS instances of the project that match the filters. `datastore.type` tells the engine of each, which decides the log APIs it has (slow query log files are listed for SQL Server only).

Sends a `GET` request to `/v3/{project_id}/instances`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `datastore_type`: Database engine, case-sensitive; the documented values are `MySQL`, `PostgreSQL`, `SQLServer` and `MariaDB`.
- `eps_id`: Enterprise project ID.
- `group_type`: `flexus` to list FlexusRDS instances; left out otherwise.
- `id`: Instance ID. An ID starting with `*` is a fuzzy match on what follows the `*`; any other ID is matched exactly. `*` alone is not accepted.
- `limit`: Number of instances to return, 1 to 100 (the default is 100).
- `name`: Instance name. A name starting with `*` is a fuzzy match on what follows the `*`; any other name is matched exactly. `*` alone is not accepted.
- `offset`: Index offset; the query skips this many records. 0 (the default) starts from the first one.
- `subnet_id`: ID of the subnet the instances are in.
- `tags`: Tag filter, `{key}={value}` pairs separated by commas (at most 10; an instance must carry all of them). A key is at most 127 characters and may not be empty or repeated; a value is at most 255 characters and, left empty, matches any value. Neither may contain `+/?#&=,%`.
- `type_`: Instance type, `Single` (single instance), `Ha` (primary/standby) or `Replica` (read replica).
- `vpc_id`: ID of the virtual private cloud (VPC) the instances are in.
- `x_language`: Language of the response messages.
```ignore
let response = client.list_instances()
    .project_id(project_id)
    .datastore_type(datastore_type)
    .eps_id(eps_id)
    .group_type(group_type)
    .id(id)
    .limit(limit)
    .name(name)
    .offset(offset)
    .subnet_id(subnet_id)
    .tags(tags)
    .type_(type_)
    .vpc_id(vpc_id)
    .x_language(x_language)
    .send()
    .await;
```*/
    pub fn list_instances(&self) -> builder::ListInstances<'_> {
        builder::ListInstances::new(self)
    }
    /**Query the policy for SQL audit logs

Returns the audit log policy of an RDS instance: how many days audit logs are kept, and which operations are audited. `keep_days` is 0 when SQL audit is off.

Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/auditlog-policy`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: ID of the RDS instance to query.
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
    /**Query slow query log files

Lists the slow query log files of an RDS for SQL Server instance (the API is for SQL Server only). A file name is what `download_slowlog` takes as `file_name`.

Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/slowlog-files`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: ID of the RDS instance to query.
- `limit`: Number of files to return, 1 to 100 (the default is 10).
- `offset`: Index offset; the query skips this many records. 0 (the default) starts from the first one.
- `x_language`: Language of the response messages.
```ignore
let response = client.list_slow_log_file()
    .project_id(project_id)
    .instance_id(instance_id)
    .limit(limit)
    .offset(offset)
    .x_language(x_language)
    .send()
    .await;
```*/
    pub fn list_slow_log_file(&self) -> builder::ListSlowLogFile<'_> {
        builder::ListSlowLogFile::new(self)
    }
    /**Obtain links for downloading slow query logs

Exports the slow query logs of the instance (those of its primary node) to a file and returns its download link, in two steps: the first call starts the export (`status` `CREATING`, the file `EXPORTING`), and the same call repeated returns the link once `status` is `FINISH`. MySQL and PostgreSQL take an empty body; SQL Server needs `file_name`, one of the names `list_slow_log_file` gives.

Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/slowlog-download`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: ID of the RDS instance to query.
- `x_language`: Language of the response messages.
- `body`: The file to export (SQL Server only).
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

Exports the error logs of the instance to a file and returns its download link: call again until `status` is `FINISH` (or query the task by the `workflow_id` of the first answer, then call again). Only for an instance that is working properly. The official SDK sends no request body.

Sends a `POST` request to `/v3/{project_id}/instances/{instance_id}/errorlog-download`

Arguments:
- `project_id`: Project ID of the tenant in the region (32 letters and digits).
- `instance_id`: ID of the RDS instance to query.
- `x_language`: Language of the response messages.
```ignore
let response = client.download_errorlog()
    .project_id(project_id)
    .instance_id(instance_id)
    .x_language(x_language)
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
    /**Builder for [`Client::list_instances`]

[`Client::list_instances`]: super::Client::list_instances*/
    #[derive(Debug, Clone)]
    pub struct ListInstances<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        datastore_type: Result<Option<types::ListInstancesDatastoreType>, String>,
        eps_id: Result<Option<types::ListInstancesEpsId>, String>,
        group_type: Result<Option<types::ListInstancesGroupType>, String>,
        id: Result<Option<types::ListInstancesId>, String>,
        limit: Result<Option<::huaweicloud_core::bounded::BoundedInt<1, 100>>, String>,
        name: Result<Option<types::ListInstancesName>, String>,
        offset: Result<
            Option<::huaweicloud_core::bounded::BoundedInt<0, 2147483647>>,
            String,
        >,
        subnet_id: Result<Option<types::ListInstancesSubnetId>, String>,
        tags: Result<Option<types::ListInstancesTags>, String>,
        type_: Result<Option<types::InstanceType>, String>,
        vpc_id: Result<Option<types::ListInstancesVpcId>, String>,
        x_language: Result<Option<types::Language>, String>,
    }
    impl<'a> ListInstances<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: ::huaweicloud_core::client::project_id_for(client.runtime()),
                datastore_type: Ok(None),
                eps_id: Ok(None),
                group_type: Ok(None),
                id: Ok(None),
                limit: Ok(None),
                name: Ok(None),
                offset: Ok(None),
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
        pub fn eps_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListInstancesEpsId>,
            <V as std::convert::TryInto<
                types::ListInstancesEpsId,
            >>::Error: ::std::fmt::Display,
        {
            self.eps_id = value.try_into().map(Some).map_err(|e| format!("eps_id: {e}"));
            self
        }
        pub fn group_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListInstancesGroupType>,
            <V as std::convert::TryInto<
                types::ListInstancesGroupType,
            >>::Error: ::std::fmt::Display,
        {
            self.group_type = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("group_type: {e}"));
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
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InstanceType>,
            <V as std::convert::TryInto<
                types::InstanceType,
            >>::Error: ::std::fmt::Display,
        {
            self.type_ = value.try_into().map(Some).map_err(|e| format!("type_: {e}"));
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
                eps_id,
                group_type,
                id,
                limit,
                name,
                offset,
                subnet_id,
                tags,
                type_,
                vpc_id,
                x_language,
            } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let datastore_type = datastore_type.map_err(Error::InvalidRequest)?;
            let eps_id = eps_id.map_err(Error::InvalidRequest)?;
            let group_type = group_type.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
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
                .query(&progenitor_client::QueryParam::new("eps_id", &eps_id))
                .query(&progenitor_client::QueryParam::new("group_type", &group_type))
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("subnet_id", &subnet_id))
                .query(&progenitor_client::QueryParam::new("tags", &tags))
                .query(&progenitor_client::QueryParam::new("type", &type_))
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
    /**Builder for [`Client::list_slow_log_file`]

[`Client::list_slow_log_file`]: super::Client::list_slow_log_file*/
    #[derive(Debug, Clone)]
    pub struct ListSlowLogFile<'a> {
        client: &'a super::Client,
        project_id: Result<types::ProjectId, String>,
        instance_id: Result<types::InstanceId, String>,
        limit: Result<Option<::huaweicloud_core::bounded::BoundedInt<1, 100>>, String>,
        offset: Result<
            Option<::huaweicloud_core::bounded::BoundedInt<0, 2147483647>>,
            String,
        >,
        x_language: Result<Option<types::Language>, String>,
    }
    impl<'a> ListSlowLogFile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                project_id: ::huaweicloud_core::client::project_id_for(client.runtime()),
                instance_id: Err("instance_id was not initialized".to_string()),
                limit: Ok(None),
                offset: Ok(None),
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
            ResponseValue<types::ListSlowLogFileResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, project_id, instance_id, limit, offset, x_language } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v3/{}/instances/{}/slowlog-files", client.baseurl, encode_path(&
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
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_slow_log_file",
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
        ///Sends a `GET` request to `/v3/{project_id}/instances/{instance_id}/slowlog-files`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            mut self,
        ) -> ::std::result::Result<
            ResponseValue<types::ListSlowLogFileResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "list_slow_log_file")
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
        body: Result<types::builder::SlowlogDownloadRequest, String>,
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
            V: std::convert::TryInto<types::SlowlogDownloadRequest>,
            <V as std::convert::TryInto<
                types::SlowlogDownloadRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SlowlogDownloadRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SlowlogDownloadRequest,
            ) -> types::builder::SlowlogDownloadRequest,
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
                    types::SlowlogDownloadRequest::try_from(v).map_err(|e| e.to_string())
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
    }
    impl<'a> DownloadErrorlog<'a> {
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
            ResponseValue<types::DownloadErrorlogResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, project_id, instance_id, x_language } = self;
            let project_id = project_id.map_err(Error::InvalidRequest)?;
            let instance_id = instance_id.map_err(Error::InvalidRequest)?;
            let x_language = x_language.map_err(Error::InvalidRequest)?;
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
