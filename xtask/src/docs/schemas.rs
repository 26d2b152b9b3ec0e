//! The JSON Schemas the site publishes under `schemas/`, linked from the index: what `hwlogs`
//! writes, made from the types that write it (`huaweicloud_logs::events::schemas`, with
//! `schemars`), so they cannot drift from the output.
//!
//! - `schemas/hwlogs-event.schema.json`: one line of `hwlogs --json`, a `oneOf` of every line
//!   `list`, `download` and `sync` print (policy, file, fetched, skipped, failed, summary);
//! - `schemas/manifest-entry.schema.json`: one line of the manifest an archive keeps,
//!   `.hwlogs-manifest.jsonl`.
//!
//! Draft 7, pretty JSON with a trailing newline, keys in order: the same bytes every build.
//! `tests/schemas.rs` keeps a snapshot of each, and `hwlogs`' `tests/schemas.rs` checks real
//! output against them.

use std::path::Path;

use huaweicloud_logs::events::{EVENT_SCHEMA, MANIFEST_ENTRY_SCHEMA};
use maud::{Markup, html};

use crate::codegen::CodegenError;

/// The folder of the schemas in the site.
pub const DIR: &str = "schemas";

/// The schemas, in the order of the index.
const ORDER: [&str; 2] = [EVENT_SCHEMA, MANIFEST_ENTRY_SCHEMA];

/// What the schema `name` describes, as the index says it.
fn about(name: &str) -> Markup {
    if name == EVENT_SCHEMA {
        html! {
            "One line of " code { "hwlogs --json" } ": every line " code { "list" } ", "
            code { "download" } " and " code { "sync" } " print (an instance's log policy, a \
            listed file, a file fetched, skipped or failed, the summary of a service and kind), \
            as one " code { "oneOf" } "."
        }
    } else {
        html! {
            "One line of " code { ".hwlogs-manifest.jsonl" } ", the manifest of an archive: a \
            file archived, where it is and its SHA-256."
        }
    }
}

/// Every schema: its path in the site (`schemas/<file>`) and its text, in the order of the
/// index.
pub fn files() -> Vec<(String, String)> {
    let mut schemas = huaweicloud_logs::events::schemas();
    schemas.sort_by_key(|(name, _)| ORDER.iter().position(|n| n == name));
    schemas
        .into_iter()
        .map(|(name, schema)| {
            let text = serde_json::to_string_pretty(&schema).unwrap_or_default();
            (format!("{DIR}/{name}"), format!("{text}\n"))
        })
        .collect()
}

/// Write the schemas into `out/schemas/`; the files written, relative to `out`.
pub fn publish(out: &Path) -> Result<Vec<String>, CodegenError> {
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |error| CodegenError::Io { path, error }
    };
    let dir = out.join(DIR);
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    let mut written = Vec::new();
    for (name, text) in files() {
        let path = out.join(&name);
        std::fs::write(&path, text).map_err(io(&path))?;
        written.push(name);
    }
    Ok(written)
}

/// The index's section that links the schemas.
pub fn index_section() -> Markup {
    html! {
        section.card #json-schemas {
            h2 { "JSON Schemas" }
            p {
                "What " code { "hwlogs" } " writes, generated from the Rust types that write it \
                 (" code { "huaweicloud_logs::events" } ", " code { "schemars" } ", draft 7). \
                 Strict: an object has exactly the fields of its type."
            }
            ul {
                @for name in ORDER {
                    li {
                        a href=(format!("{DIR}/{name}")) { code { (name) } }
                        ": " (about(name))
                    }
                }
            }
        }
    }
}
