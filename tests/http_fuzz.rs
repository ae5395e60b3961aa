//! Hostile HTTP: more than 10,000 malformed requests across every route, in
//! process, then raw garbage over a real socket. Never a 5xx, never a panic, and
//! the server still answers `/healthz` afterwards.

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
