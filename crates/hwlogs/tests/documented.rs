//! The `hwlogs` command lines the docs show: codegen writes one into the examples of every
//! operation (`examples::<operationId>` in each service crate's `generated_service.rs`, shown
//! on the operation's page of the spec reference). Each is run here against an in-process
//! emulator, with the emulator's ids in place of the spec's example ids, and must succeed and
//! make the call it is the example of.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../../logs/tests/common/mod.rs"]
mod common;

use std::path::Path;

use common::{endpoints, hwlogs, requests, run, text, with_emulator_creds};
use huaweicloud_emulator::{Config, Emulator, start};

/// Every documented command of a service crate: (operationId, the command's arguments after
/// `hwlogs`). A command is in a ```sh block of the doc comment of `pub mod <operationId> {}`.
fn documented(service: &str) -> Vec<(String, Vec<String>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(service)
        .join("src/generated_service.rs");
    let source = std::fs::read_to_string(&path).unwrap();
    let mut out = Vec::new();
    let mut pending = Vec::new();
    for line in source.lines().map(str::trim) {
        if let Some(command) = line.strip_prefix("/// hwlogs ") {
            pending.push(command.split_whitespace().map(str::to_owned).collect());
        } else if let Some(module) = line
            .strip_prefix("pub mod ")
            .and_then(|l| l.strip_suffix(" {}"))
        {
            out.extend(pending.drain(..).map(|c| (module.to_owned(), c)));
        }
    }
    assert!(
        pending.is_empty(),
        "{}: a command outside an example",
        path.display()
    );
    out
}

/// Run `args` (a documented command, its ids and destination replaced) against `emu`: whether
/// it succeeded, and what it printed.
async fn hwlogs_run(emu: &Emulator, home: &Path, args: &[String]) -> (bool, String) {
    let mut cmd = with_emulator_creds(hwlogs(home), emu);
    cmd.arg(&args[0])
        .args(["--endpoint", &endpoints(emu), "-q"])
        .args(&args[1..]);
    let out = run(cmd).await;
    (out.status.success(), text(&out))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_documented_command_runs_and_makes_its_call() {
    let emu = start(Config {
        logs_per_instance: 3,
        logs_per_node: 2,
        file_size: 3000,
        ..Config::default()
    })
    .await
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let every = emu.instances();
    let mut commands = 0;
    for (service, instances) in [
        ("dds", &every.dds),
        ("rds", &every.rds),
        ("taurusdb", &every.taurusdb),
    ] {
        let documented = documented(service);
        assert!(documented.len() >= 5, "{service}: {documented:?}");
        for (op, command) in documented {
            commands += 1;
            assert_eq!(
                command.iter().position(|a| a == "--service"),
                Some(1),
                "{op}: {command:?}"
            );
            // Each instance of the service in turn (a call may be made for one kind of
            // instance only, as RDS lists slow log names for SQL Server) until the call is made.
            let mut runs = Vec::new();
            let mut made_any = false;
            for (n, instance) in instances.iter().enumerate() {
                let dest = home.path().join(format!("{service}-{op}-{n}"));
                let mut args = Vec::new();
                let mut words = command.iter();
                while let Some(word) = words.next() {
                    args.push(word.clone());
                    match word.as_str() {
                        "--instance" => {
                            words.next();
                            args.push(instance.id.clone());
                        }
                        "--node" => {
                            words.next();
                            args.push(instance.nodes.as_ref().expect("nodes")[0].clone());
                        }
                        "--dest" => {
                            words.next();
                            args.push(dest.display().to_string());
                        }
                        _ => {}
                    }
                }
                // Every file the emulator has, not only the last day's.
                if ["list", "download"].contains(&args[0].as_str()) {
                    args.extend(["--since".to_owned(), "61d".to_owned()]);
                }
                let before = requests(&emu, &format!("{service}.{op}"));
                let (ok, output) = hwlogs_run(&emu, home.path(), &args).await;
                assert!(ok, "{service} {op}: hwlogs {}: {output}", args.join(" "));
                let made = requests(&emu, &format!("{service}.{op}")) > before;
                runs.push(args.join(" "));
                made_any |= made;
                if made || !command.contains(&"--instance".to_owned()) {
                    break;
                }
            }
            assert!(made_any, "{service}: {op} was not called by {runs:?}");
        }
    }
    // The one IAM example says no command makes its calls.
    assert!(documented("iam").is_empty());
    assert!(commands >= 20, "only {commands} documented commands");
}
