//! `crates/logs/src/generated_services.rs`: the archiver's `ServiceKind`, one variant for each
//! spec with log kinds (`x-log` listings, `x-log-export`), in the order of the specs' names,
//! with `ALL`, `meta()` (the crate's `META`) and `connect()` (its `Client` as a `LogApi`). What
//! a kind does beyond that is generic and hand-written in `crates/logs/src/model.rs`, reading
//! the `META` (its default kind of log is `x-service.default-log-kind`).
//!
//! Written only in a workspace that has `crates/logs`. Its code names each service crate, so
//! each must be a dependency of `crates/logs/Cargo.toml`: codegen does not edit manifests, it
//! fails naming the line to add (after writing the service crates, which the manifest's new
//! line needs to exist).

use std::path::{Path, PathBuf};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::spec::ServiceSpec;
use super::{CodegenError, FIX_COMMAND, Service};

/// The archiver's crate, relative to the workspace root.
pub const LOGS_CRATE: &str = "crates/logs";

/// A service whose logs the archiver can archive: its spec and crate.
#[derive(Debug)]
pub struct LogService<'a> {
    /// The spec and its crate folder.
    pub service: &'a Service,
    /// What its spec says.
    pub spec: &'a ServiceSpec,
}

impl LogService<'_> {
    /// `huaweicloud-dds`: the package, as a dependency line names it.
    fn package(&self) -> String {
        format!("huaweicloud-{}", self.service.name)
    }

    /// `huaweicloud_dds`: the crate, as code names it.
    fn krate(&self) -> Ident {
        Ident::new(
            &format!("huaweicloud_{}", self.service.name.replace('-', "_")),
            Span::call_site(),
        )
    }

    /// `Dds`, `Taurusdb`: the variant, from `x-service.name`.
    fn variant(&self) -> Ident {
        Ident::new(
            &heck::ToUpperCamelCase::to_upper_camel_case(self.spec.name.as_str()),
            Span::call_site(),
        )
    }
}

/// `crates/logs/src/generated_services.rs`, relative to the workspace root.
pub fn output() -> PathBuf {
    PathBuf::from(LOGS_CRATE)
        .join("src")
        .join("generated_services.rs")
}

/// Whether the workspace has the archiver (the scratch workspaces of the tests may not).
pub fn wanted(root: &Path) -> bool {
    root.join(LOGS_CRATE).join("Cargo.toml").is_file()
}

/// The services with log kinds, of `all` (in its order, the specs' names).
pub fn log_services<'a>(all: &'a [(Service, ServiceSpec)]) -> Vec<LogService<'a>> {
    all.iter()
        .filter(|(_, spec)| spec.default_log_kind.is_some())
        .map(|(service, spec)| LogService { service, spec })
        .collect()
}

