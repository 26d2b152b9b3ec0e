//! `cargo xtask codegen [--check]`: turn `specs/<service>.yaml` into the crate
//! `crates/<service>`: `src/generated.rs`, progenitor's client, and `src/generated_service.rs`,
//! what the spec's extensions say the service is (its metadata, streams for paged lists,
//! batched calls, normalized log views, its `LogApi` and a compiled example of every
//! operation; see [`service`] and [`spec`]). A spec without a crate also gets the crate's
//! hand-written skeleton, once. The archiver's `crates/logs/src/generated_services.rs` is its
//! `ServiceKind`, one variant per spec with log kinds ([`log_services`]).
//!
//! # Settings, and why
//!
//! - **Builder interface** (`InterfaceStyle::Builder`): every operation gets a builder whose
//!   setters take `TryInto<T>`, so a value that breaks a schema constraint (a pattern, a bound)
//!   is rejected when `send()` is called, before anything goes on the wire. Positional methods
//!   would force callers to build every newtype by hand.
//! - **Merged tags** (`TagStyle::Merged`): each spec is one small service, so one `Client` with
//!   all its operations is simpler than one client trait per tag.
//! - **Hooks expected** (`HooksMode::Expected`) with the inner type
//!   `huaweicloud_core::Runtime`: the generated code does not compile unless the crate
//!   implements `ClientHooks<Runtime>` for its `Client`, and that implementation (one line of
//!   `generated_service.rs`, `huaweicloud_core::service_client!(Client, &META)`) sends every
//!   request, present and future, through the core runtime. No operation can bypass it.
//! - **Bounded replacements**: typify does not enforce `maximum` or `minItems`/`maxItems`, so
//!   every named component schema that is an integer with both bounds, or an array of strings
//!   with item bounds, is replaced by `huaweicloud_core::bounded::BoundedInt<MIN, MAX>` or
//!   `BoundedVec<MIN, MAX>` (`BoundedVec<MIN, MAX, ITEM_MIN_LEN>` when the items have a
//!   `minLength`, so an empty id is refused before sending). The bounds come from the spec, so
//!   raising `maxItems` changes the generated code (and the API snapshot).
//! - **Secrets redacted**: a named string schema marked `x-secret: true` becomes
//!   `huaweicloud_core::Secret`, so the `Debug` of a type holding a secret key or a token shows
//!   `***`.
//! - **Token header stripped**: a header parameter named by an `apiKey` security scheme
//!   (`X-Auth-Token`) stays in the spec for documentation, but is not generated as a per-call
//!   argument: the credentials in the runtime set it on every request, and a token kept in a
//!   builder would show up in its `Debug` output.
//!
//! - **Setter errors kept**: progenitor's builder setters drop the conversion error and keep
//!   only "conversion to `T` for limit failed". The generated setters are rewritten to keep
//!   it, naming the field: `limit: 500 is out of range: must be between 1 and 100`. Each such
//!   setter gains the bound `<V as TryInto<T>>::Error: Display`, which every conversion the
//!   crates offer meets.
//!
//! - **`JsonSchema` behind a feature** (`with_derive("::schemars::JsonSchema")`, then
//!   `json_schema.rs`): typify writes the derive (and its own impls where a derive would be
//!   wrong), and the codegen makes each conditional on the crate's `schemars` feature, so a
//!   default build does not compile schemars. A string newtype with a pattern or length bounds
//!   gets an impl stating what its `FromStr` checks (typify's derive would say `String`); the
//!   core's bounded and secret types state their own bounds. `generated_service.rs` gains
//!   `component_schemas()` (see [`service::schemas`]), which `tests/generated_schemas.rs`
//!   compares with each spec component, so a constraint typify drops fails a test naming the
//!   type and the field.
//!
//! Output is formatted with prettyplease, so the same spec always gives the same bytes, with
//! no dependency on rustfmt being installed.

use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use openapiv3::{OpenAPI, Parameter, ReferenceOr, Schema, SchemaKind, SecurityScheme, Type};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};

mod json_schema;
pub mod log_services;
mod rewrite;
pub mod service;
mod skeleton;
pub mod spec;

