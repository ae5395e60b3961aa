//! The receipt code is never in a URL or a form a browser would send again: each
//! receipt page is reached through a single-use link (the new-code page allows a
//! few reloads in its first minutes). Survivor forms refuse posts another site
//! makes a visitor's browser send, with the words kept. And a submission whose
//! data key predates the organisation key gets a fresh data key the next time its
//! survivor opens the receipt page.

mod common;

use common::{form, TestApp, ADMIN_NAME, ADMIN_PASSPHRASE};
use diesel::prelude::*;
use rocket::http::{ContentType, Header, Status};
use voices::crypto::{DataKey, SealedDataKey, SessionSecret};
use voices::storage::schema::{staff_sessions, submissions};

fn post_story<'c>(app: &'c TestApp, text: &str) -> rocket::local::blocking::LocalResponse<'c> {
    app.client
        .post("/en/story")
        .header(ContentType::Form)
        .body(form(&[("text", text), ("consent_use", "team_only")]))
        .dispatch()
}

fn location(res: &rocket::local::blocking::LocalResponse<'_>) -> String {
    res.headers()
        .get_one("Location")
        .expect("a redirect")
        .to_owned()
}

#[test]
fn the_new_code_is_shown_through_a_link_that_works_a_few_times_only() {
    let app = TestApp::new();
    let res = post_story(&app, "a link test");
    assert_eq!(res.status(), Status::SeeOther);
    let link = location(&res);
    assert!(link.starts_with("/en/receipt/new/"), "{link}");
    let first = app
        .client
        .get(link.clone())
        .dispatch()
        .into_string()
        .unwrap();
    let code = common::receipt_code_in(&first).expect("the code is shown");
    assert!(!link.contains(&code) && !link.contains(&code.replace('-', "")));
    // A reload or two is fine; then the link is spent.
    for _ in 0..2 {
        let again = app.client.get(link.clone()).dispatch();
        assert_eq!(again.status(), Status::Ok);
        assert!(again.into_string().unwrap().contains(&code));
    }
    let spent = app.client.get(link.clone()).dispatch();
    assert_eq!(spent.status(), Status::Gone);
    let page = spent.into_string().unwrap();
    assert!(!page.contains(&code));
    assert!(page.contains("type your code again"));
    // A forged link is the same closed page.
    let forged = app.client.get("/en/receipt/new/not-a-real-link").dispatch();
    assert_eq!(forged.status(), Status::Gone);
}

#[test]
fn a_receipt_page_is_shown_once_through_its_link() {
    let app = TestApp::new();
    let (_, code) = app.share("en", "shown once");
    let res = app
        .client
        .post("/en/receipt")
        .header(ContentType::Form)
        .body(form(&[("code", &code)]))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther);
    let link = location(&res);
    assert!(link.starts_with("/en/receipt/view/"));
    assert!(!link.contains(&code[..4]));
    let page = app.client.get(link.clone()).dispatch();
    assert_eq!(page.status(), Status::Ok);
    let page = page.into_string().unwrap();
    assert!(page.contains("shown once"));
    // The page's forms carry the code in hidden fields (never in a URL): the
    // page itself, open in a tab, holds it.
    assert!(page.contains(&format!(
        r#"<input type="hidden" name="code" value="{code}">"#
    )));
    // Back or Reload: the link is spent, and nothing sends the code again.
    let again = app.client.get(link).dispatch();
    assert_eq!(again.status(), Status::Gone);
    assert!(!again.into_string().unwrap().contains("shown once"));
    // The database holds no code and no time for the links: only their day.
    let stored = app.env.stored_bytes();
    assert!(!common::contains(&stored, code.as_bytes()));
    assert!(!common::contains(&stored, code.replace('-', "").as_bytes()));
}

/// A survivor form's path, its fields, and what must come back on the page.
type Attempt<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);

