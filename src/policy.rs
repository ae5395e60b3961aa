//! Moderation policy as data: the files under `moderation/` (themes, crisis
//! resources), read and validated once at start-up. An unknown key, a missing
//! translation, or a theme without a label stops the server with a message that
//! names the file, the entry and, where it can, the line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

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

#[derive(Debug, Clone)]
pub struct Theme {
    pub key: String,
    pub label: Translated,
}

#[derive(Debug, Clone)]
pub struct Resource {
    pub key: String,
    pub phone: Option<String>,
    pub sms: Option<String>,
    /// Shown only in these languages; every language when `None`.
    pub languages: Option<Vec<Language>>,
    pub name: Translated,
    pub when: Translated,
}

impl Resource {
    pub fn shown_in(&self, lang: Language) -> bool {
        self.languages
            .as_ref()
            .is_none_or(|langs| langs.contains(&lang))
    }
}

#[derive(Debug, Clone)]
pub struct Policy {
    pub themes: Vec<Theme>,
    pub resources: Vec<Resource>,
    /// Suggestions for moderators, built from `themes.toml`,
    /// `safeguarding.toml` and `recognizers.toml`.
    pub suggest: std::sync::Arc<crate::domain::suggest::SuggestionRules>,
}

#[derive(Debug, thiserror::Error)]
#[error("{file}: {problem}")]
pub struct PolicyError {
    pub file: PathBuf,
    pub problem: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemesFile {
    theme: Vec<RawTheme>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTheme {
    key: String,
    label: BTreeMap<String, String>,
    /// Checked by `domain::suggest`, which uses it.
    #[serde(default, rename = "keywords")]
    _keywords: Option<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResourcesFile {
    resource: Vec<RawResource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResource {
    key: String,
    phone: Option<String>,
    sms: Option<String>,
    languages: Option<Vec<String>>,
    name: BTreeMap<String, String>,
    when: BTreeMap<String, String>,
}

/// The line on which `key = "<key>"` appears, for error messages.
fn line_of(source: &str, key: &str) -> String {
    let needle = format!("\"{key}\"");
    source
        .lines()
        .position(|l| l.trim_start().starts_with("key") && l.contains(&needle))
        .map(|i| format!(" (line {})", i + 1))
        .unwrap_or_default()
}

fn translated(
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

fn check_key(
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

impl Policy {
    pub fn parse_themes(source: &str) -> Result<Vec<Theme>, String> {
        let file: ThemesFile = toml::from_str(source).map_err(|e| e.to_string())?;
        if file.theme.is_empty() {
            return Err("no themes".into());
        }
        let mut seen = BTreeSet::new();
        file.theme
            .into_iter()
            .map(|raw| {
                check_key(source, "theme", &raw.key, &mut seen)?;
                let label = translated(source, "theme", &raw.key, "label", raw.label)?;
                Ok(Theme {
                    key: raw.key,
                    label,
                })
            })
            .collect()
    }

    pub fn parse_resources(source: &str) -> Result<Vec<Resource>, String> {
        let file: ResourcesFile = toml::from_str(source).map_err(|e| e.to_string())?;
        let mut seen = BTreeSet::new();
        let resources = file
            .resource
            .into_iter()
            .map(|raw| {
                check_key(source, "resource", &raw.key, &mut seen)?;
                if raw.phone.is_none() && raw.sms.is_none() {
                    return Err(format!(
                        "resource `{}`{} needs a `phone` or an `sms`",
                        raw.key,
                        line_of(source, &raw.key)
                    ));
                }
                let languages = raw
                    .languages
                    .map(|codes| {
                        codes
                            .iter()
                            .map(|c| {
                                Language::from_code(c).ok_or_else(|| {
                                    format!(
                                        "resource `{}`{}: unknown language `{c}`",
                                        raw.key,
                                        line_of(source, &raw.key)
                                    )
                                })
                            })
                            .collect::<Result<Vec<_>, _>>()
                    })
                    .transpose()?;
                Ok(Resource {
                    name: translated(source, "resource", &raw.key, "name", raw.name)?,
                    when: translated(source, "resource", &raw.key, "when", raw.when)?,
                    key: raw.key,
                    phone: raw.phone,
                    sms: raw.sms,
                    languages,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        for lang in Language::ALL {
            if !resources.iter().any(|r| r.shown_in(lang)) {
                return Err(format!("no resource is shown in `{}`", lang.code()));
            }
        }
        Ok(resources)
    }

    /// Reads and validates every policy file in `dir`.
    pub fn load(dir: &Path) -> Result<Policy, PolicyError> {
        let read = |name: &str| {
            let file = dir.join(name);
            std::fs::read_to_string(&file)
                .map(|text| (file.clone(), text))
                .map_err(|e| PolicyError {
                    file,
                    problem: format!("cannot read: {e}"),
                })
        };
        let (file, text) = read("themes.toml")?;
        let themes = Self::parse_themes(&text).map_err(|problem| PolicyError { file, problem })?;
        let (file, text) = read("resources.toml")?;
        let resources =
            Self::parse_resources(&text).map_err(|problem| PolicyError { file, problem })?;
        let (_, themes_text) = read("themes.toml")?;
        let (_, safeguarding) = read("safeguarding.toml")?;
        let (_, recognizers) = read("recognizers.toml")?;
        let suggest = crate::domain::suggest::SuggestionRules::from_sources(
            &crate::domain::suggest::RuleSources {
                themes: &themes_text,
                safeguarding: &safeguarding,
                recognizers: &recognizers,
            },
        )
        .map_err(|err| PolicyError {
            file: dir.join(err.file),
            problem: match err.line {
                Some(line) => format!("(line {line}): {}", err.message),
                None => err.message,
            },
        })?;
        Ok(Policy {
            themes,
            resources,
            suggest: std::sync::Arc::new(suggest),
        })
    }

    pub fn theme_keys(&self) -> Vec<&str> {
        self.themes.iter().map(|t| t.key.as_str()).collect()
    }

    pub fn resources_for(&self, lang: Language) -> impl Iterator<Item = &Resource> {
        self.resources.iter().filter(move |r| r.shown_in(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(skip: &str) -> String {
        Language::ALL
            .iter()
            .filter(|l| l.code() != skip)
            .map(|l| format!("{} = \"x {}\"\n", l.code(), l.code()))
            .collect()
    }

    #[test]
    fn the_shipped_policy_files_are_valid() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("moderation");
        let policy = Policy::load(&dir).unwrap();
        assert!(policy.themes.len() >= 20);
        for lang in Language::ALL {
            let numbers: Vec<_> = policy
                .resources_for(lang)
                .filter_map(|r| r.phone.clone())
                .collect();
            for required in ["999", "0800 1111", "08000 121 700"] {
                assert!(
                    numbers.iter().any(|n| n == required),
                    "{lang} lacks {required}"
                );
            }
        }
    }

    #[test]
    fn a_missing_translation_names_the_theme_the_language_and_the_line() {
        let source = format!(
            "[[theme]]\nkey = \"not_believed\"\n[theme.label]\n{}",
            labels("ti")
        );
        let err = Policy::parse_themes(&source).unwrap_err();
        assert!(
            err.contains("not_believed") && err.contains("`ti`") && err.contains("line 2"),
            "{err}"
        );
    }

    #[test]
    fn unknown_keys_and_languages_are_refused() {
        let source = format!(
            "[[theme]]\nkey = \"a\"\ncolour = \"red\"\n[theme.label]\n{}",
            labels("")
        );
        assert!(Policy::parse_themes(&source)
            .unwrap_err()
            .contains("colour"));
        let source = format!(
            "[[theme]]\nkey = \"a\"\n[theme.label]\n{}de = \"x\"\n",
            labels("")
        );
        assert!(Policy::parse_themes(&source).unwrap_err().contains("`de`"));
        let source = format!(
            "[[theme]]\nkey = \"Not Snake\"\n[theme.label]\n{}",
            labels("")
        );
        assert!(Policy::parse_themes(&source)
            .unwrap_err()
            .contains("snake_case"));
        assert!(Policy::parse_themes("").is_err());
    }

    #[test]
    fn a_resource_needs_a_number() {
        let source = format!(
            "[[resource]]\nkey = \"x\"\n[resource.name]\n{}[resource.when]\n{}",
            labels(""),
            labels("")
        );
        assert!(Policy::parse_resources(&source)
            .unwrap_err()
            .contains("phone"));
    }
}
