//! The database checks: that it opens, that its schema is current, and that the
//! organisation key exists and is wrapped for someone. Reads only; never migrates.

use super::{line, Check, Verdict};
use crate::config::DatabaseTarget;
use crate::storage::{self, DbConnection};

pub(super) fn describe(target: &DatabaseTarget) -> String {
    match target {
        DatabaseTarget::Sqlite(path) => path.display().to_string(),
        DatabaseTarget::Postgres(url) => {
            // Only the host and database: never a password.
            let rest = url.rsplit('@').next().unwrap_or("");
            format!("PostgreSQL {rest}")
        }
    }
}

pub(super) fn schema(conn: &mut DbConnection, target: &DatabaseTarget) -> Check {
    match storage::pending_migrations(conn) {
        Ok(pending) if pending.is_empty() => line(
            "database",
            Verdict::Ok,
            format!(
                "{} is reachable and its schema is current",
                describe(target)
            ),
            "",
        ),
        Ok(pending) => line(
            "database",
            Verdict::Fail,
            format!(
                "{} waits for {} migration(s): {}",
                describe(target),
                pending.len(),
                pending.join(", ")
            ),
            "restart Voices (systemctl restart voices): it upgrades the schema at start",
        ),
        Err(e) => line(
            "database",
            Verdict::Fail,
            e.to_string(),
            "check the database",
        ),
    }
}

pub(super) fn organisation_key(conn: &mut DbConnection) -> Check {
    let active = storage::keys::active_key(conn);
    let staff = storage::staff::list(conn);
    let claim = storage::keys::setup_claim(conn);
    let (Ok(active), Ok(staff), Ok(claim)) = (active, staff, claim) else {
        return line(
            "org_key",
            Verdict::Fail,
            "cannot read the keys",
            "check the database",
        );
    };
    let Some(key) = active else {
        return line(
            "org_key",
            Verdict::Fail,
            "no organisation key yet",
            "start Voices once: it makes the key and prints the setup link",
        );
    };
    let wraps = staff
        .iter()
        .filter(|s| !s.disabled && s.key_wrap.is_some())
        .count();
    match (wraps, claim.is_some()) {
        (0, true) => line(
            "org_key",
            Verdict::Warn,
            format!("key {} exists; no admin yet, waiting for the setup link", key.id),
            "open the link (journalctl -u voices | grep setup) or make a new one: sudo -u voices voices setup reissue",
        ),
        (0, false) => line(
            "org_key",
            Verdict::Fail,
            format!("key {} is wrapped for nobody: nothing can be read", key.id),
            "restore the database from a backup taken while an admin existed",
        ),
        (n, _) => line(
            "org_key",
            Verdict::Ok,
            format!("key {} present, wrapped for {n} staff member(s)", key.id),
            "",
        ),
    }
}
