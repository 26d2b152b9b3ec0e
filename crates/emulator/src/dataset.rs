//! The deterministic dataset: instances, nodes and log files, and the content of each file,
//! generated on the fly block by block so any byte range costs only its own blocks.

use std::collections::HashMap;
use std::sync::Arc;

use bytes::Bytes;
use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::config::{Config, Service};

/// Size of a content block: the unit of generation (each block is seeded by its index).
pub const BLOCK_SIZE: u64 = 64 * 1024;

/// Largest accepted `logs_per_instance`.
pub const MAX_LOGS_PER_INSTANCE: usize = 100_000;

/// Largest accepted `logs_per_node`.
pub const MAX_LOGS_PER_NODE: usize = 10_000;

/// What a log file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LogKind {
    /// Audit log (DDS, RDS and TaurusDB).
    Audit,
    /// DDL log (TaurusDB).
    Ddl,
    /// Slow query log.
    Slow,
    /// Error log.
    Error,
}

impl LogKind {
    /// Every kind, in this order.
    pub const ALL: [LogKind; 4] = [LogKind::Audit, LogKind::Ddl, LogKind::Slow, LogKind::Error];

    /// Lower-case name: `audit`, `ddl`, `slow`, `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Audit => "audit",
            Self::Ddl => "ddl",
            Self::Slow => "slow",
            Self::Error => "error",
        }
    }

    /// The kind of the files the first six operations serve: audit for DDS and RDS, DDL for
    /// TaurusDB. Their download paths and counters keep their original form.
    pub fn primary(service: Service) -> Self {
        match service {
            Service::Dds | Service::Rds => Self::Audit,
            Service::Taurusdb => Self::Ddl,
        }
    }
}

impl std::fmt::Display for LogKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for LogKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown log kind {s:?} (expected audit, ddl, slow or error)"))
    }
}

impl Serialize for LogKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One node of an instance, as the instance listings show it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Node {
    /// Node id.
    pub id: String,
    /// Node name.
    pub name: String,
    /// DDS: the type of its group, `mongos`, `shard`, `config`, `replica` or `single`; RDS
    /// and TaurusDB: `master`, `slave` (RDS also `readreplica`).
    pub group: &'static str,
    /// DDS: the id of its group (shard and config groups; empty for the others); empty
    /// elsewhere.
    pub group_id: String,
    /// DDS: its role, `master` (mongos), `Primary`, `Secondary` or `Hidden`; RDS and TaurusDB:
    /// `master` or `slave`.
    pub role: &'static str,
}

/// One database instance of the dataset.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Instance {
    /// The owning service.
    pub service: Service,
    /// Instance id.
    pub id: String,
    /// What kind of instance it is: `cluster`, `replica_set`, `mysql`, `sqlserver`,
    /// `taurusdb` or `extra`.
    pub kind: &'static str,
    /// The node ids of the audit and DDL logs (DDS: the mongos nodes of a cluster, every node
    /// of a replica set; TaurusDB: every node); empty for RDS.
    pub nodes: Vec<String>,
    /// Instance name.
    pub name: String,
    /// When the instance was created (before any of its log files).
    pub created: DateTime<Utc>,
    /// Every node, as the instance listings show them: [`Instance::nodes`] first, in order,
    /// then those that write no audit or DDL log (a cluster's shard and config nodes, RDS's).
    pub topology: Vec<Node>,
}

impl Instance {
    /// The nodes that write slow logs: a DDS cluster's shard nodes, every node of a DDS
    /// replica set or of a TaurusDB instance; none for RDS (its slow logs are the instance's).
    pub fn slow_log_nodes(&self) -> impl Iterator<Item = &Node> {
        let cluster = self.kind == "cluster";
        self.topology.iter().filter(move |n| match self.service {
            Service::Rds => false,
            Service::Dds if cluster => n.group == "shard",
            _ => true,
        })
    }

    /// The nodes that write error logs: every node of a DDS or TaurusDB instance; none for RDS.
    pub fn error_log_nodes(&self) -> impl Iterator<Item = &Node> {
        self.topology
            .iter()
            .filter(move |_| self.service != Service::Rds)
    }

    /// The node `id`, if the instance has it.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.topology.iter().find(|n| n.id == id)
    }
}

