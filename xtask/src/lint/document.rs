//! A spec as the lint and the docs see it: the YAML tree in the spec's own order, and the line
//! of every node, so a problem can name `file:line` as well as its JSON pointer.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser};
use serde_yaml::Value;

/// One parsed spec.
#[derive(Debug, Clone)]
pub struct Document {
    /// How the file is named in messages: `specs/dds.yaml`.
    pub file: String,
    /// The spec's text.
    pub text: String,
    /// The YAML tree; mappings keep the order of the file.
    pub root: Value,
    /// The 1-based line of every node, by JSON pointer (a mapping entry's line is its key's).
    lines: HashMap<String, usize>,
}

/// The YAML does not parse: where and why.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    /// 1-based line, where the parser knows it.
    pub line: Option<usize>,
    /// What the parser said, without its own copy of the location.
    pub message: String,
}

impl Document {
    /// Parse a spec's text; `file` is the name used in messages.
    pub fn parse(file: &str, text: &str) -> Result<Document, SyntaxError> {
        let root: Value = serde_yaml::from_str(text).map_err(|e| {
            // The location leads the message; drop serde_yaml's trailing copy of it (but keep
            // another place it names, such as where an unclosed sequence started).
            let mut message = e.to_string();
            if let Some(l) = e.location() {
                let suffix = format!(" at line {} column {}", l.line(), l.column());
                if message.ends_with(&suffix) {
                    message.truncate(message.len() - suffix.len());
                }
            }
            SyntaxError {
                line: e.location().map(|l| l.line()),
                message,
            }
        })?;
        Ok(Document {
            file: file.to_owned(),
            text: text.to_owned(),
            root,
            lines: node_lines(text),
        })
    }

    /// The line of the node at `pointer`, or of its nearest ancestor that has one.
    pub fn line_of(&self, pointer: &str) -> Option<usize> {
        let mut p = pointer;
        loop {
            if let Some(line) = self.lines.get(p) {
                return Some(*line);
            }
            let (parent, _) = p.rsplit_once('/')?;
            p = parent;
        }
    }

    /// The pointers of the nodes that start on a line (1-based).
    pub fn pointers_on_line(&self, line: usize) -> impl Iterator<Item = &String> {
        self.lines
            .iter()
            .filter(move |(_, l)| **l == line)
            .map(|(p, _)| p)
    }

    /// The node at a JSON pointer (`""` is the whole document).
    pub fn get(&self, pointer: &str) -> Option<&Value> {
        get(&self.root, pointer)
    }

    /// Follow `$ref`s from `value` (found at `pointer`) to the node they name. Returns the node
    /// and its pointer; `None` if a reference does not resolve, is not local, or loops.
    pub fn resolve<'a>(&'a self, value: &'a Value, pointer: &str) -> Option<(&'a Value, String)> {
        let mut value = value;
        let mut pointer = pointer.to_owned();
        for _ in 0..32 {
            let Some(reference) = ref_of(value) else {
                return Some((value, pointer));
            };
            let target = reference.strip_prefix('#')?;
            value = self.get(target)?;
            pointer = target.to_owned();
        }
        None
    }
}

/// The `$ref` of a node, if it is a reference object.
pub fn ref_of(value: &Value) -> Option<&str> {
    value.get("$ref").and_then(Value::as_str)
}

/// The node at a JSON pointer inside `root`.
pub fn get<'a>(root: &'a Value, pointer: &str) -> Option<&'a Value> {
    if pointer.is_empty() {
        return Some(root);
    }
    let rest = pointer.strip_prefix('/')?;
    let mut node = root;
    for raw in rest.split('/') {
        let segment = unescape(raw);
        node = match node {
            Value::Mapping(map) => map
                .iter()
                .find(|(k, _)| key_text(k).as_deref() == Some(segment.as_str()))
                .map(|(_, v)| v)?,
            Value::Sequence(items) => items.get(segment.parse::<usize>().ok()?)?,
            Value::Tagged(tagged) => get(&tagged.value, &format!("/{raw}"))?,
            _ => return None,
        };
    }
    Some(node)
}

