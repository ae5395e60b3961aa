//! A staff decision on one item: hand-offs, edited versions, messages, declines
//! and the rest, each turned into a command for the state machine. Never
//! changes an item except through the envelope's commit.

use crate::app::envelope::{commit, Ctx, Envelope, Extra};
use crate::app::staff::StaffIdentity;
use crate::crypto::OrgSecretKey;
use crate::domain::moderation::Command;
use crate::domain::redaction;
use crate::domain::Permission;
use crate::error::{AppError, AppResult};
use crate::storage::{self, staff as staff_store, DbConnection};

use super::access::{actor, open, require};
use super::item::hand_off_targets;

/// A staff decision on an item, with what goes with it.
#[derive(Debug, Clone)]
pub enum StaffAction {
    TakeBack,
    Release,
    HandOff {
        to: i64,
    },
    ProposeEdit {
        text: String,
        message: Option<String>,
    },
    Ask {
        message: String,
    },
    Message {
        message: String,
    },
    UseForThemes,
    KeepForTeam,
    Decline {
        reason: String,
        message: Option<String>,
    },
    Reopen,
}

/// Acts on an item. The edit, message and reason are checked here; everything
/// else by the state machine.
pub fn act(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    id: i64,
    version: i64,
    action: &StaffAction,
    ctx: &Ctx<'_>,
) -> AppResult<()> {
    require(me, Permission::Review)?;
    storage::write(conn, |c| {
        let env = open(c, id, secret)?;
        if env.row.version != version {
            return Err(AppError::ItemChanged);
        }
        let (command, extra) = command_for(c, &env, me, action, ctx)?;
        commit(c, &env, actor(me), &command, &extra, ctx).map(|_| ())
    })
}

fn command_for<'a>(
    conn: &mut DbConnection,
    env: &Envelope,
    me: &StaffIdentity,
    action: &'a StaffAction,
    ctx: &Ctx<'_>,
) -> AppResult<(Command, Extra<'a>)> {
    let none = Extra::default();
    Ok(match action {
        StaffAction::TakeBack => (Command::TakeBack, none),
        StaffAction::Release => (Command::Release, none),
        StaffAction::HandOff { to } => {
            let allowed = hand_off_targets(conn, env.language(), me)?;
            if !allowed.iter().any(|(id, _)| id == to) {
                return Err(AppError::InvalidInput("unknown_choice"));
            }
            let roles = staff_store::by_id(conn, *to)?
                .and_then(|row| row.role.parse::<crate::domain::Roles>().ok())
                .ok_or(AppError::InvalidInput("unknown_choice"))?;
            (
                Command::HandOff {
                    to: *to,
                    to_roles: roles,
                },
                none,
            )
        }
        StaffAction::ProposeEdit { text, message } => {
            if text.trim().is_empty()
                || !redaction::keeps_meaning(text, &ctx.policy.tokens(env.language()))
            {
                return Err(AppError::InvalidInput("edit_says_nothing"));
            }
            if crate::domain::share::visible_length(text) > crate::domain::share::MAX_TEXT_CHARS {
                return Err(AppError::InvalidInput("edit_too_long"));
            }
            (
                Command::ProposeEdit { text: text.clone() },
                Extra {
                    message: message.as_deref().filter(|m| !m.trim().is_empty()),
                    ..none
                },
            )
        }
        StaffAction::Ask { message } => (
            Command::Ask,
            Extra {
                message: Some(message),
                ..none
            },
        ),
        StaffAction::Message { message } => (
            Command::Message,
            Extra {
                message: Some(message),
                ..none
            },
        ),
        StaffAction::Reopen => {
            require(me, Permission::Safeguarding)?;
            (Command::Reopen, none)
        }
        StaffAction::UseForThemes => (Command::UseForThemes, none),
        StaffAction::KeepForTeam => (Command::KeepForTeam, none),
        StaffAction::Decline { reason, message } => (
            Command::Decline,
            Extra {
                decline_reason: Some(reason),
                message: message.as_deref().filter(|m| !m.trim().is_empty()),
            },
        ),
    })
}