impl Serialize for Service {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One log file of the dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogFile {
    /// The owning service.
    pub service: Service,
    /// Owning instance id.
    pub instance_id: String,
    /// Node that wrote it (DDS, TaurusDB).
    pub node_id: Option<String>,
    /// What the file holds.
    pub kind: LogKind,
    /// Log id, as the list operation returns it and the link operation takes it (slow and
    /// error logs: the file name).
    pub id: String,
    /// File name, in the service's format (RDS: an object path with `/`).
    pub name: String,
    /// Size in bytes.
    pub size: u64,
    /// Start of the time range the file covers.
    pub start: DateTime<Utc>,
    /// End of the time range the file covers.
    pub end: DateTime<Utc>,
    /// DDS: whether the list sends `size` as a string (the service does both).
    pub size_as_string: bool,
    /// Seed of the content.
    content_key: u64,
}

/// One line of the dataset manifest.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ManifestEntry {
    /// Owning service.
    pub service: Service,
    /// Owning instance id.
    pub instance_id: String,
    /// Node that wrote the file, if any.
    pub node_id: Option<String>,
    /// What the file holds: `audit`, `ddl`, `slow` or `error`.
    pub kind: LogKind,
    /// Log id.
    pub id: String,
    /// File name.
    pub name: String,
    /// Size in bytes.
    pub size: u64,
    /// Start of the time range, RFC 3339.
    pub start_time: String,
    /// End of the time range, RFC 3339.
    pub end_time: String,
    /// Path of the download (without the link's expiry and signature).
    pub download_path: String,
    /// Hex SHA-256 of the content, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// The instances and files of an emulator, and their content.
///
/// The files of the first six operations (DDS and RDS audit logs, TaurusDB DDL logs) come
/// first, at the indices they always had; the TaurusDB audit logs and every slow and error log
/// follow, kept apart: [`Dataset::files`], [`Dataset::files_of`] and [`Dataset::file_index`]
/// see only the first, [`Dataset::all_files`], [`Dataset::files_of_kind`] and
/// [`Dataset::file_index_of`] see them all.
#[derive(Debug)]
pub struct Dataset {
    instances: Vec<Instance>,
    files: Vec<LogFile>,
    /// How many of `files` are the first six operations' (they come first).
    primary: usize,
    index: HashMap<(Service, LogKind, String, String), usize>,
    sha: Vec<tokio::sync::OnceCell<String>>,
}

impl Instance {
    /// An instance with these fields still to fill in by `describe`.
    fn placeholder(now: DateTime<Utc>) -> Self {
        Self {
            service: Service::Dds,
            id: String::new(),
            kind: "extra",
            nodes: Vec::new(),
            name: String::new(),
            created: now,
            topology: Vec::new(),
        }
    }
}

/// Fills in what the instance listings show of `instance`: its name, creation time and every
/// node. From a generator of its own, so the ids and files generated before are unchanged.
fn describe(config: &Config, now: DateTime<Utc>, instance: &mut Instance) {
    let mut rng = fastrand::Rng::with_seed(text_key(
        config.seed,
        &[instance.service.as_str(), &instance.id, "topology"],
    ));
    let tag = hex_id(&mut rng, 4);
    instance.name = match (instance.service, instance.kind) {
        (Service::Dds, "cluster") => format!("dds-cluster-{tag}"),
        (Service::Dds, "replica_set") => format!("dds-replica-{tag}"),
        (Service::Rds, "mysql") => format!("rds-mysql-{tag}"),
        (Service::Rds, "sqlserver") => format!("rds-sqlserver-{tag}"),
        (Service::Taurusdb, "taurusdb") => format!("taurusdb-{tag}"),
        (service, _) => format!("{service}-extra-{tag}"),
    };
    let age = TimeDelta::days(rng.i64(90..400)) + TimeDelta::seconds(rng.i64(0..86_400));
    instance.created = DateTime::<Utc>::from_timestamp((now - age).timestamp(), 0).unwrap_or(now);
    let name = instance.name.clone();
    let node = |id: String, name: String, group: &'static str, group_id: &str, role| Node {
        id,
        name,
        group,
        group_id: group_id.to_owned(),
        role,
    };
    const REPLICA_ROLES: [&str; 3] = ["Primary", "Secondary", "Hidden"];
    let mut topology = Vec::new();
    match (instance.service, instance.kind) {
        (Service::Dds, "cluster") => {
            for (k, id) in instance.nodes.iter().enumerate() {
                let n = format!("{name}_mongos_node_{}", k + 1);
                topology.push(node(id.clone(), n, "mongos", "", "master"));
            }
            for (group, count) in [("shard", 2), ("config", 1)] {
                for g in 0..count {
                    let group_id = format!("{}gr02", hex_id(&mut rng, 32));
                    for (k, role) in REPLICA_ROLES.into_iter().enumerate() {
                        let id = format!("{}no02", hex_id(&mut rng, 32));
                        let n = if group == "shard" {
                            format!("{name}_shard_{}_node_{}", g + 1, k + 1)
                        } else {
                            format!("{name}_config_node_{}", k + 1)
                        };
                        topology.push(node(id, n, group, &group_id, role));
                    }
                }
            }
        }
        (Service::Dds, _) => {
            let group = if instance.nodes.len() == 1 {
                "single"
            } else {
                "replica"
            };
            for (k, id) in instance.nodes.iter().enumerate() {
                let role = REPLICA_ROLES.get(k).copied().unwrap_or("Secondary");
                let n = format!("{name}_{group}_node_{}", k + 1);
                topology.push(node(id.clone(), n, group, "", role));
            }
        }
        (Service::Rds, kind) => {
            let (count, suffix) = match kind {
                "mysql" => (2, "no01"),
                "sqlserver" => (1, "no04"),
                _ => (1, "no01"),
            };
            for k in 0..count {
                let role = if k == 0 { "master" } else { "slave" };
                let id = format!("{}{suffix}", hex_id(&mut rng, 32));
                topology.push(node(id, format!("{name}_node{k}"), role, "", role));
            }
        }
        (Service::Taurusdb, _) => {
            for (k, id) in instance.nodes.iter().enumerate() {
                let role = if k == 0 { "master" } else { "slave" };
                let n = format!("{name}_node{:02}", k + 1);
                topology.push(node(id.clone(), n, role, "", role));
            }
        }
    }
    instance.topology = topology;
}

/// `count` time ranges spread over the 60 days before `now`, oldest first, as the audit and
/// DDL files are.
fn spread(
    now: DateTime<Utc>,
    count: usize,
    rng: &mut fastrand::Rng,
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    let window = TimeDelta::days(60);
    let slot_ms = (window.num_milliseconds() / count.max(1) as i64).max(2);
    let origin = now - window;
    (0..count)
        .map(|i| {
            let jitter = rng.i64(0..slot_ms / 2);
            let start_ms = origin.timestamp_millis() + i as i64 * slot_ms + jitter;
            let start_ms = start_ms - start_ms.rem_euclid(1000) + rng.i64(0..1000).min(999);
            let start = DateTime::<Utc>::from_timestamp_millis(start_ms).unwrap_or(now);
            let max_len = (slot_ms / 2).clamp(1000, 6 * 3_600_000);
            let len_ms = rng.i64(max_len / 4..=max_len).max(1000);
            let end = (start + TimeDelta::milliseconds(len_ms)).min(now);
            let end = if end <= start {
                start + TimeDelta::seconds(1)
            } else {
                end
            };
            (start, end)
        })
        .collect()
}

/// The files past the first six operations' of `instance`: TaurusDB audit logs
/// (`logs_per_instance`), then slow and error logs (`logs_per_node` per node, per instance
/// for RDS). Each set from a generator of its own.
fn more_files(config: &Config, now: DateTime<Utc>, instance: &Instance, files: &mut Vec<LogFile>) {
    let service = instance.service;
    let mut push = |kind: LogKind, node: Option<&Node>, id: String, name: String, span| {
        let (start, end) = span;
        let content_key = text_key(
            config.seed,
            &[service.as_str(), &instance.id, kind.as_str(), &id],
        );
        files.push(LogFile {
            service,
            instance_id: instance.id.clone(),
            node_id: node.map(|n| n.id.clone()),
            kind,
            id,
            name,
            size: config.file_size,
            start,
            end,
            size_as_string: content_key & 1 == 1,
            content_key,
        });
    };
    if service == Service::Taurusdb {
        let mut rng = fastrand::Rng::with_seed(text_key(
            config.seed,
            &[service.as_str(), &instance.id, "audit files"],
        ));
        let count = config.logs_per_instance.min(MAX_LOGS_PER_INSTANCE);
        for span in spread(now, count, &mut rng) {
            let id = format!("{}t{}au07", hex_id(&mut rng, 12), hex_id(&mut rng, 20));
            let name = format!(
                "{}_{}/{}/Audit/{}_{}_Audit_{}",
                config.project_id,
                instance.id,
                span.0.format("%Y%m%d"),
                span.0.format("%Y%m%d%H%M%S"),
                instance.id,
                hex_id(&mut rng, 8)
            );
            push(LogKind::Audit, None, id, name, span);
        }
    }
    let per_node = config.logs_per_node.min(MAX_LOGS_PER_NODE);
    for kind in [LogKind::Slow, LogKind::Error] {
        let nodes: Vec<Option<&Node>> = match (service, kind) {
            (Service::Rds, _) => vec![None],
            (_, LogKind::Slow) => instance.slow_log_nodes().map(Some).collect(),
            _ => instance.error_log_nodes().map(Some).collect(),
        };
        for node in nodes {
            let mut rng = fastrand::Rng::with_seed(text_key(
                config.seed,
                &[
                    service.as_str(),
                    &instance.id,
                    node.map_or("", |n| n.id.as_str()),
                    kind.as_str(),
                ],
            ));
            for span in spread(now, per_node, &mut rng) {
                let ts = span.0.format("%Y%m%d%H%M%S");
                let node_id = node.map_or("", |n| n.id.as_str());
                let project = &config.project_id;
                let ms = span.0.format("%Y%m%d%H%M%S%3f");
                // As the documents' examples name them.
                let name = match (service, kind, instance.kind) {
                    (Service::Rds, LogKind::Slow, "sqlserver") => format!("SQLTrace_{ts}.trc"),
                    (Service::Rds, LogKind::Slow, _) => format!("{project}_slowlog_download_{ms}"),
                    (Service::Rds, _, _) => format!("{project}_errorlog_download_{ms}"),
                    (_, LogKind::Slow, _) => format!("{project}_{node_id}_slowlog_{ts}"),
                    _ => format!("{project}_{node_id}_errorlog_{ts}"),
                };
                push(kind, node, name.clone(), name, span);
            }
        }
    }
}

