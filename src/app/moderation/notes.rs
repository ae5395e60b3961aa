//! The safeguarding lead's notes on an item, sealed to the organisation key.
//! Never readable with the survivor's code.

use crate::app::audit;
use crate::app::staff::StaffIdentity;
use crate::crypto::{AuditKey, OrgSecretKey};
use crate::domain::redaction;
use crate::domain::{ModerationState, Permission};
use crate::error::{AppError, AppResult};
use crate::storage::messages::{self, NewNote};
use crate::storage::{self, submissions, DbConnection};

use super::access::require;

/// The safeguarding lead records what was done about an item. Sealed to the
/// organisation key: the survivor's code does not open it.
pub fn add_note(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    id: i64,
    text: &str,
    audit_key: &AuditKey,
) -> AppResult<()> {
    require(me, Permission::Safeguarding)?;
    redaction::check_message(text).map_err(|p| {
        AppError::InvalidInput(match p {
            redaction::MessageProblem::Empty => "message_empty",
            redaction::MessageProblem::TooLong => "message_too_long",
        })
    })?;
    storage::write(conn, |c| {
        let row = submissions::by_id(c, id)?.ok_or(AppError::NotFound)?;
        if row.state == ModerationState::Withdrawn.as_str() {
            return Err(AppError::NotFound);
        }
        let at = audit::minute_now();
        messages::insert_note(
            c,
            &NewNote {
                submission_id: id,
                staff_id: me.staff_id,
                written_at: &at,
                body: &secret.public_key().seal_note(text.as_bytes()),
            },
        )?;
        audit::staff(
            c,
            audit_key,
            Some(me.staff_id),
            "safeguarding_note",
            Some(id),
            "",
        )
    })
}
