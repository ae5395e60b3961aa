//! The moderation state machine.
//!
//! [`TRANSITIONS`] is the one table of (state, action, party) → state. A command
//! that is in the table must also satisfy the rules that protect the survivor,
//! checked in [`decide`]: nothing is published unless their consent says publish
//! and they approved the exact words; themes-only and team-only items need the
//! checklist; only the holder of a claim acts on a claimed item; a withdrawn item
//! never comes back. Pure: the app layer builds an [`Item`] from storage, asks
//! [`decide`], and stores the [`Decision`].

use super::consent::{Consent, ConsentUse};
use super::roles::{Permission, Roles};
use super::submission::ModerationState;

/// The key of a row in [`TRANSITIONS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    // The team.
    Claim,
    TakeBack,
    Release,
    HandOff,
    ProposeEdit,
    Ask,
    Message,
    UseForThemes,
    KeepForTeam,
    Decline,
    Publish,
    /// A safeguarding lead brings back an item declined by mistake.
    Reopen,
    // The survivor, with their receipt code.
    Approve,
    RequestChanges,
    Refuse,
    Reply,
    AskSecondLook,
    ChangeConsent,
    Withdraw,
    // Voices itself.
    ExpireClaim,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Claim => "claim",
            Action::TakeBack => "take_back",
            Action::Release => "release",
            Action::HandOff => "hand_off",
            Action::ProposeEdit => "propose_edit",
            Action::Ask => "ask",
            Action::Message => "message",
            Action::UseForThemes => "use_for_themes",
            Action::KeepForTeam => "keep_for_team",
            Action::Decline => "decline",
            Action::Publish => "publish",
            Action::Reopen => "reopen",
            Action::Approve => "approve",
            Action::RequestChanges => "request_changes",
            Action::Refuse => "refuse",
            Action::Reply => "reply",
            Action::AskSecondLook => "ask_second_look",
            Action::ChangeConsent => "change_consent",
            Action::Withdraw => "withdraw",
            Action::ExpireClaim => "expire_claim",
        }
    }
}

/// Who acts, as the table sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    Survivor,
    /// A staff member whose roles permit [`Permission::Review`].
    Moderator,
    System,
}

use Action as A;
use ModerationState as S;
use Party as P;

