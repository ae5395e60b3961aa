use maud::{html, Markup};

use crate::web::context::PageContext;

use super::layout::page;

/// The landing page: what Voices is, and that nobody asks for a name.
pub fn landing(ctx: &PageContext<'_>) -> Markup {
    page(
        ctx,
        &ctx.t("landing-heading"),
        html! {
            p class="lead" { (ctx.t("landing-intro")) }
            p { (ctx.t("landing-no-name")) }
            p { (ctx.t("landing-leave-quickly")) }
        },
    )
}
