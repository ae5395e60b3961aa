//! Submissions as the database sees them: clear metadata (kind, language, state,
//! day) and opaque encrypted blobs.

use diesel::prelude::*;

use super::schema::submissions;
use super::DbConnection;

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = submissions)]
pub struct NewSubmission {
    pub receipt_hash: Vec<u8>,
    pub kind: String,
    pub language: String,
    pub state: String,
    pub received_on: String,
    pub org_sealed_key: Option<Vec<u8>>,
    pub receipt_wrapped_key: Option<Vec<u8>>,
    pub payload: Option<Vec<u8>>,
    /// Set by the writer when it seals the data key to the active key.
    pub org_key_id: Option<i64>,
    /// The safeguarding level found at intake (0 none, 1 concern, 2 urgent).
    pub priority: i64,
    pub changed_on: Option<String>,
    /// Set by the writer with `org_key_id`: the key era of this data key.
    pub data_key_era: Option<i64>,
    /// The queue list of the state (see `ModerationState::queue_group`).
    pub queue_group: i64,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = submissions)]
pub struct SubmissionRow {
    pub id: i64,
    pub receipt_hash: Vec<u8>,
    pub kind: String,
    pub language: String,
    pub state: String,
    pub received_on: String,
    pub org_sealed_key: Option<Vec<u8>>,
    pub receipt_wrapped_key: Option<Vec<u8>>,
    pub payload: Option<Vec<u8>>,
    pub org_key_id: Option<i64>,
    pub priority: i64,
    pub version: i64,
    pub claimed_by: Option<i64>,
    pub claim_expires_at: Option<i64>,
    pub changed_on: Option<String>,
    pub declined_by: Option<i64>,
    pub second_look_used: bool,
    pub publish_requested_by: Option<i64>,
    pub survivor_waiting: bool,
    pub review: Option<Vec<u8>>,
    pub data_key_era: Option<i64>,
    pub queue_group: i64,
}

/// Inserts several submissions with one statement each, in the caller's transaction.
pub fn insert_all(conn: &mut DbConnection, items: &[NewSubmission]) -> QueryResult<()> {
    for item in items {
        diesel::insert_into(submissions::table)
            .values(item)
            .execute(conn)?;
    }
    Ok(())
}

pub fn by_id(conn: &mut DbConnection, id: i64) -> QueryResult<Option<SubmissionRow>> {
    submissions::table
        .filter(submissions::id.eq(id))
        .select(SubmissionRow::as_select())
        .first(conn)
        .optional()
}

/// The ids of the submissions with these receipt hashes, in their order (one
/// query for a whole group commit); `None` where none has that hash.
pub fn ids_of(conn: &mut DbConnection, receipt_hashes: &[&[u8]]) -> QueryResult<Vec<Option<i64>>> {
    let found: Vec<(Vec<u8>, i64)> = submissions::table
        .filter(submissions::receipt_hash.eq_any(receipt_hashes))
        .select((submissions::receipt_hash, submissions::id))
        .load(conn)?;
    let found: std::collections::HashMap<Vec<u8>, i64> = found.into_iter().collect();
    Ok(receipt_hashes
        .iter()
        .map(|hash| found.get(*hash).copied())
        .collect())
}

/// The id of the submission with this receipt hash.
pub fn id_of(conn: &mut DbConnection, receipt_hash: &[u8]) -> QueryResult<Option<i64>> {
    submissions::table
        .filter(submissions::receipt_hash.eq(receipt_hash))
        .select(submissions::id)
        .first(conn)
        .optional()
}

pub fn by_receipt_hash(conn: &mut DbConnection, hash: &[u8]) -> QueryResult<Option<SubmissionRow>> {
    submissions::table
        .filter(submissions::receipt_hash.eq(hash))
        .select(SubmissionRow::as_select())
        .first(conn)
        .optional()
}

pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
    submissions::table.count().get_result(conn)
}