/// A small deterministic mixer (splitmix64 finalizer).
pub(crate) fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A 64-bit digest of text, for seeding.
pub(crate) fn text_key(seed: u64, parts: &[&str]) -> u64 {
    let mut h = Sha256::new();
    h.update(seed.to_le_bytes());
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    let digest = h.finalize();
    let mut eight = [0u8; 8];
    eight.copy_from_slice(digest.get(..8).unwrap_or(&[0; 8]));
    u64::from_le_bytes(eight)
}

fn hex_id(rng: &mut fastrand::Rng, len: usize) -> String {
    const HEX: &[u8] = b"0123456789abcdef";
    (0..len)
        .map(|_| char::from(HEX.get(rng.usize(..16)).copied().unwrap_or(b'0')))
        .collect()
}

impl Dataset {
    /// Generate the dataset of `config` (deterministic in the seed and the clock's time).
    pub fn generate(config: &Config) -> Self {
        let mut rng = fastrand::Rng::with_seed(config.seed);
        let now = config.clock.now();
        let mut instances = Vec::new();
        let mut plans: Vec<(usize, Vec<String>)> = Vec::new();

        let dds_nodes = |rng: &mut fastrand::Rng, n: usize| -> Vec<String> {
            (0..n).map(|_| format!("{}no02", hex_id(rng, 32))).collect()
        };
        let cluster_nodes = dds_nodes(&mut rng, 3);
        instances.push(Instance {
            service: Service::Dds,
            id: format!("{}in02", hex_id(&mut rng, 32)),
            kind: "cluster",
            nodes: cluster_nodes,
            ..Instance::placeholder(now)
        });
        let rs_nodes = dds_nodes(&mut rng, 3);
        instances.push(Instance {
            service: Service::Dds,
            id: format!("{}in02", hex_id(&mut rng, 32)),
            kind: "replica_set",
            nodes: rs_nodes,
            ..Instance::placeholder(now)
        });
        instances.push(Instance {
            service: Service::Rds,
            id: format!("{}in01", hex_id(&mut rng, 32)),
            kind: "mysql",
            nodes: Vec::new(),
            ..Instance::placeholder(now)
        });
        instances.push(Instance {
            service: Service::Rds,
            id: format!("{}in04", hex_id(&mut rng, 32)),
            kind: "sqlserver",
            nodes: Vec::new(),
            ..Instance::placeholder(now)
        });
        for _ in 0..2 {
            let nodes = (0..2)
                .map(|_| format!("{}no07", hex_id(&mut rng, 32)))
                .collect();
            instances.push(Instance {
                service: Service::Taurusdb,
                id: format!("{}in07", hex_id(&mut rng, 32)),
                kind: "taurusdb",
                nodes,
                ..Instance::placeholder(now)
            });
        }
        for i in 0..instances.len() {
            plans.push((i, Vec::new()));
        }
        for extra in &config.extra_instances {
            let nodes = match (extra.service, extra.nodes.is_empty()) {
                (Service::Rds, _) => Vec::new(),
                (Service::Dds, true) => dds_nodes(&mut rng, 1),
                (Service::Taurusdb, true) => vec![format!("{}no07", hex_id(&mut rng, 32))],
                (_, false) => extra.nodes.clone(),
            };
            instances.push(Instance {
                service: extra.service,
                id: extra.id.clone(),
                kind: "extra",
                nodes,
                ..Instance::placeholder(now)
            });
            plans.push((instances.len() - 1, extra.file_ids.clone()));
        }

        for instance in &mut instances {
            describe(config, now, instance);
        }

        let mut files = Vec::new();
        for (idx, explicit_ids) in plans {
            let Some(instance) = instances.get(idx) else {
                continue;
            };
            let count = if explicit_ids.is_empty() {
                config.logs_per_instance.min(MAX_LOGS_PER_INSTANCE)
            } else {
                explicit_ids.len()
            };
            let mut frng = fastrand::Rng::with_seed(text_key(
                config.seed,
                &[instance.service.as_str(), &instance.id, "files"],
            ));
            let window = TimeDelta::days(60);
            let slot_ms = (window.num_milliseconds() / count.max(1) as i64).max(2);
            let origin = now - window;
            for i in 0..count {
                let jitter = frng.i64(0..slot_ms / 2);
                let start_ms = origin.timestamp_millis() + i as i64 * slot_ms + jitter;
                let start_ms = start_ms - start_ms.rem_euclid(1000) + frng.i64(0..1000).min(999);
                let start = DateTime::<Utc>::from_timestamp_millis(start_ms).unwrap_or(now);
                let max_len = (slot_ms / 2).clamp(1000, 6 * 3_600_000);
                let len_ms = frng.i64(max_len / 4..=max_len).max(1000);
                let end = (start + TimeDelta::milliseconds(len_ms)).min(now);
                let end = if end <= start {
                    start + TimeDelta::seconds(1)
                } else {
                    end
                };
                let node_id = if instance.nodes.is_empty() {
                    None
                } else {
                    instance.nodes.get(i % instance.nodes.len()).cloned()
                };
                let explicit = explicit_ids.get(i).cloned();
                let (id, name) = names(
                    config,
                    instance,
                    node_id.as_deref(),
                    start,
                    i,
                    &mut frng,
                    explicit,
                );
                let content_key =
                    text_key(config.seed, &[instance.service.as_str(), &instance.id, &id]);
                files.push(LogFile {
                    service: instance.service,
                    instance_id: instance.id.clone(),
                    node_id,
                    kind: LogKind::primary(instance.service),
                    id,
                    name,
                    size: config.file_size,
                    start,
                    end,
                    size_as_string: content_key & 1 == 1,
                    content_key,
                });
            }
        }
        let primary = files.len();
        for instance in &instances {
            more_files(config, now, instance, &mut files);
        }
        let index = files
            .iter()
            .enumerate()
            .map(|(i, f)| ((f.service, f.kind, f.instance_id.clone(), f.id.clone()), i))
            .collect();
        let sha = files.iter().map(|_| tokio::sync::OnceCell::new()).collect();
        Self {
            instances,
            files,
            primary,
            index,
            sha,
        }
    }

