//! The bytes of one period's digest, composed from the facts and the released
//! digests it builds on, and what a digest counts by. Both releasing (`build`)
//! and checking again (`check`) use it; it writes nothing.

use crate::domain::digest::{self, Context, DigestSpec, Period};
use crate::domain::share::{AgeBand, Region};
use crate::domain::Language;
use crate::error::{AppError, AppResult};
use crate::policy::Policy;
use crate::storage::{facts, DbConnection};

use super::released::released_body;

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
