//! How far each language's translation has been reviewed: `locales/status.toml`,
//! compiled into the binary with the translations it describes.
//!
//! The staff dashboard shows each state, the review sheet prints the open
//! questions, and `locales/STATUS.md` is generated from this file and the
//! hand-written `locales/STATUS.head.md` ([`status_markdown`]). A reviewer is
//! recorded by role, never by name.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;

use crate::domain::Language;

/// The review record, embedded at build time.
pub const STATUS_TOML: &str = include_str!("../../locales/status.toml");
/// The hand-written part of `STATUS.md`, embedded at build time.
pub const STATUS_HEAD: &str = include_str!("../../locales/STATUS.head.md");
/// The line of [`STATUS_HEAD`] that the generated part replaces.
const GENERATED_HERE: &str = "<!-- review state and open questions: generated from status.toml -->";

/// How far a language's translation has been checked, least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewState {
    /// English: the text the others translate.
    Source,
    /// Written without a speaker of the language.
    Drafted,
    /// Read against English by a fluent reviewer who is not a native speaker.
    FluentReviewed,
    /// Read by a native speaker: ready to launch.
    NativeReviewed,
}

impl ReviewState {
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewState::Source => "source",
            ReviewState::Drafted => "drafted",
            ReviewState::FluentReviewed => "fluent-reviewed",
            ReviewState::NativeReviewed => "native-reviewed",
        }
    }

    /// Whether an organisation can show the language to survivors without
    /// waiting for another review.
    pub fn ready_to_launch(self) -> bool {
        matches!(self, ReviewState::Source | ReviewState::NativeReviewed)
    }
}

/// Something the last reviewer could not settle.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenQuestion {
    /// A message id, a policy text as "file key", or `*` for the whole language.
    pub id: String,
    /// The question, in English (Markdown).
    pub doubt: String,
}

