//! `cargo xtask docs [--out DIR]`: the published spec reference, a static site rendered here in
//! Rust from `specs/*.yaml`, written to `target/spec-docs/` by default.
//!
//! - `index.html` lists the services and their operations;
//! - `<service>.html` shows every operation (method, path, operationId, summary, description),
//!   every parameter with its type, whether it is required and its constraints (bounds,
//!   lengths, pattern, item counts, enum, default), the request and response bodies, every
//!   schema with its properties and variants, and every example as pretty JSON (with its
//!   `x-normalized` view beside it where the spec has one);
//! - `<service>.yaml` and `<service>.json` are the spec for download.
//!
//! The pages need nothing but themselves: no JavaScript, no web fonts, no images, the CSS
//! inline, and a Content-Security-Policy ([`CSP`]) that forbids loading anything from anywhere,
//! so they open the same from `file://` with no network as from any web server. Everything that
//! comes from a spec is HTML-escaped. The same specs give the same bytes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_yaml::Value;

use crate::codegen::{self, CodegenError};
use crate::lint::METHODS;
use crate::lint::document::{Document, entries, items, ref_of, str_field};

/// Where `cargo xtask docs` writes the site, relative to the workspace root.
pub const DEFAULT_OUT: &str = "target/spec-docs";

/// The Content-Security-Policy of every page: nothing may be loaded but the page's own inline
/// style and `data:` images; no script, font, frame, form target or connection.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
                       base-uri 'none'; form-action 'none'";

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
    for service in codegen::services(root)? {
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
    for (name, doc) in &docs {
        write(format!("{name}.html"), render_service(name, doc).as_bytes())?;
        write(format!("{name}.yaml"), doc.text.as_bytes())?;
        let json = serde_json::to_string_pretty(&doc.root).map_err(|e| CodegenError::Spec {
            location: doc.file.clone(),
            message: format!("cannot be written as JSON: {e}"),
        })?;
        write(format!("{name}.json"), format!("{json}\n").as_bytes())?;
    }
    Ok(site)
}

// ---- pages --------------------------------------------------------------------------------

/// The index: every service with its operations.
pub fn render_index(docs: &[(String, Document)]) -> String {
    let mut body = String::new();
    body.push_str("<main class=\"index\">\n<header class=\"page-head\">\n");
    body.push_str("<p class=\"eyebrow\">huaweicloud-db-logs-rs</p>\n");
    body.push_str("<h1>Huawei Cloud database log APIs</h1>\n");
    body.push_str(
        "<p class=\"lede\">The hand-written OpenAPI specs the Rust clients are generated from. \
         They describe the wire as the services really use it, including where it differs from \
         the published documents. Unofficial: not published or endorsed by Huawei.</p>\n",
    );
    body.push_str("</header>\n");
    for (name, doc) in docs {
        let root = &doc.root;
        let info = root.get("info");
        let title = info.and_then(|i| str_field(i, "title")).unwrap_or(name);
        let version = info.and_then(|i| str_field(i, "version")).unwrap_or("");
        let _ = write!(
            body,
            "<section class=\"card\" id=\"service-{id}\">\n<h2><a href=\"{name}.html\">{title}</a> \
             <span class=\"chip\">{version}</span></h2>\n",
            id = anchor(name),
            name = esc(name),
            title = esc(title),
            version = esc(version),
        );
        if let Some(first) = info
            .and_then(|i| str_field(i, "description"))
            .and_then(|d| d.split('\n').find(|p| !p.trim().is_empty()))
        {
            let _ = writeln!(body, "<p>{}</p>", inline(first));
        }
        let _ = writeln!(
            body,
            "<p class=\"links\"><a href=\"{n}.html\">Reference</a> · Spec: \
             <a href=\"{n}.yaml\">{n}.yaml</a> · <a href=\"{n}.json\">{n}.json</a></p>",
            n = esc(name)
        );
        body.push_str(
            "<table class=\"ops\">\n<thead><tr><th>Method</th><th>Path</th><th>Operation</th>\
             <th>Summary</th></tr></thead>\n<tbody>\n",
        );
        for op in operations(doc) {
            let id = str_field(op.node, "operationId").unwrap_or("");
            let _ = writeln!(
                body,
                "<tr><td>{method}</td><td><code class=\"path\">{path}</code></td>\
                 <td><a href=\"{n}.html#op-{anchor}\"><code>{id}</code></a></td><td>{summary}</td></tr>",
                method = method_badge(op.method),
                path = esc(&op.path),
                n = esc(name),
                anchor = anchor(id),
                id = esc(id),
                summary = inline(str_field(op.node, "summary").unwrap_or("")),
            );
        }
        body.push_str("</tbody>\n</table>\n</section>\n");
    }
    body.push_str(
        "<footer><p>Generated by <code>cargo xtask docs</code> from <code>specs/</code>.</p></footer>\n</main>\n",
    );
    page("Huawei Cloud database log APIs: spec reference", &body)
}

