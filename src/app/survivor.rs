//! What a survivor can do: share (sealed into the envelope), then, with the receipt
//! code alone, see the status and their words, change their consent, or withdraw.

use crate::crypto::{DataKey, ReceiptCode, ReceiptPepper};
use crate::domain::{Consent, Language, ModerationState, Payload, SubmissionKind};
use crate::error::{AppError, AppResult};
use crate::storage::submissions::{self, SubmissionRow};
use crate::storage::{self, DbConnection};

/// What the receipt page shows.
#[derive(Debug, Clone)]
pub struct ReceiptView {
    pub state: ModerationState,
    pub kind: SubmissionKind,
    pub language: Option<Language>,
    pub received_on: String,
    /// `None` once withdrawn: the words no longer exist.
    pub payload: Option<Payload>,
}

impl ReceiptView {
    /// Consent can change until the words are published (or gone).
    pub fn consent_can_change(&self) -> bool {
        !matches!(
            self.state,
            ModerationState::Published | ModerationState::Withdrawn
        )
    }

    pub fn can_withdraw(&self) -> bool {
        self.state != ModerationState::Withdrawn
    }
}

pub fn encode(payload: &Payload) -> Vec<u8> {
    serde_json::to_vec(payload).expect("a payload always serialises")
}

fn decode(bytes: &[u8]) -> AppResult<Payload> {
    serde_json::from_slice(bytes).map_err(|e| AppError::Internal(format!("payload format: {e}")))
}

/// Seals a payload for storage; the caller queues it on the writer and shows the
/// code once the commit is acknowledged.
pub fn prepare(
    payload: &Payload,
    language: Language,
    pepper: &ReceiptPepper,
) -> super::submissions::Sealed {
    super::submissions::seal(&encode(payload), payload.shared.kind(), language, pepper)
}

fn find(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
) -> AppResult<SubmissionRow> {
    // No pretend work for an unknown code: the row is found by a keyed hash of the
    // whole code, so "found" means "this is the code", which the answer says
    // anyway. Timing can tell a guesser nothing the page does not.
    submissions::by_receipt_hash(conn, &pepper.lookup_hash(code))?.ok_or(AppError::ReceiptNotFound)
}

fn open(
    row: &SubmissionRow,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
) -> AppResult<Option<(DataKey, Payload)>> {
    super::submissions::open_row_with_receipt(row, pepper, code)?
        .map(|(key, plaintext)| Ok((key, decode(&plaintext)?)))
        .transpose()
}

fn view_of(row: &SubmissionRow, payload: Option<Payload>) -> AppResult<ReceiptView> {
    Ok(ReceiptView {
        state: row
            .state
            .parse()
            .map_err(|_| AppError::Internal("stored state".into()))?,
        kind: row
            .kind
            .parse()
            .map_err(|_| AppError::Internal("stored kind".into()))?,
        language: Language::from_code(&row.language),
        received_on: row.received_on.clone(),
        payload,
    })
}

/// The receipt page's view of a submission. Unknown and wrong codes are the same
/// `ReceiptNotFound`.
pub fn view(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
) -> AppResult<ReceiptView> {
    let row = find(conn, pepper, code)?;
    let payload = open(&row, pepper, code)?.map(|(_, payload)| payload);
    view_of(&row, payload)
}

/// Changes consent, re-encrypting the payload under the same data key.
pub fn change_consent(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
    consent: Consent,
) -> AppResult<ReceiptView> {
    storage::write(conn, |c| {
        let row = find(c, pepper, code)?;
        let current = view_of(&row, None)?;
        if !current.consent_can_change() {
            return Err(AppError::ConsentLocked);
        }
        let (key, mut payload) = open(&row, pepper, code)?.ok_or(AppError::ConsentLocked)?;
        payload.consent = consent;
        if submissions::update_payload(c, row.id, &key.encrypt(&encode(&payload)))? == 0 {
            // Withdrawn between the read and this write: the words are gone.
            return Err(AppError::ConsentLocked);
        }
        view_of(&row, Some(payload))
    })
}

/// Withdraws everything: the words and every copy of their key are destroyed.
pub fn withdraw(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
) -> AppResult<()> {
    storage::write(conn, |c| {
        let row = find(c, pepper, code)?;
        // Only the holder of the code gets here: the hash matched. Opening the key
        // as well guards against a hash collision ever shredding someone else's words.
        if row.receipt_wrapped_key.is_some() {
            open(&row, pepper, code)?;
        }
        submissions::shred(c, row.id)?;
        Ok::<_, AppError>(())
    })?;
    storage::flush_deleted(conn)?;
    Ok(())
}
