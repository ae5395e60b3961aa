//! The organisation public keys and the pending first-admin setup claim.
//! No cryptography here: the caller supplies the sealed secrets and the hashes.

use diesel::prelude::*;

use super::schema::{organisation_keys, setup_claims};
use super::DbConnection;

/// The single pending setup claim always has this id, so two nodes starting at
/// once cannot both create one.
pub const SETUP_CLAIM_ID: i64 = 1;
pub const FIRST_KEY_ID: i64 = 1;

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = organisation_keys)]
pub struct OrganisationKeyRow {
    pub id: i64,
    pub public_key: Vec<u8>,
    pub created_on: String,
    pub retired: bool,
    pub secret_sealed_to_previous: Option<Vec<u8>>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = setup_claims)]
pub struct SetupClaimRow {
    pub id: i64,
    pub token_hash: Vec<u8>,
    pub wrapped_org_secret: Vec<u8>,
    /// Unix seconds after which the link no longer works.
    pub expires_at: i64,
}

pub fn active_key(conn: &mut DbConnection) -> QueryResult<Option<OrganisationKeyRow>> {
    organisation_keys::table
        .filter(organisation_keys::retired.eq(false))
        .order(organisation_keys::id.desc())
        .select(OrganisationKeyRow::as_select())
        .first(conn)
        .optional()
}

/// Stores the first organisation key together with its setup claim.
pub fn insert_first_key(
    conn: &mut DbConnection,
    public_key: &[u8],
    created_on: &str,
    token_hash: &[u8],
    wrapped_org_secret: &[u8],
    expires_at: i64,
) -> QueryResult<()> {
    diesel::insert_into(organisation_keys::table)
        .values((
            organisation_keys::id.eq(FIRST_KEY_ID),
            organisation_keys::public_key.eq(public_key),
            organisation_keys::created_on.eq(created_on),
            organisation_keys::retired.eq(false),
        ))
        .execute(conn)?;
    diesel::insert_into(setup_claims::table)
        .values((
            setup_claims::id.eq(SETUP_CLAIM_ID),
            setup_claims::token_hash.eq(token_hash),
            setup_claims::wrapped_org_secret.eq(wrapped_org_secret),
            setup_claims::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn setup_claim(conn: &mut DbConnection) -> QueryResult<Option<SetupClaimRow>> {
    setup_claims::table
        .select(SetupClaimRow::as_select())
        .first(conn)
        .optional()
}

/// Replaces the pending claim (a fresh token for the same organisation key).
pub fn replace_setup_claim(
    conn: &mut DbConnection,
    token_hash: &[u8],
    wrapped: &[u8],
    expires_at: i64,
) -> QueryResult<()> {
    diesel::delete(setup_claims::table).execute(conn)?;
    diesel::insert_into(setup_claims::table)
        .values((
            setup_claims::id.eq(SETUP_CLAIM_ID),
            setup_claims::token_hash.eq(token_hash),
            setup_claims::wrapped_org_secret.eq(wrapped),
            setup_claims::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Deletes the claim; returns whether there was one to delete.
pub fn delete_setup_claim(conn: &mut DbConnection) -> QueryResult<bool> {
    Ok(diesel::delete(setup_claims::table).execute(conn)? > 0)
}

/// Every key not yet retired, oldest first: one normally, two during a rotation.
pub fn live_keys(conn: &mut DbConnection) -> QueryResult<Vec<OrganisationKeyRow>> {
    organisation_keys::table
        .filter(organisation_keys::retired.eq(false))
        .order(organisation_keys::id.asc())
        .select(OrganisationKeyRow::as_select())
        .load(conn)
}

/// Adds the next key of a rotation (it becomes the active key at once).
pub fn insert_successor(
    conn: &mut DbConnection,
    id: i64,
    public_key: &[u8],
    created_on: &str,
    secret_sealed_to_previous: &[u8],
) -> QueryResult<()> {
    diesel::insert_into(organisation_keys::table)
        .values((
            organisation_keys::id.eq(id),
            organisation_keys::public_key.eq(public_key),
            organisation_keys::created_on.eq(created_on),
            organisation_keys::retired.eq(false),
            organisation_keys::secret_sealed_to_previous.eq(secret_sealed_to_previous),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Ends a rotation: the old key is retired and the hand-over copy destroyed.
pub fn finish_rotation(conn: &mut DbConnection, old: i64, new: i64) -> QueryResult<()> {
    diesel::update(organisation_keys::table.filter(organisation_keys::id.eq(old)))
        .set(organisation_keys::retired.eq(true))
        .execute(conn)?;
    diesel::update(organisation_keys::table.filter(organisation_keys::id.eq(new)))
        .set(organisation_keys::secret_sealed_to_previous.eq(None::<Vec<u8>>))
        .execute(conn)
        .map(|_| ())
}
