//! The pieces every survivor form is built from: the form as the person left it,
//! the error summary, radio groups, the text box, the honeypot, and the
//! language-prefixed addresses forms post to. Nothing here is stored or logged.

use maud::{html, Markup};

use crate::domain::share::{HONEYPOT_FIELD, MAX_TEXT_CHARS};
use crate::domain::{FieldError, FormFields};
use crate::web::context::PageContext;

/// A form as the person left it: what they typed and what needs fixing.
pub struct FormView<'a> {
    pub fields: &'a FormFields,
    pub errors: &'a [FieldError],
}

impl FormView<'_> {
    pub(super) fn error(&self, field: &str) -> Option<&'static str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message)
    }
}

pub(super) fn kebab(key: &str) -> String {
    key.replace('_', "-")
}

pub(super) fn lang_prefix(ctx: &PageContext<'_>) -> String {
    format!("/{}", ctx.lang.code())
}

pub(super) fn summary(ctx: &PageContext<'_>, form: &FormView<'_>) -> Markup {
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

pub(super) fn field_error(ctx: &PageContext<'_>, form: &FormView<'_>, field: &str) -> Markup {
    html! {
        @if let Some(message) = form.error(field) {
            p class="error" id=(format!("{field}-error")) { (ctx.t(message)) }
        }
    }
}

/// A group of radio buttons: (value, label) pairs.
pub(super) fn radios(
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
pub(super) struct Choice<'a> {
    pub(super) value: &'a str,
    pub(super) label: String,
    pub(super) hint: Option<&'a str>,
    pub(super) controls: Option<&'a str>,
}

pub(super) fn radios_with_hints(
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

pub(super) fn text_area(
    ctx: &PageContext<'_>,
    form: &FormView<'_>,
    label: &str,
    hint: &str,
) -> Markup {
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

/// Invisible to people (off-screen, hidden from screen readers, out of the tab
/// order); shown with a plain request only if something filled it in.
pub(super) fn honeypot(ctx: &PageContext<'_>, form: &FormView<'_>) -> Markup {
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
