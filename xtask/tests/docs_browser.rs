//! The published spec docs, opened in a real browser: headless Chromium loads each page from
//! `file://`, and every operationId, parameter name, schema name and property name of the spec
//! must be in the rendered text. It also saves a screenshot of each page to
//! `target/spec-docs-screenshots/`, to look at.
//!
//! Chromium is required (Debian: `apt-get install -y chromium`; `.ci/run` installs it): without
//! it the browser test fails and says so. Set `CHROMIUM` to use another binary.
//!
//! The checks that need no browser (no remote loads, a CSP on every page, links that land,
//! downloads that are the specs, same bytes every build) are here too.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_yaml::Value;

fn build_site() -> (tempfile::TempDir, xtask::docs::Site) {
    let dir = tempfile::tempdir().unwrap();
    let site = xtask::docs::build(&xtask::locate_workspace().unwrap(), dir.path()).unwrap();
    (dir, site)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

// ---- the browser --------------------------------------------------------------------------

/// The Chromium binary: `$CHROMIUM`, or the first of the usual names on `PATH`.
fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return PathBuf::from(path);
    }
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in names {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    panic!(
        "headless Chromium is needed for the spec docs browser test and none was found \
         (looked for {} on PATH, and $CHROMIUM). Install it: `apt-get install -y chromium` \
         (Debian; .ci/run installs it when missing)",
        names.join(", ")
    );
}

/// Run headless Chromium on a page with extra arguments; its stdout. Nothing may leave the
/// machine: every host name resolves to nothing, and background services are off.
///
/// Its output goes to files, not pipes: a DOM dump larger than a pipe's buffer would block
/// Chromium while this waits for it to exit.
fn run_chromium(page: &Path, args: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let stdout_path = profile.path().join("stdout");
    let stderr_path = profile.path().join("stderr");
    let url = format!("file://{}", page.display());
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-sync",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-default-apps",
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(&url)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout_path).unwrap())
        .stderr(std::fs::File::create(&stderr_path).unwrap())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", chromium().display()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("chromium did not finish on {url} within 90 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(
        status.success(),
        "chromium failed on {url}: {status}\n{}",
        String::from_utf8_lossy(&std::fs::read(&stderr_path).unwrap_or_default())
    );
    String::from_utf8(std::fs::read(&stdout_path).unwrap()).unwrap()
}

