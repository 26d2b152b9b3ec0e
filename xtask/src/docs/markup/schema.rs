//! The HTML of a schema: its type in words, its constraints as chips, its properties, items and
//! variants.

use maud::{Markup, html};

use super::{anchor, inline, prose, required};
use crate::docs::site::schema::{Additional, Chips, SchemaDetail, TypeCell, TypePart, TypeView};

/// The parts of a schema beyond its name: constraints, properties, items and variants.
pub(super) fn schema_detail(d: &SchemaDetail) -> Markup {
    html! {
        @if !d.constraints.is_empty() { p.constraints { (chips(&d.constraints)) } }
        @if let Some(properties) = &d.properties {
            table.props {
                thead { tr { th { "Property" } th { "Type" } th { "Constraints" } th { "Description" } } }
                tbody {
                    @for p in properties {
                        tr data-entry=(p.name) {
                            td { code.name { (p.name) } br; (required(p.required)) }
                            td { (type_cell(&p.ty)) }
                            td { (chips(&p.constraints)) }
                            td {
                                (prose(&p.description))
                                @if let Some(nested) = &p.nested { (schema_detail(nested)) }
                            }
                        }
                    }
                }
            }
        }
        @match &d.additional {
            Some(Additional::Forbidden) => p { "No other properties are allowed." },
            Some(Additional::Schema(ty, constraints)) => {
                p { "Other properties: " (type_cell(ty)) " " (chips(constraints)) }
            }
            None => {}
        }
        @if let Some(items) = &d.items {
            p.label { "Items" }
            p { (type_cell(&items.ty)) " " (chips(&items.constraints)) }
            @if let Some(nested) = &items.nested { (schema_detail(nested)) }
        }
        @for v in &d.variants {
            p.label { (v.label) " (" code { (v.keyword) } ")" }
            ol.variants {
                @for variant in &v.variants {
                    li {
                        (type_cell(&variant.ty)) " " (chips(&variant.constraints))
                        @if let Some(description) = &variant.description {
                            " — " (inline(description))
                        }
                    }
                }
            }
        }
    }
}

/// A type for a table cell: a link to a named schema (with what it is, when that is short),
/// else the inline type.
pub(super) fn type_cell(cell: &TypeCell) -> Markup {
    html! {
        @match cell {
            TypeCell::Named { name, shape } => {
                a href=(format!("#schema-{}", anchor(name))) { (name) }
                @if let Some(shape) = shape { br; span.type { (type_view(shape)) } }
            }
            TypeCell::Inline(ty) => span.type { (type_view(ty)) },
        }
    }
}

/// A type in words, named schemas as links.
pub(super) fn type_view(ty: &TypeView) -> Markup {
    html! {
        @match ty {
            TypeView::Named(name) => a href=(format!("#schema-{}", anchor(name))) { (name) },
            TypeView::Reference(reference) => (reference),
            TypeView::Inline { parts, nullable } => {
                @for (i, part) in parts.iter().enumerate() {
                    @if i > 0 { ", " }
                    @match part {
                        TypePart::Array(item) => { "array of " (type_view(item)) }
                        TypePart::Scalar { ty, format } => {
                            (ty)
                            @if let Some(format) = format { " " span.fmt { "(" (format) ")" } }
                        }
                        TypePart::Variants { word, variants } => {
                            (word) " "
                            @for (j, variant) in variants.iter().enumerate() {
                                @if j > 0 { " | " }
                                (type_view(variant))
                            }
                        }
                        TypePart::Any => "any",
                    }
                }
                @if *nullable { " | null" }
            }
        }
    }
}

/// Constraints as chips, one space apart.
pub(super) fn chips(chips: &Chips) -> Markup {
    html! {
        @for (i, chip) in chips.iter().enumerate() {
            @if i > 0 { " " }
            span.c { (inline(chip)) }
        }
    }
}
