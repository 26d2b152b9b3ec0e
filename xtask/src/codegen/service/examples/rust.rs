//! The Rust program of an operation: the client, the variables the calls take, and the builder
//! call with every input the operation requires; then what is built on the call
//! (`built_on`).

use std::collections::BTreeSet;

use super::Maker;
use super::program::{Program, WIDTH, quoted};
use crate::codegen::service::ident;
use crate::codegen::spec::Param;

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

/// Whether the builder call is given `param`: it is required (or in the path), and neither a
/// header nor the project id, which the client supplies.
fn given(param: &Param) -> bool {
    let required = param.required || param.location == "path";
    required && param.location != "header" && param.name != "project_id"
}

impl Maker<'_> {
    /// The program, as a doctest of the operation's crate.
    pub(super) fn rust(&self) -> Result<String, String> {
        let krate = format!("huaweicloud_{}", self.service.name.replace('-', "_"));
        let mut p = Program::default();
        p.uses.insert("Client");
        p.line("let client = Client::from_env()?;");
        let vars = self.variables(&mut p);
        p.blank();
        self.builder_call(&mut p, &vars)?;
        self.built_on(&mut p, &vars);
        if p.lines.iter().any(|l| l.contains("types::")) {
            p.uses.insert("types");
        }
        Ok(p.text(&krate))
    }

    /// A `let` for each string id the builder call is given (unless its name is [`TAKEN`]),
    /// and for the window's `start` and `end`: so each is written once, and named where it is
    /// used. Returns the parameters that have a variable.
    fn variables(&self, p: &mut Program) -> BTreeSet<String> {
        let window = self.op.window.as_ref();
        let mut vars = BTreeSet::new();
        for param in self.op.params.iter().filter(|q| given(q)) {
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
        vars
    }

    /// The operation itself: the builder with every input it requires, sent, and its answer
    /// printed.
    fn builder_call(&self, p: &mut Program, vars: &BTreeSet<String>) -> Result<(), String> {
        let op = self.op;
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
        for param in op.params.iter().filter(|q| given(q)) {
            let value = self.param_value(&param.name, vars, p)?;
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
        Ok(())
    }

    /// A string argument of the calls built on the builder call: the variable that holds it,
    /// or else its example written out.
    pub(super) fn arg(&self, name: &str, vars: &BTreeSet<String>) -> String {
        if vars.contains(name) {
            ident(name).to_string()
        } else {
            quoted(&self.string_example(name))
        }
    }
}
