//! The published spec docs, opened in a real browser: headless Chromium loads each page from
//! `file://`, and every operationId, parameter name, schema name and property name of the spec
//! must be in the rendered text. It also saves a screenshot of each page to
//! `target/spec-docs-screenshots/`, to look at.
//!
//! Chromium is required (Debian: `apt-get install -y chromium`; `.ci/run` installs it): without
//! it the browser test fails and says so. Set `CHROMIUM` to use another binary.
//!
//! The search box is tried there too: a page opened with `#q=<query>` must show the entries
//! whose name holds the query, with those around and inside them, and hide every other one.
//!
//! The checks that need no browser (no remote loads, a CSP on every page that runs no script
//! but the search, by its hash, links that land, downloads that are the specs, same bytes
//! every build, every operation's usage shown) are here too.
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
    run_chromium_at(page, "", args)
}

/// [`run_chromium`] on the page's URL with `fragment` after it (`#q=slow`).
fn run_chromium_at(page: &Path, fragment: &str, args: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let stdout_path = profile.path().join("stdout");
    let stderr_path = profile.path().join("stderr");
    let url = format!("file://{}{fragment}", page.display());
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
/// and `<script>` content is not text.
fn dom_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        text.push(' ');
        let after = &rest[start..];
        let skip_to = if after.starts_with("<style") {
            after.find("</style>").map(|i| i + "</style>".len())
        } else if after.starts_with("<script") {
            after.find("</script>").map(|i| i + "</script>".len())
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

/// An element of a page, as far as the search is concerned.
#[derive(Debug)]
struct Element {
    /// Its tag.
    tag: String,
    /// Its `id`.
    id: Option<String>,
    /// Its `data-entry`: the name the search matches.
    entry: Option<String>,
    /// Whether it has `data-group`.
    group: bool,
    /// Whether it has the `hidden` attribute.
    hidden: bool,
    /// The elements around it, innermost first (indexes into the list).
    ancestors: Vec<usize>,
}

/// The elements of an HTML page (as maud writes it, or as Chromium dumps its DOM), in document
/// order, with what the search reads and writes. Text, comments, and the content of `<style>`
/// and `<script>` are skipped.
fn elements(html: &str) -> Vec<Element> {
    const VOID: &[&str] = &[
        "meta", "link", "input", "br", "hr", "img", "col", "wbr", "source",
    ];
    let mut out: Vec<Element> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start..];
        if rest.starts_with("<!") {
            rest = &rest[rest.find('>').map_or(rest.len(), |i| i + 1)..];
            continue;
        }
        if let Some(close) = rest.strip_prefix("</") {
            let end = close.find('>').unwrap();
            let name = close[..end].trim().to_ascii_lowercase();
            if let Some(at) = open.iter().rposition(|&i| out[i].tag == name) {
                open.truncate(at);
            }
            rest = &close[end + 1..];
            continue;
        }
        // An opening tag: its name and attributes, values in double quotes.
        let mut chars = rest[1..].char_indices();
        let name_end = chars
            .find(|(_, c)| c.is_whitespace() || *c == '>' || *c == '/')
            .map_or(rest.len() - 1, |(i, _)| i);
        let tag = rest[1..1 + name_end].to_ascii_lowercase();
        let mut i = 1 + name_end;
        let bytes = rest.as_bytes();
        let mut attrs: Vec<(String, Option<String>)> = Vec::new();
        loop {
            while bytes[i].is_ascii_whitespace() || bytes[i] == b'/' {
                i += 1;
            }
            if bytes[i] == b'>' {
                i += 1;
                break;
            }
            let name_start = i;
            while !bytes[i].is_ascii_whitespace() && !b"=>/".contains(&bytes[i]) {
                i += 1;
            }
            let name = rest[name_start..i].to_ascii_lowercase();
            if bytes[i] == b'=' {
                i += 1;
                assert_eq!(bytes[i], b'"', "an unquoted attribute value in <{tag}>");
                let value_end = i + 1 + rest[i + 1..].find('"').unwrap();
                attrs.push((name, Some(rest[i + 1..value_end].replace("&quot;", "\""))));
                i = value_end + 1;
            } else {
                attrs.push((name, None));
            }
        }
        let attr = |n: &str| attrs.iter().find(|(a, _)| a == n);
        out.push(Element {
            id: attr("id").and_then(|(_, v)| v.clone()),
            entry: attr("data-entry").and_then(|(_, v)| v.clone()),
            group: attr("data-group").is_some(),
            hidden: attr("hidden").is_some(),
            ancestors: open.iter().rev().copied().collect(),
            tag: tag.clone(),
        });
        rest = &rest[i..];
        if tag == "script" || tag == "style" {
            let end = rest.find(&format!("</{tag}>")).unwrap();
            rest = &rest[end + tag.len() + 3..];
        } else if !VOID.contains(&tag.as_str()) {
            open.push(out.len() - 1);
        }
    }
    out
}