/// Where the bounded replacement types live.
const BOUNDED_MOD: &str = "::huaweicloud_core::bounded";

/// The command that regenerates the files, quoted in every message that asks for it.
pub const FIX_COMMAND: &str = "cargo xtask codegen";

/// One spec and the crate generated from it.
#[derive(Debug, Clone)]
pub struct Service {
    /// File stem of the spec, also the crate folder: `dds`.
    pub name: String,
    /// `specs/<name>.yaml`, relative to the workspace root.
    pub spec: PathBuf,
    /// `crates/<name>/src/generated.rs`, relative to the workspace root: progenitor's client.
    pub output: PathBuf,
    /// `crates/<name>/src/generated_service.rs`: what the spec's extensions say.
    pub service_output: PathBuf,
}

impl Service {
    /// `crates/<name>`, relative to the workspace root.
    pub fn crate_dir(&self) -> PathBuf {
        PathBuf::from("crates").join(&self.name)
    }
}

/// What went wrong, one line each.
#[derive(Debug)]
pub enum CodegenError {
    /// The spec could not be read or parsed; `location` is `file:line:column` where known.
    Spec {
        /// `specs/x.yaml` or `specs/x.yaml:LINE:COL`.
        location: String,
        /// What the parser said.
        message: String,
    },
    /// progenitor refused the spec, or panicked on it.
    Generator {
        /// `specs/x.yaml`.
        spec: String,
        /// What progenitor said.
        message: String,
    },
    /// Reading or writing a file failed.
    Io {
        /// The path involved.
        path: String,
        /// The I/O error.
        error: std::io::Error,
    },
    /// A manifest lacks what the generated code needs (a dependency); codegen does not edit
    /// manifests.
    Manifest {
        /// `crates/logs/Cargo.toml`.
        path: String,
        /// What to add, and where.
        message: String,
    },
    /// `--check` found generated files that differ from the specs.
    Stale {
        /// The stale files with a short diff of each.
        files: Vec<(String, String)>,
    },
}

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodegenError::Spec { location, message } => {
                write!(f, "{location}: invalid spec: {}", one_line(message))
            }
            CodegenError::Generator { spec, message } => {
                write!(
                    f,
                    "{spec}: progenitor could not generate a client: {}",
                    one_line(message)
                )
            }
            CodegenError::Io { path, error } => write!(f, "{path}: {error}"),
            CodegenError::Manifest { path, message } => write!(f, "{path}: {message}"),
            CodegenError::Stale { files } => {
                for (path, diff) in files {
                    writeln!(f, "{path} is out of date with its spec:")?;
                    writeln!(f, "{diff}")?;
                }
                write!(
                    f,
                    "run `{FIX_COMMAND}` to regenerate, then review the snapshot diff with `cargo insta review`"
                )
            }
        }
    }
}

impl std::error::Error for CodegenError {}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The services of a workspace: one per `specs/*.yaml`, sorted by name.
pub fn services(root: &Path) -> Result<Vec<Service>, CodegenError> {
    let dir = root.join("specs");
    let entries = std::fs::read_dir(&dir).map_err(|error| CodegenError::Io {
        path: dir.display().to_string(),
        error,
    })?;
    let mut services = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|error| CodegenError::Io {
                path: dir.display().to_string(),
                error,
            })?
            .path();
        if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
            continue;
        }
        let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        services.push(Service {
            name: name.to_owned(),
            spec: PathBuf::from("specs").join(format!("{name}.yaml")),
            output: PathBuf::from("crates")
                .join(name)
                .join("src")
                .join("generated.rs"),
            service_output: PathBuf::from("crates")
                .join(name)
                .join("src")
                .join("generated_service.rs"),
        });
    }
    services.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(services)
}

/// Parse a spec, with a `file:line:column` location on failure.
pub fn load_spec(root: &Path, service: &Service) -> Result<OpenAPI, CodegenError> {
    let display = service.spec.display().to_string();
    let text =
        std::fs::read_to_string(root.join(&service.spec)).map_err(|error| CodegenError::Io {
            path: display.clone(),
            error,
        })?;
    serde_yaml::from_str::<OpenAPI>(&text).map_err(|e| {
        let location = match e.location() {
            Some(l) => format!("{display}:{}:{}", l.line(), l.column()),
            None => display.clone(),
        };
        // The location is in front already; drop serde_yaml's trailing copy of it.
        let message = e.to_string();
        let message = match message.rfind(" at line ") {
            Some(i) if e.location().is_some() => message[..i].to_owned(),
            _ => message,
        };
        CodegenError::Spec { location, message }
    })
}

