//! The confirmation before a bulk action on the queue: what will happen to which
//! items, and which are left out and why. It only asks; nothing is done here.

use maud::{html, Markup};

use crate::app::moderation::{BulkAction, BulkPlan, LeftOut};
use crate::policy::Policy;
use crate::web::context::PageContext;
use crate::web::views::layout::page;

/// The confirmation before a bulk action: what happens to how many items,
/// which are left out and why. Nothing has happened yet.
pub fn bulk_confirmation(
    ctx: &PageContext<'_>,
    policy: &Policy,
    plan: &BulkPlan,
    keep_days: u32,
) -> Markup {
    let count = plan.apply.len() as u64;
    let item_links = |ids: &mut dyn Iterator<Item = i64>| -> Markup {
        html! {
            ul class="bulk-items" {
                @for id in ids {
                    li { a href=(format!("/staff/items/{id}")) { (ctx.t_with("queue-item-link", &[("id", id.into())])) } }
                }
            }
        }
    };
    page(
        ctx,
        &ctx.t("queue-bulk-confirm-title"),
        html! {
            @if plan.apply.is_empty() {
                p { (ctx.t("queue-bulk-nothing")) }
            } @else {
                @match plan.action {
                    BulkAction::Decline(reason) => {
                        @let label = policy.decline_reason(reason).map(|r| r.label.get(ctx.lang).to_owned()).unwrap_or_default();
                        p { (ctx.t_with("queue-bulk-will-decline", &[("count", count.into()), ("reason", label.into())])) }
                        (item_links(&mut plan.apply.iter().copied()))
                        p { (ctx.t_with("queue-bulk-decline-effects", &[("days", keep_days.into())])) }
                    }
                    BulkAction::Release => {
                        p { (ctx.t_with("queue-bulk-will-release", &[("count", count.into())])) }
                        (item_links(&mut plan.apply.iter().copied()))
                    }
                }
            }
            @if !plan.left_out.is_empty() {
                p { (ctx.t_with("queue-bulk-left-out", &[("count", (plan.left_out.len() as u64).into())])) }
                ul class="bulk-items" {
                    @for (id, why) in &plan.left_out {
                        li {
                            a href=(format!("/staff/items/{id}")) { (ctx.t_with("queue-item-link", &[("id", (*id).into())])) }
                            ": " (ctx.t(match why {
                                LeftOut::Safeguarding => "queue-bulk-why-safeguarding",
                                LeftOut::Unread => "queue-bulk-why-unread",
                                LeftOut::NotNow => "queue-bulk-why-not-now",
                            }))
                        }
                    }
                }
            }
            form method="post" action="/staff/queue" class="actions" {
                input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                input type="hidden" name="bulk" value=(plan.action.key());
                input type="hidden" name="confirm" value="yes";
                @for id in &plan.apply {
                    input type="hidden" name="item" value=(id);
                }
                @if !plan.apply.is_empty() {
                    button type="submit" class=(if matches!(plan.action, BulkAction::Release) { "secondary" } else { "danger" }) {
                        (ctx.t_with(if matches!(plan.action, BulkAction::Release) { "queue-bulk-confirm-release" } else { "queue-bulk-confirm-decline" }, &[("count", count.into())]))
                    }
                }
                a href="/staff/queue" { (ctx.t("queue-bulk-cancel")) }
            }
        },
    )
}
