//! The survivor journeys through HTTP, on SQLite and (with TEST_DATABASE_URL)
//! PostgreSQL: share, keep the receipt, come back, change consent, withdraw.

mod common;

use common::{accept_language, contains, follow, form, with_ctx, TestApp};
use diesel::prelude::*;
use rocket::http::{ContentType, Status};
use rocket::local::blocking::LocalResponse;
use voices::domain::Language;
use voices::storage::schema::submissions;

type Blob = Option<Vec<u8>>;
type Blobs = (Blob, Blob, Blob);

const PAGES: [&str; 6] = ["", "story", "feedback", "receipt", "safety", "about"];

fn code_in(body: &str) -> String {
    let re = regex::Regex::new(
        r#"class="receipt-code"[^>]*>([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})<"#,
    )
    .unwrap();
    re.captures(body)
        .unwrap_or_else(|| panic!("no receipt code in {body}"))[1]
        .to_owned()
}

/// Posts a survivor form and, like a browser, follows the redirect to the
/// receipt link.
fn post<'c>(app: &'c TestApp, path: &str, fields: &[(&str, &str)]) -> LocalResponse<'c> {
    let path = path.to_owned();
    let res = app
        .client
        .post(path)
        .header(ContentType::Form)
        .body(form(fields))
        .dispatch();
    follow(&app.client, res)
}

