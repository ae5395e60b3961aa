//! The `voices staff` commands, run as the operator runs them, on the same data
//! directory (and database) as a server.

mod common;

use std::process::{Command, Output};

use common::{TestApp, TestEnv};
use diesel::prelude::*;
use rocket::http::Status;
use voices::storage::schema::{staff, staff_sessions};

const ADMIN: &str = "Grace Okafor";
const ADMIN_PASS: &str = "lanterns over the harbour wall";

fn voices(env: &TestEnv, args: &[&str], vars: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_voices"));
    command
        .env_clear()
        .current_dir(env.dir.path())
        .env("VOICES_CONFIG", env.dir.path().join("absent.toml"))
        .env("VOICES_LOG", "warn")
        .args(args)
        .args(["--data-dir", env.config.data_dir.to_str().unwrap()]);
    if let Some(pg) = &env.pg {
        command.env("DATABASE_URL", &pg.url);
    }
    for (k, v) in vars {
        command.env(k, v);
    }
    command.output().expect("run voices")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn add(env: &TestEnv, name: &str, role: &str, pass: &str, admin: Option<(&str, &str)>) -> Output {
    let mut vars = vec![("VOICES_PASSPHRASE", pass)];
    if let Some((n, p)) = admin {
        vars.push(("VOICES_ADMIN_NAME", n));
        vars.push(("VOICES_ADMIN_PASSPHRASE", p));
    }
    voices(
        env,
        &["staff", "add", "--name", name, "--role", role],
        &vars,
    )
}

/// Before anyone is added, `staff list` says so, without an empty table under it.
#[test]
fn staff_list_with_nobody_says_only_that() {
    let env = TestEnv::new();
    let list = voices(&env, &["staff", "list"], &[]);
    assert!(list.status.success(), "{}", text(&list));
    assert_eq!(String::from_utf8_lossy(&list.stdout), "No staff yet.\n");
}

#[test]
fn staff_commands_add_list_and_disable() {
    let env = TestEnv::new();
    let first = add(&env, ADMIN, "admin", ADMIN_PASS, None);
    assert!(first.status.success(), "{}", text(&first));
    assert!(text(&first).contains("first admin"));
    // The binary wraps keys with Argon2id at libsodium's moderate limits or more.
    {
        let mut conn = env.connect();
        let wrap: Option<Vec<u8>> = staff::table
            .filter(staff::name.eq(ADMIN))
            .select(staff::key_wrap)
            .first(&mut conn)
            .unwrap();
        let (ops, mem) = voices::crypto::wrap_parameters(&wrap.unwrap()).unwrap();
        assert!(
            ops >= 3 && mem >= 256 << 20,
            "opslimit {ops}, memlimit {mem}"
        );
    }
    assert!(
        !env.config.data_dir.join("setup-token").exists(),
        "the setup token is spent"
    );

    let no_admin = add(
        &env,
        "Sam Moderator",
        "moderator",
        "moderating with care daily",
        None,
    );
    assert!(!no_admin.status.success());
    assert!(
        text(&no_admin).contains("VOICES_ADMIN_NAME"),
        "{}",
        text(&no_admin)
    );

    let wrong = add(
        &env,
        "Sam Moderator",
        "moderator",
        "moderating with care daily",
        Some((ADMIN, "not it at all")),
    );
    assert!(!wrong.status.success());
    assert!(
        text(&wrong).contains("admin name or passphrase is wrong"),
        "{}",
        text(&wrong)
    );

    let ok = add(
        &env,
        "Sam Moderator",
        "moderator",
        "moderating with care daily",
        Some((ADMIN, ADMIN_PASS)),
    );
    assert!(ok.status.success(), "{}", text(&ok));

    let again = add(
        &env,
        "Sam Moderator",
        "moderator",
        "moderating with care daily",
        Some((ADMIN, ADMIN_PASS)),
    );
    assert!(!again.status.success());
    assert!(
        text(&again).contains("already has that name"),
        "{}",
        text(&again)
    );

    let role = add(
        &env,
        "Pat",
        "superuser",
        "whatever whatever whatever",
        Some((ADMIN, ADMIN_PASS)),
    );
    assert!(!role.status.success());
    assert!(text(&role).contains("unknown role"), "{}", text(&role));

    let weak = add(
        &env,
        "Pat",
        "practitioner",
        "short",
        Some((ADMIN, ADMIN_PASS)),
    );
    assert!(!weak.status.success());
    assert!(
        text(&weak).contains("at least 12 characters"),
        "{}",
        text(&weak)
    );

    let list = voices(&env, &["staff", "list"], &[]);
    let listed = text(&list);
    assert!(
        listed.contains(ADMIN) && listed.contains("Sam Moderator"),
        "{listed}"
    );
    assert!(listed.contains("moderator") && listed.contains("active"));

    let disable = voices(&env, &["staff", "disable", "--name", "Sam Moderator"], &[]);
    assert!(disable.status.success(), "{}", text(&disable));
    let mut conn = env.connect();
    let (disabled, wrap): (bool, Option<Vec<u8>>) = staff::table
        .filter(staff::name.eq("Sam Moderator"))
        .select((staff::disabled, staff::key_wrap))
        .first(&mut conn)
        .unwrap();
    assert!(disabled);
    assert!(wrap.is_none(), "the key wrap is destroyed");
    assert!(text(&voices(&env, &["staff", "list"], &[])).contains("disabled"));

    let last = voices(&env, &["staff", "disable", "--name", ADMIN], &[]);
    assert!(!last.status.success());
    assert!(text(&last).contains("last admin"), "{}", text(&last));
    let unknown = voices(&env, &["staff", "disable", "--name", "Nobody"], &[]);
    assert!(
        text(&unknown).contains("no staff member"),
        "{}",
        text(&unknown)
    );
}

#[test]
fn the_first_account_must_be_an_admin() {
    let env = TestEnv::new();
    let out = add(&env, "Sam", "moderator", "moderating with care daily", None);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("first account must be an admin"),
        "{}",
        text(&out)
    );
    assert!(env.config.data_dir.join("setup-token").exists());
}

