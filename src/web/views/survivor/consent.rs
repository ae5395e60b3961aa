//! The survivor's consent choices and what the organisation promises beside them
//! (police and immigration, how long words are kept). It never says more than the
//! organisation's settings keep.

use maud::{html, Markup};

use crate::domain::{ConsentUse, FormFields};
use crate::web::context::PageContext;

use super::fields::{kebab, lang_prefix, radios, radios_with_hints, Choice, FormView};

/// The survivor's choices: what may happen to their words (the most private
/// first), and, only with publishing, whether short quotes may be used. Then
/// who reads the reports, what the organisation promises about the police and
/// immigration, and how long words are kept.
pub(super) fn consent(ctx: &PageContext<'_>, form: &FormView<'_>, heading: &str) -> Markup {
    let publish_hint = ctx.t("consent-use-publish-hint");
    let uses: Vec<Choice<'_>> = ConsentUse::ALL
        .iter()
        .map(|usage| {
            let publish = *usage == ConsentUse::Publish;
            Choice {
                value: usage.as_str(),
                label: ctx.t(&format!("consent-use-{}", kebab(usage.as_str()))),
                hint: publish.then_some(publish_hint.as_str()),
                controls: publish.then_some("quotes"),
            }
        })
        .collect();
    let days = ctx.site.retention.declined_days;
    html! {
        div class="consent" {
            h2 { (heading) }
            p { (ctx.t("consent-intro")) }
            (radios_with_hints(ctx, form, "consent_use", &ctx.t("consent-use-legend"), None, &uses))
            div class="conditional" id="quotes-wrap" data-shown-with="consent_use-publish" {
                (radios(ctx, form, "quotes", &ctx.t("consent-quotes-legend"), Some(&format!("{} {}", ctx.t("consent-quotes-when"), ctx.t("consent-quotes-hint"))),
                    &[("yes", ctx.t("consent-quotes-yes")), ("no", ctx.t("consent-quotes-no"))]))
            }
            p { (ctx.t("consent-reports-readers")) }
            p { (police_statement(ctx)) " " a href=(format!("{}/privacy", lang_prefix(ctx))) { (ctx.t("consent-privacy-link")) } }
            p { (ctx.t_with("consent-kept", &[("days", days.into())])) }
        }
    }
}

/// What the organisation promises about the police and immigration, from its
/// settings: never more than it keeps.
pub fn police_statement(ctx: &PageContext<'_>) -> String {
    ctx.t(&format!(
        "police-{}",
        kebab(ctx.site.organisation.police_and_immigration.as_str())
    ))
}

/// The consent form's values: what the person just tried, else what is stored.
pub(super) fn consent_fields(payload: &crate::domain::Payload, form: &FormView<'_>) -> FormFields {
    if form.fields.get("consent_use").is_some() || form.fields.get("quotes").is_some() {
        return form.fields.clone();
    }
    FormFields::new(vec![
        ("consent_use".into(), payload.consent.usage.as_str().into()),
        (
            "quotes".into(),
            if payload.consent.quotes { "yes" } else { "no" }.into(),
        ),
    ])
}
