//! What an installation relies on: policy files layered from the packaged
//! defaults and an override directory, `voices backup` into a kept directory and
//! `--check`, the snapshot before an upgrade (and an upgrade that fails leaving
//! the database as it was), `voices doctor`'s verdicts on good and bad setups, the
//! proxy summary it reads, `Onion-Location`, and the packaged `voices.toml`
//! covering every setting at its default.

mod common;

use std::path::{Path, PathBuf};

use common::{voices_command_with, TestApp, TestEnv};
use diesel::prelude::*;
use diesel_migrations::MigrationHarness;
use rocket::http::{Header, Status};
use voices::config::{Config, DatabaseTarget};
use voices::policy::{Policy, BUILT_IN_ORIGIN};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn said(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The packaged policy with one English resource name changed, in `dir`.
fn overriding_resources(dir: &Path, marker: &str) {
    std::fs::create_dir_all(dir).unwrap();
    let text = std::fs::read_to_string(repo().join("moderation/resources.toml")).unwrap();
    let first = "en = \"Police or ambulance\"";
    assert!(
        text.contains(first),
        "resources.toml names the emergency line"
    );
    let changed = text.replacen(first, &format!("en = \"{marker}\""), 1);
    std::fs::write(dir.join("resources.toml"), changed).unwrap();
}

#[test]
fn policy_files_are_layered_file_by_file_and_each_names_its_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path().join("usr-share");
    let overrides = tmp.path().join("etc");
    copy_dir(&repo().join("moderation"), &base);

    // No override directory at all: everything from the base.
    let policy = Policy::load_layered(&base, Some(&overrides), false).unwrap();
    assert!(policy
        .origins
        .iter()
        .all(|(_, from)| Path::new(from) == base));
    assert_eq!(policy.origins.len(), 8);

    // One file overridden: that file from the override, the rest from the base.
    overriding_resources(&overrides, "Local Helpline Canary");
    let policy = Policy::load_layered(&base, Some(&overrides), false).unwrap();
    assert!(policy
        .resources
        .iter()
        .any(|r| r.name.get(voices::domain::Language::En) == "Local Helpline Canary"));
    for (file, from) in &policy.origins {
        let expected = if file == "resources.toml" {
            &overrides
        } else {
            &base
        };
        assert_eq!(Path::new(from), expected, "{file}");
    }

    // The base missing, as a binary run outside the package: the built-in copy,
    // still under the override.
    let policy = Policy::load_layered(&tmp.path().join("absent"), Some(&overrides), true).unwrap();
    for (file, from) in &policy.origins {
        if file == "resources.toml" {
            assert_eq!(Path::new(from), overrides);
        } else {
            assert_eq!(from, BUILT_IN_ORIGIN, "{file}");
        }
    }

    // A broken override stops start-up naming the override file, not the base.
    std::fs::write(overrides.join("themes.toml"), "[[theme]\nbroken").unwrap();
    let err = Policy::load_layered(&base, Some(&overrides), false).unwrap_err();
    assert_eq!(err.file, overrides.join("themes.toml"), "{err:?}");
}

#[test]
fn an_overridden_resource_is_what_survivors_see() {
    let tmp = tempfile::tempdir().unwrap();
    let overrides = tmp.path().join("overrides");
    overriding_resources(&overrides, "Local Helpline Canary");
    let app = TestApp::with(|c| c.moderation_override_dir = Some(overrides.clone()));
    let page = app.client.get("/en/").dispatch().into_string().unwrap();
    assert!(page.contains("Local Helpline Canary"));
    let plain = TestApp::new();
    let page = plain.client.get("/en/").dispatch().into_string().unwrap();
    assert!(!page.contains("Local Helpline Canary"));
}

/// A SQLite installation with an admin and one story.
fn installation_with_a_story() -> TestApp {
    let app = TestApp::from_env(TestEnv::sqlite());
    app.create_admin();
    common::share_story(
        &app,
        "en",
        "BackupCanaryStory about the hostel and the worker",
    );
    app
}

