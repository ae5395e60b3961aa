//! Withdrawn words never come back. A key rotation and a consent change read a
//! submission and write it later; a withdrawal that commits in between must win,
//! on SQLite and on PostgreSQL (where READ COMMITTED lets a plain `UPDATE ... WHERE
//! id = ?` put a data key or payload back onto the tombstone). Random races show
//! it under load; two tests force the interleaving itself, one on the key
//! rotation's re-seal and one on the receipt page's consent change.

mod common;

use std::sync::{Arc, Barrier};

use common::{form, TestApp, ADMIN_NAME, ADMIN_PASSPHRASE};
use diesel::connection::Connection;
use rocket::http::ContentType;
use voices::crypto::{DecoyWrap, KdfCost, Passphrase, ReceiptCode};
use voices::domain::{Consent, ConsentUse};
use voices::error::AppError;
use voices::storage::submissions::{self, SubmissionRow};
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

fn share(app: &TestApp, text: &str) -> ReceiptCode {
    let page = app
        .client
        .post("/en/story")
        .header(ContentType::Form)
        .body(form(&[
            ("text", text),
            ("consent_use", "publish"),
            ("quotes", "no"),
        ]))
        .dispatch();
    let page = followed(&app.client, page).into_string().unwrap();
    ReceiptCode::parse(&common::receipt_code_in(&page).expect("a receipt")).unwrap()
}

