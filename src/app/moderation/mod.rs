//! What moderators and safeguarding leads do: the queue (never any text), claims,
//! reading after a content warning, the review record, edited versions, messages,
//! decisions, publication, safeguarding notes, and the wellbeing limits.

use std::collections::HashMap;

use crate::crypto::{AuditKey, DataKey, OrgSecretKey, SealedDataKey};
use crate::domain::moderation::{next_state, Action, Actor, Command, Party, Rules};
use crate::domain::redaction::{self, Replacement};
use crate::domain::review::ReviewRecord;
use crate::domain::suggest::{SafeguardingLevel, Suggestions};
use crate::domain::{
    Consent, Day, Language, ModerationState, Permission, Role, Shared, SubmissionKind,
};
use crate::error::{AppError, AppResult};
use crate::policy::{level_of_rank, rank_of, Policy};
use crate::storage::events::{self, StaffEventRow, SurvivorEventRow};
use crate::storage::messages::{self, NewNote};
use crate::storage::submissions::{self, Counted, QueueCursor, QueuePosition, QueueQuery};
use crate::storage::{self, settings, staff as staff_store, DbConnection};

use super::envelope::{commit, store_review, Ctx, Envelope, Extra, Message, ProposalView};
use super::staff::StaffIdentity;
use super::{audit, now_unix, today};

/// Items on one queue page.
pub const PAGE_SIZE: i64 = 25;

/// The moderation settings in force: configuration, overridden by what an admin
/// set on the settings page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModerationSettings {
    pub claim_secs: i64,
    pub break_after: u32,
    pub daily_cap: Option<u32>,
    pub two_person_publication: bool,
    /// Days an unopened item waits before it shows as waiting too long.
    pub waiting_too_long_days: u32,
}

impl ModerationSettings {
    pub fn rules(&self) -> Rules {
        Rules {
            two_person_publication: self.two_person_publication,
        }
    }
}

pub const SETTING_BREAK_AFTER: &str = "break_after";
pub const SETTING_DAILY_CAP: &str = "daily_cap";
pub const SETTING_TWO_PERSON: &str = "two_person_publication";

/// The settings in force.
pub fn settings(
    conn: &mut DbConnection,
    defaults: &crate::config::ModerationConfig,
) -> AppResult<ModerationSettings> {
    let stored: HashMap<String, String> = settings::all(conn)?.into_iter().collect();
    let number = |key: &str| stored.get(key).and_then(|v| v.parse::<u32>().ok());
    Ok(ModerationSettings {
        claim_secs: (defaults.claim_minutes * 60) as i64,
        break_after: number(SETTING_BREAK_AFTER).unwrap_or(defaults.break_after),
        daily_cap: match stored.get(SETTING_DAILY_CAP).map(String::as_str) {
            Some("none") => None,
            Some(v) => v.parse().ok().or(defaults.daily_cap),
            None => defaults.daily_cap,
        },
        two_person_publication: stored
            .get(SETTING_TWO_PERSON)
            .map(|v| v == "true")
            .unwrap_or(defaults.two_person_publication),
        waiting_too_long_days: defaults.waiting_too_long_days,
    })
}

/// What an admin may change from the settings page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SettingsChange {
    pub break_after: u32,
    pub daily_cap: Option<u32>,
    pub two_person_publication: bool,
}

pub fn change_settings(
    conn: &mut DbConnection,
    audit_key: &AuditKey,
    admin: &StaffIdentity,
    change: SettingsChange,
) -> AppResult<()> {
    if !admin.can(Permission::ManageSettings) {
        return Err(AppError::Forbidden);
    }
    if !(1..=1000).contains(&change.break_after) || change.daily_cap == Some(0) {
        return Err(AppError::InvalidInput("setting_out_of_range"));
    }
    storage::write(conn, |c| {
        settings::set(
            c,
            SETTING_BREAK_AFTER,
            Some(&change.break_after.to_string()),
        )?;
        let cap = change
            .daily_cap
            .map(|n| n.to_string())
            .unwrap_or_else(|| "none".into());
        settings::set(c, SETTING_DAILY_CAP, Some(&cap))?;
        settings::set(
            c,
            SETTING_TWO_PERSON,
            Some(if change.two_person_publication {
                "true"
            } else {
                "false"
            }),
        )?;
        audit::staff(
            c,
            audit_key,
            Some(admin.staff_id),
            "settings_changed",
            None,
            &format!(
                "break_after={} daily_cap={cap} two_person={}",
                change.break_after, change.two_person_publication
            ),
        )
    })
}

fn actor(me: &StaffIdentity) -> Actor {
    Actor::Staff {
        id: me.staff_id,
        roles: me.roles,
    }
}

