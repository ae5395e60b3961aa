//! Staff sign-in, sign-out and the staff area.
//! A refused sign-in never says whether the name has an account.

use maud::Markup;
use rocket::form::{Contextual, Form, FromForm};
use rocket::http::{CookieJar, Status};
use rocket::response::Redirect;
use rocket::{get, post, routes, Route, State};

use crate::app;
use crate::crypto::{Passphrase, SessionSecret};
use crate::domain::Permission;
use crate::error::AppError;
use crate::web::catchers::message_key;
use crate::web::client::ClientAddress;
use crate::web::context::StaffPage;
use crate::web::csrf::PreSessionCsrf;
use crate::web::ratelimit::{Bucket, RateLimits};
use crate::web::session::{StaffSession, COOKIE};
use crate::web::staffer::Staffer;
use crate::web::views::staff::{self as view, FormState};
use crate::web::{Services, WebSettings};

use super::{unparsed_form_errors, unparsed_form_status, FormResponse};

pub fn routes() -> Vec<Route> {
    routes![dashboard, login_form, login, logout]
}

#[get("/staff")]
async fn dashboard(
    staff: Staffer<'_>,
    review: &rocket::State<crate::i18n::status::ReviewStatus>,
    alerts: &State<std::sync::Arc<app::lead_alerts::LeadAlerts>>,
) -> Result<Markup, AppError> {
    let alert_notices = alert_notices(&staff, alerts).await?;
    let identity = staff.session.identity.clone();
    let queue = identity.can(Permission::ReadQueue);
    let admin = identity.can(Permission::ManageStaff);
    let services = staff.services.clone();
    let (counts, opened, settings, people) = staff
        .services
        .run(move |conn| {
            let settings = services.moderation_settings(conn)?;
            let counts = if queue {
                Some(app::moderation::counts(conn)?)
            } else {
                None
            };
            let opened = app::moderation::opened_today(conn, &identity)?.len();
            let people = if admin {
                Some(app::staff::list(conn)?)
            } else {
                None
            };
            Ok((counts, opened, settings, people))
        })
        .await?;
    Ok(view::dashboard(
        &staff.ctx,
        &view::Dashboard {
            counts: counts.as_ref(),
            opened_today: opened,
            break_after: settings.break_after,
            daily_cap: settings.daily_cap,
            staff: people.as_deref(),
            safeguarding: staff.can(Permission::Safeguarding),
            review,
            alerts: alert_notices,
            admin: staff.can(Permission::ManageSettings),
            digests_only: [
                Permission::ReadQueue,
                Permission::ManageStaff,
                Permission::ManageSettings,
                Permission::ReadAudit,
            ]
            .iter()
            .all(|p| !staff.can(*p)),
        },
    ))
}

/// Safeguarding alerts on the dashboard: for an admin, whether they reach
/// anyone and the last failure; for a lead, the failure and their own address.
async fn alert_notices(
    staff: &Staffer<'_>,
    alerts: &std::sync::Arc<app::lead_alerts::LeadAlerts>,
) -> Result<Markup, AppError> {
    let admin = staff.can(Permission::ManageSettings);
    let lead = staff
        .session
        .identity
        .roles
        .contains(crate::domain::Role::SafeguardingLead);
    if !(admin || lead) {
        return Ok(Markup::default());
    }
    let identity = staff.session.identity.clone();
    let service = alerts.clone();
    let (status, address) = staff
        .services
        .run(move |conn| {
            let address = if lead {
                service.address_of(conn, &identity)?
            } else {
                None
            };
            Ok((service.status(conn)?, address))
        })
        .await?;
    Ok(crate::web::views::alerts::dashboard_notices(
        &staff.ctx,
        &status,
        admin,
        lead && address.is_none(),
    ))
}

#[get("/staff/login")]
fn login_form(page: StaffPage<'_>, csrf: PreSessionCsrf) -> Markup {
    view::login(&page.0, csrf.token(), &FormState::default())
}

#[derive(FromForm)]
pub struct LoginForm<'r> {
    csrf: &'r str,
    name: &'r str,
    passphrase: &'r str,
}

