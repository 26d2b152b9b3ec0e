//! The instance listings (DDS and RDS `list_instances`, TaurusDB `list_gauss_my_sql_instances`)
//! and TaurusDB's `show_gauss_my_sql_instance_info`, in the shapes of the official SDK's models:
//! every field its models mark required, the dataset's node ids, and fixed, plausible values
//! for what the dataset does not model (network, flavors, backups).

use chrono::{DateTime, Utc};
use http::StatusCode;
use huaweicloud_core::wire::AUDIT_TIME_FORMAT;
use serde_json::{Value, json};

use super::App;
use super::errors::ApiError;
use super::limits;
use super::params::{Params, page};
use crate::config::Service;
use crate::dataset::{Instance, Node, text_key};

/// A UUID made of the seed and `parts`.
fn uuid(seed: u64, parts: &[&str]) -> String {
    let a = text_key(seed, parts);
    let b = text_key(seed ^ 0x5eed, parts);
    format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        b >> 52,
        b & 0xffff_ffff_ffff
    )
}

/// The private IP address of a node.
fn ip(seed: u64, id: &str) -> String {
    let k = text_key(seed, &["ip", id]);
    format!("192.168.{}.{}", (k >> 8) % 4, 2 + (k & 0xff) % 248)
}

/// What every instance shares with the others: one VPC, one subnet, one security group.
struct Network {
    vpc_id: String,
    subnet_id: String,
    security_group_id: String,
}

impl Network {
    fn of(app: &App) -> Self {
        let seed = app.config.seed;
        Self {
            vpc_id: uuid(seed, &["vpc"]),
            subnet_id: uuid(seed, &["subnet"]),
            security_group_id: uuid(seed, &["security group"]),
        }
    }
}

/// The tags of an instance: `env=emulator`, `service={service}`.
fn tags(inst: &Instance) -> Vec<(&'static str, &'static str)> {
    vec![("env", "emulator"), ("service", inst.service.as_str())]
}

fn tags_json(inst: &Instance) -> Value {
    Value::Array(
        tags(inst)
            .into_iter()
            .map(|(key, value)| json!({"key": key, "value": value}))
            .collect(),
    )
}

/// `key=value,key2=value2` (an empty value matches any): the tags an instance must all have.
fn parse_tags(value: Option<&str>) -> Result<Vec<(String, String)>, ApiError> {
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    value
        .split(',')
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let k = k.trim();
            if k.is_empty() {
                Err(ApiError::invalid_why("tags", "a tag key is empty"))
            } else {
                Ok((k.to_owned(), v.trim().to_owned()))
            }
        })
        .collect()
}

fn has_tags(inst: &Instance, wanted: &[(String, String)]) -> bool {
    let have = tags(inst);
    wanted.iter().all(|(k, v)| {
        have.iter()
            .any(|(hk, hv)| hk == k && (v.is_empty() || hv == v))
    })
}

/// A name or id filter: exact, or with a leading `*` a substring ("fuzzy"); `*` alone is
/// refused, as the services refuse it.
fn pattern<'a>(p: &'a Params<'_>, key: &str, fuzzy: bool) -> Result<Option<&'a str>, ApiError> {
    match p.get(key) {
        Some("*") if fuzzy => Err(ApiError::invalid_why(
            key,
            "\"*\" is reserved and cannot be given alone",
        )),
        other => Ok(other),
    }
}

fn matches(pattern: Option<&str>, value: &str, fuzzy: bool) -> bool {
    pattern.is_none_or(|p| match p.strip_prefix('*') {
        Some(rest) if fuzzy => value.contains(rest),
        _ => p == value,
    })
}

/// One of `allowed`, when given.
fn one_of<'a>(p: &'a Params<'_>, key: &str, allowed: &[&str]) -> Result<Option<&'a str>, ApiError> {
    match p.get(key) {
        Some(v) if !allowed.contains(&v) => Err(ApiError::invalid_why(
            key,
            &format!("expected one of {}", allowed.join(", ")),
        )),
        other => Ok(other),
    }
}

/// DDS `mode` of an instance.
fn dds_mode(inst: &Instance) -> &'static str {
    match inst.kind {
        "cluster" => "Sharding",
        _ if inst.nodes.len() == 1 => "Single",
        _ => "ReplicaSet",
    }
}

/// RDS `type` of an instance.
fn rds_type(inst: &Instance) -> &'static str {
    if inst.topology.len() > 1 {
        "Ha"
    } else {
        "Single"
    }
}

/// RDS `datastore.type` of an instance.
fn rds_engine(inst: &Instance) -> &'static str {
    if inst.kind == "sqlserver" {
        "SQLServer"
    } else {
        "MySQL"
    }
}

