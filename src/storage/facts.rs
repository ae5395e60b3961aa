//! Aggregation facts and digest quotes. No row refers to a submission; the ids
//! that let a withdrawal remove them live only inside the encrypted review
//! record.

use diesel::prelude::*;

use std::collections::BTreeMap;

use crate::domain::facts::{Fact, FactColumns, Tallies, Tally};

use super::schema::{digest_quotes, fact_tallies, facts};
use super::DbConnection;

/// Runs `$body` with `$c` bound to the backend's own connection.
macro_rules! on_each_backend {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            DbConnection::Sqlite($c) => $body,
            DbConnection::Postgres($c) => $body,
        }
    };
}

/// Stores a fact and adds it to its month's running totals; returns its id, a
/// random one (see [`crate::crypto::random_row_id`]): a fact is written in the
/// same transaction as an audit event naming its submission, and ids counted up
/// would pair them. Call it inside a write transaction, so the totals never
/// disagree with the facts.
pub fn insert(conn: &mut DbConnection, fact: &Fact) -> QueryResult<i64> {
    add_to_tallies(conn, &fact.month, &fact.tallies(), 1)?;
    let id = crate::crypto::random_row_id();
    diesel::insert_into(facts::table)
        .values((
            facts::id.eq(id),
            facts::month.eq(&fact.month),
            facts::language.eq(&fact.language),
            facts::kind.eq(fact.kind.as_str()),
            facts::service.eq(fact.service.as_deref()),
            facts::region.eq(fact.region.map(|r| r.key())),
            facts::age_band.eq(fact.age_band.map(|a| a.key())),
            facts::themes.eq(fact.themes_column()),
            facts::answers.eq(fact.answers_column()),
        ))
        .execute(conn)?;
    Ok(id)
}

/// The month a fact counts in, if it is still there.
pub fn month_of(conn: &mut DbConnection, id: i64) -> QueryResult<Option<String>> {
    facts::table
        .filter(facts::id.eq(id))
        .select(facts::month)
        .first(conn)
        .optional()
}

/// Removes a fact and takes it out of its month's running totals (inside a
/// write transaction, like [`insert`]).
pub fn delete(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    let Some(row) = facts::table
        .filter(facts::id.eq(id))
        .select(FactRow::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(false);
    };
    add_to_tallies(conn, &row.month, &row.columns().tallies(), -1)?;
    Ok(diesel::delete(facts::table.filter(facts::id.eq(id))).execute(conn)? > 0)
}

/// Adds `delta` to each of `tallies` in `month`. One statement, its rows in
/// key order, so two nodes adding to the same totals at once take their row
/// locks in the same order and never deadlock.
fn add_to_tallies(
    conn: &mut DbConnection,
    month: &str,
    tallies: &[Tally],
    delta: i64,
) -> QueryResult<()> {
    let mut keys: Vec<String> = tallies.iter().map(Tally::key).collect();
    keys.sort();
    keys.dedup();
    let rows: Vec<_> = keys
        .iter()
        .map(|slot| {
            (
                fact_tallies::month.eq(month),
                fact_tallies::slot.eq(slot),
                fact_tallies::n.eq(delta),
            )
        })
        .collect();
    // Upserts and multi-row inserts are SQL each backend has but Diesel's
    // two-backend connection does not express, so each backend runs its own.
    on_each_backend!(conn, c => diesel::insert_into(fact_tallies::table)
        .values(&rows)
        .on_conflict((fact_tallies::month, fact_tallies::slot))
        .do_update()
        .set(fact_tallies::n.eq(fact_tallies::n + diesel::upsert::excluded(fact_tallies::n)))
        .execute(c))?;
    Ok(())
}

/// The running totals of the months `from..=to` (`YYYY-MM`), summed. A stored
/// name this version does not know is left out.
pub fn tallies(conn: &mut DbConnection, from: &str, to: &str) -> QueryResult<Tallies> {
    let rows: Vec<(String, i64)> = fact_tallies::table
        .filter(fact_tallies::month.ge(from))
        .filter(fact_tallies::month.le(to))
        .select((fact_tallies::slot, fact_tallies::n))
        .load(conn)?;
    let mut out = Tallies::default();
    for (slot, n) in rows {
        if let Some(tally) = Tally::parse(&slot) {
            out.add(tally, n);
        }
    }
    Ok(out)
}