/// The reference page of one service.
pub fn render_service(name: &str, doc: &Document) -> String {
    let r = Renderer { doc };
    let root = &doc.root;
    let info = root.get("info");
    let title = info.and_then(|i| str_field(i, "title")).unwrap_or(name);
    let ops = operations(doc);
    let schemas = doc
        .get("/components/schemas")
        .map(entries)
        .unwrap_or_default();
    let responses = doc
        .get("/components/responses")
        .map(entries)
        .unwrap_or_default();

    // Sidebar.
    let mut nav = String::new();
    nav.push_str("<nav class=\"toc\" aria-label=\"Contents\">\n");
    nav.push_str("<p><a href=\"index.html\">&larr; All services</a></p>\n");
    let _ = writeln!(
        nav,
        "<p class=\"toc-title\"><a href=\"#top\">{}</a></p>",
        esc(title)
    );
    nav.push_str("<h2>Operations</h2>\n<ul>\n");
    for op in &ops {
        let id = str_field(op.node, "operationId").unwrap_or("");
        let _ = writeln!(
            nav,
            "<li><a href=\"#op-{}\">{} <span>{}</span></a></li>",
            anchor(id),
            method_badge(op.method),
            esc(id)
        );
    }
    nav.push_str("</ul>\n");
    if !schemas.is_empty() {
        nav.push_str("<h2>Schemas</h2>\n<ul>\n");
        for (schema, _) in &schemas {
            let _ = writeln!(
                nav,
                "<li><a href=\"#schema-{}\">{}</a></li>",
                anchor(schema),
                esc(schema)
            );
        }
        nav.push_str("</ul>\n");
    }
    if !responses.is_empty() {
        nav.push_str("<h2>Shared responses</h2>\n<ul>\n");
        for (response, _) in &responses {
            let _ = writeln!(
                nav,
                "<li><a href=\"#response-{}\">{}</a></li>",
                anchor(response),
                esc(response)
            );
        }
        nav.push_str("</ul>\n");
    }
    let _ = writeln!(
        nav,
        "<h2>Download</h2>\n<ul>\n<li><a href=\"{n}.yaml\">{n}.yaml</a></li>\n\
         <li><a href=\"{n}.json\">{n}.json</a></li>\n</ul>\n</nav>",
        n = esc(name)
    );

    // Main column.
    let mut main = String::new();
    main.push_str("<main>\n<header class=\"page-head\" id=\"top\">\n");
    let _ = writeln!(
        main,
        "<p class=\"eyebrow\">{} &middot; OpenAPI {}</p>",
        esc(name),
        esc(str_field(root, "openapi").unwrap_or("?"))
    );
    let _ = writeln!(
        main,
        "<h1>{} <span class=\"chip\">{}</span></h1>",
        esc(title),
        esc(info.and_then(|i| str_field(i, "version")).unwrap_or(""))
    );
    if let Some(description) = info.and_then(|i| str_field(i, "description")) {
        main.push_str(&prose(description));
    }
    let _ = writeln!(
        main,
        "<p class=\"links\">Spec: <a href=\"{n}.yaml\">{n}.yaml</a> · <a href=\"{n}.json\">{n}.json</a>{license}</p>",
        n = esc(name),
        license = info
            .and_then(|i| i.get("license"))
            .and_then(|l| str_field(l, "name"))
            .map(|l| format!(" · License: {}", esc(l)))
            .unwrap_or_default()
    );
    main.push_str("</header>\n");
    main.push_str(&r.servers());
    main.push_str(&r.security());

    main.push_str("<h2 class=\"section\" id=\"operations\">Operations</h2>\n");
    for op in &ops {
        main.push_str(&r.operation(op));
    }
    if !schemas.is_empty() {
        main.push_str("<h2 class=\"section\" id=\"schemas\">Schemas</h2>\n");
        for (schema_name, schema) in &schemas {
            main.push_str(&r.schema_section(schema_name, schema));
        }
    }
    if !responses.is_empty() {
        main.push_str("<h2 class=\"section\" id=\"responses\">Shared responses</h2>\n");
        for (response_name, response) in &responses {
            let _ = writeln!(
                main,
                "<section class=\"block\" id=\"response-{}\">\n<h3>{}</h3>",
                anchor(response_name),
                esc(response_name)
            );
            main.push_str(&r.response_body(response, true));
            main.push_str("</section>\n");
        }
    }
    let _ = writeln!(
        main,
        "<footer><p>Generated by <code>cargo xtask docs</code> from <code>{}</code>.</p></footer>\n</main>",
        esc(&doc.file)
    );
    page(
        &format!("{title} ({name})"),
        &format!("<div class=\"layout\">\n{nav}{main}</div>\n"),
    )
}

// ---- pieces -------------------------------------------------------------------------------

/// An operation of the spec.
struct Op<'a> {
    path: String,
    method: &'static str,
    node: &'a Value,
    item: &'a Value,
}

fn operations(doc: &Document) -> Vec<Op<'_>> {
    let mut out = Vec::new();
    if let Some(paths) = doc.root.get("paths") {
        for (path, item) in entries(paths) {
            for method in METHODS {
                if let Some(node) = item.get(*method) {
                    out.push(Op {
                        path: path.clone(),
                        method,
                        node,
                        item,
                    });
                }
            }
        }
    }
    out
}

