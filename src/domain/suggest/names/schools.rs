//! Named schools. A school is a school word ("Academy", "trường", "Liceul",
//! "مدرسة") with name words before or after it ("St Mary's Academy", "Liceul
//! Mihai Eminescu", "مدرسة النور"), or a place named beside the words of a
//! school; never a school mentioned in general ("at school", "المدرسة").

use super::push;
use crate::domain::suggest::lexicon::{Hit, Tag};
use crate::domain::suggest::words::Words;
use crate::domain::suggest::{Candidate, DetailKind};

const CONNECTORS: [&str; 9] = ["of", "st", "saint", "de", "din", "e", "i", "nr", "no"];

/// Endings and words of English place names. A school is often written in
/// lower case ("northfield academy", "ealing green college"): a lower-case
/// word before a school word is its name when it looks like a place.
const PLACE_ENDINGS: [&str; 30] = [
    "field", "wood", "side", "ford", "ton", "ham", "bury", "borough", "ley", "wick", "gate",
    "hill", "view", "brook", "bridge", "dale", "mount", "park", "land", "worth", "stead", "combe",
    "grove", "well", "moor", "way", "green", "vale", "heath", "cross",
];

/// A capitalised word with the ending of an English place name
/// ("Greenfield", "Oakwood", "Kingsway") is a school, an estate or a street
/// more often than a person, so it is not highlighted as a name on its own.
/// Endings that many given names share ("-ley", "-ton") are not counted.
pub(super) fn place_name(text: &str) -> bool {
    text.len() >= 6
        && PLACE_ENDINGS
            .iter()
            .filter(|e| !matches!(**e, "ley" | "ton" | "ham" | "land" | "well" | "cross"))
            .any(|e| text.ends_with(e))
}

fn place_like(words: &Words<'_>, i: usize) -> bool {
    let w = words.list[i];
    let text = words.text(i);
    !w.stop
        && (w.allowed
            || (text.len() >= 4
                && text.chars().all(|c| c.is_ascii_lowercase())
                && PLACE_ENDINGS.iter().any(|e| text.ends_with(e))))
}

fn school_name_word(words: &Words<'_>, i: usize) -> bool {
    CONNECTORS.contains(&words.text(i))
        || (!words.list[i].stop && (words.name_like(i) || words.is_number(i)))
        || place_like(words, i)
}

/// Words before a place that say "at" or "in" ("at Greenfield", "la Saint
/// Anne's", "ở Westbrook", "ኣብ Kingsway", "بـ Oakwood").
const AT: [&str; 16] = [
    "at", "in", "la", "te", "tek", "ne", "o", "ở", "ኣብ", "ب", "بـ", "في", "در", "تو", "په", "from",
];

/// A school named without a school word, beside words that place the story
/// at a school: "at Greenfield the teachers are ok", "Oak Hill کې ښوونکي".
/// The place is a run of capitalised words (Latin script) within five words
/// of the context word, that looks like a place name or follows "at"/"in".
fn schools_from_context(hits: &[Hit], words: &Words<'_>, out: &mut Vec<Candidate>) {
    let n = words.list.len();
    let mut month = vec![false; n];
    for hit in hits.iter().filter(|h| h.tag == Tag::Month) {
        let (first, last) = words.covering(hit.start, hit.end);
        for m in &mut month[first..last] {
            *m = true;
        }
    }
    let mut seen = usize::MAX;
    for hit in hits.iter().filter(|h| h.tag == Tag::SchoolContext) {
        let (first, last) = words.covering(hit.start, hit.end);
        let from = first.saturating_sub(5);
        let to = (last + 5).min(n);
        let mut i = from;
        while i < to {
            let starts = i != seen
                && !words.uncased(i)
                && words.capitalised(i)
                && !words.list[i].stop
                && !words.list[i].allowed
                && !words.list[i].listed_name
                && !month[i]
                && !words.view_original_upper(i);
            if !starts {
                i += 1;
                continue;
            }
            let mut end = i;
            while end + 1 < n
                && end - i < 3
                && words.joined(end)
                && !words.uncased(end + 1)
                && (words.capitalised(end + 1) || CONNECTORS.contains(&words.text(end + 1)))
                && !words.list[end + 1].allowed
            {
                end += 1;
            }
            while end > i && CONNECTORS.contains(&words.text(end)) {
                end -= 1;
            }
            let run: String = (i..=end).map(|k| words.text(k)).collect();
            let after_at = i > 0
                && AT.contains(&words.text(i - 1))
                && words.list[i - 1].end + 2 >= words.list[i].start;
            let saint = matches!(words.text(i), "st" | "saint");
            if place_name(&run) || after_at || saint {
                push(out, words, DetailKind::School, i, end, 0.6);
                seen = i;
            }
            i = end + 1;
        }
    }
}

