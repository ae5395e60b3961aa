//! Moderation through HTTP, on SQLite and (with TEST_DATABASE_URL) PostgreSQL:
//! the queue, claims, reading after the warning, the edited version the survivor
//! approves, messages both ways, publication and its removal on withdrawal,
//! decline and the second look, the two-person rule, wellbeing limits, the audit
//! log, and the refusals that must change nothing.

mod common;

use common::staff::{act, browser, csrf_of, state_of};
use common::{follow, form, TestApp, ADMIN_NAME, ADMIN_PASSPHRASE};
use diesel::prelude::*;
use rocket::http::{ContentType, Status};
use rocket::local::blocking::Client;
use voices::domain::Role;
use voices::storage::schema::{staff, staff_events, submissions, survivor_events};

const PASS: &str = "a long shared test passphrase";
const MO: &str = "Mo Moderator";
const MAI: &str = "Mai Moderator";
const LEAD: &str = "Sam Safeguarding";

/// Who reads which languages.
fn set_languages(app: &TestApp, name: &str, languages: &str) {
    let mut conn = app.env.connect();
    diesel::update(staff::table.filter(staff::name.eq(name)))
        .set(staff::languages.eq(languages))
        .execute(&mut conn)
        .unwrap();
}

fn team(app: &TestApp) {
    app.create_admin();
    app.add_staff(MO, Role::Moderator, PASS);
    app.add_staff(MAI, Role::Moderator, PASS);
    app.add_staff(LEAD, Role::SafeguardingLead, PASS);
    set_languages(app, MO, "vi,en");
    set_languages(app, MAI, "vi");
    set_languages(app, LEAD, "vi,en,ar");
}

/// A survivor posts a receipt form and follows to the page.
fn survivor_post(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> (Status, String) {
    let res = app.post_form(path, fields);
    let first = res.status();
    let res = follow(&app.client, res);
    let status = if first == Status::SeeOther {
        res.status()
    } else {
        first
    };
    (status, res.into_string().unwrap_or_default())
}

fn every_checklist_item(app: &TestApp) -> Vec<String> {
    voices::policy::Policy::load(&app.env.config.moderation_dir)
        .unwrap()
        .checklist_keys()
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// Saves a review with the whole checklist ticked.
fn complete_review(app: &TestApp, client: &Client, id: i64, themes: &[&str]) {
    let checklist = every_checklist_item(app);
    let mut extra: Vec<(&str, &str)> = checklist
        .iter()
        .map(|k| ("checklist", k.as_str()))
        .collect();
    for t in themes {
        extra.push(("themes", t));
    }
    extra.push(("level", "none"));
    extra.push(("warnings", "exploitation_work"));
    let res = act(app, client, id, "review", &extra);
    assert_eq!(res.status(), Status::SeeOther, "review saved");
}

const STORY: &str = "Tôi tên là Thuỷ. Số điện thoại của tôi là 07700 900123. \
                     Họ bắt tôi làm việc ở tiệm nail mà không trả lương.";

#[test]
fn the_walkthrough_from_the_queue_to_publication_and_back() {
    let app = TestApp::new();
    team(&app);
    let (id, code) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);

    // The queue lists the item with its language and kind, never its words.
    let queue = mo.get("/staff/queue").dispatch().into_string().unwrap();
    assert!(queue.contains(&format!("/staff/items/{id}")), "{queue}");
    assert!(queue.contains("Tiếng Việt"));
    assert!(
        !queue.contains("Thuỷ") && !queue.contains("07700"),
        "no words in the queue"
    );

    // Before claiming: no words, and the read page sends back to the item.
    let before = mo
        .get(format!("/staff/items/{id}"))
        .dispatch()
        .into_string()
        .unwrap();
    assert!(!before.contains("07700"));
    let read = mo.get(format!("/staff/items/{id}/read")).dispatch();
    assert_eq!(read.status(), Status::SeeOther);

    // Claim: the warning step comes first, still without the words.
    assert_eq!(act(&app, &mo, id, "claim", &[]).status(), Status::SeeOther);
    assert_eq!(state_of(&app, id), "in_review");
    let warning = mo
        .get(format!("/staff/items/{id}"))
        .dispatch()
        .into_string()
        .unwrap();
    assert!(warning.contains(&format!("/staff/items/{id}/read")));
    assert!(!warning.contains("07700"));
    // Another moderator cannot take it.
    let mai = browser(&app, MAI, PASS);
    let taken = act(&app, &mai, id, "claim", &[]);
    assert_eq!(taken.status(), Status::Conflict);
    assert!(taken
        .into_string()
        .unwrap()
        .contains("Someone else is working on this item"));

    // Reading: the words, escaped, in their own direction.
    let page = mo
        .get(format!("/staff/items/{id}/read"))
        .dispatch()
        .into_string()
        .unwrap();
    assert!(page.contains("07700 900123"));
    assert!(page.contains(r#"class="their-words" dir="auto""#));

    complete_review(&app, &mo, id, &["labour_exploitation"]);
    let edit = "Tôi tên là [tên]. Số điện thoại của tôi là [số điện thoại]. \
                Họ bắt tôi làm việc ở tiệm nail mà không trả lương.";
    let sent = act(
        &app,
        &mo,
        id,
        "propose",
        &[
            ("edit", edit),
            ("message", "Cảm ơn bạn. Bạn đọc bản này nhé."),
        ],
    );
    assert_eq!(sent.status(), Status::SeeOther);
    assert_eq!(state_of(&app, id), "awaiting_survivor");

    // The survivor reads the message and the edited version beside their words.
    let (status, receipt) = survivor_post(&app, "/vi/receipt", &[("code", &code)]);
    assert_eq!(status, Status::Ok);
    assert!(receipt.contains("Cảm ơn bạn. Bạn đọc bản này nhé."));
    assert!(receipt.contains("[tên]"));
    assert!(
        receipt.contains("07700 900123"),
        "their own words beside it"
    );
    assert!(receipt.contains(r#"value="approve""#));
    // They approve the version they read.
    let shown = common::shown_edit_in(&receipt).expect("the forms carry what was shown");
    let (status, _) = survivor_post(
        &app,
        "/vi/receipt/respond",
        &[("code", &code), ("do", "approve"), ("shown", &shown)],
    );
    assert_eq!(status, Status::Ok);
    assert_eq!(state_of(&app, id), "approved");

    // Publishing puts exactly the approved words on the stories page.
    assert_eq!(
        act(&app, &mo, id, "publish", &[]).status(),
        Status::SeeOther
    );
    assert_eq!(state_of(&app, id), "published");
    let list = app
        .client
        .get("/vi/stories")
        .dispatch()
        .into_string()
        .unwrap();
    let link = regex::Regex::new(r#"href="/vi/stories/(\d+)""#)
        .unwrap()
        .captures(&list)
        .expect("the story is listed")[1]
        .to_owned();
    assert!(!list.contains("tiệm nail"), "the list shows no words");
    let story = app
        .client
        .get(format!("/vi/stories/{link}"))
        .dispatch()
        .into_string()
        .unwrap();
    assert!(story.contains("[tên]") && story.contains("tiệm nail"));
    assert!(!story.contains("07700") && !story.contains("Thuỷ"));

    // Withdrawal removes the story at once.
    let (status, _) = survivor_post(
        &app,
        "/vi/receipt/withdraw",
        &[("code", &code), ("confirm", "yes")],
    );
    assert_eq!(status, Status::Ok);
    assert_eq!(
        app.client
            .get(format!("/vi/stories/{link}"))
            .dispatch()
            .status(),
        Status::NotFound
    );
    assert!(!app
        .client
        .get("/vi/stories")
        .dispatch()
        .into_string()
        .unwrap()
        .contains(&format!("/vi/stories/{link}")));
    assert_eq!(state_of(&app, id), "withdrawn");
    // Moderators can no longer open it.
    assert_eq!(
        mo.get(format!("/staff/items/{id}")).dispatch().status(),
        Status::NotFound
    );

    // The audit log is whole and dates the survivor's actions by the day only.
    let key =
        voices::crypto::AuditKey::from_pepper(&app.env.config.secrets().unwrap().receipt_pepper);
    let mut conn = app.env.connect();
    let verified = voices::app::audit::verify(&mut conn, &key).unwrap();
    assert_eq!(verified.first_break, None);
    assert!(
        verified.staff_events >= 5 && verified.survivor_events >= 3,
        "{verified:?}"
    );
    let days: Vec<String> = survivor_events::table
        .select(survivor_events::day)
        .load(&mut conn)
        .unwrap();
    let day = regex::Regex::new(r"^\d{4}-\d{2}-\d{2}$").unwrap();
    assert!(days.iter().all(|d| day.is_match(d)), "{days:?}");
    // The item's events (the start of the node's chain names no item).
    let actions: Vec<String> = survivor_events::table
        .filter(survivor_events::submission_id.ne(0))
        .select(survivor_events::action)
        .order(survivor_events::id)
        .load(&mut conn)
        .unwrap();
    assert_eq!(actions, ["shared", "approve", "withdraw"]);
    // Nothing any event holds quotes the words or the message.
    let details: Vec<String> = staff_events::table
        .select(staff_events::detail)
        .load(&mut conn)
        .unwrap();
    for detail in &details {
        assert!(
            !detail.contains("07700") && !detail.contains("Thuỷ") && !detail.contains("Cảm ơn")
        );
    }
}

#[test]
fn refusals_change_nothing_and_keep_what_was_typed() {
    let app = TestApp::new();
    team(&app);
    let (id, _) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);
    assert_eq!(act(&app, &mo, id, "claim", &[]).status(), Status::SeeOther);

    // A message of 20,000 characters (180 KB as sent, read whole by the item
    // form): a clear error, the words given back.
    let long = "ạ".repeat(20_000);
    let res = act(&app, &mo, id, "message", &[("message", &long)]);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(body.contains("This message is too long"));
    assert!(
        body.contains(&"ạ".repeat(1000)),
        "what was typed comes back"
    );

    // An edit that removes everything.
    let policy = voices::policy::Policy::load(&app.env.config.moderation_dir).unwrap();
    let only_tokens = format!(
        "{} {}. ",
        policy.tokens(voices::domain::Language::Vi)[0],
        policy.tokens(voices::domain::Language::Vi)[3]
    );
    let res = act(&app, &mo, id, "propose", &[("edit", &only_tokens)]);
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(body.contains("The edited version must still say something"));
    assert!(body.contains(only_tokens.trim()));

    // A forged transition: publishing what the survivor never approved.
    let res = act(&app, &mo, id, "publish", &[]);
    assert_eq!(res.status(), Status::Conflict);
    // Themes only before the checklist.
    let res = act(&app, &mo, id, "themes_only", &[]);
    assert_eq!(res.status(), Status::Conflict);
    assert!(res
        .into_string()
        .unwrap()
        .contains("Tick every item of the checklist"));
    // A stale form: the version moved on.
    let csrf = csrf_of(&mo);
    let res = mo
        .post(format!("/staff/items/{id}"))
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("do", "release"),
            ("version", "0"),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::Conflict);
    // An unknown action and a missing version.
    assert_eq!(
        act(&app, &mo, id, "sell", &[]).status(),
        Status::UnprocessableEntity
    );
    let res = mo
        .post(format!("/staff/items/{id}"))
        .header(ContentType::Form)
        .body(form(&[("csrf", &csrf), ("do", "release")]))
        .dispatch();
    assert_eq!(res.status(), Status::UnprocessableEntity);
    // A stolen claim: another moderator acting on the item.
    let mai = browser(&app, MAI, PASS);
    let res = act(&app, &mai, id, "decline", &[("reason", "duplicate")]);
    assert_eq!(res.status(), Status::Conflict);
    // Every refusal changed nothing: still in review, held by Mo, no messages.
    assert_eq!(state_of(&app, id), "in_review");
    let mut conn = app.env.connect();
    let messages: i64 = voices::storage::schema::messages::table
        .count()
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(messages, 0);
    let proposals: i64 = voices::storage::schema::proposals::table
        .count()
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(proposals, 0);
    // And no refusal ever answers a 500: an item that does not exist is a 404.
    let missing = mo
        .post("/staff/items/999999")
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf_of(&mo)),
            ("do", "claim"),
            ("version", "0"),
        ]))
        .dispatch();
    assert_eq!(missing.status(), Status::NotFound);
}

