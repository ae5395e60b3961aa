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
