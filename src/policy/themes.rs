//! The themes a story may be tagged with (`themes.toml`): each key and its label in
//! every language. The keywords in the same file belong to the suggestion engine,
//! which checks them; this file never reads them.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::entries::{check_key, translated, Translated};
use super::Policy;

#[derive(Debug, Clone)]
pub struct Theme {
    pub key: String,
    pub label: Translated,
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

    pub fn theme(&self, key: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.key == key)
    }

    pub fn theme_keys(&self) -> Vec<&str> {
        self.themes.iter().map(|t| t.key.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Policy;
    use crate::policy::entries::labels;

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
}
