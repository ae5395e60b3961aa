//! The rules that protect the survivor on top of the transitions table: consent,
//! the checklist, claims, the second look and the two-person rule, and what storage
//! must do for an allowed command, and the item once that is stored. Pure: it
//! reads an item, never storage.

use super::actors::{party_of, Actor, Party as P};
use super::commands::Command;
use super::item::{Item, Proposal, ProposalStatus};
use super::refusals::Refusal;
use super::transitions::next_state;
use crate::domain::consent::{Consent, ConsentUse};
use crate::domain::roles::Permission;
use crate::domain::submission::ModerationState;

use ModerationState as S;

/// What happens to the claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimChange {
    Keep,
    Take(i64),
    Drop,
}

/// What storage must do for an allowed command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub next: ModerationState,
    pub claim: ClaimChange,
    /// A new latest edited version (pending), replacing any earlier one.
    pub new_proposal: Option<String>,
    /// The latest edited version's new status.
    pub proposal_status: Option<ProposalStatus>,
    /// The exact words to publish: always the version the survivor approved.
    pub publish: Option<String>,
    /// `Some(Some(id))` records a first request for publication, `Some(None)`
    /// clears it.
    pub publish_request: Option<Option<i64>>,
    pub declined_by: Option<i64>,
    pub second_look_used: bool,
    /// Whether the survivor now waits for the team (a new reply or decision).
    pub survivor_waiting: Option<bool>,
    pub consent: Option<Consent>,
    /// Withdrawal: every word and key goes.
    pub destroy: bool,
}

impl Decision {
    pub(super) fn to(next: ModerationState) -> Self {
        Self {
            next,
            claim: ClaimChange::Keep,
            new_proposal: None,
            proposal_status: None,
            publish: None,
            publish_request: None,
            declined_by: None,
            second_look_used: false,
            survivor_waiting: None,
            consent: None,
            destroy: false,
        }
    }
}

/// Settings that change what a decision needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rules {
    /// Publication needs two different moderators.
    pub two_person_publication: bool,
}

/// Whether the consent allows an edited version at all: to publish, or to quote.
pub fn consent_allows_edits(consent: Consent) -> bool {
    consent.usage == ConsentUse::Publish
        || (consent.usage == ConsentUse::ThemesOnly && consent.quotes)
}

fn consent_allows_themes(consent: Consent) -> bool {
    matches!(consent.usage, ConsentUse::Publish | ConsentUse::ThemesOnly)
}

