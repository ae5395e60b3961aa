//! The digests, attacked by an analyst with a linear program. The analyst reads
//! only what is public: every published count known only to its rounding
//! (±2, and never under 10), every table of a digest at once, a quarter
//! together with its three months (quarter = sum of months), a month published
//! as empty as exactly zero, and the quotes shown with their language and
//! theme. For every suppressed count it solves for the least and the greatest
//! true value consistent with all of it (its own model, built from the
//! published bodies with `good_lp`), and for every line the least and greatest
//! sum of its suppressed entries.
//!
//! The rule it checks: every suppressed count whose true value is under 10
//! can be anything from 0 to at least 10, and every line with suppressed
//! entries leaves them at least 10 between them. Long-tailed synthetic months
//! over every language, kind, service, region, age band and theme, with
//! planted groups of 1 to 9, are released and must hold; the same releases
//! with the complementary suppressions taken back (the figures an exact-only
//! rule published) must not.

use std::collections::BTreeMap;

use good_lp::{
    constraint, microlp, variable, Expression, ProblemVariables, ResolutionError, Solution,
    SolverModel, Variable,
};
use voices::domain::digest::{self, CellOf, Context, DigestBody, DigestSpec, Period};
use voices::domain::disclosure::{self, THRESHOLD};
use voices::domain::facts::{Fact, Tallies};
use voices::domain::share::{AgeBand, Region};
use voices::domain::SubmissionKind;

/// The policy's own keys: every language, age band and region, and enough
/// themes, services and answers for a long tail (the analyst's programs grow
/// with the number of counts; the structure is the same).
fn spec() -> DigestSpec {
    let policy = voices::policy::Policy::built_in().unwrap();
    let mut spec = voices::app::digests::spec(&policy);
    spec.themes.truncate(10);
    spec.services.truncate(5);
    spec.questions.truncate(2);
    spec
}

/// A fixed-seed generator, so every run attacks the same releases.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    /// A long tail: index 0 most often, each next one about half as often,
    /// and every index possible.
    fn tail(&mut self, n: usize) -> usize {
        let mut i = 0;
        while i + 1 < n && self.next(2) == 0 {
            i += 1;
        }
        if self.next(10) == 0 {
            self.next(n)
        } else {
            i
        }
    }
}

fn fact(spec: &DigestSpec, rng: &mut Rng, month: &str, language: &str, feedback: bool) -> Fact {
    let mut themes: Vec<String> = (0..1 + rng.next(3))
        .map(|_| spec.themes[rng.tail(spec.themes.len())].clone())
        .collect();
    themes.sort();
    themes.dedup();
    let age = AgeBand::ALL[rng.tail(AgeBand::ALL.len())];
    let (service, region, answers) = if feedback {
        let mut answers = BTreeMap::new();
        for (q, a) in &spec.questions {
            if rng.next(4) != 0 {
                answers.insert(q.clone(), a[rng.tail(a.len())].clone());
            }
        }
        (
            Some(spec.services[rng.tail(spec.services.len())].clone()),
            Some(Region::ALL[rng.tail(Region::ALL.len())]),
            answers,
        )
    } else {
        (None, None, BTreeMap::new())
    };
    Fact {
        month: month.into(),
        language: language.into(),
        kind: if feedback {
            SubmissionKind::Feedback
        } else {
            SubmissionKind::Story
        },
        service,
        region,
        age_band: Some(age),
        themes,
        answers,
    }
}

/// `count` long-tailed facts for `month`, plus planted small groups: 3
/// Tigrinya feedback items in one region, 2 Farsi, 4 Albanian, 1 Pashto story.
fn month_facts(spec: &DigestSpec, seed: u64, month: &str, count: usize) -> Vec<Fact> {
    let mut rng = Rng(seed);
    let mut out = Vec::new();
    for _ in 0..count {
        let language = spec.languages[rng.tail(spec.languages.len())].clone();
        let feedback = rng.next(3) == 0;
        out.push(fact(spec, &mut rng, month, &language, feedback));
    }
    if count > 0 {
        for (language, n, feedback) in [
            ("ti", 3, true),
            ("fa", 2, false),
            ("sq", 4, true),
            ("ps", 1, false),
        ] {
            for _ in 0..n {
                let mut f = fact(spec, &mut rng, month, language, feedback);
                if feedback {
                    f.region = Some(Region::Wales);
                }
                out.push(f);
            }
        }
    }
    out
}

