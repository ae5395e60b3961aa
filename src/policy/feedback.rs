//! `moderation/feedback.toml`: the kinds of service, the questions and their
//! answer scales, with stable keys (stored feedback and digests count by them)
//! and a label in every language. Nothing here reads a file; `load.rs` does.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::{check_key, translated, Labelled, RawLabelled, Translated};
use crate::domain::share::{FeedbackSpec, PREFER_NOT_TO_SAY};
use crate::domain::Language;

/// A kind of service a young person can give feedback about.
#[derive(Debug, Clone)]
pub struct Service {
    pub key: String,
    /// Offered on the form; a retired kind keeps its label for older feedback.
    pub offered: bool,
    pub label: Translated,
    pub explain: Option<Translated>,
}

/// A question and the answers it offers, in order ("I prefer not to say" last).
#[derive(Debug, Clone)]
pub struct Question {
    pub key: String,
    pub label: Translated,
    pub answers: Vec<Labelled>,
}

impl Question {
    pub fn answer(&self, key: &str) -> Option<&Labelled> {
        self.answers.iter().find(|a| a.key == key)
    }
}

#[derive(Debug, Clone)]
pub struct Feedback {
    pub services: Vec<Service>,
    pub questions: Vec<Question>,
}

impl Feedback {
    pub fn service(&self, key: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.key == key)
    }

    pub fn offered(&self) -> impl Iterator<Item = &Service> {
        self.services.iter().filter(|s| s.offered)
    }

    pub fn question(&self, key: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.key == key)
    }

    /// A service's label, or its key when the policy no longer knows it.
    pub fn service_label<'a>(&'a self, key: &'a str, lang: Language) -> &'a str {
        self.service(key).map(|s| s.label.get(lang)).unwrap_or(key)
    }

    /// What the form accepts, by key.
    pub fn spec(&self) -> FeedbackSpec {
        FeedbackSpec {
            offered_services: self.offered().map(|s| s.key.clone()).collect(),
            known_services: self.services.iter().map(|s| s.key.clone()).collect(),
            questions: self
                .questions
                .iter()
                .map(|q| {
                    (
                        q.key.clone(),
                        q.answers.iter().map(|a| a.key.clone()).collect(),
                    )
                })
                .collect(),
        }
    }

    /// Parses and checks `feedback.toml`.
    pub fn parse(source: &str) -> Result<Feedback, String> {
        let file: File = toml::from_str(source).map_err(|e| e.to_string())?;
        let prefer_not = translated(
            source,
            "prefer_not_to_say",
            PREFER_NOT_TO_SAY,
            "label",
            file.prefer_not_to_say,
        )?;
        let answers_of = |what: &str, raw: Vec<RawLabelled>, seen: &mut BTreeSet<String>| {
            raw.into_iter()
                .map(|a| {
                    if a.key == PREFER_NOT_TO_SAY {
                        return Err(format!(
                            "{what}: `{PREFER_NOT_TO_SAY}` is added to every question; do not list it"
                        ));
                    }
                    check_key(source, what, &a.key, seen)?;
                    Ok(Labelled {
                        label: translated(source, what, &a.key, "label", a.label)?,
                        key: a.key,
                    })
                })
                .collect::<Result<Vec<_>, String>>()
        };
        let mut scales = BTreeMap::new();
        let mut seen_scales = BTreeSet::new();
        for scale in file.scale {
            check_key(source, "scale", &scale.key, &mut seen_scales)?;
            if scale.answer.len() < 2 {
                return Err(format!("scale `{}` needs at least two answers", scale.key));
            }
            let answers = answers_of("scale answer", scale.answer, &mut BTreeSet::new())?;
            scales.insert(scale.key, answers);
        }
        let mut seen = BTreeSet::new();
        let questions = file
            .question
            .into_iter()
            .map(|q| {
                check_key(source, "question", &q.key, &mut seen)?;
                let mut answers = scales.get(&q.scale).cloned().ok_or_else(|| {
                    format!(
                        "question `{}`: unknown scale `{}` (use {})",
                        q.key,
                        q.scale,
                        scales.keys().cloned().collect::<Vec<_>>().join(", ")
                    )
                })?;
                let mut keys: BTreeSet<String> = answers.iter().map(|a| a.key.clone()).collect();
                answers.extend(answers_of("question extra answer", q.extra, &mut keys)?);
                answers.push(Labelled {
                    key: PREFER_NOT_TO_SAY.to_owned(),
                    label: prefer_not.clone(),
                });
                Ok(Question {
                    label: translated(source, "question", &q.key, "label", q.label)?,
                    key: q.key,
                    answers,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        if questions.is_empty() {
            return Err("no questions".into());
        }
        let mut seen = BTreeSet::new();
        let services = file
            .service
            .into_iter()
            .map(|s| {
                check_key(source, "service", &s.key, &mut seen)?;
                Ok(Service {
                    label: translated(source, "service", &s.key, "label", s.label)?,
                    explain: s
                        .explain
                        .map(|e| translated(source, "service", &s.key, "explain", e))
                        .transpose()?,
                    offered: s.offered,
                    key: s.key,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        if !services.iter().any(|s| s.offered) {
            return Err("no service is offered".into());
        }
        Ok(Feedback {
            services,
            questions,
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    prefer_not_to_say: BTreeMap<String, String>,
    scale: Vec<RawScale>,
    question: Vec<RawQuestion>,
    service: Vec<RawService>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    key: String,
    answer: Vec<RawLabelled>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    key: String,
    scale: String,
    label: BTreeMap<String, String>,
    #[serde(default)]
    extra: Vec<RawLabelled>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    key: String,
    #[serde(default = "yes")]
    offered: bool,
    label: BTreeMap<String, String>,
    explain: Option<BTreeMap<String, String>>,
}

fn yes() -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../moderation/feedback.toml");

    #[test]
    fn the_shipped_file_asks_what_services_for_trafficked_children_need() {
        let feedback = Feedback::parse(SHIPPED).unwrap();
        let offered: Vec<&str> = feedback.offered().map(|s| s.key.as_str()).collect();
        assert_eq!(offered.len(), 19);
        assert_eq!(offered.last(), Some(&"other"));
        for needed in [
            "guardian",
            "referral",
            "age_assessment",
            "leaving_care",
            "helpline",
        ] {
            assert!(offered.contains(&needed), "{needed}");
        }
        assert!(!feedback.service("placement").unwrap().offered);
        let overall = feedback.question("overall").unwrap();
        assert_eq!(overall.answers.first().unwrap().key, "very_good");
        for q in &feedback.questions {
            assert_eq!(
                q.answers.last().unwrap().key,
                PREFER_NOT_TO_SAY,
                "{}",
                q.key
            );
        }
        let own = feedback.question("own_language").unwrap();
        assert!(own.answer("not_needed").is_some());
        assert!(feedback
            .question("listened")
            .unwrap()
            .answer("not_needed")
            .is_none());
        // One scale for how much, never mixing in how often.
        let extent: Vec<&str> = feedback
            .question("believed")
            .unwrap()
            .answers
            .iter()
            .map(|a| a.key.as_str())
            .collect();
        assert_eq!(
            extent,
            [
                "not_at_all",
                "a_little",
                "partly",
                "mostly",
                "completely",
                PREFER_NOT_TO_SAY
            ]
        );
    }

    #[test]
    fn mistakes_are_named() {
        let bad_scale = SHIPPED.replacen("scale = \"extent\"", "scale = \"sometimes\"", 1);
        assert!(Feedback::parse(&bad_scale)
            .unwrap_err()
            .contains("unknown scale `sometimes`"));
        let listed = SHIPPED.replacen("key = \"not_needed\"", "key = \"prefer_not_to_say\"", 1);
        assert!(Feedback::parse(&listed)
            .unwrap_err()
            .contains("do not list it"));
        let twice = SHIPPED.replacen("key = \"court\"", "key = \"police\"", 1);
        assert!(Feedback::parse(&twice)
            .unwrap_err()
            .contains("appears twice"));
        let untranslated = SHIPPED.replacen("ps = \"پولیس\"\n", "", 1);
        assert!(Feedback::parse(&untranslated)
            .unwrap_err()
            .contains("no `ps` translation"));
    }
}