/// Only rows that still hold their words: a read-then-write (a re-seal) must never put a key or payload back onto a tombstone. On PostgreSQL,
/// READ COMMITTED re-checks this condition on the newest row version, so a
/// withdrawal that commits between the read and the write makes the write match
/// nothing instead of resurrecting the words.
macro_rules! still_holding_words {
    ($id:expr) => {
        submissions::table
            .filter(submissions::id.eq($id))
            .filter(submissions::org_sealed_key.is_not_null())
            .filter(submissions::state.ne("withdrawn"))
    };
}

/// Crypto-shreds a submission: every wrapped copy of its data key, its
/// ciphertext, its review record, messages and edited versions are deleted,
/// leaving a content-free tombstone in `state` (`withdrawn`, or `declined` when
/// retention purges a declined item).
/// `queue_group` is the state's queue list (see `ModerationState::queue_group`).
pub fn shred(
    conn: &mut DbConnection,
    id: i64,
    state: &str,
    queue_group: i64,
    day: &str,
) -> QueryResult<()> {
    diesel::delete(
        super::schema::messages::table.filter(super::schema::messages::submission_id.eq(id)),
    )
    .execute(conn)?;
    diesel::delete(
        super::schema::proposals::table.filter(super::schema::proposals::submission_id.eq(id)),
    )
    .execute(conn)?;
    diesel::delete(
        super::schema::staff_notes::table.filter(super::schema::staff_notes::submission_id.eq(id)),
    )
    .execute(conn)?;
    diesel::update(submissions::table.filter(submissions::id.eq(id)))
        .set((
            submissions::payload.eq(None::<Vec<u8>>),
            submissions::org_sealed_key.eq(None::<Vec<u8>>),
            submissions::org_key_id.eq(None::<i64>),
            submissions::receipt_wrapped_key.eq(None::<Vec<u8>>),
            submissions::review.eq(None::<Vec<u8>>),
            submissions::data_key_era.eq(None::<i64>),
            submissions::claimed_by.eq(None::<i64>),
            submissions::claim_expires_at.eq(None::<i64>),
            submissions::publish_requested_by.eq(None::<i64>),
            submissions::survivor_waiting.eq(false),
            submissions::state.eq(state),
            submissions::queue_group.eq(queue_group),
            submissions::changed_on.eq(day),
            submissions::version.eq(submissions::version + 1),
        ))
        .execute(conn)
        .map(|_| ())
}

/// A change of moderation state and what goes with it, applied only if the row
/// is still at `version` (nobody else changed it meanwhile).
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = submissions, treat_none_as_null = true)]
pub struct Transition {
    pub state: String,
    pub queue_group: i64,
    pub claimed_by: Option<i64>,
    pub claim_expires_at: Option<i64>,
    pub changed_on: Option<String>,
    pub declined_by: Option<i64>,
    pub second_look_used: bool,
    pub publish_requested_by: Option<i64>,
    pub survivor_waiting: bool,
    pub priority: i64,
}

/// Applies `change` if the row is still at `version`; `false` if someone else
/// changed (or withdrew) it first.
pub fn apply(
    conn: &mut DbConnection,
    id: i64,
    version: i64,
    change: &Transition,
) -> QueryResult<bool> {
    let updated = diesel::update(
        submissions::table
            .filter(submissions::id.eq(id))
            .filter(submissions::version.eq(version))
            .filter(submissions::state.ne("withdrawn")),
    )
    .set((change, submissions::version.eq(version + 1)))
    .execute(conn)?;
    Ok(updated == 1)
}

/// Replaces the review record, if the row is still at `version`.
pub fn set_review(
    conn: &mut DbConnection,
    id: i64,
    version: i64,
    review: &[u8],
    priority: i64,
) -> QueryResult<bool> {
    let updated = diesel::update(
        submissions::table
            .filter(submissions::id.eq(id))
            .filter(submissions::version.eq(version))
            .filter(submissions::state.ne("withdrawn")),
    )
    .set((
        submissions::review.eq(review),
        submissions::priority.eq(priority),
        submissions::version.eq(version + 1),
    ))
    .execute(conn)?;
    Ok(updated == 1)
}

