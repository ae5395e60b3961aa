//! Staff administration, settings, the audit log, preferences, invitations and
//! the safeguarding lead's view.
//! It never queries the database: the rows come from the route.

use maud::{html, Markup};

use crate::app::moderation::{ModerationSettings, QueuePage};
use crate::app::staff::parse_languages;
use crate::domain::{Language, Role, Roles};
use crate::policy::Policy;
use crate::storage::events::{StaffEventRow, SurvivorEventRow, NODE_CHAIN_STARTED};
use crate::storage::invitations::InvitationRow;
use crate::storage::staff::StaffRow;
use crate::web::context::PageContext;

use super::layout::{error_summary, page, role_key, Field};
use super::moderation::{event_label, kind_label, state_label};
use super::pagination::{count_text, pager};

fn roles_label(ctx: &PageContext<'_>, roles: &str) -> String {
    match roles.parse::<Roles>() {
        Ok(roles) => roles
            .iter()
            .map(|r| ctx.t(&role_key(r)))
            .collect::<Vec<_>>()
            .join(ctx.lang.list_separator()),
        Err(_) => roles.to_owned(),
    }
}

fn languages_label(ctx: &PageContext<'_>, stored: &str) -> String {
    let names: Vec<&str> = parse_languages(stored)
        .iter()
        .map(|l| l.endonym())
        .collect();
    if names.is_empty() {
        "—".into()
    } else {
        names.join(ctx.lang.list_separator())
    }
}

fn csrf_field(ctx: &PageContext<'_>) -> Markup {
    html! { input type="hidden" name="csrf" value=[ctx.csrf.as_deref()]; }
}

fn role_choices(ctx: &PageContext<'_>, prefix: &str, chosen: Option<Roles>) -> Markup {
    html! {
        fieldset class="field" id=(format!("{prefix}roles")) {
            legend { (ctx.t("admin-roles-legend")) }
            p class="hint" { (ctx.t("admin-roles-hint")) }
            div class="choices" {
                @for role in Role::ALL {
                    @let id = format!("{prefix}role-{}", role.as_str());
                    div class="choice" {
                        input type="checkbox" id=(id) name="roles" value=(role.as_str())
                            checked[chosen.is_some_and(|r| r.contains(role))];
                        label for=(id) { (ctx.t(&role_key(role))) }
                    }
                }
            }
        }
    }
}

fn language_choices(ctx: &PageContext<'_>, prefix: &str, chosen: &[Language]) -> Markup {
    html! {
        fieldset class="field" id=(format!("{prefix}languages")) {
            legend { (ctx.t("admin-languages-legend")) }
            div class="choices" {
                @for lang in Language::ALL {
                    @let id = format!("{prefix}lang-{}", lang.code());
                    div class="choice" {
                        input type="checkbox" id=(id) name="languages" value=(lang.code()) checked[chosen.contains(&lang)];
                        label for=(id) lang=(lang.code()) { (lang.endonym()) }
                    }
                }
            }
        }
    }
}

/// What an admin typed into the invitation form.
#[derive(Default)]
pub struct InviteForm {
    pub name: String,
    pub roles: Option<Roles>,
    pub languages: Vec<Language>,
}

pub struct StaffAdmin<'a> {
    pub staff: &'a [StaffRow],
    pub invitations: &'a [InvitationRow],
    pub form: InviteForm,
    pub errors: Vec<String>,
    pub notice: Option<String>,
    /// A new invitation link, shown this once.
    pub new_link: Option<(String, String)>,
}

