//! Digest pages: the list, one digest (charts drawn on the server as inline SVG,
//! each with a title, a description and a table of the same numbers), the
//! "you said, we did" page, and the admin page for access, tokens and
//! responses. Right-to-left languages get mirrored charts.
//! It never queries the database: the digest comes released.

use maud::{html, Markup};

use crate::app::digests::Released;
use crate::domain::digest::{CellOf, Period, NOT_GIVEN};
use crate::domain::disclosure::Trend;
use crate::domain::{Direction, Language};
use crate::policy::Policy;
use crate::storage::digests::{ResponseRow, TokenRow};
use crate::web::context::PageContext;

use super::layout::page;

fn count_text(ctx: &PageContext<'_>, cell: CellOf) -> String {
    match cell.count {
        Some(n) => n.to_string(),
        // Never a claim about its size: a count hidden to protect others is
        // often large.
        None => ctx.t("digest-not-shown"),
    }
}

fn period_title(ctx: &PageContext<'_>, period: Period) -> String {
    ctx.t_with("digest-title", &[("period", period.to_string().into())])
}

/// A refusal (practitioners only, too many requests) as a page.
pub fn refused(ctx: &PageContext<'_>, key: &str) -> Markup {
    page(ctx, &ctx.t("digests-title"), html! { p { (ctx.t(key)) } })
}

pub fn list(ctx: &PageContext<'_>, digests: &[(Period, String, String)]) -> Markup {
    let lang = ctx.lang.code();
    page(
        ctx,
        &ctx.t("digests-title"),
        html! {
            p class="lead" { (ctx.t("digests-intro")) }
            @if digests.is_empty() {
                p { (ctx.t("digests-none")) }
            } @else {
                ul class="digest-list" {
                    @for (period, day, _) in digests {
                        li {
                            a href=(format!("/{lang}/digests/{period}")) { (period_title(ctx, *period)) }
                            " · " (ctx.t_with("digests-released", &[("day", day.clone().into())]))
                        }
                    }
                }
            }
            p { a href=(format!("/{lang}/you-said-we-did")) { (ctx.t("ysd-title")) } }
            p class="digest-data" {
                a href="/digests.json" { (ctx.t("digests-download-json")) }
                " · "
                a href="/digests.atom" { (ctx.t("digests-feed")) }
            }
        },
    )
}

/// A horizontal bar chart of labelled counts; suppressed counts get no bar.
/// Each label has a line of its own above its bar, so a long label is never cut
/// or drawn over a bar, in either direction.
fn bar_chart(
    ctx: &PageContext<'_>,
    id: &str,
    title: &str,
    desc: &str,
    rows: &[(String, CellOf)],
) -> Markup {
    let rtl = ctx.lang.direction() == Direction::Rtl;
    let width = 640.0_f64;
    let edge = 4.0;
    let bar_max = width - 2.0 * edge - 110.0;
    let row_h = 44.0;
    let height = row_h * rows.len() as f64 + 8.0;
    let max = rows
        .iter()
        .filter_map(|(_, c)| c.count)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let dir = if rtl { "rtl" } else { "ltr" };
    // Labels and values start at the reading edge; with direction="rtl",
    // "start" is the right.
    let start_x = if rtl { width - edge } else { edge };
    html! {
        svg class="digest-chart" role="img" viewBox=(format!("0 0 {width} {height}"))
            aria-labelledby=(format!("{id}-title {id}-desc")) {
            title id=(format!("{id}-title")) { (title) }
            desc id=(format!("{id}-desc")) { (desc) }
            @for (i, (label, cell)) in rows.iter().enumerate() {
                @let y = 4.0 + row_h * i as f64;
                @let w = cell.count.map(|n| (n as f64 / max) * bar_max).unwrap_or(0.0);
                @let bar_x = if rtl { width - edge - w } else { edge };
                @let gap = if w > 0.0 { w + 6.0 } else { 0.0 };
                @let value_x = if rtl { start_x - gap } else { start_x + gap };
                text class="chart-label" x=(start_x) y=(y + 15.0) text-anchor="start" direction=(dir) { (label) }
                @if cell.count.is_some() {
                    rect class="chart-bar" x=(bar_x) y=(y + 21.0) width=(w) height="16" {}
                }
                text class="chart-value" x=(value_x) y=(y + 34.0) text-anchor="start" direction=(dir) { (count_text(ctx, *cell)) }
            }
        }
    }
}

fn language_label(key: &str, ctx: &PageContext<'_>) -> String {
    match Language::from_code(key) {
        Some(l) => l.endonym().to_owned(),
        None => ctx.t("digest-not-given"),
    }
}

