//! The crisis resources shown to survivors (`resources.toml`): numbers, text lines
//! and https:// addresses, the languages each is shown in, and the check that every
//! language has one. It never dials, links or fetches anything.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::entries::{check_key, line_of, translated, Translated};
use super::Policy;
use crate::domain::Language;

#[derive(Debug, Clone)]
pub struct Resource {
    pub key: String,
    pub phone: Option<String>,
    pub sms: Option<String>,
    /// Shown only in these languages; every language when `None`.
    pub languages: Option<Vec<Language>>,
    /// The service's own https:// address.
    pub web: Option<String>,
    pub name: Translated,
    pub when: Translated,
    /// One more sentence (silent calls, online chat).
    pub more: Option<Translated>,
}

impl Resource {
    pub fn shown_in(&self, lang: Language) -> bool {
        self.languages
            .as_ref()
            .is_none_or(|langs| langs.contains(&lang))
    }
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
    web: Option<String>,
    languages: Option<Vec<String>>,
    name: BTreeMap<String, String>,
    when: BTreeMap<String, String>,
    more: Option<BTreeMap<String, String>>,
}

impl Policy {
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
                if let Some(web) = &raw.web {
                    let plain = web
                        .chars()
                        .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>'));
                    if !web.starts_with("https://") || !plain {
                        return Err(format!(
                            "resource `{}`{}: `web` must be an https:// address",
                            raw.key,
                            line_of(source, &raw.key)
                        ));
                    }
                }
                Ok(Resource {
                    name: translated(source, "resource", &raw.key, "name", raw.name)?,
                    when: translated(source, "resource", &raw.key, "when", raw.when)?,
                    more: raw
                        .more
                        .map(|m| translated(source, "resource", &raw.key, "more", m))
                        .transpose()?,
                    key: raw.key,
                    phone: raw.phone,
                    sms: raw.sms,
                    web: raw.web,
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

    pub fn resources_for(&self, lang: Language) -> impl Iterator<Item = &Resource> {
        self.resources.iter().filter(move |r| r.shown_in(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::Policy;
    use crate::policy::entries::labels;

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
