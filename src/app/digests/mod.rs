//! Building, releasing and reading theme digests, "you said, we did" responses,
//! and the API tokens practitioners read digests with.
//!
//! A digest is built once its period has closed; once released its bytes never
//! change: building the same period again must give the same bytes, and its
//! content hash is in the audit log. Nothing here reads a submission.

use std::time::Instant;

use serde::Serialize;

use crate::crypto::{content_hash, ApiToken, AuditKey, ReceiptPepper};
use crate::domain::digest::{self, Context, DigestBody, DigestSpec, Period};
use crate::domain::share::{AgeBand, Region};
use crate::domain::{Day, Language, Permission};
use crate::error::{AppError, AppResult};
use crate::policy::Policy;
use crate::storage::digests::{self as store, DigestRow};
use crate::storage::{self, facts, settings, DbConnection};

use super::staff::StaffIdentity;
use super::{audit, now_unix, today};

/// Digest settings (`[digests]` in voices.toml), owned by the configuration.
pub use crate::config::DigestConfig;

/// The setting an admin changes on the digests page.
pub const SETTING_PRACTITIONER_ONLY: &str = "digests_practitioner_only";

/// Whether digests are for practitioners only now.
pub fn practitioner_only(conn: &mut DbConnection, config: &DigestConfig) -> AppResult<bool> {
    Ok(
        match settings::get(conn, SETTING_PRACTITIONER_ONLY)?.as_deref() {
            Some("true") => true,
            Some("false") => false,
            _ => config.practitioner_only,
        },
    )
}

pub fn set_practitioner_only(
    conn: &mut DbConnection,
    audit_key: &AuditKey,
    admin: &StaffIdentity,
    value: bool,
) -> AppResult<()> {
    if !admin.can(Permission::ManageSettings) {
        return Err(AppError::Forbidden);
    }
    storage::write(conn, |c| {
        settings::set(
            c,
            SETTING_PRACTITIONER_ONLY,
            Some(if value { "true" } else { "false" }),
        )?;
        audit::staff(
            c,
            audit_key,
            Some(admin.staff_id),
            "digest_access_changed",
            None,
            &format!("practitioner_only={value}"),
        )
    })
}

/// What a digest counts by, from the policy.
pub fn spec(policy: &Policy) -> DigestSpec {
    let feedback = policy.feedback.spec();
    DigestSpec {
        languages: Language::ALL.iter().map(|l| l.code().to_owned()).collect(),
        themes: policy.theme_keys().iter().map(|k| k.to_string()).collect(),
        age_bands: AgeBand::ALL.iter().map(|a| a.key().to_owned()).collect(),
        regions: Region::ALL.iter().map(|r| r.key().to_owned()).collect(),
        services: feedback.known_services,
        questions: feedback.questions,
    }
}

