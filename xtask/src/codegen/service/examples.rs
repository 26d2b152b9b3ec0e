//! An example of every operation, made from the spec and from progenitor's output: the
//! builder call with every input the operation requires, then the stream, batched call or
//! export built on it and the `LogApi` method that uses it, where there is one, and the
//! `hwlogs` command line that makes the call.
//!
//! [`example`] is the one place they are written. Codegen puts each into `generated_service.rs`
//! as a `no_run` doctest (`pub mod examples`, one documented module per operation), so
//! `cargo test` compiles every one against the crate it describes; `cargo xtask docs` shows the
//! same text on the operation's page of the spec reference.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use super::super::spec::{OperationSpec, Results, ServiceSpec, resolve};
use super::calls::{caller_params, every_file_call};
use super::types::type_string;
use super::views::{log_file_schema, log_link_schema};
use super::{Types, ident};

/// The examples of one operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// `operationId`.
    pub operation: String,
    /// A Rust program using the operation, as a doctest: the lines that start with `# ` are
    /// compiled but not shown ([`Example::shown`]).
    pub rust: String,
    /// The `hwlogs` command line that makes the call, under a comment saying what it does; or
    /// a comment saying no command makes it.
    pub hwlogs: String,
}

impl Example {
    /// The Rust program as a reader sees it: without the lines rustdoc hides.
    pub fn shown(&self) -> String {
        let mut out = String::new();
        for line in self.rust.lines() {
            let t = line.trim_start();
            if t == "#" || t.starts_with("# ") {
                continue;
            }
            out.push_str(line);
            out.push('\n');
        }
        out
    }
}

/// The examples of every operation of `service`, in the order of the spec.
pub fn examples(service: &ServiceSpec, types: &Types<'_>) -> Result<Vec<Example>, String> {
    service
        .operations
        .iter()
        .map(|op| example(service, op, types))
        .collect()
}

/// `pub mod examples`: one module per operation, documented with its examples, the Rust one a
/// `no_run` doctest.
pub(super) fn module(service: &ServiceSpec, examples: &[Example]) -> TokenStream {
    let items = service
        .operations
        .iter()
        .zip(examples)
        .map(|(op, example)| {
            let name = ident(&op.id);
            let mut doc = vec![
                format!(
                    " `{} {}`: [`Client::{id}`](crate::Client::{id}).",
                    op.method.to_uppercase(),
                    op.path,
                    id = op.id
                ),
                String::new(),
                " ```no_run".to_owned(),
            ];
            doc.extend(example.rust.lines().map(doc_line));
            doc.extend([
                " ```".to_owned(),
                String::new(),
                " With `hwlogs`:".to_owned(),
            ]);
            doc.extend([String::new(), " ```sh".to_owned()]);
            doc.extend(example.hwlogs.lines().map(doc_line));
            doc.push(" ```".to_owned());
            quote! {
                #(#[doc = #doc])*
                pub mod #name {}
            }
        });
    quote! {
        /// Every operation of this crate in use, one module each: the builder call with every
        /// input it requires, the stream, batched call or export built on it and the `LogApi`
        /// method that uses it, where there is one, and the `hwlogs` command that makes the
        /// call. Each program is compiled as a doctest, and shown on the operation's page of
        /// the spec reference (`cargo xtask docs`).
        pub mod examples {
            #(#items)*
        }
    }
}

fn doc_line(line: &str) -> String {
    if line.is_empty() {
        String::new()
    } else {
        format!(" {line}")
    }
}

/// Lines as wide as rustfmt makes them.
const WIDTH: usize = 100;

/// Names the programs use for their own variables: a parameter of the same name is written
/// out where it is used instead.
const TAKEN: &[&str] = &[
    "client",
    "start",
    "end",
    "window",
    "answer",
    "ids",
    "links",
    "files",
    "file",
    "records",
    "record",
    "link",
    "every",
    "policy",
    "instances",
    "id",
];

/// A program being written: its imports and its lines.
#[derive(Default)]
struct Program {
    /// Names imported from the crate.
    uses: BTreeSet<&'static str>,
    /// Names imported from `chrono`.
    chrono: BTreeSet<&'static str>,
    lines: Vec<String>,
}

impl Program {
    fn line(&mut self, line: impl Into<String>) {
        self.lines.push(line.into());
    }

