//! `component_schemas()`, behind the crate's `schemars` feature: the JSON schema of the type
//! generated for each component schema of the spec, by the component's name, so that a test
//! can compare each with its spec component (`tests/generated_schemas.rs`) and a user can
//! publish them.

use proc_macro2::TokenStream;
use quote::quote;

use super::Types;

/// The function listing every component of the spec that has a generated type (a struct, an
/// enum or a type alias in `types`), sorted by name. A component without one is left out; the
/// test finds it missing.
pub fn component_schemas(components: &[String], types: &Types<'_>) -> TokenStream {
    let mut components: Vec<&String> = components.iter().collect();
    components.sort();
    let entries = components.into_iter().filter_map(|name| {
        // typify's name for a schema: PascalCase of its key.
        let ty = heck::ToPascalCase::to_pascal_case(name.as_str());
        types.item(&ty).is_some().then(|| {
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
