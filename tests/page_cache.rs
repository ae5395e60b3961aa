//! Survivor pages as browsers ask for them, on SQLite and (with
//! TEST_DATABASE_URL) PostgreSQL: pages that are the same for everyone are
//! kept compressed and sent in the encoding asked for, with `Vary`; per-visitor
//! pages are compressed as they are sent; the staff area and setup never are;
//! and a kept stories page changes when a story is published or withdrawn,
//! through this node at once and through another within the recheck time.

mod common;

use std::io::Read;

use common::staff::{self, act_status as act};
use common::{follow, form, TestApp, ADMIN_NAME, ADMIN_PASSPHRASE};
use rocket::http::{ContentType, Header, Status};
use rocket::local::blocking::{Client, LocalResponse};
use voices::web::compression::PageCache;

const PHONE: &str = "gzip, deflate, br";

/// The status, `Content-Encoding`, `Vary` and decoded body of a response.
struct Got {
    status: Status,
    encoding: Option<String>,
    vary: String,
    raw: Vec<u8>,
    body: String,
}

fn read(res: LocalResponse<'_>) -> Got {
    let status = res.status();
    let encoding = res.headers().get_one("Content-Encoding").map(str::to_owned);
    let vary = res.headers().get("Vary").collect::<Vec<_>>().join(", ");
    let raw = res.into_bytes().unwrap_or_default();
    let mut out = Vec::new();
    match encoding.as_deref() {
        Some("br") => {
            brotli::Decompressor::new(&raw[..], 4096)
                .read_to_end(&mut out)
                .expect("valid brotli");
        }
        Some("gzip") => {
            flate2::read::GzDecoder::new(&raw[..])
                .read_to_end(&mut out)
                .expect("valid gzip");
        }
        None => out = raw.clone(),
        Some(other) => panic!("unexpected encoding {other}"),
    }
    Got {
        status,
        encoding,
        vary,
        raw,
        body: String::from_utf8(out).expect("UTF-8"),
    }
}

fn get(client: &Client, path: &str, accept: Option<&str>) -> Got {
    let mut req = client.get(path.to_owned());
    if let Some(accept) = accept {
        req = req.header(Header::new("Accept-Encoding", accept.to_owned()));
    }
    read(req.dispatch())
}

fn kept(client: &Client) -> (usize, usize) {
    client.rocket().state::<PageCache>().unwrap().kept()
}

#[test]
fn pages_the_same_for_everyone_are_kept_and_sent_as_each_browser_asks() {
    let app = TestApp::new();
    let paths = [
        "/en/",
        "/en/story",
        "/ar/feedback",
        "/vi/receipt",
        "/fa/safety",
        "/ti/about",
        "/ps/privacy",
        "/sq/stories",
    ];
    for path in paths {
        let plain = get(&app.client, path, None);
        assert_eq!(plain.status, Status::Ok, "{path}");
        assert_eq!(plain.encoding, None, "{path}");
        assert!(
            plain.vary.contains("Accept-Encoding"),
            "{path}: {}",
            plain.vary
        );
        assert!(plain.body.contains("</html>"), "{path}");
        for (accept, want) in [
            (PHONE, Some("br")),
            ("gzip, deflate, br, zstd", Some("br")),
            ("gzip, deflate", Some("gzip")),
            ("br;q=0, gzip", Some("gzip")),
            ("*", Some("br")),
            ("identity", None),
            ("deflate", None),
        ] {
            let res = app
                .client
                .get(path)
                .header(Header::new("Accept-Encoding", accept))
                .dispatch();
            // Kept pages carry the same security headers as every response.
            assert_eq!(res.headers().get_one("Cache-Control"), Some("no-store"));
            assert!(res.headers().get_one("Content-Security-Policy").is_some());
            let got = read(res);
            assert_eq!(got.status, Status::Ok, "{path} {accept}");
            assert_eq!(got.encoding.as_deref(), want, "{path} {accept}");
            assert!(got.vary.contains("Accept-Encoding"), "{path} {accept}");
            assert_eq!(got.body, plain.body, "{path} {accept}: the same page");
            if want.is_some() {
                assert!(got.raw.len() < plain.raw.len(), "{path} {accept}");
            }
        }
        // A second request sends the very bytes kept from the first.
        let again = get(&app.client, path, Some(PHONE));
        assert_eq!(again.raw, get(&app.client, path, Some(PHONE)).raw);
    }
    let (fixed, stories) = kept(&app.client);
    assert_eq!(fixed, paths.len() - 1, "one kept page per path");
    assert_eq!(stories, 1);
    // Made-up parameters do not make more pages to keep.
    for junk in [
        "?x=1",
        "?theme=nonsense",
        "?language=zz",
        "?theme=nonsense&page=1",
    ] {
        let got = get(&app.client, &format!("/sq/stories{junk}"), Some(PHONE));
        assert_eq!(got.status, Status::Ok);
        assert_eq!(got.encoding.as_deref(), Some("br"));
    }
    assert_eq!(kept(&app.client), (fixed, 1));
}

