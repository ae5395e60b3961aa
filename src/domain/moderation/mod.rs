//! The moderation state machine.
//!
//! [`TRANSITIONS`] is the one table of (state, action, party) → state. A command
//! that is in the table must also satisfy the rules that protect the survivor,
//! checked in [`decide`]: nothing is published unless their consent says publish
//! and they approved the exact words; themes-only and team-only items need the
//! checklist; only the holder of a claim acts on a claimed item; a withdrawn item
//! never comes back. Pure: the app layer builds an [`Item`] from storage, asks
//! [`decide`], and stores the [`Decision`].

mod actors;
mod commands;
mod decisions;
mod item;
mod refusals;
mod transitions;

pub use actors::{Actor, Party};
pub use commands::Command;
pub use decisions::{consent_allows_edits, decide, ClaimChange, Decision, Rules};
pub use item::{Item, Proposal, ProposalStatus};
pub use refusals::Refusal;
pub use transitions::{next_state, Action, TRANSITIONS};
