//! Files Voices writes are private to its owner: the database and its side files,
//! the secrets, the setup token and backups; and an open data directory is
//! warned about at start-up.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::{form, http, ServerProcess, TestEnv};
use diesel::connection::SimpleConnection;

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn every_file_the_server_creates_is_private() {
    // SQLite, whatever TEST_DATABASE_URL says: these are its files.
    let env = TestEnv::sqlite();
    let server = ServerProcess::start(&env, &[]);
    let story = form(&[("text", "a private file"), ("consent_use", "team_only")]);
    // 200, or 303 to the receipt if it is shown through a one-time link.
    let status = http(server.port, "POST", "/en/story", &story).map(|r| r.0);
    assert!(matches!(status, Some(200 | 303)), "{status:?}");
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(env.data_dir()).unwrap().flatten() {
        let m = mode(&entry.path());
        seen.push(format!("{:?} {m:o}", entry.file_name()));
        assert_eq!(m & 0o077, 0, "{:?} is mode {m:o}", entry.file_name());
    }
    assert!(
        seen.iter().any(|s| s.contains("voices.sqlite-wal")),
        "the WAL was checked too: {seen:?}"
    );
    assert_eq!(mode(&env.data_dir()), 0o700);
}

#[test]
fn an_open_data_directory_is_warned_about_at_start_up() {
    use std::io::Read;
    let env = TestEnv::sqlite();
    std::fs::create_dir_all(env.data_dir()).unwrap();
    std::fs::set_permissions(env.data_dir(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let port = common::free_port();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_voices"))
        .env_clear()
        .current_dir(env.dir.path())
        .env("VOICES_CONFIG", env.dir.path().join("absent.toml"))
        .env("VOICES_LOG", "warn")
        .env("VOICES_MODERATION_DIR", &env.config.moderation_dir)
        .args(["serve", "--port", &port.to_string(), "--data-dir"])
        .arg(env.data_dir())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while http(port, "GET", "/healthz", "").map(|(s, _)| s) != Some(200) {
        assert!(std::time::Instant::now() < deadline, "voices did not start");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(
        stderr.contains("mode 755") && stderr.contains("chmod 700"),
        "{stderr}"
    );
}

/// The backup is private from its first byte: a watcher that checks its mode
/// while `VACUUM INTO` fills it (tens of megabytes) never sees it readable by
/// others, even with this process's ordinary umask.
#[test]
fn a_backup_is_private_before_anything_is_written_into_it() {
    let env = TestEnv::sqlite();
    let app = common::TestApp::from_env(env);
    let mut conn = app.env.connect();
    let voices::storage::DbConnection::Sqlite(sqlite) = &mut conn else {
        unreachable!()
    };
    // About 48 MiB of stand-in ciphertext, so the copy takes a while.
    sqlite
        .batch_execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) \
             INSERT INTO submissions (receipt_hash, kind, language, state, received_on, payload) \
             SELECT randomblob(32), 'story', 'en', 'received', '2026-12-01', randomblob(16384) FROM n;",
        )
        .unwrap();
    let out = app.env.dir.path().join("watched-backup.sqlite");
    let watched = out.clone();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stop = done.clone();
    let watcher = std::thread::spawn(move || {
        let (mut looks, mut open) = (0u64, Vec::new());
        while !stop.load(std::sync::atomic::Ordering::Relaxed) {
            if let Ok(meta) = std::fs::metadata(&watched) {
                looks += 1;
                let m = meta.permissions().mode() & 0o777;
                if m & 0o077 != 0 {
                    open.push(m);
                }
            }
        }
        (looks, open)
    });
    let services = app
        .client
        .rocket()
        .state::<voices::web::Services>()
        .unwrap();
    let mut pooled = services.pool.get().unwrap();
    voices::storage::backup::backup(&mut pooled, &out).unwrap();
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let (looks, open) = watcher.join().unwrap();
    assert!(looks > 10, "the watcher saw the file only {looks} times");
    assert!(
        open.is_empty(),
        "the backup was readable by others while written: {open:?}"
    );
    assert_eq!(mode(&out), 0o600);
}
