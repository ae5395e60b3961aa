//! Disclosure control for digests: which counts may be published, and how.
//!
//! The rules, exactly:
//! - a count under [`THRESHOLD`] (zero included) is published as suppressed;
//! - every other count is rounded to the nearest [`ROUND_TO`];
//! - complementary suppression: no suppressed count can be worked out from the
//!   totals it adds up to (row, column and grand totals, totals shared between
//!   tables), nor from the months a quarter is made of;
//! - protection with ranges: an analyst knows each published count only to
//!   within its rounding ([`published_range`]) and solves linear programs over
//!   every table of a digest at once, a quarter together with its months. For
//!   every suppressed count under [`THRESHOLD`], the true values consistent
//!   with everything public must include 0 and reach [`THRESHOLD`]
//!   ([`System::narrowed`]); complementary suppression continues until they do;
//! - a percentage only where the denominator is published and at least
//!   [`PERCENT_MIN_DENOMINATOR`], computed from the published figures;
//! - a trend only between two published counts;
//! - quotes only from a survivor who allowed them, in wording they approved
//!   (kept so at approval), under a theme whose count is published, three or
//!   none, from a language whose total is published (see
//!   `DigestBody::quotes_shown_under` and `DigestBody::quote_language_shown`).
//!
//! Every count of a digest is a variable of one [`System`]; each additive
//! relation between them (a line: cells that add up to a total) is a
//! constraint. A suppressed variable is recoverable exactly when the published
//! variables and the constraints pin it down: when its column of the
//! constraint matrix, restricted to the suppressed variables, is not in the
//! span of the other columns. [`System::protect`] suppresses more cells until
//! no suppressed variable is pinned, checking with exact row reduction.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Counts below this are never published.
pub const THRESHOLD: u64 = 10;
/// Published counts are multiples of this.
pub const ROUND_TO: u64 = 5;
/// A percentage needs at least this many in its denominator.
pub const PERCENT_MIN_DENOMINATOR: u64 = 20;

/// A published cell: a rounded count, or suppressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub count: Option<u64>,
    pub suppressed: bool,
}

impl Cell {
    pub const SUPPRESSED: Cell = Cell {
        count: None,
        suppressed: true,
    };

    /// The cell for a true count that passed suppression.
    pub fn shown(true_count: u64) -> Cell {
        debug_assert!(true_count >= THRESHOLD);
        Cell {
            count: Some(round(true_count)),
            suppressed: false,
        }
    }

    pub fn value(self) -> Option<u64> {
        self.count
    }
}

/// Nearest multiple of [`ROUND_TO`] (halves cannot occur for whole numbers).
pub fn round(n: u64) -> u64 {
    (n + ROUND_TO / 2) / ROUND_TO * ROUND_TO
}

/// Whether a true count must be suppressed on its own (primary suppression).
pub fn too_small(n: u64) -> bool {
    n < THRESHOLD
}

/// A whole-number percentage of two published cells, only where the
/// denominator is at least [`PERCENT_MIN_DENOMINATOR`]. Computed from the
/// published (rounded) figures, so it tells nothing they do not.
pub fn percent(part: Cell, whole: Cell) -> Option<u64> {
    let (part, whole) = (part.count?, whole.count?);
    if whole < PERCENT_MIN_DENOMINATOR || part > whole {
        return None;
    }
    Some((part * 200 + whole) / (2 * whole))
}

/// Which way a published count moved since the previous period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    Up,
    Down,
    Same,
}

impl Trend {
    pub fn key(self) -> &'static str {
        match self {
            Trend::Up => "up",
            Trend::Down => "down",
            Trend::Same => "same",
        }
    }
}

/// A trend only between two unsuppressed cells.
pub fn trend(now: Cell, before: Cell) -> Option<Trend> {
    let (now, before) = (now.count?, before.count?);
    Some(match now.cmp(&before) {
        std::cmp::Ordering::Greater => Trend::Up,
        std::cmp::Ordering::Less => Trend::Down,
        std::cmp::Ordering::Equal => Trend::Same,
    })
}

/// The true values a published count may stand for, as an analyst sees it:
/// rounding moved it by at most half of [`ROUND_TO`], and a published count is
/// never under [`THRESHOLD`].
pub fn published_range(true_count: u64) -> (u64, u64) {
    let r = round(true_count);
    (
        (r.saturating_sub(ROUND_TO / 2)).max(THRESHOLD),
        r + ROUND_TO / 2,
    )
}

/// What is already decided about a variable before protection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fixed {
    /// Protection may suppress it.
    Free,
    /// Must be suppressed (its months hide it: see [`System::quarter_of`]).
    Hidden,
    /// Already public elsewhere (a quarter figure whose months are all
    /// published): suppressing it would hide little, so it is published unless
    /// the range check needs it hidden.
    Public,
    /// Published in a digest already released (a month of the quarter being
    /// built): it cannot change.
    Released,
}