/// Decides `command` by `actor` on `item`.
pub fn decide(
    item: &Item,
    actor: Actor,
    command: &Command,
    rules: Rules,
) -> Result<Decision, Refusal> {
    let party = party_of(actor)?;
    let action = command.action();
    let next = next_state(item.state, action, party).ok_or(Refusal::NotNow)?;
    let me = match actor {
        Actor::Staff { id, .. } => Some(id),
        _ => None,
    };
    let mut decision = Decision::to(next);
    // Acting on an item in review needs its claim (taking a claim is below).
    // On an approved item a claim is needed only to send another version or let
    // it go; publishing needs none, unless a colleague holds it to change it.
    let must_hold_claim = party == P::Moderator
        && match item.state {
            S::InReview => !matches!(command, Command::Claim),
            S::Approved => match command {
                Command::ProposeEdit { .. } | Command::Release => true,
                Command::Publish => item.claim.is_some(),
                _ => false,
            },
            _ => false,
        };
    if must_hold_claim && item.claim != me {
        return Err(if item.claim.is_some() {
            Refusal::ClaimedByOther
        } else {
            Refusal::NotYourClaim
        });
    }
    match command {
        Command::Claim => {
            if item.claim.is_some() && item.claim != me {
                return Err(Refusal::ClaimedByOther);
            }
            if item.second_look_used && item.declined_by.is_some() && item.declined_by == me {
                return Err(Refusal::SecondLookNeedsAnother);
            }
            decision.claim = ClaimChange::Take(me.ok_or(Refusal::RoleCannot)?);
        }
        Command::TakeBack => {
            decision.claim = ClaimChange::Take(me.ok_or(Refusal::RoleCannot)?);
            if matches!(&item.proposal, Some(p) if p.status == ProposalStatus::Pending) {
                decision.proposal_status = Some(ProposalStatus::Superseded);
            }
        }
        Command::Release => decision.claim = ClaimChange::Drop,
        Command::HandOff { to, to_roles } => {
            if Some(*to) == me {
                return Err(Refusal::HandOffToSelf);
            }
            if !to_roles.can(Permission::Review) {
                return Err(Refusal::RoleCannot);
            }
            decision.claim = ClaimChange::Take(*to);
        }
        Command::ProposeEdit { text } => {
            if !consent_allows_edits(item.consent) {
                return Err(Refusal::ConsentDoesNotAllow);
            }
            decision.claim = ClaimChange::Drop;
            decision.new_proposal = Some(text.clone());
            decision.survivor_waiting = Some(false);
            // A first request for publication was for the words approved
            // before: the new version needs two people again.
            if item.publish_requested_by.is_some() {
                decision.publish_request = Some(None);
            }
        }
        Command::Ask => {
            decision.claim = ClaimChange::Drop;
            decision.survivor_waiting = Some(false);
        }
        Command::Message => decision.survivor_waiting = Some(false),
        Command::UseForThemes => {
            if !consent_allows_themes(item.consent) {
                return Err(Refusal::ConsentDoesNotAllow);
            }
            if !item.checklist_done {
                return Err(Refusal::ChecklistIncomplete);
            }
            decision.claim = ClaimChange::Drop;
            decision.survivor_waiting = Some(false);
        }
        Command::KeepForTeam => {
            if !item.checklist_done {
                return Err(Refusal::ChecklistIncomplete);
            }
            decision.claim = ClaimChange::Drop;
            decision.survivor_waiting = Some(false);
        }
        Command::Decline => {
            decision.claim = ClaimChange::Drop;
            decision.declined_by = me;
            decision.survivor_waiting = Some(false);
        }
        Command::Publish => {
            if item.consent.usage != ConsentUse::Publish {
                return Err(Refusal::ConsentDoesNotAllow);
            }
            if !item.checklist_done {
                return Err(Refusal::ChecklistIncomplete);
            }
            let approved = match &item.proposal {
                Some(p) if p.status == ProposalStatus::Approved => p.text.clone(),
                _ => return Err(Refusal::NoApprovedWording),
            };
            if rules.two_person_publication {
                match item.publish_requested_by {
                    None => {
                        decision.next = S::Approved;
                        decision.publish_request = Some(me);
                        return Ok(decision);
                    }
                    Some(first) if Some(first) == me => return Err(Refusal::SecondPersonNeeded),
                    Some(_) => {}
                }
            }
            decision.publish = Some(approved);
            decision.publish_request = Some(None);
            decision.claim = ClaimChange::Drop;
            decision.survivor_waiting = Some(false);
        }
        Command::Reopen => {
            let lead =
                matches!(actor, Actor::Staff { roles, .. } if roles.can(Permission::Safeguarding));
            if !lead {
                return Err(Refusal::RoleCannot);
            }
            decision.claim = ClaimChange::Drop;
            decision.survivor_waiting = Some(false);
        }
        Command::Approve | Command::RequestChanges | Command::Refuse => {
            if !matches!(&item.proposal, Some(p) if p.status == ProposalStatus::Pending) {
                return Err(Refusal::NoPendingProposal);
            }
            decision.proposal_status = Some(match command {
                Command::Approve => ProposalStatus::Approved,
                Command::RequestChanges => ProposalStatus::ChangesRequested,
                _ => ProposalStatus::Refused,
            });
            decision.survivor_waiting = Some(true);
        }
        Command::Reply => decision.survivor_waiting = Some(true),
        Command::AskSecondLook => {
            if item.second_look_used {
                return Err(Refusal::SecondLookUsed);
            }
            decision.second_look_used = true;
            decision.survivor_waiting = Some(true);
        }
        Command::ChangeConsent(consent) => {
            decision.consent = Some(*consent);
            let waits_for_edits = matches!(item.state, S::AwaitingSurvivor | S::Approved);
            if waits_for_edits && !consent_allows_edits(*consent) {
                decision.next = S::Received;
                decision.claim = ClaimChange::Drop;
                if item.proposal.is_some() {
                    decision.proposal_status = Some(ProposalStatus::Superseded);
                }
                decision.survivor_waiting = Some(true);
            }
            // A first request for publication was made under the consent
            // before: any change needs two people again.
            if item.publish_requested_by.is_some() && *consent != item.consent {
                decision.publish_request = Some(None);
            }
            if item.state == S::ThemesOnly && !consent_allows_themes(*consent) {
                decision.next = S::TeamOnly;
            }
        }
        Command::Withdraw => {
            decision.claim = ClaimChange::Drop;
            decision.destroy = true;
            decision.publish_request = Some(None);
        }
        Command::ExpireClaim => decision.claim = ClaimChange::Drop,
    }
    Ok(decision)
}

impl Item {
    /// The item as it is once `decision` is stored.
    pub fn after(&self, decision: &Decision) -> Item {
        let mut item = self.clone();
        item.state = decision.next;
        match decision.claim {
            ClaimChange::Keep => {}
            ClaimChange::Take(id) => item.claim = Some(id),
            ClaimChange::Drop => item.claim = None,
        }
        if let Some(text) = &decision.new_proposal {
            item.proposal = Some(Proposal {
                text: text.clone(),
                status: ProposalStatus::Pending,
            });
        }
        if let (Some(status), Some(proposal)) = (decision.proposal_status, item.proposal.as_mut()) {
            proposal.status = status;
        }
        if let Some(request) = decision.publish_request {
            item.publish_requested_by = request;
        }
        if decision.declined_by.is_some() {
            item.declined_by = decision.declined_by;
        }
        item.second_look_used |= decision.second_look_used;
        if let Some(consent) = decision.consent {
            item.consent = consent;
        }
        if decision.destroy {
            item.proposal = None;
            item.claim = None;
        }
        item
    }
}

#[cfg(test)]
mod tests;
