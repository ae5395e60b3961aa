//! The pages moderators work in: the queue (never any words), an item before
//! reading (what it is, a content warning, the claim), and the item while
//! reading (the words with identifying details highlighted, the review form, the
//! edited version, messages, decisions, the timeline).

use maud::{html, Markup, PreEscaped};

use crate::app::envelope::{Author, Message, ProposalView};
use crate::app::moderation::{
    readable_without_claim, BulkAction, BulkPlan, ItemView, LeftOut, PublishPreview, QueueFilter,
    QueueItem, QueuePage, QueueView, Reading, TimelineEntry, Who,
};
use crate::domain::moderation::{Action, ProposalStatus};
use crate::domain::suggest::{DetailKind, Highlight, SafeguardingLevel};
use crate::domain::{ConsentUse, Language, ModerationState, Shared, SubmissionKind};
use crate::policy::Policy;
use crate::storage::submissions::QueuePosition;
use crate::web::context::PageContext;

use super::layout::{error_summary, page};
use super::pagination::{count_value, linked_pager};

fn kebab(key: &str) -> String {
    key.replace('_', "-")
}

pub fn state_label(ctx: &PageContext<'_>, state: ModerationState) -> String {
    ctx.t(&format!("state-{}", kebab(state.as_str())))
}

pub fn kind_label(ctx: &PageContext<'_>, kind: SubmissionKind) -> String {
    ctx.t(&format!("kind-{}", kind.as_str()))
}

fn level_label(ctx: &PageContext<'_>, policy: &Policy, level: SafeguardingLevel) -> String {
    policy.level(level).label.get(ctx.lang).to_owned()
}

fn level_badge(ctx: &PageContext<'_>, policy: &Policy, level: SafeguardingLevel) -> Markup {
    html! {
        span class=(format!("level level-{}", level.as_str())) { (level_label(ctx, policy, level)) }
    }
}

fn language_name(lang: Option<Language>) -> String {
    lang.map(|l| l.endonym().to_owned())
        .unwrap_or_else(|| "?".into())
}

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

/// The words that set the suggested level ("why this is marked urgent"),
/// quoted from the text in the order they stand.
fn why_level(ctx: &PageContext<'_>, text: &str, why: &[(usize, usize)]) -> Markup {
    let chars: Vec<char> = text.chars().collect();
    let quotes: Vec<String> = why
        .iter()
        .filter(|(start, end)| start < end && *end <= chars.len())
        .map(|(start, end)| chars[*start..*end].iter().collect())
        .collect();
    html! {
        @if !quotes.is_empty() {
            p class="hint why-level" {
                (ctx.t("item-level-why")) " "
                @for (i, quote) in quotes.iter().enumerate() {
                    @if i > 0 { ", " }
                    q dir="auto" { (quote) }
                }
            }
        }
    }
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

/// What the person typed into an item's forms, given back with an error.
#[derive(Default, Clone)]
pub struct ItemForm {
    pub edit: Option<String>,
    pub message: Option<String>,
    pub note: Option<String>,
    pub errors: Vec<String>,
    pub notice: Option<String>,
    /// What was just done (a `done` key), so its notice shows in its section.
    pub done: Option<String>,
}

impl ItemForm {
    /// The notice, where the section named `done` shows it (or at the top).
    fn notice_in(&self, sections: &[&str]) -> Option<&String> {
        let here = match self.done.as_deref() {
            Some(done) => sections.contains(&done),
            None => sections.is_empty(),
        };
        self.notice.as_ref().filter(|_| here)
    }
}

/// Where an item page shows the notice after each action (others at the top).
const SECTION_NOTICES: [&str; 4] = ["review", "message", "ask", "note"];

fn notice_box(notice: Option<&String>) -> Markup {
    html! {
        @if let Some(notice) = notice {
            div class="notice success" role="status" { p { (notice) } }
        }
    }
}

fn top_notice(form: &ItemForm) -> Markup {
    let at_top = form
        .done
        .as_deref()
        .is_none_or(|d| !SECTION_NOTICES.contains(&d));
    notice_box(form.notice.as_ref().filter(|_| at_top))
}

fn labels_of<'a>(
    ctx: &PageContext<'_>,
    keys: &'a [String],
    label: impl Fn(&'a str) -> Option<&'a crate::policy::Translated>,
) -> String {
    keys.iter()
        .filter_map(|k| label(k))
        .map(|t| t.get(ctx.lang).to_owned())
        .collect::<Vec<_>>()
        .join(ctx.lang.list_separator())
}

fn known_consent_key(usage: ConsentUse) -> &'static str {
    match usage {
        ConsentUse::Publish => "known-consent-publish",
        ConsentUse::ThemesOnly => "known-consent-themes-only",
        ConsentUse::TeamOnly => "known-consent-team-only",
    }
}