/// What protection guarantees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// No suppressed count can be worked out exactly (exact elimination over
    /// the lines): the older rule, which an analyst with ranges can narrow.
    Exact,
    /// Also no suppressed count under [`THRESHOLD`] can be narrowed (see
    /// [`System::narrowed`]): the rule in force.
    Ranges,
}

/// The counts of a digest and the lines that tie them together.
#[derive(Debug, Clone, Default)]
pub struct System {
    values: Vec<u64>,
    fixed: Vec<Fixed>,
    /// Each line: the cells, then the total they add up to.
    lines: Vec<(Vec<usize>, usize)>,
    /// Lines only the range check reads: a released month's own lines, and
    /// each quarter figure as the sum of its months.
    links: Vec<(Vec<usize>, usize)>,
}

impl System {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a count; returns its variable.
    pub fn var(&mut self, true_count: u64) -> usize {
        self.values.push(true_count);
        self.fixed.push(Fixed::Free);
        self.values.len() - 1
    }

    pub fn value(&self, var: usize) -> u64 {
        self.values[var]
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Declares that `cells` add up to `total`.
    pub fn line(&mut self, cells: Vec<usize>, total: usize) {
        debug_assert_eq!(
            cells.iter().map(|&c| self.values[c]).sum::<u64>(),
            self.values[total],
            "a line's cells add up to its total"
        );
        self.lines.push((cells, total));
    }

    pub fn lines(&self) -> &[(Vec<usize>, usize)] {
        &self.lines
    }

    /// Declares that `cells` add up to `total`, for the range check only (a
    /// released month's lines, a quarter figure and its months).
    pub fn link(&mut self, cells: Vec<usize>, total: usize) {
        debug_assert_eq!(
            cells.iter().map(|&c| self.values[c]).sum::<u64>(),
            self.values[total],
            "a link's cells add up to its total"
        );
        self.links.push((cells, total));
    }

    /// Whether protection may suppress `var` as it chooses.
    fn free(&self, var: usize) -> bool {
        self.fixed[var] == Fixed::Free
    }

    pub fn fix(&mut self, var: usize, fixed: Fixed) {
        self.fixed[var] = fixed;
    }

    /// Ties a quarter's variable to the same variable in each of its months,
    /// given whether each month suppressed it: hidden if any month hid it (the
    /// published months and the quarter would give away the hidden month),
    /// otherwise already public (the sum of published months).
    pub fn quarter_of(&mut self, var: usize, months_hidden: &[bool]) {
        self.fixed[var] = if months_hidden.iter().any(|&h| h) {
            Fixed::Hidden
        } else {
            Fixed::Public
        };
    }

    /// Decides which variables are suppressed: primary suppression, what is
    /// fixed, then complementary suppression until no suppressed variable can
    /// be worked out from the published ones, nor narrowed by its ranges.
    /// Returns one flag per variable.
    pub fn protect(&self) -> Vec<bool> {
        self.protect_by(Rule::Ranges)
    }

    /// [`System::protect`] under `rule`: [`Rule::Exact`] stops once nothing
    /// can be worked out exactly (the older rule, kept to measure what the
    /// ranges cost).
    pub fn protect_by(&self, rule: Rule) -> Vec<bool> {
        let mut hidden: Vec<bool> = (0..self.len())
            .map(|v| match self.fixed[v] {
                Fixed::Hidden => true,
                Fixed::Public | Fixed::Released => false,
                Fixed::Free => too_small(self.values[v]),
            })
            .collect();
        // A count of a released digest that its own release already leaves
        // narrowed (one released under an older rule) is beyond this release's
        // reach: everything here hidden would not widen it.
        let excused = if self.fixed.contains(&Fixed::Released) {
            let everything: Vec<bool> = self.fixed.iter().map(|f| *f != Fixed::Released).collect();
            self.narrowed(&everything)
        } else {
            Vec::new()
        };
        loop {
            self.balance_lines(&mut hidden);
            let pinned = pinned(self.len(), &self.lines, &hidden);
            let Some(&victim) = pinned.first() else {
                if rule == Rule::Exact {
                    return hidden;
                }
                // Nothing can be worked out exactly: now the ranges, then
                // exactly again with the months' links (a month's count from
                // its quarter and the quarter's other months, rounding aside).
                let mut victims: Vec<usize> = self
                    .narrowed(&hidden)
                    .into_iter()
                    .filter(|v| !excused.contains(v))
                    .collect();
                if victims.is_empty() {
                    victims = self.pinned_across(&hidden);
                }
                if victims.is_empty() {
                    return hidden;
                }
                // One count hidden for each narrowed count in this pass, except
                // where one hidden already in this pass is on a line with it
                // (that may have widened it: the next check says): a pass
                // costs a round of linear programs, so a quarter with many
                // narrowed counts needs few passes, and no line gets two new
                // hidden counts where one may do.
                let mut newly: Vec<usize> = Vec::new();
                for victim in victims {
                    let near_new = self.all_lines().any(|(cells, total)| {
                        (cells.contains(&victim) || *total == victim)
                            && cells
                                .iter()
                                .chain(std::iter::once(total))
                                .any(|u| newly.contains(u))
                    });
                    if near_new {
                        continue;
                    }
                    if let Some(v) = self.widen(victim, &mut hidden) {
                        newly.push(v);
                    }
                }
                if newly.is_empty() {
                    for (h, fixed) in hidden.iter_mut().zip(&self.fixed) {
                        if matches!(fixed, Fixed::Free | Fixed::Public) {
                            *h = true;
                        }
                    }
                    return hidden;
                }
                continue;
            };
            if !self.hide_partner(victim, &mut hidden) {
                // Nothing cheap helps: hide every free count that shares a line
                // with it; if even that changes nothing, the whole system.
                let mut changed = false;
                for (cells, total) in &self.lines {
                    if cells.contains(&victim) || *total == victim {
                        for &v in cells.iter().chain(std::iter::once(total)) {
                            if self.free(v) && !hidden[v] {
                                hidden[v] = true;
                                changed = true;
                            }
                        }
                    }
                }
                if !changed {
                    for (h, fixed) in hidden.iter_mut().zip(&self.fixed) {
                        if matches!(fixed, Fixed::Free | Fixed::Hidden) {
                            *h = true;
                        }
                    }
                    return hidden;
                }
            }
        }
    }

    /// The quick rule: a line with exactly one suppressed entry gives it away,
    /// so suppress the smallest other free entry (a cell before the total).
    fn balance_lines(&self, hidden: &mut [bool]) {
        loop {
            let mut changed = false;
            for (cells, total) in &self.lines {
                let entries = || cells.iter().copied().chain(std::iter::once(*total));
                if entries().filter(|&v| hidden[v]).count() != 1 {
                    continue;
                }
                let pick = cells
                    .iter()
                    .copied()
                    .filter(|&v| !hidden[v] && self.free(v))
                    .min_by_key(|&v| (self.values[v], v))
                    .or_else(|| Some(*total).filter(|&t| !hidden[t] && self.free(t)));
                if let Some(v) = pick {
                    hidden[v] = true;
                    changed = true;
                }
            }
            if !changed {
                return;
            }
        }
    }

    /// Suppresses the smallest free published count that shares a line with
    /// `victim`, preferring lines with the fewest suppressed entries.
    fn hide_partner(&self, victim: usize, hidden: &mut [bool]) -> bool {
        let pick = self
            .lines
            .iter()
            .filter(|(cells, total)| cells.contains(&victim) || *total == victim)
            .flat_map(|(cells, total)| {
                let n_hidden = cells
                    .iter()
                    .chain(std::iter::once(total))
                    .filter(|&&v| hidden[v])
                    .count();
                cells
                    .iter()
                    .chain(std::iter::once(total))
                    .copied()
                    .filter(|&v| !hidden[v] && self.free(v))
                    .map(move |v| (n_hidden, v))
            })
            .min_by_key(|&(n_hidden, v)| (n_hidden, self.values[v], v));
        match pick {
            Some((_, v)) => {
                hidden[v] = true;
                true
            }
            None => false,
        }
    }
}

impl System {
    /// The suppressed counts that the lines and the links together pin down:
    /// with a quarter, a month's count that the quarter's published figure and
    /// the other months determine. Rounding makes such a count a range, not a
    /// value, but the rule stays that undoing the rounding recovers nothing.
    fn pinned_across(&self, hidden: &[bool]) -> Vec<usize> {
        if self.links.is_empty() {
            return Vec::new();
        }
        let all: Vec<(Vec<usize>, usize)> = self.all_lines().cloned().collect();
        // A quarter figure every month published is their sum whether hidden
        // or not: pinned, and public already.
        pinned_sparse(&all, hidden)
            .into_iter()
            .filter(|&v| self.fixed[v] != Fixed::Public)
            .collect()
    }

