//! The receipt page: what it shows of a submission and what it offers the
//! survivor now. Never shows words a withdrawal destroyed.

use crate::app::envelope::{Ctx, Envelope, Message, ProposalView};
use crate::crypto::{ReceiptCode, ReceiptPepper};
use crate::domain::moderation::{decide, Action, Actor, Command, ProposalStatus};
use crate::domain::{Language, ModerationState, Payload, SubmissionKind};
use crate::error::{AppError, AppResult};
use crate::storage::messages;
use crate::storage::submissions::SubmissionRow;
use crate::storage::DbConnection;

use super::data_key::renew_data_key;
use super::lookup::open;

/// What the receipt page shows.
#[derive(Debug, Clone)]
pub struct ReceiptView {
    pub state: ModerationState,
    pub kind: SubmissionKind,
    pub language: Option<Language>,
    pub received_on: String,
    /// `None` once withdrawn: the words no longer exist.
    pub payload: Option<Payload>,
    pub messages: Vec<Message>,
    /// The latest edited version, while it waits for an answer or once approved.
    pub proposal: Option<ProposalView>,
    /// The tag of that version's exact wording (see
    /// [`ReceiptPepper::shown_edit_tag`]), for the answer forms to carry back.
    pub proposal_tag: Option<String>,
    /// Why the words were not published (a decline reason key).
    pub decline_reason: Option<String>,
    /// What the survivor can do now (tried against the state machine).
    pub offered: Vec<Action>,
}

impl ReceiptView {
    /// Consent can change until the words are published (or gone).
    pub fn consent_can_change(&self) -> bool {
        self.offered.contains(&Action::ChangeConsent)
    }

    pub fn can_withdraw(&self) -> bool {
        self.offered.contains(&Action::Withdraw)
    }

    pub fn offers(&self, action: Action) -> bool {
        self.offered.contains(&action)
    }
}

const SURVIVOR_COMMANDS: [Command; 6] = [
    Command::Approve,
    Command::RequestChanges,
    Command::Refuse,
    Command::Reply,
    Command::AskSecondLook,
    Command::Withdraw,
];

fn view_of(
    conn: &mut DbConnection,
    row: &SubmissionRow,
    env: Option<&Envelope>,
    ctx: &Ctx<'_>,
) -> AppResult<ReceiptView> {
    let state: ModerationState = row
        .state
        .parse()
        .map_err(|_| AppError::Internal("stored state".into()))?;
    let kind = row
        .kind
        .parse()
        .map_err(|_| AppError::Internal("stored kind".into()))?;
    let Some(env) = env else {
        return Ok(ReceiptView {
            state,
            kind,
            language: Language::from_code(&row.language),
            received_on: row.received_on.clone(),
            payload: None,
            messages: Vec::new(),
            proposal: None,
            proposal_tag: None,
            decline_reason: None,
            offered: Vec::new(),
        });
    };
    let item = env.item(ctx.policy, ctx.now)?;
    let mut offered: Vec<Action> = SURVIVOR_COMMANDS
        .iter()
        .filter(|c| decide(&item, Actor::Survivor, c, ctx.rules).is_ok())
        .map(Command::action)
        .collect();
    let consent_probe = Command::ChangeConsent(env.payload.consent);
    if decide(&item, Actor::Survivor, &consent_probe, ctx.rules).is_ok() {
        offered.push(Action::ChangeConsent);
    }
    let proposal = env
        .proposal
        .as_ref()
        .filter(|(_, p)| matches!(p.status, ProposalStatus::Pending | ProposalStatus::Approved))
        .map(|(id, p)| -> AppResult<ProposalView> {
            let day = messages::proposals_of(conn, row.id)?
                .into_iter()
                .find(|r| r.id == *id)
                .map(|r| r.proposed_on)
                .unwrap_or_default();
            Ok(ProposalView {
                status: p.status,
                day,
                text: p.text.clone(),
            })
        })
        .transpose()?;
    Ok(ReceiptView {
        state,
        kind,
        language: Language::from_code(&row.language),
        received_on: row.received_on.clone(),
        payload: Some(env.payload.clone()),
        messages: env.messages(conn)?,
        proposal,
        proposal_tag: None,
        decline_reason: if state == ModerationState::Declined {
            env.review.decline_reason.clone()
        } else {
            None
        },
        offered,
    })
}

/// The receipt page's view of a submission. Unknown and wrong codes are the same
/// `ReceiptNotFound`. Opening it gives the submission a fresh data key if its key
/// is older than the organisation key in use (see [`renew_data_key`]).
pub fn view(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
    ctx: &Ctx<'_>,
) -> AppResult<ReceiptView> {
    renew_data_key(conn, pepper, code)?;
    shown(conn, pepper, code, ctx)
}

/// The receipt page as it is now, with the tag of the edited version it shows.
pub(super) fn shown(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
    ctx: &Ctx<'_>,
) -> AppResult<ReceiptView> {
    let (row, env) = open(conn, pepper, code)?;
    let mut view = view_of(conn, &row, env.as_ref(), ctx)?;
    view.proposal_tag = view
        .proposal
        .as_ref()
        .map(|p| pepper.shown_edit_tag(code, &p.text));
    Ok(view)
}