#[test]
fn backups_go_to_the_backups_directory_private_keeping_the_newest() {
    let app = installation_with_a_story();
    let keep = [("VOICES_BACKUPS_KEEP", "2")];
    let mut written = Vec::new();
    for _ in 0..3 {
        let out = voices_command_with(&app.env, &["backup"], &keep);
        assert!(out.status.success(), "{}", said(&out));
        let line = stdout(&out);
        assert!(line.contains("secrets.toml"), "{line}");
        written.push(line);
    }
    let dir = app.env.data_dir().join("backups");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    // The two newest stayed: the last two runs named them.
    for name in &names {
        assert!(
            written[1].contains(name.as_str()) || written[2].contains(name.as_str()),
            "{name} was not one of the last two: {written:?}"
        );
    }
    assert!(written[2].contains("Removed"), "{}", written[2]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        for name in &names {
            assert_eq!(mode(&dir.join(name)), 0o600, "{name}");
        }
    }
    // secrets.toml is never in a backup: not as a file, not its values.
    let secrets = std::fs::read_to_string(app.env.data_dir().join("secrets.toml")).unwrap();
    let values: Vec<String> = secrets
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .map(|(_, v)| v.trim_matches('"').to_owned())
        .collect();
    assert_eq!(values.len(), 2);
    for name in &names {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        for value in &values {
            assert!(!common::contains(&bytes, value.as_bytes()));
            let raw =
                base64::Engine::decode(&base64::engine::general_purpose::STANDARD, value).unwrap();
            assert!(!common::contains(&bytes, &raw));
        }
    }
    // --out with a directory: a dated file there.
    let elsewhere = app.env.dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let out = voices_command_with(
        &app.env,
        &["backup", "--out", elsewhere.to_str().unwrap()],
        &[],
    );
    assert!(out.status.success(), "{}", said(&out));
    assert_eq!(voices::app::backups::snapshots(&elsewhere).len(), 1);
}

#[test]
fn postgres_installations_are_told_to_use_pg_dump() {
    let Some(env) =
        TestEnv::postgres_or_skip("postgres_installations_are_told_to_use_pg_dump", |_| {})
    else {
        return;
    };
    let app = TestApp::from_env(env);
    let out = voices_command_with(&app.env, &["backup"], &[]);
    assert!(!out.status.success());
    assert!(said(&out).contains("pg_dump"), "{}", said(&out));
    assert!(!app.env.data_dir().join("backups").exists());
}

