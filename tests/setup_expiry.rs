//! The first-admin setup link expires (24 hours by default); afterwards it answers
//! 404 exactly like a wrong token, and `voices setup reissue` prints a new one.

mod common;

use common::{form, TestApp, TestEnv};
use diesel::prelude::*;
use rocket::http::{ContentType, Status};

fn expire_the_link(env: &TestEnv) {
    let mut conn = env.connect();
    diesel::sql_query("UPDATE setup_claims SET expires_at = 1")
        .execute(&mut conn)
        .unwrap();
}

fn voices(env: &TestEnv, args: &[&str]) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_voices"));
    command
        .env_clear()
        .current_dir(env.dir.path())
        .env("VOICES_CONFIG", env.dir.path().join("absent.toml"))
        .env("VOICES_PUBLIC_URL", "https://voices.example")
        .args(args)
        .args(["--data-dir", env.config.data_dir.to_str().unwrap()]);
    if let Some(pg) = &env.pg {
        command.env("DATABASE_URL", &pg.url);
    }
    command.output().unwrap()
}

#[derive(QueryableByName)]
struct Expiry {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    expires_at: i64,
}

#[test]
fn the_link_lasts_a_day_by_default() {
    let app = TestApp::new();
    let mut conn = app.env.connect();
    let row: Expiry = diesel::sql_query("SELECT expires_at FROM setup_claims")
        .get_result(&mut conn)
        .unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let left = row.expires_at - now;
    assert!(
        (24 * 3600 - 120..=24 * 3600).contains(&left),
        "{left} s left"
    );
}

