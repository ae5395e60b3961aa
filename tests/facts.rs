//! Aggregation facts through the real moderation path, on SQLite and (with
//! TEST_DATABASE_URL) PostgreSQL: approving an item for themes writes one fact
//! with no id, day or words; publishing with quotes allowed keeps a quote of the
//! approved wording; withdrawal removes both.

mod common;

use common::staff::{self, act_status as act};
use common::{follow, TestApp};
use diesel::prelude::*;
use rocket::http::Status;
use rocket::local::blocking::Client;
use voices::storage::schema::{digest_quotes, facts, submissions};

fn moderator(app: &TestApp) -> Client {
    staff::moderator(app, "vi,en")
}

fn review(app: &TestApp, client: &Client, id: i64, themes: &[&str]) {
    staff::review(app, client, id, themes, &[]);
}

fn survivor(app: &TestApp, path: &str, fields: &[(&str, &str)]) {
    let res = app.post_form(path, fields);
    assert_eq!(follow(&app.client, res).status(), Status::Ok);
}

type FactLine = (String, String, String, String);

fn fact_rows(app: &TestApp) -> Vec<FactLine> {
    facts::table
        .select((facts::month, facts::language, facts::kind, facts::themes))
        .load(&mut app.env.connect())
        .unwrap()
}

/// What a digest release takes besides the database: the policy files and the
/// audit key.
fn release_inputs(app: &TestApp) -> (voices::policy::Policy, voices::crypto::AuditKey) {
    (
        voices::policy::Policy::load(&app.env.config.moderation_dir).unwrap(),
        voices::crypto::AuditKey::from_pepper(&app.env.config.secrets().unwrap().receipt_pepper),
    )
}

/// A Vietnamese story approved for its themes only, this month: its receipt
/// code and the one fact it leaves.
fn one_fact_this_month(app: &TestApp) -> (String, Vec<FactLine>) {
    let mo = moderator(app);
    let (id, code) = app.share("vi", "Họ bắt tôi làm việc ở tiệm nail mà không trả lương.");
    assert_eq!(act(app, &mo, id, "claim", &[]), Status::SeeOther);
    review(app, &mo, id, &["labour_exploitation"]);
    assert_eq!(act(app, &mo, id, "themes_only", &[]), Status::SeeOther);
    let rows = fact_rows(app);
    assert_eq!(rows.len(), 1);
    (code, rows)
}

#[test]
fn approval_for_themes_writes_one_fact_and_withdrawal_removes_it() {
    let app = TestApp::new();
    let mo = moderator(&app);
    let (id, code) = app.share("vi", "Họ bắt tôi làm việc ở tiệm nail mà không trả lương.");
    assert!(fact_rows(&app).is_empty(), "nothing before a decision");
    assert_eq!(act(&app, &mo, id, "claim", &[]), Status::SeeOther);
    review(&app, &mo, id, &["labour_exploitation", "not_believed"]);
    assert_eq!(act(&app, &mo, id, "themes_only", &[]), Status::SeeOther);

    let rows = fact_rows(&app);
    assert_eq!(rows.len(), 1);
    let (month, language, kind, themes) = &rows[0];
    assert_eq!(month, &voices::app::today().month());
    assert_eq!((language.as_str(), kind.as_str()), ("vi", "story"));
    assert_eq!(themes, "labour_exploitation not_believed");
    // No quote: the survivor approved no edited wording.
    let quotes: i64 = digest_quotes::table
        .count()
        .get_result(&mut app.env.connect())
        .unwrap();
    assert_eq!(quotes, 0);
    // A message afterwards writes nothing more.
    assert_eq!(
        act(&app, &mo, id, "message", &[("message", "Cảm ơn bạn.")]),
        Status::SeeOther
    );
    assert_eq!(fact_rows(&app).len(), 1);

    survivor(
        &app,
        "/vi/receipt/withdraw",
        &[("code", &code), ("confirm", "yes")],
    );
    assert!(fact_rows(&app).is_empty(), "withdrawal removes the fact");
    let month = voices::app::today().month();
    let totals = voices::storage::facts::tallies(&mut app.env.connect(), &month, &month).unwrap();
    assert!(!totals.0.is_empty(), "the approval added to the totals");
    assert!(
        totals.0.values().all(|n| *n == 0),
        "withdrawal takes the fact out of its totals: {totals:?}"
    );
}

