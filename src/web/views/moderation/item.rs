//! The item page before reading (what it is, the content warning, the claim) and
//! the parts both item pages show: the facts, hand-off, notes and the timeline.
//! Never the submission's words: those are only on the reading page.

use maud::{html, Markup};

use crate::app::moderation::{readable_without_claim, ItemView, TimelineEntry, Who};
use crate::domain::moderation::Action;
use crate::domain::suggest::SafeguardingLevel;
use crate::domain::ConsentUse;
use crate::policy::Policy;
use crate::web::context::PageContext;
use crate::web::views::layout::{error_summary, page};
use crate::web::views::{alerts, dates};

use super::form::{action_form, notice_box, top_notice, ItemForm};
use super::labels::{
    event_label, kebab, kind_label, labels_of, level_badge, level_label, state_label,
};
use super::publication::publish_offer;
use super::wellbeing::wellbeing;

pub(super) fn facts(ctx: &PageContext<'_>, policy: &Policy, item: &ItemView) -> Markup {
    html! {
        dl class="facts" {
            dt { (ctx.t("item-kind")) } dd { (kind_label(ctx, item.kind)) }
            dt { (ctx.t("item-language")) } dd lang=(item.language.code()) { (item.language.endonym()) }
            dt { (ctx.t("item-received")) } dd { (dates::when(ctx, &item.received_on)) " (" (ctx.t_with("queue-age-days", &[("days", item.age_days.into())])) ")" }
            dt { (ctx.t("item-level")) } dd { (level_badge(ctx, policy, item.level)) }
            dt { (ctx.t("item-state")) } dd { (state_label(ctx, item.state)) }
            dt { (ctx.t("item-consent")) } dd {
                (ctx.t(&format!("item-consent-{}", kebab(item.consent.usage.as_str()))))
                @if item.consent.usage != ConsentUse::TeamOnly {
                    "; " (ctx.t(if item.consent.quotes { "item-quotes-yes" } else { "item-quotes-no" }))
                }
            }
            dt { (ctx.t("item-holder")) } dd {
                @match (&item.holder, item.held_by_me) {
                    (_, true) => {
                        (ctx.t("queue-held-by-you"))
                        @if let Some(minutes) = item.claim_minutes_left {
                            " " (ctx.t_with("item-claim-left", &[("minutes", minutes.max(0).into())]))
                        }
                    }
                    (Some(name), false) => { (name) }
                    (None, _) => { "—" }
                }
            }
        }
        @if item.survivor_waiting {
            p class="notice" { (ctx.t("item-survivor-waiting")) }
        }
        @if item.second_look {
            p class="notice" { (ctx.t("item-second-look")) }
        }
        @if let Some(name) = &item.publish_requested_by {
            p class="notice" { (ctx.t_with("item-publish-requested", &[("name", name.clone().into())])) }
        }
    }
}

pub(super) fn hand_off(ctx: &PageContext<'_>, item: &ItemView) -> Markup {
    html! {
        @if item.offered.contains(&Action::HandOff) && !item.hand_off_to.is_empty() {
            form method="post" action=(format!("/staff/items/{}", item.id)) class="hand-off" {
                input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                input type="hidden" name="version" value=(item.version);
                div class="field" {
                    label for="to" { (ctx.t("item-hand-off-label")) }
                    p class="hint" id="to-hint" { (ctx.t("item-hand-off-hint")) }
                    select id="to" name="to" aria-describedby="to-hint" {
                        @for (id, name) in &item.hand_off_to {
                            option value=(id) { (name) }
                        }
                    }
                }
                button type="submit" name="do" value="hand_off" class="secondary" { (ctx.t("item-hand-off")) }
            }
        }
    }
}

