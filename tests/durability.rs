//! Acknowledged means stored: several clients submit while the server is killed
//! with SIGKILL; after a restart on the same data directory (and database), every
//! submission that was answered with a receipt is there and opens with its code.

mod common;

use std::sync::{Arc, Mutex};

use common::{form, http_follow, receipt_code_in, ServerProcess, TestEnv};

#[test]
fn every_acknowledged_submission_survives_kill_minus_nine() {
    let env = TestEnv::new();
    let mut server = ServerProcess::start(&env, &[("VOICES_LIMITS_ENABLED", "false")]);
    let port = server.port;
    let acknowledged: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let clients: Vec<_> = (0..6)
        .map(|client| {
            let acknowledged = acknowledged.clone();
            std::thread::spawn(move || {
                for i in 0..10_000 {
                    let text = format!("durable story {client}-{i} ✓");
                    let body = form(&[("text", &text), ("consent_use", "team_only")]);
                    match http_follow(port, "POST", "/en/story", &body) {
                        Some((200, page)) => {
                            let code = receipt_code_in(&page).expect("a receipt page has a code");
                            acknowledged.lock().unwrap().push((code, text));
                        }
                        // Anything else (including a cut connection) was never acknowledged.
                        _ => break,
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
