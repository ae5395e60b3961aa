//! Complementary suppression: after the small counts, which more counts are
//! hidden so that no hidden count can be worked out from the totals, and the
//! loop that keeps going until the exact and the range checks both pass.
//! Never publishes a count a check doubts.

use super::pinned::pinned;
use super::small_counts::too_small;
use super::system::{Fixed, System};

/// What protection guarantees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// No suppressed count can be worked out exactly (exact elimination over
    /// the lines): the older rule, which an analyst with ranges can narrow.
    Exact,
    /// Also no suppressed count under [`THRESHOLD`](super::THRESHOLD) can be narrowed (see
    /// [`System::narrowed`]): the rule in force.
    Ranges,
}

impl System {
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

#[cfg(test)]
mod tests {
    use super::*;

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