    /// `head.a().b()tail` on one line when it fits, else one call a line.
    fn chain(&mut self, head: &str, calls: &[String], tail: &str) {
        let flat = format!("{head}{}{tail}", calls.concat());
        if flat.len() <= WIDTH {
            self.line(flat);
            return;
        }
        self.line(head);
        for (i, call) in calls.iter().enumerate() {
            let end = if i + 1 == calls.len() { tail } else { "" };
            self.line(format!("    {call}{end}"));
        }
    }

    fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }

    fn text(&self, krate: &str) -> String {
        let mut out = String::new();
        let import = |path: &str, names: &BTreeSet<&str>| {
            let names: Vec<&str> = names.iter().copied().collect();
            match names.as_slice() {
                [] => String::new(),
                [one] => format!("use {path}::{one};\n"),
                _ => format!("use {path}::{{{}}};\n", names.join(", ")),
            }
        };
        out.push_str(&import(&format!("{krate}::chrono"), &self.chrono));
        out.push_str(&import(krate, &self.uses));
        out.push('\n');
        out.push_str(&format!(
            "# async fn example() -> Result<(), {krate}::Error> {{\n"
        ));
        let mut lines = self.lines.as_slice();
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines = &lines[..lines.len() - 1];
        }
        for line in lines {
            out.push_str(line);
            out.push('\n');
        }
        out.push_str("# Ok(())\n# }\n");
        out
    }
}

/// A Rust expression of an example value.
enum Expr {
    /// Written as it is.
    Lit(String),
    /// `head.a(x).b(y)`: a builder and its setters.
    Chain(String, Vec<(String, Expr)>),
    /// `open a, b close`: `vec![..]` or `[..]`.
    List(&'static str, Vec<Expr>, &'static str),
}

impl Expr {
    fn flat(&self) -> String {
        match self {
            Expr::Lit(s) => s.clone(),
            Expr::Chain(head, setters) => {
                let mut out = head.clone();
                for (name, value) in setters {
                    out.push_str(&format!(".{name}({})", value.flat()));
                }
                out
            }
            Expr::List(open, items, close) => {
                let items: Vec<String> = items.iter().map(Expr::flat).collect();
                format!("{open}{}{close}", items.join(", "))
            }
        }
    }

    /// The expression at `indent`, after `before` characters of its first line: on that line
    /// when it fits, else broken over lines much as rustfmt would.
    fn render(&self, indent: usize, before: usize) -> String {
        let flat = self.flat();
        if indent + before + flat.len() <= WIDTH {
            return flat;
        }
        let pad = " ".repeat(indent + 4);
        match self {
            Expr::Lit(_) => flat,
            Expr::List(open, items, close) => {
                let mut out = (*open).to_owned();
                for item in items {
                    out.push_str(&format!("\n{pad}{},", item.render(indent + 4, 1)));
                }
                out.push_str(&format!("\n{}{close}", " ".repeat(indent)));
                out
            }
            // One setter: its argument opens on the first line (a list) or on the next.
            Expr::Chain(head, setters) if setters.len() == 1 => {
                let (name, value) = &setters[0];
                let call = format!("{head}.{name}(");
                if matches!(value, Expr::List(..)) {
                    format!("{call}{})", value.render(indent, before + call.len()))
                } else {
                    let arg = value.render(indent + 4, 1);
                    format!("{call}\n{pad}{arg},\n{})", " ".repeat(indent))
                }
            }
            Expr::Chain(head, setters) => {
                let mut out = head.clone();
                for (name, value) in setters {
                    let call = format!(".{name}(");
                    let arg = value.render(indent + 4, call.len() + 1);
                    if !arg.contains('\n') && indent + 4 + call.len() + arg.len() < WIDTH {
                        out.push_str(&format!("\n{pad}{call}{arg})"));
                    } else if matches!(value, Expr::List(..)) {
                        let arg = value.render(indent + 4, call.len());
                        out.push_str(&format!("\n{pad}{call}{arg})"));
                    } else {
                        let inner = value.render(indent + 8, 1);
                        out.push_str(&format!("\n{pad}{call}\n{pad}    {inner},\n{pad})"));
                    }
                }
                out
            }
        }
    }
}

/// A string literal.
fn quoted(s: &str) -> String {
    format!("{s:?}")
}

