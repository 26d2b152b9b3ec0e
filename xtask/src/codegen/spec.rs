//! The spec's extensions, read: what a service is (`x-service`, `servers`), and what its
//! operations and schemas are for (`x-paging`, `x-window`, `x-batch`, `x-log`,
//! `x-log-file`, `x-log-link`, `x-time`). The lint checks them (`cargo xtask lint`); here a
//! spec that breaks them is an error that names the place.

use serde_json::Value;

/// What a spec says of its service.
#[derive(Debug, Clone)]
pub struct ServiceSpec {
    /// `x-service.name`.
    pub name: String,
    /// `x-service.env-names`.
    pub env_names: Vec<String>,
    /// `x-service.endpoint-env`: a variable that overrides the endpoint of every region.
    pub endpoint_env: Option<String>,
    /// `x-service.default-log-kind`: the kind of log archived when none is asked for, one of
    /// [`ServiceSpec::log_kinds`]; present exactly when the service has log kinds.
    pub default_log_kind: Option<String>,
    /// `servers`: (url template, regions); no regions for the global endpoint, which serves
    /// the regions the others do not list.
    pub endpoints: Vec<(String, Vec<String>)>,
    /// Every operation, in the order of the spec.
    pub operations: Vec<OperationSpec>,
    /// Component schemas with `x-time: audit`.
    pub audit_times: Vec<String>,
    /// Component schemas with `x-log-file`, and the mapping.
    pub log_files: Vec<(String, LogFileMap)>,
    /// Component schemas with `x-log-link`, and the mapping.
    pub log_links: Vec<(String, LogLinkMap)>,
    /// The whole spec, for what the extensions do not say: the schemas and examples the
    /// operation examples are made from ([`super::service::examples`]).
    pub document: Value,
}

impl ServiceSpec {
    /// The kinds of log it lists (`x-log.kind` beside `x-paging`) or exports
    /// (`x-log-export.kind`), in the order of [`ServiceSpec::operations`], each once: what
    /// `ServiceMeta::log_kinds` finds in the generated `META`.
    pub fn log_kinds(&self) -> Vec<&str> {
        let mut kinds = Vec::new();
        for op in &self.operations {
            let kind = match (&op.paging, &op.log_kind, &op.export) {
                (Some(_), Some(kind), _) => Some(kind),
                (_, _, Some(export)) => Some(&export.kind),
                _ => None,
            };
            if let Some(kind) = kind
                && !kinds.contains(&kind.as_str())
            {
                kinds.push(kind.as_str());
            }
        }
        kinds
    }
}

/// One operation and its extensions.
#[derive(Debug, Clone)]
pub struct OperationSpec {
    /// `operationId`.
    pub id: String,
    /// `get`, `post`, ...
    pub method: String,
    /// The path template.
    pub path: String,
    /// The JSON pointer of the operation in the spec.
    pub pointer: String,
    /// Its parameters, `$ref`s resolved, the credential headers left out.
    pub params: Vec<Param>,
    /// The component name of its JSON request body schema.
    pub body: Option<String>,
    /// The component name of its 200 response schema.
    pub response: Option<String>,
    /// `x-paging`.
    pub paging: Option<Paging>,
    /// `x-window`.
    pub window: Option<Window>,
    /// `x-batch`.
    pub batch: Option<Batch>,
    /// `x-log.kind`.
    pub log_kind: Option<String>,
    /// `x-log-export`.
    pub export: Option<Export>,
    /// `x-instances`.
    pub instances: Option<Instances>,
    /// `x-instance-detail.nodes`: the path from the 200 response to the node ids.
    pub detail_nodes: Option<Vec<String>>,
    /// `x-log-policy`.
    pub policy: Option<Policy>,
}

/// `x-log-export`: an operation that prepares log files for download and answers with their
/// links, once they are ready.
#[derive(Debug, Clone)]
pub struct Export {
    /// The kind of log (`slow`, `error`).
    pub kind: String,
    /// The method's name.
    pub call: String,
    /// The response property with the records.
    pub items: String,
    /// The component name of the records' schema.
    pub item_schema: String,
    /// The response property with the export's status, if any.
    pub status: Option<String>,
    /// Its values that mean "not ready yet".
    pub pending: Vec<String>,
    /// `by-name`: how to export one file at a time, when the service refuses to export every
    /// file at once.
    pub by_name: Option<ByName>,
}

