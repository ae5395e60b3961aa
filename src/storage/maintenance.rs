//! Rewriting PostgreSQL tables after content was destroyed.
//!
//! On PostgreSQL an `UPDATE` or `DELETE` leaves the old row version in the
//! table's pages. A withdrawn submission's old version holds its ciphertext and
//! both copies of its data key; its deleted quote and published story hold the
//! approved words in clear; a disabled person's old staff row holds their key wrap. Plain `VACUUM`
//! marks that space free but does not overwrite it, so the bytes can stay in the
//! files for a long time. `VACUUM FULL` writes the live rows into new files and
//! removes the old ones. It locks each table while it runs (milliseconds for the
//! tables of a small organisation, longer for large ones), so it runs off the
//! request path, in the background, at most once per configured interval, and only
//! when something was destroyed since the last run. The request to run it is a row
//! in the database, so any node's withdrawal is handled by whichever node runs next.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use super::schema::pending_maintenance;
use super::DbConnection;

const VACUUM_FULL: &str = "vacuum_full";

/// The tables that are not rewritten, each with why none of its rows ever holds
/// destroyed content. Every other table in the database's catalogue is rewritten:
/// submissions and what hangs off them (messages, edited versions, notes,
/// published stories and their themes, receipt links), the aggregation facts and
/// quotes and the digests that show the quotes, staff wraps, sessions and
/// invitations, the setup claim, and any table added later, unless it is listed
/// here with a reason.
pub const NOT_REWRITTEN: [(&str, &str); 6] = [
    (
        "staff_events",
        "the staff audit log: rows are only appended, never changed or deleted, and hold no words",
    ),
    (
        "survivor_events",
        "the survivor audit log: rows are only appended, never changed or deleted, and hold no words",
    ),
    ("audit_heads", "each audit chain's last hash"),
    ("job_leases", "which node runs a scheduled job, and until when"),
    ("pending_maintenance", "whether this rewrite is due"),
    (
        "__diesel_schema_migrations",
        "the names of the migrations that ran",
    ),
];

/// Every table in the public schema that is not in [`NOT_REWRITTEN`], from the
/// catalogue, quoted for a `VACUUM FULL` list.
fn rewritten(pg: &mut diesel::PgConnection) -> QueryResult<Vec<String>> {
    #[derive(QueryableByName)]
    struct Table {
        #[diesel(sql_type = diesel::sql_types::Text)]
        name: String,
    }
    let tables: Vec<Table> = diesel::sql_query(
        "SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = 'public' \
         ORDER BY tablename",
    )
    .load(pg)?;
    Ok(tables
        .into_iter()
        .map(|t| t.name)
        .filter(|name| !NOT_REWRITTEN.iter().any(|(kept, _)| kept == name))
        .map(|name| format!("\"{}\"", name.replace('"', "\"\"")))
        .collect())
}

/// Asks for a rewrite soon (PostgreSQL; harmless elsewhere).
pub fn vacuum_due(conn: &mut DbConnection) -> QueryResult<()> {
    diesel::update(pending_maintenance::table.filter(pending_maintenance::task.eq(VACUUM_FULL)))
        .set(pending_maintenance::due.eq(true))
        .execute(conn)
        .map(|_| ())
}

/// Whether a rewrite is waiting.
pub fn is_vacuum_due(conn: &mut DbConnection) -> QueryResult<bool> {
    pending_maintenance::table
        .filter(pending_maintenance::task.eq(VACUUM_FULL))
        .select(pending_maintenance::due)
        .first(conn)
        .optional()
        .map(|due| due.unwrap_or(false))
}

/// What [`run_due_vacuum`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vacuum {
    /// Nothing was due (or the database is not PostgreSQL).
    NotDue,
    /// The tables were rewritten while no snapshot older than the request was
    /// open, so no old row version of destroyed content was copied.
    Done,
    /// A snapshot older than the request was open (a long transaction, an
    /// `ANALYZE`, another node's reader), so a rewrite would copy the destroyed
    /// row versions as "recently dead". The request stays due for the next run.
    Postponed,
}

