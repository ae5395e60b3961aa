//! Published stories: the approved, redacted words in clear, because they are
//! public. No row here refers to a submission.

use diesel::prelude::*;

use super::schema::{published_stories, published_themes};
use super::submissions::Counted;
use super::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = published_stories)]
pub struct StoryRow {
    pub id: i64,
    pub language: String,
    pub kind: String,
    pub month: String,
    /// Content-warning keys, joined with spaces.
    pub content_warnings: String,
    pub body: String,
}

#[derive(Insertable)]
#[diesel(table_name = published_stories)]
pub struct NewStory<'a> {
    pub language: &'a str,
    pub kind: &'a str,
    pub month: &'a str,
    pub content_warnings: &'a str,
    pub body: &'a str,
}

/// Stores a story and its themes; returns its id, a random one (see
/// [`crate::crypto::random_row_id`]): a story is published in the same
/// transaction as an audit event naming its submission, and ids counted up
/// would pair them.
pub fn insert(
    conn: &mut DbConnection,
    story: &NewStory<'_>,
    themes: &[String],
) -> QueryResult<i64> {
    let id = crate::crypto::random_row_id();
    diesel::insert_into(published_stories::table)
        .values((published_stories::id.eq(id), story))
        .execute(conn)?;
    for theme in themes {
        diesel::insert_into(published_themes::table)
            .values((
                published_themes::story_id.eq(id),
                published_themes::theme.eq(theme),
                published_themes::language.eq(story.language),
                published_themes::month.eq(story.month),
            ))
            .execute(conn)?;
    }
    Ok(id)
}

/// Removes a story (a withdrawal); `false` if it was already gone.
pub fn delete(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    diesel::delete(published_themes::table.filter(published_themes::story_id.eq(id)))
        .execute(conn)?;
    Ok(
        diesel::delete(published_stories::table.filter(published_stories::id.eq(id)))
            .execute(conn)?
            > 0,
    )
}

pub fn by_id(conn: &mut DbConnection, id: i64) -> QueryResult<Option<StoryRow>> {
    published_stories::table
        .filter(published_stories::id.eq(id))
        .select(StoryRow::as_select())
        .first(conn)
        .optional()
}

/// A summary for the list: everything but the words.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = published_stories)]
pub struct StorySummary {
    pub id: i64,
    pub language: String,
    pub kind: String,
    pub month: String,
    pub content_warnings: String,
}

/// One page of stories, newest month first (within a month in the order of
/// their random ids, which is no order), optionally in one language and theme, and
/// how many there are (exactly up to `submissions::EXACT_COUNT_UP_TO`). The ids
/// come from one range of an index (the theme index when a theme is chosen), then
/// the stories by id.
pub fn page(
    conn: &mut DbConnection,
    language: Option<&str>,
    theme: Option<&str>,
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<StorySummary>, Counted)> {
    let cap = Counted::cap_for(offset, limit);
    let ids: Vec<i64> = match theme {
        None => {
            let mut query = published_stories::table.into_boxed();
            if let Some(language) = language {
                query = query.filter(published_stories::language.eq(language.to_owned()));
            }
            query
                .order((
                    published_stories::month.desc(),
                    published_stories::id.desc(),
                ))
                .limit(cap)
                .select(published_stories::id)
                .load(conn)?
        }
        Some(theme) => {
            let mut query = published_themes::table
                .filter(published_themes::theme.eq(theme.to_owned()))
                .into_boxed();
            if let Some(language) = language {
                query = query.filter(published_themes::language.eq(language.to_owned()));
            }
            query
                .order((
                    published_themes::month.desc(),
                    published_themes::story_id.desc(),
                ))
                .limit(cap)
                .select(published_themes::story_id)
                .load(conn)?
        }
    };
    let counted = Counted::from_found(ids.len() as i64, cap);
    let wanted: Vec<i64> = ids
        .into_iter()
        .skip(offset.max(0) as usize)
        .take(limit.max(0) as usize)
        .collect();
    let rows = published_stories::table
        .filter(published_stories::id.eq_any(wanted))
        .order((
            published_stories::month.desc(),
            published_stories::id.desc(),
        ))
        .select(StorySummary::as_select())
        .load(conn)?;
    Ok((rows, counted))
}

/// The themes of each story in `ids`.
pub fn themes_of(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<(i64, String)>> {
    published_themes::table
        .filter(published_themes::story_id.eq_any(ids))
        .order((published_themes::story_id, published_themes::theme))
        .select((published_themes::story_id, published_themes::theme))
        .load(conn)
}

/// Which release of the published stories this is: how many there are and the
/// newest id. Stories are only inserted (ids never repeat on either database)
/// or deleted, so any change moves one of the two; kept stories pages are
/// dropped when it moves (`web::compression::PageCache`).
pub fn release(conn: &mut DbConnection) -> QueryResult<(i64, i64)> {
    use diesel::dsl::{count_star, max};
    let (count, newest): (i64, Option<i64>) = published_stories::table
        .select((count_star(), max(published_stories::id)))
        .first(conn)?;
    Ok((count, newest.unwrap_or(0)))
}
