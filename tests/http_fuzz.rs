//! Hostile HTTP: more than 10,000 malformed requests across common paths, in
//! process; part of the same corpus over real sockets to the built binary, with
//! the staff routes fuzzed while signed in and every reply counted; every route
//! in Rocket's route table as each role and signed out, over real sockets; then
//! raw garbage over a real socket. Never a 5xx, never a panic, and the server
//! still answers afterwards.

mod common;

use common::{ServerProcess, TestApp, TestEnv};
use rocket::http::{ContentType, Header, Status};

/// A small deterministic generator (xorshift64*), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn bytes(&mut self, max: usize) -> Vec<u8> {
        let len = self.below(max + 1);
        (0..len).map(|_| self.next() as u8).collect()
    }
}

const PATHS: &[&str] = &[
    "/",
    "/healthz",
    "/en/",
    "/ar",
    "/ti/story",
    "/vi/feedback",
    "/fa/receipt",
    "/ps/receipt/consent",
    "/sq/receipt/withdraw",
    "/ro/safety",
    "/en/about",
    "/staff",
    "/staff/login",
    "/staff/logout",
    "/setup/not-a-token",
    "/static/voices.css",
    "/static/voices.js",
    "/xx/story",
    "/en/story/extra",
];

const FIELDS: &[&str] = &[
    "text",
    "theme",
    "consent_use",
    "quotes",
    "service",
    "region",
    "answer_listened",
    "answer_felt_safe",
    "age_band",
    "contact_extra",
    "code",
    "confirm",
    "csrf",
    "name",
    "passphrase",
    "",
    "text[]",
    "a.b",
];

const VALUES: &[&str] = &[
    "",
    "publish",
    "team_only",
    "yes",
    "police",
    "1",
    "prefer_not_to_say",
    "%",
    "%ZZ",
    "%FF%FE%00",
    "+",
    "<script>alert(1)</script>",
    "\u{202E}",
    "7KQ2-M9XD-4HFA-R3TC",
    "forged-csrf-token",
    "=",
    "&&",
];

fn percent_encode_lossy(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("%{b:02X}")).collect()
}

fn random_body(rng: &mut Rng) -> Vec<u8> {
    match rng.below(6) {
        0 => rng.bytes(2000),
        1 => {
            // Form-shaped, with duplicates and broken escapes.
            let mut parts = Vec::new();
            for _ in 0..rng.below(12) {
                let value = if rng.below(3) == 0 {
                    percent_encode_lossy(&rng.bytes(40))
                } else {
                    rng.pick(VALUES).to_string()
                };
                parts.push(format!("{}={}", rng.pick(FIELDS), value));
            }
            parts
                .join(if rng.below(5) == 0 { ";" } else { "&" })
                .into_bytes()
        }
        2 => format!(
            "text={}&consent_use=team_only",
            "A".repeat(rng.below(30_000))
        )
        .into_bytes(),
        3 => vec![b'x'; 300 * 1024 + rng.below(1000)],
        4 => br#"{"text":"json where a form belongs","consent_use":"publish"}"#.to_vec(),
        _ => Vec::new(),
    }
}

