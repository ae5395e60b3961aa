//! The survivor audit log with more than one node, on SQLite and PostgreSQL:
//! each node's submission writer appends to a survivor chain of its own, so
//! nodes never take turns on one head row, and `voices audit verify` still
//! finds an edited, deleted, reordered or cut event in every node's chain, a
//! chain removed whole, and a chain hashed again without the installation's
//! key.

mod common;

use std::sync::Arc;

use common::TestEnv;
use diesel::prelude::*;
use voices::app::audit::{self, Break};
use voices::app::submissions::{seal, Sealed};
use voices::crypto::{AuditKey, ReceiptPepper};
use voices::domain::{Language, SubmissionKind};
use voices::storage::events::{self, Chain, Linker};
use voices::storage::schema::{audit_heads, survivor_events};
use voices::storage::DbConnection;

/// Submissions each node stores in [`two_nodes`].
const PER_NODE: usize = 24;

struct Installation {
    env: TestEnv,
    key: AuditKey,
    /// Each node's survivor chain, in the order the nodes started.
    chains: Vec<String>,
}

/// Two nodes on one database, each with its own pool and writer, storing
/// [`PER_NODE`] submissions each from four threads at once.
fn two_nodes() -> Installation {
    voices::crypto::init().unwrap();
    let env = TestEnv::new();
    let pepper = env.config.secrets().unwrap().receipt_pepper;
    let first = voices::storage::open(&env.config.database()).unwrap();
    voices::app::setup::ensure_organisation(&mut first.get().unwrap(), &env.config.data_dir)
        .unwrap();
    let second = voices::storage::open(&env.config.database()).unwrap();
    let writers: Vec<_> = [&first, &second]
        .into_iter()
        .map(|pool| Arc::new(common::start_writer(pool, &pepper)))
        .collect();
    let pepper = Arc::new(pepper);
    let threads: Vec<_> = writers
        .iter()
        .flat_map(|writer| (0..4).map(move |_| writer.clone()))
        .map(|writer| {
            let pepper = pepper.clone();
            std::thread::spawn(move || {
                for _ in 0..PER_NODE / 4 {
                    let Sealed { row, sealer, .. } =
                        seal(b"a story", SubmissionKind::Story, Language::Ro, 0, &pepper);
                    writer.submit_blocking(row, sealer).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    for writer in &writers {
        writer.close();
    }
    let mut conn = env.connect();
    let chains: Vec<String> = survivor_events::table
        .filter(survivor_events::action.eq(events::NODE_CHAIN_STARTED))
        .order(survivor_events::id)
        .select(survivor_events::detail)
        .load::<String>(&mut conn)
        .unwrap()
        .into_iter()
        .map(|d| d.strip_prefix("chain=").unwrap().to_owned())
        .collect();
    Installation {
        env,
        key: AuditKey::from_pepper(&pepper),
        chains,
    }
}

/// The ids of `chain`'s events, in chain order.
fn ids_of(conn: &mut DbConnection, chain: &str) -> Vec<i64> {
    survivor_events::table
        .filter(survivor_events::chain.eq(chain))
        .order(survivor_events::position)
        .select(survivor_events::id)
        .load(conn)
        .unwrap()
}

/// What `verify` finds after `tamper`, which is then undone.
fn found_after(
    conn: &mut DbConnection,
    key: &AuditKey,
    tamper: impl FnOnce(&mut DbConnection),
) -> Option<Break> {
    let mut found = None;
    let undone = conn.transaction::<(), diesel::result::Error, _>(|c| {
        tamper(c);
        found = Some(audit::verify(c, key).unwrap().first_break);
        Err(diesel::result::Error::RollbackTransaction)
    });
    assert!(undone.is_err());
    found.expect("verify ran")
}

fn set_detail(conn: &mut DbConnection, id: i64, detail: &str) {
    let changed = diesel::update(survivor_events::table.filter(survivor_events::id.eq(id)))
        .set(survivor_events::detail.eq(detail))
        .execute(conn)
        .unwrap();
    assert_eq!(changed, 1);
}

/// Hashes every event of `chain` again with `linker`, from the start, and
/// moves the chain's head to the new last hash: how someone with write
/// access to the database would hide an edit.
fn rewrite(conn: &mut DbConnection, chain: &str, linker: Linker<'_>) {
    let mut prev = vec![0u8; 32];
    for e in events::survivor_chain_after(conn, chain, 0, 10_000).unwrap() {
        let hash = events::link(linker, &prev, &events::survivor_fields(&e));
        diesel::update(survivor_events::table.filter(survivor_events::id.eq(e.id)))
            .set((
                survivor_events::prev_hash.eq(&prev),
                survivor_events::hash.eq(&hash),
            ))
            .execute(conn)
            .unwrap();
        prev = hash;
    }
    diesel::update(audit_heads::table.filter(audit_heads::chain.eq(chain)))
        .set(audit_heads::last_hash.eq(&prev))
        .execute(conn)
        .unwrap();
}

/// BLAKE2b without a key over the framing the chains use: what someone with
/// the database and the source, but not `secrets.toml`, would compute.
fn unkeyed_link(prev: &[u8], fields: &[&[u8]]) -> Vec<u8> {
    let mut framed = Vec::new();
    for part in std::iter::once(prev).chain(fields.iter().copied()) {
        framed.extend_from_slice(&(part.len() as u64).to_be_bytes());
        framed.extend_from_slice(part);
    }
    voices::crypto::content_hash(&framed).to_vec()
}

#[test]
fn two_nodes_storing_at_once_keep_a_chain_each_and_both_verify() {
    let inst = two_nodes();
    let mut conn = inst.env.connect();
    assert_eq!(inst.chains.len(), 2, "{:?}", inst.chains);
    assert_ne!(inst.chains[0], inst.chains[1]);

    let whole = audit::verify(&mut conn, &inst.key).unwrap();
    assert_eq!(whole.first_break, None);
    // Every submission, and the start of each node's chain.
    assert_eq!(whole.survivor_events, 2 * PER_NODE as i64 + 2);
    // Each node's submissions are in its own chain, counted from 1 without
    // a gap, and the chain's head names the last.
    for chain in &inst.chains {
        let positions: Vec<i64> = survivor_events::table
            .filter(survivor_events::chain.eq(chain))
            .order(survivor_events::position)
            .select(survivor_events::position)
            .load(&mut conn)
            .unwrap();
        assert_eq!(positions, (1..=PER_NODE as i64).collect::<Vec<_>>());
        let (head, _) = events::head(&mut conn, chain).unwrap().unwrap();
        assert_eq!(head, PER_NODE as i64);
    }
    // The shared chain holds only the starts of the two node chains, and
    // every event carries the day only.
    let shared: Vec<(String, i64)> = survivor_events::table
        .filter(survivor_events::chain.eq(events::SHARED_SURVIVOR_CHAIN))
        .order(survivor_events::position)
        .select((survivor_events::action, survivor_events::submission_id))
        .load(&mut conn)
        .unwrap();
    let start = (events::NODE_CHAIN_STARTED.to_owned(), 0);
    assert_eq!(shared, [start.clone(), start]);
    let days: Vec<String> = survivor_events::table
        .select(survivor_events::day)
        .load(&mut conn)
        .unwrap();
    let day = regex::Regex::new(r"^\d{4}-\d{2}-\d{2}$").unwrap();
    assert!(days.iter().all(|d| day.is_match(d)), "{days:?}");

    let out = common::voices_command(&inst.env, &["audit", "verify"]);
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains(&format!("{} survivor events", 2 * PER_NODE + 2)),
        "{out:?}"
    );
}

#[test]
fn an_edited_deleted_reordered_or_cut_event_in_either_nodes_chain_is_found() {
    let inst = two_nodes();
    let key = &inst.key;
    let mut conn = inst.env.connect();
    for chain in &inst.chains {
        let ids = ids_of(&mut conn, chain);
        let (k, next, last) = (ids[5], ids[6], ids[ids.len() - 1]);
        let survivor = |id: i64, problem: &'static str| {
            Some(Break {
                chain: Chain::Survivor,
                id,
                problem,
            })
        };

        // An edited event.
        assert_eq!(
            found_after(&mut conn, key, |c| set_detail(c, k, "to=withdrawn")),
            survivor(k, "its content was changed after it was written"),
            "{chain}"
        );
        // A deleted event: the next one names the gap.
        assert_eq!(
            found_after(&mut conn, key, |c| {
                diesel::delete(survivor_events::table.filter(survivor_events::id.eq(k)))
                    .execute(c)
                    .unwrap();
            }),
            survivor(next, "an event is missing before this one"),
            "{chain}"
        );
        // Two events swapped in the chain's order.
        let swapped = found_after(&mut conn, key, |c| {
            let place = |c: &mut DbConnection, id: i64, position: i64| {
                diesel::update(survivor_events::table.filter(survivor_events::id.eq(id)))
                    .set(survivor_events::position.eq(position))
                    .execute(c)
                    .unwrap();
            };
            place(c, k, -1);
            place(c, next, 6);
            place(c, k, 7);
        })
        .expect("a swap is found");
        assert_eq!(swapped.chain, Chain::Survivor, "{chain}");
        assert!([k, next].contains(&swapped.id), "{chain}: {swapped:?}");
        // Two events swapped in the listing order (their ids).
        let renumbered = found_after(&mut conn, key, |c| {
            let renumber = |c: &mut DbConnection, from: i64, to: i64| {
                diesel::update(survivor_events::table.filter(survivor_events::id.eq(from)))
                    .set(survivor_events::id.eq(to))
                    .execute(c)
                    .unwrap();
            };
            renumber(c, k, -1);
            renumber(c, next, k);
            renumber(c, -1, next);
        })
        .expect("renumbering is found");
        assert_eq!(
            renumbered.problem,
            "its content was changed after it was written"
        );
        // An event moved to the other node's chain.
        let other = inst.chains.iter().find(|c| *c != chain).unwrap().clone();
        let moved = found_after(&mut conn, key, |c| {
            diesel::update(survivor_events::table.filter(survivor_events::id.eq(last)))
                .set((
                    survivor_events::chain.eq(&other),
                    survivor_events::position.eq(PER_NODE as i64 + 1),
                ))
                .execute(c)
                .unwrap();
        })
        .expect("a moved event is found");
        assert_eq!(moved.chain, Chain::Survivor);
        // The last event cut off: the head still names it.
        assert_eq!(
            found_after(&mut conn, key, |c| {
                diesel::delete(survivor_events::table.filter(survivor_events::id.eq(last)))
                    .execute(c)
                    .unwrap();
            }),
            survivor(ids[ids.len() - 2], "events after this one were removed"),
            "{chain}"
        );
        // The whole chain removed, head and all: the shared-chain event that
        // started it still names it.
        let started: i64 = survivor_events::table
            .filter(survivor_events::detail.eq(format!("chain={chain}")))
            .select(survivor_events::id)
            .first(&mut conn)
            .unwrap();
        assert_eq!(
            found_after(&mut conn, key, |c| {
                diesel::delete(survivor_events::table.filter(survivor_events::chain.eq(chain)))
                    .execute(c)
                    .unwrap();
                diesel::delete(audit_heads::table.filter(audit_heads::chain.eq(chain)))
                    .execute(c)
                    .unwrap();
            }),
            Some(Break {
                chain: Chain::Survivor,
                id: started,
                problem: "the node chain this event started was removed",
            }),
            "{chain}"
        );

        // The edit hidden by hashing the chain again: without the key, or with
        // another installation's key, it is still found; with the key it passes.
        let other_key = AuditKey::from_pepper(&ReceiptPepper::from_bytes(&[7u8; 32]).unwrap());
        let wrong = move |p: &[u8], f: &[&[u8]]| other_key.link(p, f);
        for (how, linker) in [
            ("unkeyed", &unkeyed_link as Linker<'_>),
            ("wrongly keyed", &wrong),
        ] {
            assert_eq!(
                found_after(&mut conn, key, |c| {
                    set_detail(c, k, "to=withdrawn");
                    rewrite(c, chain, linker);
                }),
                survivor(ids[0], "its content was changed after it was written"),
                "{how} rewrite of {chain}"
            );
        }
        assert_eq!(
            found_after(&mut conn, key, |c| {
                set_detail(c, k, "to=withdrawn");
                rewrite(c, chain, &|p: &[u8], f: &[&[u8]]| key.link(p, f));
            }),
            None,
            "{chain} rewritten with the key"
        );
    }

    // A chain that no node started is found too.
    let stray = events::node_chain("00000000000000ff");
    let found = found_after(&mut conn, key, |c| {
        diesel::insert_into(audit_heads::table)
            .values((
                audit_heads::chain.eq(&stray),
                audit_heads::last_id.eq(0i64),
                audit_heads::last_hash.eq(vec![0u8; 32]),
            ))
            .execute(c)
            .unwrap();
    })
    .expect("a stray chain is found");
    assert_eq!(found.problem, "a survivor chain that no event started");

    // Nothing above was kept: the log is whole, and the command says so; an
    // edit that is kept makes the command fail, naming the event.
    assert_eq!(audit::verify(&mut conn, key).unwrap().first_break, None);
    let edited = ids_of(&mut conn, &inst.chains[1])[3];
    set_detail(&mut conn, edited, "to=withdrawn");
    let out = common::voices_command(&inst.env, &["audit", "verify"]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!("survivor chain, event {edited}")),
        "{out:?}"
    );
}

/// The cause of two nodes storing no more than one: every commit locked one
/// shared head row until it landed. Now a node's append waits only for its
/// own chain's head: with another node's commit open, it goes through at
/// once, while a second writer on the same chain still waits.
#[test]
fn a_nodes_append_does_not_wait_for_another_nodes_open_commit() {
    use diesel::connection::SimpleConnection;
    let test = "node_chains::a_nodes_append_does_not_wait_for_another_nodes_open_commit";
    let Some(env) = TestEnv::postgres_or_skip(test, |_| {}) else {
        return;
    };
    voices::crypto::init().unwrap();
    let pepper = env.config.secrets().unwrap().receipt_pepper;
    let key = AuditKey::from_pepper(&pepper);
    let pool = voices::storage::open(&env.config.database()).unwrap();
    let mut conn = pool.get().unwrap();
    let a = audit::start_node_chain(&mut conn, &key, "00000000000000aa").unwrap();
    let b = audit::start_node_chain(&mut conn, &key, "00000000000000bb").unwrap();
    let linker = |p: &[u8], f: &[&[u8]]| key.link(p, f);
    let event = [events::SurvivorEvent {
        day: "2026-12-07",
        action: "shared",
        submission_id: 1,
        detail: "to=received",
    }];
    let raw = |conn: &mut DbConnection, sql: &str| match conn {
        DbConnection::Postgres(c) => c.batch_execute(sql).unwrap(),
        DbConnection::Sqlite(_) => unreachable!(),
    };

    // Node A's commit is open, holding its chain's head.
    let mut node_a = env.connect();
    raw(&mut node_a, "BEGIN");
    events::append_survivor(&mut node_a, &a, &event, &linker).unwrap();

    let mut node_b = env.connect();
    raw(&mut node_b, "SET lock_timeout = '2s'");
    let other_chain = node_b.transaction(|c| events::append_survivor(c, &b, &event, &linker));
    assert!(other_chain.is_ok(), "{other_chain:?}");
    let same_chain = node_b.transaction(|c| events::append_survivor(c, &a, &event, &linker));
    assert!(
        same_chain.is_err(),
        "a second writer on A's chain must wait for A's head"
    );

    raw(&mut node_a, "COMMIT");
    let whole = audit::verify(&mut conn, &key).unwrap();
    assert_eq!(whole.first_break, None);
    // The two starts and the two events.
    assert_eq!(whole.survivor_events, 4);
}