    /// Every line the range check reads.
    fn all_lines(&self) -> impl Iterator<Item = &(Vec<usize>, usize)> {
        self.lines.iter().chain(&self.links)
    }

    /// Hides one more published count to widen the range of `victim`: the
    /// smallest free one on a line with it, else on a line with a suppressed
    /// count that shares a line with it, preferring free counts to quarter
    /// figures whose months are public. Returns the count it hid, if any could be.
    fn widen(&self, victim: usize, hidden: &mut [bool]) -> Option<usize> {
        let rank = |v: usize| match self.fixed[v] {
            Fixed::Free => Some(0),
            Fixed::Public => Some(1),
            Fixed::Hidden | Fixed::Released => None,
        };
        let on_lines_with = |target: usize| -> Vec<usize> {
            self.all_lines()
                .filter(|(cells, total)| cells.contains(&target) || *total == target)
                .flat_map(|(cells, total)| cells.iter().copied().chain(std::iter::once(*total)))
                .collect()
        };
        let best = |candidates: &[usize]| {
            candidates
                .iter()
                .copied()
                .filter(|&v| !hidden[v])
                .filter_map(|v| rank(v).map(|r| (r, self.values[v], v)))
                .min()
                .map(|(_, _, v)| v)
        };
        let near = on_lines_with(victim);
        let pick = best(&near).or_else(|| {
            let further: Vec<usize> = near
                .iter()
                .copied()
                .filter(|&u| hidden[u] && u != victim)
                .flat_map(on_lines_with)
                .collect();
            best(&further)
        });
        if let Some(v) = pick {
            hidden[v] = true;
        }
        pick
    }