pub fn staff_admin(ctx: &PageContext<'_>, view: &StaffAdmin<'_>) -> Markup {
    page(
        ctx,
        &ctx.t("admin-staff-title"),
        html! {
            (error_summary(ctx, &view.errors))
            @if let Some(notice) = &view.notice {
                div class="notice success" role="status" { p { (notice) } }
            }
            @if let Some((name, link)) = &view.new_link {
                div class="notice success" role="status" {
                    p { (ctx.t_with("admin-invite-made", &[("name", name.clone().into())])) }
                    p class="invite-link" dir="ltr" { code { (link) } }
                    p { (ctx.t("admin-invite-once")) }
                }
            }
            h2 { (ctx.t("admin-staff-list")) }
            // Focusable, so a keyboard can scroll it when it is wider than the screen.
            div class="table-wrap" tabindex="0" role="region" aria-label=(ctx.t("admin-staff-list")) {
                table {
                    thead { tr {
                        th scope="col" { (ctx.t("staff-name")) }
                        th scope="col" { (ctx.t("staff-role")) }
                        th scope="col" { (ctx.t("admin-languages-legend")) }
                        th scope="col" { (ctx.t("staff-status")) }
                    } }
                    tbody {
                        @for row in view.staff {
                            tr {
                                td { (row.name) }
                                td { (roles_label(ctx, &row.role)) }
                                td { (languages_label(ctx, &row.languages)) }
                                td { (ctx.t(if row.disabled { "staff-status-disabled" } else { "staff-status-active" })) }
                            }
                        }
                    }
                }
            }
            @for row in view.staff.iter().filter(|r| !r.disabled) {
                details class="staff-edit" {
                    summary { (ctx.t_with("admin-edit-person", &[("name", row.name.clone().into())])) }
                    form method="post" action="/staff/admin/staff" {
                        (csrf_field(ctx))
                        input type="hidden" name="staff" value=(row.id);
                        (role_choices(ctx, &format!("s{}-", row.id), row.role.parse().ok()))
                        (language_choices(ctx, &format!("s{}-", row.id), &parse_languages(&row.languages)))
                        button type="submit" name="do" value="update" class="secondary" { (ctx.t("admin-save")) }
                    }
                    form method="post" action="/staff/admin/staff" {
                        (csrf_field(ctx))
                        input type="hidden" name="staff" value=(row.id);
                        p class="hint" { (ctx.t("admin-disable-hint")) }
                        button type="submit" name="do" value="disable" class="danger" { (ctx.t("admin-disable")) }
                    }
                }
            }
            h2 { (ctx.t("admin-invite-heading")) }
            p { (ctx.t("admin-invite-intro")) }
            form method="post" action="/staff/admin/staff" novalidate {
                (csrf_field(ctx))
                (Field { name: "name", label: ctx.t("staff-name"), kind: "text", value: &view.form.name,
                    hint: None, error: None, autocomplete: "off" }.render())
                (role_choices(ctx, "", view.form.roles))
                (language_choices(ctx, "", &view.form.languages))
                button type="submit" name="do" value="invite" class="primary" { (ctx.t("admin-invite")) }
            }
            @if !view.invitations.is_empty() {
                h2 { (ctx.t("admin-pending-heading")) }
                ul {
                    @for inv in view.invitations {
                        li {
                            (inv.name) " · " (roles_label(ctx, &inv.role))
                            form method="post" action="/staff/admin/staff" class="inline" {
                                (csrf_field(ctx))
                                input type="hidden" name="invitation" value=(inv.id);
                                " "
                                button type="submit" name="do" value="cancel" class="secondary" { (ctx.t("admin-cancel-invitation")) }
                            }
                        }
                    }
                }
            }
        },
    )
}

pub fn settings(
    ctx: &PageContext<'_>,
    current: &ModerationSettings,
    errors: &[String],
    notice: Option<&str>,
    alerts: Markup,
) -> Markup {
    let cap = current.daily_cap.map(|c| c.to_string()).unwrap_or_default();
    let break_after = current.break_after.to_string();
    page(
        ctx,
        &ctx.t("admin-settings-title"),
        html! {
            (error_summary(ctx, errors))
            @if let Some(notice) = notice {
                div class="notice success" role="status" { p { (notice) } }
            }
            form method="post" action="/staff/admin/settings" novalidate {
                (csrf_field(ctx))
                div class="field" {
                    label for="break_after" { (ctx.t("admin-break-after")) }
                    p class="hint" id="break_after-hint" { (ctx.t("admin-break-after-hint")) }
                    input type="text" inputmode="numeric" id="break_after" name="break_after" value=(break_after) aria-describedby="break_after-hint";
                }
                div class="field" {
                    label for="daily_cap" { (ctx.t("admin-daily-cap")) }
                    p class="hint" id="daily_cap-hint" { (ctx.t("admin-daily-cap-hint")) }
                    input type="text" inputmode="numeric" id="daily_cap" name="daily_cap" value=(cap) aria-describedby="daily_cap-hint";
                }
                div class="choice" {
                    input type="checkbox" id="two_person" name="two_person" value="yes" checked[current.two_person_publication];
                    label for="two_person" { (ctx.t("admin-two-person")) }
                }
                button type="submit" class="primary" { (ctx.t("admin-save")) }
            }
            (alerts)
        },
    )
}

