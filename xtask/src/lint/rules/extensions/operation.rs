//! The extensions of an operation, checked together: `x-paging` and `x-window` (in
//! [`super::paging`]), `x-batch` (in [`super::batch`]), then `x-log` here, which needs what the
//! listing or the batch returns, `x-log-export` (in [`super::export`]), `x-instances`, which
//! needs the listing's records, and `x-instance-detail` (in [`super::instances`]),
//! `x-log-policy` (in [`super::policy`]); and the names of the methods they generate.

use std::collections::BTreeMap;

use serde_yaml::Value;

use super::{Ext, label};
use crate::lint::Rule;
use crate::lint::document::{child, str_field};
use crate::lint::rules::Lint;
use crate::lint::rules::naming::is_snake_case;

/// The schemas of the records an operation returns, for `x-log`: `(schema, pointer)`.
pub(super) type Records<'a> = Vec<(&'a Value, String)>;

/// A generated method's name, where it is set, and what sets it (and the rule of that).
pub(super) struct MethodName {
    name: String,
    pointer: String,
    what: &'static str,
    rule: Rule,
}

/// The methods of `huaweicloud_core::LogApi`: an inherent method of the same name would hide
/// the trait's from method-call syntax.
const LOG_API_METHODS: &[&str] = &[
    "base_url",
    "log_kinds",
    "log_files",
    "log_links",
    "instances",
    "log_policy",
];

impl<'a> Lint<'a> {
    pub(super) fn operation_extensions(&mut self) {
        let model = self.model;
        let mut streams = Vec::new();
        let mut calls = Vec::new();
        let mut exports = Vec::new();
        for op in &model.operations {
            let paging = Ext::of(op.node, &op.pointer, "x-paging");
            let batch = Ext::of(op.node, &op.pointer, "x-batch");
            let listed = paging.as_ref().map(|e| self.x_paging(op, e, &mut streams));
            let linked = batch.as_ref().map(|e| self.x_batch(op, e, &mut calls));
            if let Some(ext) = Ext::of(op.node, &op.pointer, "x-window") {
                self.x_window(op, &ext);
            }
            if let Some(ext) = Ext::of(op.node, &op.pointer, "x-instances") {
                self.x_instances(op, &ext, listed.as_deref());
            }
            if let Some(ext) = Ext::of(op.node, &op.pointer, "x-log") {
                self.x_log(&ext, listed, linked);
            }
            if let Some(ext) = Ext::of(op.node, &op.pointer, "x-log-export") {
                self.x_log_export(op, &ext, &mut exports);
            }
            if let Some(ext) = Ext::of(op.node, &op.pointer, "x-instance-detail") {
                self.x_instance_detail(op, &ext);
            }
            if let Some(ext) = Ext::of(op.node, &op.pointer, "x-log-policy") {
                self.x_log_policy(op, &ext);
            }
        }
        self.method_names(streams.into_iter().chain(calls).chain(exports));
    }

    fn x_log(&mut self, ext: &Ext<'a>, listed: Option<Records<'a>>, linked: Option<Records<'a>>) {
        let required = [(
            "kind",
            "the kind of log, a lower-case word (audit, ddl, slow, error)",
        )];
        if !self.ext_fields(ext, &["kind"], &required) {
            return;
        }
        let Some(kind) = self.log_kind(ext) else {
            return;
        };
        let at = ext.at("kind");
        if listed.is_none() && linked.is_none() {
            self.report(
                Rule::XLog,
                &ext.pointer,
                "x-log belongs beside x-paging or x-batch: it says which log the listing or the \
                 links are of",
            );
        }
        for (record, record_at) in listed.iter().flatten() {
            if record.get("x-log-file").is_none() {
                self.report(
                    Rule::XLog,
                    &at,
                    format!(
                        "x-log.kind \"{kind}\" makes this a log listing, but its records' schema \
                         {} has no x-log-file",
                        label(record_at)
                    ),
                );
            }
        }
        for (record, record_at) in linked.iter().flatten() {
            if self.types(record, record_at) != ["string"] && record.get("x-log-link").is_none() {
                self.report(
                    Rule::XLog,
                    &at,
                    format!(
                        "x-log.kind \"{kind}\" makes these log links, but its results' schema {} \
                         is neither a string (a plain URL) nor has x-log-link",
                        label(record_at)
                    ),
                );
            }
        }
    }

    /// The `kind` of a log extension (`x-log`, `x-log-export`, `x-log-policy`): a lower-case
    /// word, reported when it is not one; `None` when it is missing or not a string.
    pub(super) fn log_kind(&mut self, ext: &Ext<'a>) -> Option<&'a str> {
        let kind = self.ext_str(ext, "kind", "a lower-case word")?;
        if kind.is_empty() || !kind.chars().all(|c| c.is_ascii_lowercase()) {
            self.report(
                ext.rule,
                &ext.at("kind"),
                format!(
                    "{}.kind \"{kind}\" is not a lower-case word (audit, ddl, slow, error)",
                    ext.name
                ),
            );
        }
        Some(kind)
    }

    /// A stream or call name: snake_case; recorded for [`Lint::method_names`].
    pub(super) fn method_name(
        &mut self,
        ext: &Ext<'a>,
        field: &str,
        name: &str,
        what: &'static str,
        names: &mut Vec<MethodName>,
    ) {
        if !is_snake_case(name) {
            self.report(
                ext.rule,
                &ext.at(field),
                format!(
                    "{}.{field} \"{name}\" is not snake_case (it names a generated method)",
                    ext.name
                ),
            );
        }
        if LOG_API_METHODS.contains(&name) {
            self.report(
                ext.rule,
                &ext.at(field),
                format!(
                    "{}.{field} \"{name}\" is a method of huaweicloud_core::LogApi, which the \
                     client implements: the generated method would hide it from \
                     `client.{name}(..)` (name it, for example, \"{name}_records\")",
                    ext.name
                ),
            );
        }
        names.push(MethodName {
            name: name.to_owned(),
            pointer: ext.at(field),
            what,
            rule: ext.rule,
        });
    }

    /// The generated methods' names are unique: every stream, call and export call (the first
    /// named keeps its name), and none is an operationId (the client has a method of that name
    /// already).
    fn method_names(&mut self, methods: impl IntoIterator<Item = MethodName>) {
        let model = self.model;
        let mut taken: BTreeMap<String, (String, &'static str)> = BTreeMap::new();
        for op in &model.operations {
            if let Some(id) = str_field(op.node, "operationId") {
                taken
                    .entry(id.to_owned())
                    .or_insert((child(&op.pointer, "operationId"), "an operationId"));
            }
        }
        for method in methods {
            let rule = method.rule;
            match taken.get(&method.name) {
                Some((pointer, what)) => {
                    let what = *what;
                    let pointer = pointer.clone();
                    self.report(
                        rule,
                        &method.pointer,
                        format!(
                            "\"{}\" is already {what} ({pointer}); {} needs a name of its own",
                            method.name, method.what
                        ),
                    );
                }
                None => {
                    taken.insert(method.name, (method.pointer, method.what));
                }
            }
        }
    }
}