    /// The suppressed counts under [`THRESHOLD`] an analyst with a linear
    /// program can narrow: those whose true values consistent with everything
    /// public (each published count as its [`published_range`], every line and
    /// link) do not include 0 or do not reach [`THRESHOLD`]. Empty when the
    /// release is protected.
    ///
    /// The program is first made smaller without changing what it can prove:
    /// a suppressed total that is a cell of at most one other line is replaced
    /// there by its cells, and suppressed counts that sit in exactly the same
    /// lines are one column (any split of their sum is possible). A count's
    /// range is then the range of an expression over the columns. Each program
    /// pushes every open expression at once to 0 (or as many as it can to
    /// [`THRESHOLD`]) and certifies each it reaches, so most need no program
    /// of their own.
    pub fn narrowed(&self, hidden: &[bool]) -> Vec<usize> {
        let n = self.len();
        // Rows: var -> coefficient; cells +1, total -1.
        let mut rows: Vec<BTreeMap<usize, i64>> = self
            .all_lines()
            .map(|(cells, total)| {
                let mut row = BTreeMap::new();
                for &c in cells {
                    *row.entry(c).or_insert(0) += 1;
                }
                *row.entry(*total).or_insert(0) -= 1;
                row
            })
            .collect();
        let mut alive = vec![true; rows.len()];
        // Substitute suppressed totals: t = the sum of its line's cells.
        let mut expr: BTreeMap<usize, BTreeMap<usize, i64>> = BTreeMap::new();
        let mut seen: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (r, row) in rows.iter().enumerate() {
            for &v in row.keys() {
                seen[v].push(r);
            }
        }
        loop {
            let mut changed = false;
            for t in 0..n {
                if !hidden[t] || expr.contains_key(&t) {
                    continue;
                }
                let at: Vec<usize> = seen[t]
                    .iter()
                    .copied()
                    .filter(|&r| alive[r] && rows[r].contains_key(&t))
                    .collect();
                let Some(def) = at.iter().copied().find(|&r| rows[r].get(&t) == Some(&-1)) else {
                    continue;
                };
                let others: Vec<usize> = at.iter().copied().filter(|&r| r != def).collect();
                if others.len() > 1 || others.iter().any(|&r| rows[r].get(&t) != Some(&1)) {
                    continue;
                }
                let mut definition = rows[def].clone();
                definition.remove(&t);
                // Only a sum of counts: then t ≥ 0 holds by itself.
                if definition.values().any(|&c| c <= 0) {
                    continue;
                }
                if let Some(&r) = others.first() {
                    let mut merged = rows[r].clone();
                    merged.remove(&t);
                    for (&v, &c) in &definition {
                        *merged.entry(v).or_insert(0) += c;
                        seen[v].push(r);
                    }
                    merged.retain(|_, c| *c != 0);
                    rows[r] = merged;
                }
                alive[def] = false;
                expr.insert(t, definition);
                changed = true;
            }
            if !changed {
                break;
            }
        }
        // Every var in terms of the vars left.
        fn expand(
            v: usize,
            expr: &BTreeMap<usize, BTreeMap<usize, i64>>,
            cache: &mut BTreeMap<usize, BTreeMap<usize, i64>>,
        ) -> BTreeMap<usize, i64> {
            if let Some(e) = cache.get(&v) {
                return e.clone();
            }
            let out = match expr.get(&v) {
                None => BTreeMap::from([(v, 1)]),
                Some(def) => {
                    let mut out = BTreeMap::new();
                    for (&u, &c) in def {
                        for (w, d) in expand(u, expr, cache) {
                            *out.entry(w).or_insert(0) += c * d;
                        }
                    }
                    out
                }
            };
            cache.insert(v, out.clone());
            out
        }
        let mut cache = BTreeMap::new();
        let live_rows: Vec<&BTreeMap<usize, i64>> = (0..rows.len())
            .filter(|&r| alive[r])
            .map(|r| &rows[r])
            .collect();
        // Columns: suppressed vars with the same rows and coefficients are one.
        let mut signature: Vec<Vec<(usize, i64)>> = vec![Vec::new(); n];
        for (r, row) in live_rows.iter().enumerate() {
            for (&v, &c) in row.iter() {
                signature[v].push((r, c));
            }
        }
        let mut column_of: Vec<Option<usize>> = vec![None; n];
        let mut columns: Vec<(f64, f64)> = Vec::new();
        let mut by_signature: BTreeMap<&[(usize, i64)], usize> = BTreeMap::new();
        for v in 0..n {
            if signature[v].is_empty() || expr.contains_key(&v) {
                continue;
            }
            if hidden[v] {
                if let Some(&c) = by_signature.get(signature[v].as_slice()) {
                    column_of[v] = Some(c);
                    continue;
                }
                by_signature.insert(signature[v].as_slice(), columns.len());
                column_of[v] = Some(columns.len());
                columns.push((0.0, f64::INFINITY));
            } else {
                let (lo, hi) = published_range(self.values[v]);
                column_of[v] = Some(columns.len());
                columns.push((lo as f64, hi as f64));
            }
        }
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); columns.len()];
        for (v, column) in column_of.iter().enumerate() {
            if let Some(c) = column {
                members[*c].push(v);
            }
        }
        let mut on_line = vec![false; n];
        for (cells, total) in self.all_lines() {
            for &v in cells.iter().chain(std::iter::once(total)) {
                on_line[v] = true;
            }
        }
        // Each target: the least and the greatest it can be, as expressions
        // over the columns (a merged column gives its whole sum to the
        // target, or all of it to a member outside it).
        let mut goals: BTreeMap<(Terms, Terms), Vec<usize>> = BTreeMap::new();
        for v in 0..n {
            if !(hidden[v] && on_line[v] && too_small(self.values[v])) {
                continue;
            }
            let e = expand(v, &expr, &mut cache);
            let mut touched: BTreeMap<usize, Vec<i64>> = BTreeMap::new();
            let mut off_lines = false;
            for (&u, &c) in &e {
                match column_of[u] {
                    Some(col) => touched.entry(col).or_default().push(c),
                    None => off_lines = true,
                }
            }
            if off_lines {
                // Part of it is on no line left: it can be anything from 0 up.
                continue;
            }
            let mut least = Vec::new();
            let mut most = Vec::new();
            for (col, coefs) in touched {
                let inside = members[col].iter().filter(|m| e.contains_key(m)).count();
                let max = *coefs.iter().max().expect("touched");
                let min = if inside < members[col].len() {
                    0
                } else {
                    *coefs.iter().min().expect("touched")
                };
                if min != 0 {
                    least.push((col, min));
                }
                most.push((col, max));
            }
            goals.entry((least, most)).or_default().push(v);
        }
        let as_f64 = |o: &[(usize, i64)]| -> Vec<(usize, f64)> {
            o.iter().map(|&(c, k)| (c, k as f64)).collect()
        };
        let zero: Vec<Vec<(usize, f64)>> = goals.keys().map(|(l, _)| as_f64(l)).collect();
        let ten: Vec<Vec<(usize, f64)>> = goals.keys().map(|(_, m)| as_f64(m)).collect();
        let targets: Vec<&Vec<usize>> = goals.values().collect();
        let model = Reduced {
            columns,
            rows: live_rows
                .iter()
                .map(|row| {
                    // Merged members share their coefficient: one entry each.
                    let by_column: BTreeMap<usize, f64> = row
                        .iter()
                        .filter_map(|(&v, &c)| column_of[v].map(|col| (col, c as f64)))
                        .collect();
                    by_column.into_iter().collect()
                })
                .collect(),
        };
        let mut failed: Vec<usize> = model
            .certify(&zero, Goal::Zero)
            .into_iter()
            .chain(model.certify(&ten, Goal::Threshold))
            .flat_map(|g| targets[g].iter().copied())
            .collect();
        failed.sort_unstable();
        failed.dedup();
        failed
    }
}

