//! Building a service client: region or endpoint, project id, credentials, retries and
//! timeouts, the same way for every service.
//!
//! Timeouts of an API call: [`connect_timeout`](ClientBuilder::connect_timeout) to open a
//! connection, [`read_timeout`](ClientBuilder::read_timeout) between two reads, and
//! [`attempt_timeout`](ClientBuilder::attempt_timeout), a deadline for each whole attempt
//! (connecting, sending, and reading the entire response). A timed-out attempt is retried
//! within the [`RetryPolicy`]; a call lasts at most `max_elapsed + attempt_timeout` (see the
//! [`Runtime`] docs for the exact rule). API calls follow no redirect.
//!
//! Each service crate calls [`service_client!`](crate::service_client), which gives its
//! generated `Client` a `builder()` returning [`ClientBuilder`] and a `from_env()`.

use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use crate::credentials::{
    Credentials, CredentialsChain, CredentialsError, CredentialsProvider, EcsMetadata,
    RefreshingCredentials,
};
use crate::endpoint;
use crate::error::{Error, ErrorKind};
use crate::project::{DiscoverProject, Discovery};
use crate::runtime::{RetryPolicy, Runtime};
use crate::service::ServiceMeta;

/// The environment variable naming the region for [`ClientBuilder::from_env`].
pub const ENV_REGION: &str = "HUAWEICLOUD_SDK_REGION";
/// The environment variable naming the IAM endpoint that finds project ids (official SDK name).
pub const ENV_IAM_ENDPOINT: &str = "HUAWEICLOUD_SDK_IAM_ENDPOINT";

/// Default time allowed to open a connection (TCP and TLS).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default time allowed between two reads of a response.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(60);
/// Default deadline of each attempt of an API call, from connecting to the last byte of the
/// response body. API answers are small JSON documents; log files are downloaded from their
/// presigned links by other code, which this deadline does not touch.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);

/// A generated client that can be assembled from its parts (implemented by
/// [`service_client!`](crate::service_client)).
pub trait ServiceClient: Sized {
    /// The service of this client, as its spec describes it.
    const META: &'static ServiceMeta;
    /// How it finds its project id when none is given (IAM's, for a project-scoped service).
    const PROJECT_DISCOVERY: Option<&'static dyn DiscoverProject>;
    /// Assemble the client.
    fn from_parts(base_url: &str, http: reqwest::Client, runtime: Runtime) -> Self;
}

type EnvLookup = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// Builder of a service client; see the crate docs of `huaweicloud-dds` for an example.
pub struct ClientBuilder<C> {
    region: Option<String>,
    endpoint: Option<String>,
    project_id: Option<String>,
    credentials: Option<Credentials>,
    anonymous: bool,
    use_chain: bool,
    profile_file: Option<std::path::PathBuf>,
    env: EnvLookup,
    retry: RetryPolicy,
    connect_timeout: Duration,
    read_timeout: Duration,
    attempt_timeout: Duration,
    http: Option<reqwest::Client>,
    project_discovery: Option<&'static dyn DiscoverProject>,
    iam_endpoint: Option<String>,
    _client: PhantomData<fn() -> C>,
}

impl<C> std::fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("region", &self.region)
            .field("endpoint", &self.endpoint)
            .field("project_id", &self.project_id)
            .field("credentials", &self.credentials)
            .field("anonymous", &self.anonymous)
            .field("use_chain", &self.use_chain)
            .field("retry", &self.retry)
            .field("connect_timeout", &self.connect_timeout)
            .field("read_timeout", &self.read_timeout)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("iam_endpoint", &self.iam_endpoint)
            .finish_non_exhaustive()
    }
}

impl<C: ServiceClient> Default for ClientBuilder<C> {
    fn default() -> Self {
        Self::new()
    }
}

