//! Submissions as the database sees them: clear metadata (kind, language, state,
//! day) and opaque encrypted blobs.

use diesel::prelude::*;

use super::schema::submissions;
use super::DbConnection;

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

/// Only rows that still hold their words: a read-then-write (a consent change, a
/// re-seal) must never put a key or payload back onto a tombstone. On PostgreSQL,
/// READ COMMITTED re-checks this condition on the newest row version, so a
/// withdrawal that commits between the read and the write makes the write match
/// nothing instead of resurrecting the words.
macro_rules! still_holding_words {
    ($id:expr) => {
        submissions::table
            .filter(submissions::id.eq($id))
            .filter(submissions::org_sealed_key.is_not_null())
            .filter(submissions::state.ne("withdrawn"))
    };
}

/// Replaces a submission's encrypted payload (a consent change re-encrypts it).
/// Returns how many rows changed: 0 means it was withdrawn meanwhile.
pub fn update_payload(conn: &mut DbConnection, id: i64, payload: &[u8]) -> QueryResult<usize> {
    diesel::update(still_holding_words!(id))
        .set(submissions::payload.eq(payload))
        .execute(conn)
}

/// Crypto-shreds a submission: every wrapped copy of its data key and its
/// ciphertext are deleted, leaving a content-free tombstone in state `withdrawn`.
pub fn shred(conn: &mut DbConnection, id: i64) -> QueryResult<()> {
    diesel::update(submissions::table.filter(submissions::id.eq(id)))
        .set((
            submissions::payload.eq(None::<Vec<u8>>),
            submissions::org_sealed_key.eq(None::<Vec<u8>>),
            submissions::org_key_id.eq(None::<i64>),
            submissions::receipt_wrapped_key.eq(None::<Vec<u8>>),
            submissions::state.eq("withdrawn"),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Up to `limit` submissions whose data key is still sealed to key `key_id`.
pub fn sealed_to(
    conn: &mut DbConnection,
    key_id: i64,
    limit: i64,
) -> QueryResult<Vec<(i64, Vec<u8>)>> {
    submissions::table
        .filter(submissions::org_key_id.eq(key_id))
        .filter(submissions::org_sealed_key.is_not_null())
        .order(submissions::id)
        .limit(limit)
        .select((
            submissions::id,
            submissions::org_sealed_key.assume_not_null(),
        ))
        .load(conn)
}

pub fn count_sealed_to(conn: &mut DbConnection, key_id: i64) -> QueryResult<i64> {
    submissions::table
        .filter(submissions::org_key_id.eq(key_id))
        .filter(submissions::org_sealed_key.is_not_null())
        .count()
        .get_result(conn)
}

/// Replaces a submission's organisation-sealed data key. Returns how many rows
/// changed: 0 means it was withdrawn meanwhile, and stays a tombstone.
pub fn reseal(conn: &mut DbConnection, id: i64, sealed: &[u8], key_id: i64) -> QueryResult<usize> {
    diesel::update(still_holding_words!(id))
        .set((
            submissions::org_sealed_key.eq(sealed),
            submissions::org_key_id.eq(key_id),
        ))
        .execute(conn)
}
