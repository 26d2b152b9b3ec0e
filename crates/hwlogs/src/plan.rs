//! What a run does, decided before anything is downloaded: the (service, kind of log) pairs,
//! the targets of each (given, or discovered with `--all-instances`), and the checks that come
//! first: every kind asked for is one a chosen service has, `--node` only where a service lists
//! by node, and whether each instance keeps the logs at all (its audit policy).

use futures_util::{StreamExt as _, TryStreamExt as _};
use huaweicloud_core::{ErrorKind, LogPolicy};
use huaweicloud_logs::{ServiceKind, Source, SourceConfig, Target};

use crate::{Common, Failure};

/// One (service, kind) pair of a run: its source and targets.
pub struct Job {
    /// The service.
    pub service: ServiceKind,
    /// The kind of log.
    pub kind: &'static str,
    /// Its source, for that kind.
    pub source: Source,
    /// What to list or archive.
    pub targets: Vec<Target>,
}

/// An instance's policy for a kind of log, as the service said (or could not say).
pub struct PolicyNote {
    /// The service.
    pub service: ServiceKind,
    /// The kind of log.
    pub kind: &'static str,
    /// The instance.
    pub instance_id: String,
    /// What the service said.
    pub policy: Result<LogPolicy, String>,
}

/// One `--endpoint`: a URL for every service, or `SERVICE=URL` for one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointArg {
    /// The service it is for; `None` for all.
    pub service: Option<ServiceKind>,
    /// The URL.
    pub url: String,
}

/// `URL` or `SERVICE=URL`: the part before the first `=` names a service, or the whole is a URL.
pub fn parse_endpoint(s: &str) -> Result<EndpointArg, String> {
    let (service, url) = match s.split_once('=') {
        Some((name, url)) if !name.contains("://") => (Some(name.parse::<ServiceKind>()?), url),
        _ => (None, s),
    };
    if url.is_empty() {
        return Err(format!("{s:?}: the URL is empty"));
    }
    Ok(EndpointArg {
        service,
        url: url.to_owned(),
    })
}

/// The endpoint `--endpoint` gives `service`: its own, else the one for all; one of each at
/// most.
fn endpoint_of(args: &[EndpointArg], service: ServiceKind) -> Result<Option<String>, Failure> {
    for wanted in [Some(service), None] {
        let found: Vec<&EndpointArg> = args.iter().filter(|e| e.service == wanted).collect();
        match found.as_slice() {
            [] => continue,
            [one] => return Ok(Some(one.url.clone())),
            _ => {
                return Err(Failure::usage(format!(
                    "--endpoint: {} endpoints given for {}; give one",
                    found.len(),
                    wanted.map_or("every service".to_owned(), |s| s.to_string())
                )));
            }
        }
    }
    Ok(None)
}

/// What a run does: its jobs, the policies of their instances (for the kinds that have one),
/// and the services `--all-instances` found no instance of.
pub struct Plan {
    /// The (service, kind) pairs, in order.
    pub jobs: Vec<Job>,
    /// The policies read.
    pub notes: Vec<PolicyNote>,
    /// Services with no instance in the project.
    pub empty: Vec<ServiceKind>,
}

/// One service of a run, checked and configured, before any request.
struct Prepared {
    service: ServiceKind,
    kinds: Vec<&'static str>,
    source: Source,
    /// The targets of each kind, when given (not discovered).
    given: Option<Vec<Vec<Target>>>,
}

/// The plan of `common`. `base` holds the settings the command line does not give (the demo's
/// credentials); the region, endpoint and project id of `common` go over it. Every mistake in
/// the arguments is found before the first request, whatever the order of the services.
pub async fn plan(common: &Common, base: &SourceConfig) -> Result<Plan, Failure> {
    check_kinds(common)?;
    let mut prepared = Vec::new();
    let services = &common.services;
    for (i, &service) in services.iter().enumerate() {
        // `--service dds,dds` is one run of DDS.
        if services[..i].contains(&service) {
            continue;
        }
        let kinds = kinds_of(common, service);
        if kinds.is_empty() {
            continue;
        }
        let mut config = base.clone();
        if let Some(region) = &common.region {
            config.region = Some(region.clone());
        }
        if let Some(project_id) = &common.project_id {
            config.project_id = Some(project_id.clone());
        }
        if let Some(endpoint) = endpoint_of(&common.endpoints, service)? {
            config.endpoint = Some(endpoint);
        }
        let given = if common.all_instances {
            None
        } else {
            let per_kind = kinds
                .iter()
                .map(|kind| given_targets(common, service, kind))
                .collect::<Result<Vec<_>, _>>()?;
            Some(per_kind)
        };
        prepared.push(Prepared {
            service,
            kinds,
            source: Source::new(service, &config)?,
            given,
        });
    }

    let mut plan = Plan {
        jobs: Vec::new(),
        notes: Vec::new(),
        empty: Vec::new(),
    };
    for one in prepared {
        let service = one.service;
        // The instances (and their nodes), asked once per service.
        let discovered = match one.given {
            Some(_) => None,
            None => {
                let found: Vec<_> = one.source.instances().try_collect().await?;
                if found.is_empty() {
                    plan.empty.push(service);
                }
                Some(found)
            }
        };
        for (k, kind) in one.kinds.into_iter().enumerate() {
            let source = one.source.clone().with_log_kind(kind)?;
            let targets = match (&discovered, &one.given) {
                (Some(found), _) => found
                    .iter()
                    .flat_map(|instance| {
                        let nodes: Vec<Option<String>> = if service.needs_node(kind) {
                            instance.node_ids.iter().cloned().map(Some).collect()
                        } else {
                            vec![None]
                        };
                        nodes.into_iter().map(|node_id| Target {
                            instance_id: instance.id.clone(),
                            node_id,
                        })
                    })
                    .collect(),
                (None, Some(given)) => given.get(k).cloned().unwrap_or_default(),
                (None, None) => Vec::new(),
            };
            plan.notes
                .extend(policies(service, kind, &source, &targets).await?);
            plan.jobs.push(Job {
                service,
                kind,
                source,
                targets,
            });
        }
    }
    Ok(plan)
}

