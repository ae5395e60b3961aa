//! Staff administration, settings, the audit log, personal preferences, and the
//! invitation link an invited person opens.

use std::collections::HashMap;

use maud::Markup;
use rocket::http::Status;
use rocket::{get, post, routes, Route, State};

use crate::app::{self, invitations, moderation};
use crate::crypto::{Passphrase, SetupToken};
use crate::domain::{Language, Permission, Role, Roles};
use crate::error::AppError;
use crate::storage::events;
use crate::web::catchers::message_key;
use crate::web::client::ClientAddress;
use crate::web::context::StaffPage;
use crate::web::csrf::PreSessionCsrf;
use crate::web::ratelimit::{Bucket, RateLimits};
use crate::web::staffer::{StaffForm, Staffer};
use crate::web::views::admin::{self as view, AcceptForm, AuditView, InviteForm, StaffAdmin};
use crate::web::views::alerts as alert_view;
use std::sync::Arc;

use crate::app::lead_alerts::LeadAlerts;
use crate::domain::alerts::Outcome;
use crate::web::{Services, WebSettings};

use super::moderation::{clone_identity, Answer};

pub fn routes() -> Vec<Route> {
    routes![
        staff_page,
        staff_post,
        settings_page,
        settings_post,
        alerts_test,
        audit,
        preferences,
        preferences_post,
        invitation_form,
        invitation_accept
    ]
}

fn see(to: &str) -> Answer {
    Answer::Redirect(Box::new(rocket::response::Redirect::to(to.to_owned())))
}

struct StaffPageState {
    form: InviteForm,
    errors: Vec<String>,
    notice: Option<String>,
    new_link: Option<(String, String)>,
}

async fn render_staff(staff: &Staffer<'_>, state: StaffPageState) -> Result<Markup, AppError> {
    let (rows, pending) = staff
        .services
        .run(|conn| Ok((app::staff::list(conn)?, invitations::pending(conn)?)))
        .await?;
    Ok(view::staff_admin(
        &staff.ctx,
        &StaffAdmin {
            staff: &rows,
            invitations: &pending,
            form: state.form,
            errors: state.errors,
            notice: state.notice,
            new_link: state.new_link,
        },
    ))
}

#[get("/staff/admin/staff?<done>")]
async fn staff_page(staff: Staffer<'_>, done: Option<&str>) -> Result<Markup, AppError> {
    staff.require(Permission::ManageStaff)?;
    let notice = done
        .filter(|d| ["update", "disable", "cancel"].contains(d))
        .map(|d| staff.ctx.t(&format!("done-staff-{d}")));
    render_staff(
        &staff,
        StaffPageState {
            form: InviteForm::default(),
            errors: Vec::new(),
            notice,
            new_link: None,
        },
    )
    .await
}

fn roles_of(form: &StaffForm) -> Option<Roles> {
    let joined = form.fields.all("roles").join(",");
    joined.parse().ok()
}

fn languages_of(form: &StaffForm) -> Vec<Language> {
    form.fields
        .all("languages")
        .iter()
        .filter_map(|c| Language::from_code(c))
        .collect()
}

#[post("/staff/admin/staff", data = "<form>")]
async fn staff_post(staff: Staffer<'_>, settings: &State<WebSettings>, form: StaffForm) -> Answer {
    if let Err(e) = staff.require(Permission::ManageStaff) {
        return e.into();
    }
    let typed = InviteForm {
        name: form.fields.text("name").to_owned(),
        roles: roles_of(&form),
        languages: languages_of(&form),
    };
    // An invitation names every field that is missing, not only the first.
    if form.fields.text("do") == "invite" && staff.verify_csrf(&form).is_ok() {
        let mut missing = Vec::new();
        if let Err(e) = crate::domain::StaffName::parse(form.fields.text("name")) {
            missing.push(staff.ctx.t(&message_key(AppError::from(e).key())));
        }
        if typed.roles.is_none() {
            missing.push(staff.ctx.t(&message_key("roles_missing")));
        }
        if !missing.is_empty() {
            let state = StaffPageState {
                form: typed,
                errors: missing,
                notice: None,
                new_link: None,
            };
            return match render_staff(&staff, state).await {
                Ok(page) => Answer::Page((Status::UnprocessableEntity, page)),
                Err(e) => e.into(),
            };
        }
    }
    let result = staff_action(&staff, settings, &form).await;
    let (status, state) = match result {
        Ok(StaffOutcome::Redirect(to)) => return see(&to),
        Ok(StaffOutcome::Invited(name, link)) => (
            Status::Ok,
            StaffPageState {
                form: InviteForm::default(),
                errors: Vec::new(),
                notice: None,
                new_link: Some((name, link)),
            },
        ),
        Err(err)
            if matches!(
                err,
                AppError::CsrfMismatch
                    | AppError::InvalidInput(_)
                    | AppError::NameTaken
                    | AppError::InvalidName(_)
                    | AppError::LastAdmin
                    | AppError::UnknownStaff
            ) =>
        {
            (
                Status::new(err.status()),
                StaffPageState {
                    form: typed,
                    errors: vec![staff.ctx.t(&message_key(err.key()))],
                    notice: None,
                    new_link: None,
                },
            )
        }
        Err(err) => return err.into(),
    };
    match render_staff(&staff, state).await {
        Ok(page) => Answer::Page((status, page)),
        Err(e) => e.into(),
    }
}