#[test]
fn publication_with_quotes_keeps_the_approved_wording_and_withdrawal_removes_it() {
    let app = TestApp::new();
    let mo = moderator(&app);
    let (id, code) = app.share(
        "vi",
        "Tôi tên là Thuỷ. Họ bắt tôi làm việc mà không trả lương.",
    );
    assert_eq!(act(&app, &mo, id, "claim", &[]), Status::SeeOther);
    review(&app, &mo, id, &["labour_exploitation"]);
    let edit = "Tôi tên là [tên]. Họ bắt tôi làm việc mà không trả lương.";
    assert_eq!(
        act(&app, &mo, id, "propose", &[("edit", edit)]),
        Status::SeeOther
    );
    assert_eq!(app.answer_shown_edit("vi", &code, "approve"), Status::Ok);
    assert_eq!(act(&app, &mo, id, "publish", &[]), Status::SeeOther);

    assert_eq!(fact_rows(&app).len(), 1);
    let quotes: Vec<String> = digest_quotes::table
        .select(digest_quotes::body)
        .load(&mut app.env.connect())
        .unwrap();
    assert_eq!(quotes, vec![edit.to_owned()]);

    // Counted in a released digest where its language's total and its theme
    // are published, beside two other quotes of that theme (a theme shows
    // three quotes or none), the quote is shown with them...
    let mut conn = app.env.connect();
    release_october_with_quotes(&app, &mut conn);
    let digest = || {
        app.client
            .get("/digests/2026-10.json")
            .dispatch()
            .into_string()
            .unwrap()
    };
    assert!(digest().contains(edit), "the quote is in the digest");

    survivor(
        &app,
        "/vi/receipt/withdraw",
        &[("code", &code), ("confirm", "yes")],
    );
    // ...and gone from it the moment its survivor withdraws.
    assert!(!digest().contains("[tên]"), "the quote left the digest");
    assert!(!app
        .client
        .get("/vi/digests/2026-10")
        .dispatch()
        .into_string()
        .unwrap()
        .contains("[tên]"));
    assert_eq!(
        fact_rows(&app).len(),
        100,
        "the released month's facts stay"
    );
    let left: Vec<String> = digest_quotes::table
        .select(digest_quotes::body)
        .load(&mut app.env.connect())
        .unwrap();
    assert_eq!(left.len(), 2, "only the survivor's own quote goes");
    assert!(left.iter().all(|body| !body.contains("[tên]")));
}

/// Moves the quotes written so far to October 2026 and releases that month's
/// digest with 100 other items of labour exploitation in six languages (34 of
/// them Vietnamese) and two other Vietnamese quotes of it: Vietnamese and the
/// theme are published, and the theme has the three quotes a digest shows, so
/// those quotes appear.
fn release_october_with_quotes(app: &TestApp, conn: &mut voices::storage::DbConnection) {
    diesel::update(digest_quotes::table)
        .set(digest_quotes::month.eq("2026-10"))
        .execute(conn)
        .unwrap();
    let story = voices::domain::share::Shared::Story {
        text: String::new(),
        themes: vec![],
        age_band: None,
        helped: None,
    };
    for (language, n) in [
        ("vi", 34),
        ("en", 27),
        ("ar", 22),
        ("sq", 13),
        ("ti", 1),
        ("ps", 3),
    ] {
        let others = voices::domain::facts::Fact::of(
            "2026-10",
            language,
            &story,
            &["labour_exploitation".to_owned()],
        );
        for _ in 0..n {
            voices::storage::facts::insert(conn, &others).unwrap();
        }
    }
    for body in ["Họ giữ hộ chiếu của tôi.", "Tôi làm việc mỗi ngày."] {
        voices::storage::facts::insert_quote(
            conn,
            &voices::storage::facts::NewQuote {
                month: "2026-10",
                language: "vi",
                themes: "labour_exploitation",
                content_warnings: "",
                body,
            },
        )
        .unwrap();
    }
    let (policy, key) = release_inputs(app);
    voices::app::digests::build(
        conn,
        &policy,
        &key,
        "2026-10".parse().unwrap(),
        "2026-11-08".parse().unwrap(),
    )
    .unwrap();
}

