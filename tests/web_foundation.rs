//! The page machinery every journey relies on: language negotiation and prefixes,
//! security headers, translated error pages, health check, static files.

mod common;

use common::{accept_language, TestApp};
use rocket::http::Status;
use voices::domain::Language;

#[test]
fn healthz_answers_ok() {
    let app = TestApp::new();
    let res = app.client.get("/healthz").dispatch();
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(res.into_string().unwrap(), "ok");
}

#[test]
fn root_redirects_to_the_negotiated_language() {
    let app = TestApp::new();
    let cases = [
        ("ar-EG,ar;q=0.9", "/ar/"),
        ("ti", "/ti/"),
        ("de-DE, ps;q=0.4", "/ps/"),
        ("vi-VN", "/vi/"),
        ("fr", "/en/"),
    ];
    for (header, expected) in cases {
        let res = app
            .client
            .get("/")
            .header(accept_language(header))
            .dispatch();
        assert_eq!(res.status(), Status::SeeOther, "{header}");
        assert_eq!(
            res.headers().get_one("Location"),
            Some(expected),
            "{header}"
        );
        assert_eq!(res.headers().get_one("Vary"), Some("Accept-Language"));
    }
    let res = app.client.get("/").dispatch();
    assert_eq!(res.headers().get_one("Location"), Some("/en/"));
}

