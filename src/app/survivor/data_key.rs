//! A fresh data key for a submission whose key is older than the organisation
//! key in use. Never renews a key over words a withdrawal destroyed.

use crate::crypto::{DataKey, ReceiptCode, ReceiptPepper};
use crate::error::{AppError, AppResult};
use crate::storage::messages;
use crate::storage::submissions::{self, Rekeyed};
use crate::storage::{self, keys, DbConnection};

use super::lookup::find;

/// Gives a submission a fresh data key when its key is older than the
/// organisation key in use: a key rotation re-seals the same data keys, so
/// without this an old copy of the database and a departed person's passphrase
/// would still open them. Needs the code, so it happens when the survivor opens
/// the receipt page. The payload, review record, messages and edited versions
/// are re-encrypted, the key re-sealed and re-wrapped, all in one transaction and
/// only if nothing changed meanwhile. Returns whether it renewed the key.
pub fn renew_data_key(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
) -> AppResult<bool> {
    let Some(active) = keys::active_key(conn)? else {
        return Ok(false);
    };
    let row = find(conn, pepper, code)?;
    let stale = row.data_key_era.is_some_and(|era| era < active.id);
    if !stale || row.payload.is_none() {
        return Ok(false);
    }
    storage::write(conn, |c| {
        let row = find(c, pepper, code)?;
        let Some((old, _)) = crate::app::submissions::open_row_with_receipt(&row, pepper, code)?
        else {
            return Ok(false);
        };
        let active = keys::active_key(c)?.ok_or_else(|| AppError::Internal("no key".into()))?;
        let public = crate::crypto::OrgPublicKey::from_bytes(&active.public_key)
            .map_err(AppError::KeyUnavailable)?;
        let fresh = DataKey::generate();
        let reencrypt = |sealed: &[u8]| -> AppResult<Vec<u8>> {
            let plain = old.decrypt(sealed).map_err(AppError::KeyUnavailable)?;
            Ok(fresh.encrypt(&plain))
        };
        let change = Rekeyed {
            org_sealed_key: fresh.seal_to(&public).0,
            org_key_id: active.id,
            receipt_wrapped_key: pepper.wrap_data_key(code, &fresh),
            payload: reencrypt(row.payload.as_deref().unwrap_or_default())?,
            review: row.review.as_deref().map(&reencrypt).transpose()?,
            data_key_era: active.id,
        };
        for m in messages::messages_of(c, row.id)? {
            messages::set_message_body(c, m.id, &reencrypt(&m.body)?)?;
        }
        for p in messages::proposals_of(c, row.id)? {
            messages::set_proposal_body(c, p.id, &reencrypt(&p.body)?)?;
        }
        if !submissions::rekey(c, row.id, row.version, &change)? {
            return Err(AppError::ItemChanged);
        }
        Ok(true)
    })
}