struct Renderer<'a> {
    doc: &'a Document,
}

impl<'a> Renderer<'a> {
    /// Follow `$ref`s; a broken one gives the node itself.
    fn resolve(&self, node: &'a Value) -> &'a Value {
        self.doc.resolve(node, "").map(|(v, _)| v).unwrap_or(node)
    }

    fn servers(&self) -> String {
        let list = self.doc.root.get("servers").map(items).unwrap_or_default();
        if list.is_empty() {
            return String::new();
        }
        let mut out = String::from(
            "<h2 class=\"section\" id=\"servers\">Servers</h2>\n<table>\n<thead><tr><th>URL</th>\
             <th>Description</th><th>Variables</th></tr></thead>\n<tbody>\n",
        );
        for server in list {
            let mut variables = String::new();
            for (var, spec) in server.get("variables").map(entries).unwrap_or_default() {
                let _ = write!(variables, "<p><code>{}</code>", esc(&var));
                if let Some(default) = str_field(spec, "default") {
                    let _ = write!(variables, " default <code>{}</code>", esc(default));
                }
                if let Some(values) = spec.get("enum") {
                    let values: Vec<String> = items(values)
                        .iter()
                        .map(|v| format!("<code>{}</code>", esc(&scalar(v))))
                        .collect();
                    let _ = write!(variables, "; one of {}", values.join(", "));
                }
                if let Some(d) = str_field(spec, "description") {
                    let _ = write!(variables, ". {}", inline(d));
                }
                variables.push_str("</p>");
            }
            let _ = writeln!(
                out,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                esc(str_field(server, "url").unwrap_or("")),
                inline(str_field(server, "description").unwrap_or("")),
                variables
            );
        }
        out.push_str("</tbody>\n</table>\n");
        out
    }

    fn security(&self) -> String {
        let schemes = self
            .doc
            .get("/components/securitySchemes")
            .map(entries)
            .unwrap_or_default();
        if schemes.is_empty() {
            return String::new();
        }
        let mut out = String::from(
            "<h2 class=\"section\" id=\"authentication\">Authentication</h2>\n<p>Any one of these \
             schemes authenticates a request.</p>\n<table>\n<thead><tr><th>Scheme</th><th>Type</th>\
             <th>Where</th><th>Description</th></tr></thead>\n<tbody>\n",
        );
        for (name, scheme) in schemes {
            let scheme = self.resolve(scheme);
            let place = match (str_field(scheme, "in"), str_field(scheme, "name")) {
                (Some(location), Some(field)) => {
                    format!("{} <code>{}</code>", esc(location), esc(field))
                }
                _ => esc(str_field(scheme, "scheme").unwrap_or("")),
            };
            let _ = writeln!(
                out,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&name),
                esc(str_field(scheme, "type").unwrap_or("")),
                place,
                inline(str_field(scheme, "description").unwrap_or(""))
            );
        }
        out.push_str("</tbody>\n</table>\n");
        out
    }

