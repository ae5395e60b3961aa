//! The queue page: filters, the items waiting too long, one row per item, and the
//! pager by position. It shows what an item is, never any of its words.

use maud::{html, Markup};

use crate::app::moderation::{QueueFilter, QueueItem, QueuePage, QueueView};
use crate::domain::suggest::SafeguardingLevel;
use crate::domain::Language;
use crate::policy::Policy;
use crate::storage::submissions::QueuePosition;
use crate::web::context::PageContext;
use crate::web::views::layout::{error_summary, page};
use crate::web::views::pagination::{count_value, linked_pager};

use super::labels::{kebab, kind_label, language_name, level_badge, level_label, state_label};
use super::wellbeing::wellbeing;

fn queue_link(filter: &QueueFilter, page: i64, at: Option<(&str, QueuePosition)>) -> String {
    let mut query = vec![format!("view={}", filter.view.key())];
    if let Some(lang) = filter.language {
        query.push(format!("language={}", lang.code()));
    }
    if let Some(level) = filter.level {
        query.push(format!("level={}", level.as_str()));
    }
    if let Some((side, position)) = at {
        query.push(format!("{side}={}", position.token()));
    }
    query.push(format!("page={page}"));
    format!("/staff/queue?{}", query.join("&"))
}

pub struct QueuePageView<'a> {
    pub filter: &'a QueueFilter,
    pub page: &'a QueuePage,
    pub opened_today: usize,
    pub break_after: u32,
    pub daily_cap: Option<u32>,
    /// A notice after a bulk action (already translated).
    pub notice: Option<String>,
    pub errors: Vec<String>,
    /// Unopened items past the waiting time, shown above the queue.
    pub waiting: &'a [QueueItem],
}

pub fn queue(ctx: &PageContext<'_>, policy: &Policy, view: &QueuePageView<'_>) -> Markup {
    let filter = view.filter;
    let result = view.page;
    page(
        ctx,
        &ctx.t("queue-title"),
        html! {
            (error_summary(ctx, &view.errors))
            @if let Some(notice) = &view.notice {
                div class="notice success" role="status" { p { (notice) } }
            }
            (wellbeing(ctx, view.opened_today, view.break_after, view.daily_cap))
            p class="lead" { (ctx.t("queue-intro")) }
            form method="get" action="/staff/queue" class="filters" {
                div class="field" {
                    label for="view" { (ctx.t("queue-filter-view")) }
                    select id="view" name="view" {
                        @for v in QueueView::ALL {
                            option value=(v.key()) selected[v == filter.view] { (ctx.t(&format!("queue-view-{}", kebab(v.key())))) }
                        }
                    }
                }
                div class="field" {
                    label for="language" { (ctx.t("queue-filter-language")) }
                    select id="language" name="language" {
                        option value="" selected[filter.language.is_none()] { (ctx.t("queue-any")) }
                        @for lang in Language::ALL {
                            option value=(lang.code()) selected[filter.language == Some(lang)] lang=(lang.code()) { (lang.endonym()) }
                        }
                    }
                }
                div class="field" {
                    label for="level" { (ctx.t("queue-filter-level")) }
                    select id="level" name="level" {
                        option value="" selected[filter.level.is_none()] { (ctx.t("queue-any")) }
                        @for level in SafeguardingLevel::ALL.iter().rev() {
                            option value=(level.as_str()) selected[filter.level == Some(*level)] { (level_label(ctx, policy, *level)) }
                        }
                    }
                }
                button type="submit" class="secondary" { (ctx.t("queue-filter-apply")) }
            }
            (waiting_too_long(ctx, policy, view.waiting))
            p { (ctx.t_with("queue-count", &[("count", count_value(result.total))])) }
            @if result.items.is_empty() {
                p { (ctx.t("queue-empty")) }
            } @else {
                form method="post" action="/staff/queue" {
                    input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                    // On a narrow screen each row becomes a block (see the CSS),
                    // its first line the link to the item.
                    div class="table-wrap" tabindex="0" role="region" aria-label=(ctx.t("queue-title")) {
                        table class="queue-table" {
                            caption class="visually-hidden" { (ctx.t("queue-title")) }
                            thead { tr {
                                th scope="col" { (ctx.t("queue-col-item")) }
                                th scope="col" { span class="visually-hidden" { (ctx.t("queue-select")) } }
                                th scope="col" { (ctx.t("queue-col-priority")) }
                                th scope="col" { (ctx.t("queue-col-language")) }
                                th scope="col" { (ctx.t("queue-col-kind")) }
                                th scope="col" { (ctx.t("queue-col-age")) }
                                th scope="col" { (ctx.t("queue-col-state")) }
                                th scope="col" { (ctx.t("queue-col-holder")) }
                            } }
                            tbody {
                                @for item in &result.items {
                                    (queue_row(ctx, policy, item))
                                }
                            }
                        }
                    }
                    fieldset class="field bulk" {
                        legend { (ctx.t("queue-bulk-legend")) }
                        p class="hint" { (ctx.t("queue-bulk-hint")) }
                        div class="choices" {
                            @for (value, key) in [("decline_duplicate", "queue-bulk-duplicate"), ("decline_spam", "queue-bulk-spam"), ("release", "queue-bulk-release")] {
                                div class="choice" {
                                    input type="radio" id=(format!("bulk-{value}")) name="bulk" value=(value);
                                    label for=(format!("bulk-{value}")) { (ctx.t(key)) }
                                }
                            }
                        }
                        button type="submit" class="secondary" { (ctx.t("queue-bulk-apply")) }
                    }
                }
                (pagination(ctx, filter, result))
            }
        },
    )
}

