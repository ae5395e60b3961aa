//! The audit log: recording events and proving the chains are whole.
//!
//! Every state change, claim, message, decision and staff change is an event. An
//! event never holds submission text. Staff events carry the UTC minute; events
//! that record what a survivor did carry the day only, in a chain of their own.

use crate::crypto::AuditKey;
use crate::error::AppResult;
use crate::storage::events::{
    self, Chain, StaffEvent, StaffEventRow, SurvivorEvent, SurvivorEventRow,
};
use crate::storage::DbConnection;

use super::today;

/// The current UTC minute, the resolution of staff events: `2026-12-01T15:28Z`.
pub fn minute_now() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}Z",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute()
    )
}

fn linker(key: &AuditKey) -> impl Fn(&[u8], &[&[u8]]) -> Vec<u8> + Sync + '_ {
    move |prev, fields| key.link(prev, fields)
}

/// Records what a staff member (or, with `None`, Voices itself) did.
pub fn staff(
    conn: &mut DbConnection,
    key: &AuditKey,
    staff_id: Option<i64>,
    action: &str,
    submission_id: Option<i64>,
    detail: &str,
) -> AppResult<()> {
    let at = minute_now();
    events::append_staff(
        conn,
        &[StaffEvent {
            at: &at,
            staff_id,
            action,
            submission_id,
            detail,
        }],
        &linker(key),
    )?;
    Ok(())
}

/// Records what a survivor did, with the day only.
pub fn survivor(
    conn: &mut DbConnection,
    key: &AuditKey,
    action: &str,
    submission_id: i64,
    detail: &str,
) -> AppResult<()> {
    let day = today().to_string();
    events::append_survivor(
        conn,
        &[SurvivorEvent {
            day: &day,
            action,
            submission_id,
            detail,
        }],
        &linker(key),
    )?;
    Ok(())
}

/// A link that does not hold, found by [`verify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Break {
    pub chain: Chain,
    /// The first event whose stored hash or position is wrong; for a cut end, the
    /// id the head says should exist.
    pub id: i64,
    pub problem: &'static str,
}

/// What [`verify`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub staff_events: i64,
    pub survivor_events: i64,
    pub first_break: Option<Break>,
}

const BATCH: i64 = 2_000;

/// An event as the walk sees it: id, previous hash, hash, hashed fields.
type Link<'a> = (i64, &'a [u8], &'a [u8], Vec<Vec<u8>>);

fn walk<R>(
    conn: &mut DbConnection,
    chain: Chain,
    fetch: fn(&mut DbConnection, i64, i64) -> diesel::QueryResult<Vec<R>>,
    parts: fn(&R) -> Link<'_>,
    key: &AuditKey,
) -> AppResult<(i64, Option<Break>)> {
    let link = linker(key);
    let mut prev = vec![0u8; 32];
    let mut expected_id = 1;
    let mut seen = 0;
    loop {
        let rows = fetch(conn, expected_id - 1, BATCH)?;
        if rows.is_empty() {
            break;
        }
        for row in &rows {
            let (id, prev_hash, hash, fields) = parts(row);
            let problem = if id != expected_id {
                Some("an event is missing before this one")
            } else if prev_hash != prev.as_slice() {
                Some("it does not follow the event before it")
            } else if events::link(&link, &prev, &fields) != hash {
                Some("its content was changed after it was written")
            } else {
                None
            };
            if let Some(problem) = problem {
                return Ok((
                    seen,
                    Some(Break {
                        chain,
                        id: id.min(expected_id),
                        problem,
                    }),
                ));
            }
            prev = hash.to_vec();
            expected_id += 1;
            seen += 1;
        }
    }
    let (head_id, head_hash) = events::head(conn, chain)?;
    if head_id != seen || head_hash != prev {
        return Ok((
            seen,
            Some(Break {
                chain,
                id: seen + 1,
                problem: "events at the end were removed",
            }),
        ));
    }
    Ok((seen, None))
}

fn staff_parts(e: &StaffEventRow) -> Link<'_> {
    (e.id, &e.prev_hash, &e.hash, events::staff_fields(e))
}

fn survivor_parts(e: &SurvivorEventRow) -> Link<'_> {
    (e.id, &e.prev_hash, &e.hash, events::survivor_fields(e))
}

/// Walks both chains from the start and names the first broken link.
pub fn verify(conn: &mut DbConnection, key: &AuditKey) -> AppResult<Verified> {
    let (staff_events, staff_break) =
        walk(conn, Chain::Staff, events::staff_after, staff_parts, key)?;
    let (survivor_events, survivor_break) = walk(
        conn,
        Chain::Survivor,
        events::survivor_after,
        survivor_parts,
        key,
    )?;
    Ok(Verified {
        staff_events,
        survivor_events,
        first_break: staff_break.or(survivor_break),
    })
}