/// `x-log-export.by-name`: the request body field that names one file, and the paged stream
/// (`x-paging.stream` of another operation) whose records' keys are the names.
#[derive(Debug, Clone)]
pub struct ByName {
    /// The body property.
    pub field: String,
    /// The stream of names.
    pub names: String,
}

/// `x-instances`: a paged listing of the service's instances.
#[derive(Debug, Clone)]
pub struct Instances {
    /// The record property with the instance id.
    pub id: String,
    /// The record property with its name.
    pub name: String,
    /// The path from a record to its node ids, when the listing has them.
    pub nodes: Option<Vec<String>>,
    /// The operation that gives an instance's node ids, when the listing has none.
    pub detail: Option<String>,
}

/// `x-log-policy`: whether an instance keeps logs of a kind.
#[derive(Debug, Clone)]
pub struct Policy {
    /// The kind of log.
    pub kind: String,
    /// The response property with the days logs are kept (0: off).
    pub keep_days: String,
}

/// One parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// Its name on the wire.
    pub name: String,
    /// `path`, `query` or `header`.
    pub location: String,
    /// Whether it is required.
    pub required: bool,
    /// Whether its schema is a string (a caller can give it as `&str`).
    pub string: bool,
}

/// `x-paging`.
#[derive(Debug, Clone)]
pub struct Paging {
    /// The stream method's name.
    pub stream: String,
    /// The offset parameter.
    pub offset: String,
    /// The limit parameter.
    pub limit: String,
    /// The page size: the limit's maximum.
    pub page_size: u64,
    /// The response property with the records.
    pub items: String,
    /// The response property with the total, if any.
    pub total: Option<String>,
    /// The record property that identifies a record.
    pub key: String,
    /// The component name of the records' schema.
    pub item_schema: String,
}

/// `x-window`.
#[derive(Debug, Clone)]
pub struct Window {
    /// The start parameter.
    pub start: String,
    /// The end parameter.
    pub end: String,
    /// `max-days`.
    pub max_days: Option<u64>,
    /// `split-days`, else `max-days`.
    pub split_days: u64,
}

/// `x-batch`.
#[derive(Debug, Clone)]
pub struct Batch {
    /// The batched method's name.
    pub call: String,
    /// The request body property holding the ids.
    pub ids: String,
    /// The batch size: the ids' `maxItems`.
    pub size: u64,
    /// Where the results are in the 200 response.
    pub results: Results,
}

/// Where the results of a batched call are.
#[derive(Debug, Clone)]
pub enum Results {
    /// A property of the response object, an array of strings.
    Strings(String),
    /// A property of the response object, an array of records of this schema.
    Records(String, String),
    /// Found in each shape of the response (an array, an object with one array property, or a
    /// `oneOf` of such), records of this schema.
    Shapes(String),
}

/// `x-log-file`: property names.
#[derive(Debug, Clone, Default)]
pub struct LogFileMap {
    /// id.
    pub id: String,
    /// name.
    pub name: String,
    /// node.
    pub node: Option<String>,
    /// size.
    pub size: Option<String>,
    /// Whether the size is in KiB (approximate).
    pub size_kib: bool,
    /// start.
    pub start: Option<String>,
    /// end.
    pub end: Option<String>,
    /// status.
    pub status: Option<String>,
    /// Status values meaning "not available".
    pub inactive: Vec<String>,
    /// Status values meaning "not ready yet" (an export being prepared).
    pub pending: Vec<String>,
}

/// `x-log-link`: property names.
#[derive(Debug, Clone, Default)]
pub struct LogLinkMap {
    /// id.
    pub id: Option<String>,
    /// url.
    pub url: String,
    /// size.
    pub size: Option<String>,
    /// expires.
    pub expires: Option<String>,
}

/// A spec broke an extension's rules: where, and how.
pub type Problem = String;

/// Follow `$ref`s (local ones) to the node they name.
pub fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> &'a Value {
    for _ in 0..16 {
        match node.get("$ref").and_then(Value::as_str) {
            Some(r) => match r.strip_prefix('#').and_then(|p| root.pointer(p)) {
                Some(target) => node = target,
                None => return node,
            },
            None => return node,
        }
    }
    node
}

