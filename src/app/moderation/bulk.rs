//! Bulk actions on items chosen in the queue: the plan shown for confirmation,
//! then declines of duplicates and spam, and releases. A bulk decline never
//! touches a concern or urgent item, or one nobody has read.

use crate::app::envelope::{commit, Ctx, Extra};
use crate::app::staff::StaffIdentity;
use crate::crypto::OrgSecretKey;
use crate::domain::moderation::Command;
use crate::domain::suggest::SafeguardingLevel;
use crate::domain::Permission;
use crate::error::{AppError, AppResult};
use crate::policy::level_of_rank;
use crate::storage::{self, events, submissions, DbConnection};

use super::access::{actor, open, require};

/// What a bulk action did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BulkOutcome {
    pub done: usize,
    pub skipped: usize,
}

/// What a bulk action does to the items chosen in the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkAction {
    /// Decline with the policy's reason (`duplicate` or `spam`).
    Decline(&'static str),
    Release,
}

impl BulkAction {
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "decline_duplicate" => Some(BulkAction::Decline("duplicate")),
            "decline_spam" => Some(BulkAction::Decline("spam")),
            "release" => Some(BulkAction::Release),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            BulkAction::Decline("duplicate") => "decline_duplicate",
            BulkAction::Decline(_) => "decline_spam",
            BulkAction::Release => "release",
        }
    }
}

/// Why a bulk action leaves an item out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeftOut {
    /// A concern or urgent item: a person decides, one at a time.
    Safeguarding,
    /// Nobody has read it yet.
    Unread,
    /// Someone else has it, or its state does not allow this.
    NotNow,
}

impl LeftOut {
    pub fn key(self) -> &'static str {
        match self {
            LeftOut::Safeguarding => "safeguarding",
            LeftOut::Unread => "unread",
            LeftOut::NotNow => "not_now",
        }
    }
}

/// What a bulk action would do, shown for confirmation before anything happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkPlan {
    pub action: BulkAction,
    pub apply: Vec<i64>,
    pub left_out: Vec<(i64, LeftOut)>,
}

/// Whether a bulk decline may touch this item: never a concern or urgent item,
/// never one nobody has read.
fn bulk_decline_allows(
    conn: &mut DbConnection,
    row: &submissions::SubmissionRow,
) -> AppResult<Option<LeftOut>> {
    if level_of_rank(row.priority) != SafeguardingLevel::None {
        return Ok(Some(LeftOut::Safeguarding));
    }
    if !events::opened_by_anyone(conn, row.id)? {
        return Ok(Some(LeftOut::Unread));
    }
    Ok(None)
}

/// Sorts the chosen items into those the action applies to and those it
/// leaves out (with why). Changes nothing.
pub fn bulk_plan(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    ids: &[i64],
    action: BulkAction,
    ctx: &Ctx<'_>,
) -> AppResult<BulkPlan> {
    require(me, Permission::Review)?;
    let mut plan = BulkPlan {
        action,
        apply: Vec::new(),
        left_out: Vec::new(),
    };
    let mut seen = Vec::new();
    for &id in ids {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let env = match open(conn, id, secret) {
            Ok(env) => env,
            Err(AppError::NotFound) => continue,
            Err(e) => return Err(e),
        };
        let item = env.item(ctx.policy, ctx.now)?;
        let why = match action {
            BulkAction::Decline(_) => match bulk_decline_allows(conn, &env.row)? {
                Some(why) => Some(why),
                None => {
                    let claimed = if item.claim == Some(me.staff_id) {
                        Ok(item.clone())
                    } else {
                        crate::domain::moderation::decide(
                            &item,
                            actor(me),
                            &Command::Claim,
                            ctx.rules,
                        )
                        .map(|d| item.after(&d))
                    };
                    let ok = claimed.is_ok_and(|i| {
                        crate::domain::moderation::decide(
                            &i,
                            actor(me),
                            &Command::Decline,
                            ctx.rules,
                        )
                        .is_ok()
                    });
                    (!ok).then_some(LeftOut::NotNow)
                }
            },
            BulkAction::Release => {
                let ok = crate::domain::moderation::decide(
                    &item,
                    actor(me),
                    &Command::Release,
                    ctx.rules,
                )
                .is_ok();
                (!ok).then_some(LeftOut::NotNow)
            }
        };
        match why {
            Some(why) => plan.left_out.push((id, why)),
            None => plan.apply.push(id),
        }
    }
    Ok(plan)
}

/// Declines each selected item (claiming it first) with `reason`; items someone
/// else holds, or that changed, are skipped. For duplicates and spam only, and
/// never for a concern or urgent item or one nobody has read.
pub fn bulk_decline(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    ids: &[i64],
    reason: &str,
    ctx: &Ctx<'_>,
) -> AppResult<BulkOutcome> {
    require(me, Permission::Review)?;
    if !["duplicate", "spam"].contains(&reason) || ctx.policy.decline_reason(reason).is_none() {
        return Err(AppError::InvalidInput("unknown_choice"));
    }
    let mut outcome = BulkOutcome::default();
    for &id in ids {
        let result = storage::write(conn, |c| {
            let env = open(c, id, secret)?;
            if bulk_decline_allows(c, &env.row)?.is_some() {
                return Err(AppError::Moderation(
                    crate::domain::moderation::Refusal::NotNow,
                ));
            }
            if env.live_claim(ctx.now) != Some(me.staff_id) {
                commit(c, &env, actor(me), &Command::Claim, &Extra::default(), ctx)?;
            }
            let env = open(c, id, secret)?;
            let extra = Extra {
                decline_reason: Some(reason),
                message: None,
            };
            commit(c, &env, actor(me), &Command::Decline, &extra, ctx).map(|_| ())
        });
        match result {
            Ok(()) => outcome.done += 1,
            Err(AppError::Storage(e)) => return Err(AppError::Storage(e)),
            Err(_) => outcome.skipped += 1,
        }
    }
    Ok(outcome)
}

/// Releases each selected item this person holds.
pub fn bulk_release(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    ids: &[i64],
    ctx: &Ctx<'_>,
) -> AppResult<BulkOutcome> {
    require(me, Permission::Review)?;
    let mut outcome = BulkOutcome::default();
    for &id in ids {
        let result = storage::write(conn, |c| {
            let env = open(c, id, secret)?;
            commit(
                c,
                &env,
                actor(me),
                &Command::Release,
                &Extra::default(),
                ctx,
            )
            .map(|_| ())
        });
        match result {
            Ok(()) => outcome.done += 1,
            Err(AppError::Storage(e)) => return Err(AppError::Storage(e)),
            Err(_) => outcome.skipped += 1,
        }
    }
    Ok(outcome)
}