fn tallies(facts: &[Fact]) -> Tallies {
    Tallies::of(facts.iter().map(|f| (f, 1)))
}

/// What the analyst knows: variables with bounds, and equations between them.
#[derive(Default)]
struct Model {
    names: Vec<String>,
    bounds: Vec<(f64, f64)>,
    by_name: BTreeMap<String, usize>,
    /// Each line: cells, then total.
    lines: Vec<(Vec<usize>, usize)>,
    /// Suppressed counts, by name.
    suppressed: Vec<usize>,
}

impl Model {
    fn var(&mut self, name: String, cell: CellOf, empty: bool) -> usize {
        let bounds = match (empty, cell.count) {
            (true, _) => (0.0, 0.0),
            (false, Some(n)) => ((n.saturating_sub(2)).max(THRESHOLD) as f64, (n + 2) as f64),
            (false, None) => (0.0, f64::INFINITY),
        };
        let v = self.names.len();
        if cell.suppressed && !empty {
            self.suppressed.push(v);
        }
        self.names.push(name.clone());
        self.bounds.push(bounds);
        self.by_name.insert(name, v);
        v
    }

    /// A digest as published, under `prefix`, with the lines its format
    /// implies (read from the body's own structure).
    fn digest(&mut self, prefix: &str, body: &DigestBody) {
        let v = |m: &mut Model, slot: String, cell: CellOf| -> usize {
            m.var(format!("{prefix}:{slot}"), cell, body.empty)
        };
        let o = &body.overview;
        let mut rows = Vec::new();
        for row in &o.languages {
            let cells: Vec<usize> = o
                .kinds
                .iter()
                .zip(&row.kinds)
                .map(|(k, c)| v(self, format!("overview/{}/{k}", row.key), *c))
                .collect();
            let total = v(self, format!("overview/{}/total", row.key), row.total);
            self.lines.push((cells.clone(), total));
            rows.push((cells, total));
        }
        let kinds: Vec<usize> = o
            .kinds
            .iter()
            .zip(&o.kind_totals)
            .map(|(k, c)| v(self, format!("overview/total/{k}"), *c))
            .collect();
        let grand = v(self, "overview/total/total".into(), o.total);
        for (j, &k) in kinds.iter().enumerate() {
            self.lines
                .push((rows.iter().map(|(c, _)| c[j]).collect(), k));
        }
        self.lines
            .push((rows.iter().map(|(_, t)| *t).collect(), grand));
        self.lines.push((kinds.clone(), grand));
        let feedback = kinds[o.kinds.iter().position(|k| k == "feedback").unwrap()];
        for t in &body.themes {
            v(self, format!("theme/{}", t.key), t.count);
        }
        let ages: Vec<usize> = body
            .age_bands
            .iter()
            .map(|a| v(self, format!("age/{}", a.key), a.count))
            .collect();
        self.lines.push((ages, grand));
        let regions: Vec<usize> = body
            .regions
            .iter()
            .map(|r| v(self, format!("region/{}", r.key), r.count))
            .collect();
        self.lines.push((regions, feedback));
        let mut services = Vec::new();
        for s in &body.services {
            let sv = v(self, format!("service/{}", s.key), s.count);
            services.push(sv);
            for q in &s.questions {
                let answers: Vec<usize> = q
                    .answers
                    .iter()
                    .map(|a| {
                        v(
                            self,
                            format!("service/{}/{}/{}", s.key, q.key, a.key),
                            a.count,
                        )
                    })
                    .collect();
                self.lines.push((answers, sv));
            }
        }
        self.lines.push((services, feedback));
    }

    /// A quarter is the sum of its months, slot by slot.
    fn quarter(&mut self, quarter: &str, months: &[&str]) {
        let slots: Vec<String> = self
            .names
            .iter()
            .filter_map(|n| n.strip_prefix(&format!("{quarter}:")).map(str::to_owned))
            .collect();
        for slot in slots {
            let cells = months
                .iter()
                .map(|m| self.by_name[&format!("{m}:{slot}")])
                .collect();
            self.lines
                .push((cells, self.by_name[&format!("{quarter}:{slot}")]));
        }
    }

