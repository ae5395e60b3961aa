//! The audit log: recording events and proving the chains are whole.
//!
//! Every state change, claim, message, decision and staff change is an event. An
//! event never holds submission text. Staff events carry the UTC minute; events
//! that record what a survivor did carry the day only, in chains of their own:
//! one per node for submissions, and a shared one for everything else (see
//! `storage::events`). `verify` walks every chain and checks that the node
//! chains are exactly those the shared survivor chain says were started.

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
        events::SHARED_SURVIVOR_CHAIN,
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

/// The file in the data directory that names this node's survivor chain, so
/// a restarted node carries on with its own chain.
pub const NODE_ID_FILE: &str = "node-id";

/// This node's id: read from `data_dir/node-id`, or made at random and written
/// there on first start. The id is only a name for a chain; two processes
/// that share a data directory share the chain and take turns on its head,
/// which is safe.
pub fn node_id(data_dir: &std::path::Path) -> AppResult<String> {
    let path = data_dir.join(NODE_ID_FILE);
    let valid = |id: &str| id.len() == 16 && id.bytes().all(|b| b.is_ascii_hexdigit());
    if let Ok(text) = std::fs::read_to_string(&path) {
        let id = text.trim();
        if valid(id) {
            return Ok(id.to_owned());
        }
    }
    let id = format!("{:016x}", crate::crypto::random_row_id());
    std::fs::write(&path, format!("{id}\n")).map_err(|e| {
        crate::storage::StorageError::Io(format!("cannot write {}: {e}", path.display()))
    })?;
    Ok(id)
}

/// Makes sure node `node` has a survivor chain, starting it if it has none:
/// a head of its own and an event on the shared survivor chain that names it,
/// in one transaction. The event carries the day only, as every survivor
/// event does: a start to the minute would date the first submissions of the
/// chain. Answers the chain's name, for the submission writer.
pub fn start_node_chain(conn: &mut DbConnection, key: &AuditKey, node: &str) -> AppResult<String> {
    let chain = events::node_chain(node);
    crate::storage::write_exclusive(conn, |c| {
        if events::add_head(c, &chain)? {
            survivor(
                c,
                key,
                events::NODE_CHAIN_STARTED,
                0,
                &format!("chain={chain}"),
            )?;
        }
        Ok::<_, crate::error::AppError>(())
    })?;
    Ok(chain)
}

/// A link that does not hold, found by [`verify`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Break {
    pub chain: Chain,
    /// The first event whose stored hash or position is wrong (on the staff
    /// chain, for a gap, the id that is missing); for a cut end, the id the
    /// head says should exist (staff chain) or the last event left (survivor
    /// chains);
    /// for a node chain removed whole, the shared-chain event that started it.
    pub id: i64,
    pub problem: &'static str,
}

/// What [`verify`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub staff_events: i64,
    /// Survivor events on every survivor chain.
    pub survivor_events: i64,
    pub first_break: Option<Break>,
}

const BATCH: i64 = 2_000;

/// An event as the walk sees it: position in its chain, id, previous hash,
/// hash, hashed fields.
type Link<'a> = (i64, i64, &'a [u8], &'a [u8], Vec<Vec<u8>>);

