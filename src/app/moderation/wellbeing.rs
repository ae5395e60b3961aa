//! The wellbeing limits as a moderator meets them: how much they read today,
//! the break suggestion and the daily limit. Never lets an item be read past it.

use crate::app::envelope::Ctx;
use crate::app::staff::StaffIdentity;
use crate::app::{audit, today};
use crate::error::{AppError, AppResult};
use crate::storage::{self, events, DbConnection};

use super::settings::ModerationSettings;

/// The distinct items `me` opened today.
pub fn opened_today(conn: &mut DbConnection, me: &StaffIdentity) -> AppResult<Vec<i64>> {
    Ok(events::opened_since(
        conn,
        me.staff_id,
        &today().to_string(),
    )?)
}

/// How much a moderator has read today, against the break suggestion and the
/// daily limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingDay {
    pub opened: usize,
    pub break_after: u32,
    pub cap: Option<u32>,
    /// Today's limit is reached and this item is not one read today: nothing
    /// new is offered to read or take.
    pub at_limit: bool,
}

impl ReadingDay {
    pub fn of(opened: &[i64], item: Option<i64>, settings: &ModerationSettings) -> Self {
        let at_cap = settings
            .daily_cap
            .is_some_and(|cap| opened.len() as u32 >= cap);
        ReadingDay {
            opened: opened.len(),
            break_after: settings.break_after,
            cap: settings.daily_cap,
            at_limit: at_cap && item.is_none_or(|id| !opened.contains(&id)),
        }
    }
}

/// Counts an item as read today (once), unless today's limit is reached.
pub(super) fn record_opened(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    id: i64,
    daily_cap: Option<u32>,
    ctx: &Ctx<'_>,
) -> AppResult<()> {
    let opened = opened_today(conn, me)?;
    if let Some(cap) = daily_cap {
        if opened.len() as u32 >= cap && !opened.contains(&id) {
            return Err(AppError::DailyCapReached);
        }
    }
    if !opened.contains(&id) {
        storage::write(conn, |c| {
            audit::staff(c, ctx.audit, Some(me.staff_id), "opened", Some(id), "")
        })?;
    }
    Ok(())
}
