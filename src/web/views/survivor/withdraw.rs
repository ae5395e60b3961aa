//! Withdrawing: the confirmation, which says it is permanent, and the page after.
//! Nothing is withdrawn until the confirmation is posted.

use maud::{html, Markup};

use crate::crypto::ReceiptCode;
use crate::policy::Resource;
use crate::web::context::PageContext;
use crate::web::views::layout::page;

use super::fields::lang_prefix;
use super::help::crisis;
use super::receipt::code_field;

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