    fn operation(&self, op: &Op<'a>) -> String {
        let id = str_field(op.node, "operationId").unwrap_or("");
        let mut out = String::new();
        let _ = writeln!(out, "<section class=\"op\" id=\"op-{}\">", anchor(id));
        let _ = writeln!(
            out,
            "<div class=\"op-head\">{} <code class=\"path\">{}</code></div>",
            method_badge(op.method),
            esc(&op.path)
        );
        let _ = writeln!(
            out,
            "<h3>{}</h3>",
            inline(str_field(op.node, "summary").unwrap_or(id))
        );
        let tags: Vec<String> = op
            .node
            .get("tags")
            .map(items)
            .unwrap_or_default()
            .iter()
            .map(|t| format!("<span class=\"chip\">{}</span>", esc(&scalar(t))))
            .collect();
        let _ = writeln!(
            out,
            "<p class=\"meta\">operationId <code class=\"opid\">{}</code> {}{}</p>",
            esc(id),
            tags.join(" "),
            if op.node.get("deprecated").and_then(Value::as_bool) == Some(true) {
                " <span class=\"chip warn\">deprecated</span>"
            } else {
                ""
            }
        );
        if let Some(description) = str_field(op.node, "description") {
            out.push_str(&prose(description));
        }

        // Parameters: the path item's, then the operation's (which override by name and place).
        let mut parameters: Vec<&Value> = Vec::new();
        for owner in [op.item, op.node] {
            for p in owner.get("parameters").map(items).unwrap_or_default() {
                let resolved = self.resolve(p);
                let key = (str_field(resolved, "name"), str_field(resolved, "in"));
                parameters.retain(|q| {
                    let q = self.resolve(q);
                    (str_field(q, "name"), str_field(q, "in")) != key
                });
                parameters.push(p);
            }
        }
        if !parameters.is_empty() {
            out.push_str(
                "<h4>Parameters</h4>\n<table class=\"params\">\n<thead><tr><th>Name</th><th>In</th>\
                 <th>Type</th><th>Constraints</th><th>Description</th></tr></thead>\n<tbody>\n",
            );
            for p in parameters {
                out.push_str(&self.parameter_row(p));
            }
            out.push_str("</tbody>\n</table>\n");
        }

        if let Some(body) = op.node.get("requestBody") {
            let resolved = self.resolve(body);
            let required = resolved.get("required").and_then(Value::as_bool) == Some(true);
            let _ = writeln!(
                out,
                "<h4>Request body {}</h4>",
                if required {
                    "<span class=\"req\">required</span>"
                } else {
                    "<span class=\"opt\">optional</span>"
                }
            );
            if let Some(d) = str_field(resolved, "description") {
                out.push_str(&prose(d));
            }
            // What to send, in full: the body schema's properties are shown here as well as
            // under Schemas.
            out.push_str(&self.content(resolved, true));
        }

        if let Some(responses) = op.node.get("responses") {
            out.push_str("<h4>Responses</h4>\n");
            for (status, response) in entries(responses) {
                let class = match status.chars().next() {
                    Some('2') => "s2",
                    Some('3') => "s3",
                    Some('4') => "s4",
                    Some('5') => "s5",
                    _ => "sx",
                };
                let _ = writeln!(
                    out,
                    "<div class=\"response\">\n<p class=\"response-head\"><span class=\"status {class}\">{}</span> ",
                    esc(&status)
                );
                if let Some(reference) = ref_of(response) {
                    let target = self.resolve(response);
                    let name = reference.rsplit('/').next().unwrap_or(reference);
                    let bodies: Vec<String> = target
                        .get("content")
                        .map(entries)
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(media_type, media)| {
                            let schema = media
                                .get("schema")
                                .map(|s| format!(" &rarr; {}", self.type_html(s)))
                                .unwrap_or_default();
                            format!("<code>{}</code>{schema}", esc(&media_type))
                        })
                        .collect();
                    let _ = writeln!(
                        out,
                        "{} &mdash; shared response <a href=\"#response-{}\">{}</a>{}</p>\n</div>",
                        inline(str_field(target, "description").unwrap_or("")),
                        anchor(name),
                        esc(name),
                        if bodies.is_empty() {
                            String::new()
                        } else {
                            format!(": {}", bodies.join(", "))
                        }
                    );
                } else {
                    let _ = writeln!(
                        out,
                        "{}</p>",
                        inline(str_field(response, "description").unwrap_or(""))
                    );
                    out.push_str(&self.response_body(response, false));
                    out.push_str("</div>\n");
                }
            }
        }
        out.push_str("</section>\n");
        out
    }

    fn parameter_row(&self, p: &'a Value) -> String {
        let param = self.resolve(p);
        let name = str_field(param, "name").unwrap_or("");
        let required = param.get("required").and_then(Value::as_bool) == Some(true);
        let schema = param.get("schema");
        let mut description = prose(str_field(param, "description").unwrap_or(""));
        if let Some(example) = param.get("example") {
            let _ = write!(
                description,
                "<p class=\"example-inline\">Example: <code>{}</code></p>",
                esc(&scalar(example))
            );
        }
        if let Some(examples) = param.get("examples") {
            for (example_name, example) in entries(examples) {
                let example = self.resolve(example);
                if let Some(value) = example.get("value") {
                    let _ = write!(
                        description,
                        "<p class=\"example-inline\">Example {}: <code>{}</code></p>",
                        esc(&example_name),
                        esc(&scalar(value))
                    );
                }
            }
        }
        if param.get("deprecated").and_then(Value::as_bool) == Some(true) {
            description.push_str("<p><span class=\"chip warn\">deprecated</span></p>");
        }
        format!(
            "<tr><td><code class=\"name\">{}</code><br>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            esc(name),
            if required {
                "<span class=\"req\">required</span>"
            } else {
                "<span class=\"opt\">optional</span>"
            },
            esc(str_field(param, "in").unwrap_or("")),
            schema.map(|s| self.type_cell(s)).unwrap_or_default(),
            schema.map(|s| self.constraints_cell(s)).unwrap_or_default(),
            description
        )
    }

    /// The body of a response: its media types, schemas and examples, and its headers; with
    /// its description first when `with_description` (an operation's responses have it in
    /// their head line).
    fn response_body(&self, response: &'a Value, with_description: bool) -> String {
        let response = self.resolve(response);
        let mut out = String::new();
        if with_description && let Some(d) = str_field(response, "description") {
            out.push_str(&prose(d));
        }
        out.push_str(&self.content(response, false));
        let headers = response.get("headers").map(entries).unwrap_or_default();
        if !headers.is_empty() {
            out.push_str("<p class=\"label\">Headers</p>\n<ul>\n");
            for (name, header) in headers {
                let header = self.resolve(header);
                let _ = writeln!(
                    out,
                    "<li><code>{}</code> {} {}</li>",
                    esc(&name),
                    header
                        .get("schema")
                        .map(|s| self.type_cell(s))
                        .unwrap_or_default(),
                    inline(str_field(header, "description").unwrap_or(""))
                );
            }
            out.push_str("</ul>\n");
        }
        out
    }

    /// Media types of a request body or response, each with its schema and examples. An inline
    /// schema is shown in full; a named one is a link, and also shown in full when `expand`.
    fn content(&self, owner: &'a Value, expand: bool) -> String {
        let mut out = String::new();
        for (media_type, media) in owner.get("content").map(entries).unwrap_or_default() {
            let _ = write!(out, "<p class=\"media\"><code>{}</code>", esc(&media_type));
            if let Some(schema) = media.get("schema") {
                let _ = write!(out, " &rarr; {}", self.type_cell(schema));
            }
            out.push_str("</p>\n");
            if let Some(schema) = media.get("schema")
                && (expand || ref_of(schema).is_none())
            {
                out.push_str(&self.schema_detail(self.resolve(schema)));
            }
            let mut examples: Vec<(String, &Value)> = Vec::new();
            if let Some(example) = media.get("example") {
                examples.push((String::from("example"), example));
            }
            for (name, example) in media.get("examples").map(entries).unwrap_or_default() {
                examples.push((name, self.resolve(example)));
            }
            if !examples.is_empty() {
                out.push_str("<div class=\"examples\">\n");
                for (name, example) in examples {
                    out.push_str(&self.example(&name, example, media.get("example").is_some()));
                }
                out.push_str("</div>\n");
            }
        }
        out
    }

    /// One example: an Example Object (summary, value, `x-normalized`), or a bare `example`.
    fn example(&self, name: &str, example: &Value, bare: bool) -> String {
        let mut out = String::from("<div class=\"example\">\n");
        let (summary, value, normalized) = if bare && name == "example" {
            (None, Some(example), None)
        } else {
            (
                str_field(example, "summary"),
                example.get("value"),
                example.get("x-normalized"),
            )
        };
        let _ = write!(
            out,
            "<p class=\"example-head\"><span class=\"example-name\">{}</span>",
            esc(name)
        );
        if let Some(summary) = summary {
            let _ = write!(out, " &mdash; {}", inline(summary));
        }
        out.push_str("</p>\n");
        if let Some(d) = str_field(example, "description").filter(|_| !bare) {
            out.push_str(&prose(d));
        }
        out.push_str("<div class=\"example-body\">\n");
        if let Some(value) = value {
            let _ = writeln!(
                out,
                "<figure><figcaption>On the wire</figcaption><pre>{}</pre></figure>",
                esc(&pretty_json(value))
            );
        }
        if let Some(normalized) = normalized {
            let _ = writeln!(
                out,
                "<figure><figcaption>Normalized view (<code>x-normalized</code>)</figcaption><pre>{}</pre></figure>",
                esc(&pretty_json(normalized))
            );
        }
        out.push_str("</div>\n</div>\n");
        out
    }

    /// A component schema: description, type, constraints, properties, items, variants, example.
    fn schema_section(&self, name: &str, schema: &'a Value) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "<section class=\"block schema\" id=\"schema-{}\">\n<h3>{} <span class=\"kind\">{}</span></h3>",
            anchor(name),
            esc(name),
            self.type_html(schema)
        );
        if let Some(d) = str_field(schema, "description") {
            out.push_str(&prose(d));
        }
        out.push_str(&self.schema_detail(schema));
        if let Some(example) = schema.get("example") {
            let _ = writeln!(
                out,
                "<p class=\"label\">Example</p>\n<pre>{}</pre>",
                esc(&pretty_json(example))
            );
        }
        out.push_str("</section>\n");
        out
    }

    /// The parts of a schema beyond its name: constraints, properties, items and variants.
    fn schema_detail(&self, schema: &'a Value) -> String {
        let mut out = String::new();
        let chips = constraints(schema);
        if !chips.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"constraints\">{}</p>",
                chips
                    .iter()
                    .map(|c| format!("<span class=\"c\">{c}</span>"))
                    .collect::<Vec<_>>()
                    .join(" ")
            );
        }
        if let Some(properties) = schema.get("properties") {
            let required: Vec<String> = schema
                .get("required")
                .map(items)
                .unwrap_or_default()
                .iter()
                .map(scalar)
                .collect();
            out.push_str(
                "<table class=\"props\">\n<thead><tr><th>Property</th><th>Type</th>\
                 <th>Constraints</th><th>Description</th></tr></thead>\n<tbody>\n",
            );
            for (property, s) in entries(properties) {
                let is_required = required.contains(&property);
                let resolved = self.resolve(s);
                let description = str_field(s, "description")
                    .or_else(|| str_field(resolved, "description"))
                    .unwrap_or("");
                let mut cell = prose(description);
                // An inline object: its own properties, nested.
                if ref_of(s).is_none() && s.get("properties").is_some() {
                    cell.push_str(&self.schema_detail(s));
                }
                let _ = writeln!(
                    out,
                    "<tr><td><code class=\"name\">{}</code><br>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&property),
                    if is_required {
                        "<span class=\"req\">required</span>"
                    } else {
                        "<span class=\"opt\">optional</span>"
                    },
                    self.type_cell(s),
                    self.constraints_cell(s),
                    cell
                );
            }
            out.push_str("</tbody>\n</table>\n");
        }
        if let Some(extra) = schema.get("additionalProperties") {
            match extra {
                Value::Bool(false) => out.push_str("<p>No other properties are allowed.</p>\n"),
                Value::Bool(true) => {}
                other => {
                    let _ = writeln!(
                        out,
                        "<p>Other properties: {} {}</p>",
                        self.type_cell(other),
                        self.constraints_cell(other)
                    );
                }
            }
        }
        if let Some(item) = schema.get("items") {
            let _ = writeln!(
                out,
                "<p class=\"label\">Items</p>\n<p>{} {}</p>",
                self.type_cell(item),
                self.constraints_cell(item)
            );
            if ref_of(item).is_none() && item.get("properties").is_some() {
                out.push_str(&self.schema_detail(item));
            }
        }
        for (keyword, label) in [
            ("oneOf", "Exactly one of"),
            ("anyOf", "Any of"),
            ("allOf", "All of"),
        ] {
            let variants = schema.get(keyword).map(items).unwrap_or_default();
            if variants.is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "<p class=\"label\">{label} (<code>{keyword}</code>)</p>\n<ol class=\"variants\">"
            );
            for variant in variants {
                let mut line = format!(
                    "{} {}",
                    self.type_cell(variant),
                    self.constraints_cell(variant)
                );
                if let Some(d) = str_field(variant, "description") {
                    let _ = write!(line, " &mdash; {}", inline(d));
                }
                let _ = writeln!(out, "<li>{line}</li>");
            }
            out.push_str("</ol>\n");
        }
        out
    }

    /// The type of a schema for a table cell: a link for a named schema (with what it is, when
    /// that is short), else the inline type.
    fn type_cell(&self, schema: &'a Value) -> String {
        match schema_ref_name(schema) {
            Some(name) => {
                let target = self.resolve(schema);
                let link = format!("<a href=\"#schema-{}\">{}</a>", anchor(name), esc(name));
                let is_object = target.get("properties").is_some()
                    || str_field(target, "type") == Some("object");
                if is_object {
                    link
                } else {
                    format!(
                        "{link}<br><span class=\"type\">{}</span>",
                        self.type_html(target)
                    )
                }
            }
            None => format!("<span class=\"type\">{}</span>", self.type_html(schema)),
        }
    }

    /// The constraints of a schema (through its `$ref`) for a table cell.
    fn constraints_cell(&self, schema: &'a Value) -> String {
        let target = self.resolve(schema);
        let mut chips: Vec<String> = constraints(target)
            .into_iter()
            .map(|c| format!("<span class=\"c\">{c}</span>"))
            .collect();
        // Inline variants of a oneOf: their constraints too, numbered as in the schema.
        for keyword in ["oneOf", "anyOf"] {
            for (i, variant) in target
                .get(keyword)
                .map(items)
                .unwrap_or_default()
                .iter()
                .enumerate()
            {
                let inner = constraints(self.resolve(variant));
                if !inner.is_empty() {
                    chips.push(format!(
                        "<span class=\"c\">variant {}: {}</span>",
                        i + 1,
                        inner.join(", ")
                    ));
                }
            }
        }
        chips.join(" ")
    }

    /// The type of a schema in words: `integer (int32)`, `array of AuditLog`, `one of A | B`.
    fn type_html(&self, schema: &'a Value) -> String {
        if let Some(name) = schema_ref_name(schema) {
            return format!("<a href=\"#schema-{}\">{}</a>", anchor(name), esc(name));
        }
        if let Some(reference) = ref_of(schema) {
            return esc(reference);
        }
        let mut parts = Vec::new();
        match str_field(schema, "type") {
            Some("array") => {
                let item = schema
                    .get("items")
                    .map(|i| self.type_html(i))
                    .unwrap_or_else(|| String::from("any"));
                parts.push(format!("array of {item}"));
            }
            Some(ty) => {
                let mut text = esc(ty);
                if let Some(format) = str_field(schema, "format") {
                    let _ = write!(text, " <span class=\"fmt\">({})</span>", esc(format));
                }
                parts.push(text);
            }
            None => {}
        }
        for (keyword, word) in [
            ("oneOf", "one of"),
            ("anyOf", "any of"),
            ("allOf", "all of"),
        ] {
            let variants = schema.get(keyword).map(items).unwrap_or_default();
            if !variants.is_empty() {
                let inner: Vec<String> = variants.iter().map(|v| self.type_html(v)).collect();
                parts.push(format!("{word} {}", inner.join(" | ")));
            }
        }
        if parts.is_empty() {
            parts.push(String::from("any"));
        }
        let mut out = parts.join(", ");
        if schema.get("nullable").and_then(Value::as_bool) == Some(true) {
            out.push_str(" | null");
        }
        out
    }
}

