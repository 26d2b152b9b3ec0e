//! `hwlogs demo`: an emulator in this process, a full sync of every kind of log of its three
//! services into a directory (instances and nodes discovered as `--all-instances` does, audit
//! policies checked first), a check of every file against the emulator's own SHA-256, and a
//! second sync that fetches nothing because everything is complete.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use chrono::TimeDelta;
use clap::Args;
use huaweicloud_core::Credentials;
use huaweicloud_emulator as emulator;
use huaweicloud_logs::{Options, Outcome, ServiceKind, SourceConfig, SyncWindow};

use crate::plan::{self, EndpointArg};
use crate::{Common, Failure, exit, progress};

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Directory to archive into (created; reused by a later demo).
    #[arg(long, default_value = "hwlogs-demo")]
    dir: PathBuf,
    /// Log files per emulated instance, of each kind.
    #[arg(long, default_value_t = 12)]
    files: usize,
    /// Size of each log file, in bytes.
    #[arg(long, default_value_t = 256 * 1024)]
    file_size: u64,
}

/// A file as both sides name it: service, kind, instance, log id.
type FileName = (String, String, String, String);

pub async fn run(args: DemoArgs, quiet: bool) -> Result<u8, Failure> {
    let emu = emulator::start(emulator::Config {
        logs_per_instance: args.files,
        file_size: args.file_size,
        // Slow and error log exports say "not ready" once before their link, as the services'
        // asynchronous exports do: the archiver polls them.
        export_pending_calls: 1,
        ..emulator::Config::default()
    })
    .await
    .map_err(|e| Failure::usage(e.to_string()))?;
    let c = emu.credentials();
    let say = |s: String| {
        if !quiet {
            eprintln!("{s}");
        }
    };
    say(format!(
        "emulator listening on {} (project {}); archiving every kind of log into {}",
        emu.base_url(),
        c.project_id,
        args.dir.display()
    ));

    // The emulator's own record of every file, to check the archive against.
    let expected: HashMap<FileName, String> = emu
        .manifest_all(true)
        .await
        .into_iter()
        .filter_map(|m| {
            let sha = m.sha256?;
            let key = (
                m.service.to_string(),
                m.kind.as_str().to_owned(),
                m.instance_id,
                m.id,
            );
            Some((key, sha))
        })
        .collect();

    // What `hwlogs sync --service dds,rds,taurusdb --kind audit,ddl,slow,error
    // --all-instances --endpoint dds=URL,...` asks for, with the emulator's credentials.
    let services = ServiceKind::ALL.to_vec();
    let mut kinds: Vec<String> = Vec::new();
    for service in &services {
        for kind in service.log_kinds() {
            if !kinds.iter().any(|k| k == kind) {
                kinds.push(kind.to_owned());
            }
        }
    }
    let endpoints = emulator::Service::ALL
        .into_iter()
        .map(|s| {
            Ok(EndpointArg {
                service: Some(s.as_str().parse().map_err(Failure::usage)?),
                url: emu.service_url(s).to_owned(),
            })
        })
        .collect::<Result<Vec<_>, Failure>>()?;
    let common = Common {
        services,
        kinds,
        instances: Vec::new(),
        all_instances: true,
        nodes: Vec::new(),
        region: None,
        endpoints,
        project_id: None,
        json: false,
    };
    let base = SourceConfig {
        project_id: Some(c.project_id.clone()),
        credentials: Some(Credentials::aksk(c.ak.clone(), c.sk.clone())),
        ..SourceConfig::default()
    };

    let window = SyncWindow::SinceLastRun {
        first: TimeDelta::days(61),
        lookback: TimeDelta::days(1),
    };
    let mut code = 0;
    let mut verified = 0usize;
    for round in 1..=2 {
        if round == 2 {
            say(
                "running the same sync again: everything is complete, so nothing is fetched".into(),
            );
        }
        let plan::Plan { jobs, notes, empty } = plan::plan(&common, &base).await?;
        crate::warn_off(&notes, &empty, quiet);
        for job in jobs {
            let instances: std::collections::BTreeSet<&str> =
                job.targets.iter().map(|t| t.instance_id.as_str()).collect();
            say(format!(
                "{} {} logs: {} instances, {} targets",
                job.service,
                job.kind,
                instances.len(),
                job.targets.len()
            ));
            let show = progress::Display::new(quiet, false);
            let archiver =
                huaweicloud_logs::Archiver::new(job.source, Options::new(args.dir.clone()))?
                    .with_observer(show.observer());
            let started = Instant::now();
            let report = archiver.sync(&job.targets, window).await?;
            code = code.max(crate::finish(
                &show,
                &report,
                started,
                false,
                (job.service, job.kind),
            ));
            for (file, outcome) in &report.files {
                if let Outcome::Fetched(entry) = outcome {
                    let key = (
                        job.service.to_string(),
                        job.kind.to_owned(),
                        file.instance_id.clone(),
                        file.id.clone(),
                    );
                    if expected.get(&key) != Some(&entry.sha256) {
                        eprintln!("error: {} differs from the emulator's copy", entry.path);
                        code = exit::FILES_FAILED;
                    } else {
                        verified += 1;
                    }
                }
            }
        }
    }
    if verified != expected.len() {
        eprintln!(
            "error: the emulator has {} files and {verified} were archived and verified",
            expected.len()
        );
        code = exit::FILES_FAILED;
    }
    say(format!(
        "verified {verified} files ({} kinds of log of 3 services) against the emulator's \
         SHA-256; the archive is in {} (manifest: {})",
        expected
            .keys()
            .map(|(s, k, _, _)| (s, k))
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        args.dir.display(),
        args.dir.join(huaweicloud_logs::MANIFEST_FILE).display()
    ));
    Ok(code)
}