/// What the review queue shows of a submission: never any text.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = submissions)]
pub struct QueueRow {
    pub id: i64,
    pub kind: String,
    pub language: String,
    pub state: String,
    pub received_on: String,
    pub priority: i64,
    pub claimed_by: Option<i64>,
    pub claim_expires_at: Option<i64>,
    pub survivor_waiting: bool,
}

/// Which items a queue page lists.
#[derive(Debug, Clone, Default)]
pub struct QueueQuery {
    /// Queue lists (`ModerationState::queue_group`); empty for every list but
    /// withdrawn items', in order: needs action, waiting, done, not published.
    pub groups: Vec<i64>,
    pub language: Option<String>,
    /// One safeguarding level, or every level (most urgent first).
    pub priority: Option<i64>,
    /// Only items whose survivor waits for an answer (any list).
    pub survivor_waiting: bool,
    /// Languages listed first within each level.
    pub preferred_languages: Vec<String>,
    /// Used when `cursor` is `None`: how many items to skip (a typed-in page).
    pub offset: i64,
    pub limit: i64,
    /// Where the page starts or ends, from the link of the page before or after
    /// it: the page costs what the first does, however deep it lies.
    pub cursor: Option<QueueCursor>,
}

/// An item's place in the queue's order, every key of it: the list (`None`
/// for the items whose survivor waits), the level, whether the item is in the
/// reader's languages (0) or the others (1), and its id, which breaks ties.
/// It names no words: only what the queue page shows of the item already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueuePosition {
    pub list: Option<i64>,
    pub priority: i64,
    pub part: i64,
    pub id: i64,
}

impl QueuePosition {
    /// The text a link carries, such as `0.2.1.4711`.
    pub fn token(&self) -> String {
        let list = match self.list {
            Some(g) => g.to_string(),
            None => "w".to_owned(),
        };
        format!("{list}.{}.{}.{}", self.priority, self.part, self.id)
    }

    /// Reads [`QueuePosition::token`]'s text; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let mut keys = text.split('.');
        let list = match keys.next()? {
            "w" => None,
            g => Some(g.parse::<i64>().ok().filter(|g| (0..=3).contains(g))?),
        };
        let priority = keys
            .next()?
            .parse::<i64>()
            .ok()
            .filter(|p| (0..=2).contains(p))?;
        let part = keys
            .next()?
            .parse::<i64>()
            .ok()
            .filter(|p| (0..=1).contains(p))?;
        let id = keys.next()?.parse::<i64>().ok()?;
        if keys.next().is_some() {
            return None;
        }
        Some(QueuePosition {
            list,
            priority,
            part,
            id,
        })
    }
}

/// A page read from a position: the items after it, or the items before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueCursor {
    After(QueuePosition),
    Before(QueuePosition),
}

/// One page of the queue and where it lies.
#[derive(Debug, Clone, Default)]
pub struct QueueSlice {
    pub rows: Vec<QueueRow>,
    pub total: Counted,
    /// The first and last rows' positions (both `None` on an empty page).
    pub first: Option<QueuePosition>,
    pub last: Option<QueuePosition>,
    /// Whether items come before the first row, or after the last.
    pub more_before: bool,
    pub more_after: bool,
    /// Whether the page is the first (a cursor that reached the start).
    pub at_start: bool,
}

/// The position a cursor names is not a place in this queue: a damaged link,
/// or one made for other filters or another reader's languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownPosition;

/// The languages one segment of the queue holds.
#[derive(Debug, Clone)]
enum Languages {
    Any,
    OneOf(Vec<String>),
    NoneOf(Vec<String>),
}

/// One ordered segment: a queue list (or, with `None`, the items whose survivor
/// waits), a level, and a set of languages.
#[derive(Debug, Clone)]
struct Segment {
    group: Option<i64>,
    priority: i64,
    /// Which of the segment's languages: 0 the reader's (or all), 1 the others.
    part: i64,
    languages: Languages,
}

