//! Persistence: one Diesel schema over SQLite (the embedded default) and
//! PostgreSQL (for several nodes behind a load balancer).
//!
//! Everything here is synchronous; the web layer runs it on blocking threads.
//! Functions take `&mut DbConnection` so a caller can compose several into one
//! transaction. Nothing here decrypts or logs submission content.
//!
//! SQLite write transactions start with [`lock_for_write`]: a deferred transaction
//! that reads before it writes can fail at once with `SQLITE_BUSY` when another
//! writer commits in between, while one that takes the write lock first waits its
//! turn under `busy_timeout`.

pub mod alerts;
pub mod backoff;
pub mod backup;
pub mod digests;
pub mod events;
pub mod facts;
pub mod invitations;
pub mod keys;
pub mod maintenance;
pub mod messages;
pub mod published;
pub mod schema;
pub mod sessions;
pub mod settings;
pub mod staff;
pub mod submissions;
pub mod tickets;
pub mod writer;

use std::path::Path;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use crate::config::DatabaseTarget;

pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// A connection to whichever backend the configuration chose.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(SqliteConnection),
    Postgres(PgConnection),
}

pub type DbPool = Pool<ConnectionManager<DbConnection>>;
pub type PooledDb = PooledConnection<ConnectionManager<DbConnection>>;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("database: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("database connection: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("database pool: {0}")]
    PoolBuild(String),
    #[error("migrations: {0}")]
    Migration(String),
    #[error("{0}")]
    Io(String),
}

pub type StorageResult<T> = Result<T, StorageError>;

/// Durability and concurrency settings for every SQLite connection: WAL so readers
/// do not block the writer, `synchronous=FULL` so an acknowledged submission is on
/// disk, a busy timeout instead of immediate lock errors, foreign keys on, and
/// `secure_delete` so deleted content is overwritten rather than left in free pages,
/// and a `journal_size_limit` (4 MiB) so a WAL that has been checkpointed and
/// restarted is cut back instead of keeping stale page images past its end.
/// Automatic checkpoints are off: a checkpoint inside a submission's commit would
/// make that survivor wait; the writer's checkpoint thread does them instead.
#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<DbConnection, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut DbConnection) -> Result<(), diesel::r2d2::Error> {
        if let DbConnection::Sqlite(conn) = conn {
            conn.batch_execute(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                 PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; \
                 PRAGMA secure_delete = ON; PRAGMA wal_autocheckpoint = 0; \
                 PRAGMA journal_size_limit = 4194304;",
            )
            .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

/// Makes the process safe to exit while a pool thread is connecting to
/// PostgreSQL. libpq initialises OpenSSL, which by default registers
/// `OPENSSL_cleanup` with `atexit`; if a pool's background thread is half-way
/// through opening a connection when the process exits, that cleanup frees locks
/// the thread is about to take, and the process dies with SIGSEGV after doing its
/// work (diesel-rs/diesel#3441). Initialising OpenSSL first with
/// `OPENSSL_INIT_NO_ATEXIT` (what `openssl_sys::init` asks for on OpenSSL 1.1.1b and
/// later) means the cleanup is never registered: the operating system reclaims
/// the memory at exit anyway. Idempotent and cheap; it must run before the first
/// PostgreSQL connection, so every entry point calls it ([`open`], the command
/// line, the test harness).
pub fn init_process() {
    openssl_sys::init();
}

/// Opens a pool on the configured database and brings its schema up to date.
pub fn open(target: &DatabaseTarget) -> StorageResult<DbPool> {
    open_sized(target, None)
}

/// Like [`open`], for a command that runs and exits: a small pool that never opens
/// connections in the background, so the process cannot exit while a pool thread
/// is half-way through connecting (which can crash inside libpq at exit).
pub fn open_for_command(target: &DatabaseTarget) -> StorageResult<DbPool> {
    open_sized(target, Some(2))
}

fn open_sized(target: &DatabaseTarget, command_size: Option<u32>) -> StorageResult<DbPool> {
    init_process();
    let (url, size) = match target {
        DatabaseTarget::Sqlite(path) => {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                crate::config::create_private_dir(parent).map_err(|e| {
                    StorageError::Io(format!("cannot create {}: {e}", parent.display()))
                })?;
            }
            (sqlite_url(path), 8)
        }
        DatabaseTarget::Postgres(url) => (url.clone(), 16),
    };
    let pool = Pool::builder()
        .max_size(command_size.unwrap_or(size))
        .min_idle(Some(if command_size.is_some() { 0 } else { 1 }))
        .connection_timeout(Duration::from_secs(15))
        .connection_customizer(Box::new(SqlitePragmas))
        .build(ConnectionManager::<DbConnection>::new(url))
        .map_err(|e| StorageError::PoolBuild(e.to_string()))?;
    let mut conn = pool.get()?;
    match target {
        DatabaseTarget::Sqlite(path) => upgrade_sqlite(&mut conn, path)?,
        DatabaseTarget::Postgres(_) => migrate(&mut conn)?,
    }
    // Facts written before the running totals existed are counted once, here;
    // the write lock is taken only when there is something to count.
    if facts::needs_retally(&mut conn)? {
        write_exclusive(&mut conn, |c| {
            if facts::needs_retally(c)? {
                facts::retally(c)?;
            }
            Ok::<_, diesel::result::Error>(())
        })?;
    }
    Ok(pool)
}

