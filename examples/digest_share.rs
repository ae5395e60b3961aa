//! How much of a digest each protection rule publishes, on the same synthetic
//! months: `digest_share [SIZES...]`, each size a quarter's three months as
//! `A/B/C` items (default `300/220/180 60/45/90 0/0/120 3000/3000/3000`).
//!
//! The facts come from the long-tailed generator of `digest_fill` (fixed
//! seed, every language, kind, service, region, age band, theme and answer,
//! the first of each list most often), kept in memory: no database. Each
//! quarter is released as the release path does it, its months first and then
//! the quarter with its months, once under the older rule (no suppressed count
//! can be worked out exactly) and once under the rule in force (nor narrowed by
//! an analyst who reads published counts as ranges). For each period it prints
//! the counts published out of all counts, and out of the counts of 10 or more
//! (those any rule could publish), under each rule.

use std::time::Instant;

use voices::domain::digest::{self, Context, DigestBody, DigestSpec, Period};
use voices::domain::disclosure::{Rule, THRESHOLD};
use voices::domain::facts::{Fact, Tallies};
use voices::domain::share::{AgeBand, Region};
use voices::domain::SubmissionKind;

/// The fixed-seed long tail of `digest_fill`: each index about 0.6 times as
/// often as the one before, and one draw in twenty anywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn tail(&mut self, n: usize) -> usize {
        if self.next(20) == 0 {
            return self.next(n);
        }
        let mut i = 0;
        while i + 1 < n && self.next(5) < 3 {
            i += 1;
        }
        i
    }
}

fn fact(spec: &DigestSpec, rng: &mut Rng, month: &str) -> Fact {
    let language = spec.languages[rng.tail(spec.languages.len())].clone();
    let feedback = rng.tail(3) == 1;
    let mut themes: Vec<String> = (0..2 + rng.tail(2))
        .map(|_| spec.themes[rng.tail(spec.themes.len())].clone())
        .collect();
    themes.sort_unstable();
    themes.dedup();
    let age_band = Some(AgeBand::ALL[rng.tail(AgeBand::ALL.len())]);
    let (service, region, answers) = if feedback {
        let mut answers = std::collections::BTreeMap::new();
        for (q, a) in &spec.questions {
            if rng.tail(5) != 4 {
                answers.insert(q.clone(), a[rng.tail(a.len())].clone());
            }
        }
        (
            Some(spec.services[rng.tail(spec.services.len())].clone()),
            Some(Region::ALL[rng.tail(Region::ALL.len())]),
            answers,
        )
    } else {
        (None, None, Default::default())
    };
    Fact {
        month: month.to_owned(),
        language,
        kind: if feedback {
            SubmissionKind::Feedback
        } else {
            SubmissionKind::Story
        },
        service,
        region,
        age_band,
        themes,
        answers,
    }
}

/// (published, all counts, published of those 10 or more, counts 10 or more).
fn share(spec: &DigestSpec, tallies: &Tallies, body: &DigestBody) -> (usize, usize, usize, usize) {
    let truth = digest::true_counts(spec, tallies);
    let cells = body.cells();
    let big = |slot: &str| truth.get(slot).copied().unwrap_or(0) >= THRESHOLD;
    let shown = |c: &digest::CellOf| !c.suppressed;
    (
        cells.iter().filter(|(_, c)| shown(c)).count(),
        cells.len(),
        cells.iter().filter(|(s, c)| big(s) && shown(c)).count(),
        cells.iter().filter(|(s, _)| big(s)).count(),
    )
}

/// A quarter's months then the quarter, under `rule`: each period's shares.
fn release(
    spec: &DigestSpec,
    quarter: Period,
    months: &[Tallies],
    whole: &Tallies,
    rule: Rule,
) -> Vec<(String, (usize, usize, usize, usize))> {
    let mut out = Vec::new();
    let mut bodies: Vec<DigestBody> = Vec::new();
    for (m, tallies) in quarter.month_periods().into_iter().zip(months) {
        let body = digest::build_by(m, spec, tallies, &Context::default(), rule);
        out.push((m.to_string(), share(spec, tallies, &body)));
        bodies.push(body);
    }
    let context = Context {
        previous: None,
        months: bodies.iter().collect(),
        month_tallies: months.iter().collect(),
    };
    let body = digest::build_by(quarter, spec, whole, &context, rule);
    out.push((quarter.to_string(), share(spec, whole, &body)));
    out
}

fn main() {
    let sizes: Vec<String> = {
        let given: Vec<String> = std::env::args().skip(1).collect();
        if given.is_empty() {
            ["300/220/180", "60/45/90", "0/0/120", "3000/3000/3000"]
                .map(String::from)
                .to_vec()
        } else {
            given
        }
    };
    let policy = voices::policy::Policy::built_in().unwrap();
    let spec = voices::app::digests::spec(&policy);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!("period   items | all counts: exact-only  ranges | counts >= 10: exact-only  ranges | seconds (ranges)");
    let mut totals = [0usize; 6];
    for (q, size) in sizes.iter().enumerate() {
        let counts: Vec<usize> = size
            .split('/')
            .map(|n| n.parse().expect("sizes are A/B/C"))
            .collect();
        assert_eq!(counts.len(), 3, "a quarter has three months: A/B/C");
        let quarter: Period = format!("{}-Q{}", 2026 + q / 4, q % 4 + 1).parse().unwrap();
        let mut all_facts = Vec::new();
        let mut months = Vec::new();
        for (m, &n) in quarter.months().iter().zip(&counts) {
            let facts: Vec<Fact> = (0..n).map(|_| fact(&spec, &mut rng, m)).collect();
            months.push(Tallies::of(facts.iter().map(|f| (f, 1))));
            all_facts.extend(facts);
        }
        let whole = Tallies::of(all_facts.iter().map(|f| (f, 1)));
        let old = release(&spec, quarter, &months, &whole, Rule::Exact);
        let started = Instant::now();
        let new = release(&spec, quarter, &months, &whole, Rule::Ranges);
        let took = started.elapsed().as_secs_f64();
        let items: Vec<usize> = counts
            .iter()
            .copied()
            .chain(std::iter::once(counts.iter().sum()))
            .collect();
        for ((period, o), ((_, n), items)) in old.iter().zip(new.iter().zip(items)) {
            println!(
                "{period:8} {items:5} | {:>5}/{:<4} {:5.1}%  {:5.1}% | {:>4}/{:<4} {:5.1}%  {:5.1}% |",
                n.0,
                n.1,
                pct(o.0, o.1),
                pct(n.0, n.1),
                n.2,
                n.3,
                pct(o.2, o.3),
                pct(n.2, n.3),
            );
            for (t, x) in totals.iter_mut().zip([o.0, n.0, o.1, o.2, n.2, o.3]) {
                *t += x;
            }
        }
        println!("  (the {quarter} release took {took:.2} s under the ranges)");
    }
    println!(
        "all periods   | {:5.1}% exact-only, {:5.1}% ranges | {:5.1}% exact-only, {:5.1}% ranges of counts >= 10",
        pct(totals[0], totals[2]),
        pct(totals[1], totals[2]),
        pct(totals[3], totals[5]),
        pct(totals[4], totals[5]),
    );
}