/// An integer literal that compiles whatever integer type it is given to (`_i64` past `i32`).
fn integer(n: i64) -> String {
    if i32::try_from(n).is_ok() {
        n.to_string()
    } else {
        format!("{n}_i64")
    }
}

/// The example of a parameter: its `example`, its first `examples` value, or its schema's.
fn param_example<'v>(root: &'v Value, param: &'v Value) -> Option<&'v Value> {
    param
        .get("example")
        .or_else(|| {
            param
                .get("examples")
                .and_then(Value::as_object)
                .and_then(|e| e.values().next())
                .and_then(|e| resolve(root, e).get("value"))
        })
        .or_else(|| {
            param
                .get("schema")
                .and_then(|s| resolve(root, s).get("example"))
        })
}

/// A value a schema says is typical: its example, default, first enum value or minimum.
fn schema_value(schema: &Value) -> Option<&Value> {
    schema
        .get("example")
        .or_else(|| schema.get("default"))
        .or_else(|| {
            schema
                .get("enum")
                .and_then(Value::as_array)
                .and_then(|e| e.first())
        })
        .or_else(|| schema.get("minimum"))
}

/// A JSON scalar as a Rust literal.
fn literal(value: &Value, name: &str) -> Result<String, String> {
    match value {
        Value::String(s) => Ok(quoted(s)),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Ok(integer(i)),
            None => Ok(n.to_string()),
        },
        _ => Err(format!("no scalar example for `{name}`: {value}")),
    }
}

/// What an operation's example is made from.
struct Maker<'a> {
    service: &'a ServiceSpec,
    op: &'a OperationSpec,
    types: &'a Types<'a>,
    root: &'a Value,
    /// The operation in the spec.
    node: &'a Value,
}

/// The examples of one operation: the Rust program and the `hwlogs` command.
pub fn example(
    service: &ServiceSpec,
    op: &OperationSpec,
    types: &Types<'_>,
) -> Result<Example, String> {
    let root = &service.document;
    let node = root
        .pointer(&op.pointer)
        .ok_or_else(|| format!("operation {}: not at {}", op.id, op.pointer))?;
    let maker = Maker {
        service,
        op,
        types,
        root,
        node,
    };
    let rust = maker
        .rust()
        .map_err(|e| format!("operation {}: example: {e}", op.id))?;
    Ok(Example {
        operation: op.id.clone(),
        rust,
        hwlogs: maker.hwlogs(),
    })
}

