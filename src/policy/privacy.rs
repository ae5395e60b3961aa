//! `moderation/privacy.toml`: the privacy notice template, one section per
//! heading, in every language, with placeholders filled from the organisation
//! and retention settings. Nothing here reads a file; `load.rs` does.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::{check_key, translated, Translated};
use crate::domain::Language;

/// The placeholders a section may use, besides `{ico_registration}` in a section
/// shown only with a registration number.
pub const PLACEHOLDERS: [&str; 6] = [
    "organisation",
    "controller",
    "contact",
    "declined_days",
    "withdrawn_days",
    "police_and_immigration",
];

const ICO: &str = "ico_registration";

#[derive(Debug, Clone)]
pub struct Section {
    pub key: String,
    /// Shown only when this setting is filled in (`ico_registration`).
    pub only_with: Option<String>,
    pub heading: Translated,
    pub text: Translated,
}

#[derive(Debug, Clone)]
pub struct PrivacyNotice {
    pub sections: Vec<Section>,
}

/// The values for one page, already in the page's language.
pub struct Values<'a> {
    pub organisation: &'a str,
    pub controller: &'a str,
    pub contact: &'a str,
    pub declined_days: u32,
    pub withdrawn_days: u32,
    pub police_and_immigration: &'a str,
    pub ico_registration: Option<&'a str>,
}

/// A section ready to show: its heading and paragraphs.
pub struct Rendered {
    pub heading: String,
    pub paragraphs: Vec<String>,
}

/// The `{name}` placeholders in `text`.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                found.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => {
                found.push(after);
                break;
            }
        }
    }
    found
}

impl PrivacyNotice {
    pub fn parse(source: &str) -> Result<PrivacyNotice, String> {
        let file: File = toml::from_str(source).map_err(|e| e.to_string())?;
        let mut seen = BTreeSet::new();
        let sections = file
            .section
            .into_iter()
            .map(|raw| {
                check_key(source, "section", &raw.key, &mut seen)?;
                if let Some(only) = &raw.only_with {
                    if only != ICO {
                        return Err(format!(
                            "section `{}`: only_with can only be `{ICO}`",
                            raw.key
                        ));
                    }
                }
                let heading = translated(source, "section", &raw.key, "heading", raw.heading)?;
                let text = translated(source, "section", &raw.key, "text", raw.text)?;
                for lang in Language::ALL {
                    for name in placeholders(text.get(lang)) {
                        let allowed = PLACEHOLDERS.contains(&name)
                            || (name == ICO && raw.only_with.as_deref() == Some(ICO));
                        if !allowed {
                            return Err(format!(
                                "section `{}` ({}): unknown placeholder `{{{name}}}` (use {})",
                                raw.key,
                                lang.code(),
                                PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ")
                            ));
                        }
                    }
                }
                Ok(Section {
                    key: raw.key,
                    only_with: raw.only_with,
                    heading,
                    text,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        if sections.is_empty() {
            return Err("no sections".into());
        }
        Ok(PrivacyNotice { sections })
    }

    /// The notice in `lang` with every placeholder filled in.
    pub fn render(&self, lang: Language, values: &Values<'_>) -> Vec<Rendered> {
        let declined = values.declined_days.to_string();
        let withdrawn = values.withdrawn_days.to_string();
        let fill = |text: &str| {
            text.replace("{organisation}", values.organisation)
                .replace("{controller}", values.controller)
                .replace("{contact}", values.contact)
                .replace("{declined_days}", &declined)
                .replace("{withdrawn_days}", &withdrawn)
                .replace("{police_and_immigration}", values.police_and_immigration)
                .replace("{ico_registration}", values.ico_registration.unwrap_or(""))
        };
        self.sections
            .iter()
            .filter(|s| s.only_with.is_none() || values.ico_registration.is_some())
            .map(|s| Rendered {
                heading: s.heading.get(lang).to_owned(),
                paragraphs: fill(s.text.get(lang))
                    .split("\n\n")
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned)
                    .collect(),
            })
            .collect()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    section: Vec<RawSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    key: String,
    only_with: Option<String>,
    heading: BTreeMap<String, String>,
    text: BTreeMap<String, String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../moderation/privacy.toml");

    fn values(ico: Option<&str>) -> Values<'_> {
        Values {
            organisation: "Example Trust",
            controller: "Example Trust Ltd",
            contact: "privacy@example.org",
            declined_days: 30,
            withdrawn_days: 90,
            police_and_immigration: "POLICE-LINE",
            ico_registration: ico,
        }
    }

    #[test]
    fn every_language_gets_every_value_and_no_placeholder_is_left() {
        let notice = PrivacyNotice::parse(SHIPPED).unwrap();
        for lang in Language::ALL {
            let text: String = notice
                .render(lang, &values(Some("ZA123456")))
                .iter()
                .flat_map(|s| s.paragraphs.clone())
                .collect::<Vec<_>>()
                .join("\n");
            for needed in [
                "Example Trust",
                "privacy@example.org",
                "30",
                "90",
                "POLICE-LINE",
                "ZA123456",
                "0303 123 1113",
            ] {
                assert!(text.contains(needed), "{} lacks {needed}", lang.code());
            }
            assert!(!text.contains('{'), "{}: {text}", lang.code());
        }
    }

    #[test]
    fn the_registration_section_shows_only_with_a_number() {
        let notice = PrivacyNotice::parse(SHIPPED).unwrap();
        let with = notice.render(Language::En, &values(Some("ZA1"))).len();
        let without = notice.render(Language::En, &values(None)).len();
        assert_eq!(with, without + 1);
    }

    #[test]
    fn an_unknown_placeholder_is_named() {
        let bad = SHIPPED.replacen("at: {contact}", "at: {email}", 1);
        let err = PrivacyNotice::parse(&bad).unwrap_err();
        assert!(err.contains("unknown placeholder `{email}`"), "{err}");
        let misplaced = SHIPPED.replacen("at: {contact}", "at: {ico_registration}", 1);
        assert!(PrivacyNotice::parse(&misplaced).is_err());
    }
}