    /// All instances, generated ones first, in a fixed order.
    pub fn instances(&self) -> &[Instance] {
        &self.instances
    }

    /// The files of the first six operations (DDS and RDS audit logs, TaurusDB DDL logs), by
    /// index: `files()[i]` is the file at index `i`.
    pub fn files(&self) -> &[LogFile] {
        self.files.get(..self.primary).unwrap_or(&self.files)
    }

    /// Every file: those of [`Dataset::files`], then the TaurusDB audit logs and the slow and
    /// error logs (same indexing: `all_files()[i]` is the file at index `i`).
    pub fn all_files(&self) -> &[LogFile] {
        &self.files
    }

    /// The instances of one service.
    pub fn instances_of(&self, service: Service) -> impl Iterator<Item = &Instance> {
        self.instances.iter().filter(move |i| i.service == service)
    }

    /// The instance `id` of `service`.
    pub fn instance(&self, service: Service, id: &str) -> Option<&Instance> {
        self.instances
            .iter()
            .find(|i| i.service == service && i.id == id)
    }

    /// Index of the file `id` of an instance, among the first six operations' files (DDS and
    /// RDS audit logs, TaurusDB DDL logs).
    pub fn file_index(&self, service: Service, instance_id: &str, id: &str) -> Option<usize> {
        self.file_index_of(service, LogKind::primary(service), instance_id, id)
    }

    /// Index of the file `id` of kind `kind` of an instance.
    pub fn file_index_of(
        &self,
        service: Service,
        kind: LogKind,
        instance_id: &str,
        id: &str,
    ) -> Option<usize> {
        self.index
            .get(&(service, kind, instance_id.to_owned(), id.to_owned()))
            .copied()
    }

    /// The file at `index`.
    pub fn file(&self, index: usize) -> Option<&LogFile> {
        self.files.get(index)
    }

    /// The files of an instance the first six operations list (DDS and RDS audit logs,
    /// TaurusDB DDL logs), newest first.
    pub fn files_of(&self, service: Service, instance_id: &str) -> Vec<&LogFile> {
        self.files_of_kind(service, LogKind::primary(service), instance_id)
    }

    /// The files of kind `kind` of an instance, newest first.
    pub fn files_of_kind(
        &self,
        service: Service,
        kind: LogKind,
        instance_id: &str,
    ) -> Vec<&LogFile> {
        let mut v: Vec<&LogFile> = self
            .files
            .iter()
            .filter(|f| f.service == service && f.kind == kind && f.instance_id == instance_id)
            .collect();
        v.sort_by(|a, b| b.start.cmp(&a.start).then_with(|| a.id.cmp(&b.id)));
        v
    }

    /// The manifest line of the file at `index` (without its SHA-256).
    pub fn manifest_entry(&self, index: usize) -> Option<ManifestEntry> {
        let f = self.files.get(index)?;
        Some(ManifestEntry {
            service: f.service,
            instance_id: f.instance_id.clone(),
            node_id: f.node_id.clone(),
            kind: f.kind,
            id: f.id.clone(),
            name: f.name.clone(),
            size: f.size,
            start_time: f.start.to_rfc3339(),
            end_time: f.end.to_rfc3339(),
            download_path: download_path(f),
            sha256: None,
        })
    }

    /// The SHA-256 of a file's content, computed on a blocking thread the first time (by
    /// streaming the blocks, so memory stays flat) and cached.
    pub async fn sha256(self: &Arc<Self>, index: usize) -> Option<String> {
        let cell = self.sha.get(index)?;
        let this = Arc::clone(self);
        let value = cell
            .get_or_init(|| async move {
                tokio::task::spawn_blocking(move || this.compute_sha256(index))
                    .await
                    .unwrap_or_default()
            })
            .await;
        Some(value.clone())
    }

    fn compute_sha256(&self, index: usize) -> String {
        let Some(file) = self.files.get(index) else {
            return String::new();
        };
        let mut hasher = Sha256::new();
        let mut pos = 0;
        while pos < file.size {
            let piece = chunk(file, pos, file.size);
            hasher.update(&piece);
            pos += piece.len() as u64;
        }
        hex::encode(hasher.finalize())
    }

    /// The bytes `offset..offset+len` of a file (clipped to its size). For tests; the server
    /// streams the same blocks.
    pub fn read(&self, index: usize, offset: u64, len: u64) -> Vec<u8> {
        let mut out = Vec::new();
        let Some(file) = self.files.get(index) else {
            return out;
        };
        let end = offset.saturating_add(len).min(file.size);
        let mut pos = offset;
        while pos < end {
            let chunk = chunk(file, pos, end);
            pos += chunk.len() as u64;
            if chunk.is_empty() {
                break;
            }
            out.extend_from_slice(&chunk);
        }
        out
    }
}

/// The bytes of the file from `pos` to the end of the block piece holding `pos` (see
/// [`block_pieces`]) or to `end`, whichever is first: shared with the template, not copied.
/// Empty only when `pos >= end`.
pub(crate) fn chunk(file: &LogFile, pos: u64, end: u64) -> Bytes {
    let block = pos / BLOCK_SIZE;
    let mut at = block * BLOCK_SIZE;
    for piece in block_pieces(file, block) {
        let next = at + piece.len() as u64;
        if pos < next {
            let from = (pos - at) as usize;
            let to = (end.min(next).max(pos) - at) as usize;
            return piece.slice(from..to);
        }
        at = next;
    }
    Bytes::new()
}

/// Path of a file's download, without query: `/download/{service}/{instance}/{id}` for the
/// first six operations' files, `/download/{service}/{instance}/{kind}/{id}` for the others
/// (their ids are only unique within their kind).
pub(crate) fn download_path(f: &LogFile) -> String {
    if f.kind == LogKind::primary(f.service) {
        format!(
            "/download/{}/{}/{}",
            f.service,
            encode_segment(&f.instance_id),
            encode_segment(&f.id)
        )
    } else {
        format!(
            "/download/{}/{}/{}/{}",
            f.service,
            encode_segment(&f.instance_id),
            f.kind,
            encode_segment(&f.id)
        )
    }
}

/// The key of a file in the download counters and faults: `service/instance/id`, or
/// `service/instance/kind/id` past the first six operations' files.
pub(crate) fn download_key(f: &LogFile) -> String {
    if f.kind == LogKind::primary(f.service) {
        format!("{}/{}/{}", f.service, f.instance_id, f.id)
    } else {
        format!("{}/{}/{}/{}", f.service, f.instance_id, f.kind, f.id)
    }
}

/// Percent-encode a path segment (everything but `A-Z a-z 0-9 - _ . ~`).
pub(crate) fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn beijing() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| Utc.fix())
}

