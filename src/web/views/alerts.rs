//! Safeguarding alerts on staff pages: the line under the urgent guidance, the
//! dashboards' warnings, the settings page's section with its test button, and
//! a lead's address on their preferences page.
//! It never sends an alert or reads the database.

use maud::{html, Markup};

use crate::app::lead_alerts::AlertStatus;
use crate::domain::suggest::SafeguardingLevel;
use crate::policy::Policy;
use crate::web::context::PageContext;

/// Under a level's guidance: what Voices itself does to tell the lead, or,
/// until alerts reach anyone, that it does nothing and the moderator must.
pub fn guidance_note(ctx: &PageContext<'_>, policy: &Policy, level: SafeguardingLevel) -> Markup {
    let reach = &ctx.site.alert_reach;
    html! {
        @if policy.level(level).notify_lead {
            @if reach.reaches_someone() {
                p class="alert-note" data-alerts="on" {
                    (ctx.t_with("alerts-guidance-on", &[("minutes", reach.every_minutes.into())]))
                }
            } @else {
                p class="alert-note" data-alerts="off" { strong { (ctx.t("alerts-guidance-off")) } }
            }
        }
    }
}

/// A failure key as shown: only the characters a key has, so a stored value
/// can never carry markup or a long text.
fn key_text(key: &str) -> String {
    key.chars()
        .filter(|c| c.is_ascii_lowercase() || *c == '_')
        .take(40)
        .collect()
}

fn failure(ctx: &PageContext<'_>, status: &AlertStatus) -> Markup {
    html! {
        @if let Some(reason) = &status.failure {
            p {
                (ctx.t_with("alerts-failed", &[
                    ("day", status.failure_day.clone().unwrap_or_default().into()),
                    ("reason", key_text(reason).into()),
                ]))
                " "
                (ctx.t(if status.gave_up { "alerts-gave-up" } else { "alerts-retrying" }))
            }
        }
    }
}

/// The dashboard's warnings: to an admin, that nobody is told or that the
/// last alert failed; to a lead, a failure and their own missing address.
pub fn dashboard_notices(
    ctx: &PageContext<'_>,
    status: &AlertStatus,
    admin: bool,
    lead_without_address: bool,
) -> Markup {
    html! {
        @if admin && !status.reaches_someone() {
            div class="notice urgent" role="note" id="alerts-off" {
                p { strong { (ctx.t(if status.mail { "alerts-no-addresses" } else { "alerts-off-admin" })) } }
            }
        }
        @if status.failure.is_some() {
            div class="notice urgent" role="note" id="alerts-failed" { (failure(ctx, status)) }
        }
        @if lead_without_address && status.mail {
            div class="notice" role="note" id="alerts-no-address" {
                p { (ctx.t("alerts-lead-no-address")) " " a href="/staff/preferences#alert_address" { (ctx.t("preferences-title")) } }
            }
        }
    }
}

/// How the sending is set up, for the settings page.
pub struct AlertSetup<'a> {
    pub status: &'a AlertStatus,
    /// `host:port (tls)` and the sender, when e-mail is set up.
    pub mail: Option<(String, String)>,
    /// How the last test went: `Ok(())`, or the failure key.
    pub tested: Option<Result<(), String>>,
}

/// The settings page's section: what is set up, whom it reaches, the last
/// failure, and the test button.
pub fn settings_section(ctx: &PageContext<'_>, setup: &AlertSetup<'_>) -> Markup {
    let status = setup.status;
    html! {
        section id="alerts" aria-labelledby="alerts-heading" {
            h2 id="alerts-heading" { (ctx.t("alerts-heading")) }
            @match &setup.tested {
                Some(Ok(())) => {
                    div class="notice success" role="status" id="alerts-test-result" { p { (ctx.t("alerts-test-delivered")) } }
                }
                Some(Err(reason)) => {
                    div class="error-summary" role="alert" tabindex="-1" id="alerts-test-result" {
                        p { (ctx.t_with("alerts-test-failed", &[("reason", key_text(reason).into())])) }
                    }
                }
                None => {}
            }
            p { (ctx.t_with("alerts-intro", &[("minutes", status.every_minutes.into())])) }
            dl class="facts" {
                dt { (ctx.t("alerts-mail")) }
                dd {
                    @match &setup.mail {
                        Some((host, from)) => {
                            span dir="ltr" { (ctx.t_with("alerts-mail-on", &[("host", host.clone().into()), ("from", from.clone().into())])) }
                        }
                        None => { (ctx.t("alerts-off")) }
                    }
                }
                dt { (ctx.t("alerts-webhook")) }
                dd { (ctx.t(if status.webhook { "alerts-webhook-on" } else { "alerts-off" })) }
                dt { (ctx.t("alerts-leads")) }
                dd { span dir="ltr" { (status.leads_with_address) " / " (status.leads) } }
            }
            @if !status.reaches_someone() {
                div class="notice urgent" role="note" {
                    p { (ctx.t(if status.mail { "alerts-no-addresses" } else { "alerts-off-admin" })) }
                }
            }
            (failure(ctx, status))
            form method="post" action="/staff/admin/settings/alerts-test" {
                input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
                p class="hint" id="alerts-test-hint" { (ctx.t("alerts-test-hint")) }
                button type="submit" aria-describedby="alerts-test-hint" { (ctx.t("alerts-test")) }
            }
        }
    }
}

/// A lead's address for alerts, on their preferences page.
pub fn address_field(
    ctx: &PageContext<'_>,
    mail_configured: bool,
    value: &str,
    error: Option<&str>,
) -> Markup {
    html! {
        div class=(if error.is_some() { "field has-error" } else { "field" }) {
            label for="alert_address" { (ctx.t("preferences-alert-address")) }
            p class="hint" id="alert_address-hint" {
                (ctx.t("preferences-alert-address-hint"))
                @if !mail_configured { " " (ctx.t("preferences-alert-address-off")) }
            }
            @if let Some(error) = error {
                p class="error" id="alert_address-error" { (error) }
            }
            // Text, not `email`: the browser's own check would stop the form
            // with its message instead of ours, and the words typed unsaid.
            input type="text" inputmode="email" id="alert_address" name="alert_address" value=(value) dir="ltr"
                autocomplete="email" spellcheck="false"
                aria-invalid=[error.map(|_| "true")]
                aria-describedby=(if error.is_some() { "alert_address-hint alert_address-error" } else { "alert_address-hint" });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_key_shows_only_key_characters() {
        assert_eq!(key_text("smtp_connect"), "smtp_connect");
        assert_eq!(key_text("<b>x</b> y"), "bxby");
        assert_eq!(key_text(&"a".repeat(100)).len(), 40);
    }
}
