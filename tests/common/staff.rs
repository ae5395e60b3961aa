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
