//! The submission row as stored, the insert of new rows (the writer's path),
//! and finding one row by id or receipt hash. Never reads inside a blob.

use diesel::prelude::*;

use crate::storage::schema::submissions;
use crate::storage::DbConnection;

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = submissions)]
pub struct NewSubmission {
    pub receipt_hash: Vec<u8>,
    pub kind: String,
    pub language: String,
    pub state: String,
    pub received_on: String,
    pub org_sealed_key: Option<Vec<u8>>,
    pub receipt_wrapped_key: Option<Vec<u8>>,
    pub payload: Option<Vec<u8>>,
    /// Set by the writer when it seals the data key to the active key.
    pub org_key_id: Option<i64>,
    /// The safeguarding level found at intake (0 none, 1 concern, 2 urgent).
    pub priority: i64,
    pub changed_on: Option<String>,
    /// Set by the writer with `org_key_id`: the key era of this data key.
    pub data_key_era: Option<i64>,
    /// The queue list of the state (see `ModerationState::queue_group`).
    pub queue_group: i64,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = submissions)]
pub struct SubmissionRow {
    pub id: i64,
    pub receipt_hash: Vec<u8>,
    pub kind: String,
    pub language: String,
    pub state: String,
    pub received_on: String,
    pub org_sealed_key: Option<Vec<u8>>,
    pub receipt_wrapped_key: Option<Vec<u8>>,
    pub payload: Option<Vec<u8>>,
    pub org_key_id: Option<i64>,
    pub priority: i64,
    pub version: i64,
    pub claimed_by: Option<i64>,
    pub claim_expires_at: Option<i64>,
    pub changed_on: Option<String>,
    pub declined_by: Option<i64>,
    pub second_look_used: bool,
    pub publish_requested_by: Option<i64>,
    pub survivor_waiting: bool,
    pub review: Option<Vec<u8>>,
    pub data_key_era: Option<i64>,
    pub queue_group: i64,
}

/// Inserts several submissions with one statement each, in the caller's transaction.
pub fn insert_all(conn: &mut DbConnection, items: &[NewSubmission]) -> QueryResult<()> {
    for item in items {
        diesel::insert_into(submissions::table)
            .values(item)
            .execute(conn)?;
    }
    Ok(())
}

pub fn by_id(conn: &mut DbConnection, id: i64) -> QueryResult<Option<SubmissionRow>> {
    submissions::table
        .filter(submissions::id.eq(id))
        .select(SubmissionRow::as_select())
        .first(conn)
        .optional()
}

/// The ids of the submissions with these receipt hashes, in their order (one
/// query for a whole group commit); `None` where none has that hash.
pub fn ids_of(conn: &mut DbConnection, receipt_hashes: &[&[u8]]) -> QueryResult<Vec<Option<i64>>> {
    let found: Vec<(Vec<u8>, i64)> = submissions::table
        .filter(submissions::receipt_hash.eq_any(receipt_hashes))
        .select((submissions::receipt_hash, submissions::id))
        .load(conn)?;
    let found: std::collections::HashMap<Vec<u8>, i64> = found.into_iter().collect();
    Ok(receipt_hashes
        .iter()
        .map(|hash| found.get(*hash).copied())
        .collect())
}

/// The id of the submission with this receipt hash.
pub fn id_of(conn: &mut DbConnection, receipt_hash: &[u8]) -> QueryResult<Option<i64>> {
    submissions::table
        .filter(submissions::receipt_hash.eq(receipt_hash))
        .select(submissions::id)
        .first(conn)
        .optional()
}

pub fn by_receipt_hash(conn: &mut DbConnection, hash: &[u8]) -> QueryResult<Option<SubmissionRow>> {
    submissions::table
        .filter(submissions::receipt_hash.eq(hash))
        .select(SubmissionRow::as_select())
        .first(conn)
        .optional()
}

pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
    submissions::table.count().get_result(conn)
}
