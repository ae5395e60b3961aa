//! Inviting staff: an admin names the person, their roles and languages; Voices
//! makes a one-time link that expires after 72 hours, holding the organisation
//! key wrapped under the link's token; the person opens it and sets their own
//! passphrase, which wraps the key for them. No admin ever knows it.

use crate::crypto::{KdfCost, OrgSecretKey, Passphrase, SetupToken};
use crate::domain::{Language, Permission, Roles, StaffName};
use crate::error::{AppError, AppResult};
use crate::storage::invitations::{self, InvitationRow, NewInvitation};
use crate::storage::{self, staff as store, DbConnection};

use super::staff::{
    check_new_passphrase, insert_staff, join_languages, wrap_for_role, StaffIdentity,
};
use super::{audit, now_unix};

/// How long an invitation link works.
pub const INVITATION_SECS: i64 = 72 * 60 * 60;

/// Who is invited, as the admin typed it.
pub struct Invite<'a> {
    pub name: &'a str,
    pub roles: Roles,
    pub languages: &'a [Language],
}

/// Makes an invitation and returns its token (shown to the admin once).
pub fn invite(
    conn: &mut DbConnection,
    admin: &StaffIdentity,
    admin_secret: &OrgSecretKey,
    invite: &Invite<'_>,
    audit_key: &crate::crypto::AuditKey,
) -> AppResult<SetupToken> {
    if !admin.can(Permission::ManageStaff) {
        return Err(AppError::Forbidden);
    }
    let name = StaffName::parse(invite.name)?;
    let token = SetupToken::generate();
    let wrapped = invite
        .roles
        .holds_organisation_key()
        .then(|| token.wrap_org_secret(admin_secret));
    let role = invite.roles.to_string();
    let languages = join_languages(invite.languages);
    delete_expired(conn)?;
    storage::write(conn, |c| {
        if store::by_name(c, name.as_str())?.is_some()
            || invitations::by_name(c, name.as_str())?.is_some()
        {
            return Err(AppError::NameTaken);
        }
        invitations::insert(
            c,
            &NewInvitation {
                token_hash: &token.lookup_hash(),
                name: name.as_str(),
                role: &role,
                languages: &languages,
                wrapped_org_secret: wrapped.as_deref(),
                expires_at: now_unix() + INVITATION_SECS,
                invited_by: admin.staff_id,
            },
        )?;
        audit::staff(
            c,
            audit_key,
            Some(admin.staff_id),
            "staff_invited",
            None,
            &format!("roles={role} languages={languages}"),
        )
    })?;
    Ok(token)
}

/// The invitation behind a token, if it is valid, not expired, and the admin who
/// made it is still an active admin. Anything else is `NotFound`, with no hint
/// which.
pub fn find(conn: &mut DbConnection, token: &SetupToken) -> AppResult<InvitationRow> {
    let row = invitations::by_token_hash(conn, &token.lookup_hash())?
        .filter(|row| row.expires_at > now_unix())
        .ok_or(AppError::NotFound)?;
    if !inviter_is_active_admin(conn, row.invited_by)? {
        return Err(AppError::NotFound);
    }
    Ok(row)
}

/// Whether the person who made an invitation is still an active admin: an
/// invitation outlives neither its maker's account nor their admin role.
fn inviter_is_active_admin(conn: &mut DbConnection, staff_id: i64) -> AppResult<bool> {
    Ok(store::by_id(conn, staff_id)?.is_some_and(|row| {
        !row.disabled
            && row
                .role
                .parse::<Roles>()
                .is_ok_and(|r| r.contains(crate::domain::Role::Admin))
    }))
}

/// The invited person sets their passphrase: their account is created with the
/// organisation key wrapped under it, and the invitation is spent.
pub fn accept(
    conn: &mut DbConnection,
    token: &SetupToken,
    passphrase: &Passphrase,
    kdf: KdfCost,
    audit_key: &crate::crypto::AuditKey,
) -> AppResult<String> {
    check_new_passphrase(passphrase)?;
    let row = find(conn, token)?;
    let roles: Roles = row
        .role
        .parse()
        .map_err(|_| AppError::Internal("stored role".into()))?;
    let secret = match &row.wrapped_org_secret {
        Some(wrapped) => token
            .unwrap_org_secret(wrapped)
            .map_err(AppError::KeyUnavailable)?,
        None => crate::crypto::generate_org_keypair().1,
    };
    // The slow Argon2id run happens before the transaction.
    let wrap = wrap_for_role(&secret, roles, passphrase, kdf)?;
    let name = StaffName::parse(&row.name)?;
    let languages = super::staff::parse_languages(&row.languages);
    // Exclusive, like disabling: an inviter being disabled at this moment either
    // commits first (and this finds no invitation) or after (and disables a
    // person whose invitation is spent).
    storage::write_exclusive(conn, |c| {
        // Checked again where the account is made: the inviter may have been
        // disabled while the passphrase was being wrapped.
        if !inviter_is_active_admin(c, row.invited_by)? || !invitations::delete(c, row.id)? {
            return Err(AppError::NotFound);
        }
        insert_staff(c, &name, roles, &languages, &wrap)?;
        let joined = store::by_name(c, name.as_str())?.map(|r| r.id);
        audit::staff(
            c,
            audit_key,
            joined,
            "staff_joined",
            None,
            &format!("roles={roles}"),
        )
    })?;
    // The spent invitation's wrap and token hash must not linger in SQLite's WAL.
    storage::flush_deleted(conn)?;
    Ok(row.name)
}

/// Invitations not yet used, for the staff page.
pub fn pending(conn: &mut DbConnection) -> AppResult<Vec<InvitationRow>> {
    delete_expired(conn)?;
    Ok(invitations::pending(conn)?)
}

/// Deletes expired invitations, and their wraps from the files.
fn delete_expired(conn: &mut DbConnection) -> AppResult<()> {
    let deleted = storage::write(conn, |c| invitations::delete_expired(c, now_unix()))?;
    if deleted > 0 {
        storage::flush_deleted(conn)?;
    }
    Ok(())
}

/// Withdraws an invitation before it is used.
pub fn cancel(
    conn: &mut DbConnection,
    admin: &StaffIdentity,
    id: i64,
    audit_key: &crate::crypto::AuditKey,
) -> AppResult<()> {
    if !admin.can(Permission::ManageStaff) {
        return Err(AppError::Forbidden);
    }
    storage::write(conn, |c| {
        if !invitations::delete(c, id)? {
            return Err(AppError::NotFound);
        }
        audit::staff(
            c,
            audit_key,
            Some(admin.staff_id),
            "invitation_cancelled",
            None,
            "",
        )
    })?;
    storage::flush_deleted(conn)?;
    Ok(())
}
