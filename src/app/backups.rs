//! `voices backup`: consistent snapshots of a SQLite installation into the
//! backups directory, the newest `backups.keep` kept; and `voices backup --check`,
//! which opens a snapshot read-only and proves it whole (Voices' tables, a schema
//! this Voices can open, both audit chains) without touching the live database.
//!
//! A snapshot is the database only: exactly as encrypted as the live data, and
//! never `secrets.toml`, which must be kept apart (offline, two copies).

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::crypto::AuditKey;
use crate::error::AppResult;
use crate::storage::backup as store;
use crate::storage::{DbConnection, StorageError};

/// How snapshot files in the backups directory are named: `voices-` and the
/// UTC time, so that names sort by age.
const PREFIX: &str = "voices-";
const SUFFIX: &str = ".sqlite";

/// Writes a snapshot. With `out` an existing directory (or nothing, meaning
/// [`Config::backups_dir`]) the file gets a dated name there and older snapshots
/// beyond `backups.keep` are deleted; with `out` any other path, exactly that
/// file is written (never replacing one) and nothing is deleted.
pub fn take(config: &Config, conn: &mut DbConnection, out: Option<&Path>) -> AppResult<Taken> {
    let managed = match out {
        None => Some(config.backups_dir()),
        Some(dir) if dir.is_dir() => Some(dir.to_owned()),
        Some(_) => None,
    };
    let Some(dir) = managed else {
        let file = out.expect("a path that is not a directory").to_owned();
        store::backup(conn, &file)?;
        return Ok(Taken {
            file,
            removed: Vec::new(),
        });
    };
    crate::config::create_private_dir(&dir)
        .map_err(|e| StorageError::Io(format!("cannot create {}: {e}", dir.display())))?;
    // Names of one length, to the millisecond, so that they sort by age.
    let file = loop {
        let stamp = time::OffsetDateTime::now_utc()
            .format(time::macros::format_description!(
                "[year][month][day]-[hour][minute][second]-[subsecond digits:3]"
            ))
            .map_err(|e| StorageError::Io(e.to_string()))?;
        let file = dir.join(format!("{PREFIX}{stamp}{SUFFIX}"));
        if !file.exists() {
            break file;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    store::backup(conn, &file)?;
    let removed = prune(&dir, config.backups.keep as usize)?;
    Ok(Taken { file, removed })
}

/// What [`take`] did.
#[derive(Debug)]
pub struct Taken {
    pub file: PathBuf,
    /// Older snapshots deleted to keep `backups.keep`.
    pub removed: Vec<PathBuf>,
}

/// The snapshots in `dir`, newest first.
pub fn snapshots(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
        })
        .collect();
    found.sort();
    found.reverse();
    found
}

/// Deletes all but the `keep` newest snapshots in `dir`.
fn prune(dir: &Path, keep: usize) -> AppResult<Vec<PathBuf>> {
    let mut removed = Vec::new();
    for old in snapshots(dir).into_iter().skip(keep) {
        std::fs::remove_file(&old)
            .map_err(|e| StorageError::Io(format!("cannot remove {}: {e}", old.display())))?;
        removed.push(old);
    }
    Ok(removed)
}

/// What a check of a snapshot found.
#[derive(Debug)]
pub struct Checked {
    /// The newest migration in the snapshot.
    pub schema_version: String,
    /// The newest migration this Voices knows.
    pub current_version: String,
    pub staff_events: u64,
    pub survivor_events: u64,
}

/// Opens `file` read-only and checks it is a whole Voices database: its tables,
/// a schema version this Voices knows (older is fine: a restore upgrades it), and
/// both audit chains under `key` (the installation's, from its `secrets.toml`).
pub fn check(file: &Path, key: &AuditKey) -> AppResult<Checked> {
    let mut conn = store::open_read_only(file)?;
    store::check_tables(file, &mut conn)?;
    let current_version = store::latest_schema_version();
    let schema_version = store::schema_version(&mut conn)?
        .ok_or_else(|| StorageError::Io(format!("{}: no schema version", file.display())))?;
    if schema_version > current_version {
        return Err(StorageError::Io(format!(
            "{}: schema {schema_version} is newer than this Voices knows ({current_version}); check it with the newer Voices that wrote it",
            file.display()
        ))
        .into());
    }
    let mut conn = DbConnection::Sqlite(conn);
    let verified = super::audit::verify(&mut conn, key)?;
    if let Some(broken) = verified.first_break {
        return Err(StorageError::Io(format!(
            "{}: the audit log is broken: {} chain, event {}: {} (or this is not the secrets.toml that belongs with it)",
            file.display(),
            broken.chain.as_str(),
            broken.id,
            broken.problem
        ))
        .into());
    }
    Ok(Checked {
        schema_version,
        current_version,
        staff_events: verified.staff_events as u64,
        survivor_events: verified.survivor_events as u64,
    })
}
