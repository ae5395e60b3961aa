//! Staff accounts as admins manage them: adding someone (with an admin's key or the
//! setup token), a new key wrap, roles and languages, disabling. Each change checks
//! who asks; it never opens or ends a session except by disabling or rekeying.

use std::path::Path;

use crate::crypto::{DecoyWrap, KdfCost, Passphrase, SetupToken};
use crate::domain::{Language, Permission, Role, Roles, StaffName};
use crate::error::{AppError, AppResult};
use crate::storage::sessions;
use crate::storage::staff::{self as store, StaffRow};
use crate::storage::{self, DbConnection};

use super::identity::{stored_roles, StaffIdentity};
use super::sessions::verify;
use crate::app::new_staff::{check_new_passphrase, insert_staff, join_languages, wrap_for_role};

/// Who is adding a person: an admin proving themselves, or the installer holding
/// the setup token while no admin exists.
pub enum Authority {
    Admin {
        name: String,
        passphrase: Passphrase,
    },
    SetupToken(SetupToken),
}

/// Adds a staff member. `decoy` answers for an admin name that does not exist.
#[allow(clippy::too_many_arguments)]
pub fn add(
    conn: &mut DbConnection,
    data_dir: &Path,
    authority: Authority,
    name: &str,
    roles: Roles,
    passphrase: &Passphrase,
    kdf: KdfCost,
    decoy: &DecoyWrap,
) -> AppResult<()> {
    let name = StaffName::parse(name)?;
    check_new_passphrase(passphrase)?;
    match authority {
        Authority::SetupToken(token) => {
            if !roles.contains(Role::Admin) {
                return Err(AppError::FirstStaffMustBeAdmin);
            }
            if !crate::app::setup::token_is_valid(conn, &token)? {
                return Err(AppError::NoSetupPending);
            }
            crate::app::setup::claim(conn, data_dir, &token, name.as_str(), passphrase, kdf)
        }
        Authority::Admin {
            name: admin_name,
            passphrase: admin_passphrase,
        } => {
            let admin = active_admin(conn, &admin_name)?;
            let secret = verify(admin.as_ref(), &admin_passphrase, decoy)
                .map_err(|_| AppError::WrongAdminCredentials)?;
            if store::by_name(conn, name.as_str())?.is_some() {
                return Err(AppError::NameTaken);
            }
            let wrap = wrap_for_role(&secret, roles, passphrase, kdf)?;
            storage::write(conn, |c| insert_staff(c, &name, roles, &[], &wrap))
        }
    }
}

/// Gives a staff member a new key wrap under a new passphrase (after a key
/// rotation destroyed theirs, or when they have forgotten their passphrase). Needs
/// an admin, whose key is wrapped again for them. Their sessions end.
pub fn rekey(
    conn: &mut DbConnection,
    admin_name: &str,
    admin_passphrase: &Passphrase,
    decoy: &DecoyWrap,
    name: &str,
    passphrase: &Passphrase,
    kdf: KdfCost,
) -> AppResult<()> {
    check_new_passphrase(passphrase)?;
    let admin = active_admin(conn, admin_name)?;
    let secret = verify(admin.as_ref(), admin_passphrase, decoy)
        .map_err(|_| AppError::WrongAdminCredentials)?;
    let row = store::by_name(conn, name.trim())?
        .filter(|row| !row.disabled)
        .ok_or(AppError::UnknownStaff)?;
    let wrap = wrap_for_role(&secret, stored_roles(&row)?, passphrase, kdf)?;
    storage::write(conn, |c| {
        store::set_key_wrap(c, row.id, Some(&wrap))?;
        sessions::delete_for_staff(c, row.id)?;
        Ok::<_, AppError>(())
    })
}

pub fn list(conn: &mut DbConnection) -> AppResult<Vec<StaffRow>> {
    Ok(store::list(conn)?)
}

/// The active admin with this name, if there is one.
pub(crate) fn active_admin(conn: &mut DbConnection, name: &str) -> AppResult<Option<StaffRow>> {
    Ok(store::by_name(conn, name.trim())?.filter(|row| {
        !row.disabled
            && row
                .role
                .parse::<Roles>()
                .is_ok_and(|r| r.contains(Role::Admin))
    }))
}