pub struct AuditView<'a> {
    pub staff_events: &'a [StaffEventRow],
    pub survivor_events: &'a [SurvivorEventRow],
    pub names: &'a std::collections::HashMap<i64, String>,
    pub chain: &'a str,
    pub page: i64,
    pub pages: i64,
    pub verified: Option<Result<(i64, i64), String>>,
}

pub fn audit(ctx: &PageContext<'_>, view: &AuditView<'_>) -> Markup {
    page(
        ctx,
        &ctx.t("audit-title"),
        html! {
            p class="lead" { (ctx.t("audit-intro")) }
            @match &view.verified {
                Some(Ok((staff, survivor))) => {
                    div class="notice success" role="status" { p { (ctx.t_with("audit-verified", &[("staff", (*staff).into()), ("survivor", (*survivor).into())])) } }
                }
                Some(Err(problem)) => {
                    div class="error-summary" role="alert" { p { (problem) } }
                }
                None => {
                    p { a href=(format!("/staff/audit?chain={}&verify=1", view.chain)) { (ctx.t("audit-verify")) } }
                }
            }
            nav class="tabs" aria-label=(ctx.t("audit-chains")) {
                @for (chain, key) in [("staff", "audit-staff-chain"), ("survivor", "audit-survivor-chain")] {
                    @if chain == view.chain {
                        span aria-current="page" { (ctx.t(key)) }
                    } @else {
                        a href=(format!("/staff/audit?chain={chain}")) { (ctx.t(key)) }
                    }
                    " "
                }
            }
            // Focusable, so a keyboard can scroll it when it is wider than the screen.
            div class="table-wrap" tabindex="0" role="region" aria-label=(ctx.t("audit-title")) {
                table {
                    thead { tr {
                        th scope="col" { "#" }
                        th scope="col" { (ctx.t("audit-when")) }
                        th scope="col" { (ctx.t("audit-who")) }
                        th scope="col" { (ctx.t("audit-what")) }
                        th scope="col" { (ctx.t("audit-item")) }
                        th scope="col" { (ctx.t("audit-detail")) }
                    } }
                    tbody {
                        @for e in view.staff_events {
                            tr {
                                td { (e.id) }
                                td dir="ltr" { (e.at) }
                                td { (e.staff_id.and_then(|id| view.names.get(&id).cloned()).unwrap_or_else(|| ctx.t("who-voices"))) }
                                td { (event_label(ctx, &e.action)) }
                                td { (e.submission_id.map(|i| i.to_string()).unwrap_or_default()) }
                                td dir="ltr" { code { (e.detail) } }
                            }
                        }
                        @for e in view.survivor_events {
                            @let node_start = e.action == NODE_CHAIN_STARTED;
                            tr {
                                td { (e.id) }
                                td dir="ltr" { (e.day) }
                                td { (ctx.t(if node_start { "who-voices" } else { "who-survivor" })) }
                                td { (event_label(ctx, &e.action)) }
                                td { @if !node_start { (e.submission_id) } }
                                td dir="ltr" { code { (e.detail) } }
                            }
                        }
                    }
                }
            }
            (pager(ctx, view.page, view.pages, false, |n| format!("/staff/audit?chain={}&page={n}", view.chain)))
        },
    )
}

