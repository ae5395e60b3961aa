//! The exact check: which hidden counts the published counts and the lines pin
//! down, by row reduction over the rationals in whole numbers. No rounding and
//! no ranges here; those are the range check's.

use std::collections::BTreeMap;

use super::system::{Fixed, System};

impl System {
    /// The suppressed counts that the lines and the links together pin down:
    /// with a quarter, a month's count that the quarter's published figure and
    /// the other months determine. Rounding makes such a count a range, not a
    /// value, but the rule stays that undoing the rounding recovers nothing.
    pub(super) fn pinned_across(&self, hidden: &[bool]) -> Vec<usize> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
