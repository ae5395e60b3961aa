//! Acknowledged means stored: several clients submit while the server is killed
//! with SIGKILL; after a restart on the same data directory (and database), every
//! submission that was answered with a receipt is there and opens with its code.
//! The test checks that requests really were in flight at the kill, and that
//! nothing was refused before it (a refusal is not an acknowledgement, but a run
//! that refused everything would prove nothing).
//!
//! What this does not prove: a process kill leaves the operating system's page
//! cache intact, so it does not simulate a power cut or a kernel crash. That part
//! rests on `synchronous = FULL` (SQLite fsyncs the WAL before a commit returns),
//! which the second test reads from a live pooled connection, and on PostgreSQL's
//! `synchronous_commit` and `fsync`.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use common::{form, http, http_follow, receipt_code_in, ServerProcess, TestApp, TestEnv};
use diesel::prelude::*;

/// What became of one request.
enum Outcome {
    /// A complete answer.
    Answered(u16, String),
    /// Sent, then the connection ended without a complete answer: in flight when
    /// the server died.
    Cut,
    /// No connection at all (the server was already gone).
    NoServer,
}

fn post(port: u16, path: &str, body: &str) -> Outcome {
    use std::io::{Read, Write};
    let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return Outcome::NoServer;
    };
    let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(30)));
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    if stream.write_all(request.as_bytes()).is_err() {
        return Outcome::Cut;
    }
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text.split_whitespace().nth(1).and_then(|s| s.parse().ok());
    // The receipt may be shown through a redirect to a one-time link: follow it.
    if status == Some(303) {
        let location = text.lines().find_map(|l| {
            l.strip_prefix("Location: ")
                .or_else(|| l.strip_prefix("location: "))
        });
        if let Some(to) = location {
            return match http(port, "GET", to.trim(), "") {
                Some((status, body)) if body.trim_end().ends_with("</html>") => {
                    Outcome::Answered(status, body)
                }
                _ => Outcome::Cut,
            };
        }
    }
    match (status, text.split_once("\r\n\r\n")) {
        // A page that ends is complete; a cut one is not an answer.
        (Some(status), Some((_, body))) if body.trim_end().ends_with("</html>") => {
            Outcome::Answered(status, body.to_owned())
        }
        _ => Outcome::Cut,
    }
}

#[test]
fn every_acknowledged_submission_survives_kill_minus_nine() {
    let env = TestEnv::new();
    let mut server = ServerProcess::start(&env, &[("VOICES_LIMITS_ENABLED", "false")]);
    let port = server.port;
    let acknowledged: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let refused: Arc<Mutex<Vec<u16>>> = Arc::default();
    let in_flight = Arc::new(AtomicUsize::new(0));
    let clients: Vec<_> = (0..6)
        .map(|client| {
            let acknowledged = acknowledged.clone();
            let refused = refused.clone();
            let in_flight = in_flight.clone();
            std::thread::spawn(move || {
                for i in 0..10_000 {
                    let text = format!("durable story {client}-{i} ✓");
                    let body = form(&[("text", &text), ("consent_use", "team_only")]);
                    match post(port, "/en/story", &body) {
                        Outcome::Answered(200, page) => {
                            let code = receipt_code_in(&page).expect("a receipt page has a code");
                            acknowledged.lock().unwrap().push((code, text));
                        }
                        // An answer, but not an acknowledgement: the server was alive
                        // and refused (a 503 from a full queue, say).
                        Outcome::Answered(status, _) => refused.lock().unwrap().push(status),
                        Outcome::Cut => {
                            in_flight.fetch_add(1, Ordering::Relaxed);
                            break;
                        }
                        Outcome::NoServer => break,
                    }
                }
            })
        })
        .collect();
    // Let the load run, then kill the server mid-stream.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while acknowledged.lock().unwrap().len() < 150 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    server.kill();
    for c in clients {
        c.join().unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() >= 50,
        "only {} acknowledged before the kill",
        acknowledged.len()
    );
    let refused = refused.lock().unwrap().clone();
    assert!(refused.is_empty(), "refused before the kill: {refused:?}");
    let cut = in_flight.load(Ordering::Relaxed);
    assert!(
        cut >= 1,
        "no request was in flight when the server was killed"
    );
    eprintln!(
        "{} acknowledged, {cut} in flight at the kill, none refused",
        acknowledged.len()
    );

    let restarted = ServerProcess::start(&env, &[("VOICES_LIMITS_ENABLED", "false")]);
    let mut lost = Vec::new();
    for (code, text) in &acknowledged {
        let escaped = text.replace('&', "&amp;");
        match http_follow(
            restarted.port,
            "POST",
            "/en/receipt",
            &form(&[("code", code)]),
        ) {
            Some((200, page)) if page.contains(&escaped) => {}
            other => lost.push((code.clone(), other.map(|(s, _)| s))),
        }
    }
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged submissions lost: {lost:?}",
        lost.len(),
        acknowledged.len()
    );
}

/// The durability setting is what a live pooled connection really runs with, not
/// just what the code asks for.
#[test]
fn live_connections_commit_durably() {
    let app = TestApp::new();
    let services = app
        .client
        .rocket()
        .state::<voices::web::Services>()
        .unwrap();
    let mut conn = services.pool.get().unwrap();
    #[derive(QueryableByName)]
    struct Synchronous {
        #[diesel(sql_type = diesel::sql_types::Integer)]
        synchronous: i32,
    }
    #[derive(QueryableByName)]
    struct Setting {
        #[diesel(sql_type = diesel::sql_types::Text)]
        setting: String,
    }
    match &mut *conn {
        voices::storage::DbConnection::Sqlite(c) => {
            let s: Synchronous = diesel::sql_query("PRAGMA synchronous")
                .get_result(c)
                .unwrap();
            assert_eq!(s.synchronous, 2, "synchronous = FULL");
        }
        voices::storage::DbConnection::Postgres(c) => {
            for (name, expected) in [("synchronous_commit", "on"), ("fsync", "on")] {
                let s: Setting = diesel::sql_query(format!(
                    "SELECT setting FROM pg_settings WHERE name = '{name}'"
                ))
                .get_result(c)
                .unwrap();
                assert_eq!(s.setting, expected, "{name}");
            }
        }
    }
}
