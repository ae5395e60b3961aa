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

/// Runs the rewrite if one is due; returns whether it ran. Claims the request
/// first, so two nodes do not both run it, and puts it back if the rewrite fails
/// (for example because a long transaction held a lock past `lock_timeout`).
pub fn run_due_vacuum(conn: &mut DbConnection) -> QueryResult<bool> {
    let DbConnection::Postgres(pg) = conn else {
        return Ok(false);
    };
    let claimed = diesel::update(
        pending_maintenance::table
            .filter(pending_maintenance::task.eq(VACUUM_FULL))
            .filter(pending_maintenance::due.eq(true)),
    )
    .set(pending_maintenance::due.eq(false))
    .execute(pg)?;
    if claimed == 0 {
        return Ok(false);
    }
    let tables = match rewritten(pg) {
        Ok(tables) => tables,
        Err(err) => {
            vacuum_due(conn)?;
            return Err(err);
        }
    };
    let DbConnection::Postgres(pg) = conn else {
        return Ok(false);
    };
    // Waiting for a lock would queue every later query behind the rewrite; give up
    // quickly instead and try again next time.
    // VACUUM must be a statement of its own (not part of a multi-statement string,
    // which PostgreSQL runs as one transaction).
    pg.batch_execute("SET lock_timeout = '2s'")?;
    let result = pg.batch_execute(&format!("VACUUM FULL {}", tables.join(", ")));
    let _ = pg.batch_execute("RESET lock_timeout");
    if let Err(err) = result {
        vacuum_due(conn)?;
        return Err(err);
    }
    Ok(true)
}
