//! Configuration of an emulator: credentials, dataset, link lifetime, response shapes, faults
//! and clock; the IAM projects and the ECS metadata service.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};

/// Default access key accepted by the emulator.
pub const DEFAULT_AK: &str = "EMULATORAK0000000001";
/// Default secret key accepted by the emulator.
pub const DEFAULT_SK: &str = "emulatorSecretKey000000000000000000000001";
/// Default IAM token accepted in `X-Auth-Token`.
pub const DEFAULT_TOKEN: &str = "emulator-iam-token";
/// Default project id.
pub const DEFAULT_PROJECT_ID: &str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
/// Default seed of the dataset and of the faults.
pub const DEFAULT_SEED: u64 = 1;
/// Default number of log files per instance.
pub const DEFAULT_LOGS_PER_INSTANCE: usize = 20;
/// Default size of each log file, in bytes (64 KiB).
pub const DEFAULT_FILE_SIZE: u64 = 64 * 1024;
/// Default lifetime of download links (5 minutes, as the documents say).
pub const DEFAULT_LINK_TTL: Duration = Duration::from_secs(300);
/// Default region: the name of the IAM project whose id is [`DEFAULT_PROJECT_ID`].
pub const DEFAULT_REGION: &str = "cn-north-4";
/// Default account (domain) id, the `domain_id` and `parent_id` of the IAM projects.
pub const DEFAULT_DOMAIN_ID: &str = "d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f";
/// Default lifetime of the credentials the ECS metadata service hands out (1 hour).
pub const DEFAULT_METADATA_CREDENTIAL_TTL: Duration = Duration::from_secs(3600);
/// Default number of slow log files and of error log files per node (per instance for RDS).
pub const DEFAULT_LOGS_PER_NODE: usize = 2;
/// Default audit log retention of every instance, in days (audit on).
pub const DEFAULT_AUDIT_KEEP_DAYS: u32 = 7;
/// Longest audit log retention the services accept, in days.
pub const MAX_AUDIT_KEEP_DAYS: u32 = 732;

/// The three services the emulator serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Service {
    /// Document Database Service (audit logs).
    Dds,
    /// Relational Database Service (audit logs).
    Rds,
    /// TaurusDB, GaussDB for MySQL (DDL logs).
    Taurusdb,
}

impl Service {
    /// The three services, in this order.
    pub const ALL: [Service; 3] = [Service::Dds, Service::Rds, Service::Taurusdb];

    /// Lower-case name: `dds`, `rds`, `taurusdb`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Dds => "dds",
            Self::Rds => "rds",
            Self::Taurusdb => "taurusdb",
        }
    }
}

impl fmt::Display for Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Service {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "dds" => Ok(Self::Dds),
            "rds" => Ok(Self::Rds),
            "taurusdb" => Ok(Self::Taurusdb),
            _ => Err(format!(
                "unknown service {s:?} (expected dds, rds or taurusdb)"
            )),
        }
    }
}

/// The shape of the TaurusDB `download_ddl_logs` answer (the service has sent all three).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TaurusdbShape {
    /// `{"list": [...]}` with a string `expire_time` (`yyyy-MM-dd HH:mm:ss`, UTC): the
    /// document's table, SDK 3.1.206.
    List,
    /// `{"download_files": [...]}` with an integer `expire_time` (Unix ms): SDK 3.1.212+.
    #[default]
    DownloadFiles,
    /// A bare JSON array with a string `expire_time`: the document's example.
    Array,
}

impl FromStr for TaurusdbShape {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "list" => Ok(Self::List),
            "download_files" => Ok(Self::DownloadFiles),
            "array" => Ok(Self::Array),
            _ => Err(format!(
                "unknown TaurusDB shape {s:?} (expected list, download_files or array)"
            )),
        }
    }
}

impl fmt::Display for TaurusdbShape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::List => "list",
            Self::DownloadFiles => "download_files",
            Self::Array => "array",
        })
    }
}

/// Injected faults, all off by default. Decided deterministically from the seed and the
/// sequence number of the request within its kind (see the crate README).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Faults {
    /// Probability that an API call answers 500 or 503 (half each).
    pub error: f64,
    /// Probability that an API call answers 429 with `Retry-After`.
    pub throttle: f64,
    /// Probability that a download body is aborted (connection reset) half way.
    pub reset: f64,
    /// Probability that a download body ends cleanly half way, short of its `Content-Length`.
    pub truncate: f64,
    /// Delay added before answering a request (API calls and downloads).
    pub delay: Duration,
    /// Probability that a request is delayed by [`Faults::delay`] (1 when only `delay` is given).
    pub delay_rate: f64,
    /// Probability that a slow or error log export ends `FAILED` instead of ready (each export
    /// decides once, when it ends; the next call starts a new export).
    pub export_fail: f64,
}