/// Open transactions and snapshots that began before transaction `xid` (a full
/// 64-bit id) and may still make `VACUUM` keep the row versions it and earlier
/// transactions deleted: a snapshot of this database whose xmin is older, and a
/// running transaction with an older id in any database of the server (the
/// rewrite's own snapshot takes its xmin from those, so it would keep the rows
/// itself). Once none is left, no new one can appear: ids are given out in
/// order, so every later snapshot starts at or after `xid`. Prepared
/// transactions and replication slots hold rows back the same way. Backends of
/// this database whose details the role may not read (no `pg_read_all_stats`)
/// are counted too, since they might.
fn older_snapshots(pg: &mut diesel::PgConnection, xid: i64) -> QueryResult<i64> {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let count: Count = diesel::sql_query(
        "WITH mark AS (SELECT age($1::text::xid8::xid) AS age) \
         SELECT (SELECT count(*) FROM pg_stat_activity, mark \
                  WHERE pid <> pg_backend_pid() \
                    AND (age(backend_xid) >= mark.age \
                         OR (datname = current_database() \
                             AND (age(backend_xmin) >= mark.age \
                                  OR query = '<insufficient privilege>')))) \
              + (SELECT count(*) FROM pg_prepared_xacts, mark \
                  WHERE age(transaction) >= mark.age) \
              + (SELECT count(*) FROM pg_replication_slots, mark \
                  WHERE age(xmin) >= mark.age) AS n",
    )
    .bind::<diesel::sql_types::BigInt, _>(xid)
    .get_result(pg)?;
    Ok(count.n)
}

/// Runs the rewrite if one is due. Claims the request first, so two nodes do
/// not both run it, and puts it back if the rewrite fails (for example because a
/// long transaction held a lock past `lock_timeout`) or could not remove the
/// destroyed row versions because an older snapshot was open before or after it
/// ran: `VACUUM FULL` copies a deleted row version that any open snapshot might
/// still see, so the scrub only counts once it ran with none open.
pub fn run_due_vacuum(conn: &mut DbConnection) -> QueryResult<Vacuum> {
    let DbConnection::Postgres(pg) = conn else {
        return Ok(Vacuum::NotDue);
    };
    #[derive(QueryableByName)]
    struct Claimed {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        xid: i64,
    }
    // The claim's own transaction id is later than that of every withdrawal
    // whose request it sees (each committed before the claim's snapshot), so a
    // snapshot that began after it cannot keep their row versions.
    let claimed: Option<Claimed> = diesel::sql_query(
        "UPDATE pending_maintenance SET due = false WHERE task = $1 AND due \
         RETURNING txid_current() AS xid",
    )
    .bind::<diesel::sql_types::Text, _>(VACUUM_FULL)
    .get_result(pg)
    .optional()?;
    let Some(Claimed { xid }) = claimed else {
        return Ok(Vacuum::NotDue);
    };
    let outcome = rewrite_unless_held(pg, xid);
    if !matches!(outcome, Ok(Vacuum::Done)) {
        vacuum_due(conn)?;
    }
    outcome
}

/// The checks and the rewrite of [`run_due_vacuum`], after the claim.
fn rewrite_unless_held(pg: &mut diesel::PgConnection, xid: i64) -> QueryResult<Vacuum> {
    if older_snapshots(pg, xid)? > 0 {
        tracing::info!(
            key = "vacuum_postponed_older_snapshot",
            "a snapshot older than the last withdrawal is open; the tables will be rewritten on a later run"
        );
        return Ok(Vacuum::Postponed);
    }
    let tables = rewritten(pg)?;
    // Waiting for a lock would queue every later query behind the rewrite; give up
    // quickly instead and try again next time.
    // VACUUM must be a statement of its own (not part of a multi-statement string,
    // which PostgreSQL runs as one transaction).
    pg.batch_execute("SET lock_timeout = '2s'")?;
    let result = pg.batch_execute(&format!("VACUUM FULL {}", tables.join(", ")));
    let _ = pg.batch_execute("RESET lock_timeout");
    result?;
    // By the reasoning above none can have appeared; checking again costs one
    // query and keeps the promise if the server hands out ids differently.
    if older_snapshots(pg, xid)? > 0 {
        tracing::info!(
            key = "vacuum_postponed_older_snapshot",
            "a snapshot older than the last withdrawal was open during the rewrite; it will run again"
        );
        return Ok(Vacuum::Postponed);
    }
    Ok(Vacuum::Done)
}
