//! The audit log: two append-only, hash-chained tables. Staff events carry the
//! minute; survivor events carry the day only and live in a chain of their own, so
//! their place among timed staff events can never date a survivor's visit.
//!
//! Each event's hash covers the previous event's hash and every field of its own;
//! `audit_heads` holds the newest position and hash of each chain, so an event cut
//! from the end is noticed too. Appending locks the chain's head row (PostgreSQL)
//! or runs under SQLite's single writer, so two writers never fork a chain. The
//! hash function is supplied by the caller: this module does no cryptography.
//!
//! Survivor events are kept in several chains in one table. Every node's
//! submission writer appends to a chain of its own (`survivor:<node id>`), so
//! nodes never wait for each other's commits to record a submission; the shared
//! chain (`survivor`) holds what survivors do on their receipt pages, every
//! event written before node chains existed, and the event that starts each
//! node chain (`node_chain_started`, naming it, with the day only like every
//! survivor event), so a node chain removed whole, with its head, is noticed
//! too. Survivor events take their ids from one counter shared by every chain,
//! so they list in the order written.

use diesel::prelude::*;

use super::schema::{audit_heads, staff_events, survivor_events};
use super::DbConnection;

/// Computes an event's hash from the previous hash and the event's fields.
pub type Linker<'a> = &'a (dyn Fn(&[u8], &[&[u8]]) -> Vec<u8> + Sync);

/// The shared survivor chain's name (see the module docs).
pub const SHARED_SURVIVOR_CHAIN: &str = "survivor";

/// The shared survivor chain's action that starts a node's survivor chain (its
/// `submission_id` is 0: it names no item).
pub const NODE_CHAIN_STARTED: &str = "node_chain_started";

/// The name of node `node`'s survivor chain.
pub fn node_chain(node: &str) -> String {
    format!("{SHARED_SURVIVOR_CHAIN}:{node}")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chain {
    Staff,
    Survivor,
}

impl Chain {
    pub fn as_str(self) -> &'static str {
        match self {
            Chain::Staff => "staff",
            Chain::Survivor => "survivor",
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = staff_events)]
pub struct StaffEventRow {
    pub id: i64,
    pub at: String,
    pub staff_id: Option<i64>,
    pub action: String,
    pub submission_id: Option<i64>,
    pub detail: String,
    pub prev_hash: Vec<u8>,
    pub hash: Vec<u8>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = survivor_events)]
pub struct SurvivorEventRow {
    pub id: i64,
    /// The chain the event belongs to: [`SHARED_SURVIVOR_CHAIN`] or a node's.
    pub chain: String,
    /// The event's place in its chain, from 1.
    pub position: i64,
    pub day: String,
    pub action: String,
    pub submission_id: i64,
    pub detail: String,
    pub prev_hash: Vec<u8>,
    pub hash: Vec<u8>,
}

/// The fields a staff event's hash covers, in order.
pub fn staff_fields(e: &StaffEventRow) -> Vec<Vec<u8>> {
    vec![
        e.id.to_string().into_bytes(),
        e.at.clone().into_bytes(),
        e.staff_id
            .map(|i| i.to_string())
            .unwrap_or_default()
            .into_bytes(),
        e.action.clone().into_bytes(),
        e.submission_id
            .map(|i| i.to_string())
            .unwrap_or_default()
            .into_bytes(),
        e.detail.clone().into_bytes(),
    ]
}

/// The fields a survivor event's hash covers, in order. Events written before
/// node chains existed are in the shared chain with their id as their position,
/// and were hashed over the first five fields alone; every other event's hash
/// also covers its chain and its id, so neither can be changed unnoticed.
pub fn survivor_fields(e: &SurvivorEventRow) -> Vec<Vec<u8>> {
    let mut fields = vec![
        e.position.to_string().into_bytes(),
        e.day.clone().into_bytes(),
        e.action.clone().into_bytes(),
        e.submission_id.to_string().into_bytes(),
        e.detail.clone().into_bytes(),
    ];
    if e.chain != SHARED_SURVIVOR_CHAIN || e.id != e.position {
        fields.push(e.chain.clone().into_bytes());
        fields.push(e.id.to_string().into_bytes());
    }
    fields
}