impl Faults {
    /// Whether no fault is configured.
    pub fn is_off(&self) -> bool {
        self.error <= 0.0
            && self.throttle <= 0.0
            && self.reset <= 0.0
            && self.truncate <= 0.0
            && (self.delay.is_zero() || self.delay_rate <= 0.0)
            && self.export_fail <= 0.0
    }
}

impl FromStr for Faults {
    type Err = String;

    /// `error=0.1,throttle=0.05,reset=0.05,truncate=0.05,delay=200ms,export_fail=0.5` (any
    /// subset, any order; `delay=200ms@0.3` delays 30% of requests; empty or `none` is no
    /// fault).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut faults = Faults::default();
        let s = s.trim();
        if s.is_empty() || s == "none" {
            return Ok(faults);
        }
        for part in s.split(',') {
            let (key, value) = part
                .trim()
                .split_once('=')
                .ok_or_else(|| format!("fault {part:?} is not key=value"))?;
            let rate = |v: &str| -> Result<f64, String> {
                let r: f64 = v
                    .trim()
                    .parse()
                    .map_err(|_| format!("fault {key}: {v:?} is not a number"))?;
                if (0.0..=1.0).contains(&r) {
                    Ok(r)
                } else {
                    Err(format!("fault {key}: {v} is not a probability in 0..=1"))
                }
            };
            match key.trim() {
                "error" => faults.error = rate(value)?,
                "throttle" => faults.throttle = rate(value)?,
                "reset" => faults.reset = rate(value)?,
                "truncate" => faults.truncate = rate(value)?,
                "export_fail" => faults.export_fail = rate(value)?,
                "delay" => {
                    let (d, r) = match value.split_once('@') {
                        Some((d, r)) => (d, rate(r)?),
                        None => (value, 1.0),
                    };
                    faults.delay = parse_duration(d)?;
                    faults.delay_rate = r;
                }
                other => {
                    return Err(format!(
                        "unknown fault {other:?} (expected error, throttle, reset, truncate, delay, \
                         export_fail)"
                    ));
                }
            }
        }
        Ok(faults)
    }
}

impl fmt::Display for Faults {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_off() {
            return f.write_str("none");
        }
        write!(
            f,
            "error={},throttle={},reset={},truncate={},delay={}ms@{},export_fail={}",
            self.error,
            self.throttle,
            self.reset,
            self.truncate,
            self.delay.as_millis(),
            self.delay_rate,
            self.export_fail
        )
    }
}

/// An IAM project besides the emulator's own ([`Config::region`] with [`Config::project_id`]):
/// listed by `GET /v3/projects`, e.g. a second project of the same region, or a project of
/// another region. The API paths still take only [`Config::project_id`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    /// Project name: the region's id for a region's project (`cn-north-4`).
    pub name: String,
    /// Project id (32 letters and digits).
    pub id: String,
}

impl FromStr for Project {
    type Err = String;

    /// `NAME=ID`, e.g. `cn-east-3=0123456789abcdef0123456789abcdef`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (name, id) = s
            .split_once('=')
            .ok_or_else(|| format!("project {s:?} is not NAME=ID"))?;
        Ok(Self {
            name: name.trim().to_owned(),
            id: id.trim().to_owned(),
        })
    }
}

/// Whether the ECS metadata service uses session tokens (`PUT /meta-data/latest/api/token`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MetadataTokenMode {
    /// `GET /openstack/latest/securitykey` needs a valid `X-Metadata-Token` (else 401).
    Required,
    /// A token may be sent or not; one that is sent must be valid (else 401).
    #[default]
    Optional,
    /// No tokens: the token `PUT` answers 404, and `X-Metadata-Token` is ignored.
    Unsupported,
}

impl FromStr for MetadataTokenMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "required" => Ok(Self::Required),
            "optional" => Ok(Self::Optional),
            "unsupported" => Ok(Self::Unsupported),
            _ => Err(format!(
                "unknown metadata token mode {s:?} (expected required, optional or unsupported)"
            )),
        }
    }
}

impl fmt::Display for MetadataTokenMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Required => "required",
            Self::Optional => "optional",
            Self::Unsupported => "unsupported",
        })
    }
}

