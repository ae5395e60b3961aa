//! Changes to a submission row: a moderation transition or a review record, each
//! only if the row is still at the version read; crypto-shredding; and deleting old
//! tombstones. A versioned change never matches a withdrawn item's tombstone.

use diesel::prelude::*;

use crate::storage::schema::{messages, proposals, staff_notes, submissions};
use crate::storage::DbConnection;

/// Crypto-shreds a submission: every wrapped copy of its data key, its
/// ciphertext, its review record, messages and edited versions are deleted,
/// leaving a content-free tombstone in `state` (`withdrawn`, or `declined` when
/// retention purges a declined item).
/// `queue_group` is the state's queue list (see `ModerationState::queue_group`).
pub fn shred(
    conn: &mut DbConnection,
    id: i64,
    state: &str,
    queue_group: i64,
    day: &str,
) -> QueryResult<()> {
    diesel::delete(messages::table.filter(messages::submission_id.eq(id))).execute(conn)?;
    diesel::delete(proposals::table.filter(proposals::submission_id.eq(id))).execute(conn)?;
    diesel::delete(staff_notes::table.filter(staff_notes::submission_id.eq(id))).execute(conn)?;
    diesel::update(submissions::table.filter(submissions::id.eq(id)))
        .set((
            submissions::payload.eq(None::<Vec<u8>>),
            submissions::org_sealed_key.eq(None::<Vec<u8>>),
            submissions::org_key_id.eq(None::<i64>),
            submissions::receipt_wrapped_key.eq(None::<Vec<u8>>),
            submissions::review.eq(None::<Vec<u8>>),
            submissions::data_key_era.eq(None::<i64>),
            submissions::claimed_by.eq(None::<i64>),
            submissions::claim_expires_at.eq(None::<i64>),
            submissions::publish_requested_by.eq(None::<i64>),
            submissions::survivor_waiting.eq(false),
            submissions::state.eq(state),
            submissions::queue_group.eq(queue_group),
            submissions::changed_on.eq(day),
            submissions::version.eq(submissions::version + 1),
        ))
        .execute(conn)
        .map(|_| ())
}

/// A change of moderation state and what goes with it, applied only if the row
/// is still at `version` (nobody else changed it meanwhile).
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = submissions, treat_none_as_null = true)]
pub struct Transition {
    pub state: String,
    pub queue_group: i64,
    pub claimed_by: Option<i64>,
    pub claim_expires_at: Option<i64>,
    pub changed_on: Option<String>,
    pub declined_by: Option<i64>,
    pub second_look_used: bool,
    pub publish_requested_by: Option<i64>,
    pub survivor_waiting: bool,
    pub priority: i64,
}

/// Applies `change` if the row is still at `version`; `false` if someone else
/// changed (or withdrew) it first.
pub fn apply(
    conn: &mut DbConnection,
    id: i64,
    version: i64,
    change: &Transition,
) -> QueryResult<bool> {
    let updated = diesel::update(
        submissions::table
            .filter(submissions::id.eq(id))
            .filter(submissions::version.eq(version))
            .filter(submissions::state.ne("withdrawn")),
    )
    .set((change, submissions::version.eq(version + 1)))
    .execute(conn)?;
    Ok(updated == 1)
}

/// Replaces the review record, if the row is still at `version`.
pub fn set_review(
    conn: &mut DbConnection,
    id: i64,
    version: i64,
    review: &[u8],
    priority: i64,
) -> QueryResult<bool> {
    let updated = diesel::update(
        submissions::table
            .filter(submissions::id.eq(id))
            .filter(submissions::version.eq(version))
            .filter(submissions::state.ne("withdrawn")),
    )
    .set((
        submissions::review.eq(review),
        submissions::priority.eq(priority),
        submissions::version.eq(version + 1),
    ))
    .execute(conn)?;
    Ok(updated == 1)
}

/// Deletes tombstones of withdrawn items last changed before `day`.
pub fn delete_tombstones_before(conn: &mut DbConnection, day: &str) -> QueryResult<usize> {
    diesel::delete(
        submissions::table
            .filter(submissions::state.eq("withdrawn"))
            .filter(submissions::changed_on.lt(day)),
    )
    .execute(conn)
}
