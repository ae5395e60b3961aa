//! Who may read digests: the configured default and an admin's change of it
//! on the digests page (kept in settings, written to the audit log). Nothing
//! here builds or serves a digest.

use crate::crypto::AuditKey;
use crate::domain::Permission;
use crate::error::{AppError, AppResult};
use crate::storage::{self, settings, DbConnection};

use super::DigestConfig;
use crate::app::audit;
use crate::app::staff::StaffIdentity;

/// The setting an admin changes on the digests page.
pub const SETTING_PRACTITIONER_ONLY: &str = "digests_practitioner_only";

/// Whether digests are for practitioners only now.
pub fn practitioner_only(conn: &mut DbConnection, config: &DigestConfig) -> AppResult<bool> {
    Ok(
        match settings::get(conn, SETTING_PRACTITIONER_ONLY)?.as_deref() {
            Some("true") => true,
            Some("false") => false,
            _ => config.practitioner_only,
        },
    )
}

pub fn set_practitioner_only(
    conn: &mut DbConnection,
    audit_key: &AuditKey,
    admin: &StaffIdentity,
    value: bool,
) -> AppResult<()> {
    if !admin.can(Permission::ManageSettings) {
        return Err(AppError::Forbidden);
    }
    storage::write(conn, |c| {
        settings::set(
            c,
            SETTING_PRACTITIONER_ONLY,
            Some(if value { "true" } else { "false" }),
        )?;
        audit::staff(
            c,
            audit_key,
            Some(admin.staff_id),
            "digest_access_changed",
            None,
            &format!("practitioner_only={value}"),
        )
    })
}
