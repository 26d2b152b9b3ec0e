//! The writer of the programs: their imports and lines ([`Program`]), the expressions of
//! example values broken over lines much as rustfmt would ([`Expr`]), and Rust literals.

use std::collections::BTreeSet;

use serde_json::Value;

/// Lines as wide as rustfmt makes them.
pub(super) const WIDTH: usize = 100;

/// A program being written: its imports and its lines.
#[derive(Default)]
pub(super) struct Program {
    /// Names imported from the crate.
    pub(super) uses: BTreeSet<&'static str>,
    /// Names imported from `chrono`.
    pub(super) chrono: BTreeSet<&'static str>,
    pub(super) lines: Vec<String>,
}

impl Program {
    /// One more line, as it is.
    pub(super) fn line(&mut self, line: impl Into<String>) {
        self.lines.push(line.into());
    }

    /// `head.a().b()tail` on one line when it fits, else one call a line.
    pub(super) fn chain(&mut self, head: &str, calls: &[String], tail: &str) {
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

    /// An empty line between two parts, never two in a row.
    pub(super) fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }

    /// The doctest: the imports, then the lines in an `async fn` that rustdoc hides.
    pub(super) fn text(&self, krate: &str) -> String {
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
pub(super) enum Expr {
    /// Written as it is.
    Lit(String),
    /// `head.a(x).b(y)`: a builder and its setters.
    Chain(String, Vec<(String, Expr)>),
    /// `open a, b close`: `vec![..]` or `[..]`.
    List(&'static str, Vec<Expr>, &'static str),
}

impl Expr {
    /// The expression on one line.
    pub(super) fn flat(&self) -> String {
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
    pub(super) fn render(&self, indent: usize, before: usize) -> String {
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
pub(super) fn quoted(s: &str) -> String {
    format!("{s:?}")
}

/// An integer literal that compiles whatever integer type it is given to (`_i64` past `i32`).
pub(super) fn integer(n: i64) -> String {
    if i32::try_from(n).is_ok() {
        n.to_string()
    } else {
        format!("{n}_i64")
    }
}

/// A JSON scalar as a Rust literal.
pub(super) fn literal(value: &Value, name: &str) -> Result<String, String> {
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
