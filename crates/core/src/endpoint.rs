//! Base URLs of the bound services, per region, with the official SDK's override variables.
//!
//! Huawei Cloud has no single endpoint pattern: DDS and RDS follow
//! `https://{service}.{region}.myhuaweicloud.com` except in `eu-west-101` (`.myhuaweicloud.eu`),
//! and TaurusDB (GaussDB for MySQL) is served under three different host prefixes depending on the
//! region. The tables below are the official SDK's, so a region it knows resolves to the same host
//! here, and an unknown region is an error listing the known ones instead of a guessed host that
//! would fail later with a DNS or TLS error.
//!
//! Like the official SDK, an endpoint can be overridden for any region, known or not, with the
//! environment variable `HUAWEICLOUD_SDK_REGION_{SERVICE}_{REGION}` (upper case, `-` as `_`), e.g.
//! `HUAWEICLOUD_SDK_REGION_DDS_CN_NORTH_4=https://dds.example.internal`. For TaurusDB both
//! `TAURUSDB` and `GAUSSDB` (the official SDK's service name) are accepted as `{SERVICE}`;
//! `TAURUSDB`, the more specific, wins when both are set. As in the official SDK, the value may be
//! a comma-separated list (the first entry is used; failover is not implemented) and a value
//! without a scheme is taken as `https://`.
//!
//! Only the scheme, host and port of an override are kept ([`parse_override`]); `https` is required,
//! except that plain `http` is allowed for loopback hosts (local emulators and test servers).
//!
//! ```
//! use huaweicloud_core::endpoint::{resolve, Service};
//!
//! let no_env = |_: &str| None;
//! let url = resolve(Service::TaurusDb, "tr-west-1", &no_env)?;
//! assert_eq!(url.as_str(), "https://gaussdbformysql.tr-west-1.myhuaweicloud.com/");
//!
//! let env = |name: &str| {
//!     (name == "HUAWEICLOUD_SDK_REGION_DDS_XX_TEST_1").then(|| "http://127.0.0.1:8080/x?y".to_string())
//! };
//! assert_eq!(resolve(Service::Dds, "xx-test-1", &env)?.as_str(), "http://127.0.0.1:8080/");
//! # Ok::<(), huaweicloud_core::endpoint::EndpointError>(())
//! ```

use std::fmt;

use url::{Host, Url};

/// Regions of DDS and RDS known to the official SDK.
const DDS_RDS_REGIONS: &[&str] = &[
    "ae-ad-1",
    "af-north-1",
    "af-south-1",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "cn-east-2",
    "cn-east-3",
    "cn-east-4",
    "cn-east-5",
    "cn-north-1",
    "cn-north-2",
    "cn-north-4",
    "cn-north-9",
    "cn-north-11",
    "cn-north-12",
    "cn-south-1",
    "cn-south-2",
    "cn-south-4",
    "cn-southwest-2",
    "cn-southwest-3",
    "eu-west-0",
    "eu-west-101",
    "la-north-2",
    "la-south-2",
    "me-east-1",
    "my-kualalumpur-1",
    "na-mexico-1",
    "ru-moscow-1",
    "ru-northwest-2",
    "sa-brazil-1",
    "tr-west-1",
];

/// DDS and RDS regions whose hosts end in `.myhuaweicloud.eu` instead of `.myhuaweicloud.com`.
const EU_DOMAIN_REGIONS: &[&str] = &["eu-west-101"];

/// TaurusDB regions, by host prefix, as in the official SDK (`huaweicloudsdkgaussdb`).
const TAURUSDB_REGIONS: &[(&str, &[&str])] = &[
    (
        "gaussdb",
        &[
            "cn-north-4",
            "cn-north-2",
            "cn-north-9",
            "cn-southwest-2",
            "cn-east-3",
            "cn-south-1",
            "cn-south-4",
            "ru-northwest-2",
            "ap-southeast-3",
            "ap-southeast-4",
            "sa-brazil-1",
        ],
    ),
    (
        "gaussdbformysql",
        &[
            "tr-west-1",
            "ap-southeast-1",
            "ap-southeast-2",
            "cn-north-11",
            "me-east-1",
        ],
    ),
    (
        "gaussdb-mysql",
        &["af-south-1", "cn-east-5", "la-north-2", "cn-southwest-3"],
    ),
];

