//! What the survivor allows to happen to their words. Stored inside the envelope
//! with the words themselves, and changeable from the receipt page until the words
//! are published.

use serde::{Deserialize, Serialize};

use super::fields::{FieldError, FormFields};

/// How the words may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentUse {
    /// Publish my words, after I approve the edited version.
    Publish,
    /// Use them only in anonymous themes.
    ThemesOnly,
    /// Only the team may read them.
    TeamOnly,
}

impl ConsentUse {
    pub const ALL: [ConsentUse; 3] = [
        ConsentUse::Publish,
        ConsentUse::ThemesOnly,
        ConsentUse::TeamOnly,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ConsentUse::Publish => "publish",
            ConsentUse::ThemesOnly => "themes_only",
            ConsentUse::TeamOnly => "team_only",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == value)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    #[serde(rename = "use")]
    pub usage: ConsentUse,
    /// May short quotes be used? Never for words only the team may read.
    pub quotes: bool,
}

impl Consent {
    /// Reads the consent fields (`consent_use`, `quotes`). Nothing is assumed: a
    /// choice the person did not make is an error, not a default.
    pub fn from_fields(fields: &FormFields) -> Result<Consent, Vec<FieldError>> {
        let mut errors = Vec::new();
        let usage = match fields.get("consent_use") {
            None | Some("") => {
                errors.push(FieldError::new("consent_use", "consent-use-missing"));
                None
            }
            Some(value) => match ConsentUse::parse(value) {
                Some(usage) => Some(usage),
                None => {
                    errors.push(FieldError::new("consent_use", "form-invalid-choice"));
                    None
                }
            },
        };
        let quotes = match fields.get("quotes") {
            Some("yes") => Some(true),
            Some("no") => Some(false),
            None | Some("") if usage == Some(ConsentUse::TeamOnly) => Some(false),
            None | Some("") => {
                errors.push(FieldError::new("quotes", "consent-quotes-missing"));
                None
            }
            Some(_) => {
                errors.push(FieldError::new("quotes", "form-invalid-choice"));
                None
            }
        };
        match (usage, quotes) {
            (Some(usage), Some(quotes)) if errors.is_empty() => Ok(Consent {
                usage,
                quotes: quotes && usage != ConsentUse::TeamOnly,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> FormFields {
        FormFields::from_pairs(pairs)
    }

    #[test]
    fn consent_must_be_chosen_explicitly() {
        let errors = Consent::from_fields(&fields(&[])).unwrap_err();
        assert_eq!(errors.len(), 2);
        assert_eq!(
            Consent::from_fields(&fields(&[("consent_use", "publish"), ("quotes", "yes")]))
                .unwrap(),
            Consent {
                usage: ConsentUse::Publish,
                quotes: true
            }
        );
    }

    #[test]
    fn forged_values_are_refused() {
        let errors = Consent::from_fields(&fields(&[("consent_use", "sell"), ("quotes", "maybe")]))
            .unwrap_err();
        assert_eq!(
            errors,
            [
                FieldError::new("consent_use", "form-invalid-choice"),
                FieldError::new("quotes", "form-invalid-choice")
            ]
        );
    }

    #[test]
    fn team_only_words_are_never_quoted() {
        let consent =
            Consent::from_fields(&fields(&[("consent_use", "team_only"), ("quotes", "yes")]))
                .unwrap();
        assert!(!consent.quotes);
        let consent = Consent::from_fields(&fields(&[("consent_use", "team_only")])).unwrap();
        assert_eq!(consent.usage, ConsentUse::TeamOnly);
    }
}
