//! Settings an admin changes from the staff pages, shared by every node, and the
//! leases that make a scheduled job run on one node at a time.
//! Nothing here decides who may change a setting; the caller checks.

use diesel::prelude::*;

use super::schema::{job_leases, settings};
use super::DbConnection;

pub fn get(conn: &mut DbConnection, key: &str) -> QueryResult<Option<String>> {
    settings::table
        .filter(settings::key.eq(key))
        .select(settings::value)
        .first(conn)
        .optional()
}

pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<(String, String)>> {
    settings::table
        .select((settings::key, settings::value))
        .load(conn)
}

/// Sets `key`, or with `None` removes it (back to the default).
pub fn set(conn: &mut DbConnection, key: &str, value: Option<&str>) -> QueryResult<()> {
    diesel::delete(settings::table.filter(settings::key.eq(key))).execute(conn)?;
    if let Some(value) = value {
        diesel::insert_into(settings::table)
            .values((settings::key.eq(key), settings::value.eq(value)))
            .execute(conn)?;
    }
    Ok(())
}

/// Takes the lease on `job` for `holder` until `until`, if it is free or expired
/// (or already `holder`'s). Run inside a write transaction: the row lock (or
/// SQLite's single writer) makes the check-and-take atomic across nodes.
pub fn take_lease(
    conn: &mut DbConnection,
    job: &str,
    holder: &str,
    now: i64,
    until: i64,
) -> QueryResult<bool> {
    let updated = diesel::update(
        job_leases::table.filter(job_leases::job.eq(job)).filter(
            job_leases::until_at
                .lt(now)
                .or(job_leases::holder.eq(holder)),
        ),
    )
    .set((
        job_leases::holder.eq(holder),
        job_leases::until_at.eq(until),
    ))
    .execute(conn)?;
    if updated == 1 {
        return Ok(true);
    }
    let exists = job_leases::table
        .filter(job_leases::job.eq(job))
        .count()
        .get_result::<i64>(conn)?
        > 0;
    if exists {
        return Ok(false);
    }
    diesel::insert_into(job_leases::table)
        .values((
            job_leases::job.eq(job),
            job_leases::holder.eq(holder),
            job_leases::until_at.eq(until),
        ))
        .execute(conn)?;
    Ok(true)
}