impl<C: ServiceClient> ClientBuilder<C> {
    /// A builder with no region, no credentials, default retries and timeouts.
    pub fn new() -> Self {
        Self {
            region: None,
            endpoint: None,
            project_id: None,
            credentials: None,
            anonymous: false,
            use_chain: false,
            profile_file: None,
            env: Arc::new(|name| std::env::var(name).ok()),
            retry: RetryPolicy::default(),
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            read_timeout: DEFAULT_READ_TIMEOUT,
            attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
            http: None,
            project_discovery: C::PROJECT_DISCOVERY,
            iam_endpoint: None,
            _client: PhantomData,
        }
    }

    /// The region (`cn-north-4`); gives the endpoint unless [`endpoint`](Self::endpoint) is set.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// An explicit endpoint (`https://host[:port]`); only scheme, host and port are used.
    /// Plain `http://` is accepted for loopback hosts only (a local emulator).
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// The project id (32 letters and digits) that requests are made for.
    pub fn project_id(mut self, project_id: impl Into<String>) -> Self {
        self.project_id = Some(project_id.into());
        self
    }

    /// Explicit credentials; they win over the environment and the profile file.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Find the project id through `discoverer` when none is given (see
    /// [`project`](crate::project)). The generated crates of project-scoped services set
    /// IAM's.
    pub fn project_discovery(mut self, discoverer: &'static dyn DiscoverProject) -> Self {
        self.project_discovery = Some(discoverer);
        self
    }

