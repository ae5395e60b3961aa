//! The item pages: the overview, the reading page behind its content warning,
//! and the one confirmation before publishing, with the notice of what was just
//! done. Showing only: acting on an item is `decisions`.

use maud::Markup;
use rocket::get;
use rocket::http::Status;

use super::{clone_identity, see, shown_on_page, Answer};
use crate::app::moderation;
use crate::domain::Permission;
use crate::error::AppError;
use crate::web::catchers::message_key;
use crate::web::staffer::Staffer;
use crate::web::views::moderation::{self as view, ItemForm};

/// The `done` keys a page after an action knows: anything else in the link
/// (typed, damaged or hostile) is ignored, never echoed into a page or a redirect.
const DONE_KEYS: [&str; 14] = [
    "claim",
    "review",
    "propose",
    "message",
    "ask",
    "themes_only",
    "team_only",
    "decline",
    "publish",
    "release",
    "take_back",
    "hand_off",
    "note",
    "reopen",
];

fn known_done(done: Option<&str>) -> Option<&'static str> {
    let done = done?;
    DONE_KEYS.iter().copied().find(|known| *known == done)
}

fn done_notice(staff: &Staffer<'_>, done: Option<&str>) -> Option<String> {
    known_done(done).map(|done| staff.ctx.t(&format!("done-{}", done.replace('_', "-"))))
}

async fn load_item(
    staff: &Staffer<'_>,
    id: i64,
    read: bool,
) -> Result<moderation::ItemView, AppError> {
    let identity = clone_identity(staff);
    let secret = staff.secret()?;
    staff
        .services
        .moderate(move |conn, ctx, settings| {
            moderation::item_view(conn, &identity, &secret, id, read, settings, ctx)
        })
        .await
}

pub(super) async fn render_item(
    staff: &Staffer<'_>,
    id: i64,
    read: bool,
    form: &ItemForm,
) -> Result<Markup, AppError> {
    let item = load_item(staff, id, read).await?;
    let policy = &staff.services.policy;
    Ok(match &item.reading {
        Some(reading) => view::reading(&staff.ctx, policy, &item, reading, form),
        None => view::overview(&staff.ctx, policy, &item, form),
    })
}

#[get("/staff/items/<id>?<done>")]
pub(super) async fn item(
    staff: Staffer<'_>,
    id: i64,
    done: Option<&str>,
) -> Result<Markup, AppError> {
    staff.require(Permission::Review)?;
    let form = ItemForm {
        notice: done_notice(&staff, done),
        done: known_done(done).map(str::to_owned),
        ..ItemForm::default()
    };
    render_item(&staff, id, false, &form).await
}

#[get("/staff/items/<id>/read?<done>")]
pub(super) async fn item_read(
    staff: Staffer<'_>,
    id: i64,
    done: Option<&str>,
) -> Result<Answer, AppError> {
    staff.require(Permission::Review)?;
    let done = known_done(done);
    let form = ItemForm {
        notice: done_notice(&staff, done),
        done: done.map(str::to_owned),
        ..ItemForm::default()
    };
    let item = match load_item(&staff, id, true).await {
        Ok(item) => item,
        // A calm notice on the item page (its wellbeing box), not an error.
        Err(AppError::DailyCapReached) => {
            let page = render_item(&staff, id, false, &ItemForm::default()).await?;
            return Ok(Answer::Page((Status::Conflict, page)));
        }
        Err(e) => return Err(e),
    };
    let policy = &staff.services.policy;
    Ok(match &item.reading {
        Some(reading) => Answer::Page((
            Status::Ok,
            view::reading(&staff.ctx, policy, &item, reading, &form),
        )),
        // Nothing to read before the claim: back to the item.
        None => see(match done {
            Some(done) => format!("/staff/items/{id}?done={done}"),
            None => format!("/staff/items/{id}"),
        }),
    })
}

pub(super) async fn render_publish(
    staff: &Staffer<'_>,
    id: i64,
    ticked: Vec<String>,
    errors: Vec<String>,
) -> Result<Markup, AppError> {
    let identity = clone_identity(staff);
    let secret = staff.secret()?;
    let preview = staff
        .services
        .moderate(move |conn, ctx, settings| {
            moderation::publish_preview(conn, &identity, &secret, id, settings.daily_cap, ctx)
        })
        .await?;
    Ok(view::publish_confirmation(
        &staff.ctx,
        &staff.services.policy,
        &preview,
        &ticked,
        &errors,
    ))
}

/// The one confirmation before publishing: the exact words and where they go.
#[get("/staff/items/<id>/publish")]
pub(super) async fn item_publish(staff: Staffer<'_>, id: i64) -> Result<Answer, AppError> {
    staff.require(Permission::Review)?;
    match render_publish(&staff, id, Vec::new(), Vec::new()).await {
        Ok(page) => Ok(Answer::Page((Status::Ok, page))),
        // Not (or no longer) something this person can publish: the item says
        // why (today's limit, calmly, in its wellbeing notice).
        Err(err) if shown_on_page(&err) => {
            let errors = if matches!(err, AppError::DailyCapReached) {
                Vec::new()
            } else {
                vec![staff.ctx.t(&message_key(err.key()))]
            };
            let form = ItemForm {
                errors,
                ..ItemForm::default()
            };
            let page = render_item(&staff, id, false, &form).await?;
            Ok(Answer::Page((Status::new(err.status()), page)))
        }
        Err(err) => Err(err),
    }
}
