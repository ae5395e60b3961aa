//! Where sentences and clauses end: at punctuation of every launch script, and
//! a clause also at a `[clause_breaks]` word ("but", "لكن"). It only numbers
//! positions; it never decides a level.

use crate::domain::suggest::lexicon::{Hit, Tag};
use crate::domain::suggest::normalise::View;

fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '\n' | '\u{061F}' | '\u{1362}' | '\u{1367}' | '\u{06D4}' | '\u{2026}'
    )
}

fn ends_clause(c: char) -> bool {
    ends_sentence(c)
        || matches!(
            c,
            ',' | ';' | ':' | '\u{060C}' | '\u{061B}' | '\u{1363}' | '\u{1364}' | '\u{1365}'
        )
}

/// Sorted boundary positions; a position's sentence (or clause) is the number
/// of boundaries before it.
pub(super) struct Boundaries {
    sentences: Vec<usize>,
    clauses: Vec<usize>,
}

impl Boundaries {
    pub(super) fn new(view: &View, hits: &[Hit]) -> Self {
        let mut sentences = Vec::new();
        let mut clauses = Vec::new();
        for (i, c) in view.text().char_indices() {
            if ends_sentence(c) {
                sentences.push(i);
            }
            if ends_clause(c) {
                clauses.push(i);
            }
        }
        clauses.extend(
            hits.iter()
                .filter(|h| h.tag == Tag::ClauseBreak)
                .map(|h| h.start),
        );
        clauses.sort_unstable();
        Boundaries { sentences, clauses }
    }

    pub(super) fn sentence(&self, at: usize) -> usize {
        self.sentences.partition_point(|b| *b < at)
    }

    /// A word that starts where a break phrase starts belongs to the clause
    /// the break opens: the "now" of "ሕጂ ግን" ("but now"), "and now" or
    /// "اما الان" speaks of what follows, not of what came before.
    pub(super) fn clause(&self, at: usize) -> usize {
        self.clauses.partition_point(|b| *b <= at)
    }
}