#[test]
fn a_backup_check_reads_only_the_backup_and_finds_a_broken_chain() {
    let app = installation_with_a_story();
    let out = voices_command_with(&app.env, &["backup"], &[]);
    assert!(out.status.success(), "{}", said(&out));
    let backup = voices::app::backups::snapshots(&app.env.data_dir().join("backups"))[0].clone();

    // The check runs on a directory that holds only the secrets file: no
    // database appears there, and nothing appears beside the backup.
    let scratch = tempfile::tempdir().unwrap();
    std::fs::copy(
        app.env.data_dir().join("secrets.toml"),
        scratch.path().join("secrets.toml"),
    )
    .unwrap();
    let before = std::fs::read(&backup).unwrap();
    let check = |file: &Path, secrets_dir: &Path| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_voices"));
        command
            .env_clear()
            .current_dir(scratch.path())
            .env("VOICES_CONFIG", scratch.path().join("absent.toml"))
            .args(["backup", "--check", file.to_str().unwrap()])
            .args(["--data-dir", secrets_dir.to_str().unwrap()]);
        command.output().unwrap()
    };
    let out = check(&backup, scratch.path());
    assert!(out.status.success(), "{}", said(&out));
    assert!(
        stdout(&out).contains("whole Voices backup"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("(current)"), "{}", stdout(&out));
    let mut left: Vec<String> = std::fs::read_dir(scratch.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["secrets.toml"]);
    assert_eq!(std::fs::read(&backup).unwrap(), before);
    assert_eq!(
        voices::app::backups::snapshots(backup.parent().unwrap()).len(),
        1
    );
    let beside: Vec<_> = std::fs::read_dir(backup.parent().unwrap())
        .unwrap()
        .collect();
    assert_eq!(
        beside.len(),
        1,
        "a -wal or -shm file appeared beside the backup"
    );

    // Without the secrets file the chains cannot be checked: said, not guessed.
    let empty = tempfile::tempdir().unwrap();
    let out = check(&backup, empty.path());
    assert!(!out.status.success());
    assert!(said(&out).contains("secrets.toml"), "{}", said(&out));
    assert!(!empty.path().join("secrets.toml").exists());

    // Another installation's secrets: the chains do not verify.
    let other = TestEnv::sqlite();
    voices::crypto::init().unwrap();
    other.config.secrets().unwrap();
    let out = check(&backup, &other.data_dir());
    assert!(!out.status.success());
    assert!(said(&out).contains("audit log is broken"), "{}", said(&out));

    // An edited event in a copy: the check names the chain.
    let edited = scratch.path().join("edited.sqlite");
    std::fs::copy(&backup, &edited).unwrap();
    let mut conn = SqliteConnection::establish(edited.to_str().unwrap()).unwrap();
    let changed = diesel::sql_query(
        "UPDATE survivor_events SET detail = detail || ' ' WHERE id = (SELECT MIN(id) FROM survivor_events)",
    )
    .execute(&mut conn)
    .unwrap();
    assert_eq!(changed, 1);
    drop(conn);
    let out = check(&edited, scratch.path());
    assert!(!out.status.success(), "{}", said(&out));
    assert!(said(&out).contains("survivor chain"), "{}", said(&out));

    // Not a database at all.
    let junk = scratch.path().join("junk.sqlite");
    std::fs::write(&junk, b"not a database").unwrap();
    let out = check(&junk, scratch.path());
    assert!(!out.status.success());
    assert!(said(&out).contains("junk.sqlite"), "{}", said(&out));
}

/// A SQLite database at `path` with all but the last `left` migrations run.
fn older_database(path: &Path, left: usize) -> String {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut conn = SqliteConnection::establish(path.to_str().unwrap()).unwrap();
    let all = voices::storage::backup::latest_schema_version();
    let total = {
        use diesel::migration::MigrationSource;
        MigrationSource::<diesel::sqlite::Sqlite>::migrations(&voices::storage::SQLITE_MIGRATIONS)
            .unwrap()
            .len()
    };
    for _ in 0..total - left {
        conn.run_next_migration(voices::storage::SQLITE_MIGRATIONS)
            .unwrap();
    }
    let mut c = conn;
    let version = voices::storage::backup::schema_version(&mut c)
        .unwrap()
        .unwrap();
    assert!(version < all);
    version
}

fn files_beside(db: &Path, containing: &str) -> Vec<PathBuf> {
    std::fs::read_dir(db.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(containing))
        .collect()
}

fn has_table(db: &Path, table: &str) -> bool {
    let mut conn = voices::storage::backup::open_read_only(db).unwrap();
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let row: N = diesel::sql_query(format!(
        "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '{table}'"
    ))
    .get_result(&mut conn)
    .unwrap();
    row.n == 1
}

#[test]
fn an_upgrade_keeps_a_snapshot_of_the_old_database_beside_it() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("data/voices.sqlite");
    let old = older_database(&db, 2);
    voices::storage::open(&DatabaseTarget::Sqlite(db.clone())).unwrap();
    let kept = files_beside(&db, ".pre-upgrade-");
    assert_eq!(kept.len(), 1, "{kept:?}");
    let name = kept[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with(&format!("voices.sqlite.pre-upgrade-{old}-")),
        "{name}"
    );
    let mut snapshot = voices::storage::backup::open_read_only(&kept[0]).unwrap();
    assert_eq!(
        voices::storage::backup::schema_version(&mut snapshot).unwrap(),
        Some(old)
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&kept[0]).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // Up to date now: opening again writes no second copy.
    voices::storage::open(&DatabaseTarget::Sqlite(db.clone())).unwrap();
    assert_eq!(files_beside(&db, ".pre-upgrade-").len(), 1);
    // A new database is not "upgraded": no copy.
    let fresh = tmp.path().join("fresh/voices.sqlite");
    voices::storage::open(&DatabaseTarget::Sqlite(fresh.clone())).unwrap();
    assert!(files_beside(&fresh, ".pre-upgrade-").is_empty());
}

