//! Base URLs of a service, per region, with the official SDK's override variables.
//!
//! Huawei Cloud has no single endpoint pattern (DDS and RDS move to `.myhuaweicloud.eu` in one
//! region, TaurusDB has three host prefixes): each service's endpoints are its spec's
//! `servers`, each a URL template with the regions it serves, which the code generator turns
//! into the crate's [`ServiceMeta`]. A region the spec lists resolves to its host; an unknown
//! region is an error listing the known ones, rather than a guessed host that would fail later
//! with a DNS or TLS error.
//!
//! Like the official SDK, an endpoint can be overridden for any region, known or not, with the
//! environment variable `HUAWEICLOUD_SDK_REGION_{SERVICE}_{REGION}` (upper case, `-` as `_`), e.g.
//! `HUAWEICLOUD_SDK_REGION_DDS_CN_NORTH_4=https://dds.example.internal`, where `{SERVICE}` is one
//! of the service's `env-names` (TaurusDB accepts `TAURUSDB` and, the official SDK's name,
//! `GAUSSDB`; the first listed wins when both are set). As in the official SDK, the value may be
//! a comma-separated list (the first entry is used; failover is not implemented) and a value
//! without a scheme is taken as `https://`.
//!
//! Only the scheme, host and port of an override are kept ([`parse_override`]); `https` is required,
//! except that plain `http` is allowed for loopback hosts (local emulators and test servers).
//!
//! ```
//! use huaweicloud_core::endpoint::resolve;
//! use huaweicloud_core::service::{Endpoint, ServiceMeta};
//!
//! static SERVICE: ServiceMeta = ServiceMeta {
//!     name: "example",
//!     env_names: &["EXAMPLE"],
//!     endpoint_env: None,
//!     default_log_kind: None,
//!     endpoints: &[Endpoint { url: "https://example.{region}.myhuaweicloud.com", regions: &["tr-west-1"] }],
//!     operations: &[],
//! };
//! let no_env = |_: &str| None;
//! let url = resolve(&SERVICE, "tr-west-1", &no_env)?;
//! assert_eq!(url.as_str(), "https://example.tr-west-1.myhuaweicloud.com/");
//!
//! let env = |name: &str| {
//!     (name == "HUAWEICLOUD_SDK_REGION_EXAMPLE_XX_TEST_1").then(|| "http://127.0.0.1:8080/x?y".to_string())
//! };
//! assert_eq!(resolve(&SERVICE, "xx-test-1", &env)?.as_str(), "http://127.0.0.1:8080/");
//! # Ok::<(), huaweicloud_core::endpoint::EndpointError>(())
//! ```

use url::{Host, Url};

