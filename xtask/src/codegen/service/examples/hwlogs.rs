//! The `hwlogs` command line that makes an operation's call, under a comment saying what it
//! does: `list` for a paged list or what it reads first, `download` for links and exports.

use serde_json::Value;

use super::Maker;
use crate::codegen::service::calls::caller_params;
use crate::codegen::spec::OperationSpec;

impl Maker<'_> {
    /// The `hwlogs` command that makes this call, or a comment saying none does.
    pub(super) fn hwlogs(&self) -> String {
        let (service, op) = (self.service, self.op);
        let s = &service.name;
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
                self.target(kind, op)
            )
        } else if let (Some(kind), Some(_)) = (&op.log_kind, &op.batch) {
            format!(
                "# Lists the {kind} log files, asks for their links, and downloads them:\n\
                 hwlogs download {} --dest logs/\n",
                self.target(kind, op)
            )
        } else if let Some(export) = &op.export {
            format!(
                "# Exports the {kind} log files, waits until they are ready, and downloads them:\n\
                 hwlogs download {} --dest logs/\n",
                self.target(&export.kind, op),
                kind = export.kind
            )
        } else if let Some((kind, export_op)) = names_of {
            format!(
                "# Where the service exports one file at a time, the names come from here:\n\
                 hwlogs download {} --dest logs/\n",
                self.target(kind, export_op)
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
                self.target(&policy.kind, op),
                kind = policy.kind
            )
        } else {
            format!("# none: no hwlogs command makes `{}` itself\n", op.id)
        }
    }

    /// What hwlogs does with a kind of log (`op` makes the call): its service, kind, instance
    /// and, where the listing of the kind takes one, node options.
    fn target(&self, kind: &str, op: &OperationSpec) -> String {
        let service = self.service;
        let mut out = format!(
            "--service {} --kind {kind} --instance {}",
            service.name,
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
    }
}