#[test]
fn ten_thousand_malformed_requests_get_no_server_error() {
    let app = TestApp::with(|c| c.limits.enabled = false);
    app.create_admin();
    let mut rng = Rng(0x005E_ED0F_F0CC);
    let content_types = [
        Some(ContentType::Form),
        Some(ContentType::JSON),
        Some(ContentType::FormData),
        Some(ContentType::Plain),
        Some(ContentType::new(
            "application",
            "x-www-form-urlencoded; charset=latin-9",
        )),
        None,
    ];
    let mut server_errors = Vec::new();
    let total = 10_500;
    for i in 0..total {
        let mut path = rng.pick(PATHS).to_string();
        match rng.below(8) {
            0 => path.push_str(&percent_encode_lossy(&rng.bytes(20))),
            1 => path.push_str(&format!("?{}", percent_encode_lossy(&rng.bytes(30)))),
            2 => path = format!("/{}", percent_encode_lossy(&rng.bytes(12))),
            _ => {}
        }
        let post = rng.below(3) != 0;
        let mut request = if post {
            app.client.post(path.clone())
        } else {
            app.client.get(path.clone())
        };
        if let Some(ct) = rng.pick(&content_types).clone() {
            request = request.header(ct);
        }
        if rng.below(4) == 0 {
            request = request.header(Header::new(
                "Accept-Language",
                String::from_utf8_lossy(&rng.bytes(30)).into_owned(),
            ));
        }
        if rng.below(6) == 0 {
            request = request.header(Header::new(
                "Cookie",
                format!("voices_session={}", percent_encode_lossy(&rng.bytes(40))),
            ));
        }
        if post {
            request = request.body(random_body(&mut rng));
        }
        let response = request.dispatch();
        if response.status().class().is_server_error() {
            server_errors.push(format!(
                "#{i} {} {path} -> {}",
                if post { "POST" } else { "GET" },
                response.status()
            ));
        }
    }
    assert!(
        server_errors.is_empty(),
        "{} server errors: {:?}",
        server_errors.len(),
        &server_errors[..server_errors.len().min(20)]
    );
    assert_eq!(app.client.get("/healthz").dispatch().status(), Status::Ok);
}

#[test]
fn raw_garbage_on_the_socket_does_not_stop_the_server() {
    use std::io::{Read, Write};
    let env = TestEnv::new();
    let server = ServerProcess::start(&env, &[]);
    let mut rng = Rng(0xBAD_5EED);
    let shapes: [fn(&mut Rng) -> Vec<u8>; 5] = [
        |r| r.bytes(4000),
        |r| {
            format!(
                "GET /{} HTTP/1.1\r\nHost: x\r\n\r\n",
                String::from_utf8_lossy(&r.bytes(50))
            )
            .into_bytes()
        },
        |_| {
            b"POST /en/story HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\ntext=".to_vec()
        },
        |_| b"GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n".to_vec(),
        |r| {
            [
                b"GET /en/ HTTP/1.1\r\n".to_vec(),
                r.bytes(9000),
                b"\r\n\r\n".to_vec(),
            ]
            .concat()
        },
    ];
    for _ in 0..400 {
        let shape = shapes[rng.below(shapes.len())];
        if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", server.port)) {
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_millis(120)));
            let _ = stream.write_all(&shape(&mut rng));
            let mut reply = [0u8; 64];
            if let Ok(n) = stream.read(&mut reply) {
                let head = String::from_utf8_lossy(&reply[..n]);
                assert!(!head.starts_with("HTTP/1.1 5"), "server error: {head}");
            }
        }
    }
    assert_eq!(
        common::http(server.port, "GET", "/healthz", "").map(|(s, _)| s),
        Some(200)
    );
}

/// Sends `request` over a fresh connection and reads until the server answers
/// and closes (every request says `Connection: close`), or just closes.
/// `None` when nothing came back.
fn exchange(port: u16, request: &[u8]) -> Option<(u16, String, String)> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .ok()?;
    // A server may answer (413, 400) before reading a large body and close: the
    // answer is still there to read even if writing the rest fails.
    let _ = stream.write_all(request);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    if !text.starts_with("HTTP/1.1 ") {
        return None;
    }
    let status = text.split_whitespace().nth(1)?.parse().ok()?;
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    Some((status, head.to_owned(), body.to_owned()))
}

