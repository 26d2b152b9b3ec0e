//! An example of every operation, made from the spec and from progenitor's output: the
//! builder call with every input the operation requires, then the stream, batched call or
//! export built on it and the `LogApi` method that uses it, where there is one, and the
//! `hwlogs` command line that makes the call.
//!
//! [`example`] is the one place they are written. Codegen puts each into `generated_service.rs`
//! as a `no_run` doctest (`pub mod examples`, one documented module per operation), so
//! `cargo test` compiles every one against the crate it describes; `cargo xtask docs` shows the
//! same text on the operation's page of the spec reference.
//!
//! - `program`: the writer, lines and expressions as wide as rustfmt makes them, and
//!   JSON scalars as Rust literals.
//! - `values` and `body`: the example values the spec gives, for the parameters and for the
//!   request body, written with progenitor's types.
//! - `rust` and `built_on`: the Rust program, the builder call then what is built on it.
//! - `hwlogs`: the command line.

mod body;
mod built_on;
mod hwlogs;
mod program;
mod rust;
mod values;

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use super::super::spec::{OperationSpec, ServiceSpec};
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

/// A line of a doc comment: after a space, so it reads `/// line`, but an empty line stays
/// empty, so no line ends in a space.
fn doc_line(line: &str) -> String {
    if line.is_empty() {
        String::new()
    } else {
        format!(" {line}")
    }
}
