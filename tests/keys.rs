//! `voices keys rotate`: a new organisation key, every data key re-sealed, every
//! old wrap destroyed, and a rotation interrupted half-way finishes when run again.

mod common;

use common::{form, TestApp, ADMIN_NAME, ADMIN_PASSPHRASE};
use diesel::prelude::*;
use rocket::http::{ContentType, Status};
use voices::app::keys::{rotate, Progress};
use voices::app::submissions::{open_with_organisation_key, organisation_key};
use voices::crypto::{DecoyWrap, KdfCost, OrgSecretKey, Passphrase, SessionSecret};
use voices::domain::Role;
use voices::storage::schema::{organisation_keys, staff, staff_sessions, submissions};
use voices::storage::submissions::SubmissionRow;

const MODERATOR: &str = "Mo Moderator";
const MODERATOR_PASS: &str = "moderating with care daily";

fn fast_decoy() -> DecoyWrap {
    DecoyWrap::new(KdfCost::TestOnlyFast)
}

fn share(app: &TestApp, text: &str) -> String {
    let page = common::follow(
        &app.client,
        app.client
            .post("/en/story")
            .header(ContentType::Form)
            .body(form(&[("text", text), ("consent_use", "team_only")]))
            .dispatch(),
    )
    .into_string()
    .unwrap();
    common::receipt_code_in(&page).unwrap()
}