use chrono::Offset as _;

fn names(
    config: &Config,
    instance: &Instance,
    node_id: Option<&str>,
    start: DateTime<Utc>,
    i: usize,
    rng: &mut fastrand::Rng,
    explicit: Option<String>,
) -> (String, String) {
    let ms = start.timestamp_millis();
    match instance.service {
        Service::Dds => {
            let node = node_id.unwrap_or("node");
            let id = explicit.unwrap_or_else(|| format!("{node}_{ms}"));
            let name = format!(
                "{}_audit_log_{}_{}_{}",
                config.project_id, instance.id, node, ms
            );
            (id, name)
        }
        Service::Rds => {
            let day = start.format("%Y%m%d");
            let uuid = format!(
                "{}-{}-{}-{}-{}",
                hex_id(rng, 8),
                hex_id(rng, 4),
                hex_id(rng, 4),
                hex_id(rng, 4),
                hex_id(rng, 12)
            );
            let generated_id = if instance.kind == "sqlserver" {
                format!("audit_{}.sqlaudit", start.format("%Y%m%d_%H%M%S"))
            } else {
                format!("{}t{}br01", hex_id(rng, 12), hex_id(rng, 20))
            };
            let id = explicit.unwrap_or(generated_id);
            let leaf = if instance.kind == "sqlserver" {
                id.clone()
            } else {
                format!(
                    "{}_{}_{}_Audit_{}",
                    317_000 + i,
                    start.format("%Y%m%d%H%M%S"),
                    instance.id,
                    uuid
                )
            };
            let name = format!(
                "{}_{}/39779175_{day}/Audit/{leaf}",
                config.project_id, instance.id
            );
            (id, name)
        }
        Service::Taurusdb => {
            let generated_id = format!("{}t{}br07", hex_id(rng, 12), hex_id(rng, 20));
            let id = explicit.unwrap_or(generated_id);
            let name = format!(
                "{}_OmaLog",
                start.with_timezone(&beijing()).format("%Y%m%d%H%M%S")
            );
            (id, name)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Content.

const USERS: &[&str] = &["root", "rwuser", "app_rw", "report_ro", "admin", "etl"];
const DBS: &[&str] = &[
    "orders",
    "billing",
    "users",
    "inventory",
    "analytics",
    "audit",
];
const MONGO_CMDS: &[&str] = &[
    "find",
    "insert",
    "update",
    "delete",
    "aggregate",
    "createIndexes",
    "authenticate",
    "count",
];
const SQL: &[&str] = &[
    "SELECT * FROM t_order WHERE id = ?",
    "UPDATE t_account SET balance = balance - ? WHERE id = ?",
    "INSERT INTO t_event (kind, payload) VALUES (?, ?)",
    "DELETE FROM t_session WHERE expires_at < NOW()",
    "SELECT COUNT(*) FROM t_user",
    "COMMIT",
];
const DDL: &[&str] = &[
    "CREATE TABLE t_tmp_report (id BIGINT PRIMARY KEY, v VARCHAR(64))",
    "ALTER TABLE t_order ADD COLUMN note VARCHAR(255) NULL",
    "ALTER TABLE t_user ADD INDEX idx_email (email)",
    "DROP TABLE IF EXISTS t_tmp_report",
    "TRUNCATE TABLE t_session",
    "RENAME TABLE t_event TO t_event_old",
];

/// Events of the error logs: (severity, component, id, message).
type Event = (&'static str, &'static str, &'static str, &'static str);

const MONGO_EVENTS: &[Event] = &[
    (
        "W",
        "NETWORK",
        "4615610",
        "Failed to check socket connectivity",
    ),
    ("E", "NETWORK", "23077", "Error sending response to client"),
    ("W", "ACCESS", "20249", "Authentication failed"),
    ("W", "REPL", "21402", "Replication lag detected"),
    ("E", "STORAGE", "22435", "WiredTiger error"),
    ("I", "CONNPOOL", "22576", "Connecting"),
];

const MYSQL_EVENTS: &[Event] = &[
    (
        "Warning",
        "Server",
        "MY-010055",
        "IP address could not be resolved",
    ),
    (
        "Warning",
        "Server",
        "MY-010068",
        "CA certificate is self signed",
    ),
    (
        "Note",
        "Server",
        "MY-010914",
        "Aborted connection: Got an error reading communication packets",
    ),
    ("ERROR", "Server", "MY-010926", "Access denied for user"),
    ("Warning", "InnoDB", "MY-012111", "A long semaphore wait"),
    (
        "ERROR",
        "Repl",
        "MY-010584",
        "Replica I/O: error reconnecting to source",
    ),
];

fn pick_event(rng: &mut fastrand::Rng, list: &[Event]) -> Event {
    list.get(rng.usize(..list.len()))
        .copied()
        .unwrap_or(("I", "", "0", ""))
}

fn pick<'a>(rng: &mut fastrand::Rng, list: &[&'a str]) -> &'a str {
    list.get(rng.usize(..list.len())).copied().unwrap_or("")
}

fn push_u64(buf: &mut Vec<u8>, mut n: u64) {
    let mut tmp = [0u8; 20];
    let mut i = tmp.len();
    loop {
        i -= 1;
        if let Some(slot) = tmp.get_mut(i) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    buf.extend_from_slice(tmp.get(i..).unwrap_or(&[]));
}

fn push_ip(buf: &mut Vec<u8>, rng: &mut fastrand::Rng) {
    buf.extend_from_slice(b"192.168.");
    push_u64(buf, rng.u64(0..4));
    buf.push(b'.');
    push_u64(buf, rng.u64(2..250));
}

/// Longest line the generators write, padding excluded.
const MAX_LINE: usize = 400;

/// Lines in each service's format, generated once per process ([`BLOCK_SIZE`] bytes, stored
/// twice over so any run of up to that length is one slice): a block is a stamped header
/// line and a run of these lines from an offset that depends on the file and the block.
fn template(format: Format) -> &'static [u8] {
    static TEMPLATES: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    let all = TEMPLATES.get_or_init(|| {
        Format::ALL
            .iter()
            .map(|&(service, kind)| {
                let start = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).unwrap_or_default();
                let file = LogFile {
                    service,
                    instance_id: String::new(),
                    node_id: None,
                    kind,
                    id: String::new(),
                    name: String::new(),
                    size: BLOCK_SIZE,
                    start,
                    end: start + TimeDelta::hours(1),
                    size_as_string: false,
                    content_key: 0x5eed_f11e,
                };
                let mut buf = Vec::with_capacity(2 * BLOCK_SIZE as usize);
                generate_lines(&file, 0, &mut buf);
                buf.extend_from_within(..);
                buf
            })
            .collect()
    });
    all.get(format as usize).map_or(&[][..], Vec::as_slice)
}