/// What building one period did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Built {
    Released {
        period: Period,
        hash: String,
    },
    /// Already released; `same` says whether building again gave its bytes.
    AlreadyReleased {
        period: Period,
        same: bool,
    },
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether a released digest already counted `month` (the month itself or its
/// quarter): facts of such a month stay, because released figures never change.
pub fn month_released(conn: &mut DbConnection, month: &str) -> AppResult<bool> {
    let Ok(period) = month.parse::<Period>() else {
        return Ok(false);
    };
    let both = [period.to_string(), period.quarter().to_string()];
    Ok(!store::released_among(conn, &both)?.is_empty())
}

pub fn released_body(conn: &mut DbConnection, period: Period) -> AppResult<Option<DigestBody>> {
    match store::by_period(conn, &period.to_string())? {
        Some(row) => Ok(Some(parse_body(&row)?)),
        None => Ok(None),
    }
}

pub fn parse_body(row: &DigestRow) -> AppResult<DigestBody> {
    serde_json::from_str(&row.body)
        .map_err(|e| AppError::Internal(format!("stored digest format: {e}")))
}

/// Builds the bytes of `period` from the facts and the released digests it
/// depends on (the previous period; for a quarter, its months).
pub fn compose(conn: &mut DbConnection, policy: &Policy, period: Period) -> AppResult<Vec<u8>> {
    let previous = released_body(conn, period.previous())?;
    let mut months = Vec::new();
    if period.is_quarter() {
        for m in period.month_periods() {
            months.push(
                released_body(conn, m)?.ok_or_else(|| {
                    AppError::Internal("a quarter's month is not released".into())
                })?,
            );
        }
    }
    let covered = period.months();
    let tallies = facts::tallies(conn, &covered[0], &covered[covered.len() - 1])?;
    let mut month_tallies = Vec::new();
    if period.is_quarter() {
        for m in &covered {
            month_tallies.push(facts::tallies(conn, m, m)?);
        }
    }
    let body = digest::build(
        period,
        &spec(policy),
        &tallies,
        &Context {
            previous: previous.as_ref(),
            months: months.iter().collect(),
            month_tallies: month_tallies.iter().collect(),
        },
    );
    Ok(body.to_bytes())
}

/// Why a period cannot be built.
pub const PERIOD_OPEN: &str = "digest_period_open";
pub const QUARTER_ALREADY_RELEASED: &str = "digest_quarter_released";

/// Builds and releases `period` (a quarter's months first), or checks that
/// building a released period again gives its bytes.
pub fn build(
    conn: &mut DbConnection,
    policy: &Policy,
    audit_key: &AuditKey,
    period: Period,
    today: Day,
) -> AppResult<Vec<Built>> {
    if !period.is_closed(today) {
        return Err(AppError::InvalidInput(PERIOD_OPEN));
    }
    let mut done = Vec::new();
    if let Some(row) = store::by_period(conn, &period.to_string())? {
        let same = compare_released(conn, policy, audit_key, None, period, &row)?;
        done.push(Built::AlreadyReleased { period, same });
        return Ok(done);
    }
    if period.is_quarter() {
        for m in period.month_periods() {
            if store::by_period(conn, &m.to_string())?.is_none() {
                done.extend(build(conn, policy, audit_key, m, today)?);
            }
        }
    } else if store::by_period(conn, &period.quarter().to_string())?.is_some() {
        return Err(AppError::InvalidInput(QUARTER_ALREADY_RELEASED));
    }
    let released = storage::write_exclusive(conn, |c| {
        if store::by_period(c, &period.to_string())?.is_some() {
            return Ok::<_, AppError>(None);
        }
        let bytes = compose(c, policy, period)?;
        let raw = content_hash(&bytes);
        let hash = hex(&raw);
        let body = String::from_utf8(bytes).expect("JSON is UTF-8");
        store::insert(
            c,
            &DigestRow {
                period: period.to_string(),
                kind: period.kind().to_owned(),
                released_on: today.to_string(),
                body,
                content_hash: raw.to_vec(),
            },
        )?;
        audit::staff(
            c,
            audit_key,
            None,
            "digest_released",
            None,
            &format!("period={period} sha=blake2b:{hash}"),
        )?;
        Ok(Some(hash))
    })?;
    done.push(match released {
        Some(hash) => Built::Released { period, hash },
        None => Built::AlreadyReleased { period, same: true },
    });
    Ok(done)
}

/// Builds a released `period` again and says whether it gives the released
/// bytes. A released digest is kept as it is whatever this says: published
/// figures never change. A difference (a policy list changed, the protection
/// rules changed, a period it depends on was released after it) is written to
/// the audit log with both hashes, so that it is never silent.
fn compare_released(
    conn: &mut DbConnection,
    policy: &Policy,
    audit_key: &AuditKey,
    actor: Option<i64>,
    period: Period,
    row: &DigestRow,
) -> AppResult<bool> {
    let again = compose(conn, policy, period)?;
    if again == row.body.as_bytes() {
        return Ok(true);
    }
    let rebuilt = hex(&content_hash(&again));
    let released = hex(&row.content_hash);
    storage::write(conn, |c| {
        audit::staff(
            c,
            audit_key,
            actor,
            "digest_rebuild_differs",
            None,
            &format!("period={period} released=blake2b:{released} rebuilt=blake2b:{rebuilt}"),
        )
    })?;
    Ok(false)
}

/// An admin's check of every released digest, oldest first: each period and
/// whether building it again today gives its released bytes. Nothing released
/// changes; each difference goes to the audit log.
pub fn check_released(
    conn: &mut DbConnection,
    policy: &Policy,
    audit_key: &AuditKey,
    admin: &StaffIdentity,
) -> AppResult<Vec<(Period, bool)>> {
    if !admin.can(Permission::ManageSettings) {
        return Err(AppError::Forbidden);
    }
    let mut out = Vec::new();
    for (period, _, _) in list(conn)?.into_iter().rev() {
        if let Some(row) = store::by_period(conn, &period.to_string())? {
            let same =
                compare_released(conn, policy, audit_key, Some(admin.staff_id), period, &row)?;
            out.push((period, same));
        }
    }
    Ok(out)
}

/// The closed periods from the first month with facts up to `today`, months
/// first then quarters, oldest first; with `delay_days`, only those closed at
/// least that long ago.
pub fn closed_periods(
    conn: &mut DbConnection,
    today: Day,
    delay_days: u32,
) -> AppResult<Vec<Period>> {
    let Some(first) = facts::months(conn)?.first().cloned() else {
        return Ok(Vec::new());
    };
    let Ok(mut month) = first.parse::<Period>() else {
        return Ok(Vec::new());
    };
    let due = |p: Period| p.closes_on().ordinal() + i64::from(delay_days) <= today.ordinal();
    let mut out = Vec::new();
    while due(month) {
        out.push(month);
        let quarter = month.quarter();
        if month == *quarter.month_periods().last().unwrap() && due(quarter) {
            out.push(quarter);
        }
        month = next_month(month);
    }
    Ok(out)
}

fn next_month(p: Period) -> Period {
    match p {
        Period::Month { year, month: 12 } => Period::Month {
            year: year + 1,
            month: 1,
        },
        Period::Month { year, month } => Period::Month {
            year,
            month: month + 1,
        },
        q => q,
    }
}

/// What a build reports as it goes, so a long one shows where it is.
#[derive(Debug)]
pub enum Progress<'a> {
    /// Starting `period`, the `index`th (from 1) of `of` due.
    Building {
        period: Period,
        index: usize,
        of: usize,
    },
    /// A period released (or found released), and how long it took.
    Done {
        built: &'a Built,
        took: std::time::Duration,
    },
}

