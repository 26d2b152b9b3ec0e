//! `component_schemas()`, behind the crate's `schemars` feature: the JSON schema of the type
//! generated for each component schema of the spec, by the component's name, so that a test
//! can compare each with its spec component (`tests/generated_schemas.rs`) and a user can
//! publish them.

use proc_macro2::TokenStream;
use quote::quote;

/// The function listing every component of the spec that has a generated type (a struct, an
/// enum or a type alias in `types`), sorted by name. A component without one is left out; the
/// test finds it missing.
pub fn component_schemas(components: &[String], file: &syn::File) -> TokenStream {
    let types: Vec<String> = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref(),
            _ => None,
        })
        .map(|(_, items)| {
            items
                .iter()
                .filter_map(|item| match item {
                    syn::Item::Struct(s) => Some(s.ident.to_string()),
                    syn::Item::Enum(e) => Some(e.ident.to_string()),
                    syn::Item::Type(t) => Some(t.ident.to_string()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let mut components: Vec<&String> = components.iter().collect();
    components.sort();
    let entries = components.into_iter().filter_map(|name| {
        // typify's name for a schema: PascalCase of its key.
        let ty = heck::ToPascalCase::to_pascal_case(name.as_str());
        types.contains(&ty).then(|| {
            let ty = super::ty(&ty);
            quote!((#name, schema::<types::#ty>(settings)))
        })
    });
    quote! {
        /// The JSON schema of the type generated for each component schema of the spec, by
        /// the component's name: what the generated code accepts, to compare with the spec
        /// or to publish. Only with the `schemars` feature.
        #[cfg(feature = "schemars")]
        pub fn component_schemas(
            settings: &::schemars::r#gen::SchemaSettings,
        ) -> ::std::vec::Vec<(&'static str, ::schemars::schema::RootSchema)> {
            fn schema<T: ::schemars::JsonSchema>(
                settings: &::schemars::r#gen::SchemaSettings,
            ) -> ::schemars::schema::RootSchema {
                settings.clone().into_generator().into_root_schema_for::<T>()
            }
            ::std::vec::Vec::from([#(#entries),*])
        }
    }
}
