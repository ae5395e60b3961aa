//! Staff sessions, stored in the database so several nodes can share them. A row
//! holds only a hash of the cookie secret and the session-wrapped organisation key.

use diesel::prelude::*;

use super::schema::{staff, staff_sessions};
use super::staff::StaffRow;
use super::DbConnection;

#[derive(Insertable)]
#[diesel(table_name = staff_sessions)]
pub struct NewSession<'a> {
    pub id: &'a [u8],
    pub staff_id: i64,
    pub wrapped_org_secret: Option<&'a [u8]>,
    pub created_at: i64,
    pub last_seen_at: i64,
}

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = staff_sessions)]
pub struct SessionRow {
    pub id: Vec<u8>,
    pub staff_id: i64,
    pub wrapped_org_secret: Option<Vec<u8>>,
    pub created_at: i64,
    pub last_seen_at: i64,
}

pub fn insert(conn: &mut DbConnection, new: &NewSession<'_>) -> QueryResult<()> {
    diesel::insert_into(staff_sessions::table)
        .values(new)
        .execute(conn)
        .map(|_| ())
}

/// The session and its (enabled) staff member.
pub fn find(conn: &mut DbConnection, id: &[u8]) -> QueryResult<Option<(SessionRow, StaffRow)>> {
    staff_sessions::table
        .inner_join(staff::table)
        .filter(staff_sessions::id.eq(id))
        .filter(staff::disabled.eq(false))
        .select((SessionRow::as_select(), StaffRow::as_select()))
        .first(conn)
        .optional()
}

pub fn touch(conn: &mut DbConnection, id: &[u8], now: i64) -> QueryResult<()> {
    diesel::update(staff_sessions::table.filter(staff_sessions::id.eq(id)))
        .set(staff_sessions::last_seen_at.eq(now))
        .execute(conn)
        .map(|_| ())
}

pub fn delete(conn: &mut DbConnection, id: &[u8]) -> QueryResult<bool> {
    Ok(diesel::delete(staff_sessions::table.filter(staff_sessions::id.eq(id))).execute(conn)? > 0)
}

/// Removes sessions idle since before `cutoff`, destroying their wrapped keys.
pub fn delete_idle(conn: &mut DbConnection, cutoff: i64) -> QueryResult<usize> {
    diesel::delete(staff_sessions::table.filter(staff_sessions::last_seen_at.lt(cutoff)))
        .execute(conn)
}

/// Removes sessions started before `cutoff`, destroying their wrapped keys.
pub fn delete_created_before(conn: &mut DbConnection, cutoff: i64) -> QueryResult<usize> {
    diesel::delete(staff_sessions::table.filter(staff_sessions::created_at.lt(cutoff)))
        .execute(conn)
}

pub fn count_for_staff(conn: &mut DbConnection, staff_id: i64) -> QueryResult<i64> {
    staff_sessions::table
        .filter(staff_sessions::staff_id.eq(staff_id))
        .count()
        .get_result(conn)
}

/// Ends every session (their wrapped keys go with them).
pub fn delete_all(conn: &mut DbConnection) -> QueryResult<usize> {
    diesel::delete(staff_sessions::table).execute(conn)
}

/// Ends every session of one staff member.
pub fn delete_for_staff(conn: &mut DbConnection, staff_id: i64) -> QueryResult<usize> {
    diesel::delete(staff_sessions::table.filter(staff_sessions::staff_id.eq(staff_id)))
        .execute(conn)
}
