//! Safety rule 1: the log of a session of requests carries a request id, method,
//! route, status and latency, and never a client address, user agent, cookie,
//! form body, query string, setup token or receipt code.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

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

impl Captured {
    fn len(&self) -> usize {
        self.0.lock().unwrap().len()
    }
    fn since(&self, offset: usize) -> String {
        String::from_utf8(self.0.lock().unwrap()[offset..].to_vec()).unwrap()
    }
}

/// One subscriber for the whole test binary, at TRACE, with the formatter's own
/// timer on (what an operator gets by default), and a lock so the tests in this
/// file read only their own lines.
fn capture() -> (Captured, MutexGuard<'static, ()>) {
    static CAPTURED: OnceLock<Captured> = OnceLock::new();
    static SERIAL: Mutex<()> = Mutex::new(());
    let guard = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    let captured = CAPTURED
        .get_or_init(|| {
            let captured = Captured::default();
            let writer = captured.clone();
            let subscriber = tracing_subscriber::fmt()
                .with_max_level(tracing::Level::TRACE)
                .with_ansi(false)
                .with_writer(move || writer.clone())
                .finish();
            tracing::subscriber::set_global_default(subscriber).unwrap();
            captured
        })
        .clone();
    (captured, guard)
}

/// A time of day, an ISO 8601 date-time, or Unix epoch seconds.
fn time_in(text: &str) -> Option<String> {
    let patterns =
        regex::Regex::new(r"\b\d{1,2}:\d{2}\b|\d{4}-\d{2}-\d{2}[T ]\d{2}|\b1[6-9]\d{8}\b").unwrap();
    patterns.find(text).map(|m| m.as_str().to_owned())
}

