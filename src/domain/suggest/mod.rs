//! Suggestions for moderators: likely identifying details, themes and a
//! safeguarding level for one text, in any launch language.
//!
//! This module owns the rules that find them and nothing else. It is pure: the
//! rules are built from the text of the policy files (`themes.toml`,
//! `safeguarding.toml`, `recognizers.toml`) handed in by the caller, and it never
//! reads files, logs, or keeps the text it is given. Everything it returns is a
//! suggestion that a moderator confirms or overrides; nothing here removes,
//! publishes or escalates anything.
//!
//! Every recognizer reads one normalised view of the text ([`normalise`]) and
//! reports byte ranges of that view; the view maps them back to the characters
//! of the original, so a span covers exactly what a redaction must remove.

mod address;
mod contact;
mod dates;
mod files;
mod lexicon;
mod names;
mod normalise;
mod phone;
mod rules;
mod safeguarding;
mod themes;
mod words;

use std::fmt;
use std::str::FromStr;

use crate::domain::{Language, SubmissionKind};

pub use files::{RuleError, RuleSources};

use lexicon::Tag;
use normalise::View;
use rules::LanguageRules;

/// The kinds of identifying detail a moderator is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DetailKind {
    Phone,
    Email,
    Url,
    Postcode,
    Address,
    Handle,
    Date,
    School,
    Name,
}

impl DetailKind {
    pub const ALL: [DetailKind; 9] = [
        DetailKind::Phone,
        DetailKind::Email,
        DetailKind::Url,
        DetailKind::Postcode,
        DetailKind::Address,
        DetailKind::Handle,
        DetailKind::Date,
        DetailKind::School,
        DetailKind::Name,
    ];

    /// The stable name used in JSON and in the policy files.
    pub fn as_str(self) -> &'static str {
        match self {
            DetailKind::Phone => "phone",
            DetailKind::Email => "email",
            DetailKind::Url => "url",
            DetailKind::Postcode => "postcode",
            DetailKind::Address => "address",
            DetailKind::Handle => "handle",
            DetailKind::Date => "date",
            DetailKind::School => "school",
            DetailKind::Name => "name",
        }
    }
}

impl fmt::Display for DetailKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DetailKind {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        DetailKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or(())
    }
}

/// One likely identifying detail. `start` and `end` count Unicode scalar values
/// (chars) of the original text, `end` exclusive, and include any invisible
/// characters inside or right beside the detail.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Highlight {
    pub kind: DetailKind,
    pub start: usize,
    pub end: usize,
    /// 0 to 1: how sure the recognizer is.
    pub confidence: f32,
}

/// How soon a safeguarding lead should look at an item. Only this is stored in
/// clear, so the queue can put urgent items first before anyone opens them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum SafeguardingLevel {
    #[default]
    None,
    Concern,
    Urgent,
}

impl SafeguardingLevel {
    pub const ALL: [SafeguardingLevel; 3] = [
        SafeguardingLevel::None,
        SafeguardingLevel::Concern,
        SafeguardingLevel::Urgent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SafeguardingLevel::None => "none",
            SafeguardingLevel::Concern => "concern",
            SafeguardingLevel::Urgent => "urgent",
        }
    }
}

impl fmt::Display for SafeguardingLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SafeguardingLevel {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        SafeguardingLevel::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or(())
    }
}

/// Everything suggested for one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestions {
    /// Sorted by `start`, never overlapping.
    pub highlights: Vec<Highlight>,
    /// Theme keys from `themes.toml`, most likely first.
    pub themes: Vec<String>,
    pub safeguarding: SafeguardingLevel,
    /// Why the level is what it is: the character ranges (of the original,
    /// end exclusive, sorted) of the phrases that set it.
    pub why: Vec<(usize, usize)>,
    /// The warning signs found and not lowered, by their names in
    /// `safeguarding.toml` ("debt", "threat", "goodbye"), in file order.
    pub signals: Vec<String>,
}

/// The level alone and the names of the warning signs behind it: what intake
/// keeps so the queue can show them before anyone opens the item.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Safeguarding {
    pub level: SafeguardingLevel,
    pub signals: Vec<String>,
}

/// The rules built from the policy files; cheap to share between threads.
pub struct SuggestionRules {
    themes: Vec<String>,
    languages: Vec<LanguageRules>,
    patterns: contact::Patterns,
    web: rules::WebRules,
}