/// A mapping key as text: strings as they are, numbers and booleans as YAML writes them.
pub fn key_text(key: &Value) -> Option<String> {
    match key {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `pointer` with one more segment, escaped (`~` as `~0`, `/` as `~1`).
pub fn child(pointer: &str, segment: &str) -> String {
    format!(
        "{pointer}/{}",
        segment.replace('~', "~0").replace('/', "~1")
    )
}

/// One pointer segment unescaped.
pub fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// The entries of a mapping with text keys, in file order; empty for anything else.
pub fn entries(value: &Value) -> Vec<(String, &Value)> {
    match value {
        Value::Mapping(map) => map
            .iter()
            .filter_map(|(k, v)| key_text(k).map(|k| (k, v)))
            .collect(),
        _ => Vec::new(),
    }
}

/// The items of a sequence; empty for anything else.
pub fn items(value: &Value) -> &[Value] {
    match value {
        Value::Sequence(items) => items,
        _ => &[],
    }
}

/// A string field of a mapping.
pub fn str_field<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(Value::as_str)
}

/// The line of every node of a YAML text, by JSON pointer, from the parser's event stream.
/// Best effort: a text that does not parse gives the lines up to the error.
fn node_lines(text: &str) -> HashMap<String, usize> {
    enum Frame {
        Map {
            pointer: String,
            key: Option<String>,
        },
        Seq {
            pointer: String,
            next: usize,
        },
    }
    let mut lines = HashMap::new();
    let mut stack: Vec<Frame> = Vec::new();
    // Nested documents and complex keys are not used by specs; their nodes get no line.
    for event in Parser::new_from_str(text) {
        let Ok((event, span)) = event else { break };
        let line = span.start.line();
        let is_start = matches!(
            event,
            Event::Scalar(..)
                | Event::Alias(_)
                | Event::MappingStart(..)
                | Event::SequenceStart(..)
        );
        if is_start {
            // A scalar in key position is a key: record its line for the entry and wait for the value.
            if let Some(Frame::Map { pointer, key }) = stack.last_mut()
                && key.is_none()
            {
                let name = match &event {
                    Event::Scalar(text, ..) => text.to_string(),
                    _ => String::from("?"),
                };
                let entry = child(pointer, &name);
                lines.entry(entry).or_insert(line);
                *key = Some(name);
                if let Event::MappingStart(..) | Event::SequenceStart(..) = event {
                    // A complex key: its own nodes are not addressable; skip them.
                    stack.push(Frame::Seq {
                        pointer: String::from("\u{0}"),
                        next: 0,
                    });
                }
                continue;
            }
            let pointer = match stack.last_mut() {
                None => String::new(),
                Some(Frame::Map { pointer, key }) => child(pointer, key.as_deref().unwrap_or("?")),
                Some(Frame::Seq { pointer, next }) => {
                    let p = child(pointer, &next.to_string());
                    *next += 1;
                    p
                }
            };
            lines.entry(pointer.clone()).or_insert(line);
            match event {
                Event::MappingStart(..) => stack.push(Frame::Map { pointer, key: None }),
                Event::SequenceStart(..) => stack.push(Frame::Seq { pointer, next: 0 }),
                _ => value_done(&mut stack),
            }
        } else if let Event::MappingEnd | Event::SequenceEnd = event {
            stack.pop();
            value_done(&mut stack);
        }
    }

    fn value_done(stack: &mut [Frame]) {
        if let Some(Frame::Map { key, .. }) = stack.last_mut() {
            *key = None;
        }
    }
    lines
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn lines_by_pointer() {
        let text = "a: 1\nb:\n  c: [x, y]\n  'd/e':\n    - f: 2\n      g: 3\n    - h\n";
        let doc = Document::parse("t.yaml", text).unwrap();
        assert_eq!(doc.line_of("/a"), Some(1));
        assert_eq!(doc.line_of("/b"), Some(2));
        assert_eq!(doc.line_of("/b/c"), Some(3));
        assert_eq!(doc.line_of("/b/c/1"), Some(3));
        assert_eq!(doc.line_of("/b/d~1e"), Some(4));
        assert_eq!(doc.line_of("/b/d~1e/0/g"), Some(6));
        assert_eq!(doc.line_of("/b/d~1e/1"), Some(7));
        assert_eq!(doc.line_of("/b/d~1e/0/missing"), Some(5));
        assert_eq!(doc.get("/b/d~1e/0/g").and_then(Value::as_u64), Some(3));
    }
}