    /// The least and greatest value of a sum of variables.
    fn range(&self, of: &[usize]) -> (f64, f64) {
        let solve = |maximise: bool| -> f64 {
            let mut problem = ProblemVariables::new();
            let xs: Vec<Variable> = self
                .bounds
                .iter()
                .map(|&(lo, hi)| {
                    let mut d = variable().min(lo);
                    if hi.is_finite() {
                        d = d.max(hi);
                    }
                    problem.add(d)
                })
                .collect();
            let objective: Expression = of.iter().map(|&i| xs[i]).sum();
            let mut model = if maximise {
                problem.maximise(objective)
            } else {
                problem.minimise(objective)
            }
            .using(microlp);
            for (cells, total) in &self.lines {
                let sum: Expression = cells.iter().map(|&i| xs[i]).sum();
                model = model.with(constraint!(sum == xs[*total]));
            }
            match model.solve() {
                Ok(solution) => of.iter().map(|&i| solution.value(xs[i])).sum(),
                Err(ResolutionError::Unbounded) => f64::INFINITY,
                Err(e) => panic!("the public figures are consistent: {e}"),
            }
        };
        (solve(false), solve(true))
    }
}

/// What the attack found.
#[derive(Debug, Default)]
struct Findings {
    /// Suppressed counts under 10 whose range misses 0 or 10: (name, range).
    narrowed: Vec<(String, (f64, f64))>,
    /// Lines whose suppressed entries are less than 10 at most.
    thin_lines: Vec<(String, f64)>,
    /// The narrowest range of a suppressed count under 10.
    narrowest: Option<(String, f64, f64)>,
}

/// Attacks the model; `truth` gives the true count of each suppressed name.
fn attack(model: &Model, truth: &BTreeMap<String, u64>) -> Findings {
    let mut found = Findings::default();
    for &v in &model.suppressed {
        let name = &model.names[v];
        // A cell on no line says nothing but that it is suppressed.
        if !model.lines.iter().any(|(c, t)| c.contains(&v) || *t == v) {
            continue;
        }
        let (lo, hi) = model.range(&[v]);
        let true_count = truth[name];
        if true_count < THRESHOLD {
            if lo > 1e-6 || hi < THRESHOLD as f64 - 1e-6 {
                found.narrowed.push((name.clone(), (lo, hi)));
            }
            let width = hi.min(1e9) - lo;
            if found
                .narrowest
                .as_ref()
                .is_none_or(|(_, l, h)| width < h.min(1e9) - l)
            {
                found.narrowest = Some((name.clone(), lo, hi));
            }
        }
    }
    for (cells, total) in &model.lines {
        let hidden: Vec<usize> = cells
            .iter()
            .copied()
            .filter(|c| model.suppressed.contains(c))
            .collect();
        if hidden.is_empty() {
            continue;
        }
        let (_, hi) = model.range(&hidden);
        if hi < THRESHOLD as f64 - 1e-6 {
            found.thin_lines.push((model.names[*total].clone(), hi));
        }
    }
    found
}

/// A release of three months and their quarter from the same facts, built as
/// the app builds them: months first, then the quarter with the months.
struct Release {
    months: Vec<(String, DigestBody)>,
    quarter: (String, DigestBody),
    truth: BTreeMap<String, u64>,
}

