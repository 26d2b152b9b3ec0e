//! `cargo xtask`: see the library docs (`xtask/src/lib.rs`) for the commands.

// A command-line tool: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  codegen           regenerate crates/<service>/src/generated.rs from specs/<service>.yaml
  codegen --check   write nothing; exit 1 if a generated file differs from its spec
  lint [FILE...]    check every spec under specs/ (or the given files); one line per
                    problem, exit 1 if any
  docs [--out DIR]  write the spec reference site to target/spec-docs/ (or DIR)
  bench [--files N] [--size MIB] [--concurrency N] [--rounds N]
                    hwlogs against curl on one emulator: throughput, peak RSS, API calls
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["codegen"] => codegen(false),
        ["codegen", "--check"] => codegen(true),
        ["lint", files @ ..] => lint(files),
        ["docs"] => docs(None),
        ["docs", "--out", dir] => docs(Some(dir)),
        ["bench", options @ ..] => bench(options),
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

/// The checkout to act on (the one `cargo xtask` runs in), or the message saying how to run it.
fn root() -> Result<PathBuf, ExitCode> {
    xtask::locate_workspace().map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::FAILURE
    })
}

fn codegen(check: bool) -> ExitCode {
    let root = match root() {
        Ok(root) => root,
        Err(code) => return code,
    };
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

fn lint(files: &[&str]) -> ExitCode {
    let started = Instant::now();
    let result = if files.is_empty() {
        match root() {
            Ok(root) => xtask::lint::run(&root),
            Err(code) => return code,
        }
    } else {
        let paths: Vec<&std::path::Path> = files.iter().map(std::path::Path::new).collect();
        xtask::lint::run_files(&paths)
    };
    match result {
        Ok(report) => {
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            if report.problems.is_empty() {
                println!(
                    "lint: no problems in {} ({ms:.0} ms)",
                    report.specs.join(", ")
                );
                return ExitCode::SUCCESS;
            }
            for problem in &report.problems {
                eprintln!("{problem}");
            }
            let files: std::collections::BTreeSet<&str> =
                report.problems.iter().map(|p| p.file.as_str()).collect();
            eprintln!(
                "{} problem{} in {} of {} specs",
                report.problems.len(),
                if report.problems.len() == 1 { "" } else { "s" },
                files.len(),
                report.specs.len()
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn docs(out: Option<&str>) -> ExitCode {
    let root = match root() {
        Ok(root) => root,
        Err(code) => return code,
    };
    let out = out.map_or_else(|| xtask::docs::default_out(&root), PathBuf::from);
    let started = Instant::now();
    match xtask::docs::build(&root, &out) {
        Ok(site) => {
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            println!(
                "wrote {} files for {} services to {} ({ms:.0} ms); open {}",
                site.files.len(),
                site.services.len(),
                site.out.display(),
                site.out.join("index.html").display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn bench(options: &[&str]) -> ExitCode {
    let root = match root() {
        Ok(root) => root,
        Err(code) => return code,
    };
    // Cargo's target dir for this checkout (CARGO_TARGET_DIR, a config file, or target/).
    let target = match xtask::target_dir(&root) {
        Ok(target) => target,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut settings = xtask::bench::Settings::new(&target);
    let mut rest = options.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().and_then(|v| v.parse::<u64>().ok());
        match (*flag, value) {
            ("--files", Some(n)) if n > 0 => settings.files = n as usize,
            ("--size", Some(mib)) if mib > 0 => settings.size = mib << 20,
            ("--concurrency", Some(n)) if (1..=64).contains(&n) => {
                settings.concurrency = n as usize
            }
            ("--rounds", Some(n)) if n > 0 => settings.rounds = n as usize,
            _ => {
                eprint!("bad bench option {flag} (each takes a positive number)\n\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let total = settings.size * settings.files as u64;
    println!(
        "bench: {} files of {} MiB ({:.2} GiB), concurrency {}, {} rounds, into {}",
        settings.files,
        settings.size >> 20,
        total as f64 / (1u64 << 30) as f64,
        settings.concurrency,
        settings.rounds,
        settings.dest.display()
    );
    let (main, large) = match xtask::bench::run(&root, &settings) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mib_s = |secs: f64| total as f64 / secs / (1u64 << 20) as f64;
    let mib = |b: u64| b as f64 / (1u64 << 20) as f64;
    println!(
        "curl   (median): {:.2} s, {:.0} MiB/s (rounds {:.2}-{:.2} s)",
        main.curl_seconds,
        mib_s(main.curl_seconds),
        main.curl_range.0,
        main.curl_range.1
    );
    println!(
        "hwlogs (median): {:.2} s, {:.0} MiB/s (rounds {:.2}-{:.2} s)",
        main.hwlogs_seconds,
        mib_s(main.hwlogs_seconds),
        main.hwlogs_range.0,
        main.hwlogs_range.1
    );
    let ratio = main.ratio();
    let rss_ok = main.hwlogs_peak_rss <= 64 << 20 && large.hwlogs_peak_rss <= 64 << 20;
    let api_ok = main.api_requests == main.api_minimum;
    let verdict = |ok: bool| if ok { "ok" } else { "MISSED" };
    println!(
        "throughput hwlogs/curl: {ratio:.2} (target >= 0.90: {})",
        verdict(ratio >= 0.9)
    );
    println!(
        "hwlogs peak RSS: {:.1} MiB with {} MiB files, {:.1} MiB with {} MiB files (target <= 64 MiB, flat: {})",
        mib(main.hwlogs_peak_rss),
        main.size >> 20,
        mib(large.hwlogs_peak_rss),
        large.size >> 20,
        verdict(rss_ok)
    );
    println!(
        "API requests: {} list + {} link = {} (minimum {} + {} = {}: {})",
        main.api_requests.0,
        main.api_requests.1,
        main.api_requests.0 + main.api_requests.1,
        main.api_minimum.0,
        main.api_minimum.1,
        main.api_minimum.0 + main.api_minimum.1,
        verdict(api_ok)
    );
    if ratio >= 0.9 && rss_ok && api_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