impl OpenQuestion {
    /// Whether the question is about the message `id`: named as its subject, or
    /// quoted (`` `id` ``) in the doubt.
    pub fn is_about(&self, id: &str) -> bool {
        self.id == id || self.doubt.contains(&format!("`{id}`"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageStatus {
    pub state: ReviewState,
    /// When the last review finished (YYYY-MM or YYYY-MM-DD).
    pub date: Option<String>,
    /// Who reviewed it, by role.
    pub reviewer: Option<String>,
    pub note: Option<String>,
    #[serde(default)]
    pub open_questions: Vec<OpenQuestion>,
}

/// Every launch language's review state.
#[derive(Debug, Clone)]
pub struct ReviewStatus {
    languages: BTreeMap<Language, LanguageStatus>,
}

#[derive(Debug, thiserror::Error)]
#[error("locales/status.toml: {0}")]
pub struct StatusError(String);

impl ReviewStatus {
    /// The embedded `locales/status.toml`.
    pub fn embedded() -> Result<Self, StatusError> {
        Self::parse(STATUS_TOML)
    }

    /// Every launch language must be there, English as the only source, and
    /// every reviewed language with its date and reviewer.
    pub fn parse(source: &str) -> Result<Self, StatusError> {
        let raw: BTreeMap<String, LanguageStatus> =
            toml::from_str(source).map_err(|e| StatusError(e.to_string()))?;
        let mut languages = BTreeMap::new();
        for (code, status) in raw {
            let lang = Language::from_code(&code)
                .filter(|l| l.code() == code)
                .ok_or_else(|| StatusError(format!("unknown language `{code}`")))?;
            if (lang == Language::En) != (status.state == ReviewState::Source) {
                return Err(StatusError(format!("`{code}`: only English is the source")));
            }
            let reviewed = matches!(
                status.state,
                ReviewState::FluentReviewed | ReviewState::NativeReviewed
            );
            if reviewed && (status.date.is_none() || status.reviewer.is_none()) {
                return Err(StatusError(format!(
                    "`{code}`: a reviewed language needs `date` and `reviewer`"
                )));
            }
            if let Some(q) = status
                .open_questions
                .iter()
                .find(|q| q.id.trim().is_empty() || q.doubt.trim().is_empty())
            {
                return Err(StatusError(format!(
                    "`{code}`: an open question needs an id and a doubt ({q:?})"
                )));
            }
            languages.insert(lang, status);
        }
        if let Some(missing) = Language::ALL.iter().find(|l| !languages.contains_key(l)) {
            return Err(StatusError(format!("`{missing}` is missing")));
        }
        Ok(Self { languages })
    }

    pub fn of(&self, lang: Language) -> &LanguageStatus {
        &self.languages[&lang]
    }
}

/// `STATUS.md`: the hand-written `head` with the review state and the open
/// questions in place of its marker line (or at its end).
pub fn status_markdown(status: &ReviewStatus, head: &str) -> String {
    let mut generated = String::new();
    let _ = writeln!(
        generated,
        "## Review state\n\n\
         Generated from `locales/status.toml`; edit that file (or `STATUS.head.md`) and run\n\
         `voices translations status > locales/STATUS.md`. A language is ready to launch\n\
         once it is `native-reviewed`; until then an organisation can hide it from the\n\
         language switcher (`languages.hidden`).\n\n\
         | Code | Language | State | Date | Reviewer | Open questions |\n\
         | --- | --- | --- | --- | --- | --- |"
    );
    for lang in Language::ALL {
        let s = status.of(lang);
        let _ = writeln!(
            generated,
            "| {} | {} | {} | {} | {} | {} |",
            lang.code(),
            lang.endonym(),
            s.state.as_str(),
            s.date.as_deref().unwrap_or("—"),
            s.reviewer.as_deref().unwrap_or("—"),
            s.open_questions.len()
        );
    }
    let _ = writeln!(
        generated,
        "\n## Open questions (need a native speaker)\n\n\
         The last review could not settle these, so they were **not** changed. Review\n\
         them by message id (`voices translations sheet --lang L` prints each next to its\n\
         message)."
    );
    for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        let s = status.of(lang);
        let _ = writeln!(generated, "\n### {}\n", lang.code());
        if let Some(note) = &s.note {
            let _ = writeln!(generated, "{note}\n");
        }
        if s.open_questions.is_empty() {
            let _ = writeln!(generated, "- None.");
        }
        for q in &s.open_questions {
            let _ = writeln!(generated, "- {}", q.doubt.trim());
        }
    }
    let generated = generated.trim_end();
    let head = head.trim_end();
    let body = match head.split_once(GENERATED_HERE) {
        Some((before, after)) => format!(
            "{}\n\n{generated}\n\n{}",
            before.trim_end(),
            after.trim_start()
        ),
        None => format!("{head}\n\n{generated}"),
    };
    format!(
        "<!-- Generated by `voices translations status` from locales/status.toml and\n     \
         locales/STATUS.head.md. Do not edit this file: edit those and regenerate. -->\n\n{}\n",
        body.trim_end()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_status_covers_every_language() {
        let status = ReviewStatus::embedded().unwrap();
        assert_eq!(status.of(Language::En).state, ReviewState::Source);
        for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
            let s = status.of(lang);
            assert!(s.state >= ReviewState::Drafted, "{lang}");
            assert!(!s.state.ready_to_launch() || s.state == ReviewState::NativeReviewed);
        }
        assert!(!status.of(Language::Ti).open_questions.is_empty());
    }

    #[test]
    fn a_status_file_without_a_language_or_with_a_name_less_review_is_refused() {
        let mut all = String::from("[en]\nstate = \"source\"\n");
        for lang in Language::ALL.into_iter().skip(1) {
            all.push_str(&format!("[{lang}]\nstate = \"drafted\"\n"));
        }
        assert!(ReviewStatus::parse(&all).is_ok());
        let missing = all.replace("[ps]\nstate = \"drafted\"\n", "");
        assert!(ReviewStatus::parse(&missing)
            .unwrap_err()
            .to_string()
            .contains("`ps` is missing"));
        let undated = all.replace(
            "[ti]\nstate = \"drafted\"",
            "[ti]\nstate = \"native-reviewed\"",
        );
        assert!(ReviewStatus::parse(&undated).is_err());
        let unknown = format!("{all}[de]\nstate = \"drafted\"\n");
        assert!(ReviewStatus::parse(&unknown).is_err());
        let bad_state = all.replace("[ti]\nstate = \"drafted\"", "[ti]\nstate = \"done\"");
        assert!(ReviewStatus::parse(&bad_state).is_err());
    }

    #[test]
    fn a_question_is_about_its_id_and_the_ids_it_quotes() {
        let q = OpenQuestion {
            id: "quick-exit".into(),
            doubt: "must match `landing-leave-quickly` exactly".into(),
        };
        assert!(q.is_about("quick-exit"));
        assert!(q.is_about("landing-leave-quickly"));
        assert!(!q.is_about("landing-leave"));
    }

    #[test]
    fn the_markdown_puts_the_generated_part_at_the_marker() {
        let status = ReviewStatus::embedded().unwrap();
        let head =
            format!("# Title\n\nIntro.\n\n{GENERATED_HERE}\n\n## Changing strings\n\nRules.\n");
        let md = status_markdown(&status, &head);
        let state = md.find("## Review state").unwrap();
        assert!(md.find("Intro.").unwrap() < state);
        assert!(state < md.find("## Changing strings").unwrap());
        assert!(md.contains("| ti | ትግርኛ | fluent-reviewed | 2026-12 |"));
        assert!(md.contains("«ካብዚ መርበብ ውጹ»"));
        assert!(!md.contains(GENERATED_HERE));
    }
}
