//! The API tokens practitioners read digests with: issued once (only the
//! lookup hash is stored), revoked, and checked for a bearer. The token itself
//! is never stored or logged.

use crate::crypto::{ApiToken, AuditKey, ReceiptPepper};
use crate::domain::Permission;
use crate::error::{AppError, AppResult};
use crate::storage::digests as store;
use crate::storage::{self, DbConnection};

use crate::app::staff::StaffIdentity;
use crate::app::{audit, today};

/// Issues an API token for `name` (a person or a script): returns it to be
/// shown once.
pub fn issue_token(
    conn: &mut DbConnection,
    audit_key: &AuditKey,
    pepper: &ReceiptPepper,
    me: &StaffIdentity,
    name: &str,
) -> AppResult<(i64, ApiToken)> {
    if !me.can(Permission::ManageSettings) {
        return Err(AppError::Forbidden);
    }
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        return Err(AppError::InvalidInput("name_invalid"));
    }
    let token = ApiToken::generate();
    let id = storage::write(conn, |c| {
        let id = store::insert_token(c, name, &token.lookup_hash(pepper), &today().to_string())?;
        audit::staff(
            c,
            audit_key,
            Some(me.staff_id),
            "digest_token_issued",
            None,
            &format!("token={id}"),
        )?;
        Ok::<_, AppError>(id)
    })?;
    Ok((id, token))
}

pub fn revoke_token(
    conn: &mut DbConnection,
    audit_key: &AuditKey,
    me: &StaffIdentity,
    id: i64,
) -> AppResult<()> {
    if !me.can(Permission::ManageSettings) {
        return Err(AppError::Forbidden);
    }
    storage::write(conn, |c| {
        if !store::revoke_token(c, id)? {
            return Err(AppError::NotFound);
        }
        audit::staff(
            c,
            audit_key,
            Some(me.staff_id),
            "digest_token_revoked",
            None,
            &format!("token={id}"),
        )
    })
}

/// The live token a bearer presents, by id.
pub fn check_token(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    presented: &str,
) -> AppResult<Option<i64>> {
    let token = ApiToken::from_text(presented);
    Ok(store::token_by_hash(conn, &token.lookup_hash(pepper))?)
}