fn sqlite_url(path: &Path) -> String {
    // Diesel's SQLite connection takes a plain path; `sqlite://` is our own prefix.
    path.to_string_lossy().into_owned()
}

/// Runs pending migrations for the connection's backend.
pub fn migrate(conn: &mut DbConnection) -> StorageResult<()> {
    let result = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|_| ()),
        DbConnection::Postgres(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|_| ()),
    };
    result.map_err(|e| StorageError::Migration(e.to_string()))
}

/// Brings a SQLite database's schema up to date as one transaction: every
/// pending migration, or (when one fails) none, with the database left exactly
/// as it was and a message saying so. Before upgrading a database that already
/// holds a schema, a snapshot of it is written beside it
/// (`voices.sqlite.pre-upgrade-<schema>-<time>`) and its place is logged.
pub fn upgrade_sqlite(conn: &mut DbConnection, database: &Path) -> StorageResult<()> {
    use diesel::migration::Migration as _;
    let failed =
        |e: Box<dyn std::error::Error + Send + Sync>| StorageError::Migration(e.to_string());
    let DbConnection::Sqlite(c) = conn else {
        return migrate(conn);
    };
    let pending = c.pending_migrations(SQLITE_MIGRATIONS).map_err(failed)?;
    let Some(to) = pending.last().map(|m| m.name().version().to_string()) else {
        return Ok(());
    };
    let from = c
        .applied_migrations()
        .map_err(failed)?
        .into_iter()
        .map(|v| v.to_string())
        .max();
    let snapshot = match &from {
        None => None,
        Some(from) => {
            let stamp = time::OffsetDateTime::now_utc().unix_timestamp();
            let name = database
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "voices.sqlite".into());
            let file = database.with_file_name(format!("{name}.pre-upgrade-{from}-{stamp}"));
            backup::backup(conn, &file).map_err(|e| {
                StorageError::Migration(format!(
                    "the database needs an upgrade from schema {from} to {to}, but the copy \
                     to keep first could not be written ({e}); nothing was changed"
                ))
            })?;
            tracing::warn!(
                "upgrading the database from schema {from} to {to}; the database as it was is kept at {} (remove it once this version runs well)",
                file.display()
            );
            Some(file)
        }
    };
    let DbConnection::Sqlite(c) = conn else {
        unreachable!("matched above");
    };
    // The write lock first, then the list again: another process (a timer's
    // backup, a second start) may have upgraded meanwhile.
    let result = c.immediate_transaction::<_, StorageError, _>(|c| {
        for migration in c.pending_migrations(SQLITE_MIGRATIONS).map_err(failed)? {
            let name = migration.name().to_string();
            c.run_migration(&*migration)
                .map_err(|e| StorageError::Migration(format!("migration {name}: {e}")))?;
        }
        Ok(())
    });
    result.map_err(|e| {
        let kept = snapshot
            .as_ref()
            .map(|f| format!(" (a copy is also at {})", f.display()))
            .unwrap_or_default();
        StorageError::Migration(format!(
            "the upgrade of {} to schema {to} failed, so nothing was changed: the database is as it was{kept}. Go back to the version of Voices that ran before. {e}",
            database.display()
        ))
    })
}

