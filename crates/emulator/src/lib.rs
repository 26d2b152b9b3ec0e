#![doc = include_str!("../README.md")]

mod config;
mod dataset;
mod net;
mod server;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::sync::watch;

pub use config::{
    AuditPolicy, Clock, Config, DEFAULT_AK, DEFAULT_AUDIT_KEEP_DAYS, DEFAULT_DOMAIN_ID,
    DEFAULT_FILE_SIZE, DEFAULT_LINK_TTL, DEFAULT_LOGS_PER_INSTANCE, DEFAULT_LOGS_PER_NODE,
    DEFAULT_METADATA_CREDENTIAL_TTL, DEFAULT_PROJECT_ID, DEFAULT_REGION, DEFAULT_SEED, DEFAULT_SK,
    DEFAULT_TOKEN, ExtraInstance, Faults, InstanceAuditDays, MAX_AUDIT_KEEP_DAYS, MetadataConfig,
    MetadataFault, MetadataTokenMode, Project, Service, ServicePorts, TaurusdbShape,
    parse_duration,
};
pub use dataset::{
    BLOCK_SIZE, Dataset, Instance, LogFile, LogKind, MAX_LOGS_PER_INSTANCE, MAX_LOGS_PER_NODE,
    ManifestEntry, Node,
};
pub use server::{
    ADMIN_PREFIX, DownloadStats, EXPIRES_AT_FORMAT, MAX_SKEW, OpStats, Stats, TemporaryCredentials,
};

/// Why an emulator could not start.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The configuration is not usable; the text says why.
    #[error("invalid emulator configuration: {0}")]
    Config(String),
    /// The listening socket could not be opened.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// The operating system's error.
        source: std::io::Error,
    },
}

/// The credentials an emulator accepts.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Credentials {
    /// Access key.
    pub ak: String,
    /// Secret key.
    pub sk: String,
    /// Project id (every path carries it).
    pub project_id: String,
    /// IAM token accepted in `X-Auth-Token`.
    pub token: String,
}

/// An instance as announced on start: its id and, for DDS and TaurusDB, its nodes.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct InstanceInfo {
    /// Instance id.
    pub id: String,
    /// Node ids (omitted for RDS).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<String>>,
}

/// The instances of each service.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Instances {
    /// DDS instances (the first is a cluster with several mongos nodes, the second a replica set).
    pub dds: Vec<InstanceInfo>,
    /// RDS instances (the first MySQL, the second SQL Server, whose log ids are file names).
    pub rds: Vec<InstanceInfo>,
    /// TaurusDB instances, two nodes each.
    pub taurusdb: Vec<InstanceInfo>,
}

/// The base URL of each service's own listener.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ServiceEndpoints {
    /// DDS's, `http://127.0.0.1:PORT`.
    pub dds: String,
    /// RDS's.
    pub rds: String,
    /// TaurusDB's.
    pub taurusdb: String,
}

/// The line the binary prints on start: endpoints, credentials and instances. Temporary
/// credentials the emulator issues later are never in it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct StartupInfo {
    /// Base URL, `http://127.0.0.1:PORT`: every service, IAM, the metadata service.
    pub endpoint: String,
    /// The base URL of each service's own listener: the instance listing (a path the three
    /// services share) answers there for that service, as at its real endpoint.
    pub service_endpoints: ServiceEndpoints,
    /// The IAM endpoint (the base URL), for `HUAWEICLOUD_SDK_IAM_ENDPOINT`.
    pub iam_endpoint: String,
    /// The base URL of the ECS metadata service (the base URL): use it as the HTTP proxy of a
    /// client that asks `http://169.254.169.254/...`, or directly.
    pub metadata_endpoint: String,
    /// The region, the name of the project [`StartupInfo::project_id`].
    pub region: String,
    /// Project id.
    pub project_id: String,
    /// Access key.
    pub ak: String,
    /// Secret key.
    pub sk: String,
    /// IAM token.
    pub token: String,
    /// The instances.
    pub instances: Instances,
}