/// Open `page` in Chromium with `#q=<query>` and check what the search shows: an entry shows
/// when its name, or the name of an entry around it or inside it, holds the query (ignoring
/// case), and every other entry is hidden; a group shows while one of its entries does. The
/// elements of the DOM, and the text of the search status.
fn search(dir: &Path, page: &str, query: &str, shot: Option<&Path>) -> (Vec<Element>, String) {
    let fragment = format!("#q={}", query.replace(' ', "%20"));
    let mut args = vec![String::from("--dump-dom")];
    if let Some(shot) = shot {
        args.push(String::from("--window-size=1280,1600"));
        args.push(format!("--screenshot={}", shot.display()));
    }
    let dom = run_chromium_at(&dir.join(format!("{page}.html")), &fragment, &args);
    let all = elements(&dom);
    let q = query.trim().to_lowercase();
    let entries: Vec<usize> = (0..all.len()).filter(|&i| all[i].entry.is_some()).collect();
    assert!(entries.len() > 10, "{page}: too few entries: {dom:.300}");
    let hit = |i: usize| {
        all[i]
            .entry
            .as_deref()
            .is_some_and(|n| n.to_lowercase().contains(&q))
    };
    let mut wrong = Vec::new();
    for &i in &entries {
        let around = all[i].ancestors.iter().any(|&a| hit(a));
        let inside = entries
            .iter()
            .any(|&d| hit(d) && all[d].ancestors.contains(&i));
        let shown = hit(i) || around || inside;
        if shown == all[i].hidden {
            wrong.push(format!(
                "{} <{}> {:?}",
                if shown {
                    "hidden but should show:"
                } else {
                    "shown but should hide:"
                },
                all[i].tag,
                all[i].entry
            ));
        }
    }
    for (i, group) in all.iter().enumerate().filter(|(_, e)| e.group) {
        let any = entries
            .iter()
            .any(|&e| all[e].ancestors.contains(&i) && !all[e].hidden);
        // With no query every group shows, those without entries (servers) too.
        if (any || q.is_empty()) == group.hidden {
            wrong.push(format!(
                "group {i} (hidden: {}) has shown entries: {any}",
                group.hidden
            ));
        }
    }
    assert!(wrong.is_empty(), "{page}{fragment}:\n{}", wrong.join("\n"));
    let box_hidden = all
        .iter()
        .any(|e| e.id.as_deref() == Some("search-box") && e.hidden);
    assert!(
        !box_hidden,
        "{page}: the script did not show the search box"
    );
    let status_at = dom.find("id=\"search-status\"").expect("a search status");
    let status = &dom[status_at..];
    let status = &status[status.find('>').unwrap() + 1..status.find("</p>").unwrap()];
    (all, status.to_owned())
}

/// Whether the entry named `name` shows.
fn shows(all: &[Element], name: &str) -> bool {
    let found: Vec<&Element> = all
        .iter()
        .filter(|e| e.entry.as_deref() == Some(name))
        .collect();
    assert!(!found.is_empty(), "no entry {name}");
    found.iter().any(|e| !e.hidden)
}

