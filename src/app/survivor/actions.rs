//! What a survivor does from the receipt page, with the code in hand: answers,
//! replies, consent, a second look, withdrawal. Never decides an answer about
//! words other than the ones the page showed.

use crate::app::envelope::{commit, Ctx, Extra};
use crate::crypto::{ReceiptCode, ReceiptPepper};
use crate::domain::moderation::{Actor, Command, ProposalStatus};
use crate::domain::Consent;
use crate::error::{AppError, AppResult};
use crate::storage::{self, DbConnection};

use super::lookup::open;
use super::receipt::{shown, ReceiptView};

/// Withdraws everything (see [`act`]).
pub fn withdraw(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
    ctx: &Ctx<'_>,
) -> AppResult<ReceiptView> {
    act(conn, pepper, code, &SurvivorAction::Withdraw, ctx)
}

/// Changes consent (see [`act`]).
pub fn change_consent(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
    consent: Consent,
    ctx: &Ctx<'_>,
) -> AppResult<ReceiptView> {
    act(
        conn,
        pepper,
        code,
        &SurvivorAction::ChangeConsent(consent),
        ctx,
    )
}

/// Something a survivor does from the receipt page. An answer to an edited
/// version carries `shown`, the tag of the wording the page showed (see
/// [`ReceiptView::proposal_tag`]): it counts only for exactly those words.
#[derive(Debug, Clone)]
pub enum SurvivorAction {
    ChangeConsent(Consent),
    Approve {
        shown: String,
    },
    RequestChanges {
        message: String,
        shown: String,
    },
    Refuse {
        message: Option<String>,
        shown: String,
    },
    Reply {
        message: String,
    },
    AskSecondLook {
        message: Option<String>,
    },
    Withdraw,
}

/// Does `action` with the code in hand, then answers the page as it now is.
pub fn act(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
    action: &SurvivorAction,
    ctx: &Ctx<'_>,
) -> AppResult<ReceiptView> {
    act_with_pause(conn, pepper, code, action, ctx, || {})
}

/// [`act`], calling `between_read_and_write` on each try after the submission
/// is read and before anything is written, inside the write transaction. Voices
/// passes nothing there; a test passes a withdrawal, to prove on the real path
/// that a change which read the words before a withdrawal committed writes
/// nothing back afterwards (the versioned update in `envelope::commit` matches
/// no row, and `envelope::store_payload` only ever writes over words that are
/// still there).
#[doc(hidden)]
pub fn act_with_pause(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
    action: &SurvivorAction,
    ctx: &Ctx<'_>,
    mut between_read_and_write: impl FnMut(),
) -> AppResult<ReceiptView> {
    let (command, message) = match action {
        SurvivorAction::ChangeConsent(consent) => (Command::ChangeConsent(*consent), None),
        SurvivorAction::Approve { .. } => (Command::Approve, None),
        SurvivorAction::RequestChanges { message, .. } => {
            (Command::RequestChanges, Some(message.as_str()))
        }
        SurvivorAction::Refuse { message, .. } => (
            Command::Refuse,
            message.as_deref().filter(|m| !m.trim().is_empty()),
        ),
        SurvivorAction::Reply { message } => (Command::Reply, Some(message.as_str())),
        SurvivorAction::AskSecondLook { message } => (
            Command::AskSecondLook,
            message.as_deref().filter(|m| !m.trim().is_empty()),
        ),
        SurvivorAction::Withdraw => (Command::Withdraw, None),
    };
    let mut once = |conn: &mut DbConnection| {
        storage::write(conn, |c| {
            let (_, env) = open(c, pepper, code)?;
            between_read_and_write();
            let Some(env) = env else {
                // Already withdrawn: asking again changes nothing.
                if matches!(action, SurvivorAction::Withdraw) {
                    return Ok(());
                }
                return Err(crate::domain::moderation::Refusal::NotNow.into());
            };
            if let Some(shown) = action.shown_edit() {
                // The answer is about the words the page showed: if the team has
                // sent another version since, nothing is decided on its behalf.
                let pending = env
                    .proposal
                    .as_ref()
                    .filter(|(_, p)| p.status == ProposalStatus::Pending);
                if let Some((_, proposal)) = pending {
                    if pepper.shown_edit_tag(code, &proposal.text) != shown {
                        return Err(AppError::EditChanged);
                    }
                }
            }
            let extra = Extra {
                message,
                decline_reason: None,
            };
            commit(c, &env, Actor::Survivor, &command, &extra, ctx).map(|_| ())
        })
    };
    // A moderator (or another tab) may change the item between the read and the
    // write; the survivor's request is then decided again on what is there now,
    // so a withdrawal always goes through.
    let mut tries = 0;
    loop {
        match once(conn) {
            Err(AppError::ItemChanged) if tries < 5 => tries += 1,
            other => break other?,
        }
    }
    if matches!(action, SurvivorAction::Withdraw) {
        // The destroyed ciphertext must not linger in SQLite's WAL.
        storage::flush_deleted(conn)?;
    }
    shown(conn, pepper, code, ctx)
}

impl SurvivorAction {
    /// For an answer to an edited version, the tag of the wording it answers.
    fn shown_edit(&self) -> Option<&str> {
        match self {
            SurvivorAction::Approve { shown }
            | SurvivorAction::RequestChanges { shown, .. }
            | SurvivorAction::Refuse { shown, .. } => Some(shown),
            _ => None,
        }
    }
}
