//! Released digests, "you said, we did" responses and digest API tokens.
//! No cryptography here: the caller supplies each hash. A released digest is
//! only inserted and read, never updated.

use diesel::prelude::*;

use super::schema::{api_tokens, digest_responses, digests};
use super::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = digests)]
pub struct DigestRow {
    pub period: String,
    pub kind: String,
    pub released_on: String,
    pub body: String,
    pub content_hash: Vec<u8>,
}

/// Stores a released digest; `false` if that period was already released
/// (by another node a moment ago): released digests are never replaced.
pub fn insert(conn: &mut DbConnection, row: &DigestRow) -> QueryResult<bool> {
    match diesel::insert_into(digests::table)
        .values(row)
        .execute(conn)
    {
        Ok(_) => Ok(true),
        Err(e) if super::is_unique_violation(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

pub fn by_period(conn: &mut DbConnection, period: &str) -> QueryResult<Option<DigestRow>> {
    digests::table
        .filter(digests::period.eq(period))
        .select(DigestRow::as_select())
        .first(conn)
        .optional()
}

/// Which of `periods` are released.
pub fn released_among(conn: &mut DbConnection, periods: &[String]) -> QueryResult<Vec<String>> {
    digests::table
        .filter(digests::period.eq_any(periods))
        .select(digests::period)
        .load(conn)
}

/// A released digest's period, kind, release day and content hash.
pub type Listed = (String, String, String, Vec<u8>);

/// Every released digest without its body, newest period first.
pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<Listed>> {
    digests::table
        .order(digests::period.desc())
        .select((
            digests::period,
            digests::kind,
            digests::released_on,
            digests::content_hash,
        ))
        .load(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = digest_responses)]
pub struct ResponseRow {
    pub id: i64,
    pub period: String,
    pub theme: String,
    pub language: String,
    pub body: String,
    pub written_on: String,
}

/// What the digest list and the "you said, we did" page show, in four numbers
/// that change whenever it does: how many digests are released (they are never
/// replaced or removed), and how many responses there are and the newest one's
/// id (a replaced response is removed and written again with a new id).
pub fn listing(conn: &mut DbConnection) -> QueryResult<[i64; 4]> {
    use diesel::dsl::{count_star, max};
    let released: i64 = digests::table.select(count_star()).first(conn)?;
    let (responses, last): (i64, Option<i64>) = digest_responses::table
        .select((count_star(), max(digest_responses::id)))
        .first(conn)?;
    Ok([released, responses, last.unwrap_or(0), 0])
}

/// Sets (or replaces) the response to a theme in one language.
pub fn set_response(
    conn: &mut DbConnection,
    period: &str,
    theme: &str,
    language: &str,
    body: &str,
    day: &str,
) -> QueryResult<()> {
    diesel::delete(
        digest_responses::table
            .filter(digest_responses::period.eq(period))
            .filter(digest_responses::theme.eq(theme))
            .filter(digest_responses::language.eq(language)),
    )
    .execute(conn)?;
    diesel::insert_into(digest_responses::table)
        .values((
            digest_responses::period.eq(period),
            digest_responses::theme.eq(theme),
            digest_responses::language.eq(language),
            digest_responses::body.eq(body),
            digest_responses::written_on.eq(day),
        ))
        .execute(conn)?;
    Ok(())
}

/// Responses, for one period or all, newest period first.
pub fn responses(conn: &mut DbConnection, period: Option<&str>) -> QueryResult<Vec<ResponseRow>> {
    let mut query = digest_responses::table.into_boxed();
    if let Some(p) = period {
        query = query.filter(digest_responses::period.eq(p.to_owned()));
    }
    query
        .order((
            digest_responses::period.desc(),
            digest_responses::theme,
            digest_responses::language,
        ))
        .select(ResponseRow::as_select())
        .load(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = api_tokens)]
pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub created_on: String,
    pub revoked: bool,
}

pub fn insert_token(
    conn: &mut DbConnection,
    name: &str,
    hash: &[u8],
    day: &str,
) -> QueryResult<i64> {
    diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::name.eq(name),
            api_tokens::token_hash.eq(hash),
            api_tokens::created_on.eq(day),
        ))
        .execute(conn)?;
    super::last_insert_id(conn, "api_tokens")
}

/// The live token with this hash.
pub fn token_by_hash(conn: &mut DbConnection, hash: &[u8]) -> QueryResult<Option<i64>> {
    api_tokens::table
        .filter(api_tokens::token_hash.eq(hash))
        .filter(api_tokens::revoked.eq(false))
        .select(api_tokens::id)
        .first(conn)
        .optional()
}

pub fn tokens(conn: &mut DbConnection) -> QueryResult<Vec<TokenRow>> {
    api_tokens::table
        .order(api_tokens::id)
        .select(TokenRow::as_select())
        .load(conn)
}

pub fn revoke_token(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    Ok(diesel::update(
        api_tokens::table
            .filter(api_tokens::id.eq(id))
            .filter(api_tokens::revoked.eq(false)),
    )
    .set(api_tokens::revoked.eq(true))
    .execute(conn)?
        > 0)
}

/// What can change in a released digest as it is shown (quotes withdrawn,
/// responses written): counts and highest ids, so a cached rendering is
/// used only while they stay the same. `None` when `period` is not released.
pub fn freshness(
    conn: &mut DbConnection,
    period: &str,
    first_month: &str,
    last_month: &str,
) -> QueryResult<Option<[i64; 4]>> {
    use super::schema::digest_quotes as q;
    use diesel::dsl::{count_star, max};
    let released: Option<String> = digests::table
        .filter(digests::period.eq(period))
        .select(digests::period)
        .first(conn)
        .optional()?;
    if released.is_none() {
        return Ok(None);
    }
    let (quotes, last_quote): (i64, Option<i64>) = q::table
        .filter(q::month.ge(first_month))
        .filter(q::month.le(last_month))
        .select((count_star(), max(q::id)))
        .first(conn)?;
    let (responses, last_response): (i64, Option<i64>) = digest_responses::table
        .filter(digest_responses::period.eq(period))
        .select((count_star(), max(digest_responses::id)))
        .first(conn)?;
    Ok(Some([
        quotes,
        last_quote.unwrap_or(0),
        responses,
        last_response.unwrap_or(0),
    ]))
}
