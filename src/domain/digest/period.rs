//! The period a digest covers: a month or a quarter, as written (`2026-10`,
//! `2026-Q3`), the months in it, and the day it closes. Knows no counts.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::domain::submission::Day;

/// A month (`2026-10`) or a quarter (`2026-Q3`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Month { year: i32, month: u8 },
    Quarter { year: i32, quarter: u8 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a period is a month like 2026-10 or a quarter like 2026-Q3")]
pub struct BadPeriod;

impl FromStr for Period {
    type Err = BadPeriod;

    fn from_str(s: &str) -> Result<Self, BadPeriod> {
        let (year, rest) = s.split_once('-').ok_or(BadPeriod)?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BadPeriod);
        }
        let year: i32 = year.parse().map_err(|_| BadPeriod)?;
        if !(2000..=9998).contains(&year) {
            return Err(BadPeriod);
        }
        let number = |t: &str| -> Result<u8, BadPeriod> {
            if t.is_empty() || t.len() > 2 || !t.bytes().all(|b| b.is_ascii_digit()) {
                return Err(BadPeriod);
            }
            t.parse().map_err(|_| BadPeriod)
        };
        if let Some(q) = rest.strip_prefix('Q') {
            let quarter = number(q)?;
            if (1..=4).contains(&quarter) && q.len() == 1 {
                return Ok(Period::Quarter { year, quarter });
            }
            return Err(BadPeriod);
        }
        let month = number(rest)?;
        if rest.len() == 2 && (1..=12).contains(&month) {
            Ok(Period::Month { year, month })
        } else {
            Err(BadPeriod)
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Period::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl Period {
    pub fn month_of(day: Day) -> Period {
        let text = day.month();
        text.parse().expect("a day's month is a period")
    }

    pub fn is_quarter(self) -> bool {
        matches!(self, Period::Quarter { .. })
    }

    pub fn kind(self) -> &'static str {
        match self {
            Period::Month { .. } => "month",
            Period::Quarter { .. } => "quarter",
        }
    }

    /// The months it covers, as periods.
    pub fn month_periods(self) -> Vec<Period> {
        match self {
            Period::Month { .. } => vec![self],
            Period::Quarter { year, quarter } => (1..=3)
                .map(|i| Period::Month {
                    year,
                    month: (quarter - 1) * 3 + i,
                })
                .collect(),
        }
    }

    /// The months it covers, `YYYY-MM`.
    pub fn months(self) -> Vec<String> {
        self.month_periods().iter().map(|p| p.to_string()).collect()
    }

    /// The quarter a month is in.
    pub fn quarter(self) -> Period {
        match self {
            Period::Month { year, month } => Period::Quarter {
                year,
                quarter: (month - 1) / 3 + 1,
            },
            q => q,
        }
    }

    /// The first day after it: it is closed from that day on.
    pub fn closes_on(self) -> Day {
        let (year, month) = match self {
            Period::Month { year, month } => (year, month),
            Period::Quarter { year, quarter } => (year, quarter * 3),
        };
        let (y, m) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
        Day::new(y, m, 1).expect("the first of a month exists")
    }

    pub fn is_closed(self, today: Day) -> bool {
        today >= self.closes_on()
    }

    /// The period of the same kind just before.
    pub fn previous(self) -> Period {
        match self {
            Period::Month { year, month: 1 } => Period::Month {
                year: year - 1,
                month: 12,
            },
            Period::Month { year, month } => Period::Month {
                year,
                month: month - 1,
            },
            Period::Quarter { year, quarter: 1 } => Period::Quarter {
                year: year - 1,
                quarter: 4,
            },
            Period::Quarter { year, quarter } => Period::Quarter {
                year,
                quarter: quarter - 1,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_parse_strictly_and_know_when_they_close() {
        let oct: Period = "2026-10".parse().unwrap();
        assert_eq!(oct.to_string(), "2026-10");
        assert_eq!(oct.closes_on().to_string(), "2026-11-01");
        assert_eq!(oct.quarter().to_string(), "2026-Q4");
        let q3: Period = "2026-Q3".parse().unwrap();
        assert_eq!(q3.months(), ["2026-07", "2026-08", "2026-09"]);
        assert_eq!(q3.closes_on().to_string(), "2026-10-01");
        assert_eq!(q3.previous().to_string(), "2026-Q2");
        assert_eq!(
            "2026-01".parse::<Period>().unwrap().previous().to_string(),
            "2025-12"
        );
        for bad in [
            "", "2026", "2026-13", "2026-00", "2026-1", "2026-Q5", "2026-Q0", "26-10", "2026-10x",
            "2026--1", "+026-10", "2026-Q12",
        ] {
            assert!(bad.parse::<Period>().is_err(), "{bad}");
        }
    }
}