#[test]
fn a_claim_that_ran_out_can_be_taken_by_someone_else() {
    let app = TestApp::new();
    team(&app);
    let (id, _) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);
    let mai = browser(&app, MAI, PASS);
    assert_eq!(act(&app, &mo, id, "claim", &[]).status(), Status::SeeOther);
    assert_eq!(act(&app, &mai, id, "claim", &[]).status(), Status::Conflict);
    {
        let mut conn = app.env.connect();
        diesel::update(submissions::table.filter(submissions::id.eq(id)))
            .set(submissions::claim_expires_at.eq(voices::app::now_unix() - 1))
            .execute(&mut conn)
            .unwrap();
    }
    assert_eq!(act(&app, &mai, id, "claim", &[]).status(), Status::SeeOther);
    // Mo's claim is gone: his form is stale now.
    assert_eq!(
        act(&app, &mo, id, "release", &[]).status(),
        Status::Conflict
    );
    // The retention job ends claims that ran out and puts items back.
    {
        let mut conn = app.env.connect();
        diesel::update(submissions::table.filter(submissions::id.eq(id)))
            .set(submissions::claim_expires_at.eq(voices::app::now_unix() - 1))
            .execute(&mut conn)
            .unwrap();
        let key = voices::crypto::AuditKey::from_pepper(
            &app.env.config.secrets().unwrap().receipt_pepper,
        );
        let purged =
            voices::app::retention::run(&mut conn, &app.env.config.retention, &key).unwrap();
        assert_eq!(purged.claims_expired, 1);
    }
    assert_eq!(state_of(&app, id), "received");
}

#[test]
fn a_declined_survivor_may_ask_once_for_a_second_look_by_someone_else() {
    let app = TestApp::new();
    team(&app);
    let (id, code) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);
    assert_eq!(act(&app, &mo, id, "claim", &[]).status(), Status::SeeOther);
    assert_eq!(
        act(&app, &mo, id, "decline", &[]).status(),
        Status::UnprocessableEntity,
        "a reason is needed"
    );
    assert_eq!(
        act(&app, &mo, id, "decline", &[("reason", "could_identify")]).status(),
        Status::SeeOther
    );
    // The survivor sees the kind message in their language.
    let policy = voices::policy::Policy::load(&app.env.config.moderation_dir).unwrap();
    let kind = policy
        .decline_reason("could_identify")
        .unwrap()
        .message
        .get(voices::domain::Language::Vi)
        .to_owned();
    let (_, receipt) = survivor_post(&app, "/vi/receipt", &[("code", &code)]);
    assert!(receipt.contains(&kind.replace('\'', "&#39;")) || receipt.contains(&kind));
    assert!(receipt.contains(r#"value="second_look""#));
    let (status, _) = survivor_post(
        &app,
        "/vi/receipt/respond",
        &[
            ("code", &code),
            ("do", "second_look"),
            ("message", "Xin xem lại."),
        ],
    );
    assert_eq!(status, Status::Ok);
    assert_eq!(state_of(&app, id), "received");
    // The same moderator cannot take the second look; another can.
    assert_eq!(act(&app, &mo, id, "claim", &[]).status(), Status::Conflict);
    let mai = browser(&app, MAI, PASS);
    assert_eq!(act(&app, &mai, id, "claim", &[]).status(), Status::SeeOther);
    let page = mai
        .get(format!("/staff/items/{id}/read"))
        .dispatch()
        .into_string()
        .unwrap();
    assert!(
        page.contains("Xin xem lại."),
        "the survivor's message is there"
    );
    assert_eq!(
        act(&app, &mai, id, "decline", &[("reason", "could_identify")]).status(),
        Status::SeeOther
    );
    // Only once.
    let (_, receipt) = survivor_post(&app, "/vi/receipt", &[("code", &code)]);
    assert!(!receipt.contains(r#"value="second_look""#));
    let (status, _) = survivor_post(
        &app,
        "/vi/receipt/respond",
        &[("code", &code), ("do", "second_look")],
    );
    assert_eq!(status, Status::Conflict);
}

#[test]
fn two_people_publish_when_the_rule_is_on() {
    let app = TestApp::with(|c| c.moderation.two_person_publication = true);
    team(&app);
    let (id, code) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);
    act(&app, &mo, id, "claim", &[]);
    complete_review(&app, &mo, id, &[]);
    act(
        &app,
        &mo,
        id,
        "propose",
        &[("edit", "Họ bắt tôi làm việc mà không trả lương.")],
    );
    assert_eq!(app.answer_shown_edit("vi", &code, "approve"), Status::Ok);
    assert_eq!(
        act(&app, &mo, id, "publish", &[]).status(),
        Status::SeeOther
    );
    assert_eq!(state_of(&app, id), "approved", "one person is not enough");
    assert_eq!(
        act(&app, &mo, id, "publish", &[]).status(),
        Status::Conflict
    );
    let mai = browser(&app, MAI, PASS);
    assert_eq!(
        act(&app, &mai, id, "publish", &[]).status(),
        Status::SeeOther
    );
    assert_eq!(state_of(&app, id), "published");
}

#[test]
fn a_moderator_is_offered_a_break_and_held_to_the_daily_limit() {
    let app = TestApp::new();
    team(&app);
    let admin = browser(&app, ADMIN_NAME, ADMIN_PASSPHRASE);
    let csrf = csrf_of(&admin);
    let res = admin
        .post("/staff/admin/settings")
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("break_after", "1"),
            ("daily_cap", "2"),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther);
    let ids: Vec<i64> = (0..3)
        .map(|i| app.share("vi", &format!("câu chuyện {i}")).0)
        .collect();
    let mo = browser(&app, MO, PASS);
    for id in &ids[..2] {
        assert_eq!(act(&app, &mo, *id, "claim", &[]).status(), Status::SeeOther);
        assert_eq!(
            mo.get(format!("/staff/items/{id}/read"))
                .dispatch()
                .status(),
            Status::Ok
        );
        act(&app, &mo, *id, "release", &[]);
    }
    // At the limit the queue says so calmly (past the break, it asks for more).
    let queue = mo.get("/staff/queue").dispatch().into_string().unwrap();
    assert!(
        queue.contains("your daily limit") && queue.contains("look after yourself"),
        "{queue}"
    );
    // The third is refused kindly; the two already opened stay open to them.
    let third = act(&app, &mo, ids[2], "claim", &[]);
    assert_eq!(third.status(), Status::Conflict);
    assert!(third.into_string().unwrap().contains("today"));
    assert_eq!(
        act(&app, &mo, ids[0], "claim", &[]).status(),
        Status::SeeOther
    );
}

#[test]
fn the_audit_log_names_an_edited_row() {
    let app = TestApp::new();
    team(&app);
    let (id, _) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);
    act(&app, &mo, id, "claim", &[]);
    act(&app, &mo, id, "release", &[]);
    let key =
        voices::crypto::AuditKey::from_pepper(&app.env.config.secrets().unwrap().receipt_pepper);
    let mut conn = app.env.connect();
    assert_eq!(
        voices::app::audit::verify(&mut conn, &key)
            .unwrap()
            .first_break,
        None
    );
    // Someone with database access rewrites who took the claim.
    let claim_event: i64 = staff_events::table
        .filter(staff_events::action.eq("claim"))
        .select(staff_events::id)
        .first(&mut conn)
        .unwrap();
    diesel::update(staff_events::table.filter(staff_events::id.eq(claim_event)))
        .set(staff_events::detail.eq("from=received to=in_review claim=1"))
        .execute(&mut conn)
        .unwrap();
    let broken = voices::app::audit::verify(&mut conn, &key)
        .unwrap()
        .first_break
        .expect("the edit is found");
    assert_eq!(broken.id, claim_event);
    // The command line says the same, and fails.
    let out = common::voices_command(&app.env, &["audit", "verify"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("event {claim_event}")), "{err}");
    // A deleted last event is found too.
    diesel::update(staff_events::table.filter(staff_events::id.eq(claim_event)))
        .set(staff_events::detail.eq("from=received to=in_review claim=2"))
        .execute(&mut conn)
        .unwrap();
    let last: i64 = staff_events::table
        .select(diesel::dsl::max(staff_events::id))
        .first::<Option<i64>>(&mut conn)
        .unwrap()
        .unwrap();
    diesel::delete(staff_events::table.filter(staff_events::id.eq(last)))
        .execute(&mut conn)
        .unwrap();
    let cut = voices::app::audit::verify(&mut conn, &key)
        .unwrap()
        .first_break;
    assert!(cut.is_some(), "a removed event is found");
}

