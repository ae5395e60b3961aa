//! Full dates that can tie a story to a person: a birthday, a date of birth,
//! "my 18th birthday was 3 March 2025". Numeric dates (`12/03/2006`,
//! `12.03.2006`, Solar Hijri `۱۳۸۵/۰۴/۱۲`) and dates with a month name of the
//! text's language or English (`3 March 2025`, `ngày 12 tháng 4 năm 2006`, `۱۲
//! تیر ۱۳۸۵`) are found; a cue from `recognizers.toml` ("birthday", "born",
//! "تولد") nearby raises the confidence, and a day and month without a year
//! count only next to such a cue. A year or a month alone never counts.

use regex::Regex;

use super::lexicon::{Hit, Tag};
use super::normalise::{is_word_char, normalise_phrase, View};
use super::{Candidate, DetailKind};

pub(crate) fn numeric_pattern() -> Regex {
    Regex::new(r"([0-9]{1,4})([/.\-])([0-9]{1,2})([/.\-])([0-9]{2,4})").expect("date pattern")
}

/// The pattern of dates written with month names, for one language's months.
pub(crate) fn month_pattern(months: &[String]) -> Regex {
    let mut names: Vec<String> = months
        .iter()
        .map(|m| regex::escape(&normalise_phrase(m)))
        .filter(|m| !m.is_empty())
        .collect();
    names.sort_by_key(|m| std::cmp::Reverse(m.len()));
    names.dedup();
    Regex::new(&format!(
        r"(?:(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th|er|a|\.)?(?: of| de| e| i)? )?(?P<m>{})(?:,? (?:[a-zăâîșțđ\u{{0600}}-\u{{06FF}}\u{{1200}}-\u{{137F}}]{{1,5}} )?(?P<y>[0-9]{{4}})|(?: (?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<y2>[0-9]{{4}}))?))?",
        names.join("|")
    ))
    .expect("escaped month names")
}

fn plausible_year(y: u32) -> bool {
    (1900..=2100).contains(&y) || (1300..=1499).contains(&y) || (1950..=2030).contains(&(y + 8))
}

fn numeric_is_date(a: &str, b: &str, c: &str, cue: bool) -> bool {
    let n = |s: &str| s.parse::<u32>().unwrap_or(0);
    let (a_n, b_n, c_n) = (n(a), n(b), n(c));
    if a.len() == 4 {
        return plausible_year(a_n) && (1..=12).contains(&b_n) && (1..=31).contains(&c_n);
    }
    let day_month = (1..=31).contains(&a_n) && (1..=12).contains(&b_n)
        || (1..=12).contains(&a_n) && (1..=31).contains(&b_n);
    match c.len() {
        4 => day_month && plausible_year(c_n),
        2 => day_month && cue,
        _ => false,
    }
}

fn bounded(view: &View, start: usize, end: usize) -> bool {
    view.char_before(start)
        .is_none_or(|c| !is_word_char(c) && c != '/' && c != '.')
        && view
            .char_after(end)
            .is_none_or(|c| !is_word_char(c) && c != '/')
}

