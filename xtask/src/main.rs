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
  bench [--files N] [--size SIZE] [--concurrency N] [--latency DURATION] [--rounds N]
                    hwlogs against curl on one emulator: throughput, peak RSS, API calls
                    (default 8 files of 128MiB, concurrency 4, latency 0, 7 rounds); SIZE
                    in KiB, MiB or GiB (64KiB, 4MiB; a bare number is MiB); DURATION is
                    the emulator's delay of every request (0, 50ms, 1s)
  bench --matrix [--rounds N]
                    the same for six rows (64KiB to 128MiB files, two rows with 50ms of
                    latency; 5 rounds each by default), then one table
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
    let mut matrix = false;
    let mut rounds = None;
    let mut row_options = Vec::new();
    let mut rest = options.iter();
    while let Some(&flag) = rest.next() {
        if flag == "--matrix" {
            matrix = true;
            continue;
        }
        let Some(&value) = rest.next() else {
            eprint!("bench option {flag} needs a value\n\n{USAGE}");
            return ExitCode::from(2);
        };
        let count = |range: std::ops::RangeInclusive<usize>| {
            value
                .parse::<usize>()
                .ok()
                .filter(|n| range.contains(n))
                .ok_or_else(|| {
                    format!(
                        "{value:?} is not a number from {} to {}",
                        range.start(),
                        range.end()
                    )
                })
        };
        let parsed = match flag {
            "--files" => count(1..=100_000).map(|n| settings.files = n),
            "--size" => xtask::bench::parse_size(value).map(|b| settings.size = b),
            "--concurrency" => count(1..=64).map(|n| settings.concurrency = n),
            "--latency" => xtask::bench::parse_latency(value).map(|d| settings.latency = d),
            "--rounds" => count(1..=1000).map(|n| rounds = Some(n)),
            _ => Err("unknown option".to_owned()),
        };
        if let Err(why) = parsed {
            eprint!("bad bench option {flag} {value}: {why}\n\n{USAGE}");
            return ExitCode::from(2);
        }
        if flag != "--rounds" {
            row_options.push(flag);
        }
    }
    if matrix {
        if !row_options.is_empty() {
            eprint!(
                "bench --matrix sets files, size, concurrency and latency per row; it takes only --rounds (not {})\n\n{USAGE}",
                row_options.join(", ")
            );
            return ExitCode::from(2);
        }
        settings.rounds = rounds.unwrap_or(xtask::bench::MATRIX_ROUNDS);
        return bench_matrix(&root, &settings);
    }
    if let Some(n) = rounds {
        settings.rounds = n;
    }
    let total = settings.size * settings.files as u64;
    println!(
        "bench: {} files of {} ({}), concurrency {}, latency {}, {} round{}, into {}",
        settings.files,
        xtask::bench::format_size(settings.size),
        xtask::bench::format_amount(total),
        settings.concurrency,
        xtask::bench::format_latency(settings.latency),
        settings.rounds,
        if settings.rounds == 1 { "" } else { "s" },
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
    let rss_ok = main.rss_ok() && large.rss_ok();
    let verdict = |ok: bool| if ok { "ok" } else { "MISSED" };
    println!(
        "throughput hwlogs/curl (curl's time / hwlogs'): {ratio:.2} (target >= {:.2}: {})",
        main.ratio_target(),
        verdict(main.ratio_ok())
    );
    println!(
        "hwlogs peak RSS: {:.1} MiB with {} files, {:.1} MiB with {} files (target <= 64 MiB, flat: {})",
        mib(main.hwlogs_peak_rss),
        xtask::bench::format_size(main.size),
        mib(large.hwlogs_peak_rss),
        xtask::bench::format_size(large.size),
        verdict(rss_ok)
    );
    let (most, min) = (main.api_most(), main.api_minimum);
    let varied = if main.api_requests.iter().all(|r| *r == most) {
        String::new()
    } else {
        let each: Vec<String> = main
            .api_requests
            .iter()
            .map(|(l, k)| format!("{l}+{k}"))
            .collect();
        format!("; rounds: {}", each.join(", "))
    };
    println!(
        "API requests: {} list + {} link = {} (minimum {} + {} = {}: {}{varied})",
        most.0,
        most.1,
        most.0 + most.1,
        min.0,
        min.1,
        min.0 + min.1,
        verdict(main.api_ok())
    );
    if main.met() && rss_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `bench --matrix`: every row of [`xtask::bench::matrix`], then one table.
fn bench_matrix(root: &std::path::Path, base: &xtask::bench::Settings) -> ExitCode {
    use xtask::bench::{Progress, format_amount, format_latency};
    let rows = xtask::bench::matrix(base);
    println!(
        "bench --matrix: {} rows, {} round{} each, into {} (no run with files 4x larger: the rows go up to 128MiB files)",
        rows.len(),
        base.rounds,
        if base.rounds == 1 { "" } else { "s" },
        base.dest.display()
    );
    let results = xtask::bench::run_matrix(root, &rows, |progress| match progress {
        Progress::Start { index, row } => println!(
            "row {}/{}: {} ({}), concurrency {}, latency {}",
            index + 1,
            rows.len(),
            row.label(),
            format_amount(row.size * row.files as u64),
            row.concurrency,
            format_latency(row.latency)
        ),
        Progress::Done { result, .. } => match result {
            Ok(m) => println!(
                "  hwlogs {:.2} s, curl {:.2} s, ratio {:.2}, peak RSS {:.1} MiB, API calls {}+{} (minimum {}+{})",
                m.hwlogs_seconds,
                m.curl_seconds,
                m.ratio(),
                m.hwlogs_peak_rss as f64 / (1u64 << 20) as f64,
                m.api_most().0,
                m.api_most().1,
                m.api_minimum.0,
                m.api_minimum.1
            ),
            Err(e) => println!("  error: {e}"),
        },
    });
    let results = match results {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!();
    println!("{}", xtask::bench::MATRIX_LEGEND);
    println!();
    print!("{}", xtask::bench::matrix_table(&rows, &results));
    let met = results
        .iter()
        .filter(|r| r.as_ref().is_ok_and(|m| m.met()))
        .count();
    println!("{met} of {} rows met every target", rows.len());
    if met == rows.len() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