/// A fact drawn from a fixed-seed generator: every kind of key, some missing.
fn drawn_fact(seed: &mut u64, month: &str) -> voices::domain::facts::Fact {
    use voices::domain::share::{AgeBand, Region};
    let mut next = |n: usize| -> usize {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        (*seed % n as u64) as usize
    };
    let feedback = next(2) == 0;
    let themes = [
        "education",
        "not_believed",
        "labour_exploitation",
        "retired",
    ];
    let mut chosen: Vec<String> = (0..next(3))
        .map(|_| themes[next(themes.len())].to_owned())
        .collect();
    chosen.sort();
    chosen.dedup();
    let mut answers = std::collections::BTreeMap::new();
    for (q, a) in [
        ("listened", ["yes", "mostly", "no"]),
        ("safe", ["yes", "no", "odd"]),
    ] {
        if feedback && next(4) != 0 {
            answers.insert(q.to_owned(), a[next(3)].to_owned());
        }
    }
    voices::domain::facts::Fact {
        month: month.into(),
        language: ["en", "vi", "ar", "xx"][next(4)].into(),
        kind: if feedback {
            voices::domain::SubmissionKind::Feedback
        } else {
            voices::domain::SubmissionKind::Story
        },
        service: (feedback && next(5) != 0).then(|| ["police", "school"][next(2)].to_owned()),
        region: (feedback && next(3) != 0).then(|| Region::ALL[next(Region::ALL.len())]),
        age_band: (next(3) != 0).then(|| AgeBand::ALL[next(AgeBand::ALL.len())]),
        themes: chosen,
        answers,
    }
}

#[test]
fn running_totals_always_equal_the_facts_they_count() {
    use voices::domain::facts::Tallies;
    use voices::storage::facts as store;
    let env = common::TestEnv::new();
    voices::crypto::init().unwrap();
    let pool = voices::storage::open(&env.config.database()).unwrap();
    let mut conn = pool.get().unwrap();
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut kept = Vec::new();
    voices::storage::write(&mut conn, |c| {
        for i in 0..400 {
            let month = if i % 3 == 0 { "2026-09" } else { "2026-10" };
            let fact = drawn_fact(&mut seed, month);
            let id = store::insert(c, &fact)?;
            // Every fifth is withdrawn again; a missing id removes nothing.
            if i % 5 == 0 {
                assert!(store::delete(c, id)?);
                assert!(!store::delete(c, id)?);
            } else {
                kept.push(fact);
            }
        }
        Ok::<_, diesel::result::Error>(())
    })
    .unwrap();
    let expected = |month: &str| {
        let mut t = Tallies::of(kept.iter().filter(|f| f.month == month).map(|f| (f, 1)));
        t.0.retain(|_, n| *n != 0);
        t
    };
    let stored = |conn: &mut voices::storage::DbConnection, from: &str, to: &str| {
        let mut t = store::tallies(conn, from, to).unwrap();
        t.0.retain(|_, n| *n != 0);
        t
    };
    let october = stored(&mut conn, "2026-10", "2026-10");
    assert!(october.0.len() > 20, "a varied month: {}", october.0.len());
    assert_eq!(october, expected("2026-10"));
    assert_eq!(stored(&mut conn, "2026-09", "2026-09"), expected("2026-09"));
    let both = stored(&mut conn, "2026-09", "2026-10");
    let mut sum = expected("2026-09");
    for (t, n) in expected("2026-10").0 {
        sum.add(t, n);
    }
    assert_eq!(both, sum);

    // Counting again from the facts gives the same totals, and only a database
    // with facts but no totals at all needs it.
    assert!(!store::needs_retally(&mut conn).unwrap());
    voices::storage::write(&mut conn, store::retally).unwrap();
    assert_eq!(stored(&mut conn, "2026-10", "2026-10"), expected("2026-10"));
    assert_eq!(stored(&mut conn, "2026-09", "2026-09"), expected("2026-09"));
    diesel::delete(voices::storage::schema::fact_tallies::table)
        .execute(&mut conn)
        .unwrap();
    assert!(store::needs_retally(&mut conn).unwrap());
    drop(conn);
    drop(pool);
    // Opening the database counts them again.
    let pool = voices::storage::open(&env.config.database()).unwrap();
    let mut conn = pool.get().unwrap();
    assert_eq!(stored(&mut conn, "2026-10", "2026-10"), expected("2026-10"));
}

