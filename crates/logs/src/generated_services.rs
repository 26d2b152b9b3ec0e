// Generated from specs/dds.yaml, specs/rds.yaml and specs/taurusdb.yaml by `cargo xtask codegen`; do not modify.
// Change the specs and regenerate instead.

/// A service whose logs can be archived.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum ServiceKind {
    /// `dds`: Huawei Cloud DDS log APIs; archived by default: its `audit` logs.
    Dds,
    /// `rds`: Huawei Cloud RDS log APIs; archived by default: its `audit` logs.
    Rds,
    /// `taurusdb`: Huawei Cloud TaurusDB log APIs; archived by default: its `ddl` logs.
    Taurusdb,
}
impl ServiceKind {
    /// All services.
    pub const ALL: [ServiceKind; 3] = [Self::Dds, Self::Rds, Self::Taurusdb];
    /// What its service crate says it is: name, endpoints, operations and their limits.
    /// The one place that maps a kind to a crate, with [`ServiceKind::connect`].
    pub fn meta(self) -> &'static ::huaweicloud_core::ServiceMeta {
        match self {
            Self::Dds => &::huaweicloud_dds::META,
            Self::Rds => &::huaweicloud_rds::META,
            Self::Taurusdb => &::huaweicloud_taurusdb::META,
        }
    }
    /// A client of the service, configured by `config`, seen through
    /// [`LogApi`](::huaweicloud_core::LogApi).
    pub fn connect(
        self,
        config: &crate::source::SourceConfig,
    ) -> ::std::result::Result<
        ::std::sync::Arc<dyn ::huaweicloud_core::LogApi>,
        ::huaweicloud_core::Error,
    > {
        ::std::result::Result::Ok(
            match self {
                Self::Dds => {
                    ::std::sync::Arc::new(
                        config.builder::<::huaweicloud_dds::Client>().build()?,
                    )
                }
                Self::Rds => {
                    ::std::sync::Arc::new(
                        config.builder::<::huaweicloud_rds::Client>().build()?,
                    )
                }
                Self::Taurusdb => {
                    ::std::sync::Arc::new(
                        config.builder::<::huaweicloud_taurusdb::Client>().build()?,
                    )
                }
            },
        )
    }
}
