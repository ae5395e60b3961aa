//! Bulk actions from the queue: release or decline the ticked items, first as a
//! confirmation that lists what will happen to which, then acting only on its
//! own button, with the rules checked again.

use rocket::http::Status;
use rocket::post;

use super::queue::render_queue;
use super::{clone_identity, see, Answer};
use crate::app::moderation::{self as moderation, QueueFilter};
use crate::domain::Permission;
use crate::web::catchers::message_key;
use crate::web::staffer::{StaffForm, Staffer};
use crate::web::views::moderation as view;

fn ids_of(form: &StaffForm) -> Vec<i64> {
    form.fields
        .all("item")
        .iter()
        .filter_map(|v| v.parse().ok())
        .collect()
}

#[post("/staff/queue", data = "<form>")]
pub(super) async fn queue_bulk(staff: Staffer<'_>, form: StaffForm) -> Answer {
    if let Err(err) = staff.require(Permission::Review) {
        return err.into();
    }
    if let Err(err) = staff.verify_csrf(&form) {
        return match render_queue(
            &staff,
            QueueFilter::default(),
            None,
            None,
            vec![staff.ctx.t(&message_key(err.key()))],
        )
        .await
        {
            Ok(page) => Answer::Page((Status::Forbidden, page)),
            Err(e) => e.into(),
        };
    }
    let ids = ids_of(&form);
    let action = moderation::BulkAction::parse(form.fields.text("bulk"));
    let problem = if ids.is_empty() {
        Some("error-bulk-nothing-selected")
    } else if action.is_none() {
        Some("error-bulk-no-action")
    } else {
        None
    };
    let (Some(action), None) = (action, problem) else {
        let key = problem.unwrap_or("error-bulk-no-action");
        return match render_queue(
            &staff,
            QueueFilter::default(),
            None,
            None,
            vec![staff.ctx.t(key)],
        )
        .await
        {
            Ok(page) => Answer::Page((Status::UnprocessableEntity, page)),
            Err(e) => e.into(),
        };
    };
    let identity = clone_identity(&staff);
    let secret = match staff.secret() {
        Ok(s) => s,
        Err(e) => return e.into(),
    };
    // First a confirmation that lists what will happen to which items; only
    // its own button (`confirm=yes`) acts, and the rules are checked again.
    if form.fields.text("confirm") != "yes" {
        let plan = staff
            .services
            .moderate(move |conn, ctx, _| {
                moderation::bulk_plan(conn, &identity, &secret, &ids, action, ctx)
            })
            .await;
        return match plan {
            Ok(plan) => Answer::Page((
                Status::Ok,
                view::bulk_confirmation(
                    &staff.ctx,
                    &staff.services.policy,
                    &plan,
                    staff.services.retention.declined_days,
                ),
            )),
            Err(e) => e.into(),
        };
    }
    let outcome = staff
        .services
        .moderate(move |conn, ctx, _| match action {
            moderation::BulkAction::Release => {
                moderation::bulk_release(conn, &identity, &secret, &ids, ctx)
            }
            moderation::BulkAction::Decline(reason) => {
                moderation::bulk_decline(conn, &identity, &secret, &ids, reason, ctx)
            }
        })
        .await;
    match outcome {
        Ok(o) => see(format!(
            "/staff/queue?done={}&skipped={}",
            o.done, o.skipped
        )),
        Err(e) => e.into(),
    }
}
