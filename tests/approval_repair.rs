//! Items an older build moved from "Survivor said yes" back to "Being read" when
//! a moderator took them are put back by a migration, on SQLite and (with
//! TEST_DATABASE_URL) PostgreSQL: an item being read whose latest edited version
//! the survivor approved becomes approved again, and Publish works on it. Items
//! whose latest version was not approved stay as they are.

mod common;

use common::staff::{self, act_status as act};
use common::{TestApp, TestEnv};
use diesel::prelude::*;
use diesel_migrations::MigrationHarness;
use rocket::http::Status;
use voices::storage::schema::proposals;
use voices::storage::DbConnection;

const MIGRATION: &str = "2026-12-08-000001_approved_items_restored";

/// Reverts the repair migration on one backend's connection.
fn revert_repair<DB: diesel::backend::Backend>(
    conn: &mut impl MigrationHarness<DB>,
    source: &diesel_migrations::EmbeddedMigrations,
) {
    use diesel::migration::MigrationSource;
    let all = MigrationSource::<DB>::migrations(source).unwrap();
    let m = all
        .iter()
        .find(|m| m.name().to_string() == MIGRATION)
        .expect("the repair migration exists");
    conn.revert_migration(&**m).unwrap();
}

/// Runs the repair migration again, as a database written by an older build
/// meets it on upgrade.
fn rerun_repair(conn: &mut DbConnection) {
    match conn {
        DbConnection::Sqlite(c) => revert_repair(c, &voices::storage::SQLITE_MIGRATIONS),
        DbConnection::Postgres(c) => revert_repair(c, &voices::storage::POSTGRES_MIGRATIONS),
    }
    assert_eq!(
        voices::storage::pending_migrations(conn).unwrap(),
        vec![MIGRATION.to_owned()]
    );
    voices::storage::migrate(conn).unwrap();
}

/// Shares a story, takes it, reviews it and sends an edited version; the
/// survivor answers it with `answer` on their receipt page.
fn answered_item(app: &TestApp, mo: &rocket::local::blocking::Client, answer: &str) -> i64 {
    let (id, code) = app.share(
        "vi",
        "Họ giữ hộ chiếu của tôi và bắt tôi làm việc ở tiệm nail.",
    );
    assert_eq!(act(app, mo, id, "claim", &[]), Status::SeeOther);
    staff::review(app, mo, id, &["labour_exploitation"], &[]);
    assert_eq!(
        act(
            app,
            mo,
            id,
            "propose",
            &[("edit", "Họ bắt tôi làm việc ở tiệm nail.")]
        ),
        Status::SeeOther
    );
    assert_eq!(app.answer_shown_edit("vi", &code, answer), Status::Ok);
    id
}

fn restores_items_an_older_build_moved_back(env: TestEnv) {
    let app = TestApp::from_env(env);
    let mo = staff::moderator(&app, "vi,en");
    let mut conn = app.env.connect();

    // Approved by the survivor, then taken: the older build set it to in_review.
    let stuck = answered_item(&app, &mo, "approve");
    assert_eq!(staff::state_of(&app, stuck), "approved");
    assert_eq!(act(&app, &mo, stuck, "claim", &[]), Status::SeeOther);
    diesel::update(
        voices::storage::schema::submissions::table
            .filter(voices::storage::schema::submissions::id.eq(stuck)),
    )
    .set(voices::storage::schema::submissions::state.eq("in_review"))
    .execute(&mut conn)
    .unwrap();
    // Refused by the survivor and taken again: rightly being read.
    let refused = answered_item(&app, &mo, "refuse");
    assert_eq!(act(&app, &mo, refused, "claim", &[]), Status::SeeOther);
    assert_eq!(staff::state_of(&app, refused), "in_review");
    let status: String = proposals::table
        .filter(proposals::submission_id.eq(refused))
        .select(proposals::status)
        .first(&mut conn)
        .unwrap();
    assert_eq!(status, "refused");
    // Taken with no edited version yet.
    let (fresh, _) = app.share("vi", "Tôi muốn kể về nơi tôi đã làm việc.");
    assert_eq!(act(&app, &mo, fresh, "claim", &[]), Status::SeeOther);
    assert_eq!(staff::state_of(&app, fresh), "in_review");

    rerun_repair(&mut conn);

    assert_eq!(
        staff::state_of(&app, stuck),
        "approved",
        "the approval is back"
    );
    assert_eq!(staff::state_of(&app, refused), "in_review");
    assert_eq!(staff::state_of(&app, fresh), "in_review");
    // And the approved item can be published, by the moderator who holds it.
    let page = mo
        .get(format!("/staff/items/{stuck}"))
        .dispatch()
        .into_string()
        .unwrap();
    assert!(
        page.contains(&format!("href=\"/staff/items/{stuck}/publish\"")),
        "Publish is offered"
    );
    assert_eq!(act(&app, &mo, stuck, "publish", &[]), Status::SeeOther);
    assert_eq!(staff::state_of(&app, stuck), "published");
}

#[test]
fn sqlite_restores_items_an_older_build_moved_back_to_being_read() {
    restores_items_an_older_build_moved_back(TestEnv::sqlite());
}

#[test]
fn postgres_restores_items_an_older_build_moved_back_to_being_read() {
    if let Some(env) = TestEnv::postgres_or_skip(
        "postgres_restores_items_an_older_build_moved_back_to_being_read",
        |_| {},
    ) {
        restores_items_an_older_build_moved_back(env);
    }
}
