//! Staff sessions: checking a passphrase (with the decoy for unknown names), opening,
//! resuming, ending and purging sessions. Holds the organisation key only wrapped
//! under the session's secret; never writes a passphrase or a secret anywhere.

use crate::crypto::{DecoyWrap, OrgSecretKey, Passphrase, SessionSecret};
use crate::domain::Language;
use crate::error::{AppError, AppResult};
use crate::storage::sessions::{self, NewSession};
use crate::storage::staff::{self as store, StaffRow};
use crate::storage::{self, DbConnection};

use super::identity::{parse_languages, stored_roles, StaffIdentity};
use crate::app::now_unix;

/// How often a session's last-seen time is written, at most: often enough for a
/// 30-minute idle timeout, rarely enough not to write on every click.
const TOUCH_EVERY_SECS: i64 = 60;

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
