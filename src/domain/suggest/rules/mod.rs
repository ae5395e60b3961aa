//! What the suggestion rules of one language are, as data: the lexicons, the
//! lowering groups, warning signs and their combinations, the phone regions,
//! month names and web domains. Recognisers read these; this module never
//! imports a recogniser, and never reads a file (`build` makes the rules).

use regex::Regex;

use super::lexicon::Lexicon;
use super::SafeguardingLevel;

mod build;
mod safeguarding;
#[cfg(test)]
mod tests;

pub(crate) use build::parse;

/// Everything known about one language once the files are read.
pub(crate) struct LanguageRules {
    /// Every list of every file for this language (plus English names, allow
    /// list and platforms, which survivors use in any language).
    pub lexicon: Lexicon,
    /// Only the safeguarding phrases: the cheap path at intake.
    pub safeguarding_lexicon: Lexicon,
    pub arabic_clitics: bool,
    /// Tigrinya, Persian and Pashto put the verb last: the last word of a
    /// sentence after a school word is a verb, not the school's name.
    pub verb_final: bool,
    pub lowering: Vec<Lowering>,
    /// Warning signs that count in combination, and the combinations.
    pub signals: Vec<Signal>,
    pub combines: Vec<Combine>,
    pub phone_regions: Vec<phonenumber::country::Id>,
    /// Dates written with the month names of this language and English.
    pub months: regex::Regex,
}

/// Where a `[[lower]]` phrase must stand to lower a match: in its clause or
/// in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Clause,
    Sentence,
}

/// A `[[lower]]` group: danger described as over, an idiom, lawful work or a
/// denial, which brings a match beside it down to `to`.
#[derive(Debug, Clone)]
pub(crate) struct Lowering {
    /// The levels this group may lower.
    pub lowers: Vec<SafeguardingLevel>,
    pub to: SafeguardingLevel,
    pub scope: Scope,
    /// Lowers whatever `[present]` markers say.
    pub despite_present: bool,
}

/// A kind of warning sign from `[[signal]]`.
#[derive(Debug, Clone)]
pub(crate) struct Signal {
    pub name: String,
    /// The level one such sign sets on its own (`none` when it counts only
    /// with others).
    pub alone: SafeguardingLevel,
    /// The theme (index in `themes.toml`) this sign suggests.
    pub theme: Option<u16>,
}

/// A `[[combine]]` rule: `at_least` different signals of `signals` within
/// `sentences` consecutive sentences set `level`, unless a signal of `unless`
/// stands in those sentences.
#[derive(Debug, Clone)]
pub(crate) struct Combine {
    pub signals: Vec<u8>,
    /// Signals that keep the rule from applying when they stand in its
    /// window ("see you next week" beside "I won't be coming").
    pub unless: Vec<u8>,
    pub at_least: usize,
    pub sentences: usize,
    pub level: SafeguardingLevel,
    /// The theme (index in `themes.toml`) suggested when the rule applies.
    pub theme: Option<u16>,
}

/// Top-level domains that make a bare `word.tld` a web address, and domains
/// that identify no one.
pub(crate) struct WebRules {
    pub(super) bare_domain: Regex,
    allowed: Vec<String>,
}

impl WebRules {
    pub fn new(tlds: Vec<String>, allowed: Vec<String>) -> Result<Self, String> {
        if tlds.is_empty() {
            return Err("[web]: `tlds` is empty".into());
        }
        let mut escaped = Vec::new();
        for tld in &tlds {
            let tld = tld.trim().trim_start_matches('.').to_lowercase();
            if tld.is_empty() || !tld.chars().all(|c| c.is_alphanumeric() || c == '.') {
                return Err(format!("[web]: `{tld}` is not a top-level domain"));
            }
            escaped.push(regex::escape(&tld));
        }
        // Longest first, so `co.uk` wins over `co`.
        escaped.sort_by_key(|t| std::cmp::Reverse(t.len()));
        let bare_domain = Regex::new(&format!(
            r"[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:{})(?:/[^\s<>]*)?",
            escaped.join("|")
        ))
        .map_err(|e| e.to_string())?;
        Ok(WebRules {
            bare_domain,
            allowed: allowed
                .into_iter()
                .map(|d| d.trim().to_lowercase())
                .collect(),
        })
    }

    pub(super) fn is_allowed(&self, address: &str) -> bool {
        let host = address
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.");
        let host = host.split(['/', '?', '#']).next().unwrap_or(host);
        self.allowed
            .iter()
            .any(|d| host == d || host.ends_with(&format!(".{d}")))
    }
}