/// The log format of a file's content, from its service and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// MongoDB audit JSON lines (DDS audit).
    MongoAudit,
    /// MySQL audit lines (RDS and TaurusDB audit).
    MysqlAudit,
    /// TaurusDB DDL lines.
    Ddl,
    /// MongoDB slow query JSON lines (DDS slow).
    MongoSlow,
    /// MongoDB log JSON lines of warnings and errors (DDS error).
    MongoError,
    /// MySQL slow query log entries (RDS and TaurusDB slow).
    MysqlSlow,
    /// MySQL error log lines (RDS and TaurusDB error).
    MysqlError,
}

impl Format {
    /// A (service, kind) of each format, in the order of the variants: the templates.
    const ALL: [(Service, LogKind); 7] = [
        (Service::Dds, LogKind::Audit),
        (Service::Rds, LogKind::Audit),
        (Service::Taurusdb, LogKind::Ddl),
        (Service::Dds, LogKind::Slow),
        (Service::Dds, LogKind::Error),
        (Service::Rds, LogKind::Slow),
        (Service::Rds, LogKind::Error),
    ];

    fn of(file: &LogFile) -> Self {
        match (file.service, file.kind) {
            (Service::Dds, LogKind::Slow) => Self::MongoSlow,
            (Service::Dds, LogKind::Error) => Self::MongoError,
            (Service::Dds, _) => Self::MongoAudit,
            (_, LogKind::Slow) => Self::MysqlSlow,
            (_, LogKind::Error) => Self::MysqlError,
            (Service::Taurusdb, LogKind::Ddl) => Self::Ddl,
            (Service::Rds | Service::Taurusdb, _) => Self::MysqlAudit,
        }
    }
}

/// When block `block` of `file` was written: the file's time range shared evenly by its blocks.
fn block_time(file: &LogFile, block: u64) -> DateTime<Utc> {
    let blocks = file.size.div_ceil(BLOCK_SIZE).max(1);
    let span_ms = (file.end - file.start).num_milliseconds().max(1);
    let block_ms = file.start.timestamp_millis() + span_ms * block as i64 / blocks as i64;
    DateTime::<Utc>::from_timestamp_millis(block_ms).unwrap_or(file.start)
}

/// Block `block` of `file` as the pieces it is made of, in order: a header line naming the
/// file, the block and its time; a run of whole lines of the service's template, starting
/// at a line boundary that depends on the file and the block (shared, not copied); and
/// padding (`#`, spaces, a newline) to exactly [`BLOCK_SIZE`] bytes. Serving shared pieces
/// instead of assembling each block keeps the emulator's CPU for the client it serves (on
/// a 2-core machine the benchmark shares it).
pub(crate) fn block_pieces(file: &LogFile, block: u64) -> [Bytes; 4] {
    let base = block_time(file, block);
    let stamp = base.format("%Y-%m-%dT%H:%M:%S%.3f+0000");
    let key = file.content_key;
    let format = Format::of(file);
    let header = match format {
        Format::MongoAudit => format!(
            "{{\"atype\":\"logRotate\",\"ts\":{{\"$date\":\"{stamp}\"}},\"param\":{{\"file\":\"{key:016x}\",\"block\":{block}}},\"result\":0}}\n"
        ),
        Format::MongoSlow | Format::MongoError => format!(
            "{{\"t\":{{\"$date\":\"{stamp}\"}},\"s\":\"I\",\"c\":\"CONTROL\",\"id\":23300,\"ctx\":\"main\",\"msg\":\"Log block\",\"attr\":{{\"file\":\"{key:016x}\",\"block\":{block}}}}}\n"
        ),
        Format::MysqlAudit | Format::Ddl | Format::MysqlSlow | Format::MysqlError => {
            format!("{stamp} [NOTE] log block {block} of file {key:016x}\n")
        }
    };
    let room = BLOCK_SIZE as usize - header.len();
    let doubled = template(format);
    let t = doubled.len() / 2;
    // Start on a line boundary somewhere in the template; the template twice over makes any
    // run of up to one template length one slice.
    let at = (mix(key ^ mix(block)) % t as u64) as usize;
    let from = doubled[at..t]
        .iter()
        .position(|b| *b == b'\n')
        .map_or(0, |i| (at + i + 1) % t);
    let run = &doubled[from..from + room];
    // End on a whole line; pad the rest as `generate_lines` does.
    let lines = run.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let rest = room - lines;
    let pad = if rest > 1 {
        &PADDING[..rest - 1]
    } else {
        &[][..]
    };
    let newline = if rest > 0 { &b"\n"[..] } else { &[][..] };
    [
        Bytes::from(header),
        Bytes::from_static(doubled).slice(from..from + lines),
        Bytes::from_static(pad),
        Bytes::from_static(newline),
    ]
}

/// `#` and spaces: the start of any padding line.
static PADDING: [u8; BLOCK_SIZE as usize] = {
    let mut pad = [b' '; BLOCK_SIZE as usize];
    pad[0] = b'#';
    pad
};

