//! The admin page for digests: who may read them, API tokens (shown once),
//! "you said, we did" responses to the themes of released digests, and a check
//! that says which released digests would come out differently if built again.
//! A released digest is never changed here; the check only compares.

use maud::Markup;
use rocket::http::Status;
use rocket::{get, post, routes, Route};

use crate::app::digests;
use crate::domain::digest::Period;
use crate::domain::{Language, Permission};
use crate::error::AppError;
use crate::web::catchers::message_key;
use crate::web::staffer::{StaffForm, Staffer};
use crate::web::views::digests::{self as view, AdminPage};

use super::digests::DigestAccess;
use super::moderation::{clone_identity, Answer};

pub fn routes() -> Vec<Route> {
    routes![admin_page, admin_post]
}

async fn render(
    staff: &Staffer<'_>,
    access: &DigestAccess,
    new_token: Option<String>,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Markup, AppError> {
    let config = access.config.clone();
    let (practitioner_only, tokens, periods) = staff
        .services
        .run(move |conn| {
            Ok((
                digests::practitioner_only(conn, &config)?,
                crate::storage::digests::tokens(conn)?,
                digests::list(conn)?
                    .into_iter()
                    .map(|(p, _, _)| p)
                    .collect::<Vec<Period>>(),
            ))
        })
        .await?;
    Ok(view::admin(
        &staff.ctx,
        &staff.services.policy,
        &AdminPage {
            practitioner_only,
            tokens: &tokens,
            new_token: new_token.as_deref(),
            periods: &periods,
            notice: notice.as_deref(),
            error: error.as_deref(),
        },
    ))
}

#[get("/staff/admin/digests?<done>")]
async fn admin_page(
    staff: Staffer<'_>,
    access: &rocket::State<DigestAccess>,
    done: Option<&str>,
) -> Result<Markup, AppError> {
    if !staff.can(Permission::ManageSettings) && !staff.can(Permission::RespondToDigests) {
        return Err(AppError::Forbidden);
    }
    let notice = done.map(|_| staff.ctx.t("digests-admin-done"));
    render(&staff, access, None, notice, None).await
}

#[post("/staff/admin/digests", data = "<form>")]
async fn admin_post(
    staff: Staffer<'_>,
    access: &rocket::State<DigestAccess>,
    form: StaffForm,
) -> Answer {
    if !staff.can(Permission::ManageSettings) && !staff.can(Permission::RespondToDigests) {
        return AppError::Forbidden.into();
    }
    if let Err(e) = staff.verify_csrf(&form) {
        return e.into();
    }
    let me = clone_identity(&staff);
    let audit = staff.services.audit.clone();
    let fields = &form.fields;
    if fields.text("do") == "check" {
        let policy = staff.services.policy.clone();
        let checked = staff
            .services
            .run(move |conn| digests::check_released(conn, &policy, &audit, &me))
            .await;
        let notice = match checked {
            Ok(checked) => {
                let differ: Vec<String> = checked
                    .iter()
                    .filter(|(_, same)| !same)
                    .map(|(p, _)| p.to_string())
                    .collect();
                if differ.is_empty() {
                    staff.ctx.t("digests-admin-check-same")
                } else {
                    staff.ctx.t_with(
                        "digests-admin-check-differs",
                        &[("periods", differ.join(", ").into())],
                    )
                }
            }
            Err(e) => return e.into(),
        };
        return match render(&staff, access, None, Some(notice), None).await {
            Ok(page) => Answer::Page((Status::Ok, page)),
            Err(e) => e.into(),
        };
    }
    let result: Result<Option<String>, AppError> = match fields.text("do") {
        "access" => {
            let value = fields.text("practitioner_only") == "true";
            staff
                .services
                .run(move |conn| digests::set_practitioner_only(conn, &audit, &me, value))
                .await
                .map(|_| None)
        }
        "issue" => {
            let name = fields.text("name").to_owned();
            let pepper = staff.services.pepper.clone();
            staff
                .services
                .run(move |conn| digests::issue_token(conn, &audit, &pepper, &me, &name))
                .await
                .map(|(_, token)| Some(token.expose().to_owned()))
        }
        "revoke" => match fields.text("token").parse::<i64>() {
            Ok(id) => staff
                .services
                .run(move |conn| digests::revoke_token(conn, &audit, &me, id))
                .await
                .map(|_| None),
            Err(_) => Err(AppError::NotFound),
        },
        "respond" => {
            let period = fields.text("period").to_owned();
            let theme = fields.text("theme").to_owned();
            let text = fields.text("response").to_owned();
            let language = Language::from_code(fields.text("language")).unwrap_or(staff.ctx.lang);
            let policy = staff.services.policy.clone();
            staff
                .services
                .run(move |conn| {
                    digests::respond(conn, &audit, &policy, &me, &period, &theme, language, &text)
                })
                .await
                .map(|_| None)
        }
        _ => Err(AppError::InvalidInput("unknown_choice")),
    };
    // This node reads the setting and the digests' freshness again at once.
    access.forget();
    match result {
        Ok(None) => Answer::Redirect(Box::new(rocket::response::Redirect::to(
            "/staff/admin/digests?done=1",
        ))),
        // A new token is shown on this answer only, never again.
        Ok(Some(token)) => match render(&staff, access, Some(token), None, None).await {
            Ok(page) => Answer::Page((Status::Ok, page)),
            Err(e) => e.into(),
        },
        Err(e) if e.status() == 422 => {
            let message = staff.ctx.t(&message_key(e.key()));
            match render(&staff, access, None, None, Some(message)).await {
                Ok(page) => Answer::Page((Status::UnprocessableEntity, page)),
                Err(e) => e.into(),
            }
        }
        Err(e) => e.into(),
    }
}