impl Segment {
    fn position(&self, id: i64) -> QueuePosition {
        QueuePosition {
            list: self.group,
            priority: self.priority,
            part: self.part,
            id,
        }
    }

    fn holds(&self, p: &QueuePosition) -> bool {
        self.group == p.list && self.priority == p.priority && self.part == p.part
    }
}

/// The queue is read as ordered segments: for each list (needs action, waiting
/// for the survivor, done, not published), each level (most urgent first), the
/// reader's languages and then the others, each segment oldest first. Each is one
/// range of a covering index, read in order, so a page costs its own rows and one
/// count per list, never a sort of the whole queue.
fn segments(q: &QueueQuery) -> Vec<Segment> {
    let groups: Vec<Option<i64>> = if q.survivor_waiting {
        vec![None]
    } else if q.groups.is_empty() {
        vec![Some(0), Some(1), Some(2), Some(3)]
    } else {
        q.groups.iter().map(|g| Some(*g)).collect()
    };
    let levels: Vec<i64> = match q.priority {
        Some(p) => vec![p],
        None => vec![2, 1, 0],
    };
    let languages = match (&q.language, q.preferred_languages.is_empty()) {
        (Some(one), _) => vec![Languages::OneOf(vec![one.clone()])],
        (None, true) => vec![Languages::Any],
        (None, false) => vec![
            Languages::OneOf(q.preferred_languages.clone()),
            Languages::NoneOf(q.preferred_languages.clone()),
        ],
    };
    let mut out = Vec::new();
    for group in &groups {
        for priority in &levels {
            for (part, l) in languages.iter().enumerate() {
                out.push(Segment {
                    group: *group,
                    priority: *priority,
                    part: part as i64,
                    languages: l.clone(),
                });
            }
        }
    }
    out
}

macro_rules! in_list {
    ($group:expr) => {{
        let query = submissions::table.into_boxed();
        match $group {
            // Withdrawn items never wait: a withdrawal clears the flag.
            None => query.filter(submissions::survivor_waiting.eq(true)),
            Some(g) => query.filter(submissions::queue_group.eq(g)),
        }
    }};
}

/// How many items one segment holds, up to `cap`: the ids are read from an index
/// of (list, level, language), at most `cap` of them, so counting a long queue
/// costs no more than the pages anyone can reach.
fn segment_size(conn: &mut DbConnection, part: &Segment, cap: i64) -> QueryResult<i64> {
    if cap <= 0 {
        return Ok(0);
    }
    let mut query = in_list!(part.group).filter(submissions::priority.eq(part.priority));
    match &part.languages {
        Languages::Any => {}
        Languages::OneOf(list) => query = query.filter(submissions::language.eq_any(list.clone())),
        Languages::NoneOf(list) => query = query.filter(submissions::language.ne_all(list.clone())),
    }
    let ids: Vec<i64> = query.select(submissions::id).limit(cap).load(conn)?;
    Ok(ids.len() as i64)
}

/// How many items matched: exactly `total`, or (`more`) more than `total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counted {
    pub total: i64,
    pub more: bool,
}

impl Counted {
    /// Counts exact up to `EXACT_COUNT_UP_TO`, or to the end of the page asked for
    /// when it lies deeper: how many to read at most (one more than counted).
    pub fn cap_for(offset: i64, limit: i64) -> i64 {
        (offset.max(0) + limit.max(0)).max(EXACT_COUNT_UP_TO) + 1
    }

    /// The count from `found` items read with [`Counted::cap_for`]'s `cap`.
    pub fn from_found(found: i64, cap: i64) -> Self {
        if found >= cap {
            Counted {
                total: cap - 1,
                more: true,
            }
        } else {
            Counted {
                total: found,
                more: false,
            }
        }
    }

    /// How many pages of `page_size` the count fills (at least one); with
    /// `more`, there are further pages after these.
    pub fn pages(&self, page_size: i64) -> i64 {
        ((self.total + page_size - 1) / page_size.max(1)).max(1)
    }
}

