//! An item as a decision sees it (its state, consent, claim, the latest edited
//! version and what became of it), and the item as a new submission arrives.
//! Decides nothing itself.

use crate::domain::consent::Consent;
use crate::domain::submission::ModerationState;

use ModerationState as S;

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

impl Item {
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