impl fmt::Debug for SuggestionRules {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SuggestionRules")
            .field("themes", &self.themes.len())
            .field("languages", &self.languages.len())
            .finish_non_exhaustive()
    }
}

/// A candidate before overlaps are resolved: a byte range of the view.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    pub kind: DetailKind,
    pub start: usize,
    pub end: usize,
    pub confidence: f32,
}

fn index(lang: Language) -> usize {
    Language::ALL
        .iter()
        .position(|l| *l == lang)
        .expect("every language is in ALL")
}

impl SuggestionRules {
    /// Builds and validates the rules from the contents of the three files.
    pub fn from_sources(sources: &RuleSources<'_>) -> Result<Self, RuleError> {
        let parsed = rules::parse(sources)?;
        // libphonenumber's metadata loads on first use; load it now so the first
        // submission at intake does not pay for it.
        phone::warm_up();
        Ok(SuggestionRules {
            themes: parsed.themes,
            languages: parsed.languages,
            patterns: contact::Patterns::new(),
            web: parsed.web,
        })
    }

    /// The theme keys, in file order.
    pub fn theme_keys(&self) -> &[String] {
        &self.themes
    }

    /// Highlights, themes and the safeguarding level for one text.
    ///
    /// `kind` is part of the contract so rules can differ for stories and
    /// feedback later; today both kinds are read the same way.
    pub fn suggest(&self, text: &str, lang: Language, kind: SubmissionKind) -> Suggestions {
        let _ = kind;
        let rules = &self.languages[index(lang)];
        let view = View::new(text);
        let hits = rules.lexicon.hits(&view, rules.arabic_clitics);
        let assessment = safeguarding::assess(&view, &hits, rules);
        let themes = themes::rank(&hits, &assessment.themes)
            .into_iter()
            .map(|i| self.themes[i].clone())
            .collect();
        let words = words::Words::new(&view, &hits);
        let mut candidates = Vec::new();
        let patterns = &self.patterns;
        phone::find(&view, &hits, rules, &patterns.phone, &mut candidates);
        contact::find(&view, &hits, &self.web, patterns, &mut candidates);
        address::find_postcodes(&view, &patterns.postcode, &mut candidates);
        address::find_addresses(&view, &hits, &words, &mut candidates);
        dates::find(
            &view,
            &hits,
            &patterns.numeric_date,
            &rules.months,
            &mut candidates,
        );
        names::find_schools(
            view.text(),
            &hits,
            &words,
            rules.verb_final,
            &mut candidates,
        );
        names::find_names(&hits, &words, &mut candidates);
        let candidates = not_allowed(&hits, candidates);
        let why = assessment
            .why
            .iter()
            .map(|(start, end)| view.original_span(*start, *end))
            .collect();
        Suggestions {
            highlights: resolve(&view, candidates),
            themes,
            safeguarding: assessment.level,
            why,
            signals: signal_names(rules, &assessment.signals),
        }
    }

    /// The level and the names of the warning signs, read with the cheap
    /// automaton of safeguarding phrases only (as [`Self::safeguarding_level`]).
    pub fn safeguarding(&self, text: &str, lang: Language, kind: SubmissionKind) -> Safeguarding {
        let _ = kind;
        let rules = &self.languages[index(lang)];
        let view = View::new(text);
        let hits = rules.safeguarding_lexicon.hits(&view, rules.arabic_clitics);
        let assessment = safeguarding::assess(&view, &hits, rules);
        Safeguarding {
            level: assessment.level,
            signals: signal_names(rules, &assessment.signals),
        }
    }

    /// Only the level: the cheap path run at intake on every submission.
    pub fn safeguarding_level(
        &self,
        text: &str,
        lang: Language,
        kind: SubmissionKind,
    ) -> SafeguardingLevel {
        let _ = kind;
        let rules = &self.languages[index(lang)];
        let view = View::new(text);
        let hits = rules.safeguarding_lexicon.hits(&view, rules.arabic_clitics);
        safeguarding::level(&view, &hits, rules)
    }
}

fn signal_names(rules: &LanguageRules, ids: &[u8]) -> Vec<String> {
    ids.iter()
        .map(|i| rules.signals[usize::from(*i)].name.clone())
        .collect()
}

