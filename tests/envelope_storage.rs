//! The encryption envelope through real storage, on SQLite and PostgreSQL: a
//! submission written by the group-commit writer opens with its receipt code and
//! with the organisation key, and nothing readable reaches the database.

mod common;

use std::sync::Arc;

use common::{contains, TestEnv};
use voices::app::submissions::{
    open_with_organisation_key, open_with_receipt, organisation_key, seal, Sealed,
};
use voices::crypto::{ReceiptCode, SetupToken};
use voices::domain::{Language, SubmissionKind};
use voices::error::AppError;

struct Installation {
    env: TestEnv,
    pool: voices::storage::DbPool,
    pepper: voices::crypto::ReceiptPepper,
}

fn install() -> Installation {
    voices::crypto::init().unwrap();
    let env = TestEnv::new();
    let secrets = env.config.secrets().unwrap();
    let pool = voices::storage::open(&env.config.database()).unwrap();
    voices::app::setup::ensure_organisation(&mut pool.get().unwrap(), &env.config.data_dir)
        .unwrap();
    Installation {
        env,
        pool,
        pepper: secrets.receipt_pepper,
    }
}

#[test]
fn a_sealed_submission_opens_with_its_receipt_and_with_the_organisation_key() {
    let inst = install();
    let mut conn = inst.pool.get().unwrap();
    let public = organisation_key(&mut conn).unwrap();
    let story = "They moved me three times and nobody asked me. كانوا ينقلونني. ሓደ ግዜ። 🙂";
    let Sealed { row, sealer, code } = seal(
        story.as_bytes(),
        SubmissionKind::Story,
        Language::Ar,
        0,
        &inst.pepper,
    );
    let writer = common::start_writer(&inst.pool, &inst.pepper);
    writer.submit_blocking(row, sealer).unwrap();

    // The code as a survivor might type it.
    let typed = code.grouped().to_lowercase().replace('-', " ");
    let (stored, plaintext) = open_with_receipt(
        &mut conn,
        &inst.pepper,
        &ReceiptCode::parse(&typed).unwrap(),
    )
    .unwrap();
    assert_eq!(plaintext.unwrap(), story.as_bytes());
    assert_eq!(stored.state, "received");
    assert_eq!(stored.language, "ar");
    assert_eq!(stored.received_on.len(), 10, "day resolution only");

    let token = SetupToken::from_text(&inst.env.setup_token());
    let secret = voices::app::setup::unwrap_with_token(&mut conn, &token).unwrap();
    assert_eq!(
        open_with_organisation_key(&stored, &public, &secret)
            .unwrap()
            .unwrap(),
        story.as_bytes()
    );

    // A wrong code and an unknown code are the same answer.
    let unknown = open_with_receipt(&mut conn, &inst.pepper, &ReceiptCode::generate()).unwrap_err();
    assert!(matches!(unknown, AppError::ReceiptNotFound));

    drop(conn);
    drop(writer);
    let stored_bytes = inst.env.stored_bytes();
    assert!(
        !contains(&stored_bytes, "They moved me".as_bytes()),
        "story text in clear"
    );
    assert!(
        !contains(&stored_bytes, "ينقلونني".as_bytes()),
        "story text in clear"
    );
    assert!(
        !contains(&stored_bytes, code.grouped().as_bytes()),
        "receipt code in clear"
    );
    assert!(
        !contains(&stored_bytes, code.grouped().replace('-', "").as_bytes()),
        "receipt code in clear"
    );
}