fn release(spec: &DigestSpec, counts: [usize; 3], seed: u64) -> Release {
    let names = ["2026-07", "2026-08", "2026-09"];
    let facts: Vec<Vec<Fact>> = names
        .iter()
        .zip(counts)
        .enumerate()
        .map(|(i, (m, n))| month_facts(spec, seed + i as u64, m, n))
        .collect();
    let month_tallies: Vec<Tallies> = facts.iter().map(|f| tallies(f)).collect();
    let mut truth = BTreeMap::new();
    let mut months = Vec::new();
    for (name, t) in names.iter().zip(&month_tallies) {
        let body = digest::build(name.parse().unwrap(), spec, t, &Context::default());
        for (slot, n) in digest::true_counts(spec, t) {
            truth.insert(format!("{name}:{slot}"), n);
        }
        months.push((name.to_string(), body));
    }
    let all: Vec<Fact> = facts.concat();
    let quarter_tallies = tallies(&all);
    let quarter = digest::build(
        "2026-Q3".parse::<Period>().unwrap(),
        spec,
        &quarter_tallies,
        &Context {
            previous: None,
            months: months.iter().map(|(_, b)| b).collect(),
            month_tallies: month_tallies.iter().collect(),
        },
    );
    for (slot, n) in digest::true_counts(spec, &quarter_tallies) {
        truth.insert(format!("2026-Q3:{slot}"), n);
    }
    // Zeros are true values too.
    for (name, body) in months
        .iter()
        .chain(std::iter::once(&("2026-Q3".to_string(), quarter.clone())))
    {
        for (slot, _) in body.cells() {
            truth.entry(format!("{name}:{slot}")).or_insert(0);
        }
    }
    Release {
        months,
        quarter: ("2026-Q3".into(), quarter),
        truth,
    }
}

fn model_of(r: &Release) -> Model {
    let mut model = Model::default();
    for (name, body) in &r.months {
        model.digest(name, body);
    }
    model.digest(&r.quarter.0, &r.quarter.1);
    let names: Vec<&str> = r.months.iter().map(|(n, _)| n.as_str()).collect();
    model.quarter(&r.quarter.0, &names);
    model
}

/// Publishes again every suppressed count whose true value is 10 or more:
/// what a rule without complementary suppression would have released.
fn doctor(name: &str, body: &DigestBody, truth: &BTreeMap<String, u64>) -> DigestBody {
    let mut out = body.clone();
    let fix = |slot: &str, cell: &mut CellOf| {
        let n = truth[&format!("{name}:{slot}")];
        if cell.suppressed && n >= THRESHOLD {
            *cell = disclosure::Cell::shown(n).into();
        }
    };
    let o = &mut out.overview;
    for row in &mut o.languages {
        for (k, c) in o.kinds.iter().zip(row.kinds.iter_mut()) {
            fix(&format!("overview/{}/{k}", row.key), c);
        }
        fix(&format!("overview/{}/total", row.key), &mut row.total);
    }
    for (k, c) in o.kinds.iter().zip(o.kind_totals.iter_mut()) {
        fix(&format!("overview/total/{k}"), c);
    }
    fix("overview/total/total", &mut o.total);
    for a in &mut out.age_bands {
        fix(&format!("age/{}", a.key), &mut a.count);
    }
    for r in &mut out.regions {
        fix(&format!("region/{}", r.key), &mut r.count);
    }
    for s in &mut out.services {
        fix(&format!("service/{}", s.key), &mut s.count);
        for q in &mut s.questions {
            for a in &mut q.answers {
                fix(
                    &format!("service/{}/{}/{}", s.key, q.key, a.key),
                    &mut a.count,
                );
            }
        }
    }
    out
}

fn share_published(bodies: &[&DigestBody]) -> f64 {
    let cells: Vec<CellOf> = bodies
        .iter()
        .flat_map(|b| b.cells())
        .map(|(_, c)| c)
        .collect();
    cells.iter().filter(|c| !c.suppressed).count() as f64 / cells.len() as f64
}

#[test]
fn long_tailed_months_and_their_quarter_hold_against_the_analyst() {
    let spec = spec();
    for (counts, seed) in [([300, 220, 180], 7), ([60, 45, 90], 11), ([0, 0, 120], 13)] {
        let r = release(&spec, counts, seed);
        let model = model_of(&r);
        let found = attack(&model, &r.truth);
        let bodies: Vec<&DigestBody> = r
            .months
            .iter()
            .map(|(_, b)| b)
            .chain([&r.quarter.1])
            .collect();
        println!(
            "{counts:?}: {} suppressed counts attacked, narrowest of those under 10: {:?}; {:.0}% of cells published",
            model.suppressed.len(),
            found.narrowest,
            100.0 * share_published(&bodies)
        );
        assert!(
            found.narrowed.is_empty(),
            "{counts:?}: narrowed {:?}",
            found.narrowed
        );
        assert!(
            found.thin_lines.is_empty(),
            "{counts:?}: thin lines {:?}",
            found.thin_lines
        );
        for body in &bodies {
            for (slot, c) in body.cells() {
                assert!(c.count.is_none_or(|n| n >= 10 && n % 5 == 0), "{slot}");
            }
        }
    }
}

