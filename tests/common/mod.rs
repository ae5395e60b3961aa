//! The one way tests build a Voices app: a fresh data directory and a fresh
//! database each time (a temporary SQLite file, or a new PostgreSQL database when
//! `TEST_DATABASE_URL` is set), so tests never share state or need a lock.
#![allow(dead_code)]

pub mod staff;

use std::path::PathBuf;

use diesel::prelude::*;
use rocket::http::{ContentType, Cookie, Header, Status};
use rocket::local::blocking::{Client, LocalResponse};
use voices::config::Config;
use voices::crypto::KdfCost;
use voices::storage::DbConnection;

pub const ADMIN_NAME: &str = "Amira Haddad";
pub const ADMIN_PASSPHRASE: &str = "quiet river under old lamps";

/// A PostgreSQL database created for one test and dropped after it.
pub struct PgDatabase {
    admin_url: String,
    name: String,
    pub url: String,
}

impl PgDatabase {
    pub fn create(base: &str) -> Self {
        // Before the first PostgreSQL connection: no OpenSSL exit-time cleanup.
        voices::storage::init_process();
        voices::crypto::init().unwrap();
        let name = format!("voices_test_{}", hex(&voices::crypto::random_bytes(8)));
        let (prefix, _) = base
            .rsplit_once('/')
            .expect("TEST_DATABASE_URL has a database name");
        let mut conn = PgConnection::establish(base).expect("connect to TEST_DATABASE_URL");
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .unwrap();
        Self {
            admin_url: base.to_owned(),
            url: format!("{prefix}/{name}"),
            name,
        }
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut conn) = PgConnection::establish(&self.admin_url) {
            let _ = diesel::sql_query(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .execute(&mut conn);
        }
    }
}

/// The PostgreSQL database tests make their own databases under, when this
/// run is on PostgreSQL.
pub fn postgres_url() -> Option<String> {
    std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
}