/// The generated sources of one service, deterministic and formatted, each with its header.
#[derive(Debug, PartialEq, Eq)]
pub struct Generated {
    /// `generated.rs`: progenitor's client.
    pub client: String,
    /// `generated_service.rs`: metadata, streams, batches and views from the extensions.
    pub service: String,
    /// Whether its operations take a project id (so its crate needs IAM to find one).
    pub project_scoped: bool,
    /// An example of every operation, as `generated_service.rs` has them as doctests.
    pub examples: Vec<service::examples::Example>,
}

/// Generate both files of one service.
pub fn generate(root: &Path, service: &Service) -> Result<Generated, CodegenError> {
    let mut spec = load_spec(root, service)?;
    let spec_name = service.spec.display().to_string().replace('\\', "/");
    strip_token_headers(&mut spec);

    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote::quote!(::huaweicloud_core::Runtime))
        .with_derive("::schemars::JsonSchema");
    let replacements = bounded_replacements(&spec).map_err(|message| CodegenError::Spec {
        location: spec_name.clone(),
        message,
    })?;
    for replacement in &replacements {
        settings.with_replacement(
            &replacement.name,
            &replacement.rust_type,
            [TypeImpl::Display].into_iter(),
        );
    }
    let secrets = secret_replacements(&spec);
    for replacement in &secrets {
        // No `Display`: it prints `***`, so it must never be formatted into a request.
        settings.with_replacement(&replacement.name, &replacement.rust_type, [].into_iter());
    }
    let replacements: Vec<Replacement> = replacements.into_iter().chain(secrets).collect();

    let tokens = catch_panic(|| Generator::new(&settings).generate_tokens(&spec))
        .map_err(|message| CodegenError::Generator {
            spec: spec_name.clone(),
            message,
        })?
        .map_err(|e| CodegenError::Generator {
            spec: spec_name.clone(),
            message: e.to_string(),
        })?;
    let mut file: syn::File = syn::parse2(tokens).map_err(|e| CodegenError::Generator {
        spec: spec_name.clone(),
        message: format!("generated tokens do not parse: {e}"),
    })?;
    add_type_aliases(&mut file, &replacements).map_err(|message| CodegenError::Generator {
        spec: spec_name.clone(),
        message,
    })?;
    rewrite::all(&mut file).map_err(|message| CodegenError::Generator {
        spec: spec_name.clone(),
        message,
    })?;
    json_schema::gate(&mut file).map_err(|message| CodegenError::Generator {
        spec: spec_name.clone(),
        message,
    })?;
    let extensions = load_extensions(root, service)?;
    let components: Vec<String> = spec
        .components
        .as_ref()
        .map(|c| c.schemas.keys().cloned().collect())
        .unwrap_or_default();
    let (service_tokens, examples, schemas) = service::Types::of(&file)
        .and_then(|types| {
            let tokens = service::generate(&extensions, &types)?;
            let examples = service::examples::examples(&extensions, &types)?;
            let schemas = service::schemas::component_schemas(&components, &types);
            Ok((tokens, examples, schemas))
        })
        .map_err(|message| CodegenError::Generator {
            spec: spec_name.clone(),
            message,
        })?;
    let service_tokens = quote::quote!(#service_tokens #schemas);
    let service_file: syn::File =
        syn::parse2(service_tokens).map_err(|e| CodegenError::Generator {
            spec: spec_name.clone(),
            message: format!("generated service tokens do not parse: {e}"),
        })?;
    Ok(Generated {
        client: with_header(&spec_name, &prettyplease::unparse(&file)),
        service: with_header(&spec_name, &prettyplease::unparse(&service_file)),
        project_scoped: service::project_scoped(&extensions),
        examples,
    })
}

fn with_header(spec: &str, body: &str) -> String {
    format!(
        "// Generated from {spec} by `{FIX_COMMAND}`; do not modify.\n\
         // Change the spec and regenerate instead.\n\n{body}"
    )
}