pub(crate) fn find_schools(
    text: &str,
    hits: &[Hit],
    words: &Words<'_>,
    verb_final: bool,
    out: &mut Vec<Candidate>,
) {
    schools_from_context(hits, words, out);
    for hit in hits.iter().filter(|h| h.tag == Tag::School) {
        let (first, last) = words.covering(hit.start, hit.end);
        if first >= last {
            continue;
        }
        // "المدرسة": the school in general, not a named one.
        if words.list[first].start < hit.start && text[..hit.start].ends_with("ال") {
            continue;
        }
        let uncased = words.uncased(first);
        let max = if uncased { 2 } else { 4 };
        let mut left = first;
        while left > 0
            && first - left < max
            && words.joined(left - 1)
            && school_name_word(words, left - 1)
        {
            left -= 1;
        }
        while left < first && !(words.name_like(left) || place_like(words, left)) {
            left += 1;
        }
        let mut right = last - 1;
        while right + 1 < words.list.len()
            && right + 1 - last < max
            && words.joined(right)
            && school_name_word(words, right + 1)
        {
            right += 1;
        }
        while right >= last && !(words.name_like(right) || words.is_number(right)) {
            right -= 1;
        }
        let named_left = (left..first).any(|i| !words.list[i].allowed) || words.capitalised(first);
        let school_capital = words.capitalised(first);
        // In a verb-final language the word that ends the sentence is a verb.
        if verb_final && right >= last && !words.joined(right) {
            right -= 1;
        }
        if uncased {
            if right >= last {
                push(out, words, DetailKind::School, first, right, 0.6);
            } else if left < first {
                push(out, words, DetailKind::School, left, last - 1, 0.55);
            }
        } else if left < first && named_left {
            let confidence = if school_capital { 0.85 } else { 0.65 };
            push(
                out,
                words,
                DetailKind::School,
                left,
                right.max(last - 1),
                confidence,
            );
        } else if right >= last && (school_capital || right - last >= 1 || words.capitalised(last))
        {
            push(out, words, DetailKind::School, first, right, 0.75);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::suggest::testing::found;
    use crate::domain::suggest::DetailKind::School;
    use crate::domain::Language;

    #[test]
    fn named_schools_but_not_school_in_general() {
        for (lang, text, school) in [
            (
                Language::En,
                "I went to St Mary's Academy for a year",
                "St Mary's Academy",
            ),
            (
                Language::En,
                "now at Northfield College.",
                "Northfield College",
            ),
            (
                Language::En,
                "the University of Leeds",
                "University of Leeds",
            ),
            (
                Language::Vi,
                "em học trường THPT Nguyễn Trãi",
                "trường THPT Nguyễn Trãi",
            ),
            (
                Language::Ro,
                "am fost la Liceul Mihai Eminescu",
                "Liceul Mihai Eminescu",
            ),
            (
                Language::Sq,
                "në shkollën Sami Frashëri",
                "shkollën Sami Frashëri",
            ),
            (Language::Ar, "درست في مدرسة النور", "مدرسة النور"),
        ] {
            assert_eq!(found(text, lang, School), [school], "{lang}: {text}");
        }
        // Named without a school word, beside the words of a school.
        for (lang, text, school) in [
            (
                Language::En,
                "at Greenfield the teachers are kind",
                "Greenfield",
            ),
            (
                Language::Ro,
                "la Saint Anne's profii sunt ok",
                "Saint Anne's",
            ),
            (Language::Ps, "Oak Hill کې ښوونکي ښه دي", "Oak Hill"),
        ] {
            assert_eq!(found(text, lang, School), [school], "{lang}: {text}");
        }
        assert!(found("Kwame is my teacher", Language::En, School).is_empty());
        assert!(found("I liked school and college", Language::En, School).is_empty());
        assert!(found("ذهبت إلى المدرسة كل يوم", Language::Ar, School).is_empty());
    }
}