    /// The IAM endpoint that finds the project id. Without it, as the official SDK: the
    /// `iam_endpoint` of the profile file the credentials came from, else
    /// `HUAWEICLOUD_SDK_IAM_ENDPOINT`, else IAM's endpoint of the region (the global one for a
    /// region IAM's spec does not list).
    pub fn iam_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.iam_endpoint = Some(endpoint.into());
        self
    }

    /// Send requests with no credentials at all, unsigned (an endpoint that needs none, a test).
    /// Without it, [`build`](Self::build) refuses a client that has no credentials.
    pub fn anonymous(mut self) -> Self {
        self.anonymous = true;
        self
    }

    /// Look for what is not set explicitly in the environment and the profile file, with the
    /// official SDK's names: `HUAWEICLOUD_SDK_AK`, `HUAWEICLOUD_SDK_SK`,
    /// `HUAWEICLOUD_SDK_SECURITY_TOKEN`, `HUAWEICLOUD_SDK_AUTH_TOKEN` (ours: an IAM token),
    /// `HUAWEICLOUD_SDK_PROJECT_ID`, `HUAWEICLOUD_SDK_REGION`, then `~/.huaweicloud/credentials`
    /// (or `HUAWEICLOUD_SDK_CREDENTIALS_FILE`), section `[basic]`.
    pub fn from_env(mut self) -> Self {
        self.use_chain = true;
        self
    }

    /// Read environment variables through `lookup` instead of the process environment (tests).
    pub fn env_lookup(
        mut self,
        lookup: impl Fn(&str) -> Option<String> + Send + Sync + 'static,
    ) -> Self {
        self.env = Arc::new(lookup);
        self
    }

    /// The profile file to read with [`from_env`](Self::from_env), instead of the default path.
    pub fn profile_file(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.profile_file = Some(path.into());
        self
    }

    /// How failed attempts are retried (on by default; [`RetryPolicy::disabled`] turns it off).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Time allowed to open a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Time allowed between two reads of a response (default 60 s): waiting for the headers,
    /// then between two pieces of the body. A body that keeps trickling in never hits it; the
    /// [`attempt_timeout`](Self::attempt_timeout) bounds that.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = timeout;
        self
    }

    /// Deadline of each attempt of an API call (default 30 s): connecting, sending the
    /// request and reading the whole response, body included, must fit in it. A timed-out
    /// attempt is retried like a connection failure, within the [`RetryPolicy`]; when none is
    /// left, the error is [`ErrorKind::Timeout`]. It is set on every request by the runtime, so
    /// it also holds with a client given to [`http_client`](Self::http_client).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = timeout;
        self
    }

    /// Use this HTTP client: its own connect and read timeouts and its redirect policy apply
    /// instead of the builder's (the attempt deadline and retries still apply). Build it with
    /// `reqwest::redirect::Policy::none()`, as
    /// [`client::http_client`](fn@crate::client::http_client) does: a client that follows
    /// redirects sends the credential headers (`X-Auth-Token`, `X-Security-Token`,
    /// `X-Project-Id`) on to wherever a 3xx points.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Check everything and build the client: a region or endpoint, credentials (unless
    /// [`anonymous`](Self::anonymous)) that can be sent and signed, a well-formed project id.
    /// Errors are [`ErrorKind::Configuration`] (or [`ErrorKind::InvalidInput`] for a malformed
    /// project id) and name what is wrong and where it was looked for.
    pub fn build(self) -> Result<C, Error> {
        let service = C::META;
        let env = Arc::clone(&self.env);
        let mut chain_iam_endpoint = None;
        let (credentials, chain_project): (Option<CredentialsProvider>, _) = if self.use_chain {
            let lookup = Arc::clone(&env);
            let mut chain = CredentialsChain::new().with_env(move |name| lookup(name));
            if let Some(c) = self.credentials {
                chain = chain.with_explicit(c);
            }
            if let Some(path) = self.profile_file {
                chain = chain.with_profile_file(path);
            }
            match chain.resolve() {
                Ok(resolved) => {
                    chain_iam_endpoint = resolved.iam_endpoint;
                    (Some(resolved.credentials.into()), resolved.project_id)
                }
                // Nothing in code, the environment or the profile file: the official chain's
                // next step, the ECS metadata service, asked on the first request.
                Err(CredentialsError::NotFound { tried }) => {
                    let metadata = EcsMetadata::from_env(&|name| env(name))?.after_trying(tried);
                    let refreshing = RefreshingCredentials::new(metadata);
                    (
                        Some(CredentialsProvider::Refreshing(Arc::new(refreshing))),
                        None,
                    )
                }
                Err(e) => return Err(Error::configuration(e)),
            }
        } else {
            (self.credentials.map(Into::into), None)
        };
        // Variables that count only when the environment was asked for.
        let chain_var = |name: &str| {
            if self.use_chain {
                (self.env)(name)
            } else {
                None
            }
        };
        let project_id = self
            .project_id
            .or(chain_project)
            .or_else(|| chain_var(crate::credentials::ENV_PROJECT_ID))
            .filter(|p| !p.is_empty());
        if let Some(p) = &project_id {
            validate_project_id(p)?;
        }
        let region = self
            .region
            .or_else(|| chain_var(ENV_REGION))
            .filter(|r| !r.is_empty());
        let base = match (&self.endpoint, &region) {
            (Some(raw), _) => endpoint::parse_override(raw).map_err(Error::configuration)?,
            (None, Some(region)) => {
                let env = &self.env;
                endpoint::resolve(service, region, &|name| env(name))
                    .map_err(Error::configuration)?
            }
            (None, None) => {
                return Err(Error::new(
                    ErrorKind::Configuration,
                    format!(
                        "no region or endpoint for {service}: call .region(\"cn-north-4\") or .endpoint(..), or set {ENV_REGION}"
                    ),
                ));
            }
        };
        if credentials.is_none() && !self.anonymous {
            return Err(Error::new(
                ErrorKind::Configuration,
                format!(
                    "no credentials for {service}: give them with .credentials(..), or call \
                     .from_env() to read {ak} and {sk} (and {token}) or the profile file \
                     ~/.huaweicloud/credentials; .anonymous() sends requests unsigned",
                    ak = crate::credentials::ENV_AK,
                    sk = crate::credentials::ENV_SK,
                    token = crate::credentials::ENV_SECURITY_TOKEN,
                ),
            ));
        }
        // No project id, but a region and credentials: IAM names it on the first call.
        let discovery = match (&project_id, &region, &credentials, self.project_discovery) {
            (None, Some(region), Some(_), Some(discoverer)) => Some(Discovery {
                region: region.clone(),
                iam_endpoint: self
                    .iam_endpoint
                    .or(chain_iam_endpoint)
                    .or_else(|| (self.env)(ENV_IAM_ENDPOINT))
                    .filter(|e| !e.trim().is_empty()),
                discoverer,
            }),
            _ => None,
        };
        let http = match self.http {
            Some(http) => http,
            None => http_client(self.connect_timeout, self.read_timeout)?,
        };
        let fixed = match &credentials {
            Some(CredentialsProvider::Fixed(c)) => Some(c.clone()),
            _ => None,
        };
        let runtime = Runtime::with_parts(service, credentials, project_id, discovery, self.retry)
            .with_attempt_timeout(self.attempt_timeout);
        // Fixed credentials go through what every request does, once, so that a value that
        // cannot be sent or signed fails here rather than on the first call.
        if let Some(fixed) = fixed {
            let probe = reqwest::Request::new(reqwest::Method::GET, base.clone());
            runtime
                .authenticate(probe, b"", Some(&fixed))
                .map_err(|why| {
                    Error::new(
                        ErrorKind::Configuration,
                        format!("the credentials for {service} cannot be used: {why}"),
                    )
                })?;
        }
        let base = base.as_str().trim_end_matches('/').to_owned();
        Ok(C::from_parts(&base, http, runtime))
    }
}