/// Connects to the configured database without creating or changing anything
/// (no migration, no directory), for `voices doctor`. A SQLite file that does
/// not exist is an error here, not a new database.
pub fn connect_only(target: &DatabaseTarget) -> StorageResult<DbConnection> {
    init_process();
    let url = match target {
        DatabaseTarget::Sqlite(path) => {
            if !path.is_file() {
                return Err(StorageError::Io(format!(
                    "{} does not exist yet",
                    path.display()
                )));
            }
            sqlite_url(path)
        }
        DatabaseTarget::Postgres(url) => url.clone(),
    };
    let mut conn = DbConnection::establish(&url)
        .map_err(|e| StorageError::Io(format!("cannot connect: {e}")))?;
    if let DbConnection::Sqlite(c) = &mut conn {
        c.batch_execute("PRAGMA busy_timeout = 10000;")?;
    }
    Ok(conn)
}

/// The migrations this Voices would still run on the database (their names).
pub fn pending_migrations(conn: &mut DbConnection) -> StorageResult<Vec<String>> {
    use diesel::migration::Migration as _;
    let failed =
        |e: Box<dyn std::error::Error + Send + Sync>| StorageError::Migration(e.to_string());
    Ok(match conn {
        DbConnection::Sqlite(c) => c
            .pending_migrations(SQLITE_MIGRATIONS)
            .map_err(failed)?
            .iter()
            .map(|m| m.name().to_string())
            .collect(),
        DbConnection::Postgres(c) => c
            .pending_migrations(POSTGRES_MIGRATIONS)
            .map_err(failed)?
            .iter()
            .map(|m| m.name().to_string())
            .collect(),
    })
}

/// Takes the database write lock at the start of a transaction (see module docs).
pub fn lock_for_write(conn: &mut DbConnection) -> QueryResult<()> {
    match conn {
        // An UPDATE that matches nothing still takes SQLite's RESERVED lock.
        DbConnection::Sqlite(c) => c
            .batch_execute("UPDATE organisation_keys SET retired = retired WHERE id = -1")
            .map(|_| ()),
        DbConnection::Postgres(_) => Ok(()),
    }
}

/// Runs `f` in a write transaction that also excludes every other
/// `write_exclusive` transaction, on any node: for the rare changes that read,
/// decide and write (claiming the setup link, disabling an admin), where two
/// transactions interleaving could both act on the same state. SQLite already
/// allows one writer at a time; PostgreSQL takes a transaction-scoped advisory lock.
pub fn write_exclusive<T, E>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    write(conn, |conn| {
        if let DbConnection::Postgres(c) = conn {
            c.batch_execute(&format!("SELECT pg_advisory_xact_lock({EXCLUSIVE_LOCK})"))?;
        }
        f(conn)
    })
}

/// The PostgreSQL advisory lock `write_exclusive` takes.
const EXCLUSIVE_LOCK: i64 = 7_240_716;

/// Makes a submission commit wait for any exclusive transaction (a key rotation's
/// last step) and keeps one from starting meanwhile, so a data key is always sealed
/// to a key that is still active when the commit lands. Submission commits share
/// the lock, so they do not wait for each other. SQLite's single writer already
/// gives this.
pub fn lock_against_rotation(conn: &mut DbConnection) -> QueryResult<()> {
    match conn {
        DbConnection::Postgres(c) => c.batch_execute(&format!(
            "SELECT pg_advisory_xact_lock_shared({EXCLUSIVE_LOCK})"
        )),
        DbConnection::Sqlite(_) => Ok(()),
    }
}

/// Makes a change to the facts a digest counts wait for a digest release in
/// progress (releases run in `write_exclusive`) and keeps one from starting
/// meanwhile: a withdrawal asks "is this month released?" and removes the fact
/// wholly before or wholly after a release reads the facts, so a released
/// digest never counts a fact that is then removed. SQLite's single writer
/// already gives this.
pub fn lock_against_release(conn: &mut DbConnection) -> QueryResult<()> {
    match conn {
        DbConnection::Postgres(c) => c.batch_execute(&format!(
            "SELECT pg_advisory_xact_lock_shared({EXCLUSIVE_LOCK})"
        )),
        DbConnection::Sqlite(_) => Ok(()),
    }
}

/// Runs `f` in a write transaction.
pub fn write<T, E>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    conn.transaction(|conn| {
        lock_for_write(conn)?;
        f(conn)
    })
}

