//! Moderation as people walk it, through HTTP on SQLite and (with
//! TEST_DATABASE_URL) PostgreSQL: an approved item is published from its page
//! with one confirmation and a claim never undoes the survivor's approval; bulk
//! actions confirm first and never touch concern, urgent or unread items, and a
//! lead can bring back a declined item; the safeguarding list keeps every item
//! without a lead's note; the content warning names what is known; the
//! moderator's day (calm limits, sections, titles, forms); honest survivor words.

mod common;

use common::staff::{act, browser, csrf_of, state_of};
use common::{follow, form, TestApp, ADMIN_NAME, ADMIN_PASSPHRASE};
use diesel::prelude::*;
use rocket::http::{ContentType, Status};
use rocket::local::blocking::{Client, LocalResponse};
use voices::domain::Role;
use voices::storage::schema::{staff, submissions};

const PASS: &str = "a long shared test passphrase";
const MO: &str = "Mo Moderator";
const MAI: &str = "Mai Moderator";
const LEAD: &str = "Sam Safeguarding";
const PRAC: &str = "Pat Practitioner";

const STORY: &str = "Tôi tên là Thuỷ. Số điện thoại của tôi là 07700 900123. \
                     Họ bắt tôi làm việc ở tiệm nail mà không trả lương.";
const EDIT: &str = "Tôi tên là [tên]. Số điện thoại của tôi là [số điện thoại]. \
                    Họ bắt tôi làm việc ở tiệm nail mà không trả lương.";

fn team(app: &TestApp) {
    app.create_admin();
    app.add_staff(MO, Role::Moderator, PASS);
    app.add_staff(MAI, Role::Moderator, PASS);
    app.add_staff(LEAD, Role::SafeguardingLead, PASS);
    app.add_staff(PRAC, Role::Practitioner, PASS);
    let mut conn = app.env.connect();
    for name in [MO, MAI, LEAD] {
        diesel::update(staff::table.filter(staff::name.eq(name)))
            .set(staff::languages.eq("vi,en"))
            .execute(&mut conn)
            .unwrap();
    }
}

/// A page's HTML without Fluent's isolation marks around placeables.
fn plain(html: &str) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
}

fn page(client: &Client, path: &str) -> String {
    plain(
        &client
            .get(path.to_owned())
            .dispatch()
            .into_string()
            .unwrap(),
    )
}

fn location(res: &LocalResponse<'_>) -> String {
    res.headers().get_one("Location").unwrap_or("").to_owned()
}