enum StaffOutcome {
    Redirect(String),
    Invited(String, String),
}

async fn staff_action(
    staff: &Staffer<'_>,
    settings: &WebSettings,
    form: &StaffForm,
) -> Result<StaffOutcome, AppError> {
    staff.verify_csrf(form)?;
    let identity = clone_identity(staff);
    let audit = staff.services.audit.clone();
    let number = |name: &str| -> Result<i64, AppError> {
        form.fields
            .text(name)
            .parse()
            .map_err(|_| AppError::InvalidInput("form_incomplete"))
    };
    match form.fields.text("do") {
        "invite" => {
            let roles = roles_of(form).ok_or(AppError::InvalidInput("roles_missing"))?;
            let languages = languages_of(form);
            let name = form.fields.text("name").to_owned();
            let secret = staff.secret()?;
            let token = staff
                .services
                .run(move |conn| {
                    invitations::invite(
                        conn,
                        &identity,
                        &secret,
                        &invitations::Invite {
                            name: &name,
                            roles,
                            languages: &languages,
                        },
                        &audit,
                    )
                })
                .await?;
            let link = format!("{}/staff/invite/{}", settings.public_base, token.expose());
            Ok(StaffOutcome::Invited(
                form.fields.text("name").trim().to_owned(),
                link,
            ))
        }
        "update" => {
            let id = number("staff")?;
            let roles = roles_of(form).ok_or(AppError::InvalidInput("roles_missing"))?;
            let languages = languages_of(form);
            staff
                .services
                .run(move |conn| {
                    app::staff::update_profile(conn, &identity, id, roles, &languages, &audit)
                })
                .await?;
            Ok(StaffOutcome::Redirect(
                "/staff/admin/staff?done=update".into(),
            ))
        }
        "disable" => {
            let id = number("staff")?;
            staff
                .services
                .run(move |conn| app::staff::disable_by_admin(conn, &identity, id, &audit))
                .await?;
            Ok(StaffOutcome::Redirect(
                "/staff/admin/staff?done=disable".into(),
            ))
        }
        "cancel" => {
            let id = number("invitation")?;
            staff
                .services
                .run(move |conn| invitations::cancel(conn, &identity, id, &audit))
                .await?;
            Ok(StaffOutcome::Redirect(
                "/staff/admin/staff?done=cancel".into(),
            ))
        }
        _ => Err(AppError::InvalidInput("unknown_action")),
    }
}