/// The file's text, with its header.
pub fn generate(services: &[LogService<'_>]) -> Result<String, CodegenError> {
    let variants: Vec<Ident> = services.iter().map(LogService::variant).collect();
    for (i, s) in services.iter().enumerate() {
        if let Some(j) = variants[..i].iter().position(|v| *v == variants[i]) {
            return Err(CodegenError::Spec {
                location: spec_name(s.service),
                message: format!(
                    "/x-service/name: \"{}\" becomes the ServiceKind variant `{}`, as \"{}\" of {} \
                     does",
                    s.spec.name,
                    variants[i],
                    services[j].spec.name,
                    spec_name(services[j].service)
                ),
            });
        }
    }
    let count = proc_macro2::Literal::usize_unsuffixed(services.len());
    let declared = services.iter().zip(&variants).map(|(s, variant)| {
        let doc = variant_doc(s);
        // `rename_all = "lowercase"` gives the name, unless it has a hyphen.
        let rename = (variant.to_string().to_lowercase() != s.spec.name).then(|| {
            let name = &s.spec.name;
            quote!(#[serde(rename = #name)])
        });
        quote! {
            #[doc = #doc]
            #rename
            #variant,
        }
    });
    let metas = services.iter().zip(&variants).map(|(s, variant)| {
        let krate = s.krate();
        quote!(Self::#variant => &::#krate::META,)
    });
    let clients = services.iter().zip(&variants).map(|(s, variant)| {
        let krate = s.krate();
        quote! {
            Self::#variant => ::std::sync::Arc::new(config.builder::<::#krate::Client>().build()?),
        }
    });
    let (meta_body, connect_body) = if services.is_empty() {
        (quote!(match self {}), quote!(match self {}))
    } else {
        (
            quote!(match self { #(#metas)* }),
            quote!(::std::result::Result::Ok(match self { #(#clients)* })),
        )
    };
    let tokens: TokenStream = quote! {
        /// A service whose logs can be archived.
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            ::serde::Serialize, ::serde::Deserialize
        )]
        #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
        #[serde(rename_all = "lowercase")]
        pub enum ServiceKind {
            #(#declared)*
        }

        impl ServiceKind {
            /// All services.
            pub const ALL: [ServiceKind; #count] = [#(Self::#variants),*];

            /// What its service crate says it is: name, endpoints, operations and their limits.
            /// The one place that maps a kind to a crate, with [`ServiceKind::connect`].
            pub fn meta(self) -> &'static ::huaweicloud_core::ServiceMeta {
                #meta_body
            }

            /// A client of the service, configured by `config`, seen through
            /// [`LogApi`](::huaweicloud_core::LogApi).
            pub fn connect(
                self,
                config: &crate::source::SourceConfig,
            ) -> ::std::result::Result<
                ::std::sync::Arc<dyn ::huaweicloud_core::LogApi>,
                ::huaweicloud_core::Error,
            > {
                #connect_body
            }
        }
    };
    let file: syn::File = syn::parse2(tokens).map_err(|e| CodegenError::Generator {
        spec: "specs/".to_owned(),
        message: format!("generated ServiceKind tokens do not parse: {e}"),
    })?;
    let specs: Vec<String> = services.iter().map(|s| spec_name(s.service)).collect();
    let from = match specs.as_slice() {
        [] => "no spec (none has log kinds)".to_owned(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    Ok(format!(
        "// Generated from {from} by `{FIX_COMMAND}`; do not modify.\n\
         // Change the specs and regenerate instead.\n\n{}",
        prettyplease::unparse(&file)
    ))
}

/// ` `dds`: Huawei Cloud DDS log APIs; archived by default: its `audit` logs.`: the service's
/// name and its spec's title (also the variant's description in the published JSON Schemas,
/// which users read: no path of ours in it).
fn variant_doc(s: &LogService<'_>) -> String {
    let title = s
        .spec
        .document
        .pointer("/info/title")
        .and_then(serde_json::Value::as_str)
        .unwrap_or(&s.spec.name);
    format!(
        " `{}`: {title}; archived by default: its `{}` logs.",
        s.spec.name,
        s.spec.default_log_kind.as_deref().unwrap_or_default()
    )
}

fn spec_name(service: &Service) -> String {
    service.spec.display().to_string().replace('\\', "/")
}

/// Each service crate is a dependency of `crates/logs/Cargo.toml`, or an error naming the
/// line to add there (and the one of the root `Cargo.toml`, when that is missing too).
pub fn check_dependencies(root: &Path, services: &[LogService<'_>]) -> Result<(), CodegenError> {
    let manifest = PathBuf::from(LOGS_CRATE).join("Cargo.toml");
    let display = manifest.display().to_string().replace('\\', "/");
    let text = read(root, &manifest)?;
    let have = dependencies(&text, "dependencies");
    let missing: Vec<&LogService<'_>> = services
        .iter()
        .filter(|s| !have.contains(&s.package()))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    // The root manifest only adds a hint; without one, the hint is given.
    let workspace = read(root, Path::new("Cargo.toml"))
        .map(|text| dependencies(&text, "workspace.dependencies"))
        .unwrap_or_default();
    let mut asks = Vec::new();
    for s in &missing {
        let package = s.package();
        let mut ask = format!(
            "{} has log kinds, so ServiceKind ({}) names its crate: add the line \
             `{package}.workspace = true` under [dependencies] of {display}",
            spec_name(s.service),
            output().display().to_string().replace('\\', "/"),
        );
        if !workspace.contains(&package) {
            ask.push_str(&format!(
                " (and `{package} = {{ path = \"{}\", version = \"0.1.0\" }}` under \
                 [workspace.dependencies] of Cargo.toml)",
                s.service
                    .crate_dir()
                    .display()
                    .to_string()
                    .replace('\\', "/")
            ));
        }
        asks.push(ask);
    }
    Err(CodegenError::Manifest {
        path: display,
        message: format!("{}; then run `{FIX_COMMAND}` again", asks.join("; ")),
    })
}

fn read(root: &Path, path: &Path) -> Result<String, CodegenError> {
    std::fs::read_to_string(root.join(path)).map_err(|error| CodegenError::Io {
        path: path.display().to_string().replace('\\', "/"),
        error,
    })
}

/// The names of the dependencies in the table `[table]` of a manifest: the keys of its lines
/// (`name = ...`, `name.workspace = true`), as written.
fn dependencies(manifest: &str, table: &str) -> Vec<String> {
    let mut inside = false;
    let mut names = Vec::new();
    for line in manifest.lines() {
        let line = line.trim();
        if let Some(header) = line.strip_prefix('[') {
            inside = header.trim_end_matches(']').trim() == table;
            continue;
        }
        if !inside || line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(key) = line.split(['=', '.']).next() {
            names.push(key.trim().trim_matches('"').to_owned());
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::dependencies;

    #[test]
    fn dependencies_are_the_keys_of_their_table() {
        let manifest = "[package]\nname = \"x\"\n\n[dependencies]\n# a comment\n\
                        huaweicloud-dds.workspace = true\nserde = { workspace = true }\n\
                        \"quoted\" = \"1\"\n\n[dev-dependencies]\ntempfile.workspace = true\n";
        assert_eq!(
            dependencies(manifest, "dependencies"),
            ["huaweicloud-dds", "serde", "quoted"]
        );
        assert_eq!(dependencies(manifest, "dev-dependencies"), ["tempfile"]);
        assert!(dependencies(manifest, "workspace.dependencies").is_empty());
    }
}
