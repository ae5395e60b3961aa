//! The start page: what Voices is, the two ways to share, how to leave quickly and
//! how to come back. No form and no cookie.

use maud::{html, Markup};

use crate::policy::Resource;
use crate::web::context::PageContext;
use crate::web::views::layout::page;

use super::fields::lang_prefix;
use super::help::{crisis, not_an_emergency_service};

pub fn landing(ctx: &PageContext<'_>, resources: &[&Resource]) -> Markup {
    let prefix = lang_prefix(ctx);
    page(
        ctx,
        &ctx.t("landing-heading"),
        html! {
            p class="lead" { (ctx.t("landing-intro")) }
            p { (ctx.t("landing-for-everyone")) }
            (not_an_emergency_service(ctx))
            div class="actions" {
                a class="button primary" href=(format!("{prefix}/story")) { (ctx.t("landing-share-story")) }
                a class="button primary" href=(format!("{prefix}/feedback")) { (ctx.t("landing-give-feedback")) }
            }
            h2 { (ctx.t("landing-what-happens-heading")) }
            ul {
                li { (ctx.t("landing-no-name")) }
                li { (ctx.t("landing-encrypted")) }
                li { (ctx.t("landing-who-reads")) }
                li { (ctx.t("landing-you-decide")) }
            }
            p { a href=(format!("{prefix}/about")) { (ctx.t("landing-about-link")) } }
            h2 { (ctx.t("landing-leave-heading")) }
            p { (ctx.t("landing-leave-quickly")) }
            p { a href=(format!("{prefix}/safety")) { (ctx.t("landing-safety-link")) } }
            h2 { (ctx.t("landing-come-back-heading")) }
            p { (ctx.t("landing-come-back")) " " a href=(format!("{prefix}/receipt")) { (ctx.t("receipt-lookup-link")) } }
            (crisis(ctx, resources))
        },
    )
}
