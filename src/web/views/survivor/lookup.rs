//! The receipt code: shown once after sharing, and the form where it is typed to
//! come back. The code never appears in an address.

use maud::{html, Markup};

use crate::crypto::ReceiptCode;
use crate::policy::Resource;
use crate::web::context::PageContext;
use crate::web::views::layout::page;

use super::fields::lang_prefix;
use super::help::{crisis, not_an_emergency_service};

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