/// Builds every closed period not yet released (`delay_days` after it
/// closed), reporting each as it goes.
pub fn build_due(
    conn: &mut DbConnection,
    policy: &Policy,
    audit_key: &AuditKey,
    today: Day,
    delay_days: u32,
    mut progress: impl FnMut(Progress<'_>),
) -> AppResult<Vec<Built>> {
    let mut due = Vec::new();
    for period in closed_periods(conn, today, delay_days)? {
        if store::by_period(conn, &period.to_string())?.is_none() {
            due.push(period);
        }
    }
    let mut all = Vec::new();
    for (i, &period) in due.iter().enumerate() {
        // Another node may have released it since the list was made.
        if store::by_period(conn, &period.to_string())?.is_some() {
            continue;
        }
        progress(Progress::Building {
            period,
            index: i + 1,
            of: due.len(),
        });
        let started = Instant::now();
        for built in build(conn, policy, audit_key, period, today)? {
            progress(Progress::Done {
                built: &built,
                took: started.elapsed(),
            });
            all.push(built);
        }
    }
    Ok(all)
}

/// The scheduled build: on one node per turn (a lease decides), every month
/// and quarter that closed `delay_days` ago.
pub fn build_due_if_leased(
    conn: &mut DbConnection,
    holder: &str,
    config: &DigestConfig,
    policy: &Policy,
    audit_key: &AuditKey,
) -> AppResult<Option<Vec<Built>>> {
    let now = now_unix();
    let until = now + (config.every_minutes as i64 * 60).saturating_sub(5).max(1);
    let won = storage::write_exclusive(conn, |c| {
        settings::take_lease(c, "digest_build", holder, now, until)
    })?;
    if !won {
        return Ok(None);
    }
    build_due(conn, policy, audit_key, today(), config.delay_days, |_| {}).map(Some)
}

/// A released digest as the routes serve it.
#[derive(Debug, Clone)]
pub struct Released {
    pub period: Period,
    pub released_on: String,
    pub hash: String,
    pub body: DigestBody,
    pub quotes: Vec<Quote>,
    pub responses: Vec<store::ResponseRow>,
}

/// A consented quote, shown with its theme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    pub theme: String,
    pub language: String,
    pub content_warnings: Vec<String>,
    pub text: String,
}

/// Quotes per theme: exactly this many, or none.
pub use crate::domain::digest::QUOTES_PER_THEME;

/// A released digest with today's quotes and responses; `None` when the period
/// is not released (or not a period at all).
///
/// Quotes follow the digest's figures: a theme shows quotes only where its
/// count is published and it has [`QUOTES_PER_THEME`] of them (never one or
/// two, which would be a small count), each from a language whose total is
/// published.
pub fn released(conn: &mut DbConnection, period: &str) -> AppResult<Option<Released>> {
    let Ok(period) = period.parse::<Period>() else {
        return Ok(None);
    };
    let Some(row) = store::by_period(conn, &period.to_string())? else {
        return Ok(None);
    };
    let body = parse_body(&row)?;
    let months = period.months();
    let stored = facts::quotes(conn, &months[0], &months[months.len() - 1])?;
    let mut quotes = Vec::new();
    for theme in &body.themes {
        let fit: Vec<_> = stored
            .iter()
            .filter(|q| q.themes.split_whitespace().any(|t| t == theme.key))
            .filter(|q| body.quote_language_shown(&q.language))
            .take(QUOTES_PER_THEME)
            .collect();
        if !body.quotes_shown_under(&theme.key, fit.len()) {
            continue;
        }
        quotes.extend(fit.into_iter().map(|q| {
            Quote {
                theme: theme.key.clone(),
                language: q.language.clone(),
                content_warnings: q
                    .content_warnings
                    .split_whitespace()
                    .map(str::to_owned)
                    .collect(),
                text: q.body.clone(),
            }
        }));
    }
    Ok(Some(Released {
        period,
        released_on: row.released_on,
        hash: hex(&row.content_hash),
        body,
        quotes,
        responses: store::responses(conn, Some(&period.to_string()))?,
    }))
}

