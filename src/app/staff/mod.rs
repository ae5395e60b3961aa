//! Staff accounts and sessions: adding people (which needs an admin's key, because
//! the organisation secret key must be wrapped for them), disabling them, signing
//! in and out.

use std::path::Path;

use crate::crypto::{
    generate_org_keypair, DecoyWrap, KdfCost, OrgSecretKey, Passphrase, SessionSecret, SetupToken,
};
use crate::domain::{Language, PassphraseStrength, Permission, Role, Roles, StaffName};
use crate::error::{AppError, AppResult};
use crate::storage::sessions::{self, NewSession};
use crate::storage::staff::{self as store, NewStaff, StaffRow};
use crate::storage::{self, DbConnection};

use super::{now_unix, today};

/// How often a session's last-seen time is written, at most: often enough for a
/// 30-minute idle timeout, rarely enough not to write on every click.
const TOUCH_EVERY_SECS: i64 = 60;

/// A signed-in staff member, as a request sees them. `Debug` shows who, never the
/// session id or the wrapped key. (Cloning it for a blocking task copies no
/// secret: the wrapped key opens only with the cookie's secret.)
#[derive(Clone)]
pub struct StaffIdentity {
    pub staff_id: i64,
    pub name: String,
    pub roles: Roles,
    /// The languages they read (queue items in these come first).
    pub languages: Vec<Language>,
    /// The language of their pages, if they chose one.
    pub ui_language: Option<Language>,
    session_id: Vec<u8>,
    wrapped_org_secret: Option<Vec<u8>>,
}

impl std::fmt::Debug for StaffIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffIdentity")
            .field("staff_id", &self.staff_id)
            .field("name", &self.name)
            .field("roles", &self.roles)
            .field("session_id", &"<secret>")
            .field(
                "wrapped_org_secret",
                &self.wrapped_org_secret.as_ref().map(|_| "<secret>"),
            )
            .finish()
    }
}

/// The language codes in a stored list (`vi,ar`), skipping any unknown one.
pub fn parse_languages(stored: &str) -> Vec<Language> {
    stored
        .split(',')
        .filter_map(|code| Language::from_code(code.trim()))
        .collect()
}

/// A list of languages as stored.
pub fn join_languages(languages: &[Language]) -> String {
    languages
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(",")
}

fn stored_roles(row: &StaffRow) -> AppResult<Roles> {
    row.role
        .parse()
        .map_err(|_| AppError::Internal("stored role".into()))
}

impl StaffIdentity {
    pub fn can(&self, permission: Permission) -> bool {
        self.roles.can(permission)
    }

    pub fn session_id(&self) -> &[u8] {
        &self.session_id
    }

    /// Opens the organisation secret key for this request. `None` for roles that
    /// never hold it.
    pub fn org_secret(&self, secret: &SessionSecret) -> Option<AppResult<OrgSecretKey>> {
        self.wrapped_org_secret.as_deref().map(|wrapped| {
            secret
                .unwrap_org_secret(wrapped)
                .map_err(AppError::KeyUnavailable)
        })
    }
}

pub(crate) fn insert_staff(
    conn: &mut DbConnection,
    name: &StaffName,
    roles: Roles,
    languages: &[Language],
    wrap: &[u8],
) -> AppResult<()> {
    let created_on = today().to_string();
    let role = roles.to_string();
    let languages = join_languages(languages);
    let result = store::insert(
        conn,
        &NewStaff {
            name: name.as_str(),
            role: &role,
            key_wrap: Some(wrap),
            disabled: false,
            created_on: &created_on,
            languages: &languages,
        },
    );
    match result {
        Err(e) if storage::is_unique_violation(&e) => Err(AppError::NameTaken),
        other => Ok(other?),
    }
}

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
            if !super::setup::token_is_valid(conn, &token)? {
                return Err(AppError::NoSetupPending);
            }
            super::setup::claim(conn, data_dir, &token, name.as_str(), passphrase, kdf)
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