/// Runs `f` with the moderation context a server request would have.
fn with_ctx<T>(
    services: &Services,
    conn: &mut voices::storage::DbConnection,
    f: impl FnOnce(&mut voices::storage::DbConnection, &voices::app::envelope::Ctx<'_>) -> T,
) -> T {
    let settings = services.moderation_settings(conn).unwrap();
    let ctx = services.ctx(&settings);
    f(conn, &ctx)
}

fn withdraw(services: &Services, conn: &mut voices::storage::DbConnection, code: &ReceiptCode) {
    with_ctx(services, conn, |c, ctx| {
        voices::app::survivor::withdraw(c, &services.pepper, code, ctx)
    })
    .unwrap();
}

fn row(services: &Services, code: &ReceiptCode) -> SubmissionRow {
    let mut conn = services.pool.get().unwrap();
    submissions::by_receipt_hash(&mut conn, &services.pepper.lookup_hash(code))
        .unwrap()
        .unwrap()
}

fn assert_tombstone(row: &SubmissionRow, what: &str) {
    assert_eq!(row.state, "withdrawn", "{what}");
    assert!(
        row.payload.is_none() && row.org_sealed_key.is_none() && row.receipt_wrapped_key.is_none(),
        "{what}: the tombstone holds words or a key again (payload {}, sealed {}, wrapped {})",
        row.payload.is_some(),
        row.org_sealed_key.is_some(),
        row.receipt_wrapped_key.is_some()
    );
}

/// Runs `writer` and a withdrawal of `code` at the same moment, from two threads
/// with their own pooled connections.
fn race(services: &Services, code: &ReceiptCode, writer: impl FnOnce(&Services) + Send + 'static) {
    let barrier = Arc::new(Barrier::new(2));
    let (s1, s2) = (services.clone(), services.clone());
    let (b1, b2) = (barrier.clone(), barrier);
    let code1 = code.clone();
    let withdraw = std::thread::spawn(move || {
        let mut conn = s1.pool.get().unwrap();
        b1.wait();
        withdraw(&s1, &mut conn, &code1);
    });
    let write = std::thread::spawn(move || {
        b2.wait();
        writer(&s2);
    });
    withdraw.join().unwrap();
    write.join().unwrap();
}

#[test]
fn a_consent_change_racing_a_withdrawal_never_restores_the_words() {
    let app = TestApp::with(|c| c.limits.enabled = false);
    let services = app.client.rocket().state::<Services>().unwrap().clone();
    let (mut changed_first, mut withdrawn_first) = (0, 0);
    for i in 0..120 {
        let code = share(&app, &format!("race story {i}"));
        let (tx, rx) = std::sync::mpsc::channel();
        let writer_code = code.clone();
        race(&services, &code, move |s| {
            let mut conn = s.pool.get().unwrap();
            let consent = Consent {
                usage: ConsentUse::TeamOnly,
                quotes: false,
            };
            let result = with_ctx(s, &mut conn, |c, ctx| {
                voices::app::survivor::change_consent(c, &s.pepper, &writer_code, consent, ctx)
            });
            let _ = tx.send(result.is_ok());
        });
        if rx.recv().unwrap() {
            changed_first += 1;
        } else {
            withdrawn_first += 1;
        }
        assert_tombstone(&row(&services, &code), &format!("iteration {i}"));
    }
    eprintln!("consent change first: {changed_first}, withdrawal first: {withdrawn_first}");
}

#[test]
fn a_key_rotation_racing_a_withdrawal_never_restores_the_key() {
    let app = TestApp::with(|c| c.limits.enabled = false);
    app.create_admin();
    let services = app.client.rocket().state::<Services>().unwrap().clone();
    let decoy = Arc::new(DecoyWrap::new(KdfCost::TestOnlyFast));
    for i in 0..40 {
        // Submissions ahead of the one withdrawn, so the rotation reads its row
        // and is still re-sealing the others when the withdrawal lands.
        for j in 0..20 {
            share(&app, &format!("bystander {i}-{j}"));
        }
        let code = share(&app, &format!("rotation race story {i}"));
        let decoy = decoy.clone();
        race(&services, &code, move |s| {
            let mut conn = s.pool.get().unwrap();
            voices::app::keys::rotate(
                &mut conn,
                ADMIN_NAME,
                &Passphrase::new(ADMIN_PASSPHRASE),
                KdfCost::TestOnlyFast,
                &decoy,
                voices::app::keys::BATCH,
                |_| true,
            )
            .unwrap()
            .expect("the rotation finished");
        });
        assert_tombstone(&row(&services, &code), &format!("iteration {i}"));
    }
}

/// The interleaving the races above hope to hit, forced: a key rotation reads
/// the row, a withdrawal commits, then the rotation re-seals. Its write must
/// match nothing.
#[test]
fn a_reseal_after_a_committed_withdrawal_matches_no_row() {
    let app = TestApp::with(|c| c.limits.enabled = false);
    let services = app.client.rocket().state::<Services>().unwrap().clone();
    let code = share(&app, "forced interleaving reseal");
    let mut reader = app.env.connect();
    let outcome: Result<usize, diesel::result::Error> = reader.transaction(|c| {
        let before = submissions::by_receipt_hash(c, &services.pepper.lookup_hash(&code))?.unwrap();
        // Another connection withdraws and commits while this transaction is open.
        let mut other = services.pool.get().unwrap();
        withdraw(&services, &mut other, &code);
        submissions::reseal(
            c,
            before.id,
            before.org_sealed_key.as_deref().unwrap(),
            before.org_key_id.unwrap(),
        )
    });
    match outcome {
        Ok(rows) => assert_eq!(rows, 0, "the re-seal changed a withdrawn row"),
        // SQLite refuses a write from a snapshot older than the last commit.
        Err(err) => assert!(!app.env.is_postgres(), "{err}"),
    }
    assert_tombstone(&row(&services, &code), "reseal");
}

/// The same interleaving on the real consent-change path (`survivor::act`, the
/// code behind the receipt page's consent form): the change reads the
/// submission, a withdrawal on another connection tries to commit, and only
/// then does the change write. Nothing is written back onto the tombstone.
///
/// On PostgreSQL the withdrawal commits in that gap (the change has only read),
/// so the change's versioned update matches no row and, tried again, finds the
/// words gone. On SQLite the change took the write lock before it read, so the
/// withdrawal cannot commit in the gap: it waits, and withdraws after the change.
#[test]
fn a_consent_change_that_read_before_a_withdrawal_writes_nothing_back() {
    let app = TestApp::with(|c| c.limits.enabled = false);
    let services = app.client.rocket().state::<Services>().unwrap().clone();
    let code = share(&app, "forced interleaving on the consent path");
    let consent = Consent {
        usage: ConsentUse::TeamOnly,
        quotes: false,
    };
    let shared_version = row(&services, &code).version;
    let mut withdrawal = None;
    let mut committed_in_the_gap = None;
    let mut pauses = 0;
    let mut conn = services.pool.get().unwrap();
    let changed = with_ctx(&services, &mut conn, |c, ctx| {
        voices::app::survivor::act_with_pause(
            c,
            &services.pepper,
            &code,
            &voices::app::survivor::SurvivorAction::ChangeConsent(consent),
            ctx,
            || {
                pauses += 1;
                if withdrawal.is_some() {
                    return;
                }
                let (s, withdrawn_code) = (services.clone(), code.clone());
                let (done_tx, done_rx) = std::sync::mpsc::channel();
                withdrawal = Some(std::thread::spawn(move || {
                    let mut other = s.pool.get().unwrap();
                    withdraw(&s, &mut other, &withdrawn_code);
                    let _ = done_tx.send(());
                }));
                // PostgreSQL: it commits at once. SQLite: it is still waiting
                // for the write lock when the change goes on to write.
                committed_in_the_gap = Some(
                    done_rx
                        .recv_timeout(std::time::Duration::from_millis(1500))
                        .is_ok(),
                );
            },
        )
    });
    withdrawal
        .expect("the change paused between its read and its write")
        .join()
        .unwrap();
    let tombstone = row(&services, &code);
    assert_tombstone(&tombstone, "consent change");
    if app.env.is_postgres() {
        assert_eq!(
            committed_in_the_gap,
            Some(true),
            "the withdrawal committed first"
        );
        assert!(
            matches!(changed, Err(AppError::Moderation(_))),
            "the change, tried again on the withdrawn item, is refused: {changed:?}"
        );
        assert_eq!(pauses, 2, "read, lost to the withdrawal, read again");
    } else {
        assert_eq!(
            committed_in_the_gap,
            Some(false),
            "SQLite kept the withdrawal out"
        );
        assert!(changed.is_ok(), "{changed:?}");
        assert_eq!(pauses, 1);
    }
    // The withdrawal wrote the last versions (two: its transition and the
    // shredding): on PostgreSQL the change wrote none at all, on SQLite one,
    // before the withdrawal.
    let changes = if app.env.is_postgres() { 2 } else { 3 };
    assert_eq!(
        tombstone.version,
        shared_version + changes,
        "versions written"
    );
}