/// An expression over columns: (column, whole coefficient).
type Terms = Vec<(usize, i64)>;

/// The analyst's linear program, made smaller: column bounds, and rows that
/// must each sum to 0.
struct Reduced {
    columns: Vec<(f64, f64)>,
    rows: Vec<Vec<(usize, f64)>>,
}

impl Reduced {
    /// The objectives for which no solution reaches `goal`.
    fn certify(&self, objectives: &[Vec<(usize, f64)>], goal: Goal) -> Vec<usize> {
        let mut open: Vec<usize> = (0..objectives.len())
            .filter(|&i| !(goal == Goal::Zero && objectives[i].is_empty()))
            .collect();
        let mut failed = Vec::new();
        let mut alone = false;
        while !open.is_empty() {
            let batch: Vec<usize> = if alone { vec![open[0]] } else { open.clone() };
            match self.solve(objectives, &batch, goal) {
                Some(reached) => {
                    let before = open.len();
                    open.retain(|i| !reached.contains(i));
                    if alone && open.first() == batch.first() {
                        failed.push(open.remove(0));
                    } else if open.len() == before {
                        alone = true;
                    }
                }
                // The solver could not say: count it as narrowed, so that more
                // is hidden (never published on a doubt).
                None => {
                    if alone {
                        failed.push(open.remove(0));
                    } else {
                        alone = true;
                    }
                }
            }
        }
        failed
    }

