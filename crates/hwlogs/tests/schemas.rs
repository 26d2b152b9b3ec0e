//! Real output against the published JSON Schemas, made in-process by the function `cargo
//! xtask docs` publishes them with (`huaweicloud_logs::events::schemas`): every line `hwlogs
//! list`, `sync` and `download --json` print against `hwlogs-event.schema.json`, and every
//! line of the manifest `sync` writes against `manifest-entry.schema.json`. The runs cover
//! every member of the event schema's `oneOf` (policy, file, fetched, skipped, failed,
//! summary), and a line with a field renamed, dropped or added fails its schema.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../../logs/tests/common/mod.rs"]
mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use common::{endpoints, hwlogs, run, text, with_emulator_creds};
use huaweicloud_emulator::{AuditPolicy, Config, Emulator, start};
use huaweicloud_logs::MANIFEST_FILE;
use huaweicloud_logs::events::{EVENT_SCHEMA, MANIFEST_ENTRY_SCHEMA, schemas};
use serde_json::Value;

/// Every service, every kind, every instance.
const ALL: [&str; 5] = [
    "--service",
    "dds,rds,taurusdb",
    "--kind",
    "audit,ddl,slow,error",
    "--all-instances",
];

/// The validator of the published schema `name`, formats (`date-time`) checked.
fn validator(name: &str) -> jsonschema::Validator {
    let (_, schema) = schemas()
        .into_iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no schema {name}"));
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{name} is not a valid draft 7 schema: {e}"))
}

/// Why `line` fails `validator`, or `None` when it passes.
fn errors(validator: &jsonschema::Validator, line: &Value) -> Option<String> {
    let errors: Vec<String> = validator
        .iter_errors(line)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    (!errors.is_empty()).then(|| errors.join("; "))
}

/// `hwlogs NAME --endpoint ... --service ... --kind ... --all-instances --json`.
fn hw(emu: &Emulator, home: &Path, name: &str) -> Command {
    let mut cmd = with_emulator_creds(hwlogs(home), emu);
    cmd.args([name, "--endpoint", &endpoints(emu)])
        .args(ALL)
        .arg("--json");
    cmd
}

/// The line's member of the event schema's `oneOf`, by its shape.
fn member(line: &Value) -> &'static str {
    match line {
        _ if line.get("policy").is_some() => "policy",
        _ if line.get("summary").is_some() => "summary",
        _ => match line["status"].as_str() {
            Some("fetched") => "fetched",
            Some("skipped") => "skipped",
            Some("failed") => "failed",
            _ => "file",
        },
    }
}

/// Each stdout line of `out`, parsed.
fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The fields of `line`: its own, or those of the one object it wraps (`policy`, `summary`).
fn fields(line: &mut Value) -> &mut serde_json::Map<String, Value> {
    match line.as_object_mut().unwrap() {
        o if o.len() == 1 => o.values_mut().next().unwrap().as_object_mut().unwrap(),
        o => o,
    }
}

/// `line` with its field `from` renamed to `to`.
fn renamed(line: &Value, from: &str, to: &str) -> Value {
    let mut line = line.clone();
    let object = fields(&mut line);
    let value = object.remove(from).unwrap_or_else(|| panic!("no {from}"));
    object.insert(to.to_owned(), value);
    line
}

/// `line` without its field `name`.
fn without(line: &Value, name: &str) -> Value {
    let mut line = line.clone();
    assert!(fields(&mut line).remove(name).is_some(), "no {name}");
    line
}

