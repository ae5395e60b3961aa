//! What a queue page asks for and gets back: the query, an item's place in the
//! queue's order, the page, and how many items match. A queue row never carries
//! any of the words.

use diesel::prelude::*;

use crate::storage::schema::submissions;

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