/// Every allowed (state, action, party) and the state it leads to. Two rules
/// refine it, both in [`decide`]: with the two-person rule on, the first
/// `Publish` leaves the item `Approved` with the request recorded; a consent
/// change that no longer allows what the item is waiting for sends it back to
/// `Received`.
pub const TRANSITIONS: &[(ModerationState, Action, Party, ModerationState)] = &[
    (S::Received, A::Claim, P::Moderator, S::InReview),
    // Taking an approved item keeps the survivor's approval: publication stays
    // on offer, and only a new version (their answer again) replaces it.
    (S::Approved, A::Claim, P::Moderator, S::Approved),
    (S::Approved, A::Release, P::Moderator, S::Approved),
    (
        S::Approved,
        A::ProposeEdit,
        P::Moderator,
        S::AwaitingSurvivor,
    ),
    // A claim that expired (or is about to) taken over or renewed.
    (S::InReview, A::Claim, P::Moderator, S::InReview),
    // The survivor has not answered; the team decides without them.
    (S::AwaitingSurvivor, A::TakeBack, P::Moderator, S::InReview),
    (S::InReview, A::Release, P::Moderator, S::Received),
    (S::InReview, A::HandOff, P::Moderator, S::InReview),
    (
        S::InReview,
        A::ProposeEdit,
        P::Moderator,
        S::AwaitingSurvivor,
    ),
    (S::InReview, A::Ask, P::Moderator, S::AwaitingSurvivor),
    (S::InReview, A::UseForThemes, P::Moderator, S::ThemesOnly),
    (S::InReview, A::KeepForTeam, P::Moderator, S::TeamOnly),
    (S::InReview, A::Decline, P::Moderator, S::Declined),
    (S::Approved, A::Publish, P::Moderator, S::Published),
    // Declined by mistake: back to the queue while its words are still kept.
    (S::Declined, A::Reopen, P::Moderator, S::Received),
    // Messages from the team change nothing else.
    (S::Received, A::Message, P::Moderator, S::Received),
    (S::InReview, A::Message, P::Moderator, S::InReview),
    (
        S::AwaitingSurvivor,
        A::Message,
        P::Moderator,
        S::AwaitingSurvivor,
    ),
    (S::Approved, A::Message, P::Moderator, S::Approved),
    (S::Published, A::Message, P::Moderator, S::Published),
    (S::ThemesOnly, A::Message, P::Moderator, S::ThemesOnly),
    (S::TeamOnly, A::Message, P::Moderator, S::TeamOnly),
    (S::Declined, A::Message, P::Moderator, S::Declined),
    // The survivor answers an edited version.
    (S::AwaitingSurvivor, A::Approve, P::Survivor, S::Approved),
    (
        S::AwaitingSurvivor,
        A::RequestChanges,
        P::Survivor,
        S::Received,
    ),
    (S::AwaitingSurvivor, A::Refuse, P::Survivor, S::Received),
    // The survivor writes: an answer brings the item back to the queue.
    (S::AwaitingSurvivor, A::Reply, P::Survivor, S::Received),
    (S::Received, A::Reply, P::Survivor, S::Received),
    (S::InReview, A::Reply, P::Survivor, S::InReview),
    (S::Approved, A::Reply, P::Survivor, S::Approved),
    (S::Published, A::Reply, P::Survivor, S::Published),
    (S::ThemesOnly, A::Reply, P::Survivor, S::ThemesOnly),
    (S::TeamOnly, A::Reply, P::Survivor, S::TeamOnly),
    (S::Declined, A::AskSecondLook, P::Survivor, S::Received),
    (S::Received, A::ChangeConsent, P::Survivor, S::Received),
    (S::InReview, A::ChangeConsent, P::Survivor, S::InReview),
    (
        S::AwaitingSurvivor,
        A::ChangeConsent,
        P::Survivor,
        S::AwaitingSurvivor,
    ),
    (S::Approved, A::ChangeConsent, P::Survivor, S::Approved),
    (S::ThemesOnly, A::ChangeConsent, P::Survivor, S::ThemesOnly),
    (S::TeamOnly, A::ChangeConsent, P::Survivor, S::TeamOnly),
    (S::Declined, A::ChangeConsent, P::Survivor, S::Declined),
    (S::Received, A::Withdraw, P::Survivor, S::Withdrawn),
    (S::InReview, A::Withdraw, P::Survivor, S::Withdrawn),
    (S::AwaitingSurvivor, A::Withdraw, P::Survivor, S::Withdrawn),
    (S::Approved, A::Withdraw, P::Survivor, S::Withdrawn),
    (S::Published, A::Withdraw, P::Survivor, S::Withdrawn),
    (S::ThemesOnly, A::Withdraw, P::Survivor, S::Withdrawn),
    (S::TeamOnly, A::Withdraw, P::Survivor, S::Withdrawn),
    (S::Declined, A::Withdraw, P::Survivor, S::Withdrawn),
    (S::InReview, A::ExpireClaim, P::System, S::Received),
];

/// The state `action` by `party` leads to from `state`, if the table allows it.
pub fn next_state(state: ModerationState, action: Action, party: Party) -> Option<ModerationState> {
    TRANSITIONS
        .iter()
        .find(|(from, a, p, _)| *from == state && *a == action && *p == party)
        .map(|(_, _, _, to)| *to)
}

/// What the survivor did with the latest edited version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposalStatus {
    Pending,
    Approved,
    ChangesRequested,
    Refused,
    /// Replaced by a newer version, or taken back by the team.
    Superseded,
}