/// The id the last INSERT on this connection gave a row of `table` (whose id
/// column is `id`): `last_insert_rowid()` on SQLite, the sequence's `currval` on
/// PostgreSQL. Both are per connection, so another node's insert never answers.
pub fn last_insert_id(conn: &mut DbConnection, table: &'static str) -> QueryResult<i64> {
    use diesel::sql_types::BigInt;
    match conn {
        DbConnection::Sqlite(c) => {
            diesel::select(diesel::dsl::sql::<BigInt>("last_insert_rowid()")).get_result(c)
        }
        DbConnection::Postgres(c) => diesel::select(diesel::dsl::sql::<BigInt>(&format!(
            "currval(pg_get_serial_sequence('{table}', 'id'))"
        )))
        .get_result(c),
    }
}

/// Whether a query failed on a UNIQUE constraint (a name or key already taken).
pub fn is_unique_violation(err: &diesel::result::Error) -> bool {
    matches!(
        err,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

/// How long [`flush_deleted`] keeps trying to truncate the WAL while readers hold
/// it. A reader with an older snapshot (a backup's `VACUUM INTO`, a long page)
/// stops a checkpoint from restarting the log; each try waits at most
/// [`FLUSH_TRY`] for it, then sleeps briefly, so the writer is never held long.
pub const FLUSH_BUDGET: Duration = Duration::from_secs(15);
const FLUSH_TRY: Duration = Duration::from_millis(100);
const FLUSH_PAUSE: Duration = Duration::from_millis(50);

/// Whether the WAL was really emptied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flushed {
    /// SQLite's WAL is copied into the database and truncated to zero bytes (or the
    /// backend is PostgreSQL, which has no such file; see [`flush_deleted`]).
    Truncated,
    /// Readers kept the WAL busy for the whole budget: old page versions may still
    /// be in it until the next checkpoint.
    StillBusy,
}

#[derive(diesel::QueryableByName)]
struct CheckpointRow {
    #[diesel(sql_type = diesel::sql_types::Integer)]
    busy: i32,
    #[diesel(sql_type = diesel::sql_types::Integer)]
    log: i32,
    #[diesel(sql_type = diesel::sql_types::Integer)]
    checkpointed: i32,
}

/// After content is destroyed (a withdrawal, a disabled wrap, a rotation), copies
/// the WAL into the database and truncates it, so older page versions holding the
/// deleted ciphertext or keys do not stay in the `-wal` file. A checkpoint that
/// readers keep busy is retried for up to [`FLUSH_BUDGET`]; if it still cannot
/// finish, that is logged (without any content) and the next checkpoint does it.
///
/// On PostgreSQL it asks for a `VACUUM FULL` of the tables that held the content,
/// which a background job runs soon after, off the request path (see
/// [`maintenance`]).
pub fn flush_deleted(conn: &mut DbConnection) -> QueryResult<()> {
    if flush_deleted_within(conn, FLUSH_BUDGET)? == Flushed::StillBusy {
        tracing::warn!(
            "deleted content may remain in the SQLite WAL: readers kept it busy for {} s; the next checkpoint will remove it",
            FLUSH_BUDGET.as_secs()
        );
    }
    Ok(())
}

/// [`flush_deleted`] with its own time budget, reporting the outcome.
pub fn flush_deleted_within(conn: &mut DbConnection, budget: Duration) -> QueryResult<Flushed> {
    let c = match conn {
        DbConnection::Sqlite(c) => c,
        DbConnection::Postgres(_) => {
            maintenance::vacuum_due(conn)?;
            return Ok(Flushed::Truncated);
        }
    };
    let deadline = std::time::Instant::now() + budget;
    c.batch_execute(&format!("PRAGMA busy_timeout = {};", FLUSH_TRY.as_millis()))?;
    let outcome = loop {
        let row: QueryResult<CheckpointRow> =
            diesel::sql_query("PRAGMA wal_checkpoint(TRUNCATE)").get_result(c);
        match row {
            // busy = 0: every frame was copied and the log restarted and truncated.
            Ok(r) if r.busy == 0 && r.log == r.checkpointed => break Ok(Flushed::Truncated),
            Ok(_) => {}
            Err(diesel::result::Error::DatabaseError(_, info))
                if info.message().contains("locked") || info.message().contains("busy") => {}
            Err(e) => break Err(e),
        }
        if std::time::Instant::now() + FLUSH_PAUSE >= deadline {
            break Ok(Flushed::StillBusy);
        }
        std::thread::sleep(FLUSH_PAUSE);
    };
    // Back to the pool's normal patience, whatever happened.
    c.batch_execute("PRAGMA busy_timeout = 10000;")?;
    outcome
}