fn require(me: &StaffIdentity, permission: Permission) -> AppResult<()> {
    if me.can(permission) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Opens a submission with the organisation key. Withdrawn items have no key
/// left: they are not found.
pub fn open(conn: &mut DbConnection, id: i64, secret: &OrgSecretKey) -> AppResult<Envelope> {
    let row = submissions::by_id(conn, id)?.ok_or(AppError::NotFound)?;
    let sealed = row.org_sealed_key.clone().ok_or(AppError::NotFound)?;
    let key = DataKey::open_sealed(&SealedDataKey(sealed), &secret.public_key(), secret)
        .map_err(AppError::KeyUnavailable)?;
    Envelope::open(conn, row, key)
}

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

fn staff_names(conn: &mut DbConnection) -> AppResult<HashMap<i64, String>> {
    Ok(staff_store::list(conn)?
        .into_iter()
        .map(|row| (row.id, row.name))
        .collect())
}

fn age_in_days(received_on: &str, today: Day) -> i64 {
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
    let rows = submissions::without_lead_note(conn, rank_of(level), cap)?;
    let total = Counted::from_found(rows.len() as i64, cap);
    let names = staff_names(conn)?;
    let now = now_unix();
    let today = today();
    let items = rows
        .into_iter()
        .take(submissions::EXACT_COUNT_UP_TO as usize)
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
        .collect::<AppResult<Vec<_>>>()?;
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

/// The distinct items `me` opened today.
pub fn opened_today(conn: &mut DbConnection, me: &StaffIdentity) -> AppResult<Vec<i64>> {
    Ok(events::opened_since(
        conn,
        me.staff_id,
        &today().to_string(),
    )?)
}

/// What the item page shows. The words (and messages, and edited versions) only
/// once the person holds the claim and chose to read past the content warning.
#[derive(Debug, Clone)]
pub struct ItemView {
    pub id: i64,
    pub version: i64,
    pub kind: SubmissionKind,
    pub language: Language,
    pub state: ModerationState,
    pub received_on: String,
    pub age_days: i64,
    pub level: SafeguardingLevel,
    pub holder: Option<String>,
    pub held_by_me: bool,
    pub claim_minutes_left: Option<i64>,
    pub survivor_waiting: bool,
    pub second_look: bool,
    pub publish_requested_by: Option<String>,
    pub consent: Consent,
    pub review: ReviewRecord,
    /// Actions this person can take now (a page never offers one that fails).
    pub offered: Vec<Action>,
    pub hand_off_to: Vec<(i64, String)>,
    /// How long a claim lasts, in minutes.
    pub claim_minutes: i64,
    /// The themes the survivor chose themselves (stories only).
    pub survivor_themes: Vec<String>,
    /// The day the survivor approved the latest edited version, if they did.
    pub approved_on: Option<String>,
    /// Today's reading, for the calm notices where moderators work.
    pub day: ReadingDay,
    /// Content warnings suggested by the survivor's themes and the suggested
    /// themes, not yet confirmed by a moderator (keys).
    pub suggested_warnings: Vec<String>,
    pub timeline: Vec<TimelineEntry>,
    pub notes: Vec<NoteView>,
    pub can_note: bool,
    pub reading: Option<Reading>,
}

/// How much a moderator has read today, against the break suggestion and the
/// daily limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingDay {
    pub opened: usize,
    pub break_after: u32,
    pub cap: Option<u32>,
    /// Today's limit is reached and this item is not one read today: nothing
    /// new is offered to read or take.
    pub at_limit: bool,
}

impl ReadingDay {
    pub fn of(opened: &[i64], item: Option<i64>, settings: &ModerationSettings) -> Self {
        let at_cap = settings
            .daily_cap
            .is_some_and(|cap| opened.len() as u32 >= cap);
        ReadingDay {
            opened: opened.len(),
            break_after: settings.break_after,
            cap: settings.daily_cap,
            at_limit: at_cap && item.is_none_or(|id| !opened.contains(&id)),
        }
    }
}

/// The words and everything that quotes them.
#[derive(Debug, Clone)]
pub struct Reading {
    pub shared: Shared,
    pub suggestions: Suggestions,
    /// The words with each suggested detail replaced by its token: where an
    /// edited version starts.
    pub prefill: String,
    pub proposals: Vec<ProposalView>,
    pub messages: Vec<Message>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// A UTC minute for staff events, a day for the survivor's.
    pub when: String,
    pub who: Who,
    pub action: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    Survivor,
    Staff(String),
    Voices,
}

#[derive(Debug, Clone)]
pub struct NoteView {
    pub author: String,
    pub at: String,
    pub text: String,
}

fn timeline(
    staff: Vec<StaffEventRow>,
    survivor: Vec<SurvivorEventRow>,
    names: &HashMap<i64, String>,
) -> Vec<TimelineEntry> {
    let mut entries: Vec<TimelineEntry> = staff
        .into_iter()
        .filter(|e| e.action != "opened")
        .map(|e| TimelineEntry {
            when: e.at,
            who: match e.staff_id {
                Some(id) => Who::Staff(names.get(&id).cloned().unwrap_or_default()),
                None => Who::Voices,
            },
            action: e.action,
            detail: e.detail,
        })
        .chain(survivor.into_iter().map(|e| TimelineEntry {
            when: e.day,
            who: Who::Survivor,
            action: e.action,
            detail: e.detail,
        }))
        .collect();
    // The survivor's events carry their day only, not a time: they sort after
    // the team's events of that day, never among them by a time they do not
    // have; only the sharing itself, which everything else follows, comes
    // first. The sort is stable, so events of one day keep their order.
    let key = |e: &TimelineEntry| {
        let rank = match (&e.who, e.action.as_str()) {
            (Who::Survivor, "shared") => 0,
            (Who::Survivor, _) => 2,
            _ => 1,
        };
        (
            e.when.get(..10).unwrap_or(&e.when).to_owned(),
            rank,
            e.when.clone(),
        )
    };
    entries.sort_by_key(key);
    entries
}

/// The staff commands an item page may offer, each tried against the state
/// machine so only the ones that would succeed are shown.
fn offered(env: &Envelope, me: &StaffIdentity, ctx: &Ctx<'_>) -> AppResult<Vec<Action>> {
    let item = env.item(ctx.policy, ctx.now)?;
    // Publication is offered whenever it could happen once the checklist is
    // confirmed: its confirmation page asks for what is left of it.
    let ready = crate::domain::moderation::Item {
        checklist_done: true,
        ..item.clone()
    };
    let tries = [
        Command::Claim,
        Command::TakeBack,
        Command::Release,
        Command::HandOff {
            to: -1,
            to_roles: Role::Moderator.into(),
        },
        Command::ProposeEdit {
            text: String::new(),
        },
        Command::Ask,
        Command::Message,
        Command::UseForThemes,
        Command::KeepForTeam,
        Command::Decline,
        Command::Publish,
        Command::Reopen,
    ];
    Ok(tries
        .iter()
        .filter(|c| {
            let on = if matches!(c, Command::Publish) {
                &ready
            } else {
                &item
            };
            crate::domain::moderation::decide(on, actor(me), c, ctx.rules).is_ok()
        })
        .map(Command::action)
        .collect())
}

/// Colleagues an item can be handed to: active, allowed to review, and reading
/// its language.
pub fn hand_off_targets(
    conn: &mut DbConnection,
    language: Language,
    me: &StaffIdentity,
) -> AppResult<Vec<(i64, String)>> {
    Ok(staff_store::list(conn)?
        .into_iter()
        .filter(|row| row.id != me.staff_id && !row.disabled && row.key_wrap.is_some())
        .filter(|row| {
            row.role
                .parse::<crate::domain::Roles>()
                .is_ok_and(|r| r.can(Permission::Review))
        })
        .filter(|row| super::staff::parse_languages(&row.languages).contains(&language))
        .map(|row| (row.id, row.name))
        .collect())
}

/// States whose words a moderator may read without a claim: nobody can claim
/// them, and the team still answers or publishes them.
pub fn readable_without_claim(state: ModerationState) -> bool {
    matches!(
        state,
        ModerationState::AwaitingSurvivor
            | ModerationState::Approved
            | ModerationState::Published
            | ModerationState::ThemesOnly
            | ModerationState::TeamOnly
            | ModerationState::Declined
    )
}

/// The item page. `read` asks for the words: granted to the holder of the claim
/// (or, for items nobody can claim, to any moderator), within today's limit, and
/// recorded (for the wellbeing count).
pub fn item_view(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    id: i64,
    read: bool,
    settings: &ModerationSettings,
    ctx: &Ctx<'_>,
) -> AppResult<ItemView> {
    let daily_cap = settings.daily_cap;
    require(me, Permission::Review)?;
    let env = open(conn, id, secret)?;
    let names = staff_names(conn)?;
    let state = env.state()?;
    let live = env.live_claim(ctx.now);
    let held_by_me = live == Some(me.staff_id)
        && matches!(state, ModerationState::InReview | ModerationState::Approved);
    let reading = if read && (held_by_me || readable_without_claim(state)) {
        record_opened(conn, me, id, daily_cap, ctx)?;
        Some(reading_of(conn, &env, ctx.policy)?)
    } else {
        None
    };
    let (staff_events, survivor_events) = events::of_submission(conn, id)?;
    let day = ReadingDay::of(&opened_today(conn, me)?, Some(id), settings);
    let mut offered = offered(&env, me, ctx)?;
    if day.at_limit {
        // Past the limit nothing new is taken; a claim already held may be kept.
        offered.retain(|a| *a != Action::Claim || held_by_me);
    }
    let survivor_themes = match &env.payload.shared {
        Shared::Story { themes, .. } => themes.clone(),
        Shared::Feedback { .. } => Vec::new(),
    };
    let can_note = me.can(Permission::Safeguarding);
    let notes = if can_note {
        messages::notes_of(conn, id)?
            .into_iter()
            .map(|n| {
                let text = secret
                    .open_note(&n.body)
                    .map_err(AppError::KeyUnavailable)?;
                Ok(NoteView {
                    author: names.get(&n.staff_id).cloned().unwrap_or_default(),
                    at: n.written_at,
                    text: String::from_utf8_lossy(&text).into_owned(),
                })
            })
            .collect::<AppResult<Vec<_>>>()?
    } else {
        Vec::new()
    };
    Ok(ItemView {
        id,
        version: env.row.version,
        kind: env.kind(),
        language: env.language(),
        state,
        received_on: env.row.received_on.clone(),
        age_days: age_in_days(&env.row.received_on, today()),
        level: level_of_rank(env.row.priority),
        holder: live.and_then(|id| names.get(&id).cloned()),
        held_by_me,
        claim_minutes_left: live
            .and(env.row.claim_expires_at)
            .map(|t| (t - ctx.now) / 60),
        survivor_waiting: env.row.survivor_waiting,
        second_look: env.row.second_look_used
            && matches!(state, ModerationState::Received | ModerationState::InReview),
        publish_requested_by: env
            .row
            .publish_requested_by
            .and_then(|id| names.get(&id).cloned()),
        consent: env.payload.consent,
        review: env.review.clone(),
        offered,
        day,
        hand_off_to: hand_off_targets(conn, env.language(), me)?,
        claim_minutes: ctx.claim_secs / 60,
        survivor_themes: survivor_themes.clone(),
        suggested_warnings: {
            let mut themes = survivor_themes;
            themes.extend(
                ctx.policy
                    .suggest
                    .suggest(env.payload.shared.text(), env.language(), env.kind())
                    .themes,
            );
            ctx.policy
                .warnings_for_themes(&themes)
                .into_iter()
                .filter(|w| !env.review.content_warnings.contains(w))
                .collect()
        },
        approved_on: match &env.proposal {
            Some((_, p)) if p.status == crate::domain::moderation::ProposalStatus::Approved => {
                env.proposals(conn)?.last().map(|p| p.day.clone())
            }
            _ => None,
        },
        timeline: timeline(staff_events, survivor_events, &names),
        notes,
        can_note,
        reading,
    })
}

/// Counts an item as read today (once), unless today's limit is reached.
fn record_opened(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    id: i64,
    daily_cap: Option<u32>,
    ctx: &Ctx<'_>,
) -> AppResult<()> {
    let opened = opened_today(conn, me)?;
    if let Some(cap) = daily_cap {
        if opened.len() as u32 >= cap && !opened.contains(&id) {
            return Err(AppError::DailyCapReached);
        }
    }
    if !opened.contains(&id) {
        storage::write(conn, |c| {
            audit::staff(c, ctx.audit, Some(me.staff_id), "opened", Some(id), "")
        })?;
    }
    Ok(())
}

/// What the publication's one confirmation shows: the exact words, where they
/// will appear, what Voices knows (the survivor approved these words, their
/// choices), and what is left of the checklist.
#[derive(Debug, Clone)]
pub struct PublishPreview {
    pub id: i64,
    pub version: i64,
    pub language: Language,
    pub kind: SubmissionKind,
    pub words: String,
    /// The day the survivor approved them.
    pub approved_on: String,
    pub consent: Consent,
    pub themes: Vec<String>,
    pub content_warnings: Vec<String>,
    /// Checklist keys already confirmed.
    pub confirmed: Vec<String>,
    /// The colleague whose request this publication completes (two-person rule).
    pub first_request_by: Option<String>,
    /// With the two-person rule, this press is the first of two.
    pub first_of_two: bool,
}

/// The publication's confirmation, if this person could publish the item once
/// the checklist is confirmed. Counts as reading the item.
pub fn publish_preview(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    id: i64,
    daily_cap: Option<u32>,
    ctx: &Ctx<'_>,
) -> AppResult<PublishPreview> {
    require(me, Permission::Review)?;
    let env = open(conn, id, secret)?;
    let item = crate::domain::moderation::Item {
        checklist_done: true,
        ..env.item(ctx.policy, ctx.now)?
    };
    let decision =
        crate::domain::moderation::decide(&item, actor(me), &Command::Publish, ctx.rules)?;
    record_opened(conn, me, id, daily_cap, ctx)?;
    let names = staff_names(conn)?;
    let approved_on = env
        .proposals(conn)?
        .into_iter()
        .rev()
        .find(|p| p.status == crate::domain::moderation::ProposalStatus::Approved)
        .map(|p| p.day)
        .unwrap_or_default();
    let words = item
        .proposal
        .map(|p| p.text)
        .ok_or(crate::domain::moderation::Refusal::NoApprovedWording)?;
    Ok(PublishPreview {
        id,
        version: env.row.version,
        language: env.language(),
        kind: env.kind(),
        words,
        approved_on,
        consent: env.payload.consent,
        themes: env.review.themes.clone(),
        content_warnings: env.review.content_warnings.clone(),
        confirmed: env.review.checklist.clone(),
        first_request_by: env
            .row
            .publish_requested_by
            .and_then(|id| names.get(&id).cloned()),
        first_of_two: decision.publish.is_none(),
    })
}

/// Publishes (or, with the two-person rule, asks for the second person),
/// confirming the `checklist` keys ticked on the confirmation in the same
/// change.
pub fn publish(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    id: i64,
    version: i64,
    checklist: &[String],
    ctx: &Ctx<'_>,
) -> AppResult<()> {
    require(me, Permission::Review)?;
    if !checklist
        .iter()
        .all(|k| ctx.policy.checklist_keys().contains(&k.as_str()))
    {
        return Err(AppError::InvalidInput("unknown_choice"));
    }
    storage::write(conn, |c| {
        let mut env = open(c, id, secret)?;
        if env.row.version != version {
            return Err(AppError::ItemChanged);
        }
        let mut review = env.review.clone();
        let before = review.checklist.len();
        review.checklist = dedup(&[review.checklist.clone(), checklist.to_vec()].concat());
        if review.checklist.len() != before {
            // Decided first, so a refusal stores nothing.
            let item = crate::domain::moderation::Item {
                checklist_done: review.checklist_done(&ctx.policy.checklist_keys()),
                ..env.item(ctx.policy, ctx.now)?
            };
            crate::domain::moderation::decide(&item, actor(me), &Command::Publish, ctx.rules)?;
            store_review(c, id, &env.key, &review)?;
            let detail = format!(
                "checklist={}/{}",
                review.checklist.len(),
                ctx.policy.checklist_keys().len()
            );
            audit::staff(c, ctx.audit, Some(me.staff_id), "review", Some(id), &detail)?;
            env.review = review;
        }
        commit(
            c,
            &env,
            actor(me),
            &Command::Publish,
            &Extra::default(),
            ctx,
        )
        .map(|_| ())
    })
}

fn reading_of(conn: &mut DbConnection, env: &Envelope, policy: &Policy) -> AppResult<Reading> {
    let language = env.language();
    let text = env.payload.shared.text();
    let suggestions = policy.suggest.suggest(text, language, env.kind());
    let replacements: Vec<Replacement<'_>> = suggestions
        .highlights
        .iter()
        .map(|h| Replacement {
            start: h.start,
            end: h.end,
            token: policy.token_for(h.kind, language),
        })
        .collect();
    Ok(Reading {
        shared: env.payload.shared.clone(),
        prefill: redaction::apply(text, &replacements),
        suggestions,
        proposals: env.proposals(conn)?,
        messages: env.messages(conn)?,
    })
}

/// Claims an item (a lock that expires), unless today's limit is reached.
pub fn claim(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    id: i64,
    settings: &ModerationSettings,
    ctx: &Ctx<'_>,
) -> AppResult<()> {
    require(me, Permission::Review)?;
    if let Some(cap) = settings.daily_cap {
        let opened = opened_today(conn, me)?;
        if opened.len() as u32 >= cap && !opened.contains(&id) {
            return Err(AppError::DailyCapReached);
        }
    }
    storage::write(conn, |c| {
        let env = open(c, id, secret)?;
        commit(c, &env, actor(me), &Command::Claim, &Extra::default(), ctx).map(|_| ())
    })
}

/// What the moderator confirms while reading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewInput {
    pub themes: Vec<String>,
    pub content_warnings: Vec<String>,
    pub checklist: Vec<String>,
    pub level: Option<SafeguardingLevel>,
}