/// What Voices already knows about publishing this item, shown as facts.
fn known_facts(ctx: &PageContext<'_>, item: &ItemView) -> Markup {
    html! {
        ul class="known-facts" {
            li { (ctx.t(known_consent_key(item.consent.usage))) }
            @if let Some(day) = &item.approved_on {
                li { (ctx.t_with("known-approved-on", &[("day", super::dates::text(ctx, day).into())])) }
            } @else if item.consent.usage == ConsentUse::Publish {
                li { (ctx.t("known-not-approved")) }
            }
        }
    }
}

fn facts(ctx: &PageContext<'_>, policy: &Policy, item: &ItemView) -> Markup {
    html! {
        dl class="facts" {
            dt { (ctx.t("item-kind")) } dd { (kind_label(ctx, item.kind)) }
            dt { (ctx.t("item-language")) } dd lang=(item.language.code()) { (item.language.endonym()) }
            dt { (ctx.t("item-received")) } dd { (super::dates::when(ctx, &item.received_on)) " (" (ctx.t_with("queue-age-days", &[("days", item.age_days.into())])) ")" }
            dt { (ctx.t("item-level")) } dd { (level_badge(ctx, policy, item.level)) }
            dt { (ctx.t("item-state")) } dd { (state_label(ctx, item.state)) }
            dt { (ctx.t("item-consent")) } dd {
                (ctx.t(&format!("item-consent-{}", kebab(item.consent.usage.as_str()))))
                @if item.consent.usage != ConsentUse::TeamOnly {
                    "; " (ctx.t(if item.consent.quotes { "item-quotes-yes" } else { "item-quotes-no" }))
                }
            }
            dt { (ctx.t("item-holder")) } dd {
                @match (&item.holder, item.held_by_me) {
                    (_, true) => {
                        (ctx.t("queue-held-by-you"))
                        @if let Some(minutes) = item.claim_minutes_left {
                            " " (ctx.t_with("item-claim-left", &[("minutes", minutes.max(0).into())]))
                        }
                    }
                    (Some(name), false) => { (name) }
                    (None, _) => { "—" }
                }
            }
        }
        @if item.survivor_waiting {
            p class="notice" { (ctx.t("item-survivor-waiting")) }
        }
        @if item.second_look {
            p class="notice" { (ctx.t("item-second-look")) }
        }
        @if let Some(name) = &item.publish_requested_by {
            p class="notice" { (ctx.t_with("item-publish-requested", &[("name", name.clone().into())])) }
        }
    }
}

fn action_form(
    ctx: &PageContext<'_>,
    item: &ItemView,
    action: &str,
    label: &str,
    class: &str,
) -> Markup {
    html! {
        form method="post" action=(format!("/staff/items/{}", item.id)) class="inline" {
            input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
            input type="hidden" name="version" value=(item.version);
            button type="submit" name="do" value=(action) class=(class) { (label) }
        }
    }
}

