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

    /// The counters this fact adds one to (see [`Tally`]).
    pub fn tallies(&self) -> Vec<Tally> {
        FactColumns {
            language: &self.language,
            kind: self.kind.as_str(),
            service: self.service.as_deref(),
            region: self.region.map(|r| r.key()),
            age_band: self.age_band.map(|a| a.key()),
            themes: &self.themes_column(),
            answers: &self.answers_column(),
        }
        .tallies()
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

/// A fact as its row holds it, before any key is checked against the policy.
#[derive(Debug, Clone, Copy)]
pub struct FactColumns<'a> {
    pub language: &'a str,
    pub kind: &'a str,
    pub service: Option<&'a str>,
    pub region: Option<&'a str>,
    pub age_band: Option<&'a str>,
    pub themes: &'a str,
    pub answers: &'a str,
}

impl FactColumns<'_> {
    /// The counters a fact with these columns adds one to: its language and
    /// kind, each theme, its age band and, for feedback, its region, its service
    /// and each answer it gave. Keys stay as stored; a digest decides which of
    /// them the policy still knows.
    pub fn tallies(&self) -> Vec<Tally> {
        let (themes, answers) = Fact::parse_columns(self.themes, self.answers);
        let mut out = vec![Tally::LanguageKind {
            language: self.language.to_owned(),
            kind: self.kind.to_owned(),
        }];
        out.extend(themes.into_iter().map(Tally::Theme));
        out.push(Tally::Age(self.age_band.map(str::to_owned)));
        if self.kind == SubmissionKind::Feedback.as_str() {
            let service = self.service.map(str::to_owned);
            out.push(Tally::Region(self.region.map(str::to_owned)));
            out.push(Tally::Service(service.clone()));
            out.extend(answers.into_iter().map(|(question, answer)| Tally::Answer {
                service: service.clone(),
                question,
                answer,
            }));
        }
        out.sort();
        out.dedup();
        out
    }
}

/// One running total that facts add to. A digest is built from these totals,
/// never from the facts one by one, so building it takes as long for a million
/// facts as for a hundred. `None` is a fact that did not say.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tally {
    LanguageKind {
        language: String,
        kind: String,
    },
    Theme(String),
    Age(Option<String>),
    /// Feedback only, like the three below.
    Region(Option<String>),
    Service(Option<String>),
    /// One answer to one question, within a service.
    Answer {
        service: Option<String>,
        question: String,
        answer: String,
    },
}

/// A part of a tally's stored name: `/` and `%` escaped, so any key round-trips.
fn escape(part: &str) -> String {
    part.replace('%', "%25").replace('/', "%2F")
}

fn unescape(part: &str) -> String {
    part.replace("%2F", "/").replace("%25", "%")
}

fn optional(part: Option<&str>) -> String {
    part.map(|p| format!("={}", escape(p))).unwrap_or_default()
}

fn unoptional(part: &str) -> Option<Option<String>> {
    match part {
        "" => Some(None),
        p => p.strip_prefix('=').map(|k| Some(unescape(k))),
    }
}

impl Tally {
    /// The name it is stored under, e.g. `lk/en/story`, `age/=16_17`, `age/`
    /// (no age band given).
    pub fn key(&self) -> String {
        match self {
            Tally::LanguageKind { language, kind } => {
                format!("lk/{}/{}", escape(language), escape(kind))
            }
            Tally::Theme(t) => format!("theme/{}", escape(t)),
            Tally::Age(a) => format!("age/{}", optional(a.as_deref())),
            Tally::Region(r) => format!("region/{}", optional(r.as_deref())),
            Tally::Service(s) => format!("service/{}", optional(s.as_deref())),
            Tally::Answer {
                service,
                question,
                answer,
            } => format!(
                "answer/{}/{}/{}",
                optional(service.as_deref()),
                escape(question),
                escape(answer)
            ),
        }
    }

    /// Reads a stored name back; `None` for one this version does not know.
    pub fn parse(key: &str) -> Option<Tally> {
        let parts: Vec<&str> = key.split('/').collect();
        Some(match parts.as_slice() {
            ["lk", language, kind] => Tally::LanguageKind {
                language: unescape(language),
                kind: unescape(kind),
            },
            ["theme", t] => Tally::Theme(unescape(t)),
            ["age", a] => Tally::Age(unoptional(a)?),
            ["region", r] => Tally::Region(unoptional(r)?),
            ["service", s] => Tally::Service(unoptional(s)?),
            ["answer", s, q, a] => Tally::Answer {
                service: unoptional(s)?,
                question: unescape(q),
                answer: unescape(a),
            },
            _ => return None,
        })
    }
}

/// Running totals by counter, as a digest reads them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tallies(pub BTreeMap<Tally, i64>);

impl Tallies {
    pub fn add(&mut self, tally: Tally, n: i64) {
        *self.0.entry(tally).or_default() += n;
    }

    /// The totals of `facts`, each counted `n` times.
    pub fn of<'a>(facts: impl IntoIterator<Item = (&'a Fact, i64)>) -> Tallies {
        let mut out = Tallies::default();
        for (fact, n) in facts {
            for t in fact.tallies() {
                out.add(t, n);
            }
        }
        out
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
        let tallies = fact.tallies();
        assert_eq!(
            tallies,
            [
                Tally::LanguageKind {
                    language: "vi".into(),
                    kind: "feedback".into()
                },
                Tally::Theme("language_barriers".into()),
                Tally::Theme("not_believed".into()),
                Tally::Age(Some("16_17".into())),
                Tally::Region(Some("london".into())),
                Tally::Service(Some("police".into())),
                Tally::Answer {
                    service: Some("police".into()),
                    question: "listened".into(),
                    answer: "mostly".into()
                },
            ]
        );
    }

    #[test]
    fn a_story_counts_no_service_region_or_answers() {
        let shared = Shared::Story {
            text: "never counted".into(),
            themes: vec!["work".into()],
            age_band: None,
            helped: None,
        };
        let fact = Fact::of("2026-10", "en", &shared, &["education".into()]);
        assert_eq!(
            fact.tallies(),
            [
                Tally::LanguageKind {
                    language: "en".into(),
                    kind: "story".into()
                },
                Tally::Theme("education".into()),
                Tally::Age(None),
            ]
        );
    }

    #[test]
    fn every_tally_name_reads_back_even_with_slashes_and_percents() {
        let odd = ["a/b", "50%", "%2F", "", "plain"];
        for x in odd {
            for y in odd {
                for tally in [
                    Tally::LanguageKind {
                        language: x.into(),
                        kind: y.into(),
                    },
                    Tally::Theme(x.into()),
                    Tally::Age(Some(x.into())),
                    Tally::Age(None),
                    Tally::Region(Some(y.into())),
                    Tally::Service(None),
                    Tally::Answer {
                        service: Some(x.into()),
                        question: y.into(),
                        answer: x.into(),
                    },
                    Tally::Answer {
                        service: None,
                        question: x.into(),
                        answer: y.into(),
                    },
                ] {
                    assert_eq!(Tally::parse(&tally.key()), Some(tally.clone()), "{tally:?}");
                }
            }
        }
        assert_eq!(Tally::parse("age/16_17"), None);
        assert_eq!(Tally::parse("nothing/x"), None);
    }
}