/// Saves the confirmed themes, content warnings, checklist and level. Only the
/// holder of the claim may; unknown keys are refused.
pub fn save_review(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    id: i64,
    version: i64,
    input: &ReviewInput,
    ctx: &Ctx<'_>,
) -> AppResult<()> {
    require(me, Permission::Review)?;
    let policy = ctx.policy;
    let known =
        |keys: &[String], allowed: &[&str]| keys.iter().all(|k| allowed.contains(&k.as_str()));
    let warnings: Vec<&str> = policy
        .content_warnings
        .iter()
        .map(|c| c.key.as_str())
        .collect();
    if !known(&input.themes, &policy.theme_keys())
        || !known(&input.content_warnings, &warnings)
        || !known(&input.checklist, &policy.checklist_keys())
    {
        return Err(AppError::InvalidInput("unknown_choice"));
    }
    storage::write(conn, |c| {
        let env = open(c, id, secret)?;
        if env.row.version != version {
            return Err(AppError::ItemChanged);
        }
        if env.state()? != ModerationState::InReview || env.live_claim(ctx.now) != Some(me.staff_id)
        {
            return Err(crate::domain::moderation::Refusal::NotYourClaim.into());
        }
        let mut review = env.review.clone();
        review.themes = dedup(&input.themes);
        review.content_warnings = dedup(&input.content_warnings);
        review.checklist = dedup(&input.checklist);
        let priority = input.level.map(rank_of).unwrap_or(env.row.priority);
        let sealed = super::envelope::seal_review(&env, &review);
        if !submissions::set_review(c, id, version, &sealed, priority)? {
            return Err(AppError::ItemChanged);
        }
        let required = policy.checklist_keys();
        let detail = format!(
            "level={} themes={} warnings={} checklist={}/{}",
            level_of_rank(priority).as_str(),
            review.themes.len(),
            review.content_warnings.len(),
            review.checklist.len(),
            required.len()
        );
        audit::staff(c, ctx.audit, Some(me.staff_id), "review", Some(id), &detail)?;
        if priority > env.row.priority && level_of_rank(priority) == SafeguardingLevel::Urgent {
            audit::staff(
                c,
                ctx.audit,
                Some(me.staff_id),
                "escalated",
                Some(id),
                "level=urgent",
            )?;
        }
        // Safeguarding alerts: raised to a level the policy tells the lead
        // about, in this same commit (a flag, no time; see `lead_alerts`).
        let notifies = |rank: i64| policy.level(level_of_rank(rank)).notify_lead;
        if notifies(priority) && !notifies(env.row.priority) {
            super::lead_alerts::mark_urgent(c)?;
        }
        Ok(())
    })
}