#[test]
fn a_failed_upgrade_leaves_the_database_as_it_was_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("data/voices.sqlite");
    // Four migrations pending; the third will fail on a table in its way.
    let old = older_database(&db, 4);
    let mut conn = SqliteConnection::establish(db.to_str().unwrap()).unwrap();
    diesel::sql_query("CREATE TABLE lead_alerts (in_the_way INTEGER)")
        .execute(&mut conn)
        .unwrap();
    drop(conn);
    assert!(!has_table(&db, "fact_tallies"));
    let err = voices::storage::open(&DatabaseTarget::Sqlite(db.clone()))
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(err.contains("nothing was changed"), "{err}");
    assert!(err.contains("lead_notifications"), "{err}");
    assert!(err.contains(".pre-upgrade-"), "{err}");
    // The first pending migration ran before the failure, and is undone too.
    assert!(!has_table(&db, "fact_tallies"));
    let mut conn = voices::storage::backup::open_read_only(&db).unwrap();
    assert_eq!(
        voices::storage::backup::schema_version(&mut conn).unwrap(),
        Some(old)
    );
}

/// `voices doctor --json` on an installation, as (exit success, checks by name).
fn doctor(env: &TestEnv, vars: &[(&str, &str)]) -> (bool, serde_json::Value) {
    let out = voices_command_with(env, &["doctor", "--json"], vars);
    let text = stdout(&out);
    let value: serde_json::Value =
        serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("{e}: {}", said(&out)));
    let mut by_name = serde_json::Map::new();
    for check in value["checks"].as_array().unwrap() {
        by_name.insert(check["check"].as_str().unwrap().to_owned(), check.clone());
    }
    assert_eq!(value["must_fix"].as_bool().unwrap(), !out.status.success());
    (out.status.success(), serde_json::Value::Object(by_name))
}

fn status(checks: &serde_json::Value, name: &str) -> String {
    checks[name]["status"]
        .as_str()
        .unwrap_or_else(|| panic!("no {name} check: {checks}"))
        .to_owned()
}

const GOOD: [(&str, &str); 3] = [
    ("VOICES_ORGANISATION_NAME", "Safe Passage Youth"),
    ("VOICES_ORGANISATION_CONTACT", "privacy@example.org"),
    (
        "VOICES_ORGANISATION_POLICE_AND_IMMIGRATION",
        "safeguarding_only",
    ),
];

#[test]
fn doctor_passes_a_good_installation_on_either_database() {
    let app = TestApp::new();
    app.create_admin();
    if !app.env.is_postgres() {
        assert!(voices_command_with(&app.env, &["backup"], &[])
            .status
            .success());
    }
    let (ok, checks) = doctor(&app.env, &GOOD);
    assert!(ok, "{checks:#}");
    for name in [
        "data_dir",
        "secrets",
        "database",
        "org_key",
        "clock",
        "policy",
        "organisation",
        "promise",
        "backups",
        "old_copies",
    ] {
        assert_eq!(status(&checks, name), "ok", "{name}: {checks:#}");
    }
    assert!(checks["organisation"]["found"]
        .as_str()
        .unwrap()
        .contains("Safe Passage Youth"));
    let policy = checks["policy"]["found"].as_str().unwrap();
    assert!(policy.contains("8 files from"), "{policy}");
    let backups = checks["backups"]["found"].as_str().unwrap();
    if app.env.is_postgres() {
        assert!(backups.contains("pg_dump"), "{backups}");
    } else {
        assert!(backups.contains("voices-"), "{backups}");
    }
    // Alerts go nowhere yet: a warning, not a failure.
    assert_eq!(status(&checks, "lead_alerts"), "warn");
    // The human form: one line per check, each with its verdict.
    let out = voices_command_with(&app.env, &["doctor"], &GOOD);
    let text = stdout(&out);
    assert_eq!(
        text.lines().count(),
        checks.as_object().unwrap().len(),
        "{text}"
    );
    assert!(
        text.lines()
            .all(|l| l.starts_with("ok") || l.starts_with("WARN")),
        "{text}"
    );
}

