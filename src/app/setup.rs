//! First start and the first admin.
//!
//! On first start Voices creates the organisation key pair. Until an admin exists,
//! the secret key is stored only wrapped under a one-time setup token; the token
//! itself is written to `data_dir/setup-token` (mode 0600) so the server can print
//! the link again after a restart and `voices staff add` can claim it. Whoever
//! claims it (through the link or the command line) becomes the first admin, and
//! both the claim and the file are destroyed.
//!
//! The link expires (24 hours by default, `setup_link_hours`): a link printed to a
//! journal or left in a proxy log should not open the organisation key for ever.
//! An expired link answers 404 like a wrong one. On the retention schedule after
//! it expires, the key is wrapped again under a token that is never printed, so
//! the expired link opens nothing even with a copy of the database. `voices setup
//! reissue` makes a new link from the token file, so it needs only access to the
//! data directory.

use std::fs;
use std::path::{Path, PathBuf};

use crate::crypto::{generate_org_keypair, KdfCost, OrgSecretKey, Passphrase, SetupToken};
use crate::domain::{Role, StaffName};
use crate::error::{AppError, AppResult};
use crate::storage::{self, keys, DbConnection};

use super::{now_unix, today};

/// How long a setup link works unless configured otherwise.
pub const DEFAULT_LINK_HOURS: u64 = 24;

fn expiry(hours: u64) -> i64 {
    now_unix() + (hours.min(24 * 365) * 3600) as i64
}

fn is_live(claim: &keys::SetupClaimRow) -> bool {
    now_unix() < claim.expires_at
}

/// Whether the installation still waits for its first admin.
#[derive(Debug)]
pub enum SetupStatus {
    /// An admin exists; no setup link is valid.
    Ready,
    /// Waiting for the first admin. The token is known when this node holds the
    /// setup-token file.
    Pending(Option<SetupToken>),
    /// Waiting for the first admin, but the link has expired: `voices setup
    /// reissue` makes a new one.
    Expired,
}

pub fn token_path(data_dir: &Path) -> PathBuf {
    data_dir.join("setup-token")
}

/// Makes sure the organisation key exists, creating it and a setup claim on first
/// start. Safe to run on several nodes at once: only one creates the key.
pub fn ensure_organisation(conn: &mut DbConnection, data_dir: &Path) -> AppResult<SetupStatus> {
    ensure_organisation_for(conn, data_dir, DEFAULT_LINK_HOURS)
}

/// [`ensure_organisation`], with a first setup link valid for `link_hours`.
pub fn ensure_organisation_for(
    conn: &mut DbConnection,
    data_dir: &Path,
    link_hours: u64,
) -> AppResult<SetupStatus> {
    if keys::active_key(conn)?.is_none() {
        let (public, secret) = generate_org_keypair();
        let token = SetupToken::generate();
        let created = storage::write(conn, |c| {
            if keys::active_key(c)?.is_some() {
                return Ok(false);
            }
            keys::insert_first_key(
                c,
                &public.to_bytes(),
                &today().to_string(),
                &token.lookup_hash(),
                &token.wrap_org_secret(&secret),
                expiry(link_hours),
            )?;
            Ok::<_, diesel::result::Error>(true)
        });
        match created {
            Ok(true) => {
                let path = token_path(data_dir);
                let _ = fs::remove_file(&path);
                crate::config::write_private(&path, token.expose().as_bytes()).map_err(|e| {
                    AppError::Internal(format!("cannot write {}: {e}", path.display()))
                })?;
                return Ok(SetupStatus::Pending(Some(token)));
            }
            Ok(false) => {}
            // Another node created it between our check and our insert.
            Err(e) if storage::is_unique_violation(&e) => {}
            Err(e) => return Err(e.into()),
        }
    }
    status(conn, data_dir)
}

/// The current setup status, reading this node's token file if there is one.
pub fn status(conn: &mut DbConnection, data_dir: &Path) -> AppResult<SetupStatus> {
    let Some(claim) = keys::setup_claim(conn)? else {
        return Ok(SetupStatus::Ready);
    };
    if !is_live(&claim) {
        return Ok(SetupStatus::Expired);
    }
    let token = fs::read_to_string(token_path(data_dir))
        .ok()
        .map(|text| SetupToken::from_text(&text))
        .filter(|token| crate::crypto::constant_time_eq(&token.lookup_hash(), &claim.token_hash));
    Ok(SetupStatus::Pending(token))
}

/// Whether `token` is the pending setup token and has not expired.
pub fn token_is_valid(conn: &mut DbConnection, token: &SetupToken) -> AppResult<bool> {
    Ok(keys::setup_claim(conn)?.is_some_and(|claim| {
        crate::crypto::constant_time_eq(&claim.token_hash, &token.lookup_hash()) && is_live(&claim)
    }))
}

/// Opens the organisation secret key with the setup token.
pub fn unwrap_with_token(conn: &mut DbConnection, token: &SetupToken) -> AppResult<OrgSecretKey> {
    let claim = keys::setup_claim(conn)?.ok_or(AppError::NotFound)?;
    if !crate::crypto::constant_time_eq(&claim.token_hash, &token.lookup_hash()) || !is_live(&claim)
    {
        return Err(AppError::NotFound);
    }
    token
        .unwrap_org_secret(&claim.wrapped_org_secret)
        .map_err(AppError::KeyUnavailable)
}

