//! Publication: what Voices knows about publishing an item, the offer on an
//! approved item, and the one confirmation before publishing. Nothing is published
//! from here; the confirmation posts back to the item.

use maud::{html, Markup};

use crate::app::moderation::{ItemView, PublishPreview};
use crate::domain::ConsentUse;
use crate::policy::Policy;
use crate::web::context::PageContext;
use crate::web::views::dates;
use crate::web::views::layout::{error_summary, page};

use super::form::checkboxes;
use super::labels::labels_of;

fn known_consent_key(usage: ConsentUse) -> &'static str {
    match usage {
        ConsentUse::Publish => "known-consent-publish",
        ConsentUse::ThemesOnly => "known-consent-themes-only",
        ConsentUse::TeamOnly => "known-consent-team-only",
    }
}

/// What Voices already knows about publishing this item, shown as facts.
pub(super) fn known_facts(ctx: &PageContext<'_>, item: &ItemView) -> Markup {
    html! {
        ul class="known-facts" {
            li { (ctx.t(known_consent_key(item.consent.usage))) }
            @if let Some(day) = &item.approved_on {
                li { (ctx.t_with("known-approved-on", &[("day", dates::text(ctx, day).into())])) }
            } @else if item.consent.usage == ConsentUse::Publish {
                li { (ctx.t("known-not-approved")) }
            }
        }
    }
}

/// An approved item's way to publication: one link to the confirmation.
pub(super) fn publish_offer(ctx: &PageContext<'_>, item: &ItemView) -> Markup {
    html! {
        section class="publish-offer" aria-labelledby="publish-heading" {
            h2 id="publish-heading" { (ctx.t("item-publish-heading")) }
            (known_facts(ctx, item))
            @if let Some(name) = &item.publish_requested_by {
                p { (ctx.t_with("item-publish-requested", &[("name", name.clone().into())])) }
            }
            p { a class="button primary" href=(format!("/staff/items/{}/publish", item.id)) { (ctx.t("item-publish-check")) } }
        }
    }
}

/// The one confirmation before publishing: the exact words, where they will
/// appear, what Voices knows, and what is left of the checklist.
pub fn publish_confirmation(
    ctx: &PageContext<'_>,
    policy: &Policy,
    preview: &PublishPreview,
    ticked: &[String],
    errors: &[String],
) -> Markup {
    let lang = preview.language;
    let left: Vec<(String, String)> = policy
        .checklist
        .iter()
        .filter(|c| !preview.confirmed.contains(&c.key))
        .map(|c| (c.key.clone(), c.label.get(ctx.lang).to_owned()))
        .collect();
    let confirmed = labels_of(ctx, &preview.confirmed, |k| {
        policy
            .checklist
            .iter()
            .find(|c| c.key == k)
            .map(|c| &c.label)
    });
    let address = format!("/{}/stories", lang.code());
    page(
        ctx,
        &ctx.t_with("publish-title", &[("id", preview.id.into())]),
        html! {
            (error_summary(ctx, errors))
            p class="lead" { (ctx.t("publish-intro")) }
            section aria-labelledby="publish-where-heading" {
                h2 id="publish-where-heading" { (ctx.t("publish-where-heading")) }
                ul {
                    li {
                        (ctx.t_with("publish-where", &[("language", lang.endonym().into())])) " "
                        a href=(address) dir="ltr" { bdi { (address) } }
                    }
                    li {
                        @if preview.content_warnings.is_empty() {
                            (ctx.t("publish-no-warnings"))
                        } @else {
                            (ctx.t("publish-warnings")) " "
                            (labels_of(ctx, &preview.content_warnings, |k| policy.content_warning(k).map(|c| &c.label)))
                        }
                    }
                    @if !preview.themes.is_empty() {
                        li { (ctx.t("publish-themes")) " "
                            (labels_of(ctx, &preview.themes, |k| policy.themes.iter().find(|t| t.key == k).map(|t| &t.label))) }
                    }
                }
            }
            section aria-labelledby="publish-words-heading" {
                h2 id="publish-words-heading" { (ctx.t("publish-words-heading")) }
                blockquote class="their-words publish-words" dir="auto" lang=(lang.code()) { (preview.words) }
            }
            section aria-labelledby="known-heading" {
                h2 id="known-heading" { (ctx.t("known-heading")) }
                ul class="known-facts" {
                    li { (ctx.t(known_consent_key(preview.consent.usage))) }
                    li { (ctx.t(if preview.consent.quotes { "item-quotes-yes" } else { "item-quotes-no" })) }
                    li { (ctx.t_with("known-approved-on", &[("day", dates::text(ctx, &preview.approved_on).into())])) }
                }
            }
            form method="post" action=(format!("/staff/items/{}", preview.id)) {
                input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                input type="hidden" name="version" value=(preview.version);
                @if !confirmed.is_empty() {
                    p { (ctx.t("publish-confirmed")) " " (confirmed) }
                }
                @if !left.is_empty() {
                    (checkboxes("checklist", &ctx.t("publish-checklist-legend"), &left, ticked))
                }
                @if let Some(name) = &preview.first_request_by {
                    p class="notice" { (ctx.t_with("publish-second-person", &[("name", name.clone().into())])) }
                }
                @if preview.first_of_two {
                    p class="notice" { (ctx.t("publish-first-of-two")) }
                }
                div class="actions" {
                    button type="submit" name="do" value="publish" class="primary" {
                        (ctx.t(if preview.first_of_two { "publish-confirm-first" } else { "publish-confirm" }))
                    }
                    a href=(format!("/staff/items/{}", preview.id)) { (ctx.t("publish-back")) }
                }
            }
        },
    )
}
