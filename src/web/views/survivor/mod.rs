//! The pages a young survivor sees. Every word comes from the translation files;
//! every one of these pages works without JavaScript and sets no cookies.

use maud::{html, Markup};

use crate::app::survivor::ReceiptView;
use crate::crypto::ReceiptCode;
use crate::domain::share::{answer_field, AgeBand, Helped, Region, HONEYPOT_FIELD, MAX_TEXT_CHARS};
use crate::domain::{ConsentUse, FieldError, FormFields, ModerationState, Shared};
use crate::policy::{Policy, Resource};
use crate::web::context::PageContext;

use super::layout::page;

/// A form as the person left it: what they typed and what needs fixing.
pub struct FormView<'a> {
    pub fields: &'a FormFields,
    pub errors: &'a [FieldError],
}

impl FormView<'_> {
    fn error(&self, field: &str) -> Option<&'static str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message)
    }
}

fn kebab(key: &str) -> String {
    key.replace('_', "-")
}

fn lang_prefix(ctx: &PageContext<'_>) -> String {
    format!("/{}", ctx.lang.code())
}

/// Words the survivor wrote, shown as typed: escaped, isolated from the page's
/// direction so control characters inside cannot reorder the interface.
pub fn their_words(text: &str) -> Markup {
    html! { div class="their-words" dir="auto" { (text) } }
}

/// Crisis and support contacts for the page's language.
pub fn crisis(ctx: &PageContext<'_>, resources: &[&Resource]) -> Markup {
    html! {
        section class="help-now" aria-labelledby="help-now-heading" {
            h2 id="help-now-heading" { (ctx.t("help-now-heading")) }
            p { (ctx.t("help-now-intro")) }
            ul class="resources" {
                @for r in resources {
                    li {
                        strong { (r.name.get(ctx.lang)) }
                        @if let Some(phone) = &r.phone {
                            " " span class="contact" { (ctx.t("resource-call")) " "
                                a href=(format!("tel:{}", phone.replace(' ', ""))) class="phone" dir="ltr" { (phone) } }
                        }
                        @if let Some(sms) = &r.sms {
                            " " span class="contact" { (ctx.t("resource-text")) " "
                                a href=(format!("sms:{}", sms.replace(' ', ""))) class="phone" dir="ltr" { (sms) } }
                        }
                        br;
                        span class="hint" { (r.when.get(ctx.lang)) }
                        @if let Some(more) = &r.more {
                            " " span class="hint" { (more.get(ctx.lang)) }
                        }
                        @if let Some(web) = &r.web {
                            " " a class="web" href=(web) rel="noreferrer" dir="ltr" { (web.trim_start_matches("https://").trim_start_matches("www.")) }
                        }
                    }
                }
            }
        }
    }
}

/// Said plainly wherever someone might write "I'm in danger": Voices cannot
/// come, and cannot answer fast.
fn not_an_emergency_service(ctx: &PageContext<'_>) -> Markup {
    html! {
        div class="notice urgent-help" {
            p { strong { (ctx.t("not-emergency")) } }
        }
    }
}

fn summary(ctx: &PageContext<'_>, form: &FormView<'_>) -> Markup {
    html! {
        @if !form.errors.is_empty() {
            div class="error-summary" role="alert" tabindex="-1" id="error-summary" {
                h2 { (ctx.t("form-error-summary")) }
                ul {
                    @for e in form.errors {
                        li { a href=(format!("#{}", e.field)) { (ctx.t(e.message)) } }
                    }
                }
                p { (ctx.t("form-nothing-lost")) }
            }
        }
    }
}

fn field_error(ctx: &PageContext<'_>, form: &FormView<'_>, field: &str) -> Markup {
    html! {
        @if let Some(message) = form.error(field) {
            p class="error" id=(format!("{field}-error")) { (ctx.t(message)) }
        }
    }
}

/// A group of radio buttons: (value, label) pairs.
fn radios(
    ctx: &PageContext<'_>,
    form: &FormView<'_>,
    name: &str,
    legend: &str,
    hint: Option<&str>,
    options: &[(&str, String)],
) -> Markup {
    let choices: Vec<Choice<'_>> = options
        .iter()
        .map(|(value, label)| Choice {
            value,
            label: label.clone(),
            hint: None,
            controls: None,
        })
        .collect();
    radios_with_hints(ctx, form, name, legend, hint, &choices)
}

