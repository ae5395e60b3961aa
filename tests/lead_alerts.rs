//! Safeguarding alerts, end to end against real servers on 127.0.0.1: an SMTP
//! server (plain, and with STARTTLS) and a webhook receiver started inside each
//! test. What they received is read back: the content-free words in each lead's
//! language, one message a slot however many items became urgent, nothing when
//! nothing did, one send across two nodes, the failure on the dashboards when
//! the server is down, and the webhook's body. On both databases (TestEnv).

mod common;
#[path = "common/outbound.rs"]
mod outbound;

use std::sync::{Arc, Barrier, Mutex, OnceLock};

use base64::Engine;
use common::{form, TestApp, ADMIN_NAME, ADMIN_PASSPHRASE};
use diesel::prelude::*;
use outbound::{Mail, SmtpSink, WebhookSink};
use rocket::http::{ContentType, Status};
use rocket::local::blocking::Client;
use voices::app::lead_alerts::{LeadAlerts, SlotReport};
use voices::config::Config;
use voices::domain::alerts::{Outcome, SlotDecision};
use voices::domain::Role;
use voices::outbound::SmtpTls;

const PASS: &str = "a long shared test passphrase";
const LEAD_EN: &str = "Sam Safeguarding";
const LEAD_VI: &str = "Linh Bảo Vệ";
const MO: &str = "Mo Moderator";
const ADDRESS_EN: &str = "sam.lead@example.org";
const ADDRESS_VI: &str = "linh.lead@example.org";

const URGENT_1: &str = "They know where I live and I am not safe here tonight.";
const URGENT_2: &str = "He said he will kill me if I tell anyone. Please help.";
const CALM: &str = "They moved me to a new placement and nobody asked me.";

const BODY_EN: &str = "Something in Voices needs a safeguarding lead. Sign in to see it.";
const BODY_VI: &str = "Có việc trong Voices cần người phụ trách bảo vệ. Hãy đăng nhập để xem.";
/// Slots of a day in these tests: every node a test's Rocket starts also runs
/// the real schedule, which then wakes only at midnight UTC and cannot race
/// a test that stands at slots of its own choosing (the quarter-hour arithmetic
/// is tested in `domain::alerts`).
const MINUTES: u32 = 1440;
const SLOT: i64 = MINUTES as i64 * 60;

/// Log lines written while these tests run (one subscriber for the binary).
fn captured_logs() -> Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Arc::new(Mutex::new(Vec::new()));
        let sink = logs.clone();
        let _ = tracing_subscriber::fmt()
            .with_writer(move || Capture(sink.clone()))
            .with_ansi(false)
            .try_init();
        logs
    })
    .clone()
}

struct Capture(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn mail_to(config: &mut Config, port: u16) {
    config.lead_alerts.smtp_host = Some("127.0.0.1".into());
    config.lead_alerts.smtp_port = Some(port);
    config.lead_alerts.smtp_tls = SmtpTls::None;
    config.lead_alerts.from = Some("Voices <voices@example.org>".into());
    config.lead_alerts.timeout_seconds = 5;
    config.lead_alerts.every_minutes = MINUTES;
}

/// A browser signed in as `name`.
fn browser(app: &TestApp, name: &str) -> Client {
    let client = Client::tracked(voices::try_build(app.env.config.clone()).unwrap()).unwrap();
    let pass = if name == ADMIN_NAME {
        ADMIN_PASSPHRASE
    } else {
        PASS
    };
    assert_eq!(
        common::sign_in_with(&client, name, pass),
        Status::SeeOther,
        "{name} signs in"
    );
    client
}

fn csrf_of(client: &Client, page: &str) -> String {
    TestApp::csrf_from(
        &client
            .get(page.to_owned())
            .dispatch()
            .into_string()
            .unwrap(),
    )
}

/// The lead sets their address (and page language) on their preferences page.
fn give_address(app: &TestApp, name: &str, address: &str, language: &str) {
    let lead = browser(app, name);
    let csrf = csrf_of(&lead, "/staff/preferences");
    let res = lead
        .post("/staff/preferences")
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("language", language),
            ("alert_address", address),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther, "{name} saves their address");
}

/// An admin, a moderator and two leads (one reads staff pages in Vietnamese),
/// both with an address.
fn team(app: &TestApp) {
    app.create_admin();
    app.add_staff(MO, Role::Moderator, PASS);
    app.add_staff(LEAD_EN, Role::SafeguardingLead, PASS);
    app.add_staff(LEAD_VI, Role::SafeguardingLead, PASS);
    give_address(app, LEAD_EN, ADDRESS_EN, "");
    give_address(app, LEAD_VI, ADDRESS_VI, "vi");
}