#[test]
fn the_cli_acts_on_the_same_installation_as_a_running_server() {
    let app = TestApp::new();
    let token = app.env.setup_token();
    let out = add(&app.env, ADMIN, "admin", ADMIN_PASS, None);
    assert!(out.status.success(), "{}", text(&out));
    // The server's setup link is spent too.
    assert_eq!(
        app.client
            .get(format!("/setup/{token}"))
            .dispatch()
            .status(),
        Status::NotFound
    );
    assert_eq!(app.sign_in(ADMIN, ADMIN_PASS).status(), Status::SeeOther);
    let out = add(
        &app.env,
        "Lin Moderator",
        "moderator",
        "moderating with care daily",
        Some((ADMIN, ADMIN_PASS)),
    );
    assert!(out.status.success(), "{}", text(&out));
    let lin = rocket::local::blocking::Client::tracked(
        voices::try_build(app.env.config.clone()).unwrap(),
    )
    .unwrap();
    let page = lin.get("/staff/login").dispatch().into_string().unwrap();
    let csrf = TestApp::csrf_from(&page);
    let res = lin
        .post("/staff/login")
        .header(rocket::http::ContentType::Form)
        .body(common::form(&[
            ("csrf", &csrf),
            ("name", "Lin Moderator"),
            ("passphrase", "moderating with care daily"),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(lin.get("/staff").dispatch().status(), Status::Ok);
    // Disabling ends Lin's session at once.
    let out = voices(
        &app.env,
        &["staff", "disable", "--name", "Lin Moderator"],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(lin.get("/staff").dispatch().status(), Status::SeeOther);
    let mut conn = app.env.connect();
    let sessions: i64 = staff_sessions::table.count().get_result(&mut conn).unwrap();
    assert_eq!(sessions, 1, "only the admin's session is left");
}

#[test]
fn help_names_the_public_subcommands() {
    let env = TestEnv::new();
    let out = voices(&env, &["staff", "--help"], &[]);
    let help = text(&out);
    for word in ["add", "list", "disable"] {
        assert!(help.contains(word), "{help}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_voices"))
        .args(["serve", "--help"])
        .output()
        .unwrap();
    let help = text(&out);
    for flag in ["--port", "--address", "--data-dir"] {
        assert!(help.contains(flag), "{help}");
    }
}

#[test]
fn keys_rotate_and_staff_rekey_from_the_command_line() {
    let env = TestEnv::new();
    assert!(add(&env, ADMIN, "admin", ADMIN_PASS, None).status.success());
    let out = add(
        &env,
        "Sam Moderator",
        "moderator",
        "moderating with care daily",
        Some((ADMIN, ADMIN_PASS)),
    );
    assert!(out.status.success(), "{}", text(&out));

    let refused = voices(
        &env,
        &["keys", "rotate"],
        &[
            ("VOICES_ADMIN_NAME", ADMIN),
            ("VOICES_ADMIN_PASSPHRASE", "wrong"),
        ],
    );
    assert!(!refused.status.success());
    let admin = [
        ("VOICES_ADMIN_NAME", ADMIN),
        ("VOICES_ADMIN_PASSPHRASE", ADMIN_PASS),
    ];
    let rotated = voices(&env, &["keys", "rotate"], &admin);
    assert!(rotated.status.success(), "{}", text(&rotated));
    let said = text(&rotated);
    assert!(
        said.contains("now key 2") && said.contains("Sam Moderator"),
        "{said}"
    );

    let rekey = voices(
        &env,
        &["staff", "rekey", "--name", "Sam Moderator"],
        &[
            admin[0],
            admin[1],
            ("VOICES_PASSPHRASE", "a fresh passphrase for sam"),
        ],
    );
    assert!(rekey.status.success(), "{}", text(&rekey));
    let mut conn = env.connect();
    let wrap: Option<Vec<u8>> = staff::table
        .filter(staff::name.eq("Sam Moderator"))
        .select(staff::key_wrap)
        .first(&mut conn)
        .unwrap();
    assert!(wrap.is_some(), "re-keyed");
}

/// At a terminal, the admin's name and passphrase are asked for (the passphrase
/// without echo) instead of read from the environment. `script` gives the command
/// a terminal; what the test writes is what a person would type.
#[test]
fn admin_credentials_are_asked_for_at_a_terminal() {
    use std::io::Write;
    if Command::new("script").arg("--version").output().is_err() {
        common::skip(
            "admin_credentials_are_asked_for_at_a_terminal",
            common::Skip::Missing("`script` (util-linux), to give the command a terminal"),
        );
        return;
    }
    let env = TestEnv::new();
    let first = add(&env, ADMIN, "admin", ADMIN_PASS, None);
    assert!(first.status.success(), "{}", text(&first));
    let binary = env!("CARGO_BIN_EXE_voices");
    let inner = format!(
        "'{binary}' staff add --name 'Prompted Moderator' --role moderator --data-dir '{}'",
        env.config.data_dir.display()
    );
    let mut command = Command::new("script");
    command
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("VOICES_CONFIG", env.dir.path().join("absent.toml"))
        .env("VOICES_LOG", "warn")
        .current_dir(env.dir.path())
        .args(["-qec", &inner, "/dev/null"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    if let Some(pg) = &env.pg {
        command.env("DATABASE_URL", &pg.url);
    }
    let mut child = command.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for line in [
        ADMIN,
        ADMIN_PASS,
        "prompted and careful moderator",
        "prompted and careful moderator",
    ] {
        std::thread::sleep(std::time::Duration::from_millis(700));
        writeln!(stdin, "{line}").unwrap();
    }
    let output = child.wait_with_output().unwrap();
    drop(stdin);
    let shown = text(&output);
    assert!(output.status.success(), "{shown}");
    assert!(
        shown.contains("Admin name:") && shown.contains("Admin passphrase:"),
        "{shown}"
    );
    assert!(shown.contains("Added Prompted Moderator"), "{shown}");
    let mut conn = env.connect();
    let added: i64 = staff::table
        .filter(staff::name.eq("Prompted Moderator"))
        .count()
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(added, 1);
}

#[test]
fn digest_build_releases_each_closed_period_once_and_explains_bad_periods() {
    use voices::domain::facts::Fact;
    use voices::domain::share::Shared;
    let env = TestEnv::new();
    voices::crypto::init().unwrap();
    {
        let pool = voices::storage::open(&env.config.database()).unwrap();
        let mut conn = pool.get().unwrap();
        let story = Shared::Story {
            text: String::new(),
            themes: vec![],
            age_band: None,
            helped: None,
        };
        let fact = Fact::of("2026-09", "vi", &story, &["not_believed".into()]);
        voices::storage::write(&mut conn, |c| {
            for _ in 0..25 {
                voices::storage::facts::insert(c, &fact)?;
            }
            Ok::<_, diesel::result::Error>(())
        })
        .unwrap();
    }

    let bad = voices(&env, &["digest", "build", "--period", "2026-13"], &[]);
    assert!(!bad.status.success());
    assert!(
        text(&bad).contains("2026-13: a period is a month like 2026-10"),
        "{}",
        text(&bad)
    );
    let open = voices(&env, &["digest", "build", "--period", "2099-01"], &[]);
    assert!(!open.status.success());
    assert!(
        text(&open).contains("2099-01 is not over yet: it can be built from 2099-02-01"),
        "{}",
        text(&open)
    );

    let first = voices(&env, &["digest", "build"], &[]);
    let said = text(&first);
    assert!(first.status.success(), "{said}");
    // Each period is announced before it is built, then released once; the
    // quarter follows its last month.
    let september = said.find("building 2026-09 (1 of ").expect(&said);
    let released = said.find("released 2026-09 in ").expect(&said);
    let quarter = said.find("released 2026-Q3 in ").expect(&said);
    assert!(september < released && released < quarter, "{said}");
    assert_eq!(said.matches("released 2026-09 in").count(), 1, "{said}");

    let again = voices(&env, &["digest", "build"], &[]);
    assert!(
        text(&again).contains("Every closed period is already released."),
        "{}",
        text(&again)
    );
    let check = voices(&env, &["digest", "build", "--all"], &[]);
    assert!(check.status.success());
    assert!(
        text(&check)
            .contains("2026-09 was already released; building it again gives the same bytes"),
        "{}",
        text(&check)
    );
    assert!(
        !text(&check).contains("different bytes"),
        "{}",
        text(&check)
    );
}
