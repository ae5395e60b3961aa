//! Digests through the public contract, on SQLite and (with TEST_DATABASE_URL)
//! PostgreSQL: building a closed period releases it once with its hash in the
//! audit log, building again gives the same bytes, every published count is
//! suppressed or at least 10 and a multiple of 5, the JSON, CSV, Atom and HTML
//! routes answer (in English and Arabic), bad input is a 400/404/401 and never a
//! 500, and the practitioner-only setting takes tokens that can be revoked.

#[path = "common/attack.rs"]
mod attack;
mod common;

use common::{form, TestApp};
use diesel::prelude::*;
use rocket::http::{ContentType, Header, Status};
use rocket::local::blocking::Client;
use serde_json::Value;
use voices::app::digests::{self, Built};
use voices::domain::digest::Period;
use voices::domain::facts::Fact;
use voices::domain::share::{AgeBand, Region, Shared};
use voices::domain::Day;
use voices::storage::schema::staff_events;

fn policy(app: &TestApp) -> voices::policy::Policy {
    voices::policy::Policy::load(&app.env.config.moderation_dir).unwrap()
}

fn audit_key(app: &TestApp) -> voices::crypto::AuditKey {
    voices::crypto::AuditKey::from_pepper(&app.env.config.secrets().unwrap().receipt_pepper)
}

/// Facts for `month`, with planted small groups: one Tigrinya story, three
/// Pashto feedback items, a lone theme.
fn plant_facts(app: &TestApp, month: &str) {
    let mut conn = app.env.connect();
    let story = |age| Shared::Story {
        text: String::new(),
        themes: vec![],
        age_band: Some(age),
        helped: None,
    };
    let feedback = |answer: &str| Shared::Feedback {
        service: "police".into(),
        region: Some(Region::London),
        answers: [("listened".to_owned(), answer.to_owned())].into(),
        text: String::new(),
        age_band: Some(AgeBand::From16To17),
        helped: None,
    };
    let mut add = |language: &str, shared: &Shared, themes: &[&str], n: usize| {
        let themes: Vec<String> = themes.iter().map(|t| t.to_string()).collect();
        for _ in 0..n {
            voices::storage::facts::insert(&mut conn, &Fact::of(month, language, shared, &themes))
                .unwrap();
        }
    };
    add(
        "vi",
        &story(AgeBand::From16To17),
        &["labour_exploitation", "not_believed"],
        34,
    );
    add("en", &story(AgeBand::From18To21), &["not_believed"], 27);
    add("ar", &feedback("mostly"), &["language_barriers"], 22);
    add("sq", &feedback("not_at_all"), &["not_listened_to"], 13);
    add("ti", &story(AgeBand::Under16), &["going_missing"], 1);
    add("ps", &feedback("partly"), &["debt_bondage"], 3);
}

fn every_count_is_safe(value: &Value, path: &str) {
    match value {
        Value::Object(map) => {
            if let (Some(count), Some(suppressed)) = (map.get("count"), map.get("suppressed")) {
                match count {
                    Value::Null => assert_eq!(suppressed, &Value::Bool(true), "{path}"),
                    Value::Number(n) => {
                        let n = n.as_u64().unwrap();
                        assert!(n >= 10 && n % 5 == 0, "{path}: {n}");
                        assert_eq!(suppressed, &Value::Bool(false), "{path}");
                    }
                    other => panic!("{path}: count {other}"),
                }
            }
            for (k, v) in map {
                every_count_is_safe(v, &format!("{path}/{k}"));
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                every_count_is_safe(v, &format!("{path}/{i}"));
            }
        }
        _ => {}
    }
}

