//! A staff member's browser in HTTP tests: signed in, and posting actions on an
//! item with the session's form token and the item's version, as the item page
//! does.

use diesel::prelude::*;
use rocket::http::{ContentType, Status};
use rocket::local::blocking::{Client, LocalResponse};
use voices::storage::schema::submissions;

use super::{form, TestApp};

/// A browser signed in as `name`.
pub fn browser(app: &TestApp, name: &str, pass: &str) -> Client {
    let client = Client::tracked(voices::try_build(app.env.config.clone()).unwrap()).unwrap();
    assert_eq!(
        super::sign_in_with(&client, name, pass),
        Status::SeeOther,
        "{name} signs in"
    );
    client
}

pub fn csrf_of(client: &Client) -> String {
    TestApp::csrf_from(
        &client
            .get("/staff/preferences")
            .dispatch()
            .into_string()
            .unwrap(),
    )
}

pub fn version_of(app: &TestApp, id: i64) -> String {
    let mut conn = app.env.connect();
    submissions::table
        .filter(submissions::id.eq(id))
        .select(submissions::version)
        .first::<i64>(&mut conn)
        .unwrap()
        .to_string()
}

pub fn state_of(app: &TestApp, id: i64) -> String {
    let mut conn = app.env.connect();
    submissions::table
        .filter(submissions::id.eq(id))
        .select(submissions::state)
        .first(&mut conn)
        .unwrap()
}

/// Posts an action on an item with the session's token and the item's version.
pub fn act<'c>(
    app: &TestApp,
    client: &'c Client,
    id: i64,
    action: &str,
    extra: &[(&str, &str)],
) -> LocalResponse<'c> {
    let csrf = csrf_of(client);
    let version = version_of(app, id);
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
}

/// The moderator most item tests work as.
pub const MODERATOR: &str = "Mo Moderator";
pub const MODERATOR_PASS: &str = "a long shared test passphrase";

/// Creates the admin and [`MODERATOR`], who reads `languages` (comma
/// separated, as the staff table keeps them).
pub fn add_moderator(app: &TestApp, languages: &str) {
    use voices::storage::schema::staff;
    app.create_admin();
    app.add_staff(MODERATOR, voices::domain::Role::Moderator, MODERATOR_PASS);
    diesel::update(staff::table.filter(staff::name.eq(MODERATOR)))
        .set(staff::languages.eq(languages))
        .execute(&mut app.env.connect())
        .unwrap();
}

/// [`add_moderator`] and a browser signed in as them.
pub fn moderator(app: &TestApp, languages: &str) -> Client {
    add_moderator(app, languages);
    browser(app, MODERATOR, MODERATOR_PASS)
}

/// [`act`], answering only the status.
pub fn act_status(
    app: &TestApp,
    client: &Client,
    id: i64,
    action: &str,
    extra: &[(&str, &str)],
) -> Status {
    act(app, client, id, action, extra).status()
}

/// Saves a review of a claimed item: every checklist line of the policy, the
/// given themes and content warnings, and no identifying details found.
/// Asserts the review was saved.
pub fn review(app: &TestApp, client: &Client, id: i64, themes: &[&str], warnings: &[&str]) {
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
    for w in warnings {
        extra.push(("warnings", w));
    }
    assert_eq!(
        act_status(app, client, id, "review", &extra),
        Status::SeeOther,
        "the review of item {id} is saved"
    );
}
