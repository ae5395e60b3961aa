//! Translation review: hiding a language from survivors until it is reviewed,
//! its review state on the staff dashboard, and the review sheet and status
//! file from the command line.

mod common;

use std::process::{Command, Output};

use common::{accept_language, TestApp, ADMIN_NAME, ADMIN_PASSPHRASE};
use rocket::http::Status;
use voices::domain::Language;

const PAGES: [&str; 8] = [
    "", "story", "feedback", "receipt", "safety", "about", "privacy", "stories",
];

/// The language switcher of a page.
fn switcher(body: &str) -> &str {
    let start = body
        .find(r#"<nav class="languages""#)
        .expect("a language switcher");
    let end = body[start..].find("</nav>").unwrap() + start;
    &body[start..end]
}

#[test]
fn a_hidden_language_leaves_the_switcher_but_its_pages_still_answer() {
    let app = TestApp::with(|c| c.languages.hidden = vec!["ti".into(), "ps".into()]);
    for lang in Language::ALL {
        for page in PAGES {
            let path = format!("/{}/{page}", lang.code());
            let res = app.client.get(&path).dispatch();
            assert_eq!(res.status(), Status::Ok, "{path}");
            let body = res.into_string().unwrap();
            let nav = switcher(&body);
            assert!(!nav.contains(r#"lang="ti""#), "{path}: {nav}");
            assert!(!nav.contains("ትግርኛ"), "{path}");
            assert!(!nav.contains(r#"lang="ps""#), "{path}");
            for shown in ["en", "vi", "ar", "sq", "ro", "fa"] {
                assert!(
                    nav.contains(&format!(r#"lang="{shown}""#)),
                    "{path}: {shown}"
                );
            }
        }
    }
    // A browser that asks for Tigrinya first is not sent to it.
    let root = app
        .client
        .get("/")
        .header(accept_language("ti-ER, ti;q=0.9, ar;q=0.5"))
        .dispatch();
    assert_eq!(root.headers().get_one("Location"), Some("/ar/"));
    let root = app
        .client
        .get("/")
        .header(accept_language("ti-ER"))
        .dispatch();
    assert_eq!(root.headers().get_one("Location"), Some("/en/"));
}

#[test]
fn without_the_setting_every_language_is_offered() {
    let app = TestApp::new();
    let body = app.client.get("/en/").dispatch().into_string().unwrap();
    let nav = switcher(&body);
    for lang in Language::ALL {
        assert!(
            nav.contains(&format!(r#"lang="{}""#, lang.code())),
            "{lang}"
        );
    }
    let root = app
        .client
        .get("/")
        .header(accept_language("ti-ER"))
        .dispatch();
    assert_eq!(root.headers().get_one("Location"), Some("/ti/"));
}

#[test]
fn the_dashboard_shows_each_languages_review_state_and_whether_it_is_hidden() {
    let app = TestApp::with(|c| c.languages.hidden = vec!["ti".into()]);
    app.create_admin();
    assert_eq!(
        app.sign_in(ADMIN_NAME, ADMIN_PASSPHRASE).status(),
        Status::SeeOther
    );
    let body = app.client.get("/staff").dispatch().into_string().unwrap();
    let start = body.find(r#"<section id="languages""#).expect("languages");
    let section = &body[start..start + body[start..].find("</section>").unwrap()];
    assert!(section.contains(r#"<tr data-lang="en" data-state="source">"#));
    for code in ["vi", "ar", "sq", "ro", "ti", "fa", "ps"] {
        assert!(
            section.contains(&format!(
                r#"<tr data-lang="{code}" data-state="fluent-reviewed">"#
            )),
            "{code}"
        );
    }
    assert!(section.contains("Checked by a fluent speaker, not yet by a native speaker (2026-12)"));
    let ti = &section[section.find(r#"data-lang="ti""#).unwrap()..];
    let ti = &ti[..ti.find("</tr>").unwrap()];
    assert!(ti.contains("<td>Hidden</td>"), "{ti}");
    let ar = &section[section.find(r#"data-lang="ar""#).unwrap()..];
    let ar = &ar[..ar.find("</tr>").unwrap()];
    assert!(ar.contains("<td>Shown</td>"), "{ar}");
}

fn voices(dir: &std::path::Path, args: &[&str], vars: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_voices"));
    command
        .env_clear()
        .current_dir(dir)
        .env("VOICES_CONFIG", dir.join("absent.toml"))
        .env("VOICES_LOG", "warn")
        .args(args);
    for (k, v) in vars {
        command.env(k, v);
    }
    command.output().expect("run voices")
}

#[test]
fn hiding_english_or_an_unknown_language_stops_start_up_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    for value in ["en", "ti,de"] {
        let out = voices(
            dir.path(),
            &[
                "serve",
                "--data-dir",
                dir.path().join("data").to_str().unwrap(),
            ],
            &[("VOICES_LANGUAGES_HIDDEN", value)],
        );
        assert!(!out.status.success(), "{value}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("languages.hidden"), "{value}: {err}");
    }
}

#[test]
fn the_tigrinya_sheet_lists_every_message_with_its_open_questions() {
    let dir = tempfile::tempdir().unwrap();
    let out = voices(dir.path(), &["translations", "sheet", "--lang", "ti"], &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    // Self-contained: nothing to load.
    for external in ["<link", "<script", "src=", "url(", "@import"] {
        assert!(!html.contains(external), "{external}");
    }
    assert!(
        html.contains(r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#)
    );
    assert!(html.contains("@media print"));
    // The open questions, next to their messages.
    assert!(html.contains("«ካብዚ መርበብ ውጹ» (safety-critical)"));
    let exit = &html[html
        .find(r#"<article class="message" id="quick-exit">"#)
        .unwrap()..];
    let exit = &exit[..exit.find("</article>").unwrap()];
    assert!(exit.contains("Open question"), "{exit}");
    assert!(exit.contains(r#"lang="ti" dir="ltr""#));
    assert!(exit.contains(r#"lang="en" dir="ltr""#));
    assert!(exit.contains("<textarea"));
    assert!(html.contains("fluent-reviewed, 2026-12, by a fluent reviewer"));
    let messages = html.matches(r#"<article class="message""#).count();
    let english = voices::i18n::SOURCES[0].1;
    let ids = english
        .lines()
        .filter(|l| l.contains(" =") && l.starts_with(|c: char| c.is_ascii_lowercase()))
        .count();
    assert_eq!(messages, ids);

    // Written to a file with --out; Arabic is right to left, English left to right.
    let file = dir.path().join("ar.html");
    let out = voices(
        dir.path(),
        &[
            "translations",
            "sheet",
            "--lang",
            "ar",
            "--out",
            file.to_str().unwrap(),
        ],
        &[],
    );
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let ar = std::fs::read_to_string(&file).unwrap();
    assert!(ar.contains(r#"class="translation" lang="ar" dir="rtl""#));
    assert!(ar.contains(r#"<textarea id="fix-quick-exit" lang="ar" dir="rtl""#));
    assert!(ar.contains(r#"<dd lang="en" dir="ltr">Leave this site</dd>"#));
}

#[test]
fn the_csv_sheet_has_a_header_and_one_row_per_message() {
    let dir = tempfile::tempdir().unwrap();
    let out = voices(
        dir.path(),
        &["translations", "sheet", "--lang", "fa", "--csv"],
        &[],
    );
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    let csv = csv.strip_prefix('\u{FEFF}').expect("a byte-order mark");
    let mut records = 0;
    let mut in_quotes = false;
    let mut record = String::new();
    let mut first = None;
    for c in csv.chars() {
        if c == '"' {
            in_quotes = !in_quotes;
        }
        if c == '\n' && !in_quotes {
            records += 1;
            if first.is_none() {
                first = Some(record.trim_end().to_owned());
            }
            record.clear();
        } else {
            record.push(c);
        }
    }
    assert!(!in_quotes);
    assert_eq!(
        first.as_deref(),
        Some("id,section,where,english,translation,review_state,open_questions,correction")
    );
    let english = voices::i18n::SOURCES[0].1;
    let ids = english
        .lines()
        .filter(|l| l.contains(" =") && l.starts_with(|c: char| c.is_ascii_lowercase()))
        .count();
    assert_eq!(records, ids + 1);
    assert!(csv.contains("\r\nshare-text-limit,Sharing,survivor pages,"));
}

#[test]
fn an_unknown_language_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["de", "en", ""] {
        let out = voices(dir.path(), &["translations", "sheet", "--lang", lang], &[]);
        assert!(!out.status.success(), "{lang}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("unknown language"), "{lang}: {err}");
    }
}

#[test]
fn status_md_is_generated_from_status_toml() {
    let dir = tempfile::tempdir().unwrap();
    let out = voices(dir.path(), &["translations", "status"], &[]);
    assert!(out.status.success());
    let generated = String::from_utf8(out.stdout).unwrap();
    let committed = std::fs::read_to_string("locales/STATUS.md").unwrap();
    assert!(
        generated == committed,
        "locales/STATUS.md is out of date with locales/status.toml or STATUS.head.md: \
         run `cargo run -- translations status > locales/STATUS.md`"
    );
}
