//! Building released digests again to check they give the same bytes. A
//! difference goes to the audit log with both hashes; a released digest is
//! never changed here.

use crate::crypto::{content_hash, AuditKey};
use crate::domain::digest::Period;
use crate::domain::Permission;
use crate::error::{AppError, AppResult};
use crate::policy::Policy;
use crate::storage::digests::{self as store, DigestRow};
use crate::storage::{self, DbConnection};

use super::compose::compose;
use super::hex;
use super::released::list;
use crate::app::audit;
use crate::app::staff::StaffIdentity;

/// Builds a released `period` again and says whether it gives the released
/// bytes. A released digest is kept as it is whatever this says: published
/// figures never change. A difference (a policy list changed, the protection
/// rules changed, a period it depends on was released after it) is written to
/// the audit log with both hashes, so that it is never silent.
pub(super) fn compare_released(
    conn: &mut DbConnection,
    policy: &Policy,
    audit_key: &AuditKey,
    actor: Option<i64>,
    period: Period,
    row: &DigestRow,
) -> AppResult<bool> {
    let again = compose(conn, policy, period)?;
    if again == row.body.as_bytes() {
        return Ok(true);
    }
    let rebuilt = hex(&content_hash(&again));
    let released = hex(&row.content_hash);
    storage::write(conn, |c| {
        audit::staff(
            c,
            audit_key,
            actor,
            "digest_rebuild_differs",
            None,
            &format!("period={period} released=blake2b:{released} rebuilt=blake2b:{rebuilt}"),
        )
    })?;
    Ok(false)
}

/// An admin's check of every released digest, oldest first: each period and
/// whether building it again today gives its released bytes. Nothing released
/// changes; each difference goes to the audit log.
pub fn check_released(
    conn: &mut DbConnection,
    policy: &Policy,
    audit_key: &AuditKey,
    admin: &StaffIdentity,
) -> AppResult<Vec<(Period, bool)>> {
    if !admin.can(Permission::ManageSettings) {
        return Err(AppError::Forbidden);
    }
    let mut out = Vec::new();
    for (period, _, _) in list(conn)?.into_iter().rev() {
        if let Some(row) = store::by_period(conn, &period.to_string())? {
            let same =
                compare_released(conn, policy, audit_key, Some(admin.staff_id), period, &row)?;
            out.push((period, same));
        }
    }
    Ok(out)
}
