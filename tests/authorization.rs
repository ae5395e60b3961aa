//! Who may do what on the staff side: an authorisation matrix over every staff
//! route and role, and CSRF refusal on every staff POST (found from the route
//! table, so a new route is covered without editing this file).

mod common;

use common::{form, TestApp, ADMIN_NAME, ADMIN_PASSPHRASE};
use rocket::http::{ContentType, Method, Status};
use voices::domain::Role;

const PASSPHRASE: &str = "a long shared test passphrase";

/// What each role sees on each staff page: (path, [anonymous, practitioner,
/// moderator, safeguarding lead, admin]). 200 = allowed; 303 = sent to sign in.
const MATRIX: &[(&str, [u16; 5])] = &[("/staff", [303, 200, 200, 200, 200])];

#[test]
fn every_role_gets_what_the_matrix_says() {
    let app = TestApp::new();
    app.create_admin();
    let people = [
        (None, "anonymous"),
        (
            Some(("Pat Practitioner", Role::Practitioner)),
            "practitioner",
        ),
        (Some(("Mo Moderator", Role::Moderator)), "moderator"),
        (
            Some(("Sam Safeguarding", Role::SafeguardingLead)),
            "safeguarding_lead",
        ),
        (Some((ADMIN_NAME, Role::Admin)), "admin"),
    ];
    for (who, _) in &people[1..4] {
        let (name, role) = who.unwrap();
        app.add_staff(name, role, PASSPHRASE);
    }
    for (column, (who, label)) in people.iter().enumerate() {
        if let Some((name, _)) = who {
            let pass = if *name == ADMIN_NAME {
                ADMIN_PASSPHRASE
            } else {
                PASSPHRASE
            };
            assert_eq!(
                app.sign_in(name, pass).status(),
                Status::SeeOther,
                "{label} signs in"
            );
        }
        for (path, expected) in MATRIX {
            let res = app.client.get(*path).dispatch();
            assert_eq!(res.status().code, expected[column], "{label} GET {path}");
            let body = res.into_string().unwrap_or_default();
            // Only admins see the staff list.
            let sees_list = body.contains("<table");
            assert_eq!(sees_list, *label == "admin", "{label} staff list");
        }
    }
}

#[test]
fn every_staff_post_refuses_a_missing_or_forged_csrf_token() {
    let app = TestApp::new();
    let staff_posts: Vec<String> = voices::web::routes::all()
        .into_iter()
        .filter(|r| r.method == Method::Post)
        .map(|r| r.uri.path().to_string())
        .filter(|p| p.starts_with("/staff") || p.starts_with("/setup"))
        .collect();
    assert!(staff_posts.len() >= 3, "{staff_posts:?}");
    // Signed in as admin with a real session, so only the CSRF check can refuse.
    app.create_admin();
    let fresh_setup = TestApp::new();
    let fresh_token = fresh_setup.env.setup_token();
    fresh_setup
        .client
        .get(format!("/setup/{fresh_token}"))
        .dispatch();
    app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    for route in &staff_posts {
        for csrf in [None, Some("forged"), Some("")] {
            let mut fields = vec![
                ("name", ADMIN_NAME),
                ("passphrase", ADMIN_PASSPHRASE),
                ("confirm", ADMIN_PASSPHRASE),
            ];
            if let Some(value) = csrf {
                fields.push(("csrf", value));
            }
            let (client, path) = if route.starts_with("/setup") {
                (&fresh_setup.client, route.replace("<token>", &fresh_token))
            } else {
                (&app.client, route.clone())
            };
            let res = client
                .post(path.clone())
                .header(ContentType::Form)
                .body(form(&fields))
                .dispatch();
            let status = res.status();
            assert!(
                status == Status::Forbidden || status == Status::UnprocessableEntity,
                "POST {path} with csrf {csrf:?} answered {status}"
            );
        }
    }
    // Nothing happened: the session is alive and the setup link still works.
    assert_eq!(app.client.get("/staff").dispatch().status(), Status::Ok);
    assert_eq!(
        fresh_setup
            .client
            .get(format!("/setup/{fresh_token}"))
            .dispatch()
            .status(),
        Status::Ok
    );
}
