// Generated from specs/iam.yaml by `cargo xtask codegen`; do not modify.
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
    ///Body of the temporary credentials request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreateTemporaryAccessKeyByTokenRequestBody {
        pub auth: TokenAuth,
    }
    impl CreateTemporaryAccessKeyByTokenRequestBody {
        pub fn builder() -> builder::CreateTemporaryAccessKeyByTokenRequestBody {
            Default::default()
        }
    }
    ///The temporary credentials.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CreateTemporaryAccessKeyByTokenResponse {
        pub credential: Credential,
    }
    impl CreateTemporaryAccessKeyByTokenResponse {
        pub fn builder() -> builder::CreateTemporaryAccessKeyByTokenResponse {
            Default::default()
        }
    }
    ///Temporary credentials.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Credential {
        ///The access key (AK).
        pub access: ::std::string::String,
        ///When they expire, `yyyy-mm-ddThh:mm:ss.ffffffZ` (UTC).
        pub expires_at: ::std::string::String,
        pub secret: ::huaweicloud_core::Secret,
        pub securitytoken: ::huaweicloud_core::Secret,
    }
    impl Credential {
        pub fn builder() -> builder::Credential {
            Default::default()
        }
    }
    ///Lifetime of the temporary credentials in seconds, 15 minutes to 24 hours.
    pub type DurationSeconds = ::huaweicloud_core::bounded::BoundedInt<900, 86400>;
    ///Huawei-style error body. IAM's Keystone shape and the other spellings are mapped onto `error_code`/`error_msg` by the client runtime before decoding.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ErrorResponse {
        ///Error code, for example `APIGW.0301` or IAM's HTTP status as text.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::std::string::String>,
        ///Error message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_msg: ::std::option::Option<::std::string::String>,
        ///Request id, sent by the API gateway.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///The token and the lifetime of the credentials.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct IdentityToken {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration_seconds: ::std::option::Option<
            ::huaweicloud_core::bounded::BoundedInt<900, 86400>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::huaweicloud_core::Secret>,
    }
    impl IdentityToken {
        pub fn builder() -> builder::IdentityToken {
            Default::default()
        }
    }
    ///`KeystoneListProjectsDomainId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct KeystoneListProjectsDomainId(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for KeystoneListProjectsDomainId {
        fn schema_name() -> ::std::string::String {
            "KeystoneListProjectsDomainId".to_owned()
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
    impl ::std::ops::Deref for KeystoneListProjectsDomainId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<KeystoneListProjectsDomainId> for ::std::string::String {
        fn from(value: KeystoneListProjectsDomainId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for KeystoneListProjectsDomainId {
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
    impl ::std::convert::TryFrom<&str> for KeystoneListProjectsDomainId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for KeystoneListProjectsDomainId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for KeystoneListProjectsDomainId {
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
    ///`KeystoneListProjectsName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct KeystoneListProjectsName(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for KeystoneListProjectsName {
        fn schema_name() -> ::std::string::String {
            "KeystoneListProjectsName".to_owned()
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
    impl ::std::ops::Deref for KeystoneListProjectsName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<KeystoneListProjectsName> for ::std::string::String {
        fn from(value: KeystoneListProjectsName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for KeystoneListProjectsName {
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
    impl ::std::convert::TryFrom<&str> for KeystoneListProjectsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KeystoneListProjectsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for KeystoneListProjectsName {
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
    ///`KeystoneListProjectsParentId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct KeystoneListProjectsParentId(::std::string::String);
    /// What its `FromStr` checks: typify's derive would describe a plain `String`.
    #[cfg(feature = "schemars")]
    impl ::schemars::JsonSchema for KeystoneListProjectsParentId {
        fn schema_name() -> ::std::string::String {
            "KeystoneListProjectsParentId".to_owned()
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
    impl ::std::ops::Deref for KeystoneListProjectsParentId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<KeystoneListProjectsParentId> for ::std::string::String {
        fn from(value: KeystoneListProjectsParentId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for KeystoneListProjectsParentId {
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
    impl ::std::convert::TryFrom<&str> for KeystoneListProjectsParentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for KeystoneListProjectsParentId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for KeystoneListProjectsParentId {
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
    ///The projects that match, and the links of the listing.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct KeystoneListProjectsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub links: ::std::option::Option<Links>,
        ///The projects.
        pub projects: ::std::vec::Vec<ProjectResult>,
    }
    impl KeystoneListProjectsResponse {
        pub fn builder() -> builder::KeystoneListProjectsResponse {
            Default::default()
        }
    }
    ///Links of a resource or of a listing.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Links {
        ///The next page of a listing.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next: ::std::option::Option<::std::string::String>,
        ///The previous page of a listing.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous: ::std::option::Option<::std::string::String>,
        ///This resource.
        #[serde(rename = "self", skip_serializing_if = "::std::option::Option::is_none")]
        pub self_: ::std::option::Option<::std::string::String>,
    }
    impl Links {
        pub fn builder() -> builder::Links {
            Default::default()
        }
    }
    ///Page number of a paged listing, from 1.
    pub type Page = ::huaweicloud_core::bounded::BoundedInt<1, 2147483647>;
    ///Entries per page of a paged listing, 1 to 5000.
    pub type PerPage = ::huaweicloud_core::bounded::BoundedInt<1, 5000>;
    ///One project.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ProjectResult {
        ///Its description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///ID of the account the project belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub domain_id: ::std::option::Option<::std::string::String>,
        ///Whether it is enabled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///Project ID (32 letters and digits), what the regional services take as `project_id`.
        pub id: ::std::string::String,
        ///Whether it is an account (always `false` here).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_domain: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub links: ::std::option::Option<Links>,
        ///Project name; a region's project is named after the region.
        pub name: ::std::string::String,
        ///ID of its parent (the account, or the region's project for a subproject).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent_id: ::std::option::Option<::std::string::String>,
    }
    impl ProjectResult {
        pub fn builder() -> builder::ProjectResult {
            Default::default()
        }
    }
    ///The secret key (SK) of temporary credentials. A secret.
    pub type SecretKey = ::huaweicloud_core::Secret;
    ///The security token of temporary credentials, sent as `X-Security-Token`. A secret.
    pub type SecurityToken = ::huaweicloud_core::Secret;
    ///A policy that narrows what the temporary credentials may do.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ServicePolicy {
        ///The statements of the policy.
        #[serde(rename = "Statement")]
        pub statement: ::std::vec::Vec<ServiceStatement>,
        ///Policy version, `1.1`.
        #[serde(rename = "Version")]
        pub version: ::std::string::String,
    }
    impl ServicePolicy {
        pub fn builder() -> builder::ServicePolicy {
            Default::default()
        }
    }
    ///One statement of a policy.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ServiceStatement {
        ///The actions it covers (`obs:object:GetObject`).
        #[serde(rename = "Action")]
        pub action: ::std::vec::Vec<::std::string::String>,
        ///Conditions of the statement, by operator and key.
        #[serde(
            rename = "Condition",
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub condition: ::std::collections::HashMap<
            ::std::string::String,
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
        ///Whether it allows or denies them.
        #[serde(rename = "Effect")]
        pub effect: ServiceStatementEffect,
        ///The resources it covers.
        #[serde(
            rename = "Resource",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub resource: ::std::vec::Vec<::std::string::String>,
    }
    impl ServiceStatement {
        pub fn builder() -> builder::ServiceStatement {
            Default::default()
        }
    }
    ///Whether it allows or denies them.
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
    pub enum ServiceStatementEffect {
        Allow,
        Deny,
    }
    impl ::std::fmt::Display for ServiceStatementEffect {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Allow => f.write_str("Allow"),
                Self::Deny => f.write_str("Deny"),
            }
        }
    }
    impl ::std::str::FromStr for ServiceStatementEffect {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Allow" => Ok(Self::Allow),
                "Deny" => Ok(Self::Deny),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ServiceStatementEffect {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ServiceStatementEffect {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An IAM token, when it is not given as `X-Auth-Token` (documented as to be deprecated; the official SDK's federated login sends it here). A secret: its `Debug` shows `***`.
    pub type Token = ::huaweicloud_core::Secret;
    ///How to authenticate.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct TokenAuth {
        pub identity: TokenAuthIdentity,
    }
    impl TokenAuth {
        pub fn builder() -> builder::TokenAuth {
            Default::default()
        }
    }
    ///The identity to make temporary credentials for.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct TokenAuthIdentity {
        ///Authentication methods; `token` only.
        pub methods: [TokenAuthIdentityMethodsItem; 1usize],
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub policy: ::std::option::Option<ServicePolicy>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<IdentityToken>,
    }
    impl TokenAuthIdentity {
        pub fn builder() -> builder::TokenAuthIdentity {
            Default::default()
        }
    }
    ///`TokenAuthIdentityMethodsItem`
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
    pub enum TokenAuthIdentityMethodsItem {
        #[serde(rename = "token")]
        Token,
    }
    impl ::std::fmt::Display for TokenAuthIdentityMethodsItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Token => f.write_str("token"),
            }
        }
    }
    impl ::std::str::FromStr for TokenAuthIdentityMethodsItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "token" => Ok(Self::Token),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TokenAuthIdentityMethodsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TokenAuthIdentityMethodsItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CreateTemporaryAccessKeyByTokenRequestBody {
            auth: ::std::result::Result<super::TokenAuth, ::std::string::String>,
        }
        impl ::std::default::Default for CreateTemporaryAccessKeyByTokenRequestBody {
            fn default() -> Self {
                Self {
                    auth: Err("no value supplied for auth".to_string()),
                }
            }
        }
        impl CreateTemporaryAccessKeyByTokenRequestBody {
            pub fn auth<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenAuth>,
                T::Error: ::std::fmt::Display,
            {
                self.auth = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateTemporaryAccessKeyByTokenRequestBody>
        for super::CreateTemporaryAccessKeyByTokenRequestBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateTemporaryAccessKeyByTokenRequestBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { auth: value.auth? })
            }
        }
        impl ::std::convert::From<super::CreateTemporaryAccessKeyByTokenRequestBody>
        for CreateTemporaryAccessKeyByTokenRequestBody {
            fn from(value: super::CreateTemporaryAccessKeyByTokenRequestBody) -> Self {
                Self { auth: Ok(value.auth) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateTemporaryAccessKeyByTokenResponse {
            credential: ::std::result::Result<super::Credential, ::std::string::String>,
        }
        impl ::std::default::Default for CreateTemporaryAccessKeyByTokenResponse {
            fn default() -> Self {
                Self {
                    credential: Err("no value supplied for credential".to_string()),
                }
            }
        }
        impl CreateTemporaryAccessKeyByTokenResponse {
            pub fn credential<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Credential>,
                T::Error: ::std::fmt::Display,
            {
                self.credential = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for credential: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateTemporaryAccessKeyByTokenResponse>
        for super::CreateTemporaryAccessKeyByTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateTemporaryAccessKeyByTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    credential: value.credential?,
                })
            }
        }
        impl ::std::convert::From<super::CreateTemporaryAccessKeyByTokenResponse>
        for CreateTemporaryAccessKeyByTokenResponse {
            fn from(value: super::CreateTemporaryAccessKeyByTokenResponse) -> Self {
                Self {
                    credential: Ok(value.credential),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Credential {
            access: ::std::result::Result<::std::string::String, ::std::string::String>,
            expires_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            secret: ::std::result::Result<
                ::huaweicloud_core::Secret,
                ::std::string::String,
            >,
            securitytoken: ::std::result::Result<
                ::huaweicloud_core::Secret,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Credential {
            fn default() -> Self {
                Self {
                    access: Err("no value supplied for access".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    secret: Err("no value supplied for secret".to_string()),
                    securitytoken: Err("no value supplied for securitytoken".to_string()),
                }
            }
        }
        impl Credential {
            pub fn access<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.access = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::huaweicloud_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for secret: {e}")
                    });
                self
            }
            pub fn securitytoken<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::huaweicloud_core::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.securitytoken = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for securitytoken: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Credential> for super::Credential {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Credential,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access: value.access?,
                    expires_at: value.expires_at?,
                    secret: value.secret?,
                    securitytoken: value.securitytoken?,
                })
            }
        }
        impl ::std::convert::From<super::Credential> for Credential {
            fn from(value: super::Credential) -> Self {
                Self {
                    access: Ok(value.access),
                    expires_at: Ok(value.expires_at),
                    secret: Ok(value.secret),
                    securitytoken: Ok(value.securitytoken),
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
        pub struct IdentityToken {
            duration_seconds: ::std::result::Result<
                ::std::option::Option<
                    ::huaweicloud_core::bounded::BoundedInt<900, 86400>,
                >,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::huaweicloud_core::Secret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IdentityToken {
            fn default() -> Self {
                Self {
                    duration_seconds: Ok(Default::default()),
                    id: Ok(Default::default()),
                }
            }
        }
        impl IdentityToken {
            pub fn duration_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::huaweicloud_core::bounded::BoundedInt<900, 86400>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.duration_seconds = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for duration_seconds: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::huaweicloud_core::Secret>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<IdentityToken> for super::IdentityToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IdentityToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    duration_seconds: value.duration_seconds?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::IdentityToken> for IdentityToken {
            fn from(value: super::IdentityToken) -> Self {
                Self {
                    duration_seconds: Ok(value.duration_seconds),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct KeystoneListProjectsResponse {
            links: ::std::result::Result<
                ::std::option::Option<super::Links>,
                ::std::string::String,
            >,
            projects: ::std::result::Result<
                ::std::vec::Vec<super::ProjectResult>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for KeystoneListProjectsResponse {
            fn default() -> Self {
                Self {
                    links: Ok(Default::default()),
                    projects: Err("no value supplied for projects".to_string()),
                }
            }
        }
        impl KeystoneListProjectsResponse {
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Links>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn projects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProjectResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.projects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for projects: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<KeystoneListProjectsResponse>
        for super::KeystoneListProjectsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: KeystoneListProjectsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    links: value.links?,
                    projects: value.projects?,
                })
            }
        }
        impl ::std::convert::From<super::KeystoneListProjectsResponse>
        for KeystoneListProjectsResponse {
            fn from(value: super::KeystoneListProjectsResponse) -> Self {
                Self {
                    links: Ok(value.links),
                    projects: Ok(value.projects),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Links {
            next: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            self_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Links {
            fn default() -> Self {
                Self {
                    next: Ok(Default::default()),
                    previous: Ok(Default::default()),
                    self_: Ok(Default::default()),
                }
            }
        }
        impl Links {
            pub fn next<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next: {e}")
                    });
                self
            }
            pub fn previous<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.previous = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for previous: {e}")
                    });
                self
            }
            pub fn self_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.self_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for self_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Links> for super::Links {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Links,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    next: value.next?,
                    previous: value.previous?,
                    self_: value.self_?,
                })
            }
        }
        impl ::std::convert::From<super::Links> for Links {
            fn from(value: super::Links) -> Self {
                Self {
                    next: Ok(value.next),
                    previous: Ok(value.previous),
                    self_: Ok(value.self_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProjectResult {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            is_domain: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::option::Option<super::Links>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            parent_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProjectResult {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    domain_id: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_domain: Ok(Default::default()),
                    links: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    parent_id: Ok(Default::default()),
                }
            }
        }
        impl ProjectResult {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for domain_id: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
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
            pub fn is_domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_domain = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_domain: {e}")
                    });
                self
            }
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Links>>,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
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
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProjectResult> for super::ProjectResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProjectResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    domain_id: value.domain_id?,
                    enabled: value.enabled?,
                    id: value.id?,
                    is_domain: value.is_domain?,
                    links: value.links?,
                    name: value.name?,
                    parent_id: value.parent_id?,
                })
            }
        }
        impl ::std::convert::From<super::ProjectResult> for ProjectResult {
            fn from(value: super::ProjectResult) -> Self {
                Self {
                    description: Ok(value.description),
                    domain_id: Ok(value.domain_id),
                    enabled: Ok(value.enabled),
                    id: Ok(value.id),
                    is_domain: Ok(value.is_domain),
                    links: Ok(value.links),
                    name: Ok(value.name),
                    parent_id: Ok(value.parent_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServicePolicy {
            statement: ::std::result::Result<
                ::std::vec::Vec<super::ServiceStatement>,
                ::std::string::String,
            >,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ServicePolicy {
            fn default() -> Self {
                Self {
                    statement: Err("no value supplied for statement".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl ServicePolicy {
            pub fn statement<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ServiceStatement>>,
                T::Error: ::std::fmt::Display,
            {
                self.statement = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for statement: {e}")
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
        impl ::std::convert::TryFrom<ServicePolicy> for super::ServicePolicy {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServicePolicy,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    statement: value.statement?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::ServicePolicy> for ServicePolicy {
            fn from(value: super::ServicePolicy) -> Self {
                Self {
                    statement: Ok(value.statement),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServiceStatement {
            action: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            condition: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::vec::Vec<::std::string::String>,
                    >,
                >,
                ::std::string::String,
            >,
            effect: ::std::result::Result<
                super::ServiceStatementEffect,
                ::std::string::String,
            >,
            resource: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServiceStatement {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    condition: Ok(Default::default()),
                    effect: Err("no value supplied for effect".to_string()),
                    resource: Ok(Default::default()),
                }
            }
        }
        impl ServiceStatement {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn condition<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::collections::HashMap<
                            ::std::string::String,
                            ::std::vec::Vec<::std::string::String>,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.condition = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for condition: {e}")
                    });
                self
            }
            pub fn effect<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ServiceStatementEffect>,
                T::Error: ::std::fmt::Display,
            {
                self.effect = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for effect: {e}")
                    });
                self
            }
            pub fn resource<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resource: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServiceStatement> for super::ServiceStatement {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServiceStatement,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    condition: value.condition?,
                    effect: value.effect?,
                    resource: value.resource?,
                })
            }
        }
        impl ::std::convert::From<super::ServiceStatement> for ServiceStatement {
            fn from(value: super::ServiceStatement) -> Self {
                Self {
                    action: Ok(value.action),
                    condition: Ok(value.condition),
                    effect: Ok(value.effect),
                    resource: Ok(value.resource),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenAuth {
            identity: ::std::result::Result<
                super::TokenAuthIdentity,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenAuth {
            fn default() -> Self {
                Self {
                    identity: Err("no value supplied for identity".to_string()),
                }
            }
        }
        impl TokenAuth {
            pub fn identity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenAuthIdentity>,
                T::Error: ::std::fmt::Display,
            {
                self.identity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for identity: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenAuth> for super::TokenAuth {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenAuth,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { identity: value.identity? })
            }
        }
        impl ::std::convert::From<super::TokenAuth> for TokenAuth {
            fn from(value: super::TokenAuth) -> Self {
                Self {
                    identity: Ok(value.identity),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenAuthIdentity {
            methods: ::std::result::Result<
                [super::TokenAuthIdentityMethodsItem; 1usize],
                ::std::string::String,
            >,
            policy: ::std::result::Result<
                ::std::option::Option<super::ServicePolicy>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<super::IdentityToken>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenAuthIdentity {
            fn default() -> Self {
                Self {
                    methods: Err("no value supplied for methods".to_string()),
                    policy: Ok(Default::default()),
                    token: Ok(Default::default()),
                }
            }
        }
        impl TokenAuthIdentity {
            pub fn methods<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    [super::TokenAuthIdentityMethodsItem; 1usize],
                >,
                T::Error: ::std::fmt::Display,
            {
                self.methods = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for methods: {e}")
                    });
                self
            }
            pub fn policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ServicePolicy>>,
                T::Error: ::std::fmt::Display,
            {
                self.policy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for policy: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::IdentityToken>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenAuthIdentity> for super::TokenAuthIdentity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenAuthIdentity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    methods: value.methods?,
                    policy: value.policy?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::TokenAuthIdentity> for TokenAuthIdentity {
            fn from(value: super::TokenAuthIdentity) -> Self {
                Self {
                    methods: Ok(value.methods),
                    policy: Ok(value.policy),
                    token: Ok(value.token),
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
/**Client for Huawei Cloud IAM API (projects and temporary credentials)

The two Identity and Access Management operations the other clients need: listing the projects of the account (the project id of a region is the project named after it) and creating temporary credentials (an AK/SK pair with a security token) from an IAM token.
Hand-written from the published API reference ("Querying Project Information Based on the Specified Criteria", "Obtaining a Temporary AK/SK and Security Token Through a Token") and from the official SDK (huaweicloudsdkiam 3.1.219, and huaweicloudsdkcore's own IAM calls). Unofficial: not published or endorsed by Huawei.

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
    /**Query project information based on the specified criteria

Lists the projects of the account that match the criteria. The project of a region is named after the region (`cn-north-4`), so `name={region}` gives the project id the regional services take in their paths; the official SDK asks this when it has a region but no project id, and fails when the answer has no project or more than one.

Sends a `GET` request to `/v3/projects`

Arguments:
- `domain_id`: ID of the account the projects belong to.
- `enabled`: Whether the project is enabled.
- `is_domain`: `false`: projects only (accounts are not listed here).
- `name`: Project name; the project of a region has the region's id as its name.
- `page`: Page number, from 1; to be given with `per_page`.
- `parent_id`: ID of the parent of the projects (for a region's project, the account).
- `per_page`: Projects per page, 1 to 5000; to be given with `page`.
```ignore
let response = client.keystone_list_projects()
    .domain_id(domain_id)
    .enabled(enabled)
    .is_domain(is_domain)
    .name(name)
    .page(page)
    .parent_id(parent_id)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn keystone_list_projects(&self) -> builder::KeystoneListProjects<'_> {
        builder::KeystoneListProjects::new(self)
    }
    /**Obtain a temporary AK/SK and security token through a token

Creates temporary credentials from an IAM token (given as `X-Auth-Token`, or in the body as `token.id`, which the official SDK's federated login uses). They are valid for `duration_seconds`, 15 minutes to 24 hours (default 15 minutes); a request signed with them carries the security token as a signed `X-Security-Token`.

Sends a `POST` request to `/v3.0/OS-CREDENTIAL/securitytokens`

Arguments:
- `body`: The token and the lifetime of the credentials.
```ignore
let response = client.create_temporary_access_key_by_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_temporary_access_key_by_token(
        &self,
    ) -> builder::CreateTemporaryAccessKeyByToken<'_> {
        builder::CreateTemporaryAccessKeyByToken::new(self)
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
    /**Builder for [`Client::keystone_list_projects`]

[`Client::keystone_list_projects`]: super::Client::keystone_list_projects*/
    #[derive(Debug, Clone)]
    pub struct KeystoneListProjects<'a> {
        client: &'a super::Client,
        domain_id: Result<Option<types::KeystoneListProjectsDomainId>, String>,
        enabled: Result<Option<bool>, String>,
        is_domain: Result<Option<bool>, String>,
        name: Result<Option<types::KeystoneListProjectsName>, String>,
        page: Result<
            Option<::huaweicloud_core::bounded::BoundedInt<1, 2147483647>>,
            String,
        >,
        parent_id: Result<Option<types::KeystoneListProjectsParentId>, String>,
        per_page: Result<
            Option<::huaweicloud_core::bounded::BoundedInt<1, 5000>>,
            String,
        >,
    }
    impl<'a> KeystoneListProjects<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain_id: Ok(None),
                enabled: Ok(None),
                is_domain: Ok(None),
                name: Ok(None),
                page: Ok(None),
                parent_id: Ok(None),
                per_page: Ok(None),
            }
        }
        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::KeystoneListProjectsDomainId>,
            <V as std::convert::TryInto<
                types::KeystoneListProjectsDomainId,
            >>::Error: ::std::fmt::Display,
        {
            self.domain_id = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("domain_id: {e}"));
            self
        }
        pub fn enabled<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
            <V as std::convert::TryInto<bool>>::Error: ::std::fmt::Display,
        {
            self.enabled = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("enabled: {e}"));
            self
        }
        pub fn is_domain<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
            <V as std::convert::TryInto<bool>>::Error: ::std::fmt::Display,
        {
            self.is_domain = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("is_domain: {e}"));
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::KeystoneListProjectsName>,
            <V as std::convert::TryInto<
                types::KeystoneListProjectsName,
            >>::Error: ::std::fmt::Display,
        {
            self.name = value.try_into().map(Some).map_err(|e| format!("name: {e}"));
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::huaweicloud_core::bounded::BoundedInt<1, 2147483647>,
            >,
            <V as std::convert::TryInto<
                ::huaweicloud_core::bounded::BoundedInt<1, 2147483647>,
            >>::Error: ::std::fmt::Display,
        {
            self.page = value.try_into().map(Some).map_err(|e| format!("page: {e}"));
            self
        }
        pub fn parent_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::KeystoneListProjectsParentId>,
            <V as std::convert::TryInto<
                types::KeystoneListProjectsParentId,
            >>::Error: ::std::fmt::Display,
        {
            self.parent_id = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("parent_id: {e}"));
            self
        }
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::huaweicloud_core::bounded::BoundedInt<1, 5000>>,
            <V as std::convert::TryInto<
                ::huaweicloud_core::bounded::BoundedInt<1, 5000>,
            >>::Error: ::std::fmt::Display,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("per_page: {e}"));
            self
        }
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::KeystoneListProjectsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                domain_id,
                enabled,
                is_domain,
                name,
                page,
                parent_id,
                per_page,
            } = self;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let enabled = enabled.map_err(Error::InvalidRequest)?;
            let is_domain = is_domain.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let parent_id = parent_id.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/projects", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("domain_id", &domain_id))
                .query(&progenitor_client::QueryParam::new("enabled", &enabled))
                .query(&progenitor_client::QueryParam::new("is_domain", &is_domain))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("parent_id", &parent_id))
                .query(&progenitor_client::QueryParam::new("per_page", &per_page))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "keystone_list_projects",
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
        ///Sends a `GET` request to `/v3/projects`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::KeystoneListProjectsResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e.with_operation(crate::META.name, "keystone_list_projects")
            };
            self.send_raw().await.map_err(|e| op(::huaweicloud_core::Error::from(e)))
        }
    }
    /**Builder for [`Client::create_temporary_access_key_by_token`]

[`Client::create_temporary_access_key_by_token`]: super::Client::create_temporary_access_key_by_token*/
    #[derive(Debug, Clone)]
    pub struct CreateTemporaryAccessKeyByToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateTemporaryAccessKeyByTokenRequestBody, String>,
    }
    impl<'a> CreateTemporaryAccessKeyByToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateTemporaryAccessKeyByTokenRequestBody>,
            <V as std::convert::TryInto<
                types::CreateTemporaryAccessKeyByTokenRequestBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateTemporaryAccessKeyByTokenRequestBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateTemporaryAccessKeyByTokenRequestBody,
            ) -> types::builder::CreateTemporaryAccessKeyByTokenRequestBody,
        {
            self.body = self.body.map(f);
            self
        }
        async fn send_raw(
            self,
        ) -> Result<
            ResponseValue<types::CreateTemporaryAccessKeyByTokenResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateTemporaryAccessKeyByTokenRequestBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3.0/OS-CREDENTIAL/securitytokens", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
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
                operation_id: "create_temporary_access_key_by_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
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
        ///Sends a `POST` request to `/v3.0/OS-CREDENTIAL/securitytokens`
        ///
        /// Any failure is a `huaweicloud_core::Error` naming the service and this
        /// operation.
        pub async fn send(
            self,
        ) -> ::std::result::Result<
            ResponseValue<types::CreateTemporaryAccessKeyByTokenResponse>,
            ::huaweicloud_core::Error,
        > {
            let op = |e: ::huaweicloud_core::Error| {
                e
                    .with_operation(
                        crate::META.name,
                        "create_temporary_access_key_by_token",
                    )
            };
            self.send_raw().await.map_err(|e| op(::huaweicloud_core::Error::from(e)))
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
