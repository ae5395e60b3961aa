//! Figures derived from published cells: percentages and trends. Computed only
//! from what is published (rounded), never from a true count.

use serde::{Deserialize, Serialize};

use super::small_counts::Cell;

/// A percentage needs at least this many in its denominator.
pub const PERCENT_MIN_DENOMINATOR: u64 = 20;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