/// The schema of the JSON media type of a `content` map (`application/json`, with or without
/// parameters such as `;charset=utf-8`).
fn json_schema(content: &Value) -> Option<&Value> {
    content
        .as_object()?
        .iter()
        .find(|(media, _)| media.split(';').next().map(str::trim) == Some("application/json"))
        .and_then(|(_, m)| m.get("schema"))
}

/// The component schema of the records in property `items` of the 200 response's schema
/// (`x-paging.items`, `x-log-export.items`): it must be an array of a `$ref`.
fn record_schema<'a>(
    response: Option<&str>,
    items: &str,
    at: &str,
    property: &impl Fn(&str, &str) -> Option<&'a Value>,
) -> Result<String, Problem> {
    let response =
        response.ok_or_else(|| format!("{at}: the 200 response needs a component schema"))?;
    property(response, items)
        .and_then(|s| s.get("items"))
        .and_then(ref_name)
        .ok_or_else(|| {
            format!("{at}/items: `{items}` of {response} is not an array of a component schema")
        })
}

/// The component schema name a `$ref` points to.
fn ref_name(node: &Value) -> Option<String> {
    node.get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
        .map(str::to_owned)
}

fn text(v: &Value, key: &str, at: &str) -> Result<String, Problem> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| format!("{at}: `{key}` is required"))
}

/// The strings of the list at `pointer` (none when it is missing or not a list).
fn texts(v: &Value, pointer: &str) -> Vec<String> {
    v.pointer(pointer)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn opt_text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Read a spec's extensions. A spec without `x-service` is no service of this project.
pub fn read(root: &Value) -> Result<Option<ServiceSpec>, Problem> {
    let Some(service) = root.get("x-service") else {
        return Ok(None);
    };
    let name = text(service, "name", "/x-service")?;
    let env_names = texts(service, "/env-names");
    if env_names.is_empty() {
        return Err("/x-service: `env-names` is required".into());
    }
    let mut endpoints = Vec::new();
    for (i, server) in root
        .get("servers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let url = text(server, "url", &format!("/servers/{i}"))?;
        let regions = texts(server, "/variables/region/enum");
        if regions.is_empty() && url.contains("{region}") {
            return Err(format!(
                "/servers/{i}/variables/region/enum: the regions this server serves are required"
            ));
        }
        endpoints.push((url, regions));
    }
    let mut operations = Vec::new();
    for (path, item) in root
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for method in ["get", "put", "post", "delete", "patch"] {
            if let Some(op) = item.get(method) {
                let at = format!(
                    "/paths/{}/{method}",
                    path.replace('~', "~0").replace('/', "~1")
                );
                operations.push(operation(root, op, &at, method, path)?);
            }
        }
    }
    let mut audit_times = Vec::new();
    let mut log_files = Vec::new();
    let mut log_links = Vec::new();
    for (name, schema) in root
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let at = format!("/components/schemas/{name}");
        if let Some(t) = schema.get("x-time") {
            if t.as_str() != Some("audit") {
                return Err(format!("{at}/x-time: only `audit` is known"));
            }
            audit_times.push(name.clone());
        }
        if let Some(m) = schema.get("x-log-file") {
            let at = format!("{at}/x-log-file");
            log_files.push((
                name.clone(),
                LogFileMap {
                    id: text(m, "id", &at)?,
                    name: text(m, "name", &at)?,
                    node: opt_text(m, "node"),
                    size: opt_text(m, "size"),
                    size_kib: match opt_text(m, "size-unit").as_deref() {
                        None | Some("bytes") => false,
                        Some("KiB") => true,
                        Some(other) => {
                            return Err(format!("{at}/size-unit: `{other}` is not bytes or KiB"));
                        }
                    },
                    start: opt_text(m, "start"),
                    end: opt_text(m, "end"),
                    status: opt_text(m, "status"),
                    inactive: texts(m, "/inactive"),
                    pending: texts(m, "/pending"),
                },
            ));
        }
        if let Some(m) = schema.get("x-log-link") {
            log_links.push((
                name.clone(),
                LogLinkMap {
                    id: opt_text(m, "id"),
                    url: text(m, "url", &format!("{at}/x-log-link"))?,
                    size: opt_text(m, "size"),
                    expires: opt_text(m, "expires"),
                },
            ));
        }
    }
    let mut spec = ServiceSpec {
        endpoint_env: opt_text(service, "endpoint-env"),
        default_log_kind: opt_text(service, "default-log-kind"),
        name,
        env_names,
        endpoints,
        operations,
        audit_times,
        log_files,
        log_links,
        document: root.clone(),
    };
    spec.default_log_kind = default_log_kind(&spec)?;
    Ok(Some(spec))
}