/// A withdrawal after its month's digest was released keeps the fact: a
/// released digest never changes, and its month must still add up to the same
/// numbers when the digest is built again or a quarter is built from it (a
/// count that dropped by one afterwards would point at the person who left).
/// The fact holds no id, day or words, and its link to the submission went
/// with the encrypted review record. Before the release, a withdrawal removes
/// it (see above).
#[test]
fn a_withdrawal_keeps_the_fact_of_a_month_already_released() {
    let app = TestApp::new();
    let (code, rows) = one_fact_this_month(&app);

    // The month closes and its digest is released.
    let month: voices::domain::digest::Period = voices::app::today().month().parse().unwrap();
    let later: voices::domain::Day = "2100-01-01".parse().unwrap();
    let (policy, key) = release_inputs(&app);
    let mut conn = app.env.connect();
    voices::app::digests::build(&mut conn, &policy, &key, month, later).unwrap();
    let path = format!("/digests/{month}.json");
    let released = app
        .client
        .get(path.clone())
        .dispatch()
        .into_string()
        .unwrap();

    survivor(
        &app,
        "/vi/receipt/withdraw",
        &[("code", &code), ("confirm", "yes")],
    );
    assert_eq!(fact_rows(&app), rows, "the released month's fact stays");
    let again = voices::app::digests::build(&mut conn, &policy, &key, month, later).unwrap();
    assert!(
        matches!(
            again.as_slice(),
            [voices::app::digests::Built::AlreadyReleased { same: true, .. }]
        ),
        "built again, the month gives the same bytes: {again:?}"
    );
    assert_eq!(
        app.client.get(path).dispatch().into_string().unwrap(),
        released
    );
}

/// A withdrawal that arrives while its month's digest is being released waits
/// for the release: the release has counted the fact, so the fact stays and
/// the month gives the same bytes when built again. Without the wait, on
/// PostgreSQL the withdrawal saw the month unreleased (the release had not
/// committed) and removed a fact the digest had counted.
#[test]
fn a_withdrawal_during_a_release_waits_for_it_and_keeps_the_counted_fact() {
    let app = TestApp::new();
    let (code, rows) = one_fact_this_month(&app);

    let month: voices::domain::digest::Period = voices::app::today().month().parse().unwrap();
    let later: voices::domain::Day = "2100-01-01".parse().unwrap();
    let (policy, key) = release_inputs(&app);
    // The release reads the facts and writes the digest, then holds its
    // transaction open while the withdrawal comes in.
    let mut releasing = app.env.connect();
    let (composed, wait) = std::sync::mpsc::channel();
    let policy2 = policy.clone();
    let (_, key2) = release_inputs(&app);
    let release = std::thread::spawn(move || {
        voices::storage::write_exclusive(&mut releasing, |c| {
            let built = voices::app::digests::build(c, &policy2, &key2, month, later)?;
            composed.send(()).unwrap();
            std::thread::sleep(std::time::Duration::from_millis(800));
            Ok::<_, voices::error::AppError>(built)
        })
        .unwrap()
    });
    wait.recv().unwrap();
    survivor(
        &app,
        "/vi/receipt/withdraw",
        &[("code", &code), ("confirm", "yes")],
    );
    let built = release.join().unwrap();
    assert!(
        matches!(
            built.as_slice(),
            [voices::app::digests::Built::Released { .. }]
        ),
        "{built:?}"
    );
    assert_eq!(fact_rows(&app), rows, "the counted fact stays");
    let mut conn = app.env.connect();
    let again = voices::app::digests::build(&mut conn, &policy, &key, month, later).unwrap();
    assert!(
        matches!(
            again.as_slice(),
            [voices::app::digests::Built::AlreadyReleased { same: true, .. }]
        ),
        "built again, the month gives the same bytes: {again:?}"
    );
}

