//! Safety rule 1: the log of a session of requests carries a request id, method,
//! route, status and latency, and never a client address, user agent, cookie,
//! form body, query string, setup token or receipt code.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::{form, TestApp};
use rocket::http::{ContentType, Header};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn request_logs_carry_nothing_that_identifies_a_person() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let app = TestApp::new();
    let token = app.env.setup_token();
    let address = "203.0.113.77:45678".parse().unwrap();
    let agent = Header::new("User-Agent", "CanaryAgent/9.9 (shared phone)");
    let cookie = Header::new("Cookie", "voices_session=CanaryCookieValue");
    app.client
        .get("/en/")
        .remote(address)
        .header(agent.clone())
        .header(cookie.clone())
        .dispatch();
    app.client
        .get("/ar/nope?q=CanaryQueryText")
        .remote(address)
        .header(agent.clone())
        .dispatch();
    app.client
        .get(format!("/setup/{token}"))
        .remote(address)
        .header(agent.clone())
        .dispatch();
    let page = app
        .client
        .get("/staff/login")
        .remote(address)
        .dispatch()
        .into_string()
        .unwrap();
    let csrf = TestApp::csrf_from(&page);
    app.client
        .post("/staff/login")
        .remote(address)
        .header(agent.clone())
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("name", "CanaryStaffName"),
            ("passphrase", "CanaryPassphrase 7KQ2-M9XD-4HFA-R3TC"),
        ]))
        .dispatch();
    app.client
        .get("/staff")
        .remote(address)
        .header(cookie)
        .dispatch();
    // A survivor shares, then comes back with the receipt code.
    let receipt = common::follow(
        &app.client,
        app.client
            .post("/vi/story")
            .remote(address)
            .header(agent.clone())
            .header(ContentType::Form)
            .body(form(&[
                ("text", "CanarySurvivorWords"),
                ("consent_use", "team_only"),
            ]))
            .dispatch(),
    )
    .into_string()
    .unwrap();
    let code = regex::Regex::new(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")
        .unwrap()
        .find(&receipt)
        .unwrap()
        .as_str()
        .to_owned();
    let view = app
        .client
        .post("/vi/receipt")
        .remote(address)
        .header(ContentType::Form)
        .body(form(&[("code", &code)]))
        .dispatch();
    // The single-use link to the receipt page: its token must not be logged either.
    let link = view.headers().get_one("Location").unwrap().to_owned();
    let link_token = link.rsplit('/').next().unwrap().to_owned();
    assert!(link_token.len() > 20, "{link}");
    assert!(common::follow(&app.client, view)
        .into_string()
        .unwrap()
        .contains("CanarySurvivorWords"));

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let request_lines: Vec<&str> = log.lines().filter(|l| l.contains("request_id=")).collect();
    assert!(request_lines.len() >= 8, "one line per request:\n{log}");
    for line in &request_lines {
        for field in ["method=", "route=", "status=", "latency_ms="] {
            assert!(line.contains(field), "{field} missing in {line}");
        }
    }
    assert!(
        log.contains("route=/setup/<token>"),
        "routes are logged as patterns:\n{log}"
    );
    for canary in &[
        "203.0.113.77",
        "45678",
        "CanaryAgent",
        "CanaryCookieValue",
        "CanaryQueryText",
        "CanaryStaffName",
        "CanaryPassphrase",
        "7KQ2-M9XD",
        "CanarySurvivorWords",
        &code,
        &code.replace('-', ""),
        token.as_str(),
        link_token.as_str(),
    ] {
        assert!(!log.contains(*canary), "the log contains {canary}:\n{log}");
    }
}