/// `yyyy-mm-ddThh:mm:ss+0000`, the RDS and TaurusDB `created`/`updated` format.
fn offset_time(t: DateTime<Utc>) -> String {
    t.format(AUDIT_TIME_FORMAT).to_string()
}

/// DDS `list_instances`, RDS `list_instances` and TaurusDB `list_gauss_my_sql_instances`:
/// filtered, newest first, paged; `{instances, total_count}`.
pub(super) fn list(
    app: &App,
    service: Service,
    op: &str,
    query: &[(String, String)],
) -> Result<Value, ApiError> {
    let p = Params(query);
    let max = limits::of(service, op);
    let offset = p.int("offset", Some(0), 0, i64::from(i32::MAX))?;
    let limit = p.int("limit", Some(max.page), 1, max.page)?;
    let fuzzy_id = service != Service::Dds;
    let id = pattern(&p, "id", fuzzy_id)?;
    let name = pattern(&p, "name", true)?;
    let wanted_tags = parse_tags(p.get("tags"))?;
    let net = Network::of(app);
    let (vpc, subnet) = (p.get("vpc_id"), p.get("subnet_id"));
    let seed = app.config.seed;
    let filter: Box<dyn Fn(&Instance) -> bool> = match service {
        Service::Dds => {
            let mode = one_of(&p, "mode", &["Sharding", "ReplicaSet", "Single"])?;
            let datastore = p.get("datastore_type");
            Box::new(move |i| {
                mode.is_none_or(|m| m == dds_mode(i))
                    && datastore.is_none_or(|d| d == "DDS-Community")
            })
        }
        Service::Rds => {
            let kind = one_of(&p, "type", &["Single", "Ha", "Replica"])?;
            let group = one_of(&p, "group_type", &["flexus"])?;
            let datastore = p.get("datastore_type");
            let eps = p.get("eps_id");
            Box::new(move |i| {
                kind.is_none_or(|k| k == rds_type(i))
                    && datastore.is_none_or(|d| d == rds_engine(i))
                    && eps.is_none_or(|e| e == "0")
                    // No instance of the emulator is a Flexus RDS one.
                    && group.is_none()
            })
        }
        Service::Taurusdb => {
            let _ = one_of(&p, "type", &["Cluster"])?;
            let datastore = p.get("datastore_type");
            let private_ip = p.get("private_ip");
            let readonly_ip = p.get("readonly_private_ip");
            let proxy_ip = p.get("proxy_ip");
            Box::new(move |i| {
                let master = i.topology.iter().filter(|n| n.role == "master");
                let slaves = i.topology.iter().filter(|n| n.role != "master");
                datastore.is_none_or(|d| d == "gaussdb-mysql")
                    && private_ip
                        .is_none_or(|want| master.into_iter().any(|n| ip(seed, &n.id) == want))
                    && readonly_ip
                        .is_none_or(|want| slaves.into_iter().any(|n| ip(seed, &n.id) == want))
                    && proxy_ip.is_none()
            })
        }
    };
    let mut instances: Vec<&Instance> = app
        .dataset
        .instances_of(service)
        .filter(|i| matches(id, &i.id, fuzzy_id) && matches(name, &i.name, true))
        .filter(|_| vpc.is_none_or(|v| v == net.vpc_id))
        .filter(|_| subnet.is_none_or(|s| s == net.subnet_id))
        .filter(|i| has_tags(i, &wanted_tags))
        .filter(|i| filter(i))
        .collect();
    instances.sort_by(|a, b| b.created.cmp(&a.created).then_with(|| a.id.cmp(&b.id)));
    let total = instances.len();
    let records: Vec<Value> = page(instances, offset, limit)
        .into_iter()
        .map(|i| match service {
            Service::Dds => dds_record(app, &net, i),
            Service::Rds => rds_record(app, &net, i),
            Service::Taurusdb => taurusdb_record(app, &net, i),
        })
        .collect();
    Ok(json!({"instances": records, "total_count": total}))
}

