//! The `x-service` rule: what the service is (its name, the names of its endpoint variables,
//! the kind of log archived by default) and the regions each of its `servers` serves.

use std::collections::BTreeMap;

use super::Ext;
use crate::lint::Rule;
use crate::lint::document::{child, items, str_field};
use crate::lint::rules::{Lint, describe_yaml};

impl<'a> Lint<'a> {
    /// `x-service` and the `servers` it needs; both only when the document has `x-service`,
    /// unless `require` (then a document without it is a problem).
    pub(super) fn x_service(&mut self, require: bool) {
        let root = &self.doc.root;
        let Some(ext) = Ext::of(root, "", "x-service") else {
            if require && root.is_mapping() {
                self.report(
                    Rule::XService,
                    "",
                    "the document has no `x-service` (`name`: the service, `env-names`: the \
                     {SERVICE} parts of HUAWEICLOUD_SDK_REGION_{SERVICE}_{REGION})",
                );
                self.servers(None);
            }
            return;
        };
        let fields = [
            (
                "name",
                "the service's name, lower-case letters, digits and hyphens (the crate is huaweicloud-{name})",
            ),
            (
                "env-names",
                "the {SERVICE} parts of HUAWEICLOUD_SDK_REGION_{SERVICE}_{REGION}, in order of priority",
            ),
        ];
        let known = ["name", "env-names", "endpoint-env", "default-log-kind"];
        if self.ext_fields(&ext, &known, &fields) {
            if let Some(var) = self.ext_str(&ext, "endpoint-env", "an environment variable name")
                && !(var.starts_with("HUAWEICLOUD_")
                    && var
                        .bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'))
            {
                self.report(
                    Rule::XService,
                    &ext.at("endpoint-env"),
                    format!(
                        "x-service.endpoint-env \"{var}\" is not an upper-case HUAWEICLOUD_... \
                         variable name"
                    ),
                );
            }
            if let Some(name) = self.ext_str(&ext, "name", "the service's name")
                && !is_service_name(name)
            {
                self.report(
                    Rule::XService,
                    &ext.at("name"),
                    format!(
                        "x-service.name \"{name}\" is not lower-case letters, digits and hyphens \
                         (the crate is huaweicloud-{{name}})"
                    ),
                );
            }
            self.env_names(&ext);
            self.default_log_kind(&ext);
        }
        self.servers(Some(&ext));
    }

    /// `default-log-kind`: the kind of log archived when none is asked for. A service with log
    /// kinds (`x-log` beside `x-paging`, `x-log-export`) needs it, one of them; a service
    /// without any has none.
    fn default_log_kind(&mut self, ext: &Ext<'a>) {
        let kinds = self.log_kinds();
        let Some(value) = ext.node.get("default-log-kind") else {
            if !kinds.is_empty() {
                self.report(
                    Rule::XService,
                    &ext.pointer,
                    format!(
                        "x-service has no `default-log-kind`: the kind of log archived when none \
                         is asked for, one of the service's: {}",
                        kinds.join(", ")
                    ),
                );
            }
            return;
        };
        let at = ext.at("default-log-kind");
        if kinds.is_empty() {
            self.report(
                Rule::XService,
                &at,
                format!(
                    "x-service.default-log-kind {}, but the service has no log kinds (no x-log \
                     beside x-paging, no x-log-export): remove it",
                    match value.as_str() {
                        Some(kind) => format!("\"{kind}\""),
                        None => format!("({})", describe_yaml(value)),
                    }
                ),
            );
            return;
        }
        let Some(kind) = self.ext_str(ext, "default-log-kind", "one of the service's log kinds")
        else {
            return;
        };
        if !kinds.contains(&kind) {
            self.report(
                Rule::XService,
                &at,
                format!(
                    "x-service.default-log-kind \"{kind}\" is not one of the service's log kinds: {}",
                    kinds.join(", ")
                ),
            );
        }
    }

    /// The kinds of log the spec lists (`x-log.kind` beside `x-paging`) or exports
    /// (`x-log-export.kind`), each once, in the order of the spec: what the generated `META`
    /// says the service has.
    fn log_kinds(&self) -> Vec<&'a str> {
        let model = self.model;
        let mut kinds = Vec::new();
        for op in &model.operations {
            let listed = op.node.get("x-paging").is_some();
            let log = op.node.get("x-log").and_then(|e| str_field(e, "kind"));
            let export = op
                .node
                .get("x-log-export")
                .and_then(|e| str_field(e, "kind"));
            for kind in [log.filter(|_| listed), export].into_iter().flatten() {
                if !kinds.contains(&kind) {
                    kinds.push(kind);
                }
            }
        }
        kinds
    }

