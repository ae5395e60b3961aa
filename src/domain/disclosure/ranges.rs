//! The range check: what an analyst who knows each published count only to within
//! its rounding can narrow a hidden small count to, and which count to hide
//! next to widen it. Asks the linear program; never decides alone what to publish.

use std::collections::BTreeMap;

use super::linear_program::{Goal, Reduced};
use super::small_counts::{round, too_small, ROUND_TO, THRESHOLD};
use super::system::{Fixed, System};

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

impl System {
    /// Hides one more published count to widen the range of `victim`: the
    /// smallest free one on a line with it, else on a line with a suppressed
    /// count that shares a line with it, preferring free counts to quarter
    /// figures whose months are public. Returns the count it hid, if any could be.
    pub(super) fn widen(&self, victim: usize, hidden: &mut [bool]) -> Option<usize> {
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

#[cfg(test)]
mod tests {
    use super::super::pinned::pinned;
    use super::*;

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
}
