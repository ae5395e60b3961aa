//! A digest: the published figures of one period, built from aggregation facts
//! under the disclosure rules. Pure: the app layer reads the facts and the
//! earlier digests, calls [`build`], and stores the bytes.
//!
//! The body holds counts by stable key only (labels come from the policy when
//! it is shown), in a fixed order, so building the same facts again gives the
//! same bytes. Quotes are not part of it: they are attached when a digest is
//! shown, so a survivor who withdraws takes their words out of every digest.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::disclosure::{self, Cell, System, Trend};
use super::facts::{Tallies, Tally};
use super::submission::Day;

/// A month (`2026-10`) or a quarter (`2026-Q3`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Month { year: i32, month: u8 },
    Quarter { year: i32, quarter: u8 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a period is a month like 2026-10 or a quarter like 2026-Q3")]
pub struct BadPeriod;

impl FromStr for Period {
    type Err = BadPeriod;

    fn from_str(s: &str) -> Result<Self, BadPeriod> {
        let (year, rest) = s.split_once('-').ok_or(BadPeriod)?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BadPeriod);
        }
        let year: i32 = year.parse().map_err(|_| BadPeriod)?;
        if !(2000..=9998).contains(&year) {
            return Err(BadPeriod);
        }
        let number = |t: &str| -> Result<u8, BadPeriod> {
            if t.is_empty() || t.len() > 2 || !t.bytes().all(|b| b.is_ascii_digit()) {
                return Err(BadPeriod);
            }
            t.parse().map_err(|_| BadPeriod)
        };
        if let Some(q) = rest.strip_prefix('Q') {
            let quarter = number(q)?;
            if (1..=4).contains(&quarter) && q.len() == 1 {
                return Ok(Period::Quarter { year, quarter });
            }
            return Err(BadPeriod);
        }
        let month = number(rest)?;
        if rest.len() == 2 && (1..=12).contains(&month) {
            Ok(Period::Month { year, month })
        } else {
            Err(BadPeriod)
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Period::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl Period {
    pub fn month_of(day: Day) -> Period {
        let text = day.month();
        text.parse().expect("a day's month is a period")
    }

    pub fn is_quarter(self) -> bool {
        matches!(self, Period::Quarter { .. })
    }

    pub fn kind(self) -> &'static str {
        match self {
            Period::Month { .. } => "month",
            Period::Quarter { .. } => "quarter",
        }
    }

    /// The months it covers, as periods.
    pub fn month_periods(self) -> Vec<Period> {
        match self {
            Period::Month { .. } => vec![self],
            Period::Quarter { year, quarter } => (1..=3)
                .map(|i| Period::Month {
                    year,
                    month: (quarter - 1) * 3 + i,
                })
                .collect(),
        }
    }

    /// The months it covers, `YYYY-MM`.
    pub fn months(self) -> Vec<String> {
        self.month_periods().iter().map(|p| p.to_string()).collect()
    }

    /// The quarter a month is in.
    pub fn quarter(self) -> Period {
        match self {
            Period::Month { year, month } => Period::Quarter {
                year,
                quarter: (month - 1) / 3 + 1,
            },
            q => q,
        }
    }

    /// The first day after it: it is closed from that day on.
    pub fn closes_on(self) -> Day {
        let (year, month) = match self {
            Period::Month { year, month } => (year, month),
            Period::Quarter { year, quarter } => (year, quarter * 3),
        };
        let (y, m) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
        Day::new(y, m, 1).expect("the first of a month exists")
    }

    pub fn is_closed(self, today: Day) -> bool {
        today >= self.closes_on()
    }

    /// The period of the same kind just before.
    pub fn previous(self) -> Period {
        match self {
            Period::Month { year, month: 1 } => Period::Month {
                year: year - 1,
                month: 12,
            },
            Period::Month { year, month } => Period::Month {
                year,
                month: month - 1,
            },
            Period::Quarter { year, quarter: 1 } => Period::Quarter {
                year: year - 1,
                quarter: 4,
            },
            Period::Quarter { year, quarter } => Period::Quarter {
                year,
                quarter: quarter - 1,
            },
        }
    }
}

/// What a digest counts by: the keys from the policy, in its order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DigestSpec {
    pub languages: Vec<String>,
    pub themes: Vec<String>,
    pub age_bands: Vec<String>,
    pub regions: Vec<String>,
    pub services: Vec<String>,
    /// Each question and its answers.
    pub questions: Vec<(String, Vec<String>)>,
}

