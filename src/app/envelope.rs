//! A submission opened with its data key, and the one path by which anything
//! about it changes: a [`Command`] decided by the moderation state machine,
//! applied in one transaction with its audit event.
//!
//! Both sides come through here: staff (who open the data key with the
//! organisation key) and the survivor (with their receipt code). Every change is
//! conditional on the row's `version`, so two people acting at once cannot both
//! win, and nothing written here can bring back words a withdrawal destroyed.

use crate::crypto::{AuditKey, DataKey};
use crate::domain::moderation::{
    decide, Actor, ClaimChange, Command, Decision, Item, Proposal, ProposalStatus, Rules,
};
use crate::domain::review::ReviewRecord;
use crate::domain::{Language, ModerationState, Payload, SubmissionKind};
use crate::error::{AppError, AppResult};
use crate::policy::Policy;
use crate::storage::messages::{self, NewMessage, NewProposal};
use crate::storage::published::{self, NewStory};
use crate::storage::submissions::{self, SubmissionRow, Transition};
use crate::storage::DbConnection;

use super::{audit, today};

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Author {
    Survivor,
    Team,
}

impl Author {
    pub fn as_str(self) -> &'static str {
        match self {
            Author::Survivor => "survivor",
            Author::Team => "team",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "survivor" => Some(Author::Survivor),
            "team" => Some(Author::Team),
            _ => None,
        }
    }
}

/// A submission and everything its data key opens.
pub struct Envelope {
    pub row: SubmissionRow,
    pub key: DataKey,
    pub payload: Payload,
    pub review: ReviewRecord,
    /// The latest edited version: its row id and what it says.
    pub proposal: Option<(i64, Proposal)>,
}

pub fn decode_payload(bytes: &[u8]) -> AppResult<Payload> {
    serde_json::from_slice(bytes).map_err(|e| AppError::Internal(format!("payload format: {e}")))
}

pub fn encode<T: serde::Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("plain data always serialises")
}

impl Envelope {
    /// Opens everything in `row` with `key`.
    pub fn open(conn: &mut DbConnection, row: SubmissionRow, key: DataKey) -> AppResult<Self> {
        let payload_bytes = row
            .payload
            .as_deref()
            .ok_or(AppError::NotFound)
            .and_then(|c| key.decrypt(c).map_err(AppError::KeyUnavailable))?;
        let payload = decode_payload(&payload_bytes)?;
        let review = match &row.review {
            Some(sealed) => {
                let bytes = key.decrypt(sealed).map_err(AppError::KeyUnavailable)?;
                serde_json::from_slice(&bytes)
                    .map_err(|e| AppError::Internal(format!("review format: {e}")))?
            }
            None => ReviewRecord::default(),
        };
        let proposal = match messages::latest_proposal(conn, row.id)? {
            Some(p) => {
                let text = key.decrypt(&p.body).map_err(AppError::KeyUnavailable)?;
                let status = ProposalStatus::parse(&p.status)
                    .ok_or_else(|| AppError::Internal("stored proposal status".into()))?;
                Some((
                    p.id,
                    Proposal {
                        text: String::from_utf8_lossy(&text).into_owned(),
                        status,
                    },
                ))
            }
            None => None,
        };
        Ok(Self {
            row,
            key,
            payload,
            review,
            proposal,
        })
    }

    pub fn state(&self) -> AppResult<ModerationState> {
        self.row
            .state
            .parse()
            .map_err(|_| AppError::Internal("stored state".into()))
    }

    pub fn kind(&self) -> SubmissionKind {
        self.payload.shared.kind()
    }

    pub fn language(&self) -> Language {
        Language::from_code(&self.row.language).unwrap_or(Language::DEFAULT)
    }

    /// Who holds a live claim at `now`.
    pub fn live_claim(&self, now: i64) -> Option<i64> {
        match (self.row.claimed_by, self.row.claim_expires_at) {
            (Some(holder), Some(until)) if until > now => Some(holder),
            _ => None,
        }
    }

    /// The item as the state machine sees it.
    pub fn item(&self, policy: &Policy, now: i64) -> AppResult<Item> {
        Ok(Item {
            state: self.state()?,
            consent: self.payload.consent,
            claim: self.live_claim(now),
            checklist_done: self.review.checklist_done(&policy.checklist_keys()),
            proposal: self.proposal.as_ref().map(|(_, p)| p.clone()),
            declined_by: self.row.declined_by,
            second_look_used: self.row.second_look_used,
            publish_requested_by: self.row.publish_requested_by,
        })
    }

    /// Decrypts every message on this submission, oldest first.
    pub fn messages(&self, conn: &mut DbConnection) -> AppResult<Vec<Message>> {
        messages::messages_of(conn, self.row.id)?
            .into_iter()
            .map(|m| {
                let text = self
                    .key
                    .decrypt(&m.body)
                    .map_err(AppError::KeyUnavailable)?;
                Ok(Message {
                    author: Author::parse(&m.author)
                        .ok_or_else(|| AppError::Internal("stored author".into()))?,
                    day: m.sent_on,
                    text: String::from_utf8_lossy(&text).into_owned(),
                })
            })
            .collect()
    }

