//! One-time staff invitations.
//! No cryptography here: the caller supplies the token's hash and the wrapped
//! key.

use diesel::prelude::*;

use super::schema::invitations;
use super::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = invitations)]
pub struct InvitationRow {
    pub id: i64,
    pub token_hash: Vec<u8>,
    pub name: String,
    pub role: String,
    pub languages: String,
    pub wrapped_org_secret: Option<Vec<u8>>,
    pub expires_at: i64,
    pub invited_by: i64,
}

#[derive(Insertable)]
#[diesel(table_name = invitations)]
pub struct NewInvitation<'a> {
    pub token_hash: &'a [u8],
    pub name: &'a str,
    pub role: &'a str,
    pub languages: &'a str,
    pub wrapped_org_secret: Option<&'a [u8]>,
    pub expires_at: i64,
    pub invited_by: i64,
}

pub fn insert(conn: &mut DbConnection, new: &NewInvitation<'_>) -> QueryResult<()> {
    diesel::insert_into(invitations::table)
        .values(new)
        .execute(conn)
        .map(|_| ())
}

pub fn by_token_hash(conn: &mut DbConnection, hash: &[u8]) -> QueryResult<Option<InvitationRow>> {
    invitations::table
        .filter(invitations::token_hash.eq(hash))
        .select(InvitationRow::as_select())
        .first(conn)
        .optional()
}

pub fn by_name(conn: &mut DbConnection, name: &str) -> QueryResult<Option<InvitationRow>> {
    invitations::table
        .filter(invitations::name.eq(name))
        .select(InvitationRow::as_select())
        .first(conn)
        .optional()
}

/// Deletes one invitation; `false` if it was already used.
pub fn delete(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    Ok(diesel::delete(invitations::table.filter(invitations::id.eq(id))).execute(conn)? > 0)
}

/// Deletes invitations that expired before `now` (their wrapped keys with them).
pub fn delete_expired(conn: &mut DbConnection, now: i64) -> QueryResult<usize> {
    diesel::delete(invitations::table.filter(invitations::expires_at.lt(now))).execute(conn)
}

/// Deletes the invitations a person made (they are being disabled).
pub fn delete_by_inviter(conn: &mut DbConnection, staff_id: i64) -> QueryResult<usize> {
    diesel::delete(invitations::table.filter(invitations::invited_by.eq(staff_id))).execute(conn)
}

/// Deletes every invitation (a key rotation destroys their wraps of the old key).
pub fn delete_all(conn: &mut DbConnection) -> QueryResult<usize> {
    diesel::delete(invitations::table).execute(conn)
}

pub fn pending(conn: &mut DbConnection) -> QueryResult<Vec<InvitationRow>> {
    invitations::table
        .order(invitations::id)
        .select(InvitationRow::as_select())
        .load(conn)
}