#[allow(clippy::too_many_arguments)]
#[post("/staff/login", data = "<form>")]
async fn login(
    page: StaffPage<'_>,
    csrf: PreSessionCsrf,
    client: ClientAddress,
    limits: &State<RateLimits>,
    services: &State<Services>,
    settings: &State<WebSettings>,
    jar: &CookieJar<'_>,
    form: Form<Contextual<'_, LoginForm<'_>>>,
) -> FormResponse {
    let ctx = page.0;
    let typed_name = form
        .context
        .field_value("name")
        .unwrap_or_default()
        .to_owned();
    let again = |status: Status, errors: Vec<(String, String)>| {
        let state = FormState {
            name: typed_name.clone(),
            errors,
        };
        FormResponse::Page((status, view::login(&ctx, csrf.token(), &state)))
    };
    if let Err(limited) = limits.check(Bucket::SignIn, &client.0) {
        return limited.into();
    }
    let Some(input) = &form.value else {
        let errors = unparsed_form_errors(&ctx, &form.context, &["name", "passphrase"]);
        return again(
            unparsed_form_status(&form.context, &["name", "passphrase"]),
            errors,
        );
    };
    if !csrf.verify(input.csrf) {
        return again(
            Status::Forbidden,
            vec![("name".into(), ctx.t(&message_key("csrf_mismatch")))],
        );
    }
    // A fresh session every time: a session id planted before sign-in is useless.
    if let Some(previous) = jar
        .get_private(COOKIE)
        .and_then(|c| SessionSecret::from_cookie_value(c.value()))
    {
        let id = previous.lookup_id();
        let _ = services
            .run(move |conn| app::staff::sign_out(conn, &id))
            .await;
    }
    // Three steps, so no database connection waits while Argon2id runs. The
    // per-name backoff is checked first, and the attempt counted in the same
    // transaction, so parallel guesses cannot all pass one check: every name
    // tried has one, so the answer says nothing about whether an account exists.
    let backoff_key = app::backoff::name_key(&services.pepper, input.name);
    let checked = backoff_key.clone();
    let name = input.name.to_owned();
    let candidate = match services
        .run(move |conn| {
            app::backoff::reserve(conn, &checked)?;
            app::staff::candidate(conn, &name)
        })
        .await
    {
        Ok(candidate) => candidate,
        Err(err) => return err.into(),
    };
    let passphrase = Passphrase::new(input.passphrase);
    let shared = services.inner().clone();
    let verified = services
        .derive(move || {
            let secret = app::staff::verify(candidate.as_ref(), &passphrase, &shared.decoy)?;
            candidate
                .map(|row| (row, secret))
                .ok_or(AppError::SignInFailed)
        })
        .await;
    let opened = match verified {
        Ok((row, secret)) => {
            services
                .run(move |conn| app::staff::open_session(conn, &row, &secret))
                .await
        }
        Err(err) => Err(err),
    };
    // The attempt was counted as a failure when it was reserved; a success
    // takes the count back.
    if opened.is_ok() {
        let outcome_key = backoff_key.clone();
        let cleared = services
            .run(move |conn| app::backoff::clear(conn, &outcome_key))
            .await;
        if let Err(err) = cleared {
            return err.into();
        }
    }
    match opened {
        Ok((secret, _identity)) => {
            StaffSession::set_cookie(jar, &secret, settings.secure_cookies);
            FormResponse::redirect("/staff")
        }
        Err(AppError::SignInFailed) => again(
            Status::Unauthorized,
            vec![("passphrase".into(), ctx.t(&message_key("sign_in_failed")))],
        ),
        Err(other) => other.into(),
    }
}

#[derive(FromForm)]
pub struct CsrfOnly<'r> {
    csrf: &'r str,
}

#[post("/staff/logout", data = "<form>")]
async fn logout(
    session: StaffSession,
    services: &State<Services>,
    jar: &CookieJar<'_>,
    form: Form<Contextual<'_, CsrfOnly<'_>>>,
) -> Result<Redirect, AppError> {
    let submitted = form.value.as_ref().map(|f| f.csrf).unwrap_or_default();
    session.verify_csrf(submitted)?;
    let id = session.identity.session_id().to_vec();
    services
        .run(move |conn| app::staff::sign_out(conn, &id))
        .await?;
    StaffSession::clear_cookie(jar);
    Ok(Redirect::to("/staff/login"))
}
