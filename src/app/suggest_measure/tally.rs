//! The figures of a measured set: counts per detail kind, per language and in
//! total, and the ratios drawn from them. Pure arithmetic; never reads an item's text.

use std::collections::BTreeMap;

use crate::domain::suggest::DetailKind;
use crate::domain::Language;

/// Counts for one kind of detail.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct DetailCount {
    /// Expected details.
    pub expected: usize,
    /// Expected details that a highlight of the same kind overlaps.
    pub found: usize,
    /// Characters of the expected details, and how many a highlight of the
    /// same kind covers.
    pub expected_chars: usize,
    pub covered_chars: usize,
    /// Highlights given, and how many of them overlap an expected detail of
    /// their kind.
    pub highlighted: usize,
    pub correct: usize,
}

impl DetailCount {
    pub(super) fn add(&mut self, o: DetailCount) {
        self.expected += o.expected;
        self.found += o.found;
        self.expected_chars += o.expected_chars;
        self.covered_chars += o.covered_chars;
        self.highlighted += o.highlighted;
        self.correct += o.correct;
    }
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.expected)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.highlighted)
    }
    /// The share of the expected characters that highlights cover.
    pub fn coverage(&self) -> f64 {
        ratio(self.covered_chars, self.expected_chars)
    }
}

/// `a / b`, and 1 when there is nothing to count.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The figures of one language, or of all of them.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    pub items: usize,
    /// `levels[expected][given]`, in the order none, concern, urgent.
    pub levels: [[usize; 3]; 3],
    pub tricky: usize,
    /// Ids of tricky negatives given `urgent`.
    pub tricky_urgent: Vec<String>,
    pub details: BTreeMap<DetailKind, DetailCount>,
    pub themes_expected: usize,
    pub themes_found: usize,
    pub themes_suggested: usize,
    pub themes_correct: usize,
}

impl Tally {
    pub(super) fn add(&mut self, o: &Tally) {
        self.items += o.items;
        for (row, other) in self.levels.iter_mut().zip(o.levels.iter()) {
            for (cell, n) in row.iter_mut().zip(other.iter()) {
                *cell += n;
            }
        }
        self.tricky += o.tricky;
        self.tricky_urgent.extend(o.tricky_urgent.iter().cloned());
        for (kind, c) in &o.details {
            self.details.entry(*kind).or_default().add(*c);
        }
        self.themes_expected += o.themes_expected;
        self.themes_found += o.themes_found;
        self.themes_suggested += o.themes_suggested;
        self.themes_correct += o.themes_correct;
    }
    /// Items a moderator would call urgent, and how many were given urgent.
    pub fn urgent(&self) -> (usize, usize) {
        (self.levels[2][2], self.levels[2].iter().sum())
    }
    /// Items a moderator would call concern (or urgent), given at least concern.
    pub fn concern_or_more(&self) -> (usize, usize) {
        let expected: usize =
            self.levels[1].iter().sum::<usize>() + self.levels[2].iter().sum::<usize>();
        let given = self.levels[1][1] + self.levels[1][2] + self.levels[2][1] + self.levels[2][2];
        (given, expected)
    }
    /// Items whose level is exactly the expected one.
    pub fn levels_right(&self) -> usize {
        (0..3).map(|i| self.levels[i][i]).sum()
    }
    pub fn all_details(&self) -> DetailCount {
        let mut total = DetailCount::default();
        for c in self.details.values() {
            total.add(*c);
        }
        total
    }
    pub fn theme_recall(&self) -> f64 {
        ratio(self.themes_found, self.themes_expected)
    }
    pub fn theme_precision(&self) -> f64 {
        ratio(self.themes_correct, self.themes_suggested)
    }
}

/// Everything measured on a set.
#[derive(Debug, Default, Clone)]
pub struct Report {
    pub by_language: BTreeMap<Language, Tally>,
    pub total: Tally,
    /// One line per miss or extra, for the person tuning the files.
    pub misses: Vec<String>,
}