#[test]
fn another_site_cannot_make_a_visitor_post_a_survivor_form() {
    let app = TestApp::new();
    let (id, code) = app.share("en", "my words stay mine");
    let attempts: [Attempt<'_>; 4] = [
        (
            "/en/story",
            vec![
                ("text", "words a site typed for me"),
                ("consent_use", "publish"),
                ("quotes", "yes"),
            ],
            "words a site typed for me",
        ),
        (
            "/en/receipt/consent",
            vec![
                ("code", &code),
                ("consent_use", "publish"),
                ("quotes", "yes"),
            ],
            &code,
        ),
        (
            "/en/receipt/withdraw",
            vec![("code", &code), ("confirm", "yes")],
            &code,
        ),
        (
            "/en/receipt/respond",
            vec![
                ("code", &code),
                ("do", "reply"),
                ("message", "a reply a site wrote"),
            ],
            &code,
        ),
    ];
    for (path, fields, kept) in &attempts {
        for headers in [
            vec![Header::new("Sec-Fetch-Site", "cross-site")],
            vec![
                Header::new("Host", "voices.example.org"),
                Header::new("Origin", "https://evil.example"),
            ],
            vec![Header::new("Sec-Fetch-Site", "same-site")],
            vec![
                Header::new("Origin", "null"),
                Header::new("Sec-Fetch-Site", "cross-site"),
            ],
        ] {
            let mut req = app
                .client
                .post(path.to_string())
                .header(ContentType::Form)
                .body(form(fields));
            for h in headers.clone() {
                req = req.header(h);
            }
            let res = req.dispatch();
            assert_eq!(res.status(), Status::Forbidden, "{path} {headers:?}");
            let page = res.into_string().unwrap();
            assert!(page.contains("sent from another website"), "{path}");
            assert!(page.contains(kept), "{path}: what was typed comes back");
        }
    }
    // Nothing happened: one submission, still as it was.
    let mut conn = app.env.connect();
    let count: i64 = submissions::table.count().get_result(&mut conn).unwrap();
    assert_eq!(count, 1);
    let state: String = submissions::table
        .filter(submissions::id.eq(id))
        .select(submissions::state)
        .first(&mut conn)
        .unwrap();
    assert_eq!(state, "received");
    // The same site, and a browser that sends no such header, are welcome.
    let same = app
        .client
        .post("/en/story")
        .header(ContentType::Form)
        .header(Header::new("Host", "voices.example.org"))
        .header(Header::new("Origin", "https://voices.example.org"))
        .header(Header::new("Sec-Fetch-Site", "same-origin"))
        .body(form(&[
            ("text", "from this site"),
            ("consent_use", "team_only"),
        ]))
        .dispatch();
    assert_eq!(same.status(), Status::SeeOther);
    // What current browsers send for Voices' own forms: with
    // `Referrer-Policy: no-referrer`, the origin is `null`.
    let own_form = app
        .client
        .post("/en/story")
        .header(ContentType::Form)
        .header(Header::new("Origin", "null"))
        .header(Header::new("Sec-Fetch-Site", "same-origin"))
        .body(form(&[
            ("text", "from a browser"),
            ("consent_use", "team_only"),
        ]))
        .dispatch();
    assert_eq!(own_form.status(), Status::SeeOther);
    // An older browser without `Sec-Fetch-Site` may send `null` too.
    let older = app
        .client
        .post("/en/story")
        .header(ContentType::Form)
        .header(Header::new("Origin", "null"))
        .body(form(&[
            ("text", "from an old phone"),
            ("consent_use", "team_only"),
        ]))
        .dispatch();
    assert_eq!(older.status(), Status::SeeOther);
    assert_eq!(
        post_story(&app, "no headers at all").status(),
        Status::SeeOther
    );
}

/// The organisation secret as the signed-in admin's session holds it.
fn admin_secret(app: &TestApp) -> voices::crypto::OrgSecretKey {
    assert_eq!(
        app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE).status(),
        Status::SeeOther
    );
    let cookie = app.session_cookie().unwrap();
    let session = SessionSecret::from_cookie_value(cookie.value()).unwrap();
    let mut conn = app.env.connect();
    let wrapped: Option<Vec<u8>> = staff_sessions::table
        .filter(staff_sessions::id.eq(session.lookup_id()))
        .select(staff_sessions::wrapped_org_secret)
        .first(&mut conn)
        .unwrap();
    session.unwrap_org_secret(&wrapped.unwrap()).unwrap()
}