/// A DDS instance (`QueryInstanceResponse`): its groups (a cluster's mongos, shards and config;
/// a replica set's one) with their nodes.
fn dds_record(app: &App, net: &Network, inst: &Instance) -> Value {
    let seed = app.config.seed;
    let az = format!("{}a", app.config.region);
    let node_json = |n: &Node| {
        let spec = match n.group {
            "mongos" => "dds.mongodb.s6.large.4.mongos",
            "shard" => "dds.mongodb.s6.large.4.shard",
            "config" => "dds.mongodb.s6.large.2.config",
            "single" => "dds.mongodb.s6.large.4.single",
            _ => "dds.mongodb.s6.large.4.repset",
        };
        json!({
            "id": n.id,
            "name": n.name,
            "status": "normal",
            "role": n.role,
            "private_ip": ip(seed, &n.id),
            "public_ip": "",
            "spec_code": spec,
            "availability_zone": az,
        })
    };
    // The groups in the order of the topology: consecutive nodes of one group id and type.
    let mut groups: Vec<(&Node, Vec<Value>)> = Vec::new();
    for n in &inst.topology {
        match groups.last_mut() {
            Some((head, nodes)) if head.group == n.group && head.group_id == n.group_id => {
                nodes.push(node_json(n));
            }
            _ => groups.push((n, vec![node_json(n)])),
        }
    }
    let mut shard = 0;
    let groups: Vec<Value> = groups
        .into_iter()
        .map(|(head, nodes)| {
            let (name, volume) = match head.group {
                "mongos" => (String::new(), json!({"size": "0", "used": "0"})),
                "shard" => {
                    shard += 1;
                    (
                        format!("{}_shard_{shard}", inst.name),
                        json!({"size": "20", "used": "0.41"}),
                    )
                }
                "config" => (
                    format!("{}_config", inst.name),
                    json!({"size": "20", "used": "0.12"}),
                ),
                _ => (String::new(), json!({"size": "10", "used": "0.33"})),
            };
            json!({
                "type": head.group,
                "id": head.group_id,
                "name": name,
                "status": "normal",
                "volume": volume,
                "nodes": nodes,
            })
        })
        .collect();
    json!({
        "id": inst.id,
        "name": inst.name,
        "remark": "",
        "status": "normal",
        "port": "8635",
        "mode": dds_mode(inst),
        "region": app.config.region,
        "datastore": {
            "type": "DDS-Community",
            "version": "4.0",
            "patch_available": false,
            "whole_version": "4.0.3",
        },
        "engine": "wiredTiger",
        "created": inst.created.format("%Y-%m-%dT%H:%M:%S").to_string(),
        "updated": inst.created.format("%Y-%m-%dT%H:%M:%S").to_string(),
        "db_user_name": "rwuser",
        "ssl": 1,
        "vpc_id": net.vpc_id,
        "subnet_id": net.subnet_id,
        "security_group_id": net.security_group_id,
        "backup_strategy": {"start_time": "16:00-17:00", "keep_days": 7},
        "pay_mode": "0",
        "maintenance_window": "02:00-06:00",
        "groups": groups,
        "disk_encryption_id": "",
        "enterprise_project_id": "0",
        "time_zone": "",
        "actions": [],
        "tags": tags_json(inst),
    })
}

/// An RDS instance (`InstanceResponse`), MySQL (primary/standby) or SQL Server (single).
fn rds_record(app: &App, net: &Network, inst: &Instance) -> Value {
    let seed = app.config.seed;
    let az = format!("{}a", app.config.region);
    let sqlserver = inst.kind == "sqlserver";
    let nodes: Vec<Value> = inst
        .topology
        .iter()
        .map(|n| {
            json!({
                "id": n.id,
                "name": n.name,
                "role": n.role,
                "status": "ACTIVE",
                "availability_zone": az,
            })
        })
        .collect();
    let master_ip: Vec<String> = inst
        .topology
        .iter()
        .filter(|n| n.role == "master")
        .map(|n| ip(seed, &n.id))
        .collect();
    let ha = rds_type(inst) == "Ha";
    let mut record = json!({
        "id": inst.id,
        "status": "ACTIVE",
        "enable_ssl": false,
        "private_ips": master_ip,
        "private_dns_names": [],
        "public_dns_names": [],
        "public_ips": [],
        "type": rds_type(inst),
        "created": offset_time(inst.created),
        "updated": offset_time(inst.created),
        "db_user_name": if sqlserver { "rdsuser" } else { "root" },
        "switch_strategy": "reliability",
        "read_only_by_user": false,
        "maintenance_window": "02:00-06:00",
        "nodes": nodes,
        "related_instance": [],
        "name": inst.name,
        "datastore": if sqlserver {
            json!({"type": "SQLServer", "version": "2019_SE"})
        } else {
            json!({"type": "MySQL", "version": "8.0", "complete_version": "8.0.28.231003"})
        },
        "port": if sqlserver { 1433 } else { 3306 },
        "backup_strategy": {"start_time": "08:00-09:00", "keep_days": 7},
        "enterprise_project_id": "0",
        "disk_encryption_id": "",
        "flavor_ref": if sqlserver {
            "rds.mssql.spec.se.s6.large.4"
        } else if ha {
            "rds.mysql.n1.large.2.ha"
        } else {
            "rds.mysql.n1.large.2"
        },
        "cpu": "2",
        "mem": if sqlserver { "8" } else { "4" },
        "volume": {"type": "CLOUDSSD", "size": 40},
        "region": app.config.region,
        "vpc_id": net.vpc_id,
        "subnet_id": net.subnet_id,
        "security_group_id": net.security_group_id,
        "charge_info": {"charge_mode": "postPaid"},
        "time_zone": "UTC",
        "tags": tags_json(inst),
        "associated_with_ddm": false,
        "alias": "",
    });
    if ha {
        record["ha"] = json!({"replication_mode": "semisync"});
    }
    if sqlserver {
        // Only for SQL Server, as the document says.
        record["backup_used_space"] = json!(0.5);
        record["storage_used_space"] = json!(2.1);
        record["max_iops"] = json!(6000);
    }
    record
}