/// Every kind asked for is a kind of at least one chosen service.
fn check_kinds(common: &Common) -> Result<(), Failure> {
    for kind in &common.kinds {
        if !common
            .services
            .iter()
            .any(|s| s.log_kinds().contains(&kind.as_str()))
        {
            let have: Vec<String> = common
                .services
                .iter()
                .map(|s| format!("{s}: {}", s.log_kinds().join(", ")))
                .collect();
            return Err(Failure::usage(format!(
                "--kind {kind}: no chosen service has {kind} logs ({})",
                have.join("; ")
            )));
        }
    }
    Ok(())
}

/// The kinds to archive of `service`: those asked for that it has, or its usual one.
fn kinds_of(common: &Common, service: ServiceKind) -> Vec<&'static str> {
    if common.kinds.is_empty() {
        return vec![service.default_log_kind()];
    }
    service
        .log_kinds()
        .into_iter()
        .filter(|k| common.kinds.iter().any(|asked| asked == k))
        .collect()
}

/// The targets of `--instance` and `--node` for `service` and `kind`.
fn given_targets(
    common: &Common,
    service: ServiceKind,
    kind: &str,
) -> Result<Vec<Target>, Failure> {
    if service.needs_node(kind) && common.nodes.is_empty() {
        return Err(Failure::usage(format!(
            "--node: {service} lists {kind} logs one node at a time; give at least one --node, \
             or --all-instances"
        )));
    }
    if !common.nodes.is_empty() && !service.lists_by_node(kind) {
        return Err(Failure::usage(format!(
            "--node: {service} lists {kind} logs by instance, not by node; leave --node out for it"
        )));
    }
    let mut out = Vec::new();
    for instance in &common.instances {
        if common.nodes.is_empty() {
            out.push(Target {
                instance_id: instance.clone(),
                node_id: None,
            });
        } else {
            out.extend(common.nodes.iter().map(|n| Target {
                instance_id: instance.clone(),
                node_id: Some(n.clone()),
            }));
        }
    }
    Ok(out)
}

/// How many policy calls are in flight at once (as many as downloads by default).
const POLICY_CALLS: usize = 8;

/// The policy of each instance of `targets` for `kind`, where the service has policies for it.
/// Credentials or configuration the service refuses end the run here (the listing would fail
/// the same way); any other failure is noted, and the run goes on.
///
/// The instances are asked [`POLICY_CALLS`] at a time, the answers kept in the order of
/// `targets`: one after another, an `--all-instances` run would wait a round trip per instance
/// before its first download.
async fn policies(
    service: ServiceKind,
    kind: &'static str,
    source: &Source,
    targets: &[Target],
) -> Result<Vec<PolicyNote>, Failure> {
    let mut instances: Vec<&str> = Vec::new();
    for target in targets {
        if !instances.contains(&target.instance_id.as_str()) {
            instances.push(&target.instance_id);
        }
    }
    let answers: Vec<_> = futures_util::stream::iter(instances)
        .map(|instance_id| async move { (instance_id, source.policy(instance_id).await) })
        .buffered(POLICY_CALLS)
        .collect()
        .await;
    let mut notes = Vec::new();
    for (instance_id, answer) in answers {
        let policy = match answer {
            Ok(Some(policy)) => Ok(policy),
            Ok(None) => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    ErrorKind::Authentication | ErrorKind::Configuration | ErrorKind::InvalidInput
                ) =>
            {
                return Err(e.into());
            }
            Err(e) => Err(e.to_string()),
        };
        notes.push(PolicyNote {
            service,
            kind,
            instance_id: instance_id.to_owned(),
            policy,
        });
    }
    Ok(notes)
}
