//! The three policy files as they are written (`themes.toml`,
//! `safeguarding.toml`, `recognizers.toml`): their shapes, with unknown keys
//! refused, and where in a file a problem lies. Every problem is a
//! [`RuleError`] naming the file and, wherever the file shows it, the line: of
//! a TOML syntax error, of an unknown key, of a list that is empty or of a
//! table that lacks a language.
//!
//! This module only reads file contents handed to it; it never opens a file.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use toml::Spanned;

use super::lexicon::{LexiconBuilder, Tag};
use crate::domain::Language;

/// The contents of the three files.
#[derive(Debug, Clone, Copy)]
pub struct RuleSources<'a> {
    pub themes: &'a str,
    pub safeguarding: &'a str,
    pub recognizers: &'a str,
}

/// A problem in one of the files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    /// `themes.toml`, `safeguarding.toml` or `recognizers.toml`.
    pub file: &'static str,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{} (line {line}): {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for RuleError {}

pub(crate) const THEMES: &str = "themes.toml";
pub(crate) const SAFEGUARDING: &str = "safeguarding.toml";
pub(crate) const RECOGNIZERS: &str = "recognizers.toml";

/// A list per launch language, as written: `en = ["...", ...]`.
pub(super) type PerLanguage = Spanned<BTreeMap<String, Spanned<Vec<Spanned<String>>>>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ThemesFile {
    pub(super) theme: Vec<RawTheme>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTheme {
    pub(super) key: Spanned<String>,
    pub(super) label: Option<Spanned<BTreeMap<String, String>>>,
    pub(super) keywords: Option<PerLanguage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SafeguardingFile {
    pub(super) urgent: PerLanguage,
    pub(super) concern: PerLanguage,
    pub(super) present: PerLanguage,
    pub(super) clause_breaks: PerLanguage,
    pub(super) lower: Vec<RawLowering>,
    #[serde(default)]
    pub(super) signal: Vec<RawSignal>,
    #[serde(default)]
    pub(super) combine: Vec<RawCombine>,
    /// Chat spellings per language, each "word=spelling" ("em=e",
    /// "không=ko", "you=u"): every phrase of every file is also matched with
    /// them.
    pub(super) spellings: Option<PerLanguage>,
}

/// A kind of warning sign ("threat", "soon", "goodbye"): phrases that set a
/// level only together with other signs, or `alone`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSignal {
    pub(super) name: Spanned<String>,
    pub(super) alone: Option<Spanned<String>>,
    /// A theme key of `themes.toml` this sign suggests ("debt" suggests
    /// `debt_bondage`).
    pub(super) theme: Option<Spanned<String>>,
    pub(super) phrases: PerLanguage,
}

/// Signals that together set a level when at least `at_least` of them stand
/// within `sentences` consecutive sentences and no signal of `unless` does.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCombine {
    pub(super) name: Spanned<String>,
    pub(super) signals: Spanned<Vec<Spanned<String>>>,
    pub(super) at_least: Option<Spanned<usize>>,
    pub(super) unless: Option<Spanned<Vec<Spanned<String>>>>,
    pub(super) sentences: Spanned<usize>,
    pub(super) level: Spanned<String>,
    /// A theme key of `themes.toml` the combination suggests when it applies.
    pub(super) theme: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLowering {
    pub(super) name: Spanned<String>,
    pub(super) lowers: Spanned<Vec<Spanned<String>>>,
    pub(super) to: Spanned<String>,
    pub(super) scope: Spanned<String>,
    /// Lowers even when a `[present]` marker stands in the match's clause
    /// ("in the film she says they will kill me tonight").
    #[serde(default)]
    pub(super) despite_present: bool,
    pub(super) phrases: PerLanguage,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RecognizersFile {
    pub(super) names: PerLanguage,
    pub(super) names_ambiguous: PerLanguage,
    pub(super) name_cues: PerLanguage,
    pub(super) stop_words: PerLanguage,
    pub(super) allow: PerLanguage,
    pub(super) street_words: PerLanguage,
    pub(super) school_words: PerLanguage,
    pub(super) handle_cues: PerLanguage,
    pub(super) handle_platforms: PerLanguage,
    pub(super) date_cues: PerLanguage,
    pub(super) months: PerLanguage,
    pub(super) phone_context: PerLanguage,
    pub(super) phone_regions: PerLanguage,
    /// Words that place a story at a school ("teachers", "my class"): a
    /// capitalised place beside them is the school's name.
    pub(super) school_context: Option<PerLanguage>,
    pub(super) web: RawWeb,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWeb {
    pub(super) tlds: Spanned<Vec<Spanned<String>>>,
    pub(super) allowed_domains: Spanned<Vec<Spanned<String>>>,
}

pub(super) fn line_at(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())]
        .bytes()
        .filter(|b| *b == b'\n')
        .count()
        + 1
}

pub(super) struct File<'a> {
    pub(super) name: &'static str,
    pub(super) source: &'a str,
}

