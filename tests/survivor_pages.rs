//! The survivor pages after the safeguarding review: who runs the site and its
//! privacy notice, honesty about what Voices cannot do, consent that means what
//! it says, feedback for every kind of service, and pages small enough for a
//! slow phone. On SQLite and (with TEST_DATABASE_URL) PostgreSQL.

mod common;

use common::{follow, TestApp, ADMIN_NAME, ADMIN_PASSPHRASE};
use rocket::http::{Header, Status};
use rocket::local::blocking::LocalResponse;
use voices::config::PoliceAndImmigration;
use voices::domain::Language;
use voices::i18n::I18n;
use voices::policy::Policy;

const ORGANISATION: &str = "Safe Harbour Youth Trust";
const CONTACT: &str = "privacy@safe-harbour.example";

const PAGES: [&str; 8] = [
    "", "story", "feedback", "receipt", "safety", "about", "privacy", "stories",
];

fn configured() -> TestApp {
    TestApp::with(|c| {
        c.organisation.name = Some(ORGANISATION.into());
        c.organisation.contact = Some(CONTACT.into());
    })
}

fn body(app: &TestApp, path: &str) -> String {
    let res = app.client.get(path).dispatch();
    assert_eq!(res.status(), Status::Ok, "{path}");
    res.into_string().unwrap()
}

fn post<'c>(app: &'c TestApp, path: &str, fields: &[(&str, &str)]) -> LocalResponse<'c> {
    follow(&app.client, app.post_form(path, fields))
}

fn code_in(body: &str) -> String {
    common::receipt_code_in(body).unwrap_or_else(|| panic!("no receipt code in {body}"))
}