/// Creates the first admin from the setup token. A wrong or already used token is
/// `NotFound`, with no hint which.
pub fn claim(
    conn: &mut DbConnection,
    data_dir: &Path,
    token: &SetupToken,
    name: &str,
    passphrase: &Passphrase,
    kdf: KdfCost,
) -> AppResult<()> {
    let secret = unwrap_with_token(conn, token)?;
    let name = StaffName::parse(name)?;
    super::new_staff::check_new_passphrase(passphrase)?;
    // The slow Argon2id run happens before the transaction so it holds no lock.
    let wrap = secret
        .wrap_with_passphrase(passphrase, kdf)
        .map_err(AppError::KeyUnavailable)?;
    let expected_hash = token.lookup_hash();
    // Exclusive, and the claim must be the one this transaction deletes: two
    // claims racing with the same token cannot both create an admin.
    storage::write_exclusive(conn, |c| {
        let still_pending = keys::setup_claim(c)?.is_some_and(|claim| {
            crate::crypto::constant_time_eq(&claim.token_hash, &expected_hash) && is_live(&claim)
        });
        if !still_pending || !keys::delete_setup_claim(c)? {
            return Err(AppError::NotFound);
        }
        super::new_staff::insert_staff(c, &name, Role::Admin.into(), &[], &wrap)?;
        Ok(())
    })?;
    destroy_token_file(&token_path(data_dir));
    // The deleted claim's wrap and token hash must not linger in SQLite's WAL.
    storage::flush_deleted(conn)?;
    Ok(())
}

/// Replaces the pending setup link (expired or not) with a new one valid for
/// `link_hours`, and returns its token. Needs this node's token file, because the
/// organisation key is wrapped under the old token; whoever can read the data
/// directory is the installer anyway. The old link stops working.
pub fn reissue(conn: &mut DbConnection, data_dir: &Path, link_hours: u64) -> AppResult<SetupToken> {
    rewrap(conn, data_dir, expiry(link_hours))
}

/// `expires_at` of a claim whose printed link has been retired: no link opens it
/// until `voices setup reissue` makes a new one.
const RETIRED: i64 = 0;

/// Once the setup link has expired, the organisation key is wrapped again under
/// a fresh token that is never printed (it is only in this node's token file),
/// and the old wrap is flushed out of the files: a token copied from a journal
/// or a proxy log then opens nothing, even with a copy of the database. `voices
/// setup reissue` still works from the token file. Runs on the retention
/// schedule, on every node; only the node holding the token file can do it, and
/// the others leave it alone. Returns whether it retired a link.
pub fn retire_expired_link(conn: &mut DbConnection, data_dir: &Path) -> AppResult<bool> {
    let Some(claim) = keys::setup_claim(conn)? else {
        return Ok(false);
    };
    if is_live(&claim) || claim.expires_at == RETIRED {
        return Ok(false);
    }
    let holds_token = fs::read_to_string(token_path(data_dir))
        .ok()
        .map(|text| SetupToken::from_text(&text))
        .is_some_and(|t| crate::crypto::constant_time_eq(&t.lookup_hash(), &claim.token_hash));
    if !holds_token {
        return Ok(false);
    }
    match rewrap(conn, data_dir, RETIRED) {
        Ok(_) => Ok(true),
        // Claimed or reissued meanwhile.
        Err(AppError::NoSetupPending) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Wraps the organisation key under a fresh token that replaces the pending one
/// (in the database and the token file), then flushes the old wrap away.
fn rewrap(conn: &mut DbConnection, data_dir: &Path, expires_at: i64) -> AppResult<SetupToken> {
    let claim = keys::setup_claim(conn)?.ok_or(AppError::NoSetupPending)?;
    let path = token_path(data_dir);
    let old = fs::read_to_string(&path)
        .ok()
        .map(|text| SetupToken::from_text(&text))
        .filter(|t| crate::crypto::constant_time_eq(&t.lookup_hash(), &claim.token_hash))
        .ok_or(AppError::NoSetupPending)?;
    let secret = old
        .unwrap_org_secret(&claim.wrapped_org_secret)
        .map_err(AppError::KeyUnavailable)?;
    let fresh = SetupToken::generate();
    let old_hash = old.lookup_hash();
    storage::write_exclusive(conn, |c| {
        // The claim must still be the one read above (no one claimed it meanwhile).
        let same = keys::setup_claim(c)?
            .is_some_and(|claim| crate::crypto::constant_time_eq(&claim.token_hash, &old_hash));
        if !same {
            return Err(AppError::NoSetupPending);
        }
        keys::replace_setup_claim(
            c,
            &fresh.lookup_hash(),
            &fresh.wrap_org_secret(&secret),
            expires_at,
        )?;
        Ok(())
    })?;
    destroy_token_file(&path);
    crate::config::write_private(&path, fresh.expose().as_bytes())
        .map_err(|e| AppError::Internal(format!("cannot write {}: {e}", path.display())))?;
    // The old wrap must not linger in SQLite's WAL.
    storage::flush_deleted(conn)?;
    Ok(fresh)
}

/// Overwrites the token file before unlinking it, so the spent token does not stay
/// readable in the file system's free blocks beside its (deleted) wrap.
fn destroy_token_file(path: &Path) {
    if let Ok(meta) = fs::metadata(path) {
        if let Ok(mut file) = fs::OpenOptions::new().write(true).open(path) {
            use std::io::Write;
            let _ = file.write_all(&vec![0u8; meta.len() as usize]);
            let _ = file.sync_all();
        }
    }
    let _ = fs::remove_file(path);
}

/// The link printed to the operator while setup is pending.
pub fn setup_link(base: &str, token: &SetupToken) -> String {
    format!("{base}/setup/{}", token.expose())
}
