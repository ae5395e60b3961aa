//! Aggregation facts through the real moderation path, on SQLite and (with
//! TEST_DATABASE_URL) PostgreSQL: approving an item for themes writes one fact
//! with no id, day or words; publishing with quotes allowed keeps a quote of the
//! approved wording; withdrawal removes both.

mod common;

use common::{follow, form, TestApp};
use diesel::prelude::*;
use rocket::http::{ContentType, Status};
use rocket::local::blocking::Client;
use voices::domain::Role;
use voices::storage::schema::{digest_quotes, facts, staff, submissions};

const PASS: &str = "a long shared test passphrase";
const MO: &str = "Mo Moderator";

fn moderator(app: &TestApp) -> Client {
    app.create_admin();
    app.add_staff(MO, Role::Moderator, PASS);
    let mut conn = app.env.connect();
    diesel::update(staff::table.filter(staff::name.eq(MO)))
        .set(staff::languages.eq("vi,en"))
        .execute(&mut conn)
        .unwrap();
    let client = Client::tracked(voices::try_build(app.env.config.clone()).unwrap()).unwrap();
    assert_eq!(common::sign_in_with(&client, MO, PASS), Status::SeeOther);
    client
}

fn act(app: &TestApp, client: &Client, id: i64, action: &str, extra: &[(&str, &str)]) -> Status {
    let page = client
        .get("/staff/preferences")
        .dispatch()
        .into_string()
        .unwrap();
    let csrf = TestApp::csrf_from(&page);
    let version: i64 = submissions::table
        .filter(submissions::id.eq(id))
        .select(submissions::version)
        .first(&mut app.env.connect())
        .unwrap();
    let version = version.to_string();
    let mut fields = vec![
        ("csrf", csrf.as_str()),
        ("do", action),
        ("version", version.as_str()),
    ];
    fields.extend_from_slice(extra);
    client
        .post(format!("/staff/items/{id}"))
        .header(ContentType::Form)
        .body(form(&fields))
        .dispatch()
        .status()
}

fn review(app: &TestApp, client: &Client, id: i64, themes: &[&str]) {
    let policy = voices::policy::Policy::load(&app.env.config.moderation_dir).unwrap();
    let checklist: Vec<String> = policy
        .checklist_keys()
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut extra: Vec<(&str, &str)> = checklist
        .iter()
        .map(|k| ("checklist", k.as_str()))
        .collect();
    for t in themes {
        extra.push(("themes", t));
    }
    extra.push(("level", "none"));
    assert_eq!(act(app, client, id, "review", &extra), Status::SeeOther);
}

fn survivor(app: &TestApp, path: &str, fields: &[(&str, &str)]) {
    let res = app
        .client
        .post(path.to_owned())
        .header(ContentType::Form)
        .body(form(fields))
        .dispatch();
    assert_eq!(follow(&app.client, res).status(), Status::Ok);
}

type FactLine = (String, String, String, String);

fn fact_rows(app: &TestApp) -> Vec<FactLine> {
    facts::table
        .select((facts::month, facts::language, facts::kind, facts::themes))
        .load(&mut app.env.connect())
        .unwrap()
}

#[test]
fn approval_for_themes_writes_one_fact_and_withdrawal_removes_it() {
    let app = TestApp::new();
    let mo = moderator(&app);
    let (id, code) = app.share("vi", "Họ bắt tôi làm việc ở tiệm nail mà không trả lương.");
    assert!(fact_rows(&app).is_empty(), "nothing before a decision");
    assert_eq!(act(&app, &mo, id, "claim", &[]), Status::SeeOther);
    review(&app, &mo, id, &["labour_exploitation", "not_believed"]);
    assert_eq!(act(&app, &mo, id, "themes_only", &[]), Status::SeeOther);

    let rows = fact_rows(&app);
    assert_eq!(rows.len(), 1);
    let (month, language, kind, themes) = &rows[0];
    assert_eq!(month, &voices::app::today().month());
    assert_eq!((language.as_str(), kind.as_str()), ("vi", "story"));
    assert_eq!(themes, "labour_exploitation not_believed");
    // No quote: the survivor approved no edited wording.
    let quotes: i64 = digest_quotes::table
        .count()
        .get_result(&mut app.env.connect())
        .unwrap();
    assert_eq!(quotes, 0);
    // A message afterwards writes nothing more.
    assert_eq!(
        act(&app, &mo, id, "message", &[("message", "Cảm ơn bạn.")]),
        Status::SeeOther
    );
    assert_eq!(fact_rows(&app).len(), 1);

    survivor(
        &app,
        "/vi/receipt/withdraw",
        &[("code", &code), ("confirm", "yes")],
    );
    assert!(fact_rows(&app).is_empty(), "withdrawal removes the fact");
}

#[test]
fn publication_with_quotes_keeps_the_approved_wording_and_withdrawal_removes_it() {
    let app = TestApp::new();
    let mo = moderator(&app);
    let (id, code) = app.share(
        "vi",
        "Tôi tên là Thuỷ. Họ bắt tôi làm việc mà không trả lương.",
    );
    assert_eq!(act(&app, &mo, id, "claim", &[]), Status::SeeOther);
    review(&app, &mo, id, &["labour_exploitation"]);
    let edit = "Tôi tên là [tên]. Họ bắt tôi làm việc mà không trả lương.";
    assert_eq!(
        act(&app, &mo, id, "propose", &[("edit", edit)]),
        Status::SeeOther
    );
    survivor(
        &app,
        "/vi/receipt/respond",
        &[("code", &code), ("do", "approve")],
    );
    assert_eq!(act(&app, &mo, id, "publish", &[]), Status::SeeOther);

    assert_eq!(fact_rows(&app).len(), 1);
    let quotes: Vec<String> = digest_quotes::table
        .select(digest_quotes::body)
        .load(&mut app.env.connect())
        .unwrap();
    assert_eq!(quotes, vec![edit.to_owned()]);

    survivor(
        &app,
        "/vi/receipt/withdraw",
        &[("code", &code), ("confirm", "yes")],
    );
    assert!(fact_rows(&app).is_empty());
    let left: i64 = digest_quotes::table
        .count()
        .get_result(&mut app.env.connect())
        .unwrap();
    assert_eq!(left, 0);
}