/// The services this project binds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Service {
    /// Document Database Service (DDS).
    Dds,
    /// Relational Database Service (RDS).
    Rds,
    /// TaurusDB (GaussDB for MySQL).
    TaurusDb,
}

impl Service {
    /// Every service, in declaration order.
    pub const ALL: [Service; 3] = [Service::Dds, Service::Rds, Service::TaurusDb];

    /// The service's short name: `"dds"`, `"rds"` or `"taurusdb"`.
    pub fn name(self) -> &'static str {
        match self {
            Service::Dds => "dds",
            Service::Rds => "rds",
            Service::TaurusDb => "taurusdb",
        }
    }

    /// The regions with a built-in endpoint, sorted.
    pub fn known_regions(self) -> Vec<&'static str> {
        let mut regions: Vec<&'static str> = match self {
            Service::Dds | Service::Rds => DDS_RDS_REGIONS.to_vec(),
            Service::TaurusDb => TAURUSDB_REGIONS
                .iter()
                .flat_map(|(_, regions)| regions.iter().copied())
                .collect(),
        };
        regions.sort_unstable();
        regions.dedup();
        regions
    }

    /// The `{SERVICE}` parts of the override variables, in order of priority.
    fn env_names(self) -> &'static [&'static str] {
        match self {
            Service::Dds => &["DDS"],
            Service::Rds => &["RDS"],
            Service::TaurusDb => &["TAURUSDB", "GAUSSDB"],
        }
    }

    /// The built-in host for `region`, if the region is known.
    fn builtin_host(self, region: &str) -> Option<String> {
        match self {
            Service::Dds | Service::Rds => {
                if !DDS_RDS_REGIONS.contains(&region) {
                    return None;
                }
                let domain = if EU_DOMAIN_REGIONS.contains(&region) {
                    "myhuaweicloud.eu"
                } else {
                    "myhuaweicloud.com"
                };
                Some(format!("{}.{region}.{domain}", self.name()))
            }
            Service::TaurusDb => TAURUSDB_REGIONS
                .iter()
                .find(|(_, regions)| regions.contains(&region))
                .map(|(prefix, _)| format!("{prefix}.{region}.myhuaweicloud.com")),
        }
    }
}

impl fmt::Display for Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What is wrong with an endpoint override value. Never contains the value's path, query or
/// user information.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OverrideProblem {
    /// The value is empty.
    #[error("the value is empty")]
    Empty,
    /// The value is not a URL (the parser's reason is given).
    #[error("not a valid URL ({0})")]
    NotAUrl(url::ParseError),
    /// The scheme is neither `https` nor `http`.
    #[error("scheme `{0}` is not supported: use https")]
    UnsupportedScheme(String),
    /// Plain `http` with a host that is not a loopback address.
    #[error(
        "plain http is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost), not `{0}`: use https"
    )]
    InsecureHttp(String),
    /// The URL has no host.
    #[error("the URL has no host")]
    NoHost,
}

/// Why no endpoint could be determined.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EndpointError {
    /// The region has no built-in endpoint for the service and no override is set.
    #[error(
        "no known {service} endpoint for region `{region}` (known regions: {}); set {} to override",
        known.join(", "),
        override_variables(*service, region).join(" or ")
    )]
    UnknownRegion {
        /// The service.
        service: Service,
        /// The region asked for.
        region: String,
        /// The regions the service knows, sorted.
        known: Vec<&'static str>,
    },
    /// The region name is empty or has characters other than ASCII letters, digits, `-` and `_`.
    #[error("invalid region name {region:?}: expected ASCII letters, digits, '-' and '_'")]
    InvalidRegion {
        /// The region asked for.
        region: String,
    },
    /// An override given to [`parse_override`] is not acceptable.
    #[error("invalid endpoint override: {0}")]
    InvalidOverride(OverrideProblem),
    /// The value of an override environment variable is not acceptable.
    #[error("invalid endpoint in environment variable {variable}: {problem}")]
    InvalidEnvOverride {
        /// The variable.
        variable: String,
        /// What is wrong with its value.
        problem: OverrideProblem,
    },
}

/// The override variable names for `service` in `region`, in order of priority, e.g.
/// `["HUAWEICLOUD_SDK_REGION_DDS_CN_NORTH_4"]`.
pub fn override_variables(service: Service, region: &str) -> Vec<String> {
    let region = region.to_ascii_uppercase().replace('-', "_");
    service
        .env_names()
        .iter()
        .map(|name| format!("HUAWEICLOUD_SDK_REGION_{name}_{region}"))
        .collect()
}

