//! What the survivor allows to happen to their words. Stored inside the envelope
//! with the words themselves, and changeable from the receipt page until the words
//! are published. No I/O here: the app layer reads and stores it.

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
    /// In the order the form lists them: the most private first.
    pub const ALL: [ConsentUse; 3] = [
        ConsentUse::TeamOnly,
        ConsentUse::ThemesOnly,
        ConsentUse::Publish,
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
    /// May short quotes (from the approved, edited words) appear in reports?
    /// Only for words the survivor chose to publish: "themes only" means
    /// without their words, and team-only words never leave the team.
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
        // Asked only with "publish"; an answer left over from before the person
        // changed their choice is not used.
        let quotes = match fields.get("quotes") {
            Some("yes") => Some(true),
            Some("no") => Some(false),
            None | Some("") => None,
            Some(_) => {
                errors.push(FieldError::new("quotes", "form-invalid-choice"));
                None
            }
        };
        if usage == Some(ConsentUse::Publish) && quotes.is_none() && errors.is_empty() {
            errors.push(FieldError::new("quotes", "consent-quotes-missing"));
        }
        match usage {
            Some(usage) if errors.is_empty() => Ok(Consent {
                usage,
                quotes: usage == ConsentUse::Publish && quotes == Some(true),
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
        assert_eq!(
            errors,
            [FieldError::new("consent_use", "consent-use-missing")]
        );
        let errors = Consent::from_fields(&fields(&[("consent_use", "publish")])).unwrap_err();
        assert_eq!(
            errors,
            [FieldError::new("quotes", "consent-quotes-missing")]
        );
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

    /// Every combination: quotes only ever with "publish", and the question is
    /// needed only there.
    #[test]
    fn quotes_only_ever_go_with_publishing() {
        for usage in ConsentUse::ALL {
            for quotes in [None, Some("yes"), Some("no")] {
                let mut pairs = vec![("consent_use", usage.as_str())];
                pairs.extend(quotes.map(|q| ("quotes", q)));
                let result = Consent::from_fields(&fields(&pairs));
                match (usage, quotes) {
                    (ConsentUse::Publish, None) => assert!(result.is_err()),
                    (ConsentUse::Publish, Some(q)) => {
                        assert_eq!(result.unwrap().quotes, q == "yes")
                    }
                    (_, _) => {
                        let consent = result.unwrap();
                        assert_eq!(consent.usage, usage);
                        assert!(!consent.quotes, "{usage:?} {quotes:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_most_private_choice_is_listed_first() {
        assert_eq!(
            ConsentUse::ALL,
            [
                ConsentUse::TeamOnly,
                ConsentUse::ThemesOnly,
                ConsentUse::Publish
            ]
        );
    }
}