/// An SMTP server, a webhook receiver answering `status`, and the team of
/// [`team`] on an installation that sends to both.
fn mail_and_webhook(status: u16) -> (SmtpSink, WebhookSink, TestApp) {
    let smtp = SmtpSink::start();
    let hook = WebhookSink::start(status);
    let app = TestApp::with(|c| {
        mail_to(c, smtp.port);
        c.lead_alerts.webhook_url = Some(hook.url());
    });
    team(&app);
    (smtp, hook, app)
}

/// A node's alert service over the test's installation.
fn node(app: &TestApp) -> LeadAlerts {
    let pepper = app.env.config.secrets().unwrap().receipt_pepper;
    LeadAlerts::new(
        app.env.config.lead_alerts.clone(),
        &voices::i18n::I18n::load().unwrap(),
        &pepper,
    )
    .unwrap()
}

/// The start of the slot after the current one.
fn next_slot() -> i64 {
    voices::domain::alerts::next_slot(voices::app::now_unix(), MINUTES)
}

fn run(app: &TestApp, alerts: &LeadAlerts, holder: &str, at: i64) -> SlotReport {
    alerts.run_slot(&mut app.env.connect(), holder, at).unwrap()
}

/// Undoes quoted-printable or base64 transfer encoding, and RFC 2047 in a subject.
fn decoded_body(mail: &Mail) -> String {
    let body = mail.body();
    match mail.header("Content-Transfer-Encoding").as_deref() {
        Some("base64") => String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(body.replace("\r\n", ""))
                .unwrap(),
        )
        .unwrap(),
        Some("quoted-printable") => {
            let joined = body.replace("=\r\n", "");
            let mut out = Vec::new();
            let bytes = joined.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i] == b'=' && i + 2 < bytes.len() + 1 {
                    out.push(u8::from_str_radix(&joined[i + 1..i + 3], 16).unwrap());
                    i += 3;
                } else {
                    out.push(bytes[i]);
                    i += 1;
                }
            }
            String::from_utf8(out).unwrap()
        }
        _ => body,
    }
}

fn decoded_subject(mail: &Mail) -> String {
    let raw = mail.header("Subject").unwrap();
    // Encoded words next to each other join without the space between them,
    // and one character may be split across two of them: join the bytes.
    let mut bytes = Vec::new();
    let mut after_plain = false;
    for word in raw.split_whitespace() {
        let lower = word.to_ascii_lowercase();
        let encoded = lower.starts_with("=?utf-8?b?") && lower.ends_with("?=");
        if !bytes.is_empty() && (after_plain || !encoded) {
            bytes.push(b' ');
        }
        if encoded {
            bytes.extend(
                base64::engine::general_purpose::STANDARD
                    .decode(&word[10..word.len() - 2])
                    .unwrap(),
            );
        } else {
            bytes.extend(word.as_bytes());
        }
        after_plain = !encoded;
    }
    String::from_utf8(bytes).unwrap()
}

/// Everything an alert may carry, and nothing else: the fixed words, who it
/// is from and to, and a date on the slot.
fn assert_content_free(mail: &Mail, ids: &[i64]) {
    let names: Vec<String> = mail
        .data
        .split("\r\n\r\n")
        .next()
        .unwrap()
        .split("\r\n")
        .filter(|l| !l.starts_with([' ', '\t']))
        .filter_map(|l| l.split_once(':').map(|(n, _)| n.to_ascii_lowercase()))
        .collect();
    for name in &names {
        assert!(
            [
                "from",
                "to",
                "subject",
                "date",
                "message-id",
                "mime-version",
                "content-type",
                "content-transfer-encoding"
            ]
            .contains(&name.as_str()),
            "unexpected header {name}: {}",
            mail.data
        );
    }
    let date = mail.header("Date").unwrap();
    assert!(
        regex::Regex::new(r":(00|15|30|45):00 (GMT|\+0000)$")
            .unwrap()
            .is_match(&date),
        "the Date header is a quarter hour: {date}"
    );
    let lower = mail.data.to_lowercase();
    for word in [
        "urgent",
        "story",
        "feedback",
        "english",
        "tonight",
        "kill",
        "placement",
    ] {
        assert!(!lower.contains(word), "`{word}` in {}", mail.data);
    }
    for id in ids {
        assert!(
            !decoded_body(mail).contains(&id.to_string())
                && !decoded_subject(mail).contains(&id.to_string()),
            "item id {id} in {}",
            mail.data
        );
    }
}

