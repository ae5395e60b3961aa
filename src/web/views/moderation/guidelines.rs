//! The moderation guidelines page, rendered from the policy files' Markdown. Raw
//! HTML in those files is shown as text, never interpreted.

use maud::{html, Markup, PreEscaped};

use crate::domain::Language;
use crate::policy::Policy;
use crate::web::context::PageContext;
use crate::web::views::layout::page;

/// Renders plain Markdown (headings, paragraphs, lists, emphasis) from the policy
/// files. Raw HTML in them is shown as text, never interpreted.
pub fn markdown(source: &str) -> Markup {
    use pulldown_cmark::{html as md_html, Event, Options, Parser};
    let parser = Parser::new_ext(source, Options::empty()).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut out = String::new();
    md_html::push_html(&mut out, parser);
    PreEscaped(out)
}

pub fn guidelines(ctx: &PageContext<'_>, policy: &Policy) -> Markup {
    page(
        ctx,
        &ctx.t("guidelines-title"),
        html! {
            @if ctx.lang != Language::En {
                p class="notice" lang=(ctx.lang.code()) { (ctx.t("guidelines-english-only")) }
            }
            div class="guidelines" lang="en" dir="ltr" { (markdown(&policy.guidelines)) }
        },
    )
}
