//! Every route Voices serves.

pub mod assets;
pub mod public;
pub mod setup;
pub mod staff;

use rocket::Route;

pub fn all() -> Vec<Route> {
    let mut routes = Vec::new();
    routes.extend(public::routes());
    routes.extend(assets::routes());
    routes.extend(staff::routes());
    routes.extend(setup::routes());
    routes
}

/// What a form handler answers: somewhere to go next, the form again (with the
/// person's input and the errors), or an error page.
#[derive(rocket::Responder)]
pub enum FormResponse {
    Redirect(rocket::response::Redirect),
    Page((rocket::http::Status, maud::Markup)),
    Error(crate::error::AppError),
}

impl From<crate::error::AppError> for FormResponse {
    fn from(err: crate::error::AppError) -> Self {
        FormResponse::Error(err)
    }
}
