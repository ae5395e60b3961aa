//! Translations (Fluent) and language negotiation.
//!
//! The `.ftl` files under `locales/` are compiled into the binary, so a server
//! never starts with a missing language. Fluent wraps every interpolated value in
//! Unicode isolation marks (U+2068 … U+2069) so a number or an English name keeps
//! its direction inside Arabic, Farsi or Pashto text; we keep them for text that
//! people read, and [`I18n::plain`] strips them where text is not rendered as
//! prose (HTTP headers, attribute values that are compared by code).

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use crate::domain::Language;

pub mod sheet;
pub mod status;

/// Every language's Fluent source, embedded at build time.
pub const SOURCES: [(Language, &str); 8] = [
    (Language::En, include_str!("../../locales/en/main.ftl")),
    (Language::Vi, include_str!("../../locales/vi/main.ftl")),
    (Language::Ar, include_str!("../../locales/ar/main.ftl")),
    (Language::Sq, include_str!("../../locales/sq/main.ftl")),
    (Language::Ro, include_str!("../../locales/ro/main.ftl")),
    (Language::Ti, include_str!("../../locales/ti/main.ftl")),
    (Language::Fa, include_str!("../../locales/fa/main.ftl")),
    (Language::Ps, include_str!("../../locales/ps/main.ftl")),
];

pub struct I18n {
    bundles: HashMap<Language, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("I18n")
    }
}

#[derive(Debug, thiserror::Error)]
#[error("locales/{language}/main.ftl: {problem}")]
pub struct I18nError {
    pub language: &'static str,
    pub problem: String,
}

impl I18n {
    pub fn load() -> Result<Self, I18nError> {
        let mut bundles = HashMap::new();
        for (language, source) in SOURCES {
            let problem = |problem: String| I18nError {
                language: language.code(),
                problem,
            };
            let resource = FluentResource::try_new(source.to_owned())
                .map_err(|(_, errors)| problem(format!("syntax error: {errors:?}")))?;
            let id: LanguageIdentifier = language
                .code()
                .parse()
                .map_err(|_| problem("bad language code".into()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle
                .add_resource(resource)
                .map_err(|errors| problem(format!("duplicate messages: {errors:?}")))?;
            bundles.insert(language, bundle);
        }
        Ok(Self { bundles })
    }

    /// The message `key` in `language`, falling back to English, then to the key
    /// itself (the completeness test keeps that from happening).
    pub fn text(&self, language: Language, key: &str) -> String {
        self.format(language, key, None)
    }

    pub fn text_with(
        &self,
        language: Language,
        key: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(language, key, Some(&fluent_args))
    }

    /// Like [`I18n::text_with`] without isolation marks.
    pub fn plain(&self, language: Language, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        strip_isolation(&self.text_with(language, key, args))
    }

    fn format(&self, language: Language, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        for lang in [language, Language::En] {
            let bundle = &self.bundles[&lang];
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        key.to_owned()
    }

    pub fn has(&self, language: Language, key: &str) -> bool {
        self.bundles[&language].has_message(key)
    }
}

/// Removes Fluent's FSI/PDI marks.
pub fn strip_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

/// Picks the best launch language for an `Accept-Language` header; English when
/// nothing matches.
pub fn negotiate(accept_language: Option<&str>) -> Language {
    negotiate_among(accept_language, &Language::ALL)
}

/// Like [`negotiate`], choosing only among `offered` (the languages not hidden);
/// English when nothing offered matches.
pub fn negotiate_among(accept_language: Option<&str>, offered: &[Language]) -> Language {
    let Some(header) = accept_language else {
        return Language::DEFAULT;
    };
    let requested = fluent_langneg::accepted_languages::parse(header);
    let available: Vec<LanguageIdentifier> = offered
        .iter()
        .filter_map(|l| l.code().parse().ok())
        .collect();
    let default: LanguageIdentifier = Language::DEFAULT.code().parse().expect("en parses");
    let chosen = negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| Language::from_code(id.language.as_str()))
        .unwrap_or(Language::DEFAULT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_prefers_the_visitors_languages_in_order() {
        assert_eq!(negotiate(Some("ar-SA,ar;q=0.9,en;q=0.8")), Language::Ar);
        assert_eq!(negotiate(Some("de-DE,fa;q=0.5")), Language::Fa);
        assert_eq!(negotiate(Some("ti-ER")), Language::Ti);
        assert_eq!(negotiate(Some("de, fr")), Language::En);
        assert_eq!(negotiate(Some("")), Language::En);
        assert_eq!(negotiate(Some(";;;,q=abc")), Language::En);
        assert_eq!(negotiate(None), Language::En);
    }

    #[test]
    fn negotiation_skips_languages_not_offered() {
        let offered: Vec<Language> = Language::ALL
            .into_iter()
            .filter(|l| *l != Language::Ti)
            .collect();
        assert_eq!(negotiate_among(Some("ti-ER"), &offered), Language::En);
        assert_eq!(
            negotiate_among(Some("ti, ar;q=0.5"), &offered),
            Language::Ar
        );
        assert_eq!(negotiate_among(Some("fa"), &offered), Language::Fa);
    }

    #[test]
    fn every_language_loads_and_interpolates_with_isolation_marks() {
        let i18n = I18n::load().unwrap();
        for lang in Language::ALL {
            let text = i18n.text_with(lang, "error-rate-limited", &[("minutes", 3.into())]);
            assert!(text.contains("\u{2068}3\u{2069}"), "{lang}: {text}");
            assert!(!i18n
                .plain(lang, "error-rate-limited", &[("minutes", 3.into())])
                .contains('\u{2068}'));
        }
        assert_eq!(i18n.text(Language::Ar, "no-such-key"), "no-such-key");
    }
}