/// The component name of a `#/components/schemas/X` reference.
fn schema_ref_name(schema: &Value) -> Option<&str> {
    ref_of(schema)?.strip_prefix("#/components/schemas/")
}

/// The constraints of one schema node, as HTML fragments.
fn constraints(schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let number = |key: &str| schema.get(key).filter(|v| v.is_number()).map(scalar);
    let flag = |key: &str| schema.get(key).and_then(Value::as_bool) == Some(true);
    if let Some(min) = number("minimum") {
        if flag("exclusiveMinimum") {
            out.push(format!("&gt; {}", esc(&min)));
        } else {
            out.push(format!("&ge; {}", esc(&min)));
        }
    }
    if let Some(max) = number("maximum") {
        if flag("exclusiveMaximum") {
            out.push(format!("&lt; {}", esc(&max)));
        } else {
            out.push(format!("&le; {}", esc(&max)));
        }
    }
    if let Some(m) = number("multipleOf") {
        out.push(format!("multiple of {}", esc(&m)));
    }
    match (number("minLength"), number("maxLength")) {
        (Some(a), Some(b)) if a == b => out.push(format!("length {}", esc(&a))),
        (Some(a), Some(b)) => out.push(format!("length {} to {}", esc(&a), esc(&b))),
        (Some(a), None) => out.push(format!("length &ge; {}", esc(&a))),
        (None, Some(b)) => out.push(format!("length &le; {}", esc(&b))),
        (None, None) => {}
    }
    if let Some(pattern) = str_field(schema, "pattern") {
        out.push(format!("pattern <code>{}</code>", esc(pattern)));
    }
    match (number("minItems"), number("maxItems")) {
        (Some(a), Some(b)) => out.push(format!("{} to {} items", esc(&a), esc(&b))),
        (Some(a), None) => out.push(format!("at least {} items", esc(&a))),
        (None, Some(b)) => out.push(format!("at most {} items", esc(&b))),
        (None, None) => {}
    }
    if flag("uniqueItems") {
        out.push(String::from("unique items"));
    }
    match (number("minProperties"), number("maxProperties")) {
        (Some(a), Some(b)) => out.push(format!("{} to {} properties", esc(&a), esc(&b))),
        (Some(a), None) => out.push(format!("at least {} properties", esc(&a))),
        (None, Some(b)) => out.push(format!("at most {} properties", esc(&b))),
        (None, None) => {}
    }
    if let Some(values) = schema.get("enum") {
        let values: Vec<String> = items(values)
            .iter()
            .map(|v| format!("<code>{}</code>", esc(&scalar(v))))
            .collect();
        out.push(format!("one of {}", values.join(", ")));
    }
    if let Some(default) = schema.get("default") {
        out.push(format!("default <code>{}</code>", esc(&scalar(default))));
    }
    for (key, word) in [
        ("readOnly", "read-only"),
        ("writeOnly", "write-only"),
        ("deprecated", "deprecated"),
    ] {
        if flag(key) {
            out.push(String::from(word));
        }
    }
    out
}