fn dedup(keys: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for k in keys {
        if !out.contains(k) {
            out.push(k.clone());
        }
    }
    out
}

/// A staff decision on an item, with what goes with it.
#[derive(Debug, Clone)]
pub enum StaffAction {
    TakeBack,
    Release,
    HandOff {
        to: i64,
    },
    ProposeEdit {
        text: String,
        message: Option<String>,
    },
    Ask {
        message: String,
    },
    Message {
        message: String,
    },
    UseForThemes,
    KeepForTeam,
    Decline {
        reason: String,
        message: Option<String>,
    },
    Reopen,
}

/// Acts on an item. The edit, message and reason are checked here; everything
/// else by the state machine.
pub fn act(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    id: i64,
    version: i64,
    action: &StaffAction,
    ctx: &Ctx<'_>,
) -> AppResult<()> {
    require(me, Permission::Review)?;
    storage::write(conn, |c| {
        let env = open(c, id, secret)?;
        if env.row.version != version {
            return Err(AppError::ItemChanged);
        }
        let (command, extra) = command_for(c, &env, me, action, ctx)?;
        commit(c, &env, actor(me), &command, &extra, ctx).map(|_| ())
    })
}

fn command_for<'a>(
    conn: &mut DbConnection,
    env: &Envelope,
    me: &StaffIdentity,
    action: &'a StaffAction,
    ctx: &Ctx<'_>,
) -> AppResult<(Command, Extra<'a>)> {
    let none = Extra::default();
    Ok(match action {
        StaffAction::TakeBack => (Command::TakeBack, none),
        StaffAction::Release => (Command::Release, none),
        StaffAction::HandOff { to } => {
            let allowed = hand_off_targets(conn, env.language(), me)?;
            if !allowed.iter().any(|(id, _)| id == to) {
                return Err(AppError::InvalidInput("unknown_choice"));
            }
            let roles = staff_store::by_id(conn, *to)?
                .and_then(|row| row.role.parse::<crate::domain::Roles>().ok())
                .ok_or(AppError::InvalidInput("unknown_choice"))?;
            (
                Command::HandOff {
                    to: *to,
                    to_roles: roles,
                },
                none,
            )
        }
        StaffAction::ProposeEdit { text, message } => {
            if text.trim().is_empty()
                || !redaction::keeps_meaning(text, &ctx.policy.tokens(env.language()))
            {
                return Err(AppError::InvalidInput("edit_says_nothing"));
            }
            if crate::domain::share::visible_length(text) > crate::domain::share::MAX_TEXT_CHARS {
                return Err(AppError::InvalidInput("edit_too_long"));
            }
            (
                Command::ProposeEdit { text: text.clone() },
                Extra {
                    message: message.as_deref().filter(|m| !m.trim().is_empty()),
                    ..none
                },
            )
        }
        StaffAction::Ask { message } => (
            Command::Ask,
            Extra {
                message: Some(message),
                ..none
            },
        ),
        StaffAction::Message { message } => (
            Command::Message,
            Extra {
                message: Some(message),
                ..none
            },
        ),
        StaffAction::Reopen => {
            require(me, Permission::Safeguarding)?;
            (Command::Reopen, none)
        }
        StaffAction::UseForThemes => (Command::UseForThemes, none),
        StaffAction::KeepForTeam => (Command::KeepForTeam, none),
        StaffAction::Decline { reason, message } => (
            Command::Decline,
            Extra {
                decline_reason: Some(reason),
                message: message.as_deref().filter(|m| !m.trim().is_empty()),
            },
        ),
    })
}