/// Disables a person: their key wrap is destroyed, their sessions end and the
/// invitations they made are deleted (with the key wraps they hold), so a person
/// being disabled cannot come back through a link they made earlier. The last
/// active admin cannot be disabled, or nobody could add staff again. Runs under the
/// exclusive write lock, so two admins disabling each other at once cannot both win.
pub fn disable(conn: &mut DbConnection, name: &str) -> AppResult<()> {
    storage::write_exclusive(conn, |c| {
        let row = store::by_name(c, name.trim())?.ok_or(AppError::UnknownStaff)?;
        disable_within(c, &row)
    })?;
    // The destroyed wrap must not linger in SQLite's WAL.
    storage::flush_deleted(conn)?;
    Ok(())
}

/// What [`disable`] changes, inside the caller's exclusive write, so a caller can
/// record it in the same transaction.
fn disable_within(c: &mut DbConnection, row: &StaffRow) -> AppResult<()> {
    let is_admin = stored_roles(row)?.contains(Role::Admin);
    if is_admin && !row.disabled && store::count_active_admins(c)? <= 1 {
        return Err(AppError::LastAdmin);
    }
    store::disable(c, row.id)?;
    crate::storage::invitations::delete_by_inviter(c, row.id)?;
    Ok(())
}

/// Whether any active admin exists.
pub fn admin_exists(conn: &mut DbConnection) -> AppResult<bool> {
    Ok(store::count_active_admins(conn)? > 0)
}

/// An admin changes someone's roles and the languages they read. Moving a person
/// between a role that holds the organisation key and one that does not needs a
/// new invitation (their key wrap would be wrong); the last admin keeps the role.
/// Nobody changes their own roles (an admin giving themselves the moderator role
/// would review alone what the two-person rules share): another admin must. The
/// refused attempt is recorded in the staff audit log. Their own languages they
/// may change.
pub fn update_profile(
    conn: &mut DbConnection,
    admin: &StaffIdentity,
    staff_id: i64,
    roles: Roles,
    languages: &[Language],
    audit_key: &crate::crypto::AuditKey,
) -> AppResult<()> {
    if !admin.can(Permission::ManageStaff) {
        return Err(AppError::Forbidden);
    }
    let own_roles_changed = storage::write_exclusive(conn, |c| {
        let row = store::by_id(c, staff_id)?.ok_or(AppError::UnknownStaff)?;
        let current = stored_roles(&row)?;
        if staff_id == admin.staff_id && current != roles {
            crate::app::audit::staff(
                c,
                audit_key,
                Some(admin.staff_id),
                "own_roles_refused",
                None,
                &format!("staff={staff_id} roles={roles}"),
            )?;
            return Ok(true);
        }
        if current.holds_organisation_key() != roles.holds_organisation_key() {
            return Err(AppError::InvalidInput("role_change_needs_invitation"));
        }
        if current.contains(Role::Admin)
            && !roles.contains(Role::Admin)
            && !row.disabled
            && store::count_active_admins(c)? <= 1
        {
            return Err(AppError::LastAdmin);
        }
        let languages = join_languages(languages);
        store::set_profile(c, staff_id, &roles.to_string(), &languages)?;
        crate::app::audit::staff(
            c,
            audit_key,
            Some(admin.staff_id),
            "staff_updated",
            None,
            &format!("staff={staff_id} roles={roles} languages={languages}"),
        )?;
        Ok::<_, AppError>(false)
    })?;
    if own_roles_changed {
        return Err(AppError::InvalidInput("own_roles"));
    }
    Ok(())
}

/// An admin disables someone from the staff pages (see [`disable`]). The change
/// and its `staff_disabled` audit event are one transaction: a person is never
/// disabled without the line that says who did it.
pub fn disable_by_admin(
    conn: &mut DbConnection,
    admin: &StaffIdentity,
    staff_id: i64,
    audit_key: &crate::crypto::AuditKey,
) -> AppResult<()> {
    if !admin.can(Permission::ManageStaff) {
        return Err(AppError::Forbidden);
    }
    storage::write_exclusive(conn, |c| {
        let row = store::by_id(c, staff_id)?.ok_or(AppError::UnknownStaff)?;
        disable_within(c, &row)?;
        crate::app::audit::staff(
            c,
            audit_key,
            Some(admin.staff_id),
            "staff_disabled",
            None,
            &format!("staff={staff_id}"),
        )
    })?;
    // The destroyed wrap must not linger in SQLite's WAL.
    storage::flush_deleted(conn)?;
    Ok(())
}

/// A staff member chooses the language of their pages (`None`: their browser's).
pub fn set_ui_language(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    language: Option<Language>,
) -> AppResult<()> {
    store::set_ui_language(conn, me.staff_id, language.map(|l| l.code()))?;
    Ok(())
}
