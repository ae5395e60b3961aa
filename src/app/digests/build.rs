//! Building one period's bytes from the facts and releasing them, once: a
//! released digest is never written again, and building it again only checks
//! its bytes (`check.rs`). Nothing here reads a submission.

use crate::crypto::{content_hash, AuditKey};
use crate::domain::digest::Period;
use crate::domain::Day;
use crate::error::{AppError, AppResult};
use crate::policy::Policy;
use crate::storage::digests::{self as store, DigestRow};
use crate::storage::{self, DbConnection};

use super::check::compare_released;
use super::compose::compose;
use super::hex;
use crate::app::audit;

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
