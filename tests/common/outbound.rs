//! Servers on 127.0.0.1 that the safeguarding-alert tests point Voices at: a
//! small SMTP server (with STARTTLS and AUTH PLAIN when asked) and a small HTTP
//! server for the webhook. Each records what it received, so a test reads
//! exactly what left Voices.
//!
//! Written here rather than taken from a crate: an SMTP sink that can also
//! speak STARTTLS with a test certificate and show what AUTH carried is a
//! hundred lines over rustls, which the client side already uses.
//!
//! The test certificate (`tests/fixtures/smtp-tls/`) was made with:
//!   openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
//!     -keyout ca-key.pem -out ca.pem -days 36500 -subj "/CN=Voices test CA" \
//!     -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign
//!   and a P-256 key for CN=127.0.0.1 signed by it (serverAuth,
//!   subjectAltName=IP:127.0.0.1,DNS:localhost), the CA's key thrown away.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;

/// One message as the SMTP server received it.
#[derive(Debug, Clone, Default)]
pub struct Mail {
    pub from: String,
    pub to: Vec<String>,
    /// Headers and body, as sent (dot-stuffing undone).
    pub data: String,
    /// `user\0password` from AUTH PLAIN, if the client signed in.
    pub auth: Option<String>,
    /// Whether the message came over TLS.
    pub tls: bool,
}

impl Mail {
    /// A header's value, with folded lines joined.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next().unwrap_or("");
        let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
        let prefix = format!("{}:", name.to_ascii_lowercase());
        unfolded
            .split("\r\n")
            .find(|l| l.to_ascii_lowercase().starts_with(&prefix))
            .map(|l| l[prefix.len()..].trim().to_owned())
    }

    pub fn body(&self) -> String {
        self.data
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.trim_end().to_owned())
            .unwrap_or_default()
    }
}

pub struct SmtpSink {
    pub port: u16,
    received: Arc<Mutex<Vec<Mail>>>,
}

trait Stream: Read + Write + Send {}
impl<T: Read + Write + Send> Stream for T {}

impl SmtpSink {
    /// A plain SMTP server (no STARTTLS offered).
    pub fn start() -> Self {
        Self::start_with(None)
    }

    /// An SMTP server that offers STARTTLS with the test certificate and
    /// accepts AUTH PLAIN only after it.
    pub fn start_tls() -> Self {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/smtp-tls");
        let cert = std::fs::read(format!("{dir}/cert.pem")).unwrap();
        let key = std::fs::read(format!("{dir}/key.pem")).unwrap();
        use rustls::pki_types::pem::PemObject;
        use rustls::pki_types::{CertificateDer, PrivateKeyDer};
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&cert)
            .map(|c| c.unwrap())
            .collect();
        let key = PrivateKeyDer::from_pem_slice(&key).unwrap();
        // The same provider the client uses (lettre's `ring` feature).
        #[allow(deprecated)]
        let provider = rustls::crypto::ring::default_provider();
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(provider))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .unwrap();
        Self::start_with(Some(Arc::new(config)))
    }

    fn start_with(tls: Option<Arc<rustls::ServerConfig>>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let store = received.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let store = store.clone();
                let tls = tls.clone();
                std::thread::spawn(move || {
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
                    session(stream, tls, &store);
                });
            }
        });
        Self { port, received }
    }

    pub fn mails(&self) -> Vec<Mail> {
        self.received.lock().unwrap().clone()
    }

    /// The messages once there are at least `n` (or after a few seconds, to
    /// fail with what came).
    pub fn wait_for(&self, n: usize) -> Vec<Mail> {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.mails().len() < n && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        self.mails()
    }
}

fn reply(out: &mut dyn Write, line: &str) -> std::io::Result<()> {
    out.write_all(line.as_bytes())?;
    out.write_all(b"\r\n")?;
    out.flush()
}