/// What a cached rendering of a released digest depends on; `None` when the
/// period is not released.
pub fn freshness(conn: &mut DbConnection, period: Period) -> AppResult<Option<[i64; 4]>> {
    let months = period.months();
    Ok(store::freshness(
        conn,
        &period.to_string(),
        &months[0],
        &months[months.len() - 1],
    )?)
}

/// Every released digest, newest first: (period, released on, hash).
pub fn list(conn: &mut DbConnection) -> AppResult<Vec<(Period, String, String)>> {
    Ok(store::list(conn)?
        .into_iter()
        .filter_map(|(p, _, day, hash)| p.parse().ok().map(|p| (p, day, hex(&hash))))
        .collect())
}

/// The longest response, in characters.
pub const RESPONSE_CHARS: usize = 2000;

/// An admin writes what the organisation is doing about a theme of a released
/// digest, in one language. Kept in the audit log.
#[allow(clippy::too_many_arguments)]
pub fn respond(
    conn: &mut DbConnection,
    audit_key: &AuditKey,
    policy: &Policy,
    me: &StaffIdentity,
    period: &str,
    theme: &str,
    language: Language,
    text: &str,
) -> AppResult<()> {
    if !me.can(Permission::RespondToDigests) {
        return Err(AppError::Forbidden);
    }
    let period: Period = period.parse().map_err(|_| AppError::NotFound)?;
    if policy.theme(theme).is_none() {
        return Err(AppError::InvalidInput("unknown_choice"));
    }
    let text = text.trim();
    if text.is_empty() {
        return Err(AppError::InvalidInput("message_empty"));
    }
    if text.chars().count() > RESPONSE_CHARS {
        return Err(AppError::InvalidInput("message_too_long"));
    }
    storage::write(conn, |c| {
        if store::by_period(c, &period.to_string())?.is_none() {
            return Err(AppError::NotFound);
        }
        store::set_response(
            c,
            &period.to_string(),
            theme,
            language.code(),
            text,
            &today().to_string(),
        )?;
        let hash = hex(&content_hash(text.as_bytes()));
        audit::staff(
            c,
            audit_key,
            Some(me.staff_id),
            "digest_response",
            None,
            &format!(
                "period={period} theme={theme} language={} sha=blake2b:{hash}",
                language.code()
            ),
        )
    })
}

/// Issues an API token for `name` (a person or a script): returns it to be
/// shown once.
pub fn issue_token(
    conn: &mut DbConnection,
    audit_key: &AuditKey,
    pepper: &ReceiptPepper,
    me: &StaffIdentity,
    name: &str,
) -> AppResult<(i64, ApiToken)> {
    if !me.can(Permission::ManageSettings) {
        return Err(AppError::Forbidden);
    }
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        return Err(AppError::InvalidInput("name_invalid"));
    }
    let token = ApiToken::generate();
    let id = storage::write(conn, |c| {
        let id = store::insert_token(c, name, &token.lookup_hash(pepper), &today().to_string())?;
        audit::staff(
            c,
            audit_key,
            Some(me.staff_id),
            "digest_token_issued",
            None,
            &format!("token={id}"),
        )?;
        Ok::<_, AppError>(id)
    })?;
    Ok((id, token))
}

pub fn revoke_token(
    conn: &mut DbConnection,
    audit_key: &AuditKey,
    me: &StaffIdentity,
    id: i64,
) -> AppResult<()> {
    if !me.can(Permission::ManageSettings) {
        return Err(AppError::Forbidden);
    }
    storage::write(conn, |c| {
        if !store::revoke_token(c, id)? {
            return Err(AppError::NotFound);
        }
        audit::staff(
            c,
            audit_key,
            Some(me.staff_id),
            "digest_token_revoked",
            None,
            &format!("token={id}"),
        )
    })
}

/// The live token a bearer presents, by id.
pub fn check_token(
    conn: &mut DbConnection,
    pepper: &ReceiptPepper,
    presented: &str,
) -> AppResult<Option<i64>> {
    let token = ApiToken::from_text(presented);
    Ok(store::token_by_hash(conn, &token.lookup_hash(pepper))?)
}
