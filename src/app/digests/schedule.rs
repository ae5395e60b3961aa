//! Which periods are due (closed `delay_days` ago and not released), building
//! them with progress, and the scheduled build one node runs per turn under a
//! lease. What building one period means is `build.rs`. It never builds a
//! period before its delay has passed, or one already released.

use std::time::Instant;

use crate::crypto::AuditKey;
use crate::domain::digest::Period;
use crate::domain::Day;
use crate::error::AppResult;
use crate::policy::Policy;
use crate::storage::digests as store;
use crate::storage::{self, facts, settings, DbConnection};

use super::build::{build, Built};
use super::DigestConfig;
use crate::app::{now_unix, today};

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
