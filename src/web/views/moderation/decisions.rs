//! The decisions offered on an item being read: themes only, team only, decline
//! with a reason, release, reopen. It shows only the actions the item offers (from
//! its state and the person's role), never a button that would fail.

use maud::{html, Markup};

use crate::app::moderation::ItemView;
use crate::domain::moderation::Action;
use crate::policy::Policy;
use crate::web::context::PageContext;

use super::form::action_form;

pub(super) fn decisions(ctx: &PageContext<'_>, policy: &Policy, item: &ItemView) -> Markup {
    let offers = |a: Action| item.offered.contains(&a);
    let any = [
        Action::UseForThemes,
        Action::KeepForTeam,
        Action::Decline,
        Action::Release,
        Action::Reopen,
    ]
    .iter()
    .any(|a| offers(*a));
    html! {
        @if any {
            section aria-labelledby="decide-heading" {
                h2 id="decide-heading" { (ctx.t("item-decide-heading")) }
                @if offers(Action::UseForThemes) {
                    p { (ctx.t("item-themes-only-intro")) }
                    (action_form(ctx, item, "themes_only", &ctx.t("item-themes-only"), "secondary"))
                }
                @if offers(Action::KeepForTeam) {
                    p { (ctx.t("item-team-only-intro")) }
                    (action_form(ctx, item, "team_only", &ctx.t("item-team-only"), "secondary"))
                }
                @if offers(Action::Decline) {
                    form method="post" action=(format!("/staff/items/{}", item.id)) class="decline" {
                        input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                        input type="hidden" name="version" value=(item.version);
                        fieldset class="field" id="reason" {
                            legend { (ctx.t("item-decline-reason")) }
                            p class="hint" { (ctx.t("item-decline-hint")) }
                            div class="choices" {
                                @for r in &policy.decline_reasons {
                                    @let id = format!("reason-{}", r.key);
                                    div class="choice" {
                                        input type="radio" id=(id) name="reason" value=(r.key);
                                        label for=(id) { (r.label.get(ctx.lang)) }
                                    }
                                }
                            }
                        }
                        div class="field" {
                            label for="decline-message" { (ctx.t("item-decline-message")) }
                            textarea id="decline-message" name="message" rows="3" dir="auto" lang=(item.language.code()) {}
                        }
                        button type="submit" name="do" value="decline" class="danger" { (ctx.t("item-decline")) }
                    }
                }
                @if offers(Action::Release) {
                    (action_form(ctx, item, "release", &ctx.t("item-release"), "secondary"))
                }
                @if offers(Action::Reopen) {
                    p { (ctx.t("item-reopen-intro")) }
                    (action_form(ctx, item, "reopen", &ctx.t("item-reopen"), "secondary"))
                }
            }
        }
    }
}
