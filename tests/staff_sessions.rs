//! First-admin setup, staff sign-in, sessions and CSRF, through HTTP.

mod common;

use common::{accept_language, contains, form, TestApp, ADMIN_NAME, ADMIN_PASSPHRASE};
use diesel::prelude::*;
use rocket::http::{ContentType, Cookie, Status};
use voices::storage::schema::{setup_claims, staff, staff_sessions};

#[test]
fn setup_link_creates_the_first_admin_once() {
    let app = TestApp::new();
    let token = app.env.setup_token();
    assert_eq!(token.len(), 43);
    let page = app.client.get(format!("/setup/{token}")).dispatch();
    assert_eq!(page.status(), Status::Ok);
    let body = page.into_string().unwrap();
    assert!(
        body.contains("12"),
        "the passphrase hint explains the length"
    );
    app.create_admin();
    // The link is spent: the same answer as a token that never existed.
    let reused = app.client.get(format!("/setup/{token}")).dispatch();
    assert_eq!(reused.status(), Status::NotFound);
    let reused_body = reused.into_string().unwrap();
    let wrong = app
        .client
        .get("/setup/not-a-token")
        .dispatch()
        .into_string()
        .unwrap();
    assert_eq!(reused_body, wrong);
    assert!(!app.env.data_dir().join("setup-token").exists());
    let mut conn = app.env.connect();
    assert_eq!(
        setup_claims::table
            .count()
            .get_result::<i64>(&mut conn)
            .unwrap(),
        0
    );
    let roles: Vec<String> = staff::table.select(staff::role).load(&mut conn).unwrap();
    assert_eq!(roles, ["admin"]);
    let res = app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(res.headers().get_one("Location"), Some("/staff"));
}

#[test]
fn setup_post_with_a_wrong_token_is_404() {
    let app = TestApp::new();
    let csrf = app.login_csrf();
    let res = app
        .client
        .post("/setup/wrong-token")
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("name", "x"),
            ("passphrase", ADMIN_PASSPHRASE),
            ("confirm", ADMIN_PASSPHRASE),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::NotFound);
    assert!(app.env.data_dir().join("setup-token").exists());
}

