//! The item while reading: the words with identifying details highlighted, what
//! the survivor chose besides them, and every form that acts on the item, in page
//! order. The route shows it only to someone who holds the item or may read it
//! unclaimed; this page never checks that itself.

use maud::{html, Markup};

use crate::app::moderation::{ItemView, Reading};
use crate::domain::moderation::Action;
use crate::domain::suggest::{DetailKind, Highlight, SafeguardingLevel};
use crate::domain::{ModerationState, Shared};
use crate::policy::Policy;
use crate::web::context::PageContext;
use crate::web::views::alerts;
use crate::web::views::layout::{error_summary, page};

use super::decisions::decisions;
use super::form::{action_form, notice_box, top_notice, ItemForm};
use super::item::{facts, hand_off, notes, timeline};
use super::labels::{detail_label, kebab, level_label};
use super::messages::{message_form, messages_list};
use super::publication::publish_offer;
use super::review::review_form;
use super::versions::{edit_form, proposals};
use super::wellbeing::wellbeing;

/// The words with each suggested detail marked; escaped, isolated from the
/// page's direction.
pub fn highlighted(
    ctx: &PageContext<'_>,
    policy: &Policy,
    text: &str,
    highlights: &[Highlight],
) -> Markup {
    let chars: Vec<char> = text.chars().collect();
    let mut at = 0;
    let mut parts: Vec<(String, Option<DetailKind>)> = Vec::new();
    for h in highlights {
        if h.start < at || !inside(h, chars.len()) {
            continue;
        }
        parts.push((chars[at..h.start].iter().collect(), None));
        parts.push((chars[h.start..h.end].iter().collect(), Some(h.kind)));
        at = h.end;
    }
    parts.push((chars[at..].iter().collect(), None));
    html! {
        div class="their-words" dir="auto" lang=[None::<&str>] {
            @for (segment, kind) in &parts {
                @if let Some(kind) = kind {
                    mark class=(format!("detail detail-{}", kind.as_str())) {
                        span class="visually-hidden" { "[" (detail_label(ctx, policy, *kind)) "] " }
                        (segment)
                    }
                } @else {
                    (segment)
                }
            }
        }
    }
}

/// Whether a suggested span is a non-empty stretch of a text `len` chars long.
/// Any other span is skipped wherever spans are shown, never trusted.
fn inside(h: &Highlight, len: usize) -> bool {
    h.start < h.end && h.end <= len
}

/// The words of each suggested detail, for the list under the text.
fn found_details(text: &str, highlights: &[Highlight]) -> Vec<(DetailKind, String)> {
    let chars: Vec<char> = text.chars().collect();
    highlights
        .iter()
        .filter(|h| inside(h, chars.len()))
        .map(|h| (h.kind, chars[h.start..h.end].iter().collect()))
        .collect()
}

/// What the survivor chose besides their words: the service and its answers
/// for feedback, and for both kinds their age band and who helped.
fn shared_facts(ctx: &PageContext<'_>, policy: &Policy, shared: &Shared) -> Markup {
    let (age_band, helped) = match shared {
        Shared::Story {
            age_band, helped, ..
        }
        | Shared::Feedback {
            age_band, helped, ..
        } => (age_band, helped),
    };
    let feedback = match shared {
        Shared::Feedback {
            service,
            region,
            answers,
            ..
        } => Some((service, region, answers)),
        Shared::Story { .. } => None,
    };
    html! {
        dl class="facts" {
            @if let Some((service, region, answers)) = feedback {
                dt { (ctx.t("feedback-service-legend")) }
                dd { (policy.feedback.service_label(service, ctx.lang)) }
                @if let Some(region) = region {
                    dt { (ctx.t("feedback-region-label")) }
                    dd { (ctx.t(&format!("region-{}", kebab(region.key())))) }
                }
                @for question in &policy.feedback.questions {
                    @if let Some(answer) = answers.get(&question.key) {
                        dt { (question.label.get(ctx.lang)) }
                        dd { (question.answer(answer).map(|a| a.label.get(ctx.lang)).unwrap_or(answer)) }
                    }
                }
            }
            @if let Some(band) = age_band {
                dt { (ctx.t("feedback-age-legend")) }
                dd { (ctx.t(&format!("age-band-{}", kebab(band.key())))) }
            }
            @if let Some(helped) = helped {
                dt { (ctx.t("helped-legend")) }
                dd { (ctx.t(&format!("helped-{}", kebab(helped.key())))) }
            }
        }
    }
}