#[get("/staff/admin/settings?<done>&<test>")]
async fn settings_page(
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
async fn alerts_test(
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
async fn settings_post(
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

const AUDIT_PAGE: i64 = 50;

#[get("/staff/audit?<chain>&<page>&<verify>")]
async fn audit(
    staff: Staffer<'_>,
    chain: Option<&str>,
    page: Option<i64>,
    verify: Option<bool>,
) -> Result<Markup, AppError> {
    staff.require(Permission::ReadAudit)?;
    let survivor = chain == Some("survivor");
    let page = page.unwrap_or(1).clamp(1, 1_000_000);
    let key = staff.services.audit.clone();
    let (staff_events, survivor_events, total, names, verified) = staff
        .services
        .run(move |conn| {
            let offset = (page - 1) * AUDIT_PAGE;
            let (staff_events, survivor_events, total) = if survivor {
                let (rows, total) = events::survivor_page(conn, offset, AUDIT_PAGE)?;
                (Vec::new(), rows, total)
            } else {
                let (rows, total) = events::staff_page(conn, offset, AUDIT_PAGE)?;
                (rows, Vec::new(), total)
            };
            let names: HashMap<i64, String> = app::staff::list(conn)?
                .into_iter()
                .map(|r| (r.id, r.name))
                .collect();
            let verified = if verify == Some(true) {
                Some(app::audit::verify(conn, &key)?)
            } else {
                None
            };
            Ok((staff_events, survivor_events, total, names, verified))
        })
        .await?;
    let verified = verified.map(|v| match v.first_break {
        None => Ok((v.staff_events, v.survivor_events)),
        Some(b) => Err(staff.ctx.t_with(
            "audit-broken",
            &[
                (
                    "chain",
                    staff
                        .ctx
                        .t(match b.chain {
                            events::Chain::Staff => "audit-staff-chain",
                            events::Chain::Survivor => "audit-survivor-chain",
                        })
                        .into(),
                ),
                ("id", b.id.into()),
            ],
        )),
    });
    Ok(view::audit(
        &staff.ctx,
        &AuditView {
            staff_events: &staff_events,
            survivor_events: &survivor_events,
            names: &names,
            chain: if survivor { "survivor" } else { "staff" },
            page,
            pages: ((total + AUDIT_PAGE - 1) / AUDIT_PAGE).max(1),
            verified,
        },
    ))
}

#[get("/staff/preferences?<done>")]
async fn preferences(
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
async fn preferences_post(
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

#[get("/staff/invite/<token>")]
async fn invitation_form(
    token: &str,
    page: StaffPage<'_>,
    csrf: PreSessionCsrf,
    client: ClientAddress,
    limits: &State<RateLimits>,
    services: &State<Services>,
) -> Result<Markup, AppError> {
    limits.check(Bucket::Setup, &client.0)?;
    let lookup = SetupToken::from_text(token);
    let row = services
        .run(move |conn| invitations::find(conn, &lookup))
        .await?;
    Ok(view::invitation(
        &page.0,
        &format!("/staff/invite/{token}"),
        csrf.token(),
        &row.name,
        &AcceptForm::default(),
    ))
}

#[allow(clippy::too_many_arguments)]
#[post("/staff/invite/<token>", data = "<form>")]
async fn invitation_accept(
    token: &str,
    page: StaffPage<'_>,
    csrf: PreSessionCsrf,
    client: ClientAddress,
    limits: &State<RateLimits>,
    services: &State<Services>,
    form: StaffForm,
) -> Result<(Status, Markup), AppError> {
    limits.check(Bucket::Setup, &client.0)?;
    let lookup = SetupToken::from_text(token);
    let row = services
        .run(move |conn| invitations::find(conn, &lookup))
        .await?;
    let again = |status: Status, errors: Vec<(String, String)>| {
        (
            status,
            view::invitation(
                &page.0,
                &format!("/staff/invite/{token}"),
                csrf.token(),
                &row.name,
                &AcceptForm { errors },
            ),
        )
    };
    if !csrf.verify(form.fields.text("csrf")) {
        return Ok(again(
            Status::Forbidden,
            vec![("passphrase".into(), page.0.t(&message_key("csrf_mismatch")))],
        ));
    }
    if form.truncated {
        return Ok(again(
            Status::PayloadTooLarge,
            vec![("passphrase".into(), page.0.t(&message_key("form_too_long")))],
        ));
    }
    let passphrase = form.fields.text("passphrase");
    if passphrase != form.fields.text("confirm") {
        return Ok(again(
            Status::UnprocessableEntity,
            vec![(
                "confirm".into(),
                page.0.t(&message_key("passphrase_mismatch")),
            )],
        ));
    }
    let passphrase = Passphrase::new(passphrase);
    let token = SetupToken::from_text(token);
    let kdf = services.kdf;
    let audit = services.audit.clone();
    match services
        .run_with_kdf(move |conn| invitations::accept(conn, &token, &passphrase, kdf, &audit))
        .await
    {
        Ok(_) => Ok((Status::Ok, view::invitation_done(&page.0))),
        Err(
            err @ (AppError::WeakPassphrase
            | AppError::PassphraseTooLong
            | AppError::NameTaken
            | AppError::InvalidName(_)),
        ) => Ok(again(
            Status::new(err.status()),
            vec![("passphrase".into(), page.0.t(&message_key(err.key())))],
        )),
        Err(err) => Err(err),
    }
}