fn hand_off(ctx: &PageContext<'_>, item: &ItemView) -> Markup {
    html! {
        @if item.offered.contains(&Action::HandOff) && !item.hand_off_to.is_empty() {
            form method="post" action=(format!("/staff/items/{}", item.id)) class="hand-off" {
                input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                input type="hidden" name="version" value=(item.version);
                div class="field" {
                    label for="to" { (ctx.t("item-hand-off-label")) }
                    p class="hint" id="to-hint" { (ctx.t("item-hand-off-hint")) }
                    select id="to" name="to" aria-describedby="to-hint" {
                        @for (id, name) in &item.hand_off_to {
                            option value=(id) { (name) }
                        }
                    }
                }
                button type="submit" name="do" value="hand_off" class="secondary" { (ctx.t("item-hand-off")) }
            }
        }
    }
}

/// An item before its words: what it is, the content warning, the claim.
pub fn overview(
    ctx: &PageContext<'_>,
    policy: &Policy,
    item: &ItemView,
    form: &ItemForm,
) -> Markup {
    page(
        ctx,
        &ctx.t_with("item-title", &[("id", item.id.into())]),
        html! {
            (error_summary(ctx, &form.errors))
            (top_notice(form))
            (wellbeing(ctx, item.day.opened, item.day.break_after, item.day.cap))
            (facts(ctx, policy, item))
            @if item.offered.contains(&Action::Publish) {
                (publish_offer(ctx, item))
            }
            @if item.offered.contains(&Action::TakeBack) {
                p { (ctx.t("item-take-back-intro")) }
                (action_form(ctx, item, "take_back", &ctx.t("item-take-back"), "secondary"))
            }
            @let readable = item.held_by_me || readable_without_claim(item.state);
            @let claimable = !readable && item.offered.contains(&Action::Claim);
            @if item.day.at_limit && !readable {
                p class="notice wellbeing" id="not-offered" { (ctx.t("wellbeing-not-offered")) }
            }
            @if readable || claimable {
                section class="content-warning" aria-labelledby="cw-heading" {
                    h2 id="cw-heading" { (ctx.t("item-before-you-read")) }
                    p { (ctx.t("item-before-you-read-intro")) }
                    (content_warning(ctx, policy, item))
                    @if readable {
                        p { (ctx.t("item-you-can-stop")) }
                        p { a class="button primary" href=(format!("/staff/items/{}/read", item.id)) { (ctx.t("item-read")) } }
                    } @else {
                        p { (ctx.t("item-claim-intro")) }
                        form method="post" action=(format!("/staff/items/{}", item.id)) class="inline" {
                            input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                            input type="hidden" name="version" value=(item.version);
                            input type="hidden" name="then" value="read";
                            button type="submit" name="do" value="claim" class="primary" { (ctx.t("item-claim-and-read")) }
                        }
                    }
                }
            }
            @if item.offered.contains(&Action::Reopen) {
                p { (ctx.t("item-reopen-intro")) }
                (action_form(ctx, item, "reopen", &ctx.t("item-reopen"), "secondary"))
            }
            @if item.offered.contains(&Action::Claim) && item.held_by_me {
                (action_form(ctx, item, "claim", &ctx.t_with("item-claim-renew", &[("minutes", item.claim_minutes.into())]), "secondary"))
            } @else if item.offered.contains(&Action::Claim) && readable {
                p { (ctx.t("item-claim-to-change-intro")) }
                (action_form(ctx, item, "claim", &ctx.t("item-claim-to-change"), "secondary"))
            }
            @if item.offered.contains(&Action::Release) {
                (action_form(ctx, item, "release", &ctx.t("item-release"), "secondary"))
            }
            (hand_off(ctx, item))
            (notes(ctx, item, form))
            (timeline(ctx, &item.timeline))
        },
    )
}