/// An item before its words: what it is, the content warning, the claim.
pub fn overview(
    ctx: &PageContext<'_>,
    policy: &Policy,
    item: &ItemView,
    form: &ItemForm,
) -> Markup {
    page(
        ctx,
        &ctx.t_with("item-title", &[("id", item.id.into())]),
        html! {
            (error_summary(ctx, &form.errors))
            (top_notice(form))
            (wellbeing(ctx, item.day.opened, item.day.break_after, item.day.cap))
            (facts(ctx, policy, item))
            @if item.offered.contains(&Action::Publish) {
                (publish_offer(ctx, item))
            }
            @if item.offered.contains(&Action::TakeBack) {
                p { (ctx.t("item-take-back-intro")) }
                (action_form(ctx, item, "take_back", &ctx.t("item-take-back"), "secondary"))
            }
            @let readable = item.held_by_me || readable_without_claim(item.state);
            @let claimable = !readable && item.offered.contains(&Action::Claim);
            @if item.day.at_limit && !readable {
                p class="notice wellbeing" id="not-offered" { (ctx.t("wellbeing-not-offered")) }
            }
            @if readable || claimable {
                section class="content-warning" aria-labelledby="cw-heading" {
                    h2 id="cw-heading" { (ctx.t("item-before-you-read")) }
                    p { (ctx.t("item-before-you-read-intro")) }
                    (content_warning(ctx, policy, item))
                    @if readable {
                        p { (ctx.t("item-you-can-stop")) }
                        p { a class="button primary" href=(format!("/staff/items/{}/read", item.id)) { (ctx.t("item-read")) } }
                    } @else {
                        p { (ctx.t("item-claim-intro")) }
                        form method="post" action=(format!("/staff/items/{}", item.id)) class="inline" {
                            input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                            input type="hidden" name="version" value=(item.version);
                            input type="hidden" name="then" value="read";
                            button type="submit" name="do" value="claim" class="primary" { (ctx.t("item-claim-and-read")) }
                        }
                    }
                }
            }
            @if item.offered.contains(&Action::Reopen) {
                p { (ctx.t("item-reopen-intro")) }
                (action_form(ctx, item, "reopen", &ctx.t("item-reopen"), "secondary"))
            }
            @if item.offered.contains(&Action::Claim) && item.held_by_me {
                (action_form(ctx, item, "claim", &ctx.t_with("item-claim-renew", &[("minutes", item.claim_minutes.into())]), "secondary"))
            } @else if item.offered.contains(&Action::Claim) && readable {
                p { (ctx.t("item-claim-to-change-intro")) }
                (action_form(ctx, item, "claim", &ctx.t("item-claim-to-change"), "secondary"))
            }
            @if item.offered.contains(&Action::Release) {
                (action_form(ctx, item, "release", &ctx.t("item-release"), "secondary"))
            }
            (hand_off(ctx, item))
            (notes(ctx, item, form))
            (timeline(ctx, &item.timeline))
        },
    )
}

/// What is known before reading: the level and its guidance, the warnings a
/// moderator confirmed, the themes the survivor chose.
fn content_warning(ctx: &PageContext<'_>, policy: &Policy, item: &ItemView) -> Markup {
    html! {
        @if item.level != SafeguardingLevel::None {
            p { strong { (level_label(ctx, policy, item.level)) ": " } (policy.level(item.level).guidance.get(ctx.lang)) }
            (alerts::guidance_note(ctx, policy, item.level))
        }
        @if !item.review.content_warnings.is_empty() {
            p { (ctx.t("item-warnings-confirmed")) " "
                (labels_of(ctx, &item.review.content_warnings, |k| policy.content_warning(k).map(|c| &c.label))) }
        }
        @if !item.suggested_warnings.is_empty() {
            p { (ctx.t("item-warnings-suggested")) " "
                (labels_of(ctx, &item.suggested_warnings, |k| policy.content_warning(k).map(|c| &c.label))) }
        }
        @if !item.survivor_themes.is_empty() {
            p { (ctx.t("item-survivor-themes")) " "
                (labels_of(ctx, &item.survivor_themes, |k| policy.themes.iter().find(|t| t.key == k).map(|t| &t.label))) }
        }
    }
}

pub(super) fn notes(ctx: &PageContext<'_>, item: &ItemView, form: &ItemForm) -> Markup {
    html! {
        @if item.can_note {
            section aria-labelledby="notes-heading" {
                h2 id="notes-heading" { (ctx.t("item-notes-heading")) }
                (notice_box(form.notice_in(&["note"])))
                p class="hint" { (ctx.t("item-notes-hint")) }
                @for n in &item.notes {
                    div class="note" {
                        p class="message-meta" { strong { (n.author) } " · " (dates::when(ctx, &n.at)) }
                        div class="message-text" dir="auto" { (n.text) }
                    }
                }
                form method="post" action=(format!("/staff/items/{}", item.id)) {
                    input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                    input type="hidden" name="version" value=(item.version);
                    div class="field" {
                        label for="note" { (ctx.t("item-note-label")) }
                        textarea id="note" name="note" rows="4" dir="auto" { (form.note.clone().unwrap_or_default()) }
                    }
                    button type="submit" name="do" value="note" class="secondary" { (ctx.t("item-note-save")) }
                }
            }
        }
    }
}

pub fn timeline(ctx: &PageContext<'_>, entries: &[TimelineEntry]) -> Markup {
    html! {
        section aria-labelledby="timeline-heading" {
            h2 id="timeline-heading" { (ctx.t("item-timeline-heading")) }
            @if entries.is_empty() {
                p class="hint" { (ctx.t("item-timeline-empty")) }
            } @else {
                ol class="timeline" {
                    @for e in entries {
                        li {
                            span class="when" { (dates::when(ctx, &e.when)) }
                            " · "
                            @match &e.who {
                                Who::Survivor => { (ctx.t("who-survivor")) }
                                Who::Staff(name) => { (name) }
                                Who::Voices => { (ctx.t("who-voices")) }
                            }
                            " · " (event_label(ctx, &e.action))
                        }
                    }
                }
            }
        }
    }
}