#[test]
fn a_safeguarding_lead_records_what_was_done_and_moderators_cannot() {
    let app = TestApp::new();
    team(&app);
    let (id, code) = app.share("vi", STORY);
    let lead = browser(&app, LEAD, PASS);
    let res = act(
        &app,
        &lead,
        id,
        "note",
        &[(
            "note",
            "Gửi tin nhắn an toàn; đã nói chuyện với trưởng nhóm.",
        )],
    );
    assert_eq!(res.status(), Status::SeeOther);
    let page = lead
        .get(format!("/staff/items/{id}"))
        .dispatch()
        .into_string()
        .unwrap();
    assert!(page.contains("đã nói chuyện với trưởng nhóm"));
    let mo = browser(&app, MO, PASS);
    assert_eq!(
        act(&app, &mo, id, "note", &[("note", "x")]).status(),
        Status::Forbidden
    );
    let seen = mo
        .get(format!("/staff/items/{id}"))
        .dispatch()
        .into_string()
        .unwrap();
    assert!(
        !seen.contains("trưởng nhóm"),
        "notes are for the lead's view"
    );
    // The survivor never sees a note, and their code does not open it.
    let (_, receipt) = survivor_post(&app, "/vi/receipt", &[("code", &code)]);
    assert!(!receipt.contains("trưởng nhóm"));
    assert!(!common::contains(
        &app.env.stored_bytes(),
        "trưởng nhóm".as_bytes()
    ));
}

#[test]
fn staff_pages_follow_the_language_a_person_chooses() {
    let app = TestApp::new();
    team(&app);
    let mo = browser(&app, MO, PASS);
    let csrf = csrf_of(&mo);
    let res = mo
        .post("/staff/preferences")
        .header(ContentType::Form)
        .body(form(&[("csrf", &csrf), ("language", "ar")]))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther);
    let queue = mo.get("/staff/queue").dispatch().into_string().unwrap();
    assert!(
        queue.contains(r#"<html lang="ar" dir="rtl""#),
        "{}",
        &queue[..200]
    );
    // A language Voices does not have is refused, nothing changed.
    let res = mo
        .post("/staff/preferences")
        .header(ContentType::Form)
        .body(form(&[("csrf", &csrf_of(&mo)), ("language", "de")]))
        .dispatch();
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let queue = mo.get("/staff/queue").dispatch().into_string().unwrap();
    assert!(queue.contains(r#"<html lang="ar" dir="rtl""#));
}

#[test]
fn an_invitation_works_once_and_the_person_sets_their_own_passphrase() {
    let app = TestApp::new();
    app.create_admin();
    assert_eq!(
        app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE).status(),
        Status::SeeOther
    );
    let token = common::invite(&app, "Noor Moderator", "moderator");
    let visitor = Client::tracked(voices::try_build(app.env.config.clone()).unwrap()).unwrap();
    let page = visitor.get(format!("/staff/invite/{token}")).dispatch();
    assert_eq!(page.status(), Status::Ok);
    let csrf = TestApp::csrf_from(&page.into_string().unwrap());
    let weak = visitor
        .post(format!("/staff/invite/{token}"))
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("passphrase", "short"),
            ("confirm", "short"),
        ]))
        .dispatch();
    assert_eq!(weak.status(), Status::UnprocessableEntity);
    let done = visitor
        .post(format!("/staff/invite/{token}"))
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("passphrase", PASS),
            ("confirm", PASS),
        ]))
        .dispatch();
    assert_eq!(done.status(), Status::Ok);
    assert_eq!(
        visitor
            .get(format!("/staff/invite/{token}"))
            .dispatch()
            .status(),
        Status::NotFound,
        "used once"
    );
    assert_eq!(
        common::sign_in_with(&visitor, "Noor Moderator", PASS),
        Status::SeeOther
    );
    assert_eq!(visitor.get("/staff/queue").dispatch().status(), Status::Ok);
    // An expired invitation is a plain 404.
    let old = common::invite(&app, "Late Person", "moderator");
    {
        let mut conn = app.env.connect();
        use voices::storage::schema::invitations;
        diesel::update(invitations::table)
            .set(invitations::expires_at.eq(voices::app::now_unix() - 1))
            .execute(&mut conn)
            .unwrap();
    }
    assert_eq!(
        visitor
            .get(format!("/staff/invite/{old}"))
            .dispatch()
            .status(),
        Status::NotFound
    );
}

/// Opens and answers an invitation on a fresh browser: the statuses of the page
/// and of the form.
fn accept_invitation(app: &TestApp, token: &str) -> (Status, Status) {
    let visitor = Client::tracked(voices::try_build(app.env.config.clone()).unwrap()).unwrap();
    let page = visitor.get(format!("/staff/invite/{token}")).dispatch();
    let shown = page.status();
    let csrf = if shown == Status::Ok {
        TestApp::csrf_from(&page.into_string().unwrap())
    } else {
        // The form's token from the sign-in page: a refused invitation shows none.
        let login = visitor
            .get("/staff/login")
            .dispatch()
            .into_string()
            .unwrap();
        TestApp::csrf_from(&login)
    };
    let done = visitor
        .post(format!("/staff/invite/{token}"))
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("passphrase", PASS),
            ("confirm", PASS),
        ]))
        .dispatch();
    (shown, done.status())
}

fn invitations_left(app: &TestApp) -> i64 {
    use voices::storage::schema::invitations;
    invitations::table
        .count()
        .get_result(&mut app.env.connect())
        .unwrap()
}

/// An admin who is being disabled cannot come back through an admin invitation
/// they made earlier: disabling deletes the invitations the person made.
#[test]
fn disabling_a_person_deletes_the_invitations_they_made() {
    let app = TestApp::new();
    app.create_admin();
    app.add_staff("Second Admin", Role::Admin, PASS);
    assert_eq!(
        app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE).status(),
        Status::SeeOther
    );
    let token = common::invite(&app, "Way Back In", "admin");
    let other = common::invite(&app, "Plain Moderator", "moderator");
    assert_eq!(invitations_left(&app), 2);
    // The second admin disables the first from the staff page.
    let second = Client::tracked(voices::try_build(app.env.config.clone()).unwrap()).unwrap();
    assert_eq!(
        common::sign_in_with(&second, "Second Admin", PASS),
        Status::SeeOther
    );
    let first_id: i64 = staff::table
        .filter(staff::name.eq(ADMIN_NAME))
        .select(staff::id)
        .first(&mut app.env.connect())
        .unwrap();
    let page = second
        .get("/staff/admin/staff")
        .dispatch()
        .into_string()
        .unwrap();
    let csrf = TestApp::csrf_from(&page);
    let res = second
        .post("/staff/admin/staff")
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("do", "disable"),
            ("staff", &first_id.to_string()),
        ]))
        .dispatch();
    assert!(res.status().code < 400, "{}", res.status());
    let disabled: bool = staff::table
        .filter(staff::id.eq(first_id))
        .select(staff::disabled)
        .first(&mut app.env.connect())
        .unwrap();
    assert!(disabled, "the first admin is disabled");
    assert_eq!(invitations_left(&app), 0);
    for t in [&token, &other] {
        assert_eq!(
            accept_invitation(&app, t),
            (Status::NotFound, Status::NotFound)
        );
    }
    assert!(staff::table
        .filter(staff::name.eq("Way Back In"))
        .select(staff::id)
        .first::<i64>(&mut app.env.connect())
        .optional()
        .unwrap()
        .is_none());
}

/// Disables a person from the staff page of `app`'s signed-in admin.
fn disable_from_staff_page(app: &TestApp, staff_id: i64) -> Status {
    let page = app
        .client
        .get("/staff/admin/staff")
        .dispatch()
        .into_string()
        .unwrap();
    let csrf = TestApp::csrf_from(&page);
    app.post_form(
        "/staff/admin/staff",
        &[
            ("csrf", &csrf),
            ("do", "disable"),
            ("staff", &staff_id.to_string()),
        ],
    )
    .status()
}

/// Disabling someone and the audit event that records it are one change: when
/// the event cannot be written (here a trigger refuses it), nobody is disabled;
/// when it can, both are there and the audit chain still verifies.
#[test]
fn a_person_is_disabled_only_with_the_audit_event_that_says_so() {
    let app = TestApp::new();
    app.create_admin();
    app.add_staff(MO, Role::Moderator, PASS);
    assert_eq!(
        app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE).status(),
        Status::SeeOther
    );
    let mut conn = app.env.connect();
    let mo: i64 = staff::table
        .filter(staff::name.eq(MO))
        .select(staff::id)
        .first(&mut conn)
        .unwrap();
    let refusals: &[&str] = if app.env.is_postgres() {
        &[
            "CREATE FUNCTION refuse_staff_event() RETURNS trigger AS $$ \
             BEGIN RAISE EXCEPTION 'audit refused'; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER refuse_staff_event BEFORE INSERT ON staff_events \
             FOR EACH ROW EXECUTE FUNCTION refuse_staff_event()",
        ]
    } else {
        &[
            "CREATE TRIGGER refuse_staff_event BEFORE INSERT ON staff_events \
           BEGIN SELECT RAISE(ABORT, 'audit refused'); END",
        ]
    };
    for sql in refusals {
        diesel::sql_query(*sql).execute(&mut conn).unwrap();
    }
    let state = |conn: &mut voices::storage::DbConnection| -> (bool, bool) {
        staff::table
            .filter(staff::id.eq(mo))
            .select((staff::disabled, staff::key_wrap.is_not_null()))
            .first(conn)
            .unwrap()
    };
    assert!(disable_from_staff_page(&app, mo).code >= 500);
    assert_eq!(
        state(&mut conn),
        (false, true),
        "not disabled, key wrap kept"
    );
    let allow = if app.env.is_postgres() {
        "DROP TRIGGER refuse_staff_event ON staff_events"
    } else {
        "DROP TRIGGER refuse_staff_event"
    };
    diesel::sql_query(allow).execute(&mut conn).unwrap();
    assert!(disable_from_staff_page(&app, mo).code < 400);
    assert_eq!(state(&mut conn), (true, false), "disabled, key wrap gone");
    let recorded: Vec<String> = staff_events::table
        .filter(staff_events::action.eq("staff_disabled"))
        .select(staff_events::detail)
        .load(&mut conn)
        .unwrap();
    assert_eq!(recorded, [format!("staff={mo}")]);
    let key =
        voices::crypto::AuditKey::from_pepper(&app.env.config.secrets().unwrap().receipt_pepper);
    let verified = voices::app::audit::verify(&mut conn, &key).unwrap();
    assert_eq!(verified.first_break, None);
}