// ---- HTML ---------------------------------------------------------------------------------

/// A whole page: head with the CSP and the style, then the body.
fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <link rel=\"icon\" href=\"data:,\">\n<title>{title}</title>\n<style>\n{STYLE}</style>\n\
         </head>\n<body>\n{body}</body>\n</html>\n",
        csp = CSP,
        title = esc(title),
    )
}

fn method_badge(method: &str) -> String {
    format!(
        "<span class=\"method {m}\">{}</span>",
        esc(&method.to_uppercase()),
        m = esc(method)
    )
}

/// HTML-escape text.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// An id for an anchor: letters, digits, `-` and `_` kept, anything else `-`.
fn anchor(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// One line of spec text: escaped, with `code` spans.
fn inline(s: &str) -> String {
    let mut out = String::new();
    for (i, part) in esc(s).split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{part}</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

/// A description: one paragraph per line (a folded scalar keeps its blank lines as newlines).
fn prose(s: &str) -> String {
    let paragraphs: Vec<String> = s
        .split('\n')
        .filter(|p| !p.trim().is_empty())
        .map(|p| format!("<p>{}</p>", inline(p.trim())))
        .collect();
    if paragraphs.is_empty() {
        String::new()
    } else {
        format!("<div class=\"prose\">{}</div>\n", paragraphs.join(""))
    }
}

/// A scalar as text (a string without quotes).
fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => String::from("null"),
        other => compact_json(other),
    }
}

