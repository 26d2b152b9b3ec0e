//! `cargo xtask`: see the library docs (`xtask/src/lib.rs`) for the commands.

// A command-line tool: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  codegen           regenerate crates/<service>/src/generated.rs from specs/<service>.yaml
  codegen --check   write nothing; exit 1 if a generated file differs from its spec
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["codegen"] => codegen(false),
        ["codegen", "--check"] => codegen(true),
        ["help" | "--help" | "-h"] | [] => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("unknown arguments: {}\n\n{USAGE}", args.join(" "));
            ExitCode::from(2)
        }
    }
}

fn codegen(check: bool) -> ExitCode {
    let root = xtask::workspace_root();
    let started = Instant::now();
    match xtask::codegen::run(&root, check) {
        Ok(report) => {
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            if check {
                println!(
                    "{} generated files are up to date ({ms:.0} ms)",
                    report.files.len()
                );
            } else if report.changed.is_empty() {
                println!(
                    "{} generated files already up to date ({ms:.0} ms)",
                    report.files.len()
                );
            } else {
                for file in &report.changed {
                    println!("wrote {file}");
                }
                println!(
                    "regenerated {} of {} files ({ms:.0} ms); review the API snapshot with `cargo insta review`",
                    report.changed.len(),
                    report.files.len()
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