/// The text of a DOM dump: tags dropped, entities decoded, whitespace collapsed. `<style>`
/// content is not text.
fn dom_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        text.push(' ');
        let after = &rest[start..];
        let skip_to = if after.starts_with("<style") {
            after.find("</style>").map(|i| i + "</style>".len())
        } else {
            after.find('>').map(|i| i + 1)
        };
        rest = &after[skip_to.unwrap_or(after.len())..];
    }
    text.push_str(rest);
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a service's page must show: operationIds, parameter names, schema and property names.
fn expected_names(spec: &Value) -> Vec<(&'static str, String)> {
    let resolve = |v: &Value| -> Value {
        let mut v = v.clone();
        for _ in 0..8 {
            let Some(r) = v.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let mut node = spec;
            for part in r.trim_start_matches("#/").split('/') {
                node = &node[part];
            }
            v = node.clone();
        }
        v
    };
    let mut out = Vec::new();
    let paths = spec["paths"].as_mapping().unwrap();
    for item in paths.values() {
        for (method, op) in item.as_mapping().unwrap() {
            if method.as_str() == Some("parameters") {
                continue;
            }
            out.push((
                "operationId",
                op["operationId"].as_str().unwrap().to_owned(),
            ));
            for p in op["parameters"].as_sequence().into_iter().flatten() {
                out.push(("parameter", resolve(p)["name"].as_str().unwrap().to_owned()));
            }
        }
    }
    fn properties(schema: &Value, out: &mut Vec<(&'static str, String)>) {
        if let Some(props) = schema.get("properties").and_then(Value::as_mapping) {
            for (name, s) in props {
                out.push(("property", name.as_str().unwrap().to_owned()));
                properties(s, out);
            }
        }
        for key in ["items", "additionalProperties"] {
            if let Some(s) = schema.get(key) {
                properties(s, out);
            }
        }
        for key in ["oneOf", "anyOf", "allOf"] {
            for s in schema
                .get(key)
                .and_then(Value::as_sequence)
                .into_iter()
                .flatten()
            {
                properties(s, out);
            }
        }
    }
    if let Some(schemas) = spec["components"]["schemas"].as_mapping() {
        for (name, schema) in schemas {
            out.push(("schema", name.as_str().unwrap().to_owned()));
            properties(schema, &mut out);
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn chromium_renders_every_operation_parameter_and_property() {
    let (dir, site) = build_site();
    let root = xtask::locate_workspace().unwrap();
    let shots = root.join("target/spec-docs-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let mut pages: Vec<String> = vec![String::from("index")];
    pages.extend(site.services.iter().cloned());

    // One thread per page: Chromium spends most of its time starting up.
    let results: Vec<(String, String)> = std::thread::scope(|scope| {
        let handles: Vec<_> = pages
            .iter()
            .map(|page| {
                let file = dir.path().join(format!("{page}.html"));
                let shot = shots.join(format!("{page}.png"));
                scope.spawn(move || {
                    let _ = std::fs::remove_file(&shot);
                    let screenshot = [
                        String::from("--window-size=1280,2400"),
                        format!("--screenshot={}", shot.display()),
                    ];
                    // Current Chromium does both in one run; an older one may need two.
                    let mut both = vec![String::from("--dump-dom")];
                    both.extend(screenshot.iter().cloned());
                    let dom = run_chromium(&file, &both);
                    if !shot.exists() {
                        run_chromium(&file, &screenshot);
                    }
                    (page.clone(), dom)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });

    let mut missing = Vec::new();
    let mut index_text = String::new();
    for (page, dom) in &results {
        assert!(
            dom.contains("<main"),
            "{page}: the DOM dump has no <main>: {dom:.300}"
        );
        let text = dom_text(dom);
        if page == "index" {
            index_text = text;
            continue;
        }
        let spec: Value =
            serde_yaml::from_str(&read(&root.join(format!("specs/{page}.yaml")))).unwrap();
        let names = expected_names(&spec);
        assert!(names.len() > 20, "{page}: too few names: {names:?}");
        for (kind, name) in names {
            if !text.contains(&name) {
                missing.push(format!("{page}.html: {kind} {name}"));
            }
        }
    }
    for service in &site.services {
        let spec: Value =
            serde_yaml::from_str(&read(&root.join(format!("specs/{service}.yaml")))).unwrap();
        for (kind, name) in expected_names(&spec) {
            if kind == "operationId" && !index_text.contains(&name) {
                missing.push(format!("index.html: operationId {name} of {service}"));
            }
        }
        let title = spec["info"]["title"].as_str().unwrap();
        if !index_text.contains(title) {
            missing.push(format!("index.html: title {title}"));
        }
    }
    assert!(missing.is_empty(), "not rendered:\n{}", missing.join("\n"));

    for page in &pages {
        let png = std::fs::read(shots.join(format!("{page}.png"))).unwrap();
        assert!(
            png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 20_000,
            "{page}.png is not a real screenshot ({} bytes)",
            png.len()
        );
    }
}

// ---- no browser needed --------------------------------------------------------------------

/// Every `attr="..."` value of a page.
fn attribute_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        let value = &rest[i + needle.len()..];
        let end = value.find('"').unwrap();
        out.push(&value[..end]);
        rest = &value[end..];
    }
    out
}

#[test]
fn the_pages_load_nothing_and_carry_a_strict_csp() {
    let (dir, site) = build_site();
    let pages: Vec<&String> = site.files.iter().filter(|f| f.ends_with(".html")).collect();
    assert_eq!(pages.len(), site.services.len() + 1);
    for page in pages {
        let html = read(&dir.path().join(page));
        let csp = format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
            xtask::docs::CSP
        );
        assert!(html.contains(&csp), "{page}: no CSP meta");
        assert!(xtask::docs::CSP.starts_with("default-src 'none';"));
        assert!(!xtask::docs::CSP.contains("script-src"));
        let lower = html.to_ascii_lowercase();
        for banned in [
            "<script",
            "<iframe",
            "<object",
            "<embed",
            "<img",
            "<link rel=\"stylesheet\"",
            "@import",
            "@font-face",
            "url(",
            " src=",
            " srcset=",
            " action=",
        ] {
            assert!(!lower.contains(banned), "{page}: contains {banned}");
        }
        for href in attribute_values(&html, "href") {
            let local = !href.contains("://") && !href.starts_with("//");
            assert!(
                local && !href.starts_with("http") && (!href.contains(':') || href == "data:,"),
                "{page}: href {href:?} leaves the site"
            );
        }
    }
}

#[test]
fn every_link_lands() {
    let (dir, site) = build_site();
    let files: BTreeSet<&str> = site.files.iter().map(String::as_str).collect();
    for page in site.files.iter().filter(|f| f.ends_with(".html")) {
        let html = read(&dir.path().join(page));
        for href in attribute_values(&html, "href") {
            if href == "data:," {
                continue;
            }
            let (file, fragment) = match href.split_once('#') {
                Some((file, fragment)) => (
                    if file.is_empty() { page.as_str() } else { file },
                    Some(fragment),
                ),
                None => (href, None),
            };
            assert!(
                files.contains(file),
                "{page}: link {href} to a missing file"
            );
            if let Some(fragment) = fragment {
                let target = read(&dir.path().join(file));
                assert!(
                    target.contains(&format!(" id=\"{fragment}\"")),
                    "{page}: link {href} to a missing anchor"
                );
            }
        }
    }
}

#[test]
fn the_downloads_are_the_specs() {
    let (dir, site) = build_site();
    let root = xtask::locate_workspace().unwrap();
    for service in &site.services {
        let spec = read(&root.join(format!("specs/{service}.yaml")));
        assert_eq!(read(&dir.path().join(format!("{service}.yaml"))), spec);
        let from_yaml: serde_json::Value = serde_yaml::from_str(&spec).unwrap();
        let from_json: serde_json::Value =
            serde_json::from_str(&read(&dir.path().join(format!("{service}.json")))).unwrap();
        assert_eq!(from_json, from_yaml, "{service}.json is not the spec");
    }
}

#[test]
fn the_same_specs_give_the_same_site() {
    let (a, site) = build_site();
    let (b, _) = build_site();
    for file in &site.files {
        assert!(
            std::fs::read(a.path().join(file)).unwrap()
                == std::fs::read(b.path().join(file)).unwrap(),
            "{file} differs between two builds"
        );
    }
}

#[test]
fn spec_text_is_escaped() {
    let text = read(&xtask::locate_workspace().unwrap().join("specs/dds.yaml")).replacen(
        "summary: Obtain the audit log list",
        "summary: Obtain <script>alert(1)</script> & \"more\"",
        1,
    );
    let doc = xtask::lint::Document::parse("specs/dds.yaml", &text).unwrap();
    let html = xtask::docs::render_service("dds", &doc);
    assert!(
        !html.contains("<script>"),
        "spec text reached the page unescaped"
    );
    assert!(html.contains("Obtain &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"));
}