/// Counts are exact up to this many items (or further, for a deeper page).
pub const EXACT_COUNT_UP_TO: i64 = 1_000;

/// One page of the queue (see [`segments`]), and how many items match.
pub fn queue(conn: &mut DbConnection, q: &QueueQuery) -> QueryResult<(Vec<QueueRow>, Counted)> {
    let slice = queue_page(conn, q)?.unwrap_or_default();
    Ok((slice.rows, slice.total))
}

/// How many items the segments hold, each up to what is left of `cap`.
fn segment_sizes(
    conn: &mut DbConnection,
    parts: &[Segment],
    cap: i64,
) -> QueryResult<(Vec<i64>, Counted)> {
    let mut sizes = Vec::with_capacity(parts.len());
    let mut counted = 0;
    for part in parts {
        let n = segment_size(conn, part, cap - counted)?;
        counted += n;
        sizes.push(n);
    }
    Ok((sizes, Counted::from_found(counted, cap)))
}

macro_rules! segment_rows {
    ($part:expr) => {{
        let part = $part;
        let mut query = in_list!(part.group).filter(submissions::priority.eq(part.priority));
        match &part.languages {
            Languages::Any => {}
            Languages::OneOf(list) => {
                query = query.filter(submissions::language.eq_any(list.clone()))
            }
            Languages::NoneOf(list) => {
                query = query.filter(submissions::language.ne_all(list.clone()))
            }
        }
        query
    }};
}

/// One page of the queue: from `q.cursor` when there is one (read by key, so
/// it costs what the first page does), else from `q.offset`. `None` when the
/// cursor names no place in this queue.
pub fn queue_page(
    conn: &mut DbConnection,
    q: &QueueQuery,
) -> QueryResult<Result<QueueSlice, UnknownPosition>> {
    let parts = segments(q);
    match q.cursor {
        None => by_offset(conn, q, &parts).map(Ok),
        Some(cursor) => {
            let at = match cursor {
                QueueCursor::After(p) | QueueCursor::Before(p) => p,
            };
            let Some(index) = parts.iter().position(|s| s.holds(&at)) else {
                return Ok(Err(UnknownPosition));
            };
            let slice = match cursor {
                QueueCursor::After(p) => after(conn, q, &parts, index, p.id)?,
                QueueCursor::Before(p) => match before(conn, q, &parts, index, p.id)? {
                    Some(slice) => slice,
                    // Fewer than a page before it: that is the first page.
                    None => by_offset(
                        conn,
                        &QueueQuery {
                            offset: 0,
                            ..q.clone()
                        },
                        &parts,
                    )?,
                },
            };
            Ok(Ok(slice))
        }
    }
}

fn by_offset(
    conn: &mut DbConnection,
    q: &QueueQuery,
    parts: &[Segment],
) -> QueryResult<QueueSlice> {
    let cap = Counted::cap_for(q.offset, q.limit);
    let (sizes, total) = segment_sizes(conn, parts, cap)?;
    let mut slice = QueueSlice {
        total,
        more_before: q.offset > 0,
        at_start: q.offset <= 0,
        ..QueueSlice::default()
    };
    let mut skip = q.offset;
    for (part, n) in parts.iter().zip(sizes) {
        if slice.rows.len() as i64 >= q.limit {
            break;
        }
        if skip >= n {
            skip -= n;
            continue;
        }
        let page: Vec<QueueRow> = segment_rows!(part)
            .order(submissions::id)
            .offset(skip)
            .limit(q.limit - slice.rows.len() as i64)
            .select(QueueRow::as_select())
            .load(conn)?;
        skip = 0;
        if let Some(row) = page.first() {
            slice.first.get_or_insert(part.position(row.id));
        }
        if let Some(row) = page.last() {
            slice.last = Some(part.position(row.id));
        }
        slice.rows.extend(page);
    }
    slice.more_after = total.more || total.total > q.offset.max(0) + slice.rows.len() as i64;
    Ok(slice)
}

