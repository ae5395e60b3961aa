//! The submission behind a receipt code: its row, and its envelope opened with
//! the data key the code unwraps. Never finds a row by less than the whole code.

use crate::app::envelope::Envelope;
use crate::crypto::{ReceiptCode, ReceiptPepper};
use crate::error::{AppError, AppResult};
use crate::storage::submissions::{self, SubmissionRow};
use crate::storage::DbConnection;

pub(super) fn find(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
) -> AppResult<SubmissionRow> {
    // No pretend work for an unknown code: the row is found by a keyed hash of the
    // whole code, so "found" means "this is the code", which the answer says
    // anyway. Timing can tell a guesser nothing the page does not.
    submissions::by_receipt_hash(conn, &pepper.lookup_hash(code))?.ok_or(AppError::ReceiptNotFound)
}

/// The envelope behind a code, or `None` with the row for a withdrawn one.
pub(super) fn open(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
) -> AppResult<(SubmissionRow, Option<Envelope>)> {
    let row = find(conn, pepper, code)?;
    match crate::app::submissions::open_row_with_receipt(&row, pepper, code)? {
        Some((key, _)) => {
            let env = Envelope::open(conn, row.clone(), key)?;
            Ok((row, Some(env)))
        }
        None => Ok((row, None)),
    }
}
