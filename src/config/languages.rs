//! The `[languages]` section: which launch languages survivors are offered.
//! Hiding a language never removes its pages; nothing here reads a request.

use serde::{Deserialize, Serialize};

use super::ConfigError;
use crate::domain::Language;

/// The launch languages survivors are offered. A hidden language is left out of
/// the language switcher and of the choice made from a browser's languages, so
/// an organisation can wait for its native-speaker review; its pages (`/ti/…`)
/// still answer, so links already shared keep working.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguagesConfig {
    /// Language codes to hide, such as `["ti", "ps"]` (or `"ti,ps"` from the
    /// environment). English, the source, cannot be hidden.
    #[serde(deserialize_with = "codes_from_list_or_text")]
    pub hidden: Vec<String>,
}

impl LanguagesConfig {
    /// The hidden languages (validated at start-up, so unknown codes are gone).
    pub fn hidden(&self) -> Vec<Language> {
        self.hidden
            .iter()
            .filter_map(|code| Language::from_code(code.trim()))
            .collect()
    }

    pub(super) fn validate(&self) -> Result<(), ConfigError> {
        for code in &self.hidden {
            let problem = match Language::from_code(code.trim()) {
                None => format!("unknown language `{code}`: use vi, ar, sq, ro, ti, fa or ps"),
                Some(Language::En) => "English is the source and cannot be hidden".to_owned(),
                Some(_) => continue,
            };
            return Err(ConfigError::Invalid {
                key: "languages.hidden",
                problem,
            });
        }
        Ok(())
    }
}

/// A list of codes, or (from an environment variable) one text with the codes
/// separated by commas or spaces.
fn codes_from_list_or_text<'de, D>(deserializer: D) -> Result<Vec<String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Codes {
        List(Vec<String>),
        Text(String),
    }
    Ok(match Codes::deserialize(deserializer)? {
        Codes::List(codes) => codes,
        Codes::Text(text) => text
            .split([',', ' '])
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect(),
    })
}