/// A running emulator. Dropping it stops the server (see also [`Emulator::shutdown`]).
#[derive(Debug)]
pub struct Emulator {
    addr: SocketAddr,
    endpoint: String,
    /// Each service's own listener: address and base URL, in the order of [`Service::ALL`].
    services: [(SocketAddr, String); 3],
    app: Arc<server::App>,
    shutdown: Option<watch::Sender<bool>>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

/// The position of `service` in [`Service::ALL`].
fn slot(service: Service) -> usize {
    match service {
        Service::Dds => 0,
        Service::Rds => 1,
        Service::Taurusdb => 2,
    }
}

/// Opens a listening socket on `addr`; with the base URL it is reached at (an unspecified
/// address is reached on loopback).
async fn bind(addr: SocketAddr) -> Result<(tokio::net::TcpListener, SocketAddr, String), Error> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| Error::Bind { addr, source })?;
    let bound = listener
        .local_addr()
        .map_err(|source| Error::Bind { addr, source })?;
    let host = if bound.ip().is_unspecified() {
        match bound {
            SocketAddr::V4(_) => std::net::IpAddr::from([127, 0, 0, 1]),
            SocketAddr::V6(_) => std::net::IpAddr::from(std::net::Ipv6Addr::LOCALHOST),
        }
    } else {
        bound.ip()
    };
    let endpoint = format!("http://{}", SocketAddr::new(host, bound.port()));
    Ok((listener, bound, endpoint))
}

impl std::fmt::Debug for server::App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("endpoint", &self.endpoint)
            .finish_non_exhaustive()
    }
}

/// Start an emulator on the current Tokio runtime. It listens on `config.listen` (port 0 picks a
/// free port), and on one more port per service ([`Config::service_ports`], on the same
/// address), and serves until the returned handle is dropped or shut down.
pub async fn start(config: Config) -> Result<Emulator, Error> {
    validate(&config)?;
    let (listener, addr, endpoint) = bind(config.listen).await?;
    let mut own = Vec::new();
    for service in Service::ALL {
        let at = SocketAddr::new(config.listen.ip(), config.service_ports.of(service));
        own.push((service, bind(at).await?));
    }
    let dataset = Arc::new(Dataset::generate(&config));
    let app = Arc::new(server::App::new(config, dataset, endpoint.clone()));
    let (tx, rx) = watch::channel(false);
    let mut tasks = Vec::new();
    let mut services: Vec<(SocketAddr, String)> = Vec::new();
    let listeners = std::iter::once((None, listener, endpoint.clone())).chain(own.into_iter().map(
        |(service, (listener, addr, url))| {
            services.push((addr, url.clone()));
            (Some(service), listener, url)
        },
    ));
    for (service, listener, url) in listeners {
        let router = server::router(
            Arc::clone(&app),
            server::Listener {
                service,
                endpoint: url,
            },
        );
        let mut rx = rx.clone();
        let serve = axum::serve(
            net::ResettableListener(listener),
            router.into_make_service_with_connect_info::<net::Peer>(),
        )
        .with_graceful_shutdown(async move {
            let _ = rx.wait_for(|stop| *stop).await;
        });
        tasks.push(tokio::spawn(async move {
            if let Err(e) = serve.await {
                tracing::error!("emulator server failed: {e}");
            }
        }));
    }
    let services: [(SocketAddr, String); 3] = services
        .try_into()
        .map_err(|_| Error::Config("a service listener is missing".to_owned()))?;
    tracing::info!(%endpoint, "huaweicloud emulator listening");
    Ok(Emulator {
        addr,
        endpoint,
        services,
        app,
        shutdown: Some(tx),
        tasks,
    })
}

