//! A staff member's own preferences: the interface language, and a
//! safeguarding lead's address for alerts, checked before anything is saved.

use std::sync::Arc;

use maud::Markup;
use rocket::http::Status;
use rocket::{get, post, State};

use super::see;
use crate::app::{self, lead_alerts::LeadAlerts};
use crate::domain::{Language, Role};
use crate::error::AppError;
use crate::web::catchers::message_key;
use crate::web::routes::moderation::{clone_identity, Answer};
use crate::web::staffer::{StaffForm, Staffer};
use crate::web::views::admin as view;
use crate::web::views::alerts as alert_view;

#[get("/staff/preferences?<done>")]
pub(super) async fn preferences(
    staff: Staffer<'_>,
    alerts: &State<Arc<LeadAlerts>>,
    done: Option<&str>,
) -> Result<Markup, AppError> {
    let notice = done.map(|_| staff.ctx.t("done-preferences"));
    let address = if staff
        .session
        .identity
        .roles
        .contains(Role::SafeguardingLead)
    {
        let identity = clone_identity(&staff);
        let service = alerts.inner().clone();
        let stored = staff
            .services
            .run(move |conn| service.address_of(conn, &identity))
            .await?;
        Some((
            alert_view::address_field(
                &staff.ctx,
                alerts.mail_configured(),
                stored.as_deref().unwrap_or(""),
                None,
            ),
            Vec::new(),
        ))
    } else {
        None
    };
    Ok(view::preferences(
        &staff.ctx,
        staff.session.identity.ui_language,
        &staff.session.identity.languages,
        notice.as_deref(),
        address,
    ))
}

#[post("/staff/preferences", data = "<form>")]
pub(super) async fn preferences_post(
    staff: Staffer<'_>,
    alerts: &State<Arc<LeadAlerts>>,
    form: StaffForm,
) -> Result<Answer, AppError> {
    staff.verify_csrf(&form)?;
    let language = match form.fields.text("language") {
        "" => None,
        code => Some(Language::from_code(code).ok_or(AppError::InvalidInput("unknown_choice"))?),
    };
    // A safeguarding lead's address for alerts, checked before anything is
    // saved: a mistyped address comes back with what was typed.
    let lead = staff
        .session
        .identity
        .roles
        .contains(Role::SafeguardingLead);
    if lead && form.fields.get("alert_address").is_some() {
        let typed = form.fields.text("alert_address").to_owned();
        let identity = clone_identity(&staff);
        let audit = staff.services.audit.clone();
        let service = alerts.inner().clone();
        let saved = {
            let typed = typed.clone();
            staff
                .services
                .run(move |conn| service.set_address(conn, &identity, &typed, &audit))
                .await
        };
        if let Err(err @ AppError::InvalidInput(_)) = saved {
            let message = staff.ctx.t(&message_key(err.key()));
            let field = alert_view::address_field(
                &staff.ctx,
                alerts.mail_configured(),
                &typed,
                Some(&message),
            );
            return Ok(Answer::Page((
                Status::new(err.status()),
                view::preferences(
                    &staff.ctx,
                    language,
                    &staff.session.identity.languages,
                    None,
                    Some((field, vec![message])),
                ),
            )));
        }
        saved?;
    }
    let identity = clone_identity(&staff);
    staff
        .services
        .run(move |conn| app::staff::set_ui_language(conn, &identity, language))
        .await?;
    Ok(see("/staff/preferences?done=1"))
}
