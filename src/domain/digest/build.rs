//! Builds a digest: the true counts, the quarter tied to its months, protection,
//! then the published body with its trends and percentages. Pure: the facts
//! and the earlier digests are given, nothing is read or stored here.

use std::collections::BTreeMap;

use super::body::{
    AnswerFigure, CellOf, Counted, DigestBody, LanguageRow, Overview, QuestionFigures,
    ServiceFigures, ThemeFigure,
};
use super::counts::true_counts;
use super::lines::add_period;
use super::period::Period;
use super::spec::{with_not_given, DigestSpec, Slots, KINDS};
use crate::domain::disclosure::{self, Cell, System};
use crate::domain::facts::Tallies;

/// What [`build`] is given besides the facts.
#[derive(Debug, Clone, Default)]
pub struct Context<'a> {
    /// The previous period's released digest, for trends.
    pub previous: Option<&'a DigestBody>,
    /// For a quarter: its months' released digests (all three).
    pub months: Vec<&'a DigestBody>,
    /// For a quarter: its months' running totals, in the same order, so that
    /// protection is judged with the months and the quarter together.
    pub month_tallies: Vec<&'a Tallies>,
}

/// Builds the digest of `period` from the running totals of its facts.
///
/// For a quarter whose months' running totals are given too, protection is
/// judged with the months: each quarter figure is the sum of its months', and
/// no suppressed count of a month may be narrowed by what the quarter adds.
/// A month with no items at all is published as empty, so it takes no part.
pub fn build(
    period: Period,
    spec: &DigestSpec,
    tallies: &Tallies,
    context: &Context<'_>,
) -> DigestBody {
    build_by(period, spec, tallies, context, disclosure::Rule::Ranges)
}

