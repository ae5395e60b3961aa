//! Why a command was refused, each with the stable key the interface translates.
//! A key once published never changes meaning.

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
