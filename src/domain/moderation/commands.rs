//! What someone asks to do to an item, with what it needs, and the action of the
//! transitions table each command is. Says nothing about whether it is allowed.

use super::transitions::Action;
use crate::domain::consent::Consent;
use crate::domain::roles::Roles;

use Action as A;

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
