//! Messages between the team and the survivor on an item: the list, and the form
//! with the organisation's templates. A message is shown as typed, never as HTML.

use maud::{html, Markup};

use crate::app::envelope::{Author, Message};
use crate::app::moderation::ItemView;
use crate::domain::moderation::Action;
use crate::policy::Policy;
use crate::web::context::PageContext;
use crate::web::views::dates;

use super::form::ItemForm;

pub fn messages_list(
    ctx: &PageContext<'_>,
    list: &[Message],
    team_key: &str,
    survivor_key: &str,
) -> Markup {
    html! {
        @if list.is_empty() {
            p class="hint" { (ctx.t("messages-none")) }
        } @else {
            ol class="messages" {
                @for m in list {
                    li class=(format!("message from-{}", m.author.as_str())) {
                        p class="message-meta" {
                            strong { (ctx.t(match m.author { Author::Team => team_key, Author::Survivor => survivor_key })) }
                            " · " (dates::when(ctx, &m.day))
                        }
                        div class="message-text" dir="auto" { (m.text) }
                    }
                }
            }
        }
    }
}

pub(super) fn message_form(
    ctx: &PageContext<'_>,
    policy: &Policy,
    item: &ItemView,
    form: &ItemForm,
) -> Markup {
    let can_wait = item.offered.contains(&Action::Ask);
    html! {
        @if item.offered.contains(&Action::Message) {
            form method="post" action=(format!("/staff/items/{}", item.id)) {
                input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                input type="hidden" name="version" value=(item.version);
                div class="field" {
                    label for="template" { (ctx.t("item-template-label")) }
                    p class="hint" id="template-hint" { (ctx.t_with("item-template-hint", &[("language", item.language.endonym().into())])) }
                    select id="template" name="template" aria-describedby="template-hint" {
                        option value="" { (ctx.t("item-template-none")) }
                        @for t in &policy.message_templates {
                            option value=(t.key) data-text=(t.text.get(item.language)) { (t.label.get(ctx.lang)) }
                        }
                    }
                }
                div class="field" {
                    label for="message" { (ctx.t("item-message-label")) }
                    p class="hint" id="message-hint" { (ctx.t("item-message-hint")) }
                    textarea id="message" name="message" rows="5" dir="auto" lang=(item.language.code()) aria-describedby="message-hint" { (form.message.clone().unwrap_or_default()) }
                }
                div class="actions" {
                    button type="submit" name="do" value="message" class="secondary" { (ctx.t("item-message-send")) }
                    @if can_wait {
                        button type="submit" name="do" value="ask" class="secondary" { (ctx.t("item-message-ask")) }
                    }
                }
            }
        }
    }
}