use crate::service::ServiceMeta;

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
        variables.join(" or ")
    )]
    UnknownRegion {
        /// The service's name.
        service: &'static str,
        /// The region asked for.
        region: String,
        /// The regions the service knows, sorted.
        known: Vec<&'static str>,
        /// The override variables that would give an endpoint for the region.
        variables: Vec<String>,
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
pub fn override_variables(service: &ServiceMeta, region: &str) -> Vec<String> {
    let region = region.to_ascii_uppercase().replace('-', "_");
    service
        .env_names
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
    service: &ServiceMeta,
    region: &str,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Url, EndpointError> {
    if !valid_region(region) {
        return Err(EndpointError::InvalidRegion {
            region: region.to_owned(),
        });
    }
    let variables = service
        .endpoint_env
        .map(str::to_owned)
        .into_iter()
        .chain(override_variables(service, region));
    for variable in variables {
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
        tracing::debug!(service = service.name, region, %variable, endpoint = %url, "endpoint overridden");
        return Ok(url);
    }
    match service.builtin_url(region) {
        Some(url) => Url::parse(&url).map_err(|_| {
            // Unreachable for a spec's templates and a validated region; reported, not panicked.
            EndpointError::InvalidRegion {
                region: region.to_owned(),
            }
        }),
        None => Err(EndpointError::UnknownRegion {
            service: service.name,
            region: region.to_owned(),
            known: service.known_regions(),
            variables: override_variables(service, region),
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

    use crate::service::tests::EXAMPLE;

    fn host(region: &str) -> String {
        resolve(&EXAMPLE, region, &no_env).unwrap().to_string()
    }

    #[test]
    fn known_regions_resolve_to_their_template() {
        assert_eq!(
            host("cn-north-4"),
            "https://example.cn-north-4.myhuaweicloud.com/"
        );
        assert_eq!(
            host("eu-west-101"),
            "https://example.eu-west-101.myhuaweicloud.eu/"
        );
    }

    #[test]
    fn env_override_by_every_name_the_first_winning() {
        for variable in [
            "HUAWEICLOUD_SDK_REGION_EXAMPLE_CN_NORTH_4",
            "HUAWEICLOUD_SDK_REGION_EXAMPLE_OLD_CN_NORTH_4",
        ] {
            let env = |name: &str| {
                (name == variable).then(|| "https://override.example.com:8443/path?q=1".to_owned())
            };
            assert_eq!(
                resolve(&EXAMPLE, "cn-north-4", &env).unwrap().as_str(),
                "https://override.example.com:8443/",
                "{variable}"
            );
        }
        let env = |name: &str| match name {
            "HUAWEICLOUD_SDK_REGION_EXAMPLE_CN_NORTH_4" => Some("https://t.example".to_owned()),
            "HUAWEICLOUD_SDK_REGION_EXAMPLE_OLD_CN_NORTH_4" => Some("https://g.example".to_owned()),
            _ => None,
        };
        assert_eq!(
            resolve(&EXAMPLE, "cn-north-4", &env).unwrap().as_str(),
            "https://t.example/"
        );
    }

    #[test]
    fn env_override_works_for_unknown_regions_and_lists() {
        let env = |name: &str| {
            (name == "HUAWEICLOUD_SDK_REGION_EXAMPLE_XX_NEW_9")
                .then(|| " https://a.example.com , https://b.example.com".to_owned())
        };
        assert_eq!(
            resolve(&EXAMPLE, "xx-new-9", &env).unwrap().as_str(),
            "https://a.example.com/"
        );
        // An empty override counts as unset.
        let env = |_: &str| Some(String::new());
        assert_eq!(
            host("cn-north-4"),
            resolve(&EXAMPLE, "cn-north-4", &env).unwrap().to_string()
        );
    }

    #[test]
    fn bad_env_override_names_the_variable() {
        let env = |_: &str| Some("http://example.com/secret?token=abc".to_owned());
        let err = resolve(&EXAMPLE, "cn-north-4", &env).unwrap_err();
        let msg = err.to_string();
        assert_eq!(
            msg,
            "invalid endpoint in environment variable HUAWEICLOUD_SDK_REGION_EXAMPLE_CN_NORTH_4: \
             plain http is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost), \
             not `example.com`: use https"
        );
        assert!(!msg.contains("token") && !msg.contains("secret"));
    }

    #[test]
    fn unknown_region_message() {
        let err = resolve(&EXAMPLE, "mars-1", &no_env).unwrap_err();
        assert!(matches!(err, EndpointError::UnknownRegion { .. }));
        assert_eq!(
            err.to_string(),
            "no known example endpoint for region `mars-1` (known regions: ap-southeast-1, \
             cn-north-4, eu-west-101); set HUAWEICLOUD_SDK_REGION_EXAMPLE_MARS_1 or \
             HUAWEICLOUD_SDK_REGION_EXAMPLE_OLD_MARS_1 to override"
        );
    }

    #[test]
    fn malformed_region() {
        for region in ["", "cn north", "a=b", "x\0y"] {
            let err = resolve(&EXAMPLE, region, &no_env).unwrap_err();
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
            parse_override("api.example.com").unwrap().as_str(),
            "https://api.example.com/"
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
