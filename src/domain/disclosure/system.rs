//! The counts of a digest as variables, the lines that tie them together, and
//! what is fixed about each before protection; and the cells finally published.
//! Decides nothing: which counts are hidden is decided by protection.

use super::small_counts::Cell;

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

/// The counts of a digest and the lines that tie them together.
#[derive(Debug, Clone, Default)]
pub struct System {
    pub(super) values: Vec<u64>,
    pub(super) fixed: Vec<Fixed>,
    /// Each line: the cells, then the total they add up to.
    pub(super) lines: Vec<(Vec<usize>, usize)>,
    /// Lines only the range check reads: a released month's own lines, and
    /// each quarter figure as the sum of its months.
    pub(super) links: Vec<(Vec<usize>, usize)>,
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
    pub(super) fn free(&self, var: usize) -> bool {
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

    /// Every line the range check reads.
    pub(super) fn all_lines(&self) -> impl Iterator<Item = &(Vec<usize>, usize)> {
        self.lines.iter().chain(&self.links)
    }
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