fn compact_json(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn pretty_json(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// The style sheet of every page, inline (the CSP allows inline style only).
const STYLE: &str = r#":root {
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --border: #d1d9e0;
  --accent: #0969da; --code: #eff2f5; --chip: #ddf4ff; --chip-fg: #0a3069;
  --get: #1a7f37; --post: #0969da; --put: #9a6700; --patch: #8250df; --delete: #cf222e;
  --req: #bc4c00; --ok: #1a7f37; --warn: #9a6700; --err: #cf222e;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --border: #3d444d;
    --accent: #4493f8; --code: #212830; --chip: #12263f; --chip-fg: #9ecbff;
    --get: #3fb950; --post: #4493f8; --put: #d29922; --patch: #ab7df8; --delete: #f85149;
    --req: #f0883e; --ok: #3fb950; --warn: #d29922; --err: #f85149;
  }
}
* { box-sizing: border-box; }
html { scroll-behavior: smooth; }
body { margin: 0; color: var(--fg); background: var(--bg);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 0.88em; }
code { background: var(--code); padding: 0.1em 0.35em; border-radius: 4px; overflow-wrap: break-word; }
pre { background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: 10px 12px; margin: 0;
  white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.45; }
pre code { background: none; padding: 0; }
.layout { display: grid; grid-template-columns: 270px minmax(0, 1fr); }
nav.toc { position: sticky; top: 0; height: 100vh; overflow-y: auto; background: var(--panel);
  border-right: 1px solid var(--border); padding: 18px 14px 40px; font-size: 14px; }
