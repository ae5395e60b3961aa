//! Redaction categories (`policy.toml`'s `[[redaction]]`): the token that replaces
//! each kind of identifying detail, in every language, and the check that every
//! suggested kind and every required category has one. It never edits a text.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::entries::{check_key, line_of, translated, Translated};
use super::Policy;
use crate::domain::suggest::DetailKind;
use crate::domain::Language;

/// A kind of identifying detail and the token that replaces it.
#[derive(Debug, Clone)]
pub struct Redaction {
    pub key: String,
    /// Which suggested details this category replaces.
    pub suggested_kinds: Vec<DetailKind>,
    pub label: Translated,
    pub token: Translated,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRedaction {
    key: String,
    suggested_kinds: Vec<String>,
    label: BTreeMap<String, String>,
    token: BTreeMap<String, String>,
}

/// The redaction categories a policy must have: the tokens moderators and
/// survivors see.
pub const REQUIRED_REDACTIONS: [&str; 9] = [
    "name",
    "place",
    "school",
    "phone",
    "email",
    "link",
    "date",
    "social_media",
    "address",
];

/// Parses the `[[redaction]]` entries of `policy.toml`.
pub(super) fn parse_redactions(
    source: &str,
    raw: Vec<RawRedaction>,
) -> Result<Vec<Redaction>, String> {
    let mut seen = BTreeSet::new();
    // Only `PartialEq` is asked of `DetailKind`; there are nine of them.
    let mut covered: Vec<(DetailKind, String)> = Vec::new();
    let mut redactions = Vec::new();
    for r in raw {
        check_key(source, "redaction", &r.key, &mut seen)?;
        let mut kinds = Vec::new();
        for name in &r.suggested_kinds {
            let kind: DetailKind = name.parse().map_err(|_| {
                format!(
                    "redaction `{}`{}: unknown suggested kind `{name}` (use {})",
                    r.key,
                    line_of(source, &r.key),
                    DetailKind::ALL.map(DetailKind::as_str).join(", ")
                )
            })?;
            if let Some((_, other)) = covered.iter().find(|(k, _)| *k == kind) {
                return Err(format!(
                    "redaction `{}`{}: suggested kind `{name}` already belongs to `{other}`",
                    r.key,
                    line_of(source, &r.key)
                ));
            }
            covered.push((kind, r.key.clone()));
            kinds.push(kind);
        }
        redactions.push(Redaction {
            label: translated(source, "redaction", &r.key, "label", r.label)?,
            token: translated(source, "redaction", &r.key, "token", r.token)?,
            suggested_kinds: kinds,
            key: r.key,
        });
    }
    for required in REQUIRED_REDACTIONS {
        if !redactions.iter().any(|r| r.key == required) {
            return Err(format!("redaction `{required}` is missing"));
        }
    }
    for kind in DetailKind::ALL {
        if !covered.iter().any(|(k, _)| *k == kind) {
            return Err(format!(
                "no redaction lists the suggested kind `{}`",
                kind.as_str()
            ));
        }
    }
    Ok(redactions)
}

impl Policy {
    /// The token that replaces a suggested detail of `kind` in `lang`.
    pub fn token_for(&self, kind: DetailKind, lang: Language) -> &str {
        self.redactions
            .iter()
            .find(|r| r.suggested_kinds.contains(&kind))
            .map(|r| r.token.get(lang))
            .expect("validated: every kind has a redaction")
    }

    /// Every replacement token in `lang`.
    pub fn tokens(&self, lang: Language) -> Vec<&str> {
        self.redactions.iter().map(|r| r.token.get(lang)).collect()
    }
}
