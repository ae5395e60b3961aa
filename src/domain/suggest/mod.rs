//! Suggestions for moderators (identifying details, themes, safeguarding level).
//! PLACEHOLDER with the agreed interface while the engine is built beside it; it
//! finds nothing. Replaced by the engine before any release.

use super::{Language, SubmissionKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

impl std::str::FromStr for DetailKind {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Self::ALL.into_iter().find(|k| k.as_str() == s).ok_or(())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    pub kind: DetailKind,
    pub start: usize,
    pub end: usize,
    pub confidence: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SafeguardingLevel {
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

impl std::str::FromStr for SafeguardingLevel {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Self::ALL.into_iter().find(|k| k.as_str() == s).ok_or(())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Suggestions {
    pub highlights: Vec<Highlight>,
    pub themes: Vec<String>,
    pub safeguarding: SafeguardingLevel,
}

pub struct RuleSources<'a> {
    pub themes: &'a str,
    pub safeguarding: &'a str,
    pub recognizers: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    pub file: &'static str,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for RuleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{} (line {line}): {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

#[derive(Debug, Default)]
pub struct SuggestionRules;

impl SuggestionRules {
    pub fn from_sources(_sources: &RuleSources<'_>) -> Result<Self, RuleError> {
        Ok(SuggestionRules)
    }

    pub fn suggest(&self, text: &str, lang: Language, kind: SubmissionKind) -> Suggestions {
        Suggestions {
            highlights: Vec::new(),
            themes: Vec::new(),
            safeguarding: self.safeguarding_level(text, lang, kind),
        }
    }

    pub fn safeguarding_level(
        &self,
        _text: &str,
        _lang: Language,
        _kind: SubmissionKind,
    ) -> SafeguardingLevel {
        SafeguardingLevel::None
    }
}