#[test]
fn setup_errors_keep_the_name_and_explain_in_the_visitors_language() {
    let app = TestApp::new();
    let token = app.env.setup_token();
    let page = app
        .client
        .get(format!("/setup/{token}"))
        .header(accept_language("ro"))
        .dispatch();
    let csrf = TestApp::csrf_from(&page.into_string().unwrap());
    let res = app
        .client
        .post(format!("/setup/{token}"))
        .header(ContentType::Form)
        .header(accept_language("ro"))
        .body(form(&[
            ("csrf", &csrf),
            ("name", "Ioana <b>P</b>"),
            ("passphrase", "short"),
            ("confirm", "other"),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    assert!(body.contains(r#"lang="ro""#));
    assert!(
        body.contains(r#"value="Ioana &lt;b&gt;P&lt;/b&gt;""#),
        "name kept, escaped"
    );
    let i18n = voices::i18n::I18n::load().unwrap();
    let ro = voices::domain::Language::Ro;
    assert!(body.contains(&i18n.text(ro, "error-weak-passphrase")));
    assert!(body.contains(&i18n.text(ro, "error-passphrase-mismatch")));
    assert!(body.contains(r#"aria-invalid="true""#));
    // Nothing was created; the link still works.
    assert_eq!(
        app.client
            .get(format!("/setup/{token}"))
            .dispatch()
            .status(),
        Status::Ok
    );
}

#[test]
fn a_common_passphrase_is_refused_in_the_visitors_language() {
    let app = TestApp::new();
    let token = app.env.setup_token();
    let page = app
        .client
        .get(format!("/setup/{token}"))
        .header(accept_language("fa"))
        .dispatch();
    let csrf = TestApp::csrf_from(&page.into_string().unwrap());
    let common = "Correct Horse Battery Staple";
    let res = app
        .client
        .post(format!("/setup/{token}"))
        .header(ContentType::Form)
        .header(accept_language("fa"))
        .body(form(&[
            ("csrf", &csrf),
            ("name", "Ioana"),
            ("passphrase", common),
            ("confirm", common),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::UnprocessableEntity);
    let body = res.into_string().unwrap();
    let i18n = voices::i18n::I18n::load().unwrap();
    let fa = voices::domain::Language::Fa;
    assert!(
        body.contains(&i18n.text(fa, "error-common-passphrase")),
        "{body}"
    );
    // The same rule holds for staff added from the command line or by an admin.
    let refused = voices::app::staff::check_new_passphrase(&voices::crypto::Passphrase::new(
        "pass word 1234",
    ));
    assert!(matches!(
        refused,
        Err(voices::error::AppError::CommonPassphrase)
    ));
}

#[test]
fn malformed_forms_come_back_with_the_input_kept() {
    let app = TestApp::new();
    let csrf = app.login_csrf();
    // Missing passphrase field entirely, a duplicated name, and bytes that are not UTF-8.
    for body in [
        format!("csrf={csrf}&name=Sam"),
        format!("csrf={csrf}&name=Sam&name=Other&passphrase="),
        format!("csrf={csrf}&name=Sam%FF%FE&passphrase=%"),
        "garbage&&&==".to_string(),
    ] {
        let res = app
            .client
            .post("/staff/login")
            .header(ContentType::Form)
            .body(&body)
            .dispatch();
        assert!(res.status().code < 500, "{body}: {}", res.status());
        let status = res.status();
        let html = res.into_string().unwrap_or_default();
        if body.contains("name=Sam&") || body.ends_with("name=Sam") {
            assert!(
                html.contains(r#"value="Sam""#),
                "{body} -> {status}: name kept"
            );
        }
    }
}

#[test]
fn sign_in_gives_the_same_answer_for_unknown_names_and_wrong_passphrases() {
    let app = TestApp::new();
    app.create_admin();
    let unknown = app.sign_in("Nobody Here", ADMIN_PASSPHRASE);
    assert_eq!(unknown.status(), Status::Unauthorized);
    let unknown_body = unknown
        .into_string()
        .unwrap()
        .replace("Nobody Here", "NAME");
    let wrong = app.sign_in(ADMIN_NAME, "not the passphrase at all");
    assert_eq!(wrong.status(), Status::Unauthorized);
    let wrong_body = wrong.into_string().unwrap().replace(ADMIN_NAME, "NAME");
    assert_eq!(unknown_body, wrong_body);
    assert!(app.session_cookie().is_none());
}

/// The decoy wrap for unknown names exists before the first sign-in, so the first
/// unknown name does not cost two Argon2id runs (and stand out by its time).
#[test]
fn the_decoy_wrap_is_made_at_start_up() {
    let app = TestApp::new();
    let services = app
        .client
        .rocket()
        .state::<voices::web::Services>()
        .unwrap();
    assert!(services.decoy.is_prepared());
}

#[test]
fn session_cookie_is_private_strict_http_only_and_ends_with_the_browser() {
    let app = TestApp::new();
    app.create_admin();
    let res = app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    let set_cookie: Vec<&str> = res.headers().get("Set-Cookie").collect();
    let session = set_cookie
        .iter()
        .find(|c| c.starts_with("voices_session="))
        .expect("session cookie");
    assert!(session.contains("HttpOnly"), "{session}");
    assert!(session.contains("SameSite=Strict"), "{session}");
    assert!(
        !session.to_ascii_lowercase().contains("expires"),
        "{session}"
    );
    assert!(
        !session.to_ascii_lowercase().contains("max-age"),
        "{session}"
    );
    assert!(!session.contains("Secure"), "plain http in tests");
    let dashboard = app.client.get("/staff").dispatch();
    assert_eq!(dashboard.status(), Status::Ok);
    let body = dashboard.into_string().unwrap();
    assert!(body.contains(ADMIN_NAME));
}

#[test]
fn cookies_are_secure_behind_https() {
    let app = TestApp::with(|c| c.public_url = Some("https://voices.example".into()));
    app.create_admin();
    let res = app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    let session = res
        .headers()
        .get("Set-Cookie")
        .find(|c| c.starts_with("voices_session="))
        .unwrap()
        .to_owned();
    assert!(session.contains("Secure"), "{session}");
}

#[test]
fn the_database_keeps_only_a_session_wrapped_key_and_a_hashed_id() {
    let app = TestApp::new();
    app.create_admin();
    app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    let cookie = app.session_cookie().unwrap();
    let secret = voices::crypto::SessionSecret::from_cookie_value(cookie.value()).unwrap();
    let mut conn = app.env.connect();
    let (id, wrapped): (Vec<u8>, Option<Vec<u8>>) = staff_sessions::table
        .select((staff_sessions::id, staff_sessions::wrapped_org_secret))
        .first(&mut conn)
        .unwrap();
    assert_eq!(id, secret.lookup_id());
    assert!(!contains(&id, cookie.value().as_bytes()));
    let org = secret.unwrap_org_secret(&wrapped.unwrap()).unwrap();
    let public = voices::app::submissions::organisation_key(&mut conn).unwrap();
    assert_eq!(org.public_key(), public);
}

#[test]
fn sign_out_destroys_the_session_and_its_key() {
    let app = TestApp::new();
    app.create_admin();
    app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    let stolen = app.session_cookie().unwrap();
    let page = app.client.get("/staff").dispatch().into_string().unwrap();
    let csrf = TestApp::csrf_from(&page);
    let res = app
        .client
        .post("/staff/logout")
        .header(ContentType::Form)
        .body(form(&[("csrf", &csrf)]))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther);
    let mut conn = app.env.connect();
    assert_eq!(
        staff_sessions::table
            .count()
            .get_result::<i64>(&mut conn)
            .unwrap(),
        0
    );
    // A copy of the old cookie opens nothing.
    let res = app
        .client
        .get("/staff")
        .private_cookie(Cookie::new("voices_session", stolen.value().to_owned()))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(res.headers().get_one("Location"), Some("/staff/login"));
}

#[test]
fn logout_without_the_csrf_token_is_refused() {
    let app = TestApp::new();
    app.create_admin();
    app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    for body in ["csrf=forged", ""] {
        let res = app
            .client
            .post("/staff/logout")
            .header(ContentType::Form)
            .body(body)
            .dispatch();
        assert_eq!(res.status(), Status::Forbidden, "{body:?}");
    }
    let mut conn = app.env.connect();
    assert_eq!(
        staff_sessions::table
            .count()
            .get_result::<i64>(&mut conn)
            .unwrap(),
        1
    );
}

#[test]
fn sign_in_without_the_csrf_token_is_refused() {
    let app = TestApp::new();
    app.create_admin();
    app.client.get("/staff/login").dispatch();
    let res = app
        .client
        .post("/staff/login")
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", "forged"),
            ("name", ADMIN_NAME),
            ("passphrase", ADMIN_PASSPHRASE),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::Forbidden);
    assert!(res
        .into_string()
        .unwrap()
        .contains(&format!(r#"value="{ADMIN_NAME}""#)));
    assert!(app.session_cookie().is_none());
}

#[test]
fn an_idle_session_expires_and_is_destroyed() {
    let app = TestApp::new();
    app.create_admin();
    app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    assert_eq!(app.client.get("/staff").dispatch().status(), Status::Ok);
    let mut conn = app.env.connect();
    let long_ago = voices::app::now_unix() - 31 * 60;
    diesel::update(staff_sessions::table)
        .set(staff_sessions::last_seen_at.eq(long_ago))
        .execute(&mut conn)
        .unwrap();
    let res = app.client.get("/staff").dispatch();
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(
        staff_sessions::table
            .count()
            .get_result::<i64>(&mut conn)
            .unwrap(),
        0
    );
    // Still inside the window: the session lives.
    app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    let recent = voices::app::now_unix() - 29 * 60;
    diesel::update(staff_sessions::table)
        .set(staff_sessions::last_seen_at.eq(recent))
        .execute(&mut conn)
        .unwrap();
    assert_eq!(app.client.get("/staff").dispatch().status(), Status::Ok);
}

/// However active, a session ends 12 hours (`session_max_hours`) after sign-in,
/// and its wrapped key goes with it.
#[test]
fn a_busy_session_still_ends_after_its_absolute_lifetime() {
    let app = TestApp::new();
    app.create_admin();
    app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    let mut conn = app.env.connect();
    let now = voices::app::now_unix();
    // Started 11 h 50 min ago and used a minute ago: still fine.
    diesel::update(staff_sessions::table)
        .set((
            staff_sessions::created_at.eq(now - (11 * 60 + 50) * 60),
            staff_sessions::last_seen_at.eq(now - 60),
        ))
        .execute(&mut conn)
        .unwrap();
    assert_eq!(app.client.get("/staff").dispatch().status(), Status::Ok);
    // Started 12 h 10 min ago, used a minute ago: over.
    diesel::update(staff_sessions::table)
        .set((
            staff_sessions::created_at.eq(now - (12 * 60 + 10) * 60),
            staff_sessions::last_seen_at.eq(now - 60),
        ))
        .execute(&mut conn)
        .unwrap();
    let res = app.client.get("/staff").dispatch();
    assert_eq!(res.status(), Status::SeeOther);
    assert_eq!(
        staff_sessions::table
            .count()
            .get_result::<i64>(&mut conn)
            .unwrap(),
        0,
        "the session and its wrapped key are destroyed"
    );
}

#[test]
fn signing_in_replaces_any_session_the_browser_already_had() {
    let app = TestApp::new();
    app.create_admin();
    app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    let first = app.session_cookie().unwrap();
    app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    let second = app.session_cookie().unwrap();
    assert_ne!(first.value(), second.value());
    let mut conn = app.env.connect();
    assert_eq!(
        staff_sessions::table
            .count()
            .get_result::<i64>(&mut conn)
            .unwrap(),
        1
    );
    // A session id planted in the browser before sign-in is not adopted.
    let planted = voices::crypto::SessionSecret::generate().to_cookie_value();
    let csrf = app.login_csrf();
    let res = app
        .client
        .post("/staff/login")
        .private_cookie(Cookie::new("voices_session", planted.clone()))
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("name", ADMIN_NAME),
            ("passphrase", ADMIN_PASSPHRASE),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther);
    assert_ne!(app.session_cookie().unwrap().value(), planted);
}

#[test]
fn sign_in_attempts_are_rate_limited_with_a_translated_page() {
    let app = TestApp::new();
    app.create_admin();
    let csrf = app.login_csrf();
    // A different name each time, so the per-name backoff stays out of the way:
    // this is the per-address limit.
    let attempt = |i: u32| {
        app.client
            .post("/staff/login")
            .remote("203.0.113.50:4000".parse().unwrap())
            .header(ContentType::Form)
            .header(accept_language("vi"))
            .body(form(&[
                ("csrf", &csrf),
                ("name", &format!("{ADMIN_NAME} {i}")),
                ("passphrase", "wrong wrong wrong"),
            ]))
            .dispatch()
    };
    for i in 0..5 {
        assert_eq!(attempt(i).status(), Status::Unauthorized);
    }
    let limited = attempt(5);
    assert_eq!(limited.status(), Status::TooManyRequests);
    let retry: u64 = limited
        .headers()
        .get_one("Retry-After")
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry));
    let body = limited.into_string().unwrap();
    assert!(body.contains(r#"lang="vi""#));
    let i18n = voices::i18n::I18n::load().unwrap();
    assert!(body.contains(&i18n.text(voices::domain::Language::Vi, "error-rate-limited-title")));
    // Another client is not affected.
    let other = app
        .client
        .post("/staff/login")
        .remote("203.0.113.51:4000".parse().unwrap())
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("name", ADMIN_NAME),
            ("passphrase", ADMIN_PASSPHRASE),
        ]))
        .dispatch();
    assert_eq!(other.status(), Status::SeeOther);
}

#[test]
fn forged_forwarding_headers_do_not_escape_the_rate_limit() {
    let app = TestApp::new();
    app.create_admin();
    let csrf = app.login_csrf();
    let mut statuses = Vec::new();
    for i in 0..6 {
        let res = app
            .client
            .post("/staff/login")
            .remote("203.0.113.60:4000".parse().unwrap())
            .header(rocket::http::Header::new(
                "X-Forwarded-For",
                format!("198.51.100.{i}"),
            ))
            .header(rocket::http::Header::new(
                "X-Real-IP",
                format!("198.51.100.{i}"),
            ))
            .header(ContentType::Form)
            // A new name each time: the per-name backoff must not be what stops it.
            .body(form(&[
                ("csrf", &csrf),
                ("name", &format!("x{i}")),
                ("passphrase", "y"),
            ]))
            .dispatch();
        statuses.push(res.status());
    }
    assert_eq!(
        statuses.last(),
        Some(&Status::TooManyRequests),
        "{statuses:?}"
    );
}

/// A proxy that appends its own `X-Forwarded-For` line (as common proxies do)
/// behind a client that sends one too: the client's line must not pick the
/// rate-limit key.
#[test]
fn a_client_line_before_the_proxy_line_does_not_escape_the_rate_limit() {
    let proxy: std::net::IpAddr = "10.0.0.2".parse().unwrap();
    let app = TestApp::with(|c| c.trusted_proxies = vec![proxy]);
    let csrf = app.login_csrf();
    let mut statuses = Vec::new();
    for i in 0..6 {
        let res = app
            .client
            .post("/staff/login")
            .remote("10.0.0.2:4000".parse().unwrap())
            .header(rocket::http::Header::new(
                "X-Forwarded-For",
                format!("198.51.100.{i}"),
            ))
            .header(rocket::http::Header::new("X-Forwarded-For", "203.0.113.61"))
            .header(rocket::http::Header::new(
                "X-Real-IP",
                format!("198.51.100.{i}"),
            ))
            .header(ContentType::Form)
            .body(form(&[
                ("csrf", &csrf),
                ("name", &format!("x{i}")),
                ("passphrase", "y"),
            ]))
            .dispatch();
        statuses.push(res.status());
    }
    assert_eq!(
        statuses.last(),
        Some(&Status::TooManyRequests),
        "{statuses:?}"
    );
    // Another client behind the same proxy is not affected.
    let res = app
        .client
        .post("/staff/login")
        .remote("10.0.0.2:4000".parse().unwrap())
        .header(rocket::http::Header::new("X-Forwarded-For", "203.0.113.62"))
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("name", "x-other"),
            ("passphrase", "y"),
        ]))
        .dispatch();
    assert_eq!(res.status(), Status::Unauthorized);
}

#[test]
fn practitioners_sign_in_without_receiving_the_organisation_key() {
    let app = TestApp::new();
    app.create_admin();
    app.add_staff(
        "Policy Reader",
        voices::domain::Role::Practitioner,
        "reading themes every month",
    );
    let mut conn = app.env.connect();
    assert_eq!(
        app.sign_in("Policy Reader", "reading themes every month")
            .status(),
        Status::SeeOther
    );
    let wrapped: Option<Vec<u8>> = staff_sessions::table
        .select(staff_sessions::wrapped_org_secret)
        .first(&mut conn)
        .unwrap();
    assert!(wrapped.is_none());
    let body = app.client.get("/staff").dispatch().into_string().unwrap();
    assert!(body.contains("Policy Reader"));
    assert!(!body.contains(ADMIN_NAME), "only admins see the staff list");
}

#[test]
fn the_database_holds_no_secret_in_clear() {
    let app = TestApp::new();
    let token = app.env.setup_token();
    let mut conn = app.env.connect();
    // The organisation secret key, recovered with the token before it is spent.
    let secret = voices::app::setup::unwrap_with_token(
        &mut conn,
        &voices::crypto::SetupToken::from_text(&token),
    )
    .unwrap();
    app.create_admin();
    app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    drop(conn);
    let stored = app.env.stored_bytes();
    assert!(!stored.is_empty());
    assert!(!contains(&stored, token.as_bytes()), "setup token in clear");
    assert!(
        !contains(&stored, ADMIN_PASSPHRASE.as_bytes()),
        "passphrase in clear"
    );
    let cookie = app.session_cookie().unwrap();
    assert!(
        !contains(&stored, cookie.value().as_bytes()),
        "session secret in clear"
    );
    assert!(
        !secret.appears_in(&stored),
        "organisation secret key in clear"
    );
}

#[test]
fn a_session_started_on_one_node_is_honoured_by_another() {
    let app = TestApp::new();
    app.create_admin();
    app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE);
    let cookie = app.session_cookie().unwrap();
    // A second node on the same database with the same secrets.
    let other = rocket::local::blocking::Client::tracked(
        voices::try_build(app.env.config.clone()).unwrap(),
    )
    .unwrap();
    let res = other
        .get("/staff")
        .private_cookie(Cookie::new("voices_session", cookie.value().to_owned()))
        .dispatch();
    assert_eq!(res.status(), Status::Ok);
    assert!(res.into_string().unwrap().contains(ADMIN_NAME));
    // Signing out on the first node ends it on the second.
    let page = app.client.get("/staff").dispatch().into_string().unwrap();
    let csrf = TestApp::csrf_from(&page);
    app.client
        .post("/staff/logout")
        .header(ContentType::Form)
        .body(form(&[("csrf", &csrf)]))
        .dispatch();
    let res = other
        .get("/staff")
        .private_cookie(Cookie::new("voices_session", cookie.value().to_owned()))
        .dispatch();
    assert_eq!(res.status(), Status::SeeOther);
}

fn sign_in_from(
    client: &rocket::local::blocking::Client,
    name: &str,
    passphrase: &str,
    remote: &str,
) -> Status {
    let page = client.get("/staff/login").dispatch().into_string().unwrap();
    let csrf = TestApp::csrf_from(&page);
    client
        .post("/staff/login")
        .remote(remote.parse().unwrap())
        .header(ContentType::Form)
        .body(form(&[
            ("csrf", &csrf),
            ("name", name),
            ("passphrase", passphrase),
        ]))
        .dispatch()
        .status()
}

/// Guessing one account from many addresses slows down, on every node, and an
/// unknown name behaves exactly like a real one.
#[test]
fn failures_on_one_name_make_it_wait_on_every_node_whether_or_not_it_exists() {
    let app = TestApp::new();
    app.create_admin();
    let other = rocket::local::blocking::Client::tracked(
        voices::try_build(app.env.config.clone()).unwrap(),
    )
    .unwrap();
    let mut answers = Vec::new();
    for (n, name) in [ADMIN_NAME, "Nobody By This Name"].into_iter().enumerate() {
        let mut statuses = Vec::new();
        // Each guess from its own address: the per-address limit never applies.
        for i in 0..4 {
            let remote = format!("198.51.{n}.{i}:4000");
            statuses.push(sign_in_from(
                &app.client,
                name,
                "wrong guess number",
                &remote,
            ));
        }
        // Now even the right passphrase must wait, on this node and on another.
        statuses.push(sign_in_from(
            &app.client,
            name,
            ADMIN_PASSPHRASE,
            &format!("198.51.{n}.50:4000"),
        ));
        statuses.push(sign_in_from(
            &other,
            name,
            ADMIN_PASSPHRASE,
            &format!("198.51.{n}.51:4000"),
        ));
        answers.push(statuses);
    }
    let expected = [
        Status::Unauthorized,
        Status::Unauthorized,
        Status::Unauthorized,
        Status::Unauthorized,
        Status::TooManyRequests,
        Status::TooManyRequests,
    ];
    assert_eq!(answers[0], expected, "a real account");
    assert_eq!(answers[1], answers[0], "an unknown name answers the same");
    // The count is in the database under a keyed hash, never the name.
    let mut conn = app.env.connect();
    let rows: i64 = {
        use diesel::prelude::*;
        voices::storage::schema::sign_in_backoff::table
            .count()
            .get_result(&mut conn)
            .unwrap()
    };
    assert_eq!(rows, 2);
    assert!(!common::contains(
        &app.env.stored_bytes(),
        b"Nobody By This Name"
    ));
}

/// Guesses sent in parallel once a name's wait is over: the check and the
/// counting of the attempt happen in one transaction before any key derivation,
/// so at most one guess is evaluated in the waiting period and every other one
/// waits (429), on a real account and an unknown name alike.
#[test]
fn parallel_guesses_after_the_wait_meet_the_backoff() {
    const GUESSES: usize = 6;
    let app = TestApp::with(|c| c.limits.enabled = false);
    app.create_admin();
    let pepper = app.env.config.secrets().unwrap().receipt_pepper;
    for name in [ADMIN_NAME, "Nobody By This Name"] {
        // Past the free failures, and the wait they earned is over.
        let key = voices::app::backoff::name_key(&pepper, name);
        let failures = voices::app::backoff::FREE_FAILURES + 1;
        let last = voices::app::now_unix() - voices::app::backoff::wait_after(failures) - 1;
        voices::storage::backoff::set(&mut app.env.connect(), &key, failures, last).unwrap();

        let config = app.env.config.clone();
        let runtime = rocket::tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap();
        let statuses: Vec<Status> = runtime.block_on(async move {
            let client =
                rocket::local::asynchronous::Client::tracked(voices::try_build(config).unwrap())
                    .await
                    .unwrap();
            let page = client
                .get("/staff/login")
                .dispatch()
                .await
                .into_string()
                .await
                .unwrap();
            let csrf = TestApp::csrf_from(&page);
            let body = form(&[
                ("csrf", &csrf),
                ("name", name),
                ("passphrase", "a wrong guess sent in parallel"),
            ]);
            let client = std::sync::Arc::new(client);
            let tasks: Vec<_> = (0..GUESSES)
                .map(|_| {
                    let client = client.clone();
                    let body = body.clone();
                    rocket::tokio::spawn(async move {
                        client
                            .post("/staff/login")
                            .header(ContentType::Form)
                            .body(body)
                            .dispatch()
                            .await
                            .status()
                    })
                })
                .collect();
            let mut statuses = Vec::new();
            for task in tasks {
                statuses.push(task.await.unwrap());
            }
            statuses
        });
        let evaluated = statuses
            .iter()
            .filter(|s| **s == Status::Unauthorized)
            .count();
        let waited = statuses
            .iter()
            .filter(|s| **s == Status::TooManyRequests)
            .count();
        assert_eq!(
            (evaluated, waited),
            (1, GUESSES - 1),
            "{name}: {statuses:?}"
        );
    }
}