pub(crate) fn find(
    view: &View,
    hits: &[Hit],
    numeric: &Regex,
    months: &Regex,
    out: &mut Vec<Candidate>,
) {
    let text = view.text();
    let mut cues: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| h.tag == Tag::DateCue)
        .map(|h| (h.start, h.end))
        .collect();
    cues.sort_unstable();
    let near_cue = |start: usize, end: usize| {
        let from = cues.partition_point(|(_, e)| *e + 80 < start);
        cues.get(from).is_some_and(|(s, _)| *s <= end + 40)
    };
    let mut push = |start, end, confidence| {
        out.push(Candidate {
            kind: DetailKind::Date,
            start,
            end,
            confidence,
        })
    };
    for caps in numeric.captures_iter(text) {
        let all = caps.get(0).expect("group 0");
        let part = |i| caps.get(i).map_or("", |m| m.as_str());
        if part(2) != part(4) || !bounded(view, all.start(), all.end()) {
            continue;
        }
        let cue = near_cue(all.start(), all.end());
        if numeric_is_date(part(1), part(3), part(5), cue) {
            push(all.start(), all.end(), if cue { 0.9 } else { 0.6 });
        }
    }
    // A day and month written with digits and no year ("on 10/02"): the
    // month needs two digits, so "1/2" and "24/7" are not dates.
    static SHORT: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    let short = SHORT.get_or_init(|| Regex::new(r"([0-9]{1,2})/([0-9]{2})").expect("short date"));
    for caps in short.captures_iter(text) {
        let all = caps.get(0).expect("group 0");
        if !bounded(view, all.start(), all.end())
            || view.char_after(all.end()) == Some('.')
                && text[all.end() + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let n = |i: usize| caps[i].parse::<u32>().unwrap_or(0);
        if (1..=31).contains(&n(1)) && (1..=12).contains(&n(2)) {
            let cue = near_cue(all.start(), all.end());
            push(all.start(), all.end(), if cue { 0.9 } else { 0.5 });
        }
    }
    for caps in months.captures_iter(text) {
        let all = caps.get(0).expect("group 0");
        if !bounded(view, all.start(), all.end()) {
            continue;
        }
        let day = caps
            .name("d1")
            .or(caps.name("d2"))
            .and_then(|d| d.as_str().parse::<u32>().ok())
            .is_some_and(|d| (1..=31).contains(&d));
        let year = caps.name("y").or(caps.name("y2")).is_some();
        let cue = near_cue(all.start(), all.end());
        // "born in March 2006": a month and year next to a cue is enough too.
        match (day, year, cue) {
            (true, true, true) => push(all.start(), all.end(), 0.9),
            (true, true, false) => push(all.start(), all.end(), 0.6),
            // "on 5 March": a day and a month name narrow a story to one day
            // of the year; less sure without a year or a cue.
            (true, false, false) => push(all.start(), all.end(), 0.5),
            (true, false, true) | (false, true, true) => push(all.start(), all.end(), 0.7),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::suggest::testing::found;
    use crate::domain::suggest::DetailKind::Date;
    use crate::domain::Language;

    #[test]
    fn birthdays_in_words_and_numbers() {
        for (lang, text, date) in [
            (
                Language::En,
                "my 18th birthday was 3 March 2025.",
                "3 March 2025",
            ),
            (
                Language::En,
                "I was born on 12/03/2006 in Hanoi",
                "12/03/2006",
            ),
            (
                Language::En,
                "My birthday is the 4th of July",
                "4th of July",
            ),
            (
                Language::Vi,
                "Tôi sinh ngày 12 tháng 4 năm 2006.",
                "12 tháng 4 năm 2006",
            ),
            (
                Language::Ro,
                "M-am născut pe 5 martie 2007.",
                "5 martie 2007",
            ),
            (
                Language::Sq,
                "Ditëlindja ime është më 9 maj 2006",
                "9 maj 2006",
            ),
            (Language::Fa, "تاریخ تولدم ۱۳۸۵/۰۴/۱۲ است", "۱۳۸۵/۰۴/۱۲"),
            (Language::Fa, "من ۱۲ تیر ۱۳۸۵ به دنیا آمدم", "۱۲ تیر ۱۳۸۵"),
            (Language::Ar, "ولدت في ٣ مارس ٢٠٠٦", "٣ مارس ٢٠٠٦"),
        ] {
            assert_eq!(found(text, lang, Date), [date], "{lang}: {text}");
        }
    }

    #[test]
    fn years_months_and_fractions_alone_are_not_dates() {
        for text in [
            "in 2019 it was March",
            "I paid 3/4 of it",
            "version 1.2.3",
            "in May we moved",
        ] {
            assert!(found(text, Language::En, Date).is_empty(), "{text}");
        }
    }
}
