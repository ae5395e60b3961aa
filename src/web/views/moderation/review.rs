//! The review form: the level (with the words that suggested it), themes, content
//! warnings and the checklist, suggestions ticked until a moderator confirms. It
//! never decides anything; it records the review.

use maud::{html, Markup};

use crate::app::moderation::{ItemView, Reading};
use crate::domain::suggest::SafeguardingLevel;
use crate::policy::Policy;
use crate::web::context::PageContext;

use super::form::{checkboxes, notice_box, ItemForm};
use super::labels::level_label;
use super::publication::known_facts;

/// The words that set the suggested level ("why this is marked urgent"),
/// quoted from the text in the order they stand.
fn why_level(ctx: &PageContext<'_>, text: &str, why: &[(usize, usize)]) -> Markup {
    let chars: Vec<char> = text.chars().collect();
    let quotes: Vec<String> = why
        .iter()
        .filter(|(start, end)| start < end && *end <= chars.len())
        .map(|(start, end)| chars[*start..*end].iter().collect())
        .collect();
    html! {
        @if !quotes.is_empty() {
            p class="hint why-level" {
                (ctx.t("item-level-why")) " "
                @for (i, quote) in quotes.iter().enumerate() {
                    @if i > 0 { ", " }
                    q dir="auto" { (quote) }
                }
            }
        }
    }
}

pub(super) fn review_form(
    ctx: &PageContext<'_>,
    policy: &Policy,
    item: &ItemView,
    reading: &Reading,
    form: &ItemForm,
) -> Markup {
    let lang = ctx.lang;
    // Before anything is confirmed, the suggested themes are ticked for the
    // moderator to confirm or untick.
    let themes_chosen: Vec<String> =
        if item.review.themes.is_empty() && item.review.checklist.is_empty() {
            reading.suggestions.themes.clone()
        } else {
            item.review.themes.clone()
        };
    // Likewise the suggested content warnings, with any already confirmed.
    let warnings_chosen: Vec<String> = if item.review.checklist.is_empty() {
        let mut chosen = item.review.content_warnings.clone();
        chosen.extend(item.suggested_warnings.iter().cloned());
        chosen
    } else {
        item.review.content_warnings.clone()
    };
    let level = if item.review.checklist.is_empty() {
        item.level.max(reading.suggestions.safeguarding)
    } else {
        item.level
    };
    let themes: Vec<(String, String)> = policy
        .themes
        .iter()
        .map(|t| (t.key.clone(), t.label.get(lang).to_owned()))
        .collect();
    let warnings: Vec<(String, String)> = policy
        .content_warnings
        .iter()
        .map(|c| (c.key.clone(), c.label.get(lang).to_owned()))
        .collect();
    let checklist: Vec<(String, String)> = policy
        .checklist
        .iter()
        .map(|c| (c.key.clone(), c.label.get(lang).to_owned()))
        .collect();
    html! {
        section aria-labelledby="review-heading" {
            h2 id="review-heading" { (ctx.t("item-review-heading")) }
            (notice_box(form.notice_in(&["review"])))
            form method="post" action=(format!("/staff/items/{}", item.id)) id="review-form" {
                input type="hidden" name="with_review" value="1";
                input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                input type="hidden" name="version" value=(item.version);
                fieldset class="field" id="level" {
                    legend { (ctx.t("item-level")) }
                    @if reading.suggestions.safeguarding != SafeguardingLevel::None {
                        p class="hint" { (ctx.t_with("item-level-suggested", &[("level", level_label(ctx, policy, reading.suggestions.safeguarding).into())])) }
                        (why_level(ctx, reading.shared.text(), &reading.suggestions.why))
                    }
                    div class="choices" {
                        @for l in SafeguardingLevel::ALL {
                            @let id = format!("level-{}", l.as_str());
                            div class="choice" {
                                input type="radio" id=(id) name="level" value=(l.as_str()) checked[l == level];
                                label for=(id) { (level_label(ctx, policy, l)) }
                            }
                        }
                    }
                }
                (checkboxes("themes", &ctx.t("item-themes-legend"), &themes, &themes_chosen))
                (checkboxes("warnings", &ctx.t("item-warnings-legend"), &warnings, &warnings_chosen))
                (checkboxes("checklist", &ctx.t("item-checklist-legend"), &checklist, &item.review.checklist))
                p { (ctx.t("known-heading")) }
                (known_facts(ctx, item))
                button type="submit" name="do" value="review" class="secondary" { (ctx.t("item-review-save")) }
            }
        }
    }
}