fn request(method: &str, path: &str, headers: &[(&str, String)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    if method == "POST" {
        out.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    out.push_str("\r\n");
    [out.into_bytes(), body.to_vec()].concat()
}

/// The value of cookie `name` set by a response head.
fn set_cookie(head: &str, name: &str) -> Option<String> {
    head.lines()
        .filter_map(|l| {
            l.strip_prefix("Set-Cookie: ")
                .or_else(|| l.strip_prefix("set-cookie: "))
        })
        .find_map(|c| c.strip_prefix(&format!("{name}=")))
        .map(|c| c.split(';').next().unwrap_or("").to_owned())
}

fn csrf_in(body: &str) -> String {
    TestApp::csrf_from(body)
}

/// Creates the first admin and signs in over real sockets; returns the cookie
/// header a signed-in browser sends, and the session's CSRF token.
fn sign_in_over_sockets(port: u16, env: &TestEnv) -> (String, String) {
    let token = env.setup_token();
    let (_, head, body) =
        exchange(port, &request("GET", &format!("/setup/{token}"), &[], b"")).unwrap();
    let csrf_cookie = set_cookie(&head, "voices_csrf").expect("a pre-session cookie");
    let cookie = format!("voices_csrf={csrf_cookie}");
    let form_body = common::form(&[
        ("csrf", &csrf_in(&body)),
        ("name", common::ADMIN_NAME),
        ("passphrase", common::ADMIN_PASSPHRASE),
        ("confirm", common::ADMIN_PASSPHRASE),
    ]);
    let form_type = (
        "Content-Type",
        "application/x-www-form-urlencoded".to_owned(),
    );
    let (status, _, _) = exchange(
        port,
        &request(
            "POST",
            &format!("/setup/{token}"),
            &[form_type, ("Cookie", cookie)],
            form_body.as_bytes(),
        ),
    )
    .unwrap();
    assert_eq!(status, 200, "first admin created over sockets");
    sign_in_as(port, common::ADMIN_NAME, common::ADMIN_PASSPHRASE)
}

/// Part of the corpus above, sent to the built binary over real sockets (so
/// hyper's parsing, Rocket's limits and the real writer are in the path), with
/// the staff routes fuzzed while signed in. Every reply is read to the end and
/// counted; none may be a server error, and the session must outlive the fuzz.
#[test]
fn part_of_the_corpus_over_real_sockets_gets_no_server_error() {
    let env = TestEnv::new();
    let server = ServerProcess::start(&env, &[("VOICES_LIMITS_ENABLED", "false")]);
    let (cookies, session_csrf) = sign_in_over_sockets(server.port, &env);
    let mut rng = Rng(0x0050_C4E7_5EED);
    let content_types = [
        Some("application/x-www-form-urlencoded"),
        Some("application/json"),
        Some("multipart/form-data; boundary=x"),
        Some("text/plain"),
        Some("application/x-www-form-urlencoded; charset=latin-9"),
        None,
    ];
    let staff_paths = ["/staff", "/staff/login", "/staff/logout", "/staff/nope"];
    let total = 600;
    let (mut answered, mut closed, mut staff_signed_in) = (0, 0, 0);
    let mut server_errors = Vec::new();
    for i in 0..total {
        let staff = rng.below(3) == 0;
        let mut path = if staff {
            rng.pick(&staff_paths).to_string()
        } else {
            rng.pick(PATHS).to_string()
        };
        match rng.below(8) {
            0 => path.push_str(&percent_encode_lossy(&rng.bytes(20))),
            1 => path.push_str(&format!("?{}", percent_encode_lossy(&rng.bytes(30)))),
            _ => {}
        }
        let post = rng.below(3) != 0;
        let mut headers = Vec::new();
        if let Some(ct) = rng.pick(&content_types) {
            headers.push(("Content-Type", ct.to_string()));
        }
        if rng.below(4) == 0 {
            let printable: String = rng
                .bytes(30)
                .into_iter()
                .map(|b| char::from(b' ' + b % 94))
                .collect();
            headers.push(("Accept-Language", printable));
        }
        // Staff routes: signed in (the real session cookie) nearly always.
        if staff && rng.below(8) != 0 {
            headers.push(("Cookie", cookies.clone()));
            staff_signed_in += 1;
        } else if rng.below(6) == 0 {
            headers.push((
                "Cookie",
                format!("voices_session={}", percent_encode_lossy(&rng.bytes(40))),
            ));
        }
        let mut body = if post {
            random_body(&mut rng)
        } else {
            Vec::new()
        };
        // Reach past the CSRF check on staff forms sometimes, but never sign out:
        // the session must last the whole run.
        if staff && post && !path.starts_with("/staff/logout") && rng.below(2) == 0 {
            body = [format!("csrf={session_csrf}&").into_bytes(), body].concat();
        }
        let method = if post { "POST" } else { "GET" };
        match exchange(server.port, &request(method, &path, &headers, &body)) {
            Some((status, _, _)) => {
                answered += 1;
                if status >= 500 {
                    server_errors.push(format!("#{i} {method} {path} -> {status}"));
                }
            }
            None => closed += 1,
        }
    }
    eprintln!(
        "{total} sent over sockets: {answered} replies checked ({staff_signed_in} to signed-in staff requests), {closed} closed without a reply"
    );
    assert!(server_errors.is_empty(), "server errors: {server_errors:?}");
    assert_eq!(answered + closed, total);
    assert!(
        answered >= total * 95 / 100,
        "only {answered} of {total} requests got a reply to check"
    );
    assert!(
        staff_signed_in >= 100,
        "{staff_signed_in} signed-in staff requests"
    );
    // Still signed in, and still serving.
    let (status, _, _) = exchange(
        server.port,
        &request("GET", "/staff", &[("Cookie", cookies)], b""),
    )
    .unwrap();
    assert_eq!(status, 200, "the session outlived the fuzz");
}

/// Signs `name` in over real sockets; returns the cookie header their browser
/// then sends, and their session's CSRF token.
fn sign_in_as(port: u16, name: &str, passphrase: &str) -> (String, String) {
    let (_, head, page) = exchange(port, &request("GET", "/staff/login", &[], b"")).unwrap();
    let pre = set_cookie(&head, "voices_csrf").expect("a pre-session cookie");
    let cookie = format!("voices_csrf={pre}");
    let login = common::form(&[
        ("csrf", &csrf_in(&page)),
        ("name", name),
        ("passphrase", passphrase),
    ]);
    let (status, head, _) = exchange(
        port,
        &request(
            "POST",
            "/staff/login",
            &[
                (
                    "Content-Type",
                    "application/x-www-form-urlencoded".to_owned(),
                ),
                ("Cookie", cookie.clone()),
            ],
            login.as_bytes(),
        ),
    )
    .unwrap();
    assert_eq!(status, 303, "{name} signs in over sockets");
    let session = set_cookie(&head, "voices_session").expect("a session cookie");
    let cookies = format!("{cookie}; voices_session={session}");
    let (status, _, dashboard) = exchange(
        port,
        &request("GET", "/staff", &[("Cookie", cookies.clone())], b""),
    )
    .unwrap();
    assert_eq!(status, 200, "{name} is signed in");
    (cookies, csrf_in(&dashboard))
}

/// Who the route-table fuzz sends requests as.
struct Visitor {
    who: &'static str,
    /// The cookie header and session CSRF token of a signed-in person.
    session: Option<(String, String)>,
}

/// A value for the path or query parameter `name` of a route: mostly one the
/// route can act on (a real item, a language, a period), sometimes garbage.
fn fill(name: &str, rng: &mut Rng, ids: &[i64]) -> String {
    if rng.below(5) == 0 {
        return match rng.below(4) {
            0 => percent_encode_lossy(&rng.bytes(24)),
            1 => "99999999999999999999999".to_owned(),
            2 => "-1".to_owned(),
            _ => "..%2F..%2Fsecrets.toml".to_owned(),
        };
    }
    let id = ids[rng.below(ids.len())].to_string();
    let name = name.trim_start_matches('_');
    match name {
        "lang" => rng
            .pick(&["en", "vi", "ar", "sq", "ro", "ti", "fa", "ps", "xx"])
            .to_string(),
        "id" => id,
        "period" => rng
            .pick(&["2026-10", "2026-Q3", "1999-13", "2026"])
            .to_string(),
        "file" => rng
            .pick(&[
                "voices.css",
                "voices.js",
                "2026-10.json",
                "2026-10.csv",
                "nope.txt",
            ])
            .to_string(),
        "link" | "token" => crate_token(rng),
        "page" => rng.pick(&["1", "2", "0", "-3", "x"]).to_string(),
        "language" => rng.pick(&["vi", "en", "zz"]).to_string(),
        "chain" => rng.pick(&["staff", "survivor", "x"]).to_string(),
        "view" => rng.pick(&["all", "mine", "urgent", "x"]).to_string(),
        "level" => rng.pick(&["urgent", "concern", "none", "x"]).to_string(),
        "theme" => rng
            .pick(&["labour_exploitation", "not_believed", "x"])
            .to_string(),
        "" | "." => percent_encode_lossy(&rng.bytes(10)),
        _ => rng.pick(&["1", "yes", "true", "", "x"]).to_string(),
    }
}

fn crate_token(rng: &mut Rng) -> String {
    (0..43)
        .map(|_| {
            *rng.pick(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") as char
        })
        .collect()
}

/// A route's path and query with every `<parameter>` filled.
fn concrete(uri: &str, rng: &mut Rng, ids: &[i64]) -> String {
    let param = regex::Regex::new(r"<([A-Za-z_]*)(\.\.)?>").unwrap();
    let (path, query) = uri.split_once('?').unwrap_or((uri, ""));
    let mut out = param
        .replace_all(path, |c: &regex::Captures<'_>| fill(&c[1], rng, ids))
        .into_owned();
    let mut fields = Vec::new();
    for name in query
        .split('&')
        .filter_map(|q| param.captures(q).map(|c| c[1].to_owned()))
    {
        if rng.below(2) == 0 {
            fields.push(format!("{name}={}", fill(&name, rng, ids)));
        }
    }
    if !fields.is_empty() {
        out.push('?');
        out.push_str(&fields.join("&"));
    }
    out
}

/// Form fields and values staff forms act on, so fuzzed bodies reach past the
/// first check as often as not. "disable" and sign-out are left out: the fuzz
/// keeps every session alive to the end.
const STAFF_FIELDS: &[&str] = &[
    "do",
    "version",
    "staff",
    "staff_id",
    "id",
    "ids",
    "roles",
    "languages",
    "name",
    "edit",
    "message",
    "reason",
    "themes",
    "checklist",
    "level",
    "warnings",
    "note",
    "to",
    "break_after",
    "daily_cap",
    "two_person",
    "language",
    "access",
    "token",
    "period",
    "theme",
    "response",
];
const STAFF_VALUES: &[&str] = &[
    "claim",
    "release",
    "review",
    "propose",
    "ask",
    "message",
    "themes_only",
    "team_only",
    "decline",
    "publish",
    "take_back",
    "hand_off",
    "note",
    "spam",
    "duplicate",
    "invite",
    "update",
    "issue",
    "revoke",
    "respond",
    "save",
    "moderator",
    "admin",
    "practitioner",
    "safeguarding_lead",
    "vi",
    "en",
    "1",
    "2",
    "3",
    "4",
    "0",
    "-5",
    "could_identify",
    "labour_exploitation",
    "urgent",
    "2026-10",
    "",
];

fn staff_body(rng: &mut Rng, csrf: &str) -> Vec<u8> {
    let mut fields = vec![
        format!("csrf={csrf}"),
        format!("do={}", rng.pick(STAFF_VALUES)),
        format!("version={}", rng.below(6)),
    ];
    for _ in 0..rng.below(8) {
        let name = rng.pick(STAFF_FIELDS);
        let value: &&str = rng.pick(STAFF_VALUES);
        fields.push(format!("{name}={}", common::urlencode(value)));
    }
    fields.join("&").into_bytes()
}

/// Every route in Rocket's route table (read from the server as built, so a
/// route added later is fuzzed without being listed here), as each role
/// (admin, moderator, safeguarding lead, practitioner) and signed out, over
/// real sockets to the built binary: parameters filled with real values and
/// garbage, malformed and well-formed bodies, the session's own CSRF token
/// half the time. Not one reply may be a server error, every (route, visitor)
/// pair is answered, and every session outlives the fuzz.
#[test]
fn every_route_as_every_role_over_real_sockets_gets_no_server_error() {
    use voices::domain::Role;
    let routes: Vec<(String, String)> = {
        let table = voices::try_build(TestEnv::sqlite().config).expect("Voices builds");
        table
            .routes()
            .map(|r| (r.method.as_str().to_owned(), r.uri.as_str().to_owned()))
            .collect()
    };
    assert!(routes.len() >= 40, "{} routes", routes.len());

    let env = TestEnv::new();
    let server = ServerProcess::start(&env, &[("VOICES_LIMITS_ENABLED", "false")]);
    // The staff, made directly on the database the server uses.
    const PASS: &str = "a long shared test passphrase";
    let mut conn = env.connect();
    let decoy = voices::crypto::DecoyWrap::new(voices::crypto::KdfCost::TestOnlyFast);
    let add = |conn: &mut voices::storage::DbConnection,
               authority: voices::app::staff::Authority,
               name: &str,
               role: Role| {
        voices::app::staff::add(
            conn,
            &env.data_dir(),
            authority,
            name,
            role.into(),
            &voices::crypto::Passphrase::new(PASS),
            voices::crypto::KdfCost::TestOnlyFast,
            &decoy,
        )
        .unwrap();
    };
    let token = voices::crypto::SetupToken::from_text(&env.setup_token());
    add(
        &mut conn,
        voices::app::staff::Authority::SetupToken(token),
        "Ada Admin",
        Role::Admin,
    );
    let admin = || voices::app::staff::Authority::Admin {
        name: "Ada Admin".into(),
        passphrase: voices::crypto::Passphrase::new(PASS),
    };
    add(&mut conn, admin(), "Mo Moderator", Role::Moderator);
    add(
        &mut conn,
        admin(),
        "Sam Safeguarding",
        Role::SafeguardingLead,
    );
    add(&mut conn, admin(), "Pat Practitioner", Role::Practitioner);
    {
        use diesel::prelude::*;
        use voices::storage::schema::staff;
        diesel::update(staff::table)
            .set(staff::languages.eq("vi,en"))
            .execute(&mut conn)
            .unwrap();
    }
    // Items to act on: shared over the socket, one claimed by the moderator.
    for text in ["Câu chuyện một.", "Câu chuyện hai.", "A third story."] {
        let body = common::form(&[
            ("text", text),
            ("consent_use", "publish"),
            ("quotes", "yes"),
        ]);
        let (status, _) = common::http(server.port, "POST", "/vi/story", &body).unwrap();
        assert_eq!(status, 303);
    }
    let ids: Vec<i64> = {
        use diesel::prelude::*;
        use voices::storage::schema::submissions;
        submissions::table
            .select(submissions::id)
            .load(&mut conn)
            .unwrap()
    };
    assert_eq!(ids.len(), 3);
    drop(conn);

    let mut visitors = vec![Visitor {
        who: "signed out",
        session: None,
    }];
    for (who, name) in [
        ("admin", "Ada Admin"),
        ("moderator", "Mo Moderator"),
        ("safeguarding lead", "Sam Safeguarding"),
        ("practitioner", "Pat Practitioner"),
    ] {
        visitors.push(Visitor {
            who,
            session: Some(sign_in_as(server.port, name, PASS)),
        });
    }
    let (cookies, csrf) = visitors[2].session.clone().unwrap();
    let claim = format!("csrf={csrf}&do=claim&version=0");
    let (status, _, _) = exchange(
        server.port,
        &request(
            "POST",
            &format!("/staff/items/{}", ids[0]),
            &[
                (
                    "Content-Type",
                    "application/x-www-form-urlencoded".to_owned(),
                ),
                ("Cookie", cookies),
            ],
            claim.as_bytes(),
        ),
    )
    .unwrap();
    assert!(status < 500);

    // A fixed seed, so a failure replays; VOICES_FUZZ_SEED tries others.
    let seed = std::env::var("VOICES_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x0007_AB1E_F022);
    let mut rng = Rng(seed);
    let per_pair = 20;
    let started = std::time::Instant::now();
    let (mut sent, mut answered) = (0, 0);
    let mut unanswered_pairs = Vec::new();
    let mut server_errors = Vec::new();
    let mut statuses: std::collections::BTreeMap<(&str, u16), usize> = Default::default();
    // Staff pages each visitor was shown: proof the fuzz ran signed in.
    let mut signed_in_pages: std::collections::BTreeMap<&str, usize> = Default::default();
    for (method, uri) in &routes {
        for visitor in &visitors {
            let mut pair_answered = 0;
            for _ in 0..per_pair {
                let path = concrete(uri, &mut rng, &ids);
                let mut headers = Vec::new();
                let body = if method == "POST" {
                    headers.push((
                        "Content-Type",
                        if rng.below(6) == 0 {
                            "multipart/form-data; boundary=x".to_owned()
                        } else {
                            "application/x-www-form-urlencoded".to_owned()
                        },
                    ));
                    match &visitor.session {
                        Some((_, csrf)) if rng.below(2) == 0 => staff_body(&mut rng, csrf),
                        _ => random_body(&mut rng),
                    }
                } else {
                    Vec::new()
                };
                match &visitor.session {
                    Some((cookies, _)) => headers.push(("Cookie", cookies.clone())),
                    None if rng.below(4) == 0 => headers.push((
                        "Cookie",
                        format!("voices_session={}", percent_encode_lossy(&rng.bytes(40))),
                    )),
                    None => {}
                }
                // Signing out would end the session the rest of the fuzz needs.
                let method = if path.starts_with("/staff/logout") && visitor.session.is_some() {
                    "GET"
                } else {
                    method.as_str()
                };
                sent += 1;
                if let Some((status, _, _)) =
                    exchange(server.port, &request(method, &path, &headers, &body))
                {
                    answered += 1;
                    pair_answered += 1;
                    *statuses.entry((visitor.who, status)).or_default() += 1;
                    if status == 200 && uri.starts_with("/staff") && uri != "/staff/login" {
                        *signed_in_pages.entry(visitor.who).or_default() += 1;
                    }
                    if status >= 500 {
                        server_errors.push(format!("{} {method} {path} -> {status}", visitor.who));
                    }
                }
            }
            if pair_answered == 0 {
                unanswered_pairs.push(format!("{} {method} {uri}", visitor.who));
            }
        }
    }
    eprintln!(
        "seed {seed}: {} routes x {} visitors x {per_pair}: {sent} requests, {answered} replies checked, in {:.1} s",
        routes.len(),
        visitors.len(),
        started.elapsed().as_secs_f64()
    );
    eprintln!("replies by visitor and status: {statuses:?}");
    eprintln!("staff pages shown, by visitor: {signed_in_pages:?}");
    assert!(
        server_errors.is_empty(),
        "{} server errors: {:?}\n{}",
        server_errors.len(),
        &server_errors[..server_errors.len().min(20)],
        server.log_text()
    );
    assert!(
        unanswered_pairs.is_empty(),
        "never answered: {unanswered_pairs:?}"
    );
    assert!(answered >= sent * 95 / 100, "{answered} of {sent} answered");
    for visitor in &visitors[1..] {
        let shown = signed_in_pages.get(visitor.who).copied().unwrap_or(0);
        assert!(
            shown >= 30,
            "the {} was shown {shown} staff pages",
            visitor.who
        );
        let (cookies, _) = visitor.session.as_ref().unwrap();
        let (status, _, _) = exchange(
            server.port,
            &request("GET", "/staff", &[("Cookie", cookies.clone())], b""),
        )
        .unwrap();
        assert_eq!(
            status, 200,
            "the {}'s session outlived the fuzz",
            visitor.who
        );
    }
}