/// The rule for a new passphrase: long enough, not one of the most common, and not
/// absurdly long.
pub fn check_new_passphrase(passphrase: &Passphrase) -> AppResult<()> {
    if passphrase.expose().chars().count() > PassphraseStrength::MAX_CHARS {
        return Err(AppError::PassphraseTooLong);
    }
    if !PassphraseStrength::of(passphrase.expose()).is_accepted() {
        return Err(AppError::WeakPassphrase);
    }
    if crate::domain::is_common_passphrase(passphrase.expose()) {
        return Err(AppError::CommonPassphrase);
    }
    Ok(())
}

/// Roles that hold the organisation key get it wrapped under their passphrase.
/// The others get a throwaway key wrapped the same way, which proves the
/// passphrase at sign-in and opens nothing.
pub(crate) fn wrap_for_role(
    secret: &OrgSecretKey,
    roles: Roles,
    passphrase: &Passphrase,
    kdf: KdfCost,
) -> AppResult<Vec<u8>> {
    let result = if roles.holds_organisation_key() {
        secret.wrap_with_passphrase(passphrase, kdf)
    } else {
        generate_org_keypair()
            .1
            .wrap_with_passphrase(passphrase, kdf)
    };
    result.map_err(AppError::KeyUnavailable)
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
        let is_admin = stored_roles(&row)?.contains(Role::Admin);
        if is_admin && !row.disabled && store::count_active_admins(c)? <= 1 {
            return Err(AppError::LastAdmin);
        }
        store::disable(c, row.id)?;
        crate::storage::invitations::delete_by_inviter(c, row.id)?;
        Ok::<_, AppError>(())
    })?;
    // The destroyed wrap must not linger in SQLite's WAL.
    storage::flush_deleted(conn)?;
    Ok(())
}

/// The staff member a sign-in names, if they may sign in at all.
pub fn candidate(conn: &mut DbConnection, name: &str) -> AppResult<Option<StaffRow>> {
    Ok(store::by_name(conn, name.trim())?.filter(|row| !row.disabled && row.key_wrap.is_some()))
}

/// Checks a passphrase against a staff member's wrap (or, for no one, against the
/// decoy, which costs the same and always fails). CPU and memory only: call it
/// without holding a database connection.
pub fn verify(
    candidate: Option<&StaffRow>,
    passphrase: &Passphrase,
    decoy: &DecoyWrap,
) -> AppResult<OrgSecretKey> {
    match candidate.and_then(|row| row.key_wrap.as_deref()) {
        Some(wrap) => OrgSecretKey::unwrap_with_passphrase(wrap, passphrase)
            .map_err(|_| AppError::SignInFailed),
        None => {
            let _ = decoy.check(passphrase);
            Err(AppError::SignInFailed)
        }
    }
}

/// Opens a session for a verified staff member.
pub fn open_session(
    conn: &mut DbConnection,
    row: &StaffRow,
    secret: &OrgSecretKey,
) -> AppResult<(SessionSecret, StaffIdentity)> {
    let roles = stored_roles(row)?;
    let session = SessionSecret::generate();
    let wrapped = roles
        .holds_organisation_key()
        .then(|| session.wrap_org_secret(secret));
    let now = now_unix();
    let id = session.lookup_id();
    storage::write(conn, |c| {
        sessions::insert(
            c,
            &NewSession {
                id: &id,
                staff_id: row.id,
                wrapped_org_secret: wrapped.as_deref(),
                created_at: now,
                last_seen_at: now,
            },
        )
    })?;
    let identity = StaffIdentity {
        staff_id: row.id,
        name: row.name.clone(),
        roles,
        languages: parse_languages(&row.languages),
        ui_language: row.ui_language.as_deref().and_then(Language::from_code),
        session_id: id,
        wrapped_org_secret: wrapped,
    };
    Ok((session, identity))
}

/// Checks a name and passphrase and opens a session, all on one connection (the
/// web layer runs the three steps separately so no connection waits on Argon2id).
/// Unknown names, disabled accounts and wrong passphrases all answer
/// `SignInFailed` after the same Argon2id work.
pub fn sign_in(
    conn: &mut DbConnection,
    name: &str,
    passphrase: &Passphrase,
    decoy: &DecoyWrap,
) -> AppResult<(SessionSecret, StaffIdentity)> {
    let row = candidate(conn, name)?;
    let secret = verify(row.as_ref(), passphrase, decoy)?;
    let row = row.ok_or(AppError::SignInFailed)?;
    open_session(conn, &row, &secret)
}