/// [`build`] under a given protection rule (the older one only to measure
/// what the rule in force costs).
pub fn build_by(
    period: Period,
    spec: &DigestSpec,
    tallies: &Tallies,
    context: &Context<'_>,
    rule: disclosure::Rule,
) -> DigestBody {
    let Slots {
        ages,
        regions,
        services,
        questions,
    } = Slots::of(spec);

    let counts = true_counts(spec, tallies);
    let empty = counts.get("overview/total/total").copied().unwrap_or(0) == 0;

    let mut system = System::new();
    let own = add_period(&mut system, spec, &counts, true);
    let slots = own.slots.clone();

    // A service's answers are shown only where percentages can be: with at
    // least the percentage denominator of feedback about it.
    for (sv, block) in &own.blocks {
        if system.value(*sv) < disclosure::PERCENT_MIN_DENOMINATOR {
            for &v in block {
                system.fix(v, disclosure::Fixed::Hidden);
            }
        }
    }

    // A quarter hides what any of its months with items hid; a figure every
    // such month published is public already.
    if period.is_quarter() && !context.months.is_empty() {
        let with_items: Vec<usize> = (0..context.months.len())
            .filter(|&i| !context.months[i].empty)
            .collect();
        let month_cells: Vec<BTreeMap<String, CellOf>> = with_items
            .iter()
            .map(|&i| context.months[i].cells().into_iter().collect())
            .collect();
        let hidden_in = |cells: &BTreeMap<String, CellOf>, slot: &str| {
            cells.get(slot).is_none_or(|c| c.suppressed)
        };
        for (v, slot) in slots.iter().enumerate() {
            let hidden: Vec<bool> = month_cells.iter().map(|c| hidden_in(c, slot)).collect();
            system.quarter_of(v, &hidden);
            if with_items.is_empty() {
                system.fix(v, disclosure::Fixed::Hidden);
            }
        }
        // With the months' own counts, the range check reads them all at
        // once.
        if context.month_tallies.len() == context.months.len() {
            let mut month_vars = Vec::new();
            for (k, &i) in with_items.iter().enumerate() {
                let month_counts = true_counts(spec, context.month_tallies[i]);
                let vars = add_period(&mut system, spec, &month_counts, false);
                for (slot, &v) in &vars.vars {
                    system.fix(
                        v,
                        if hidden_in(&month_cells[k], slot) {
                            disclosure::Fixed::Hidden
                        } else {
                            disclosure::Fixed::Released
                        },
                    );
                }
                month_vars.push(vars);
            }
            if !month_vars.is_empty() {
                for (slot, &q) in &own.vars {
                    system.link(month_vars.iter().map(|m| m.vars[slot]).collect(), q);
                }
            }
        }
    }
    let hidden = system.protect_by(rule);
    let cells = disclosure::publish(&system, &hidden);
    // The first variables are the period's own; the rest are its months'.
    let by_slot: BTreeMap<&str, Cell> = slots.iter().map(String::as_str).zip(cells).collect();
    let cell = |slot: &str| -> CellOf { by_slot[slot].into() };

    let overview = Overview {
        kinds: KINDS.iter().map(|k| k.to_string()).collect(),
        languages: with_not_given(&spec.languages)
            .iter()
            .map(|l| LanguageRow {
                key: l.clone(),
                kinds: KINDS
                    .iter()
                    .map(|k| cell(&format!("overview/{l}/{k}")))
                    .collect(),
                total: cell(&format!("overview/{l}/total")),
            })
            .collect(),
        kind_totals: KINDS
            .iter()
            .map(|k| cell(&format!("overview/total/{k}")))
            .collect(),
        total: cell("overview/total/total"),
    };
    let themes = spec
        .themes
        .iter()
        .map(|t| {
            let now = cell(&format!("theme/{t}"));
            let before = context
                .previous
                .and_then(|p| p.theme(t))
                .map(|f| Cell::from(f.count));
            let trend = before.and_then(|b| disclosure::trend(now.into(), b));
            ThemeFigure {
                key: t.clone(),
                count: now,
                previous: trend.and(before).and_then(|b| b.count),
                trend,
            }
        })
        .collect();
    let counted = |prefix: &str, keys: &[String]| -> Vec<Counted> {
        keys.iter()
            .map(|k| Counted {
                key: k.clone(),
                count: cell(&format!("{prefix}/{k}")),
            })
            .collect()
    };
    let services = services
        .iter()
        .map(|s| {
            let count = cell(&format!("service/{s}"));
            ServiceFigures {
                key: s.clone(),
                count,
                questions: questions
                    .iter()
                    .map(|(q, answers)| QuestionFigures {
                        key: q.clone(),
                        answers: answers
                            .iter()
                            .map(|a| {
                                let c = cell(&format!("service/{s}/{q}/{a}"));
                                AnswerFigure {
                                    key: a.clone(),
                                    count: c,
                                    percent: disclosure::percent(c.into(), count.into()),
                                }
                            })
                            .collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    DigestBody {
        format: DigestBody::FORMAT,
        period,
        months: period.months(),
        overview,
        themes,
        age_bands: counted("age", &ages),
        regions: counted("region", &regions),
        services,
        empty,
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{fact, spec};
    use super::*;
    use crate::domain::SubmissionKind;

    #[test]
    fn a_digest_is_the_same_bytes_every_time_and_publishes_only_safe_counts() {
        let facts = [
            (fact("en", SubmissionKind::Story), 40),
            (fact("vi", SubmissionKind::Story), 3),
            (fact("en", SubmissionKind::Feedback), 22),
        ];
        let tallies = Tallies::of(facts.iter().map(|(f, n)| (f, *n)));
        let period: Period = "2026-10".parse().unwrap();
        let a = build(period, &spec(), &tallies, &Context::default());
        let b = build(period, &spec(), &tallies, &Context::default());
        assert_eq!(a.to_bytes(), b.to_bytes());
        for (_, c) in a.cells() {
            assert!(c.count.is_none_or(|n| n >= 10 && n % 5 == 0));
            assert_eq!(c.count.is_none(), c.suppressed);
        }
        assert_eq!(a.theme("not_believed").unwrap().count.count, Some(65));
        assert!(a.theme("education").unwrap().count.suppressed);
        let json = String::from_utf8(a.to_bytes()).unwrap();
        assert!(json.contains(r#"{"count":null,"suppressed":true}"#));
    }
}