fn get_json(client: &Client, path: &str) -> (Status, Value) {
    let res = client.get(path.to_owned()).dispatch();
    let status = res.status();
    let body = res.into_string().unwrap_or_default();
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

#[test]
fn a_closed_month_is_released_once_and_served_in_every_format() {
    let app = TestApp::new();
    plant_facts(&app, "2026-10");
    let policy = policy(&app);
    let key = audit_key(&app);
    let mut conn = app.env.connect();
    let period: Period = "2026-10".parse().unwrap();

    // Not before the month is over.
    let during: Day = "2026-10-20".parse().unwrap();
    assert!(matches!(
        digests::build(&mut conn, &policy, &key, period, during),
        Err(voices::error::AppError::InvalidInput(digests::PERIOD_OPEN))
    ));
    let after: Day = "2026-11-08".parse().unwrap();
    let built = digests::build(&mut conn, &policy, &key, period, after).unwrap();
    let Built::Released { hash, .. } = &built[0] else {
        panic!("{built:?}")
    };
    // Released once: the hash is in the audit log; building again gives the same bytes.
    let details: Vec<String> = staff_events::table
        .filter(staff_events::action.eq("digest_released"))
        .select(staff_events::detail)
        .load(&mut conn)
        .unwrap();
    assert_eq!(details, vec![format!("period=2026-10 sha=blake2b:{hash}")]);
    assert_eq!(
        digests::build(&mut conn, &policy, &key, period, after).unwrap(),
        vec![Built::AlreadyReleased { period, same: true }]
    );
    let verified = voices::app::audit::verify(&mut conn, &key).unwrap();
    assert_eq!(verified.first_break, None);

    let client = &app.client;
    let (status, list) = get_json(client, "/digests.json");
    assert_eq!(status, Status::Ok);
    assert_eq!(list[0]["period"], "2026-10");
    assert_eq!(list[0]["released"], "2026-11-08");

    let (status, digest) = get_json(client, "/digests/2026-10.json");
    assert_eq!(status, Status::Ok);
    every_count_is_safe(&digest, "");
    // Kept compressed: each encoding the reader accepts gives the same bytes.
    let fetch = |accept: &str| {
        let res = client
            .get("/digests/2026-10.json")
            .header(Header::new("Accept-Encoding", accept.to_owned()))
            .dispatch();
        assert_eq!(res.status(), Status::Ok);
        assert_eq!(res.headers().get_one("Vary"), Some("Accept-Encoding"));
        let encoding = res.headers().get_one("Content-Encoding").map(str::to_owned);
        (encoding, res.into_bytes().unwrap())
    };
    let (none, plain) = fetch("identity");
    assert_eq!(none, None);
    assert_eq!(serde_json::from_slice::<Value>(&plain).unwrap(), digest);
    let (gzip, zipped) = fetch("gzip, deflate");
    assert_eq!(gzip.as_deref(), Some("gzip"));
    let mut unzipped = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(&zipped[..]),
        &mut unzipped,
    )
    .unwrap();
    assert_eq!(unzipped, plain);
    assert!(
        zipped.len() * 4 < plain.len(),
        "{} of {}",
        zipped.len(),
        plain.len()
    );
    let (br, squeezed) = fetch("gzip, br");
    assert_eq!(br.as_deref(), Some("br"));
    let mut unsqueezed = Vec::new();
    brotli::BrotliDecompress(&mut &squeezed[..], &mut unsqueezed).unwrap();
    assert_eq!(unsqueezed, plain);
    assert_eq!(fetch("br;q=0, gzip;q=0").0, None);
    // Read as every compressed page reads `Accept-Encoding` (any case, `x-gzip`,
    // `*`), so these get the same kept bytes, not a page compressed again.
    for (accept, kept) in [
        ("GZIP", (Some("gzip"), &zipped)),
        ("x-gzip", (Some("gzip"), &zipped)),
        ("*", (Some("br"), &squeezed)),
        ("Br, gzip", (Some("br"), &squeezed)),
        ("*, br;q=0", (Some("gzip"), &zipped)),
    ] {
        let (encoding, bytes) = fetch(accept);
        assert!(
            encoding.as_deref() == kept.0 && bytes == *kept.1,
            "{accept}: {encoding:?}, {} bytes, not the kept {} bytes",
            bytes.len(),
            kept.1.len()
        );
    }
    // The planted small groups are hidden; the big ones rounded.
    let language = |code: &str| {
        digest["overview"]["languages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["key"] == code)
            .unwrap()["total"]
            .clone()
    };
    assert_eq!(language("ti")["suppressed"], true);
    assert_eq!(language("ps")["suppressed"], true);
    assert_eq!(language("vi")["count"], 35);
    let theme = digest["themes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["key"] == "not_believed")
        .unwrap();
    assert_eq!(theme["count"]["count"], 60);
    assert!(theme["labels"]["ar"]
        .as_str()
        .is_some_and(|s| !s.is_empty()));
    assert_eq!(digest["content_hash"], format!("blake2b:{hash}"));

    let csv = client.get("/digests/2026-10.csv").dispatch();
    assert_eq!(csv.status(), Status::Ok);
    let csv = csv.into_string().unwrap();
    assert!(csv.starts_with("period,table,key,detail,count,suppressed\r\n"));
    assert!(csv.contains("2026-10,overview,vi,total,35,false"));
    assert!(csv.contains("2026-10,overview,ti,total,,true"));

    let atom = client.get("/digests.atom").dispatch();
    assert_eq!(atom.status(), Status::Ok);
    let atom = atom.into_string().unwrap();
    assert!(atom.contains("<entry>") && atom.contains("/digests/2026-10.json"));

    for lang in ["en", "ar"] {
        let page = client.get(format!("/{lang}/digests/2026-10")).dispatch();
        assert_eq!(page.status(), Status::Ok, "{lang}");
        let html = page.into_string().unwrap();
        assert!(html.contains("<svg") && html.contains("role=\"img\""));
        assert!(html.contains("<title id=\"chart-themes-title\">"));
        assert!(html.contains("<table"));
        // A suppressed count claims nothing about its size.
        if lang == "ar" {
            assert!(html.contains(r#"dir="rtl""#));
            assert!(html.contains("غير معروض"));
            assert!(!html.contains(">أقل من 10<"));
        } else {
            assert!(html.contains("not shown"));
            assert!(!html.contains("fewer than"), "no cell claims to be small");
        }
        let list = client.get(format!("/{lang}/digests")).dispatch();
        assert_eq!(list.status(), Status::Ok);
        assert!(list.into_string().unwrap().contains("/digests/2026-10"));
    }
}

#[test]
fn bad_input_is_a_clear_answer_never_a_500() {
    let app = TestApp::new();
    let client = &app.client;
    for (path, status) in [
        ("/digests/2026-13.json", Status::BadRequest),
        ("/digests/2026-Q5.csv", Status::BadRequest),
        ("/digests/%3Cscript%3E.json", Status::BadRequest),
        ("/digests/2026-10.json", Status::NotFound),
        ("/digests/2026-10.xml", Status::NotFound),
        ("/digests/2026-10", Status::NotFound),
        ("/en/digests/2026-10", Status::NotFound),
        ("/en/digests/nonsense", Status::NotFound),
        ("/xx/digests", Status::NotFound),
    ] {
        let res = client.get(path).dispatch();
        assert_eq!(res.status(), status, "{path}");
    }
    let (status, body) = get_json(client, "/digests/2026-13.json");
    assert_eq!(status, Status::BadRequest);
    assert_eq!(body["error"], "bad_period");
    let (status, list) = get_json(client, "/digests.json");
    assert_eq!((status, list), (Status::Ok, Value::Array(vec![])));
}

#[test]
fn practitioner_only_digests_take_a_revocable_token() {
    let app = TestApp::new();
    plant_facts(&app, "2026-09");
    {
        let mut conn = app.env.connect();
        let after: Day = "2026-10-08".parse().unwrap();
        digests::build_due(&mut conn, &policy(&app), &audit_key(&app), after, 7, |_| {}).unwrap();
    }
    app.create_admin();
    let admin = Client::tracked(voices::try_build(app.env.config.clone()).unwrap()).unwrap();
    assert_eq!(
        common::sign_in_with(&admin, common::ADMIN_NAME, common::ADMIN_PASSPHRASE),
        Status::SeeOther
    );
    let page = admin
        .get("/staff/admin/digests")
        .dispatch()
        .into_string()
        .unwrap();
    let csrf = TestApp::csrf_from(&page);
    let post = |fields: &[(&str, &str)]| {
        admin
            .post("/staff/admin/digests")
            .header(ContentType::Form)
            .body(form(fields))
            .dispatch()
    };
    assert_eq!(
        post(&[
            ("csrf", &csrf),
            ("do", "access"),
            ("practitioner_only", "true")
        ])
        .status(),
        Status::SeeOther
    );
    // The public now gets 401 in JSON and HTML.
    assert_eq!(
        app.client.get("/digests.json").dispatch().status(),
        Status::Unauthorized
    );
    assert_eq!(
        app.client.get("/en/digests").dispatch().status(),
        Status::Unauthorized
    );
    let wrong = app
        .client
        .get("/digests/2026-09.json")
        .header(Header::new("Authorization", "Bearer vdg_wrong"))
        .dispatch();
    assert_eq!(wrong.status(), Status::Unauthorized);

    // A token, shown once.
    let issued = post(&[
        ("csrf", &csrf),
        ("do", "issue"),
        ("name", "Council analyst"),
    ]);
    assert_eq!(issued.status(), Status::Ok);
    let html = issued.into_string().unwrap();
    let token = regex::Regex::new(r"vdg_[A-Za-z0-9_-]+")
        .unwrap()
        .find(&html)
        .expect("the token is shown")
        .as_str()
        .to_owned();
    let again = admin
        .get("/staff/admin/digests")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(!again.contains(&token), "shown only once");
    let with_token = |path: &str| {
        app.client
            .get(path.to_owned())
            .header(Header::new("Authorization", format!("Bearer {token}")))
            .dispatch()
            .status()
    };
    assert_eq!(with_token("/digests/2026-09.json"), Status::Ok);
    assert_eq!(with_token("/digests.atom"), Status::Ok);
    // The signed-in admin reads the pages too.
    assert_eq!(
        admin.get("/en/digests/2026-09").dispatch().status(),
        Status::Ok
    );

    // "You said, we did", audit-logged and shown to survivors in their language.
    let said = post(&[
        ("csrf", &csrf),
        ("do", "respond"),
        ("period", "2026-09"),
        ("theme", "not_believed"),
        ("language", "vi"),
        ("response", "Chúng tôi đang đào tạo lại nhân viên."),
    ]);
    assert_eq!(said.status(), Status::SeeOther);
    let ysd = app
        .client
        .get("/vi/you-said-we-did")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(ysd.contains("Chúng tôi đang đào tạo lại nhân viên."));
    let en = app
        .client
        .get("/en/you-said-we-did")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(!en.contains("Chúng tôi"));

    // Revoked: 401 again.
    let id: i64 = voices::storage::schema::api_tokens::table
        .select(voices::storage::schema::api_tokens::id)
        .first(&mut app.env.connect())
        .unwrap();
    let id = id.to_string();
    assert_eq!(
        post(&[("csrf", &csrf), ("do", "revoke"), ("token", &id)]).status(),
        Status::SeeOther
    );
    assert_eq!(with_token("/digests/2026-09.json"), Status::Unauthorized);
    // The token itself is nowhere in the database.
    assert!(!common::contains(&app.env.stored_bytes(), token.as_bytes()));
}

/// A released digest that would come out differently if built again (here:
/// September was released before August, so built again it has trends) stays
/// as released, and the admin is told so plainly, in their language, with the
/// difference in the audit log; `digest build` says the same.
#[test]
fn a_released_digest_that_differs_when_built_again_stays_and_the_admin_is_told() {
    let app = TestApp::new();
    plant_facts(&app, "2026-08");
    plant_facts(&app, "2026-09");
    let after: Day = "2026-10-08".parse().unwrap();
    let september: Period = "2026-09".parse().unwrap();
    let mut conn = app.env.connect();
    digests::build(&mut conn, &policy(&app), &audit_key(&app), september, after).unwrap();
    let released = app
        .client
        .get("/digests/2026-09.json")
        .dispatch()
        .into_string()
        .unwrap();

    app.create_admin();
    let admin = Client::tracked(voices::try_build(app.env.config.clone()).unwrap()).unwrap();
    assert_eq!(
        common::sign_in_with(&admin, common::ADMIN_NAME, common::ADMIN_PASSPHRASE),
        Status::SeeOther
    );
    let check = |lang: &str| {
        let page = admin
            .get("/staff/admin/digests")
            .dispatch()
            .into_string()
            .unwrap();
        let csrf = TestApp::csrf_from(&page);
        let res = admin
            .post("/staff/admin/digests")
            .header(ContentType::Form)
            .header(Header::new("Accept-Language", lang.to_owned()))
            .body(form(&[("csrf", &csrf), ("do", "check")]))
            .dispatch();
        assert_eq!(res.status(), Status::Ok);
        res.into_string().unwrap()
    };
    let differs_events = |conn: &mut voices::storage::DbConnection| -> Vec<String> {
        staff_events::table
            .filter(staff_events::action.eq("digest_rebuild_differs"))
            .select(staff_events::detail)
            .load(conn)
            .unwrap()
    };
    let page = check("en");
    assert!(
        page.contains("Every released digest comes out the same when built again."),
        "{page}"
    );
    assert!(differs_events(&mut conn).is_empty());

    // August is released after September: September built again now has
    // trends against it.
    digests::build(
        &mut conn,
        &policy(&app),
        &audit_key(&app),
        "2026-08".parse().unwrap(),
        after,
    )
    .unwrap();
    let page = check("en");
    assert!(
        // Fluent sets a placeable apart with isolation marks.
        page.contains(
            "These digests come out differently when built again today: \u{2068}2026-09\u{2069}."
        ),
        "{page}"
    );
    assert!(!page.contains("2026-08,"), "August itself gives its bytes");
    let events = differs_events(&mut conn);
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(events[0].contains("period=2026-09 released=blake2b:"));
    assert_eq!(
        app.client
            .get("/digests/2026-09.json")
            .dispatch()
            .into_string()
            .unwrap(),
        released,
        "the released digest stays as it was"
    );
    // The build path reports it too, and changes nothing either.
    let again =
        digests::build(&mut conn, &policy(&app), &audit_key(&app), september, after).unwrap();
    assert_eq!(
        again,
        vec![Built::AlreadyReleased {
            period: september,
            same: false
        }]
    );
    assert_eq!(differs_events(&mut conn).len(), 2);
}

#[test]
fn a_quarter_is_built_after_its_months_and_hides_what_they_hid() {
    let app = TestApp::new();
    for month in ["2026-07", "2026-08", "2026-09"] {
        plant_facts(&app, month);
    }
    let mut conn = app.env.connect();
    let built = digests::build(
        &mut conn,
        &policy(&app),
        &audit_key(&app),
        "2026-Q3".parse().unwrap(),
        "2026-10-08".parse().unwrap(),
    )
    .unwrap();
    assert_eq!(built.len(), 4, "three months, then the quarter");
    let quarter = digests::released(&mut conn, "2026-Q3").unwrap().unwrap();
    let months: Vec<_> = ["2026-07", "2026-08", "2026-09"]
        .iter()
        .map(|m| {
            digests::released(&mut conn, m)
                .unwrap()
                .unwrap()
                .body
                .cells()
        })
        .collect();
    // Whatever a month hid, the quarter hides. A figure every month published
    // is hidden only where the range check needs it (hiding it widens the sum
    // from ±2 to the months' ±6): here at most a fifth of them.
    let mut published = 0;
    let (mut all_shown, mut hidden_anyway) = (0, Vec::new());
    for (i, (slot, cell)) in quarter.body.cells().into_iter().enumerate() {
        let any_hidden = months.iter().any(|m| m[i].1.suppressed);
        assert_eq!(m_slot(&months[0][i].0), m_slot(&slot));
        if any_hidden {
            assert!(cell.suppressed, "{slot}");
        } else {
            all_shown += 1;
            if cell.suppressed {
                hidden_anyway.push(slot.clone());
            }
        }
        published += usize::from(!cell.suppressed);
    }
    assert!(
        hidden_anyway.len() * 5 <= all_shown,
        "{} of {all_shown} hidden: {hidden_anyway:?}",
        hidden_anyway.len()
    );
    assert!(published > 0, "the quarter publishes what its months do");
    // A month cannot come after its quarter.
    assert!(digests::build(
        &mut conn,
        &policy(&app),
        &audit_key(&app),
        "2026-08".parse().unwrap(),
        "2026-10-08".parse().unwrap(),
    )
    .is_ok_and(|b| matches!(b[0], Built::AlreadyReleased { same: true, .. })));
}

fn m_slot(s: &str) -> &str {
    s
}

#[test]
fn the_schedule_on_two_nodes_releases_each_digest_once() {
    let app = TestApp::new();
    plant_facts(&app, "2026-10");
    let config = voices::app::digests::DigestConfig::default();
    let barrier = std::sync::Barrier::new(2);
    let (node_config, policy_now, key) = (app.env.config.clone(), policy(&app), audit_key(&app));
    // Two nodes: each its own pool on the one database, each its own holder
    // name, both checking at the same moment.
    let outcomes: Vec<Option<Vec<Built>>> = std::thread::scope(|s| {
        let runs: Vec<_> = ["node-a", "node-b"]
            .into_iter()
            .map(|holder| {
                let (node_config, config, barrier) = (&node_config, &config, &barrier);
                let (policy, key) = (&policy_now, &key);
                s.spawn(move || {
                    let pool = voices::storage::open(&node_config.database()).unwrap();
                    let mut conn = pool.get().unwrap();
                    barrier.wait();
                    digests::build_due_if_leased(&mut conn, holder, config, policy, key).unwrap()
                })
            })
            .collect();
        runs.into_iter().map(|r| r.join().unwrap()).collect()
    });
    let ran: Vec<&Vec<Built>> = outcomes.iter().flatten().collect();
    assert_eq!(ran.len(), 1, "one node holds the lease: {outcomes:?}");
    assert!(
        matches!(ran[0].first(), Some(Built::Released { period, .. }) if period.to_string() == "2026-10"),
        "{ran:?}"
    );
    let mut conn = app.env.connect();
    let released: Vec<String> = staff_events::table
        .filter(staff_events::action.eq("digest_released"))
        .select(staff_events::detail)
        .load(&mut conn)
        .unwrap();
    assert_eq!(
        released.len(),
        ran[0].len(),
        "each released once: {released:?}"
    );
    // The other node's next turn finds it released and builds nothing, even
    // once the lease is its own.
    diesel::update(voices::storage::schema::job_leases::table)
        .set(voices::storage::schema::job_leases::until_at.eq(0))
        .execute(&mut conn)
        .unwrap();
    let again =
        digests::build_due_if_leased(&mut conn, "node-c", &config, &policy_now, &key).unwrap();
    assert_eq!(again, Some(Vec::new()));
}

/// The suppressed cells of `body` that someone holding every published figure
/// of it can work out exactly: every line of the published tables (each
/// language's kinds and total, each kind's languages, the grand total, the age
/// bands and regions against their totals, each service's answers to each
/// question, the services against the feedback total) is an equation, each
/// published count a known value, and the system is solved exactly.
fn attack(body: &voices::domain::digest::DigestBody) -> Vec<String> {
    let cells = body.cells();
    let index: std::collections::HashMap<String, usize> = cells
        .iter()
        .enumerate()
        .map(|(i, (slot, _))| (slot.clone(), i))
        .collect();
    let v = |slot: String| *index.get(&slot).unwrap_or_else(|| panic!("{slot}"));
    let o = &body.overview;
    let mut lines: Vec<(Vec<usize>, usize)> = Vec::new();
    for row in &o.languages {
        lines.push((
            o.kinds
                .iter()
                .map(|k| v(format!("overview/{}/{k}", row.key)))
                .collect(),
            v(format!("overview/{}/total", row.key)),
        ));
    }
    for k in &o.kinds {
        lines.push((
            o.languages
                .iter()
                .map(|r| v(format!("overview/{}/{k}", r.key)))
                .collect(),
            v(format!("overview/total/{k}")),
        ));
    }
    let grand = v("overview/total/total".into());
    let feedback = v("overview/total/feedback".into());
    lines.push((
        o.languages
            .iter()
            .map(|r| v(format!("overview/{}/total", r.key)))
            .collect(),
        grand,
    ));
    lines.push((
        o.kinds
            .iter()
            .map(|k| v(format!("overview/total/{k}")))
            .collect(),
        grand,
    ));
    lines.push((
        body.age_bands
            .iter()
            .map(|a| v(format!("age/{}", a.key)))
            .collect(),
        grand,
    ));
    lines.push((
        body.regions
            .iter()
            .map(|r| v(format!("region/{}", r.key)))
            .collect(),
        feedback,
    ));
    for s in &body.services {
        for q in &s.questions {
            lines.push((
                q.answers
                    .iter()
                    .map(|a| v(format!("service/{}/{}/{}", s.key, q.key, a.key)))
                    .collect(),
                v(format!("service/{}", s.key)),
            ));
        }
    }
    lines.push((
        body.services
            .iter()
            .map(|s| v(format!("service/{}", s.key)))
            .collect(),
        feedback,
    ));
    let hidden: Vec<bool> = cells.iter().map(|(_, c)| c.suppressed).collect();
    attack::recoverable(cells.len(), &lines, &hidden)
        .into_iter()
        .map(|i| cells[i].0.clone())
        .collect()
}

#[test]
fn no_suppressed_cell_of_a_released_digest_can_be_worked_out_from_its_totals() {
    let app = TestApp::new();
    let policy = policy(&app);
    let spec = digests::spec(&policy);
    // The planted small groups, and then months of varied facts with many small
    // groups: few languages and services dominate, as in real intake.
    plant_facts(&app, "2026-07");
    let mut seed = 0x853c_49e6_748f_ea9b_u64;
    let mut next = |n: usize| -> usize {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    {
        let mut conn = app.env.connect();
        for (month, count) in [("2026-08", 120), ("2026-09", 400)] {
            for _ in 0..count {
                let language = spec.languages[next(3).min(next(spec.languages.len()))].clone();
                let age = Some(AgeBand::ALL[next(AgeBand::ALL.len())]).filter(|_| next(4) != 0);
                let themes: Vec<String> = (0..1 + next(3))
                    .map(|_| spec.themes[next(5).min(next(spec.themes.len()))].clone())
                    .collect();
                let shared = if next(2) == 0 {
                    Shared::Story {
                        text: String::new(),
                        themes: vec![],
                        age_band: age,
                        helped: None,
                    }
                } else {
                    let mut answers = std::collections::BTreeMap::new();
                    for (q, a) in &spec.questions {
                        if next(4) != 0 {
                            answers.insert(q.clone(), a[next(a.len())].clone());
                        }
                    }
                    Shared::Feedback {
                        service: spec.services[next(3).min(next(spec.services.len()))].clone(),
                        region: Some(Region::ALL[next(Region::ALL.len())]).filter(|_| next(3) != 0),
                        answers,
                        text: String::new(),
                        age_band: age,
                        helped: None,
                    }
                };
                voices::storage::facts::insert(
                    &mut conn,
                    &Fact::of(month, &language, &shared, &themes),
                )
                .unwrap();
            }
        }
    }
    let mut conn = app.env.connect();
    let built = digests::build(
        &mut conn,
        &policy,
        &audit_key(&app),
        "2026-Q3".parse().unwrap(),
        "2026-10-08".parse().unwrap(),
    )
    .unwrap();
    assert_eq!(built.len(), 4);
    let mut published = 0;
    let mut suppressed = 0;
    for period in ["2026-07", "2026-08", "2026-09", "2026-Q3"] {
        let body = digests::released(&mut conn, period).unwrap().unwrap().body;
        for (slot, cell) in body.cells() {
            assert_eq!(cell.count.is_none(), cell.suppressed, "{period} {slot}");
            if let Some(n) = cell.count {
                assert!(n >= 10 && n % 5 == 0, "{period} {slot}: {n}");
                published += 1;
            } else {
                suppressed += 1;
            }
        }
        assert_eq!(attack(&body), Vec::<String>::new(), "{period}");
        if period == "2026-07" {
            // The attacker has teeth: publish the rest of the lone Tigrinya
            // story's row and it finds the story.
            let mut doctored = body.clone();
            let row = doctored
                .overview
                .languages
                .iter_mut()
                .find(|l| l.key == "ti")
                .unwrap();
            assert!(row.kinds[0].suppressed);
            row.kinds[1].suppressed = false;
            row.total.suppressed = false;
            assert_eq!(attack(&doctored), ["overview/ti/story"]);
        }
    }
    assert!(
        published > 40 && suppressed > 40,
        "{published} published, {suppressed} suppressed"
    );
}

#[test]
fn a_change_made_on_another_node_shows_within_the_recheck_time() {
    let app = TestApp::new();
    plant_facts(&app, "2026-10");
    let mut conn = app.env.connect();
    digests::build(
        &mut conn,
        &policy(&app),
        &audit_key(&app),
        "2026-10".parse().unwrap(),
        "2026-11-08".parse().unwrap(),
    )
    .unwrap();
    assert_eq!(get_json(&app.client, "/digests/2026-10.json").0, Status::Ok);
    // Another node's admin makes digests practitioner-only: this node has not
    // been told, and reads the setting again once what it read is too old.
    voices::storage::settings::set(&mut conn, digests::SETTING_PRACTITIONER_ONLY, Some("true"))
        .unwrap();
    std::thread::sleep(
        voices::web::routes::digests::RECHECK_AFTER + std::time::Duration::from_millis(300),
    );
    assert_eq!(
        get_json(&app.client, "/digests/2026-10.json").0,
        Status::Unauthorized
    );
    assert_eq!(
        get_json(&app.client, "/digests.json").0,
        Status::Unauthorized
    );
}

/// Adds a consented quote for `month`.
fn quote(app: &TestApp, month: &str, language: &str, theme: &str, body: &str) {
    let mut conn = app.env.connect();
    voices::storage::facts::insert_quote(
        &mut conn,
        &voices::storage::facts::NewQuote {
            month,
            language,
            themes: theme,
            content_warnings: "",
            body,
        },
    )
    .unwrap();
}

#[test]
fn quotes_name_only_published_languages_and_come_three_to_a_theme_or_not_at_all() {
    let app = TestApp::new();
    plant_facts(&app, "2026-10");
    // Three Vietnamese quotes under a published theme: shown.
    for i in 0..3 {
        quote(
            &app,
            "2026-10",
            "vi",
            "not_believed",
            &format!("vietnamese words {i}"),
        );
    }
    // A Tigrinya quote: Tigrinya's total is suppressed, so never shown.
    quote(&app, "2026-10", "ti", "not_believed", "tigrinya words");
    // Two English quotes under another published theme: two would be a
    // small count, so none.
    for i in 0..2 {
        quote(
            &app,
            "2026-10",
            "en",
            "labour_exploitation",
            &format!("english words {i}"),
        );
    }
    let mut conn = app.env.connect();
    digests::build(
        &mut conn,
        &policy(&app),
        &audit_key(&app),
        "2026-10".parse().unwrap(),
        "2026-11-08".parse().unwrap(),
    )
    .unwrap();
    let (status, digest) = get_json(&app.client, "/digests/2026-10.json");
    assert_eq!(status, Status::Ok);
    let theme_published = |key: &str| {
        digest["themes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["key"] == key && t["count"]["suppressed"] == false)
    };
    assert!(theme_published("not_believed") && theme_published("labour_exploitation"));
    let quotes = digest["quotes"].as_array().unwrap();
    // Quotes carry random ids, so they come in no set order.
    let mut texts: Vec<&str> = quotes.iter().map(|q| q["text"].as_str().unwrap()).collect();
    texts.sort_unstable();
    assert_eq!(
        texts,
        [
            "vietnamese words 0",
            "vietnamese words 1",
            "vietnamese words 2"
        ]
    );
    for q in quotes {
        let language = q["language"].as_str().unwrap();
        let row = digest["overview"]["languages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["key"] == language)
            .unwrap();
        assert_eq!(row["total"]["suppressed"], false, "{language}");
    }
    for lang in ["en", "ti"] {
        let html = app
            .client
            .get(format!("/{lang}/digests/2026-10"))
            .dispatch()
            .into_string()
            .unwrap();
        assert!(html.contains("vietnamese words 2"));
        assert!(!html.contains("tigrinya words") && !html.contains("english words"));
    }
}

#[test]
fn the_stories_page_prints_no_counts_and_no_months() {
    use voices::storage::published::{self, NewStory};
    let app = TestApp::new();
    let mut conn = app.env.connect();
    let mut ids = Vec::new();
    for (language, n) in [("sq", 3), ("ps", 5), ("fa", 6), ("en", 25)] {
        for i in 0..n {
            ids.push(
                published::insert(
                    &mut conn,
                    &NewStory {
                        language,
                        kind: "story",
                        month: "2026-11",
                        content_warnings: "",
                        body: &format!("{language} story {i}"),
                    },
                    &["education".to_owned()],
                )
                .unwrap(),
            );
        }
    }
    let counted = regex::Regex::new(r"\b\d+\s+(stor(y|ies)|item|câu chuyện)").unwrap();
    for path in [
        "/en/stories",
        "/en/stories?language=sq",
        "/en/stories?language=ps",
        "/en/stories?theme=education",
        "/en/stories?theme=education&language=fa",
        "/vi/stories?language=ps",
    ] {
        let res = app.client.get(path).dispatch();
        assert_eq!(res.status(), Status::Ok, "{path}");
        let html = res.into_string().unwrap();
        assert!(html.contains("story-card"), "{path}: the stories are there");
        assert!(!counted.is_match(&html), "{path}: a count of stories");
        assert!(
            !html.contains("2026-11") && !html.contains("2026"),
            "{path}: a month"
        );
    }
    let html = app
        .client
        .get(format!("/en/stories/{}", ids[0]))
        .dispatch()
        .into_string()
        .unwrap();
    assert!(html.contains("sq story 0"));
    assert!(!html.contains("2026-11"), "a story shows no month");
}

/// A digest page as a phone asks for it: its status, `Content-Encoding`,
/// `Vary` and decoded text.
fn phone_get(
    client: &Client,
    path: &str,
    accept: &str,
) -> (Status, Option<String>, String, String) {
    use std::io::Read;
    let res = client
        .get(path.to_owned())
        .header(Header::new("Accept-Encoding", accept.to_owned()))
        .dispatch();
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
        _ => out = raw,
    }
    (status, encoding, vary, String::from_utf8(out).unwrap())
}

#[test]
fn digest_pages_are_kept_compressed_and_change_when_a_digest_is_released() {
    use voices::web::compression::PageCache;
    let app = TestApp::new();
    plant_facts(&app, "2026-09");
    plant_facts(&app, "2026-10");
    let build = |month: &str, day: &str| {
        digests::build(
            &mut app.env.connect(),
            &policy(&app),
            &audit_key(&app),
            month.parse().unwrap(),
            day.parse().unwrap(),
        )
        .unwrap();
    };
    build("2026-09", "2026-10-08");
    let client = &app.client;
    let kept = || {
        client
            .rocket()
            .state::<PageCache>()
            .unwrap()
            .kept_digest_pages()
    };
    assert_eq!(kept(), 0);
    // Each encoding gives the same page, with Vary; one kept page per language.
    let (status, encoding, vary, br) = phone_get(client, "/en/digests", "gzip, deflate, br");
    assert_eq!((status, encoding.as_deref()), (Status::Ok, Some("br")));
    assert!(vary.contains("Accept-Encoding"), "{vary}");
    assert!(br.contains("/en/digests/2026-09") && !br.contains("/en/digests/2026-10"));
    let (_, encoding, vary, gz) = phone_get(client, "/en/digests", "gzip");
    assert_eq!(encoding.as_deref(), Some("gzip"));
    assert!(vary.contains("Accept-Encoding"));
    let (_, encoding, _, plain) = phone_get(client, "/en/digests", "identity");
    assert_eq!(encoding, None);
    assert_eq!(br, gz);
    assert_eq!(br, plain);
    assert_eq!(kept(), 1, "rendered once for three readers");
    let (_, _, _, arabic) = phone_get(client, "/ar/digests", "br");
    assert!(arabic.contains(r#"dir="rtl""#));
    let (status, encoding, _, period) = phone_get(client, "/en/digests/2026-09", "br");
    assert_eq!((status, encoding.as_deref()), (Status::Ok, Some("br")));
    assert!(period.contains("2026"));
    let (_, _, _, said) = phone_get(client, "/en/you-said-we-did", "br");
    assert_eq!(kept(), 4);
    // A period with no digest is not kept, however it is written.
    for missing in [
        "/en/digests/2026-10",
        "/en/digests/2026-11",
        "/en/digests/nonsense",
    ] {
        assert_eq!(
            phone_get(client, missing, "br").0,
            Status::NotFound,
            "{missing}"
        );
    }
    assert_eq!(kept(), 4);

    // Another digest is released (by the schedule, on any node): the list shows
    // it within the recheck time, and its page is there.
    build("2026-10", "2026-11-08");
    std::thread::sleep(
        voices::web::routes::digests::RECHECK_AFTER + std::time::Duration::from_millis(300),
    );
    let (_, encoding, vary, now) = phone_get(client, "/en/digests", "gzip, deflate, br");
    assert_eq!(encoding.as_deref(), Some("br"));
    assert!(vary.contains("Accept-Encoding"));
    assert!(
        now.contains("/en/digests/2026-10"),
        "the new digest is listed"
    );
    assert_eq!(phone_get(client, "/en/digests/2026-10", "br").0, Status::Ok);
    assert_eq!(kept(), 5, "the list replaced, the new period added");

    // A response written to a period changes its page and "you said, we did".
    voices::storage::digests::set_response(
        &mut app.env.connect(),
        "2026-09",
        "not_believed",
        "en",
        "We are training our staff again.",
        "2026-11-09",
    )
    .unwrap();
    std::thread::sleep(
        voices::web::routes::digests::RECHECK_AFTER + std::time::Duration::from_millis(300),
    );
    let (_, _, _, said_now) = phone_get(client, "/en/you-said-we-did", "br");
    assert_ne!(said, said_now);
    assert!(said_now.contains("We are training our staff again."));
    let (_, _, _, period_now) = phone_get(client, "/en/digests/2026-09", "gzip");
    assert!(period_now.contains("We are training our staff again."));
    assert_ne!(period, period_now);
}
