//! `voices backup` takes a consistent snapshot of a running installation that
//! reveals nothing readable; `voices restore` brings it back, and receipts work.

mod common;

use std::process::Command;

use common::{contains, form, TestApp, TestEnv, ADMIN_PASSPHRASE};
use rocket::http::{ContentType, Status};

fn voices(env: &TestEnv, args: &[&str]) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_voices"));
    command
        .env_clear()
        .current_dir(env.dir.path())
        .env("VOICES_CONFIG", env.dir.path().join("absent.toml"))
        .args(args)
        .args(["--data-dir", env.config.data_dir.to_str().unwrap()]);
    if let Some(pg) = &env.pg {
        command.env("DATABASE_URL", &pg.url);
    }
    command.output().unwrap()
}

// `voices backup` and `restore` exist for SQLite only. These tests therefore run
// on SQLite whatever TEST_DATABASE_URL says (`TestEnv::sqlite`), so a PostgreSQL
// run of the suite runs them too instead of returning early and passing. What
// PostgreSQL installations are told is a test of its own, which needs no server.

#[test]
fn postgres_installations_are_sent_to_pg_dump_and_pg_restore() {
    let env = TestEnv::sqlite();
    // Never connected to: the commands answer from the URL alone.
    let unreachable = "postgres://nobody@127.0.0.1:1/none";
    for (args, expected) in [
        (&["backup", "--out", "/tmp/never.sqlite"][..], "pg_dump"),
        (
            &["restore", "--from", "/tmp/never.sqlite"][..],
            "pg_restore",
        ),
    ] {
        let mut command = Command::new(env!("CARGO_BIN_EXE_voices"));
        command
            .env_clear()
            .current_dir(env.dir.path())
            .env("VOICES_CONFIG", env.dir.path().join("absent.toml"))
            .env("DATABASE_URL", unreachable)
            .args(args)
            .args(["--data-dir", env.config.data_dir.to_str().unwrap()]);
        let out = command.output().unwrap();
        assert!(!out.status.success());
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains(expected), "{args:?}: {said}");
    }
    assert!(!std::path::Path::new("/tmp/never.sqlite").exists());
}

#[test]
fn a_backup_is_encrypted_and_restores_with_working_receipts() {
    let app = TestApp::from_env(TestEnv::sqlite());
    let org_secret = {
        let mut conn = app.env.connect();
        let token = voices::crypto::SetupToken::from_text(&app.env.setup_token());
        voices::app::setup::unwrap_with_token(&mut conn, &token).unwrap()
    };
    app.create_admin();
    let token_before = std::fs::read_to_string(app.env.data_dir().join("secrets.toml")).unwrap();
    let story = "CanaryBackupStory about the hostel";
    let page = common::follow(
        &app.client,
        app.client
            .post("/en/story")
            .remote("203.0.113.201:40000".parse().unwrap())
            .header(ContentType::Form)
            .body(form(&[
                ("text", story),
                ("consent_use", "publish"),
                ("quotes", "no"),
            ]))
            .dispatch(),
    )
    .into_string()
    .unwrap();
    let code = common::receipt_code_in(&page).unwrap();

    // The server is still running (the Rocket client holds it) while we back up.
    let out_file = app.env.dir.path().join("voices-backup.sqlite");
    let out = voices(&app.env, &["backup", "--out", out_file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&out_file).unwrap();
    assert!(bytes.starts_with(b"SQLite format 3"));
    for canary in [
        story.as_bytes(),
        code.as_bytes(),
        code.replace('-', "").as_bytes(),
        ADMIN_PASSPHRASE.as_bytes(),
        b"203.0.113.201",
        &[203, 0, 113, 201],
    ] {
        assert!(
            !contains(&bytes, canary),
            "the backup holds {:?}",
            String::from_utf8_lossy(canary)
        );
    }
    assert!(
        !org_secret.appears_in(&bytes),
        "the backup holds the organisation secret key"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&out_file).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // Never overwrites.
    assert!(
        !voices(&app.env, &["backup", "--out", out_file.to_str().unwrap()])
            .status
            .success()
    );

    // A new machine: the same secrets file, the backup restored, then the receipt.
    let fresh = TestEnv::sqlite();
    std::fs::create_dir_all(fresh.data_dir()).unwrap();
    std::fs::write(fresh.data_dir().join("secrets.toml"), &token_before).unwrap();
    let out = voices(&fresh, &["restore", "--from", out_file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let restored = TestApp::from_env(fresh);
    let page = common::follow(
        &restored.client,
        restored
            .client
            .post("/en/receipt")
            .header(ContentType::Form)
            .body(form(&[("code", &code)]))
            .dispatch(),
    );
    assert_eq!(page.status(), Status::Ok);
    assert!(page.into_string().unwrap().contains(story));
    // The admin can sign in on the restored installation.
    assert_eq!(
        restored
            .sign_in(common::ADMIN_NAME, ADMIN_PASSPHRASE)
            .status(),
        Status::SeeOther
    );
}

#[test]
fn restore_refuses_to_replace_a_database_without_force_or_a_non_backup() {
    let env = TestEnv::sqlite();
    let junk = env.dir.path().join("junk.sqlite");
    std::fs::write(&junk, b"not a database").unwrap();
    let out = voices(&env, &["restore", "--from", junk.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not a"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A real database already in place is kept unless --force.
    let app = TestApp::from_env(env);
    let backup = app.env.dir.path().join("b.sqlite");
    assert!(
        voices(&app.env, &["backup", "--out", backup.to_str().unwrap()])
            .status
            .success()
    );
    let out = voices(&app.env, &["restore", "--from", backup.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    let out = voices(
        &app.env,
        &["restore", "--from", backup.to_str().unwrap(), "--force"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(app
        .env
        .data_dir()
        .join("voices.sqlite.before-restore")
        .exists());
}