#[test]
fn pages_for_one_visitor_are_compressed_as_they_are_sent() {
    let app = TestApp::new();
    // A form shown again with its errors and the words typed kept.
    let res = app
        .client
        .post("/en/story")
        .header(ContentType::Form)
        .header(Header::new("Accept-Encoding", PHONE))
        .header(Header::new("Sec-Fetch-Site", "same-origin"))
        .body(form(&[("text", "My words, kept"), ("consent_use", "")]))
        .dispatch();
    let again = read(res);
    assert_eq!(again.status, Status::UnprocessableEntity);
    assert_eq!(again.encoding.as_deref(), Some("br"));
    assert!(again.vary.contains("Accept-Encoding"));
    assert!(again.body.contains("My words, kept"));
    // The new receipt code's page, reached through its single-use link.
    let res = app
        .client
        .post("/en/story")
        .header(ContentType::Form)
        .header(Header::new("Sec-Fetch-Site", "same-origin"))
        .body(form(&[
            ("text", "A story to keep"),
            ("consent_use", "team_only"),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther);
    let to = res.headers().get_one("Location").unwrap().to_owned();
    let receipt = get(&app.client, &to, Some("gzip, deflate"));
    assert_eq!(receipt.status, Status::Ok);
    assert_eq!(receipt.encoding.as_deref(), Some("gzip"));
    assert!(receipt.vary.contains("Accept-Encoding"));
    assert!(common::receipt_code_in(&receipt.body).is_some());
    // Nothing per-visitor is kept.
    assert_eq!(kept(&app.client), (0, 0));
}

#[test]
fn the_staff_area_and_setup_are_never_compressed_whatever_is_asked() {
    let app = TestApp::new();
    let token = app.env.setup_token();
    for path in ["/staff/login".to_owned(), format!("/setup/{token}")] {
        let got = get(&app.client, &path, Some(PHONE));
        assert_eq!(got.status, Status::Ok, "{path}");
        assert_eq!(got.encoding, None, "{path}: it carries a form token");
        assert!(got.body.contains(r#"name="csrf""#), "{path}");
    }
    app.create_admin();
    assert_eq!(
        app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE).status(),
        Status::SeeOther
    );
    for path in ["/staff", "/staff/admin/staff", "/staff/preferences"] {
        let got = get(&app.client, path, Some(PHONE));
        assert_eq!(got.status, Status::Ok, "{path}");
        assert_eq!(got.encoding, None, "{path}");
    }
}

fn links(body: &str) -> Vec<String> {
    regex::Regex::new(r#"href="/vi/stories/(\d+)""#)
        .unwrap()
        .captures_iter(body)
        .map(|c| c[1].to_owned())
        .collect()
}

#[test]
fn a_kept_stories_page_changes_when_a_story_is_published_or_withdrawn() {
    let app = TestApp::new();
    staff::add_moderator(&app, "vi");
    let (id, code) = app.share("vi", "Họ bắt tôi làm việc ở tiệm nail mà không trả lương.");
    // The list is kept before anything is published.
    let before = get(&app.client, "/vi/stories", Some(PHONE));
    assert_eq!(before.encoding.as_deref(), Some("br"));
    assert!(links(&before.body).is_empty());
    assert_eq!(kept(&app.client).1, 1);

    // The moderator works on this node (the survivor pages ignore the cookie).
    let mo = &app.client;
    assert_eq!(
        common::sign_in_with(mo, staff::MODERATOR, staff::MODERATOR_PASS),
        Status::SeeOther
    );
    assert_eq!(act(&app, mo, id, "claim", &[]), Status::SeeOther);
    staff::review(
        &app,
        mo,
        id,
        &["labour_exploitation"],
        &["exploitation_work"],
    );
    let edit = "Họ bắt tôi làm việc mà không trả lương.";
    assert_eq!(
        act(
            &app,
            mo,
            id,
            "propose",
            &[("edit", edit), ("message", "Cảm ơn bạn.")]
        ),
        Status::SeeOther
    );
    assert_eq!(app.answer_shown_edit("vi", &code, "approve"), Status::Ok);
    assert_eq!(act(&app, mo, id, "publish", &[]), Status::SeeOther);

    // Published through this node: the kept list is replaced at once.
    let after = get(&app.client, "/vi/stories", Some(PHONE));
    assert_eq!(after.encoding.as_deref(), Some("br"));
    let listed = links(&after.body);
    assert_eq!(listed.len(), 1, "the new story is listed");
    let story = get(
        &app.client,
        &format!("/vi/stories/{}", listed[0]),
        Some(PHONE),
    );
    assert_eq!(story.status, Status::Ok);
    assert!(story.body.contains(edit));

    // Looking the receipt up publishes nothing: the release read for the list
    // is still trusted.
    let cache = app.client.rocket().state::<PageCache>().unwrap();
    assert!(cache.knows_release());
    let res = app.post_form("/vi/receipt", &[("code", &code)]);
    assert_eq!(follow(&app.client, res).status(), Status::Ok);
    assert!(
        cache.knows_release(),
        "a look-up forgot the stories release"
    );

    // Withdrawn through this node: gone from the list and its page at once.
    let res = app.post_form(
        "/vi/receipt/withdraw",
        &[("code", &code), ("confirm", "yes")],
    );
    assert!(!cache.knows_release(), "a withdrawal is read again");
    assert_eq!(follow(&app.client, res).status(), Status::Ok);
    assert!(links(&get(&app.client, "/vi/stories", Some(PHONE)).body).is_empty());
    assert_eq!(
        get(
            &app.client,
            &format!("/vi/stories/{}", listed[0]),
            Some(PHONE)
        )
        .status,
        Status::NotFound
    );

    // Published through another node (here, straight into the shared
    // database): this node shows it once its recheck time has passed.
    let other = voices::storage::published::insert(
        &mut app.env.connect(),
        &voices::storage::published::NewStory {
            language: "vi",
            kind: "story",
            month: "2026-12",
            content_warnings: "",
            body: "from the other node",
        },
        &["labour_exploitation".to_owned()],
    )
    .unwrap();
    std::thread::sleep(
        voices::web::routes::digests::RECHECK_AFTER + std::time::Duration::from_millis(200),
    );
    let later = get(&app.client, "/vi/stories", Some(PHONE));
    assert_eq!(links(&later.body), [other.to_string()]);
}

#[test]
fn a_page_goes_to_the_socket_in_one_piece() {
    let app = TestApp::new();
    for (path, accept) in [
        ("/en/", None),
        ("/en/", Some(PHONE)),
        ("/ar/story", None),
        ("/en/stories", None),
    ] {
        let mut req = app.client.get(path);
        if let Some(accept) = accept {
            req = req.header(Header::new("Accept-Encoding", accept));
        }
        let res = req.dispatch();
        assert_eq!(res.status(), Status::Ok, "{path}");
        let size = res.body().preset_size().expect("a page's size is known");
        // Rocket reads a body 4 KiB at a time unless told otherwise, and each
        // piece is a write of its own.
        assert!(
            res.body().max_chunk_size() >= size,
            "{path} {accept:?}: {size} bytes in pieces of {}",
            res.body().max_chunk_size()
        );
    }
}