pub fn link(linker: Linker<'_>, prev: &[u8], fields: &[Vec<u8>]) -> Vec<u8> {
    let parts: Vec<&[u8]> = fields.iter().map(Vec::as_slice).collect();
    linker(prev, &parts)
}

/// The newest position and hash of a chain, taking its lock for this
/// transaction. Only writers of the same chain wait for each other.
fn lock_head(conn: &mut DbConnection, chain: &str) -> QueryResult<(i64, Vec<u8>)> {
    diesel::update(audit_heads::table.filter(audit_heads::chain.eq(chain)))
        .set(audit_heads::last_id.eq(audit_heads::last_id))
        .execute(conn)?;
    audit_heads::table
        .filter(audit_heads::chain.eq(chain))
        .select((audit_heads::last_id, audit_heads::last_hash))
        .first(conn)
}

fn set_head(conn: &mut DbConnection, chain: &str, position: i64, hash: &[u8]) -> QueryResult<()> {
    diesel::update(audit_heads::table.filter(audit_heads::chain.eq(chain)))
        .set((
            audit_heads::last_id.eq(position),
            audit_heads::last_hash.eq(hash),
        ))
        .execute(conn)
        .map(|_| ())
}

/// The newest position and hash of a chain, if the chain has a head.
pub fn head(conn: &mut DbConnection, chain: &str) -> QueryResult<Option<(i64, Vec<u8>)>> {
    audit_heads::table
        .filter(audit_heads::chain.eq(chain))
        .select((audit_heads::last_id, audit_heads::last_hash))
        .first(conn)
        .optional()
}

/// The names of every survivor chain that has a head (the shared one first).
pub fn survivor_chains_with_heads(conn: &mut DbConnection) -> QueryResult<Vec<String>> {
    let mut names: Vec<String> = audit_heads::table
        .filter(audit_heads::chain.ne(Chain::Staff.as_str()))
        .select(audit_heads::chain)
        .load(conn)?;
    names.sort_by_key(|n| (n != SHARED_SURVIVOR_CHAIN, n.clone()));
    Ok(names)
}

/// The (id, detail) of every event of the shared survivor chain that started
/// a node chain.
pub fn node_chain_starts(conn: &mut DbConnection) -> QueryResult<Vec<(i64, String)>> {
    survivor_events::table
        .filter(survivor_events::chain.eq(SHARED_SURVIVOR_CHAIN))
        .filter(survivor_events::action.eq(NODE_CHAIN_STARTED))
        .order(survivor_events::id)
        .select((survivor_events::id, survivor_events::detail))
        .load(conn)
}

/// The names of every chain that survivor events say they belong to.
pub fn survivor_chains_with_events(conn: &mut DbConnection) -> QueryResult<Vec<String>> {
    survivor_events::table
        .select(survivor_events::chain)
        .distinct()
        .order(survivor_events::chain)
        .load(conn)
}

/// Gives `chain` a head of its own, empty, unless it has one; answers whether
/// it was new. For a node's chain, in the transaction that records its start.
pub fn add_head(conn: &mut DbConnection, chain: &str) -> QueryResult<bool> {
    if head(conn, chain)?.is_some() {
        return Ok(false);
    }
    diesel::insert_into(audit_heads::table)
        .values((
            audit_heads::chain.eq(chain),
            audit_heads::last_id.eq(0i64),
            audit_heads::last_hash.eq(vec![0u8; 32]),
        ))
        .execute(conn)?;
    Ok(true)
}

#[derive(QueryableByName)]
struct NextId {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    id: i64,
}

