//! Rows written at moderation time cannot be paired with their submission by
//! their order. A published story, its digest quote, its aggregation fact and a
//! message are each written in the same transaction as a staff audit event that
//! names the submission. With ids counted up, ordering the rows by id and the
//! events by time pairs them all, and with them the fact's age band, region,
//! service and answers, which are otherwise only inside the encrypted payload.
//! With random ids an attacker holding a copy of the database does no better
//! than chance. On SQLite and (with TEST_DATABASE_URL) PostgreSQL.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::staff::{self, act_status as act};
use common::TestApp;
use diesel::prelude::*;
use rocket::http::Status;
use voices::storage::schema::staff_events;

/// Submissions taken through publication, one after another.
const ITEMS: usize = 24;
/// The most pairs an attacker may get right. A random order pairs one on
/// average; eight or more of 24 happens about once in 100,000 runs by chance.
/// Ids counted up pair all 24.
const CHANCE_BOUND: usize = 7;

fn ids(app: &TestApp, query: &str) -> BTreeSet<i64> {
    #[derive(QueryableByName)]
    struct Id {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        id: i64,
    }
    diesel::sql_query(query)
        .load::<Id>(&mut app.env.connect())
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect()
}

/// The one id in `after` that is not in `before`.
fn new_one(before: &BTreeSet<i64>, after: &BTreeSet<i64>) -> i64 {
    let new: Vec<i64> = after.difference(before).copied().collect();
    assert_eq!(new.len(), 1, "one new row: {new:?}");
    new[0]
}

/// The attacker's script, on a copy of the database: the events of one action
/// in the order they were written, paired one by one with the rows of a table
/// ordered by id. Answers the pairs (submission, row id).
fn pair_by_order(app: &TestApp, action: &str, table: &str) -> Vec<(i64, i64)> {
    let events: Vec<Option<i64>> = staff_events::table
        .filter(staff_events::action.eq(action))
        .order((staff_events::at, staff_events::id))
        .select(staff_events::submission_id)
        .load(&mut app.env.connect())
        .unwrap();
    let rows: Vec<i64> = ids(app, &format!("SELECT id FROM {table}"))
        .into_iter()
        .collect(); // a BTreeSet iterates in id order
    assert_eq!(events.len(), rows.len(), "{action} events and {table} rows");
    events
        .into_iter()
        .map(|e| e.expect("the event names its submission"))
        .zip(rows)
        .collect()
}

#[test]
fn rows_written_at_moderation_time_pair_with_their_events_no_better_than_chance() {
    // More receipt look-ups than one address may make in a minute.
    let app = TestApp::with(|c| c.limits.enabled = false);
    let mo = staff::moderator(&app, "vi,en");
    // What the test knows and the attacker does not: which row is whose.
    let mut truth: BTreeMap<&str, BTreeMap<i64, i64>> = BTreeMap::new();
    let tables = ["facts", "digest_quotes", "published_stories", "messages"];
    for k in 0..ITEMS {
        let (id, code) = app.share(
            "vi",
            &format!("Câu chuyện số {k}. Họ bắt tôi làm việc mà không trả lương."),
        );
        assert_eq!(act(&app, &mo, id, "claim", &[]), Status::SeeOther);
        staff::review(&app, &mo, id, &["labour_exploitation"], &[]);
        let before: Vec<BTreeSet<i64>> = tables
            .iter()
            .map(|t| ids(&app, &format!("SELECT id FROM {t}")))
            .collect();
        assert_eq!(
            act(&app, &mo, id, "message", &[("message", "Cảm ơn bạn.")]),
            Status::SeeOther
        );
        let edit = format!("Câu chuyện số {k}. Họ bắt tôi làm việc.");
        assert_eq!(
            act(&app, &mo, id, "propose", &[("edit", &edit)]),
            Status::SeeOther
        );
        assert_eq!(app.answer_shown_edit("vi", &code, "approve"), Status::Ok);
        assert_eq!(act(&app, &mo, id, "publish", &[]), Status::SeeOther);
        for (table, before) in tables.iter().zip(&before) {
            let after = ids(&app, &format!("SELECT id FROM {table}"));
            truth
                .entry(table)
                .or_default()
                .insert(new_one(before, &after), id);
        }
    }
    let sequences = [
        ("publish", "facts"),
        ("publish", "digest_quotes"),
        ("publish", "published_stories"),
        ("message", "messages"),
    ];
    for (action, table) in sequences {
        let pairs = pair_by_order(&app, action, table);
        let right = pairs
            .iter()
            .filter(|(submission, row)| truth[table][row] == *submission)
            .count();
        println!("{table}: {right} of {ITEMS} paired by order");
        assert!(
            right <= CHANCE_BOUND,
            "ordering {table} by id pairs {right} of {ITEMS} rows with their submission"
        );
    }
}
