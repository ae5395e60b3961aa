//! Every string exists in every launch language, with the same variables, and
//! every English string is used by the code.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use voices::domain::Language;
use voices::i18n::{I18n, SOURCES};

type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_in(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => variables_in_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for variant in variants {
                variables_in(&variant.value, out);
            }
        }
    }
}

fn variables_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

fn messages(source: &str) -> Messages {
    let resource = fluent_syntax::parser::parse(source).expect("valid Fluent");
    let mut out = Messages::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                variables_in(value, &mut vars);
            }
            assert!(
                out.insert(message.id.name.to_owned(), vars).is_none(),
                "duplicate {}",
                message.id.name
            );
        }
    }
    out
}

fn english() -> Messages {
    messages(SOURCES.iter().find(|(l, _)| *l == Language::En).unwrap().1)
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = english();
    assert!(english.len() > 40);
    for (lang, source) in SOURCES {
        let theirs = messages(source);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang} is missing {missing:?}");
        assert!(extra.is_empty(), "{lang} has unknown {extra:?}");
        for (key, vars) in &english {
            assert_eq!(&theirs[key], vars, "{lang}: {key} has different variables");
        }
    }
}

#[test]
fn plural_messages_show_the_number_in_every_language() {
    let i18n = I18n::load().unwrap();
    for lang in Language::ALL {
        for n in [0u64, 1, 2, 3, 5, 11, 100] {
            let text = i18n.plain(lang, "error-rate-limited", &[("minutes", n.into())]);
            assert!(text.contains(&n.to_string()), "{lang} {n}: {text}");
        }
    }
}

fn source_files(dir: &std::path::Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&std::fs::read_to_string(path).unwrap());
        }
    }
}

const FAMILIES: [&str; 16] = [
    "police-",
    "error-",
    "staff-role-",
    "helped-",
    "age-band-",
    "region-",
    "consent-use-",
    "consent-now-",
    "state-",
    "kind-",
    "event-",
    "done-",
    "queue-view-",
    "item-consent-",
    "proposal-",
    "done-staff-",
];

#[test]
fn every_message_is_used_by_the_code() {
    let mut code = String::new();
    source_files(std::path::Path::new("src"), &mut code);
    let mut unused = Vec::new();
    for key in english().keys() {
        let literal = format!("\"{key}\"");
        // Some messages are looked up by a family prefix and a stored snake_case
        // key: errors, roles, and the choices on the survivor forms.
        let from_family = FAMILIES.iter().any(|family| {
            key.strip_prefix(family)
                .is_some_and(|rest| code.contains(&format!("\"{}\"", rest.replace('-', "_"))))
        });
        if !(code.contains(&literal) || from_family) {
            unused.push(key.clone());
        }
    }
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn every_error_key_has_a_message() {
    let english = english();
    // The moderation refusals' keys, from `Refusal::key` alone.
    let moderation = std::fs::read_to_string("src/domain/moderation.rs").unwrap();
    let refusals = moderation
        .split_once("impl Refusal {")
        .and_then(|(_, rest)| rest.split_once("\n}\n"))
        .map(|(body, _)| body.to_owned())
        .expect("Refusal::key");
    let source = std::fs::read_to_string("src/error.rs").unwrap()
        + &std::fs::read_to_string("src/web/catchers.rs").unwrap()
        + &refusals;
    let key = regex::Regex::new(r#"=> "([a-z_]+)""#).unwrap();
    let mut checked = 0;
    for cap in key.captures_iter(&source) {
        let fluent = format!("error-{}", cap[1].replace('_', "-"));
        assert!(english.contains_key(&fluent), "no message {fluent}");
        checked += 1;
    }
    assert!(checked > 30, "checked {checked}");
    // Errors about a form's content are raised with their key where they happen.
    let mut code = String::new();
    source_files(std::path::Path::new("src"), &mut code);
    let invalid = regex::Regex::new(r#"InvalidInput\("([a-z_]+)"\)"#).unwrap();
    let mut found = 0;
    for cap in invalid.captures_iter(&code) {
        let fluent = format!("error-{}", cap[1].replace('_', "-"));
        assert!(english.contains_key(&fluent), "no message {fluent}");
        found += 1;
    }
    assert!(found > 10, "found {found}");
}

#[test]
fn status_file_lists_every_drafted_language() {
    let status = std::fs::read_to_string("locales/STATUS.md").unwrap();
    for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        assert!(
            status.contains(&format!("`{}`", lang.code()))
                || status.contains(&format!("| {} ", lang.code())),
            "{lang}"
        );
    }
}
