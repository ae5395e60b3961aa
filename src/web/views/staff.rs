//! Staff pages: sign in, first-admin setup, the staff area.
//! It never queries the database: the rows come from the route.

use maud::{html, Markup};

use crate::domain::{Language, PassphraseStrength};
use crate::i18n::status::ReviewState;
use crate::storage::staff::StaffRow;
use crate::web::context::PageContext;

use super::layout::{error_summary, page, Field};
use super::pagination::count_value;

/// What the person typed into a staff form, and what was wrong with it.
#[derive(Default)]
pub struct FormState {
    pub name: String,
    pub errors: Vec<(String, String)>,
}

impl FormState {
    pub fn error_for(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    }

    fn messages(&self) -> Vec<String> {
        self.errors.iter().map(|(_, m)| m.clone()).collect()
    }
}

pub fn login(ctx: &PageContext<'_>, csrf: &str, state: &FormState) -> Markup {
    page(
        ctx,
        &ctx.t("staff-login-title"),
        html! {
            (error_summary(ctx, &state.messages()))
            form method="post" action="/staff/login" novalidate {
                input type="hidden" name="csrf" value=(csrf);
                (Field { name: "name", label: ctx.t("staff-name"), kind: "text", value: &state.name,
                    hint: None, error: state.error_for("name"), autocomplete: "username" }.render())
                (Field { name: "passphrase", label: ctx.t("staff-passphrase"), kind: "password", value: "",
                    hint: None, error: state.error_for("passphrase"), autocomplete: "current-password" }.render())
                button type="submit" class="primary" { (ctx.t("staff-sign-in")) }
            }
        },
    )
}

pub fn setup(ctx: &PageContext<'_>, action: &str, csrf: &str, state: &FormState) -> Markup {
    page(
        ctx,
        &ctx.t("setup-title"),
        html! {
            p class="lead" { (ctx.t("setup-intro")) }
            (error_summary(ctx, &state.messages()))
            form method="post" action=(action) novalidate {
                input type="hidden" name="csrf" value=(csrf);
                (Field { name: "name", label: ctx.t("staff-name"), kind: "text", value: &state.name,
                    hint: None, error: state.error_for("name"), autocomplete: "username" }.render())
                (Field { name: "passphrase", label: ctx.t("staff-passphrase"), kind: "password", value: "",
                    hint: Some(ctx.t("setup-passphrase-hint")), error: state.error_for("passphrase"),
                    autocomplete: "new-password" }.render())
                // Filled in as the person types, by the optional script.
                p class="hint strength" id="passphrase-strength" aria-live="polite" hidden
                    data-min=(PassphraseStrength::MIN_CHARS) data-strong=(PassphraseStrength::STRONG_CHARS)
                    data-too-short=(ctx.t("strength-too-short")) data-acceptable=(ctx.t("strength-acceptable"))
                    data-strong-text=(ctx.t("strength-strong")) {}
                (Field { name: "confirm", label: ctx.t("setup-passphrase-confirm"), kind: "password", value: "",
                    hint: None, error: state.error_for("confirm"), autocomplete: "new-password" }.render())
                button type="submit" class="primary" { (ctx.t("setup-submit")) }
            }
        },
    )
}

pub fn setup_done(ctx: &PageContext<'_>) -> Markup {
    page(
        ctx,
        &ctx.t("setup-done-title"),
        html! {
            p class="lead" { (ctx.t("setup-done")) }
            p { a class="button primary" href="/staff/login" { (ctx.t("staff-sign-in")) } }
        },
    )
}

/// What the staff home page shows a person, by what their roles allow.
pub struct Dashboard<'a> {
    pub counts: Option<&'a crate::app::moderation::QueueCounts>,
    pub opened_today: usize,
    pub break_after: u32,
    pub daily_cap: Option<u32>,
    pub staff: Option<&'a [StaffRow]>,
    pub safeguarding: bool,
    /// How far each translation has been reviewed (`locales/status.toml`).
    pub review: &'a crate::i18n::status::ReviewStatus,
    /// Safeguarding alerts' warnings (see `views::alerts::dashboard_notices`).
    pub alerts: Markup,
    /// Whether the person runs the site (sees its set-up warnings and languages).
    pub admin: bool,
    /// Whether the person reads the digests and does nothing else here.
    pub digests_only: bool,
}