/// `n` fresh survivor event ids, in increasing order, from the counter every
/// survivor chain shares. On PostgreSQL a sequence hands them out without a
/// lock; SQLite's single writer (held by the caller's transaction) makes the
/// largest id used so far safe to count on.
fn next_survivor_ids(conn: &mut DbConnection, n: usize) -> QueryResult<Vec<i64>> {
    use diesel::sql_types::BigInt;
    let mut ids: Vec<i64> = match conn {
        DbConnection::Postgres(c) => diesel::sql_query(
            "SELECT nextval('survivor_events_id_seq') AS id FROM generate_series(1, $1)",
        )
        .bind::<BigInt, _>(n as i64)
        .load::<NextId>(c)?
        .into_iter()
        .map(|r| r.id)
        .collect(),
        DbConnection::Sqlite(c) => {
            let last = diesel::sql_query(
                "SELECT MAX(COALESCE((SELECT MAX(id) FROM survivor_events), 0), \
                 COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'survivor_events'), 0)) AS id",
            )
            .get_result::<NextId>(c)?
            .id;
            (1..=n as i64).map(|i| last + i).collect()
        }
    };
    ids.sort_unstable();
    Ok(ids)
}

/// A staff event to append.
pub struct StaffEvent<'a> {
    pub at: &'a str,
    pub staff_id: Option<i64>,
    pub action: &'a str,
    pub submission_id: Option<i64>,
    pub detail: &'a str,
}

/// A survivor event to append.
pub struct SurvivorEvent<'a> {
    pub day: &'a str,
    pub action: &'a str,
    pub submission_id: i64,
    pub detail: &'a str,
}