#[test]
fn doctor_fails_what_must_be_fixed_and_says_what_to_do() {
    let app = TestApp::from_env(TestEnv::sqlite());
    // Before any admin: waiting for the setup link is a warning.
    let (_, checks) = doctor(&app.env, &GOOD);
    assert_eq!(status(&checks, "org_key"), "warn");
    assert!(checks["org_key"]["todo"]
        .as_str()
        .unwrap()
        .contains("setup reissue"));
    assert_eq!(status(&checks, "backups"), "warn");
    app.create_admin();

    // The organisation survivors would read is missing.
    let (ok, checks) = doctor(&app.env, &[]);
    assert!(!ok);
    assert_eq!(status(&checks, "organisation"), "fail");
    assert_eq!(status(&checks, "promise"), "warn");

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let data = app.env.data_dir();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(
            data.join("secrets.toml"),
            std::fs::Permissions::from_mode(0o644),
        )
        .unwrap();
        let (ok, checks) = doctor(&app.env, &GOOD);
        assert!(!ok);
        assert_eq!(status(&checks, "data_dir"), "fail");
        assert!(checks["data_dir"]["todo"]
            .as_str()
            .unwrap()
            .contains("chmod 700"));
        assert_eq!(status(&checks, "secrets"), "fail");
        assert!(checks["secrets"]["todo"]
            .as_str()
            .unwrap()
            .contains("chmod 600"));
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
        std::fs::set_permissions(
            data.join("secrets.toml"),
            std::fs::Permissions::from_mode(0o600),
        )
        .unwrap();
    }

    // A broken policy override: named with its directory.
    let overrides = app.env.dir.path().join("overrides");
    std::fs::create_dir_all(&overrides).unwrap();
    std::fs::write(overrides.join("policy.toml"), "checklist = 3").unwrap();
    let dir = overrides.to_str().unwrap();
    let (ok, checks) = doctor(
        &app.env,
        &[
            GOOD[0],
            GOOD[1],
            GOOD[2],
            ("VOICES_MODERATION_OVERRIDE_DIR", dir),
        ],
    );
    assert!(!ok);
    assert_eq!(status(&checks, "policy"), "fail");
    assert!(checks["policy"]["found"].as_str().unwrap().contains(dir));

    // A lost secrets file.
    std::fs::rename(
        app.env.data_dir().join("secrets.toml"),
        app.env.dir.path().join("secrets.away"),
    )
    .unwrap();
    let (ok, checks) = doctor(&app.env, &GOOD);
    assert!(!ok);
    assert_eq!(status(&checks, "secrets"), "fail");
    assert!(checks["secrets"]["todo"]
        .as_str()
        .unwrap()
        .contains("offline copy"));
    // Doctor made no new one.
    assert!(!app.env.data_dir().join("secrets.toml").exists());
}

#[test]
fn doctor_fails_a_database_that_waits_for_migrations() {
    let env = TestEnv::sqlite();
    let db = env.data_dir().join("voices.sqlite");
    older_database(&db, 2);
    let (ok, checks) = doctor(&env, &GOOD);
    assert!(!ok);
    assert_eq!(status(&checks, "database"), "fail");
    assert!(checks["database"]["found"]
        .as_str()
        .unwrap()
        .contains("lead_notifications"));
    // And changed nothing: still waiting.
    assert!(!has_table(&db, "lead_alerts"));
}

