//! Consistent online backups. A backup is a copy of the database: everything in
//! it is exactly as encrypted as the live data, and the secrets file is not in
//! it (keep that separately; without the receipt pepper no receipt code works).

use std::path::Path;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use super::{DbConnection, StorageError, StorageResult};

/// Writes a consistent snapshot of a running SQLite database to `out` with
/// `VACUUM INTO` (readers and the writer carry on meanwhile). The file is created
/// readable only by its owner; an existing file is never overwritten.
pub fn backup(conn: &mut DbConnection, out: &Path) -> StorageResult<()> {
    let DbConnection::Sqlite(conn) = conn else {
        return Err(postgres_advice());
    };
    let path = out
        .to_str()
        .ok_or_else(|| StorageError::Io("the backup path must be valid UTF-8".into()))?;
    // The file is created empty, exclusively and 0600 *before* SQLite writes a byte
    // into it (`VACUUM INTO` accepts an empty file), so no other user can open it
    // in the moment between creation and a later chmod.
    create_private_empty(out)?;
    // SQLite takes the target as a string literal: double any single quote.
    if let Err(err) = conn.batch_execute(&format!("VACUUM INTO '{}'", path.replace('\'', "''"))) {
        let _ = std::fs::remove_file(out);
        return Err(err.into());
    }
    Ok(())
}

/// Creates `path` empty and readable only by its owner; refuses an existing file.
fn create_private_empty(path: &Path) -> StorageResult<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map(|_| ()).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => {
            StorageError::Io(format!("{} already exists", path.display()))
        }
        _ => StorageError::Io(format!("cannot create {}: {e}", path.display())),
    })
}

/// What `voices backup` says on PostgreSQL, which it does not back up itself.
pub fn postgres_advice() -> StorageError {
    StorageError::Io(
        "PostgreSQL is backed up with its own tools: pg_dump --format=custom \"$DATABASE_URL\" \
         > voices.dump (restore with pg_restore). The dump holds the same ciphertext as the \
         database; back up data_dir/secrets.toml separately."
            .into(),
    )
}

/// Opens a SQLite file read-only: nothing it does can change the file (no
/// journal, no WAL replay, no lock files). For checking backups.
pub fn open_read_only(file: &Path) -> StorageResult<SqliteConnection> {
    let path = file
        .to_str()
        .ok_or_else(|| StorageError::Io("the backup path must be valid UTF-8".into()))?;
    if !file.is_file() {
        return Err(StorageError::Io(format!(
            "{}: no such file",
            file.display()
        )));
    }
    // `immutable=1`: SQLite treats the file as unchanging and writes nothing
    // beside it (no -shm, no -wal), so a check leaves no trace.
    let uri = format!(
        "file:{}?mode=ro&immutable=1",
        path.replace('%', "%25")
            .replace('?', "%3f")
            .replace('#', "%23")
    );
    SqliteConnection::establish(&uri)
        .map_err(|e| StorageError::Io(format!("{}: not a database ({e})", file.display())))
}

/// The newest migration applied to a database (`20261207000002`), if any.
pub fn schema_version(conn: &mut SqliteConnection) -> StorageResult<Option<String>> {
    #[derive(QueryableByName)]
    struct Version {
        #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
        v: Option<String>,
    }
    let row: Version =
        diesel::sql_query("SELECT MAX(version) AS v FROM __diesel_schema_migrations")
            .get_result(conn)
            .map_err(|e| StorageError::Io(format!("no schema version: {e}")))?;
    Ok(row.v)
}

/// The newest migration this build of Voices knows (its schema version).
pub fn latest_schema_version() -> String {
    use diesel::migration::{Migration as _, MigrationSource};
    MigrationSource::<diesel::sqlite::Sqlite>::migrations(&super::SQLITE_MIGRATIONS)
        .ok()
        .and_then(|all| all.iter().map(|m| m.name().version().to_string()).max())
        .unwrap_or_default()
}

/// Checks that `file` is a Voices SQLite database (it has the submissions table).
fn check_backup(file: &Path) -> StorageResult<()> {
    let mut conn = open_read_only(file)?;
    check_tables(file, &mut conn)
}

/// Checks that an open SQLite database has Voices' core tables.
pub fn check_tables(file: &Path, conn: &mut SqliteConnection) -> StorageResult<()> {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let found: Count = diesel::sql_query(
        "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' \
         AND name IN ('submissions', 'organisation_keys', 'staff')",
    )
    .get_result(conn)
    .map_err(|e| StorageError::Io(format!("{}: not a Voices backup ({e})", file.display())))?;
    if found.n != 3 {
        return Err(StorageError::Io(format!(
            "{}: not a Voices backup",
            file.display()
        )));
    }
    Ok(())
}

/// Puts a backup in place of the SQLite database at `database`. Voices must not be
/// running on it. Without `force`, an existing database is left alone; with it,
/// the existing database is kept beside the restored one as `*.before-restore`.
pub fn restore(from: &Path, database: &Path, force: bool) -> StorageResult<()> {
    check_backup(from)?;
    let io = |e: std::io::Error| StorageError::Io(e.to_string());
    if database.exists() {
        if !force {
            return Err(StorageError::Io(format!(
                "{} exists; stop Voices and run again with --force to replace it (it is kept as *.before-restore)",
                database.display()
            )));
        }
        let kept = database.with_extension("sqlite.before-restore");
        std::fs::rename(database, &kept).map_err(io)?;
        for suffix in ["-wal", "-shm"] {
            let side = std::path::PathBuf::from(format!("{}{suffix}", database.display()));
            if side.exists() {
                std::fs::rename(&side, format!("{}{suffix}", kept.display())).map_err(io)?;
            }
        }
    }
    if let Some(parent) = database.parent().filter(|p| !p.as_os_str().is_empty()) {
        crate::config::create_private_dir(parent).map_err(io)?;
    }
    std::fs::copy(from, database).map_err(io)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(database, std::fs::Permissions::from_mode(0o600)).map_err(io)?;
    }
    Ok(())
}
