//! A submission's data key: replaced whole with a fresh one, or re-sealed to a
//! new organisation key. Never puts a key or payload back onto a tombstone.

use diesel::prelude::*;

use crate::storage::schema::submissions;
use crate::storage::DbConnection;

/// Only rows that still hold their words: a read-then-write (a re-seal) must never put a key or payload back onto a tombstone. On PostgreSQL,
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

/// Replaces everything encrypted with a submission's data key at once: a fresh
/// data key for the whole envelope (see `app::survivor`), only if nothing
/// changed meanwhile.
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = submissions)]
pub struct Rekeyed {
    pub org_sealed_key: Vec<u8>,
    pub org_key_id: i64,
    pub receipt_wrapped_key: Vec<u8>,
    pub payload: Vec<u8>,
    pub review: Option<Vec<u8>>,
    pub data_key_era: i64,
}

pub fn rekey(
    conn: &mut DbConnection,
    id: i64,
    version: i64,
    change: &Rekeyed,
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