/// A failure of the ECS metadata service, for tests of the code that reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetadataFault {
    /// Both metadata routes answer `503`.
    Down,
    /// `GET /openstack/latest/securitykey` answers `200` with a body that is not valid JSON.
    Malformed,
    /// `GET /openstack/latest/securitykey` hands out credentials that have already expired
    /// (`expires_at` a minute in the past; requests signed with them are refused).
    Expired,
}

impl FromStr for MetadataFault {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "down" => Ok(Self::Down),
            "malformed" => Ok(Self::Malformed),
            "expired" => Ok(Self::Expired),
            _ => Err(format!(
                "unknown metadata fault {s:?} (expected none, down, malformed or expired)"
            )),
        }
    }
}

impl fmt::Display for MetadataFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Down => "down",
            Self::Malformed => "malformed",
            Self::Expired => "expired",
        })
    }
}

/// How the ECS metadata service (`/meta-data/...`, `/openstack/...`) behaves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetadataConfig {
    /// Session tokens: required, optional (default) or unsupported.
    pub token: MetadataTokenMode,
    /// Whether the instance has a cloud service agency; without one the security key route
    /// answers 401 `Please configure Cloud Service Agency first`. Default `true`.
    pub agency: bool,
    /// Lifetime of the credentials it hands out (default 1 hour). The same credentials are
    /// handed out again until they are within 15 minutes of expiring.
    pub credential_ttl: Duration,
    /// An injected failure (none by default); [`crate::Emulator::set_metadata_fault`] changes it
    /// while the emulator runs.
    pub fault: Option<MetadataFault>,
}

impl Default for MetadataConfig {
    fn default() -> Self {
        Self {
            token: MetadataTokenMode::default(),
            agency: true,
            credential_ttl: DEFAULT_METADATA_CREDENTIAL_TTL,
            fault: None,
        }
    }
}

/// Parse `200ms`, `2s`, `1m`, `1h` or a bare number of seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let bad = || format!("{s:?} is not a duration (e.g. 200ms, 2s, 1m, 300)");
    let (number, unit) = match s.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => s.split_at(i),
        None => (s, "s"),
    };
    let n: u64 = number.parse().map_err(|_| bad())?;
    match unit {
        "ms" => Ok(Duration::from_millis(n)),
        "s" => Ok(Duration::from_secs(n)),
        "m" => Ok(Duration::from_secs(n.saturating_mul(60))),
        "h" => Ok(Duration::from_secs(n.saturating_mul(3600))),
        _ => Err(bad()),
    }
}

/// The emulator's clock: the system clock or a fixed time, either moved by [`Clock::advance`].
///
/// Cloning gives another handle on the same clock.
#[derive(Debug, Clone)]
pub struct Clock {
    state: Arc<Mutex<ClockState>>,
}

#[derive(Debug)]
struct ClockState {
    fixed: Option<DateTime<Utc>>,
    offset: TimeDelta,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Self::new(None)
    }

    /// The system clock shifted by `by` (negative: behind), running: a service whose clock
    /// disagrees with its clients'.
    pub fn shifted(by: TimeDelta) -> Self {
        let clock = Self::new(None);
        clock.state.lock().unwrap_or_else(|e| e.into_inner()).offset = by;
        clock
    }

    /// A clock standing still at `at` (until [`Clock::advance`] or [`Clock::set`]).
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Self::new(Some(at))
    }

    fn new(fixed: Option<DateTime<Utc>>) -> Self {
        Self {
            state: Arc::new(Mutex::new(ClockState {
                fixed,
                offset: TimeDelta::zero(),
            })),
        }
    }

    /// The current time of the emulator.
    pub fn now(&self) -> DateTime<Utc> {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.fixed.unwrap_or_else(Utc::now) + state.offset
    }

    /// Move the clock forward (e.g. to expire download links in a test).
    pub fn advance(&self, by: Duration) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.offset += TimeDelta::from_std(by).unwrap_or(TimeDelta::zero());
    }

    /// Stop the clock at `at`.
    pub fn set(&self, at: DateTime<Utc>) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.fixed = Some(at);
        state.offset = TimeDelta::zero();
    }
}

impl Default for Clock {
    fn default() -> Self {
        Self::system()
    }
}