#[test]
fn urgent_items_reach_every_lead_once_at_the_next_slot_in_their_language_and_nothing_more() {
    let (smtp, hook, app) = mail_and_webhook(200);
    let (first, _) = app.share("en", URGENT_1);
    let (second, _) = app.share("en", URGENT_2);
    let (calm, _) = app.share("en", CALM);
    // Nothing leaves when a survivor shares: only at the slot.
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(smtp.mails().is_empty() && hook.bodies().is_empty());

    let alerts = node(&app);
    let slot = next_slot();
    assert_eq!(
        run(&app, &alerts, "node-a", slot + 2),
        SlotReport::Done(SlotDecision::Send, Some(Outcome::Delivered))
    );
    let mails = smtp.wait_for(2);
    assert_eq!(
        mails.len(),
        2,
        "one message per lead for two urgent items: {mails:?}"
    );
    for mail in &mails {
        assert_content_free(mail, &[first, second, calm]);
        assert!(!mail.tls);
        let (body, subject) = if mail.to == [format!("<{ADDRESS_VI}>")] {
            (BODY_VI, "Voices cần người phụ trách bảo vệ")
        } else {
            assert_eq!(mail.to, [format!("<{ADDRESS_EN}>")]);
            (BODY_EN, "Voices needs a safeguarding lead")
        };
        assert_eq!(decoded_body(mail), body);
        assert_eq!(decoded_subject(mail), subject);
        assert_eq!(mail.from, "<voices@example.org>");
    }
    // The webhook got the same words, once, in its language.
    let bodies = hook.bodies();
    assert_eq!(bodies.len(), 1, "{bodies:?}");
    let json: serde_json::Value = serde_json::from_str(&bodies[0]).unwrap();
    assert_eq!(
        json,
        serde_json::json!({ "text": BODY_EN, "content": BODY_EN })
    );

    // The same slot again, on the same node or another: nothing more.
    assert_eq!(
        run(&app, &alerts, "node-a", slot + 60),
        SlotReport::Done(SlotDecision::AlreadyDone, None)
    );
    // The next slots, with nothing new: nothing is sent.
    for later in 1..4 {
        let report = run(&app, &alerts, "node-a", slot + later * SLOT + 2);
        assert_eq!(report, SlotReport::Done(SlotDecision::Idle, None));
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(smtp.mails().len(), 2);
    assert_eq!(hook.bodies().len(), 1);

    // The state row dates nothing: a flag, the last slot looked at, no failure.
    let mut conn = app.env.connect();
    let state = voices::storage::alerts::state(&mut conn).unwrap();
    assert!(!state.pending && !state.sending && state.failure.is_none());
    assert_eq!(state.last_slot % SLOT, 0);
    // Each address is sealed: neither appears in the database.
    let sealed: Vec<Vec<u8>> = voices::storage::schema::lead_alert_addresses::table
        .select(voices::storage::schema::lead_alert_addresses::sealed_address)
        .load(&mut conn)
        .unwrap();
    assert_eq!(sealed.len(), 2);
    for s in &sealed {
        for address in [ADDRESS_EN, ADDRESS_VI] {
            assert!(!common::contains(s, address.as_bytes()));
            assert!(!common::contains(s, b"example.org"));
        }
    }
}

#[test]
fn nothing_is_sent_when_nothing_became_urgent() {
    let (smtp, hook, app) = mail_and_webhook(200);
    app.share("en", CALM);
    app.share("vi", "Không ai hỏi tôi muốn gì.");
    let alerts = node(&app);
    let slot = next_slot();
    for n in 0..4 {
        assert_eq!(
            run(&app, &alerts, "node-a", slot + n * SLOT + 2),
            SlotReport::Done(SlotDecision::Idle, None)
        );
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(smtp.mails().is_empty(), "{:?}", smtp.mails());
    assert!(hook.bodies().is_empty());
}

#[test]
fn an_item_a_moderator_raises_to_urgent_alerts_the_leads_at_the_next_slot() {
    let smtp = SmtpSink::start();
    let app = TestApp::with(|c| mail_to(c, smtp.port));
    team(&app);
    let (id, _) = app.share("en", CALM);
    let alerts = node(&app);
    let slot = next_slot();
    assert_eq!(
        run(&app, &alerts, "node-a", slot + 2),
        SlotReport::Done(SlotDecision::Idle, None),
        "a calm story owes nobody an alert"
    );
    // The moderator reads it and raises it to urgent.
    let mo = browser(&app, MO);
    let csrf = csrf_of(&mo, "/staff/preferences");
    let version = |app: &TestApp| -> String {
        use voices::storage::schema::submissions;
        submissions::table
            .filter(submissions::id.eq(id))
            .select(submissions::version)
            .first::<i64>(&mut app.env.connect())
            .unwrap()
            .to_string()
    };
    let res = mo
        .post(format!("/staff/items/{id}"))
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("do", "claim"),
            ("version", &version(&app)),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther);
    let res = mo
        .post(format!("/staff/items/{id}"))
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("do", "review"),
            ("version", &version(&app)),
            ("level", "urgent"),
        ]))
        .dispatch();
    assert!(
        [Status::SeeOther, Status::Ok].contains(&res.status()),
        "{:?}",
        res.status()
    );
    assert!(
        voices::storage::alerts::state(&mut app.env.connect())
            .unwrap()
            .pending
    );
    // Saving the review again at the same level owes nothing new.
    assert_eq!(
        run(&app, &alerts, "node-a", slot + SLOT + 2),
        SlotReport::Done(SlotDecision::Send, Some(Outcome::Delivered))
    );
    let mails = smtp.wait_for(2);
    assert_eq!(mails.len(), 2, "{mails:?}");
    for mail in &mails {
        assert_content_free(mail, &[id]);
    }
}