/// Walks chain `name` (of kind `chain`) from its start and checks it against
/// its head. `fetch` answers the events after a position, in chain order.
fn walk<R>(
    conn: &mut DbConnection,
    chain: Chain,
    name: &str,
    mut fetch: impl FnMut(&mut DbConnection, i64, i64) -> diesel::QueryResult<Vec<R>>,
    parts: fn(&R) -> Link<'_>,
    key: &AuditKey,
) -> AppResult<(i64, Option<Break>)> {
    let link = linker(key);
    let mut prev = vec![0u8; 32];
    let mut expected = 1;
    let mut seen = 0;
    let mut last_id = 0;
    loop {
        let rows = fetch(conn, expected - 1, BATCH)?;
        if rows.is_empty() {
            break;
        }
        for row in &rows {
            let (position, id, prev_hash, hash, fields) = parts(row);
            let problem = if position != expected {
                Some("an event is missing before this one")
            } else if prev_hash != prev.as_slice() {
                Some("it does not follow the event before it")
            } else if events::link(&link, &prev, &fields) != hash {
                Some("its content was changed after it was written")
            } else {
                None
            };
            if let Some(problem) = problem {
                // On the staff chain ids are positions: a gap names the id
                // that is missing.
                let id = if chain == Chain::Staff {
                    id.min(expected)
                } else {
                    id
                };
                return Ok((seen, Some(Break { chain, id, problem })));
            }
            prev = hash.to_vec();
            expected += 1;
            seen += 1;
            last_id = id;
        }
    }
    let whole = events::head(conn, name)?
        .is_some_and(|(head_position, head_hash)| head_position == seen && head_hash == prev);
    if !whole {
        let counted = chain == Chain::Staff;
        return Ok((
            seen,
            Some(Break {
                chain,
                id: if counted { seen + 1 } else { last_id },
                problem: if counted {
                    "events at the end were removed"
                } else {
                    "events after this one were removed"
                },
            }),
        ));
    }
    Ok((seen, None))
}

fn staff_parts(e: &StaffEventRow) -> Link<'_> {
    (e.id, e.id, &e.prev_hash, &e.hash, events::staff_fields(e))
}

fn survivor_parts(e: &SurvivorEventRow) -> Link<'_> {
    (
        e.position,
        e.id,
        &e.prev_hash,
        &e.hash,
        events::survivor_fields(e),
    )
}

/// The node chains the shared survivor chain says were started, with the id
/// of the event that started each (the walk checks those events' links).
fn started_node_chains(
    conn: &mut DbConnection,
) -> AppResult<std::collections::BTreeMap<String, i64>> {
    let mut started = std::collections::BTreeMap::new();
    for (id, detail) in events::node_chain_starts(conn)? {
        if let Some(name) = detail.strip_prefix("chain=") {
            started.entry(name.to_owned()).or_insert(id);
        }
    }
    Ok(started)
}

/// Walks every chain from the start and names the first broken link: the
/// staff chain, the shared survivor chain, and every node's survivor chain.
/// A node chain must have been started by an event of the shared chain, and
/// every chain so started must still have its head, so a chain added or
/// removed whole is found as surely as an edited event.
pub fn verify(conn: &mut DbConnection, key: &AuditKey) -> AppResult<Verified> {
    let (staff_events, staff_break) = walk(
        conn,
        Chain::Staff,
        Chain::Staff.as_str(),
        events::staff_after,
        staff_parts,
        key,
    )?;
    let started = started_node_chains(conn)?;
    let mut names: Vec<String> = events::survivor_chains_with_heads(conn)?;
    for name in events::survivor_chains_with_events(conn)? {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let mut survivor_events = 0;
    let mut survivor_break = None;
    for name in &names {
        if name != events::SHARED_SURVIVOR_CHAIN && !started.contains_key(name) {
            let first = events::survivor_chain_after(conn, name, 0, 1)?;
            survivor_break = survivor_break.or(Some(Break {
                chain: Chain::Survivor,
                id: first.first().map_or(0, |e| e.id),
                problem: "a survivor chain that no event started",
            }));
        }
        let (seen, broken) = walk(
            conn,
            Chain::Survivor,
            name,
            |c, after, limit| events::survivor_chain_after(c, name, after, limit),
            survivor_parts,
            key,
        )?;
        survivor_events += seen;
        survivor_break = survivor_break.or(broken);
    }
    for (name, started_by) in &started {
        if !names.contains(name) {
            survivor_break = survivor_break.or(Some(Break {
                chain: Chain::Survivor,
                id: *started_by,
                problem: "the node chain this event started was removed",
            }));
        }
    }
    Ok(Verified {
        staff_events,
        survivor_events,
        first_break: staff_break.or(survivor_break),
    })
}