/// An approved item's way to publication: one link to the confirmation.
fn publish_offer(ctx: &PageContext<'_>, item: &ItemView) -> Markup {
    html! {
        section class="publish-offer" aria-labelledby="publish-heading" {
            h2 id="publish-heading" { (ctx.t("item-publish-heading")) }
            (known_facts(ctx, item))
            @if let Some(name) = &item.publish_requested_by {
                p { (ctx.t_with("item-publish-requested", &[("name", name.clone().into())])) }
            }
            p { a class="button primary" href=(format!("/staff/items/{}/publish", item.id)) { (ctx.t("item-publish-check")) } }
        }
    }
}

/// What is known before reading: the level and its guidance, the warnings a
/// moderator confirmed, the themes the survivor chose.
fn content_warning(ctx: &PageContext<'_>, policy: &Policy, item: &ItemView) -> Markup {
    html! {
        @if item.level != SafeguardingLevel::None {
            p { strong { (level_label(ctx, policy, item.level)) ": " } (policy.level(item.level).guidance.get(ctx.lang)) }
            (super::alerts::guidance_note(ctx, policy, item.level))
        }
        @if !item.review.content_warnings.is_empty() {
            p { (ctx.t("item-warnings-confirmed")) " "
                (labels_of(ctx, &item.review.content_warnings, |k| policy.content_warning(k).map(|c| &c.label))) }
        }
        @if !item.suggested_warnings.is_empty() {
            p { (ctx.t("item-warnings-suggested")) " "
                (labels_of(ctx, &item.suggested_warnings, |k| policy.content_warning(k).map(|c| &c.label))) }
        }
        @if !item.survivor_themes.is_empty() {
            p { (ctx.t("item-survivor-themes")) " "
                (labels_of(ctx, &item.survivor_themes, |k| policy.themes.iter().find(|t| t.key == k).map(|t| &t.label))) }
        }
    }
}

fn detail_label(ctx: &PageContext<'_>, policy: &Policy, kind: DetailKind) -> String {
    policy
        .redactions
        .iter()
        .find(|r| r.suggested_kinds.contains(&kind))
        .map(|r| r.label.get(ctx.lang).to_owned())
        .unwrap_or_else(|| kind.as_str().to_owned())
}

/// The words with each suggested detail marked; escaped, isolated from the
/// page's direction.
pub fn highlighted(
    ctx: &PageContext<'_>,
    policy: &Policy,
    text: &str,
    highlights: &[Highlight],
) -> Markup {
    let chars: Vec<char> = text.chars().collect();
    let mut at = 0;
    let mut parts: Vec<(String, Option<DetailKind>)> = Vec::new();
    for h in highlights {
        if h.start < at || h.end > chars.len() || h.start >= h.end {
            continue;
        }
        parts.push((chars[at..h.start].iter().collect(), None));
        parts.push((chars[h.start..h.end].iter().collect(), Some(h.kind)));
        at = h.end;
    }
    parts.push((chars[at..].iter().collect(), None));
    html! {
        div class="their-words" dir="auto" lang=[None::<&str>] {
            @for (segment, kind) in &parts {
                @if let Some(kind) = kind {
                    mark class=(format!("detail detail-{}", kind.as_str())) {
                        span class="visually-hidden" { "[" (detail_label(ctx, policy, *kind)) "] " }
                        (segment)
                    }
                } @else {
                    (segment)
                }
            }
        }
    }
}