/// How long a session may last however active it is, unless configured otherwise.
pub const DEFAULT_SESSION_MAX_SECS: i64 = 12 * 60 * 60;

/// Finds the session with this lookup id (see `SessionSecret::lookup_id`). An idle
/// session, or one older than [`DEFAULT_SESSION_MAX_SECS`], is destroyed.
pub fn resume(
    conn: &mut DbConnection,
    id: &[u8],
    idle_secs: i64,
) -> AppResult<Option<StaffIdentity>> {
    resume_within(conn, id, idle_secs, DEFAULT_SESSION_MAX_SECS)
}

/// [`resume`] with an absolute lifetime: a session started more than `max_secs`
/// ago ends even if it was never idle, so a stolen cookie (or a browser left open
/// on a shared computer and kept busy) does not work for ever.
pub fn resume_within(
    conn: &mut DbConnection,
    id: &[u8],
    idle_secs: i64,
    max_secs: i64,
) -> AppResult<Option<StaffIdentity>> {
    let id = id.to_vec();
    let Some((session, staff)) = sessions::find(conn, &id)? else {
        return Ok(None);
    };
    let now = now_unix();
    if now - session.last_seen_at > idle_secs || now - session.created_at > max_secs {
        sessions::delete(conn, &id)?;
        return Ok(None);
    }
    if now - session.last_seen_at >= TOUCH_EVERY_SECS {
        sessions::touch(conn, &id, now)?;
    }
    let roles = stored_roles(&staff)?;
    Ok(Some(StaffIdentity {
        staff_id: staff.id,
        languages: parse_languages(&staff.languages),
        ui_language: staff.ui_language.as_deref().and_then(Language::from_code),
        name: staff.name,
        roles,
        session_id: id,
        wrapped_org_secret: session.wrapped_org_secret,
    }))
}

/// Ends a session, destroying its wrapped key.
pub fn sign_out(conn: &mut DbConnection, session_id: &[u8]) -> AppResult<()> {
    sessions::delete(conn, session_id)?;
    Ok(())
}

/// Removes every idle session; run periodically so abandoned sessions do not keep
/// wrapped keys around.
pub fn purge_idle_sessions(conn: &mut DbConnection, idle_secs: i64) -> AppResult<usize> {
    Ok(sessions::delete_idle(conn, now_unix() - idle_secs)?)
}

/// Removes every session older than `max_secs`, however active.
pub fn purge_old_sessions(conn: &mut DbConnection, max_secs: i64) -> AppResult<usize> {
    Ok(sessions::delete_created_before(
        conn,
        now_unix() - max_secs,
    )?)
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
            super::audit::staff(
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
        super::audit::staff(
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

/// An admin disables someone from the staff pages (see [`disable`]).
pub fn disable_by_admin(
    conn: &mut DbConnection,
    admin: &StaffIdentity,
    staff_id: i64,
    audit_key: &crate::crypto::AuditKey,
) -> AppResult<()> {
    if !admin.can(Permission::ManageStaff) {
        return Err(AppError::Forbidden);
    }
    let row = store::by_id(conn, staff_id)?.ok_or(AppError::UnknownStaff)?;
    disable(conn, &row.name)?;
    storage::write(conn, |c| {
        super::audit::staff(
            c,
            audit_key,
            Some(admin.staff_id),
            "staff_disabled",
            None,
            &format!("staff={staff_id}"),
        )
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_identity_prints_who_but_no_session_or_key() {
        let identity = StaffIdentity {
            staff_id: 7,
            name: "Amira".into(),
            roles: Role::Moderator.into(),
            languages: vec![Language::Vi],
            ui_language: None,
            session_id: vec![0xAB; 32],
            wrapped_org_secret: Some(vec![0xCD; 72]),
        };
        let printed = format!("{identity:?}");
        assert!(
            printed.contains("Amira") && printed.contains("moderator"),
            "{printed}"
        );
        assert!(
            !printed.contains("171") && !printed.contains("205") && !printed.contains("ab"),
            "{printed}"
        );
    }
}
