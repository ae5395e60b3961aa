//! Reading the queue: its order as segments of a covering index (list, level,
//! languages), and a page read from them by offset or from a position by key.
//! Never sorts the whole queue.

use diesel::prelude::*;

use crate::storage::schema::submissions;
use crate::storage::DbConnection;

use super::queue::{
    Counted, QueueCursor, QueuePosition, QueueQuery, QueueRow, QueueSlice, UnknownPosition,
};

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

/// One page of the queue (see [`segments`]), and how many items match.
pub fn queue(conn: &mut DbConnection, q: &QueueQuery) -> QueryResult<(Vec<QueueRow>, Counted)> {
    let slice = queue_page(conn, q)?.unwrap_or_default();
    Ok((slice.rows, slice.total))
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
