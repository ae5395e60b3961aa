//! Keeping no more than was promised: declined words are destroyed a set number
//! of days after the decision, the content-free record of a withdrawal is deleted
//! after its own period, claims that ran out are released, and spent receipt
//! links and expired invitations go.
//!
//! Runs from `voices retention run` and on a schedule inside every node; a lease
//! in the database makes each turn run on one node only.

use crate::config::RetentionConfig;
use crate::crypto::AuditKey;
use crate::domain::{Day, ModerationState};
use crate::error::AppResult;
use crate::storage::{self, invitations, settings, submissions, tickets, DbConnection};

use super::{audit, now_unix, today};

/// What one run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub declined_shredded: usize,
    pub tombstones_deleted: usize,
    pub claims_expired: usize,
    pub links_deleted: usize,
    pub invitations_deleted: usize,
}

fn day_minus(day: Day, days: u32) -> String {
    day.minus_days(days)
        .map(|d| d.to_string())
        // Further back than 1970: nothing can be that old.
        .unwrap_or_else(|| "1970-01-01".into())
}

/// One retention run. Safe to run at any time and on any node.
pub fn run(
    conn: &mut DbConnection,
    policy: &RetentionConfig,
    audit_key: &AuditKey,
) -> AppResult<Purged> {
    let mut purged = Purged::default();
    let today = today();
    let declined_before = day_minus(today, policy.declined_days);
    for id in
        submissions::changed_before(conn, ModerationState::Declined.as_str(), &declined_before)?
    {
        storage::write(conn, |c| {
            submissions::shred(
                c,
                id,
                ModerationState::Declined.as_str(),
                ModerationState::Declined.queue_group(),
                &today.to_string(),
            )?;
            audit::staff(c, audit_key, None, "purged", Some(id), "declined")
        })?;
        purged.declined_shredded += 1;
    }
    let withdrawn_before = day_minus(today, policy.withdrawn_days);
    purged.tombstones_deleted = storage::write(conn, |c| {
        let n = submissions::delete_tombstones_before(c, &withdrawn_before)?;
        if n > 0 {
            audit::staff(
                c,
                audit_key,
                None,
                "purged",
                None,
                &format!("withdrawn={n}"),
            )?;
        }
        Ok::<_, crate::error::AppError>(n)
    })?;
    purged.claims_expired = super::moderation::expire_claims(conn, audit_key)?;
    purged.links_deleted =
        storage::write(conn, |c| tickets::delete_made_before(c, &today.to_string()))?;
    purged.invitations_deleted =
        storage::write(conn, |c| invitations::delete_expired(c, now_unix()))?;
    if purged.declined_shredded + purged.tombstones_deleted + purged.invitations_deleted > 0 {
        storage::flush_deleted(conn)?;
    }
    Ok(purged)
}

/// The scheduled job's name in the lease table.
pub const JOB: &str = "retention";

/// Runs retention if this node (`holder`) wins the lease for this turn; `None`
/// when another node holds it.
pub fn run_if_leased(
    conn: &mut DbConnection,
    holder: &str,
    policy: &RetentionConfig,
    audit_key: &AuditKey,
) -> AppResult<Option<Purged>> {
    let now = now_unix();
    // The lease lasts a little less than one turn, so the next turn is free.
    let until = now + (policy.every_minutes as i64 * 60).saturating_sub(5).max(1);
    let won = storage::write_exclusive(conn, |c| settings::take_lease(c, JOB, holder, now, until))?;
    if !won {
        return Ok(None);
    }
    run(conn, policy, audit_key).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_back_cross_months_years_and_leap_days() {
        let day = |s: &str| s.parse::<Day>().unwrap();
        assert_eq!(day_minus(day("2026-12-01"), 30), "2026-11-01");
        assert_eq!(day_minus(day("2026-01-05"), 10), "2025-12-26");
        assert_eq!(day_minus(day("2028-03-01"), 1), "2028-02-29");
        assert_eq!(day_minus(day("2026-03-01"), 1), "2026-02-28");
        assert_eq!(day_minus(day("2026-12-01"), 365), "2025-12-01");
        assert_eq!(day_minus(day("2026-12-01"), 0), "2026-12-01");
        assert_eq!(day_minus(day("1970-01-02"), 5), "1970-01-01");
    }
}