/// Appends staff events in the caller's transaction.
pub fn append_staff(
    conn: &mut DbConnection,
    events: &[StaffEvent<'_>],
    linker: Linker<'_>,
) -> QueryResult<()> {
    if events.is_empty() {
        return Ok(());
    }
    let (mut last_id, mut last_hash) = lock_head(conn, Chain::Staff.as_str())?;
    for e in events {
        let mut row = StaffEventRow {
            id: last_id + 1,
            at: e.at.to_owned(),
            staff_id: e.staff_id,
            action: e.action.to_owned(),
            submission_id: e.submission_id,
            detail: e.detail.to_owned(),
            prev_hash: last_hash.clone(),
            hash: Vec::new(),
        };
        row.hash = link(linker, &last_hash, &staff_fields(&row));
        diesel::insert_into(staff_events::table)
            .values(&row)
            .execute(conn)?;
        last_id = row.id;
        last_hash = row.hash;
    }
    set_head(conn, Chain::Staff.as_str(), last_id, &last_hash)
}

/// Appends survivor events to `chain` in the caller's transaction. The chain
/// must have a head ([`add_head`]).
pub fn append_survivor(
    conn: &mut DbConnection,
    chain: &str,
    events: &[SurvivorEvent<'_>],
    linker: Linker<'_>,
) -> QueryResult<()> {
    if events.is_empty() {
        return Ok(());
    }
    let (mut last_position, mut last_hash) = lock_head(conn, chain)?;
    let ids = next_survivor_ids(conn, events.len())?;
    let mut rows = Vec::with_capacity(events.len());
    for (e, id) in events.iter().zip(ids) {
        let mut row = SurvivorEventRow {
            id,
            chain: chain.to_owned(),
            position: last_position + 1,
            day: e.day.to_owned(),
            action: e.action.to_owned(),
            submission_id: e.submission_id,
            detail: e.detail.to_owned(),
            prev_hash: last_hash.clone(),
            hash: Vec::new(),
        };
        row.hash = link(linker, &last_hash, &survivor_fields(&row));
        last_position = row.position;
        last_hash = row.hash.clone();
        rows.push(row);
    }
    // On PostgreSQL, one statement for a whole group commit's events (a round
    // trip each would add up); SQLite runs in process.
    match conn {
        DbConnection::Postgres(c) => {
            diesel::insert_into(survivor_events::table)
                .values(&rows)
                .execute(c)?;
        }
        DbConnection::Sqlite(c) => {
            for row in &rows {
                diesel::insert_into(survivor_events::table)
                    .values(row)
                    .execute(c)?;
            }
        }
    }
    set_head(conn, chain, last_position, &last_hash)
}

/// Staff events with ids after `after`, oldest first, at most `limit`.
pub fn staff_after(
    conn: &mut DbConnection,
    after: i64,
    limit: i64,
) -> QueryResult<Vec<StaffEventRow>> {
    staff_events::table
        .filter(staff_events::id.gt(after))
        .order(staff_events::id)
        .limit(limit)
        .select(StaffEventRow::as_select())
        .load(conn)
}

/// Survivor events with ids after `after`, oldest first, at most `limit`, of
/// every chain.
pub fn survivor_after(
    conn: &mut DbConnection,
    after: i64,
    limit: i64,
) -> QueryResult<Vec<SurvivorEventRow>> {
    survivor_events::table
        .filter(survivor_events::id.gt(after))
        .order(survivor_events::id)
        .limit(limit)
        .select(SurvivorEventRow::as_select())
        .load(conn)
}

/// The events of survivor chain `chain` after position `after`, in chain
/// order, at most `limit`.
pub fn survivor_chain_after(
    conn: &mut DbConnection,
    chain: &str,
    after: i64,
    limit: i64,
) -> QueryResult<Vec<SurvivorEventRow>> {
    survivor_events::table
        .filter(survivor_events::chain.eq(chain))
        .filter(survivor_events::position.gt(after))
        .order(survivor_events::position)
        .limit(limit)
        .select(SurvivorEventRow::as_select())
        .load(conn)
}

/// The newest staff events, newest first, for the audit page.
pub fn staff_page(
    conn: &mut DbConnection,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<StaffEventRow>, i64)> {
    let total = staff_events::table.count().get_result(conn)?;
    let rows = staff_events::table
        .order(staff_events::id.desc())
        .offset(offset)
        .limit(limit)
        .select(StaffEventRow::as_select())
        .load(conn)?;
    Ok((rows, total))
}

pub fn survivor_page(
    conn: &mut DbConnection,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<SurvivorEventRow>, i64)> {
    let total = survivor_events::table.count().get_result(conn)?;
    let rows = survivor_events::table
        .order(survivor_events::id.desc())
        .offset(offset)
        .limit(limit)
        .select(SurvivorEventRow::as_select())
        .load(conn)?;
    Ok((rows, total))
}

/// Everything that happened to one submission, on both chains.
pub fn of_submission(
    conn: &mut DbConnection,
    submission_id: i64,
) -> QueryResult<(Vec<StaffEventRow>, Vec<SurvivorEventRow>)> {
    let staff = staff_events::table
        .filter(staff_events::submission_id.eq(submission_id))
        .order(staff_events::id)
        .select(StaffEventRow::as_select())
        .load(conn)?;
    let survivor = survivor_events::table
        .filter(survivor_events::submission_id.eq(submission_id))
        .order(survivor_events::id)
        .select(SurvivorEventRow::as_select())
        .load(conn)?;
    Ok((staff, survivor))
}

/// How many distinct items `staff_id` opened (read the words of) since `since`
/// (a UTC minute string; `YYYY-MM-DD` means the start of that day).
pub fn opened_since(conn: &mut DbConnection, staff_id: i64, since: &str) -> QueryResult<Vec<i64>> {
    let ids: Vec<Option<i64>> = staff_events::table
        .filter(staff_events::staff_id.eq(staff_id))
        .filter(staff_events::action.eq("opened"))
        .filter(staff_events::at.ge(since))
        .select(staff_events::submission_id)
        .distinct()
        .load(conn)?;
    Ok(ids.into_iter().flatten().collect())
}

/// Whether any staff member has opened (read) item `id`.
pub fn opened_by_anyone(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    use diesel::dsl::exists;
    diesel::select(exists(
        staff_events::table
            .filter(staff_events::submission_id.eq(id))
            .filter(staff_events::action.eq("opened")),
    ))
    .get_result(conn)
}