#[test]
fn request_logs_carry_nothing_that_identifies_a_person() {
    let (captured, _serial) = capture();
    let start = captured.len();

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

    // The counts of the survivor requests, as the timer writes them after the hour.
    app.client
        .rocket()
        .state::<voices::web::logging::SurvivorCounts>()
        .unwrap()
        .write_finished_hours(voices::web::logging::SurvivorCounts::current_hour() + 1);

    let log = captured.since(start);
    let request_lines: Vec<&str> = log.lines().filter(|l| l.contains("request_id=")).collect();
    // Setup page, sign-in page, sign-in, staff page: one line each. The four
    // survivor requests have none.
    assert_eq!(request_lines.len(), 4, "one line per staff request:\n{log}");
    assert!(
        log.contains("route=/<_lang>/story") && log.contains("requests=1"),
        "survivor requests are counted per route:\n{log}"
    );
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

/// Safety rule 9: survivor requests leave no line with a time, even when the log
/// stamps every line; staff requests keep theirs.
#[test]
fn survivor_requests_leave_no_line_with_a_time() {
    let (captured, _serial) = capture();
    let app = TestApp::new();
    let address = "203.0.113.78:45679".parse().unwrap();

    // The detector works: a staff request's line carries the formatter's time.
    let before = captured.len();
    app.client.get("/staff/login").remote(address).dispatch();
    let staff_line = captured.since(before);
    assert!(
        time_in(&staff_line).is_some(),
        "a staff line is stamped (or the detector is broken):\n{staff_line}"
    );

    let story = form(&[("text", "words of the hour"), ("consent_use", "team_only")]);
    let survivor_requests: Vec<(&str, &str, Option<String>)> = vec![
        ("GET", "/", None),
        ("GET", "/en", None),
        ("GET", "/en/", None),
        ("GET", "/ar/story", None),
        ("POST", "/vi/story", Some(story.clone())),
        ("POST", "/en/story", Some(form(&[("text", "")]))),
        ("GET", "/fa/receipt", None),
        (
            "POST",
            "/en/receipt",
            Some(form(&[("code", "7KQ2-M9XD-4HFA-R3TC")])),
        ),
        ("POST", "/en/receipt", Some(form(&[("code", "nonsense")]))),
        (
            "POST",
            "/ps/receipt/withdraw",
            Some(form(&[("code", "7KQ2-M9XD-4HFA-R3TC")])),
        ),
        ("GET", "/ti/safety", None),
        ("GET", "/sq/nope?q=1", None),
        ("POST", "/ro/nope", Some(String::new())),
        // What a browser asks for by itself after a survivor's page.
        ("GET", "/favicon.ico", None),
        ("GET", "/robots.txt", None),
    ];
    for (method, path, body) in &survivor_requests {
        let before = captured.len();
        let request = if *method == "POST" {
            app.client
                .post(*path)
                .header(ContentType::Form)
                .body(body.clone().unwrap_or_default())
        } else {
            app.client.get(*path)
        };
        request.remote(address).dispatch();
        let written = captured.since(before);
        assert!(
            time_in(&written).is_none(),
            "{method} {path} wrote a line with a time ({:?}):\n{written}",
            time_in(&written)
        );
        assert!(
            !written.contains("request_id="),
            "{method} {path} wrote a request line:\n{written}"
        );
    }

    // Once the hour is over, one line per route pattern with counts: the line's
    // fields hold the day and the hour, never a minute. (The formatter's own stamp
    // at the start of the line is the moment the timer wrote it, on the hour.)
    let before = captured.len();
    app.client
        .rocket()
        .state::<voices::web::logging::SurvivorCounts>()
        .unwrap()
        .write_finished_hours(voices::web::logging::SurvivorCounts::current_hour() + 1);
    let summary = captured.since(before);
    let lines: Vec<&str> = summary
        .lines()
        .filter(|l| l.contains("survivor requests in that hour"))
        .collect();
    assert!(lines.len() >= 6, "hourly counts:\n{summary}");
    for line in &lines {
        let fields = &line[line.find("survivor requests").unwrap()..];
        assert!(
            time_in(fields).is_none(),
            "a count line holds a time: {line}"
        );
        assert!(
            fields.contains(" hour=") && fields.contains("requests="),
            "{line}"
        );
    }
    assert!(summary.contains("route=/<_lang>/receipt") && summary.contains("requests=2"));
}

/// `log.timestamps = false` (`VOICES_LOG_TIMESTAMPS=false`) drops the logger's
/// own timer, for journals that stamp lines themselves.
#[test]
fn the_timer_can_be_switched_off_for_journals() {
    use std::io::Read;
    let env = common::TestEnv::new();
    let port = common::free_port();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_voices"));
    command
        .env_clear()
        .current_dir(env.dir.path())
        .env("VOICES_CONFIG", env.dir.path().join("absent.toml"))
        .env("VOICES_LOG", "info")
        .env("VOICES_LOG_TIMESTAMPS", "false")
        .env("VOICES_MODERATION_DIR", &env.config.moderation_dir)
        .args(["serve", "--port", &port.to_string(), "--data-dir"])
        .arg(&env.config.data_dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    if let Some(pg) = &env.pg {
        command.env("DATABASE_URL", &pg.url);
    }
    let mut child = command.spawn().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while common::http(port, "GET", "/healthz", "").map(|(s, _)| s) != Some(200) {
        assert!(std::time::Instant::now() < deadline, "voices did not start");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    common::http(port, "GET", "/staff/login", "");
    common::http(
        port,
        "POST",
        "/en/story",
        &form(&[("text", "x"), ("consent_use", "team_only")]),
    );
    let _ = child.kill();
    let _ = child.wait();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(stderr.contains("Voices is listening"), "{stderr}");
    assert!(stderr.contains("route=/staff/login"), "{stderr}");
    assert!(!stderr.contains("route=/<_lang>/story"), "{stderr}");
    assert!(time_in(&stderr).is_none(), "a stamped line: {stderr}");
}

#[rocket::get("/staff/test-boom")]
fn staff_boom() -> Result<&'static str, voices::error::AppError> {
    Err(voices::error::AppError::Internal(
        "CanaryInternalDetail from a driver".into(),
    ))
}

#[rocket::get("/en/test-boom")]
fn survivor_boom() -> Result<&'static str, voices::error::AppError> {
    Err(voices::error::AppError::Internal(
        "CanarySurvivorDetail from a driver".into(),
    ))
}

/// Errors are logged by their stable key, never by their text, which may quote a
/// value.
#[test]
fn internal_errors_are_logged_by_key_only() {
    let (captured, _serial) = capture();
    let env = common::TestEnv::new();
    let rocket = voices::try_build(env.config.clone())
        .unwrap()
        .mount("/", rocket::routes![staff_boom, survivor_boom]);
    let client = rocket::local::blocking::Client::tracked(rocket).unwrap();
    let before = captured.len();
    assert_eq!(client.get("/staff/test-boom").dispatch().status().code, 500);
    assert_eq!(client.get("/en/test-boom").dispatch().status().code, 500);
    client
        .rocket()
        .state::<voices::web::logging::SurvivorCounts>()
        .unwrap()
        .write_finished_hours(voices::web::logging::SurvivorCounts::current_hour() + 1);
    let log = captured.since(before);
    assert!(
        log.contains("error=\"internal\"") || log.contains("error=internal"),
        "{log}"
    );
    assert!(log.contains("errors=internal=1"), "{log}");
    assert!(
        !log.contains("Canary"),
        "an error text reached the log:\n{log}"
    );
}

/// What a real server writes to standard error, read line by line as it comes.
struct ServerLog {
    child: std::process::Child,
    lines: Arc<Mutex<Vec<String>>>,
}

impl ServerLog {
    fn start(env: &common::TestEnv, port: u16) -> Self {
        use std::io::BufRead;
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_voices"));
        command
            .env_clear()
            .current_dir(env.dir.path())
            .env("VOICES_CONFIG", env.dir.path().join("absent.toml"))
            .env("VOICES_LOG", "info")
            .env("VOICES_MODERATION_DIR", &env.config.moderation_dir)
            .args(["serve", "--port", &port.to_string(), "--data-dir"])
            .arg(&env.config.data_dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        if let Some(pg) = &env.pg {
            command.env("DATABASE_URL", &pg.url);
        }
        let mut child = command.spawn().unwrap();
        let stderr = child.stderr.take().unwrap();
        let lines = Arc::new(Mutex::new(Vec::new()));
        let sink = lines.clone();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                sink.lock().unwrap().push(line);
            }
        });
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while common::http(port, "GET", "/healthz", "").map(|(s, _)| s) != Some(200) {
            assert!(std::time::Instant::now() < deadline, "voices did not start");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        Self { child, lines }
    }

    fn len(&self) -> usize {
        self.lines.lock().unwrap().len()
    }

    /// Waits until a line after `from` contains `needle`, and returns its index.
    fn wait_for(&self, from: usize, needle: &str) -> usize {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            if let Some(i) = self.lines.lock().unwrap()[from..]
                .iter()
                .position(|l| l.contains(needle))
            {
                return from + i;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no line with {needle}:\n{}",
                self.lines.lock().unwrap().join("\n")
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    fn line(&self, i: usize) -> String {
        self.lines.lock().unwrap()[i].clone()
    }
}

impl Drop for ServerLog {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn request_id_of(line: &str) -> u64 {
    let re = regex::Regex::new(r"request_id=(\d+)").unwrap();
    re.captures(line)
        .unwrap_or_else(|| panic!("no request id in {line}"))[1]
        .parse()
        .unwrap()
}

/// Against the built server: a survivor's visit (the page, then the stylesheet
/// and script it loads, then a story) between two staff requests leaves no line
/// at all, and the two staff lines carry consecutive ids, so no gap counts the
/// survivor's requests.
#[test]
fn a_survivor_visit_with_its_assets_leaves_no_line_and_no_id_gap() {
    let env = common::TestEnv::new();
    let port = common::free_port();
    let server = ServerLog::start(&env, port);

    let from = server.len();
    assert_eq!(
        common::http(port, "GET", "/staff/login", "").map(|(s, _)| s),
        Some(200)
    );
    let first = server.wait_for(from, "route=/staff/login");
    let first_id = request_id_of(&server.line(first));

    let (status, page) = common::http(port, "GET", "/en/", "").unwrap();
    assert_eq!(status, 200);
    let assets: Vec<String> = regex::Regex::new(r#"(?:href|src)="(/static/[^"]+)""#)
        .unwrap()
        .captures_iter(&page)
        .map(|c| c[1].to_owned())
        .collect();
    assert!(
        assets.len() >= 2,
        "the page loads its stylesheet and script"
    );
    for asset in &assets {
        assert_eq!(
            common::http(port, "GET", asset, "").map(|(s, _)| s),
            Some(200),
            "{asset}"
        );
    }
    let (status, _) = common::http(
        port,
        "POST",
        "/en/story",
        &form(&[
            ("text", "a visit at this minute"),
            ("consent_use", "team_only"),
        ]),
    )
    .unwrap();
    assert!(status == 200 || status == 303, "{status}");
    common::http(port, "GET", "/favicon.ico", "");
    for asset in &assets {
        common::http(port, "GET", asset, "");
    }

    assert_eq!(
        common::http(port, "GET", "/staff/login", "").map(|(s, _)| s),
        Some(200)
    );
    let second = server.wait_for(first + 1, "route=/staff/login");
    let between: Vec<String> = ((first + 1)..second).map(|i| server.line(i)).collect();
    assert!(
        between.is_empty(),
        "the survivor's visit left lines:\n{}",
        between.join("\n")
    );
    assert_eq!(
        request_id_of(&server.line(second)),
        first_id + 1,
        "a gap in the request ids counts the survivor's requests"
    );
}
