//! Publication: its one confirmation (the exact words, the survivor's approval,
//! what is left of the checklist) and the press that publishes or asks for the
//! second person. Never publishes words the survivor did not approve.

use crate::app::audit;
use crate::app::envelope::{commit, store_review, Ctx, Extra};
use crate::app::staff::StaffIdentity;
use crate::crypto::OrgSecretKey;
use crate::domain::moderation::Command;
use crate::domain::{Consent, Language, Permission, SubmissionKind};
use crate::error::{AppError, AppResult};
use crate::storage::{self, DbConnection};

use super::access::{actor, open, require};
use super::queue::staff_names;
use super::review::dedup;
use super::wellbeing::record_opened;

/// What the publication's one confirmation shows: the exact words, where they
/// will appear, what Voices knows (the survivor approved these words, their
/// choices), and what is left of the checklist.
#[derive(Debug, Clone)]
pub struct PublishPreview {
    pub id: i64,
    pub version: i64,
    pub language: Language,
    pub kind: SubmissionKind,
    pub words: String,
    /// The day the survivor approved them.
    pub approved_on: String,
    pub consent: Consent,
    pub themes: Vec<String>,
    pub content_warnings: Vec<String>,
    /// Checklist keys already confirmed.
    pub confirmed: Vec<String>,
    /// The colleague whose request this publication completes (two-person rule).
    pub first_request_by: Option<String>,
    /// With the two-person rule, this press is the first of two.
    pub first_of_two: bool,
}

/// The publication's confirmation, if this person could publish the item once
/// the checklist is confirmed. Counts as reading the item.
pub fn publish_preview(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    id: i64,
    daily_cap: Option<u32>,
    ctx: &Ctx<'_>,
) -> AppResult<PublishPreview> {
    require(me, Permission::Review)?;
    let env = open(conn, id, secret)?;
    let item = crate::domain::moderation::Item {
        checklist_done: true,
        ..env.item(ctx.policy, ctx.now)?
    };
    let decision =
        crate::domain::moderation::decide(&item, actor(me), &Command::Publish, ctx.rules)?;
    record_opened(conn, me, id, daily_cap, ctx)?;
    let names = staff_names(conn)?;
    let approved_on = env
        .proposals(conn)?
        .into_iter()
        .rev()
        .find(|p| p.status == crate::domain::moderation::ProposalStatus::Approved)
        .map(|p| p.day)
        .unwrap_or_default();
    let words = item
        .proposal
        .map(|p| p.text)
        .ok_or(crate::domain::moderation::Refusal::NoApprovedWording)?;
    Ok(PublishPreview {
        id,
        version: env.row.version,
        language: env.language(),
        kind: env.kind(),
        words,
        approved_on,
        consent: env.payload.consent,
        themes: env.review.themes.clone(),
        content_warnings: env.review.content_warnings.clone(),
        confirmed: env.review.checklist.clone(),
        first_request_by: env
            .row
            .publish_requested_by
            .and_then(|id| names.get(&id).cloned()),
        first_of_two: decision.publish.is_none(),
    })
}

/// Publishes (or, with the two-person rule, asks for the second person),
/// confirming the `checklist` keys ticked on the confirmation in the same
/// change.
pub fn publish(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    id: i64,
    version: i64,
    checklist: &[String],
    ctx: &Ctx<'_>,
) -> AppResult<()> {
    require(me, Permission::Review)?;
    if !checklist
        .iter()
        .all(|k| ctx.policy.checklist_keys().contains(&k.as_str()))
    {
        return Err(AppError::InvalidInput("unknown_choice"));
    }
    storage::write(conn, |c| {
        let mut env = open(c, id, secret)?;
        if env.row.version != version {
            return Err(AppError::ItemChanged);
        }
        let mut review = env.review.clone();
        let before = review.checklist.len();
        review.checklist = dedup(&[review.checklist.clone(), checklist.to_vec()].concat());
        if review.checklist.len() != before {
            // Decided first, so a refusal stores nothing.
            let item = crate::domain::moderation::Item {
                checklist_done: review.checklist_done(&ctx.policy.checklist_keys()),
                ..env.item(ctx.policy, ctx.now)?
            };
            crate::domain::moderation::decide(&item, actor(me), &Command::Publish, ctx.rules)?;
            store_review(c, id, &env.key, &review)?;
            let detail = format!(
                "checklist={}/{}",
                review.checklist.len(),
                ctx.policy.checklist_keys().len()
            );
            audit::staff(c, ctx.audit, Some(me.staff_id), "review", Some(id), &detail)?;
            env.review = review;
        }
        commit(
            c,
            &env,
            actor(me),
            &Command::Publish,
            &Extra::default(),
            ctx,
        )
        .map(|_| ())
    })
}
