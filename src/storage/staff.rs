//! Staff accounts.
//! No passphrase or hash of one is stored here, only the key wrap.

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
    /// Language codes this person reads, joined with commas.
    pub languages: String,
    pub ui_language: Option<String>,
}

#[derive(Insertable)]
#[diesel(table_name = staff)]
pub struct NewStaff<'a> {
    pub name: &'a str,
    pub role: &'a str,
    pub key_wrap: Option<&'a [u8]>,
    pub disabled: bool,
    pub created_on: &'a str,
    pub languages: &'a str,
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

/// Active staff members who hold the admin role (alone or with others).
pub fn count_active_admins(conn: &mut DbConnection) -> QueryResult<i64> {
    let roles: Vec<String> = staff::table
        .filter(staff::disabled.eq(false))
        .select(staff::role)
        .load(conn)?;
    Ok(roles
        .iter()
        .filter(|r| {
            r.parse::<crate::domain::Roles>()
                .is_ok_and(|roles| roles.contains(crate::domain::Role::Admin))
        })
        .count() as i64)
}

pub fn by_id(conn: &mut DbConnection, id: i64) -> QueryResult<Option<StaffRow>> {
    staff::table
        .filter(staff::id.eq(id))
        .select(StaffRow::as_select())
        .first(conn)
        .optional()
}

/// Sets the languages a person reads and their roles.
pub fn set_profile(
    conn: &mut DbConnection,
    id: i64,
    role: &str,
    languages: &str,
) -> QueryResult<usize> {
    diesel::update(staff::table.filter(staff::id.eq(id)))
        .set((staff::role.eq(role), staff::languages.eq(languages)))
        .execute(conn)
}

/// Sets the language of a person's pages (`None`: from their browser).
pub fn set_ui_language(
    conn: &mut DbConnection,
    id: i64,
    language: Option<&str>,
) -> QueryResult<usize> {
    diesel::update(staff::table.filter(staff::id.eq(id)))
        .set(staff::ui_language.eq(language))
        .execute(conn)
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