#[test]
fn two_nodes_send_one_alert_per_slot() {
    let smtp = SmtpSink::start();
    let app = TestApp::with(|c| mail_to(c, smtp.port));
    team(&app);
    app.share("en", URGENT_1);
    let slot = next_slot();
    let nodes = [node(&app), node(&app)];
    let barrier = Barrier::new(2);
    let reports: Vec<SlotReport> = std::thread::scope(|s| {
        let runs: Vec<_> = nodes
            .iter()
            .zip(["node-a", "node-b"])
            .map(|(alerts, holder)| {
                let (barrier, config) = (&barrier, &app.env.config);
                s.spawn(move || {
                    let pool = voices::storage::open(&config.database()).unwrap();
                    let mut conn = pool.get().unwrap();
                    barrier.wait();
                    alerts.run_slot(&mut conn, holder, slot + 3).unwrap()
                })
            })
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).collect()
    });
    let sent = reports
        .iter()
        .filter(|r| matches!(r, SlotReport::Done(SlotDecision::Send, _)))
        .count();
    assert_eq!(sent, 1, "{reports:?}");
    assert_eq!(smtp.wait_for(2).len(), 2);
    // In the next slot the other node may hold the lease; nothing new is owed.
    for (alerts, holder) in nodes.iter().zip(["node-b", "node-a"]) {
        let report = run(&app, alerts, holder, slot + SLOT + 3);
        assert!(
            matches!(
                report,
                SlotReport::NotOurs
                    | SlotReport::Done(SlotDecision::Idle | SlotDecision::AlreadyDone, None)
            ),
            "{report:?}"
        );
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(smtp.mails().len(), 2);
}

#[test]
fn a_mail_server_that_is_down_shows_on_the_dashboards_and_is_retried_at_most_once_a_slot() {
    let logs = captured_logs();
    let closed = common::free_port();
    let app = TestApp::with(|c| {
        mail_to(c, closed);
        c.lead_alerts.give_up_after = 3;
    });
    team(&app);
    app.share("en", URGENT_1);
    let alerts = node(&app);
    let slot = next_slot();
    let down = Outcome::Failed {
        key: "smtp_connect",
        permanent: false,
    };
    assert_eq!(
        run(&app, &alerts, "node-a", slot + 2),
        SlotReport::Done(SlotDecision::Send, Some(down.clone()))
    );
    // Not again within the slot.
    assert_eq!(
        run(&app, &alerts, "node-a", slot + 300),
        SlotReport::Done(SlotDecision::AlreadyDone, None)
    );
    // The admin's and each lead's dashboards say so, by its key.
    let admin = browser(&app, ADMIN_NAME);
    let page = admin.get("/staff").dispatch().into_string().unwrap();
    assert!(page.contains("id=\"alerts-failed\""), "{page}");
    assert!(page.contains("smtp_connect"));
    assert!(page.contains("tries again at the next fixed time"));
    let lead = browser(&app, LEAD_EN);
    let page = lead.get("/staff").dispatch().into_string().unwrap();
    assert!(
        page.contains("id=\"alerts-failed\"") && page.contains("smtp_connect"),
        "{page}"
    );
    // A moderator's dashboard does not.
    let mo = browser(&app, MO);
    assert!(!mo
        .get("/staff")
        .dispatch()
        .into_string()
        .unwrap()
        .contains("alerts-failed"));
    // One retry a slot, then Voices stops: three attempts in all.
    let mut attempts = 1;
    for n in 1..8 {
        if let SlotReport::Done(SlotDecision::Send, _) =
            run(&app, &alerts, "node-a", slot + n * SLOT + 2)
        {
            attempts += 1;
        }
    }
    assert_eq!(attempts, 3);
    let page = admin.get("/staff").dispatch().into_string().unwrap();
    assert!(page.contains("stopped trying"), "{page}");
    // The log names the failure by its key, never an address or a word.
    let text = String::from_utf8_lossy(&logs.lock().unwrap()).into_owned();
    assert!(text.contains("smtp_connect"), "{text}");
    for secret in [
        ADDRESS_EN,
        ADDRESS_VI,
        "example.org",
        "tonight",
        "kill",
        "items/",
    ] {
        assert!(!text.contains(secret), "`{secret}` logged: {text}");
    }
}