/// Append [`BLOCK_SIZE`] bytes of text lines of the service's log format, each generated from
/// the file's key and the block, the last one padded so the block ends with a newline (the
/// templates).
fn generate_lines(file: &LogFile, block: u64, buf: &mut Vec<u8>) {
    let mut rng = fastrand::Rng::with_seed(mix(file.content_key ^ mix(block)));
    let base = block_time(file, block);
    let stamp = base.format("%Y-%m-%dT%H:%M:%S").to_string();
    let target = buf.len() + BLOCK_SIZE as usize;
    let mut line_no = 0u64;
    while target - buf.len() > MAX_LINE {
        let ms = rng.u64(0..1000);
        match Format::of(file) {
            Format::MongoAudit => {
                buf.extend_from_slice(br#"{"atype":"authCheck","ts":{"$date":""#);
                buf.extend_from_slice(stamp.as_bytes());
                buf.push(b'.');
                push_pad3(buf, ms);
                buf.extend_from_slice(br#"+0000"},"local":{"ip":""#);
                push_ip(buf, &mut rng);
                buf.extend_from_slice(br#"","port":8635},"remote":{"ip":""#);
                push_ip(buf, &mut rng);
                buf.extend_from_slice(br#"","port":"#);
                push_u64(buf, rng.u64(30000..65000));
                buf.extend_from_slice(br#"},"users":[{"user":""#);
                buf.extend_from_slice(pick(&mut rng, USERS).as_bytes());
                buf.extend_from_slice(br#"","db":"admin"}],"param":{"command":""#);
                buf.extend_from_slice(pick(&mut rng, MONGO_CMDS).as_bytes());
                buf.extend_from_slice(br#"","ns":""#);
                buf.extend_from_slice(pick(&mut rng, DBS).as_bytes());
                buf.extend_from_slice(b".coll");
                push_u64(buf, rng.u64(0..32));
                buf.extend_from_slice(br#""},"result":0}"#);
            }
            Format::MysqlAudit => {
                buf.extend_from_slice(stamp.as_bytes());
                buf.push(b'.');
                push_pad3(buf, ms);
                buf.extend_from_slice(b"+0000,record_id=");
                push_u64(buf, block * 1_000 + line_no);
                buf.extend_from_slice(b",connection_id=");
                push_u64(buf, rng.u64(1000..99999));
                buf.extend_from_slice(b",user=");
                buf.extend_from_slice(pick(&mut rng, USERS).as_bytes());
                buf.extend_from_slice(b",host=");
                push_ip(buf, &mut rng);
                buf.extend_from_slice(b",db=");
                buf.extend_from_slice(pick(&mut rng, DBS).as_bytes());
                buf.extend_from_slice(b",command=Query,sql=\"");
                buf.extend_from_slice(pick(&mut rng, SQL).as_bytes());
                buf.extend_from_slice(b"\",rows=");
                push_u64(buf, rng.u64(0..500));
                buf.extend_from_slice(b",status=0");
            }
            Format::Ddl => {
                buf.extend_from_slice(stamp.as_bytes());
                buf.push(b'.');
                push_pad3(buf, ms);
                buf.extend_from_slice(b"+0000 [DDL] thread_id=");
                push_u64(buf, rng.u64(100..99999));
                buf.extend_from_slice(b" user=");
                buf.extend_from_slice(pick(&mut rng, USERS).as_bytes());
                buf.push(b'@');
                push_ip(buf, &mut rng);
                buf.extend_from_slice(b" db=");
                buf.extend_from_slice(pick(&mut rng, DBS).as_bytes());
                buf.extend_from_slice(b" sql=\"");
                buf.extend_from_slice(pick(&mut rng, DDL).as_bytes());
                buf.push(b'"');
            }
            Format::MongoSlow => {
                buf.extend_from_slice(br#"{"t":{"$date":""#);
                buf.extend_from_slice(stamp.as_bytes());
                buf.push(b'.');
                push_pad3(buf, ms);
                buf.extend_from_slice(br#"+00:00"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn"#);
                push_u64(buf, rng.u64(100..99999));
                buf.extend_from_slice(br#"","msg":"Slow query","attr":{"type":"command","ns":""#);
                let db = pick(&mut rng, DBS);
                let coll = rng.u64(0..32);
                buf.extend_from_slice(db.as_bytes());
                buf.extend_from_slice(b".coll");
                push_u64(buf, coll);
                buf.extend_from_slice(br#"","command":{""#);
                buf.extend_from_slice(pick(&mut rng, MONGO_CMDS).as_bytes());
                buf.extend_from_slice(br#"":"coll"#);
                push_u64(buf, coll);
                buf.extend_from_slice(br#"","$db":""#);
                buf.extend_from_slice(db.as_bytes());
                buf.extend_from_slice(br#""},"planSummary":"COLLSCAN","docsExamined":"#);
                push_u64(buf, rng.u64(1000..5_000_000));
                buf.extend_from_slice(br#","nreturned":"#);
                push_u64(buf, rng.u64(0..500));
                buf.extend_from_slice(br#","remote":""#);
                push_ip(buf, &mut rng);
                buf.extend_from_slice(br#":"#);
                push_u64(buf, rng.u64(30000..65000));
                buf.extend_from_slice(br#"","durationMillis":"#);
                push_u64(buf, rng.u64(100..60_000));
                buf.extend_from_slice(b"}}");
            }
            Format::MongoError => {
                let (severity, component, id, msg) = pick_event(&mut rng, MONGO_EVENTS);
                buf.extend_from_slice(br#"{"t":{"$date":""#);
                buf.extend_from_slice(stamp.as_bytes());
                buf.push(b'.');
                push_pad3(buf, ms);
                buf.extend_from_slice(br#"+00:00"},"s":""#);
                buf.extend_from_slice(severity.as_bytes());
                buf.extend_from_slice(br#"","c":""#);
                buf.extend_from_slice(component.as_bytes());
                buf.extend_from_slice(br#"","id":"#);
                buf.extend_from_slice(id.as_bytes());
                buf.extend_from_slice(br#","ctx":"conn"#);
                push_u64(buf, rng.u64(100..99999));
                buf.extend_from_slice(br#"","msg":""#);
                buf.extend_from_slice(msg.as_bytes());
                buf.extend_from_slice(br#"","attr":{"remote":""#);
                push_ip(buf, &mut rng);
                buf.push(b':');
                push_u64(buf, rng.u64(30000..65000));
                buf.extend_from_slice(br#""}}"#);
            }
            Format::MysqlSlow => {
                buf.extend_from_slice(b"# Time: ");
                buf.extend_from_slice(stamp.as_bytes());
                buf.push(b'.');
                push_pad3(buf, ms);
                buf.extend_from_slice(b"000Z\n# User@Host: ");
                let user = pick(&mut rng, USERS);
                buf.extend_from_slice(user.as_bytes());
                buf.push(b'[');
                buf.extend_from_slice(user.as_bytes());
                buf.extend_from_slice(b"] @  [");
                push_ip(buf, &mut rng);
                buf.extend_from_slice(b"]  Id: ");
                push_u64(buf, rng.u64(1000..99999));
                buf.extend_from_slice(b"\n# Query_time: ");
                push_u64(buf, rng.u64(1..60));
                buf.push(b'.');
                push_pad3(buf, rng.u64(0..1000));
                buf.extend_from_slice(b"000  Lock_time: 0.000");
                push_pad3(buf, rng.u64(0..1000));
                buf.extend_from_slice(b" Rows_sent: ");
                push_u64(buf, rng.u64(0..500));
                buf.extend_from_slice(b"  Rows_examined: ");
                push_u64(buf, rng.u64(1000..5_000_000));
                buf.extend_from_slice(b"\nuse ");
                buf.extend_from_slice(pick(&mut rng, DBS).as_bytes());
                buf.extend_from_slice(b";\nSET timestamp=");
                push_u64(buf, u64::try_from(base.timestamp()).unwrap_or(0));
                buf.extend_from_slice(b";\n");
                buf.extend_from_slice(pick(&mut rng, SQL).as_bytes());
                buf.push(b';');
            }
            Format::MysqlError => {
                let (severity, component, id, msg) = pick_event(&mut rng, MYSQL_EVENTS);
                buf.extend_from_slice(stamp.as_bytes());
                buf.push(b'.');
                push_pad3(buf, ms);
                buf.extend_from_slice(b"000Z ");
                push_u64(buf, rng.u64(0..99999));
                buf.extend_from_slice(b" [");
                buf.extend_from_slice(severity.as_bytes());
                buf.extend_from_slice(b"] [");
                buf.extend_from_slice(id.as_bytes());
                buf.extend_from_slice(b"] [");
                buf.extend_from_slice(component.as_bytes());
                buf.extend_from_slice(b"] ");
                buf.extend_from_slice(msg.as_bytes());
                buf.extend_from_slice(b" (client ");
                push_ip(buf, &mut rng);
                buf.push(b')');
            }
        }
        buf.push(b'\n');
        line_no += 1;
    }
    let rest = target - buf.len();
    if rest > 1 {
        buf.push(b'#');
        buf.resize(target - 1, b' ');
    }
    buf.push(b'\n');
}

fn push_pad3(buf: &mut Vec<u8>, n: u64) {
    let n = n % 1000;
    buf.push(b'0' + (n / 100) as u8);
    buf.push(b'0' + (n / 10 % 10) as u8);
    buf.push(b'0' + (n % 10) as u8);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `logs` files of `size` bytes per instance, the clock stopped at 2023-11-14T22:13:20Z.
    fn fixed_clock(size: u64, logs: usize) -> Config {
        Config {
            file_size: size,
            logs_per_instance: logs,
            clock: crate::config::Clock::fixed(
                DateTime::<Utc>::from_timestamp(1_700_000_000, 0).unwrap_or_default(),
            ),
            ..Config::default()
        }
    }

    #[test]
    fn deterministic_and_block_aligned() {
        let config = fixed_clock(3 * BLOCK_SIZE + 17, 3);
        let a = Dataset::generate(&config);
        let b = Dataset::generate(&config);
        assert_eq!(a.files(), b.files());
        assert_eq!(a.instances().len(), 6);
        assert_eq!(a.files().len(), 18);
        for i in 0..a.files().len() {
            let whole = a.read(i, 0, u64::MAX);
            assert_eq!(whole.len() as u64, 3 * BLOCK_SIZE + 17);
            let part = a.read(i, BLOCK_SIZE - 5, 10);
            assert_eq!(
                part.as_slice(),
                whole
                    .get((BLOCK_SIZE - 5) as usize..(BLOCK_SIZE + 5) as usize)
                    .unwrap_or(&[])
            );
            assert_eq!(whole.get(BLOCK_SIZE as usize - 1), Some(&b'\n'));
            assert!(std::str::from_utf8(&whole).is_ok());
        }
        let f = a.files().iter().find(|f| f.service == Service::Rds);
        assert!(f.is_some_and(|f| f.name.contains('/')));
    }

    /// The content is pinned: a change to the generator shows here, not as a silent change
    /// of every served file (the first file of each service, fixed clock, 5 blocks and a bit).
    #[test]
    fn content_is_pinned() {
        let config = fixed_clock(5 * BLOCK_SIZE + 1234, 1);
        let d = Dataset::generate(&config);
        let digests: Vec<(Service, String)> = (0..d.files().len())
            .map(|i| (d.files()[i].service, d.compute_sha256(i)))
            .collect();
        let first = |s: Service| {
            digests
                .iter()
                .find(|(x, _)| *x == s)
                .map(|(_, h)| h.as_str())
        };
        assert_eq!(
            first(Service::Dds),
            Some("94f6f6996a1af623465c457549c0a93af75a129a452a407f78d3aa4ba57326d5")
        );
        assert_eq!(
            first(Service::Rds),
            Some("95498839fce7087cf00171eca0fbbcbda775e98d004926adf0acc90eae4571a0")
        );
        assert_eq!(
            first(Service::Taurusdb),
            Some("5cdcfe123be93e44dd62a9ad09f69e495fd4bbb6e49bf8e0e9a1aa3e80e5edc9")
        );
        // Every block is whole lines of exactly BLOCK_SIZE bytes, whatever the piece sizes.
        for (i, f) in d.files().iter().enumerate() {
            for b in 0..5 {
                let pieces = block_pieces(f, b);
                let block: Vec<u8> = pieces.iter().flat_map(|p| p.iter().copied()).collect();
                assert_eq!(block.len() as u64, BLOCK_SIZE, "file {i} block {b}");
                assert_eq!(block.last(), Some(&b'\n'));
                assert_eq!(block, d.read(i, b * BLOCK_SIZE, BLOCK_SIZE));
            }
        }
    }

    /// The files past the first six operations' are kept apart (their own generators, after
    /// the first files), in their formats, whole lines of whole blocks; pinned like the others.
    #[test]
    fn the_other_kinds_are_apart_and_pinned() {
        let config = fixed_clock(2 * BLOCK_SIZE + 99, 2);
        let d = Dataset::generate(&config);
        let before = Dataset::generate(&Config {
            logs_per_node: 0,
            ..fixed_clock(2 * BLOCK_SIZE + 99, 2)
        });
        assert_eq!(d.files(), &before.all_files()[..12]);
        assert_eq!(d.files().len(), 12);
        // TaurusDB audit (2 x 2), slow (DDS 6 + 3 nodes, RDS 2, TaurusDB 4) and error (DDS
        // 12 + 3, RDS 2, TaurusDB 4) logs, 2 each.
        assert_eq!(
            d.all_files().len(),
            12 + 4 + 2 * (9 + 2 + 4) + 2 * (15 + 2 + 4)
        );
        let mut digests = Vec::new();
        for (service, kind, marker) in [
            (Service::Taurusdb, LogKind::Audit, ",command=Query,sql="),
            (Service::Dds, LogKind::Slow, "\"msg\":\"Slow query\""),
            (Service::Dds, LogKind::Error, "\"c\":\""),
            (Service::Rds, LogKind::Slow, "# Query_time: "),
            (Service::Rds, LogKind::Error, "] [Server] "),
            (Service::Taurusdb, LogKind::Slow, "# Query_time: "),
            (Service::Taurusdb, LogKind::Error, "] [MY-0"),
        ] {
            let i = (0..d.all_files().len())
                .find(|i| d.all_files()[*i].service == service && d.all_files()[*i].kind == kind)
                .unwrap_or(usize::MAX);
            let whole = d.read(i, 0, u64::MAX);
            assert_eq!(whole.len() as u64, 2 * BLOCK_SIZE + 99, "{service} {kind}");
            let text = std::str::from_utf8(&whole).unwrap_or("");
            assert!(text.contains(marker), "{service} {kind}");
            for b in 0..2 {
                let block = d.read(i, b * BLOCK_SIZE, BLOCK_SIZE);
                assert_eq!(block.last(), Some(&b'\n'), "{service} {kind} block {b}");
            }
            digests.push(d.compute_sha256(i));
        }
        assert_eq!(
            digests,
            [
                "5a79a2f8fd8f7c2904476b81f6a249d3e4fdc321ad76d7092be399267db48b11",
                "da1fb5276dfd7d85ab4c10d5705229855c07695d902a75f80629880765a82456",
                "4113f54d9de442c65a819c6eb305d5f3263695f6ef17a3bec5a93cc3a2a1d7bd",
                "75efeda99ba5742f9b0fa85acfad317546a877457899c7a4baaad7b49871019a",
                "8e3ef5db0702f33c593c98bee87fdcda0af9b6f66f5aa3716ce4290d9a438389",
                "972a88900eaa1d80eefab4169e300fa4d22063858b7367a46c1c905c4dd2fa5e",
                "0642e388e00c19f31060d57c2b3051233179b7095c532f06f240c9703224f7c0",
            ]
        );
    }
}