/// Drops candidates that lie wholly inside a phrase of the allow list (a
/// public helpline number, "Manchester", "Home Office").
fn not_allowed(hits: &[lexicon::Hit], mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut allowed: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| h.tag == Tag::Allow)
        .map(|h| (h.start, h.end))
        .collect();
    if allowed.is_empty() {
        return candidates;
    }
    allowed.sort_unstable();
    let mut reach = Vec::with_capacity(allowed.len());
    let mut furthest = 0;
    for (_, end) in &allowed {
        furthest = furthest.max(*end);
        reach.push(furthest);
    }
    candidates.retain(|c| {
        let before = allowed.partition_point(|(start, _)| *start <= c.start);
        before == 0 || reach[before - 1] < c.end
    });
    candidates
}

/// Maps candidates to the original text and makes them sorted and disjoint: two
/// overlapping candidates of one kind merge; of different kinds, the stronger
/// stays (the longer one on a tie).
fn resolve(view: &View, mut candidates: Vec<Candidate>) -> Vec<Highlight> {
    let mut mapped: Vec<Highlight> = candidates
        .drain(..)
        .filter(|c| c.start < c.end && c.end <= view.text().len())
        .map(|c| {
            let (start, end) = view.original_span(c.start, c.end);
            Highlight {
                kind: c.kind,
                start,
                end,
                confidence: c.confidence.clamp(0.0, 1.0),
            }
        })
        .filter(|h| h.start < h.end)
        .collect();
    mapped.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<Highlight> = Vec::with_capacity(mapped.len());
    for h in mapped {
        let Some(last) = out.last_mut() else {
            out.push(h);
            continue;
        };
        if h.start >= last.end {
            out.push(h);
        } else if h.kind == last.kind {
            last.end = last.end.max(h.end);
            last.confidence = last.confidence.max(h.confidence);
        } else {
            let stronger = h.confidence > last.confidence
                || (h.confidence == last.confidence && h.end - h.start > last.end - last.start);
            if stronger {
                *last = h;
            }
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use std::sync::OnceLock;

    /// The shipped rules, built once per test process.
    pub fn shipped() -> &'static SuggestionRules {
        static RULES: OnceLock<SuggestionRules> = OnceLock::new();
        RULES.get_or_init(|| {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/moderation/");
            let read = |name: &str| std::fs::read_to_string(format!("{dir}{name}")).unwrap();
            let (themes, safeguarding, recognizers) = (
                read("themes.toml"),
                read("safeguarding.toml"),
                read("recognizers.toml"),
            );
            SuggestionRules::from_sources(&RuleSources {
                themes: &themes,
                safeguarding: &safeguarding,
                recognizers: &recognizers,
            })
            .unwrap_or_else(|e| panic!("{e}"))
        })
    }

    /// The original text of each highlight of one kind.
    pub fn found(text: &str, lang: Language, kind: DetailKind) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        shipped()
            .suggest(text, lang, SubmissionKind::Story)
            .highlights
            .iter()
            .filter(|h| h.kind == kind)
            .map(|h| chars[h.start..h.end].iter().collect())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for k in DetailKind::ALL {
            assert_eq!(k.as_str().parse::<DetailKind>(), Ok(k));
        }
        for l in SafeguardingLevel::ALL {
            assert_eq!(l.as_str().parse::<SafeguardingLevel>(), Ok(l));
        }
        assert!(SafeguardingLevel::None < SafeguardingLevel::Concern);
        assert!(SafeguardingLevel::Concern < SafeguardingLevel::Urgent);
        assert!("Phone".parse::<DetailKind>().is_err());
    }

    #[test]
    fn rules_are_shared_between_threads() {
        fn check<T: Send + Sync>() {}
        check::<SuggestionRules>();
        assert!(format!("{:?}", testing::shipped()).len() < 120);
    }

    #[test]
    fn overlaps_merge_or_keep_the_stronger() {
        let view = View::new("abcdefghij");
        let c = |kind, start, end, confidence| Candidate {
            kind,
            start,
            end,
            confidence,
        };
        let out = resolve(
            &view,
            vec![
                c(DetailKind::Name, 0, 3, 0.6),
                c(DetailKind::Name, 2, 5, 0.7),
                c(DetailKind::Name, 1, 2, 0.9),
                c(DetailKind::School, 4, 8, 0.8),
                c(DetailKind::Date, 9, 10, 0.5),
            ],
        );
        assert_eq!(out.len(), 2, "{out:?}");
        // The three names merge, and the merged name is stronger than the school.
        assert_eq!(
            (out[0].kind, out[0].start, out[0].end),
            (DetailKind::Name, 0, 5)
        );
        assert_eq!(out[1].kind, DetailKind::Date);
    }
}