fn checklist(app: &TestApp) -> Vec<String> {
    voices::policy::Policy::load(&app.env.config.moderation_dir)
        .unwrap()
        .checklist_keys()
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// Claims, reads and sends `EDIT`, with the checklist saved first or not; the
/// survivor approves it.
fn approved_item(app: &TestApp, mo: &Client, with_checklist: bool) -> (i64, String) {
    let (id, code) = app.share("vi", STORY);
    assert_eq!(act(app, mo, id, "claim", &[]).status(), Status::SeeOther);
    assert_eq!(
        mo.get(format!("/staff/items/{id}/read"))
            .dispatch()
            .status(),
        Status::Ok
    );
    if with_checklist {
        let keys = checklist(app);
        let mut fields: Vec<(&str, &str)> =
            keys.iter().map(|k| ("checklist", k.as_str())).collect();
        fields.push(("level", "none"));
        fields.push(("warnings", "exploitation_work"));
        assert_eq!(
            act(app, mo, id, "review", &fields).status(),
            Status::SeeOther
        );
    }
    assert_eq!(
        act(app, mo, id, "propose", &[("edit", EDIT)]).status(),
        Status::SeeOther
    );
    assert_eq!(app.answer_shown_edit("vi", &code, "approve"), Status::Ok);
    assert_eq!(state_of(app, id), "approved");
    (id, code)
}

#[test]
fn an_approved_item_offers_publish_and_a_claim_never_undoes_the_approval() {
    let app = TestApp::new();
    team(&app);
    let mo = browser(&app, MO, PASS);
    let (id, _) = approved_item(&app, &mo, true);

    // Another moderator opens it: publication is on offer, as a fact-backed
    // link to its confirmation, and the approval is stated, not asked.
    let mai = browser(&app, MAI, PASS);
    let item = page(&mai, &format!("/staff/items/{id}"));
    assert!(
        item.contains(&format!(r#"href="/staff/items/{id}/publish""#)),
        "{item}"
    );
    assert!(item.contains("The survivor said yes to these exact words on"));
    assert!(!item.contains("survivor_approved_wording"));

    // Taking it keeps it approved; publication is still offered to the holder,
    // and refused to anyone else while they hold it.
    assert_eq!(act(&app, &mai, id, "claim", &[]).status(), Status::SeeOther);
    assert_eq!(state_of(&app, id), "approved", "a claim keeps the approval");
    let held = page(&mai, &format!("/staff/items/{id}"));
    assert!(held.contains(&format!("/staff/items/{id}/publish")));
    assert!(!held.contains(">Take this item<"), "not offered once held");
    assert_eq!(
        act(&app, &mo, id, "publish", &[]).status(),
        Status::Conflict,
        "nobody publishes under a colleague's claim"
    );

    // The holder publishes: one confirmation, then the story is out.
    let confirm = page(&mai, &format!("/staff/items/{id}/publish"));
    assert!(
        confirm.contains("[tên]") && confirm.contains("tiệm nail"),
        "{confirm}"
    );
    assert!(confirm.contains("/vi/stories"), "where the words appear");
    assert!(!confirm.contains("07700"), "only the approved words");
    assert!(
        !confirm.contains(r#"name="checklist""#),
        "nothing left to confirm"
    );
    assert_eq!(
        act(&app, &mai, id, "publish", &[]).status(),
        Status::SeeOther
    );
    assert_eq!(state_of(&app, id), "published");
    assert!(page(&mai, "/vi/stories").contains("/vi/stories/"));
}

#[test]
fn the_confirmation_asks_only_for_what_is_left_of_the_checklist() {
    let app = TestApp::new();
    team(&app);
    let mo = browser(&app, MO, PASS);
    // The edited version went out before the checklist was saved.
    let (id, _) = approved_item(&app, &mo, false);
    let confirm = page(&mo, &format!("/staff/items/{id}/publish"));
    let keys = checklist(&app);
    for key in &keys {
        assert!(
            confirm.contains(&format!(r#"value="{key}""#)),
            "{key}: {confirm}"
        );
    }
    // Without the boxes: refused, nothing changes, and the words are shown again.
    let refused = act(&app, &mo, id, "publish", &[("checklist", &keys[0])]);
    assert_eq!(refused.status(), Status::Conflict);
    let body = plain(&refused.into_string().unwrap());
    assert!(
        body.contains("tiệm nail") && body.contains("error-summary"),
        "{body}"
    );
    assert!(
        body.contains(&format!(r#"value="{}" checked"#, keys[0])),
        "ticks kept"
    );
    assert_eq!(state_of(&app, id), "approved");
    // With them: published in the same step.
    let ticked: Vec<(&str, &str)> = keys.iter().map(|k| ("checklist", k.as_str())).collect();
    assert_eq!(
        act(&app, &mo, id, "publish", &ticked).status(),
        Status::SeeOther
    );
    assert_eq!(state_of(&app, id), "published");
    // An unknown key is refused.
    let (other, _) = approved_item(&app, &mo, false);
    assert_eq!(
        act(&app, &mo, other, "publish", &[("checklist", "made_up")]).status(),
        Status::UnprocessableEntity
    );
}

#[test]
fn after_saving_or_sending_the_moderator_is_back_in_their_section() {
    let app = TestApp::new();
    team(&app);
    let (id, _) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);
    // "Take this item and read it": one press, straight to the words.
    let item = page(&mo, &format!("/staff/items/{id}"));
    assert!(item.contains(r#"name="then" value="read""#), "{item}");
    let taken = act(&app, &mo, id, "claim", &[("then", "read")]);
    assert_eq!(
        location(&taken),
        format!("/staff/items/{id}/read?done=claim")
    );
    // Once held: "Keep it … more minutes", never "Take this item".
    let held = page(&mo, &format!("/staff/items/{id}"));
    assert!(held.contains("Keep it 30 more minutes"), "{held}");
    assert!(!held.contains(">Take this item"));

    let saved = act(&app, &mo, id, "review", &[("level", "none")]);
    assert_eq!(
        location(&saved),
        format!("/staff/items/{id}/read?done=review#review-heading")
    );
    let sent = act(&app, &mo, id, "message", &[("message", "Cảm ơn bạn.")]);
    assert_eq!(
        location(&sent),
        format!("/staff/items/{id}/read?done=message#messages-heading")
    );
    // The notice is in the section, not at the top of the page.
    let read = page(&mo, &format!("/staff/items/{id}/read?done=message"));
    let messages = read.find(r#"id="messages-heading""#).unwrap();
    let notice = read.find("notice success").expect("a notice");
    assert!(notice > messages, "the notice sits in the messages section");
}

/// Sets an item's safeguarding level directly (as intake would have).
fn set_priority(app: &TestApp, id: i64, rank: i64) {
    let mut conn = app.env.connect();
    diesel::update(submissions::table.filter(submissions::id.eq(id)))
        .set(submissions::priority.eq(rank))
        .execute(&mut conn)
        .unwrap();
}

#[test]
fn bulk_actions_confirm_first_and_never_touch_concern_urgent_or_unread_items() {
    let app = TestApp::new();
    team(&app);
    let (concern, _) = app.share("vi", "một câu chuyện có lo ngại");
    set_priority(&app, concern, 1);
    let (unread, _) = app.share("vi", "chưa ai đọc");
    let (read, _) = app.share("vi", "đã đọc rồi");
    let mo = browser(&app, MO, PASS);
    act(&app, &mo, read, "claim", &[]);
    assert_eq!(
        mo.get(format!("/staff/items/{read}/read"))
            .dispatch()
            .status(),
        Status::Ok
    );
    act(&app, &mo, read, "release", &[]);

    let csrf = csrf_of(&mo);
    let chosen = [concern, unread, read].map(|i| i.to_string());
    let mut fields = vec![("csrf", csrf.as_str()), ("bulk", "decline_spam")];
    fields.extend(chosen.iter().map(|i| ("item", i.as_str())));
    // First a confirmation page: what will happen, to how many, and what is left out.
    let res = mo
        .post("/staff/queue")
        .header(ContentType::Form)
        .body(form(&fields))
        .dispatch();
    assert_eq!(res.status(), Status::Ok);
    let confirm = plain(&res.into_string().unwrap());
    assert!(
        confirm.contains("This item will not be published"),
        "{confirm}"
    );
    assert!(confirm.contains("These 2 items are left out"), "{confirm}");
    assert!(confirm.contains("a safeguarding concern"));
    assert!(confirm.contains("nobody has read it yet"));
    assert!(confirm.contains("destroyed after 30 days"));
    for id in [concern, unread, read] {
        assert_eq!(state_of(&app, id), "received", "nothing happened yet");
    }
    // Confirming (even with every item posted back) declines only the read one.
    fields.push(("confirm", "yes"));
    let done = mo
        .post("/staff/queue")
        .header(ContentType::Form)
        .body(form(&fields))
        .dispatch();
    assert_eq!(location(&done), "/staff/queue?done=1&skipped=2");
    assert_eq!(state_of(&app, concern), "received");
    assert_eq!(state_of(&app, unread), "received");
    assert_eq!(state_of(&app, read), "declined");

    // Declined by mistake: a moderator cannot bring it back, a lead can.
    assert!(!page(&mo, &format!("/staff/items/{read}")).contains(r#"value="reopen""#));
    assert_eq!(
        act(&app, &mo, read, "reopen", &[]).status(),
        Status::Forbidden
    );
    let lead = browser(&app, LEAD, PASS);
    assert!(page(&lead, &format!("/staff/items/{read}")).contains(r#"value="reopen""#));
    assert_eq!(
        act(&app, &lead, read, "reopen", &[]).status(),
        Status::SeeOther
    );
    assert_eq!(state_of(&app, read), "received");
}

#[test]
fn the_safeguarding_list_keeps_every_item_until_a_lead_writes_a_note() {
    let app = TestApp::new();
    team(&app);
    let (urgent, _) = app.share("vi", STORY);
    set_priority(&app, urgent, 2);
    let (concern, code) = app.share("vi", STORY);
    set_priority(&app, concern, 1);
    let (plain, _) = app.share("vi", "Tôi muốn kể về trường học của tôi.");
    let mo = browser(&app, MO, PASS);
    // An edited version is sent for the concern: it stays on the list.
    act(&app, &mo, concern, "claim", &[]);
    mo.get(format!("/staff/items/{concern}/read")).dispatch();
    act(&app, &mo, concern, "propose", &[("edit", EDIT)]);
    assert_eq!(state_of(&app, concern), "awaiting_survivor");
    let lead = browser(&app, LEAD, PASS);
    let list = page(&lead, "/staff/safeguarding");
    for id in [urgent, concern] {
        assert!(
            list.contains(&format!("/staff/items/{id}\"")),
            "{id}: {list}"
        );
    }
    assert!(!list.contains(&format!("/staff/items/{plain}\"")));
    // Even approved and published it stays, until the lead records what was done.
    assert_eq!(app.answer_shown_edit("vi", &code, "approve"), Status::Ok);
    assert!(page(&lead, "/staff/safeguarding").contains(&format!("/staff/items/{concern}\"")));
    act(
        &app,
        &lead,
        concern,
        "note",
        &[("note", "Đã gọi điện cho trưởng nhóm.")],
    );
    let after = page(&lead, "/staff/safeguarding");
    assert!(
        !after.contains(&format!("/staff/items/{concern}\"")),
        "{after}"
    );
    assert!(after.contains(&format!("/staff/items/{urgent}\"")));
}

#[test]
fn the_content_warning_names_the_survivors_themes_and_suggested_warnings() {
    let app = TestApp::new();
    team(&app);
    let res = app.post_form(
        "/en/story",
        &[
            ("text", "They made me work in a nail bar for no pay."),
            ("theme", "labour_exploitation"),
            ("consent_use", "team_only"),
        ],
    );
    follow(&app.client, res);
    let id: i64 = {
        let mut conn = app.env.connect();
        submissions::table
            .select(diesel::dsl::max(submissions::id))
            .first::<Option<i64>>(&mut conn)
            .unwrap()
            .unwrap()
    };
    let mo = browser(&app, MO, PASS);
    let before = page(&mo, &format!("/staff/items/{id}"));
    let warning = &before[before
        .find(r#"id="cw-heading""#)
        .expect("a warning before the claim")..];
    let policy = voices::policy::Policy::load(&app.env.config.moderation_dir).unwrap();
    let en = voices::domain::Language::En;
    let theme = policy
        .themes
        .iter()
        .find(|t| t.key == "labour_exploitation")
        .unwrap()
        .label
        .get(en)
        .to_owned();
    let suggested = policy
        .content_warning("exploitation_work")
        .unwrap()
        .label
        .get(en)
        .to_owned();
    assert!(
        warning.contains(&format!("Themes the survivor chose: {theme}")),
        "{warning}"
    );
    assert!(
        warning.contains(&format!(
            "Suggested content warnings (from the themes): {suggested}"
        )),
        "{warning}"
    );
    assert!(!before.contains("nail bar"), "no words before reading");
}

#[test]
fn the_moderators_day_calm_limits_titles_and_navigation() {
    let app = TestApp::new();
    team(&app);
    assert_eq!(
        app.env.config.moderation.daily_cap,
        Some(20),
        "a default daily limit ships"
    );
    let admin = browser(&app, ADMIN_NAME, ADMIN_PASSPHRASE);
    let csrf = csrf_of(&admin);
    admin
        .post("/staff/admin/settings")
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("break_after", "1"),
            ("daily_cap", "2"),
        ]))
        .dispatch();
    let (first, _) = app.share("vi", "câu chuyện một");
    let (other, _) = app.share("vi", "câu chuyện ba");
    let (second, _) = app.share("vi", "câu chuyện hai");
    let mo = browser(&app, MO, PASS);
    act(&app, &mo, first, "claim", &[]);
    let read = page(&mo, &format!("/staff/items/{first}/read"));
    assert!(
        read.contains("please take a break"),
        "the break on the item page"
    );
    act(&app, &mo, other, "claim", &[]);
    page(&mo, &format!("/staff/items/{other}/read"));
    // The limit: a calm notice, no red error, and nothing new to take.
    let next = page(&mo, &format!("/staff/items/{second}"));
    assert!(next.contains("your daily limit") && next.contains("not offered to you today"));
    assert!(!next.contains(r#"value="claim""#), "{next}");
    assert!(!next.contains("error-summary"));
    let forced = act(&app, &mo, second, "claim", &[]);
    assert_eq!(forced.status(), Status::Conflict);
    assert!(!plain(&forced.into_string().unwrap()).contains("error-summary"));
    let queue = page(&mo, "/staff/queue");
    assert!(queue.contains("your daily limit"));

    // Staff titles name the page; survivor pages keep the neutral one.
    assert!(
        queue.contains("<title>Review queue – Voices</title>"),
        "{queue}"
    );
    assert!(page(&app.client, "/en/").contains("<title>Voices</title>"));
    // The audit log's scrolling table can be reached by keyboard.
    assert!(page(&admin, "/staff/audit").contains(r#"class="table-wrap" tabindex="0""#));

    // A practitioner reaches the digests and sees nothing meant for others.
    let prac = browser(&app, PRAC, PASS);
    let home = page(&prac, "/staff");
    assert!(home.contains(r#"href="/en/digests""#), "{home}");
    assert!(!home.contains("/staff/queue") && !home.contains(r#"id="languages""#));
    assert!(!home.contains("organisation-missing") && !home.contains("police-not-stated"));
    // The admin is told the police statement is not set.
    assert!(page(&admin, "/staff").contains(r#"id="police-not-stated""#));

    // The invitation form names every missing field at once.
    let csrf = csrf_of(&admin);
    let res = admin
        .post("/staff/admin/staff")
        .header(ContentType::Form)
        .body(form(&[("csrf", &csrf), ("do", "invite"), ("name", " ")]))
        .dispatch();
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = plain(&res.into_string().unwrap());
    assert!(
        body.contains("Please type a name.") && body.contains("Please choose at least one role."),
        "{body}"
    );
}

#[test]
fn survivor_pages_say_plainly_what_is_known() {
    let app = TestApp::new();
    let privacy = page(&app.client, "/en/privacy");
    assert!(privacy.contains("has not said yet when it would share information"));
    assert!(!privacy.contains("read the privacy notice"));
    let landing = page(&app.client, "/en/");
    assert!(!landing.contains("safe place"));
    assert!(landing.contains("Towns and cities usually stay"));
    // Back onto a spent receipt link: a calm notice and the way back in.
    let (_, code) = app.share("en", "shown once");
    let res = app.post_form("/en/receipt", &[("code", &code)]);
    let link = location(&res);
    app.client.get(link.clone()).dispatch();
    let again = app.client.get(link).dispatch();
    assert_eq!(again.status(), Status::Gone);
    let body = plain(&again.into_string().unwrap());
    assert!(body.contains(r#"id="link-closed""#) && body.contains(r#"id="code""#));
    assert!(!body.contains("error-summary") && !body.contains("aria-invalid"));
}

#[test]
fn staff_dates_are_readable_and_the_survivors_day_follows_the_teams() {
    let app = TestApp::new();
    team(&app);
    let (id, code) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);
    act(&app, &mo, id, "claim", &[]);
    mo.get(format!("/staff/items/{id}/read")).dispatch();
    act(&app, &mo, id, "propose", &[("edit", EDIT)]);
    assert_eq!(app.answer_shown_edit("vi", &code, "approve"), Status::Ok);
    let item = page(&mo, &format!("/staff/items/{id}"));
    let timeline = &item[item.find(r#"id="timeline-heading""#).unwrap()..];
    // "7 Dec 2026, 13:58 UTC" for the team, the day only for the survivor.
    let minute = regex::Regex::new(r#"<time class="date" datetime="\d{4}-\d\d-\d\dT\d\d:\d\dZ" dir="ltr">\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC</time>"#).unwrap();
    assert!(minute.is_match(timeline), "{timeline}");
    let propose = timeline.find("Sent an edited version").unwrap();
    let approve = timeline.find("Said yes").unwrap();
    assert!(
        approve > propose,
        "the survivor's day comes after the team's events"
    );
    // Arabic: a new item is "today", not "0 يوم".
    let lead = browser(&app, LEAD, PASS);
    let csrf = csrf_of(&lead);
    lead.post("/staff/preferences")
        .header(ContentType::Form)
        .body(form(&[("csrf", &csrf), ("language", "ar")]))
        .dispatch();
    let queue = page(&lead, "/staff/queue?view=all");
    assert!(
        queue.contains("اليوم") && !queue.contains("0 يوم"),
        "{queue}"
    );
}

#[test]
fn sending_the_edited_version_from_the_reading_page_saves_the_review_with_it() {
    let app = TestApp::new();
    team(&app);
    let (id, code) = app.share("vi", STORY);
    let mo = browser(&app, MO, PASS);
    act(&app, &mo, id, "claim", &[]);
    let read = page(&mo, &format!("/staff/items/{id}/read"));
    assert!(read.contains(r#"form="review-form""#), "one form for both");
    let keys = checklist(&app);
    let mut fields: Vec<(&str, &str)> = keys.iter().map(|k| ("checklist", k.as_str())).collect();
    fields.extend([("with_review", "1"), ("level", "concern"), ("edit", EDIT)]);
    let sent = act(&app, &mo, id, "propose", &fields);
    assert_eq!(sent.status(), Status::SeeOther);
    assert_eq!(state_of(&app, id), "awaiting_survivor");
    assert_eq!(app.answer_shown_edit("vi", &code, "approve"), Status::Ok);
    // The checklist went with it: the confirmation asks for nothing more.
    let confirm = page(&mo, &format!("/staff/items/{id}/publish"));
    assert!(!confirm.contains(r#"name="checklist""#), "{confirm}");
}