    /// One program pushing every objective of `batch` towards `goal`: all to
    /// 0 (minimise their sum), or as many as it can to [`THRESHOLD`]
    /// (maximise the sum of t ≤ objective, t ≤ THRESHOLD). Returns the
    /// objectives that got there.
    fn solve(
        &self,
        objectives: &[Vec<(usize, f64)>],
        batch: &[usize],
        goal: Goal,
    ) -> Option<Vec<usize>> {
        use microlp::{ComparisonOp, OptimizationDirection, Problem};
        let mut problem = Problem::new(match goal {
            Goal::Zero => OptimizationDirection::Minimize,
            Goal::Threshold => OptimizationDirection::Maximize,
        });
        let mut cost = vec![0.0; self.columns.len()];
        if goal == Goal::Zero {
            for &i in batch {
                for &(c, k) in &objectives[i] {
                    cost[c] += k;
                }
            }
        }
        let xs: Vec<microlp::Variable> = self
            .columns
            .iter()
            .zip(&cost)
            .map(|(&bounds, &k)| problem.add_var(k, bounds))
            .collect();
        if goal == Goal::Threshold {
            for &i in batch {
                let t = problem.add_var(1.0, (0.0, THRESHOLD as f64));
                let mut expr = vec![(t, 1.0)];
                expr.extend(objectives[i].iter().map(|&(c, k)| (xs[c], -k)));
                problem.add_constraint(expr, ComparisonOp::Le, 0.0);
            }
        }
        for row in &self.rows {
            if row.is_empty() {
                continue;
            }
            let expr: Vec<(microlp::Variable, f64)> =
                row.iter().map(|&(c, k)| (xs[c], k)).collect();
            problem.add_constraint(expr, ComparisonOp::Eq, 0.0);
        }
        let solution = problem.solve().ok()?.into_solution().ok()?;
        Some(
            batch
                .iter()
                .copied()
                .filter(|&i| {
                    let value: f64 = objectives[i]
                        .iter()
                        .map(|&(c, k)| k * solution.var_value(xs[c]))
                        .sum();
                    goal.reached(value)
                })
                .collect(),
        )
    }
}

/// What a range check tries to reach for a suppressed count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Goal {
    Zero,
    Threshold,
}

impl Goal {
    /// Solver values are floating point: within a millionth counts.
    fn reached(self, value: f64) -> bool {
        match self {
            Goal::Zero => value <= 1e-6,
            Goal::Threshold => value >= THRESHOLD as f64 - 1e-6,
        }
    }
}

/// The suppressed variables that the lines pin down, given the published ones
/// (see the module docs). Exact: row reduction over the rationals, kept in
/// whole numbers (coefficients here are small, and rows are reduced by their
/// common divisor as they go).
pub fn pinned(n_vars: usize, lines: &[(Vec<usize>, usize)], hidden: &[bool]) -> Vec<usize> {
    let unknowns: Vec<usize> = (0..n_vars).filter(|&v| hidden[v]).collect();
    if unknowns.is_empty() {
        return Vec::new();
    }
    let mut column = vec![usize::MAX; n_vars];
    for (i, &v) in unknowns.iter().enumerate() {
        column[v] = i;
    }
    let width = unknowns.len();
    // Only lines that mention a suppressed variable matter.
    let mut rows: Vec<Vec<i128>> = lines
        .iter()
        .filter_map(|(cells, total)| {
            let mut row = vec![0i128; width];
            let mut any = false;
            for &c in cells {
                if hidden[c] {
                    row[column[c]] += 1;
                    any = true;
                }
            }
            if hidden[*total] {
                row[column[*total]] -= 1;
                any = true;
            }
            any.then_some(row)
        })
        .collect();
    let pivots = reduce(&mut rows, width);
    // A pivot variable is pinned when its row has nothing in a free column.
    let pivot_columns: Vec<usize> = pivots.iter().map(|&(_, c)| c).collect();
    let mut out = Vec::new();
    for &(r, c) in &pivots {
        let alone = (0..width).all(|k| k == c || rows[r][k] == 0 || pivot_columns.contains(&k));
        if alone {
            out.push(unknowns[c]);
        }
    }
    out.sort_unstable();
    out
}