fn age_label(ctx: &PageContext<'_>, key: &str) -> String {
    if key == NOT_GIVEN {
        return ctx.t("digest-not-given");
    }
    ctx.t(&format!("age-band-{}", key.replace('_', "-")))
}

fn region_label(ctx: &PageContext<'_>, key: &str) -> String {
    if key == NOT_GIVEN {
        return ctx.t("digest-not-given");
    }
    ctx.t(&format!("region-{}", key.replace('_', "-")))
}

fn trend_text(ctx: &PageContext<'_>, trend: Option<Trend>) -> String {
    match trend {
        Some(Trend::Up) => ctx.t("digest-trend-up"),
        Some(Trend::Down) => ctx.t("digest-trend-down"),
        Some(Trend::Same) => ctx.t("digest-trend-same"),
        None => ctx.t("digest-trend-none"),
    }
}

fn simple_table(ctx: &PageContext<'_>, heading: &str, rows: &[(String, CellOf)]) -> Markup {
    html! {
        table class="digest-table" {
            thead { tr { th scope="col" { (heading) } th scope="col" { (ctx.t("digest-col-count")) } } }
            tbody {
                @for (label, cell) in rows {
                    tr { th scope="row" { (label) } td { (count_text(ctx, *cell)) } }
                }
            }
        }
    }
}