nav.toc h2 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 20px 0 6px; }
nav.toc ul { list-style: none; margin: 0; padding: 0; }
nav.toc li a { display: block; padding: 3px 6px; border-radius: 4px; color: var(--fg); overflow-wrap: anywhere; }
nav.toc li a:hover { background: var(--code); text-decoration: none; }
nav.toc .toc-title { font-weight: 600; margin: 8px 0 0; }
nav.toc .method { font-size: 10px; min-width: 44px; }
main { padding: 28px 44px 60px; max-width: 1180px; min-width: 0; }
main.index { margin: 0 auto; max-width: 1080px; }
.page-head h1 { margin: 0.1em 0 0.3em; font-size: 28px; line-height: 1.25; }
.eyebrow { margin: 0; color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: 0.06em; }
.lede { font-size: 16px; color: var(--muted); max-width: 60em; }
.links { color: var(--muted); }
h2.section { font-size: 22px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--border); }
h3 { font-size: 19px; margin: 8px 0 4px; }
h4 { font-size: 14px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); margin: 22px 0 8px; }
.prose p { margin: 0.4em 0; max-width: 62em; }
.card, .op, .block { border: 1px solid var(--border); border-radius: 8px; padding: 16px 20px; margin: 16px 0; background: var(--bg); }
.card h2 { margin: 0 0 6px; font-size: 20px; }
.op-head { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; }
.path { font-size: 15px; background: none; padding: 0; font-weight: 600; }
.meta { color: var(--muted); margin: 2px 0 8px; }
.opid { font-weight: 600; }
.method { display: inline-block; min-width: 58px; text-align: center; font: 700 12px/1.8 ui-monospace, Menlo, Consolas, monospace;
  color: #fff; border-radius: 4px; padding: 0 6px; background: var(--muted); }
.method.get { background: var(--get); } .method.post { background: var(--post); } .method.put { background: var(--put); }
.method.patch { background: var(--patch); } .method.delete { background: var(--delete); }
.chip { display: inline-block; font-size: 12px; font-weight: 500; background: var(--chip); color: var(--chip-fg);
  border-radius: 999px; padding: 1px 9px; vertical-align: middle; }
.chip.warn { background: var(--warn); color: #fff; }
table { width: 100%; border-collapse: collapse; margin: 6px 0 10px; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--border); }
th { font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); background: var(--panel); }
td .prose p:first-child { margin-top: 0; } td .prose p:last-child { margin-bottom: 0; }
table.params td:first-child, table.props td:first-child { white-space: nowrap; }
.name { font-weight: 600; }
.req { color: var(--req); font-size: 12px; font-weight: 600; }
.opt { color: var(--muted); font-size: 12px; }
.type { color: var(--muted); }
.fmt { color: var(--muted); }
.kind { font-size: 14px; font-weight: 400; color: var(--muted); }
.c { display: inline-block; background: var(--code); border-radius: 4px; padding: 0 6px; margin: 1px 2px 1px 0; font-size: 13px; }
.c code { background: none; padding: 0; }
.constraints { margin: 6px 0; }
.label { font-weight: 600; margin: 12px 0 4px; }
.media { margin: 8px 0; }
.response { border-left: 3px solid var(--border); padding: 2px 0 2px 12px; margin: 10px 0; }
.response-head { margin: 4px 0; }
.status { display: inline-block; font: 700 13px/1.7 ui-monospace, Menlo, Consolas, monospace; padding: 0 7px; border-radius: 4px; color: #fff; background: var(--muted); }
.status.s2 { background: var(--ok); } .status.s4 { background: var(--warn); } .status.s5 { background: var(--err); }
.examples { display: grid; gap: 10px; margin: 8px 0; }
.example { border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px 12px; background: var(--bg); }
.example-head { margin: 2px 0 8px; }
.example-name { font-weight: 600; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
.example-body { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 10px; }
figure { margin: 0; min-width: 0; }
figcaption { font-size: 12px; color: var(--muted); margin-bottom: 3px; text-transform: uppercase; letter-spacing: 0.05em; }
.example-inline { color: var(--muted); font-size: 13px; margin: 4px 0 0; }
ol.variants { margin: 4px 0 8px; padding-left: 22px; }
ol.variants li { margin: 3px 0; }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; }
@media (max-width: 860px) {
  .layout { display: block; }
  nav.toc { position: static; height: auto; border-right: none; border-bottom: 1px solid var(--border); }
  main { padding: 20px; }
}
@media print {
  .layout { display: block; } nav.toc { display: none; }
  .op, .block, .example { break-inside: avoid; }
}
"#;

/// Where `cargo xtask docs` writes when given no `--out`: `<root>/target/spec-docs`.
pub fn default_out(root: &Path) -> PathBuf {
    root.join(DEFAULT_OUT)
}