/// What a bulk action did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BulkOutcome {
    pub done: usize,
    pub skipped: usize,
}

/// What a bulk action does to the items chosen in the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkAction {
    /// Decline with the policy's reason (`duplicate` or `spam`).
    Decline(&'static str),
    Release,
}

impl BulkAction {
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "decline_duplicate" => Some(BulkAction::Decline("duplicate")),
            "decline_spam" => Some(BulkAction::Decline("spam")),
            "release" => Some(BulkAction::Release),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            BulkAction::Decline("duplicate") => "decline_duplicate",
            BulkAction::Decline(_) => "decline_spam",
            BulkAction::Release => "release",
        }
    }
}

/// Why a bulk action leaves an item out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeftOut {
    /// A concern or urgent item: a person decides, one at a time.
    Safeguarding,
    /// Nobody has read it yet.
    Unread,
    /// Someone else has it, or its state does not allow this.
    NotNow,
}

impl LeftOut {
    pub fn key(self) -> &'static str {
        match self {
            LeftOut::Safeguarding => "safeguarding",
            LeftOut::Unread => "unread",
            LeftOut::NotNow => "not_now",
        }
    }
}

/// What a bulk action would do, shown for confirmation before anything happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkPlan {
    pub action: BulkAction,
    pub apply: Vec<i64>,
    pub left_out: Vec<(i64, LeftOut)>,
}