impl File<'_> {
    pub(super) fn error(&self, offset: Option<usize>, message: impl Into<String>) -> RuleError {
        RuleError {
            file: self.name,
            line: offset.map(|o| line_at(self.source, o)),
            message: message.into(),
        }
    }

    pub(super) fn parse<T: for<'de> Deserialize<'de>>(&self) -> Result<T, RuleError> {
        toml::from_str(self.source).map_err(|e| RuleError {
            file: self.name,
            line: e.span().map(|s| line_at(self.source, s.start)),
            message: e.message().trim().replace('\n', "; "),
        })
    }

    /// The offset of `key =` inside `within`, for errors about one language.
    pub(super) fn key_offset(&self, within: std::ops::Range<usize>, key: &str) -> usize {
        let end = within.end.min(self.source.len());
        let start = within.start.min(end);
        self.source[start..end]
            .match_indices(key)
            .find(|(i, _)| {
                let rest = self.source[start + i + key.len()..].trim_start();
                let before = self.source[..start + i].chars().next_back();
                rest.starts_with('=') && before.is_none_or(|c| c.is_whitespace() || c == '{')
            })
            .map_or(start, |(i, _)| start + i)
    }

    /// Checks one per-language table: every launch language, nothing else, no
    /// empty list, no empty phrase.
    pub(super) fn per_language(
        &self,
        table: &PerLanguage,
        what: &str,
    ) -> Result<BTreeMap<Language, Vec<String>>, RuleError> {
        let span = table.span();
        let mut out = BTreeMap::new();
        for (code, list) in table.get_ref() {
            let at = Some(self.key_offset(span.clone(), code));
            let lang = Language::from_code(code)
                .ok_or_else(|| self.error(at, format!("{what}: unknown language `{code}`")))?;
            if list.get_ref().is_empty() {
                return Err(self.error(at, format!("{what}: the `{code}` list is empty")));
            }
            let mut phrases = Vec::new();
            for phrase in list.get_ref() {
                if phrase.get_ref().trim().is_empty() {
                    return Err(self.error(
                        Some(phrase.span().start),
                        format!("{what}: an empty phrase in `{code}`"),
                    ));
                }
                phrases.push(phrase.get_ref().clone());
            }
            out.insert(lang, phrases);
        }
        for lang in Language::ALL {
            if !out.contains_key(&lang) {
                return Err(self.error(
                    Some(span.start),
                    format!("{what}: no `{}` list", lang.code()),
                ));
            }
        }
        Ok(out)
    }

    pub(super) fn add_all(
        &self,
        builder: &mut LexiconBuilder,
        table: &PerLanguage,
        lang: Language,
        tag: Tag,
    ) -> Result<(), RuleError> {
        let code = lang.code();
        let Some(list) = table.get_ref().get(code) else {
            return Ok(());
        };
        for phrase in list.get_ref() {
            builder
                .add(phrase.get_ref(), tag)
                .map_err(|m| self.error(Some(phrase.span().start), m))?;
        }
        Ok(())
    }
}