pub fn dashboard(ctx: &PageContext<'_>, view: &Dashboard<'_>) -> Markup {
    page(
        ctx,
        &ctx.t("staff-dashboard-title"),
        html! {
            @if view.admin && !ctx.site.organisation.is_complete() {
                div class="notice urgent" role="note" id="organisation-missing" {
                    p { strong { (ctx.t("dashboard-organisation-missing")) } }
                }
            }
            @if view.admin && ctx.site.organisation.police_and_immigration == crate::config::PoliceAndImmigration::NotStated {
                div class="notice urgent" role="note" id="police-not-stated" {
                    p { strong { (ctx.t("dashboard-police-not-stated")) } }
                }
            }
            (view.alerts)
            @if view.digests_only {
                p class="lead" { (ctx.t("dashboard-practitioner-intro")) }
                p { a class="button primary" href=(format!("/{}/digests", ctx.lang.code())) { (ctx.t("nav-read-digests")) } }
            } @else {
                p class="lead" { (ctx.t("staff-dashboard-intro")) }
            }
            @if let Some(counts) = view.counts {
                (super::moderation::wellbeing(ctx, view.opened_today, view.break_after, view.daily_cap))
                ul class="counts" {
                    li {
                        a href="/staff/queue?view=needs_action&level=urgent" {
                            (ctx.t_with("dashboard-urgent", &[("count", count_value(counts.urgent_open))]))
                        }
                    }
                    li {
                        a href="/staff/queue?view=from_survivors" {
                            (ctx.t_with("dashboard-from-survivors", &[("count", count_value(counts.from_survivors))]))
                        }
                    }
                    @for (state, n) in &counts.by_state {
                        li { (super::moderation::state_label(ctx, *state)) ": " (n) }
                    }
                }
                p { a class="button primary" href="/staff/queue" { (ctx.t("dashboard-open-queue")) } }
                @if view.safeguarding {
                    p { a href="/staff/safeguarding" { (ctx.t("nav-safeguarding")) } }
                }
            }
            @if let Some(rows) = view.staff {
                h2 { (ctx.t("staff-list-heading")) }
                table {
                    thead { tr {
                        th scope="col" { (ctx.t("staff-name")) }
                        th scope="col" { (ctx.t("staff-role")) }
                        th scope="col" { (ctx.t("staff-status")) }
                    } }
                    tbody {
                        @for row in rows {
                            tr {
                                td { (row.name) }
                                td { (row.role.parse().map(|r| super::layout::roles_text(ctx, r)).unwrap_or_else(|_| row.role.clone())) }
                                td { (ctx.t(if row.disabled { "staff-status-disabled" } else { "staff-status-active" })) }
                            }
                        }
                    }
                }
                p { a href="/staff/admin/staff" { (ctx.t("dashboard-manage-staff")) } }
            }
            @if view.admin {
                (languages(ctx, view.review))
            }
        },
    )
}

fn review_state_key(state: ReviewState) -> &'static str {
    match state {
        ReviewState::Source => "translation-state-source",
        ReviewState::Drafted => "translation-state-drafted",
        ReviewState::FluentReviewed => "translation-state-fluent-reviewed",
        ReviewState::NativeReviewed => "translation-state-native-reviewed",
    }
}

/// Each language's review state and whether survivors are offered it, so an
/// organisation knows which languages are ready to launch.
fn languages(ctx: &PageContext<'_>, review: &crate::i18n::status::ReviewStatus) -> Markup {
    html! {
        section id="languages" aria-labelledby="languages-heading" {
            h2 id="languages-heading" { (ctx.t("dashboard-languages-heading")) }
            p { (ctx.t("dashboard-languages-intro")) }
            table {
                thead { tr {
                    th scope="col" { (ctx.t("dashboard-language")) }
                    th scope="col" { (ctx.t("dashboard-language-review")) }
                    th scope="col" { (ctx.t("dashboard-language-questions")) }
                    th scope="col" { (ctx.t("dashboard-language-switcher")) }
                } }
                tbody {
                    @for lang in Language::ALL {
                        @let status = review.of(lang);
                        @let hidden = ctx.site.hidden_languages.contains(&lang);
                        tr data-lang=(lang.code()) data-state=(status.state.as_str()) {
                            th scope="row" {
                                span lang=(lang.code()) dir=(lang.direction().as_str()) { (lang.endonym()) }
                                " (" (lang.code()) ")"
                            }
                            td {
                                (ctx.t(review_state_key(status.state)))
                                @if let Some(date) = &status.date { " (" (date) ")" }
                            }
                            td { (status.open_questions.len()) }
                            td { (ctx.t(if hidden { "dashboard-language-hidden" } else { "dashboard-language-offered" })) }
                        }
                    }
                }
            }
        }
    }
}