/// How the message of a call made without a project id starts; such an error is a
/// [`ErrorKind::Configuration`] one, the client's.
pub(crate) const NO_PROJECT_ID: &str = "project_id: no project id configured";

/// The project id a generated builder starts from: the client's, in the builder's type, or the
/// message `send()` fails with when the client has none (a call may still set its own).
#[doc(hidden)]
pub fn project_id_for<T>(runtime: &Runtime) -> Result<T, String>
where
    T: for<'a> TryFrom<&'a str>,
    for<'a> <T as TryFrom<&'a str>>::Error: std::fmt::Display,
{
    let Some(project_id) = runtime.project_id() else {
        return Err(format!(
            "{NO_PROJECT_ID} for {}; give one to the client builder (.project_id(..)) or to \
             this call, or set {}",
            runtime.meta().name,
            crate::credentials::ENV_PROJECT_ID
        ));
    };
    T::try_from(project_id).map_err(|e| format!("project_id: {e}"))
}

/// Before a generated builder sends: a project id left at its default, when the client has
/// none yet, is asked of IAM (see [`Runtime::resolve_project_id`]).
#[doc(hidden)]
pub async fn fill_project_id<T>(
    field: &mut Result<T, String>,
    runtime: &Runtime,
) -> Result<(), Error>
where
    T: for<'a> TryFrom<&'a str>,
    for<'a> <T as TryFrom<&'a str>>::Error: std::fmt::Display,
{
    if !matches!(field, Err(e) if e.starts_with(NO_PROJECT_ID)) {
        return Ok(());
    }
    if let Some(id) = runtime.resolve_project_id().await? {
        *field = T::try_from(id).map_err(|e| format!("project_id: {e}"));
    }
    Ok(())
}

/// Check a project id: 32 letters and digits.
pub fn validate_project_id(project_id: &str) -> Result<(), Error> {
    let ok = project_id.len() == 32 && project_id.bytes().all(|b| b.is_ascii_alphanumeric());
    if ok {
        Ok(())
    } else {
        Err(Error::invalid_input(
            "project_id",
            format!(
                "must be 32 letters and digits, got {} characters{}",
                project_id.chars().count(),
                if project_id.chars().all(|c| c.is_ascii_alphanumeric()) {
                    ""
                } else {
                    " including other characters"
                }
            ),
        ))
    }
}

/// The HTTP client of API calls: rustls with the ring provider (no OpenSSL, no system
/// library), the platform's root certificates, separate connect and read timeouts (the
/// runtime sets a deadline on each attempt), and no redirect followed: a 3xx is the answer, so
/// credential headers never leave the endpoint they were meant for.
pub fn http_client(
    connect_timeout: Duration,
    read_timeout: Duration,
) -> Result<reqwest::Client, Error> {
    ensure_tls_provider();
    reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .read_timeout(read_timeout)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!(
            "huaweicloud-db-logs-rs/",
            env!("CARGO_PKG_VERSION"),
            " (unofficial)"
        ))
        .build()
        .map_err(|e| {
            Error::new(
                ErrorKind::Configuration,
                format!("HTTP client setup failed: {e}"),
            )
        })
}