#[test]
fn an_expired_link_answers_like_a_wrong_one_and_reissue_makes_a_new_one() {
    // More setup requests than one address may make in a minute.
    let app = TestApp::with(|c| c.limits.enabled = false);
    let old = app.env.setup_token();
    let wrong = "A".repeat(43);
    assert_eq!(
        app.client.get(format!("/setup/{old}")).dispatch().status(),
        Status::Ok
    );
    expire_the_link(&app.env);

    let expired = app.client.get(format!("/setup/{old}")).dispatch();
    assert_eq!(expired.status(), Status::NotFound);
    let expired_body = expired.into_string().unwrap();
    let wrong_body = app
        .client
        .get(format!("/setup/{wrong}"))
        .dispatch()
        .into_string()
        .unwrap();
    assert_eq!(
        expired_body, wrong_body,
        "an expired link says nothing more"
    );
    let csrf = app.login_csrf();
    let post = app
        .client
        .post(format!("/setup/{old}"))
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("name", "Late Installer"),
            ("passphrase", "a late but long passphrase"),
            ("confirm", "a late but long passphrase"),
        ]))
        .dispatch();
    assert_eq!(post.status(), Status::NotFound);
    // Nor does the command line accept it.
    let add = voices(
        &app.env,
        &["staff", "add", "--name", "Late", "--role", "admin"],
    );
    assert!(!add.status.success());
    assert!(
        String::from_utf8_lossy(&add.stderr).contains("setup reissue"),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );

    let out = voices(&app.env, &["setup", "reissue"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8_lossy(&out.stdout).into_owned();
    let link = regex::Regex::new(r"https://voices\.example/setup/([A-Za-z0-9_-]{43})")
        .unwrap()
        .captures(&printed)
        .unwrap_or_else(|| panic!("no link in {printed}"))[1]
        .to_owned();
    assert_ne!(link, old);
    assert_eq!(
        app.env.setup_token(),
        link,
        "the token file holds the new token"
    );
    assert_eq!(
        app.client.get(format!("/setup/{old}")).dispatch().status(),
        Status::NotFound
    );
    // The new link creates the first admin, who can sign in.
    app.create_admin();
    assert_eq!(
        app.sign_in(common::ADMIN_NAME, common::ADMIN_PASSPHRASE)
            .status(),
        Status::SeeOther
    );
    // Once an admin exists there is nothing to reissue.
    let again = voices(&app.env, &["setup", "reissue"]);
    assert!(!again.status.success());
}

/// A token hash and the organisation key wrapped under that token, as stored.
#[derive(QueryableByName)]
struct Wrap {
    #[diesel(sql_type = diesel::sql_types::Binary)]
    token_hash: Vec<u8>,
    #[diesel(sql_type = diesel::sql_types::Binary)]
    wrapped_org_secret: Vec<u8>,
}

fn setup_wrap(env: &TestEnv) -> Wrap {
    diesel::sql_query("SELECT token_hash, wrapped_org_secret FROM setup_claims")
        .get_result(&mut env.connect())
        .unwrap()
}

fn invitation_wrap(env: &TestEnv) -> Wrap {
    diesel::sql_query(
        "SELECT token_hash, wrapped_org_secret FROM invitations \
         WHERE wrapped_org_secret IS NOT NULL",
    )
    .get_result(&mut env.connect())
    .unwrap()
}

/// Which of the wrap's parts a frame of the WAL or a page of the database file
/// still holds (any 16-byte window of them).
fn left_in_files(env: &TestEnv, wrap: &Wrap) -> Vec<String> {
    let dir = env.data_dir();
    let mut found = Vec::new();
    for file in ["voices.sqlite", "voices.sqlite-wal"] {
        let bytes = std::fs::read(dir.join(file)).unwrap_or_default();
        for (what, value) in [
            ("token hash", &wrap.token_hash),
            ("wrapped key", &wrap.wrapped_org_secret),
        ] {
            let leaked = value
                .chunks(16)
                .filter(|w| w.len() == 16)
                .any(|w| common::contains(&bytes, w));
            if leaked {
                found.push(format!("the {what} in {file}"));
            }
        }
    }
    found
}

/// After the first admin claims the setup link, neither the WAL nor the database
/// file holds the claim's token hash or the organisation key wrapped under it.
#[test]
fn a_claimed_setup_link_leaves_no_wrap_in_the_sqlite_files() {
    let app = TestApp::from_env(TestEnv::sqlite());
    let wrap = setup_wrap(&app.env);
    assert!(
        !left_in_files(&app.env, &wrap).is_empty(),
        "the detector finds the pending wrap"
    );
    app.create_admin();
    let left = left_in_files(&app.env, &wrap);
    assert!(left.is_empty(), "after the claim: {left:?}");
}

/// An accepted invitation, and one that expired and went when the staff page was
/// next opened, leave neither token hash nor wrapped key in the SQLite files.
#[test]
fn accepted_and_expired_invitations_leave_no_wrap_in_the_sqlite_files() {
    let app = TestApp::from_env(TestEnv::sqlite());
    app.create_admin();
    assert_eq!(
        app.sign_in(common::ADMIN_NAME, common::ADMIN_PASSPHRASE)
            .status(),
        Status::SeeOther
    );
    let token = common::invite(&app, "Second Admin", "admin");
    let wrap = invitation_wrap(&app.env);
    assert!(!left_in_files(&app.env, &wrap).is_empty(), "the detector");
    let visitor = rocket::local::blocking::Client::tracked(
        voices::try_build(app.env.config.clone()).unwrap(),
    )
    .unwrap();
    let page = visitor.get(format!("/staff/invite/{token}")).dispatch();
    let csrf = TestApp::csrf_from(&page.into_string().unwrap());
    let pass = "a second admin with a long passphrase";
    let done = visitor
        .post(format!("/staff/invite/{token}"))
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("passphrase", pass),
            ("confirm", pass),
        ]))
        .dispatch();
    assert_eq!(done.status(), Status::Ok);
    let left = left_in_files(&app.env, &wrap);
    assert!(
        left.is_empty(),
        "after the invitation was accepted: {left:?}"
    );

    common::invite(&app, "Never Came", "admin");
    let wrap = invitation_wrap(&app.env);
    diesel::sql_query("UPDATE invitations SET expires_at = 1")
        .execute(&mut app.env.connect())
        .unwrap();
    assert_eq!(
        app.client.get("/staff/admin/staff").dispatch().status(),
        Status::Ok
    );
    let left = left_in_files(&app.env, &wrap);
    assert!(left.is_empty(), "after the invitation expired: {left:?}");
}

/// Once the setup link has expired, the retention run wraps the key again under
/// a token that was never printed and flushes the old wrap out of the files: the
/// expired link's token opens nothing, even with a copy of the database. `voices
/// setup reissue` still makes a working link.
#[test]
fn an_expired_setup_link_is_retired_on_the_retention_schedule() {
    let app = TestApp::from_env(TestEnv::sqlite());
    let printed = app.env.setup_token();
    let wrap = setup_wrap(&app.env);
    expire_the_link(&app.env);
    let out = voices(&app.env, &["retention", "run"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let left = left_in_files(&app.env, &wrap);
    assert!(left.is_empty(), "after the link expired: {left:?}");
    let now = setup_wrap(&app.env);
    assert!(voices::crypto::SetupToken::from_text(&printed)
        .unwrap_org_secret(&now.wrapped_org_secret)
        .is_err());
    assert_ne!(app.env.setup_token(), printed);
    // A second run changes nothing more.
    let token_file = app.env.setup_token();
    assert!(voices(&app.env, &["retention", "run"]).status.success());
    assert_eq!(app.env.setup_token(), token_file);
    // Reissue still works from the token file.
    let out = voices(&app.env, &["setup", "reissue"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    app.create_admin();
}
