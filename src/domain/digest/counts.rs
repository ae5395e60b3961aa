//! The true count of every slot, from the running totals of the facts. These
//! are never published as they are: only through disclosure control.

use std::collections::BTreeMap;

use super::spec::{slot_of, DigestSpec, Slots, NOT_GIVEN};
use crate::domain::facts::{Tallies, Tally};

/// The true count of every slot with facts, from the running totals: a
/// counter whose key the policy no longer knows counts as "not given", and a
/// service's answers to a question start as all "not given" and move to the
/// answer each one gave.
pub fn true_counts(spec: &DigestSpec, tallies: &Tallies) -> BTreeMap<String, u64> {
    let Slots {
        ages,
        regions,
        services,
        questions,
    } = Slots::of(spec);
    let mut counts: BTreeMap<String, i64> = BTreeMap::new();
    let mut add = |slot: String, n: i64| *counts.entry(slot).or_default() += n;
    for (tally, &n) in &tallies.0 {
        match tally {
            Tally::LanguageKind { language, kind } => {
                let language = slot_of(&spec.languages, Some(language));
                let kind = if kind == "feedback" {
                    "feedback"
                } else {
                    "story"
                };
                add(format!("overview/{language}/{kind}"), n);
                add(format!("overview/{language}/total"), n);
                add(format!("overview/total/{kind}"), n);
                add("overview/total/total".into(), n);
            }
            Tally::Theme(t) => {
                if spec.themes.contains(t) {
                    add(format!("theme/{t}"), n);
                }
            }
            Tally::Age(a) => add(format!("age/{}", slot_of(&ages, a.as_deref())), n),
            Tally::Region(r) => add(format!("region/{}", slot_of(&regions, r.as_deref())), n),
            Tally::Service(s) => {
                let service = slot_of(&services, s.as_deref());
                add(format!("service/{service}"), n);
                for (q, _) in &questions {
                    add(format!("service/{service}/{q}/{NOT_GIVEN}"), n);
                }
            }
            Tally::Answer {
                service,
                question,
                answer,
            } => {
                let service = slot_of(&services, service.as_deref());
                let Some((q, answers)) = questions.iter().find(|(q, _)| q == question) else {
                    continue;
                };
                let a = slot_of(answers, Some(answer));
                if a != NOT_GIVEN {
                    add(format!("service/{service}/{q}/{a}"), n);
                    add(format!("service/{service}/{q}/{NOT_GIVEN}"), -n);
                }
            }
        }
    }
    counts
        .into_iter()
        .map(|(slot, n)| (slot, n.max(0) as u64))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{fact, spec};
    use super::*;
    use crate::domain::SubmissionKind;

    #[test]
    fn answers_not_given_or_unknown_count_as_not_given_and_unknown_keys_fold() {
        let mut answered = fact("en", SubmissionKind::Feedback);
        answered.answers = [("listened".to_owned(), "partly".to_owned())].into();
        let mut silent = fact("vi", SubmissionKind::Feedback);
        silent.answers.clear();
        let mut odd = fact("en", SubmissionKind::Feedback);
        odd.answers = [
            ("listened".to_owned(), "retired_answer".to_owned()),
            ("retired_question".to_owned(), "yes".to_owned()),
        ]
        .into();
        let mut elsewhere = fact("xx", SubmissionKind::Feedback);
        elsewhere.service = Some("retired_service".into());
        elsewhere.themes = vec!["retired_theme".into()];
        let facts = [(answered, 30), (silent, 25), (odd, 15), (elsewhere, 12)];
        let counts = true_counts(&spec(), &Tallies::of(facts.iter().map(|(f, n)| (f, *n))));
        let count = |slot: &str| counts.get(slot).copied().unwrap_or(0);
        assert_eq!(count("service/police"), 70);
        assert_eq!(count("service/police/listened/partly"), 30);
        assert_eq!(count("service/police/listened/mostly"), 0);
        assert_eq!(count("service/police/listened/not_given"), 40);
        assert_eq!(count("service/not_given"), 12);
        assert_eq!(count("service/not_given/listened/mostly"), 12);
        assert_eq!(count("overview/not_given/feedback"), 12);
        assert_eq!(count("overview/en/feedback"), 45);
        assert_eq!(count("overview/total/total"), 82);
        assert_eq!(count("theme/not_believed"), 70);
        assert!(counts.keys().all(|k| !k.contains("retired")), "{counts:?}");
        assert_eq!(count("region/london"), 82);
        assert_eq!(count("age/16_17"), 82);
    }
}
