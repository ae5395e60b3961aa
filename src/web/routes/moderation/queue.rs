//! The review queue page: its filters, its cursor links, the safety net of
//! items waiting too long, and a bulk action's result. It never shows any
//! text of a submission.

use maud::Markup;
use rocket::get;

use super::clone_identity;
use crate::app::moderation::{self as moderation, QueueFilter, QueueView};
use crate::domain::suggest::SafeguardingLevel;
use crate::domain::{Language, Permission};
use crate::error::AppError;
use crate::storage::submissions::{QueueCursor, QueuePosition};
use crate::web::staffer::Staffer;
use crate::web::views::moderation::{self as view, QueuePageView};

#[allow(clippy::too_many_arguments)]
#[get("/staff/queue?<view>&<language>&<level>&<page>&<after>&<before>&<done>&<skipped>")]
pub(super) async fn queue(
    staff: Staffer<'_>,
    view: Option<&str>,
    language: Option<&str>,
    level: Option<&str>,
    page: Option<i64>,
    after: Option<&str>,
    before: Option<&str>,
    done: Option<usize>,
    skipped: Option<usize>,
) -> Result<Markup, AppError> {
    staff.require(Permission::ReadQueue)?;
    let invalid = || AppError::InvalidInput("queue_link_invalid");
    let cursor = match (after, before) {
        (None, None) => None,
        (Some(at), None) => Some(QueueCursor::After(
            QueuePosition::parse(at).ok_or_else(invalid)?,
        )),
        (None, Some(at)) => Some(QueueCursor::Before(
            QueuePosition::parse(at).ok_or_else(invalid)?,
        )),
        (Some(_), Some(_)) => return Err(invalid()),
    };
    let filter = QueueFilter {
        view: view.and_then(QueueView::parse).unwrap_or_default(),
        language: language.and_then(Language::from_code),
        level: level.and_then(|l| l.parse::<SafeguardingLevel>().ok()),
        page: page.unwrap_or(1).clamp(1, 100_000),
        cursor,
    };
    render_queue(&staff, filter, done, skipped, Vec::new()).await
}

pub(super) async fn render_queue(
    staff: &Staffer<'_>,
    filter: QueueFilter,
    done: Option<usize>,
    skipped: Option<usize>,
    errors: Vec<String>,
) -> Result<Markup, AppError> {
    let identity = clone_identity(staff);
    let query = filter.clone();
    let (result, opened, settings, waiting) = staff
        .services
        .moderate(move |conn, _ctx, settings| {
            let result = moderation::queue(conn, &identity, &query)?;
            let opened = moderation::opened_today(conn, &identity)?.len();
            // The safety net: on the first page of the work to do, unfiltered.
            let waiting = if query.view == QueueView::NeedsAction
                && result.page <= 1
                && query.level.is_none()
                && query.language.is_none()
            {
                moderation::waiting_too_long(conn, &identity, settings.waiting_too_long_days)?
            } else {
                Vec::new()
            };
            Ok((result, opened, *settings, waiting))
        })
        .await?;
    let notice = done.map(|n| {
        staff.ctx.t_with(
            "queue-bulk-done",
            &[
                ("done", (n as u64).into()),
                ("skipped", (skipped.unwrap_or(0) as u64).into()),
            ],
        )
    });
    Ok(view::queue(
        &staff.ctx,
        &staff.services.policy,
        &QueuePageView {
            filter: &filter,
            page: &result,
            opened_today: opened,
            break_after: settings.break_after,
            daily_cap: settings.daily_cap,
            notice,
            errors,
            waiting: &waiting,
        },
    ))
}
