//! `huaweicloud-emulator`: a local Huawei Cloud for the DDS, RDS and TaurusDB log APIs, with IAM
//! (projects, temporary credentials) and the ECS metadata service.
//!
//! Prints one JSON line (endpoints, credentials, instances) on stdout, then serves until SIGINT
//! or SIGTERM. See the crate README for the options.

use std::io::Write as _;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use chrono::{DateTime, Utc};
use clap::Parser;
use huaweicloud_emulator::{
    AuditPolicy, Clock, Config, Faults, InstanceAuditDays, MetadataConfig, MetadataFault,
    MetadataTokenMode, Project, ServicePorts, TaurusdbShape,
};

/// A local emulator of the Huawei Cloud DDS, RDS and TaurusDB log APIs, IAM's project and
/// temporary credential calls and the ECS metadata service (unofficial).
///
/// On start it prints exactly one JSON line on stdout:
/// {"endpoint","service_endpoints":{"dds","rds","taurusdb"},"iam_endpoint","metadata_endpoint",
/// "region","project_id","ak","sk","token","instances":{"dds","rds","taurusdb"}}, then serves
/// until SIGINT or SIGTERM and exits 0. Logs go to stderr (RUST_LOG).
#[derive(Debug, Parser)]
#[command(name = "huaweicloud-emulator", version)]
struct Args {
    /// Address to listen on; port 0 picks a free port.
    #[arg(
        long,
        default_value = "127.0.0.1:0",
        env = "HUAWEICLOUD_EMULATOR_LISTEN"
    )]
    listen: SocketAddr,
    /// Access key accepted in AK/SK signatures.
    #[arg(long, default_value = huaweicloud_emulator::DEFAULT_AK)]
    ak: String,
    /// Secret key of the access key.
    #[arg(long, default_value = huaweicloud_emulator::DEFAULT_SK)]
    sk: String,
    /// Project id (32 letters and digits) every request path must carry.
    #[arg(long, default_value = huaweicloud_emulator::DEFAULT_PROJECT_ID)]
    project_id: String,
    /// IAM token accepted in the X-Auth-Token header.
    #[arg(long, default_value = huaweicloud_emulator::DEFAULT_TOKEN)]
    token: String,
    /// Seed of the dataset, the download link key, the request ids and the faults.
    #[arg(long, default_value_t = huaweicloud_emulator::DEFAULT_SEED)]
    seed: u64,
    /// Log files per instance, spread over the last 60 days.
    #[arg(long, default_value_t = huaweicloud_emulator::DEFAULT_LOGS_PER_INSTANCE)]
    logs_per_instance: usize,
    /// Size of each log file in bytes (generated on the fly: GiB sizes use no more memory).
    #[arg(long, default_value_t = huaweicloud_emulator::DEFAULT_FILE_SIZE)]
    file_size: u64,
    /// Lifetime of download links: 300, 300s, 5m, 1500ms.
    #[arg(long, default_value = "300s", value_parser = huaweicloud_emulator::parse_duration)]
    link_ttl: Duration,
    /// Shape of the TaurusDB download answer: list, download_files or array.
    #[arg(long, default_value = "download_files")]
    taurusdb_shape: TaurusdbShape,
    /// Injected faults, e.g. 'error=0.1,throttle=0.05,reset=0.05,truncate=0.05,delay=200ms'
    /// (delay=200ms@0.3 delays 30% of requests; export_fail=0.5 ends half the slow and error
    /// log exports FAILED). Off by default.
    #[arg(long, default_value = "none")]
    faults: Faults,
    /// Fix the clock at this RFC 3339 time instead of the system clock (e.g. to replay
    /// signed requests).
    #[arg(long)]
    now: Option<DateTime<Utc>>,
    /// Region: the name of the IAM project whose id is --project-id.
    #[arg(long, default_value = huaweicloud_emulator::DEFAULT_REGION)]
    region: String,
    /// Account (domain) id of the IAM projects.
    #[arg(long, default_value = huaweicloud_emulator::DEFAULT_DOMAIN_ID)]
    domain_id: String,
    /// Another IAM project, NAME=ID (repeatable): a second project of the region, or one of
    /// another region.
    #[arg(long = "extra-project", value_name = "NAME=ID")]
    extra_projects: Vec<Project>,
    /// Metadata session tokens: required, optional or unsupported.
    #[arg(long, default_value = "optional")]
    metadata_token: MetadataTokenMode,
    /// Whether the instance has a cloud service agency (false: the security key route answers
    /// 401 "Please configure Cloud Service Agency first").
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    metadata_agency: bool,
    /// Lifetime of the credentials of the metadata service: 3600, 1h, 90m.
    #[arg(long, default_value = "1h", value_parser = huaweicloud_emulator::parse_duration)]
    metadata_credential_ttl: Duration,
    /// A failure of the metadata service: none, down (503), malformed (a cut JSON body) or
    /// expired (credentials that expired a minute ago).
    #[arg(long, default_value = "none", value_parser = parse_metadata_fault)]
    metadata_fault: MetadataFaultArg,
    /// Slow log files and error log files per node (per instance for RDS), each kind.
    #[arg(long, default_value_t = huaweicloud_emulator::DEFAULT_LOGS_PER_NODE)]
    logs_per_node: usize,
    /// Calls of a slow or error log export (per instance and kind; per node for TaurusDB)
    /// answered as still being prepared (CREATING/EXPORTING, no links) before it is ready.
    #[arg(long, default_value_t = 0)]
    export_pending_calls: u32,
    /// Audit log retention of every instance, in days (0: audit off).
    #[arg(long, default_value_t = huaweicloud_emulator::DEFAULT_AUDIT_KEEP_DAYS)]
    audit_keep_days: u32,
    /// An instance's own audit log retention, ID=DAYS (0: audit off; repeatable).
    #[arg(long = "audit-policy", value_name = "ID=DAYS")]
    audit_policies: Vec<InstanceAuditDays>,
    /// Audit off on the second generated instance of each service (the DDS replica set, the
    /// RDS SQL Server instance, the second TaurusDB instance).
    #[arg(long)]
    audit_off_second_instances: bool,
    /// Port of DDS's own listener (0: a free port), on the --listen address.
    #[arg(long, default_value_t = 0)]
    dds_port: u16,
    /// Port of RDS's own listener (0: a free port).
    #[arg(long, default_value_t = 0)]
    rds_port: u16,
    /// Port of TaurusDB's own listener (0: a free port).
    #[arg(long, default_value_t = 0)]
    taurusdb_port: u16,
}

