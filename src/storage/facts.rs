//! Aggregation facts and digest quotes. No row refers to a submission; the ids
//! that let a withdrawal remove them live only inside the encrypted review
//! record.

use diesel::prelude::*;

use crate::domain::facts::Fact;

use super::schema::{digest_quotes, facts};
use super::DbConnection;

/// Stores a fact; returns its id.
pub fn insert(conn: &mut DbConnection, fact: &Fact) -> QueryResult<i64> {
    diesel::insert_into(facts::table)
        .values((
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
    super::last_insert_id(conn, "facts")
}

/// The month a fact counts in, if it is still there.
pub fn month_of(conn: &mut DbConnection, id: i64) -> QueryResult<Option<String>> {
    facts::table
        .filter(facts::id.eq(id))
        .select(facts::month)
        .first(conn)
        .optional()
}

pub fn delete(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    Ok(diesel::delete(facts::table.filter(facts::id.eq(id))).execute(conn)? > 0)
}

/// One distinct combination of fact columns and how many facts have it.
#[derive(Debug, Clone, Queryable)]
pub struct FactGroup {
    pub language: String,
    pub kind: String,
    pub service: Option<String>,
    pub region: Option<String>,
    pub age_band: Option<String>,
    pub themes: String,
    pub answers: String,
    pub n: i64,
}

/// The facts of the months `from..=to` (`YYYY-MM`), grouped: the database
/// counts identical rows, so a digest reads each combination once.
pub fn grouped(conn: &mut DbConnection, from: &str, to: &str) -> QueryResult<Vec<FactGroup>> {
    let columns = (
        facts::language,
        facts::kind,
        facts::service,
        facts::region,
        facts::age_band,
        facts::themes,
        facts::answers,
    );
    facts::table
        .filter(facts::month.ge(from))
        .filter(facts::month.le(to))
        .group_by(columns)
        .select((
            facts::language,
            facts::kind,
            facts::service,
            facts::region,
            facts::age_band,
            facts::themes,
            facts::answers,
            diesel::dsl::count_star(),
        ))
        .load(conn)
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

pub fn insert_quote(conn: &mut DbConnection, quote: &NewQuote<'_>) -> QueryResult<i64> {
    diesel::insert_into(digest_quotes::table)
        .values(quote)
        .execute(conn)?;
    super::last_insert_id(conn, "digest_quotes")
}

pub fn delete_quote(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    Ok(diesel::delete(digest_quotes::table.filter(digest_quotes::id.eq(id))).execute(conn)? > 0)
}

/// The quotes of the months `from..=to`, oldest first.
pub fn quotes(conn: &mut DbConnection, from: &str, to: &str) -> QueryResult<Vec<QuoteRow>> {
    digest_quotes::table
        .filter(digest_quotes::month.ge(from))
        .filter(digest_quotes::month.le(to))
        .order(digest_quotes::id)
        .select(QuoteRow::as_select())
        .load(conn)
}
