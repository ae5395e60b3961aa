//! What a survivor can do: share (sealed into the envelope, with the safeguarding
//! level found while the words are in memory), then, with the receipt code alone:
//! see the status, read and answer the team's messages, approve, change or refuse
//! an edited version, ask once for a second look, change their consent, or
//! withdraw everything.
//!
//! The code never travels in a URL: a receipt page is reached through a
//! single-use link (see [`issue_link`]) that holds the code sealed under a token
//! only that link carries.

use crate::crypto::{DataKey, ReceiptCode, ReceiptPepper, ViewTicket};
use crate::domain::moderation::{decide, Action, Actor, Command, ProposalStatus};
use crate::domain::suggest::SuggestionRules;
use crate::domain::{Consent, Language, ModerationState, Payload, SubmissionKind};
use crate::error::{AppError, AppResult};
use crate::policy::rank_of;
use crate::storage::messages;
use crate::storage::submissions::{self, Rekeyed, SubmissionRow};
use crate::storage::{self, keys, tickets, DbConnection};

use super::envelope::{commit, encode, Ctx, Envelope, Extra, Message, ProposalView};
use super::today;

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

pub fn encode_payload(payload: &Payload) -> Vec<u8> {
    encode(payload)
}

/// A submission ready for the writer, and the link to the page that will show
/// its code once the commit is acknowledged.
pub struct Prepared {
    pub sealed: super::submissions::Sealed,
    pub link: ViewTicket,
    pub link_row: crate::storage::writer::ReceiptLink,
}

/// Seals a payload for storage, with the safeguarding level found in its words
/// (the only result of reading them that is kept in clear), and makes the link
/// that shows the new code.
pub fn prepare(
    payload: &Payload,
    language: Language,
    pepper: &ReceiptPepper,
    rules: &SuggestionRules,
    now: i64,
) -> Prepared {
    let kind = payload.shared.kind();
    let level = rules.safeguarding_level(payload.shared.text(), language, kind);
    let sealed = super::submissions::seal(&encode(payload), kind, language, rank_of(level), pepper);
    let link = ViewTicket::generate();
    let kind = LinkKind::Created;
    let link_row = crate::storage::writer::ReceiptLink {
        id_hash: link.lookup_hash(),
        sealed: seal_link(
            &link,
            &sealed.code,
            kind,
            kind.uses(),
            now + kind.lifetime_secs(),
            None,
        ),
    };
    Prepared {
        sealed,
        link,
        link_row,
    }
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

/// The envelope behind a code, or `None` with the row for a withdrawn one.
fn open(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    code: &ReceiptCode,
) -> AppResult<(SubmissionRow, Option<Envelope>)> {
    let row = find(conn, pepper, code)?;
    match super::submissions::open_row_with_receipt(&row, pepper, code)? {
        Some((key, _)) => {
            let env = Envelope::open(conn, row.clone(), key)?;
            Ok((row, Some(env)))
        }
        None => Ok((row, None)),
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
fn shown(
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
        let Some((old, _)) = super::submissions::open_row_with_receipt(&row, pepper, code)? else {
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

/// What a receipt link shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// The page just after sharing, which shows the new code: it may be
    /// reloaded a few times in its first minutes, because a code lost now is
    /// lost for good.
    Created,
    /// The receipt page after the code was typed or an action was taken: once.
    View,
}

impl LinkKind {
    fn uses(self) -> u8 {
        match self {
            LinkKind::Created => 3,
            LinkKind::View => 1,
        }
    }

    fn lifetime_secs(self) -> i64 {
        match self {
            LinkKind::Created => 15 * 60,
            LinkKind::View => 5 * 60,
        }
    }

    fn key(self) -> &'static str {
        match self {
            LinkKind::Created => "created",
            LinkKind::View => "view",
        }
    }
}

/// What a receipt link leads to, with a notice to show once.
#[derive(Debug)]
pub struct Redeemed {
    pub code: ReceiptCode,
    pub kind: LinkKind,
    pub notice: Option<String>,
}

fn seal_link(
    ticket: &ViewTicket,
    code: &ReceiptCode,
    kind: LinkKind,
    uses: u8,
    expires: i64,
    notice: Option<&str>,
) -> Vec<u8> {
    let contents = format!(
        "{}|{}|{}|{}|{}",
        kind.key(),
        uses,
        expires,
        code.grouped(),
        notice.unwrap_or("")
    );
    ticket.seal(contents.as_bytes())
}

/// Makes a link to the receipt page for `code`. `notice` is a message key shown
/// once on that page ("your choice is saved").
pub fn issue_link(
    conn: &mut DbConnection,
    code: &ReceiptCode,
    kind: LinkKind,
    notice: Option<&str>,
    now: i64,
) -> AppResult<ViewTicket> {
    let ticket = ViewTicket::generate();
    let sealed = seal_link(
        &ticket,
        code,
        kind,
        kind.uses(),
        now + kind.lifetime_secs(),
        notice,
    );
    storage::write(conn, |c| {
        tickets::insert(c, &ticket.lookup_hash(), &sealed, &today().to_string())
    })?;
    Ok(ticket)
}

/// Follows a link: the code it holds, if it is still valid. A used or expired
/// link is `ViewExpired`. A link with uses left is stored again with one fewer.
pub fn redeem_link(conn: &mut DbConnection, ticket: &ViewTicket, now: i64) -> AppResult<Redeemed> {
    storage::write(conn, |c| {
        let sealed = tickets::take(c, &ticket.lookup_hash())?.ok_or(AppError::ViewExpired)?;
        let contents = ticket.open(&sealed).map_err(|_| AppError::ViewExpired)?;
        let text = std::str::from_utf8(&contents).map_err(|_| AppError::ViewExpired)?;
        let mut parts = text.splitn(5, '|');
        let (Some(kind), Some(uses), Some(expires), Some(code), Some(notice)) = (
            parts.next(),
            parts.next().and_then(|u| u.parse::<u8>().ok()),
            parts.next().and_then(|e| e.parse::<i64>().ok()),
            parts.next(),
            parts.next(),
        ) else {
            return Err(AppError::ViewExpired);
        };
        if expires < now {
            return Err(AppError::ViewExpired);
        }
        let kind = if kind == LinkKind::Created.key() {
            LinkKind::Created
        } else {
            LinkKind::View
        };
        let code = ReceiptCode::parse(code).map_err(|_| AppError::ViewExpired)?;
        if uses > 1 {
            let again = seal_link(ticket, &code, kind, uses - 1, expires, None);
            tickets::insert(c, &ticket.lookup_hash(), &again, &today().to_string())?;
        }
        Ok(Redeemed {
            code,
            kind,
            notice: (!notice.is_empty()).then(|| notice.to_owned()),
        })
    })
}
