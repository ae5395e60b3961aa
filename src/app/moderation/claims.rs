//! Claims: taking an item (a lock that expires) and ending the claims that
//! expired. Never takes an item past today's limit.

use crate::app::envelope::{commit, Ctx, Extra};
use crate::app::staff::StaffIdentity;
use crate::app::{audit, now_unix, today};
use crate::crypto::{AuditKey, OrgSecretKey};
use crate::domain::moderation::{next_state, Action, Command, Party};
use crate::domain::{ModerationState, Permission};
use crate::error::{AppError, AppResult};
use crate::storage::{self, submissions, DbConnection};

use super::access::{actor, open, require};
use super::settings::ModerationSettings;
use super::wellbeing::opened_today;

/// Claims an item (a lock that expires), unless today's limit is reached.
pub fn claim(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    id: i64,
    settings: &ModerationSettings,
    ctx: &Ctx<'_>,
) -> AppResult<()> {
    require(me, Permission::Review)?;
    if let Some(cap) = settings.daily_cap {
        let opened = opened_today(conn, me)?;
        if opened.len() as u32 >= cap && !opened.contains(&id) {
            return Err(AppError::DailyCapReached);
        }
    }
    storage::write(conn, |c| {
        let env = open(c, id, secret)?;
        commit(c, &env, actor(me), &Command::Claim, &Extra::default(), ctx).map(|_| ())
    })
}

/// Ends claims that expired: the items go back to the queue. Run by the
/// scheduled job on one node at a time.
pub fn expire_claims(conn: &mut DbConnection, audit_key: &AuditKey) -> AppResult<usize> {
    let now = now_unix();
    let next = next_state(
        ModerationState::InReview,
        Action::ExpireClaim,
        Party::System,
    )
    .expect("the table lets Voices end an expired claim");
    let mut ended = 0;
    for id in submissions::expired_claims(conn, now)? {
        let done = storage::write(conn, |c| {
            let Some(row) = submissions::by_id(c, id)? else {
                return Ok(false);
            };
            let expired = row.claim_expires_at.is_some_and(|t| t < now);
            if row.state != ModerationState::InReview.as_str() || !expired {
                return Ok(false);
            }
            let change = submissions::Transition {
                state: next.as_str().to_owned(),
                queue_group: next.queue_group(),
                claimed_by: None,
                claim_expires_at: None,
                changed_on: Some(today().to_string()),
                declined_by: row.declined_by,
                second_look_used: row.second_look_used,
                publish_requested_by: row.publish_requested_by,
                survivor_waiting: row.survivor_waiting,
                priority: row.priority,
            };
            if !submissions::apply(c, id, row.version, &change)? {
                return Ok(false);
            }
            audit::staff(
                c,
                audit_key,
                None,
                Action::ExpireClaim.as_str(),
                Some(id),
                "from=in_review to=received",
            )?;
            Ok::<_, AppError>(true)
        })?;
        ended += usize::from(done);
    }
    Ok(ended)
}