/// [`pinned`] for a large, sparse system (a quarter with its three months:
/// thousands of suppressed counts, each on two or three lines): the same
/// reduction over the rationals in whole numbers, with rows kept sparse and
/// each pivot taken from the shortest row that has its column.
fn pinned_sparse(lines: &[(Vec<usize>, usize)], hidden: &[bool]) -> Vec<usize> {
    let mut rows: Vec<BTreeMap<usize, i128>> = lines
        .iter()
        .filter_map(|(cells, total)| {
            let mut row = BTreeMap::new();
            for &c in cells.iter().filter(|&&c| hidden[c]) {
                *row.entry(c).or_insert(0) += 1;
            }
            if hidden[*total] {
                *row.entry(*total).or_insert(0) -= 1;
            }
            row.retain(|_, k| *k != 0);
            (!row.is_empty()).then_some(row)
        })
        .collect();
    let mut rows_with: BTreeMap<usize, std::collections::BTreeSet<usize>> = BTreeMap::new();
    for (r, row) in rows.iter().enumerate() {
        for &v in row.keys() {
            rows_with.entry(v).or_default().insert(r);
        }
    }
    let columns: Vec<usize> = rows_with.keys().copied().collect();
    let mut used = vec![false; rows.len()];
    let mut pivots = Vec::new();
    for col in columns {
        let holding: Vec<usize> = rows_with
            .get(&col)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default();
        let Some(p) = holding
            .iter()
            .copied()
            .filter(|&r| !used[r])
            .min_by_key(|&r| (rows[r].len(), r))
        else {
            continue;
        };
        used[p] = true;
        let pivot_row = rows[p].clone();
        let a = pivot_row[&col];
        for r in holding.into_iter().filter(|&r| r != p) {
            let b = rows[r][&col];
            let mut next: BTreeMap<usize, i128> =
                rows[r].iter().map(|(&v, &k)| (v, k * a)).collect();
            for (&v, &k) in &pivot_row {
                *next.entry(v).or_insert(0) -= k * b;
            }
            next.retain(|_, k| *k != 0);
            let g = next.values().fold(0, |g, &k| gcd(g, k));
            if g > 1 {
                next.values_mut().for_each(|k| *k /= g);
            }
            for v in rows[r].keys() {
                if !next.contains_key(v) {
                    rows_with.get_mut(v).expect("indexed").remove(&r);
                }
            }
            for v in next.keys() {
                rows_with.entry(*v).or_default().insert(r);
            }
            rows[r] = next;
        }
        pivots.push((p, col));
    }
    // A pivot is pinned when nothing else is left on its row.
    let mut out: Vec<usize> = pivots
        .into_iter()
        .filter(|&(p, _)| rows[p].len() == 1)
        .map(|(_, c)| c)
        .collect();
    out.sort_unstable();
    out
}

fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

fn normalise(row: &mut [i128]) {
    let g = row.iter().fold(0, |g, &x| gcd(g, x));
    if g > 1 {
        row.iter_mut().for_each(|x| *x /= g);
    }
}

/// Reduced row echelon form in whole numbers (each pivot column is zero in every
/// other row). Returns (row, column) of each pivot.
fn reduce(rows: &mut [Vec<i128>], width: usize) -> Vec<(usize, usize)> {
    let mut pivots = Vec::new();
    let mut next = 0;
    for col in 0..width {
        let Some(p) = (next..rows.len()).find(|&r| rows[r][col] != 0) else {
            continue;
        };
        rows.swap(next, p);
        let pivot_row = rows[next].clone();
        let a = pivot_row[col];
        for (r, row) in rows.iter_mut().enumerate() {
            if r == next || row[col] == 0 {
                continue;
            }
            let b = row[col];
            for k in 0..width {
                row[k] = row[k] * a - pivot_row[k] * b;
            }
            normalise(row);
        }
        pivots.push((next, col));
        next += 1;
        if next == rows.len() {
            break;
        }
    }
    pivots
}