/// Recomputes every running total from the facts themselves (inside a write
/// transaction): for facts written before the totals existed, and as the
/// reference the totals are tested against.
pub fn retally(conn: &mut DbConnection) -> QueryResult<()> {
    diesel::delete(fact_tallies::table).execute(conn)?;
    let groups: Vec<(FactRow, i64)> = facts::table
        .group_by((
            facts::month,
            facts::language,
            facts::kind,
            facts::service,
            facts::region,
            facts::age_band,
            facts::themes,
            facts::answers,
        ))
        .select((FactRow::as_select(), diesel::dsl::count_star()))
        .load(conn)?;
    let mut totals: BTreeMap<(String, String), i64> = BTreeMap::new();
    for (fact, n) in &groups {
        for tally in fact.columns().tallies() {
            *totals.entry((fact.month.clone(), tally.key())).or_default() += n;
        }
    }
    let rows: Vec<_> = totals
        .iter()
        .map(|((month, slot), n)| {
            (
                fact_tallies::month.eq(month),
                fact_tallies::slot.eq(slot),
                fact_tallies::n.eq(*n),
            )
        })
        .collect();
    for chunk in rows.chunks(500) {
        on_each_backend!(conn, c => diesel::insert_into(fact_tallies::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

/// Whether there are facts but no running totals: facts written before the
/// totals existed, which [`retally`] counts once.
pub fn needs_retally(conn: &mut DbConnection) -> QueryResult<bool> {
    let any_fact: Option<i64> = facts::table.select(facts::id).first(conn).optional()?;
    let any_tally: Option<String> = fact_tallies::table
        .select(fact_tallies::slot)
        .first(conn)
        .optional()?;
    Ok(any_fact.is_some() && any_tally.is_none())
}

/// A fact's columns.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = facts)]
pub struct FactRow {
    pub month: String,
    pub language: String,
    pub kind: String,
    pub service: Option<String>,
    pub region: Option<String>,
    pub age_band: Option<String>,
    pub themes: String,
    pub answers: String,
}

impl FactRow {
    pub fn columns(&self) -> FactColumns<'_> {
        FactColumns {
            language: &self.language,
            kind: &self.kind,
            service: self.service.as_deref(),
            region: self.region.as_deref(),
            age_band: self.age_band.as_deref(),
            themes: &self.themes,
            answers: &self.answers,
        }
    }
}

/// Every month that has facts, oldest first.
pub fn months(conn: &mut DbConnection) -> QueryResult<Vec<String>> {
    facts::table
        .select(facts::month)
        .distinct()
        .order(facts::month)
        .load(conn)
}

/// A consented quote as it is kept for digests.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = digest_quotes)]
pub struct QuoteRow {
    pub id: i64,
    pub month: String,
    pub language: String,
    /// Theme keys separated by spaces.
    pub themes: String,
    /// Content-warning keys separated by spaces.
    pub content_warnings: String,
    pub body: String,
}

#[derive(Insertable)]
#[diesel(table_name = digest_quotes)]
pub struct NewQuote<'a> {
    pub month: &'a str,
    pub language: &'a str,
    pub themes: &'a str,
    pub content_warnings: &'a str,
    pub body: &'a str,
}

/// Stores a quote under a random id (as [`insert`] does for facts).
pub fn insert_quote(conn: &mut DbConnection, quote: &NewQuote<'_>) -> QueryResult<i64> {
    let id = crate::crypto::random_row_id();
    diesel::insert_into(digest_quotes::table)
        .values((digest_quotes::id.eq(id), quote))
        .execute(conn)?;
    Ok(id)
}

pub fn delete_quote(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    Ok(diesel::delete(digest_quotes::table.filter(digest_quotes::id.eq(id))).execute(conn)? > 0)
}

/// The quotes of the months `from..=to`, oldest month first (within a month in
/// the order of their random ids).
pub fn quotes(conn: &mut DbConnection, from: &str, to: &str) -> QueryResult<Vec<QuoteRow>> {
    digest_quotes::table
        .filter(digest_quotes::month.ge(from))
        .filter(digest_quotes::month.le(to))
        .order((digest_quotes::month, digest_quotes::id))
        .select(QuoteRow::as_select())
        .load(conn)
}
