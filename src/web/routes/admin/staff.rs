//! The staff page: who works here, pending invitations, and an admin's invite,
//! update, disable and cancel, all behind the permission to manage staff.

use maud::Markup;
use rocket::http::Status;
use rocket::{get, post, State};

use super::see;
use crate::app::{self, invitations};
use crate::domain::{Language, Permission, Roles};
use crate::error::AppError;
use crate::web::catchers::message_key;
use crate::web::routes::moderation::{clone_identity, Answer};
use crate::web::staffer::{StaffForm, Staffer};
use crate::web::views::admin::{self as view, InviteForm, StaffAdmin};
use crate::web::WebSettings;

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
pub(super) async fn staff_page(staff: Staffer<'_>, done: Option<&str>) -> Result<Markup, AppError> {
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
pub(super) async fn staff_post(
    staff: Staffer<'_>,
    settings: &State<WebSettings>,
    form: StaffForm,
) -> Answer {
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
