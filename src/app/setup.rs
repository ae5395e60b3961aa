//! First start and the first admin.
//!
//! On first start Voices creates the organisation key pair. Until an admin exists,
//! the secret key is stored only wrapped under a one-time setup token; the token
//! itself is written to `data_dir/setup-token` (mode 0600) so the server can print
//! the link again after a restart and `voices staff add` can claim it. Whoever
//! claims it (through the link or the command line) becomes the first admin, and
//! both the claim and the file are destroyed.

use std::fs;
use std::path::{Path, PathBuf};

use crate::crypto::{generate_org_keypair, KdfCost, OrgSecretKey, Passphrase, SetupToken};
use crate::domain::{Role, StaffName};
use crate::error::{AppError, AppResult};
use crate::storage::{self, keys, DbConnection};

use super::today;

/// Whether the installation still waits for its first admin.
#[derive(Debug)]
pub enum SetupStatus {
    /// An admin exists; no setup link is valid.
    Ready,
    /// Waiting for the first admin. The token is known when this node holds the
    /// setup-token file.
    Pending(Option<SetupToken>),
}

pub fn token_path(data_dir: &Path) -> PathBuf {
    data_dir.join("setup-token")
}

/// Makes sure the organisation key exists, creating it and a setup claim on first
/// start. Safe to run on several nodes at once: only one creates the key.
pub fn ensure_organisation(conn: &mut DbConnection, data_dir: &Path) -> AppResult<SetupStatus> {
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
    let token = fs::read_to_string(token_path(data_dir))
        .ok()
        .map(|text| SetupToken::from_text(&text))
        .filter(|token| crate::crypto::constant_time_eq(&token.lookup_hash(), &claim.token_hash));
    Ok(SetupStatus::Pending(token))
}

/// Whether `token` is the pending setup token.
pub fn token_is_valid(conn: &mut DbConnection, token: &SetupToken) -> AppResult<bool> {
    Ok(keys::setup_claim(conn)?.is_some_and(|claim| {
        crate::crypto::constant_time_eq(&claim.token_hash, &token.lookup_hash())
    }))
}

/// Opens the organisation secret key with the setup token.
pub fn unwrap_with_token(conn: &mut DbConnection, token: &SetupToken) -> AppResult<OrgSecretKey> {
    let claim = keys::setup_claim(conn)?.ok_or(AppError::NotFound)?;
    if !crate::crypto::constant_time_eq(&claim.token_hash, &token.lookup_hash()) {
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
    super::staff::check_new_passphrase(passphrase)?;
    // The slow Argon2id run happens before the transaction so it holds no lock.
    let wrap = secret
        .wrap_with_passphrase(passphrase, kdf)
        .map_err(AppError::KeyUnavailable)?;
    let expected_hash = token.lookup_hash();
    // Exclusive, and the claim must be the one this transaction deletes: two
    // claims racing with the same token cannot both create an admin.
    storage::write_exclusive(conn, |c| {
        let still_pending = keys::setup_claim(c)?.is_some_and(|claim| {
            crate::crypto::constant_time_eq(&claim.token_hash, &expected_hash)
        });
        if !still_pending || !keys::delete_setup_claim(c)? {
            return Err(AppError::NotFound);
        }
        super::staff::insert_staff(c, &name, Role::Admin.into(), &[], &wrap)?;
        Ok(())
    })?;
    destroy_token_file(&token_path(data_dir));
    Ok(())
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
