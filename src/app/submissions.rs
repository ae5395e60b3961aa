//! Sealing a submission into its envelope and opening it again, with the receipt
//! code or with the organisation key. The survivor-facing forms build on these.
//! The receipt code is never stored: only its keyed hash and the data key
//! wrapped under it.

use crate::crypto::{
    DataKey, OrgPublicKey, OrgSecretKey, ReceiptCode, ReceiptPepper, SealedDataKey,
};
use crate::domain::{Language, ModerationState, SubmissionKind};
use crate::error::{AppError, AppResult};
use crate::storage::submissions::{self, NewSubmission, SubmissionRow};
use crate::storage::writer::Sealer;
use crate::storage::{keys, DbConnection};

use super::today;

/// A submission ready for the writer: the row, the sealer that seals its data key
/// to whichever organisation key is active at commit time, and the receipt code to
/// show once the commit is acknowledged.
pub struct Sealed {
    pub row: NewSubmission,
    pub sealer: Sealer,
    pub code: ReceiptCode,
}

/// Encrypts `payload` (the serialised story or feedback, answers and consent) for
/// storage.
/// `priority` is the safeguarding level found at intake (see
/// `policy::rank_of`): the only result of reading the words stored in clear.
pub fn seal(
    payload: &[u8],
    kind: SubmissionKind,
    language: Language,
    priority: i64,
    pepper: &ReceiptPepper,
) -> Sealed {
    let code = ReceiptCode::generate();
    let key = DataKey::generate();
    let day = today().to_string();
    let row = NewSubmission {
        receipt_hash: pepper.lookup_hash(&code),
        kind: kind.as_str().to_owned(),
        language: language.code().to_owned(),
        state: ModerationState::Received.as_str().to_owned(),
        received_on: day.clone(),
        org_sealed_key: None,
        org_key_id: None,
        receipt_wrapped_key: Some(pepper.wrap_data_key(&code, &key)),
        payload: Some(key.encrypt(payload)),
        priority,
        changed_on: Some(day),
        data_key_era: None,
        queue_group: ModerationState::Received.queue_group(),
    };
    let sealer: Sealer = Box::new(move |public: &[u8]| {
        OrgPublicKey::from_bytes(public)
            .ok()
            .map(|public| key.seal_to(&public).0)
    });
    Sealed { row, sealer, code }
}

/// The organisation public key new submissions are sealed to.
pub fn organisation_key(conn: &mut DbConnection) -> AppResult<OrgPublicKey> {
    let row =
        keys::active_key(conn)?.ok_or_else(|| AppError::Internal("no organisation key".into()))?;
    OrgPublicKey::from_bytes(&row.public_key).map_err(AppError::KeyUnavailable)
}

/// Opens a stored submission with its receipt code: the data key and the
/// plaintext payload, or `None` once withdrawn (the keys are gone). A code that
/// does not open the key is `ReceiptNotFound`, like an unknown one.
pub fn open_row_with_receipt(
    row: &SubmissionRow,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
) -> AppResult<Option<(DataKey, Vec<u8>)>> {
    match (&row.receipt_wrapped_key, &row.payload) {
        (Some(wrapped), Some(ciphertext)) => {
            let key = pepper
                .unwrap_data_key(code, wrapped)
                .map_err(|_| AppError::ReceiptNotFound)?;
            let plaintext = key.decrypt(ciphertext).map_err(AppError::KeyUnavailable)?;
            Ok(Some((key, plaintext)))
        }
        _ => Ok(None),
    }
}

/// Finds a submission by receipt code and decrypts its payload. Unknown codes and
/// codes that do not open the envelope are the same `ReceiptNotFound`. A withdrawn
/// submission has no payload: it is returned with `None`.
pub fn open_with_receipt(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
) -> AppResult<(SubmissionRow, Option<Vec<u8>>)> {
    let row = submissions::by_receipt_hash(conn, &pepper.lookup_hash(code))?
        .ok_or(AppError::ReceiptNotFound)?;
    let plaintext = open_row_with_receipt(&row, pepper, code)?.map(|(_, plaintext)| plaintext);
    Ok((row, plaintext))
}

/// Decrypts a submission's payload with the organisation secret key (staff).
pub fn open_with_organisation_key(
    row: &SubmissionRow,
    public: &OrgPublicKey,
    secret: &OrgSecretKey,
) -> AppResult<Option<Vec<u8>>> {
    match (&row.org_sealed_key, &row.payload) {
        (Some(sealed), Some(payload)) => {
            let key = DataKey::open_sealed(&SealedDataKey(sealed.clone()), public, secret)
                .map_err(AppError::KeyUnavailable)?;
            Ok(Some(
                key.decrypt(payload).map_err(AppError::KeyUnavailable)?,
            ))
        }
        _ => Ok(None),
    }
}