/// `--metadata-fault`: `none` or a [`MetadataFault`].
#[derive(Debug, Clone, Copy)]
struct MetadataFaultArg(Option<MetadataFault>);

fn parse_metadata_fault(s: &str) -> Result<MetadataFaultArg, String> {
    if s == "none" {
        Ok(MetadataFaultArg(None))
    } else {
        s.parse().map(|f| MetadataFaultArg(Some(f)))
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    {
        use tracing_subscriber::filter::{LevelFilter, Targets};
        use tracing_subscriber::layer::SubscriberExt as _;
        use tracing_subscriber::util::SubscriberInitExt as _;
        // RUST_LOG as `target=level` directives (`info`, `huaweicloud_emulator=debug`).
        let filter = match std::env::var("RUST_LOG").map(|v| v.parse::<Targets>()) {
            Ok(Ok(targets)) => targets,
            Ok(Err(e)) => {
                // Said, not silently dropped: a typo would otherwise hide the logs asked for.
                let _ = writeln!(
                    std::io::stderr(),
                    "huaweicloud-emulator: warning: RUST_LOG ignored ({e}): it takes `level` \
                     or `target=level,...`"
                );
                Targets::new().with_default(LevelFilter::WARN)
            }
            Err(_) => Targets::new().with_default(LevelFilter::WARN),
        };
        tracing_subscriber::registry()
            .with(tracing_subscriber::fmt::layer().with_writer(std::io::stderr))
            .with(filter)
            .init();
    }
    let args = Args::parse();
    let config = Config {
        listen: args.listen,
        ak: args.ak,
        sk: args.sk,
        project_id: args.project_id,
        token: args.token,
        seed: args.seed,
        logs_per_instance: args.logs_per_instance,
        file_size: args.file_size,
        link_ttl: args.link_ttl,
        taurusdb_shape: args.taurusdb_shape,
        faults: args.faults,
        clock: args.now.map_or_else(Clock::system, Clock::fixed),
        extra_instances: Vec::new(),
        region: args.region,
        domain_id: args.domain_id,
        extra_projects: args.extra_projects,
        metadata: MetadataConfig {
            token: args.metadata_token,
            agency: args.metadata_agency,
            credential_ttl: args.metadata_credential_ttl,
            fault: args.metadata_fault.0,
        },
        logs_per_node: args.logs_per_node,
        export_pending_calls: args.export_pending_calls,
        audit_policy: AuditPolicy {
            keep_days: args.audit_keep_days,
            instances: args
                .audit_policies
                .into_iter()
                .map(|p| (p.instance_id, p.keep_days))
                .collect(),
            off_in_second_instances: args.audit_off_second_instances,
        },
        service_ports: ServicePorts {
            dds: args.dds_port,
            rds: args.rds_port,
            taurusdb: args.taurusdb_port,
        },
    };
    let emulator = match huaweicloud_emulator::start(config).await {
        Ok(e) => e,
        Err(e) => {
            tracing::error!("{e}");
            let _ = writeln!(std::io::stderr(), "huaweicloud-emulator: {e}");
            return ExitCode::from(2);
        }
    };
    // Listening for the signals before the line is out: whoever reads it may signal at once.
    let stop = stop_signal();
    let line = serde_json::to_string(&emulator.startup_info()).unwrap_or_default();
    {
        let mut out = std::io::stdout().lock();
        if writeln!(out, "{line}").and_then(|()| out.flush()).is_err() {
            return ExitCode::FAILURE;
        }
    }
    stop.await;
    tracing::info!("shutting down");
    // Open connections get a few seconds to finish; then the process exits anyway.
    let _ = tokio::time::timeout(Duration::from_secs(5), emulator.shutdown()).await;
    ExitCode::SUCCESS
}

/// SIGTERM or SIGINT: the handlers are installed when this is called, not when it is
/// awaited (until then, the signals' default is to kill the process).
#[cfg(unix)]
fn stop_signal() -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{SignalKind, signal};
    let handlers = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    );
    async move {
        match handlers {
            (Ok(mut term), Ok(mut int)) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = int.recv() => {}
                }
            }
            _ => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
}

#[cfg(not(unix))]
fn stop_signal() -> impl std::future::Future<Output = ()> {
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}