/// Whether a bulk decline may touch this item: never a concern or urgent item,
/// never one nobody has read.
fn bulk_decline_allows(
    conn: &mut DbConnection,
    row: &submissions::SubmissionRow,
) -> AppResult<Option<LeftOut>> {
    if level_of_rank(row.priority) != SafeguardingLevel::None {
        return Ok(Some(LeftOut::Safeguarding));
    }
    if !events::opened_by_anyone(conn, row.id)? {
        return Ok(Some(LeftOut::Unread));
    }
    Ok(None)
}

/// Sorts the chosen items into those the action applies to and those it
/// leaves out (with why). Changes nothing.
pub fn bulk_plan(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    ids: &[i64],
    action: BulkAction,
    ctx: &Ctx<'_>,
) -> AppResult<BulkPlan> {
    require(me, Permission::Review)?;
    let mut plan = BulkPlan {
        action,
        apply: Vec::new(),
        left_out: Vec::new(),
    };
    let mut seen = Vec::new();
    for &id in ids {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let env = match open(conn, id, secret) {
            Ok(env) => env,
            Err(AppError::NotFound) => continue,
            Err(e) => return Err(e),
        };
        let item = env.item(ctx.policy, ctx.now)?;
        let why = match action {
            BulkAction::Decline(_) => match bulk_decline_allows(conn, &env.row)? {
                Some(why) => Some(why),
                None => {
                    let claimed = if item.claim == Some(me.staff_id) {
                        Ok(item.clone())
                    } else {
                        crate::domain::moderation::decide(
                            &item,
                            actor(me),
                            &Command::Claim,
                            ctx.rules,
                        )
                        .map(|d| item.after(&d))
                    };
                    let ok = claimed.is_ok_and(|i| {
                        crate::domain::moderation::decide(
                            &i,
                            actor(me),
                            &Command::Decline,
                            ctx.rules,
                        )
                        .is_ok()
                    });
                    (!ok).then_some(LeftOut::NotNow)
                }
            },
            BulkAction::Release => {
                let ok = crate::domain::moderation::decide(
                    &item,
                    actor(me),
                    &Command::Release,
                    ctx.rules,
                )
                .is_ok();
                (!ok).then_some(LeftOut::NotNow)
            }
        };
        match why {
            Some(why) => plan.left_out.push((id, why)),
            None => plan.apply.push(id),
        }
    }
    Ok(plan)
}