/// What the survivor chose besides their words: the service and its answers
/// for feedback, and for both kinds their age band and who helped.
fn shared_facts(ctx: &PageContext<'_>, policy: &Policy, shared: &Shared) -> Markup {
    let (age_band, helped) = match shared {
        Shared::Story {
            age_band, helped, ..
        }
        | Shared::Feedback {
            age_band, helped, ..
        } => (age_band, helped),
    };
    let feedback = match shared {
        Shared::Feedback {
            service,
            region,
            answers,
            ..
        } => Some((service, region, answers)),
        Shared::Story { .. } => None,
    };
    html! {
        dl class="facts" {
            @if let Some((service, region, answers)) = feedback {
                dt { (ctx.t("feedback-service-legend")) }
                dd { (policy.feedback.service_label(service, ctx.lang)) }
                @if let Some(region) = region {
                    dt { (ctx.t("feedback-region-label")) }
                    dd { (ctx.t(&format!("region-{}", kebab(region.key())))) }
                }
                @for question in &policy.feedback.questions {
                    @if let Some(answer) = answers.get(&question.key) {
                        dt { (question.label.get(ctx.lang)) }
                        dd { (question.answer(answer).map(|a| a.label.get(ctx.lang)).unwrap_or(answer)) }
                    }
                }
            }
            @if let Some(band) = age_band {
                dt { (ctx.t("feedback-age-legend")) }
                dd { (ctx.t(&format!("age-band-{}", kebab(band.key())))) }
            }
            @if let Some(helped) = helped {
                dt { (ctx.t("helped-legend")) }
                dd { (ctx.t(&format!("helped-{}", kebab(helped.key())))) }
            }
        }
    }
}

fn checkboxes(name: &str, legend: &str, options: &[(String, String)], chosen: &[String]) -> Markup {
    html! {
        fieldset class="field" id=(name) {
            legend { (legend) }
            div class="choices" {
                @for (value, label) in options {
                    @let id = format!("{name}-{value}");
                    div class="choice" {
                        input type="checkbox" id=(id) name=(name) value=(value) checked[chosen.contains(value)];
                        label for=(id) { (label) }
                    }
                }
            }
        }
    }
}

fn review_form(
    ctx: &PageContext<'_>,
    policy: &Policy,
    item: &ItemView,
    reading: &Reading,
    form: &ItemForm,
) -> Markup {
    let lang = ctx.lang;
    // Before anything is confirmed, the suggested themes are ticked for the
    // moderator to confirm or untick.
    let themes_chosen: Vec<String> =
        if item.review.themes.is_empty() && item.review.checklist.is_empty() {
            reading.suggestions.themes.clone()
        } else {
            item.review.themes.clone()
        };
    // Likewise the suggested content warnings, with any already confirmed.
    let warnings_chosen: Vec<String> = if item.review.checklist.is_empty() {
        let mut chosen = item.review.content_warnings.clone();
        chosen.extend(item.suggested_warnings.iter().cloned());
        chosen
    } else {
        item.review.content_warnings.clone()
    };
    let level = if item.review.checklist.is_empty() {
        item.level.max(reading.suggestions.safeguarding)
    } else {
        item.level
    };
    let themes: Vec<(String, String)> = policy
        .themes
        .iter()
        .map(|t| (t.key.clone(), t.label.get(lang).to_owned()))
        .collect();
    let warnings: Vec<(String, String)> = policy
        .content_warnings
        .iter()
        .map(|c| (c.key.clone(), c.label.get(lang).to_owned()))
        .collect();
    let checklist: Vec<(String, String)> = policy
        .checklist
        .iter()
        .map(|c| (c.key.clone(), c.label.get(lang).to_owned()))
        .collect();
    html! {
        section aria-labelledby="review-heading" {
            h2 id="review-heading" { (ctx.t("item-review-heading")) }
            (notice_box(form.notice_in(&["review"])))
            form method="post" action=(format!("/staff/items/{}", item.id)) id="review-form" {
                input type="hidden" name="with_review" value="1";
                input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                input type="hidden" name="version" value=(item.version);
                fieldset class="field" id="level" {
                    legend { (ctx.t("item-level")) }
                    @if reading.suggestions.safeguarding != SafeguardingLevel::None {
                        p class="hint" { (ctx.t_with("item-level-suggested", &[("level", level_label(ctx, policy, reading.suggestions.safeguarding).into())])) }
                        (why_level(ctx, reading.shared.text(), &reading.suggestions.why))
                    }
                    div class="choices" {
                        @for l in SafeguardingLevel::ALL {
                            @let id = format!("level-{}", l.as_str());
                            div class="choice" {
                                input type="radio" id=(id) name="level" value=(l.as_str()) checked[l == level];
                                label for=(id) { (level_label(ctx, policy, l)) }
                            }
                        }
                    }
                }
                (checkboxes("themes", &ctx.t("item-themes-legend"), &themes, &themes_chosen))
                (checkboxes("warnings", &ctx.t("item-warnings-legend"), &warnings, &warnings_chosen))
                (checkboxes("checklist", &ctx.t("item-checklist-legend"), &checklist, &item.review.checklist))
                p { (ctx.t("known-heading")) }
                (known_facts(ctx, item))
                button type="submit" name="do" value="review" class="secondary" { (ctx.t("item-review-save")) }
            }
        }
    }
}