/// Why a test, or a part of one, does not run here.
#[derive(Debug, Clone, Copy)]
pub enum Skip {
    /// It is about PostgreSQL and this run is on SQLite. `.ci/run` runs the
    /// whole suite a second time on PostgreSQL, where it runs: the one reason
    /// CI accepts.
    PostgresOnly,
    /// Something this machine lacks. CI provides it, so there this is a
    /// failure, never a skip.
    Missing(&'static str),
}

/// Records that `test` (or the part of it that `test` names) did not run, and
/// why. A passing test's standard error is hidden, so the skip is also written
/// to the file named by `VOICES_SKIPPED_LOG`, which `.ci/run` prints at the
/// end. With `CI=true`, a skip for any reason but [`Skip::PostgresOnly`] fails
/// the test instead.
pub fn skip(test: &str, why: Skip) {
    let in_ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    let log = std::env::var_os("VOICES_SKIPPED_LOG").map(PathBuf::from);
    match record_skip(test, why, in_ci, log.as_deref()) {
        Ok(line) => eprintln!("SKIPPED {line}"),
        Err(refusal) => panic!("{refusal}"),
    }
}

/// What [`skip`] does, given whether this is CI and where the list is kept:
/// the line it recorded, or why the skip is refused.
pub fn record_skip(
    test: &str,
    why: Skip,
    in_ci: bool,
    log: Option<&std::path::Path>,
) -> Result<String, String> {
    let reason = match why {
        Skip::PostgresOnly => "PostgreSQL only, and this run is on SQLite".to_owned(),
        Skip::Missing(what) => format!("missing here: {what}"),
    };
    if in_ci && matches!(why, Skip::Missing(_)) {
        return Err(format!(
            "{test} would be skipped ({reason}); CI must provide what it needs"
        ));
    }
    let line = format!("{test}: {reason}");
    if let Some(path) = log {
        use std::io::Write;
        // One short write with O_APPEND: lines from tests running at once do
        // not interleave.
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .and_then(|mut file| file.write_all(format!("{line}\n").as_bytes()))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(line)
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A fresh installation: data directory, database, configuration.
pub struct TestEnv {
    pub dir: tempfile::TempDir,
    pub config: Config,
    pub pg: Option<PgDatabase>,
}

impl TestEnv {
    pub fn new() -> Self {
        Self::with(|_| {})
    }

    pub fn with(adjust: impl FnOnce(&mut Config)) -> Self {
        let pg = postgres_url().map(|u| PgDatabase::create(&u));
        Self::build(pg, adjust)
    }

    /// Always SQLite, whatever `TEST_DATABASE_URL` says: for what only SQLite has
    /// (its files, `voices backup`), so those tests run, rather than pass without
    /// running, when the suite targets PostgreSQL.
    pub fn sqlite() -> Self {
        Self::build(None, |_| {})
    }

    /// Always PostgreSQL, or `None` (recorded with [`skip`]) when this run is
    /// on SQLite.
    pub fn postgres_or_skip(test: &str, adjust: impl FnOnce(&mut Config)) -> Option<Self> {
        match postgres_url() {
            Some(url) => Some(Self::build(Some(PgDatabase::create(&url)), adjust)),
            None => {
                skip(test, Skip::PostgresOnly);
                None
            }
        }
    }

    fn build(pg: Option<PgDatabase>, adjust: impl FnOnce(&mut Config)) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config {
            data_dir: dir.path().join("data"),
            database_url: pg.as_ref().map(|p| p.url.clone()),
            kdf_cost: KdfCost::TestOnlyFast,
            moderation_dir: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("moderation"),
            ..Config::default()
        };
        adjust(&mut config);
        Self { dir, config, pg }
    }

    pub fn is_postgres(&self) -> bool {
        self.pg.is_some()
    }

    pub fn data_dir(&self) -> PathBuf {
        self.config.data_dir.clone()
    }

    /// A direct connection, for checking what the database holds.
    pub fn connect(&self) -> DbConnection {
        match &self.pg {
            Some(pg) => DbConnection::Postgres(PgConnection::establish(&pg.url).unwrap()),
            None => DbConnection::Sqlite(
                SqliteConnection::establish(
                    self.config.data_dir.join("voices.sqlite").to_str().unwrap(),
                )
                .unwrap(),
            ),
        }
    }

    pub fn setup_token(&self) -> String {
        std::fs::read_to_string(self.config.data_dir.join("setup-token")).expect("setup token file")
    }

    /// Every byte Voices keeps on disk in the data directory (SQLite file and its
    /// WAL, secrets aside), and a dump of every row of every table in the
    /// database as text, with binary columns as lower-case hex (see
    /// [`TestEnv::table_dump`]).
    pub fn stored_bytes(&self) -> Vec<u8> {
        let mut all = Vec::new();
        if let Ok(entries) = std::fs::read_dir(&self.config.data_dir) {
            for entry in entries.flatten() {
                let name = entry.file_name();
                // secrets.toml and setup-token are the secret files by design.
                if name == "secrets.toml" || name == "setup-token" {
                    continue;
                }
                all.extend(std::fs::read(entry.path()).unwrap_or_default());
            }
        }
        all.extend(self.table_dump().into_bytes());
        all
    }

    /// Every row of every table the database's own catalogue lists (so a table
    /// added later is read without anyone listing it here), one line per row,
    /// each line starting with the table's name; binary columns as lower-case
    /// hex, as PostgreSQL prints them.
    pub fn table_dump(&self) -> String {
        let mut conn = self.connect();
        let postgres = matches!(conn, DbConnection::Postgres(_));
        let mut out = String::new();
        for table in self.tables(&mut conn) {
            let query = if postgres {
                format!("SELECT CAST(t.* AS TEXT) AS line FROM \"{table}\" t")
            } else {
                {
                    let columns: Vec<Line> = diesel::sql_query(format!(
                        "SELECT name AS line FROM pragma_table_info('{table}')"
                    ))
                    .load(&mut conn)
                    .unwrap();
                    let cells: Vec<String> = columns
                        .iter()
                        .map(|c| {
                            format!(
                                "coalesce(CASE typeof(\"{0}\") WHEN 'blob' THEN lower(hex(\"{0}\")) \
                                 ELSE CAST(\"{0}\" AS TEXT) END, '')",
                                c.line
                            )
                        })
                        .collect();
                    format!(
                        "SELECT {} AS line FROM \"{table}\"",
                        cells.join(" || '|' || ")
                    )
                }
            };
            let lines: Vec<Line> = diesel::sql_query(query).load(&mut conn).unwrap();
            for l in lines {
                out.push_str(&table);
                out.push(' ');
                out.push_str(&l.line);
                out.push('\n');
            }
        }
        out
    }

    /// Every table in the database, from its catalogue.
    pub fn tables(&self, conn: &mut DbConnection) -> Vec<String> {
        let query = match conn {
            DbConnection::Postgres(_) => {
                "SELECT tablename AS line FROM pg_catalog.pg_tables WHERE schemaname = 'public'"
            }
            DbConnection::Sqlite(_) => {
                "SELECT name AS line FROM sqlite_master WHERE type = 'table'"
            }
        };
        let tables: Vec<Line> = diesel::sql_query(query).load(conn).unwrap();
        tables.into_iter().map(|t| t.line).collect()
    }
}

#[derive(QueryableByName)]
struct Line {
    #[diesel(sql_type = diesel::sql_types::Text)]
    line: String,
}

/// Whether `needle` occurs in `haystack`, also as lower-case hex (how PostgreSQL
/// prints bytea).
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    let hex_needle = hex(needle);
    haystack.windows(needle.len()).any(|w| w == needle)
        || haystack
            .windows(hex_needle.len())
            .any(|w| w == hex_needle.as_bytes())
}

pub struct TestApp {
    pub env: TestEnv,
    pub client: Client,
}

impl TestApp {
    pub fn new() -> Self {
        Self::from_env(TestEnv::new())
    }

