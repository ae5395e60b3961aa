//! The two ways to share: the story form and the feedback form, and the page that
//! gives the words back when sharing is rate-limited. Nothing typed is ever lost
//! on these pages: a form comes back with what the person wrote.

use maud::{html, Markup};

use crate::domain::share::{answer_field, AgeBand, Helped, Region};
use crate::policy::{Policy, Resource};
use crate::web::context::PageContext;
use crate::web::views::layout::page;

use super::consent::consent;
use super::fields::{
    field_error, honeypot, kebab, lang_prefix, radios, radios_with_hints, summary, text_area,
    Choice, FormView,
};
use super::help::{crisis, not_an_emergency_service};

fn before_you_start(ctx: &PageContext<'_>) -> Markup {
    html! {
        (not_an_emergency_service(ctx))
        div class="notice" {
            p { (ctx.t("share-no-name")) }
            p { (ctx.t("share-we-remove-details")) }
            p { (ctx.t("share-quick-exit-warning")) }
        }
    }
}

pub fn story_form(
    ctx: &PageContext<'_>,
    policy: &Policy,
    form: &FormView<'_>,
    resources: &[&Resource],
) -> Markup {
    let themes_invalid = form.error("theme").is_some();
    page(
        ctx,
        &ctx.t("story-heading"),
        html! {
            (summary(ctx, form))
            (before_you_start(ctx))
            form method="post" action=(format!("{}/story", lang_prefix(ctx))) class="share" {
                (text_area(ctx, form, &ctx.t("story-text-label"), &ctx.t("story-text-hint")))
                fieldset id="theme" class=(if themes_invalid { "field has-error" } else { "field" }) {
                    legend { (ctx.t("story-themes-legend")) }
                    p class="hint" { (ctx.t("story-themes-hint")) }
                    (field_error(ctx, form, "theme"))
                    div class="choices" {
                        @for theme in &policy.themes {
                            @let id = format!("theme-{}", theme.key);
                            div class="choice" {
                                input type="checkbox" id=(id) name="theme" value=(theme.key)
                                    checked[form.fields.has_value("theme", &theme.key)];
                                label for=(id) { (theme.label.get(ctx.lang)) }
                            }
                        }
                    }
                }
                (about_you(ctx, form))
                (consent(ctx, form, &ctx.t("consent-heading")))
                (honeypot(ctx, form))
                button type="submit" class="primary" { (ctx.t("share-submit")) }
            }
            (crisis(ctx, resources))
        },
    )
}

/// The optional questions both forms end with: age band and who helped.
fn about_you(ctx: &PageContext<'_>, form: &FormView<'_>) -> Markup {
    let ages: Vec<(&str, String)> = AgeBand::ALL
        .iter()
        .map(|a| (a.key(), ctx.t(&format!("age-band-{}", kebab(a.key())))))
        .collect();
    let helped: Vec<(&str, String)> = Helped::ALL
        .iter()
        .map(|h| (h.key(), ctx.t(&format!("helped-{}", kebab(h.key())))))
        .collect();
    html! {
        (radios(ctx, form, "age_band", &ctx.t("feedback-age-legend"), Some(&ctx.t("feedback-age-hint")), &ages))
        (radios(ctx, form, "helped", &ctx.t("helped-legend"), Some(&ctx.t("helped-hint")), &helped))
    }
}

pub fn feedback_form(
    ctx: &PageContext<'_>,
    policy: &Policy,
    form: &FormView<'_>,
    resources: &[&Resource],
) -> Markup {
    let feedback = &policy.feedback;
    let services: Vec<Choice<'_>> = feedback
        .offered()
        .map(|s| Choice {
            value: &s.key,
            label: s.label.get(ctx.lang).to_owned(),
            hint: s.explain.as_ref().map(|e| e.get(ctx.lang)),
            controls: None,
        })
        .collect();
    let region_invalid = form.error("region").is_some();
    let chosen_region = form.fields.get("region");
    page(
        ctx,
        &ctx.t("feedback-heading"),
        html! {
            (summary(ctx, form))
            (before_you_start(ctx))
            form method="post" action=(format!("{}/feedback", lang_prefix(ctx))) class="share" {
                (radios_with_hints(ctx, form, "service", &ctx.t("feedback-service-legend"), None, &services))
                div class=(if region_invalid { "field has-error" } else { "field" }) {
                    label for="region" { (ctx.t("feedback-region-label")) }
                    p class="hint" id="region-hint" { (ctx.t("feedback-region-hint")) }
                    (field_error(ctx, form, "region"))
                    select id="region" name="region" aria-describedby="region-hint" {
                        option value="" selected[chosen_region.is_none_or(str::is_empty)] { (ctx.t("feedback-region-none")) }
                        @for region in Region::ALL {
                            option value=(region.key()) selected[chosen_region == Some(region.key())] {
                                (ctx.t(&format!("region-{}", kebab(region.key()))))
                            }
                        }
                    }
                }
                h2 { (ctx.t("feedback-questions-heading")) }
                p class="hint" { (ctx.t("feedback-questions-hint")) }
                @for question in &feedback.questions {
                    @let answers: Vec<(&str, String)> = question.answers.iter().map(|a| (a.key.as_str(), a.label.get(ctx.lang).to_owned())).collect();
                    (radios(ctx, form, &answer_field(&question.key), question.label.get(ctx.lang), None, &answers))
                }
                (text_area(ctx, form, &ctx.t("feedback-text-label"), &ctx.t("feedback-text-hint")))
                (about_you(ctx, form))
                (consent(ctx, form, &ctx.t("consent-heading")))
                (honeypot(ctx, form))
                button type="submit" class="primary" { (ctx.t("share-submit")) }
            }
            (crisis(ctx, resources))
        },
    )
}

/// When sharing is rate-limited: say when to try again, and give the words back
/// in a box they can copy, so nothing is lost.
pub fn share_rate_limited(ctx: &PageContext<'_>, minutes: u64, text: &str) -> Markup {
    page(
        ctx,
        &ctx.t("error-rate-limited-title"),
        html! {
            p class="lead" { (ctx.t_with("error-rate-limited", &[("minutes", minutes.into())])) }
            @if !text.is_empty() {
                div class="field" {
                    label for="text" { (ctx.t("share-copy-your-words")) }
                    textarea id="text" rows="12" dir="auto" readonly { (text) }
                }
            }
        },
    )
}