fn proposal_status(ctx: &PageContext<'_>, status: ProposalStatus) -> String {
    ctx.t(&format!("proposal-{}", kebab(status.as_str())))
}

/// The edited version. While the review form is on the page (an item in
/// review), its controls belong to that form (`form="review-form"`), so "Send
/// edited version" saves the review too; otherwise it is a form of its own.
fn edit_form(ctx: &PageContext<'_>, item: &ItemView, reading: &Reading, form: &ItemForm) -> Markup {
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

fn proposals(ctx: &PageContext<'_>, list: &[ProposalView]) -> Markup {
    html! {
        @if !list.is_empty() {
            section aria-labelledby="versions-heading" {
                h2 id="versions-heading" { (ctx.t("item-versions-heading")) }
                ol class="versions" {
                    @for p in list.iter().rev() {
                        li {
                            p { strong { (proposal_status(ctx, p.status)) } " · " (super::dates::when(ctx, &p.day)) }
                            div class="their-words" dir="auto" { (p.text) }
                        }
                    }
                }
            }
        }
    }
}

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
                            " · " (super::dates::when(ctx, &m.day))
                        }
                        div class="message-text" dir="auto" { (m.text) }
                    }
                }
            }
        }
    }
}

fn message_form(
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

fn decisions(ctx: &PageContext<'_>, policy: &Policy, item: &ItemView) -> Markup {
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

fn notes(ctx: &PageContext<'_>, item: &ItemView, form: &ItemForm) -> Markup {
    html! {
        @if item.can_note {
            section aria-labelledby="notes-heading" {
                h2 id="notes-heading" { (ctx.t("item-notes-heading")) }
                (notice_box(form.notice_in(&["note"])))
                p class="hint" { (ctx.t("item-notes-hint")) }
                @for n in &item.notes {
                    div class="note" {
                        p class="message-meta" { strong { (n.author) } " · " (super::dates::when(ctx, &n.at)) }
                        div class="message-text" dir="auto" { (n.text) }
                    }
                }
                form method="post" action=(format!("/staff/items/{}", item.id)) {
                    input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                    input type="hidden" name="version" value=(item.version);
                    div class="field" {
                        label for="note" { (ctx.t("item-note-label")) }
                        textarea id="note" name="note" rows="4" dir="auto" { (form.note.clone().unwrap_or_default()) }
                    }
                    button type="submit" name="do" value="note" class="secondary" { (ctx.t("item-note-save")) }
                }
            }
        }
    }
}

pub fn timeline(ctx: &PageContext<'_>, entries: &[TimelineEntry]) -> Markup {
    html! {
        section aria-labelledby="timeline-heading" {
            h2 id="timeline-heading" { (ctx.t("item-timeline-heading")) }
            @if entries.is_empty() {
                p class="hint" { (ctx.t("item-timeline-empty")) }
            } @else {
                ol class="timeline" {
                    @for e in entries {
                        li {
                            span class="when" { (super::dates::when(ctx, &e.when)) }
                            " · "
                            @match &e.who {
                                Who::Survivor => { (ctx.t("who-survivor")) }
                                Who::Staff(name) => { (name) }
                                Who::Voices => { (ctx.t("who-voices")) }
                            }
                            " · " (event_label(ctx, &e.action))
                        }
                    }
                }
            }
        }
    }
}

/// An event's label; an action the interface does not know is shown as stored.
pub fn event_label(ctx: &PageContext<'_>, action: &str) -> String {
    let key = format!("event-{}", kebab(action));
    let text = ctx.t(&key);
    if text == key {
        action.to_owned()
    } else {
        text
    }
}

/// An item while reading: everything, and the forms that act on it.
pub fn reading(
    ctx: &PageContext<'_>,
    policy: &Policy,
    item: &ItemView,
    reading: &Reading,
    form: &ItemForm,
) -> Markup {
    let text = reading.shared.text();
    let working = item.held_by_me;
    page(
        ctx,
        &ctx.t_with("item-reading-title", &[("id", item.id.into())]),
        html! {
            (error_summary(ctx, &form.errors))
            (top_notice(form))
            (wellbeing(ctx, item.day.opened, item.day.break_after, item.day.cap))
            (facts(ctx, policy, item))
            @if item.offered.contains(&Action::Publish) {
                (publish_offer(ctx, item))
            }
            @if item.level == SafeguardingLevel::Urgent {
                div class="notice urgent" role="note" {
                    p { strong { (level_label(ctx, policy, item.level)) } }
                    p { (policy.level(item.level).guidance.get(ctx.lang)) }
                    (super::alerts::guidance_note(ctx, policy, item.level))
                }
            }
            section aria-labelledby="words-heading" {
                h2 id="words-heading" { (ctx.t("item-words-heading")) }
                (shared_facts(ctx, policy, &reading.shared))
                @if text.is_empty() {
                    p class="hint" { (ctx.t("item-no-words")) }
                } @else {
                    (highlighted(ctx, policy, text, &reading.suggestions.highlights))
                }
                @if !reading.suggestions.highlights.is_empty() {
                    details class="suggestions" {
                        summary { (ctx.t_with("item-details-found", &[("count", (reading.suggestions.highlights.len() as u64).into())])) }
                        ul {
                            @for h in &reading.suggestions.highlights {
                                li { (detail_label(ctx, policy, h.kind)) ": " span dir="auto" { (text.chars().skip(h.start).take(h.end - h.start).collect::<String>()) } }
                            }
                        }
                    }
                }
                p class="hint" { (ctx.t("item-suggestions-hint")) }
            }
            @if working && item.state == ModerationState::InReview {
                (review_form(ctx, policy, item, reading, form))
            }
            @if working && item.offered.contains(&Action::ProposeEdit) {
                (edit_form(ctx, item, reading, form))
            }
            (proposals(ctx, &reading.proposals))
            section aria-labelledby="messages-heading" {
                h2 id="messages-heading" { (ctx.t("item-messages-heading")) }
                (notice_box(form.notice_in(&["message", "ask"])))
                (messages_list(ctx, &reading.messages, "message-from-team", "message-from-survivor"))
                (message_form(ctx, policy, item, form))
            }
            @if item.offered.contains(&Action::TakeBack) {
                p { (ctx.t("item-take-back-intro")) }
                (action_form(ctx, item, "take_back", &ctx.t("item-take-back"), "secondary"))
            }
            (decisions(ctx, policy, item))
            (hand_off(ctx, item))
            (notes(ctx, item, form))
            (timeline(ctx, &item.timeline))
        },
    )
}

/// The one confirmation before publishing: the exact words, where they will
/// appear, what Voices knows, and what is left of the checklist.
pub fn publish_confirmation(
    ctx: &PageContext<'_>,
    policy: &Policy,
    preview: &PublishPreview,
    ticked: &[String],
    errors: &[String],
) -> Markup {
    let lang = preview.language;
    let left: Vec<(String, String)> = policy
        .checklist
        .iter()
        .filter(|c| !preview.confirmed.contains(&c.key))
        .map(|c| (c.key.clone(), c.label.get(ctx.lang).to_owned()))
        .collect();
    let confirmed = labels_of(ctx, &preview.confirmed, |k| {
        policy
            .checklist
            .iter()
            .find(|c| c.key == k)
            .map(|c| &c.label)
    });
    let address = format!("/{}/stories", lang.code());
    page(
        ctx,
        &ctx.t_with("publish-title", &[("id", preview.id.into())]),
        html! {
            (error_summary(ctx, errors))
            p class="lead" { (ctx.t("publish-intro")) }
            section aria-labelledby="publish-where-heading" {
                h2 id="publish-where-heading" { (ctx.t("publish-where-heading")) }
                ul {
                    li {
                        (ctx.t_with("publish-where", &[("language", lang.endonym().into())])) " "
                        a href=(address) dir="ltr" { bdi { (address) } }
                    }
                    li {
                        @if preview.content_warnings.is_empty() {
                            (ctx.t("publish-no-warnings"))
                        } @else {
                            (ctx.t("publish-warnings")) " "
                            (labels_of(ctx, &preview.content_warnings, |k| policy.content_warning(k).map(|c| &c.label)))
                        }
                    }
                    @if !preview.themes.is_empty() {
                        li { (ctx.t("publish-themes")) " "
                            (labels_of(ctx, &preview.themes, |k| policy.themes.iter().find(|t| t.key == k).map(|t| &t.label))) }
                    }
                }
            }
            section aria-labelledby="publish-words-heading" {
                h2 id="publish-words-heading" { (ctx.t("publish-words-heading")) }
                blockquote class="their-words publish-words" dir="auto" lang=(lang.code()) { (preview.words) }
            }
            section aria-labelledby="known-heading" {
                h2 id="known-heading" { (ctx.t("known-heading")) }
                ul class="known-facts" {
                    li { (ctx.t(known_consent_key(preview.consent.usage))) }
                    li { (ctx.t(if preview.consent.quotes { "item-quotes-yes" } else { "item-quotes-no" })) }
                    li { (ctx.t_with("known-approved-on", &[("day", super::dates::text(ctx, &preview.approved_on).into())])) }
                }
            }
            form method="post" action=(format!("/staff/items/{}", preview.id)) {
                input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                input type="hidden" name="version" value=(preview.version);
                @if !confirmed.is_empty() {
                    p { (ctx.t("publish-confirmed")) " " (confirmed) }
                }
                @if !left.is_empty() {
                    (checkboxes("checklist", &ctx.t("publish-checklist-legend"), &left, ticked))
                }
                @if let Some(name) = &preview.first_request_by {
                    p class="notice" { (ctx.t_with("publish-second-person", &[("name", name.clone().into())])) }
                }
                @if preview.first_of_two {
                    p class="notice" { (ctx.t("publish-first-of-two")) }
                }
                div class="actions" {
                    button type="submit" name="do" value="publish" class="primary" {
                        (ctx.t(if preview.first_of_two { "publish-confirm-first" } else { "publish-confirm" }))
                    }
                    a href=(format!("/staff/items/{}", preview.id)) { (ctx.t("publish-back")) }
                }
            }
        },
    )
}

/// Renders plain Markdown (headings, paragraphs, lists, emphasis) from the policy
/// files. Raw HTML in them is shown as text, never interpreted.
pub fn markdown(source: &str) -> Markup {
    use pulldown_cmark::{html as md_html, Event, Options, Parser};
    let parser = Parser::new_ext(source, Options::empty()).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut out = String::new();
    md_html::push_html(&mut out, parser);
    PreEscaped(out)
}

pub fn guidelines(ctx: &PageContext<'_>, policy: &Policy) -> Markup {
    page(
        ctx,
        &ctx.t("guidelines-title"),
        html! {
            @if ctx.lang != Language::En {
                p class="notice" lang=(ctx.lang.code()) { (ctx.t("guidelines-english-only")) }
            }
            div class="guidelines" lang="en" dir="ltr" { (markdown(&policy.guidelines)) }
        },
    )
}
