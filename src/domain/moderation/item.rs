//! An item as a decision sees it (its state, consent, claim, the latest edited
//! version and what became of it) and the item as it is once a decision is
//! stored. Decides nothing itself.

use super::decisions::{ClaimChange, Decision};
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