/// One SMTP conversation. Returns when the client quits or hangs up.
fn session(stream: TcpStream, tls: Option<Arc<rustls::ServerConfig>>, store: &Mutex<Vec<Mail>>) {
    let mut conn: Box<dyn Stream> = Box::new(stream.try_clone().unwrap());
    let mut reader = BufReader::new(Box::new(stream) as Box<dyn Stream>);
    let mut secure = false;
    let mut mail = Mail::default();
    let mut auth = None;
    if reply(&mut conn, "220 sink.test ESMTP").is_err() {
        return;
    }
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let line = line.trim_end().to_owned();
        let upper = line.to_ascii_uppercase();
        let result = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
            let mut lines = vec!["250-sink.test".to_owned()];
            if tls.is_some() && !secure {
                lines.push("250-STARTTLS".into());
            }
            if tls.is_none() || secure {
                lines.push("250-AUTH PLAIN".into());
            }
            lines.push("250 8BITMIME".into());
            reply(&mut conn, &lines.join("\r\n"))
        } else if upper == "STARTTLS" && tls.is_some() && !secure {
            if reply(&mut conn, "220 go ahead").is_err() {
                return;
            }
            // The plain reader holds no buffered bytes here: the client waits
            // for the 220 before starting its handshake.
            let plain = reader.into_inner();
            let server = rustls::ServerConnection::new(tls.clone().unwrap()).unwrap();
            let secured: Box<dyn Stream> = Box::new(rustls::StreamOwned::new(server, plain));
            let shared = Arc::new(Mutex::new(secured));
            conn = Box::new(Shared(shared.clone()));
            reader = BufReader::new(Box::new(Shared(shared)) as Box<dyn Stream>);
            secure = true;
            continue;
        } else if upper.starts_with("AUTH PLAIN") {
            let encoded = line[10..].trim();
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(encoded)
                .unwrap_or_default();
            // "\0user\0password" → "user\0password".
            auth = Some(
                String::from_utf8_lossy(&decoded)
                    .trim_start_matches('\0')
                    .to_owned(),
            );
            reply(&mut conn, "235 2.7.0 signed in")
        } else if upper.starts_with("MAIL FROM:") {
            mail = Mail {
                from: line[10..].trim().to_owned(),
                ..Mail::default()
            };
            reply(&mut conn, "250 ok")
        } else if upper.starts_with("RCPT TO:") {
            mail.to.push(line[8..].trim().to_owned());
            reply(&mut conn, "250 ok")
        } else if upper == "DATA" {
            if reply(&mut conn, "354 go on").is_err() {
                return;
            }
            let mut data = String::new();
            loop {
                let mut l = String::new();
                match reader.read_line(&mut l) {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
                if l == ".\r\n" {
                    break;
                }
                data.push_str(
                    l.strip_prefix('.')
                        .filter(|_| l.starts_with(".."))
                        .unwrap_or(&l),
                );
            }
            mail.data = data;
            mail.auth = auth.clone();
            mail.tls = secure;
            store.lock().unwrap().push(std::mem::take(&mut mail));
            reply(&mut conn, "250 queued")
        } else if upper == "QUIT" {
            let _ = reply(&mut conn, "221 bye");
            return;
        } else {
            reply(&mut conn, "250 ok")
        };
        if result.is_err() {
            return;
        }
    }
}

/// One TLS stream read by the line reader and written by the replies.
struct Shared(Arc<Mutex<Box<dyn Stream>>>);

impl Read for Shared {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().read(buf)
    }
}

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.lock().unwrap().flush()
    }
}

/// A webhook receiver: answers every request with `status` and keeps bodies.
pub struct WebhookSink {
    pub port: u16,
    bodies: Arc<Mutex<Vec<String>>>,
}

impl WebhookSink {
    pub fn start(status: u16) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let bodies = Arc::new(Mutex::new(Vec::new()));
        let store = bodies.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut length = 0usize;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        break;
                    }
                    if line == "\r\n" {
                        break;
                    }
                    let lower = line.to_ascii_lowercase();
                    if let Some(v) = lower.strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0u8; length];
                let _ = reader.read_exact(&mut body);
                store
                    .lock()
                    .unwrap()
                    .push(String::from_utf8_lossy(&body).into_owned());
                let mut stream = stream;
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                );
            }
        });
        Self { port, bodies }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/hooks/voices", self.port)
    }

    pub fn bodies(&self) -> Vec<String> {
        self.bodies.lock().unwrap().clone()
    }
}