#[derive(QueryableByName)]
struct Relation {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    path: String,
}

/// Every relation of the database with its file: each table of the public
/// schema, its indexes, and its TOAST table and the TOAST table's index.
fn relation_files(pg: &mut PgConnection) -> Vec<Relation> {
    diesel::sql_query(
        "SELECT c.relname::text AS name, pg_relation_filepath(c.oid) AS path \
         FROM pg_class c \
         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'i', 'm') \
         UNION ALL \
         SELECT c.relname::text || ' (TOAST)', pg_relation_filepath(t.oid) \
         FROM pg_class c JOIN pg_class t ON t.oid = c.reltoastrelid \
         WHERE c.relnamespace = 'public'::regnamespace \
         UNION ALL \
         SELECT c.relname::text || ' (TOAST index)', pg_relation_filepath(i.indexrelid) \
         FROM pg_class c JOIN pg_index i ON i.indrelid = c.reltoastrelid \
         WHERE c.relnamespace = 'public'::regnamespace",
    )
    .load(pg)
    .unwrap()
}

#[derive(QueryableByName)]
struct Found {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    found: bool,
}

/// The relations whose files, as the server wrote them at a checkpoint, hold
/// `bytes`. Panics (the test fails, it does not skip) when this role may not
/// read relation files: it needs superuser or `pg_read_server_files`.
fn relations_holding(pg: &mut PgConnection, bytes: &[u8]) -> Vec<String> {
    use diesel::connection::SimpleConnection;
    pg.batch_execute("CHECKPOINT")
        .expect("CHECKPOINT needs superuser or pg_checkpoint: run this test with such a role");
    let mut holding = Vec::new();
    for relation in relation_files(pg) {
        let query = format!(
            "SELECT position('\\x{}'::bytea IN pg_read_binary_file('{}')) > 0 AS found",
            common::hex(bytes),
            relation.path.replace('\'', "''")
        );
        let found = diesel::sql_query(query)
            .get_result::<Found>(pg)
            .unwrap_or_else(|err| {
                panic!(
                    "cannot read the files of {} ({err}): run this test with a role that \
                     is superuser or has pg_read_server_files",
                    relation.name
                )
            });
        if found.found {
            holding.push(relation.name);
        }
    }
    holding
}

fn filenodes(pg: &mut PgConnection) -> Vec<(String, String)> {
    relation_files(pg)
        .into_iter()
        .map(|r| (r.name, r.path))
        .collect()
}

/// Runs the due rewrite until it reports that it ran with no older snapshot
/// open, as the background task does every interval (an `ANALYZE` or another
/// test's transaction, in any database of the server, may be open for a
/// moment). Bounded: fails after 200 tries, 100 ms apart.
fn vacuum_until_done(conn: &mut voices::storage::DbConnection) {
    use voices::storage::maintenance::{run_due_vacuum, Vacuum};
    for _ in 0..200 {
        match run_due_vacuum(conn).unwrap() {
            Vacuum::Done => {
                assert!(!voices::storage::maintenance::is_vacuum_due(conn).unwrap());
                return;
            }
            Vacuum::Postponed => std::thread::sleep(std::time::Duration::from_millis(100)),
            Vacuum::NotDue => panic!("the rewrite was not due"),
        }
    }
    panic!("the rewrite was postponed 200 times in a row");
}