impl ProposalStatus {
    pub const ALL: [ProposalStatus; 5] = [
        ProposalStatus::Pending,
        ProposalStatus::Approved,
        ProposalStatus::ChangesRequested,
        ProposalStatus::Refused,
        ProposalStatus::Superseded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProposalStatus::Pending => "pending",
            ProposalStatus::Approved => "approved",
            ProposalStatus::ChangesRequested => "changes_requested",
            ProposalStatus::Refused => "refused",
            ProposalStatus::Superseded => "superseded",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// The latest edited version and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub text: String,
    pub status: ProposalStatus,
}

/// Everything a decision depends on, as storage holds it now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub state: ModerationState,
    pub consent: Consent,
    /// Who holds a live claim (an expired claim is no claim).
    pub claim: Option<i64>,
    pub checklist_done: bool,
    pub proposal: Option<Proposal>,
    pub declined_by: Option<i64>,
    pub second_look_used: bool,
    pub publish_requested_by: Option<i64>,
}

/// Who is acting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Survivor,
    Staff { id: i64, roles: Roles },
    System,
}

/// What someone asks for, with what it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Claim,
    TakeBack,
    Release,
    /// To a colleague; their roles must allow reviewing.
    HandOff {
        to: i64,
        to_roles: Roles,
    },
    ProposeEdit {
        text: String,
    },
    Ask,
    Message,
    UseForThemes,
    KeepForTeam,
    Decline,
    Publish,
    Reopen,
    Approve,
    RequestChanges,
    Refuse,
    Reply,
    AskSecondLook,
    ChangeConsent(Consent),
    Withdraw,
    ExpireClaim,
}

impl Command {
    pub fn action(&self) -> Action {
        match self {
            Command::Claim => A::Claim,
            Command::TakeBack => A::TakeBack,
            Command::Release => A::Release,
            Command::HandOff { .. } => A::HandOff,
            Command::ProposeEdit { .. } => A::ProposeEdit,
            Command::Ask => A::Ask,
            Command::Message => A::Message,
            Command::UseForThemes => A::UseForThemes,
            Command::KeepForTeam => A::KeepForTeam,
            Command::Decline => A::Decline,
            Command::Publish => A::Publish,
            Command::Reopen => A::Reopen,
            Command::Approve => A::Approve,
            Command::RequestChanges => A::RequestChanges,
            Command::Refuse => A::Refuse,
            Command::Reply => A::Reply,
            Command::AskSecondLook => A::AskSecondLook,
            Command::ChangeConsent(_) => A::ChangeConsent,
            Command::Withdraw => A::Withdraw,
            Command::ExpireClaim => A::ExpireClaim,
        }
    }
}

/// Why a command was refused. Each has a stable key the interface translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("this cannot be done while the item is in this state")]
    NotNow,
    #[error("your role cannot do this")]
    RoleCannot,
    #[error("someone else is working on this item")]
    ClaimedByOther,
    #[error("you are not working on this item (your claim ended)")]
    NotYourClaim,
    #[error("the survivor's consent does not allow this")]
    ConsentDoesNotAllow,
    #[error("tick every item of the checklist first")]
    ChecklistIncomplete,
    #[error("the survivor has not approved an edited version")]
    NoApprovedWording,
    #[error("there is no edited version waiting for an answer")]
    NoPendingProposal,
    #[error("the second look was already asked for")]
    SecondLookUsed,
    #[error("a second look goes to a different moderator")]
    SecondLookNeedsAnother,
    #[error("with the two-person rule, a second person must publish")]
    SecondPersonNeeded,
    #[error("hand it to someone else")]
    HandOffToSelf,
}

