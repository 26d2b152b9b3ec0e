//! `cargo xtask docs [--out DIR]`: the published spec reference, a static site rendered here in
//! Rust from `specs/*.yaml`, written to `target/spec-docs/` by default.
//!
//! - `index.html` lists the services and their operations;
//! - `<service>.html` shows every operation (method, path, operationId, summary, description),
//!   every parameter with its type, whether it is required and its constraints (bounds,
//!   lengths, pattern, item counts, enum, default), the request and response bodies, every
//!   schema with its properties and variants, and every example as pretty JSON (with its
//!   `x-normalized` view beside it where the spec has one);
//! - each operation shows how to make the call: the Rust program codegen writes into the
//!   service crate as a compiled doctest (`examples::<operationId>`, from
//!   [`codegen::service::examples::example`]), the builder call with every required input then
//!   the stream, batched call, export or `LogApi` method built on it, and the `hwlogs` command
//!   that makes it;
//! - `<service>.yaml` and `<service>.json` are the spec for download;
//! - `schemas/hwlogs-event.schema.json` and `schemas/manifest-entry.schema.json`, linked from
//!   the index, are the JSON Schemas of a line of `hwlogs --json` and of a line of the
//!   manifest, generated from their Rust types ([`schemas`]).
//!
//! What a page shows is gathered from the spec as plain data ([`site`]: the pages, their
//! sections, operations and schemas), and [`markup`] renders that data as HTML with `maud`
//! templates, which escape everything that comes from a spec.
//!
//! The pages need nothing but themselves: no web fonts, no images, the CSS inline
//! ([`markup::STYLE`]), one small inline script ([`markup::SEARCH_SCRIPT`]: the search box,
//! which filters operations, parameters, schemas and properties by name, and reads a first
//! query from the URL, `dds.html#q=slow`), and a Content-Security-Policy ([`csp`]) that forbids
//! loading anything from anywhere and runs no script but that one, allowed by its SHA-256. So
//! they open the same from `file://` with no network as from any web server; without
//! JavaScript the box stays hidden and every entry shows. The same specs give the same bytes.

pub mod markup;
pub mod schemas;
pub mod site;

use std::path::{Path, PathBuf};

use crate::codegen::service::examples::Example;
use crate::codegen::{self, CodegenError};
use crate::lint::document::Document;

/// Where `cargo xtask docs` writes the site, relative to the workspace root.
pub const DEFAULT_OUT: &str = "target/spec-docs";

/// The Content-Security-Policy of every page: nothing may be loaded but the page's own inline
/// style and `data:` images, and no script run but the search ([`markup::SEARCH_SCRIPT`]),
/// named by its SHA-256; no font, frame, form target or connection.
pub fn csp() -> String {
    format!(
        "default-src 'none'; script-src '{}'; style-src 'unsafe-inline'; img-src data:; \
         base-uri 'none'; form-action 'none'",
        script_hash(markup::SEARCH_SCRIPT)
    )
}

/// The CSP source that allows an inline script: `sha256-` and the base64 of the SHA-256 of
/// its exact text.
pub fn script_hash(script: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(script.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The files a build wrote.
#[derive(Debug)]
pub struct Site {
    /// The folder the site is in.
    pub out: PathBuf,
    /// Every file written, relative to `out`: `index.html`, `dds.html`, `dds.yaml`, ...
    pub files: Vec<String>,
    /// The services, by name, in the order of the index.
    pub services: Vec<String>,
}

/// Build the site for the specs of the workspace at `root` into `out`.
pub fn build(root: &Path, out: &Path) -> Result<Site, CodegenError> {
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |error| CodegenError::Io { path, error }
    };
    let mut docs = Vec::new();
    let mut examples = Vec::new();
    for service in codegen::services(root)? {
        // The examples of the operations, as codegen writes them into the crate.
        examples.push(codegen::generate(root, &service)?.examples);
        let display = service.spec.display().to_string().replace('\\', "/");
        let text = std::fs::read_to_string(root.join(&service.spec))
            .map_err(io(&root.join(&service.spec)))?;
        let doc = Document::parse(&display, &text).map_err(|e| CodegenError::Spec {
            location: match e.line {
                Some(line) => format!("{display}:{line}"),
                None => display.clone(),
            },
            message: e.message,
        })?;
        docs.push((service.name, doc));
    }
    std::fs::create_dir_all(out).map_err(io(out))?;
    let mut site = Site {
        out: out.to_owned(),
        files: Vec::new(),
        services: docs.iter().map(|(name, _)| name.clone()).collect(),
    };
    let mut write = |name: String, bytes: &[u8]| -> Result<(), CodegenError> {
        let path = out.join(&name);
        std::fs::write(&path, bytes).map_err(io(&path))?;
        site.files.push(name);
        Ok(())
    };
    write("index.html".into(), render_index(&docs).as_bytes())?;
    for ((name, doc), examples) in docs.iter().zip(&examples) {
        write(
            format!("{name}.html"),
            render_service(name, doc, examples).as_bytes(),
        )?;
        write(format!("{name}.yaml"), doc.text.as_bytes())?;
        let json = serde_json::to_string_pretty(&doc.root).map_err(|e| CodegenError::Spec {
            location: doc.file.clone(),
            message: format!("cannot be written as JSON: {e}"),
        })?;
        write(format!("{name}.json"), format!("{json}\n").as_bytes())?;
    }
    site.files.extend(schemas::publish(out)?);
    Ok(site)
}

/// The index: every service with its operations.
pub fn render_index(docs: &[(String, Document)]) -> String {
    markup::index(&site::Index::gather(docs))
}

/// The reference page of one service, with the examples of its operations (none shown when
/// `examples` is empty).
pub fn render_service(name: &str, doc: &Document, examples: &[Example]) -> String {
    markup::service(&site::ServicePage::gather(name, doc, examples))
}

/// Where `cargo xtask docs` writes when given no `--out`: `<root>/target/spec-docs`.
pub fn default_out(root: &Path) -> PathBuf {
    root.join(DEFAULT_OUT)
}
