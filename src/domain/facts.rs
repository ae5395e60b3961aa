//! An aggregation fact: what one approved item adds to the digests. Only coarse,
//! countable things: the month of approval, language, kind, service type,
//! region, age band, the themes a moderator confirmed and the scale answers.
//! Never a submission id, a day or any words.

use std::collections::BTreeMap;

use super::share::{AgeBand, Region, Shared};
use super::SubmissionKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// `YYYY-MM`.
    pub month: String,
    pub language: String,
    pub kind: SubmissionKind,
    pub service: Option<String>,
    pub region: Option<Region>,
    pub age_band: Option<AgeBand>,
    /// Confirmed theme keys, sorted, without repeats.
    pub themes: Vec<String>,
    /// Question key to answer key.
    pub answers: BTreeMap<String, String>,
}

impl Fact {
    /// The fact for an item with `shared` and the themes a moderator confirmed,
    /// approved in `month`.
    pub fn of(month: &str, language: &str, shared: &Shared, confirmed: &[String]) -> Fact {
        let mut themes: Vec<String> = confirmed.to_vec();
        themes.sort();
        themes.dedup();
        let (service, region, age_band, answers) = match shared {
            Shared::Story { age_band, .. } => (None, None, *age_band, BTreeMap::new()),
            Shared::Feedback {
                service,
                region,
                answers,
                age_band,
                ..
            } => (
                Some(service.clone()).filter(|s| !s.is_empty()),
                *region,
                *age_band,
                answers.clone(),
            ),
        };
        Fact {
            month: month.to_owned(),
            language: language.to_owned(),
            kind: shared.kind(),
            service,
            region,
            age_band,
            themes,
            answers,
        }
    }

    /// The `themes` column: keys separated by spaces.
    pub fn themes_column(&self) -> String {
        self.themes.join(" ")
    }

    /// The `answers` column: `question=answer` pairs separated by spaces.
    pub fn answers_column(&self) -> String {
        self.answers
            .iter()
            .map(|(q, a)| format!("{q}={a}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Reads the two columns back.
    pub fn parse_columns(themes: &str, answers: &str) -> (Vec<String>, BTreeMap<String, String>) {
        let themes = themes.split_whitespace().map(str::to_owned).collect();
        let answers = answers
            .split_whitespace()
            .filter_map(|pair| pair.split_once('='))
            .map(|(q, a)| (q.to_owned(), a.to_owned()))
            .collect();
        (themes, answers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_feedback_fact_keeps_only_coarse_answers_and_round_trips_its_columns() {
        let shared = Shared::Feedback {
            service: "police".into(),
            region: Some(Region::London),
            answers: [("listened".to_owned(), "mostly".to_owned())].into(),
            text: "words that never reach a fact".into(),
            age_band: Some(AgeBand::From16To17),
            helped: None,
        };
        let fact = Fact::of(
            "2026-10",
            "vi",
            &shared,
            &[
                "not_believed".into(),
                "language_barriers".into(),
                "not_believed".into(),
            ],
        );
        assert_eq!(fact.themes, ["language_barriers", "not_believed"]);
        let (themes, answers) = Fact::parse_columns(&fact.themes_column(), &fact.answers_column());
        assert_eq!(themes, fact.themes);
        assert_eq!(answers, fact.answers);
        assert!(!format!("{fact:?}").contains("words"));
    }
}