    pub fn with(adjust: impl FnOnce(&mut Config)) -> Self {
        Self::from_env(TestEnv::with(adjust))
    }

    pub fn from_env(env: TestEnv) -> Self {
        let rocket = voices::try_build(env.config.clone()).expect("Voices builds");
        let client = Client::tracked(rocket).expect("Voices ignites");
        Self { env, client }
    }

    /// Reads the pre-session CSRF token from a staff form.
    pub fn csrf_from(body: &str) -> String {
        let re = regex::Regex::new(r#"name="csrf" value="([^"]+)""#).unwrap();
        re.captures(body).expect("form has a csrf field")[1].to_owned()
    }

    /// Creates the first admin through the setup link.
    pub fn create_admin(&self) {
        let token = self.env.setup_token();
        let page = self.client.get(format!("/setup/{token}")).dispatch();
        assert_eq!(page.status(), Status::Ok);
        let csrf = Self::csrf_from(&page.into_string().unwrap());
        let done = self
            .client
            .post(format!("/setup/{token}"))
            .header(ContentType::Form)
            .body(form(&[
                ("csrf", &csrf),
                ("name", ADMIN_NAME),
                ("passphrase", ADMIN_PASSPHRASE),
                ("confirm", ADMIN_PASSPHRASE),
            ]))
            .dispatch();
        assert_eq!(done.status(), Status::Ok);
    }

    /// Opens the sign-in page (which sets the pre-session CSRF cookie) and returns
    /// the token its form carries.
    pub fn login_csrf(&self) -> String {
        Self::csrf_from(
            &self
                .client
                .get("/staff/login")
                .dispatch()
                .into_string()
                .unwrap(),
        )
    }

    /// A survivor's browser posts a form to `path` (no cookie, no token); the
    /// answer is not followed.
    pub fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> LocalResponse<'_> {
        self.client
            .post(path.to_owned())
            .header(ContentType::Form)
            .body(form(fields))
            .dispatch()
    }