/// The spec's extensions (`x-service`, `x-paging`, ...), which every spec must have.
pub fn load_extensions(root: &Path, service: &Service) -> Result<spec::ServiceSpec, CodegenError> {
    let display = service.spec.display().to_string().replace('\\', "/");
    let text =
        std::fs::read_to_string(root.join(&service.spec)).map_err(|error| CodegenError::Io {
            path: display.clone(),
            error,
        })?;
    let value: serde_json::Value = serde_yaml::from_str(&text).map_err(|e| CodegenError::Spec {
        location: display.clone(),
        message: e.to_string(),
    })?;
    match spec::read(&value) {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(CodegenError::Spec {
            location: display,
            message: "no `x-service`: every spec names its service, its environment \
                      variables and its regions (see README, \"Adding a service\")"
                .to_owned(),
        }),
        Err(message) => Err(CodegenError::Spec {
            location: display,
            message,
        }),
    }
}

/// What a run did, for the summary line.
#[derive(Debug)]
pub struct Report {
    /// Files written (or, with `--check`, found current).
    pub files: Vec<String>,
    /// Files whose content changed (empty in check mode).
    pub changed: Vec<String>,
}

/// Regenerate every service, or with `check` compare without writing.
///
/// A spec without a crate gets one: the generated files and a hand-written skeleton
/// (`Cargo.toml`, `README.md`, `src/lib.rs`) that codegen never touches again. A workspace with
/// the archiver (`crates/logs`) also gets its `ServiceKind` ([`log_services`]), once every
/// service crate with log kinds is a dependency of it.
pub fn run(root: &Path, check: bool) -> Result<Report, CodegenError> {
    let mut out = Outputs {
        root,
        check,
        report: Report {
            files: Vec::new(),
            changed: Vec::new(),
        },
        stale: Vec::new(),
    };
    // Every spec first: one that fails leaves every crate as it was.
    let all = services(root)?
        .into_iter()
        .map(|service| generate(root, &service).map(|generated| (service, generated)))
        .collect::<Result<Vec<_>, _>>()?;
    let archiver = if log_services::wanted(root) {
        let specs = all
            .iter()
            .map(|(service, _)| load_extensions(root, service).map(|s| (service.clone(), s)))
            .collect::<Result<Vec<_>, _>>()?;
        let text = log_services::generate(&log_services::log_services(&specs))?;
        Some((specs, text))
    } else {
        None
    };
    for (service, generated) in all {
        out.file(&service.output, &generated.client, true)?;
        out.file(&service.service_output, &generated.service, true)?;
        for (path, text) in skeleton::files(&service, generated.project_scoped) {
            out.file(&path, &text, false)?;
        }
    }
    // After the service crates: a dependency line names a crate, which must be there.
    if let Some((specs, text)) = archiver {
        log_services::check_dependencies(root, &log_services::log_services(&specs))?;
        out.file(&log_services::output(), &text, true)?;
    }
    if out.stale.is_empty() {
        Ok(out.report)
    } else {
        Err(CodegenError::Stale { files: out.stale })
    }
}

/// What a run writes (or checks), and what it found.
struct Outputs<'a> {
    root: &'a Path,
    check: bool,
    report: Report,
    /// Files that differ, with their diffs (check mode).
    stale: Vec<(String, String)>,
}

impl Outputs<'_> {
    /// Write `fresh` to `path` (relative to the root) where it differs; in check mode, record
    /// it as stale instead. A file not `owned` (the skeleton) is written once; after that it is
    /// the crate's own.
    fn file(&mut self, path: &Path, fresh: &str, owned: bool) -> Result<(), CodegenError> {
        let out = self.root.join(path);
        let display = path.display().to_string().replace('\\', "/");
        let current = match std::fs::read_to_string(&out) {
            Ok(s) => Some(s),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(error) => {
                return Err(CodegenError::Io {
                    path: display,
                    error,
                });
            }
        };
        let differs = if owned {
            current.as_deref() != Some(fresh)
        } else {
            current.is_none()
        };
        if differs {
            if self.check {
                self.stale.push((
                    display.clone(),
                    short_diff(current.as_deref().unwrap_or(""), fresh),
                ));
            } else {
                write_file(&out, fresh).map_err(|error| CodegenError::Io {
                    path: display.clone(),
                    error,
                })?;
                self.report.changed.push(display.clone());
            }
        }
        if owned {
            self.report.files.push(display);
        }
        Ok(())
    }
}

