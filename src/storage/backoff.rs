//! Failed sign-in counts per (hashed) name, shared by every node.
//! No cryptography here: the caller supplies the hash.

use diesel::prelude::*;

use super::schema::sign_in_backoff;
use super::DbConnection;

/// How many failures a name has, and when the last one was (Unix seconds).
pub fn get(conn: &mut DbConnection, name_hash: &[u8]) -> QueryResult<Option<(i64, i64)>> {
    sign_in_backoff::table
        .filter(sign_in_backoff::name_hash.eq(name_hash))
        .select((sign_in_backoff::failures, sign_in_backoff::last_failure_at))
        .first(conn)
        .optional()
}

/// Makes other transactions that lock the same name wait until this one ends
/// (call it first in a write transaction). SQLite's single writer already does;
/// on PostgreSQL a transaction-scoped advisory lock keyed by the name's hash,
/// which holds even while the name has no row yet.
pub fn lock_name(conn: &mut DbConnection, name_hash: &[u8]) -> QueryResult<()> {
    use diesel::connection::SimpleConnection;
    match conn {
        DbConnection::Postgres(c) => {
            let mut first = [0u8; 4];
            for (to, from) in first.iter_mut().zip(name_hash) {
                *to = *from;
            }
            c.batch_execute(&format!(
                "SELECT pg_advisory_xact_lock({BACKOFF_LOCK}, {})",
                i32::from_be_bytes(first)
            ))
        }
        DbConnection::Sqlite(_) => Ok(()),
    }
}

/// The first key of the PostgreSQL advisory locks [`lock_name`] takes.
const BACKOFF_LOCK: i32 = 7_240_717;

/// Sets the count for a name (inserting its row if needed), in the caller's
/// write transaction.
pub fn set(conn: &mut DbConnection, name_hash: &[u8], failures: i64, at: i64) -> QueryResult<()> {
    let updated =
        diesel::update(sign_in_backoff::table.filter(sign_in_backoff::name_hash.eq(name_hash)))
            .set((
                sign_in_backoff::failures.eq(failures),
                sign_in_backoff::last_failure_at.eq(at),
            ))
            .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(sign_in_backoff::table)
            .values((
                sign_in_backoff::name_hash.eq(name_hash),
                sign_in_backoff::failures.eq(failures),
                sign_in_backoff::last_failure_at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn clear(conn: &mut DbConnection, name_hash: &[u8]) -> QueryResult<()> {
    diesel::delete(sign_in_backoff::table.filter(sign_in_backoff::name_hash.eq(name_hash)))
        .execute(conn)
        .map(|_| ())
}

/// Forgets names whose last failure was before `cutoff`.
pub fn delete_older_than(conn: &mut DbConnection, cutoff: i64) -> QueryResult<usize> {
    diesel::delete(sign_in_backoff::table.filter(sign_in_backoff::last_failure_at.lt(cutoff)))
        .execute(conn)
}