#[test]
fn doctor_reads_the_config_file_of_the_working_directory_first() {
    let env = TestEnv::sqlite();
    let run = |dir: &Path| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_voices"));
        command
            .env_clear()
            .current_dir(dir)
            .env("VOICES_MODERATION_DIR", repo().join("moderation"))
            .args([
                "doctor",
                "--json",
                "--data-dir",
                env.data_dir().to_str().unwrap(),
            ]);
        let out = command.output().unwrap();
        serde_json::from_str::<serde_json::Value>(stdout(&out).trim()).unwrap()
    };
    let with_file = env.dir.path().join("with");
    std::fs::create_dir_all(&with_file).unwrap();
    std::fs::write(
        with_file.join("voices.toml"),
        "[organisation]\nname = \"Local File Canary\"\ncontact = \"x@example.org\"\n",
    )
    .unwrap();
    let value = run(&with_file);
    let text = value.to_string();
    assert!(text.contains("read voices.toml"), "{text}");
    assert!(text.contains("Local File Canary"), "{text}");
    let without = env.dir.path().join("without");
    std::fs::create_dir_all(&without).unwrap();
    let text = run(&without).to_string();
    assert!(text.contains(voices::config::INSTALLED_CONFIG), "{text}");
    assert!(!text.contains("Local File Canary"));
}

fn proxied(app: &TestApp, peer: &str, forwarded: Option<(&'static str, &'static str)>) {
    let mut req = app.client.get("/en/").remote(peer.parse().unwrap());
    if let Some((name, value)) = forwarded {
        req = req.header(Header::new(name, value));
    }
    assert_eq!(req.dispatch().status(), Status::Ok);
}

fn proxy_verdict(app: &TestApp) -> voices::app::doctor::Check {
    let seen = app
        .client
        .rocket()
        .state::<std::sync::Arc<voices::web::proxy_seen::ProxySeen>>()
        .unwrap();
    seen.write().unwrap();
    let text = std::fs::read_to_string(app.env.data_dir().join("proxy-seen.toml")).unwrap();
    assert!(
        !text.contains("203.0.113"),
        "an address in the summary: {text}"
    );
    assert!(
        !text.contains("127.0.0.1"),
        "an address in the summary: {text}"
    );
    let summary = voices::web::proxy_seen::read(&app.env.data_dir())
        .unwrap()
        .unwrap();
    voices::app::doctor::judge_proxy(&app.env.config, &summary)
}

#[test]
fn doctor_compares_the_proxy_settings_with_what_requests_carried() {
    use voices::app::doctor::Verdict;
    let proxy: std::net::IpAddr = "127.0.0.1".parse().unwrap();
    // Right: the trusted proxy sends X-Forwarded-For.
    let app = TestApp::with(|c| c.trusted_proxies = vec![proxy]);
    proxied(
        &app,
        "127.0.0.1:50000",
        Some(("X-Forwarded-For", "203.0.113.7")),
    );
    assert_eq!(proxy_verdict(&app).status, Verdict::Ok);
    // A proxy Voices does not trust: every visitor shares its rate limit.
    let app = TestApp::new();
    proxied(
        &app,
        "127.0.0.1:50000",
        Some(("X-Forwarded-For", "203.0.113.7")),
    );
    let check = proxy_verdict(&app);
    assert_eq!(check.status, Verdict::Fail, "{check:?}");
    assert!(check.todo.contains("trusted_proxies"));
    // Trusted, but the proxy writes another header.
    let app = TestApp::with(|c| c.trusted_proxies = vec![proxy]);
    proxied(&app, "127.0.0.1:50000", Some(("X-Real-IP", "203.0.113.7")));
    let check = proxy_verdict(&app);
    assert_eq!(check.status, Verdict::Fail, "{check:?}");
    assert!(check.todo.contains("client_ip_header"));
    // Trusted, with no header at all.
    let app = TestApp::with(|c| c.trusted_proxies = vec![proxy]);
    proxied(&app, "127.0.0.1:50000", None);
    assert_eq!(proxy_verdict(&app).status, Verdict::Fail);
    // No proxy, no forwarding: direct visitors.
    let app = TestApp::new();
    proxied(&app, "198.51.100.4:50000", None);
    assert_eq!(proxy_verdict(&app).status, Verdict::Ok);
    // The doctor command reads the file the server wrote.
    let (_, checks) = doctor(&app.env, &GOOD);
    assert_eq!(status(&checks, "proxy"), "ok", "{checks:#}");
}