    /// Every edited version, oldest first.
    pub fn proposals(&self, conn: &mut DbConnection) -> AppResult<Vec<ProposalView>> {
        messages::proposals_of(conn, self.row.id)?
            .into_iter()
            .map(|p| {
                let text = self
                    .key
                    .decrypt(&p.body)
                    .map_err(AppError::KeyUnavailable)?;
                Ok(ProposalView {
                    status: ProposalStatus::parse(&p.status)
                        .ok_or_else(|| AppError::Internal("stored proposal status".into()))?,
                    day: p.proposed_on,
                    text: String::from_utf8_lossy(&text).into_owned(),
                })
            })
            .collect()
    }

    fn sealed_review(&self, review: &ReviewRecord) -> Vec<u8> {
        self.key.encrypt(&encode(review))
    }
}

/// A message as both sides read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub author: Author,
    pub day: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalView {
    pub status: ProposalStatus,
    pub day: String,
    pub text: String,
}

/// What goes with a command besides the command itself.
#[derive(Debug, Default, Clone)]
pub struct Extra<'a> {
    /// A message to send with it (a question, a reply, a request for changes).
    pub message: Option<&'a str>,
    /// For a decline: the reason key from the policy.
    pub decline_reason: Option<&'a str>,
}

/// What a change needs from its surroundings.
pub struct Ctx<'a> {
    pub policy: &'a Policy,
    pub audit: &'a AuditKey,
    pub rules: Rules,
    pub now: i64,
    pub claim_secs: i64,
}

fn staff_id(actor: Actor) -> Option<i64> {
    match actor {
        Actor::Staff { id, .. } => Some(id),
        _ => None,
    }
}

/// Decides `command` and stores everything it changes, in the caller's write
/// transaction. Refusals change nothing.
pub fn commit(
    conn: &mut DbConnection,
    env: &Envelope,
    actor: Actor,
    command: &Command,
    extra: &Extra<'_>,
    ctx: &Ctx<'_>,
) -> AppResult<Decision> {
    let item = env.item(ctx.policy, ctx.now)?;
    let decision = decide(&item, actor, command, ctx.rules)?;
    if let Some(text) = extra.message {
        crate::domain::redaction::check_message(text)
            .map_err(|p| AppError::InvalidInput(message_problem_key(p)))?;
    }
    if let Some(reason) = extra.decline_reason {
        if ctx.policy.decline_reason(reason).is_none() {
            return Err(AppError::InvalidInput("unknown_choice"));
        }
    }
    let row = &env.row;
    let day = today().to_string();
    let state_changes = decision.next != item.state;
    let (claimed_by, claim_expires_at) = match decision.claim {
        ClaimChange::Keep => (row.claimed_by, row.claim_expires_at),
        ClaimChange::Take(id) => (Some(id), Some(ctx.now + ctx.claim_secs)),
        ClaimChange::Drop => (None, None),
    };
    let transition = Transition {
        state: decision.next.as_str().to_owned(),
        queue_group: decision.next.queue_group(),
        claimed_by,
        claim_expires_at,
        changed_on: if state_changes {
            Some(day.clone())
        } else {
            row.changed_on.clone()
        },
        declined_by: decision.declined_by.or(row.declined_by),
        second_look_used: row.second_look_used || decision.second_look_used,
        publish_requested_by: match decision.publish_request {
            Some(request) => request,
            None => row.publish_requested_by,
        },
        survivor_waiting: decision.survivor_waiting.unwrap_or(row.survivor_waiting),
        priority: row.priority,
    };
    if !submissions::apply(conn, row.id, row.version, &transition)? {
        return Err(AppError::ItemChanged);
    }

    if decision.destroy {
        destroy(conn, env, &day)?;
    } else {
        let from = item.state;
        let author = if actor == Actor::Survivor {
            Author::Survivor
        } else {
            Author::Team
        };
        store_effects(conn, env, from, &decision, extra, author, &day)?;
    }

    let detail = event_detail(item.state, &decision, extra);
    match actor {
        Actor::Survivor => {
            audit::survivor(conn, ctx.audit, command.action().as_str(), row.id, &detail)?
        }
        _ => audit::staff(
            conn,
            ctx.audit,
            staff_id(actor),
            command.action().as_str(),
            Some(row.id),
            &detail,
        )?,
    }
    Ok(decision)
}

fn message_problem_key(problem: crate::domain::redaction::MessageProblem) -> &'static str {
    match problem {
        crate::domain::redaction::MessageProblem::Empty => "message_empty",
        crate::domain::redaction::MessageProblem::TooLong => "message_too_long",
    }
}