/// Declines each selected item (claiming it first) with `reason`; items someone
/// else holds, or that changed, are skipped. For duplicates and spam only, and
/// never for a concern or urgent item or one nobody has read.
pub fn bulk_decline(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    ids: &[i64],
    reason: &str,
    ctx: &Ctx<'_>,
) -> AppResult<BulkOutcome> {
    require(me, Permission::Review)?;
    if !["duplicate", "spam"].contains(&reason) || ctx.policy.decline_reason(reason).is_none() {
        return Err(AppError::InvalidInput("unknown_choice"));
    }
    let mut outcome = BulkOutcome::default();
    for &id in ids {
        let result = storage::write(conn, |c| {
            let env = open(c, id, secret)?;
            if bulk_decline_allows(c, &env.row)?.is_some() {
                return Err(AppError::Moderation(
                    crate::domain::moderation::Refusal::NotNow,
                ));
            }
            if env.live_claim(ctx.now) != Some(me.staff_id) {
                commit(c, &env, actor(me), &Command::Claim, &Extra::default(), ctx)?;
            }
            let env = open(c, id, secret)?;
            let extra = Extra {
                decline_reason: Some(reason),
                message: None,
            };
            commit(c, &env, actor(me), &Command::Decline, &extra, ctx).map(|_| ())
        });
        match result {
            Ok(()) => outcome.done += 1,
            Err(AppError::Storage(e)) => return Err(AppError::Storage(e)),
            Err(_) => outcome.skipped += 1,
        }
    }
    Ok(outcome)
}

