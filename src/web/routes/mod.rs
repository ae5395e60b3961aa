//! Every route Voices serves.
//! No handler lives here; each area's routes are in its own file.

pub mod admin;
pub mod assets;
pub mod digest_admin;
pub mod digests;
pub mod moderation;
pub mod public;
pub mod setup;
pub mod staff;
pub mod stories;
pub mod survivor;

use rocket::Route;

pub fn all() -> Vec<Route> {
    let mut routes = Vec::new();
    routes.extend(public::routes());
    routes.extend(assets::routes());
    routes.extend(staff::routes());
    routes.extend(moderation::routes());
    routes.extend(admin::routes());
    routes.extend(setup::routes());
    routes.extend(survivor::routes());
    routes.extend(stories::routes());
    routes.extend(digests::routes());
    routes.extend(digest_admin::routes());
    routes
}

/// What a form handler answers: somewhere to go next, the form again (with the
/// person's input and the errors), or an error page.
#[derive(rocket::Responder)]
pub enum FormResponse {
    Redirect(Box<rocket::response::Redirect>),
    Page((rocket::http::Status, maud::Markup)),
    Error(crate::error::AppError),
}

impl From<crate::error::AppError> for FormResponse {
    fn from(err: crate::error::AppError) -> Self {
        FormResponse::Error(err)
    }
}

impl FormResponse {
    pub fn redirect(to: &'static str) -> Self {
        FormResponse::Redirect(Box::new(rocket::response::Redirect::to(to)))
    }
}

/// The status for a form that did not parse: 403 when only its CSRF token was
/// missing (a forged form), else 422.
pub fn unparsed_form_status(
    context: &rocket::form::Context<'_>,
    fields: &[&str],
) -> rocket::http::Status {
    let all_present = fields
        .iter()
        .all(|f| context.field_value(f).is_some_and(|v| !v.is_empty()));
    if all_present && context.field_value("csrf").is_none_or(str::is_empty) {
        rocket::http::Status::Forbidden
    } else {
        rocket::http::Status::UnprocessableEntity
    }
}

/// The errors for a form that did not parse: each listed field that is missing or
/// empty gets its "please fill this in" message; if all are present, the failure
/// was the hidden CSRF field, and the person is asked to try again.
pub fn unparsed_form_errors(
    ctx: &crate::web::context::PageContext<'_>,
    context: &rocket::form::Context<'_>,
    fields: &[&str],
) -> Vec<(String, String)> {
    let mut errors: Vec<(String, String)> = fields
        .iter()
        .filter(|field| context.field_value(field).is_none_or(str::is_empty))
        .map(|field| {
            (
                field.to_string(),
                ctx.t(crate::web::catchers::required_key(field)),
            )
        })
        .collect();
    if errors.is_empty() {
        errors.push((
            "name".into(),
            ctx.t(&crate::web::catchers::message_key("csrf_mismatch")),
        ));
    }
    errors
}