type Keys = (
    Option<Vec<u8>>,
    Option<Vec<u8>>,
    Option<Vec<u8>>,
    Option<i64>,
);

fn keys_of(app: &TestApp, id: i64) -> Keys {
    let mut conn = app.env.connect();
    submissions::table
        .filter(submissions::id.eq(id))
        .select((
            submissions::org_sealed_key,
            submissions::receipt_wrapped_key,
            submissions::payload,
            submissions::data_key_era,
        ))
        .first(&mut conn)
        .unwrap()
}

#[test]
fn opening_the_receipt_after_a_rotation_gives_a_fresh_data_key() {
    let app = TestApp::new();
    app.create_admin();
    let (id, code) = app.share("en", "words from before the rotation");
    let old_secret = admin_secret(&app);
    let (sealed_before, wrapped_before, _, era_before) = keys_of(&app, id);
    let old_key = DataKey::open_sealed(
        &SealedDataKey(sealed_before.clone().unwrap()),
        &old_secret.public_key(),
        &old_secret,
    )
    .unwrap();
    // A message from the team, under the same data key.
    {
        let mut conn = app.env.connect();
        voices::app::envelope::add_message(
            &mut conn,
            id,
            &old_key,
            voices::app::envelope::Author::Team,
            "a message sealed before the rotation",
            "2026-12-01",
        )
        .unwrap();
    }
    let out = common::voices_command_with(
        &app.env,
        &["keys", "rotate"],
        &[
            ("VOICES_ADMIN_NAME", ADMIN_NAME),
            ("VOICES_ADMIN_PASSPHRASE", ADMIN_PASSPHRASE),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The rotation re-sealed the same data key: the old secret no longer opens its
    // seal, but the old data key still opens the payload until the survivor comes.
    let (_, wrapped_rotated, payload_rotated, era_rotated) = keys_of(&app, id);
    assert_eq!(
        era_rotated, era_before,
        "the data key is the one from before"
    );
    assert!(old_key.decrypt(&payload_rotated.unwrap()).is_ok());
    assert_eq!(wrapped_rotated, wrapped_before);

    // The survivor opens the receipt page: a fresh data key for everything.
    let page = common::follow(
        &app.client,
        app.client
            .post("/en/receipt")
            .header(ContentType::Form)
            .body(form(&[("code", &code)]))
            .dispatch(),
    )
    .into_string()
    .unwrap();
    assert!(page.contains("words from before the rotation"));
    assert!(page.contains("a message sealed before the rotation"));
    let (sealed_after, wrapped_after, payload_after, era_after) = keys_of(&app, id);
    assert!(era_after > era_before, "{era_after:?} after {era_before:?}");
    assert_ne!(wrapped_after, wrapped_before);
    assert_ne!(sealed_after, sealed_before);
    assert!(
        old_key.decrypt(&payload_after.unwrap()).is_err(),
        "the old data key opens nothing any more"
    );
    let mut conn = app.env.connect();
    let bodies: Vec<Vec<u8>> = voices::storage::schema::messages::table
        .select(voices::storage::schema::messages::body)
        .load(&mut conn)
        .unwrap();
    assert!(bodies.iter().all(|b| old_key.decrypt(b).is_err()));
    // And the team still reads it with the new organisation key.
    drop(conn);
    let new_secret = admin_secret(&app);
    let fresh = DataKey::open_sealed(
        &SealedDataKey(sealed_after.unwrap()),
        &new_secret.public_key(),
        &new_secret,
    )
    .unwrap();
    assert!(bodies.iter().all(|b| fresh.decrypt(b).is_ok()));
    // Opening it again changes nothing more.
    let before_again = keys_of(&app, id);
    common::follow(
        &app.client,
        app.client
            .post("/en/receipt")
            .header(ContentType::Form)
            .body(form(&[("code", &code)]))
            .dispatch(),
    );
    assert_eq!(keys_of(&app, id), before_again);
}
