//! Withdrawn words leave the files. On SQLite, the WAL is truncated after a
//! withdrawal even while another connection reads, and the ciphertext and keys are
//! in neither file. On PostgreSQL, a background `VACUUM FULL` rewrites the tables,
//! and the old row version is in neither a fresh `pg_dump` nor the table's pages.
//!
//! The SQLite tests run on SQLite whatever `TEST_DATABASE_URL` says; the
//! PostgreSQL test is recorded as skipped (`common::skip`) when the run is on SQLite.

mod common;

use std::time::{Duration, Instant};

use common::{form, TestApp, TestEnv};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use rocket::http::{ContentType, Status};
use voices::storage::submissions::SubmissionRow;
use voices::web::Services;

/// The page a response leads to: itself, or where a 303 sends the browser (the
/// receipt may be shown through a redirect to a one-time link).
fn followed<'c>(
    client: &'c rocket::local::blocking::Client,
    res: rocket::local::blocking::LocalResponse<'c>,
) -> rocket::local::blocking::LocalResponse<'c> {
    match res.headers().get_one("Location") {
        Some(to) if res.status() == rocket::http::Status::SeeOther => {
            let to = to.to_owned();
            client.get(to).dispatch()
        }
        _ => res,
    }
}

fn share(app: &TestApp, text: &str) -> (String, SubmissionRow) {
    let page = app
        .client
        .post("/en/story")
        .header(ContentType::Form)
        .body(form(&[("text", text), ("consent_use", "team_only")]))
        .dispatch();
    let page = followed(&app.client, page).into_string().unwrap();
    let code = common::receipt_code_in(&page).unwrap();
    let services = app.client.rocket().state::<Services>().unwrap();
    let parsed = voices::crypto::ReceiptCode::parse(&code).unwrap();
    let mut conn = services.pool.get().unwrap();
    let row = voices::storage::submissions::by_receipt_hash(
        &mut conn,
        &services.pepper.lookup_hash(&parsed),
    )
    .unwrap()
    .unwrap();
    (code, row)
}

fn withdraw(app: &TestApp, code: &str) {
    let res = app
        .client
        .post("/en/receipt/withdraw")
        .header(ContentType::Form)
        .body(form(&[("code", code), ("confirm", "yes")]))
        .dispatch();
    assert_eq!(followed(&app.client, res).status(), Status::Ok);
}

/// The stored secrets of a row: any 32-byte window of each is enough to find it.
fn secrets_of(row: &SubmissionRow) -> Vec<(&'static str, Vec<u8>)> {
    let window = |b: &Option<Vec<u8>>| {
        let b = b.as_ref().expect("a live row holds it");
        b[b.len() / 2..b.len() / 2 + 32].to_vec()
    };
    vec![
        ("ciphertext", window(&row.payload)),
        ("sealed data key", window(&row.org_sealed_key)),
        ("receipt-wrapped data key", window(&row.receipt_wrapped_key)),
    ]
}

fn sqlite_reader(env: &TestEnv) -> SqliteConnection {
    let path = env.data_dir().join("voices.sqlite");
    SqliteConnection::establish(path.to_str().unwrap()).unwrap()
}

#[test]
fn sqlite_flush_reports_a_wal_it_could_not_truncate() {
    let app = TestApp::from_env(TestEnv::sqlite());
    let (code, _) = share(&app, "held by a reader");
    // A reader with an open snapshot stops the WAL from restarting.
    let mut reader = sqlite_reader(&app.env);
    reader
        .batch_execute("BEGIN; SELECT COUNT(*) FROM submissions;")
        .unwrap();
    let services = app.client.rocket().state::<Services>().unwrap();
    {
        let mut conn = services.pool.get().unwrap();
        voices::storage::write(&mut conn, |c| {
            diesel::sql_query("UPDATE submissions SET state = state").execute(c)
        })
        .unwrap();
        let outcome =
            voices::storage::flush_deleted_within(&mut conn, Duration::from_millis(400)).unwrap();
        assert_eq!(outcome, voices::storage::Flushed::StillBusy);
    }
    reader.batch_execute("COMMIT;").unwrap();
    let mut conn = services.pool.get().unwrap();
    assert_eq!(
        voices::storage::flush_deleted_within(&mut conn, Duration::from_secs(5)).unwrap(),
        voices::storage::Flushed::Truncated
    );
    drop(code);
}