/// The text of a message as a page shows it (Fluent isolates placeables).
fn shown(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn plain(page: &str) -> String {
    page.replace(['\u{2068}', '\u{2069}'], "")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

#[test]
fn every_survivor_page_has_the_danger_line_the_header_switcher_and_the_footer() {
    let app = configured();
    let i18n = I18n::load().unwrap();
    for lang in Language::ALL {
        for page in PAGES {
            let path = format!("/{}/{page}", lang.code());
            let html = plain(&body(&app, &path));
            let danger = format!(
                r#"<p class="danger-now"><a href="tel:999">{}</a></p>"#,
                i18n.text(lang, "danger-now")
            );
            let danger_at = html
                .find(&danger)
                .unwrap_or_else(|| panic!("{path}: no danger line"));
            let main_at = html.find("<main").unwrap();
            assert!(danger_at < main_at, "{path}: danger line near the top");
            // Quick exit before anything else a person sees; the switcher in the
            // header, before the page's own text.
            let exit_at = html.find(r#"id="quick-exit""#).unwrap();
            let header_at = html.find("<header").unwrap();
            let header_end = html.find("</header>").unwrap();
            assert!(exit_at < header_at, "{path}: quick exit first");
            let switcher_at = html.find(r#"class="languages""#).unwrap();
            assert!(
                header_at < switcher_at && switcher_at < header_end,
                "{path}: languages in the header"
            );
            for other in Language::ALL {
                assert!(html.contains(other.endonym()), "{path}: {}", other.code());
            }
            let footer_at = html.find("<footer").unwrap();
            assert!(footer_at > main_at, "{path}: footer after main");
            let footer = &html[footer_at..];
            assert!(footer.contains(ORGANISATION), "{path}: who runs it");
            assert!(
                footer.contains(&format!(r#"href="/{}/privacy""#, lang.code())),
                "{path}: privacy link"
            );
        }
    }
}

#[test]
fn the_privacy_notice_is_there_in_every_language_and_names_the_organisation() {
    let app = configured();
    let i18n = I18n::load().unwrap();
    for lang in Language::ALL {
        let html = plain(&body(&app, &format!("/{}/privacy", lang.code())));
        assert!(html.contains(ORGANISATION), "{}", lang.code());
        assert!(html.contains(CONTACT), "{}", lang.code());
        assert!(
            html.contains("ico.org.uk"),
            "{}: how to complain",
            lang.code()
        );
        assert!(
            !html.contains(&shown(i18n.text(lang, "privacy-not-filled"))),
            "{}",
            lang.code()
        );
        // The keeping times come from the retention settings.
        assert!(html.contains("30"), "{}: declined days", lang.code());
        assert!(html.contains("90"), "{}: withdrawn days", lang.code());
    }
}

#[test]
fn an_unconfigured_site_says_so_to_survivors_and_warns_staff() {
    let app = TestApp::new();
    let i18n = I18n::load().unwrap();
    for lang in [Language::En, Language::Ar, Language::Ti] {
        let html = plain(&body(&app, &format!("/{}/privacy", lang.code())));
        assert!(html.contains(&shown(i18n.text(lang, "privacy-not-filled"))));
        assert!(html.contains(&shown(i18n.text(lang, "privacy-unset-organisation"))));
        let landing = body(&app, &format!("/{}/", lang.code()));
        assert!(
            !landing.contains("This site is run by"),
            "no organisation named when none is set"
        );
    }
    app.create_admin();
    assert_eq!(
        app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE).status(),
        Status::SeeOther
    );
    let dashboard = body(&app, "/staff");
    assert!(dashboard.contains(r#"id="organisation-missing""#));

    let ready = configured();
    ready.create_admin();
    ready.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    let dashboard = body(&ready, "/staff");
    assert!(dashboard.contains("staff-bar"), "signed in");
    assert!(!dashboard.contains(r#"id="organisation-missing""#));
}

#[test]
fn forms_say_voices_cannot_come_and_list_every_crisis_contact() {
    let app = TestApp::new();
    let i18n = I18n::load().unwrap();
    for lang in Language::ALL {
        for page in ["", "story", "feedback"] {
            let path = format!("/{}/{page}", lang.code());
            let html = plain(&body(&app, &path));
            assert!(
                html.contains(&shown(i18n.text(lang, "not-emergency"))),
                "{path}: not an emergency service"
            );
            for number in ["999", "0800 1111", "116 000", "08000 121 700"] {
                assert!(html.contains(number), "{path} lacks {number}");
            }
            // Missing People: both a call and a text to 116 000.
            assert!(html.contains(r#"href="tel:116000""#), "{path}");
            assert!(html.contains(r#"href="sms:116000""#), "{path}");
            assert!(
                html.contains(r#"href="https://www.childline.org.uk""#),
                "{path}"
            );
        }
        for page in ["story", "feedback"] {
            let path = format!("/{}/{page}", lang.code());
            let html = plain(&body(&app, &path));
            assert!(
                html.contains(&shown(i18n.text(lang, "share-quick-exit-warning"))),
                "{path}: leaving loses the words"
            );
        }
    }
    let english = plain(&body(&app, "/en/"));
    assert!(english.contains("55"), "silent 999 calls: press 55");
    assert!(english.contains("online chat") || english.contains("chat online"));
}

#[test]
fn the_receipt_page_gives_the_configured_answer_time() {
    for (weeks, expect) in [
        (2, "within 2 weeks"),
        (1, "within 1 week"),
        (6, "within 6 weeks"),
    ] {
        let app = TestApp::with(|c| c.organisation.reply_within_weeks = weeks);
        let page = plain(
            &post(
                &app,
                "/en/story",
                &[("text", "words"), ("consent_use", "team_only")],
            )
            .into_string()
            .unwrap(),
        );
        assert!(page.contains(expect), "{weeks}: {page}");
        assert!(!page.contains("take a photo"));
        assert!(page.contains("ask a worker you trust"));
    }
}

#[test]
fn the_police_and_immigration_statement_follows_the_organisations_setting() {
    let i18n = I18n::load().unwrap();
    let all = [
        (PoliceAndImmigration::NotStated, "police-not-stated"),
        (
            PoliceAndImmigration::SafeguardingOnly,
            "police-safeguarding-only",
        ),
        (
            PoliceAndImmigration::OnlyIfTheLawRequires,
            "police-only-if-the-law-requires",
        ),
    ];
    for (setting, key) in all {
        let app = TestApp::with(|c| c.organisation.police_and_immigration = setting);
        for lang in [Language::En, Language::Fa] {
            for page in ["story", "feedback", "privacy"] {
                let path = format!("/{}/{page}", lang.code());
                let html = plain(&body(&app, &path));
                assert!(html.contains(&shown(i18n.text(lang, key))), "{path}: {key}");
                for (_, other) in all.iter().filter(|(_, k)| *k != key) {
                    assert!(
                        !html.contains(&shown(i18n.text(lang, other))),
                        "{path}: {other} shown with {key}"
                    );
                }
            }
        }
    }
}

#[test]
fn consent_choices_are_offered_most_private_first_with_none_chosen() {
    let app = TestApp::new();
    let radio = regex::Regex::new(r#"<input[^>]*name="consent_use"[^>]*>"#).unwrap();
    for page in ["story", "feedback"] {
        let html = plain(&body(&app, &format!("/en/{page}")));
        let at = |v: &str| {
            html.find(&format!(r#"name="consent_use" value="{v}""#))
                .unwrap()
        };
        assert!(at("team_only") < at("themes_only") && at("themes_only") < at("publish"));
        for input in radio.find_iter(&html) {
            assert!(!input.as_str().contains("checked"), "{page}: pre-selected");
        }
        // The quotes question belongs to publishing, and says so.
        assert!(html.contains(r#"data-shown-with="consent_use-publish""#));
        assert!(html.contains("Only if you chose to share your words on this website"));
        assert!(html.contains("someone who knows you might recognise your story"));
        assert!(html.contains("charities, people who run services, and people who make policy"));
        assert!(html.contains("we delete them 30 days after we decide"));
    }
}

/// Each combination a survivor can submit, stored and read back from the
/// receipt page as chosen: quotes only ever go with publishing.
#[test]
fn every_consent_combination_is_stored_as_chosen_and_read_back() {
    let app = TestApp::new();
    let i18n = I18n::load().unwrap();
    let now_quotes = i18n.text(Language::En, "consent-now-quotes");
    let cases: [(&str, Option<&str>, &str, bool); 6] = [
        ("team_only", None, "consent-now-team-only", false),
        ("team_only", Some("yes"), "consent-now-team-only", false),
        ("themes_only", None, "consent-now-themes-only", false),
        ("themes_only", Some("yes"), "consent-now-themes-only", false),
        ("publish", Some("yes"), "consent-now-publish", true),
        ("publish", Some("no"), "consent-now-publish", false),
    ];
    for (usage, quotes, now, quoted) in cases {
        let mut fields = vec![("text", "my words"), ("consent_use", usage)];
        if let Some(q) = quotes {
            fields.push(("quotes", q));
        }
        let created = post(&app, "/en/story", &fields);
        assert_eq!(created.status(), Status::Ok, "{usage} {quotes:?}");
        let code = code_in(&created.into_string().unwrap());
        let page = post(&app, "/en/receipt", &[("code", &code)])
            .into_string()
            .unwrap();
        let chosen_at = page.find("What you chose").expect("its own heading");
        let change_at = page
            .find("Change your choices")
            .expect("the change form's own heading");
        assert!(chosen_at < change_at);
        assert_eq!(page.matches("What you chose").count(), 1);
        let chosen = &page[chosen_at..change_at];
        assert!(
            chosen.contains(&i18n.text(Language::En, now)),
            "{usage} {quotes:?}"
        );
        assert_eq!(chosen.contains(&now_quotes), quoted, "{usage} {quotes:?}");
    }
    // Publishing needs an answer about quotes; the words come back.
    let refused = post(
        &app,
        "/en/story",
        &[("text", "kept words"), ("consent_use", "publish")],
    );
    assert_eq!(refused.status(), Status::UnprocessableEntity);
    let html = refused.into_string().unwrap();
    assert!(html.contains(&i18n.text(Language::En, "consent-quotes-missing")));
    assert!(html.contains("kept words"));
}

#[test]
fn feedback_can_be_given_about_every_kind_of_service() {
    // Nineteen submissions from one test client: past the per-client limit.
    let app = TestApp::with(|c| c.limits.enabled = false);
    let policy = Policy::built_in().unwrap();
    let feedback = &policy.feedback;
    for (n, service) in feedback.offered().enumerate() {
        // Every question answered, cycling through each scale's answers.
        let answers: Vec<(String, String)> = feedback
            .questions
            .iter()
            .map(|q| {
                let answer = &q.answers[n % q.answers.len()];
                (format!("answer_{}", q.key), answer.key.clone())
            })
            .collect();
        let mut fields: Vec<(&str, &str)> = answers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        fields.extend([
            ("service", service.key.as_str()),
            ("text", "It was like this."),
            ("consent_use", "themes_only"),
        ]);
        let lang = Language::ALL[n % Language::ALL.len()];
        let created = post(&app, &format!("/{}/feedback", lang.code()), &fields);
        assert_eq!(created.status(), Status::Ok, "{}", service.key);
        let code = code_in(&created.into_string().unwrap());
        let page = post(
            &app,
            &format!("/{}/receipt", lang.code()),
            &[("code", &code)],
        )
        .into_string()
        .unwrap();
        assert!(
            page.contains(feedback.service_label(&service.key, lang)),
            "{}: {}",
            service.key,
            lang.code()
        );
    }
    // A retired kind of service is not offered, and not accepted.
    let html = body(&app, "/en/feedback");
    assert!(!html.contains(r#"value="placement""#));
    let refused = post(
        &app,
        "/en/feedback",
        &[("service", "placement"), ("consent_use", "team_only")],
    );
    assert_eq!(refused.status(), Status::UnprocessableEntity);
}

#[test]
fn the_landing_page_is_for_every_young_person_in_the_uk() {
    let app = TestApp::new();
    let i18n = I18n::load().unwrap();
    for lang in Language::ALL {
        let html = plain(&body(&app, &format!("/{}/", lang.code())));
        assert!(html.contains(&shown(i18n.text(lang, "landing-for-everyone"))));
    }
}

#[test]
fn the_safety_and_about_pages_tell_the_truth_about_history_and_keeping() {
    let app = TestApp::with(|c| c.retention.declined_days = 45);
    let safety = plain(&body(&app, "/en/safety"));
    assert!(!safety.contains("does not save anything on your phone"));
    assert!(safety.contains("your browser keeps a list of the pages you visit"));
    for browser in ["Safari", "Samsung Internet", "Secret mode", "Private"] {
        assert!(safety.contains(browser), "{browser}");
    }
    assert!(safety.contains("tracking apps"));
    let about = plain(&body(&app, "/en/about"));
    assert!(about.contains("we delete them 45 days after we decide"));
    assert!(about.contains("already in a report that has come out stay in that report"));
}

/// Sizes as a phone receives them: the page, its stylesheet and its script,
/// compressed as the browser asks.
#[test]
fn survivor_pages_are_compressed_and_stay_under_30_kb_with_css_and_script() {
    let app = configured();
    let fetch = |path: &str| {
        let res = app
            .client
            .get(path.to_owned())
            .header(Header::new("Accept-Encoding", "gzip, deflate, br"))
            .dispatch();
        assert_eq!(res.status(), Status::Ok, "{path}");
        let encoding = res.headers().get_one("Content-Encoding").map(str::to_owned);
        let bytes = res.into_bytes().unwrap();
        (encoding, bytes.len())
    };
    let (css_enc, css) = fetch("/static/voices.css");
    let (js_enc, js) = fetch("/static/voices.js");
    assert!(
        css_enc.is_some() && js_enc.is_some(),
        "static files compressed"
    );
    for lang in Language::ALL {
        for page in PAGES {
            let path = format!("/{}/{page}", lang.code());
            let (encoding, size) = fetch(&path);
            assert!(
                matches!(encoding.as_deref(), Some("br") | Some("gzip")),
                "{path}: {encoding:?}"
            );
            let total = size + css + js;
            assert!(total < 30 * 1024, "{path}: {total} bytes transferred");
        }
    }
    // The staff area is never compressed (its pages carry a form token), by
    // whichever spelling of the path reaches it.
    for path in [
        "/staff/login",
        "//staff/login",
        "/%73taff/login",
        "/%73%74%61%66%66/login",
        "/staff//login",
    ] {
        let res = app
            .client
            .get(path)
            .header(Header::new("Accept-Encoding", "gzip, br"))
            .dispatch();
        assert_eq!(res.status(), Status::Ok, "{path}");
        assert!(
            res.headers().get_one("Content-Encoding").is_none(),
            "{path} came back compressed"
        );
        assert!(
            res.into_string().unwrap().contains("name=\"csrf\""),
            "{path}"
        );
    }
    // Without Accept-Encoding, plain bytes.
    let res = app.client.get("/en/").dispatch();
    assert!(res.headers().get_one("Content-Encoding").is_none());
}