/// An instance added to the generated dataset, e.g. to answer requests recorded elsewhere
/// with their own ids. The same id may be given for several services (see the README for how
/// the paths shared by DDS and RDS are then resolved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtraInstance {
    /// The service that owns the instance.
    pub service: Service,
    /// Instance id.
    pub id: String,
    /// Node ids (DDS and TaurusDB; ignored for RDS). Empty: one generated node.
    pub nodes: Vec<String>,
    /// Log file ids to serve. Empty: `logs_per_instance` generated files.
    pub file_ids: Vec<String>,
}

/// The audit log policy each instance reports (`show_auditlog_policy`,
/// `show_audit_log_policy`): on, kept [`AuditPolicy::keep_days`] days, unless an instance is
/// given its own; `keep_days` 0 is off, as the services say it. The policy is only reported:
/// the audit files of an instance are listed whatever it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditPolicy {
    /// Retention of every instance not listed in [`AuditPolicy::instances`] (default 7; 0:
    /// off; at most [`MAX_AUDIT_KEEP_DAYS`]).
    pub keep_days: u32,
    /// Retention of given instances, by instance id (0: audit off).
    pub instances: BTreeMap<String, u32>,
    /// Audit off on the second generated instance of each service (the DDS replica set, the
    /// RDS SQL Server instance, the second TaurusDB instance), unless listed in
    /// [`AuditPolicy::instances`]. Default `false`.
    pub off_in_second_instances: bool,
}

impl Default for AuditPolicy {
    fn default() -> Self {
        Self {
            keep_days: DEFAULT_AUDIT_KEEP_DAYS,
            instances: BTreeMap::new(),
            off_in_second_instances: false,
        }
    }
}

/// An instance's own audit retention, `ID=DAYS` (`--audit-policy`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceAuditDays {
    /// Instance id.
    pub instance_id: String,
    /// Retention in days, 0 for off.
    pub keep_days: u32,
}

impl FromStr for InstanceAuditDays {
    type Err = String;

    /// `ID=DAYS`, e.g. `5c4f...in02=0`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (id, days) = s
            .split_once('=')
            .ok_or_else(|| format!("audit policy {s:?} is not ID=DAYS"))?;
        let keep_days = days
            .trim()
            .parse()
            .map_err(|_| format!("audit policy {s:?}: {days:?} is not a number of days"))?;
        Ok(Self {
            instance_id: id.trim().to_owned(),
            keep_days,
        })
    }
}

/// Ports of the per-service listeners, on the IP address of [`Config::listen`]; 0 (the
/// default) picks a free port. Each listener serves every route, but answers the API for its
/// service only, as the service's own endpoint does (see the crate README: the instance
/// listings DDS, RDS and TaurusDB share one path).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ServicePorts {
    /// The DDS listener's port.
    pub dds: u16,
    /// The RDS listener's port.
    pub rds: u16,
    /// The TaurusDB listener's port.
    pub taurusdb: u16,
}

impl ServicePorts {
    /// The port of `service`'s listener.
    pub fn of(&self, service: Service) -> u16 {
        match service {
            Service::Dds => self.dds,
            Service::Rds => self.rds,
            Service::Taurusdb => self.taurusdb,
        }
    }
}