#[test]
fn every_language_start_page_has_its_lang_and_direction() {
    let app = TestApp::new();
    for lang in Language::ALL {
        let res = app.client.get(format!("/{}/", lang.code())).dispatch();
        assert_eq!(res.status(), Status::Ok, "{lang}");
        let body = res.into_string().unwrap();
        let expected = format!(
            r#"<html lang="{}" dir="{}">"#,
            lang.code(),
            lang.direction().as_str()
        );
        assert!(body.contains(&expected), "{lang}: {}", &body[..200]);
        // The switcher names every language in its own script.
        for other in Language::ALL {
            assert!(
                body.contains(other.endonym()),
                "{lang} lacks {}",
                other.endonym()
            );
        }
    }
    let body = app.client.get("/fa/").dispatch().into_string().unwrap();
    assert!(body.contains(r#"dir="rtl""#));
}

#[test]
fn language_without_trailing_slash_redirects() {
    let app = TestApp::new();
    let res = app.client.get("/ro").dispatch();
    assert_eq!(res.status(), Status::PermanentRedirect);
    assert_eq!(res.headers().get_one("Location"), Some("/ro/"));
}

#[test]
fn unknown_language_prefix_is_a_404_in_the_negotiated_language() {
    let app = TestApp::new();
    let en = app.client.get("/en/").dispatch().into_string().unwrap();
    let res = app
        .client
        .get("/de/")
        .header(accept_language("ar"))
        .dispatch();
    assert_eq!(res.status(), Status::NotFound);
    let body = res.into_string().unwrap();
    assert!(body.contains(r#"<html lang="ar" dir="rtl">"#), "{body}");
    assert!(!en.is_empty());
    for path in [
        "/xx",
        "/en/no-such-page",
        "/static/nope.css",
        "/staff/nothing",
    ] {
        let res = app
            .client
            .get(path)
            .header(accept_language("sq"))
            .dispatch();
        assert_eq!(res.status(), Status::NotFound, "{path}");
        let body = res.into_string().unwrap();
        assert!(
            body.contains(r#"lang="sq""#) || path.starts_with("/en/"),
            "{path}: {body}"
        );
    }
}

#[test]
fn error_pages_are_translated() {
    let app = TestApp::new();
    let english = app
        .client
        .get("/nope")
        .header(accept_language("en"))
        .dispatch()
        .into_string()
        .unwrap();
    let arabic = app
        .client
        .get("/nope")
        .header(accept_language("ar"))
        .dispatch()
        .into_string()
        .unwrap();
    let i18n = voices::i18n::I18n::load().unwrap();
    assert!(english.contains(&i18n.text(Language::En, "error-not-found-title")));
    assert!(arabic.contains(&i18n.text(Language::Ar, "error-not-found-title")));
}

#[test]
fn every_response_carries_the_security_headers() {
    let app = TestApp::new();
    for path in [
        "/",
        "/en/",
        "/healthz",
        "/staff/login",
        "/nope",
        "/static/voices.css",
        "/setup/wrong",
    ] {
        let res = app.client.get(path).dispatch();
        let h = res.headers();
        assert_eq!(
            h.get_one("Content-Security-Policy"),
            Some("default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"),
            "{path}"
        );
        assert_eq!(h.get_one("Referrer-Policy"), Some("no-referrer"), "{path}");
        assert_eq!(
            h.get_one("X-Content-Type-Options"),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(h.get_one("Cache-Control"), Some("no-store"), "{path}");
        assert_eq!(
            h.get_one("Cross-Origin-Opener-Policy"),
            Some("same-origin"),
            "{path}"
        );
        assert!(
            h.get_one("Permissions-Policy")
                .is_some_and(|p| p.contains("camera=()")),
            "{path}"
        );
        assert!(h.get_one("Server").is_none(), "{path}");
    }
}

#[test]
fn https_deployments_send_hsts() {
    let app = TestApp::with(|c| c.public_url = Some("https://voices.example".into()));
    let res = app.client.get("/en/").dispatch();
    assert_eq!(
        res.headers().get_one("Strict-Transport-Security"),
        Some("max-age=63072000")
    );
}

#[test]
fn survivor_pages_set_no_cookies() {
    let app = TestApp::new();
    for lang in Language::ALL {
        for path in [
            format!("/{}/", lang.code()),
            format!("/{}", lang.code()),
            format!("/{}/missing", lang.code()),
        ] {
            let res = app.client.get(&path).dispatch();
            assert!(
                res.headers().get_one("Set-Cookie").is_none(),
                "{path} set a cookie"
            );
        }
    }
    assert!(app
        .client
        .get("/")
        .dispatch()
        .headers()
        .get_one("Set-Cookie")
        .is_none());
    assert!(app.client.cookies().iter().next().is_none());
}

#[test]
fn survivor_pages_load_nothing_from_another_origin() {
    let app = TestApp::new();
    let quick_exit = voices::Config::default().quick_exit_url;
    // Crisis services' own sites (from moderation/resources.toml) may be linked,
    // never loaded, and only without a referrer.
    let policy = voices::policy::Policy::built_in().unwrap();
    let help_sites: Vec<String> = policy
        .resources
        .iter()
        .filter_map(|r| r.web.clone())
        .collect();
    assert!(!help_sites.is_empty());
    let loads = regex::Regex::new(r#"(?:src="([^"]+)"|<link[^>]*href="([^"]+)")"#).unwrap();
    let links = regex::Regex::new(r#"<a [^>]*href="([^"]+)"[^>]*>"#).unwrap();
    for path in [
        "/en/",
        "/ar/story",
        "/ti/feedback",
        "/fa/receipt",
        "/ps/safety",
        "/vi/about",
    ] {
        let body = app.client.get(path).dispatch().into_string().unwrap();
        // Everything the page loads (scripts, styles, images) is same-origin.
        for cap in loads.captures_iter(&body) {
            let url = cap.get(1).or(cap.get(2)).unwrap().as_str();
            assert!(
                url.starts_with('/') && !url.starts_with("//"),
                "{path} loads {url}"
            );
        }
        // Links lead within Voices, to a phone or text number, or out through the
        // quick exit (which sends no referrer).
        for cap in links.captures_iter(&body) {
            let url = &cap[1];
            let help_site =
                help_sites.iter().any(|site| site == url) && cap[0].contains(r#"rel="noreferrer""#);
            let allowed = (url.starts_with('/') && !url.starts_with("//"))
                || url.starts_with('#')
                || url.starts_with("tel:")
                || url.starts_with("sms:")
                || url == quick_exit
                || help_site;
            assert!(allowed, "{path} links to {url}");
        }
        assert!(body.contains(r#"rel="noreferrer""#));
    }
}

#[test]
fn stylesheet_is_served_from_the_binary() {
    let app = TestApp::new();
    let res = app.client.get("/static/voices.css").dispatch();
    assert_eq!(res.status(), Status::Ok);
    assert_eq!(res.content_type(), Some(rocket::http::ContentType::CSS));
    let css = res.into_string().unwrap();
    assert!(css.contains("Noto Sans Ethiopic"));
    assert!(css.contains("margin-inline"));
}

#[test]
fn every_asset_a_page_refers_to_is_served_with_its_type() {
    let app = TestApp::new();
    let body = app
        .client
        .get("/en/story")
        .dispatch()
        .into_string()
        .unwrap();
    let refs = regex::Regex::new(r#"(?:src|href)="(/static/[^"]+)""#).unwrap();
    let mut seen = 0;
    for cap in refs.captures_iter(&body) {
        let res = app.client.get(&cap[1]).dispatch();
        assert_eq!(res.status(), Status::Ok, "{}", &cap[1]);
        let expected = if cap[1].ends_with(".js") {
            "text/javascript"
        } else {
            "text/css"
        };
        let content_type = res.content_type().unwrap().to_string();
        assert!(
            content_type.starts_with(expected),
            "{}: {content_type}",
            &cap[1]
        );
        seen += 1;
    }
    assert_eq!(seen, 2, "the stylesheet and the script");
}

#[test]
fn a_bad_configuration_value_stops_start_up_naming_the_key() {
    let config = voices::Config {
        quick_exit_url: "javascript:alert(1)".into(),
        ..Default::default()
    };
    let Err(err) = voices::try_build(config) else {
        panic!("a bad quick_exit_url was accepted")
    };
    assert!(err.to_string().contains("quick_exit_url"), "{err}");
}