/// The organisation secret as the signed-in admin's session holds it.
fn admin_secret(app: &TestApp) -> OrgSecretKey {
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

fn rows(app: &TestApp) -> Vec<SubmissionRow> {
    let mut conn = app.env.connect();
    submissions::table
        .select(SubmissionRow::as_select())
        .load(&mut conn)
        .unwrap()
}

fn setup() -> TestApp {
    let app = TestApp::with(|c| c.limits.enabled = false);
    app.create_admin();
    app.add_staff(MODERATOR, Role::Moderator, MODERATOR_PASS);
    app
}

#[test]
fn rotation_reseals_every_data_key_and_destroys_old_wraps() {
    let app = setup();
    let codes: Vec<String> = (0..3)
        .map(|i| share(&app, &format!("story number {i}")))
        .collect();
    let old_secret = admin_secret(&app);
    assert_eq!(
        app.sign_in(MODERATOR, MODERATOR_PASS).status(),
        Status::SeeOther
    );

    let mut conn = app.env.connect();
    let rotated = rotate(
        &mut conn,
        ADMIN_NAME,
        &Passphrase::new(ADMIN_PASSPHRASE),
        KdfCost::TestOnlyFast,
        &fast_decoy(),
        500,
        |_| true,
    )
    .unwrap()
    .unwrap();
    assert_eq!(rotated.resealed, 3);
    assert_eq!(rotated.need_rekey, [MODERATOR]);
    assert!(!rotated.resumed);

    let keys: Vec<(i64, bool, Option<Vec<u8>>)> = organisation_keys::table
        .order(organisation_keys::id)
        .select((
            organisation_keys::id,
            organisation_keys::retired,
            organisation_keys::secret_sealed_to_previous,
        ))
        .load(&mut conn)
        .unwrap();
    assert_eq!(keys, [(1, true, None), (2, false, None)]);
    assert_eq!(
        staff_sessions::table
            .count()
            .get_result::<i64>(&mut conn)
            .unwrap(),
        0,
        "sessions holding the old key are gone"
    );
    let moderator_wrap: Option<Vec<u8>> = staff::table
        .filter(staff::name.eq(MODERATOR))
        .select(staff::key_wrap)
        .first(&mut conn)
        .unwrap();
    assert!(
        moderator_wrap.is_none(),
        "the moderator's old wrap is destroyed"
    );

    let new_secret = admin_secret(&app);
    let public = organisation_key(&mut conn).unwrap();
    assert_eq!(new_secret.public_key(), public);
    assert_ne!(old_secret.public_key(), public);
    for row in rows(&app) {
        assert_eq!(row.org_key_id, Some(2));
        assert!(open_with_organisation_key(&row, &public, &new_secret)
            .unwrap()
            .is_some());
        assert!(
            open_with_organisation_key(&row, &old_secret.public_key(), &old_secret).is_err(),
            "the old key opens nothing"
        );
    }
    // Receipts are untouched.
    for code in &codes {
        let res = common::follow(
            &app.client,
            app.client
                .post("/en/receipt")
                .header(ContentType::Form)
                .body(form(&[("code", code)]))
                .dispatch(),
        );
        assert_eq!(res.status(), Status::Ok);
    }
    // New submissions are sealed to the new key.
    share(&app, "after the rotation");
    assert!(rows(&app).iter().all(|r| r.org_key_id == Some(2)));

    // The moderator cannot sign in until re-keyed, then can.
    assert_eq!(
        app.sign_in(MODERATOR, MODERATOR_PASS).status(),
        Status::Unauthorized
    );
    voices::app::staff::rekey(
        &mut conn,
        ADMIN_NAME,
        &Passphrase::new(ADMIN_PASSPHRASE),
        &fast_decoy(),
        MODERATOR,
        &Passphrase::new("a brand new moderator passphrase"),
        KdfCost::TestOnlyFast,
    )
    .unwrap();
    assert_eq!(
        app.sign_in(MODERATOR, "a brand new moderator passphrase")
            .status(),
        Status::SeeOther
    );
}

#[test]
fn an_interrupted_rotation_resumes_and_finishes() {
    let app = setup();
    for i in 0..5 {
        share(&app, &format!("story {i}"));
    }
    let mut conn = app.env.connect();
    let passphrase = Passphrase::new(ADMIN_PASSPHRASE);
    let mut seen = Vec::new();
    let stopped = rotate(
        &mut conn,
        ADMIN_NAME,
        &passphrase,
        KdfCost::TestOnlyFast,
        &fast_decoy(),
        2,
        |p: Progress| {
            seen.push(p);
            false
        },
    )
    .unwrap();
    assert!(stopped.is_none());
    assert_eq!(seen, [Progress { done: 2, total: 5 }]);
    let by_key: Vec<Option<i64>> = rows(&app).iter().map(|r| r.org_key_id).collect();
    assert_eq!(by_key.iter().filter(|k| **k == Some(2)).count(), 2);
    assert_eq!(by_key.iter().filter(|k| **k == Some(1)).count(), 3);
    // Meanwhile a survivor shares: sealed to the new key already.
    share(&app, "during the rotation");
    assert_eq!(rows(&app).last().unwrap().org_key_id, Some(2));

    let finished = rotate(
        &mut conn,
        ADMIN_NAME,
        &passphrase,
        KdfCost::TestOnlyFast,
        &fast_decoy(),
        2,
        |_| true,
    )
    .unwrap()
    .unwrap();
    assert!(finished.resumed);
    assert_eq!(finished.resealed, 3);
    let secret = admin_secret(&app);
    let public = organisation_key(&mut conn).unwrap();
    for row in rows(&app) {
        assert_eq!(row.org_key_id, Some(2));
        assert!(open_with_organisation_key(&row, &public, &secret)
            .unwrap()
            .is_some());
    }
}

#[test]
fn rotation_needs_an_admin() {
    let app = setup();
    let mut conn = app.env.connect();
    let wrong = rotate(
        &mut conn,
        ADMIN_NAME,
        &Passphrase::new("not the passphrase"),
        KdfCost::TestOnlyFast,
        &fast_decoy(),
        500,
        |_| true,
    );
    assert!(matches!(
        wrong,
        Err(voices::error::AppError::WrongAdminCredentials)
    ));
    let moderator = rotate(
        &mut conn,
        MODERATOR,
        &Passphrase::new(MODERATOR_PASS),
        KdfCost::TestOnlyFast,
        &fast_decoy(),
        500,
        |_| true,
    );
    assert!(matches!(
        moderator,
        Err(voices::error::AppError::WrongAdminCredentials)
    ));
    let live: i64 = organisation_keys::table
        .count()
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(live, 1, "nothing was started");
}

/// An invitation to a role that holds the organisation key carries that key,
/// wrapped under the link's token, for 72 hours: until it is used or expires,
/// the link (with a copy of the database) is as sensitive as the key itself.
/// A practitioner's invitation carries no key.
#[test]
fn an_invitation_for_a_key_holding_role_carries_the_organisation_key_for_72_hours() {
    use voices::storage::schema::invitations;
    let app = TestApp::new();
    app.create_admin();
    assert_eq!(
        app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE).status(),
        Status::SeeOther
    );
    let token = common::invite(&app, "Noor Moderator", "moderator");
    common::invite(&app, "Pat Practitioner", "practitioner");
    let mut conn = app.env.connect();
    let rows: Vec<(String, Option<Vec<u8>>, i64)> = invitations::table
        .order(invitations::name)
        .select((
            invitations::name,
            invitations::wrapped_org_secret,
            invitations::expires_at,
        ))
        .load(&mut conn)
        .unwrap();
    let (name, wrap, expires) = &rows[0];
    assert_eq!(name, "Noor Moderator");
    let hours = (expires - voices::app::now_unix()) as f64 / 3600.0;
    assert!((71.9..=72.0).contains(&hours), "valid for {hours} hours");
    let key = voices::crypto::SetupToken::from_text(&token)
        .unwrap_org_secret(
            wrap.as_deref()
                .expect("a moderator's invitation holds a wrap"),
        )
        .expect("the link's token opens it");
    let active: Vec<u8> = organisation_keys::table
        .filter(organisation_keys::retired.eq(false))
        .select(organisation_keys::public_key)
        .first(&mut conn)
        .unwrap();
    assert_eq!(
        key.public_key().to_bytes(),
        active,
        "it is the organisation key"
    );
    assert_eq!(rows[1].0, "Pat Practitioner");
    assert_eq!(rows[1].1, None, "a practitioner's invitation holds no key");
}