/// Everything an emulator is started with. `Config::default()` is a working emulator with
/// generated credentials-free defaults (the `DEFAULT_*` constants).
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on; port 0 picks a free port. Default `127.0.0.1:0`.
    pub listen: std::net::SocketAddr,
    /// Access key accepted in signatures.
    pub ak: String,
    /// Secret key of [`Config::ak`].
    pub sk: String,
    /// Project id every path must carry.
    pub project_id: String,
    /// Token accepted in `X-Auth-Token`.
    pub token: String,
    /// Seed of the dataset, the link key, the request ids and the faults.
    pub seed: u64,
    /// Log files per generated instance.
    pub logs_per_instance: usize,
    /// Size of each log file, in bytes.
    pub file_size: u64,
    /// Lifetime of download links.
    pub link_ttl: Duration,
    /// Shape of the TaurusDB download answer.
    pub taurusdb_shape: TaurusdbShape,
    /// Injected faults (off by default).
    pub faults: Faults,
    /// The emulator's clock (signature skew, link expiry, the dataset's "last 60 days").
    pub clock: Clock,
    /// Instances added to the generated ones.
    pub extra_instances: Vec<ExtraInstance>,
    /// The region: the name of the IAM project whose id is [`Config::project_id`].
    pub region: String,
    /// The account (domain) id of the IAM projects.
    pub domain_id: String,
    /// IAM projects listed besides the emulator's own.
    pub extra_projects: Vec<Project>,
    /// The ECS metadata service.
    pub metadata: MetadataConfig,
    /// Slow log files and error log files per node (DDS, TaurusDB) or per instance (RDS), each
    /// kind; at most [`crate::MAX_LOGS_PER_NODE`].
    pub logs_per_node: usize,
    /// How many calls of a slow or error log export (per instance and log kind; per node for
    /// TaurusDB) answer that it is still being prepared (`CREATING`/`EXPORTING`, no links)
    /// before it is ready. Default 0: ready at once.
    pub export_pending_calls: u32,
    /// The audit log policy each instance reports.
    pub audit_policy: AuditPolicy,
    /// Ports of the per-service listeners.
    pub service_ports: ServicePorts,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
            ak: DEFAULT_AK.to_owned(),
            sk: DEFAULT_SK.to_owned(),
            project_id: DEFAULT_PROJECT_ID.to_owned(),
            token: DEFAULT_TOKEN.to_owned(),
            seed: DEFAULT_SEED,
            logs_per_instance: DEFAULT_LOGS_PER_INSTANCE,
            file_size: DEFAULT_FILE_SIZE,
            link_ttl: DEFAULT_LINK_TTL,
            taurusdb_shape: TaurusdbShape::default(),
            faults: Faults::default(),
            clock: Clock::system(),
            extra_instances: Vec::new(),
            region: DEFAULT_REGION.to_owned(),
            domain_id: DEFAULT_DOMAIN_ID.to_owned(),
            extra_projects: Vec::new(),
            metadata: MetadataConfig::default(),
            logs_per_node: DEFAULT_LOGS_PER_NODE,
            export_pending_calls: 0,
            audit_policy: AuditPolicy::default(),
            service_ports: ServicePorts::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_parse() {
        let f: Result<Faults, _> =
            "error=0.1,throttle=0.05,reset=0.05,truncate=0.05,delay=200ms".parse();
        assert_eq!(
            f,
            Ok(Faults {
                error: 0.1,
                throttle: 0.05,
                reset: 0.05,
                truncate: 0.05,
                delay: Duration::from_millis(200),
                delay_rate: 1.0,
                export_fail: 0.0,
            })
        );
        let f: Result<Faults, _> = "export_fail=1".parse();
        assert_eq!(f.as_ref().map(|f| f.export_fail), Ok(1.0));
        assert_eq!(f.map(|f| f.is_off()), Ok(false));
        let f: Result<Faults, _> = "delay=2s@0.5".parse();
        assert_eq!(
            f.map(|f| (f.delay, f.delay_rate)),
            Ok((Duration::from_secs(2), 0.5))
        );
        assert!("error=2".parse::<Faults>().is_err());
        assert!("boom=0.1".parse::<Faults>().is_err());
        assert!("error".parse::<Faults>().is_err());
        assert_eq!("none".parse::<Faults>().map(|f| f.is_off()), Ok(true));
    }

    #[test]
    fn identity_settings_parse() {
        assert_eq!(
            "cn-east-3=0123456789abcdef0123456789abcdef".parse::<Project>(),
            Ok(Project {
                name: "cn-east-3".to_owned(),
                id: "0123456789abcdef0123456789abcdef".to_owned(),
            })
        );
        assert!("cn-east-3".parse::<Project>().is_err());
        for mode in ["required", "optional", "unsupported"] {
            let parsed: Result<MetadataTokenMode, _> = mode.parse();
            assert_eq!(parsed.map(|m| m.to_string()).as_deref(), Ok(mode));
        }
        assert!("sometimes".parse::<MetadataTokenMode>().is_err());
        for fault in ["down", "malformed", "expired"] {
            let parsed: Result<MetadataFault, _> = fault.parse();
            assert_eq!(parsed.map(|f| f.to_string()).as_deref(), Ok(fault));
        }
        assert!("none".parse::<MetadataFault>().is_err());
        assert_eq!(parse_duration("1h"), Ok(Duration::from_secs(3600)));
        let m = MetadataConfig::default();
        assert!(m.agency && m.fault.is_none());
        assert_eq!(m.token, MetadataTokenMode::Optional);
        assert_eq!(m.credential_ttl, DEFAULT_METADATA_CREDENTIAL_TTL);
    }

    #[test]
    fn clock_moves() {
        let t = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).unwrap_or_default();
        let c = Clock::fixed(t);
        assert_eq!(c.now(), t);
        c.advance(Duration::from_secs(10));
        assert_eq!(c.now().timestamp(), 1_700_000_010);
    }
}
