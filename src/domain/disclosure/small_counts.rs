//! Primary suppression and rounding: the threshold under which a count is never
//! published, and the rounded cell every other count is published as. Knows
//! nothing of totals or of other counts; complementary suppression is elsewhere.

use serde::Serialize;

/// Counts below this are never published.
pub const THRESHOLD: u64 = 10;
/// Published counts are multiples of this.
pub const ROUND_TO: u64 = 5;

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
}