/// On PostgreSQL, a snapshot opened before a withdrawal (here a REPEATABLE
/// READ transaction on another connection; in life a long report, an
/// `ANALYZE`, another node's reader), or a transaction with an id open in
/// another database of the server, makes `VACUUM FULL` copy the withdrawn row
/// versions. The rewrite is then not counted as done: it stays due, and the
/// ciphertext is still in the table files (a plain `VACUUM FULL` run meanwhile
/// leaves it there). Once both close, the next run rewrites the tables and the
/// ciphertext is gone.
#[test]
fn postgres_an_older_snapshot_keeps_the_rewrite_due_until_it_closes() {
    use diesel::connection::SimpleConnection;
    use voices::storage::maintenance::{is_vacuum_due, run_due_vacuum, Vacuum};
    let Some(env) = common::TestEnv::postgres_or_skip(
        "postgres_an_older_snapshot_keeps_the_rewrite_due_until_it_closes",
        |c| c.postgres_vacuum_seconds = 24 * 60 * 60,
    ) else {
        return;
    };
    let url = env.pg.as_ref().unwrap().url.clone();
    let app = TestApp::from_env(env);
    let mut pg = PgConnection::establish(&url).unwrap();
    let mut conn = app.env.connect();
    let (id, code) = app.share(
        "vi",
        "Tôi đã làm việc ở một xưởng may và không được trả lương.",
    );
    let payload: Option<Vec<u8>> = submissions::table
        .filter(submissions::id.eq(id))
        .select(submissions::payload)
        .first(&mut conn)
        .unwrap();
    let payload = payload.unwrap();
    let window = payload[payload.len() / 2 - 16..payload.len() / 2 + 16].to_vec();
    assert!(!relations_holding(&mut pg, &window).is_empty());

    let mut held = PgConnection::establish(&url).unwrap();
    held.batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM submissions;")
        .unwrap();
    // A transaction with an id, in another database of the same server, open
    // across the withdrawal: the rewrite's own snapshot would start before it.
    let mut elsewhere = PgConnection::establish(&common::postgres_url().unwrap()).unwrap();
    elsewhere
        .batch_execute("BEGIN; SELECT txid_current();")
        .unwrap();
    survivor(
        &app,
        "/vi/receipt/withdraw",
        &[("code", &code), ("confirm", "yes")],
    );
    assert!(is_vacuum_due(&mut conn).unwrap());
    assert_eq!(run_due_vacuum(&mut conn).unwrap(), Vacuum::Postponed);
    assert!(
        is_vacuum_due(&mut conn).unwrap(),
        "a postponed rewrite stays due"
    );
    assert!(
        !relations_holding(&mut pg, &window).is_empty(),
        "while the older snapshot is open the withdrawn ciphertext is still in the files"
    );
    assert_eq!(run_due_vacuum(&mut conn).unwrap(), Vacuum::Postponed);

    held.batch_execute("COMMIT").unwrap();
    assert_eq!(run_due_vacuum(&mut conn).unwrap(), Vacuum::Postponed);
    pg.batch_execute("VACUUM FULL submissions").unwrap();
    assert!(
        !relations_holding(&mut pg, &window).is_empty(),
        "a plain VACUUM FULL run now keeps the withdrawn row versions"
    );

    elsewhere.batch_execute("COMMIT").unwrap();
    vacuum_until_done(&mut conn);
    assert_eq!(run_due_vacuum(&mut conn).unwrap(), Vacuum::NotDue);
    let left = relations_holding(&mut pg, &window);
    assert!(left.is_empty(), "the ciphertext is still in {left:?}");
}