/// The `datastore` of a TaurusDB instance.
fn taurusdb_datastore() -> Value {
    json!({"type": "gaussdb-mysql", "version": "8.0", "kernel_version": "2.0.57.240900"})
}

/// A TaurusDB instance in the listing (`MysqlInstanceListInfo`: no nodes).
fn taurusdb_record(app: &App, net: &Network, inst: &Instance) -> Value {
    let seed = app.config.seed;
    let ips = |master: bool| -> Vec<String> {
        inst.topology
            .iter()
            .filter(|n| (n.role == "master") == master)
            .map(|n| ip(seed, &n.id))
            .collect()
    };
    json!({
        "id": inst.id,
        "name": inst.name,
        "status": "ACTIVE",
        "private_ips": ips(true),
        "proxy_ips": [],
        "readonly_private_ips": ips(false),
        "public_ips": [],
        "port": "3306",
        "type": "Cluster",
        "region": app.config.region,
        "datastore": taurusdb_datastore(),
        "created": offset_time(inst.created),
        "updated": offset_time(inst.created),
        "db_user_name": "root",
        "vpc_id": net.vpc_id,
        "subnet_id": net.subnet_id,
        "security_group_id": net.security_group_id,
        "flavor_ref": "gaussdb.mysql.xlarge.x86.4",
        "flavor_info": {"vcpus": "4", "ram": "16"},
        "volume": {"type": "DL6", "size": "10"},
        "backup_strategy": {"start_time": "08:00-09:00", "keep_days": "7"},
        "enterprise_project_id": "0",
        "time_zone": "UTC+08:00",
        "charge_info": {"charge_mode": "postPaid"},
        "tags": tags_json(inst),
    })
}

/// TaurusDB `show_gauss_my_sql_instance_info`: `{instance: MysqlInstanceInfoDetail}`, its nodes
/// the dataset's.
pub(super) fn show(app: &App, inst: &Instance) -> Result<Value, ApiError> {
    if inst.service != Service::Taurusdb {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "DBS.200007",
            format!("The instance {} does not exist.", inst.id),
        ));
    }
    let seed = app.config.seed;
    let net = Network::of(app);
    let az = format!("{}a", app.config.region);
    let nodes: Vec<Value> = inst
        .topology
        .iter()
        .enumerate()
        .map(|(k, n)| {
            json!({
                "id": n.id,
                "name": n.name,
                "type": n.role,
                "status": "ACTIVE",
                "port": 3306,
                "private_read_ips": [ip(seed, &n.id)],
                "volume": {"type": "DL6", "used": "0.32", "size": 10},
                "az_code": az,
                "region_code": app.config.region,
                "created": offset_time(inst.created),
                "updated": offset_time(inst.created),
                "flavor_id": uuid(seed, &["flavor", "gaussdb.mysql.xlarge.x86.4"]),
                "flavor_ref": "gaussdb.mysql.xlarge.x86.4",
                "max_connections": "1500",
                "vcpus": "4",
                "ram": "16",
                "need_restart": false,
                "priority": k + 1,
            })
        })
        .collect();
    let write_ips: Vec<String> = inst
        .topology
        .iter()
        .filter(|n| n.role == "master")
        .map(|n| ip(seed, &n.id))
        .collect();
    Ok(json!({"instance": {
        "id": inst.id,
        "name": inst.name,
        "project_id": app.config.project_id,
        "status": "ACTIVE",
        "port": "3306",
        "alias": "",
        "type": "Cluster",
        "charge_info": {"charge_mode": "postPaid"},
        "node_count": inst.topology.len(),
        "datastore": taurusdb_datastore(),
        "backup_used_space": 0.0,
        "created": offset_time(inst.created),
        "updated": offset_time(inst.created),
        "private_write_ips": write_ips,
        "private_dns_names": [],
        "public_ips": "",
        "db_user_name": "root",
        "vpc_id": net.vpc_id,
        "subnet_id": net.subnet_id,
        "security_group_id": net.security_group_id,
        "configuration_id": uuid(seed, &["configuration", &inst.id]),
        "backup_strategy": {"start_time": "08:00-09:00", "keep_days": "7"},
        "nodes": nodes,
        "enterprise_project_id": "0",
        "time_zone": "UTC+08:00",
        "az_mode": "single",
        "master_az_code": az,
        "maintenance_window": "18:00-22:00",
        "tags": tags_json(inst),
        "proxies": [],
    }}))
}