fn valid_region(region: &str) -> bool {
    !region.is_empty()
        && region
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Resolve the base URL (scheme, host and port; the path is `/`) of `service` in `region`.
///
/// An override variable (see the [module docs](self)) read through `env` wins, for any region
/// name; otherwise the built-in table is used. Empty variables count as unset.
///
/// # Errors
///
/// [`EndpointError::UnknownRegion`] when the region is not in the table and no override is set,
/// [`EndpointError::InvalidEnvOverride`] when an override is set to an unacceptable value,
/// [`EndpointError::InvalidRegion`] when the region name is malformed.
pub fn resolve(
    service: Service,
    region: &str,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Url, EndpointError> {
    if !valid_region(region) {
        return Err(EndpointError::InvalidRegion {
            region: region.to_owned(),
        });
    }
    for variable in override_variables(service, region) {
        let Some(value) = env(&variable).filter(|v| !v.trim().is_empty()) else {
            continue;
        };
        let first = value.split(',').map(str::trim).find(|v| !v.is_empty());
        let url = parse_override(first.unwrap_or_default()).map_err(|err| match err {
            EndpointError::InvalidOverride(problem) => EndpointError::InvalidEnvOverride {
                variable: variable.clone(),
                problem,
            },
            other => other,
        })?;
        tracing::debug!(%service, region, %variable, endpoint = %url, "endpoint overridden");
        return Ok(url);
    }
    match service.builtin_host(region) {
        Some(host) => Url::parse(&format!("https://{host}")).map_err(|_| {
            // Unreachable for the built-in tables and a validated region; reported, not panicked.
            EndpointError::InvalidRegion {
                region: region.to_owned(),
            }
        }),
        None => Err(EndpointError::UnknownRegion {
            service,
            region: region.to_owned(),
            known: service.known_regions(),
        }),
    }
}

/// Validate a user-given endpoint override and keep only its scheme, host and port.
///
/// A value without `://` is taken as `https://{value}` (as the official SDK does). `https` is
/// required; plain `http` is allowed only for loopback hosts (`127.0.0.0/8`, `::1`, `localhost`).
/// User information, path, query and fragment are dropped.
///
/// # Errors
///
/// [`EndpointError::InvalidOverride`] saying what is wrong; the message never repeats the
/// value's path, query or user information.
pub fn parse_override(raw: &str) -> Result<Url, EndpointError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(EndpointError::InvalidOverride(OverrideProblem::Empty));
    }
    let with_scheme;
    let raw = if raw.contains("://") {
        raw
    } else {
        with_scheme = format!("https://{raw}");
        &with_scheme
    };
    let invalid = EndpointError::InvalidOverride;
    let url = Url::parse(raw).map_err(|err| invalid(OverrideProblem::NotAUrl(err)))?;
    let host = url.host().ok_or_else(|| invalid(OverrideProblem::NoHost))?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&host) => {}
        "http" => return Err(invalid(OverrideProblem::InsecureHttp(host.to_string()))),
        other => {
            return Err(invalid(OverrideProblem::UnsupportedScheme(
                other.to_owned(),
            )));
        }
    }
    if url.path() != "/" || url.query().is_some() || !url.username().is_empty() {
        tracing::debug!(
            "endpoint override: only scheme, host and port are used; the rest is dropped"
        );
    }
    let base = match url.port() {
        Some(port) => format!("{}://{host}:{port}", url.scheme()),
        None => format!("{}://{host}", url.scheme()),
    };
    Url::parse(&base).map_err(|err| invalid(OverrideProblem::NotAUrl(err)))
}

fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(domain) => domain.eq_ignore_ascii_case("localhost"),
        Host::Ipv4(ip) => ip.is_loopback(),
        Host::Ipv6(ip) => ip.is_loopback(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    fn host(service: Service, region: &str) -> String {
        resolve(service, region, &no_env).unwrap().to_string()
    }

    #[test]
    fn every_dds_and_rds_region_resolves() {
        for service in [Service::Dds, Service::Rds] {
            assert_eq!(service.known_regions().len(), 34);
            for region in service.known_regions() {
                let domain = if region == "eu-west-101" {
                    "myhuaweicloud.eu"
                } else {
                    "myhuaweicloud.com"
                };
                assert_eq!(
                    host(service, region),
                    format!("https://{}.{region}.{domain}/", service.name())
                );
            }
        }
        assert_eq!(
            host(Service::Dds, "cn-north-4"),
            "https://dds.cn-north-4.myhuaweicloud.com/"
        );
        assert_eq!(
            host(Service::Rds, "eu-west-101"),
            "https://rds.eu-west-101.myhuaweicloud.eu/"
        );
        assert_eq!(
            host(Service::Dds, "eu-west-101"),
            "https://dds.eu-west-101.myhuaweicloud.eu/"
        );
        assert_eq!(
            host(Service::Rds, "my-kualalumpur-1"),
            "https://rds.my-kualalumpur-1.myhuaweicloud.com/"
        );
        assert_eq!(
            host(Service::Dds, "eu-west-0"),
            "https://dds.eu-west-0.myhuaweicloud.com/"
        );
    }

    #[test]
    fn every_taurusdb_region_resolves_to_its_prefix() {
        let mut count = 0;
        for (prefix, regions) in TAURUSDB_REGIONS {
            for region in *regions {
                count += 1;
                assert_eq!(
                    host(Service::TaurusDb, region),
                    format!("https://{prefix}.{region}.myhuaweicloud.com/")
                );
            }
        }
        assert_eq!(count, 20);
        assert_eq!(Service::TaurusDb.known_regions().len(), 20);
        assert_eq!(
            host(Service::TaurusDb, "cn-north-4"),
            "https://gaussdb.cn-north-4.myhuaweicloud.com/"
        );
        assert_eq!(
            host(Service::TaurusDb, "ap-southeast-1"),
            "https://gaussdbformysql.ap-southeast-1.myhuaweicloud.com/"
        );
        assert_eq!(
            host(Service::TaurusDb, "af-south-1"),
            "https://gaussdb-mysql.af-south-1.myhuaweicloud.com/"
        );
        assert_eq!(
            host(Service::TaurusDb, "cn-southwest-3"),
            "https://gaussdb-mysql.cn-southwest-3.myhuaweicloud.com/"
        );
    }

    #[test]
    fn names_and_sorted_known_regions() {
        assert_eq!(Service::Dds.name(), "dds");
        assert_eq!(Service::Rds.to_string(), "rds");
        assert_eq!(Service::TaurusDb.name(), "taurusdb");
        for service in Service::ALL {
            let known = service.known_regions();
            let mut sorted = known.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(known, sorted);
        }
    }

    #[test]
    fn env_override_for_each_service() {
        let cases = [
            (Service::Dds, "HUAWEICLOUD_SDK_REGION_DDS_CN_NORTH_4"),
            (Service::Rds, "HUAWEICLOUD_SDK_REGION_RDS_CN_NORTH_4"),
            (
                Service::TaurusDb,
                "HUAWEICLOUD_SDK_REGION_GAUSSDB_CN_NORTH_4",
            ),
            (
                Service::TaurusDb,
                "HUAWEICLOUD_SDK_REGION_TAURUSDB_CN_NORTH_4",
            ),
        ];
        for (service, variable) in cases {
            let env = |name: &str| {
                (name == variable).then(|| "https://override.example.com:8443/path?q=1".to_owned())
            };
            assert_eq!(
                resolve(service, "cn-north-4", &env).unwrap().as_str(),
                "https://override.example.com:8443/",
                "{variable}"
            );
        }
    }

    #[test]
    fn env_override_works_for_unknown_regions_and_lists() {
        let env = |name: &str| {
            (name == "HUAWEICLOUD_SDK_REGION_RDS_XX_NEW_9")
                .then(|| " https://a.example.com , https://b.example.com".to_owned())
        };
        assert_eq!(
            resolve(Service::Rds, "xx-new-9", &env).unwrap().as_str(),
            "https://a.example.com/"
        );
        // An empty override counts as unset.
        let env = |_: &str| Some(String::new());
        assert_eq!(
            host(Service::Dds, "cn-north-4"),
            resolve(Service::Dds, "cn-north-4", &env)
                .unwrap()
                .to_string()
        );
    }

    #[test]
    fn taurusdb_name_wins_over_gaussdb() {
        let env = |name: &str| match name {
            "HUAWEICLOUD_SDK_REGION_TAURUSDB_CN_NORTH_4" => Some("https://t.example".to_owned()),
            "HUAWEICLOUD_SDK_REGION_GAUSSDB_CN_NORTH_4" => Some("https://g.example".to_owned()),
            _ => None,
        };
        assert_eq!(
            resolve(Service::TaurusDb, "cn-north-4", &env)
                .unwrap()
                .as_str(),
            "https://t.example/"
        );
    }

    #[test]
    fn bad_env_override_names_the_variable() {
        let env = |_: &str| Some("http://example.com/secret?token=abc".to_owned());
        let err = resolve(Service::Dds, "cn-north-4", &env).unwrap_err();
        let msg = err.to_string();
        assert_eq!(
            msg,
            "invalid endpoint in environment variable HUAWEICLOUD_SDK_REGION_DDS_CN_NORTH_4: \
             plain http is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost), \
             not `example.com`: use https"
        );
        assert!(!msg.contains("token") && !msg.contains("secret"));
    }

    #[test]
    fn unknown_region_message() {
        let err = resolve(Service::TaurusDb, "eu-west-101", &no_env).unwrap_err();
        let known = Service::TaurusDb.known_regions().join(", ");
        assert_eq!(
            err.to_string(),
            format!(
                "no known taurusdb endpoint for region `eu-west-101` (known regions: {known}); \
                 set HUAWEICLOUD_SDK_REGION_TAURUSDB_EU_WEST_101 or \
                 HUAWEICLOUD_SDK_REGION_GAUSSDB_EU_WEST_101 to override"
            )
        );
        assert!(known.starts_with("af-south-1, ap-southeast-1, "), "{known}");
        let err = resolve(Service::Dds, "mars-1", &no_env).unwrap_err();
        assert!(matches!(err, EndpointError::UnknownRegion { .. }));
        assert!(err.to_string().contains("ae-ad-1, af-north-1"));
    }

    #[test]
    fn malformed_region() {
        for region in ["", "cn north", "a=b", "x\0y"] {
            let err = resolve(Service::Dds, region, &no_env).unwrap_err();
            assert!(matches!(err, EndpointError::InvalidRegion { .. }), "{err}");
        }
    }

    #[test]
    fn http_only_for_loopback() {
        for ok in [
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://[::1]:9000",
            "http://localhost:3000",
            "http://LOCALHOST",
            "https://example.com",
            "https://10.0.0.1",
        ] {
            assert!(parse_override(ok).is_ok(), "{ok}");
        }
        assert_eq!(
            parse_override("http://[::1]:9000/a").unwrap().as_str(),
            "http://[::1]:9000/"
        );
        for bad in [
            "http://example.com",
            "http://10.0.0.1",
            "http://[::2]",
            "http://localhost.example.com",
            "http://128.0.0.1",
        ] {
            let err = parse_override(bad).unwrap_err();
            assert!(
                matches!(
                    err,
                    EndpointError::InvalidOverride(OverrideProblem::InsecureHttp(_))
                ),
                "{bad}: {err}"
            );
        }
    }

    #[test]
    fn path_query_userinfo_stripped() {
        let url =
            parse_override("https://user:pw@Example.COM:8443/some/path?token=abc#frag").unwrap();
        assert_eq!(url.as_str(), "https://example.com:8443/");
        assert_eq!(
            parse_override("https://example.com:443/x")
                .unwrap()
                .as_str(),
            "https://example.com/"
        );
        assert_eq!(
            parse_override("dds.example.com").unwrap().as_str(),
            "https://dds.example.com/"
        );
        assert_eq!(
            parse_override("localhost:8080").unwrap().as_str(),
            "https://localhost:8080/"
        );
    }

    #[test]
    fn bad_overrides() {
        let cases = [
            ("", "invalid endpoint override: the value is empty"),
            (
                "ftp://example.com",
                "invalid endpoint override: scheme `ftp` is not supported: use https",
            ),
            (
                "https://",
                "invalid endpoint override: not a valid URL (empty host)",
            ),
            (
                "https://example.com:99999/?token=abc",
                "invalid endpoint override: not a valid URL (invalid port number)",
            ),
        ];
        for (raw, expected) in cases {
            assert_eq!(parse_override(raw).unwrap_err().to_string(), expected);
        }
        let msg = parse_override("file:///etc/passwd")
            .unwrap_err()
            .to_string();
        assert!(!msg.contains("passwd"), "{msg}");
    }
}
