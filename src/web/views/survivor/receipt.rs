//! The receipt page a survivor opens with their code: the status, an edited
//! version to answer, messages with the team, their words, consent to change, and
//! the way to withdraw. The code travels only in hidden fields, never in a URL.

use maud::{html, Markup};

use crate::app::survivor::ReceiptView;
use crate::crypto::ReceiptCode;
use crate::domain::{ModerationState, Shared};
use crate::policy::Resource;
use crate::web::context::PageContext;
use crate::web::views::layout::page;

use super::consent::{consent, consent_fields};
use super::fields::{field_error, kebab, lang_prefix, summary, FormView};
use super::help::{crisis, not_an_emergency_service};

/// Words the survivor wrote, shown as typed: escaped, isolated from the page's
/// direction so control characters inside cannot reorder the interface.
pub fn their_words(text: &str) -> Markup {
    html! { div class="their-words" dir="auto" { (text) } }
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
pub(super) fn code_field(code: &ReceiptCode) -> Markup {
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