/// `x-service.default-log-kind`, which a service with log kinds must have, one of them, and a
/// service without any must not.
fn default_log_kind(spec: &ServiceSpec) -> Result<Option<String>, Problem> {
    let kinds = spec.log_kinds();
    match &spec.default_log_kind {
        None if kinds.is_empty() => Ok(None),
        None => Err(format!(
            "/x-service: `default-log-kind` is required: the kind of log archived when none is \
             asked for, one of {}",
            kinds.join(", ")
        )),
        Some(kind) if kinds.is_empty() => Err(format!(
            "/x-service/default-log-kind: \"{kind}\", but the service has no log kinds \
             (no x-log listing, no x-log-export)"
        )),
        Some(kind) if !kinds.contains(&kind.as_str()) => Err(format!(
            "/x-service/default-log-kind: \"{kind}\" is not one of the service's log kinds ({})",
            kinds.join(", ")
        )),
        Some(kind) => Ok(Some(kind.clone())),
    }
}

fn operation(
    root: &Value,
    op: &Value,
    at: &str,
    method: &str,
    template: &str,
) -> Result<OperationSpec, Problem> {
    let id = text(op, "operationId", at)?;
    let mut params = Vec::new();
    for p in op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let p = resolve(root, p);
        let schema = p.get("schema").map(|s| resolve(root, s));
        params.push(Param {
            name: text(p, "name", at)?,
            location: text(p, "in", at)?,
            required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
            string: schema
                .and_then(|s| s.get("type"))
                .and_then(Value::as_str)
                .is_some_and(|t| t == "string"),
        });
    }
    let body = op
        .pointer("/requestBody/content")
        .and_then(json_schema)
        .and_then(ref_name);
    let response = op
        .pointer("/responses/200/content")
        .and_then(json_schema)
        .and_then(ref_name);
    let schema_of = |name: &str| root.pointer(&format!("/components/schemas/{name}"));
    let property = |schema: &str, prop: &str| {
        schema_of(schema)
            .and_then(|s| s.pointer(&format!("/properties/{prop}")))
            .map(|p| resolve(root, p))
    };

    let paging = match op.get("x-paging") {
        None => None,
        Some(p) => {
            let at = format!("{at}/x-paging");
            let limit = text(p, "limit", &at)?;
            let page_size = op
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|p| resolve(root, p))
                .find(|p| p.get("name").and_then(Value::as_str) == Some(limit.as_str()))
                .and_then(|p| p.get("schema"))
                .map(|s| resolve(root, s))
                .and_then(|s| s.get("maximum"))
                .and_then(Value::as_u64)
                .ok_or_else(|| format!("{at}/limit: parameter `{limit}` needs a `maximum`"))?;
            let items = text(p, "items", &at)?;
            let item_schema = record_schema(response.as_deref(), &items, &at, &property)?;
            Some(Paging {
                stream: text(p, "stream", &at)?,
                offset: text(p, "offset", &at)?,
                limit,
                page_size,
                items,
                total: opt_text(p, "total"),
                key: text(p, "key", &at)?,
                item_schema,
            })
        }
    };
    let window = match op.get("x-window") {
        None => None,
        Some(w) => {
            let at = format!("{at}/x-window");
            let max_days = w.get("max-days").and_then(Value::as_u64);
            let split_days = w
                .get("split-days")
                .and_then(Value::as_u64)
                .or(max_days)
                .ok_or_else(|| format!("{at}: `max-days` or `split-days` is required"))?;
            Some(Window {
                start: text(w, "start", &at)?,
                end: text(w, "end", &at)?,
                max_days,
                split_days,
            })
        }
    };
    let batch = match op.get("x-batch") {
        None => None,
        Some(b) => {
            let at = format!("{at}/x-batch");
            let ids = text(b, "ids", &at)?;
            let body_name = body
                .clone()
                .ok_or_else(|| format!("{at}: the request body needs a component schema"))?;
            let size = property(&body_name, &ids)
                .and_then(|s| s.get("maxItems"))
                .and_then(Value::as_u64)
                .ok_or_else(|| format!("{at}/ids: `{ids}` of {body_name} needs `maxItems`"))?;
            let response = response
                .clone()
                .ok_or_else(|| format!("{at}: the 200 response needs a component schema"))?;
            let results = match opt_text(b, "results") {
                Some(prop) => {
                    let items = property(&response, &prop)
                        .and_then(|s| s.get("items"))
                        .ok_or_else(|| {
                            format!("{at}/results: `{prop}` of {response} is not an array")
                        })?;
                    match ref_name(items) {
                        Some(record) => Results::Records(prop, record),
                        None => Results::Strings(prop),
                    }
                }
                None => Results::Shapes(shape_record(root, &response).ok_or_else(|| {
                    format!(
                        "{at}: without `results`, {response} must be an array, an object with one array property, or a oneOf of those, of one record schema"
                    )
                })?),
            };
            Some(Batch {
                call: text(b, "call", &at)?,
                ids,
                size,
                results,
            })
        }
    };
    let log_kind = op
        .pointer("/x-log/kind")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let path = |text: String| text.split('.').map(str::to_owned).collect::<Vec<_>>();
    let export = match op.get("x-log-export") {
        None => None,
        Some(e) => {
            let at = format!("{at}/x-log-export");
            let items = text(e, "items", &at)?;
            let item_schema = record_schema(response.as_deref(), &items, &at, &property)?;
            Some(Export {
                kind: text(e, "kind", &at)?,
                call: text(e, "call", &at)?,
                items,
                item_schema,
                status: opt_text(e, "status"),
                pending: texts(e, "/pending"),
                by_name: match e.get("by-name") {
                    None => None,
                    Some(b) => {
                        let at = format!("{at}/by-name");
                        Some(ByName {
                            field: text(b, "field", &at)?,
                            names: text(b, "names", &at)?,
                        })
                    }
                },
            })
        }
    };
    let instances = match op.get("x-instances") {
        None => None,
        Some(i) => {
            let at = format!("{at}/x-instances");
            Some(Instances {
                id: text(i, "id", &at)?,
                name: text(i, "name", &at)?,
                nodes: opt_text(i, "nodes").map(path),
                detail: opt_text(i, "detail"),
            })
        }
    };
    let detail_nodes = op
        .pointer("/x-instance-detail/nodes")
        .and_then(Value::as_str)
        .map(|t| path(t.to_owned()));
    let policy = match op.get("x-log-policy") {
        None => None,
        Some(p) => {
            let at = format!("{at}/x-log-policy");
            Some(Policy {
                kind: text(p, "kind", &at)?,
                keep_days: text(p, "keep-days", &at)?,
            })
        }
    };
    Ok(OperationSpec {
        id,
        method: method.to_owned(),
        path: template.to_owned(),
        pointer: at.to_owned(),
        params,
        body,
        response,
        paging,
        window,
        batch,
        log_kind,
        export,
        instances,
        detail_nodes,
        policy,
    })
}

/// The record schema of a response in any of its shapes: an array of it, an object whose one
/// array property holds it, or a `oneOf` of those (all of the same record).
pub fn shape_record(root: &Value, schema: &str) -> Option<String> {
    let node = root.pointer(&format!("/components/schemas/{schema}"))?;
    if let Some(items) = node.get("items") {
        return ref_name(items);
    }
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        let arrays: Vec<&Value> = props
            .values()
            .map(|p| resolve(root, p))
            .filter(|p| p.get("type").and_then(Value::as_str) == Some("array"))
            .collect();
        return match arrays.as_slice() {
            [one] => one.get("items").and_then(ref_name),
            _ => None,
        };
    }
    let variants = node.get("oneOf").and_then(Value::as_array)?;
    let records: Vec<String> = variants
        .iter()
        .map(|v| ref_name(v).and_then(|name| shape_record(root, &name)))
        .collect::<Option<_>>()?;
    let first = records.first()?.clone();
    records.iter().all(|r| *r == first).then_some(first)
}
