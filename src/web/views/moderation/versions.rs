//! Edited versions: the form that proposes one to the survivor, and the versions
//! already sent with what the survivor answered. It never changes the words kept.

use maud::{html, Markup};

use crate::app::envelope::ProposalView;
use crate::app::moderation::{ItemView, Reading};
use crate::domain::moderation::ProposalStatus;
use crate::domain::ModerationState;
use crate::web::context::PageContext;
use crate::web::views::dates;

use super::form::ItemForm;
use super::labels::kebab;

fn proposal_status(ctx: &PageContext<'_>, status: ProposalStatus) -> String {
    ctx.t(&format!("proposal-{}", kebab(status.as_str())))
}

/// The edited version. While the review form is on the page (an item in
/// review), its controls belong to that form (`form="review-form"`), so "Send
/// edited version" saves the review too; otherwise it is a form of its own.
pub(super) fn edit_form(
    ctx: &PageContext<'_>,
    item: &ItemView,
    reading: &Reading,
    form: &ItemForm,
) -> Markup {
    let latest = reading.proposals.last();
    let start = form.edit.clone().unwrap_or_else(|| match latest {
        Some(p) if p.status == ProposalStatus::ChangesRequested => p.text.clone(),
        Some(p)
            if p.status == ProposalStatus::Approved && item.state == ModerationState::Approved =>
        {
            p.text.clone()
        }
        _ => reading.prefill.clone(),
    });
    let with_review = item.state == ModerationState::InReview;
    let owner = with_review.then_some("review-form");
    let controls = html! {
        div class="field" {
            label for="edit" { (ctx.t("item-edit-label")) }
            textarea id="edit" name="edit" rows="12" dir="auto" form=[owner] { (start) }
        }
        div class="field" {
            label for="edit-message" { (ctx.t("item-edit-message-label")) }
            p class="hint" id="edit-message-hint" { (ctx.t("item-message-hint")) }
            textarea id="edit-message" name="message" rows="4" dir="auto" aria-describedby="edit-message-hint" form=[owner] { (form.message.clone().unwrap_or_default()) }
        }
        button type="submit" name="do" value="propose" class="primary" form=[owner] { (ctx.t("item-edit-send")) }
    };
    html! {
        section aria-labelledby="edit-heading" {
            h2 id="edit-heading" { (ctx.t("item-edit-heading")) }
            p class="hint" { (ctx.t("item-edit-hint")) }
            @if with_review {
                (controls)
            } @else {
                form method="post" action=(format!("/staff/items/{}", item.id)) {
                    input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                    input type="hidden" name="version" value=(item.version);
                    (controls)
                }
            }
        }
    }
}

pub(super) fn proposals(ctx: &PageContext<'_>, list: &[ProposalView]) -> Markup {
    html! {
        @if !list.is_empty() {
            section aria-labelledby="versions-heading" {
                h2 id="versions-heading" { (ctx.t("item-versions-heading")) }
                ol class="versions" {
                    @for p in list.iter().rev() {
                        li {
                            p { strong { (proposal_status(ctx, p.status)) } " · " (dates::when(ctx, &p.day)) }
                            div class="their-words" dir="auto" { (p.text) }
                        }
                    }
                }
            }
        }
    }
}
