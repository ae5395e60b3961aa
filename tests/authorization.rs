//! Who may do what on the staff side. The matrix is checked against every staff
//! route Voices serves (taken from `routes::all()`), so a new staff route without
//! a row fails this test. Every staff POST, sent with all its fields but a
//! missing or forged CSRF token, is refused with exactly 403 and changes nothing.

mod common;

use common::{form, TestApp, ADMIN_NAME, ADMIN_PASSPHRASE};
use rocket::http::{ContentType, Method, Status};
use rocket::local::blocking::Client;
use voices::domain::Role;

const PASSPHRASE: &str = "a long shared test passphrase";

/// The people the matrix has a column for, in order.
const PEOPLE: [&str; 5] = [
    "anonymous",
    "practitioner",
    "moderator",
    "safeguarding_lead",
    "admin",
];

/// (method, route pattern, what each person gets: anonymous, practitioner,
/// moderator, safeguarding lead, admin). 303 without a session is the way to the
/// sign-in page. POSTs are sent with a valid token and an action that changes
/// nothing, so an allowed person gets the form's own answer (422, or 303 where
/// the form has nothing to refuse) and anyone else 403.
const MATRIX: &[(Method, &str, [u16; 5])] = &[
    (Method::Get, "/staff", [303, 200, 200, 200, 200]),
    (Method::Get, "/staff/login", [200, 200, 200, 200, 200]),
    (Method::Post, "/staff/login", [422, 422, 422, 422, 422]),
    (Method::Post, "/staff/logout", [303, 303, 303, 303, 303]),
    (
        Method::Get,
        "/staff/queue?<view>&<language>&<level>&<page>&<after>&<before>&<done>&<skipped>",
        [303, 403, 200, 200, 403],
    ),
    (Method::Post, "/staff/queue", [303, 403, 422, 422, 403]),
    (
        Method::Get,
        "/staff/items/<id>?<done>",
        [303, 403, 200, 200, 403],
    ),
    (
        Method::Get,
        "/staff/items/<id>/read?<done>",
        [303, 403, 303, 303, 403],
    ),
    // Nothing to publish yet: the item page says why.
    (
        Method::Get,
        "/staff/items/<id>/publish",
        [303, 403, 409, 409, 403],
    ),
    (Method::Post, "/staff/items/<id>", [303, 403, 422, 422, 403]),
    (
        Method::Get,
        "/staff/safeguarding",
        [303, 403, 403, 200, 403],
    ),
    (Method::Get, "/staff/guidelines", [303, 200, 200, 200, 200]),
    (
        Method::Get,
        "/staff/admin/staff?<done>",
        [303, 403, 403, 403, 200],
    ),
    (
        Method::Post,
        "/staff/admin/staff",
        [303, 403, 403, 403, 422],
    ),
    (
        Method::Get,
        "/staff/admin/settings?<done>&<test>",
        [303, 403, 403, 403, 200],
    ),
    (
        Method::Post,
        "/staff/admin/settings/alerts-test",
        [303, 403, 403, 403, 422],
    ),
    (
        Method::Post,
        "/staff/admin/settings",
        [303, 403, 403, 403, 422],
    ),
    (
        Method::Get,
        "/staff/admin/digests?<done>",
        [303, 403, 403, 403, 200],
    ),
    (
        Method::Post,
        "/staff/admin/digests",
        [303, 403, 403, 403, 422],
    ),
    (
        Method::Get,
        "/staff/audit?<chain>&<page>&<verify>",
        [303, 403, 403, 403, 200],
    ),
    (
        Method::Get,
        "/staff/preferences?<done>",
        [303, 200, 200, 200, 200],
    ),
    (
        Method::Post,
        "/staff/preferences",
        [303, 303, 303, 303, 303],
    ),
    (
        Method::Get,
        "/staff/invite/<token>",
        [404, 404, 404, 404, 404],
    ),
    (
        Method::Post,
        "/staff/invite/<token>",
        [404, 404, 404, 404, 404],
    ),
];

fn staff_routes() -> Vec<(Method, String)> {
    voices::web::routes::all()
        .into_iter()
        .map(|r| (r.method, r.uri.to_string()))
        .filter(|(_, uri)| uri.starts_with("/staff"))
        .collect()
}

/// A concrete path for a route pattern.
fn concrete(pattern: &str, item: i64) -> String {
    let path = pattern.split('?').next().unwrap();
    path.replace("<id>", &item.to_string())
        .replace("<token>", "not-a-real-invitation")
}