/// The published cell of each variable the digest publishes itself (those
/// fixed as released belong to a digest already out).
pub fn publish(system: &System, hidden: &[bool]) -> Vec<Cell> {
    (0..system.len())
        .map(|v| {
            if hidden[v] || system.fixed[v] == Fixed::Released {
                Cell::SUPPRESSED
            } else {
                Cell::shown(system.value(v))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_and_zeros_are_suppressed_and_the_rest_rounded() {
        assert!(too_small(0) && too_small(9) && !too_small(10));
        assert_eq!(round(10), 10);
        assert_eq!(round(12), 10);
        assert_eq!(round(13), 15);
        assert_eq!(round(17), 15);
        assert_eq!(round(18), 20);
    }

    #[test]
    fn percentages_need_a_denominator_of_twenty_and_trends_two_published_cells() {
        let c = |n| Cell {
            count: Some(n),
            suppressed: false,
        };
        assert_eq!(percent(c(10), c(15)), None);
        assert_eq!(percent(c(10), c(20)), Some(50));
        assert_eq!(percent(Cell::SUPPRESSED, c(20)), None);
        assert_eq!(trend(c(15), c(10)), Some(Trend::Up));
        assert_eq!(trend(c(15), Cell::SUPPRESSED), None);
    }

    #[test]
    fn one_small_cell_in_a_line_takes_a_partner_with_it() {
        let mut s = System::new();
        let cells: Vec<usize> = [3, 40, 25, 60].iter().map(|&n| s.var(n)).collect();
        let total = s.var(128);
        s.line(cells.clone(), total);
        let hidden = s.protect();
        assert!(hidden[cells[0]]);
        assert!(hidden[cells[2]], "the smallest other cell hides it");
        assert_eq!(hidden.iter().filter(|&&h| h).count(), 2);
        assert!(pinned(s.len(), s.lines(), &hidden).is_empty());
    }

    #[test]
    fn rounding_leftovers_are_narrowed_and_protection_widens_them() {
        // Three languages published, three small ones hidden: 125 + 90 + 90
        // published against a total of 300 leaves the small ones 0 to 3.
        let mut s = System::new();
        let cells: Vec<usize> = [123, 88, 88, 1, 1, 1].iter().map(|&n| s.var(n)).collect();
        let total = s.var(302);
        s.line(cells.clone(), total);
        let mut exact_only = vec![false; s.len()];
        for &c in &cells[3..] {
            exact_only[c] = true;
        }
        assert!(pinned(s.len(), s.lines(), &exact_only).is_empty());
        assert_eq!(s.narrowed(&exact_only), cells[3..].to_vec());
        let hidden = s.protect();
        assert!(s.narrowed(&hidden).is_empty());
        assert!(
            hidden[cells[1]] || hidden[cells[2]],
            "a partner of 88 hides them"
        );
        assert!(!hidden[cells[0]], "no more than that");
    }

    #[test]
    fn a_released_month_is_not_narrowed_by_its_quarter() {
        // Month 1 has 4 + 50 = 54 on a line; months 2 and 3 have 0 + 60 and
        // 0 + 70. The quarter, checked with its months, hides what they hid
        // and leaves no month's small count narrowed.
        let mut s = System::new();
        let q_small = s.var(4);
        let q_big = s.var(50 + 60 + 70);
        let q_total = s.var(4 + 50 + 60 + 70);
        s.line(vec![q_small, q_big], q_total);
        let m: Vec<(usize, usize, usize)> = [(4, 50), (0, 60), (0, 70)]
            .iter()
            .map(|&(a, b)| (s.var(a), s.var(b), s.var(a + b)))
            .collect();
        for &(a, b, t) in &m {
            s.link(vec![a, b], t);
        }
        s.link(m.iter().map(|x| x.0).collect(), q_small);
        s.link(m.iter().map(|x| x.1).collect(), q_big);
        s.link(m.iter().map(|x| x.2).collect(), q_total);
        // Each month hid both cells of its line (its small one and a partner)
        // and published its total.
        for &(a, b, t) in &m {
            s.fix(a, Fixed::Hidden);
            s.fix(b, Fixed::Hidden);
            s.fix(t, Fixed::Released);
        }
        s.quarter_of(q_small, &[true, true, true]);
        s.quarter_of(q_big, &[true, true, true]);
        s.quarter_of(q_total, &[false, false, false]);
        let hidden = s.protect();
        assert!(hidden[q_small] && hidden[q_big]);
        assert!(s.narrowed(&hidden).is_empty());
        // Had the quarter published its big cell, its small one would be
        // given away by its own line.
        let mut leaky = hidden.clone();
        leaky[q_big] = false;
        assert_eq!(pinned(s.len(), s.lines(), &leaky), vec![q_small]);
    }

    #[test]
    fn the_sparse_reduction_pins_what_the_dense_one_does() {
        // Rows 0 1 | 2 3 with totals 4 5, columns 6 7, grand 8, under every
        // pattern of hidden counts.
        let lines = vec![
            (vec![0, 1], 4),
            (vec![2, 3], 5),
            (vec![0, 2], 6),
            (vec![1, 3], 7),
            (vec![4, 5], 8),
            (vec![6, 7], 8),
        ];
        for pattern in 0u32..(1 << 9) {
            let hidden: Vec<bool> = (0..9).map(|i| pattern & (1 << i) != 0).collect();
            assert_eq!(
                pinned_sparse(&lines, &hidden),
                pinned(9, &lines, &hidden),
                "{hidden:?}"
            );
        }
    }

    #[test]
    fn a_table_with_margins_has_no_pinned_cell() {
        // 3 x 2 with row, column and grand totals.
        let grid = [[2u64, 30], [40, 50], [60, 1]];
        let mut s = System::new();
        let cells: Vec<Vec<usize>> = grid
            .iter()
            .map(|r| r.iter().map(|&n| s.var(n)).collect())
            .collect();
        let rows: Vec<usize> = grid.iter().map(|r| s.var(r.iter().sum())).collect();
        let cols: Vec<usize> = (0..2)
            .map(|j| s.var(grid.iter().map(|r| r[j]).sum()))
            .collect();
        let grand = s.var(grid.iter().flatten().sum());
        for (i, r) in cells.iter().enumerate() {
            s.line(r.clone(), rows[i]);
        }
        for j in 0..2 {
            s.line(cells.iter().map(|r| r[j]).collect(), cols[j]);
        }
        s.line(rows.clone(), grand);
        s.line(cols.clone(), grand);
        let hidden = s.protect();
        assert!(hidden[cells[0][0]] && hidden[cells[2][1]]);
        assert!(pinned(s.len(), s.lines(), &hidden).is_empty());
    }
}