#[test]
fn sqlite_wal_is_truncated_once_a_concurrent_reader_finishes() {
    let app = TestApp::from_env(TestEnv::sqlite());
    let (code, row) = share(&app, "CanaryWalStory that must leave both files");
    let secrets = secrets_of(&row);
    // A reader holds a snapshot from before the withdrawal for longer than SQLite's
    // own busy timeout (10 s), then lets go.
    let env_dir = app.env.data_dir();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let path = env_dir.join("voices.sqlite");
        let mut reader = SqliteConnection::establish(path.to_str().unwrap()).unwrap();
        reader
            .batch_execute("BEGIN; SELECT COUNT(*) FROM submissions;")
            .unwrap();
        ready_tx.send(()).unwrap();
        std::thread::sleep(Duration::from_millis(11_000));
        reader.batch_execute("COMMIT;").unwrap();
    });
    ready_rx.recv().unwrap();
    let started = Instant::now();
    withdraw(&app, &code);
    let waited = started.elapsed();
    reader.join().unwrap();
    assert!(
        waited >= Duration::from_secs(10),
        "the withdrawal returned after {waited:?}, before the reader finished"
    );
    let wal = app.env.data_dir().join("voices.sqlite-wal");
    let wal_len = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    assert_eq!(wal_len, 0, "the WAL was not truncated");
    let db = std::fs::read(app.env.data_dir().join("voices.sqlite")).unwrap();
    let wal_bytes = std::fs::read(&wal).unwrap_or_default();
    for (what, bytes) in &secrets {
        assert!(
            !common::contains(&db, bytes),
            "the {what} is still in voices.sqlite"
        );
        assert!(
            !common::contains(&wal_bytes, bytes),
            "the {what} is still in the WAL"
        );
    }
}

#[derive(QueryableByName)]
struct Found {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    found: bool,
}

#[derive(QueryableByName)]
struct Filenode {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    node: i64,
}

fn filenode(conn: &mut PgConnection) -> i64 {
    diesel::sql_query("SELECT pg_relation_filenode('submissions')::bigint AS node")
        .get_result::<Filenode>(conn)
        .unwrap()
        .node
}

/// Whether `bytes` are in the table's pages as they are on disk (or its TOAST
/// table's), read by the server after a checkpoint. `None` when this role may not
/// (it needs superuser or pg_read_server_files).
fn in_table_pages(pg: &mut PgConnection, bytes: &[u8]) -> Option<bool> {
    pg.batch_execute("CHECKPOINT").ok()?;
    let query = format!(
        "SELECT position('\\x{hex}'::bytea IN \
           pg_read_binary_file(pg_relation_filepath('submissions'))) > 0 \
         OR COALESCE((SELECT position('\\x{hex}'::bytea IN \
           pg_read_binary_file(pg_relation_filepath(reltoastrelid))) > 0 \
           FROM pg_class WHERE relname = 'submissions' AND reltoastrelid <> 0), false) \
         AS found",
        hex = common::hex(bytes)
    );
    diesel::sql_query(query)
        .get_result::<Found>(pg)
        .map(|f| f.found)
        .map_err(|err| eprintln!("cannot read relation files: {err}"))
        .ok()
}

#[test]
fn postgres_withdrawn_bytes_leave_the_dump_and_the_table_pages() {
    let Some(env) = TestEnv::postgres_or_skip(
        "postgres_withdrawn_bytes_leave_the_dump_and_the_table_pages",
        |c| c.postgres_vacuum_seconds = 1,
    ) else {
        return;
    };
    let url = env.pg.as_ref().unwrap().url.clone();
    let app = TestApp::from_env(env);
    let (code, row) = share(&app, "CanaryVacuumStory that must leave the pages");
    for i in 0..3 {
        share(&app, &format!("a neighbour on the same page {i}"));
    }
    let secrets = secrets_of(&row);
    let mut pg = PgConnection::establish(&url).unwrap();
    // The page check can see the ciphertext while it is live (or cannot run).
    let readable = in_table_pages(&mut pg, &secrets[0].1);
    if readable.is_some() {
        assert_eq!(
            readable,
            Some(true),
            "the page check does not find live bytes"
        );
    }
    let before = filenode(&mut pg);
    withdraw(&app, &code);

    // The background job rewrites the table within a few seconds.
    let deadline = Instant::now() + Duration::from_secs(30);
    while filenode(&mut pg) == before {
        assert!(Instant::now() < deadline, "no VACUUM FULL within 30 s");
        std::thread::sleep(Duration::from_millis(200));
    }

    let dump = std::process::Command::new("pg_dump")
        .args(["--data-only", "--dbname", &url])
        .output()
        .expect("pg_dump runs");
    assert!(
        dump.status.success(),
        "{}",
        String::from_utf8_lossy(&dump.stderr)
    );
    for (what, bytes) in &secrets {
        assert!(
            !common::contains(&dump.stdout, bytes),
            "the {what} is in a fresh pg_dump"
        );
    }

    // The table's pages as they are on disk.
    if readable.is_none() {
        common::skip(
            "postgres_withdrawn_bytes_leave_the_dump_and_the_table_pages (the page check)",
            common::Skip::Missing("a database role that may read relation files"),
        );
        return;
    }
    for (what, bytes) in &secrets {
        assert_eq!(
            in_table_pages(&mut pg, bytes),
            Some(false),
            "the {what} is still in the table's pages"
        );
    }
}
