//! The review record: the themes, content warnings, checklist and level a
//! moderator confirms while reading, and its re-sealing under a fresh data key.
//! A moderator's change is never stored without the live claim.

use crate::app::audit;
use crate::app::envelope::{store_review, Ctx};
use crate::app::staff::StaffIdentity;
use crate::crypto::{DataKey, OrgSecretKey};
use crate::domain::review::ReviewRecord;
use crate::domain::suggest::SafeguardingLevel;
use crate::domain::{ModerationState, Permission};
use crate::error::{AppError, AppResult};
use crate::policy::{level_of_rank, rank_of};
use crate::storage::{self, submissions, DbConnection};

use super::access::{open, require};

/// What the moderator confirms while reading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewInput {
    pub themes: Vec<String>,
    pub content_warnings: Vec<String>,
    pub checklist: Vec<String>,
    pub level: Option<SafeguardingLevel>,
}

/// Saves the confirmed themes, content warnings, checklist and level. Only the
/// holder of the claim may; unknown keys are refused.
pub fn save_review(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    id: i64,
    version: i64,
    input: &ReviewInput,
    ctx: &Ctx<'_>,
) -> AppResult<()> {
    require(me, Permission::Review)?;
    let policy = ctx.policy;
    let known =
        |keys: &[String], allowed: &[&str]| keys.iter().all(|k| allowed.contains(&k.as_str()));
    let warnings: Vec<&str> = policy
        .content_warnings
        .iter()
        .map(|c| c.key.as_str())
        .collect();
    if !known(&input.themes, &policy.theme_keys())
        || !known(&input.content_warnings, &warnings)
        || !known(&input.checklist, &policy.checklist_keys())
    {
        return Err(AppError::InvalidInput("unknown_choice"));
    }
    storage::write(conn, |c| {
        let env = open(c, id, secret)?;
        if env.row.version != version {
            return Err(AppError::ItemChanged);
        }
        if env.state()? != ModerationState::InReview || env.live_claim(ctx.now) != Some(me.staff_id)
        {
            return Err(crate::domain::moderation::Refusal::NotYourClaim.into());
        }
        let mut review = env.review.clone();
        review.themes = dedup(&input.themes);
        review.content_warnings = dedup(&input.content_warnings);
        review.checklist = dedup(&input.checklist);
        let priority = input.level.map(rank_of).unwrap_or(env.row.priority);
        let sealed = crate::app::envelope::seal_review(&env, &review);
        if !submissions::set_review(c, id, version, &sealed, priority)? {
            return Err(AppError::ItemChanged);
        }
        let required = policy.checklist_keys();
        let detail = format!(
            "level={} themes={} warnings={} checklist={}/{}",
            level_of_rank(priority).as_str(),
            review.themes.len(),
            review.content_warnings.len(),
            review.checklist.len(),
            required.len()
        );
        audit::staff(c, ctx.audit, Some(me.staff_id), "review", Some(id), &detail)?;
        if priority > env.row.priority && level_of_rank(priority) == SafeguardingLevel::Urgent {
            audit::staff(
                c,
                ctx.audit,
                Some(me.staff_id),
                "escalated",
                Some(id),
                "level=urgent",
            )?;
        }
        // Safeguarding alerts: raised to a level the policy tells the lead
        // about, in this same commit (a flag, no time; see `lead_alerts`).
        let notifies = |rank: i64| policy.level(level_of_rank(rank)).notify_lead;
        if notifies(priority) && !notifies(env.row.priority) {
            crate::app::lead_alerts::mark_urgent(c)?;
        }
        Ok(())
    })
}

pub(super) fn dedup(keys: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for k in keys {
        if !out.contains(k) {
            out.push(k.clone());
        }
    }
    out
}

/// Re-records a review record after a fresh data key (see `survivor`).
pub fn reseal_review(
    conn: &mut DbConnection,
    id: i64,
    key: &DataKey,
    review: &ReviewRecord,
) -> AppResult<()> {
    store_review(conn, id, key, review)
}
