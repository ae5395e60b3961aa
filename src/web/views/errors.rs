//! Error pages: what went wrong, in the visitor's language, and the way back.
//! It never shows a stack trace or an error's inner detail: the caller gives
//! the translated message.

use maud::{html, Markup};

use crate::web::context::{Audience, PageContext};

use super::layout::page;

/// A translated error page: what happened and where to go next.
pub fn error_page(ctx: &PageContext<'_>, title_key: &str, message: &str) -> Markup {
    let home = match ctx.audience {
        Audience::Survivor => format!("/{}/", ctx.lang.code()),
        Audience::Staff => "/staff".to_owned(),
    };
    page(
        ctx,
        &ctx.t(title_key),
        html! {
            p class="lead" { (message) }
            p { a href=(home) { (ctx.t("error-back-home")) } }
        },
    )
}
