//! The wellbeing notice on the queue and item pages: a break after many items, the
//! daily cap. It only says; it never blocks (the limits are kept in `app`).

use maud::{html, Markup};

use crate::web::context::PageContext;

/// A short notice when the person has read many items today.
pub fn wellbeing(
    ctx: &PageContext<'_>,
    opened: usize,
    break_after: u32,
    cap: Option<u32>,
) -> Markup {
    let at_cap = cap.is_some_and(|cap| opened as u32 >= cap);
    html! {
        @if let (true, Some(cap)) = (at_cap, cap) {
            div class="notice wellbeing" role="status" id="wellbeing" {
                p { (ctx.t_with("wellbeing-limit-reached", &[("cap", (cap as u64).into())])) }
                p { a href="/staff/guidelines" { (ctx.t("wellbeing-guidelines-link")) } }
            }
        } @else if opened as u32 >= break_after {
            div class="notice wellbeing" role="status" id="wellbeing" {
                p { (ctx.t_with("wellbeing-break", &[("count", (opened as u64).into())])) }
                p { a href="/staff/guidelines" { (ctx.t("wellbeing-guidelines-link")) } }
            }
        }
        @if let (false, Some(cap)) = (at_cap, cap) {
            p class="hint" { (ctx.t_with("wellbeing-cap", &[("count", (opened as u64).into()), ("cap", (cap as u64).into())])) }
        }
    }
}
