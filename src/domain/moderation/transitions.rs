//! The one table of (state, action, party) → state, and the actions that key it.
//! Only what the table allows can happen; the rules that protect the survivor
//! on top of it are checked in `decide`, never here.

use super::actors::Party;
use crate::domain::submission::ModerationState;

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

use Action as A;
use ModerationState as S;
use Party as P;

/// Every allowed (state, action, party) and the state it leads to. Two rules
/// refine it, both in [`decide`](super::decide): with the two-person rule on, the first
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

#[cfg(test)]
mod tests {
    use super::*;

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
