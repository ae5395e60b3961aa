//! Who a signed-in staff member is, as a request sees them: name, roles, languages,
//! and the session's wrapped key, which `Debug` never prints. It opens the key only
//! with the session's secret; it never reads the database.

use crate::crypto::{OrgSecretKey, SessionSecret};
use crate::domain::{Language, Permission, Roles};
use crate::error::{AppError, AppResult};
use crate::storage::staff::StaffRow;

/// A signed-in staff member, as a request sees them. `Debug` shows who, never the
/// session id or the wrapped key. (Cloning it for a blocking task copies no
/// secret: the wrapped key opens only with the cookie's secret.)
#[derive(Clone)]
pub struct StaffIdentity {
    pub staff_id: i64,
    pub name: String,
    pub roles: Roles,
    /// The languages they read (queue items in these come first).
    pub languages: Vec<Language>,
    /// The language of their pages, if they chose one.
    pub ui_language: Option<Language>,
    pub(super) session_id: Vec<u8>,
    pub(super) wrapped_org_secret: Option<Vec<u8>>,
}

impl std::fmt::Debug for StaffIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffIdentity")
            .field("staff_id", &self.staff_id)
            .field("name", &self.name)
            .field("roles", &self.roles)
            .field("session_id", &"<secret>")
            .field(
                "wrapped_org_secret",
                &self.wrapped_org_secret.as_ref().map(|_| "<secret>"),
            )
            .finish()
    }
}

/// The language codes in a stored list (`vi,ar`), skipping any unknown one.
pub fn parse_languages(stored: &str) -> Vec<Language> {
    stored
        .split(',')
        .filter_map(|code| Language::from_code(code.trim()))
        .collect()
}

pub(super) fn stored_roles(row: &StaffRow) -> AppResult<Roles> {
    row.role
        .parse()
        .map_err(|_| AppError::Internal("stored role".into()))
}

impl StaffIdentity {
    pub fn can(&self, permission: Permission) -> bool {
        self.roles.can(permission)
    }

    pub fn session_id(&self) -> &[u8] {
        &self.session_id
    }

    /// Opens the organisation secret key for this request. `None` for roles that
    /// never hold it.
    pub fn org_secret(&self, secret: &SessionSecret) -> Option<AppResult<OrgSecretKey>> {
        self.wrapped_org_secret.as_deref().map(|wrapped| {
            secret
                .unwrap_org_secret(wrapped)
                .map_err(AppError::KeyUnavailable)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;

    #[test]
    fn an_identity_prints_who_but_no_session_or_key() {
        let identity = StaffIdentity {
            staff_id: 7,
            name: "Amira".into(),
            roles: Role::Moderator.into(),
            languages: vec![Language::Vi],
            ui_language: None,
            session_id: vec![0xAB; 32],
            wrapped_org_secret: Some(vec![0xCD; 72]),
        };
        let printed = format!("{identity:?}");
        assert!(
            printed.contains("Amira") && printed.contains("moderator"),
            "{printed}"
        );
        assert!(
            !printed.contains("171") && !printed.contains("205") && !printed.contains("ab"),
            "{printed}"
        );
    }
}
