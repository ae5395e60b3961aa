//! Staff accounts.

use diesel::prelude::*;

use super::schema::{staff, staff_sessions};
use super::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = staff)]
pub struct StaffRow {
    pub id: i64,
    pub name: String,
    pub role: String,
    pub key_wrap: Option<Vec<u8>>,
    pub disabled: bool,
    pub created_on: String,
}

#[derive(Insertable)]
#[diesel(table_name = staff)]
pub struct NewStaff<'a> {
    pub name: &'a str,
    pub role: &'a str,
    pub key_wrap: Option<&'a [u8]>,
    pub disabled: bool,
    pub created_on: &'a str,
}

pub fn insert(conn: &mut DbConnection, new: &NewStaff<'_>) -> QueryResult<()> {
    diesel::insert_into(staff::table)
        .values(new)
        .execute(conn)
        .map(|_| ())
}

pub fn by_name(conn: &mut DbConnection, name: &str) -> QueryResult<Option<StaffRow>> {
    staff::table
        .filter(staff::name.eq(name))
        .select(StaffRow::as_select())
        .first(conn)
        .optional()
}

pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<StaffRow>> {
    staff::table
        .order(staff::id)
        .select(StaffRow::as_select())
        .load(conn)
}

pub fn count_active_admins(conn: &mut DbConnection) -> QueryResult<i64> {
    staff::table
        .filter(staff::role.eq("admin"))
        .filter(staff::disabled.eq(false))
        .count()
        .get_result(conn)
}

/// Disables a person: their key wrap is destroyed and every session ends.
pub fn disable(conn: &mut DbConnection, id: i64) -> QueryResult<()> {
    diesel::delete(staff_sessions::table.filter(staff_sessions::staff_id.eq(id))).execute(conn)?;
    diesel::update(staff::table.filter(staff::id.eq(id)))
        .set((
            staff::disabled.eq(true),
            staff::key_wrap.eq(None::<Vec<u8>>),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Replaces (or, with `None`, destroys) a person's key wrap.
pub fn set_key_wrap(conn: &mut DbConnection, id: i64, wrap: Option<&[u8]>) -> QueryResult<()> {
    diesel::update(staff::table.filter(staff::id.eq(id)))
        .set(staff::key_wrap.eq(wrap))
        .execute(conn)
        .map(|_| ())
}
