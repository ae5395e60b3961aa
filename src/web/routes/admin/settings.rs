//! The settings page: the moderation limits and two-person publication, and
//! the safeguarding alerts set-up with its test. A refused change shows the
//! page again with what was wrong; nothing is saved then.

use std::sync::Arc;

use maud::Markup;
use rocket::http::Status;
use rocket::{get, post, State};

use super::see;
use crate::app::lead_alerts::LeadAlerts;
use crate::app::moderation;
use crate::domain::alerts::Outcome;
use crate::domain::Permission;
use crate::error::AppError;
use crate::web::catchers::message_key;
use crate::web::routes::moderation::{clone_identity, Answer};
use crate::web::staffer::{StaffForm, Staffer};
use crate::web::views::admin as view;
use crate::web::views::alerts as alert_view;

#[get("/staff/admin/settings?<done>&<test>")]
pub(super) async fn settings_page(
    staff: Staffer<'_>,
    alerts: &State<Arc<LeadAlerts>>,
    done: Option<&str>,
    test: Option<&str>,
) -> Result<Markup, AppError> {
    staff.require(Permission::ManageSettings)?;
    let services = staff.services.clone();
    let current = staff
        .services
        .run(move |conn| services.moderation_settings(conn))
        .await?;
    let notice = done.map(|_| staff.ctx.t("done-settings"));
    let tested = test.map(|t| {
        if t == "delivered" {
            Ok(())
        } else {
            Err(t.to_owned())
        }
    });
    let section = alerts_section(&staff, alerts, tested).await?;
    Ok(view::settings(
        &staff.ctx,
        &current,
        &[],
        notice.as_deref(),
        section,
    ))
}

// Safeguarding alerts on the settings page: what is set up, and the test.

async fn alerts_section(
    staff: &Staffer<'_>,
    alerts: &Arc<LeadAlerts>,
    tested: Option<Result<(), String>>,
) -> Result<Markup, AppError> {
    let service = alerts.clone();
    let status = staff.services.run(move |conn| service.status(conn)).await?;
    let config = &alerts.config;
    let mail = config.smtp_host.as_ref().map(|host| {
        let tls = match config.smtp_tls {
            crate::outbound::SmtpTls::Starttls => "STARTTLS",
            crate::outbound::SmtpTls::Tls => "TLS",
            crate::outbound::SmtpTls::None => "no TLS",
        };
        let port = config
            .smtp_port
            .map(|p| format!(":{p}"))
            .unwrap_or_default();
        (
            format!("{host}{port} ({tls})"),
            config.from.clone().unwrap_or_default(),
        )
    });
    Ok(alert_view::settings_section(
        &staff.ctx,
        &alert_view::AlertSetup {
            status: &status,
            mail,
            tested,
        },
    ))
}

#[post("/staff/admin/settings/alerts-test", data = "<form>")]
pub(super) async fn alerts_test(
    staff: Staffer<'_>,
    alerts: &State<Arc<LeadAlerts>>,
    form: StaffForm,
) -> Answer {
    if let Err(e) = staff.require(Permission::ManageSettings) {
        return e.into();
    }
    let sent = match staff.verify_csrf(&form) {
        Ok(()) => {
            let identity = clone_identity(&staff);
            let audit = staff.services.audit.clone();
            let service = alerts.inner().clone();
            staff
                .services
                .run(move |conn| service.send_test(conn, &identity, &audit))
                .await
        }
        Err(e) => Err(e),
    };
    match sent {
        Ok(report) => see(&match report.outcome {
            Outcome::Delivered => "/staff/admin/settings?test=delivered#alerts".to_owned(),
            Outcome::Failed { key, .. } => format!("/staff/admin/settings?test={key}#alerts"),
        }),
        Err(err @ (AppError::InvalidInput(_) | AppError::CsrfMismatch)) => {
            settings_with_error(&staff, alerts, err).await
        }
        Err(e) => e.into(),
    }
}

/// The settings page again, with what was wrong at the top.
async fn settings_with_error(
    staff: &Staffer<'_>,
    alerts: &Arc<LeadAlerts>,
    err: AppError,
) -> Answer {
    let services = staff.services.clone();
    let current = match staff
        .services
        .run(move |conn| services.moderation_settings(conn))
        .await
    {
        Ok(current) => current,
        Err(e) => return e.into(),
    };
    let section = match alerts_section(staff, alerts, None).await {
        Ok(section) => section,
        Err(e) => return e.into(),
    };
    Answer::Page((
        Status::new(err.status()),
        view::settings(
            &staff.ctx,
            &current,
            &[staff.ctx.t(&message_key(err.key()))],
            None,
            section,
        ),
    ))
}

#[post("/staff/admin/settings", data = "<form>")]
pub(super) async fn settings_post(
    staff: Staffer<'_>,
    alerts: &State<Arc<LeadAlerts>>,
    form: StaffForm,
) -> Answer {
    if let Err(e) = staff.require(Permission::ManageSettings) {
        return e.into();
    }
    let change = (|| -> Result<moderation::SettingsChange, AppError> {
        staff.verify_csrf(&form)?;
        let break_after = form
            .fields
            .text("break_after")
            .trim()
            .parse()
            .map_err(|_| AppError::InvalidInput("setting_out_of_range"))?;
        let daily_cap = match form.fields.text("daily_cap").trim() {
            "" => None,
            v => Some(
                v.parse()
                    .map_err(|_| AppError::InvalidInput("setting_out_of_range"))?,
            ),
        };
        Ok(moderation::SettingsChange {
            break_after,
            daily_cap,
            two_person_publication: form.fields.get("two_person") == Some("yes"),
        })
    })();
    let result = match change {
        Ok(change) => {
            let identity = clone_identity(&staff);
            let audit = staff.services.audit.clone();
            staff
                .services
                .run(move |conn| moderation::change_settings(conn, &audit, &identity, change))
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => see("/staff/admin/settings?done=1"),
        Err(err @ (AppError::InvalidInput(_) | AppError::CsrfMismatch)) => {
            settings_with_error(&staff, alerts, err).await
        }
        Err(e) => e.into(),
    }
}