/// On PostgreSQL, after a publication with quotes (a message, an edited
/// version, a released digest that shows the quote) and the survivor's
/// withdrawal, the rewrite leaves the words and the ciphertext in no file of any
/// table, index or TOAST table. Every table is read, so a table that can hold
/// destroyed content and is left out of the rewrite makes this fail.
#[test]
fn postgres_withdrawal_leaves_no_words_in_any_table_file() {
    let Some(env) = common::TestEnv::postgres_or_skip(
        "postgres_withdrawal_leaves_no_words_in_any_table_file",
        |c| c.postgres_vacuum_seconds = 24 * 60 * 60,
    ) else {
        return;
    };
    let url = env.pg.as_ref().unwrap().url.clone();
    let app = TestApp::from_env(env);
    let mut pg = PgConnection::establish(&url).unwrap();
    let mo = moderator(&app);
    // Long enough to be kept out of line, in TOAST tables, and not compressible
    // to nothing: hex words from random bytes.
    let filler: Vec<String> = voices::crypto::random_bytes(1200)
        .chunks(6)
        .map(common::hex)
        .collect();
    let filler = filler.join(" ");
    let story = format!("CanaryStoryWords Tôi tên là Thuỷ. {filler}");
    let (id, code) = app.share("vi", &story);
    assert_eq!(act(&app, &mo, id, "claim", &[]), Status::SeeOther);
    review(&app, &mo, id, &["labour_exploitation"]);
    assert_eq!(
        act(
            &app,
            &mo,
            id,
            "message",
            &[("message", "CanaryMessageWords")]
        ),
        Status::SeeOther
    );
    let approved = format!("CanaryApprovedWords Tôi tên là [tên]. {filler}");
    assert_eq!(
        act(&app, &mo, id, "propose", &[("edit", &approved)]),
        Status::SeeOther
    );
    assert_eq!(app.answer_shown_edit("vi", &code, "approve"), Status::Ok);
    assert_eq!(act(&app, &mo, id, "publish", &[]), Status::SeeOther);

    // A released digest that shows the quote (joined when it is shown).
    let mut conn = app.env.connect();
    release_october_with_quotes(&app, &mut conn);
    assert!(app
        .client
        .get("/digests/2026-10.json")
        .dispatch()
        .into_string()
        .unwrap()
        .contains("CanaryApprovedWords"));

    // What must go: the approved words in clear, and 32-byte windows of the
    // story's ciphertext, of its sealed data key and of the message's ciphertext.
    let row: voices::storage::submissions::SubmissionRow = submissions::table
        .filter(submissions::id.eq(id))
        .select(voices::storage::submissions::SubmissionRow::as_select())
        .first(&mut conn)
        .unwrap();
    let window = |b: &[u8]| b[b.len() / 2..b.len() / 2 + 32].to_vec();
    let message: Vec<u8> = voices::storage::schema::messages::table
        .filter(voices::storage::schema::messages::submission_id.eq(id))
        .select(voices::storage::schema::messages::body)
        .first(&mut conn)
        .unwrap();
    let secrets: Vec<(&str, Vec<u8>)> = vec![
        ("the approved words", b"CanaryApprovedWords".to_vec()),
        (
            "the story's ciphertext",
            window(row.payload.as_ref().unwrap()),
        ),
        (
            "the sealed data key",
            window(row.org_sealed_key.as_ref().unwrap()),
        ),
        ("the message's ciphertext", window(&message)),
    ];
    // The check sees them while they live, in tables and in TOAST tables.
    let live = relations_holding(&mut pg, b"CanaryApprovedWords");
    for table in ["published_stories", "digest_quotes"] {
        assert!(
            live.iter().any(|r| r.starts_with(table)),
            "the check does not find live words in {table}: {live:?}"
        );
    }
    assert!(
        live.iter().any(|r| r.ends_with("(TOAST)")),
        "the check reads no TOAST table: {live:?}"
    );
    for (what, bytes) in &secrets[1..] {
        assert!(
            !relations_holding(&mut pg, bytes).is_empty(),
            "the check does not find {what} while it lives"
        );
    }

    let before = filenodes(&mut pg);
    survivor(
        &app,
        "/vi/receipt/withdraw",
        &[("code", &code), ("confirm", "yes")],
    );
    assert!(voices::storage::maintenance::is_vacuum_due(&mut conn).unwrap());
    vacuum_until_done(&mut conn);
    let after = filenodes(&mut pg);
    for (name, path) in &before {
        let kept = voices::storage::maintenance::NOT_REWRITTEN
            .iter()
            .any(|(table, _)| name.starts_with(table));
        if !kept && !name.contains("TOAST") {
            assert!(
                !after.contains(&(name.clone(), path.clone())),
                "{name} was not rewritten"
            );
        }
    }
    for (what, bytes) in &secrets {
        let left = relations_holding(&mut pg, bytes);
        assert!(
            left.is_empty(),
            "{what} still in the files of {left:?} after the rewrite"
        );
    }
}
