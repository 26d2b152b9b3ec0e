//! What the program does after the builder call, with what the crate builds on the
//! operation: a paged list's stream, the batched call of ids in the body, an export's call
//! that waits for its files, and the `LogApi` methods that use them, each part written only
//! where the operation has it.

use std::collections::BTreeSet;

use serde_json::Value;

use super::Maker;
use super::program::{Program, WIDTH, quoted};
use crate::codegen::service::calls::{caller_params, every_file_call};
use crate::codegen::service::ident;
use crate::codegen::service::views::{log_file_schema, log_link_schema};
use crate::codegen::spec::{Batch, Export, Paging, Policy, Results};

impl Maker<'_> {
    /// Every part the operation has, in this order; `vars` are the program's variables.
    pub(super) fn built_on(&self, p: &mut Program, vars: &BTreeSet<String>) {
        let op = self.op;
        if let Some(paging) = &op.paging {
            self.stream(p, vars, paging);
        }
        if let Some(batch) = &op.batch {
            self.batched(p, vars, batch);
        }
        if let Some(export) = &op.export {
            self.export(p, vars, export);
        }
        if op.detail_nodes.is_some() {
            instances(
                p,
                "// `LogApi::instances` asks it for the node ids of every instance.",
            );
        }
        if let Some(policy) = &op.policy {
            self.policy(p, vars, policy);
        }
    }

    /// A paged list: its stream of every record, then the same log files through `LogApi`
    /// and the instances it lists, where it has them.
    fn stream(&self, p: &mut Program, vars: &BTreeSet<String>, paging: &Paging) {
        let op = self.op;
        let window = op.window.as_ref();
        let mut skip = vec![paging.offset.as_str(), paging.limit.as_str()];
        if let Some(w) = window {
            skip.extend([w.start.as_str(), w.end.as_str()]);
        }
        let (required, optional) = caller_params(op, &skip);
        let mut args: Vec<String> = required.iter().map(|n| self.arg(n, vars)).collect();
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
        let files = log_file_schema(self.service, &paging.item_schema).is_some();
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
            p.blank();
            p.uses.insert("LogApi as _");
            p.line("// The same files through `LogApi`, which every log service implements.");
            self.log_files(p, vars, kind, &required);
        }
        if op.instances.is_some() {
            instances(p, "// Every instance with its node ids, through `LogApi`.");
        }
    }

    /// Ids in the body: the batched call of any number of them, then the same links through
    /// `LogApi` where they are log files'.
    fn batched(&self, p: &mut Program, vars: &BTreeSet<String>, batch: &Batch) {
        let op = self.op;
        let (required, _) = caller_params(op, &[]);
        let mut args: Vec<String> = required.iter().map(|n| self.arg(n, vars)).collect();
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
                log_link_schema(self.service, record).is_some()
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
                self.arg("instance_id", vars)
            ));
            p.line("println!(\"{} links\", links.len());");
        }
    }

    /// An export: the call that waits for its files, the one that asks for them one at a time
    /// where the service can export them by name, and the same files through `LogApi`.
    fn export(&self, p: &mut Program, vars: &BTreeSet<String>, export: &Export) {
        let (required, _) = caller_params(self.op, &[]);
        let mut args: Vec<String> = required.iter().map(|n| self.arg(n, vars)).collect();
        let by_name = export.by_name.as_ref();
        if by_name.is_some() {
            args.push("None".to_owned());
        }
        p.blank();
        p.line("// The files it prepares, asked again while they are being prepared, each with");
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
            let mut args: Vec<String> = required.iter().map(|n| self.arg(n, vars)).collect();
            args.push("None".to_owned());
            p.blank();
            p.line(
                "// Every file, one at a time when the service refuses to export them all at once.",
            );
            p.line(format!(
                "let every = client.{}({}).await?;",
                every_file_call(export),
                args.join(", ")
            ));
            p.line("println!(\"{} files\", every.len());");
        }
        p.blank();
        p.uses
            .extend(["LogApi as _", "TimeWindow", "TryStreamExt as _"]);
        p.chrono.insert("TimeDelta");
        p.line(
            "// The same files through `LogApi` (an export lists every file, whatever the window).",
        );
        p.line("let window = TimeWindow::last(TimeDelta::days(1))?;");
        self.log_files(p, vars, &export.kind, &required);
    }

    /// A log policy: whether the instance keeps these logs, through `LogApi`.
    fn policy(&self, p: &mut Program, vars: &BTreeSet<String>, policy: &Policy) {
        p.blank();
        p.uses.insert("LogApi as _");
        p.line("// Whether the instance keeps these logs, through `LogApi`.");
        p.line(format!(
            "if let Some(policy) = client.log_policy({}, {}).await? {{",
            quoted(&policy.kind),
            self.arg("instance_id", vars)
        ));
        p.line("    println!(\"kept {:?} days, on: {}\", policy.keep_days, policy.enabled());");
        p.line("}");
    }

    /// `LogApi::log_files` of `kind` in `window`, collected: with the node id where the
    /// operation's own call is given one (`required`, its required parameters).
    fn log_files(&self, p: &mut Program, vars: &BTreeSet<String>, kind: &str, required: &[&str]) {
        let node = if required.contains(&"node_id") {
            format!("Some({})", self.arg("node_id", vars))
        } else {
            "None".to_owned()
        };
        p.chain(
            "let files: Vec<_> = client",
            &[
                format!(
                    ".log_files({}, {}, {node}, window)",
                    quoted(kind),
                    self.arg("instance_id", vars)
                ),
                ".try_collect()".to_owned(),
                ".await?".to_owned(),
            ],
            ";",
        );
        p.line("println!(\"{} files\", files.len());");
    }
}

/// `LogApi::instances`, collected, under `comment`.
fn instances(p: &mut Program, comment: &str) {
    p.blank();
    p.uses.extend(["LogApi as _", "TryStreamExt as _"]);
    p.line(comment);
    p.line("let instances: Vec<_> = client.instances().try_collect().await?;");
    p.line("println!(\"{instances:?}\");");
}