pub fn preferences(
    ctx: &PageContext<'_>,
    chosen: Option<Language>,
    reads: &[Language],
    notice: Option<&str>,
    // A safeguarding lead's address for alerts (see `views::alerts`).
    alert_address: Option<(Markup, Vec<String>)>,
) -> Markup {
    let (alert_field, errors) = alert_address.unwrap_or_default();
    page(
        ctx,
        &ctx.t("preferences-title"),
        html! {
            (error_summary(ctx, &errors))
            @if let Some(notice) = notice {
                div class="notice success" role="status" { p { (notice) } }
            }
            form method="post" action="/staff/preferences" {
                (csrf_field(ctx))
                fieldset class="field" id="language" {
                    legend { (ctx.t("preferences-language")) }
                    div class="choices" {
                        div class="choice" {
                            input type="radio" id="language-browser" name="language" value="" checked[chosen.is_none()];
                            label for="language-browser" { (ctx.t("preferences-language-browser")) }
                        }
                        @for lang in Language::ALL {
                            @let id = format!("language-{}", lang.code());
                            div class="choice" {
                                input type="radio" id=(id) name="language" value=(lang.code()) checked[chosen == Some(lang)];
                                label for=(id) lang=(lang.code()) { (lang.endonym()) }
                            }
                        }
                    }
                }
                (alert_field)
                button type="submit" class="primary" { (ctx.t("admin-save")) }
            }
            h2 { (ctx.t("preferences-reads")) }
            p { (if reads.is_empty() { "—".to_owned() } else { reads.iter().map(|l| l.endonym()).collect::<Vec<_>>().join(ctx.lang.list_separator()) }) }
            p class="hint" { (ctx.t("preferences-reads-hint")) }
        },
    )
}

/// What the invited person typed.
#[derive(Default)]
pub struct AcceptForm {
    pub errors: Vec<(String, String)>,
}

pub fn invitation(
    ctx: &PageContext<'_>,
    action: &str,
    csrf: &str,
    name: &str,
    form: &AcceptForm,
) -> Markup {
    let error_for = |field: &str| {
        form.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    };
    let messages: Vec<String> = form.errors.iter().map(|(_, m)| m.clone()).collect();
    page(
        ctx,
        &ctx.t("invite-title"),
        html! {
            p class="lead" { (ctx.t_with("invite-intro", &[("name", name.to_owned().into())])) }
            (error_summary(ctx, &messages))
            form method="post" action=(action) novalidate {
                input type="hidden" name="csrf" value=(csrf);
                (Field { name: "passphrase", label: ctx.t("staff-passphrase"), kind: "password", value: "",
                    hint: Some(ctx.t("setup-passphrase-hint")), error: error_for("passphrase"),
                    autocomplete: "new-password" }.render())
                (Field { name: "confirm", label: ctx.t("setup-passphrase-confirm"), kind: "password", value: "",
                    hint: None, error: error_for("confirm"), autocomplete: "new-password" }.render())
                button type="submit" class="primary" { (ctx.t("invite-submit")) }
            }
        },
    )
}

pub fn invitation_done(ctx: &PageContext<'_>) -> Markup {
    page(
        ctx,
        &ctx.t("invite-done-title"),
        html! {
            p class="lead" { (ctx.t("invite-done")) }
            p { a class="button primary" href="/staff/login" { (ctx.t("staff-sign-in")) } }
        },
    )
}

fn level_section(
    ctx: &PageContext<'_>,
    policy: &Policy,
    heading: &str,
    page_items: &QueuePage,
    level: crate::domain::suggest::SafeguardingLevel,
) -> Markup {
    html! {
        h2 { (heading) " (" (count_text(page_items.total)) ")" }
        p class="hint" { (policy.level(level).guidance.get(ctx.lang)) }
        (super::alerts::guidance_note(ctx, policy, level))
        @if page_items.items.is_empty() {
            p { (ctx.t("queue-empty")) }
        } @else {
            ul {
                @for item in &page_items.items {
                    li {
                        a href=(format!("/staff/items/{}", item.id)) {
                            "#" (item.id) " · " (kind_label(ctx, item.kind)) " · "
                            (item.language.map(|l| l.endonym()).unwrap_or("?")) " · "
                            (state_label(ctx, item.state))
                        }
                        " · " (ctx.t_with("queue-age-days", &[("days", item.age_days.into())]))
                    }
                }
            }
        }
    }
}

pub fn safeguarding(
    ctx: &PageContext<'_>,
    policy: &Policy,
    urgent: &QueuePage,
    concern: &QueuePage,
) -> Markup {
    use crate::domain::suggest::SafeguardingLevel;
    page(
        ctx,
        &ctx.t("safeguarding-title"),
        html! {
            p class="lead" { (ctx.t("safeguarding-intro")) }
            (level_section(ctx, policy, policy.level(SafeguardingLevel::Urgent).label.get(ctx.lang), urgent, SafeguardingLevel::Urgent))
            (level_section(ctx, policy, policy.level(SafeguardingLevel::Concern).label.get(ctx.lang), concern, SafeguardingLevel::Concern))
        },
    )
}