/// Releases each selected item this person holds.
pub fn bulk_release(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    ids: &[i64],
    ctx: &Ctx<'_>,
) -> AppResult<BulkOutcome> {
    require(me, Permission::Review)?;
    let mut outcome = BulkOutcome::default();
    for &id in ids {
        let result = storage::write(conn, |c| {
            let env = open(c, id, secret)?;
            commit(
                c,
                &env,
                actor(me),
                &Command::Release,
                &Extra::default(),
                ctx,
            )
            .map(|_| ())
        });
        match result {
            Ok(()) => outcome.done += 1,
            Err(AppError::Storage(e)) => return Err(AppError::Storage(e)),
            Err(_) => outcome.skipped += 1,
        }
    }
    Ok(outcome)
}

/// The safeguarding lead records what was done about an item. Sealed to the
/// organisation key: the survivor's code does not open it.
pub fn add_note(
    conn: &mut DbConnection,
    me: &StaffIdentity,
    secret: &OrgSecretKey,
    id: i64,
    text: &str,
    audit_key: &AuditKey,
) -> AppResult<()> {
    require(me, Permission::Safeguarding)?;
    redaction::check_message(text).map_err(|p| {
        AppError::InvalidInput(match p {
            redaction::MessageProblem::Empty => "message_empty",
            redaction::MessageProblem::TooLong => "message_too_long",
        })
    })?;
    storage::write(conn, |c| {
        let row = submissions::by_id(c, id)?.ok_or(AppError::NotFound)?;
        if row.state == ModerationState::Withdrawn.as_str() {
            return Err(AppError::NotFound);
        }
        let at = audit::minute_now();
        messages::insert_note(
            c,
            &NewNote {
                submission_id: id,
                staff_id: me.staff_id,
                written_at: &at,
                body: &secret.public_key().seal_note(text.as_bytes()),
            },
        )?;
        audit::staff(
            c,
            audit_key,
            Some(me.staff_id),
            "safeguarding_note",
            Some(id),
            "",
        )
    })
}

/// Ends claims that expired: the items go back to the queue. Run by the
/// scheduled job on one node at a time.
pub fn expire_claims(conn: &mut DbConnection, audit_key: &AuditKey) -> AppResult<usize> {
    let now = now_unix();
    let next = next_state(
        ModerationState::InReview,
        Action::ExpireClaim,
        Party::System,
    )
    .expect("the table lets Voices end an expired claim");
    let mut ended = 0;
    for id in submissions::expired_claims(conn, now)? {
        let done = storage::write(conn, |c| {
            let Some(row) = submissions::by_id(c, id)? else {
                return Ok(false);
            };
            let expired = row.claim_expires_at.is_some_and(|t| t < now);
            if row.state != ModerationState::InReview.as_str() || !expired {
                return Ok(false);
            }
            let change = submissions::Transition {
                state: next.as_str().to_owned(),
                queue_group: next.queue_group(),
                claimed_by: None,
                claim_expires_at: None,
                changed_on: Some(today().to_string()),
                declined_by: row.declined_by,
                second_look_used: row.second_look_used,
                publish_requested_by: row.publish_requested_by,
                survivor_waiting: row.survivor_waiting,
                priority: row.priority,
            };
            if !submissions::apply(c, id, row.version, &change)? {
                return Ok(false);
            }
            audit::staff(
                c,
                audit_key,
                None,
                Action::ExpireClaim.as_str(),
                Some(id),
                "from=in_review to=received",
            )?;
            Ok::<_, AppError>(true)
        })?;
        ended += usize::from(done);
    }
    Ok(ended)
}

/// Re-records a review record after a fresh data key (see `survivor`).
pub fn reseal_review(
    conn: &mut DbConnection,
    id: i64,
    key: &DataKey,
    review: &ReviewRecord,
) -> AppResult<()> {
    store_review(conn, id, key, review)
}
