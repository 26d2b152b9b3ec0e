//! The HTML of an operation: parameters, request body, responses, media types, examples.

use maud::{Markup, html};

use super::schema::{chips, schema_detail, type_cell, type_view};
use super::{anchor, inline, method_badge, prose, required, status_class};
use crate::docs::site::operation::{Example, Media, Operation, ResponseBody, ResponseKind, Usage};

pub(super) fn operation(op: &Operation) -> Markup {
    html! {
        section.op id=(format!("op-{}", anchor(&op.id))) data-entry=(op.id) {
            div.op-head { (method_badge(op.method)) " " code.path { (op.path) } }
            h3 { (inline(&op.summary)) }
            p.meta {
                "operationId " code.opid { (op.id) } " "
                @for (i, tag) in op.tags.iter().enumerate() {
                    @if i > 0 { " " }
                    span.chip { (tag) }
                }
                @if op.deprecated { " " span.chip.warn { "deprecated" } }
            }
            @if let Some(description) = &op.description { (prose(description)) }
            @if !op.parameters.is_empty() {
                h4 { "Parameters" }
                table.params {
                    thead {
                        tr { th { "Name" } th { "In" } th { "Type" } th { "Constraints" } th { "Description" } }
                    }
                    tbody {
                        @for p in &op.parameters {
                            tr data-entry=(p.name) {
                                td { code.name { (p.name) } br; (required(p.required)) }
                                td { (p.location) }
                                td { @if let Some(ty) = &p.ty { (type_cell(ty)) } }
                                td { (chips(&p.constraints)) }
                                td {
                                    (prose(&p.description))
                                    @for (name, value) in &p.examples {
                                        p.example-inline {
                                            "Example"
                                            @if let Some(name) = name { " " (name) }
                                            ": " code { (value) }
                                        }
                                    }
                                    @if p.deprecated { p { span.chip.warn { "deprecated" } } }
                                }
                            }
                        }
                    }
                }
            }
            @if let Some(body) = &op.request_body {
                h4 { "Request body " (required(body.required)) }
                @if let Some(description) = &body.description { (prose(description)) }
                @for media in &body.content { (media_type(media)) }
            }
            @if let Some(usage) = &op.usage { (usage_box(usage)) }
            @if !op.responses.is_empty() {
                h4 { "Responses" }
                @for response in &op.responses {
                    div.response {
                        p.response-head {
                            span class=(format!("status {}", status_class(&response.status))) {
                                (response.status)
                            }
                            " "
                            @match &response.body {
                                ResponseKind::Shared { description, name, bodies } => {
                                    (inline(description))
                                    " — shared response "
                                    a href=(format!("#response-{}", anchor(name))) { (name) }
                                    @if !bodies.is_empty() { ": " }
                                    @for (i, (media, ty)) in bodies.iter().enumerate() {
                                        @if i > 0 { ", " }
                                        code { (media) }
                                        @if let Some(ty) = ty { " → " (type_view(ty)) }
                                    }
                                }
                                ResponseKind::Own { description, .. } => { (inline(description)) }
                            }
                        }
                        @if let ResponseKind::Own { body, .. } = &response.body {
                            (response_body(body))
                        }
                    }
                }
            }
        }
    }
}

/// How to make the call: the Rust program (compiled as a doctest of the service crate) and
/// the `hwlogs` command.
fn usage_box(usage: &Usage) -> Markup {
    html! {
        h4 { "Usage" }
        div.usage {
            figure {
                figcaption { "Rust (compiled as a doctest of the crate)" }
                pre { code.rust { (usage.rust) } }
            }
            figure {
                figcaption { "Command line" }
                pre { code.shell { (usage.hwlogs) } }
            }
        }
    }
}

pub(super) fn response_body(body: &ResponseBody) -> Markup {
    html! {
        @if let Some(description) = &body.description { (prose(description)) }
        @for media in &body.content { (media_type(media)) }
        @if !body.headers.is_empty() {
            p.label { "Headers" }
            ul {
                @for header in &body.headers {
                    li {
                        code { (header.name) } " "
                        @if let Some(ty) = &header.ty { (type_cell(ty)) }
                        " " (inline(&header.description))
                    }
                }
            }
        }
    }
}

fn media_type(media: &Media) -> Markup {
    html! {
        p.media {
            code { (media.media_type) }
            @if let Some(ty) = &media.ty { " → " (type_cell(ty)) }
        }
        @if let Some(detail) = &media.detail { (schema_detail(detail)) }
        @if !media.examples.is_empty() {
            div.examples { @for example in &media.examples { (example_box(example)) } }
        }
    }
}

fn example_box(example: &Example) -> Markup {
    html! {
        div.example {
            p.example-head {
                span.example-name { (example.name) }
                @if let Some(summary) = &example.summary { " — " (inline(summary)) }
            }
            @if let Some(description) = &example.description { (prose(description)) }
            div.example-body {
                @if let Some(value) = &example.value {
                    figure { figcaption { "On the wire" } pre { (value) } }
                }
                @if let Some(normalized) = &example.normalized {
                    figure {
                        figcaption { "Normalized view (" code { "x-normalized" } ")" }
                        pre { (normalized) }
                    }
                }
            }
        }
    }
}
