//! "You said, we did": an admin's response to a theme of a released digest,
//! in one language, kept in the audit log. It never changes the digest itself.

use crate::crypto::{content_hash, AuditKey};
use crate::domain::digest::Period;
use crate::domain::{Language, Permission};
use crate::error::{AppError, AppResult};
use crate::policy::Policy;
use crate::storage::digests as store;
use crate::storage::{self, DbConnection};

use super::hex;
use crate::app::staff::StaffIdentity;
use crate::app::{audit, today};

/// The longest response, in characters.
pub const RESPONSE_CHARS: usize = 2000;

/// An admin writes what the organisation is doing about a theme of a released
/// digest, in one language. Kept in the audit log.
#[allow(clippy::too_many_arguments)]
pub fn respond(
    conn: &mut DbConnection,
    audit_key: &AuditKey,
    policy: &Policy,
    me: &StaffIdentity,
    period: &str,
    theme: &str,
    language: Language,
    text: &str,
) -> AppResult<()> {
    if !me.can(Permission::RespondToDigests) {
        return Err(AppError::Forbidden);
    }
    let period: Period = period.parse().map_err(|_| AppError::NotFound)?;
    if policy.theme(theme).is_none() {
        return Err(AppError::InvalidInput("unknown_choice"));
    }
    let text = text.trim();
    if text.is_empty() {
        return Err(AppError::InvalidInput("message_empty"));
    }
    if text.chars().count() > RESPONSE_CHARS {
        return Err(AppError::InvalidInput("message_too_long"));
    }
    storage::write(conn, |c| {
        if store::by_period(c, &period.to_string())?.is_none() {
            return Err(AppError::NotFound);
        }
        store::set_response(
            c,
            &period.to_string(),
            theme,
            language.code(),
            text,
            &today().to_string(),
        )?;
        let hash = hex(&content_hash(text.as_bytes()));
        audit::staff(
            c,
            audit_key,
            Some(me.staff_id),
            "digest_response",
            None,
            &format!(
                "period={period} theme={theme} language={} sha=blake2b:{hash}",
                language.code()
            ),
        )
    })
}