/// Write `text` to `path`, creating its folders; through a temporary file and a rename, so an
/// interrupted run leaves the old file or the new one.
fn write_file(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

/// A unified diff of at most 40 lines, so a stale file is explained without flooding the terminal.
fn short_diff(old: &str, new: &str) -> String {
    const MAX_LINES: usize = 40;
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff
        .unified_diff()
        .context_radius(2)
        .header("checked in", "from spec")
        .to_string();
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= MAX_LINES {
        text.trim_end().to_owned()
    } else {
        format!(
            "{}\n... ({} more diff lines)",
            lines[..MAX_LINES].join("\n"),
            lines.len() - MAX_LINES
        )
    }
}

/// Remove header parameters that carry a credential named by an `apiKey` security scheme.
fn strip_token_headers(spec: &mut OpenAPI) {
    let Some(components) = spec.components.as_ref() else {
        return;
    };
    let credential_headers: Vec<String> = components
        .security_schemes
        .values()
        .filter_map(|s| match s {
            ReferenceOr::Item(SecurityScheme::APIKey {
                location: openapiv3::APIKeyLocation::Header,
                name,
                ..
            }) => Some(name.to_ascii_lowercase()),
            _ => None,
        })
        .collect();
    if credential_headers.is_empty() {
        return;
    }
    let parameters = components.parameters.clone();
    let is_credential = |p: &ReferenceOr<Parameter>| -> bool {
        let param = match p {
            ReferenceOr::Item(p) => Some(p),
            ReferenceOr::Reference { reference } => reference
                .strip_prefix("#/components/parameters/")
                .and_then(|name| parameters.get(name))
                .and_then(|p| p.as_item()),
        };
        matches!(param, Some(Parameter::Header { parameter_data, .. })
            if credential_headers.contains(&parameter_data.name.to_ascii_lowercase()))
    };
    for (_, item) in spec.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        item.parameters.retain(|p| !is_credential(p));
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.options,
            &mut item.head,
            &mut item.patch,
            &mut item.trace,
        ];
        for op in operations.into_iter().flatten() {
            op.parameters.retain(|p| !is_credential(p));
        }
    }
}

/// A named schema replaced by a bounded core type.
struct Replacement {
    /// Schema (and type alias) name, `Limit`.
    name: String,
    /// The Rust type, `::huaweicloud_core::bounded::BoundedInt<1, 100>`.
    rust_type: String,
    /// The schema's description, for the alias's doc comment.
    description: String,
}

/// The items of progenitor's `types` module, for the passes that rewrite them.
fn types_module_mut(file: &mut syn::File) -> Result<&mut Vec<syn::Item>, String> {
    file.items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut().map(|(_, items)| items),
            _ => None,
        })
        .ok_or_else(|| "progenitor's output has no `types` module".to_owned())
}

/// Keep the schema's name in `types`: typify drops a replaced type, so add
/// `pub type Limit = BoundedInt<1, 100>;` beside the other types.
fn add_type_aliases(file: &mut syn::File, replacements: &[Replacement]) -> Result<(), String> {
    let types = types_module_mut(file)?;
    for r in replacements {
        let ident = syn::Ident::new(&r.name, proc_macro2::Span::call_site());
        let ty: syn::Type =
            syn::parse_str(&r.rust_type).map_err(|e| format!("type {}: {e}", r.rust_type))?;
        let doc = r.description.trim();
        let alias: syn::Item = syn::parse_quote! {
            #[doc = #doc]
            pub type #ident = #ty;
        };
        // Keep the module sorted by name, as typify emits it.
        let at = types
            .iter()
            .position(|item| item_name(item).is_some_and(|n| n > r.name))
            .unwrap_or(types.len());
        types.insert(at, alias);
    }
    Ok(())
}

