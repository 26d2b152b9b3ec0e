//! The JSON Schemas `cargo xtask docs` publishes (`schemas/`), as snapshots: a change of the
//! types that write the manifest or `hwlogs --json` shows here as a change of its schema, to
//! review (`cargo insta review`, or `INSTA_UPDATE=always`) before it reaches the users who
//! parse them. The site carries them byte for byte, and its index links them.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use huaweicloud_logs::events::{EVENT_SCHEMA, MANIFEST_ENTRY_SCHEMA};
use serde_json::Value;
use xtask::docs::schemas;

/// The published text of `name` (a file of `schemas/`).
fn published(name: &str) -> String {
    let path = format!("{}/{name}", schemas::DIR);
    schemas::files()
        .into_iter()
        .find(|(p, _)| *p == path)
        .unwrap_or_else(|| panic!("{path} is not published"))
        .1
}

#[test]
fn the_event_schema() {
    insta::assert_snapshot!("hwlogs-event.schema.json", published(EVENT_SCHEMA));
}

#[test]
fn the_manifest_entry_schema() {
    insta::assert_snapshot!(
        "manifest-entry.schema.json",
        published(MANIFEST_ENTRY_SCHEMA)
    );
}

/// The event schema is one `oneOf` of every line, each a closed object.
#[test]
fn the_event_schema_is_one_of_every_line() {
    let schema: Value = serde_json::from_str(&published(EVENT_SCHEMA)).unwrap();
    let members: Vec<&str> = schema["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["$ref"].as_str().unwrap())
        .collect();
    assert_eq!(
        members,
        [
            "#/definitions/PolicyLine",
            "#/definitions/LogFile",
            "#/definitions/FetchedLine",
            "#/definitions/SkippedLine",
            "#/definitions/FailedLine",
            "#/definitions/SummaryLine",
        ]
    );
    for (name, definition) in schema["definitions"].as_object().unwrap() {
        if definition["type"] == "object" {
            assert_eq!(
                definition["additionalProperties"], false,
                "{name} admits any field"
            );
        }
    }
    let manifest: Value = serde_json::from_str(&published(MANIFEST_ENTRY_SCHEMA)).unwrap();
    assert_eq!(manifest["additionalProperties"], false);
    let required = manifest["required"].as_array().unwrap();
    assert!(
        !required.contains(&"kind".into()),
        "lines older versions wrote have no kind"
    );
}

/// The site has each schema as published, pretty JSON ending in a newline, linked from the
/// index; two builds give the same bytes.
#[test]
fn the_site_publishes_them_and_links_them() {
    let root = xtask::locate_workspace().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let site = xtask::docs::build(&root, dir.path()).unwrap();
    let index = std::fs::read_to_string(dir.path().join("index.html")).unwrap();
    for (path, text) in schemas::files() {
        assert!(site.files.contains(&path), "{path} not in the site");
        let written = std::fs::read_to_string(dir.path().join(&path)).unwrap();
        assert_eq!(written, text, "{path}");
        assert!(written.ends_with("}\n"), "{path}");
        assert!(
            index.contains(&format!("href=\"{path}\"")),
            "{path} not linked"
        );
    }
    assert_eq!(schemas::files(), schemas::files());
}