fn share_story<'c>(app: &'c TestApp, lang: &str, text: &str) -> LocalResponse<'c> {
    post(
        app,
        &format!("/{lang}/story"),
        &[
            ("text", text),
            ("theme", "not_believed"),
            ("consent_use", "publish"),
            ("quotes", "yes"),
        ],
    )
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn every_survivor_page_answers_in_every_language_with_its_direction() {
    let app = TestApp::new();
    for lang in Language::ALL {
        for page in PAGES {
            let path = format!("/{}/{page}", lang.code());
            let res = app.client.get(&path).dispatch();
            assert_eq!(res.status(), Status::Ok, "{path}");
            assert!(
                res.headers().get_one("Set-Cookie").is_none(),
                "{path} set a cookie"
            );
            assert_eq!(res.headers().get_one("Cache-Control"), Some("no-store"));
            let body = res.into_string().unwrap();
            let html = format!(
                r#"<html lang="{}" dir="{}">"#,
                lang.code(),
                lang.direction().as_str()
            );
            assert!(body.contains(&html), "{path}");
            assert!(
                body.contains(r#"id="quick-exit""#) && body.contains(r#"rel="noreferrer""#),
                "{path}: quick exit"
            );
            assert!(
                body.contains(r#"<script src="/static/voices.js" defer>"#),
                "{path}"
            );
            assert!(
                body.contains("<title>Voices</title>"),
                "{path}: neutral title"
            );
        }
    }
}

#[test]
fn crisis_contacts_are_shown_before_and_after_sharing() {
    let app = TestApp::new();
    for lang in ["en", "ti", "ps"] {
        let landing = app
            .client
            .get(format!("/{lang}/"))
            .dispatch()
            .into_string()
            .unwrap();
        for number in ["999", "0800 1111", "08000 121 700"] {
            assert!(landing.contains(number), "{lang} landing lacks {number}");
        }
        let receipt = share_story(&app, lang, "words").into_string().unwrap();
        assert!(
            receipt.contains("08000 121 700"),
            "{lang} receipt lacks the helpline"
        );
    }
}

#[test]
fn a_story_round_trips_through_the_receipt_page() {
    let app = TestApp::new();
    let story = "Nobody believed me at the police station.\r\nلم يصدقني أحد. 🙂";
    let res = share_story(&app, "ar", story);
    assert_eq!(
        res.status(),
        Status::Ok,
        "a receipt page, never a redirect carrying the code"
    );
    assert!(res.headers().get_one("Location").is_none());
    assert!(res.headers().get_one("Set-Cookie").is_none());
    let body = res.into_string().unwrap();
    assert!(body.contains(r#"lang="ar" dir="rtl""#));
    let code = code_in(&body);
    // Typed in lower case, with spaces instead of dashes.
    let typed = code.to_lowercase().replace('-', " ");
    let page = post(&app, "/ar/receipt", &[("code", &typed)]);
    assert_eq!(page.status(), Status::Ok);
    assert!(
        page.headers().get_one("Set-Cookie").is_none(),
        "the receipt page sets no cookie"
    );
    let page = page.into_string().unwrap();
    assert!(
        page.contains(&escaped(story)),
        "the story comes back exactly"
    );
    let i18n = voices::i18n::I18n::load().unwrap();
    assert!(page.contains(&i18n.text(Language::Ar, "status-received")));
    // The code travels only in form bodies.
    let action = regex::Regex::new(r#"action="([^"]+)""#).unwrap();
    for cap in action.captures_iter(&page) {
        assert!(!cap[1].contains(&code[..4]), "code in a URL: {}", &cap[1]);
    }
    let mut conn = app.env.connect();
    let (language, received_on, state): (String, String, String) = submissions::table
        .select((
            submissions::language,
            submissions::received_on,
            submissions::state,
        ))
        .first(&mut conn)
        .unwrap();
    assert_eq!((language.as_str(), state.as_str()), ("ar", "received"));
    assert_eq!(
        received_on,
        voices::app::today().to_string(),
        "day resolution only"
    );
}

#[test]
fn service_feedback_round_trips_in_vietnamese() {
    let app = TestApp::new();
    let res = post(
        &app,
        "/vi/feedback",
        &[
            ("service", "interpreter"),
            ("region", "london"),
            ("answer_listened", "a_little"),
            ("answer_believed", "prefer_not_to_say"),
            ("answer_own_language", "not_needed"),
            ("answer_when", "one_to_three_years"),
            ("age_band", "16_17"),
            ("helped", "worker"),
            ("text", "Người phiên dịch nói sai phương ngữ."),
            ("consent_use", "themes_only"),
            ("quotes", "no"),
        ],
    );
    assert_eq!(res.status(), Status::Ok);
    let code = code_in(&res.into_string().unwrap());
    let page = post(&app, "/vi/receipt", &[("code", &code)])
        .into_string()
        .unwrap();
    assert!(page.contains("Người phiên dịch nói sai phương ngữ."));
    let policy = voices::policy::Policy::built_in().unwrap();
    assert!(page.contains(policy.feedback.service_label("interpreter", Language::Vi)));
    let i18n = voices::i18n::I18n::load().unwrap();
    assert!(page.contains(&i18n.text(Language::Vi, "consent-now-themes-only")));
}

#[test]
fn nothing_readable_reaches_the_database() {
    let app = TestApp::new();
    let story = "CanaryStoryText about the placement in Leeds";
    let body = follow(
        &app.client,
        app.client
            .post("/en/story")
            .remote("203.0.113.99:5151".parse().unwrap())
            .header(ContentType::Form)
            .body(form(&[("text", story), ("consent_use", "team_only")]))
            .dispatch(),
    )
    .into_string()
    .unwrap();
    let code = code_in(&body);
    post(&app, "/en/receipt", &[("code", &code)]);
    let stored = app.env.stored_bytes();
    assert!(!stored.is_empty());
    assert!(
        !contains(&stored, b"CanaryStoryText"),
        "story text in clear"
    );
    assert!(!contains(&stored, code.as_bytes()), "receipt code in clear");
    assert!(
        !contains(&stored, code.replace('-', "").as_bytes()),
        "receipt code in clear"
    );
    assert!(!contains(&stored, b"203.0.113.99"), "client address stored");
    assert!(
        !contains(&stored, &[203, 0, 113, 99]),
        "client address stored"
    );
}

#[test]
fn withdrawal_crypto_shreds_and_leaves_a_tombstone() {
    let app = TestApp::new();
    let code = code_in(
        &share_story(&app, "en", "please delete this later")
            .into_string()
            .unwrap(),
    );
    let mut conn = app.env.connect();
    let (ciphertext, sealed, wrapped): Blobs = submissions::table
        .select((
            submissions::payload,
            submissions::org_sealed_key,
            submissions::receipt_wrapped_key,
        ))
        .first(&mut conn)
        .unwrap();
    let (ciphertext, sealed, wrapped) = (ciphertext.unwrap(), sealed.unwrap(), wrapped.unwrap());
    drop(conn);
    assert!(
        contains(&app.env.stored_bytes(), &ciphertext[40..104]),
        "the ciphertext is stored before"
    );

    // First step explains; nothing is deleted yet.
    let confirm = post(&app, "/en/receipt/withdraw", &[("code", &code)]);
    assert_eq!(confirm.status(), Status::Ok);
    assert!(confirm
        .into_string()
        .unwrap()
        .contains(r#"name="confirm" value="yes""#));
    let mut conn = app.env.connect();
    let state: String = submissions::table
        .select(submissions::state)
        .first(&mut conn)
        .unwrap();
    assert_eq!(state, "received");
    drop(conn);

    let done = post(
        &app,
        "/en/receipt/withdraw",
        &[("code", &code), ("confirm", "yes")],
    );
    assert_eq!(done.status(), Status::Ok);
    let mut conn = app.env.connect();
    let row: (String, Blob, Blob, Blob) = submissions::table
        .select((
            submissions::state,
            submissions::payload,
            submissions::org_sealed_key,
            submissions::receipt_wrapped_key,
        ))
        .first(&mut conn)
        .unwrap();
    assert_eq!(row, ("withdrawn".to_owned(), None, None, None));
    drop(conn);
    // SQLite: the database file, its WAL and every table. PostgreSQL: every
    // live row of every table (its dead row versions, until the rewrite, are
    // `tests/shredding.rs`'s subject).
    let stored = app.env.stored_bytes();
    assert!(
        !contains(&stored, &ciphertext[40..104]),
        "ciphertext left in the database"
    );
    assert!(
        !contains(&stored, &sealed[..48]),
        "sealed data key left behind"
    );
    assert!(
        !contains(&stored, &wrapped[..48]),
        "receipt-wrapped data key left behind"
    );
    let page = post(&app, "/en/receipt", &[("code", &code)])
        .into_string()
        .unwrap();
    let i18n = voices::i18n::I18n::load().unwrap();
    assert!(page.contains(&i18n.text(Language::En, "status-withdrawn")));
    assert!(!page.contains("please delete this later"));
}

#[test]
fn consent_can_be_changed_from_the_receipt_page() {
    let app = TestApp::new();
    let code = code_in(&share_story(&app, "sq", "my words").into_string().unwrap());
    let res = post(
        &app,
        "/sq/receipt/consent",
        &[
            ("code", &code),
            ("consent_use", "team_only"),
            ("quotes", "yes"),
        ],
    );
    assert_eq!(res.status(), Status::Ok);
    let i18n = voices::i18n::I18n::load().unwrap();
    let body = res.into_string().unwrap();
    assert!(body.contains(&i18n.text(Language::Sq, "receipt-consent-saved")));
    assert!(body.contains(&i18n.text(Language::Sq, "consent-now-team-only")));
    let forged = post(
        &app,
        "/sq/receipt/consent",
        &[("code", &code), ("consent_use", "sell_it")],
    );
    assert_eq!(forged.status(), Status::UnprocessableEntity);
    assert!(forged
        .into_string()
        .unwrap()
        .contains(&i18n.text(Language::Sq, "form-invalid-choice")));
    // Published words keep their consent.
    let mut conn = app.env.connect();
    diesel::update(submissions::table)
        .set(submissions::state.eq("published"))
        .execute(&mut conn)
        .unwrap();
    let locked = post(
        &app,
        "/sq/receipt/consent",
        &[
            ("code", &code),
            ("consent_use", "publish"),
            ("quotes", "no"),
        ],
    );
    assert_eq!(locked.status(), Status::Conflict);
}

#[test]
fn wrong_and_unknown_codes_get_the_same_answer() {
    let app = TestApp::new();
    let real = code_in(&share_story(&app, "en", "x").into_string().unwrap());
    // A wrong code: the real one with its last character changed.
    let last = real.chars().last().unwrap();
    let wrong = format!(
        "{}{}",
        &real[..real.len() - 1],
        if last == 'Z' { 'Y' } else { 'Z' }
    );
    let unknown = voices::crypto::ReceiptCode::generate().grouped();
    let a = post(&app, "/en/receipt", &[("code", &wrong)]);
    let b = post(&app, "/en/receipt", &[("code", &unknown)]);
    assert_eq!(a.status(), Status::NotFound);
    assert_eq!(b.status(), Status::NotFound);
    let a = a.into_string().unwrap().replace(&wrong, "CODE");
    let b = b.into_string().unwrap().replace(&unknown, "CODE");
    assert_eq!(a, b);
    let malformed = post(&app, "/en/receipt", &[("code", "hello")]);
    assert_eq!(malformed.status(), Status::UnprocessableEntity);
    assert!(
        malformed
            .into_string()
            .unwrap()
            .contains(r#"value="hello""#),
        "the typed code is kept"
    );
}

#[test]
fn receipt_guesses_are_rate_limited_per_client() {
    let app = TestApp::new();
    let guess = |remote: &str| {
        app.client
            .post("/ro/receipt")
            .remote(remote.parse().unwrap())
            .header(ContentType::Form)
            .body(form(&[(
                "code",
                &voices::crypto::ReceiptCode::generate().grouped(),
            )]))
            .dispatch()
            .status()
    };
    let statuses: Vec<Status> = (0..11).map(|_| guess("198.51.100.7:1000")).collect();
    assert!(
        statuses[..10].iter().all(|s| *s == Status::NotFound),
        "{statuses:?}"
    );
    assert_eq!(statuses[10], Status::TooManyRequests);
    assert_eq!(guess("198.51.100.8:1000"), Status::NotFound);
}

#[test]
fn a_rate_limited_submission_gives_the_words_back() {
    let app = TestApp::new();
    let submit = |text: &str| {
        app.client
            .post("/fa/story")
            .remote("198.51.100.20:1000".parse().unwrap())
            .header(ContentType::Form)
            .body(form(&[("text", text), ("consent_use", "team_only")]))
            .dispatch()
    };
    for i in 0..10 {
        // Accepted: a redirect to the page with the code.
        assert_eq!(submit(&format!("story {i}")).status(), Status::SeeOther);
    }
    let limited = submit("the eleventh story, کلمات من");
    assert_eq!(limited.status(), Status::TooManyRequests);
    let body = limited.into_string().unwrap();
    assert!(body.contains(r#"lang="fa""#));
    assert!(
        body.contains("the eleventh story, کلمات من"),
        "the words are given back"
    );
    assert!(body.contains("<textarea"));
}

#[test]
fn validation_errors_keep_every_field() {
    let app = TestApp::new();
    let story = "They said I was lying <b>again</b> & again";
    let res = post(
        &app,
        "/ti/story",
        &[
            ("text", story),
            ("theme", "not_believed"),
            ("theme", "education"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(body.contains(r#"lang="ti""#));
    assert!(body.contains(&escaped(story)), "text kept");
    assert!(
        body.contains(r#"value="not_believed" checked"#),
        "themes kept"
    );
    assert!(body.contains(r#"value="education" checked"#));
    assert!(body.contains(r#"class="error-summary""#));
    let i18n = voices::i18n::I18n::load().unwrap();
    assert!(body.contains(&i18n.text(Language::Ti, "consent-use-missing")));

    let res = post(
        &app,
        "/en/feedback",
        &[
            ("service", "bank"),
            ("region", "wales"),
            ("answer_felt_safe", "mostly"),
            ("answer_own_language", "not_needed"),
            ("helped", "someone_close"),
            ("text", "kept words"),
            ("age_band", "18_21"),
            ("consent_use", "publish"),
            ("quotes", "no"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(
        body.contains(r#"<option value="wales" selected>"#),
        "region kept"
    );
    assert!(body.contains(r#"value="mostly" checked"#), "answer kept");
    assert!(body.contains(r#"value="not_needed" checked"#));
    assert!(body.contains(r#"value="someone_close" checked"#));
    assert!(body.contains(r#"value="18_21" checked"#), "age kept");
    assert!(body.contains(r#"value="publish" checked"#), "consent kept");
    assert!(body.contains("kept words"));
    assert!(body.contains(&i18n.text(Language::En, "form-invalid-choice")));
}

#[test]
fn hostile_text_is_stored_exactly_and_shown_escaped() {
    let app = TestApp::new();
    let cases = [
        "<script>alert('x')</script><img src=x onerror=alert(1)>",
        "abc\u{202E}cba \u{200B}\u{200D}\u{2066}isolated\u{2069}",
        "emoji 👩🏽‍🦱🏳️‍🌈 and Ge'ez ሰላም",
        "nul\u{0}byte",
    ];
    for text in cases {
        let body = share_story(&app, "en", text).into_string().unwrap();
        let code = code_in(&body);
        let page = post(&app, "/en/receipt", &[("code", &code)])
            .into_string()
            .unwrap();
        assert!(
            page.contains(&escaped(text)),
            "{text:?} not returned exactly"
        );
        assert!(!page.contains("<script>alert"), "unescaped markup");
        // And the decrypted payload is byte-for-byte what was typed.
        let pepper = app.env.config.secrets().unwrap().receipt_pepper;
        let view = with_ctx(&app.env, |conn, ctx| {
            voices::app::survivor::view(
                conn,
                &pepper,
                &voices::crypto::ReceiptCode::parse(&code).unwrap(),
                ctx,
            )
        })
        .unwrap();
        assert_eq!(view.payload.unwrap().shared.text(), text);
    }
}

#[test]
fn malformed_bodies_never_cause_a_server_error_or_lose_text() {
    let app = TestApp::new();
    let long = "ا".repeat(21_000);
    let res = post(
        &app,
        "/ar/story",
        &[("text", &long), ("consent_use", "team_only")],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    assert!(
        res.into_string().unwrap().contains(&long),
        "21,000 characters come back"
    );

    let empty = app
        .client
        .post("/en/story")
        .header(ContentType::Form)
        .body("")
        .dispatch();
    assert_eq!(empty.status(), Status::UnprocessableEntity);

    let bad_utf8 = app
        .client
        .post("/en/story")
        .header(ContentType::Form)
        .body("text=caf%E9+%FF%FE+ok&consent_use=team_only")
        .dispatch();
    assert_eq!(
        bad_utf8.status(),
        Status::SeeOther,
        "invalid bytes become U+FFFD, the rest is kept"
    );

    let bad_percent = app
        .client
        .post("/en/story")
        .header(ContentType::Form)
        .body("text=100%+sure%&consent_use=%ZZ")
        .dispatch();
    assert_eq!(bad_percent.status(), Status::UnprocessableEntity);
    assert!(bad_percent.into_string().unwrap().contains("100% sure%"));

    let duplicated = post(
        &app,
        "/en/story",
        &[
            ("text", "first"),
            ("text", "second"),
            ("consent_use", "team_only"),
        ],
    );
    assert_eq!(duplicated.status(), Status::Ok);
    let code = code_in(&duplicated.into_string().unwrap());
    let page = post(&app, "/en/receipt", &[("code", &code)])
        .into_string()
        .unwrap();
    assert!(page.contains(">first<") && !page.contains(">second<"));

    let json = app
        .client
        .post("/en/story")
        .header(ContentType::JSON)
        .body(r#"{"text":"x"}"#)
        .dispatch();
    assert!(json.status().code < 500);
    let huge = "text=".to_string() + &"a".repeat(400 * 1024);
    let res = app
        .client
        .post("/en/feedback")
        .header(ContentType::Form)
        .body(huge)
        .dispatch();
    assert_eq!(res.status(), Status::PayloadTooLarge);
    assert!(res.into_string().unwrap().contains(&"a".repeat(1000)));
}

#[test]
fn the_spam_trap_stores_nothing_and_lets_a_person_recover() {
    let app = TestApp::new();
    let res = post(
        &app,
        "/en/story",
        &[
            ("text", "real words"),
            ("consent_use", "team_only"),
            ("contact_extra", "http://spam"),
        ],
    );
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(body.contains("real words"));
    assert!(
        !body.contains(r#"class="hp""#),
        "the field is shown so a person can empty it"
    );
    let mut conn = app.env.connect();
    assert_eq!(
        submissions::table
            .count()
            .get_result::<i64>(&mut conn)
            .unwrap(),
        0
    );
    let form_page = app
        .client
        .get("/en/story")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(form_page.contains(r#"class="hp" aria-hidden="true""#));
    assert!(form_page.contains(r#"tabindex="-1""#));
}

#[test]
fn an_invalid_policy_file_stops_start_up_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("moderation");
    std::fs::copy(
        source.join("resources.toml"),
        dir.path().join("resources.toml"),
    )
    .unwrap();
    let themes = std::fs::read_to_string(source.join("themes.toml")).unwrap();
    let broken = themes.replacen("ti = ", "# ti = ", 1);
    std::fs::write(dir.path().join("themes.toml"), broken).unwrap();
    let env = common::TestEnv::with(|c| c.moderation_dir = dir.path().to_owned());
    let Err(err) = voices::try_build(env.config.clone()) else {
        panic!("a theme without a Tigrinya label was accepted")
    };
    let err = err.to_string();
    assert!(err.contains("themes.toml") && err.contains("`ti`"), "{err}");
}

#[test]
fn the_receipt_page_is_in_the_visitors_language_when_negotiated() {
    let app = TestApp::new();
    let res = app.client.get("/").header(accept_language("ps")).dispatch();
    assert_eq!(res.headers().get_one("Location"), Some("/ps/"));
}
