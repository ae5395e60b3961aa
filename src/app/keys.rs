//! Rotating the organisation key.
//!
//! A rotation makes a new key pair, re-seals every submission's data key to it and
//! destroys every wrap of the old secret. It runs in three steps so it can resume
//! after an interruption (run it again with the same admin):
//!
//! 1. The new key is stored as the active key, with its secret sealed to the *old*
//!    public key, so any holder of the old key can finish the rotation. From this
//!    moment the writer seals new submissions to the new key.
//! 2. Data keys still sealed to the old key are re-sealed in batches, each batch
//!    its own transaction.
//! 3. One exclusive transaction re-seals anything left, wraps the new secret for
//!    the admin who rotates, destroys every other wrap and session holding the old
//!    secret, and retires the old key. Other staff who hold the key must then be
//!    re-keyed by an admin (`voices staff rekey`).
//!
//! No old wrap is destroyed until every data key is sealed to the new key.

use crate::crypto::{
    generate_org_keypair, DataKey, DecoyWrap, KdfCost, OrgPublicKey, OrgSecretKey, Passphrase,
    SealedDataKey,
};
use crate::domain::{Role, Roles};
use crate::error::{AppError, AppResult};
use crate::storage::{self, keys, sessions, staff as store, submissions, DbConnection};

use super::today;

/// Data keys re-sealed per transaction.
pub const BATCH: i64 = 500;

/// How far a rotation has got; `progress` may stop it (to test resuming).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: u64,
    pub total: u64,
}

/// What a completed rotation did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rotated {
    pub new_key_id: i64,
    pub resealed: u64,
    /// Staff (other than the admin who rotated) whose wraps were destroyed.
    pub need_rekey: Vec<String>,
    /// Whether this run finished a rotation an earlier run had started.
    pub resumed: bool,
}

fn admin_secret(
    conn: &mut DbConnection,
    name: &str,
    passphrase: &Passphrase,
    decoy: &DecoyWrap,
) -> AppResult<(store::StaffRow, OrgSecretKey)> {
    let admin = super::staff::candidate(conn, name)?.filter(|row| {
        row.role
            .parse::<Roles>()
            .is_ok_and(|r| r.contains(Role::Admin))
    });
    let secret = super::staff::verify(admin.as_ref(), passphrase, decoy)
        .map_err(|_| AppError::WrongAdminCredentials)?;
    Ok((admin.ok_or(AppError::WrongAdminCredentials)?, secret))
}

fn reseal_batch(
    conn: &mut DbConnection,
    old: (i64, &OrgPublicKey, &OrgSecretKey),
    new: (i64, &OrgPublicKey),
    limit: i64,
) -> AppResult<u64> {
    let rows = submissions::sealed_to(conn, old.0, limit)?;
    for (id, sealed) in &rows {
        let key = DataKey::open_sealed(&SealedDataKey(sealed.clone()), old.1, old.2)
            .map_err(AppError::KeyUnavailable)?;
        // 0 rows: withdrawn since the read above; it stays a tombstone.
        submissions::reseal(conn, *id, &key.seal_to(new.1).0, new.0)?;
    }
    Ok(rows.len() as u64)
}

/// Rotates the organisation key (or finishes an interrupted rotation), re-sealing
/// `batch` data keys per transaction. `progress` is told after every batch;
/// returning `false` stops the run there, leaving a rotation the next run resumes.
#[allow(clippy::too_many_arguments)]
pub fn rotate(
    conn: &mut DbConnection,
    admin_name: &str,
    admin_passphrase: &Passphrase,
    kdf: KdfCost,
    decoy: &DecoyWrap,
    batch: i64,
    mut progress: impl FnMut(Progress) -> bool,
) -> AppResult<Option<Rotated>> {
    let (admin, old_secret) = admin_secret(conn, admin_name, admin_passphrase, decoy)?;
    let live = keys::live_keys(conn)?;
    let old_row = live
        .first()
        .ok_or_else(|| AppError::Internal("no organisation key".into()))?;
    let old_public =
        OrgPublicKey::from_bytes(&old_row.public_key).map_err(AppError::KeyUnavailable)?;
    if old_secret.public_key() != old_public {
        return Err(AppError::Internal(
            "the admin's key is not the organisation's current key".into(),
        ));
    }
    let old_id = old_row.id;

    // Step 1, or resume it.
    let (new_id, new_public, new_secret, resumed) = match live.get(1) {
        Some(row) => {
            let handed_over = row.secret_sealed_to_previous.as_deref().ok_or_else(|| {
                AppError::Internal("a rotation without its hand-over copy".into())
            })?;
            let secret = OrgSecretKey::open_sealed_bytes(handed_over, &old_public, &old_secret)
                .map_err(AppError::KeyUnavailable)?;
            (row.id, secret.public_key(), secret, true)
        }
        None => {
            let (public, secret) = generate_org_keypair();
            let id = old_id + 1;
            let handover = secret.seal_to(&old_public);
            storage::write_exclusive(conn, |c| {
                keys::insert_successor(c, id, &public.to_bytes(), &today().to_string(), &handover)
            })?;
            (id, public, secret, false)
        }
    };

    // Step 2.
    let total = submissions::count_sealed_to(conn, old_id)? as u64;
    let mut done = 0;
    loop {
        let count = storage::write(conn, |c| {
            reseal_batch(
                c,
                (old_id, &old_public, &old_secret),
                (new_id, &new_public),
                batch,
            )
        })?;
        done += count;
        if count == 0 {
            break;
        }
        if !progress(Progress { done, total }) {
            return Ok(None);
        }
    }

    // Step 3. The slow Argon2id wrap happens before the lock is taken.
    let new_wrap = new_secret
        .wrap_with_passphrase(admin_passphrase, kdf)
        .map_err(AppError::KeyUnavailable)?;
    let (late, need_rekey) = storage::write_exclusive(conn, |c| {
        let late = reseal_batch(
            c,
            (old_id, &old_public, &old_secret),
            (new_id, &new_public),
            i64::MAX,
        )?;
        let mut need_rekey = Vec::new();
        for row in store::list(c)? {
            let holds_key = row
                .role
                .parse::<Roles>()
                .is_ok_and(Roles::holds_organisation_key);
            if row.id == admin.id {
                store::set_key_wrap(c, row.id, Some(&new_wrap))?;
            } else if holds_key && row.key_wrap.is_some() {
                store::set_key_wrap(c, row.id, None)?;
                need_rekey.push(row.name.clone());
            }
        }
        // Staff notes are sealed to the organisation key: seal them to the new one.
        for note in crate::storage::messages::all_notes(c)? {
            if let Ok(text) = old_secret.open_note(&note.body) {
                crate::storage::messages::set_note_body(c, note.id, &new_public.seal_note(&text))?;
            }
        }
        sessions::delete_all(c)?;
        keys::delete_setup_claim(c)?;
        // Invitations hold wraps of the old secret.
        crate::storage::invitations::delete_all(c)?;
        keys::finish_rotation(c, old_id, new_id)?;
        Ok::<_, AppError>((late, need_rekey))
    })?;
    storage::flush_deleted(conn)?;
    Ok(Some(Rotated {
        new_key_id: new_id,
        resealed: done + late,
        need_rekey,
        resumed,
    }))
}
