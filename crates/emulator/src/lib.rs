#![doc = include_str!("../README.md")]

mod config;
mod dataset;
mod net;
mod server;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::sync::oneshot;

pub use config::{
    Clock, Config, DEFAULT_AK, DEFAULT_DOMAIN_ID, DEFAULT_FILE_SIZE, DEFAULT_LINK_TTL,
    DEFAULT_LOGS_PER_INSTANCE, DEFAULT_METADATA_CREDENTIAL_TTL, DEFAULT_PROJECT_ID, DEFAULT_REGION,
    DEFAULT_SEED, DEFAULT_SK, DEFAULT_TOKEN, ExtraInstance, Faults, MetadataConfig, MetadataFault,
    MetadataTokenMode, Project, Service, TaurusdbShape, parse_duration,
};
pub use dataset::{BLOCK_SIZE, Dataset, Instance, LogFile, MAX_LOGS_PER_INSTANCE, ManifestEntry};
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

/// The line the binary prints on start: endpoints, credentials and instances. Temporary
/// credentials the emulator issues later are never in it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct StartupInfo {
    /// Base URL, `http://127.0.0.1:PORT`.
    pub endpoint: String,
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
    app: Arc<server::App>,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl std::fmt::Debug for server::App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("endpoint", &self.endpoint)
            .finish_non_exhaustive()
    }
}

/// Start an emulator on the current Tokio runtime. It listens on `config.listen` (port 0 picks a
/// free port) and serves until the returned handle is dropped or shut down.
pub async fn start(config: Config) -> Result<Emulator, Error> {
    validate(&config)?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|source| Error::Bind {
            addr: config.listen,
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| Error::Bind {
        addr: config.listen,
        source,
    })?;
    let host = if addr.ip().is_unspecified() {
        match addr {
            SocketAddr::V4(_) => std::net::IpAddr::from([127, 0, 0, 1]),
            SocketAddr::V6(_) => std::net::IpAddr::from(std::net::Ipv6Addr::LOCALHOST),
        }
    } else {
        addr.ip()
    };
    let endpoint = format!("http://{}", SocketAddr::new(host, addr.port()));
    let dataset = Arc::new(Dataset::generate(&config));
    let app = Arc::new(server::App::new(config, dataset, endpoint.clone()));
    let router = server::router(Arc::clone(&app));
    let (tx, rx) = oneshot::channel::<()>();
    let serve = axum::serve(
        net::ResettableListener(listener),
        router.into_make_service_with_connect_info::<net::Peer>(),
    )
    .with_graceful_shutdown(async move {
        let _ = rx.await;
    });
    let task = tokio::spawn(async move {
        if let Err(e) = serve.await {
            tracing::error!("emulator server failed: {e}");
        }
    });
    tracing::info!(%endpoint, "huaweicloud emulator listening");
    Ok(Emulator {
        addr,
        endpoint,
        app,
        shutdown: Some(tx),
        task: Some(task),
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
    /// `emu.client_builder::<huaweicloud_dds::Client>().build()?`.
    pub fn client_builder<C: huaweicloud_core::client::ServiceClient>(
        &self,
    ) -> huaweicloud_core::ClientBuilder<C> {
        let c = self.credentials();
        huaweicloud_core::ClientBuilder::new()
            .endpoint(self.base_url())
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

    /// The dataset manifest; with `with_sha256`, each entry's SHA-256 (computed by streaming the
    /// content on blocking threads the first time, then cached: about 2-5 s per GiB).
    pub async fn manifest(&self, with_sha256: bool) -> Vec<ManifestEntry> {
        server::manifest(&self.app, with_sha256).await
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
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}