/// Accepting checks that the admin who made the invitation is still an active
/// admin, whatever removed them (here, a row changed behind the app's back).
#[test]
fn an_invitation_from_someone_no_longer_active_is_refused() {
    let app = TestApp::new();
    app.create_admin();
    assert_eq!(
        app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE).status(),
        Status::SeeOther
    );
    let token = common::invite(&app, "Late Joiner", "moderator");
    diesel::update(staff::table.filter(staff::name.eq(ADMIN_NAME)))
        .set(staff::disabled.eq(true))
        .execute(&mut app.env.connect())
        .unwrap();
    assert_eq!(
        accept_invitation(&app, &token),
        (Status::NotFound, Status::NotFound)
    );
    diesel::update(staff::table.filter(staff::name.eq(ADMIN_NAME)))
        .set(staff::disabled.eq(false))
        .execute(&mut app.env.connect())
        .unwrap();
    // The same invitation works once its maker is active again: the refusal was
    // about the maker, not the link.
    assert_eq!(accept_invitation(&app, &token), (Status::Ok, Status::Ok));
}

/// Changes a person's roles and languages from the staff page of `client`.
fn update_roles(
    client: &Client,
    staff_id: i64,
    roles: &[&str],
    languages: &[&str],
) -> (Status, String) {
    let page = client
        .get("/staff/admin/staff")
        .dispatch()
        .into_string()
        .unwrap();
    let csrf = TestApp::csrf_from(&page);
    let id = staff_id.to_string();
    let mut fields = vec![
        ("csrf", csrf.as_str()),
        ("do", "update"),
        ("staff", id.as_str()),
    ];
    for role in roles {
        fields.push(("roles", role));
    }
    for language in languages {
        fields.push(("languages", language));
    }
    let res = client
        .post("/staff/admin/staff")
        .header(ContentType::Form)
        .body(form(&fields))
        .dispatch();
    let status = res.status();
    (
        status,
        follow(client, res).into_string().unwrap_or_default(),
    )
}

fn roles_of(app: &TestApp, name: &str) -> (i64, String) {
    staff::table
        .filter(staff::name.eq(name))
        .select((staff::id, staff::role))
        .first(&mut app.env.connect())
        .unwrap()
}

/// An admin cannot give themselves another role (or take one away): another
/// admin must, and the refused attempt is in the staff audit log. Their own
/// languages they may change.
#[test]
fn nobody_changes_their_own_roles() {
    let app = TestApp::new();
    app.create_admin();
    app.add_staff("Second Admin", Role::Admin, PASS);
    assert_eq!(
        app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE).status(),
        Status::SeeOther
    );
    let (me, before) = roles_of(&app, ADMIN_NAME);
    let (status, page) = update_roles(&app.client, me, &["admin", "moderator"], &["vi"]);
    assert_eq!(status, Status::UnprocessableEntity);
    assert!(page.contains("Ask another admin"), "{page}");
    assert_eq!(
        roles_of(&app, ADMIN_NAME).1,
        before,
        "the roles are unchanged"
    );
    let refused: Vec<String> = staff_events::table
        .filter(staff_events::action.eq("own_roles_refused"))
        .select(staff_events::detail)
        .load(&mut app.env.connect())
        .unwrap();
    assert_eq!(refused.len(), 1, "the attempt is audited");
    assert!(refused[0].contains("moderator"), "{refused:?}");
    // The same roles with other languages: allowed.
    let (status, _) = update_roles(&app.client, me, &["admin"], &["ar", "fa"]);
    assert_eq!(status, Status::SeeOther);
    // Another admin may give the first one the moderator role.
    let second = Client::tracked(voices::try_build(app.env.config.clone()).unwrap()).unwrap();
    assert_eq!(
        common::sign_in_with(&second, "Second Admin", PASS),
        Status::SeeOther
    );
    let (status, _) = update_roles(&second, me, &["admin", "moderator"], &["vi"]);
    assert_eq!(status, Status::SeeOther);
    let after = roles_of(&app, ADMIN_NAME).1;
    assert!(after.contains("moderator"), "{after}");
    let updated: i64 = staff_events::table
        .filter(staff_events::action.eq("staff_updated"))
        .count()
        .get_result(&mut app.env.connect())
        .unwrap();
    assert_eq!(updated, 2, "each change is audited");
}

/// Staff forms read at most 64 KiB, the forms before sign-in too; only the item
/// form, which carries an edited version of a story, reads more (320 KiB).
/// Anything longer is a clear error, never a form read in part.
#[test]
fn staff_forms_stop_at_64_kib_and_only_the_item_form_reads_an_edit() {
    let app = TestApp::new();
    team(&app);
    let (id, _) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);
    assert_eq!(act(&app, &mo, id, "claim", &[]).status(), Status::SeeOther);
    let too_long = "What you sent is too long";

    // 70 KiB on the preferences form.
    let padding = "x".repeat(70 * 1024);
    let res = mo
        .post("/staff/preferences")
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf_of(&mo)),
            ("language", "ar"),
            ("padding", &padding),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(res.into_string().unwrap().contains(too_long));
    let ui: Option<String> = staff::table
        .filter(staff::name.eq(MO))
        .select(staff::ui_language)
        .first(&mut app.env.connect())
        .unwrap();
    assert_eq!(ui, None, "nothing was changed");
    // The same form under the cap works.
    let res = mo
        .post("/staff/preferences")
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf_of(&mo)),
            ("language", "en"),
            ("padding", &"x".repeat(60 * 1024)),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther);

    // The item form reads a 180 KB message whole (it is then refused for its
    // length, not cut), and stops at 320 KiB.
    let res = act(
        &app,
        &mo,
        id,
        "message",
        &[("message", &"ạ".repeat(20_000))],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(body.contains("This message is too long") && !body.contains(too_long));
    let res = act(
        &app,
        &mo,
        id,
        "message",
        &[("message", &"x".repeat(330 * 1024))],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);

    // Before sign-in: an invitation's form.
    assert_eq!(
        app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE).status(),
        Status::SeeOther
    );
    let token = common::invite(&app, "Padded Person", "moderator");
    let visitor = Client::tracked(voices::try_build(app.env.config.clone()).unwrap()).unwrap();
    let page = visitor.get(format!("/staff/invite/{token}")).dispatch();
    let csrf = TestApp::csrf_from(&page.into_string().unwrap());
    let res = visitor
        .post(format!("/staff/invite/{token}"))
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("passphrase", PASS),
            ("confirm", PASS),
            ("padding", &padding),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::PayloadTooLarge);
    assert!(res.into_string().unwrap().contains(too_long));
    assert_eq!(invitations_left(&app), 1, "the invitation is not spent");
}

#[test]
fn two_nodes_run_the_retention_job_once_per_turn() {
    let app = TestApp::new();
    let key =
        voices::crypto::AuditKey::from_pepper(&app.env.config.secrets().unwrap().receipt_pepper);
    let policy = app.env.config.retention.clone();
    let mut a = app.env.connect();
    let mut b = app.env.connect();
    let first = voices::app::retention::run_if_leased(&mut a, "node-a", &policy, &key).unwrap();
    let second = voices::app::retention::run_if_leased(&mut b, "node-b", &policy, &key).unwrap();
    assert!(first.is_some(), "the first node runs");
    assert!(second.is_none(), "the second node waits for the next turn");
    // The same node may run again within its own lease.
    assert!(
        voices::app::retention::run_if_leased(&mut a, "node-a", &policy, &key)
            .unwrap()
            .is_some()
    );
}

#[test]
fn declined_words_are_destroyed_after_the_keeping_time() {
    let app = TestApp::new();
    team(&app);
    let (id, code) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);
    act(&app, &mo, id, "claim", &[]);
    act(&app, &mo, id, "decline", &[("reason", "duplicate")]);
    let key =
        voices::crypto::AuditKey::from_pepper(&app.env.config.secrets().unwrap().receipt_pepper);
    let mut conn = app.env.connect();
    // Not yet: decided today.
    let purged = voices::app::retention::run(&mut conn, &app.env.config.retention, &key).unwrap();
    assert_eq!(purged.declined_shredded, 0);
    diesel::update(submissions::table.filter(submissions::id.eq(id)))
        .set(submissions::changed_on.eq("2020-01-01"))
        .execute(&mut conn)
        .unwrap();
    let purged = voices::app::retention::run(&mut conn, &app.env.config.retention, &key).unwrap();
    assert_eq!(purged.declined_shredded, 1);
    let payload: Option<Vec<u8>> = submissions::table
        .filter(submissions::id.eq(id))
        .select(submissions::payload)
        .first(&mut conn)
        .unwrap();
    assert!(payload.is_none());
    let (status, page) = survivor_post(&app, "/vi/receipt", &[("code", &code)]);
    assert_eq!(status, Status::Ok, "the code still answers");
    assert!(!page.contains("07700"));
}

#[test]
fn an_item_is_handed_only_to_a_colleague_who_reads_its_language() {
    let app = TestApp::new();
    team(&app);
    app.add_staff("Pat Practitioner", Role::Practitioner, PASS);
    set_languages(&app, "Pat Practitioner", "vi");
    app.add_staff("Omar Moderator", Role::Moderator, PASS);
    set_languages(&app, "Omar Moderator", "ar");
    let (id, _) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);
    act(&app, &mo, id, "claim", &[]);
    let page = mo
        .get(format!("/staff/items/{id}"))
        .dispatch()
        .into_string()
        .unwrap();
    let id_of = |name: &str| -> String {
        let mut conn = app.env.connect();
        staff::table
            .filter(staff::name.eq(name))
            .select(staff::id)
            .first::<i64>(&mut conn)
            .unwrap()
            .to_string()
    };
    assert!(
        page.contains(MAI) && page.contains(LEAD),
        "colleagues who read Vietnamese"
    );
    assert!(!page.contains("Omar Moderator") && !page.contains("Pat Practitioner"));
    for other in ["Omar Moderator", "Pat Practitioner"] {
        let res = act(&app, &mo, id, "hand_off", &[("to", &id_of(other))]);
        assert_eq!(res.status(), Status::UnprocessableEntity, "{other}");
    }
    let res = act(&app, &mo, id, "hand_off", &[("to", &id_of(MAI))]);
    assert_eq!(res.status(), Status::SeeOther);
    let mai = browser(&app, MAI, PASS);
    assert_eq!(
        mai.get(format!("/staff/items/{id}/read"))
            .dispatch()
            .status(),
        Status::Ok
    );
    assert_eq!(
        act(&app, &mo, id, "release", &[]).status(),
        Status::Conflict
    );
}

