//! Reading released digests: the stored body, the list, what a cached page
//! depends on, and a digest as the routes serve it with its consented quotes
//! and responses. Nothing here writes.

use serde::Serialize;

use crate::domain::digest::{DigestBody, Period};
use crate::error::{AppError, AppResult};
use crate::storage::digests::{self as store, DigestRow};
use crate::storage::{facts, DbConnection};

use super::hex;

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