/// What an event says: the change of state and the reason, never any words.
fn event_detail(from: ModerationState, decision: &Decision, extra: &Extra<'_>) -> String {
    let mut detail = format!("from={} to={}", from.as_str(), decision.next.as_str());
    if let Some(reason) = extra.decline_reason {
        detail.push_str(&format!(" reason={reason}"));
    }
    if let ClaimChange::Take(to) = decision.claim {
        detail.push_str(&format!(" claim={to}"));
    }
    if decision.publish_request == Some(None) && decision.publish.is_none() {
        // Nothing to add: a request cleared by a consent change or withdrawal.
    } else if let Some(Some(first)) = decision.publish_request {
        detail.push_str(&format!(" first_of_two={first}"));
    }
    detail
}

fn store_effects(
    conn: &mut DbConnection,
    env: &Envelope,
    from: ModerationState,
    decision: &Decision,
    extra: &Extra<'_>,
    author: Author,
    day: &str,
) -> AppResult<()> {
    let id = env.row.id;
    let mut review = env.review.clone();
    let mut review_changed = false;
    if let Some(reason) = extra.decline_reason {
        review.decline_reason = Some(reason.to_owned());
        review_changed = true;
    }
    if let Some(status) = decision.proposal_status {
        if let Some((proposal_id, _)) = &env.proposal {
            messages::set_proposal_status(conn, *proposal_id, status.as_str())?;
        }
    }
    if let Some(text) = &decision.new_proposal {
        messages::supersede_pending(conn, id)?;
        messages::insert_proposal(
            conn,
            &NewProposal {
                submission_id: id,
                status: ProposalStatus::Pending.as_str(),
                proposed_on: day,
                body: &env.key.encrypt(text.as_bytes()),
            },
        )?;
    }
    if let Some(text) = &decision.publish {
        let warnings = review.content_warnings.join(" ");
        let story_id = published::insert(
            conn,
            &NewStory {
                language: &env.row.language,
                kind: env.kind().as_str(),
                month: &today().month(),
                content_warnings: &warnings,
                body: text,
            },
            &review.themes,
        )?;
        review.published_story = Some(story_id);
        review_changed = true;
    }
    let proposal = env.proposal.as_ref().map(|(_, p)| p);
    if super::facts::on_decision(
        conn,
        &env.row.language,
        &env.payload,
        proposal,
        from,
        decision,
        &mut review,
    )? {
        review_changed = true;
    }
    if let Some(consent) = decision.consent {
        let mut payload = env.payload.clone();
        payload.consent = consent;
        store_payload(conn, id, &env.key, &payload)?;
    }
    if review_changed {
        store_review(conn, id, &env.key, &review)?;
    }
    if let Some(text) = extra.message {
        add_message(conn, id, &env.key, author, text, day)?;
    }
    Ok(())
}

/// Stores a message, encrypted with the submission's data key.
pub fn add_message(
    conn: &mut DbConnection,
    submission_id: i64,
    key: &DataKey,
    author: Author,
    text: &str,
    day: &str,
) -> AppResult<()> {
    messages::insert_message(
        conn,
        &NewMessage {
            submission_id,
            author: author.as_str(),
            sent_on: day,
            body: &key.encrypt(text.as_bytes()),
        },
    )?;
    Ok(())
}

/// Replaces the payload inside the caller's transaction, after the versioned
/// change that guards it, and only over words that are still there: nothing
/// written here can put words back onto a withdrawal's tombstone.
fn store_payload(
    conn: &mut DbConnection,
    id: i64,
    key: &DataKey,
    payload: &Payload,
) -> AppResult<()> {
    use crate::storage::schema::submissions as s;
    use diesel::prelude::*;
    diesel::update(
        s::table
            .filter(s::id.eq(id))
            .filter(s::payload.is_not_null()),
    )
    .set(s::payload.eq(key.encrypt(&encode(payload))))
    .execute(conn)?;
    Ok(())
}

/// Replaces the review record inside the caller's transaction (after the
/// versioned change that guards it).
pub fn store_review(
    conn: &mut DbConnection,
    id: i64,
    key: &DataKey,
    review: &ReviewRecord,
) -> AppResult<()> {
    use crate::storage::schema::submissions as s;
    use diesel::prelude::*;
    diesel::update(
        s::table
            .filter(s::id.eq(id))
            .filter(s::payload.is_not_null()),
    )
    .set(s::review.eq(key.encrypt(&encode(review))))
    .execute(conn)?;
    Ok(())
}

/// Withdrawal: the published story, the words, the messages, the edited
/// versions and every copy of the data key go; a content-free tombstone stays.
fn destroy(conn: &mut DbConnection, env: &Envelope, day: &str) -> AppResult<()> {
    if let Some(story) = env.review.published_story {
        published::delete(conn, story)?;
    }
    super::facts::on_withdrawal(conn, &env.review, super::digests::month_released)?;
    let gone = ModerationState::Withdrawn;
    submissions::shred(conn, env.row.id, gone.as_str(), gone.queue_group(), day)?;
    Ok(())
}

/// The review record sealed for storage (used by a fresh data key too).
pub fn seal_review(env: &Envelope, review: &ReviewRecord) -> Vec<u8> {
    env.sealed_review(review)
}