#[test]
fn an_urgent_story_sorts_first_before_anyone_has_read_it() {
    let app = TestApp::new();
    team(&app);
    let (calm_en, _) = app.share(
        "en",
        "They moved me to a new placement and nobody asked me.",
    );
    let (calm_ar, _) = app.share("ar", "لم يستمع إلي أحد في المدرسة.");
    let (urgent, _) = app.share(
        "en",
        "They know where I live and I am not safe here tonight.",
    );
    let (calm_vi, _) = app.share("vi", "Không ai hỏi tôi muốn gì.");
    {
        let mut conn = app.env.connect();
        let level: i64 = submissions::table
            .filter(submissions::id.eq(urgent))
            .select(submissions::priority)
            .first(&mut conn)
            .unwrap();
        assert_eq!(level, 2, "the level is found at intake");
        // Only the level: nothing else about the words is in the row in clear.
        assert!(!common::contains(
            &app.env.stored_bytes(),
            b"know where I live"
        ));
    }
    let mo = browser(&app, MO, PASS);
    let queue = mo.get("/staff/queue").dispatch().into_string().unwrap();
    let order: Vec<i64> = regex::Regex::new(r#"href="/staff/items/(\d+)""#)
        .unwrap()
        .captures_iter(&queue)
        .map(|c| c[1].parse().unwrap())
        .collect();
    // Urgent first; then the languages Mo reads (vi, en), oldest first; then the rest.
    assert_eq!(order, [urgent, calm_en, calm_vi, calm_ar]);
    // The lead's view lists it too; the queue filtered to urgent shows it alone.
    let lead = browser(&app, LEAD, PASS);
    let view = lead
        .get("/staff/safeguarding")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(view.contains(&format!("/staff/items/{urgent}")));
    let urgent_only = mo
        .get("/staff/queue?level=urgent")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(urgent_only.contains(&format!("/staff/items/{urgent}")));
    assert!(!urgent_only.contains(&format!("/staff/items/{calm_en}")));
}

#[test]
fn queue_pages_follow_the_same_order_across_levels_and_languages() {
    use voices::storage::submissions::{queue, Counted, QueueQuery};
    let app = TestApp::new();
    // Straight into storage: 60 items over three levels and four languages.
    let languages = ["vi", "ar", "en", "ti"];
    let mut conn = app.env.connect();
    for i in 0..60i64 {
        let row = voices::storage::submissions::NewSubmission {
            receipt_hash: voices::crypto::random_bytes(32),
            kind: "story".into(),
            language: languages[i as usize % 4].into(),
            state: "received".into(),
            received_on: "2026-12-01".into(),
            org_sealed_key: None,
            receipt_wrapped_key: None,
            payload: None,
            org_key_id: None,
            priority: [0, 1, 2][(i as usize / 4) % 3],
            changed_on: None,
            data_key_era: None,
            queue_group: 0,
        };
        diesel::insert_into(submissions::table)
            .values(&row)
            .execute(&mut conn)
            .unwrap();
    }
    let query = |offset, limit| QueueQuery {
        groups: vec![0],
        preferred_languages: vec!["ar".into(), "ti".into()],
        offset,
        limit,
        ..QueueQuery::default()
    };
    let (all, total) = queue(&mut conn, &query(0, 100)).unwrap();
    assert_eq!(
        total,
        Counted {
            total: 60,
            more: false
        }
    );
    let key = |r: &voices::storage::submissions::QueueRow| {
        (
            -r.priority,
            i64::from(!["ar", "ti"].contains(&r.language.as_str())),
            r.id,
        )
    };
    let mut sorted = all.clone();
    sorted.sort_by_key(key);
    assert_eq!(
        all.iter().map(|r| r.id).collect::<Vec<_>>(),
        sorted.iter().map(|r| r.id).collect::<Vec<_>>()
    );
    // Pages of 7 put together are the same list.
    let mut paged = Vec::new();
    for page in 0..9 {
        let (rows, _) = queue(&mut conn, &query(page * 7, 7)).unwrap();
        paged.extend(rows.into_iter().map(|r| r.id));
    }
    assert_eq!(paged, all.iter().map(|r| r.id).collect::<Vec<_>>());
}

#[test]
fn stories_pages_by_theme_and_language_are_newest_first_and_counted() {
    use voices::storage::published::{self, NewStory};
    let app = TestApp::new();
    let mut conn = app.env.connect();
    let mut made = Vec::new();
    for i in 0..30 {
        let language = ["vi", "ar", "en"][i % 3];
        let themes: Vec<String> = if i % 2 == 0 {
            vec!["not_believed".into(), "education".into()]
        } else {
            vec!["education".into()]
        };
        let id = published::insert(
            &mut conn,
            &NewStory {
                language,
                kind: "story",
                month: "2026-11",
                content_warnings: "",
                body: &format!("story {i}"),
            },
            &themes,
        )
        .unwrap();
        made.push((id, language, themes));
    }
    let expect = |language: Option<&str>, theme: Option<&str>| -> Vec<i64> {
        let mut ids: Vec<i64> = made
            .iter()
            .filter(|(_, l, t)| {
                language.is_none_or(|x| x == *l) && theme.is_none_or(|x| t.iter().any(|k| k == x))
            })
            .map(|(id, _, _)| *id)
            .collect();
        ids.sort_unstable_by(|a, b| b.cmp(a));
        ids
    };
    for language in [None, Some("vi"), Some("ar")] {
        for theme in [None, Some("not_believed"), Some("education")] {
            let want = expect(language, theme);
            let mut got = Vec::new();
            for page in 0..8 {
                let (rows, total) =
                    published::page(&mut conn, language, theme, page * 4, 4).unwrap();
                assert_eq!(total.total, want.len() as i64, "{language:?} {theme:?}");
                assert!(!total.more);
                got.extend(rows.into_iter().map(|r| r.id));
            }
            assert_eq!(got, want, "{language:?} {theme:?}");
        }
    }
    // Removing a story removes it from every list.
    let (first, _, _) = made[0].clone();
    assert!(published::delete(&mut conn, first).unwrap());
    let (_, total) = published::page(&mut conn, None, Some("not_believed"), 0, 100).unwrap();
    assert_eq!(total.total, 14);
}

#[test]
fn long_lists_are_counted_up_to_a_bound_and_every_page_stays_reachable() {
    use voices::storage::submissions::{queue, Counted, QueueQuery, EXACT_COUNT_UP_TO};
    let app = TestApp::new();
    team(&app);
    let many = EXACT_COUNT_UP_TO + 30;
    {
        let mut conn = app.env.connect();
        let rows: Vec<_> = (0..many)
            .map(|i| voices::storage::submissions::NewSubmission {
                receipt_hash: voices::crypto::random_bytes(32),
                kind: "story".into(),
                language: ["vi", "en"][i as usize % 2].into(),
                state: "received".into(),
                received_on: "2026-12-01".into(),
                org_sealed_key: None,
                receipt_wrapped_key: None,
                payload: None,
                org_key_id: None,
                priority: i64::from(i < 5) * 2,
                changed_on: None,
                data_key_era: None,
                queue_group: 0,
            })
            .collect();
        conn.transaction::<_, diesel::result::Error, _>(|conn| {
            for row in &rows {
                diesel::insert_into(submissions::table)
                    .values(row)
                    .execute(conn)?;
            }
            Ok(())
        })
        .unwrap();
        let query = |offset, limit| QueueQuery {
            groups: vec![0],
            offset,
            limit,
            ..QueueQuery::default()
        };
        // The first page: "more than 1000".
        let (rows, count) = queue(&mut conn, &query(0, 20)).unwrap();
        assert_eq!(rows.len(), 20);
        assert_eq!(
            count,
            Counted {
                total: EXACT_COUNT_UP_TO,
                more: true
            }
        );
        assert_eq!(count.pages(20), EXACT_COUNT_UP_TO / 20);
        // The last page, past the bound: counted exactly, and the rows are there.
        let (rows, count) = queue(&mut conn, &query(EXACT_COUNT_UP_TO + 20, 20)).unwrap();
        assert_eq!(rows.len(), 10);
        assert_eq!(
            count,
            Counted {
                total: many,
                more: false
            }
        );
        // A short list is exact: the five urgent ones.
        let (_, count) = queue(
            &mut conn,
            &QueueQuery {
                priority: Some(2),
                ..query(0, 20)
            },
        )
        .unwrap();
        assert_eq!(
            count,
            Counted {
                total: 5,
                more: false
            }
        );
    }
    // What a moderator sees: "1000+" items and a next page past the counted ones.
    // (Fluent wraps each argument in Unicode isolation marks.)
    let plain = |page: &str| page.replace(['\u{2068}', '\u{2069}'], "");
    let size = voices::app::moderation::PAGE_SIZE;
    let counted_pages = EXACT_COUNT_UP_TO / size;
    let mo = browser(&app, MO, PASS);
    let first = plain(&mo.get("/staff/queue").dispatch().into_string().unwrap());
    assert!(first.contains(&format!("{EXACT_COUNT_UP_TO}+ items")));
    assert!(first.contains(&format!("Page 1 of {counted_pages}+")));
    let deep = mo
        .get(format!("/staff/queue?page={counted_pages}"))
        .dispatch()
        .into_string()
        .unwrap();
    assert!(
        deep.contains(&format!("page={}", counted_pages + 1)),
        "a next page"
    );
    let last = (many + size - 1) / size;
    let end = plain(
        &mo.get(format!("/staff/queue?page={last}"))
            .dispatch()
            .into_string()
            .unwrap(),
    );
    assert!(
        end.contains(&format!("{many} items")),
        "exact count on the last page"
    );
    assert!(end.contains(&format!("Page {last} of {last}<")));
    assert!(
        !end.contains(&format!("page={}", last + 1)),
        "no page after the last"
    );
}

/// The statuses of an item's edited versions, oldest first.
fn proposal_statuses(app: &TestApp, id: i64) -> Vec<String> {
    use voices::storage::schema::proposals;
    proposals::table
        .filter(proposals::submission_id.eq(id))
        .order(proposals::id)
        .select(proposals::status)
        .load(&mut app.env.connect())
        .unwrap()
}

fn survivor_event_count(app: &TestApp) -> i64 {
    survivor_events::table
        .count()
        .get_result(&mut app.env.connect())
        .unwrap()
}

/// The translation of `id` in `lang`'s file, as the page shows it.
fn translated(lang: &str, id: &str) -> String {
    let file = std::fs::read_to_string(format!("locales/{lang}/main.ftl")).unwrap();
    file.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{id} in {lang}"))
        .to_owned()
}

/// A survivor's page shows edited version 1; the team then replaces it with
/// version 2. An answer sent from the old page (approve, ask for changes or
/// refuse) decides nothing: the survivor sees, in their language, that the text
/// changed, with version 2 and its forms, and what they typed is kept. Only an
/// answer from a page that showed version 2 approves version 2.
#[test]
fn an_answer_from_a_page_showing_an_older_version_decides_nothing() {
    // More receipt look-ups than a minute's allowance.
    let app = TestApp::with(|c| c.limits.enabled = false);
    team(&app);
    let (id, code) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);
    act(&app, &mo, id, "claim", &[]);
    complete_review(&app, &mo, id, &[]);
    let first = "Tôi tên là [tên]. Họ bắt tôi làm việc ở tiệm nail.";
    act(&app, &mo, id, "propose", &[("edit", first)]);
    let (_, page) = survivor_post(&app, "/vi/receipt", &[("code", &code)]);
    assert!(page.contains("[tên]. Họ bắt tôi làm việc ở tiệm nail."));
    let stale = common::shown_edit_in(&page).expect("the answer forms carry what was shown");
    assert_eq!(
        page.matches(&format!(r#"name="shown" value="{stale}""#))
            .count(),
        3,
        "approve, ask for changes and refuse each carry it"
    );

    // Meanwhile the team takes it back and sends another version.
    assert_eq!(
        act(&app, &mo, id, "take_back", &[]).status(),
        Status::SeeOther
    );
    let second = "Họ bắt tôi làm việc ở [nơi làm việc] mà không trả lương.";
    assert_eq!(
        act(&app, &mo, id, "propose", &[("edit", second)]).status(),
        Status::SeeOther
    );
    assert_eq!(proposal_statuses(&app, id), ["superseded", "pending"]);
    let events = survivor_event_count(&app);

    // The old page's answers, and one that carries no tag at all.
    let kept = "Xin giữ tên thành phố của tôi.";
    for (answer, shown, message) in [
        ("approve", stale.as_str(), ""),
        ("changes", stale.as_str(), kept),
        ("refuse", stale.as_str(), ""),
        ("approve", "", ""),
    ] {
        let mut fields = vec![("code", code.as_str()), ("do", answer)];
        if !shown.is_empty() {
            fields.push(("shown", shown));
        }
        if !message.is_empty() {
            fields.push(("message", message));
        }
        let (status, page) = survivor_post(&app, "/vi/receipt/respond", &fields);
        assert_eq!(status, Status::Conflict, "{answer} from the old page");
        assert!(
            page.contains(&translated("vi", "error-edit-changed")),
            "{answer}: the page says the text changed"
        );
        assert!(
            page.contains("[nơi làm việc] mà không trả lương."),
            "{answer}: the new version"
        );
        let fresh = common::shown_edit_in(&page).expect("the forms again");
        assert_ne!(fresh, stale, "{answer}: the forms carry the new version");
        assert!(page.contains(message), "{answer}: what they typed is kept");
        assert_eq!(state_of(&app, id), "awaiting_survivor", "{answer}");
        assert_eq!(
            proposal_statuses(&app, id),
            ["superseded", "pending"],
            "{answer}"
        );
        assert_eq!(
            survivor_event_count(&app),
            events,
            "{answer}: nothing recorded"
        );
    }
    let (_, receipt) = survivor_post(&app, "/vi/receipt", &[("code", &code)]);
    assert!(
        !receipt.contains(kept),
        "the request for changes was not sent"
    );

    // In every language, the same calm page.
    for lang in ["en", "vi", "ar", "sq", "ro", "ti", "fa", "ps"] {
        let (status, page) = survivor_post(
            &app,
            &format!("/{lang}/receipt/respond"),
            &[("code", &code), ("do", "approve"), ("shown", &stale)],
        );
        assert_eq!(status, Status::Conflict, "{lang}");
        assert!(
            page.contains(&translated(lang, "error-edit-changed")),
            "{lang}: the notice in the survivor's language"
        );
    }
    assert_eq!(state_of(&app, id), "awaiting_survivor");

    // An answer from a page that showed the second version approves it.
    assert_eq!(app.answer_shown_edit("vi", &code, "approve"), Status::Ok);
    assert_eq!(state_of(&app, id), "approved");
    assert_eq!(proposal_statuses(&app, id), ["superseded", "approved"]);
}

/// How someone with write access to the database would hide an edit: hash
/// every event of the edited one's chain from the edited one (id `from`) to
/// the end again with `linker`, and move the chain's head to the new last hash.
fn rewrite_chain(
    conn: &mut voices::storage::DbConnection,
    chain: voices::storage::events::Chain,
    from: i64,
    linker: voices::storage::events::Linker<'_>,
) {
    use voices::storage::events::{self, Chain};
    use voices::storage::schema::audit_heads;
    // The chain's head's name, and (position, id, hashed fields, stored hash)
    // of every event of the chain, oldest first.
    type Chained = (i64, i64, Vec<Vec<u8>>, Vec<u8>);
    let (name, chained): (String, Vec<Chained>) = match chain {
        Chain::Staff => (
            chain.as_str().to_owned(),
            events::staff_after(conn, 0, 10_000)
                .unwrap()
                .into_iter()
                .map(|e| (e.id, e.id, events::staff_fields(&e), e.hash))
                .collect(),
        ),
        Chain::Survivor => {
            let name: String = survivor_events::table
                .filter(survivor_events::id.eq(from))
                .select(survivor_events::chain)
                .first(conn)
                .unwrap();
            let rows = events::survivor_chain_after(conn, &name, 0, 10_000)
                .unwrap()
                .into_iter()
                .map(|e| (e.position, e.id, events::survivor_fields(&e), e.hash))
                .collect();
            (name, rows)
        }
    };
    let from_position = chained
        .iter()
        .find(|(_, id, _, _)| *id == from)
        .map(|(position, _, _, _)| *position)
        .expect("the edited event is in its chain");
    let mut prev = vec![0u8; 32];
    for (position, id, fields, stored) in chained {
        if position < from_position {
            prev = stored;
            continue;
        }
        let hash = events::link(linker, &prev, &fields);
        match chain {
            Chain::Staff => diesel::update(staff_events::table.filter(staff_events::id.eq(id)))
                .set((
                    staff_events::prev_hash.eq(&prev),
                    staff_events::hash.eq(&hash),
                ))
                .execute(conn),
            Chain::Survivor => {
                diesel::update(survivor_events::table.filter(survivor_events::id.eq(id)))
                    .set((
                        survivor_events::prev_hash.eq(&prev),
                        survivor_events::hash.eq(&hash),
                    ))
                    .execute(conn)
            }
        }
        .unwrap();
        prev = hash;
    }
    diesel::update(audit_heads::table.filter(audit_heads::chain.eq(&name)))
        .set(audit_heads::last_hash.eq(&prev))
        .execute(conn)
        .unwrap();
}

/// BLAKE2b without a key over the same framing the chain uses: what someone
/// who has the database and the source, but not `secrets.toml`, would compute.
fn unkeyed_link(prev: &[u8], fields: &[&[u8]]) -> Vec<u8> {
    let mut framed = Vec::new();
    for part in std::iter::once(prev).chain(fields.iter().copied()) {
        framed.extend_from_slice(&(part.len() as u64).to_be_bytes());
        framed.extend_from_slice(part);
    }
    voices::crypto::content_hash(&framed).to_vec()
}

/// The survivor chain is checked like the staff chain: an edited event is
/// named, by `voices audit verify` too. And the key is what makes the chains
/// hold: an edit whose hashes are all computed again, with no key or with the
/// wrong one, is still found on either chain; only the key from
/// `secrets.toml` makes a rewrite pass (which the threat model says).
#[test]
fn the_survivor_chain_names_an_edit_and_only_the_key_can_rewrite_a_chain() {
    use voices::storage::events::Chain;
    let app = TestApp::with(|c| c.limits.enabled = false);
    team(&app);
    let (kept, kept_code) = app.share("vi", STORY);
    let (_, gone_code) = app.share("vi", "Một câu chuyện khác.");
    let (status, _) = survivor_post(
        &app,
        "/vi/receipt/consent",
        &[
            ("code", &kept_code),
            ("consent_use", "team_only"),
            ("quotes", "no"),
        ],
    );
    assert_eq!(status, Status::Ok);
    survivor_post(
        &app,
        "/vi/receipt/withdraw",
        &[("code", &gone_code), ("confirm", "yes")],
    );
    let mo = browser(&app, MO, PASS);
    act(&app, &mo, kept, "claim", &[]);
    act(&app, &mo, kept, "release", &[]);

    let pepper = app.env.config.secrets().unwrap().receipt_pepper;
    let key = voices::crypto::AuditKey::from_pepper(&pepper);
    let mut conn = app.env.connect();
    let whole = voices::app::audit::verify(&mut conn, &key).unwrap();
    assert_eq!(whole.first_break, None);
    assert!(whole.survivor_events >= 4, "{whole:?}");

    // Someone dates the consent change to another day.
    let (changed, day): (i64, String) = survivor_events::table
        .filter(survivor_events::action.eq("change_consent"))
        .select((survivor_events::id, survivor_events::day))
        .first(&mut conn)
        .unwrap();
    let edit = |conn: &mut voices::storage::DbConnection, to: &str| {
        diesel::update(survivor_events::table.filter(survivor_events::id.eq(changed)))
            .set(survivor_events::day.eq(to))
            .execute(conn)
            .unwrap();
    };
    edit(&mut conn, "2020-01-01");
    let broken = voices::app::audit::verify(&mut conn, &key)
        .unwrap()
        .first_break
        .expect("the edit is found");
    assert_eq!((broken.chain, broken.id), (Chain::Survivor, changed));
    let out = common::voices_command(&app.env, &["audit", "verify"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("survivor chain, event {changed}")),
        "{err}"
    );

    // Hashed again without the key, or with another installation's key: found.
    let other_key = voices::crypto::AuditKey::from_pepper(
        &voices::crypto::ReceiptPepper::from_bytes(&[7u8; 32]).unwrap(),
    );
    let wrong = move |prev: &[u8], fields: &[&[u8]]| other_key.link(prev, fields);
    for chain in [Chain::Survivor, Chain::Staff] {
        if chain == Chain::Staff {
            // The staff chain too: someone rewrites who took the claim.
            edit(&mut conn, &day);
            rewrite_chain(
                &mut conn,
                Chain::Survivor,
                changed,
                &|p: &[u8], f: &[&[u8]]| key.link(p, f),
            );
            diesel::update(staff_events::table.filter(staff_events::action.eq("claim")))
                .set(staff_events::detail.eq("from=received to=in_review claim=1"))
                .execute(&mut conn)
                .unwrap();
        }
        let first_edited = match chain {
            Chain::Survivor => changed,
            Chain::Staff => staff_events::table
                .filter(staff_events::action.eq("claim"))
                .select(staff_events::id)
                .first(&mut conn)
                .unwrap(),
        };
        for (how, linker) in [
            (
                "unkeyed",
                &unkeyed_link as voices::storage::events::Linker<'_>,
            ),
            ("wrongly keyed", &wrong),
        ] {
            rewrite_chain(&mut conn, chain, first_edited, linker);
            let found = voices::app::audit::verify(&mut conn, &key)
                .unwrap()
                .first_break
                .unwrap_or_else(|| panic!("an {how} rewrite of the {chain:?} chain passed"));
            assert_eq!(found.chain, chain, "{how}");
            assert_eq!(
                found.id, first_edited,
                "{how} rewrite of the {chain:?} chain"
            );
            assert_eq!(
                found.problem,
                "its content was changed after it was written"
            );
            assert!(!common::voices_command(&app.env, &["audit", "verify"])
                .status
                .success());
        }
        // The same rewrite with the installation's key passes: it is the key,
        // not the way of rewriting, that the check stands on.
        rewrite_chain(&mut conn, chain, first_edited, &|p: &[u8], f: &[&[u8]]| {
            key.link(p, f)
        });
        assert_eq!(
            voices::app::audit::verify(&mut conn, &key)
                .unwrap()
                .first_break,
            None,
            "{chain:?} chain rewritten with the key (event {first_edited} edited)"
        );
    }
}

/// With the two-person rule on, a first request for publication is for the
/// words and the consent it was made under: when the survivor changes their
/// consent (even keeping "publish"), or the team sends another version, two
/// people are needed again. Stored and read back on both databases.
#[test]
fn a_consent_change_or_a_new_version_needs_two_people_again() {
    let app = TestApp::with(|c| {
        c.moderation.two_person_publication = true;
        c.limits.enabled = false;
    });
    team(&app);
    let (id, code) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);
    let mai = browser(&app, MAI, PASS);
    act(&app, &mo, id, "claim", &[]);
    complete_review(&app, &mo, id, &[]);
    act(&app, &mo, id, "propose", &[("edit", "Phiên bản một.")]);
    assert_eq!(app.answer_shown_edit("vi", &code, "approve"), Status::Ok);
    let requested_by = |app: &TestApp| -> Option<i64> {
        submissions::table
            .filter(submissions::id.eq(id))
            .select(submissions::publish_requested_by)
            .first(&mut app.env.connect())
            .unwrap()
    };

    // Mo asks first; the survivor then takes back their yes to quotes.
    assert_eq!(
        act(&app, &mo, id, "publish", &[]).status(),
        Status::SeeOther
    );
    assert!(requested_by(&app).is_some());
    let (status, _) = survivor_post(
        &app,
        "/vi/receipt/consent",
        &[
            ("code", &code),
            ("consent_use", "publish"),
            ("quotes", "no"),
        ],
    );
    assert_eq!(status, Status::Ok);
    assert_eq!(
        requested_by(&app),
        None,
        "the consent change cleared Mo's request"
    );
    // So Mai's publication is now only the first of two.
    assert_eq!(
        act(&app, &mai, id, "publish", &[]).status(),
        Status::SeeOther
    );
    assert_eq!(state_of(&app, id), "approved");

    // Mo takes it back and sends another version, which the survivor approves.
    act(&app, &mo, id, "claim", &[]);
    act(&app, &mo, id, "propose", &[("edit", "Phiên bản hai.")]);
    assert_eq!(
        requested_by(&app),
        None,
        "the new version cleared Mai's request"
    );
    assert_eq!(app.answer_shown_edit("vi", &code, "approve"), Status::Ok);
    assert_eq!(
        act(&app, &mo, id, "publish", &[]).status(),
        Status::SeeOther
    );
    assert_eq!(
        state_of(&app, id),
        "approved",
        "one person is not enough for version two"
    );
    assert_eq!(
        act(&app, &mai, id, "publish", &[]).status(),
        Status::SeeOther
    );
    assert_eq!(state_of(&app, id), "published");
}

/// What the audit log says about items, in clear: the states before and after,
/// staff ids (a claim, the first of two publishers), a decline's reason key, and
/// a review's safeguarding level with counts. Never a theme, a warning, a word or
/// an answer. The threat model lists exactly these.
#[test]
fn item_events_hold_only_states_ids_reason_keys_levels_and_counts() {
    let app = TestApp::with(|c| {
        c.moderation.two_person_publication = true;
        c.limits.enabled = false;
    });
    team(&app);
    let mo = browser(&app, MO, PASS);
    let mai = browser(&app, MAI, PASS);
    // One item to publication by two people.
    let (published, code) = app.share("vi", STORY);
    act(&app, &mo, published, "claim", &[]);
    complete_review(
        &app,
        &mo,
        published,
        &["labour_exploitation", "not_believed"],
    );
    act(
        &app,
        &mo,
        published,
        "propose",
        &[("edit", "Họ bắt tôi làm việc.")],
    );
    assert_eq!(app.answer_shown_edit("vi", &code, "approve"), Status::Ok);
    act(&app, &mo, published, "publish", &[]);
    act(&app, &mai, published, "publish", &[]);
    assert_eq!(state_of(&app, published), "published");
    // One declined, with a second look asked for, and one escalated.
    let (declined, code) = app.share("vi", "Một câu chuyện khác.");
    act(&app, &mo, declined, "claim", &[]);
    act(
        &app,
        &mo,
        declined,
        "decline",
        &[("reason", "could_identify")],
    );
    survivor_post(
        &app,
        "/vi/receipt/respond",
        &[("code", &code), ("do", "second_look")],
    );
    let (escalated, _) = app.share("vi", "Câu chuyện thứ ba.");
    act(&app, &mo, escalated, "claim", &[]);
    let checklist = every_checklist_item(&app);
    let mut review: Vec<(&str, &str)> = checklist
        .iter()
        .map(|k| ("checklist", k.as_str()))
        .collect();
    review.extend([("level", "urgent"), ("themes", "going_missing")]);
    act(&app, &mo, escalated, "review", &review);

    let mut conn = app.env.connect();
    let staff: Vec<(Option<i64>, String)> = staff_events::table
        .select((staff_events::submission_id, staff_events::detail))
        .load(&mut conn)
        .unwrap();
    // Items' events: the start of a node's chain names no item (0).
    let survivor: Vec<String> = survivor_events::table
        .filter(survivor_events::submission_id.ne(0))
        .select(survivor_events::detail)
        .load(&mut conn)
        .unwrap();
    let details: Vec<&String> = staff
        .iter()
        .filter(|(item, _)| item.is_some())
        .map(|(_, d)| d)
        .chain(&survivor)
        .collect();
    let policy = voices::policy::Policy::load(&app.env.config.moderation_dir).unwrap();
    let number = regex::Regex::new(r"^\d+$").unwrap();
    let mut keys = std::collections::BTreeSet::new();
    for detail in &details {
        for token in detail.split_whitespace() {
            let (key, value) = token
                .split_once('=')
                .unwrap_or_else(|| panic!("{token} in {detail}"));
            let fine = match key {
                "from" | "to" => value.parse::<voices::domain::ModerationState>().is_ok(),
                "claim" | "first_of_two" | "themes" | "warnings" => number.is_match(value),
                "reason" => policy.decline_reason(value).is_some(),
                "level" => ["none", "concern", "urgent"].contains(&value),
                "checklist" => value
                    .split_once('/')
                    .is_some_and(|(a, b)| number.is_match(a) && number.is_match(b)),
                _ => false,
            };
            assert!(fine, "{token} in an item's event: {detail}");
            keys.insert(key);
        }
    }
    // Each kind the threat model names was met here.
    assert_eq!(
        keys.into_iter().collect::<Vec<_>>(),
        [
            "checklist",
            "claim",
            "first_of_two",
            "from",
            "level",
            "reason",
            "themes",
            "to",
            "warnings"
        ]
    );
    let all = details
        .iter()
        .map(|d| d.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    for secret in [
        "labour_exploitation",
        "going_missing",
        "exploitation_work",
        "Họ bắt",
    ] {
        assert!(!all.contains(secret), "{secret} in the audit log");
    }
}

/// The part of a queue page that lists items waiting too long, or "" if none.
fn waiting_section(page: &str) -> String {
    match page.find("id=\"waiting-too-long\"") {
        Some(at) => {
            let end = at + page[at..].find("</section>").unwrap();
            page[at..end].replace(['\u{2068}', '\u{2069}'], "")
        }
        None => String::new(),
    }
}

#[test]
fn an_item_nobody_opened_for_days_rises_to_the_top_as_waiting_too_long() {
    let app = TestApp::new();
    team(&app);
    // Calm words score "none", so this item sits below every urgent one.
    let (calm, _) = app.share("en", "I liked the football club and the food was good.");
    let (recent, _) = app.share("en", "The college course was fine, thank you.");
    let (urgent, _) = app.share("en", "They said they will kill me tonight.");
    let day = |days: u32| voices::app::today().minus_days(days).unwrap().to_string();
    {
        let mut conn = app.env.connect();
        for (id, received) in [(calm, day(5)), (recent, day(1)), (urgent, day(0))] {
            diesel::update(submissions::table.filter(submissions::id.eq(id)))
                .set(submissions::received_on.eq(received))
                .execute(&mut conn)
                .unwrap();
        }
    }
    let mo = browser(&app, MO, PASS);
    let page = mo.get("/staff/queue").dispatch().into_string().unwrap();
    let waiting = waiting_section(&page);
    assert!(
        waiting.contains(&format!("/staff/items/{calm}\"")),
        "{waiting}"
    );
    assert!(waiting.contains("waiting 5 days"), "{waiting}");
    assert!(
        !waiting.contains(&format!("/staff/items/{recent}\"")),
        "{waiting}"
    );
    assert!(
        !waiting.contains(&format!("/staff/items/{urgent}\"")),
        "{waiting}"
    );
    // Above the queue itself, where the urgent item still comes first.
    let section_at = page.find("id=\"waiting-too-long\"").unwrap();
    let table_at = page.find("<table").unwrap();
    assert!(section_at < table_at);

    // A filtered view or a later page shows the queue as asked.
    for path in [
        "/staff/queue?level=urgent",
        "/staff/queue?page=2",
        "/staff/queue?view=done",
    ] {
        let page = mo.get(path).dispatch().into_string().unwrap();
        assert!(waiting_section(&page).is_empty(), "{path}");
    }

    // Once someone has opened it, it no longer waits unread.
    {
        let mut conn = app.env.connect();
        diesel::update(submissions::table.filter(submissions::id.eq(calm)))
            .set(submissions::state.eq("in_review"))
            .execute(&mut conn)
            .unwrap();
    }
    let page = mo.get("/staff/queue").dispatch().into_string().unwrap();
    assert!(waiting_section(&page).is_empty());

    // The waiting time is a setting: with ten days, five is not too long.
    let app = TestApp::with(|c| c.moderation.waiting_too_long_days = 10);
    team(&app);
    let (calm, _) = app.share("en", "I liked the football club and the food was good.");
    {
        let mut conn = app.env.connect();
        diesel::update(submissions::table.filter(submissions::id.eq(calm)))
            .set(submissions::received_on.eq(day(5)))
            .execute(&mut conn)
            .unwrap();
    }
    let mo = browser(&app, MO, PASS);
    let page = mo.get("/staff/queue").dispatch().into_string().unwrap();
    assert!(waiting_section(&page).is_empty());
}

/// `count` items straight into storage, over every list, level and four
/// languages, many of them with equal keys (only the id tells them apart).
fn fill_queue(app: &TestApp, count: i64, received_on: &str) {
    let languages = ["vi", "ar", "en", "ti"];
    let mut conn = app.env.connect();
    for i in 0..count {
        let row = voices::storage::submissions::NewSubmission {
            receipt_hash: voices::crypto::random_bytes(32),
            kind: "story".into(),
            language: languages[i as usize % 4].into(),
            state: "received".into(),
            received_on: received_on.into(),
            org_sealed_key: None,
            receipt_wrapped_key: None,
            payload: None,
            org_key_id: None,
            priority: [0, 1, 2][(i as usize / 3) % 3],
            changed_on: None,
            data_key_era: None,
            queue_group: [0, 0, 1, 2][(i as usize / 5) % 4],
        };
        diesel::insert_into(submissions::table)
            .values(&row)
            .execute(&mut conn)
            .unwrap();
    }
}

#[test]
fn queue_pages_by_position_visit_every_item_once_in_order() {
    use voices::storage::submissions::{
        queue_page, QueueCursor, QueuePosition, QueueQuery, UnknownPosition,
    };
    let app = TestApp::new();
    fill_queue(&app, 83, "2026-12-01");
    let mut conn = app.env.connect();
    for (groups, preferred) in [
        (vec![], vec!["ar".to_owned(), "ti".to_owned()]),
        (vec![0], vec![]),
        (vec![0, 1], vec!["vi".to_owned()]),
    ] {
        let query = |cursor, limit| QueueQuery {
            groups: groups.clone(),
            preferred_languages: preferred.clone(),
            limit,
            cursor,
            ..QueueQuery::default()
        };
        let everything = queue_page(&mut conn, &query(None, 1_000)).unwrap().unwrap();
        let all: Vec<i64> = everything.rows.iter().map(|r| r.id).collect();
        assert!(all.len() > 20, "{groups:?}");
        assert!(!everything.more_after && everything.at_start);
        // Forwards, from the first page by the last item of each.
        let mut walked = Vec::new();
        let mut page = queue_page(&mut conn, &query(None, 7)).unwrap().unwrap();
        loop {
            assert!(page.rows.len() <= 7);
            walked.extend(page.rows.iter().map(|r| r.id));
            if !page.more_after {
                break;
            }
            let after = QueueCursor::After(page.last.unwrap());
            page = queue_page(&mut conn, &query(Some(after), 7))
                .unwrap()
                .unwrap();
        }
        assert_eq!(walked, all, "forwards, {groups:?} {preferred:?}");
        // Backwards, from the last page by the first item of each, to the start.
        let mut back: Vec<Vec<i64>> = vec![page.rows.iter().map(|r| r.id).collect()];
        let mut at = page.first.unwrap();
        loop {
            let page = queue_page(&mut conn, &query(Some(QueueCursor::Before(at)), 7))
                .unwrap()
                .unwrap();
            back.push(page.rows.iter().map(|r| r.id).collect());
            if page.at_start {
                assert!(!page.more_before);
                break;
            }
            assert_eq!(page.rows.len(), 7);
            at = page.first.unwrap();
        }
        back.reverse();
        let mut backwards: Vec<i64> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for ids in back {
            for id in ids {
                // The first page read again may overlap the second: a page
                // from the start is always a full one.
                if seen.insert(id) {
                    backwards.push(id);
                }
            }
        }
        assert_eq!(backwards, all, "backwards, {groups:?} {preferred:?}");
        // A position in a list this view does not show is refused.
        let elsewhere = QueuePosition {
            list: None,
            priority: 2,
            part: 0,
            id: all[0],
        };
        assert!(matches!(
            queue_page(&mut conn, &query(Some(QueueCursor::After(elsewhere)), 7)).unwrap(),
            Err(UnknownPosition)
        ));
    }
}

#[test]
fn queue_positions_read_back_only_what_they_wrote() {
    use voices::storage::submissions::QueuePosition;
    for p in [
        QueuePosition {
            list: Some(0),
            priority: 2,
            part: 1,
            id: 4711,
        },
        QueuePosition {
            list: None,
            priority: 0,
            part: 0,
            id: -3,
        },
    ] {
        assert_eq!(QueuePosition::parse(&p.token()), Some(p));
    }
    for garbage in [
        "",
        "zzz",
        "0.2.1",
        "0.2.1.x",
        "0.2.1.5.6",
        "9.2.1.5",
        "0.7.1.5",
        "0.2.2.5",
        "0.2.1.99999999999999999999",
        "<script>",
    ] {
        assert_eq!(QueuePosition::parse(garbage), None, "{garbage}");
    }
}

#[test]
fn queue_links_go_by_position_and_a_damaged_link_is_refused_kindly() {
    let app = TestApp::new();
    team(&app);
    let today = voices::app::today().to_string();
    fill_queue(&app, 64, &today);
    let items = regex::Regex::new(r#"href="/staff/items/(\d+)""#).unwrap();
    let next = regex::Regex::new(r#"href="([^"]*)" rel="next""#).unwrap();
    let prev = regex::Regex::new(r#"href="([^"]*)" rel="prev""#).unwrap();
    let mo = browser(&app, MO, PASS);
    let ids_of = |page: &str| -> Vec<i64> {
        let mut ids: Vec<i64> = Vec::new();
        for c in items.captures_iter(page) {
            let id: i64 = c[1].parse().unwrap();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    };
    let unescape = |href: &str| href.replace("&amp;", "&");
    let first = mo
        .get("/staff/queue?view=all")
        .dispatch()
        .into_string()
        .unwrap();
    let mut pages = vec![first];
    while let Some(link) = next
        .captures(pages.last().unwrap())
        .map(|c| unescape(&c[1]))
    {
        assert!(link.contains("after="), "{link}");
        assert!(pages.len() < 10, "the walk ends");
        let res = mo.get(link).dispatch();
        assert_eq!(res.status(), Status::Ok);
        pages.push(res.into_string().unwrap());
    }
    let size = voices::app::moderation::PAGE_SIZE as usize;
    assert_eq!(pages.len(), 64usize.div_ceil(size));
    let walked: Vec<i64> = pages.iter().flat_map(|p| ids_of(p)).collect();
    let mut unique = walked.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(walked.len(), 64, "every item once");
    assert_eq!(unique.len(), 64);
    // The same order as one long page by offset would give.
    let by_offset: Vec<i64> = (1..=pages.len())
        .flat_map(|n| {
            ids_of(
                &mo.get(format!("/staff/queue?view=all&page={n}"))
                    .dispatch()
                    .into_string()
                    .unwrap(),
            )
        })
        .collect();
    assert_eq!(walked, by_offset);
    // "Previous" from the last page gives the pages before it, back to the first.
    let plain = |page: &str| page.replace(['\u{2068}', '\u{2069}'], "");
    let mut page = pages.last().unwrap().clone();
    assert!(plain(&page).contains(&format!("Page {} of", pages.len())));
    for expected in pages.iter().rev().skip(1) {
        let link = unescape(&prev.captures(&page).expect("a previous link")[1]);
        page = mo.get(link).dispatch().into_string().unwrap();
        assert_eq!(ids_of(&page), ids_of(expected));
    }
    assert!(
        prev.captures(&page).is_none(),
        "nothing before the first page"
    );
    assert!(plain(&page).contains("Page 1 of"));
    // A damaged link: a clear message in the reader's language, never a 500.
    for bad in [
        "/staff/queue?after=zzz",
        "/staff/queue?before=0.2.0.x",
        "/staff/queue?after=9.9.9.9",
        "/staff/queue?after=0.2.0.1&before=0.2.0.1",
        "/staff/queue?view=declined&after=0.2.0.1",
    ] {
        let res = mo.get(bad).dispatch();
        assert_eq!(res.status(), Status::UnprocessableEntity, "{bad}");
        let body = res.into_string().unwrap();
        assert!(
            body.contains(&translated("en", "error-queue-link-invalid")),
            "{bad}: {body}"
        );
    }
}

/// The note after an action is named in the link (`?done=review`); a damaged or
/// hostile value is ignored, never echoed into the page or the redirect to the
/// item (bytes that are not UTF-8 once made that redirect a server error).
#[test]
fn an_unknown_done_in_an_item_link_is_ignored() {
    let app = TestApp::new();
    let id = common::share_story(&app, "en", "I want to tell my story.");
    let mo = common::staff::moderator(&app, "en");
    for done in [
        "%A9%E6%F9%05%DF%B8%36%60",
        "review%0d%0aLocation:%20x",
        "nothing",
    ] {
        // Not claimed yet: nothing to read, so the reading page sends them to the item.
        let res = mo
            .get(format!("/staff/items/{id}/read?done={done}"))
            .dispatch();
        assert_eq!(res.status(), Status::SeeOther, "{done}");
        assert_eq!(
            res.headers().get_one("Location"),
            Some(format!("/staff/items/{id}").as_str()),
            "{done}"
        );
        let res = mo.get(format!("/staff/items/{id}?done={done}")).dispatch();
        assert_eq!(res.status(), Status::Ok, "{done}");
    }
    // A known one is kept on the way.
    let res = mo
        .get(format!("/staff/items/{id}/read?done=review"))
        .dispatch();
    assert_eq!(
        res.headers().get_one("Location"),
        Some(format!("/staff/items/{id}?done=review").as_str())
    );
}