    /// Shares a story as a survivor would and returns its submission id.
    pub fn share(&self, lang: &str, text: &str) -> (i64, String) {
        let res = self.post_form(
            &format!("/{lang}/story"),
            &[
                ("text", text),
                ("consent_use", "publish"),
                ("quotes", "yes"),
            ],
        );
        let page = follow(&self.client, res).into_string().unwrap();
        let code = receipt_code_in(&page).expect("a receipt page");
        let mut conn = self.env.connect();
        let id = {
            use voices::storage::schema::submissions;
            submissions::table
                .select(diesel::dsl::max(submissions::id))
                .first::<Option<i64>>(&mut conn)
                .unwrap()
                .unwrap()
        };
        (id, code)
    }

    /// The survivor opens their receipt page and answers the edited version it
    /// shows (`approve`, `changes` or `refuse`), as the page's form does: with
    /// the tag of the wording they saw. Answers the status of the page they end on.
    pub fn answer_shown_edit(&self, lang: &str, code: &str, answer: &str) -> Status {
        let res = self.post_form(&format!("/{lang}/receipt"), &[("code", code)]);
        let page = follow(&self.client, res).into_string().unwrap();
        let shown = shown_edit_in(&page).expect("the receipt page shows an edited version");
        let res = self.post_form(
            &format!("/{lang}/receipt/respond"),
            &[("code", code), ("do", answer), ("shown", &shown)],
        );
        follow(&self.client, res).status()
    }

    pub fn sign_in(&self, name: &str, passphrase: &str) -> LocalResponse<'_> {
        let csrf = self.login_csrf();
        self.client
            .post("/staff/login")
            .header(ContentType::Form)
            .body(form(&[
                ("csrf", &csrf),
                ("name", name),
                ("passphrase", passphrase),
            ]))
            .dispatch()
    }

    /// Adds a staff member with the first admin's authority (cheap key derivation).
    pub fn add_staff(&self, name: &str, role: voices::domain::Role, passphrase: &str) {
        let mut conn = self.env.connect();
        voices::app::staff::add(
            &mut conn,
            &self.env.data_dir(),
            voices::app::staff::Authority::Admin {
                name: ADMIN_NAME.into(),
                passphrase: voices::crypto::Passphrase::new(ADMIN_PASSPHRASE),
            },
            name,
            role.into(),
            &voices::crypto::Passphrase::new(passphrase),
            KdfCost::TestOnlyFast,
            &voices::crypto::DecoyWrap::new(KdfCost::TestOnlyFast),
        )
        .unwrap();
    }

    pub fn session_cookie(&self) -> Option<Cookie<'static>> {
        self.client.cookies().get_private("voices_session")
    }
}

/// Follows a `303 See Other` with a GET, as a browser does after a form: survivor
/// forms answer with a redirect to a single-use receipt link.
pub fn follow<'c>(client: &'c Client, res: LocalResponse<'c>) -> LocalResponse<'c> {
    if res.status() == Status::SeeOther {
        let to = res
            .headers()
            .get_one("Location")
            .expect("a redirect has a location")
            .to_owned();
        client.get(to).dispatch()
    } else {
        res
    }
}