impl Maker<'_> {
    /// The parameters of the operation in the spec, resolved.
    fn params(&self) -> Vec<&Value> {
        self.node
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|p| resolve(self.root, p))
            .collect()
    }

    fn param(&self, name: &str) -> Option<&Value> {
        self.params()
            .into_iter()
            .find(|p| p.get("name").and_then(Value::as_str) == Some(name))
    }

    /// The example value of a string parameter, or a placeholder.
    fn string_example(&self, name: &str) -> String {
        self.param(name)
            .and_then(|p| param_example(self.root, p))
            .and_then(Value::as_str)
            .map_or_else(|| format!("<{name}>"), str::to_owned)
    }

    fn rust(&self) -> Result<String, String> {
        let (service, op) = (self.service, self.op);
        let krate = format!("huaweicloud_{}", service.name.replace('-', "_"));
        let mut p = Program::default();
        p.uses.insert("Client");
        p.line("let client = Client::from_env()?;");

        // Variables: the ids the calls take, and the window.
        let window = op.window.as_ref();
        let mut vars = BTreeSet::new();
        for param in &op.params {
            let required = param.required || param.location == "path";
            if !required || param.location == "header" || param.name == "project_id" {
                continue;
            }
            let is_time = window.is_some_and(|w| param.name == w.start || param.name == w.end);
            let name = ident(&param.name).to_string();
            if param.string && !is_time && !TAKEN.contains(&name.as_str()) {
                p.line(format!(
                    "let {name} = {};",
                    quoted(&self.string_example(&param.name))
                ));
                vars.insert(param.name.clone());
            }
        }
        if window.is_some() {
            p.chrono.extend(["TimeDelta", "Utc"]);
            p.line("let end = Utc::now();");
            p.line("let start = end - TimeDelta::days(1);");
        }
        p.blank();

        // The operation itself.
        let inputs = op
            .params
            .iter()
            .any(|q| (q.required || q.location == "path") && q.name != "project_id")
            || self.body()?.is_some();
        if inputs {
            p.line(format!("// `{}`, with every input it requires.", op.id));
        } else {
            p.line(format!("// `{}`: it requires no input.", op.id));
        }
        if op
            .params
            .iter()
            .any(|q| q.name == "project_id" && q.location == "path")
        {
            p.line("// The project id is the client's (given to its builder, read from the");
            p.line("// environment, or asked of IAM for its region): no `.project_id(..)` needed.");
        }
        p.line("let answer = client");
        p.line(format!("    .{}()", ident(&op.id)));
        for param in &op.params {
            let required = param.required || param.location == "path";
            if !required || param.location == "header" || param.name == "project_id" {
                continue;
            }
            let value = self.param_value(&param.name, &vars, &mut p)?;
            p.line(format!("    .{}({value})", ident(&param.name)));
        }
        if let Some(body) = self.body()? {
            let call = "    .body_map(|b| ";
            let flat = body.flat();
            if call.len() + flat.len() < WIDTH {
                p.line(format!("{call}{flat})"));
            } else {
                p.line("    .body_map(|b| {");
                p.line(format!("        {}", body.render(8, 0)));
                p.line("    })");
            }
        }
        p.line("    .send()");
        p.line("    .await?");
        p.line("    .into_inner();");
        p.line("println!(\"{answer:?}\");");

        let arg = |name: &str| -> String {
            if vars.contains(name) {
                ident(name).to_string()
            } else {
                quoted(&self.string_example(name))
            }
        };

        // A paged list: its stream.
        if let Some(paging) = &op.paging {
            let mut skip = vec![paging.offset.as_str(), paging.limit.as_str()];
            if let Some(w) = window {
                skip.extend([w.start.as_str(), w.end.as_str()]);
            }
            let (required, optional) = caller_params(op, &skip);
            let mut args: Vec<String> = required.iter().map(|n| arg(n)).collect();
            if window.is_some() {
                args.push("window".to_owned());
            }
            args.extend(optional.iter().map(|_| "None".to_owned()));
            p.blank();
            p.uses.insert("TryStreamExt as _");
            let split = window
                .map(|w| format!(", in windows of at most {} days", w.split_days))
                .unwrap_or_default();
            p.line(format!(
                "// Every record, {} a page{split}, each once: a stream.",
                paging.page_size
            ));
            if window.is_some() {
                p.uses.insert("TimeWindow");
                p.line("let window = TimeWindow::new(start, end)?;");
            }
            let stream = ident(&paging.stream);
            let files = log_file_schema(service, &paging.item_schema).is_some();
            let (many, one) = if files {
                ("files", "file")
            } else {
                ("records", "record")
            };
            let call = format!("let mut {many} = client.{stream}({});", args.join(", "));
            if call.len() <= WIDTH {
                p.line(call);
            } else {
                p.line(format!("let mut {many} = client.{stream}("));
                for a in &args {
                    p.line(format!("    {a},"));
                }
                p.line(");");
            }
            p.line(format!(
                "while let Some({one}) = {many}.try_next().await? {{"
            ));
            if files {
                p.line("    println!(\"{} {:?} bytes\", file.name, file.size_bytes);");
            } else {
                p.line("    println!(\"{record:?}\");");
            }
            p.line("}");
            if let Some(kind) = &op.log_kind {
                let node = if required.contains(&"node_id") {
                    format!("Some({})", arg("node_id"))
                } else {
                    "None".to_owned()
                };
                p.blank();
                p.uses.insert("LogApi as _");
                p.line("// The same files through `LogApi`, which every log service implements.");
                p.chain(
                    "let files: Vec<_> = client",
                    &[
                        format!(
                            ".log_files({}, {}, {node}, window)",
                            quoted(kind),
                            arg("instance_id")
                        ),
                        ".try_collect()".to_owned(),
                        ".await?".to_owned(),
                    ],
                    ";",
                );
                p.line("println!(\"{} files\", files.len());");
            }
            if op.instances.is_some() {
                p.blank();
                p.uses.insert("LogApi as _");
                p.line("// Every instance with its node ids, through `LogApi`.");
                p.line("let instances: Vec<_> = client.instances().try_collect().await?;");
                p.line("println!(\"{instances:?}\");");
            }
        }

        // Ids in the body: the batched call.
        if let Some(batch) = &op.batch {
            let (required, _) = caller_params(op, &[]);
            let mut args: Vec<String> = required.iter().map(|n| arg(n)).collect();
            args.push("&ids".to_owned());
            let id = self
                .body_example()
                .and_then(|e| e.get(&batch.ids))
                .and_then(Value::as_array)
                .and_then(|ids| ids.first())
                .and_then(Value::as_str)
                .map_or_else(|| format!("<{}>", batch.ids), str::to_owned);
            let linked = match &batch.results {
                Results::Strings(_) => true,
                Results::Records(_, record) | Results::Shapes(record) => {
                    log_link_schema(service, record).is_some()
                }
            };
            p.blank();
            p.line(format!(
                "// Any number of ids, {} a call, the answers in the order of the ids.",
                batch.size
            ));
            p.line(format!("let ids = vec![{}.to_owned()];", quoted(&id)));
            let call = format!("client.{}({}).await?", ident(&batch.call), args.join(", "));
            if linked {
                p.line(format!("let links = {call};"));
                p.line("for link in &links {");
                p.line("    println!(\"{} expires {:?}\", link.id, link.expires_at);");
                p.line("}");
            } else {
                p.line(format!("for (id, record) in {call} {{"));
                p.line("    println!(\"{id}: {record:?}\");");
                p.line("}");
            }
            if let Some(kind) = &op.log_kind {
                p.blank();
                p.uses.insert("LogApi as _");
                p.line("// The same links through `LogApi`.");
                p.line(format!(
                    "let links = client.log_links({}, {}, None, &ids).await?;",
                    quoted(kind),
                    arg("instance_id")
                ));
                p.line("println!(\"{} links\", links.len());");
            }
        }

        // An export: the call that waits for the files.
        if let Some(export) = &op.export {
            let (required, _) = caller_params(op, &[]);
            let mut args: Vec<String> = required.iter().map(|n| arg(n)).collect();
            let by_name = export.by_name.as_ref();
            if by_name.is_some() {
                args.push("None".to_owned());
            }
            p.blank();
            p.line(
                "// The files it prepares, asked again while they are being prepared, each with",
            );
            p.line("// its link once it is ready.");
            if let Some(by_name) = by_name {
                p.line(format!(
                    "// `None` exports every file; `Some({})` only that one.",
                    by_name.field
                ));
            }
            p.line(format!(
                "for (file, link) in client.{}({}).await? {{",
                ident(&export.call),
                args.join(", ")
            ));
            p.line("    println!(\"{} ready: {}\", file.name, link.is_some());");
            p.line("}");
            if by_name.is_some() {
                let mut args: Vec<String> = required.iter().map(|n| arg(n)).collect();
                args.push("None".to_owned());
                p.blank();
                p.line("// Every file, one at a time when the service refuses to export them all at once.");
                p.line(format!(
                    "let every = client.{}({}).await?;",
                    every_file_call(export),
                    args.join(", ")
                ));
                p.line("println!(\"{} files\", every.len());");
            }
            let node = if required.contains(&"node_id") {
                format!("Some({})", arg("node_id"))
            } else {
                "None".to_owned()
            };
            p.blank();
            p.uses
                .extend(["LogApi as _", "TimeWindow", "TryStreamExt as _"]);
            p.chrono.insert("TimeDelta");
            p.line("// The same files through `LogApi` (an export lists every file, whatever the window).");
            p.line("let window = TimeWindow::last(TimeDelta::days(1))?;");
            p.chain(
                "let files: Vec<_> = client",
                &[
                    format!(
                        ".log_files({}, {}, {node}, window)",
                        quoted(&export.kind),
                        arg("instance_id")
                    ),
                    ".try_collect()".to_owned(),
                    ".await?".to_owned(),
                ],
                ";",
            );
            p.line("println!(\"{} files\", files.len());");
        }

        // The node ids of an instance.
        if op.detail_nodes.is_some() {
            p.blank();
            p.uses.extend(["LogApi as _", "TryStreamExt as _"]);
            p.line("// `LogApi::instances` asks it for the node ids of every instance.");
            p.line("let instances: Vec<_> = client.instances().try_collect().await?;");
            p.line("println!(\"{instances:?}\");");
        }

        // A log policy.
        if let Some(policy) = &op.policy {
            p.blank();
            p.uses.insert("LogApi as _");
            p.line("// Whether the instance keeps these logs, through `LogApi`.");
            p.line(format!(
                "if let Some(policy) = client.log_policy({}, {}).await? {{",
                quoted(&policy.kind),
                arg("instance_id")
            ));
            p.line("    println!(\"kept {:?} days, on: {}\", policy.keep_days, policy.enabled());");
            p.line("}");
        }
        if p.lines.iter().any(|l| l.contains("types::")) {
            p.uses.insert("types");
        }
        Ok(p.text(&krate))
    }

    /// The value of a required parameter in the builder call.
    fn param_value(
        &self,
        name: &str,
        vars: &BTreeSet<String>,
        p: &mut Program,
    ) -> Result<String, String> {
        if let Some(w) = &self.op.window {
            if name == w.start {
                return Ok("start".to_owned());
            }
            if name == w.end {
                return Ok("end".to_owned());
            }
        }
        if vars.contains(name) {
            return Ok(ident(name).to_string());
        }
        let param = self
            .param(name)
            .ok_or_else(|| format!("no parameter `{name}`"))?;
        let schema = param
            .get("schema")
            .map(|s| resolve(self.root, s))
            .unwrap_or(&Value::Null);
        if schema.get("x-time").is_some() {
            p.chrono.insert("Utc");
            return Ok("Utc::now()".to_owned());
        }
        if let Some(paging) = &self.op.paging {
            let example = param_example(self.root, param);
            if name == paging.offset && example.is_none() {
                return Ok("0".to_owned());
            }
            if name == paging.limit && example.is_none() {
                return Ok(integer(i64::try_from(paging.page_size).unwrap_or(1)));
            }
        }
        let value = param_example(self.root, param)
            .or_else(|| schema_value(schema))
            .ok_or_else(|| format!("no example for the required parameter `{name}`"))?;
        literal(value, name)
    }

    /// The request body's first example.
    fn body_example(&self) -> Option<&Value> {
        let body = resolve(self.root, self.node.get("requestBody")?);
        let (_, media) = body
            .get("content")?
            .as_object()?
            .iter()
            .find(|(media, _)| {
                media.split(';').next().map(str::trim) == Some("application/json")
            })?;
        media.get("example").or_else(|| {
            media
                .get("examples")
                .and_then(Value::as_object)
                .and_then(|e| e.values().next())
                .and_then(|e| resolve(self.root, e).get("value"))
        })
    }

    /// `b.field(value)...` for the required properties of a required body.
    fn body(&self) -> Result<Option<Expr>, String> {
        let Some(body) = self.node.get("requestBody").map(|b| resolve(self.root, b)) else {
            return Ok(None);
        };
        if body.get("required").and_then(Value::as_bool) != Some(true) {
            return Ok(None);
        }
        let name = self
            .op
            .body
            .as_deref()
            .ok_or("the request body needs a component schema")?;
        let schema = self
            .root
            .pointer(&format!("/components/schemas/{name}"))
            .ok_or_else(|| format!("no schema {name}"))?;
        let setters = self.required_setters(name, schema, self.body_example())?;
        Ok(Some(Expr::Chain("b".to_owned(), setters)))
    }

    /// The setters of the required properties of struct `ty` (its spec schema `schema`).
    fn required_setters(
        &self,
        ty: &str,
        schema: &Value,
        example: Option<&Value>,
    ) -> Result<Vec<(String, Expr)>, String> {
        let mut setters = Vec::new();
        for prop in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            let (field, rust) = self.types.field_and_type(ty, prop)?;
            let prop_schema = schema
                .pointer(&format!("/properties/{prop}"))
                .map(|s| resolve(self.root, s))
                .unwrap_or(&Value::Null);
            let value = self.value(
                rust,
                prop_schema,
                example.and_then(|e| e.get(prop)),
                prop,
                false,
            )?;
            setters.push((field.to_string(), value));
        }
        Ok(setters)
    }

    /// A value of Rust type `rust` (spec schema `schema`, example `example`), for a setter or,
    /// with `in_list`, as an item of a list.
    fn value(
        &self,
        rust: &syn::Type,
        schema: &Value,
        example: Option<&Value>,
        name: &str,
        in_list: bool,
    ) -> Result<Expr, String> {
        let example = example.or_else(|| schema_value(schema));
        let items = |count: Option<usize>| -> Vec<Option<&Value>> {
            let given: Vec<Option<&Value>> = example
                .and_then(Value::as_array)
                .map(|a| a.iter().map(Some).collect())
                .unwrap_or_default();
            match count {
                Some(n) => (0..n).map(|i| given.get(i).copied().flatten()).collect(),
                None if given.is_empty() => vec![None],
                None => given,
            }
        };
        let item_schema = schema
            .get("items")
            .map(|s| resolve(self.root, s))
            .unwrap_or(&Value::Null);
        let unsupported = || {
            format!(
                "`{name}` is a {} the examples cannot write yet",
                type_string(rust)
            )
        };
        match rust {
            syn::Type::Array(array) => {
                let count = match &array.len {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Int(n),
                        ..
                    }) => n.base10_parse::<usize>().map_err(|e| e.to_string())?,
                    _ => return Err(unsupported()),
                };
                let values = items(Some(count))
                    .into_iter()
                    .map(|v| self.value(&array.elem, item_schema, v, name, true))
                    .collect::<Result<_, _>>()?;
                Ok(Expr::List("[", values, "]"))
            }
            syn::Type::Path(path) => {
                let last = path.path.segments.last().ok_or_else(unsupported)?;
                let inner = match &last.arguments {
                    syn::PathArguments::AngleBracketed(args) => {
                        args.args.iter().find_map(|a| match a {
                            syn::GenericArgument::Type(t) => Some(t),
                            _ => None,
                        })
                    }
                    _ => None,
                };
                let scalar = |in_list: bool| -> Result<Expr, String> {
                    let value = match example {
                        Some(v) => literal(v, name)?,
                        None => quoted(&format!("<{name}>")),
                    };
                    Ok(Expr::Lit(if in_list && value.starts_with('"') {
                        format!("{value}.to_owned()")
                    } else {
                        value
                    }))
                };
                match (last.ident.to_string().as_str(), inner) {
                    ("Vec", Some(inner)) => {
                        let values = items(None)
                            .into_iter()
                            .map(|v| self.value(inner, item_schema, v, name, true))
                            .collect::<Result<_, _>>()?;
                        Ok(Expr::List("vec![", values, "]"))
                    }
                    ("Box", Some(inner)) => self.value(inner, schema, example, name, in_list),
                    ("BoundedVec", _) => {
                        // Takes a `Vec<&str>` as it is.
                        let values = items(None)
                            .into_iter()
                            .map(|v| match v {
                                Some(v) => literal(v, name).map(Expr::Lit),
                                None => Ok(Expr::Lit(quoted(&format!("<{name}>")))),
                            })
                            .collect::<Result<_, _>>()?;
                        Ok(Expr::List("vec![", values, "]"))
                    }
                    ("String" | "BoundedInt" | "bool" | "f32" | "f64", _) => scalar(in_list),
                    (
                        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize"
                        | "isize",
                        _,
                    ) => scalar(in_list),
                    (other, None) => self.named(other, schema, example, name, in_list),
                    _ => Err(unsupported()),
                }
            }
            _ => Err(unsupported()),
        }
    }

    /// A value of a type of progenitor's `types` module.
    fn named(
        &self,
        ty: &str,
        schema: &Value,
        example: Option<&Value>,
        name: &str,
        in_list: bool,
    ) -> Result<Expr, String> {
        let unsupported = || format!("`{name}` is a `{ty}`, which the examples cannot write yet");
        match self.types.item(ty) {
            Some(syn::Item::Type(alias)) => self.value(&alias.ty, schema, example, name, in_list),
            Some(syn::Item::Enum(e)) => {
                let wanted = example.and_then(Value::as_str);
                let variant = e
                    .variants
                    .iter()
                    .find(|v| {
                        let renamed = v.attrs.iter().find_map(|a| {
                            let text = super::types::attr_text(a);
                            text.split("rename=\"")
                                .nth(1)
                                .and_then(|r| r.split('"').next())
                                .map(str::to_owned)
                        });
                        wanted.is_some_and(|w| renamed.as_deref() == Some(w) || v.ident == w)
                    })
                    .or_else(|| e.variants.first())
                    .ok_or_else(unsupported)?;
                if !matches!(variant.fields, syn::Fields::Unit) {
                    return Err(unsupported());
                }
                Ok(Expr::Lit(format!("types::{ty}::{}", variant.ident)))
            }
            Some(syn::Item::Struct(s)) => match &s.fields {
                // A newtype of a string or number: its setter takes the value.
                syn::Fields::Unnamed(_) if !in_list => Ok(Expr::Lit(match example {
                    Some(v) => literal(v, name)?,
                    None => quoted(&format!("<{name}>")),
                })),
                syn::Fields::Named(_) if !in_list => Ok(Expr::Chain(
                    format!("types::{ty}::builder()"),
                    self.required_setters(ty, schema, example)?,
                )),
                _ => Err(unsupported()),
            },
            _ => Err(unsupported()),
        }
    }

    /// The `hwlogs` command that makes this call, or a comment saying none does.
    fn hwlogs(&self) -> String {
        let (service, op) = (self.service, self.op);
        let s = &service.name;
        // What hwlogs does with a kind: its instance and node options.
        let target = |kind: &str, op: &OperationSpec| -> String {
            let mut out = format!(
                "--service {s} --kind {kind} --instance {}",
                self.string_example("instance_id")
            );
            // The listing of the kind says whether it takes a node.
            let listing = service.operations.iter().find(|o| {
                (o.log_kind.as_deref() == Some(kind) && o.paging.is_some())
                    || o.export.as_ref().is_some_and(|e| e.kind == kind)
            });
            let lister = listing.unwrap_or(op);
            let skip: Vec<&str> = lister
                .paging
                .iter()
                .flat_map(|p| [p.offset.as_str(), p.limit.as_str()])
                .chain(
                    lister
                        .window
                        .iter()
                        .flat_map(|w| [w.start.as_str(), w.end.as_str()]),
                )
                .collect();
            if caller_params(lister, &skip).0.contains(&"node_id") {
                // The example node id of the listing's own parameter.
                let node = Maker {
                    op: lister,
                    node: self.root.pointer(&lister.pointer).unwrap_or(&Value::Null),
                    ..*self
                }
                .string_example("node_id");
                out.push_str(&format!(" --node {node}"));
            }
            out
        };
        let names_of = service.operations.iter().find_map(|o| {
            let export = o.export.as_ref()?;
            let by_name = export.by_name.as_ref()?;
            (op.paging.as_ref().map(|p| &p.stream) == Some(&by_name.names))
                .then_some((export.kind.as_str(), o))
        });
        if let (Some(kind), Some(_)) = (&op.log_kind, &op.paging) {
            format!(
                "# The {kind} log files of the last day (--since and --until choose another window):\n\
                 hwlogs list {}\n",
                target(kind, op)
            )
        } else if let (Some(kind), Some(_)) = (&op.log_kind, &op.batch) {
            format!(
                "# Lists the {kind} log files, asks for their links, and downloads them:\n\
                 hwlogs download {} --dest logs/\n",
                target(kind, op)
            )
        } else if let Some(export) = &op.export {
            format!(
                "# Exports the {kind} log files, waits until they are ready, and downloads them:\n\
                 hwlogs download {} --dest logs/\n",
                target(&export.kind, op),
                kind = export.kind
            )
        } else if let Some((kind, export_op)) = names_of {
            format!(
                "# Where the service exports one file at a time, the names come from here:\n\
                 hwlogs download {} --dest logs/\n",
                target(kind, export_op)
            )
        } else if op.instances.is_some() {
            format!(
                "# Every instance of the project, with its nodes, then their log files:\n\
                 hwlogs list --service {s} --all-instances\n"
            )
        } else if op.detail_nodes.is_some() {
            format!(
                "# The node ids of every instance come from here:\n\
                 hwlogs list --service {s} --all-instances\n"
            )
        } else if let Some(policy) = &op.policy {
            format!(
                "# Reads the {kind} log policy of the instance before listing its files:\n\
                 hwlogs list {}\n",
                target(&policy.kind, op),
                kind = policy.kind
            )
        } else {
            format!("# none: no hwlogs command makes `{}` itself\n", op.id)
        }
    }
}
