//! `voices backup` (a snapshot, or `--check` of one) and `voices restore`.
//! A snapshot never holds the secrets file; a check never opens the live
//! database; a restore refuses PostgreSQL, which has its own tools.

use std::path::PathBuf;

use super::{load_config, CliError, DataDir};
use crate::app;
use crate::config::Config;
use crate::storage;

pub(super) fn run_backup(
    out: Option<PathBuf>,
    check: Option<PathBuf>,
    data: DataDir,
) -> Result<(), CliError> {
    let config = load_config(&data, None, None)?;
    if let Some(file) = check {
        return check_backup(&config, &file);
    }
    // Said before connecting: the advice does not need the database.
    if let crate::config::DatabaseTarget::Postgres(_) = config.database() {
        return Err(storage::backup::postgres_advice().into());
    }
    let pool = storage::open_for_command(&config.database())?;
    let mut conn = pool.get().map_err(storage::StorageError::from)?;
    let taken = app::backups::take(&config, &mut conn, out.as_deref())?;
    println!(
        "Wrote {}. Keep {} apart from it (offline, two copies): it is never in a backup.",
        taken.file.display(),
        config.data_dir.join("secrets.toml").display()
    );
    for old in &taken.removed {
        println!(
            "Removed {} (backups.keep = {}).",
            old.display(),
            config.backups.keep
        );
    }
    Ok(())
}

pub(super) fn run_restore(from: PathBuf, force: bool, data: DataDir) -> Result<(), CliError> {
    let config = load_config(&data, None, None)?;
    let crate::config::DatabaseTarget::Sqlite(database) = config.database() else {
        return Err(CliError::Usage(
            "PostgreSQL is restored with pg_restore; see `voices backup --help`".into(),
        ));
    };
    storage::backup::restore(&from, &database, force)?;
    println!("Restored {} to {}.", from.display(), database.display());
    Ok(())
}

/// `voices backup --check FILE`: the snapshot alone is opened, read-only. Its
/// audit chains are keyed with the installation's secret, so the secrets file
/// (or `receipt_pepper`) must be at hand; it is read, never created here.
fn check_backup(config: &Config, file: &std::path::Path) -> Result<(), CliError> {
    let secrets_file = config.data_dir.join("secrets.toml");
    if config.receipt_pepper.is_none() && !secrets_file.is_file() {
        return Err(CliError::Usage(format!(
            "checking the audit chains needs the secrets.toml that belongs with this backup; \
             none at {} (use --data-dir for the directory that holds it)",
            secrets_file.display()
        )));
    }
    crate::crypto::init().map_err(|e| crate::web::StartError::Crypto(e.to_string()))?;
    let key = crate::crypto::AuditKey::from_pepper(&config.secrets()?.receipt_pepper);
    let checked = app::backups::check(file, &key)?;
    let schema = if checked.schema_version == checked.current_version {
        format!("schema {} (current)", checked.schema_version)
    } else {
        format!(
            "schema {} (a restore upgrades it to {})",
            checked.schema_version, checked.current_version
        )
    };
    println!(
        "{} is a whole Voices backup: {schema}; {} staff events and {} survivor events, every link checked.",
        file.display(),
        checked.staff_events,
        checked.survivor_events
    );
    Ok(())
}
