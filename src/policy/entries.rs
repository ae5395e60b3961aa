//! What every policy file shares: texts in every launch language, keyed entries
//! with a label, and the checks on them (snake_case keys that appear once, no
//! missing or empty translation), with the line an error points at. It never reads
//! a file; the loaders hand it the text.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::domain::Language;

/// A text in every launch language.
#[derive(Debug, Clone)]
pub struct Translated(BTreeMap<Language, String>);

impl Translated {
    pub fn get(&self, lang: Language) -> &str {
        &self.0[&lang]
    }
}

/// A keyed entry with a label in every language (checklist items, content
/// warnings).
#[derive(Debug, Clone)]
pub struct Labelled {
    pub key: String,
    pub label: Translated,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLabelled {
    pub(super) key: String,
    pub(super) label: BTreeMap<String, String>,
}

/// The line on which `key = "<key>"` appears, for error messages.
pub(super) fn line_of(source: &str, key: &str) -> String {
    let needle = format!("\"{key}\"");
    source
        .lines()
        .position(|l| l.trim_start().starts_with("key") && l.contains(&needle))
        .map(|i| format!(" (line {})", i + 1))
        .unwrap_or_default()
}

pub(super) fn translated(
    source: &str,
    what: &str,
    key: &str,
    field: &str,
    raw: BTreeMap<String, String>,
) -> Result<Translated, String> {
    let mut texts = BTreeMap::new();
    for (code, text) in raw {
        let lang = Language::from_code(&code).ok_or_else(|| {
            format!(
                "{what} `{key}`{}: `{field}` has unknown language `{code}`",
                line_of(source, key)
            )
        })?;
        if text.trim().is_empty() {
            return Err(format!(
                "{what} `{key}`{}: `{field}` is empty in `{code}`",
                line_of(source, key)
            ));
        }
        texts.insert(lang, text);
    }
    for lang in Language::ALL {
        if !texts.contains_key(&lang) {
            return Err(format!(
                "{what} `{key}`{}: `{field}` has no `{}` translation",
                line_of(source, key),
                lang.code()
            ));
        }
    }
    Ok(Translated(texts))
}

pub(super) fn check_key(
    source: &str,
    what: &str,
    key: &str,
    seen: &mut BTreeSet<String>,
) -> Result<(), String> {
    let snake = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && key.starts_with(|c: char| c.is_ascii_lowercase());
    if !snake {
        return Err(format!(
            "{what} key `{key}`{} must be snake_case",
            line_of(source, key)
        ));
    }
    if !seen.insert(key.to_owned()) {
        return Err(format!(
            "{what} key `{key}`{} appears twice",
            line_of(source, key)
        ));
    }
    Ok(())
}

/// A label line for every language except `skip`, for tests.
#[cfg(test)]
pub(super) fn labels(skip: &str) -> String {
    Language::ALL
        .iter()
        .filter(|l| l.code() != skip)
        .map(|l| format!("{} = \"x {}\"\n", l.code(), l.code()))
        .collect()
}