/// The slot for facts that do not say (no age band, no region, an answer not
/// given) or name a key the policy no longer has.
pub const NOT_GIVEN: &str = "not_given";
pub const KINDS: [&str; 2] = ["story", "feedback"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counted {
    pub key: String,
    pub count: CellOf,
}

/// A cell as stored: `{"count": n | null, "suppressed": bool}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CellOf {
    pub count: Option<u64>,
    pub suppressed: bool,
}

impl From<Cell> for CellOf {
    fn from(c: Cell) -> Self {
        CellOf {
            count: c.count,
            suppressed: c.suppressed,
        }
    }
}

impl From<CellOf> for Cell {
    fn from(c: CellOf) -> Self {
        Cell {
            count: c.count,
            suppressed: c.suppressed,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeFigure {
    pub key: String,
    pub count: CellOf,
    /// The same theme in the previous period, when both are published.
    pub previous: Option<u64>,
    pub trend: Option<Trend>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageRow {
    pub key: String,
    /// One per kind, in [`KINDS`] order.
    pub kinds: Vec<CellOf>,
    pub total: CellOf,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    pub kinds: Vec<String>,
    pub languages: Vec<LanguageRow>,
    pub kind_totals: Vec<CellOf>,
    pub total: CellOf,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerFigure {
    pub key: String,
    pub count: CellOf,
    /// Of the service's feedback, from the published figures.
    pub percent: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionFigures {
    pub key: String,
    pub answers: Vec<AnswerFigure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceFigures {
    pub key: String,
    pub count: CellOf,
    pub questions: Vec<QuestionFigures>,
}

/// Everything a digest publishes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestBody {
    pub format: u32,
    pub period: Period,
    pub months: Vec<String>,
    pub overview: Overview,
    pub themes: Vec<ThemeFigure>,
    pub age_bands: Vec<Counted>,
    pub regions: Vec<Counted>,
    pub services: Vec<ServiceFigures>,
    /// No item at all in the period: said outright, so that the quarter it is
    /// in need not hide what its other months publish. Absent when false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub empty: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl DigestBody {
    pub const FORMAT: u32 = 1;

    /// The stored bytes: compact JSON in the body's fixed order.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("plain data always serialises")
    }

    /// Every cell with its slot name, in one order (the one [`build`] uses).
    pub fn cells(&self) -> Vec<(String, CellOf)> {
        let mut out = Vec::new();
        let o = &self.overview;
        for row in &o.languages {
            for (k, cell) in o.kinds.iter().zip(&row.kinds) {
                out.push((format!("overview/{}/{k}", row.key), *cell));
            }
            out.push((format!("overview/{}/total", row.key), row.total));
        }
        for (k, cell) in o.kinds.iter().zip(&o.kind_totals) {
            out.push((format!("overview/total/{k}"), *cell));
        }
        out.push(("overview/total/total".into(), o.total));
        for t in &self.themes {
            out.push((format!("theme/{}", t.key), t.count));
        }
        for a in &self.age_bands {
            out.push((format!("age/{}", a.key), a.count));
        }
        for r in &self.regions {
            out.push((format!("region/{}", r.key), r.count));
        }
        for s in &self.services {
            out.push((format!("service/{}", s.key), s.count));
            for q in &s.questions {
                for a in &q.answers {
                    out.push((format!("service/{}/{}/{}", s.key, q.key, a.key), a.count));
                }
            }
        }
        out
    }

    pub fn theme(&self, key: &str) -> Option<&ThemeFigure> {
        self.themes.iter().find(|t| t.key == key)
    }

    /// Whether a quote in `language` may appear: only where that language's
    /// total is published. A quote's own words show its language, so a label
    /// such as "another language" would not hide it; such a quote is left out.
    pub fn quote_language_shown(&self, language: &str) -> bool {
        language != NOT_GIVEN
            && self
                .overview
                .languages
                .iter()
                .any(|r| r.key == language && !r.total.suppressed)
    }

    /// Whether quotes appear under `theme`, given how many of its quotes could
    /// be shown: only under a published theme, and only with at least
    /// [`QUOTES_PER_THEME`] of them, so that every theme with quotes shows the
    /// same number and none tells how many people agreed to be quoted.
    pub fn quotes_shown_under(&self, theme: &str, available: usize) -> bool {
        available >= QUOTES_PER_THEME && self.theme(theme).is_some_and(|t| !t.count.suppressed)
    }
}

/// Quotes per theme: exactly this many, or none.
pub const QUOTES_PER_THEME: usize = 3;

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

fn slot_of<'a>(keys: &'a [String], key: Option<&str>) -> &'a str {
    match key {
        Some(k) if keys.iter().any(|x| x == k) => keys.iter().find(|x| *x == k).unwrap(),
        _ => NOT_GIVEN,
    }
}

fn with_not_given(keys: &[String]) -> Vec<String> {
    let mut out: Vec<String> = keys.iter().filter(|k| *k != NOT_GIVEN).cloned().collect();
    out.push(NOT_GIVEN.to_owned());
    out
}

/// The keys a digest counts by, each list ending in "not given".
struct Slots {
    ages: Vec<String>,
    regions: Vec<String>,
    services: Vec<String>,
    /// Each question and its answers.
    questions: Vec<(String, Vec<String>)>,
}

impl Slots {
    fn of(spec: &DigestSpec) -> Slots {
        Slots {
            ages: with_not_given(&spec.age_bands),
            regions: with_not_given(&spec.regions),
            services: with_not_given(&spec.services),
            questions: spec
                .questions
                .iter()
                .map(|(q, answers)| (q.clone(), with_not_given(answers)))
                .collect(),
        }
    }
}

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

/// The variables one period adds to a [`System`], by slot.
struct PeriodVars {
    /// Every slot, in the order `DigestBody::cells` walks.
    slots: Vec<String>,
    vars: BTreeMap<String, usize>,
    /// Each service's variable and its answers' variables.
    blocks: Vec<(usize, Vec<usize>)>,
}

/// Adds one period's counts and the lines between them: as lines the exact
/// check reads (`exact`, the period being built) or as links only the range
/// check reads (a released month of a quarter).
fn add_period(
    system: &mut System,
    spec: &DigestSpec,
    counts: &BTreeMap<String, u64>,
    exact: bool,
) -> PeriodVars {
    let Slots {
        ages,
        regions,
        services,
        questions,
    } = Slots::of(spec);
    let mut slots: Vec<String> = Vec::new();
    let mut var = |system: &mut System, slot: String| -> usize {
        let v = system.var(counts.get(&slot).copied().unwrap_or(0));
        slots.push(slot);
        v
    };
    let mut lines: Vec<(Vec<usize>, usize)> = Vec::new();
    let mut grid: Vec<(Vec<usize>, usize)> = Vec::new();
    for l in with_not_given(&spec.languages) {
        let cells: Vec<usize> = KINDS
            .iter()
            .map(|k| var(system, format!("overview/{l}/{k}")))
            .collect();
        let total = var(system, format!("overview/{l}/total"));
        grid.push((cells, total));
    }
    let kind_totals: Vec<usize> = KINDS
        .iter()
        .map(|k| var(system, format!("overview/total/{k}")))
        .collect();
    let grand = var(system, "overview/total/total".into());
    for (cells, total) in &grid {
        lines.push((cells.clone(), *total));
    }
    for (j, &kt) in kind_totals.iter().enumerate() {
        lines.push((grid.iter().map(|(cells, _)| cells[j]).collect(), kt));
    }
    lines.push((grid.iter().map(|(_, t)| *t).collect(), grand));
    lines.push((kind_totals.clone(), grand));
    let feedback_total = kind_totals[1];

    for t in &spec.themes {
        var(system, format!("theme/{t}"));
    }
    let age_vars: Vec<usize> = ages
        .iter()
        .map(|a| var(system, format!("age/{a}")))
        .collect();
    lines.push((age_vars, grand));
    let region_vars: Vec<usize> = regions
        .iter()
        .map(|r| var(system, format!("region/{r}")))
        .collect();
    lines.push((region_vars, feedback_total));
    let mut service_vars = Vec::new();
    let mut blocks = Vec::new();
    for s in &services {
        let sv = var(system, format!("service/{s}"));
        service_vars.push(sv);
        let mut block = Vec::new();
        for (q, answers) in &questions {
            let cells: Vec<usize> = answers
                .iter()
                .map(|a| var(system, format!("service/{s}/{q}/{a}")))
                .collect();
            block.extend(cells.iter().copied());
            lines.push((cells, sv));
        }
        blocks.push((sv, block));
    }
    lines.push((service_vars, feedback_total));
    for (cells, total) in lines {
        if exact {
            system.line(cells, total);
        } else {
            system.link(cells, total);
        }
    }
    let first = system.len() - slots.len();
    let vars = slots
        .iter()
        .enumerate()
        .map(|(i, slot)| (slot.clone(), first + i))
        .collect();
    PeriodVars {
        slots,
        vars,
        blocks,
    }
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
    use super::*;
    use crate::domain::facts::Fact;
    use crate::domain::share::{AgeBand, Region};
    use crate::domain::SubmissionKind;

    #[test]
    fn periods_parse_strictly_and_know_when_they_close() {
        let oct: Period = "2026-10".parse().unwrap();
        assert_eq!(oct.to_string(), "2026-10");
        assert_eq!(oct.closes_on().to_string(), "2026-11-01");
        assert_eq!(oct.quarter().to_string(), "2026-Q4");
        let q3: Period = "2026-Q3".parse().unwrap();
        assert_eq!(q3.months(), ["2026-07", "2026-08", "2026-09"]);
        assert_eq!(q3.closes_on().to_string(), "2026-10-01");
        assert_eq!(q3.previous().to_string(), "2026-Q2");
        assert_eq!(
            "2026-01".parse::<Period>().unwrap().previous().to_string(),
            "2025-12"
        );
        for bad in [
            "", "2026", "2026-13", "2026-00", "2026-1", "2026-Q5", "2026-Q0", "26-10", "2026-10x",
            "2026--1", "+026-10", "2026-Q12",
        ] {
            assert!(bad.parse::<Period>().is_err(), "{bad}");
        }
    }

    fn spec() -> DigestSpec {
        DigestSpec {
            languages: vec!["en".into(), "vi".into()],
            themes: vec!["not_believed".into(), "education".into()],
            age_bands: vec!["16_17".into()],
            regions: vec!["london".into()],
            services: vec!["police".into()],
            questions: vec![("listened".into(), vec!["mostly".into(), "partly".into()])],
        }
    }

    fn fact(language: &str, kind: SubmissionKind) -> Fact {
        Fact {
            month: "2026-10".into(),
            language: language.into(),
            kind,
            service: (kind == SubmissionKind::Feedback).then(|| "police".into()),
            region: Some(Region::London),
            age_band: Some(AgeBand::From16To17),
            themes: vec!["not_believed".into()],
            answers: [("listened".to_owned(), "mostly".to_owned())].into(),
        }
    }

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