fn validate(config: &Config) -> Result<(), Error> {
    let bad = |s: String| Err(Error::Config(s));
    if config.project_id.len() != 32
        || !config.project_id.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return bad(format!(
            "project id {:?} is not 32 letters and digits",
            config.project_id
        ));
    }
    if config.ak.is_empty()
        || !config
            .ak
            .bytes()
            .all(|b| b.is_ascii_graphic() && b != b',' && b != b'=')
    {
        return bad("the access key must be printable ASCII without ',' or '='".to_owned());
    }
    if config.sk.is_empty() || config.token.is_empty() {
        return bad("the secret key and the token must not be empty".to_owned());
    }
    if config.logs_per_instance > MAX_LOGS_PER_INSTANCE {
        return bad(format!(
            "logs per instance {} is more than {MAX_LOGS_PER_INSTANCE}",
            config.logs_per_instance
        ));
    }
    if config.logs_per_node > MAX_LOGS_PER_NODE {
        return bad(format!(
            "logs per node {} is more than {MAX_LOGS_PER_NODE}",
            config.logs_per_node
        ));
    }
    let audit = &config.audit_policy;
    if let Some(days) = std::iter::once(&audit.keep_days)
        .chain(audit.instances.values())
        .find(|d| **d > MAX_AUDIT_KEEP_DAYS)
    {
        return bad(format!(
            "an audit retention of {days} days is more than {MAX_AUDIT_KEEP_DAYS}"
        ));
    }
    if config.link_ttl.is_zero() {
        return bad("the link lifetime must be positive".to_owned());
    }
    let name_ok = |n: &str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_graphic());
    if !name_ok(&config.region) {
        return bad(format!(
            "the region {:?} must be printable ASCII without spaces",
            config.region
        ));
    }
    if config.domain_id.is_empty() || !config.domain_id.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return bad(format!(
            "the domain id {:?} must be letters and digits",
            config.domain_id
        ));
    }
    for p in &config.extra_projects {
        if !name_ok(&p.name) || p.id.len() != 32 || !p.id.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return bad(format!(
                "extra project {:?}={:?}: the name must be printable ASCII without spaces, the id \
                 32 letters and digits",
                p.name, p.id
            ));
        }
    }
    let ttl = config.metadata.credential_ttl;
    if ttl.is_zero() || ttl > Duration::from_secs(366 * 86400) {
        return bad(
            "the metadata credential lifetime must be positive and at most a year".to_owned(),
        );
    }
    let f = &config.faults;
    if f.error + f.throttle > 1.0 || f.reset + f.truncate > 1.0 {
        return bad("error+throttle and reset+truncate must each be at most 1".to_owned());
    }
    Ok(())
}

impl Emulator {
    /// Base URL, `http://127.0.0.1:PORT` (no trailing slash).
    pub fn base_url(&self) -> &str {
        &self.endpoint
    }

    /// The address the emulator listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL of `service`'s own listener, `http://127.0.0.1:PORT`: it serves every
    /// route [`Emulator::base_url`] does, but answers the API as that service's endpoint
    /// would: the instance listing `GET /v3/{project_id}/instances` (which DDS, RDS and
    /// TaurusDB share) for that service, the other services' paths and instances not at all.
    pub fn service_url(&self, service: Service) -> &str {
        self.services
            .get(slot(service))
            .map_or(self.endpoint.as_str(), |(_, url)| url.as_str())
    }

    /// The address of `service`'s own listener.
    pub fn service_addr(&self, service: Service) -> SocketAddr {
        self.services
            .get(slot(service))
            .map_or(self.addr, |(addr, _)| *addr)
    }

    /// The credentials it accepts.
    pub fn credentials(&self) -> Credentials {
        let c = &self.app.config;
        Credentials {
            ak: c.ak.clone(),
            sk: c.sk.clone(),
            project_id: c.project_id.clone(),
            token: c.token.clone(),
        }
    }

    /// A client builder of any service, pointed at this emulator with its project id and AK/SK,
    /// nothing read from the environment; add retries or timeouts, then `build()`:
    /// `emu.client_builder::<huaweicloud_dds::Client>().build()?`. A DDS, RDS or TaurusDB
    /// client is pointed at its service's own listener ([`Emulator::service_url`]), as it
    /// would be at its service's endpoint; any other (IAM) at [`Emulator::base_url`].
    pub fn client_builder<C: huaweicloud_core::client::ServiceClient>(
        &self,
    ) -> huaweicloud_core::ClientBuilder<C> {
        let c = self.credentials();
        let endpoint = C::META
            .name
            .parse::<Service>()
            .map_or(self.base_url(), |s| self.service_url(s));
        huaweicloud_core::ClientBuilder::new()
            .endpoint(endpoint)
            .project_id(c.project_id)
            .credentials(huaweicloud_core::Credentials::aksk(c.ak, c.sk))
    }