/// One radio button: its value, its label, a short explanation under it, and
/// the id of what choosing it reveals.
struct Choice<'a> {
    value: &'a str,
    label: String,
    hint: Option<&'a str>,
    controls: Option<&'a str>,
}

fn radios_with_hints(
    ctx: &PageContext<'_>,
    form: &FormView<'_>,
    name: &str,
    legend: &str,
    hint: Option<&str>,
    options: &[Choice<'_>],
) -> Markup {
    let chosen = form.fields.get(name);
    let invalid = form.error(name).is_some();
    html! {
        fieldset id=(name) class=(if invalid { "field has-error" } else { "field" })
            aria-describedby=[invalid.then(|| format!("{name}-error"))] {
            legend { (legend) }
            @if let Some(hint) = hint { p class="hint" { (hint) } }
            (field_error(ctx, form, name))
            div class="choices" {
                @for choice in options {
                    @let id = format!("{name}-{}", choice.value);
                    @let hint_id = format!("{id}-hint");
                    div class="choice" {
                        input type="radio" id=(id) name=(name) value=(choice.value) checked[chosen == Some(choice.value)]
                            aria-describedby=[choice.hint.map(|_| hint_id.clone())]
                            aria-controls=[choice.controls];
                        label for=(id) { (choice.label) }
                        @if let Some(text) = choice.hint {
                            p class="hint choice-hint" id=(hint_id) { (text) }
                        }
                    }
                }
            }
        }
    }
}

fn text_area(ctx: &PageContext<'_>, form: &FormView<'_>, label: &str, hint: &str) -> Markup {
    let invalid = form.error("text").is_some();
    html! {
        div class=(if invalid { "field has-error" } else { "field" }) {
            label for="text" { (label) }
            p class="hint" id="text-hint" { (hint) " " (ctx.t_with("share-text-limit", &[("limit", (MAX_TEXT_CHARS as u64).into())])) }
            (field_error(ctx, form, "text"))
            textarea id="text" name="text" rows="12" dir="auto" maxlength=(MAX_TEXT_CHARS)
                data-counter=(ctx.t("share-text-counter"))
                aria-describedby=(if invalid { "text-hint text-error" } else { "text-hint" })
                aria-invalid=[invalid.then_some("true")] {
                (form.fields.text("text"))
            }
        }
    }
}

/// The survivor's choices: what may happen to their words (the most private
/// first), and, only with publishing, whether short quotes may be used. Then
/// who reads the reports, what the organisation promises about the police and
/// immigration, and how long words are kept.
fn consent(ctx: &PageContext<'_>, form: &FormView<'_>, heading: &str) -> Markup {
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

/// Invisible to people (off-screen, hidden from screen readers, out of the tab
/// order); shown with a plain request only if something filled it in.
fn honeypot(ctx: &PageContext<'_>, form: &FormView<'_>) -> Markup {
    let filled = form.error(HONEYPOT_FIELD).is_some();
    html! {
        @if filled {
            div class="field has-error" {
                label for=(HONEYPOT_FIELD) { (ctx.t("share-honeypot-label")) }
                (field_error(ctx, form, HONEYPOT_FIELD))
                input type="text" id=(HONEYPOT_FIELD) name=(HONEYPOT_FIELD) value=(form.fields.text(HONEYPOT_FIELD)) autocomplete="off";
            }
        } @else {
            div class="hp" aria-hidden="true" {
                label for=(HONEYPOT_FIELD) { (ctx.t("share-honeypot-label")) }
                input type="text" id=(HONEYPOT_FIELD) name=(HONEYPOT_FIELD) value="" tabindex="-1" autocomplete="off";
            }
        }
    }
}

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

/// The code, large and grouped, shown once after sharing.
pub fn receipt_created(
    ctx: &PageContext<'_>,
    code: &ReceiptCode,
    resources: &[&Resource],
) -> Markup {
    page(
        ctx,
        &ctx.t("receipt-created-heading"),
        html! {
            p class="lead" { (ctx.t("receipt-created-intro")) }
            p class="receipt-code" dir="ltr" lang="en" translate="no" { (code.grouped()) }
            p { strong { (ctx.t("receipt-created-why")) } }
            p { (ctx.t("receipt-created-keep-safe")) }
            p class="no-print" { (ctx.t("receipt-created-print")) }
            button type="button" class="secondary print-button no-print" hidden { (ctx.t("receipt-print-button")) }
            p { (ctx.t_with("receipt-created-when", &[("weeks", ctx.site.organisation.reply_within_weeks.into())])) }
            p class="no-print" { a href=(format!("{}/receipt", lang_prefix(ctx))) { (ctx.t("receipt-lookup-link")) } }
            (not_an_emergency_service(ctx))
            (crisis(ctx, resources))
        },
    )
}

pub fn receipt_lookup(ctx: &PageContext<'_>, typed: &str, error: Option<&str>) -> Markup {
    receipt_lookup_with_message(ctx, typed, &error.map(|key| ctx.t(key)).unwrap_or_default())
}

/// The look-up form with an already translated message (empty for none).
pub fn receipt_lookup_with_message(ctx: &PageContext<'_>, typed: &str, message: &str) -> Markup {
    lookup_page(ctx, typed, (!message.is_empty()).then_some(message), None)
}

/// The look-up form after a receipt link that is spent (Back, Reload): nothing
/// went wrong, so a calm notice says the page closed and the form is the way
/// back in.
pub fn receipt_link_closed(ctx: &PageContext<'_>) -> Markup {
    lookup_page(ctx, "", None, Some(&ctx.t("receipt-link-expired")))
}

fn lookup_page(
    ctx: &PageContext<'_>,
    typed: &str,
    error: Option<&str>,
    notice: Option<&str>,
) -> Markup {
    page(
        ctx,
        &ctx.t("receipt-heading"),
        html! {
            @if let Some(message) = error {
                div class="error-summary" role="alert" tabindex="-1" id="error-summary" autofocus {
                    h2 { (ctx.t("form-error-summary")) }
                    ul { li { a href="#code" { (message) } } }
                }
            }
            @if let Some(notice) = notice {
                div class="notice" role="status" id="link-closed" { p { (notice) } }
            }
            p class="lead" { (ctx.t("receipt-intro")) }
            form method="post" action=(format!("{}/receipt", lang_prefix(ctx))) {
                div class=(if error.is_some() { "field has-error" } else { "field" }) {
                    label for="code" { (ctx.t("receipt-code-label")) }
                    p class="hint" id="code-hint" { (ctx.t("receipt-code-hint")) }
                    @if let Some(message) = error {
                        p class="error" id="code-error" { (message) }
                    }
                    input type="text" id="code" name="code" value=(typed) dir="ltr" autocomplete="off"
                        autocapitalize="characters" spellcheck="false" inputmode="text"
                        aria-describedby=(if error.is_some() { "code-hint code-error" } else { "code-hint" })
                        aria-invalid=[error.map(|_| "true")];
                }
                button type="submit" class="primary" { (ctx.t("receipt-open")) }
            }
        },
    )
}

fn state_message(state: ModerationState) -> &'static str {
    match state {
        ModerationState::Received => "status-received",
        ModerationState::InReview => "status-in-review",
        ModerationState::AwaitingSurvivor => "status-awaiting-survivor",
        ModerationState::Approved => "status-approved",
        ModerationState::Published => "status-published",
        ModerationState::ThemesOnly => "status-themes-only",
        ModerationState::TeamOnly => "status-team-only",
        ModerationState::Declined => "status-declined",
        ModerationState::Withdrawn => "status-withdrawn",
    }
}

/// A hidden field carrying the code for the next step. The page is never cached
/// (`no-store`), and the code never appears in a URL.
fn code_field(code: &ReceiptCode) -> Markup {
    html! { input type="hidden" name="code" value=(code.grouped()); }
}

/// A message box for an answer to the team, keeping what was typed.
fn message_box(
    ctx: &PageContext<'_>,
    form: &FormView<'_>,
    id: &str,
    label: &str,
    hint: Option<&str>,
) -> Markup {
    let invalid = form.error("message").is_some();
    let hint_id = format!("{id}-hint");
    html! {
        div class=(if invalid { "field has-error" } else { "field" }) {
            label for=(id) { (label) }
            @if let Some(hint) = hint { p class="hint" id=(hint_id) { (hint) } }
            (field_error(ctx, form, "message"))
            textarea id=(id) name="message" rows="4" dir="auto"
                maxlength=(crate::domain::redaction::MAX_MESSAGE_CHARS)
                aria-describedby=[hint.map(|_| hint_id.clone())]
                aria-invalid=[invalid.then_some("true")] { (form.fields.text("message")) }
        }
    }
}

fn respond_form(ctx: &PageContext<'_>, code: &ReceiptCode, body: Markup) -> Markup {
    html! {
        form method="post" action=(format!("{}/receipt/respond", lang_prefix(ctx))) {
            (code_field(code))
            (body)
        }
    }
}

/// An answer to an edited version: it carries the tag of the wording shown
/// here, so it can never count for a version the survivor has not seen.
fn answer_form(
    ctx: &PageContext<'_>,
    code: &ReceiptCode,
    tag: Option<&str>,
    body: Markup,
) -> Markup {
    respond_form(
        ctx,
        code,
        html! {
            @if let Some(tag) = tag { input type="hidden" name="shown" value=(tag); }
            (body)
        },
    )
}

/// The messages between the survivor and the team, oldest first.
fn messages_section(
    ctx: &PageContext<'_>,
    code: &ReceiptCode,
    view: &ReceiptView,
    form: &FormView<'_>,
) -> Markup {
    use crate::app::envelope::Author;
    use crate::domain::moderation::Action;
    html! {
        section aria-labelledby="messages-heading" {
            h2 id="messages-heading" { (ctx.t("receipt-messages-heading")) }
            @if view.messages.is_empty() {
                p { (ctx.t("receipt-messages-none")) }
            } @else {
                ol class="messages" {
                    @for m in &view.messages {
                        li class=(format!("message from-{}", m.author.as_str())) {
                            p class="message-meta" {
                                strong { (ctx.t(match m.author { Author::Team => "message-from-team", Author::Survivor => "message-from-you" })) }
                                " · " (m.day)
                            }
                            div class="message-text" dir="auto" { (m.text) }
                        }
                    }
                }
            }
            @if view.offers(Action::Reply) {
                (respond_form(ctx, code, html! {
                    (message_box(ctx, form, "message", &ctx.t("receipt-reply-label"), Some(&ctx.t("receipt-reply-hint"))))
                    button type="submit" name="do" value="reply" class="secondary" { (ctx.t("receipt-reply-send")) }
                }))
            }
        }
    }
}

/// An edited version next to the original (stacked on a narrow screen), and the
/// survivor's three answers.
fn proposal_section(
    ctx: &PageContext<'_>,
    code: &ReceiptCode,
    view: &ReceiptView,
    form: &FormView<'_>,
) -> Markup {
    use crate::domain::moderation::{Action, ProposalStatus};
    let Some(proposal) = &view.proposal else {
        return html! {};
    };
    let original = view.payload.as_ref().map(|p| p.shared.text()).unwrap_or("");
    let pending = proposal.status == ProposalStatus::Pending;
    html! {
        section aria-labelledby="edit-heading" {
            h2 id="edit-heading" { (ctx.t(if pending { "receipt-edit-heading" } else { "receipt-edit-approved-heading" })) }
            @if pending { p { (ctx.t("receipt-edit-intro")) } }
            div class="compare" {
                div {
                    h3 { (ctx.t("receipt-edit-yours")) }
                    (their_words(original))
                }
                div {
                    h3 { (ctx.t("receipt-edit-suggested")) }
                    (their_words(&proposal.text))
                }
            }
            @if pending && view.offers(Action::Approve) {
                @let tag = view.proposal_tag.as_deref();
                p { (ctx.t("receipt-edit-choose")) }
                (answer_form(ctx, code, tag, html! {
                    button type="submit" name="do" value="approve" class="primary" { (ctx.t("receipt-edit-approve")) }
                }))
                (answer_form(ctx, code, tag, html! {
                    (message_box(ctx, form, "changes-message", &ctx.t("receipt-edit-changes-label"), Some(&ctx.t("receipt-edit-changes-hint"))))
                    button type="submit" name="do" value="changes" class="secondary" { (ctx.t("receipt-edit-changes")) }
                }))
                (answer_form(ctx, code, tag, html! {
                    p { (ctx.t("receipt-edit-refuse-intro")) }
                    button type="submit" name="do" value="refuse" class="secondary" { (ctx.t("receipt-edit-refuse")) }
                }))
            }
        }
    }
}

/// What the receipt page says first, above everything else.
#[derive(Debug, Clone, Copy)]
pub enum Notice<'a> {
    /// What the survivor just did was saved (a message key).
    Done(&'a str),
    /// Their answer was about an edited version the team has since replaced:
    /// nothing was decided, and the new version is on the page.
    EditChanged,
}

pub fn receipt_view(
    ctx: &PageContext<'_>,
    policy: &crate::policy::Policy,
    code: &ReceiptCode,
    view: &ReceiptView,
    notice: Option<Notice<'_>>,
    form: &FormView<'_>,
    resources: &[&Resource],
) -> Markup {
    use crate::domain::moderation::Action;
    page(
        ctx,
        &ctx.t("receipt-view-heading"),
        html! {
            @match notice {
                Some(Notice::Done(key)) => {
                    div class="notice success" role="status" { p { (ctx.t(key)) } }
                }
                Some(Notice::EditChanged) => {
                    div class="notice" role="status" id="edit-changed" {
                        p { (ctx.t("error-edit-changed")) }
                    }
                }
                None => {}
            }
            (summary(ctx, form))
            h2 { (ctx.t("receipt-status-heading")) }
            p class="status lead" { (ctx.t(state_message(view.state))) }
            @if let Some(reason) = view.decline_reason.as_deref().and_then(|r| policy.decline_reason(r)) {
                div class="notice" { p { (reason.message.get(ctx.lang)) } }
            }
            @if view.offers(Action::AskSecondLook) {
                (respond_form(ctx, code, html! {
                    (message_box(ctx, form, "second-look-message", &ctx.t("receipt-second-look-label"), Some(&ctx.t("receipt-second-look-hint"))))
                    button type="submit" name="do" value="second_look" class="secondary" { (ctx.t("receipt-second-look")) }
                }))
            }
            (proposal_section(ctx, code, view, form))
            @if view.payload.is_some() {
                (messages_section(ctx, code, view, form))
            }
            @if let Some(payload) = &view.payload {
                h2 { (ctx.t("receipt-your-words")) }
                @match &payload.shared {
                    Shared::Story { text, .. } => { (their_words(text)) }
                    Shared::Feedback { service, text, .. } => {
                        p { (policy.feedback.service_label(service, ctx.lang)) }
                        @if !text.is_empty() { (their_words(text)) }
                    }
                }
                h2 { (ctx.t("receipt-consent-now-heading")) }
                p { (ctx.t(&format!("consent-now-{}", kebab(payload.consent.usage.as_str())))) }
                @if payload.consent.quotes {
                    p { (ctx.t("consent-now-quotes")) }
                }
                @if view.consent_can_change() {
                    form method="post" action=(format!("{}/receipt/consent", lang_prefix(ctx))) {
                        (code_field(code))
                        @let current = consent_fields(payload, form);
                        (consent(ctx, &FormView { fields: &current, errors: form.errors }, &ctx.t("receipt-consent-change-heading")))
                        button type="submit" class="secondary" { (ctx.t("receipt-consent-save")) }
                    }
                }
            }
            @if view.can_withdraw() {
                h2 { (ctx.t("withdraw-heading")) }
                p { (ctx.t("withdraw-intro")) }
                form method="post" action=(format!("{}/receipt/withdraw", lang_prefix(ctx))) {
                    (code_field(code))
                    button type="submit" class="danger" { (ctx.t("withdraw-start")) }
                }
            }
            p class="notice" { (ctx.t("receipt-close-tab")) }
            (not_an_emergency_service(ctx))
            (crisis(ctx, resources))
        },
    )
}

/// The consent form's values: what the person just tried, else what is stored.
fn consent_fields(payload: &crate::domain::Payload, form: &FormView<'_>) -> FormFields {
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

pub fn withdraw_confirm(ctx: &PageContext<'_>, code: &ReceiptCode) -> Markup {
    page(
        ctx,
        &ctx.t("withdraw-confirm-heading"),
        html! {
            p class="lead" { (ctx.t("withdraw-confirm-intro")) }
            p { (ctx.t("withdraw-confirm-permanent")) }
            form method="post" action=(format!("{}/receipt/withdraw", lang_prefix(ctx))) {
                (code_field(code))
                input type="hidden" name="confirm" value="yes";
                button type="submit" class="danger" { (ctx.t("withdraw-confirm-button")) }
            }
            form method="post" action=(format!("{}/receipt", lang_prefix(ctx))) {
                (code_field(code))
                button type="submit" class="secondary" { (ctx.t("withdraw-cancel")) }
            }
        },
    )
}

pub fn withdrawn(ctx: &PageContext<'_>, resources: &[&Resource]) -> Markup {
    page(
        ctx,
        &ctx.t("withdrawn-heading"),
        html! {
            p class="lead" { (ctx.t("withdrawn-done")) }
            p { (ctx.t("withdrawn-code-still-works")) }
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