#[test]
fn the_analyst_catches_what_an_exact_only_rule_published() {
    let spec = spec();
    let r = release(&spec, [300, 220, 180], 7);
    let months: Vec<(String, DigestBody)> = r
        .months
        .iter()
        .map(|(n, b)| (n.clone(), doctor(n, b, &r.truth)))
        .collect();
    let doctored = Release {
        quarter: (
            r.quarter.0.clone(),
            doctor(&r.quarter.0, &r.quarter.1, &r.truth),
        ),
        months,
        truth: r.truth.clone(),
    };
    let found = attack(&model_of(&doctored), &doctored.truth);
    assert!(
        !found.narrowed.is_empty() || !found.thin_lines.is_empty(),
        "{found:?}"
    );
}

/// The leak as first found: three languages published, the rest suppressed,
/// and the published figures leave at most 3 items for the six others.
#[test]
fn rounding_leftovers_are_caught_and_no_longer_released() {
    let spec = spec();
    let mut facts = Vec::new();
    let mut rng = Rng(3);
    for (language, n) in [
        ("en", 123),
        ("vi", 88),
        ("ar", 88),
        ("sq", 1),
        ("ro", 1),
        ("ti", 1),
    ] {
        for i in 0..n {
            facts.push(fact(&spec, &mut rng, "2026-10", language, i % 3 == 0));
        }
    }
    let t = tallies(&facts);
    let body = digest::build("2026-10".parse().unwrap(), &spec, &t, &Context::default());
    let mut truth: BTreeMap<String, u64> = BTreeMap::new();
    for (slot, _) in body.cells() {
        truth.insert(format!("2026-10:{slot}"), 0);
    }
    for (slot, n) in digest::true_counts(&spec, &t) {
        truth.insert(format!("2026-10:{slot}"), n);
    }
    let mut model = Model::default();
    model.digest("2026-10", &body);
    let found = attack(&model, &truth);
    assert!(found.narrowed.is_empty(), "{:?}", found.narrowed);
    assert!(found.thin_lines.is_empty(), "{:?}", found.thin_lines);

    let old = doctor("2026-10", &body, &truth);
    let mut model = Model::default();
    model.digest("2026-10", &old);
    let found = attack(&model, &truth);
    let sq = found
        .narrowed
        .iter()
        .find(|(n, _)| n == "2026-10:overview/sq/total")
        .expect("the exact-only release narrows Albanian");
    assert!(sq.1 .1 <= 4.0, "{sq:?}");
}

#[test]
fn an_empty_month_does_not_hide_its_quarter() {
    let spec = spec();
    let r = release(&spec, [0, 0, 120], 13);
    assert!(r.months[0].1.empty && r.months[1].1.empty && !r.months[2].1.empty);
    let third: BTreeMap<String, CellOf> = r.months[2].1.cells().into_iter().collect();
    for (slot, cell) in r.quarter.1.cells() {
        assert_eq!(
            cell, third[&slot],
            "{slot}: the quarter is its one month with items"
        );
    }
    assert!(r.quarter.1.overview.total.count.is_some());
}

#[test]
fn quotes_name_only_published_languages_and_come_three_or_none() {
    let spec = spec();
    let r = release(&spec, [300, 220, 180], 7);
    let body = &r.months[0].1;
    for row in &body.overview.languages {
        assert_eq!(
            body.quote_language_shown(&row.key),
            !row.total.suppressed && row.key != "not_given"
        );
    }
    assert!(
        !body.quote_language_shown("ps"),
        "Pashto's total is suppressed"
    );
    let published = body.themes.iter().find(|t| !t.count.suppressed).unwrap();
    assert!(!body.quotes_shown_under(&published.key, 1));
    assert!(!body.quotes_shown_under(&published.key, 2));
    assert!(body.quotes_shown_under(&published.key, 3));
    if let Some(hidden) = body.themes.iter().find(|t| t.count.suppressed) {
        assert!(!body.quotes_shown_under(&hidden.key, 3));
    }
}