/// The page after the item `id` of segment `index`: that segment from just
/// after the item, then the next ones, one more row than a page to know
/// whether another page follows.
fn after(
    conn: &mut DbConnection,
    q: &QueueQuery,
    parts: &[Segment],
    index: usize,
    id: i64,
) -> QueryResult<QueueSlice> {
    let (_, total) = segment_sizes(conn, parts, Counted::cap_for(0, q.limit))?;
    let mut slice = QueueSlice {
        total,
        more_before: true,
        ..QueueSlice::default()
    };
    let want = q.limit + 1;
    let mut positions = Vec::new();
    for (i, part) in parts.iter().enumerate().skip(index) {
        let left = want - slice.rows.len() as i64;
        if left <= 0 {
            break;
        }
        let mut query = segment_rows!(part);
        if i == index {
            query = query.filter(submissions::id.gt(id));
        }
        let page: Vec<QueueRow> = query
            .order(submissions::id.asc())
            .limit(left)
            .select(QueueRow::as_select())
            .load(conn)?;
        positions.extend(page.iter().map(|r| part.position(r.id)));
        slice.rows.extend(page);
    }
    if slice.rows.len() as i64 > q.limit {
        slice.rows.truncate(q.limit as usize);
        positions.truncate(q.limit as usize);
        slice.more_after = true;
    }
    slice.first = positions.first().copied();
    slice.last = positions.last().copied();
    Ok(slice)
}

/// The page before the item `id` of segment `index`, read backwards; `None`
/// when fewer than a page and one come before it (the first page, then).
fn before(
    conn: &mut DbConnection,
    q: &QueueQuery,
    parts: &[Segment],
    index: usize,
    id: i64,
) -> QueryResult<Option<QueueSlice>> {
    let want = q.limit + 1;
    let mut rows = Vec::new();
    let mut positions = Vec::new();
    for i in (0..=index).rev() {
        let left = want - rows.len() as i64;
        if left <= 0 {
            break;
        }
        let part = &parts[i];
        let mut query = segment_rows!(part);
        if i == index {
            query = query.filter(submissions::id.lt(id));
        }
        let page: Vec<QueueRow> = query
            .order(submissions::id.desc())
            .limit(left)
            .select(QueueRow::as_select())
            .load(conn)?;
        positions.extend(page.iter().map(|r| part.position(r.id)));
        rows.extend(page);
    }
    if (rows.len() as i64) <= q.limit {
        return Ok(None);
    }
    rows.truncate(q.limit as usize);
    positions.truncate(q.limit as usize);
    rows.reverse();
    positions.reverse();
    let (_, total) = segment_sizes(conn, parts, Counted::cap_for(0, q.limit))?;
    Ok(Some(QueueSlice {
        rows,
        total,
        first: positions.first().copied(),
        last: positions.last().copied(),
        more_before: true,
        more_after: true,
        at_start: false,
    }))
}

/// Items nobody has opened yet (`received`) that were received on or before
/// `day`, oldest first, at most `limit`.
pub fn unopened_since(
    conn: &mut DbConnection,
    day: &str,
    limit: i64,
) -> QueryResult<Vec<QueueRow>> {
    submissions::table
        .filter(submissions::state.eq("received"))
        .filter(submissions::received_on.le(day))
        .order(submissions::id)
        .limit(limit)
        .select(QueueRow::as_select())
        .load(conn)
}

/// The ids of items in review whose claim expired before `now`.
pub fn expired_claims(conn: &mut DbConnection, now: i64) -> QueryResult<Vec<i64>> {
    submissions::table
        .filter(submissions::state.eq("in_review"))
        .filter(submissions::claim_expires_at.lt(now))
        .select(submissions::id)
        .load(conn)
}