fn item_name(item: &syn::Item) -> Option<String> {
    match item {
        syn::Item::Struct(s) => Some(s.ident.to_string()),
        syn::Item::Enum(e) => Some(e.ident.to_string()),
        syn::Item::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

/// Named string schemas marked `x-secret: true` (a secret key, a security token): replaced by
/// `huaweicloud_core::Secret`, whose `Debug` prints `***`, so a generated type that holds one
/// never shows it.
fn secret_replacements(spec: &OpenAPI) -> Vec<Replacement> {
    let Some(components) = spec.components.as_ref() else {
        return Vec::new();
    };
    components
        .schemas
        .iter()
        .filter_map(|(name, schema)| {
            let ReferenceOr::Item(schema) = schema else {
                return None;
            };
            let secret = schema.schema_data.extensions.get("x-secret")
                == Some(&serde_json::Value::Bool(true));
            secret.then(|| Replacement {
                name: name.clone(),
                rust_type: "::huaweicloud_core::Secret".to_owned(),
                description: schema.schema_data.description.clone().unwrap_or_default(),
            })
        })
        .collect()
}

/// Named schemas whose bounds typify would drop, with the core type that enforces them.
fn bounded_replacements(spec: &OpenAPI) -> Result<Vec<Replacement>, String> {
    let Some(components) = spec.components.as_ref() else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for (name, schema) in &components.schemas {
        let ReferenceOr::Item(Schema {
            schema_kind: SchemaKind::Type(ty),
            schema_data,
        }) = schema
        else {
            continue;
        };
        let description = schema_data.description.clone().unwrap_or_default();
        match ty {
            Type::Integer(int) => {
                if let (Some(min), Some(max)) = (int.minimum, int.maximum) {
                    let (min, max) = (
                        if int.exclusive_minimum { min + 1 } else { min },
                        if int.exclusive_maximum { max - 1 } else { max },
                    );
                    if min > max {
                        return Err(format!(
                            "schema {name}: minimum {min} is above maximum {max}"
                        ));
                    }
                    out.push(Replacement {
                        name: name.clone(),
                        rust_type: format!("{BOUNDED_MOD}::BoundedInt<{min}, {max}>"),
                        description,
                    });
                }
            }
            Type::Array(array) if array.min_items.is_some() || array.max_items.is_some() => {
                let Some(SchemaKind::Type(Type::String(item))) = array
                    .items
                    .as_ref()
                    .and_then(|i| i.as_item())
                    .map(|schema| &schema.schema_kind)
                else {
                    return Err(format!(
                        "schema {name}: bounded arrays are supported for string items only"
                    ));
                };
                if item.max_length.is_some() || item.pattern.is_some() {
                    return Err(format!(
                        "schema {name}: the items of a bounded array may have a minLength, \
                         not a maxLength or pattern"
                    ));
                }
                let item_min = item.min_length.unwrap_or(0);
                let min = array.min_items.unwrap_or(0);
                let max = array.max_items.unwrap_or(usize::MAX);
                if min > max {
                    return Err(format!(
                        "schema {name}: minItems {min} is above maxItems {max}"
                    ));
                }
                out.push(Replacement {
                    name: name.clone(),
                    rust_type: if item_min == 0 {
                        format!("{BOUNDED_MOD}::BoundedVec<{min}, {max}>")
                    } else {
                        format!("{BOUNDED_MOD}::BoundedVec<{min}, {max}, {item_min}>")
                    },
                    description,
                });
            }
            _ => {}
        }
    }
    Ok(out)
}

/// Run `f`, turning a panic into its message instead of a backtrace on stderr.
fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let message = Arc::new(Mutex::new(None::<String>));
    let sink = Arc::clone(&message);
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        let text = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic with a non-text payload".to_owned());
        let at = info
            .location()
            .map(|l| format!(" (at {}:{})", l.file(), l.line()))
            .unwrap_or_default();
        if let Ok(mut slot) = sink.lock() {
            *slot = Some(format!("{text}{at}"));
        }
    }));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    panic::set_hook(previous);
    result.map_err(|_| {
        message
            .lock()
            .ok()
            .and_then(|mut m| m.take())
            .unwrap_or_else(|| "progenitor panicked".to_owned())
    })
}