/// The CSRF token of the signed-in session, read from a staff page.
fn session_csrf(client: &Client) -> Option<String> {
    let body = client.get("/staff/preferences").dispatch().into_string()?;
    regex::Regex::new(r#"name="csrf" value="([^"]+)""#)
        .unwrap()
        .captures(&body)
        .map(|c| c[1].to_owned())
}

fn people(app: &TestApp) {
    app.create_admin();
    app.add_staff("Pat Practitioner", Role::Practitioner, PASSPHRASE);
    app.add_staff("Mo Moderator", Role::Moderator, PASSPHRASE);
    app.add_staff("Sam Safeguarding", Role::SafeguardingLead, PASSPHRASE);
}

fn sign_in_as(client: &Client, who: &str) {
    let (name, pass) = match who {
        "practitioner" => ("Pat Practitioner", PASSPHRASE),
        "moderator" => ("Mo Moderator", PASSPHRASE),
        "safeguarding_lead" => ("Sam Safeguarding", PASSPHRASE),
        "admin" => (ADMIN_NAME, ADMIN_PASSPHRASE),
        _ => return,
    };
    assert_eq!(
        common::sign_in_with(client, name, pass),
        Status::SeeOther,
        "{who} signs in"
    );
}

#[test]
fn every_staff_route_has_a_row_and_every_role_gets_what_the_row_says() {
    let app = TestApp::new();
    people(&app);
    let item = common::share_story(&app, "vi", "Tôi muốn kể câu chuyện của mình.");
    let routes = staff_routes();
    for (method, uri) in &routes {
        assert!(
            MATRIX.iter().any(|(m, p, _)| m == method && p == uri),
            "{method} {uri} has no row in the authorisation matrix"
        );
    }
    for (method, pattern, _) in MATRIX {
        assert!(
            routes.iter().any(|(m, u)| m == method && u == pattern),
            "the matrix names {method} {pattern}, which Voices does not serve"
        );
    }
    for (column, who) in PEOPLE.iter().enumerate() {
        // A fresh browser for each person.
        let client = Client::tracked(voices::try_build(app.env.config.clone()).unwrap()).unwrap();
        sign_in_as(&client, who);
        let csrf = session_csrf(&client).unwrap_or_else(|| "none".into());
        // Sign-out ends the session: it goes last.
        let mut ordered: Vec<_> = MATRIX.iter().collect();
        ordered.sort_by_key(|(_, p, _)| *p == "/staff/logout");
        for (method, pattern, expected) in ordered {
            let path = concrete(pattern, item);
            let res = match *method {
                Method::Get => client.get(path.clone()).dispatch(),
                _ => client
                    .post(path.clone())
                    .header(ContentType::Form)
                    .body(form(&[
                        ("csrf", &csrf),
                        ("do", "__probe"),
                        ("version", "0"),
                    ]))
                    .dispatch(),
            };
            assert_eq!(
                res.status().code,
                expected[column],
                "{who}: {method} {path}"
            );
            if *method == Method::Get && res.status() == Status::Ok {
                let body = res.into_string().unwrap_or_default();
                // No staff page ever shows a practitioner or an anonymous visitor
                // anything from a submission.
                if matches!(*who, "practitioner" | "anonymous") {
                    assert!(!body.contains("Tôi muốn"), "{who}: {path} shows words");
                }
            }
        }
        // Nothing the probes did changed the item.
        let mut conn = app.env.connect();
        let state: String = {
            use diesel::prelude::*;
            use voices::storage::schema::submissions;
            submissions::table
                .filter(submissions::id.eq(item))
                .select(submissions::state)
                .first(&mut conn)
                .unwrap()
        };
        assert_eq!(state, "received", "{who}");
    }
}

/// Every required field of each staff POST, with valid values.
fn full_fields(path: &str, item: i64) -> Vec<(&'static str, String)> {
    let owned = |pairs: &[(&'static str, &str)]| {
        pairs
            .iter()
            .map(|(k, v)| (*k, v.to_string()))
            .collect::<Vec<_>>()
    };
    match path {
        "/staff/queue" => owned(&[("item", &item.to_string()), ("bulk", "release")]),
        p if p.starts_with("/staff/items/") => owned(&[("do", "claim"), ("version", "0")]),
        "/staff/admin/staff" => owned(&[
            ("do", "invite"),
            ("name", "New Person"),
            ("roles", "moderator"),
            ("languages", "vi"),
        ]),
        "/staff/admin/settings" => owned(&[
            ("break_after", "3"),
            ("daily_cap", "5"),
            ("two_person", "yes"),
        ]),
        "/staff/preferences" => owned(&[("language", "ar")]),
        "/staff/login" => owned(&[("name", ADMIN_NAME), ("passphrase", ADMIN_PASSPHRASE)]),
        p if p.starts_with("/staff/invite/") || p.starts_with("/setup/") => owned(&[
            ("name", ADMIN_NAME),
            ("passphrase", PASSPHRASE),
            ("confirm", PASSPHRASE),
        ]),
        _ => Vec::new(),
    }
}

#[test]
fn every_staff_post_with_all_its_fields_but_no_valid_token_is_refused_with_403() {
    let app = TestApp::new();
    // A fresh installation whose setup link is still open, for the setup form.
    let fresh_setup = TestApp::new();
    let setup_token = fresh_setup.env.setup_token();
    fresh_setup
        .client
        .get(format!("/setup/{setup_token}"))
        .dispatch();
    app.create_admin();
    let item = common::share_story(&app, "en", "a story nobody may change here");
    // Someone with every role, so only the token can refuse.
    {
        let mut conn = app.env.connect();
        voices::app::staff::add(
            &mut conn,
            &app.env.data_dir(),
            voices::app::staff::Authority::Admin {
                name: ADMIN_NAME.into(),
                passphrase: voices::crypto::Passphrase::new(ADMIN_PASSPHRASE),
            },
            "Everyone",
            "admin,moderator,safeguarding_lead".parse().unwrap(),
            &voices::crypto::Passphrase::new(PASSPHRASE),
            voices::crypto::KdfCost::TestOnlyFast,
            &voices::crypto::DecoyWrap::new(voices::crypto::KdfCost::TestOnlyFast),
        )
        .unwrap();
    }
    assert_eq!(
        app.sign_in("Everyone", PASSPHRASE).status(),
        Status::SeeOther
    );
    // A real invitation, so its form is reached.
    let invite = common::invite(&app, "Invited Person", "moderator");
    let mut posts: Vec<String> = voices::web::routes::all()
        .into_iter()
        .filter(|r| r.method == Method::Post)
        .map(|r| r.uri.path().to_string())
        .filter(|p| p.starts_with("/staff") || p.starts_with("/setup"))
        .collect();
    posts.sort_by_key(|p| p == "/staff/logout");
    assert!(posts.len() >= 9, "{posts:?}");
    for route in &posts {
        for csrf in [None, Some("forged"), Some("")] {
            let (client, path) = if route.starts_with("/setup") {
                (&fresh_setup.client, route.replace("<token>", &setup_token))
            } else {
                (
                    &app.client,
                    route
                        .replace("<id>", &item.to_string())
                        .replace("<token>", &invite),
                )
            };
            let mut fields = full_fields(&path, item);
            if let Some(value) = csrf {
                fields.push(("csrf", value.to_owned()));
            }
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let res = client
                .post(path.clone())
                .header(ContentType::Form)
                .body(form(&pairs))
                .dispatch();
            assert_eq!(
                res.status(),
                Status::Forbidden,
                "POST {path} with csrf {csrf:?}"
            );
        }
    }
    // Nothing happened: the session is alive, the item unclaimed, no new staff or
    // invitation, the settings and preferences unchanged, the setup link open.
    assert_eq!(app.client.get("/staff").dispatch().status(), Status::Ok);
    let queue = app
        .client
        .get("/staff/queue")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(!queue.contains(r#"<td>You</td>"#), "no claim was taken");
    let staff = app
        .client
        .get("/staff/admin/staff")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(!staff.contains("New Person"));
    assert!(
        staff.contains("Invited Person"),
        "the invitation is still open"
    );
    let settings = app
        .client
        .get("/staff/admin/settings")
        .dispatch()
        .into_string()
        .unwrap();
    assert!(settings.contains(r#"name="break_after" value="10""#));
    let home = app.client.get("/staff").dispatch().into_string().unwrap();
    assert!(
        home.contains(r#"<html lang="en""#),
        "the page language is unchanged"
    );
    assert_eq!(
        fresh_setup
            .client
            .get(format!("/setup/{setup_token}"))
            .dispatch()
            .status(),
        Status::Ok
    );
}