impl Refusal {
    pub fn key(self) -> &'static str {
        match self {
            Refusal::NotNow => "not_now",
            Refusal::RoleCannot => "forbidden",
            Refusal::ClaimedByOther => "claimed_by_other",
            Refusal::NotYourClaim => "not_your_claim",
            Refusal::ConsentDoesNotAllow => "consent_does_not_allow",
            Refusal::ChecklistIncomplete => "checklist_incomplete",
            Refusal::NoApprovedWording => "no_approved_wording",
            Refusal::NoPendingProposal => "no_pending_proposal",
            Refusal::SecondLookUsed => "second_look_used",
            Refusal::SecondLookNeedsAnother => "second_look_needs_another",
            Refusal::SecondPersonNeeded => "second_person_needed",
            Refusal::HandOffToSelf => "hand_off_to_self",
        }
    }
}

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
    fn to(next: ModerationState) -> Self {
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

fn party_of(actor: Actor) -> Result<Party, Refusal> {
    match actor {
        Actor::Survivor => Ok(P::Survivor),
        Actor::System => Ok(P::System),
        Actor::Staff { roles, .. } if roles.can(Permission::Review) => Ok(P::Moderator),
        Actor::Staff { .. } => Err(Refusal::RoleCannot),
    }
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

    /// A new submission as it arrives.
    pub fn received(consent: Consent) -> Item {
        Item {
            state: S::Received,
            consent,
            claim: None,
            checklist_done: false,
            proposal: None,
            declined_by: None,
            second_look_used: false,
            publish_requested_by: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::roles::Role;

    const ME: i64 = 7;
    const OTHER: i64 = 8;

    fn staff(id: i64) -> Actor {
        Actor::Staff {
            id,
            roles: Roles::one(Role::Moderator),
        }
    }

    fn consent(usage: ConsentUse, quotes: bool) -> Consent {
        Consent { usage, quotes }
    }

    fn run(item: &Item, actor: Actor, command: Command) -> Result<Item, Refusal> {
        decide(item, actor, &command, Rules::default()).map(|d| item.after(&d))
    }

    #[test]
    fn the_whole_publication_path() {
        let item = Item::received(consent(ConsentUse::Publish, true));
        let item = run(&item, staff(ME), Command::Claim).unwrap();
        assert_eq!((item.state, item.claim), (S::InReview, Some(ME)));
        assert_eq!(
            run(&item, staff(OTHER), Command::Decline),
            Err(Refusal::ClaimedByOther)
        );
        let item = Item {
            checklist_done: true,
            ..item
        };
        let item = run(
            &item,
            staff(ME),
            Command::ProposeEdit {
                text: "I was moved to [place].".into(),
            },
        )
        .unwrap();
        assert_eq!((item.state, item.claim), (S::AwaitingSurvivor, None));
        assert_eq!(
            run(&item, staff(ME), Command::Publish),
            Err(Refusal::NotNow),
            "not before the survivor answers"
        );
        let item = run(&item, Actor::Survivor, Command::Approve).unwrap();
        assert_eq!(item.state, S::Approved);
        let decision = decide(&item, staff(OTHER), &Command::Publish, Rules::default()).unwrap();
        assert_eq!(decision.next, S::Published);
        assert_eq!(decision.publish.as_deref(), Some("I was moved to [place]."));
    }

    #[test]
    fn two_people_publish_when_the_rule_is_on() {
        let mut item = Item::received(consent(ConsentUse::Publish, false));
        item.state = S::Approved;
        item.checklist_done = true;
        item.proposal = Some(Proposal {
            text: "words".into(),
            status: ProposalStatus::Approved,
        });
        let rules = Rules {
            two_person_publication: true,
        };
        let first = decide(&item, staff(ME), &Command::Publish, rules).unwrap();
        assert_eq!(first.next, S::Approved);
        assert_eq!(first.publish, None);
        let item = item.after(&first);
        assert_eq!(
            decide(&item, staff(ME), &Command::Publish, rules),
            Err(Refusal::SecondPersonNeeded)
        );
        let second = decide(&item, staff(OTHER), &Command::Publish, rules).unwrap();
        assert_eq!(second.next, S::Published);
        assert_eq!(second.publish.as_deref(), Some("words"));
    }

    #[test]
    fn a_new_version_or_a_consent_change_needs_two_people_again() {
        let rules = Rules {
            two_person_publication: true,
        };
        let mut approved = Item::received(consent(ConsentUse::Publish, false));
        approved.state = S::Approved;
        approved.checklist_done = true;
        approved.proposal = Some(Proposal {
            text: "words".into(),
            status: ProposalStatus::Approved,
        });
        let requested =
            approved.after(&decide(&approved, staff(ME), &Command::Publish, rules).unwrap());
        assert_eq!(requested.publish_requested_by, Some(ME));

        // The team sends another version: its approval starts with nobody's request.
        let claimed = run(&requested, staff(OTHER), Command::Claim).unwrap();
        let again = run(
            &claimed,
            staff(OTHER),
            Command::ProposeEdit {
                text: "other words".into(),
            },
        )
        .unwrap();
        assert_eq!(again.publish_requested_by, None);
        let approved_again = run(&again, Actor::Survivor, Command::Approve).unwrap();
        let first = decide(&approved_again, staff(OTHER), &Command::Publish, rules).unwrap();
        assert_eq!(
            first.publish, None,
            "one person is not enough for the new words"
        );

        // The survivor changes their consent, even keeping "publish".
        let quotes = Command::ChangeConsent(consent(ConsentUse::Publish, true));
        let changed = run(&requested, Actor::Survivor, quotes).unwrap();
        assert_eq!(changed.publish_requested_by, None);
        // Saving the same consent again changes nothing.
        let same = Command::ChangeConsent(requested.consent);
        let kept = run(&requested, Actor::Survivor, same).unwrap();
        assert_eq!(kept.publish_requested_by, Some(ME));
    }

    #[test]
    fn consent_and_checklist_guard_every_outcome() {
        let mut item = Item::received(consent(ConsentUse::TeamOnly, false));
        item.state = S::InReview;
        item.claim = Some(ME);
        assert_eq!(
            run(&item, staff(ME), Command::UseForThemes),
            Err(Refusal::ConsentDoesNotAllow)
        );
        assert_eq!(
            run(&item, staff(ME), Command::ProposeEdit { text: "x".into() }),
            Err(Refusal::ConsentDoesNotAllow)
        );
        assert_eq!(
            run(&item, staff(ME), Command::KeepForTeam),
            Err(Refusal::ChecklistIncomplete)
        );
        item.checklist_done = true;
        assert_eq!(
            run(&item, staff(ME), Command::KeepForTeam).unwrap().state,
            S::TeamOnly
        );
        // Themes only with quotes allowed: an edited version can be agreed for quotes.
        item.consent = consent(ConsentUse::ThemesOnly, true);
        assert!(run(&item, staff(ME), Command::ProposeEdit { text: "x".into() }).is_ok());
    }

    #[test]
    fn practitioners_and_admins_alone_cannot_moderate() {
        let item = Item::received(consent(ConsentUse::Publish, true));
        for role in [Role::Practitioner, Role::Admin] {
            let actor = Actor::Staff {
                id: ME,
                roles: Roles::one(role),
            };
            assert_eq!(
                run(&item, actor, Command::Claim),
                Err(Refusal::RoleCannot),
                "{role}"
            );
        }
    }

    #[test]
    fn a_second_look_goes_to_someone_else_once() {
        let mut item = Item::received(consent(ConsentUse::Publish, true));
        item.state = S::InReview;
        item.claim = Some(ME);
        let item = run(&item, staff(ME), Command::Decline).unwrap();
        assert_eq!(item.state, S::Declined);
        let item = run(&item, Actor::Survivor, Command::AskSecondLook).unwrap();
        assert_eq!(item.state, S::Received);
        assert_eq!(
            run(&item, staff(ME), Command::Claim),
            Err(Refusal::SecondLookNeedsAnother)
        );
        let item = run(&item, staff(OTHER), Command::Claim).unwrap();
        let item = run(&item, staff(OTHER), Command::Decline).unwrap();
        assert_eq!(
            run(&item, Actor::Survivor, Command::AskSecondLook),
            Err(Refusal::SecondLookUsed)
        );
    }

    #[test]
    fn dropping_publish_consent_takes_an_approved_item_back() {
        let mut item = Item::received(consent(ConsentUse::Publish, false));
        item.state = S::Approved;
        item.proposal = Some(Proposal {
            text: "x".into(),
            status: ProposalStatus::Approved,
        });
        let item = run(
            &item,
            Actor::Survivor,
            Command::ChangeConsent(consent(ConsentUse::ThemesOnly, false)),
        )
        .unwrap();
        assert_eq!(item.state, S::Received);
        assert_eq!(
            item.proposal.map(|p| p.status),
            Some(ProposalStatus::Superseded)
        );
    }

    #[test]
    fn only_a_lead_reopens_a_declined_item() {
        let mut item = Item::received(consent(ConsentUse::Publish, true));
        item.state = S::Declined;
        assert_eq!(
            run(&item, staff(ME), Command::Reopen),
            Err(Refusal::RoleCannot)
        );
        let lead = Actor::Staff {
            id: OTHER,
            roles: Roles::one(Role::SafeguardingLead),
        };
        assert_eq!(
            run(&item, lead, Command::Reopen).unwrap().state,
            S::Received
        );
        item.state = S::Published;
        assert_eq!(run(&item, lead, Command::Reopen), Err(Refusal::NotNow));
    }

    #[test]
    fn a_claim_never_undoes_the_survivors_approval() {
        let mut item = Item::received(consent(ConsentUse::Publish, false));
        item.state = S::Approved;
        item.checklist_done = true;
        item.proposal = Some(Proposal {
            text: "words".into(),
            status: ProposalStatus::Approved,
        });
        // Publication needs no claim.
        assert!(decide(&item, staff(ME), &Command::Publish, Rules::default()).is_ok());
        // A claim keeps the approval, and the holder can still publish it.
        let held = run(&item, staff(ME), Command::Claim).unwrap();
        assert_eq!((held.state, held.claim), (S::Approved, Some(ME)));
        assert_eq!(held.proposal, item.proposal, "the approval stays");
        let published = decide(&held, staff(ME), &Command::Publish, Rules::default()).unwrap();
        assert_eq!(published.publish.as_deref(), Some("words"));
        // While a colleague holds it to change it, nobody else publishes it.
        assert_eq!(
            run(&held, staff(OTHER), Command::Publish),
            Err(Refusal::ClaimedByOther)
        );
        assert_eq!(
            run(
                &held,
                staff(OTHER),
                Command::ProposeEdit { text: "x".into() }
            ),
            Err(Refusal::ClaimedByOther)
        );
        // Only the holder's new version replaces the approved one; letting go
        // leaves it approved.
        let again = run(
            &held,
            staff(ME),
            Command::ProposeEdit { text: "new".into() },
        )
        .unwrap();
        assert_eq!(again.state, S::AwaitingSurvivor);
        let released = run(&held, staff(ME), Command::Release).unwrap();
        assert_eq!((released.state, released.claim), (S::Approved, None));
        assert_eq!(
            run(&item, staff(ME), Command::Release),
            Err(Refusal::NotYourClaim)
        );
    }

    #[test]
    fn an_expired_claim_can_be_taken_over_and_withdrawal_is_final() {
        let mut item = Item::received(consent(ConsentUse::Publish, true));
        item.state = S::InReview;
        item.claim = None; // expired
        let item = run(&item, staff(OTHER), Command::Claim).unwrap();
        assert_eq!(item.claim, Some(OTHER));
        let gone = run(&item, Actor::Survivor, Command::Withdraw).unwrap();
        assert_eq!(gone.state, S::Withdrawn);
        for command in [Command::Claim, Command::Message, Command::Publish] {
            assert_eq!(run(&gone, staff(ME), command), Err(Refusal::NotNow));
        }
        assert_eq!(
            run(&gone, Actor::Survivor, Command::Withdraw),
            Err(Refusal::NotNow)
        );
    }

    #[test]
    fn every_state_but_withdrawn_can_be_withdrawn_from() {
        for state in ModerationState::ALL {
            let allowed = next_state(state, A::Withdraw, P::Survivor);
            assert_eq!(allowed.is_some(), state != S::Withdrawn, "{state:?}");
        }
        // Nothing leads out of withdrawn.
        assert!(TRANSITIONS.iter().all(|(from, ..)| *from != S::Withdrawn));
        // Only the survivor's approval leads to approved (anything else from
        // approved stays there), only publication to published.
        for (from, action, party, to) in TRANSITIONS {
            if *to == S::Approved {
                assert!(*action == A::Approve || *from == S::Approved, "{action:?}");
            }
            if *to == S::Published {
                assert!(
                    matches!(
                        (action, party),
                        (A::Publish, P::Moderator) | (A::Message, _) | (A::Reply, _)
                    ),
                    "{action:?}"
                );
            }
        }
    }
}