/// Ids of items in `state` whose last change was before `day`.
pub fn changed_before(conn: &mut DbConnection, state: &str, day: &str) -> QueryResult<Vec<i64>> {
    submissions::table
        .filter(submissions::state.eq(state))
        .filter(submissions::changed_on.lt(day))
        .filter(submissions::payload.is_not_null())
        .select(submissions::id)
        .load(conn)
}

/// Deletes tombstones of withdrawn items last changed before `day`.
pub fn delete_tombstones_before(conn: &mut DbConnection, day: &str) -> QueryResult<usize> {
    diesel::delete(
        submissions::table
            .filter(submissions::state.eq("withdrawn"))
            .filter(submissions::changed_on.lt(day)),
    )
    .execute(conn)
}

/// Counts of items by state, for the dashboard.
pub fn count_by_state(conn: &mut DbConnection) -> QueryResult<Vec<(String, i64)>> {
    use diesel::dsl::count_star;
    submissions::table
        .group_by(submissions::state)
        .select((submissions::state, count_star()))
        .load(conn)
}

/// Replaces everything encrypted with a submission's data key at once: a fresh
/// data key for the whole envelope (see `app::survivor`), only if nothing
/// changed meanwhile.
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = submissions)]
pub struct Rekeyed {
    pub org_sealed_key: Vec<u8>,
    pub org_key_id: i64,
    pub receipt_wrapped_key: Vec<u8>,
    pub payload: Vec<u8>,
    pub review: Option<Vec<u8>>,
    pub data_key_era: i64,
}

pub fn rekey(
    conn: &mut DbConnection,
    id: i64,
    version: i64,
    change: &Rekeyed,
) -> QueryResult<bool> {
    let updated = diesel::update(
        submissions::table
            .filter(submissions::id.eq(id))
            .filter(submissions::version.eq(version))
            .filter(submissions::state.ne("withdrawn")),
    )
    .set((change, submissions::version.eq(version + 1)))
    .execute(conn)?;
    Ok(updated == 1)
}

/// Up to `limit` submissions whose data key is still sealed to key `key_id`.
pub fn sealed_to(
    conn: &mut DbConnection,
    key_id: i64,
    limit: i64,
) -> QueryResult<Vec<(i64, Vec<u8>)>> {
    submissions::table
        .filter(submissions::org_key_id.eq(key_id))
        .filter(submissions::org_sealed_key.is_not_null())
        .order(submissions::id)
        .limit(limit)
        .select((
            submissions::id,
            submissions::org_sealed_key.assume_not_null(),
        ))
        .load(conn)
}

pub fn count_sealed_to(conn: &mut DbConnection, key_id: i64) -> QueryResult<i64> {
    submissions::table
        .filter(submissions::org_key_id.eq(key_id))
        .filter(submissions::org_sealed_key.is_not_null())
        .count()
        .get_result(conn)
}

/// Replaces a submission's organisation-sealed data key. Returns how many rows
/// changed: 0 means it was withdrawn meanwhile, and stays a tombstone.
pub fn reseal(conn: &mut DbConnection, id: i64, sealed: &[u8], key_id: i64) -> QueryResult<usize> {
    diesel::update(still_holding_words!(id))
        .set((
            submissions::org_sealed_key.eq(sealed),
            submissions::org_key_id.eq(key_id),
        ))
        .execute(conn)
}

/// Items at safeguarding `priority` that no safeguarding lead has written a
/// note on yet, whatever their state (withdrawn items have nothing left to act
/// on), oldest first: at most `cap` of them.
pub fn without_lead_note(
    conn: &mut DbConnection,
    priority: i64,
    cap: i64,
) -> QueryResult<Vec<QueueRow>> {
    use super::schema::staff_notes;
    use diesel::dsl::{exists, not};
    submissions::table
        .filter(submissions::priority.eq(priority))
        .filter(submissions::payload.is_not_null())
        .filter(not(exists(
            staff_notes::table.filter(staff_notes::submission_id.eq(submissions::id)),
        )))
        .order(submissions::id)
        .limit(cap)
        .select(QueueRow::as_select())
        .load(conn)
}