/// The moderation context for calling app functions directly in a test.
pub fn with_ctx<T>(
    env: &TestEnv,
    f: impl FnOnce(&mut DbConnection, &voices::app::envelope::Ctx<'_>) -> T,
) -> T {
    let mut conn = env.connect();
    let policy = voices::policy::Policy::load(&env.config.moderation_dir).unwrap();
    let pepper = env.config.secrets().unwrap().receipt_pepper;
    let audit = voices::crypto::AuditKey::from_pepper(&pepper);
    let ctx = voices::app::envelope::Ctx {
        policy: &policy,
        audit: &audit,
        rules: voices::domain::moderation::Rules::default(),
        now: voices::app::now_unix(),
        claim_secs: 30 * 60,
    };
    f(&mut conn, &ctx)
}

/// The submission writer as the server starts it, recording each submission in
/// the audit log under the installation's key.
pub fn start_writer(
    pool: &voices::storage::DbPool,
    pepper: &voices::crypto::ReceiptPepper,
) -> voices::storage::writer::SubmissionWriter {
    let audit = std::sync::Arc::new(voices::crypto::AuditKey::from_pepper(pepper));
    // A node of its own: each writer started here appends to its own chain.
    let node = format!("{:016x}", voices::crypto::random_row_id());
    let chain =
        voices::app::audit::start_node_chain(&mut pool.get().unwrap(), &audit, &node).unwrap();
    voices::storage::writer::SubmissionWriter::start(
        pool.clone(),
        std::sync::Arc::new(move |prev: &[u8], fields: &[&[u8]]| audit.link(prev, fields)),
        chain,
    )
    .unwrap()
}

/// Signs in on `client` (its own cookie jar) and answers the status.
pub fn sign_in_with(client: &Client, name: &str, passphrase: &str) -> Status {
    let page = client.get("/staff/login").dispatch().into_string().unwrap();
    let csrf = TestApp::csrf_from(&page);
    client
        .post("/staff/login")
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("name", name),
            ("passphrase", passphrase),
        ]))
        .dispatch()
        .status()
}

/// Shares a story and returns the submission's id.
pub fn share_story(app: &TestApp, lang: &str, text: &str) -> i64 {
    app.share(lang, text).0
}

/// Invites someone through the admin page (the app's client must be signed in as
/// an admin) and returns the invitation token.
pub fn invite(app: &TestApp, name: &str, roles: &str) -> String {
    let page = app
        .client
        .get("/staff/admin/staff")
        .dispatch()
        .into_string()
        .unwrap();
    let csrf = TestApp::csrf_from(&page);
    let mut fields = vec![("csrf", csrf.as_str()), ("do", "invite"), ("name", name)];
    for role in roles.split(',') {
        fields.push(("roles", role));
    }
    fields.push(("languages", "vi"));
    let body = app
        .client
        .post("/staff/admin/staff")
        .header(ContentType::Form)
        .body(form(&fields))
        .dispatch()
        .into_string()
        .unwrap();
    let re = regex::Regex::new(r"/staff/invite/([A-Za-z0-9_-]+)").unwrap();
    re.captures(&body)
        .unwrap_or_else(|| panic!("no invitation link in {body}"))[1]
        .to_owned()
}

/// Runs the `voices` binary on this installation (its data directory and
/// database) with `args`.
pub fn voices_command(env: &TestEnv, args: &[&str]) -> std::process::Output {
    voices_command_with(env, args, &[])
}

/// [`voices_command`] with more environment variables.
pub fn voices_command_with(
    env: &TestEnv,
    args: &[&str],
    vars: &[(&str, &str)],
) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_voices"));
    command
        .env_clear()
        .current_dir(env.dir.path())
        .env("VOICES_CONFIG", env.dir.path().join("absent.toml"))
        .env("VOICES_LOG", "warn")
        .env("VOICES_MODERATION_DIR", &env.config.moderation_dir)
        .args(args)
        .args(["--data-dir", env.config.data_dir.to_str().unwrap()]);
    if let Some(pg) = &env.pg {
        command.env("DATABASE_URL", &pg.url);
    }
    for (k, v) in vars {
        command.env(k, v);
    }
    command.output().unwrap()
}

/// URL-encodes form fields.
pub fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

pub fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