#[test]
fn the_search_box_filters_by_name_from_the_url() {
    let (dir, _) = build_site();
    let dir = dir.path().to_owned();
    let shots = xtask::locate_workspace()
        .unwrap()
        .join("target/spec-docs-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let cases: Vec<(&str, &str)> = vec![
        ("dds", "slow"),
        ("dds", "INSTANCE_ID"),
        ("taurusdb", "node"),
        ("index", "audit"),
        ("rds", "no such name anywhere"),
        ("iam", ""),
    ];
    let results: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = cases
            .iter()
            .map(|&(page, query)| {
                let dir = &dir;
                // A screenshot of the first, to look at.
                let shot = (query == "slow").then(|| shots.join(format!("{page}-search.png")));
                scope.spawn(move || (page, query, search(dir, page, query, shot.as_deref())))
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (page, query, (all, status)) in results {
        let visible = all
            .iter()
            .filter(|e| e.entry.is_some() && !e.hidden)
            .count();
        let total = all.iter().filter(|e| e.entry.is_some()).count();
        match (page, query) {
            ("dds", "slow") => {
                assert!(shows(&all, "download_slowlog") && shows(&all, "DownloadSlowlogResult"));
                assert!(!shows(&all, "list_auditlogs") && !shows(&all, "AuditLog"));
                assert!(status.contains("slow"), "{status}");
                assert!(0 < visible && visible < total);
            }
            ("dds", "INSTANCE_ID") => {
                // Case does not matter; an operation shows for its parameter's sake.
                assert!(shows(&all, "instance_id") && shows(&all, "list_auditlogs"));
                assert!(!shows(&all, "list_instances"), "no instance_id parameter");
                assert!(!shows(&all, "ProjectId"));
            }
            ("taurusdb", "node") => {
                assert!(shows(&all, "node_id") && shows(&all, "list_ddl_logs"));
                assert!(!shows(&all, "list_audit_logs"));
            }
            ("index", "audit") => {
                assert!(shows(&all, "list_auditlogs") && shows(&all, "dds"));
                assert!(!shows(&all, "list_instances"));
                assert!(!shows(&all, "iam"), "IAM has no audit operation");
            }
            (_, "no such name anywhere") => {
                assert_eq!(visible, 0);
                assert!(status.starts_with("Nothing is named like"), "{status}");
                assert!(all.iter().filter(|e| e.group).all(|e| e.hidden));
            }
            (_, "") => {
                assert_eq!(visible, total);
                assert!(status.is_empty(), "{status}");
            }
            _ => unreachable!(),
        }
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

/// The text of the one inline script of a page.
fn inline_script(html: &str) -> &str {
    assert_eq!(
        html.matches("<script").count(),
        1,
        "one script on every page, the search"
    );
    let start = html.find("<script>").expect("a <script> with no attribute") + "<script>".len();
    let end = start + html[start..].find("</script>").unwrap();
    &html[start..end]
}

#[test]
fn the_pages_load_nothing_and_carry_a_strict_csp() {
    use base64::Engine as _;
    use sha2::Digest as _;
    let (dir, site) = build_site();
    let pages: Vec<&String> = site.files.iter().filter(|f| f.ends_with(".html")).collect();
    assert_eq!(pages.len(), site.services.len() + 1);
    let policy = xtask::docs::csp();
    assert!(policy.starts_with("default-src 'none';"));
    // Scripts: exactly one source, a hash; nothing inline or evaluated by name.
    let scripts: Vec<&str> = policy
        .split(';')
        .map(str::trim)
        .filter(|d| d.starts_with("script-src"))
        .collect();
    let [script_src] = scripts.as_slice() else {
        panic!("one script-src in {policy}");
    };
    let sources: Vec<&str> = script_src.split_whitespace().skip(1).collect();
    let [source] = sources.as_slice() else {
        panic!("one script source in {policy}");
    };
    let hash = source
        .strip_prefix("'sha256-")
        .and_then(|h| h.strip_suffix('\''))
        .unwrap_or_else(|| panic!("the script source is no hash: {source}"));
    for page in pages {
        let html = read(&dir.path().join(page));
        let csp = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
        assert!(html.contains(&csp), "{page}: no CSP meta");
        // The hash is that of the script on the page, computed here.
        let script = inline_script(&html);
        assert_eq!(
            base64::engine::general_purpose::STANDARD
                .decode(hash)
                .expect("the hash is base64"),
            sha2::Sha256::digest(script.as_bytes()).to_vec(),
            "{page}: the CSP's hash is not that of its script"
        );
        let lower = html.to_ascii_lowercase();
        for banned in [
            "<script src",
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
            "fetch(",
            "xmlhttprequest",
            "import(",
            "eval(",
            "innerhtml",
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
        // Without JavaScript every entry shows, and the search box (useless then) does not.
        let elements = elements(&html);
        let hidden: Vec<&Element> = elements.iter().filter(|e| e.hidden).collect();
        assert!(
            matches!(hidden.as_slice(), [one] if one.id.as_deref() == Some("search-box")),
            "{page}: hidden before any search: {hidden:?}"
        );
        assert!(
            elements.iter().filter(|e| e.entry.is_some()).count() > 10,
            "{page}: too few entries to search"
        );
    }
}

#[test]
fn every_operation_shows_the_usage_its_crate_compiles() {
    let (dir, _) = build_site();
    let root = xtask::locate_workspace().unwrap();
    for service in xtask::codegen::services(&root).unwrap() {
        let generated = xtask::codegen::generate(&root, &service).unwrap();
        let html = read(&dir.path().join(format!("{}.html", service.name)));
        let crate_file = read(&root.join(&service.service_output));
        let spec: Value = serde_yaml::from_str(&read(&root.join(&service.spec))).unwrap();
        let ids: Vec<(&'static str, String)> = expected_names(&spec)
            .into_iter()
            .filter(|(kind, _)| *kind == "operationId")
            .collect();
        assert_eq!(generated.examples.len(), ids.len(), "{}", service.name);
        for example in &generated.examples {
            let op = &example.operation;
            // On the page, in the operation's section, escaped as maud escapes it.
            let start = html
                .find(&format!("id=\"op-{op}\""))
                .unwrap_or_else(|| panic!("{}: no section of {op}", service.name));
            let section = &html[start..start + html[start..].find("</section>").unwrap()];
            let escape = |s: &str| {
                s.replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;")
                    .replace('"', "&quot;")
            };
            let shown = example.shown();
            assert!(
                section.contains(&escape(&shown)),
                "{}: {op} does not show its example:\n{shown}",
                service.name
            );
            assert!(
                shown.contains(&format!(".{op}()")),
                "{op}: not called\n{shown}"
            );
            assert!(!shown.contains("# async fn"), "{op}: hidden lines shown");
            assert!(section.contains(&escape(&example.hwlogs)));
            assert!(
                example.hwlogs.contains("\nhwlogs ") || example.hwlogs.starts_with("# none"),
                "{op}: {}",
                example.hwlogs
            );
            // In the crate, as a doctest of its own module.
            assert!(
                crate_file.contains(&format!("pub mod {op} {{}}")),
                "{}: no examples::{op}",
                service.name
            );
            for line in example.rust.lines().filter(|l| !l.is_empty()) {
                assert!(
                    crate_file.contains(&format!("/// {line}\n")),
                    "{}: {op}: the crate lacks {line:?}",
                    service.name
                );
            }
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
    let html = xtask::docs::render_service("dds", &doc, &[]);
    assert_eq!(
        html.matches("<script").count(),
        1,
        "spec text reached the page unescaped (the one script is the search)"
    );
    assert!(html.contains("Obtain &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"));
}
