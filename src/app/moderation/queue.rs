//! The queue and the safeguarding lead's list: which items, in which order, on
//! which page. A queue line never carries any of the words.

use std::collections::HashMap;

use crate::app::staff::StaffIdentity;
use crate::app::{now_unix, today};
use crate::domain::suggest::SafeguardingLevel;
use crate::domain::{Day, Language, ModerationState, Permission, SubmissionKind};
use crate::error::{AppError, AppResult};
use crate::policy::{level_of_rank, rank_of};
use crate::storage::submissions::{self, Counted, QueueCursor, QueuePosition, QueueQuery};
use crate::storage::{staff as staff_store, DbConnection};

use super::access::require;

/// Items on one queue page.
pub const PAGE_SIZE: i64 = 25;

/// Which items a queue page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QueueView {
    /// New, in review, or approved by the survivor and waiting to be published.
    #[default]
    NeedsAction,
    /// The survivor wrote or decided something the team has not answered.
    FromSurvivors,
    /// Waiting for the survivor's answer.
    Awaiting,
    /// Published, themes only or team only.
    Done,
    Declined,
    All,
}

impl QueueView {
    pub const ALL: [QueueView; 6] = [
        QueueView::NeedsAction,
        QueueView::FromSurvivors,
        QueueView::Awaiting,
        QueueView::Done,
        QueueView::Declined,
        QueueView::All,
    ];

