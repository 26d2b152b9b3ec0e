//! `hwlogs demo`: an emulator in this process, a full sync of its three services into a
//! directory, a check of every file against the emulator's own SHA-256, and a second sync
//! that fetches nothing because everything is complete.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use chrono::TimeDelta;
use clap::Args;
use huaweicloud_core::Credentials;
use huaweicloud_emulator as emulator;
use huaweicloud_logs::{Outcome, ServiceKind, SourceConfig, SyncWindow, Target};

use crate::{Failure, exit, progress};

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Directory to archive into (created; reused by a later demo).
    #[arg(long, default_value = "hwlogs-demo")]
    dir: PathBuf,
    /// Log files per emulated instance.
    #[arg(long, default_value_t = 12)]
    files: usize,
    /// Size of each log file, in bytes.
    #[arg(long, default_value_t = 256 * 1024)]
    file_size: u64,
}

pub async fn run(args: DemoArgs, quiet: bool) -> Result<u8, Failure> {
    let emu = emulator::start(emulator::Config {
        logs_per_instance: args.files,
        file_size: args.file_size,
        ..emulator::Config::default()
    })
    .await
    .map_err(|e| Failure::usage(e.to_string()))?;
    let c = emu.credentials();
    let config = SourceConfig {
        endpoint: Some(emu.base_url().to_owned()),
        project_id: Some(c.project_id.clone()),
        credentials: Some(Credentials::aksk(c.ak.clone(), c.sk.clone())),
        ..SourceConfig::default()
    };
    let say = |s: String| {
        if !quiet {
            eprintln!("{s}");
        }
    };
    say(format!(
        "emulator listening on {} (project {}); archiving into {}",
        emu.base_url(),
        c.project_id,
        args.dir.display()
    ));

    // The emulator's own record of every file, to check the archive against.
    let expected: HashMap<(String, String, String), String> = emu
        .manifest(true)
        .await
        .into_iter()
        .filter_map(|m| {
            let sha = m.sha256?;
            Some(((m.service.to_string(), m.instance_id, m.id), sha))
        })
        .collect();

    let instances = emu.instances();
    let plan = [
        (ServiceKind::Dds, &instances.dds),
        (ServiceKind::Rds, &instances.rds),
        (ServiceKind::Taurusdb, &instances.taurusdb),
    ];
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
        for (kind, list) in plan {
            let targets: Vec<Target> = list
                .iter()
                .flat_map(|i| match (kind, &i.nodes) {
                    (ServiceKind::Taurusdb, Some(nodes)) => nodes
                        .iter()
                        .map(|n| Target {
                            instance_id: i.id.clone(),
                            node_id: Some(n.clone()),
                        })
                        .collect::<Vec<_>>(),
                    _ => vec![Target {
                        instance_id: i.id.clone(),
                        node_id: None,
                    }],
                })
                .collect();
            say(format!("{kind}: {} instances", list.len()));
            let show = progress::Display::new(quiet, false);
            let archiver = crate::demo_archiver(kind, &config, args.dir.clone(), show.observer())?;
            let started = Instant::now();
            let report = archiver.sync(&targets, window).await?;
            code = code.max(crate::finish(&show, &report, started, false));
            for (file, outcome) in &report.files {
                if let Outcome::Fetched(entry) = outcome {
                    let key = (kind.to_string(), file.instance_id.clone(), file.id.clone());
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
    say(format!(
        "verified {verified} files against the emulator's SHA-256; the archive is in {} \
         (manifest: {})",
        args.dir.display(),
        args.dir.join(huaweicloud_logs::MANIFEST_FILE).display()
    ));
    Ok(code)
}