pub fn digest(ctx: &PageContext<'_>, policy: &Policy, digest: &Released) -> Markup {
    let lang = ctx.lang.code();
    let body = &digest.body;
    let theme_label = |key: &str| {
        policy
            .theme(key)
            .map(|t| t.label.get(ctx.lang).to_owned())
            .unwrap_or_else(|| key.to_owned())
    };
    let theme_rows: Vec<(String, CellOf)> = body
        .themes
        .iter()
        .map(|t| (theme_label(&t.key), t.count))
        .collect();
    let age_rows: Vec<(String, CellOf)> = body
        .age_bands
        .iter()
        .map(|a| (age_label(ctx, &a.key), a.count))
        .collect();
    let region_rows: Vec<(String, CellOf)> = body
        .regions
        .iter()
        .map(|r| (region_label(ctx, &r.key), r.count))
        .collect();
    let shown_services: Vec<_> = body
        .services
        .iter()
        .filter(|s| {
            s.questions
                .iter()
                .any(|q| q.answers.iter().any(|a| a.count.count.is_some()))
        })
        .collect();
    page(
        ctx,
        &period_title(ctx, digest.period),
        html! {
            p class="digest-meta" {
                (ctx.t_with("digests-released", &[("day", digest.released_on.clone().into())]))
                " · " (ctx.t("digest-items")) " " strong { (count_text(ctx, body.overview.total)) }
            }
            section class="notice digest-protection" aria-labelledby="protection" {
                h2 id="protection" { (ctx.t("digest-protection-heading")) }
                p { (ctx.t("digest-protection-ranges")) }
                p { (ctx.t("digest-not-shown-why")) }
            }
            @if body.empty {
                p class="digest-empty" { (ctx.t("digest-empty")) }
            }

            section aria-labelledby="themes" {
                h2 id="themes" { (ctx.t("digest-themes-heading")) }
                (bar_chart(ctx, "chart-themes", &ctx.t("digest-themes-chart-title"), &ctx.t("digest-themes-chart-desc-shown"), &theme_rows))
                table class="digest-table" {
                    thead { tr {
                        th scope="col" { (ctx.t("digest-col-theme")) }
                        th scope="col" { (ctx.t("digest-col-count")) }
                        th scope="col" { (ctx.t("digest-col-trend")) }
                    } }
                    tbody {
                        @for t in &body.themes {
                            tr {
                                th scope="row" { (theme_label(&t.key)) }
                                td { (count_text(ctx, t.count)) }
                                td { (trend_text(ctx, t.trend)) }
                            }
                            @let responses: Vec<&ResponseRow> = digest.responses.iter().filter(|r| r.theme == t.key && r.language == lang).collect();
                            @for r in responses {
                                tr class="digest-response" {
                                    td colspan="3" { strong { (ctx.t("digest-responses-heading")) ": " } span dir="auto" { (r.body) } }
                                }
                            }
                        }
                    }
                }
            }

            section aria-labelledby="languages" {
                h2 id="languages" { (ctx.t("digest-languages-heading")) }
                table class="digest-table" {
                    thead { tr {
                        th scope="col" { (ctx.t("digest-col-language")) }
                        th scope="col" { (ctx.t("digest-col-story")) }
                        th scope="col" { (ctx.t("digest-col-feedback")) }
                        th scope="col" { (ctx.t("digest-col-total")) }
                    } }
                    tbody {
                        @for row in &body.overview.languages {
                            tr {
                                th scope="row" lang=[Language::from_code(&row.key).map(|l| l.code())] { (language_label(&row.key, ctx)) }
                                @for c in &row.kinds { td { (count_text(ctx, *c)) } }
                                td { (count_text(ctx, row.total)) }
                            }
                        }
                        tr class="digest-total" {
                            th scope="row" { (ctx.t("digest-col-total")) }
                            @for c in &body.overview.kind_totals { td { (count_text(ctx, *c)) } }
                            td { (count_text(ctx, body.overview.total)) }
                        }
                    }
                }
            }

            section aria-labelledby="ages" {
                h2 id="ages" { (ctx.t("digest-age-heading")) }
                (bar_chart(ctx, "chart-ages", &ctx.t("digest-age-heading"), &ctx.t("digest-age-chart-desc"), &age_rows))
                (simple_table(ctx, &ctx.t("digest-col-age"), &age_rows))
            }

            section aria-labelledby="regions" {
                h2 id="regions" { (ctx.t("digest-regions-heading")) }
                (simple_table(ctx, &ctx.t("digest-col-region"), &region_rows))
            }

            section aria-labelledby="services" {
                h2 id="services" { (ctx.t("digest-services-heading")) }
                @if shown_services.is_empty() {
                    p { (ctx.t("digest-services-none")) }
                }
                @for s in &shown_services {
                    h3 { (policy.feedback.service_label(&s.key, ctx.lang)) " (" (count_text(ctx, s.count)) ")" }
                    @for q in &s.questions {
                        @if let Some(question) = policy.feedback.question(&q.key) {
                            table class="digest-table" {
                                caption { (question.label.get(ctx.lang)) }
                                thead { tr {
                                    th scope="col" { (ctx.t("digest-col-answer")) }
                                    th scope="col" { (ctx.t("digest-col-count")) }
                                    th scope="col" { (ctx.t("digest-col-percent")) }
                                } }
                                tbody {
                                    @for a in &q.answers {
                                        tr {
                                            th scope="row" {
                                                @if a.key == NOT_GIVEN { (ctx.t("digest-not-given")) }
                                                @else { (question.answer(&a.key).map(|x| x.label.get(ctx.lang).to_owned()).unwrap_or_else(|| a.key.clone())) }
                                            }
                                            td { (count_text(ctx, a.count)) }
                                            td { @if let Some(p) = a.percent { (p) "%" } @else { "–" } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }

            @if !digest.quotes.is_empty() {
                section aria-labelledby="quotes" {
                    h2 id="quotes" { (ctx.t("digest-quotes-heading")) }
                    @for q in &digest.quotes {
                        figure class="digest-quote" {
                            @let warnings: Vec<String> = q.content_warnings.iter().filter_map(|k| policy.content_warning(k)).map(|c| c.label.get(ctx.lang).to_owned()).collect();
                            figcaption {
                                (theme_label(&q.theme)) " · "
                                (Language::from_code(&q.language).map(|l| l.endonym()).unwrap_or("?"))
                                @if !warnings.is_empty() {
                                    " · " strong { (ctx.t("digest-quote-warning")) } " " (warnings.join(ctx.lang.list_separator()))
                                }
                            }
                            @if warnings.is_empty() {
                                blockquote dir="auto" lang=(q.language) { (q.text) }
                            } @else {
                                details {
                                    summary { (ctx.t("digest-quote-show")) }
                                    blockquote dir="auto" lang=(q.language) { (q.text) }
                                }
                            }
                        }
                    }
                }
            }

            p class="digest-data" {
                a href=(format!("/digests/{}.json", digest.period)) { (ctx.t("digests-download-json")) }
                " · "
                a href=(format!("/digests/{}.csv", digest.period)) { (ctx.t("digests-download-csv")) }
            }
            p class="digest-hash" { "blake2b:" (digest.hash) }
            p { a href=(format!("/{lang}/digests")) { (ctx.t("digest-back")) } }
        },
    )
}

pub fn responses(ctx: &PageContext<'_>, policy: &Policy, responses: &[ResponseRow]) -> Markup {
    let lang = ctx.lang.code();
    let mine: Vec<&ResponseRow> = responses.iter().filter(|r| r.language == lang).collect();
    page(
        ctx,
        &ctx.t("ysd-title"),
        html! {
            p class="lead" { (ctx.t("ysd-intro")) }
            @if mine.is_empty() {
                p { (ctx.t("ysd-none")) }
            }
            @for r in mine {
                article class="story-card" {
                    h2 { (policy.theme(&r.theme).map(|t| t.label.get(ctx.lang).to_owned()).unwrap_or_else(|| r.theme.clone())) }
                    p class="story-meta" { (ctx.t_with("ysd-from", &[("period", r.period.clone().into())])) }
                    p dir="auto" { (r.body) }
                }
            }
        },
    )
}

/// What the admin page shows.
pub struct AdminPage<'a> {
    pub practitioner_only: bool,
    pub tokens: &'a [TokenRow],
    pub new_token: Option<&'a str>,
    pub periods: &'a [Period],
    pub notice: Option<&'a str>,
    pub error: Option<&'a str>,
}

pub fn admin(ctx: &PageContext<'_>, policy: &Policy, view: &AdminPage<'_>) -> Markup {
    let csrf = ctx.csrf.clone().unwrap_or_default();
    page(
        ctx,
        &ctx.t("digests-admin-title"),
        html! {
            @if let Some(notice) = view.notice { p class="notice" role="status" { (notice) } }
            @if let Some(error) = view.error { p class="error" role="alert" { (error) } }
            @if let Some(token) = view.new_token {
                div class="notice" role="status" {
                    p { (ctx.t("digests-admin-token-once")) }
                    p { code class="token" { (token) } }
                }
            }
            h2 { (ctx.t("digests-admin-access")) }
            form method="post" action="/staff/admin/digests" {
                input type="hidden" name="csrf" value=(csrf);
                input type="hidden" name="do" value="access";
                fieldset {
                    legend { (ctx.t("digests-admin-access")) }
                    div class="choice" {
                        input type="radio" id="access-public" name="practitioner_only" value="false" checked[!view.practitioner_only];
                        label for="access-public" { (ctx.t("digests-admin-public")) }
                    }
                    div class="choice" {
                        input type="radio" id="access-practitioners" name="practitioner_only" value="true" checked[view.practitioner_only];
                        label for="access-practitioners" { (ctx.t("digests-admin-practitioners")) }
                    }
                }
                button type="submit" { (ctx.t("digests-admin-save")) }
            }

            h2 { (ctx.t("digests-admin-tokens")) }
            @if !view.tokens.is_empty() {
                ul {
                    @for t in view.tokens {
                        li {
                            (t.name) " · " (t.created_on)
                            @if t.revoked {
                                " · " (ctx.t("digests-admin-revoked"))
                            } @else {
                                form method="post" action="/staff/admin/digests" class="inline" {
                                    input type="hidden" name="csrf" value=(csrf);
                                    input type="hidden" name="do" value="revoke";
                                    input type="hidden" name="token" value=(t.id);
                                    button type="submit" class="secondary" { (ctx.t("digests-admin-revoke")) }
                                }
                            }
                        }
                    }
                }
            }
            form method="post" action="/staff/admin/digests" {
                input type="hidden" name="csrf" value=(csrf);
                input type="hidden" name="do" value="issue";
                div class="field" {
                    label for="token-name" { (ctx.t("digests-admin-token-name")) }
                    input type="text" id="token-name" name="name" maxlength="100" required;
                }
                button type="submit" { (ctx.t("digests-admin-issue")) }
            }

            h2 { (ctx.t("digests-admin-respond")) }
            @if view.periods.is_empty() {
                p { (ctx.t("digests-none")) }
            } @else {
                form method="post" action="/staff/admin/digests" {
                    input type="hidden" name="csrf" value=(csrf);
                    input type="hidden" name="do" value="respond";
                    div class="field" {
                        label for="period" { (ctx.t("digests-admin-period")) }
                        select id="period" name="period" {
                            @for p in view.periods { option value=(p) { (p) } }
                        }
                    }
                    div class="field" {
                        label for="theme" { (ctx.t("digest-col-theme")) }
                        select id="theme" name="theme" {
                            @for t in &policy.themes { option value=(t.key) { (t.label.get(ctx.lang)) } }
                        }
                    }
                    div class="field" {
                        label for="language" { (ctx.t("digest-col-language")) }
                        select id="language" name="language" {
                            @for l in Language::ALL { option value=(l.code()) lang=(l.code()) selected[l == ctx.lang] { (l.endonym()) } }
                        }
                    }
                    div class="field" {
                        label for="response" { (ctx.t("digests-admin-response")) }
                        textarea id="response" name="response" rows="5" maxlength="2000" dir="auto" required {}
                    }
                    button type="submit" { (ctx.t("digests-admin-post")) }
                }
                h2 { (ctx.t("digests-admin-check-heading")) }
                p { (ctx.t("digests-admin-check-help")) }
                form method="post" action="/staff/admin/digests" {
                    input type="hidden" name="csrf" value=(csrf);
                    input type="hidden" name="do" value="check";
                    button type="submit" class="secondary" { (ctx.t("digests-admin-check")) }
                }
            }
        },
    )
}