#[test]
fn the_test_button_sends_now_shows_the_result_and_cannot_flood() {
    let (smtp, hook, app) = mail_and_webhook(500);
    let admin = browser(&app, ADMIN_NAME);
    let page = admin
        .get("/staff/admin/settings")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(page.contains("Send a test message"), "{page}");
    assert!(page.contains("127.0.0.1"), "the server is named: {page}");
    assert!(page.contains("2 / 2"), "both leads have an address: {page}");
    let csrf = TestApp::csrf_from(&page);
    let res = admin
        .post("/staff/admin/settings/alerts-test")
        .header(ContentType::Form)
        .body(form(&[("csrf", &csrf)]))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther);
    let to = res.headers().get_one("Location").unwrap().to_owned();
    assert!(to.ends_with("#alerts"), "back to the section: {to}");
    let page = admin
        .get(to.trim_end_matches("#alerts").to_owned())
        .dispatch()
        .into_string()
        .unwrap();
    // The mail went out; the webhook answered 500, which the page names.
    let mails = smtp.wait_for(2);
    assert_eq!(mails.len(), 2);
    for mail in &mails {
        assert!(
            decoded_body(mail).starts_with("This is a test from Voices.")
                || decoded_body(mail).starts_with("Đây là tin thử từ Voices.")
        );
    }
    assert_eq!(hook.bodies().len(), 1);
    assert!(page.contains("webhook_unavailable"), "{page}");
    // A second press within the minute sends nothing.
    let res = admin
        .post("/staff/admin/settings/alerts-test")
        .header(ContentType::Form)
        .body(form(&[("csrf", &csrf)]))
        .dispatch();
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res.into_string().unwrap().contains("less than a minute"));
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(smtp.mails().len(), 2);
    assert_eq!(hook.bodies().len(), 1);
    // A moderator cannot press it.
    let mo = browser(&app, MO);
    let res = mo
        .post("/staff/admin/settings/alerts-test")
        .header(ContentType::Form)
        .body(form(&[("csrf", &csrf_of(&mo, "/staff/preferences"))]))
        .dispatch();
    assert_eq!(res.status(), Status::Forbidden);
}

#[test]
fn starttls_carries_the_password_only_inside_tls() {
    let smtp = SmtpSink::start_tls();
    let app = TestApp::with(|c| {
        mail_to(c, smtp.port);
        c.lead_alerts.smtp_tls = SmtpTls::Starttls;
        c.lead_alerts.smtp_username = Some("voices".into());
        c.lead_alerts.smtp_password = Some("mail-server-secret".into());
        c.lead_alerts.ca_file = Some(
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/smtp-tls/ca.pem"),
        );
    });
    team(&app);
    app.share("en", URGENT_1);
    let alerts = node(&app);
    assert_eq!(
        run(&app, &alerts, "node-a", next_slot() + 2),
        SlotReport::Done(SlotDecision::Send, Some(Outcome::Delivered))
    );
    let mails = smtp.wait_for(2);
    assert_eq!(mails.len(), 2);
    for mail in &mails {
        assert!(mail.tls, "sent after STARTTLS");
        assert_eq!(mail.auth.as_deref(), Some("voices\0mail-server-secret"));
    }
}

