//! The other lists read from submissions: items waiting too long, the
//! safeguarding lead's list, expired claims, items due for retention, and the
//! dashboard's counts. Never any of the words.

use diesel::prelude::*;

use crate::storage::schema::submissions;
use crate::storage::DbConnection;

use super::queue::QueueRow;

/// Items nobody has opened yet (`received`) that were received on or before
/// `day`, oldest first, at most `limit`.
pub fn unopened_since(
    conn: &mut DbConnection,
    day: &str,
    limit: i64,
) -> QueryResult<Vec<QueueRow>> {
    submissions::table
        .filter(submissions::state.eq("received"))
        .filter(submissions::received_on.le(day))
        .order(submissions::id)
        .limit(limit)
        .select(QueueRow::as_select())
        .load(conn)
}

/// The ids of items in review whose claim expired before `now`.
pub fn expired_claims(conn: &mut DbConnection, now: i64) -> QueryResult<Vec<i64>> {
    submissions::table
        .filter(submissions::state.eq("in_review"))
        .filter(submissions::claim_expires_at.lt(now))
        .select(submissions::id)
        .load(conn)
}

/// Ids of items in `state` whose last change was before `day`.
pub fn changed_before(conn: &mut DbConnection, state: &str, day: &str) -> QueryResult<Vec<i64>> {
    submissions::table
        .filter(submissions::state.eq(state))
        .filter(submissions::changed_on.lt(day))
        .filter(submissions::payload.is_not_null())
        .select(submissions::id)
        .load(conn)
}

/// Counts of items by state, for the dashboard.
pub fn count_by_state(conn: &mut DbConnection) -> QueryResult<Vec<(String, i64)>> {
    use diesel::dsl::count_star;
    submissions::table
        .group_by(submissions::state)
        .select((submissions::state, count_star()))
        .load(conn)
}

/// Items at safeguarding `priority` that no safeguarding lead has written a
/// note on yet, whatever their state (withdrawn items have nothing left to act
/// on), oldest first: at most `cap` of them.
pub fn without_lead_note(
    conn: &mut DbConnection,
    priority: i64,
    cap: i64,
) -> QueryResult<Vec<QueueRow>> {
    use crate::storage::schema::staff_notes;
    use diesel::dsl::{exists, not};
    submissions::table
        .filter(submissions::priority.eq(priority))
        .filter(submissions::payload.is_not_null())
        .filter(not(exists(
            staff_notes::table.filter(staff_notes::submission_id.eq(submissions::id)),
        )))
        .order(submissions::id)
        .limit(cap)
        .select(QueueRow::as_select())
        .load(conn)
}
