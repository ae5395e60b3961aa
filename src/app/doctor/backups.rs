//! Backups and the copies an upgrade or restore leaves: whether a recent backup
//! exists and whether old copies still hold deleted content. Never deletes a copy.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{line, Check, Verdict};
use crate::config::{Config, DatabaseTarget};

/// A newest backup older than this is reported.
const BACKUP_WARN_AGE: Duration = Duration::from_secs(2 * 24 * 60 * 60);
/// A pre-upgrade copy older than this is reported (it holds destroyed content).
const OLD_COPY_AGE: Duration = Duration::from_secs(14 * 24 * 60 * 60);

fn age(path: &Path) -> Option<Duration> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    Some(
        SystemTime::now()
            .duration_since(modified)
            .unwrap_or_default(),
    )
}

fn hours(d: Duration) -> String {
    let h = d.as_secs() / 3600;
    if h >= 48 {
        format!("{} days", h / 24)
    } else {
        format!("{h} hours")
    }
}

pub(super) fn backups(config: &Config, target: &DatabaseTarget) -> Check {
    if let DatabaseTarget::Postgres(_) = target {
        return line(
            "backups",
            Verdict::Ok,
            "PostgreSQL: back up with pg_dump (voices backup does not)",
            "keep a daily pg_dump --format=custom and secrets.toml apart",
        );
    }
    let dir = config.backups_dir();
    let newest: Option<PathBuf> = crate::app::backups::snapshots(&dir).into_iter().next();
    match newest.as_deref().and_then(|f| age(f).map(|a| (f, a))) {
        None => line(
            "backups",
            Verdict::Warn,
            format!("no backup in {}", dir.display()),
            "systemctl enable --now voices-backup.timer, or run voices backup",
        ),
        Some((file, a)) if a > BACKUP_WARN_AGE => line(
            "backups",
            Verdict::Warn,
            format!("the newest backup, {}, is {} old", file.display(), hours(a)),
            "check voices-backup.timer: systemctl list-timers voices-backup.timer",
        ),
        Some((file, a)) => line(
            "backups",
            Verdict::Ok,
            format!("newest {} ({} old)", file.display(), hours(a)),
            "copy backups off this server; keep secrets.toml apart",
        ),
    }
}

pub(super) fn old_copies(target: &DatabaseTarget) -> Check {
    let DatabaseTarget::Sqlite(db) = target else {
        return line("old_copies", Verdict::Ok, "none (PostgreSQL)", "");
    };
    let Some(dir) = db.parent().map(|p| {
        if p.as_os_str().is_empty() {
            Path::new(".")
        } else {
            p
        }
    }) else {
        return line("old_copies", Verdict::Ok, "none", "");
    };
    let old: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.contains(".pre-upgrade-") || n.ends_with(".before-restore"))
        })
        .filter(|p| age(p).is_some_and(|a| a > OLD_COPY_AGE))
        .collect();
    if old.is_empty() {
        return line(
            "old_copies",
            Verdict::Ok,
            "no copy from an upgrade or restore older than 14 days",
            "",
        );
    }
    let names: Vec<String> = old.iter().map(|p| p.display().to_string()).collect();
    line(
        "old_copies",
        Verdict::Warn,
        format!(
            "kept copies older than 14 days still hold what was deleted since: {}",
            names.join(", ")
        ),
        "once this version runs well, delete them (rm FILE)",
    )
}