/// Install rustls's ring provider as the process default, once, unless the application
/// installed one already. reqwest is built without a provider of its own (aws-lc needs cmake
/// and a long C build), and refuses to build a client until one is installed.
pub fn ensure_tls_provider() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // An error means another provider is installed already, which is as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// Give a generated `Client` its runtime hook, `builder()`, `from_env()` and error body
/// conversion, for the service `META` describes. Written by the code generator into each
/// service crate's `generated_service.rs`:
///
/// ```ignore
/// huaweicloud_core::service_client!(Client, &META);
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! service_client {
    ($client:ident, $meta:expr, discovery = $discovery:expr) => {
        $crate::service_client!(@impl $client, $meta, ::std::option::Option::Some($discovery));
    };
    ($client:ident, $meta:expr) => {
        $crate::service_client!(@impl $client, $meta, ::std::option::Option::None);
    };
    (@impl $client:ident, $meta:expr, $discovery:expr) => {
        impl ::progenitor_client::ClientHooks<$crate::Runtime> for $client {
            async fn pre<E>(
                &self,
                request: &mut ::reqwest::Request,
                info: &::progenitor_client::OperationInfo,
            ) -> ::std::result::Result<(), ::progenitor_client::Error<E>> {
                use ::progenitor_client::ClientInfo as _;
                self.inner()
                    .check_request(request, info.operation_id)
                    .map_err(|e| {
                        ::progenitor_client::Error::InvalidRequest(
                            e.message().unwrap_or_default().to_owned(),
                        )
                    })
            }

            async fn post<E>(
                &self,
                result: &::reqwest::Result<::reqwest::Response>,
                _info: &::progenitor_client::OperationInfo,
            ) -> ::std::result::Result<(), ::progenitor_client::Error<E>> {
                use ::progenitor_client::ClientInfo as _;
                match self.inner().not_sent(result) {
                    ::std::option::Option::Some(why) => {
                        ::std::result::Result::Err(::progenitor_client::Error::Custom(why))
                    }
                    ::std::option::Option::None => ::std::result::Result::Ok(()),
                }
            }

            async fn exec(
                &self,
                request: ::reqwest::Request,
                info: &::progenitor_client::OperationInfo,
            ) -> ::reqwest::Result<::reqwest::Response> {
                use ::progenitor_client::ClientInfo as _;
                self.inner().execute(self.client(), request, info).await
            }
        }

        impl $crate::client::ServiceClient for $client {
            const META: &'static $crate::service::ServiceMeta = $meta;
            const PROJECT_DISCOVERY: ::std::option::Option<
                &'static dyn $crate::project::DiscoverProject,
            > = $discovery;
            fn from_parts(
                base_url: &str,
                http: ::reqwest::Client,
                runtime: $crate::Runtime,
            ) -> Self {
                $client::new_with_client(base_url, http, runtime)
            }
        }

        impl $client {
            /// A builder for this client: region or endpoint, project id, credentials,
            /// retries and timeouts.
            pub fn builder() -> $crate::client::ClientBuilder<$client> {
                $crate::client::ClientBuilder::new()
            }

            /// A client configured from the environment and the profile file, as the official
            /// SDK does (see [`ClientBuilder::from_env`]($crate::client::ClientBuilder::from_env)).
            pub fn from_env() -> ::std::result::Result<$client, $crate::Error> {
                Self::builder().from_env().build()
            }

            /// The runtime of this client (service, project id, retry policy).
            pub fn runtime(&self) -> &$crate::Runtime {
                use ::progenitor_client::ClientInfo as _;
                self.inner()
            }
        }

        impl $crate::error::ErrorBody for types::ErrorResponse {
            fn error_code(&self) -> ::std::option::Option<&str> {
                self.error_code.as_deref()
            }
            fn error_msg(&self) -> ::std::option::Option<&str> {
                self.error_msg.as_deref()
            }
            fn request_id(&self) -> ::std::option::Option<&str> {
                self.request_id.as_deref()
            }
        }
    };
}
