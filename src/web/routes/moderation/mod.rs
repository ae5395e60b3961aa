//! The review queue and the item pages. Every POST goes to one route per page
//! and names its action in `do`, checks the CSRF token first, and on a refusal
//! shows the page again with the error and what the person typed.
//!
//! The parts: the queue (`queue`), bulk actions on it (`bulk`), the item,
//! reading and publish pages (`item`), and what an item POST does
//! (`decisions`). The safeguarding list and the guidelines are here.

mod bulk;
mod decisions;
mod item;
mod queue;

use maud::Markup;
use rocket::http::Status;
use rocket::response::Redirect;
use rocket::{get, routes, Route};

use crate::app::moderation;
use crate::domain::suggest::SafeguardingLevel;
use crate::domain::Permission;
use crate::error::AppError;
use crate::web::staffer::Staffer;
use crate::web::views::moderation as view;

pub fn routes() -> Vec<Route> {
    routes![
        queue::queue,
        bulk::queue_bulk,
        item::item,
        item::item_read,
        item::item_publish,
        decisions::item_post,
        safeguarding,
        guidelines
    ]
}

/// What an item or queue POST answers.
#[derive(rocket::Responder)]
pub enum Answer {
    Redirect(Box<Redirect>),
    Page((Status, Markup)),
    Error(AppError),
}

impl From<AppError> for Answer {
    fn from(err: AppError) -> Self {
        Answer::Error(err)
    }
}

fn see(to: String) -> Answer {
    Answer::Redirect(Box::new(Redirect::to(to)))
}

/// Errors the page shows next to the form; anything else is an error page.
fn shown_on_page(err: &AppError) -> bool {
    matches!(
        err,
        AppError::Moderation(_)
            | AppError::ItemChanged
            | AppError::DailyCapReached
            | AppError::InvalidInput(_)
            | AppError::CsrfMismatch
    ) && !matches!(
        err,
        AppError::Moderation(crate::domain::moderation::Refusal::RoleCannot)
    )
}

/// The session's identity, for a blocking task (the session itself holds the
/// cookie secret and stays with the request).
pub fn clone_identity(staff: &Staffer<'_>) -> crate::app::staff::StaffIdentity {
    staff.session.identity.clone()
}

/// The safeguarding lead's view: every urgent item and concern without a
/// lead's note, urgent first.
#[get("/staff/safeguarding")]
async fn safeguarding(staff: Staffer<'_>) -> Result<Markup, AppError> {
    staff.require(Permission::Safeguarding)?;
    let identity = clone_identity(&staff);
    let (urgent, concern) = staff
        .services
        .run(move |conn| {
            Ok((
                moderation::safeguarding_list(conn, &identity, SafeguardingLevel::Urgent)?,
                moderation::safeguarding_list(conn, &identity, SafeguardingLevel::Concern)?,
            ))
        })
        .await?;
    Ok(crate::web::views::admin::safeguarding(
        &staff.ctx,
        &staff.services.policy,
        &urgent,
        &concern,
    ))
}

#[get("/staff/guidelines")]
async fn guidelines(staff: Staffer<'_>) -> Markup {
    view::guidelines(&staff.ctx, &staff.services.policy)
}