/// Items nobody has opened past the waiting time, whatever their level: a
/// list of links above the queue, oldest first.
fn waiting_too_long(ctx: &PageContext<'_>, policy: &Policy, items: &[QueueItem]) -> Markup {
    html! {
        @if !items.is_empty() {
            section class="notice warning waiting-too-long" aria-labelledby="waiting-too-long" {
                h2 id="waiting-too-long" { (ctx.t("queue-waiting-heading")) }
                p { (ctx.t("queue-waiting-hint")) }
                ul {
                    @for item in items {
                        li {
                            a href=(format!("/staff/items/{}", item.id)) {
                                (ctx.t_with("queue-waiting-item", &[("id", item.id.into()), ("days", item.age_days.into())]))
                            }
                            " " (level_badge(ctx, policy, item.level))
                            " " span lang=[item.language.map(|l| l.code())] { (language_name(item.language)) }
                        }
                    }
                }
            }
        }
    }
}

fn queue_row(ctx: &PageContext<'_>, policy: &Policy, item: &QueueItem) -> Markup {
    let id = format!("select-{}", item.id);
    html! {
        tr class=(format!("level-row-{}", item.level.as_str())) {
            th scope="row" class="item-link" {
                a href=(format!("/staff/items/{}", item.id)) { (ctx.t_with("queue-item-link", &[("id", item.id.into())])) }
            }
            td class="select" {
                input type="checkbox" id=(id) name="item" value=(item.id);
                label for=(id) class="visually-hidden" { (ctx.t_with("queue-select-item", &[("id", item.id.into())])) }
            }
            td data-label=(ctx.t("queue-col-priority")) { (level_badge(ctx, policy, item.level)) }
            td data-label=(ctx.t("queue-col-language")) lang=[item.language.map(|l| l.code())] { (language_name(item.language)) }
            td data-label=(ctx.t("queue-col-kind")) { (kind_label(ctx, item.kind)) }
            td data-label=(ctx.t("queue-col-age")) { (ctx.t_with("queue-age-days", &[("days", item.age_days.into())])) }
            td data-label=(ctx.t("queue-col-state")) {
                (state_label(ctx, item.state))
                @if item.survivor_waiting { " " span class="tag" { (ctx.t("queue-survivor-waiting")) } }
            }
            td data-label=(ctx.t("queue-col-holder")) {
                @match (&item.holder, item.held_by_me) {
                    (_, true) => { (ctx.t("queue-held-by-you")) }
                    (Some(name), false) => { (name) }
                    (None, _) => { "—" }
                }
            }
        }
    }
}

/// Links by position: the page before starts from this page's first item,
/// the page after from its last, so no page is found by counting.
fn pagination(ctx: &PageContext<'_>, filter: &QueueFilter, page: &QueuePage) -> Markup {
    let previous = page.previous.map(|p| {
        if page.page <= 2 {
            queue_link(filter, 1, None)
        } else {
            queue_link(filter, page.page - 1, Some(("before", p)))
        }
    });
    let next = page
        .next
        .map(|p| queue_link(filter, page.page + 1, Some(("after", p))));
    linked_pager(ctx, page.page, page.pages, page.total.more, previous, next)
}