    /// A client of any service for this emulator (see [`Emulator::client_builder`]).
    pub fn client<C: huaweicloud_core::client::ServiceClient>(
        &self,
    ) -> Result<C, huaweicloud_core::Error> {
        self.client_builder().build()
    }

    /// The configuration it was started with.
    pub fn config(&self) -> &Config {
        &self.app.config
    }

    /// Its clock (move it with [`Clock::advance`], e.g. to expire links).
    pub fn clock(&self) -> &Clock {
        &self.app.config.clock
    }

    /// The dataset: instances, files and their content.
    pub fn dataset(&self) -> &Dataset {
        &self.app.dataset
    }

    /// The instances of each service.
    pub fn instances(&self) -> Instances {
        let of = |s: Service| {
            self.app
                .dataset
                .instances_of(s)
                .map(|i| InstanceInfo {
                    id: i.id.clone(),
                    nodes: (s != Service::Rds).then(|| i.nodes.clone()),
                })
                .collect()
        };
        Instances {
            dds: of(Service::Dds),
            rds: of(Service::Rds),
            taurusdb: of(Service::Taurusdb),
        }
    }

    /// The line the binary prints on start.
    pub fn startup_info(&self) -> StartupInfo {
        let c = self.credentials();
        StartupInfo {
            endpoint: self.endpoint.clone(),
            service_endpoints: ServiceEndpoints {
                dds: self.service_url(Service::Dds).to_owned(),
                rds: self.service_url(Service::Rds).to_owned(),
                taurusdb: self.service_url(Service::Taurusdb).to_owned(),
            },
            iam_endpoint: self.endpoint.clone(),
            metadata_endpoint: self.endpoint.clone(),
            region: self.app.config.region.clone(),
            project_id: c.project_id,
            ak: c.ak,
            sk: c.sk,
            token: c.token,
            instances: self.instances(),
        }
    }

    /// New temporary credentials valid for `lifetime` from now on the emulator's clock, as IAM's
    /// `securitytokens` issues them: accepted on every API route with their security token.
    pub fn issue_temporary_credentials(&self, lifetime: Duration) -> TemporaryCredentials {
        self.app.issue_temporary(lifetime)
    }

    /// Changes the metadata service's injected fault while it runs (`None`: no fault).
    pub fn set_metadata_fault(&self, fault: Option<MetadataFault>) {
        self.app.set_metadata_fault(fault);
    }

    /// The dataset manifest of the first six operations' files (DDS and RDS audit logs,
    /// TaurusDB DDL logs; [`Emulator::manifest_all`] adds the others); with `with_sha256`, each
    /// entry's SHA-256 (computed by streaming the content on blocking threads the first time,
    /// then cached: about 2-5 s per GiB).
    pub async fn manifest(&self, with_sha256: bool) -> Vec<ManifestEntry> {
        server::manifest_of(&self.app, with_sha256, None).await
    }

    /// The manifest of every file: those of [`Emulator::manifest`], then the TaurusDB audit
    /// logs and the slow and error logs (each entry says its [`ManifestEntry::kind`]).
    pub async fn manifest_all(&self, with_sha256: bool) -> Vec<ManifestEntry> {
        server::manifest_of(&self.app, with_sha256, Some(&LogKind::ALL)).await
    }

    /// A presigned download URL for a file of the dataset (as the link operations give),
    /// expiring at the Unix time `expires`; `None` when the index is out of range.
    pub fn download_url(&self, file_index: usize, expires: i64) -> Option<String> {
        self.app
            .dataset
            .file(file_index)
            .map(|f| self.app.link(f, expires))
    }

    /// The request counters (as served by `/_emulator/stats`).
    pub fn stats(&self) -> Stats {
        self.app
            .stats
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Stop accepting connections and wait until open ones are done.
    pub async fn shutdown(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(true);
        }
        for task in std::mem::take(&mut self.tasks) {
            let _ = task.await;
        }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(true);
        }
    }
}