/// An item while reading: everything, and the forms that act on it.
pub fn reading(
    ctx: &PageContext<'_>,
    policy: &Policy,
    item: &ItemView,
    reading: &Reading,
    form: &ItemForm,
) -> Markup {
    let text = reading.shared.text();
    let working = item.held_by_me;
    page(
        ctx,
        &ctx.t_with("item-reading-title", &[("id", item.id.into())]),
        html! {
            (error_summary(ctx, &form.errors))
            (top_notice(form))
            (wellbeing(ctx, item.day.opened, item.day.break_after, item.day.cap))
            (facts(ctx, policy, item))
            @if item.offered.contains(&Action::Publish) {
                (publish_offer(ctx, item))
            }
            @if item.level == SafeguardingLevel::Urgent {
                div class="notice urgent" role="note" {
                    p { strong { (level_label(ctx, policy, item.level)) } }
                    p { (policy.level(item.level).guidance.get(ctx.lang)) }
                    (alerts::guidance_note(ctx, policy, item.level))
                }
            }
            section aria-labelledby="words-heading" {
                h2 id="words-heading" { (ctx.t("item-words-heading")) }
                (shared_facts(ctx, policy, &reading.shared))
                @if text.is_empty() {
                    p class="hint" { (ctx.t("item-no-words")) }
                } @else {
                    (highlighted(ctx, policy, text, &reading.suggestions.highlights))
                }
                @let found = found_details(text, &reading.suggestions.highlights);
                @if !found.is_empty() {
                    details class="suggestions" {
                        summary { (ctx.t_with("item-details-found", &[("count", (found.len() as u64).into())])) }
                        ul {
                            @for (kind, words) in &found {
                                li { (detail_label(ctx, policy, *kind)) ": " span dir="auto" { (words) } }
                            }
                        }
                    }
                }
                p class="hint" { (ctx.t("item-suggestions-hint")) }
            }
            @if working && item.state == ModerationState::InReview {
                (review_form(ctx, policy, item, reading, form))
            }
            @if working && item.offered.contains(&Action::ProposeEdit) {
                (edit_form(ctx, item, reading, form))
            }
            (proposals(ctx, &reading.proposals))
            section aria-labelledby="messages-heading" {
                h2 id="messages-heading" { (ctx.t("item-messages-heading")) }
                (notice_box(form.notice_in(&["message", "ask"])))
                (messages_list(ctx, &reading.messages, "message-from-team", "message-from-survivor"))
                (message_form(ctx, policy, item, form))
            }
            @if item.offered.contains(&Action::TakeBack) {
                p { (ctx.t("item-take-back-intro")) }
                (action_form(ctx, item, "take_back", &ctx.t("item-take-back"), "secondary"))
            }
            (decisions(ctx, policy, item))
            (hand_off(ctx, item))
            (notes(ctx, item, form))
            (timeline(ctx, &item.timeline))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(kind: DetailKind, start: usize, end: usize) -> Highlight {
        Highlight {
            kind,
            start,
            end,
            confidence: 0.9,
        }
    }

    /// A reversed, empty or overrunning span is skipped, as the highlighted
    /// text skips it, rather than panicking or listing the rest of the words.
    #[test]
    fn a_span_that_is_not_inside_the_words_is_not_listed() {
        let text = "call 07700 900123 or sam@example.org";
        let found = found_details(
            text,
            &[
                span(DetailKind::Phone, 5, 17),
                span(DetailKind::Name, 9, 3),
                span(DetailKind::Url, 4, 4),
                span(DetailKind::Email, 21, 99),
                span(DetailKind::Email, 21, 36),
            ],
        );
        assert_eq!(
            found,
            [
                (DetailKind::Phone, "07700 900123".to_owned()),
                (DetailKind::Email, "sam@example.org".to_owned()),
            ]
        );
    }
}
