//! The pages that explain: staying safe online, about Voices, and the privacy
//! notice from the policy files and the organisation's settings. Every word comes
//! from those files and settings; never a promise the settings do not make.

use maud::{html, Markup};

use crate::policy::Policy;
use crate::web::context::PageContext;
use crate::web::views::layout::page;

use super::consent::police_statement;

fn prose(ctx: &PageContext<'_>, heading: &str, sections: &[(&str, Vec<String>)]) -> Markup {
    page(
        ctx,
        &ctx.t(heading),
        html! {
            @for (title, paragraphs) in sections {
                h2 { (ctx.t(title)) }
                @for p in paragraphs { p { (p) } }
            }
        },
    )
}

/// Paragraphs from message keys.
fn texts(ctx: &PageContext<'_>, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| ctx.t(k)).collect()
}

pub fn safety(ctx: &PageContext<'_>) -> Markup {
    prose(
        ctx,
        "safety-heading",
        &[
            (
                "safety-leave-heading",
                texts(
                    ctx,
                    &[
                        "safety-leave-button",
                        "safety-leave-keys",
                        "safety-leave-loses",
                    ],
                ),
            ),
            (
                "safety-private-heading",
                texts(
                    ctx,
                    &[
                        "safety-private-what",
                        "safety-private-browsers",
                        "safety-private-limits",
                    ],
                ),
            ),
            (
                "safety-history-heading",
                texts(ctx, &["safety-history-what", "safety-history-how"]),
            ),
            (
                "safety-shared-heading",
                texts(ctx, &["safety-shared-history", "safety-shared-code"]),
            ),
        ],
    )
}

pub fn about(ctx: &PageContext<'_>) -> Markup {
    let retention = &ctx.site.retention;
    prose(
        ctx,
        "about-heading",
        &[
            ("about-what-heading", texts(ctx, &["about-what"])),
            (
                "about-who-heading",
                texts(
                    ctx,
                    &["about-who", "about-who-not", "consent-reports-readers"],
                ),
            ),
            (
                "about-happens-heading",
                texts(
                    ctx,
                    &[
                        "about-happens-review",
                        "about-happens-choices",
                        "about-happens-themes",
                    ],
                ),
            ),
            (
                "about-kept-heading",
                vec![
                    ctx.t_with(
                        "about-kept-days",
                        &[("days", retention.declined_days.into())],
                    ),
                    ctx.t("about-kept-withdraw"),
                    ctx.t("about-kept-report"),
                ],
            ),
            (
                "about-safe-heading",
                texts(ctx, &["about-safe-encrypted", "about-safe-no-trace"]),
            ),
        ],
    )
}

/// The privacy notice, from `moderation/privacy.toml` and the organisation's
/// settings. Until the organisation has said who it is, the page says so.
pub fn privacy(ctx: &PageContext<'_>, policy: &Policy) -> Markup {
    let org = &ctx.site.organisation;
    let unset_org = ctx.t("privacy-unset-organisation");
    let unset_contact = ctx.t("privacy-unset-contact");
    let organisation = org.name.as_deref().unwrap_or(&unset_org);
    let police = police_statement(ctx);
    let values = crate::policy::privacy::Values {
        organisation,
        controller: org.controller.as_deref().unwrap_or(organisation),
        contact: org.contact.as_deref().unwrap_or(&unset_contact),
        declined_days: ctx.site.retention.declined_days,
        withdrawn_days: ctx.site.retention.withdrawn_days,
        police_and_immigration: &police,
        ico_registration: org.ico_registration.as_deref(),
    };
    page(
        ctx,
        &ctx.t("privacy-heading"),
        html! {
            @if !org.is_complete() {
                div class="notice" { p { (ctx.t("privacy-not-filled")) } }
            }
            @for section in policy.privacy.render(ctx.lang, &values) {
                h2 { (section.heading) }
                @for paragraph in &section.paragraphs {
                    p { (paragraph) }
                }
            }
        },
    )
}
