//! Building the rules from the shipped files, and from files edited to be
//! wrong: each mistake is refused with its file and, where it has one, its line.

use super::parse;
use crate::domain::suggest::files::{
    line_at, RuleError, RuleSources, RECOGNIZERS, SAFEGUARDING, THEMES,
};

fn shipped(name: &str) -> String {
    std::fs::read_to_string(format!("{}/moderation/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn with(file: &str, edit: impl Fn(String) -> String) -> RuleError {
    let mut themes = shipped(THEMES);
    let mut safeguarding = shipped(SAFEGUARDING);
    let mut recognizers = shipped(RECOGNIZERS);
    match file {
        THEMES => themes = edit(themes),
        SAFEGUARDING => safeguarding = edit(safeguarding),
        _ => recognizers = edit(recognizers),
    }
    match parse(&RuleSources {
        themes: &themes,
        safeguarding: &safeguarding,
        recognizers: &recognizers,
    }) {
        Ok(_) => panic!("an edited {file} was accepted"),
        Err(e) => e,
    }
}

fn line_of(source: &str, needle: &str) -> usize {
    line_at(source, source.find(needle).expect(needle))
}

#[test]
fn the_shipped_files_are_valid() {
    let parsed = parse(&RuleSources {
        themes: &shipped(THEMES),
        safeguarding: &shipped(SAFEGUARDING),
        recognizers: &shipped(RECOGNIZERS),
    })
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(parsed.themes.len() >= 20);
    assert_eq!(parsed.languages.len(), 8);
}

#[test]
fn a_syntax_error_names_its_line() {
    let source = shipped(SAFEGUARDING);
    let broken_at = line_of(&source, "\n[concern]\n") + 1;
    let e = with(SAFEGUARDING, |s| {
        s.replacen("\n[concern]\n", "\n[concern\n", 1)
    });
    assert_eq!(e.file, SAFEGUARDING);
    assert_eq!(e.line, Some(broken_at), "{e}");
    assert!(e
        .to_string()
        .starts_with(&format!("safeguarding.toml (line {broken_at}): ")));
}

#[test]
fn an_unknown_key_names_its_line() {
    let source = shipped(RECOGNIZERS);
    let at = line_of(&source, "\n[names]\n") + 1;
    let e = with(RECOGNIZERS, |s| {
        s.replacen("\n[names]\n", "\n[names]\nde = [\"x\"]\n", 1)
    });
    assert!(e.message.contains("`de`"), "{e}");
    assert_eq!(e.line, Some(at + 1), "{e}");
    let e = with(SAFEGUARDING, |s| {
        s.replacen("\n[urgent]\n", "\ncolour = 1\n[urgent]\n", 1)
    });
    assert!(e.message.contains("colour"), "{e}");
    assert!(e.line.is_some());
}

#[test]
fn a_missing_language_or_an_empty_list_is_refused_with_its_line() {
    let source = shipped(SAFEGUARDING);
    let start = source.find("\n[concern]\n").unwrap() + 1;
    let ti = start + source[start..].find("\nti = ").unwrap() + 1;
    let e = with(SAFEGUARDING, |s| {
        let mut s = s;
        s.replace_range(ti..ti + 5, "xx = ");
        s
    });
    assert!(e.message.contains("`xx`"), "{e}");
    assert_eq!(e.line, Some(line_at(&source, ti)));

    let e = with(SAFEGUARDING, |s| {
        let mut s = s;
        s.insert(ti, '#');
        s
    });
    assert!(e.message.contains("no `ti` list"), "{e}");
    assert_eq!(e.line, Some(line_at(&source, start)), "{e}");

    let e = with(RECOGNIZERS, |s| {
        s.replacen("\n[allow]\n", "\n[allow]\nzz = []\n", 1)
    });
    assert!(e.message.contains("zz"), "{e}");
}

#[test]
fn a_theme_without_labels_or_keywords_is_refused() {
    let e = with(THEMES, |s| {
        s.replacen("[theme.label]", "[theme.unlabelled]", 1)
    });
    assert!(e.message.contains("unlabelled"), "{e}");
    let e = with(THEMES, |s| {
        let at = s.find("[theme.label]").unwrap();
        let end = at + s[at..].find("[theme.keywords]").unwrap();
        format!("{}{}", &s[..at], &s[end..])
    });
    assert!(e.message.contains("no labels"), "{e}");
    assert_eq!(
        e.line,
        Some(line_of(&shipped(THEMES), "key = \"not_listened_to\""))
    );
}

#[test]
fn combinations_name_signals_and_themes_that_exist() {
    let e = with(SAFEGUARDING, |s| {
        s.replacen(
            "signals = [\"threat\", \"soon\"]",
            "signals = [\"threat\", \"later\"]",
            1,
        )
    });
    assert!(e.message.contains("`later`"), "{e}");
    assert!(e.line.is_some());
    let e = with(SAFEGUARDING, |s| {
        s.replacen("theme = \"debt_bondage\"", "theme = \"debts\"", 1)
    });
    assert!(e.message.contains("`debts`"), "{e}");
    let e = with(SAFEGUARDING, |s| {
        s.replacen("at_least = 3", "at_least = 9", 1)
    });
    assert!(e.message.contains("at_least"), "{e}");
    let e = with(SAFEGUARDING, |s| {
        s.replacen("sentences = 2", "sentences = 0", 1)
    });
    assert!(e.message.contains("sentences"), "{e}");
}

#[test]
fn name_cues_show_where_the_name_goes() {
    let e = with(RECOGNIZERS, |s| {
        s.replacen(
            "[name_cues]\nen = [",
            "[name_cues]\nen = [\"my {name} friend\", ",
            1,
        )
    });
    assert!(e.message.contains("{name}"), "{e}");
}
