//! Hostile HTTP: more than 10,000 malformed requests across every route, in
//! process; part of the same corpus over real sockets to the built binary, with
//! the staff routes fuzzed while signed in and every reply counted; then raw
//! garbage over a real socket. Never a 5xx, never a panic, and the server still
//! answers `/healthz` afterwards.

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
            &[form_type.clone(), ("Cookie", cookie.clone())],
            form_body.as_bytes(),
        ),
    )
    .unwrap();
    assert_eq!(status, 200, "first admin created over sockets");
    let (_, _, page) = exchange(
        port,
        &request("GET", "/staff/login", &[("Cookie", cookie.clone())], b""),
    )
    .unwrap();
    let login = common::form(&[
        ("csrf", &csrf_in(&page)),
        ("name", common::ADMIN_NAME),
        ("passphrase", common::ADMIN_PASSPHRASE),
    ]);
    let (status, head, _) = exchange(
        port,
        &request(
            "POST",
            "/staff/login",
            &[form_type, ("Cookie", cookie.clone())],
            login.as_bytes(),
        ),
    )
    .unwrap();
    assert_eq!(status, 303, "signed in over sockets");
    let session = set_cookie(&head, "voices_session").expect("a session cookie");
    let cookies = format!("{cookie}; voices_session={session}");
    let (status, _, dashboard) = exchange(
        port,
        &request("GET", "/staff", &[("Cookie", cookies.clone())], b""),
    )
    .unwrap();
    assert_eq!(status, 200);
    (cookies, csrf_in(&dashboard))
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