    fn env_names(&mut self, ext: &Ext<'a>) {
        let Some(value) = ext.node.get("env-names") else {
            return;
        };
        let at = ext.at("env-names");
        let Some(list) = value.as_sequence() else {
            self.report(
                Rule::XService,
                &at,
                format!(
                    "x-service.env-names must be a list of names such as [DDS], not {}",
                    describe_yaml(value)
                ),
            );
            return;
        };
        if list.is_empty() {
            self.report(
                Rule::XService,
                &at,
                "x-service.env-names is empty: list the {SERVICE} parts of \
                 HUAWEICLOUD_SDK_REGION_{SERVICE}_{REGION}, such as [DDS]",
            );
        }
        let mut seen = Vec::new();
        for (i, name) in list.iter().enumerate() {
            let at = child(&at, &i.to_string());
            match name.as_str() {
                Some(name) if !is_env_name(name) => self.report(
                    Rule::XService,
                    &at,
                    format!(
                        "x-service.env-names \"{name}\" is not upper-case letters, digits and \
                         underscores (the {{SERVICE}} of HUAWEICLOUD_SDK_REGION_{{SERVICE}}_{{REGION}})"
                    ),
                ),
                Some(name) if seen.contains(&name) => self.report(
                    Rule::XService,
                    &at,
                    format!("x-service.env-names lists \"{name}\" twice"),
                ),
                Some(name) => seen.push(name),
                None => self.report(
                    Rule::XService,
                    &at,
                    format!(
                        "x-service.env-names must hold names, not {}",
                        describe_yaml(name)
                    ),
                ),
            }
        }
    }

    /// Every server has a `{region}` variable whose `enum` lists the regions it serves, and no
    /// region is under two servers; but the last may be a global endpoint without `{region}`,
    /// for the regions the others do not list.
    fn servers(&mut self, ext: Option<&Ext<'a>>) {
        let root = &self.doc.root;
        let list = root.get("servers").map(items).unwrap_or_default();
        if list.is_empty() {
            self.report(
                Rule::XService,
                ext.map_or("", |e| e.pointer.as_str()),
                "a service needs `servers`: its endpoints, each with a `{region}` variable whose \
                 `enum` lists the regions it serves",
            );
            return;
        }
        // Region -> the server that first serves it.
        let mut served: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, server) in list.iter().enumerate() {
            let at = child("/servers", &i.to_string());
            // A server without its url is the `openapi` rule's.
            let url = str_field(server, "url").unwrap_or("?");
            if server.get("url").is_some() && !url.contains("{region}") {
                let global = i + 1 == list.len() && i > 0 && server.get("variables").is_none();
                if global {
                    continue;
                }
                {
                    self.report(
                        Rule::XService,
                        &child(&at, "url"),
                        format!(
                            "server url \"{url}\" has no `{{region}}`: each endpoint of a service \
                             is a template over the regions it serves (only the last may be a \
                             global endpoint, without variables, for the regions not listed)"
                        ),
                    );
                }
            }
            let Some(region) = server.get("variables").and_then(|v| v.get("region")) else {
                self.report(
                    Rule::XService,
                    &at,
                    format!(
                        "server \"{url}\" has no `region` variable: add one whose `enum` lists \
                         the regions it serves"
                    ),
                );
                continue;
            };
            let region_at = child(&child(&at, "variables"), "region");
            let at = region_at.clone();
            let Some(values) = region.get("enum") else {
                self.report(
                    Rule::XService,
                    &at,
                    format!(
                        "the `region` variable of server \"{url}\" has no `enum`: list the \
                         regions it serves"
                    ),
                );
                continue;
            };
            let at = child(&at, "enum");
            let values = items(values);
            if values.is_empty() {
                self.report(
                    Rule::XService,
                    &at,
                    format!(
                        "the `region` enum of server \"{url}\" is empty: list the regions it serves"
                    ),
                );
            }
            for (j, value) in values.iter().enumerate() {
                let at = child(&at, &j.to_string());
                let Some(name) = value.as_str() else {
                    self.report(
                        Rule::XService,
                        &at,
                        format!("a region must be a string, not {}", describe_yaml(value)),
                    );
                    continue;
                };
                match served.get(name) {
                    Some(first) if *first == i => self.report(
                        Rule::XService,
                        &at,
                        format!("region \"{name}\" is listed twice by server \"{url}\""),
                    ),
                    Some(first) => {
                        let first_url = str_field(&list[*first], "url").unwrap_or("?");
                        self.report(
                            Rule::XService,
                            &at,
                            format!(
                                "region \"{name}\" is already served by server {first} \
                                 (\"{first_url}\"); a region has one endpoint"
                            ),
                        );
                    }
                    None => {
                        served.insert(name, i);
                    }
                }
            }
            if let Some(default) = str_field(region, "default")
                && !values.iter().any(|v| v.as_str() == Some(default))
            {
                self.report(
                    Rule::XService,
                    &child(&region_at, "default"),
                    format!(
                        "the default region \"{default}\" of server \"{url}\" is not in its enum"
                    ),
                );
            }
        }
    }
}

/// `dds`, `taurus-db`: lower-case letters and digits, single hyphens between them.
fn is_service_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !name.ends_with('-')
        && !name.contains("--")
}

/// `DDS`, `GAUSSDB_MYSQL`: upper-case letters, digits and underscores, starting with a letter.
fn is_env_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}