/// One urgent story, then the next slot's report, against `smtp` with
/// STARTTLS required.
fn urgent_over_starttls(smtp: &SmtpSink) -> SlotReport {
    let app = TestApp::with(|c| {
        mail_to(c, smtp.port);
        c.lead_alerts.smtp_tls = SmtpTls::Starttls;
    });
    team(&app);
    app.share("en", URGENT_1);
    let alerts = node(&app);
    run(&app, &alerts, "node-a", next_slot() + 2)
}

#[test]
fn a_server_whose_certificate_is_not_trusted_gets_nothing() {
    let smtp = SmtpSink::start_tls();
    let report = urgent_over_starttls(&smtp);
    assert!(
        matches!(
            report,
            SlotReport::Done(
                SlotDecision::Send,
                Some(Outcome::Failed {
                    key: "smtp_tls" | "smtp_connect",
                    ..
                })
            )
        ),
        "{report:?}"
    );
    assert!(smtp.mails().is_empty());
}

#[test]
fn a_server_without_starttls_gets_nothing_in_plain_text() {
    let smtp = SmtpSink::start();
    assert_eq!(
        urgent_over_starttls(&smtp),
        SlotReport::Done(
            SlotDecision::Send,
            Some(Outcome::Failed {
                key: "smtp_setup",
                permanent: false
            })
        )
    );
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(smtp.mails().is_empty(), "{:?}", smtp.mails());
}

#[test]
fn until_alerts_reach_someone_moderators_are_told_to_tell_the_lead_themselves() {
    // Nothing set up: the guidance says so and the admin dashboard warns.
    let app = TestApp::new();
    app.create_admin();
    app.add_staff(LEAD_EN, Role::SafeguardingLead, PASS);
    let (id, _) = app.share("en", URGENT_1);
    let admin = browser(&app, ADMIN_NAME);
    let page = admin.get("/staff").dispatch().into_string().unwrap();
    assert!(page.contains("id=\"alerts-off\""), "{page}");
    assert!(page.contains("Voices tells nobody"));
    let lead = browser(&app, LEAD_EN);
    let view = lead
        .get("/staff/safeguarding")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(view.contains(&format!("/staff/items/{id}")), "{view}");
    assert!(view.contains("data-alerts=\"off\""), "{view}");
    assert!(view.contains("Voices does not alert anyone"), "{view}");
    assert!(!view.contains("told at once"));

    // Mail set up, but no lead has an address yet: still nobody is told.
    let smtp = SmtpSink::start();
    let app = TestApp::with(|c| {
        mail_to(c, smtp.port);
        c.lead_alerts.every_minutes = 15;
    });
    app.create_admin();
    app.add_staff(LEAD_EN, Role::SafeguardingLead, PASS);
    app.share("en", URGENT_1);
    let admin = browser(&app, ADMIN_NAME);
    let page = admin.get("/staff").dispatch().into_string().unwrap();
    assert!(
        page.contains("no safeguarding lead has given an e-mail address"),
        "{page}"
    );
    let lead = browser(&app, LEAD_EN);
    let page = lead.get("/staff").dispatch().into_string().unwrap();
    assert!(page.contains("id=\"alerts-no-address\""), "{page}");
    // A mistyped address comes back with what was typed, and nothing saved.
    let csrf = csrf_of(&lead, "/staff/preferences");
    let res = lead
        .post("/staff/preferences")
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("language", ""),
            ("alert_address", "sam.lead at example"),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let page = res.into_string().unwrap();
    assert!(page.contains("value=\"sam.lead at example\""), "{page}");
    assert!(page.contains("This is not an e-mail address"));
    assert_eq!(
        voices::storage::schema::lead_alert_addresses::table
            .count()
            .get_result::<i64>(&mut app.env.connect())
            .unwrap(),
        0
    );
    // Once the lead gives one, the guidance says when Voices tells the leads.
    give_address(&app, LEAD_EN, ADDRESS_EN, "");
    let page = lead
        .get("/staff/preferences")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(page.contains(&format!("value=\"{ADDRESS_EN}\"")), "{page}");
    // Every node sees it within a minute; a node started now, at once.
    let view = browser(&app, LEAD_EN)
        .get("/staff/safeguarding")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(view.contains("data-alerts=\"on\""), "{view}");
    assert!(view
        .replace(['\u{2068}', '\u{2069}'], "")
        .contains("within 15 minutes"));
    let page = browser(&app, ADMIN_NAME)
        .get("/staff")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(!page.contains("id=\"alerts-off\""), "{page}");
}