#[test]
fn the_writer_commits_concurrent_submissions_without_losing_any() {
    let inst = install();
    let writer = Arc::new(common::start_writer(&inst.pool, &inst.pepper));
    let pepper = Arc::new(inst.pepper.clone());
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let writer = writer.clone();
            let pepper = pepper.clone();
            std::thread::spawn(move || {
                (0..25)
                    .map(|i| {
                        let text = format!("story {t}-{i}");
                        let Sealed { row, sealer, code } = seal(
                            text.as_bytes(),
                            SubmissionKind::Feedback,
                            Language::Vi,
                            0,
                            &pepper,
                        );
                        writer.submit_blocking(row, sealer).unwrap();
                        (code, text)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let acknowledged: Vec<(ReceiptCode, String)> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    assert_eq!(acknowledged.len(), 200);
    let mut conn = inst.pool.get().unwrap();
    assert_eq!(voices::storage::submissions::count(&mut conn).unwrap(), 200);
    for (code, text) in &acknowledged {
        let (_, plaintext) = open_with_receipt(&mut conn, &pepper, code).unwrap();
        assert_eq!(plaintext.unwrap(), text.as_bytes());
    }
}

/// Holds the database's write lock from another connection until dropped.
struct WriteLock(voices::storage::DbConnection);

impl WriteLock {
    fn take(env: &TestEnv) -> Self {
        use diesel::connection::SimpleConnection;
        let mut conn = env.connect();
        match &mut conn {
            voices::storage::DbConnection::Sqlite(c) => c.batch_execute("BEGIN IMMEDIATE").unwrap(),
            voices::storage::DbConnection::Postgres(c) => c
                .batch_execute("BEGIN; LOCK TABLE submissions IN EXCLUSIVE MODE")
                .unwrap(),
        }
        Self(conn)
    }

    fn release(mut self) {
        use diesel::connection::SimpleConnection;
        match &mut self.0 {
            voices::storage::DbConnection::Sqlite(c) => c.batch_execute("COMMIT").unwrap(),
            voices::storage::DbConnection::Postgres(c) => c.batch_execute("COMMIT").unwrap(),
        }
    }
}

#[test]
fn a_failing_item_does_not_take_its_group_down() {
    let inst = install();
    let writer = common::start_writer(&inst.pool, &inst.pepper);
    let Sealed {
        row: first,
        sealer: first_sealer,
        code: _,
    } = seal(b"one", SubmissionKind::Story, Language::En, 0, &inst.pepper);
    writer.submit_blocking(first.clone(), first_sealer).unwrap();

    // Block the writer on another connection's lock, so what follows queues up
    // and is committed as one group once the lock is released.
    let lock = WriteLock::take(&inst.env);
    let (tx, rx) = std::sync::mpsc::channel();
    let Sealed {
        row: blocker,
        sealer: blocker_sealer,
        code: _,
    } = seal(
        b"blocker",
        SubmissionKind::Story,
        Language::En,
        0,
        &inst.pepper,
    );
    let sender = tx.clone();
    writer.submit(blocker, blocker_sealer, None, move |r| {
        sender.send(("blocker", r.is_ok())).unwrap()
    });
    std::thread::sleep(std::time::Duration::from_millis(200));
    // The same receipt hash again violates the unique index; the good item queued
    // beside it must still be stored.
    let Sealed {
        row: good,
        sealer: good_sealer,
        code: good_code,
    } = seal(b"two", SubmissionKind::Story, Language::En, 0, &inst.pepper);
    let sender = tx.clone();
    // Same row (same receipt hash), a new data key: only the row matters here.
    let Sealed {
        sealer: dup_sealer, ..
    } = seal(b"one", SubmissionKind::Story, Language::En, 0, &inst.pepper);
    writer.submit(first, dup_sealer, None, move |r| {
        sender.send(("dup", r.is_ok())).unwrap()
    });
    writer.submit(good, good_sealer, None, move |r| {
        tx.send(("good", r.is_ok())).unwrap()
    });
    lock.release();
    let mut results: Vec<_> = rx.iter().take(3).collect();
    results.sort();
    assert_eq!(results, [("blocker", true), ("dup", false), ("good", true)]);
    let (_, plaintext) =
        open_with_receipt(&mut inst.pool.get().unwrap(), &inst.pepper, &good_code).unwrap();
    assert_eq!(plaintext.unwrap(), b"two");
    assert_eq!(
        voices::storage::submissions::count(&mut inst.pool.get().unwrap()).unwrap(),
        3
    );
}
