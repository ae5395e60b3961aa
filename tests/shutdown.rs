//! A clean stop: on SIGTERM the server lets the submissions in flight finish,
//! commits everything it acknowledged, closes its pools and exits 0, on SQLite and
//! on PostgreSQL. After a restart every acknowledged submission opens.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{form, http_follow, receipt_code_in, ServerProcess, TestEnv};

#[test]
fn sigterm_commits_what_was_acknowledged_and_exits_zero() {
    let env = TestEnv::new();
    let mut server = ServerProcess::start(&env, &[("VOICES_LIMITS_ENABLED", "false")]);
    let port = server.port;
    let acknowledged: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let in_flight = Arc::new(AtomicUsize::new(0));
    let stop_sent: Arc<Mutex<Option<Instant>>> = Arc::default();
    // Requests sent before the stop and answered after it with anything but a
    // receipt: a request in flight at the stop must be finished, not cut.
    let spanning_unfinished = Arc::new(AtomicUsize::new(0));
    let server_errors = Arc::new(AtomicUsize::new(0));
    let clients: Vec<_> = (0..6)
        .map(|client| {
            let (acknowledged, in_flight, stop_sent, spanning_unfinished, server_errors) = (
                acknowledged.clone(),
                in_flight.clone(),
                stop_sent.clone(),
                spanning_unfinished.clone(),
                server_errors.clone(),
            );
            std::thread::spawn(move || {
                for i in 0..10_000 {
                    let text = format!("story before a clean stop {client}-{i} ✓");
                    let body = form(&[("text", &text), ("consent_use", "team_only")]);
                    let sent = Instant::now();
                    in_flight.fetch_add(1, Ordering::SeqCst);
                    let answer = http_follow(port, "POST", "/en/story", &body);
                    in_flight.fetch_sub(1, Ordering::SeqCst);
                    if let Some(stopped) = *stop_sent.lock().unwrap() {
                        let finished = matches!(answer, Some((200, _)));
                        if sent < stopped && answer.is_some() && !finished {
                            spanning_unfinished.fetch_add(1, Ordering::SeqCst);
                        }
                    }
                    match answer {
                        Some((200, page)) => {
                            let code = receipt_code_in(&page).expect("a receipt page has a code");
                            acknowledged.lock().unwrap().push((code, text));
                        }
                        Some((status, _)) if status >= 500 && status != 503 => {
                            server_errors.fetch_add(1, Ordering::SeqCst);
                            break;
                        }
                        // Refused (the server is stopping) or not answered: never acknowledged.
                        _ => break,
                    }
                }
            })
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(30);
    while acknowledged.lock().unwrap().len() < 100 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    // Stop while requests are being served.
    while in_flight.load(Ordering::SeqCst) == 0 && Instant::now() < deadline {
        std::thread::yield_now();
    }
    *stop_sent.lock().unwrap() = Some(Instant::now());
    let status = server
        .terminate(Duration::from_secs(30))
        .expect("the server stops within 30 s of SIGTERM");
    for c in clients {
        c.join().unwrap();
    }
    assert!(
        status.success(),
        "the server exited with {status}:\n{}",
        server.log_text()
    );
    assert_eq!(
        server_errors.load(Ordering::SeqCst),
        0,
        "no 500 while stopping"
    );
    assert_eq!(
        spanning_unfinished.load(Ordering::SeqCst),
        0,
        "a request answered across the stop was not finished"
    );
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() >= 50,
        "only {} acknowledged before the stop",
        acknowledged.len()
    );

    let restarted = ServerProcess::start(&env, &[("VOICES_LIMITS_ENABLED", "false")]);
    let lost: Vec<_> = acknowledged
        .iter()
        .filter(|(code, text)| {
            !matches!(
                http_follow(restarted.port, "POST", "/en/receipt", &form(&[("code", code)])),
                Some((200, page)) if page.contains(text.as_str())
            )
        })
        .collect();
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged submissions lost: {lost:?}",
        lost.len(),
        acknowledged.len()
    );
}