    pub fn key(self) -> &'static str {
        match self {
            QueueView::NeedsAction => "needs_action",
            QueueView::FromSurvivors => "from_survivors",
            QueueView::Awaiting => "awaiting",
            QueueView::Done => "done",
            QueueView::Declined => "declined",
            QueueView::All => "all",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.key() == value)
    }

    /// The queue lists this view shows (`ModerationState::queue_group`).
    fn groups(self) -> Vec<i64> {
        use ModerationState as S;
        let of = |states: &[ModerationState]| {
            let mut groups: Vec<i64> = states.iter().map(|s| s.queue_group()).collect();
            groups.dedup();
            groups
        };
        match self {
            QueueView::NeedsAction => of(&[S::Received, S::InReview, S::Approved]),
            QueueView::FromSurvivors => vec![],
            QueueView::Awaiting => of(&[S::AwaitingSurvivor]),
            QueueView::Done => of(&[S::Published, S::ThemesOnly, S::TeamOnly]),
            QueueView::Declined => of(&[S::Declined]),
            QueueView::All => vec![],
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct QueueFilter {
    pub view: QueueView,
    pub language: Option<Language>,
    pub level: Option<SafeguardingLevel>,
    /// From 1. Without a cursor, the page is found by counting items (a
    /// typed-in address); with one, it is only the number shown.
    pub page: i64,
    /// Where the page starts or ends, from a "previous" or "next" link.
    pub cursor: Option<QueueCursor>,
}

/// One line of the queue: never any words.
#[derive(Debug, Clone)]
pub struct QueueItem {
    pub id: i64,
    pub kind: SubmissionKind,
    pub language: Option<Language>,
    pub level: SafeguardingLevel,
    pub state: ModerationState,
    pub age_days: i64,
    pub holder: Option<String>,
    pub held_by_me: bool,
    pub survivor_waiting: bool,
}

#[derive(Debug, Clone)]
pub struct QueuePage {
    pub items: Vec<QueueItem>,
    pub total: Counted,
    pub page: i64,
    pub pages: i64,
    /// The first item's place, when items come before it (the "previous" link).
    pub previous: Option<QueuePosition>,
    /// The last item's place, when items come after it (the "next" link).
    pub next: Option<QueuePosition>,
}

pub(super) fn staff_names(conn: &mut DbConnection) -> AppResult<HashMap<i64, String>> {
    Ok(staff_store::list(conn)?
        .into_iter()
        .map(|row| (row.id, row.name))
        .collect())
}

pub(super) fn age_in_days(received_on: &str, today: Day) -> i64 {
    received_on
        .parse::<Day>()
        .map(|d| d.days_until(today).max(0))
        .unwrap_or(0)
}

/// A page of the queue: urgent first, then the languages `me` reads, oldest first.
pub fn queue(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    filter: &QueueFilter,
) -> AppResult<QueuePage> {
    require(me, Permission::ReadQueue)?;
    let page = filter.page.max(1);
    let query = QueueQuery {
        groups: filter.view.groups(),
        language: filter.language.map(|l| l.code().to_owned()),
        priority: filter.level.map(rank_of),
        survivor_waiting: filter.view == QueueView::FromSurvivors,
        preferred_languages: me.languages.iter().map(|l| l.code().to_owned()).collect(),
        offset: (page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
        cursor: filter.cursor,
    };
    let slice = submissions::queue_page(conn, &query)?
        .map_err(|_| AppError::InvalidInput("queue_link_invalid"))?;
    let names = if slice.rows.iter().any(|r| r.claimed_by.is_some()) {
        staff_names(conn)?
    } else {
        HashMap::new()
    };
    let page = if slice.at_start { 1 } else { page.max(2) };
    let total = slice.total;
    let items = queue_items(slice.rows, &names, me)?;
    Ok(QueuePage {
        items,
        total,
        page,
        pages: total.pages(PAGE_SIZE),
        previous: slice.first.filter(|_| slice.more_before),
        next: slice.last.filter(|_| slice.more_after),
    })
}

fn queue_items(
    rows: Vec<submissions::QueueRow>,
    names: &HashMap<i64, String>,
    me: &StaffIdentity,
) -> AppResult<Vec<QueueItem>> {
    let now = now_unix();
    let today = today();
    rows.into_iter()
        .map(|row| {
            let live = match (row.claimed_by, row.claim_expires_at) {
                (Some(id), Some(until)) if until > now => Some(id),
                _ => None,
            };
            Ok(QueueItem {
                id: row.id,
                kind: row
                    .kind
                    .parse()
                    .map_err(|_| AppError::Internal("stored kind".into()))?,
                language: Language::from_code(&row.language),
                level: level_of_rank(row.priority),
                state: row
                    .state
                    .parse()
                    .map_err(|_| AppError::Internal("stored state".into()))?,
                age_days: age_in_days(&row.received_on, today),
                holder: live.and_then(|id| names.get(&id).cloned()),
                held_by_me: live == Some(me.staff_id),
                survivor_waiting: row.survivor_waiting,
            })
        })
        .collect()
}

/// The safety net under the ordering by level: items nobody has opened yet
/// that were received `days` or more days ago, whatever their level, oldest
/// first (at most a page). The queue shows them above everything else as
/// "waiting too long", so an urgent item the words scored lower does not
/// wait behind every other item.
pub fn waiting_too_long(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    days: u32,
) -> AppResult<Vec<QueueItem>> {
    require(me, Permission::ReadQueue)?;
    let Some(cutoff) = today().minus_days(days) else {
        return Ok(Vec::new());
    };
    let rows = submissions::unopened_since(conn, &cutoff.to_string(), PAGE_SIZE)?;
    let names = if rows.iter().any(|r| r.claimed_by.is_some()) {
        staff_names(conn)?
    } else {
        HashMap::new()
    };
    queue_items(rows, &names, me)
}

/// The safeguarding lead's list at `level`: every item without a lead's note,
/// whatever its state (an edited version sent, or a decision made, does not
/// take it off), oldest first.
pub fn safeguarding_list(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    level: SafeguardingLevel,
) -> AppResult<QueuePage> {
    require(me, Permission::Safeguarding)?;
    let cap = submissions::EXACT_COUNT_UP_TO + 1;
    let mut rows = submissions::without_lead_note(conn, rank_of(level), cap)?;
    let total = Counted::from_found(rows.len() as i64, cap);
    let names = staff_names(conn)?;
    rows.truncate(submissions::EXACT_COUNT_UP_TO as usize);
    let items = queue_items(rows, &names, me)?;
    Ok(QueuePage {
        items,
        total,
        page: 1,
        pages: 1,
        previous: None,
        next: None,
    })
}

/// Counts for the dashboard.
#[derive(Debug, Clone, Default)]
pub struct QueueCounts {
    pub by_state: Vec<(ModerationState, i64)>,
    pub urgent_open: Counted,
    pub from_survivors: Counted,
}

pub fn counts(conn: &mut DbConnection) -> AppResult<QueueCounts> {
    let by_state = submissions::count_by_state(conn)?
        .into_iter()
        .filter_map(|(state, n)| state.parse().ok().map(|s| (s, n)))
        .collect();
    let urgent = submissions::queue(
        conn,
        &QueueQuery {
            groups: QueueView::NeedsAction.groups(),
            priority: Some(rank_of(SafeguardingLevel::Urgent)),
            limit: 0,
            ..QueueQuery::default()
        },
    )?
    .1;
    let waiting = submissions::queue(
        conn,
        &QueueQuery {
            survivor_waiting: true,
            limit: 0,
            ..QueueQuery::default()
        },
    )?
    .1;
    Ok(QueueCounts {
        by_state,
        urgent_open: urgent,
        from_survivors: waiting,
    })
}