pub fn accept_language(value: &'static str) -> Header<'static> {
    Header::new("Accept-Language", value)
}

/// A Voices process started from the built binary, for tests that need a real
/// server (kill -9, restarts). Stopped with SIGKILL when dropped.
pub struct ServerProcess {
    pub child: std::process::Child,
    pub port: u16,
    /// Where the server's standard error goes, to show when a test fails.
    pub log: PathBuf,
}

impl ServerProcess {
    pub fn start(env: &TestEnv, extra: &[(&str, &str)]) -> Self {
        let port = free_port();
        let log = env.dir.path().join(format!("server-{port}.log"));
        let stderr = std::fs::File::create(&log).expect("server log file");
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_voices"));
        command
            .env_clear()
            .current_dir(env.dir.path())
            .env("VOICES_CONFIG", env.dir.path().join("absent.toml"))
            .env("VOICES_LOG", "warn")
            .env("VOICES_MODERATION_DIR", &env.config.moderation_dir)
            .args([
                "serve",
                "--port",
                &port.to_string(),
                "--data-dir",
                env.config.data_dir.to_str().unwrap(),
            ])
            .stdout(std::process::Stdio::null())
            .stderr(stderr);
        if let Some(pg) = &env.pg {
            command.env("DATABASE_URL", &pg.url);
        }
        for (k, v) in extra {
            command.env(k, v);
        }
        let child = command.spawn().expect("start voices");
        let server = Self { child, port, log };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while http(port, "GET", "/healthz", "").map(|(s, _)| s) != Some(200) {
            assert!(std::time::Instant::now() < deadline, "voices did not start");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        server
    }

    /// Asks the server to stop (SIGTERM) and waits up to `within` for it to
    /// exit; `None` if it is still running then.
    pub fn terminate(&mut self, within: std::time::Duration) -> Option<std::process::ExitStatus> {
        let sent = std::process::Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(sent.success(), "kill -TERM failed");
        let deadline = std::time::Instant::now() + within;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait for voices") {
                return Some(status);
            }
            if std::time::Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// What the server wrote to standard error so far.
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Like [`http`], following one `303 See Other` with a GET as a browser would.
pub fn http_follow(port: u16, method: &str, path: &str, form_body: &str) -> Option<(u16, String)> {
    let (status, head_and_body) = http_raw(port, method, path, form_body)?;
    if status != 303 {
        return Some((status, body_of(&head_and_body)));
    }
    let location = head_and_body
        .lines()
        .find_map(|l| {
            l.strip_prefix("location: ")
                .or_else(|| l.strip_prefix("Location: "))
        })?
        .trim()
        .to_owned();
    http(port, "GET", &location, "")
}

fn body_of(text: &str) -> String {
    text.split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default()
}

/// One HTTP/1.1 request over a fresh connection. `None` when the connection
/// fails or is cut (a killed server).
pub fn http(port: u16, method: &str, path: &str, form_body: &str) -> Option<(u16, String)> {
    let (status, text) = http_raw(port, method, path, form_body)?;
    Some((status, body_of(&text)))
}

/// The status and the whole answer (head and body) of one request.
fn http_raw(port: u16, method: &str, path: &str, form_body: &str) -> Option<(u16, String)> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .ok()?;
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form_body}",
        form_body.len()
    );
    stream.write_all(request.as_bytes()).ok()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).ok()?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text.split_whitespace().nth(1)?.parse().ok()?;
    Some((status, text))
}

/// The tag of the edited version a receipt page shows, which its answer forms
/// carry.
pub fn shown_edit_in(body: &str) -> Option<String> {
    let re = regex::Regex::new(r#"name="shown" value="([0-9a-f]+)""#).unwrap();
    re.captures(body).map(|c| c[1].to_owned())
}

/// The receipt code on a receipt page.
pub fn receipt_code_in(body: &str) -> Option<String> {
    let re = regex::Regex::new(
        r#"class="receipt-code"[^>]*>([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})<"#,
    )
    .unwrap();
    re.captures(body).map(|c| c[1].to_owned())
}