const ONION: &str = "voicesxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion";

#[test]
fn survivor_pages_offer_the_onion_address_over_the_clear_web_only() {
    assert!(voices::config::is_onion_address(ONION));
    let app = TestApp::with(|c| c.organisation.onion_address = Some(ONION.into()));
    let res = app.client.get("/en/story").dispatch();
    assert_eq!(
        res.headers().get_one("Onion-Location"),
        Some(format!("http://{ONION}/en/story").as_str())
    );
    // Staff pages: no.
    let res = app.client.get("/staff/login").dispatch();
    assert_eq!(res.headers().get_one("Onion-Location"), None);
    // Already on the onion address: no.
    let res = app
        .client
        .get("/en/")
        .header(Header::new("Host", ONION))
        .dispatch();
    assert_eq!(res.headers().get_one("Onion-Location"), None);
    // Not configured: never.
    let plain = TestApp::new();
    let res = plain.client.get("/en/").dispatch();
    assert_eq!(res.headers().get_one("Onion-Location"), None);
    // A wrong address stops start-up naming the key.
    let err = Config {
        organisation: voices::config::OrganisationConfig {
            onion_address: Some("example.onion".into()),
            ..Config::default().organisation
        },
        ..Config::default()
    }
    .validate()
    .unwrap_err()
    .to_string();
    assert!(err.contains("organisation.onion_address"), "{err}");
}

/// Every setting as a dotted key, with its default (JSON null when none).
fn flatten(prefix: &str, value: &serde_json::Value, out: &mut Vec<(String, serde_json::Value)>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        other => out.push((prefix.to_owned(), other.clone())),
    }
}

#[test]
fn the_packaged_voices_toml_shows_every_setting_at_its_default() {
    use figment::providers::Format;
    let text = std::fs::read_to_string(repo().join("deploy/debian/voices.toml")).unwrap();
    // As installed: valid, with the package's paths.
    let installed: Config =
        figment::Figment::from(figment::providers::Serialized::defaults(Config::default()))
            .merge(figment::providers::Toml::string(&text))
            .extract()
            .unwrap();
    installed.validate().unwrap();
    assert_eq!(installed.data_dir, Path::new("/var/lib/voices"));
    assert_eq!(
        installed.moderation_dir,
        Path::new("/usr/share/voices/moderation")
    );
    assert_eq!(
        installed.moderation_override_dir.as_deref(),
        Some(Path::new("/etc/voices/moderation"))
    );
    // Every commented setting uncommented: each key of the configuration is
    // there, at its default where it has one.
    let setting = regex::Regex::new(r"^# ([a-z_]+ = .*)$").unwrap();
    let uncommented: String = text
        .lines()
        .map(|l| match setting.captures(l) {
            Some(c) => c[1].to_owned(),
            None => l.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let shown: toml::Value = toml::from_str(&uncommented).unwrap();
    let shown = serde_json::to_value(shown).unwrap();
    let mut defaults = Vec::new();
    flatten(
        "",
        &serde_json::to_value(Config::default()).unwrap(),
        &mut defaults,
    );
    assert!(defaults.len() > 50, "{}", defaults.len());
    let package_paths = ["data_dir", "moderation_dir", "moderation_override_dir"];
    for (key, default) in defaults {
        let mut at = &shown;
        for part in key.split('.') {
            at = &at[part];
        }
        assert!(
            !at.is_null(),
            "deploy/debian/voices.toml does not show `{key}`"
        );
        if !default.is_null() && !package_paths.contains(&key.as_str()) {
            assert_eq!(at, &default, "`{key}` is not shown at its default");
        }
    }
}
