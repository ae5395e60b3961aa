//! What the server may know about a submission in clear: its kind, its moderation
//! state, its language and the day it arrived. Everything else is inside the
//! envelope. Nothing here holds a submission's words.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmissionKind {
    Story,
    Feedback,
}

impl SubmissionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SubmissionKind::Story => "story",
            SubmissionKind::Feedback => "feedback",
        }
    }
}

impl FromStr for SubmissionKind {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "story" => Ok(SubmissionKind::Story),
            "feedback" => Ok(SubmissionKind::Feedback),
            _ => Err(()),
        }
    }
}

/// The moderation states of DESIGN.md. The transition table arrives with the
/// moderation work; the states are stored now so the schema does not change then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModerationState {
    Received,
    InReview,
    AwaitingSurvivor,
    Approved,
    Published,
    ThemesOnly,
    TeamOnly,
    Declined,
    Withdrawn,
}

impl ModerationState {
    pub const ALL: [ModerationState; 9] = [
        ModerationState::Received,
        ModerationState::InReview,
        ModerationState::AwaitingSurvivor,
        ModerationState::Approved,
        ModerationState::Published,
        ModerationState::ThemesOnly,
        ModerationState::TeamOnly,
        ModerationState::Declined,
        ModerationState::Withdrawn,
    ];

    /// Which list of the review queue an item in this state is on: 0 needs
    /// action, 1 waits for the survivor, 2 done, 3 not published, 9 withdrawn.
    pub fn queue_group(self) -> i64 {
        match self {
            ModerationState::Received | ModerationState::InReview | ModerationState::Approved => 0,
            ModerationState::AwaitingSurvivor => 1,
            ModerationState::Published
            | ModerationState::ThemesOnly
            | ModerationState::TeamOnly => 2,
            ModerationState::Declined => 3,
            ModerationState::Withdrawn => 9,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ModerationState::Received => "received",
            ModerationState::InReview => "in_review",
            ModerationState::AwaitingSurvivor => "awaiting_survivor",
            ModerationState::Approved => "approved",
            ModerationState::Published => "published",
            ModerationState::ThemesOnly => "themes_only",
            ModerationState::TeamOnly => "team_only",
            ModerationState::Declined => "declined",
            ModerationState::Withdrawn => "withdrawn",
        }
    }
}

impl FromStr for ModerationState {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        ModerationState::ALL
            .into_iter()
            .find(|state| state.as_str() == s)
            .ok_or(())
    }
}

/// A calendar day, the finest time resolution stored for anything a survivor
/// sends (safety rule 3). Ordering between submissions uses a sequence instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    year: i32,
    month: u8,
    day: u8,
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl Day {
    /// A real calendar day from 1970 to 9999, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let valid = (1970..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day);
        valid.then_some(Self { year, month, day })
    }
}

impl Day {
    /// Days since 1970-01-01 (the civil-from-days algorithm, proleptic Gregorian).
    pub fn ordinal(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `ordinal` days after 1970-01-01 (the inverse of [`Day::ordinal`]),
    /// or `None` outside the years [`Day::new`] accepts.
    pub fn from_ordinal(ordinal: i64) -> Option<Day> {
        let z = ordinal + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Day::new(
            i32::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// The day `days` before this one.
    pub fn minus_days(self, days: u32) -> Option<Day> {
        Day::from_ordinal(self.ordinal() - i64::from(days))
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        later.ordinal() - self.ordinal()
    }

    /// The month, as `YYYY-MM`.
    pub fn month(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Day {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        let mut parts = s.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(());
        };
        let digits =
            |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return Err(());
        }
        Day::new(
            y.parse().map_err(|_| ())?,
            m.parse().map_err(|_| ())?,
            d.parse().map_err(|_| ())?,
        )
        .ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_and_kinds_round_trip_through_their_stored_names() {
        for state in ModerationState::ALL {
            assert_eq!(state.as_str().parse::<ModerationState>(), Ok(state));
        }
        assert!("deleted".parse::<ModerationState>().is_err());
        assert_eq!("story".parse::<SubmissionKind>(), Ok(SubmissionKind::Story));
        assert!("Story".parse::<SubmissionKind>().is_err());
    }

    #[test]
    fn days_carry_no_time_of_day() {
        let day = Day::new(2026, 11, 5).unwrap();
        assert_eq!(day.to_string(), "2026-11-05");
        assert_eq!("2026-11-05".parse::<Day>(), Ok(day));
        assert!("2026-11-05T10:00".parse::<Day>().is_err());
        assert!("2026-13-01".parse::<Day>().is_err());
        assert!(Day::new(2026, 2, 0).is_none());
        assert!(Day::new(2026, 6, 31).is_none());
        assert!(Day::new(2026, 2, 29).is_none());
        assert!(Day::new(2028, 2, 29).is_some());
        assert!(Day::new(2100, 2, 29).is_none());
        assert!("1970-01-+1".parse::<Day>().is_err());
    }

    #[test]
    fn days_count_across_months_and_leap_years() {
        let day = |s: &str| s.parse::<Day>().unwrap();
        assert_eq!(day("1970-01-01").ordinal(), 0);
        assert_eq!(day("2000-03-01").ordinal(), 11_017);
        assert_eq!(day("2028-02-28").days_until(day("2028-03-01")), 2);
        assert_eq!(day("2026-12-31").days_until(day("2027-01-01")), 1);
        assert_eq!(day("2026-12-01").days_until(day("2026-11-01")), -30);
        assert_eq!(day("2026-12-01").month(), "2026-12");
    }

    #[test]
    fn ordinals_round_trip_through_the_calendar() {
        for ordinal in [0, 59, 60, 365, 11_017, 20_788, 21_184, 2_932_896] {
            let day = Day::from_ordinal(ordinal).unwrap();
            assert_eq!(day.ordinal(), ordinal, "{day}");
        }
        let day = |s: &str| s.parse::<Day>().unwrap();
        assert_eq!(day("2026-01-05").minus_days(10), Some(day("2025-12-26")));
        assert_eq!(day("2028-03-01").minus_days(1), Some(day("2028-02-29")));
        assert_eq!(day("2026-03-01").minus_days(1), Some(day("2026-02-28")));
        assert_eq!(Day::from_ordinal(-1), None, "before 1970");
    }
}