/// `line` with a field more.
fn with_extra(line: &Value) -> Value {
    let mut line = line.clone();
    fields(&mut line).insert("extra".to_owned(), Value::Null);
    line
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn real_output_and_manifest_match_the_published_schemas() {
    // Audit off on some instances (`enabled: false` policies); every slow and error export
    // fails (DDS and TaurusDB), so some files fail while the others are fetched.
    let emu = start(Config {
        logs_per_instance: 2,
        logs_per_node: 1,
        file_size: 2000,
        audit_policy: AuditPolicy {
            off_in_second_instances: true,
            ..AuditPolicy::default()
        },
        faults: "export_fail=1".parse().unwrap(),
        ..Config::default()
    })
    .await
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let dest = home.path().join("archive");
    let events = validator(EVENT_SCHEMA);
    let entries = validator(MANIFEST_ENTRY_SCHEMA);

    let mut list = hw(&emu, home.path(), "list");
    list.args(["--since", "61d"]);
    let sync = || {
        let mut cmd = hw(&emu, home.path(), "sync");
        cmd.args(["--first", "61d", "--dest"]).arg(&dest);
        cmd
    };
    let mut download = hw(&emu, home.path(), "download");
    download.args(["--since", "61d", "--dest"]).arg(&dest);

    // Every line of every run, by member; the first of each kept as an example.
    let mut seen: BTreeMap<&str, (usize, Value)> = BTreeMap::new();
    for (name, cmd, code) in [
        ("list", list, 0),
        ("sync", sync(), 1),
        // Again: what the first fetched is skipped now.
        ("sync again", sync(), 1),
        ("download", download, 1),
    ] {
        let out = run(cmd).await;
        assert_eq!(out.status.code(), Some(code), "{name}: {}", text(&out));
        let lines = lines(&out);
        assert!(!lines.is_empty(), "{name}: no line");
        for line in lines {
            if let Some(why) = errors(&events, &line) {
                panic!("{name}: a line fails {EVENT_SCHEMA}: {why}\n{line}");
            }
            seen.entry(member(&line)).or_insert((0, line.clone())).0 += 1;
        }
    }
    let members: Vec<&str> = seen.keys().copied().collect();
    assert_eq!(
        members,
        ["failed", "fetched", "file", "policy", "skipped", "summary"],
        "every kind of line, {seen:?}"
    );

    // The manifest, line by line.
    let manifest = std::fs::read_to_string(dest.join(MANIFEST_FILE)).unwrap();
    let mut manifest_lines = Vec::new();
    for text in manifest.lines().filter(|l| !l.trim().is_empty()) {
        let line: Value = serde_json::from_str(text).unwrap();
        if let Some(why) = errors(&entries, &line) {
            panic!("a manifest line fails {MANIFEST_ENTRY_SCHEMA}: {why}\n{line}");
        }
        manifest_lines.push(line);
    }
    assert_eq!(
        manifest_lines.len(),
        seen["fetched"].0,
        "one manifest line per file fetched"
    );
    let entry = &manifest_lines[0];
    // Lines older versions wrote have no `kind`, and no node, times, when there were none.
    for field in ["kind", "node_id", "start_time", "end_time"] {
        let old = without(entry, field);
        assert_eq!(errors(&entries, &old), None, "without {field}: {old}");
    }

    // The schemas catch a renamed, a missing and an extra field in each kind of line, and a
    // line of one kind is not taken for another.
    let renames = [
        ("policy", "instance_id", "instanceId"),
        ("file", "node_id", "node"),
        ("fetched", "sha256", "sha_256"),
        ("skipped", "path", "file_path"),
        ("failed", "error", "reason"),
        ("summary", "peak_rss_bytes", "peak_rss"),
    ];
    for (kind, from, to) in renames {
        let line = &seen[kind].1;
        for bad in [
            renamed(line, from, to),
            without(line, from),
            with_extra(line),
        ] {
            assert!(
                errors(&events, &bad).is_some(),
                "{EVENT_SCHEMA} accepts a broken {kind} line: {bad}"
            );
        }
    }
    let mut wrong_status = seen["skipped"].1.clone();
    wrong_status["status"] = "fetched".into();
    assert!(errors(&events, &wrong_status).is_some(), "{wrong_status}");
    for (from, to) in [("sha256", "sha_256"), ("fetched_at", "fetchedAt")] {
        let bad = renamed(entry, from, to);
        assert!(
            errors(&entries, &bad).is_some(),
            "{MANIFEST_ENTRY_SCHEMA} accepts {bad}"
        );
    }
    let mut bad_time = entry.clone();
    bad_time["fetched_at"] = "yesterday".into();
    assert!(errors(&entries, &bad_time).is_some(), "{bad_time}");
}
