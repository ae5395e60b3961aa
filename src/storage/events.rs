//! The audit log: two append-only, hash-chained tables. Staff events carry the
//! minute; survivor events carry the day only and live in a chain of their own, so
//! their place among timed staff events can never date a survivor's visit.
//!
//! Each event's hash covers the previous event's hash and every field of its own;
//! `audit_heads` holds the newest id and hash of each chain, so an event cut from
//! the end is noticed too. Appending locks the chain's head row (PostgreSQL) or
//! runs under SQLite's single writer, so two nodes never fork a chain. The hash
//! function is supplied by the caller: this module does no cryptography.

use diesel::prelude::*;

use super::schema::{audit_heads, staff_events, survivor_events};
use super::DbConnection;

/// Computes an event's hash from the previous hash and the event's fields.
pub type Linker<'a> = &'a (dyn Fn(&[u8], &[&[u8]]) -> Vec<u8> + Sync);

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

/// The fields a survivor event's hash covers, in order.
pub fn survivor_fields(e: &SurvivorEventRow) -> Vec<Vec<u8>> {
    vec![
        e.id.to_string().into_bytes(),
        e.day.clone().into_bytes(),
        e.action.clone().into_bytes(),
        e.submission_id.to_string().into_bytes(),
        e.detail.clone().into_bytes(),
    ]
}

pub fn link(linker: Linker<'_>, prev: &[u8], fields: &[Vec<u8>]) -> Vec<u8> {
    let parts: Vec<&[u8]> = fields.iter().map(Vec::as_slice).collect();
    linker(prev, &parts)
}

/// The newest id and hash of a chain, taking its lock for this transaction.
fn lock_head(conn: &mut DbConnection, chain: Chain) -> QueryResult<(i64, Vec<u8>)> {
    diesel::update(audit_heads::table.filter(audit_heads::chain.eq(chain.as_str())))
        .set(audit_heads::last_id.eq(audit_heads::last_id))
        .execute(conn)?;
    audit_heads::table
        .filter(audit_heads::chain.eq(chain.as_str()))
        .select((audit_heads::last_id, audit_heads::last_hash))
        .first(conn)
}

fn set_head(conn: &mut DbConnection, chain: Chain, id: i64, hash: &[u8]) -> QueryResult<()> {
    diesel::update(audit_heads::table.filter(audit_heads::chain.eq(chain.as_str())))
        .set((audit_heads::last_id.eq(id), audit_heads::last_hash.eq(hash)))
        .execute(conn)
        .map(|_| ())
}

pub fn head(conn: &mut DbConnection, chain: Chain) -> QueryResult<(i64, Vec<u8>)> {
    audit_heads::table
        .filter(audit_heads::chain.eq(chain.as_str()))
        .select((audit_heads::last_id, audit_heads::last_hash))
        .first(conn)
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
    let (mut last_id, mut last_hash) = lock_head(conn, Chain::Staff)?;
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
    set_head(conn, Chain::Staff, last_id, &last_hash)
}

/// Appends survivor events in the caller's transaction.
pub fn append_survivor(
    conn: &mut DbConnection,
    events: &[SurvivorEvent<'_>],
    linker: Linker<'_>,
) -> QueryResult<()> {
    if events.is_empty() {
        return Ok(());
    }
    let (mut last_id, mut last_hash) = lock_head(conn, Chain::Survivor)?;
    for e in events {
        let mut row = SurvivorEventRow {
            id: last_id + 1,
            day: e.day.to_owned(),
            action: e.action.to_owned(),
            submission_id: e.submission_id,
            detail: e.detail.to_owned(),
            prev_hash: last_hash.clone(),
            hash: Vec::new(),
        };
        row.hash = link(linker, &last_hash, &survivor_fields(&row));
        diesel::insert_into(survivor_events::table)
            .values(&row)
            .execute(conn)?;
        last_id = row.id;
        last_hash = row.hash;
    }
    set_head(conn, Chain::Survivor, last_id, &last_hash)
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
