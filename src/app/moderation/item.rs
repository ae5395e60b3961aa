//! The item page: what it shows, the actions it offers, and the words once the
//! holder of the claim reads past the content warning. Never shows the words to
//! anyone the claim or today's limit does not allow.

use crate::app::envelope::{Ctx, Envelope, Message, ProposalView};
use crate::app::staff::StaffIdentity;
use crate::app::today;
use crate::crypto::OrgSecretKey;
use crate::domain::moderation::{Action, Command};
use crate::domain::redaction::{self, Replacement};
use crate::domain::review::ReviewRecord;
use crate::domain::suggest::{SafeguardingLevel, Suggestions};
use crate::domain::{Consent, Language, ModerationState, Permission, Role, Shared, SubmissionKind};
use crate::error::{AppError, AppResult};
use crate::policy::{level_of_rank, Policy};
use crate::storage::{events, messages, staff as staff_store, DbConnection};

use super::access::{actor, open, require};
use super::queue::{age_in_days, staff_names};
use super::settings::ModerationSettings;
use super::timeline::{timeline, TimelineEntry};
use super::wellbeing::{opened_today, record_opened, ReadingDay};

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

#[derive(Debug, Clone)]
pub struct NoteView {
    pub author: String,
    pub at: String,
    pub text: String,
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
        .filter(|row| crate::app::staff::parse_languages(&row.languages).contains(&language))
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
