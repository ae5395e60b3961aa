//! Given names and named schools.
//!
//! A name is found two ways: a word from the name lists of `recognizers.toml`
//! (written with a capital where the script has capitals; names that are also
//! common words, such as "Hope" or "امید", only in the middle of a sentence or
//! after a cue), and any name-like word after a cue ("my friend {name}",
//! "called {name}", "{name} ዝበሃል"): capitalised where the script has capitals,
//! any word that is not a stop word where it has none. Towns, countries and
//! public bodies on the allow list (Home Office, CAMHS, YOT...) are never
//! names. Names with no cue and on no list are not found.
//!
//! A school is a school word ("Academy", "trường", "Liceul", "مدرسة") with
//! name words before or after it ("St Mary's Academy", "Liceul Mihai
//! Eminescu", "مدرسة النور"), but not a school mentioned in general ("at
//! school", "المدرسة").

use super::lexicon::{Hit, Tag};
use super::words::Words;
use super::{Candidate, DetailKind};

fn push(
    out: &mut Vec<Candidate>,
    words: &Words<'_>,
    kind: DetailKind,
    from: usize,
    to: usize,
    confidence: f32,
) {
    out.push(Candidate {
        kind,
        start: words.list[from].start,
        end: words.list[to].end,
        confidence,
    });
}

/// A name starting at word `i`: `i` and any name words right after it (a
/// surname), or `None` if `i` cannot be a name.
fn name_from(words: &Words<'_>, i: usize) -> Option<usize> {
    let w = words.list[i];
    if w.allowed || !words.name_like(i) || words.is_number(i) {
        return None;
    }
    let mut last = i;
    while last + 1 < words.list.len() && last - i < 2 {
        let next = last + 1;
        let n = words.list[next];
        let joined = words.previous_before(n.start) == Some(last);
        let more = if words.uncased(next) {
            // "على" is written "علي" once yeh is folded: a stop word wins.
            n.listed_name && !n.stop
        } else {
            words.name_like(next) && !n.allowed
        };
        if !(joined && more) {
            break;
        }
        last = next;
    }
    Some(last)
}

pub(crate) fn find_names(hits: &[Hit], words: &Words<'_>, out: &mut Vec<Candidate>) {
    for hit in hits {
        match hit.tag {
            Tag::CueBeforeName => {
                if let Some(i) = words.next_after(hit.end) {
                    if let Some(last) = name_from(words, i) {
                        push(out, words, DetailKind::Name, i, last, 0.85);
                    }
                }
            }
            Tag::CueAfterName => {
                if let Some(i) = words.previous_before(hit.start) {
                    let w = words.list[i];
                    if !w.allowed && words.name_like(i) {
                        push(out, words, DetailKind::Name, i, i, 0.8);
                    }
                }
            }
            Tag::Name | Tag::AmbiguousName => {
                let (i, end) = words.covering(hit.start, hit.end);
                if i >= end || words.list[i].start != hit.start {
                    continue;
                }
                let ambiguous = hit.tag == Tag::AmbiguousName;
                let cased = !words.uncased(i);
                if (ambiguous && (!cased || words.starts_sentence(i)))
                    || (cased && !words.capitalised(i))
                {
                    continue;
                }
                if let Some(last) = name_from(words, i) {
                    let confidence = if cased && words.starts_sentence(i) {
                        0.5
                    } else {
                        0.65
                    };
                    push(out, words, DetailKind::Name, i, last, confidence);
                }
            }
            _ => {}
        }
    }
    capitalised_words(hits, words, out);
    joined_names(words, out);
}

/// Words that join two names: "Kwame and Joanne".
const AND: [&str; 6] = ["and", "&", "și", "si", "dhe", "và"];

/// A capitalised word after "and" right after a name found is a name too.
fn joined_names(words: &Words<'_>, out: &mut Vec<Candidate>) {
    let mut more = Vec::new();
    for c in out.iter().filter(|c| c.kind == DetailKind::Name) {
        let (_, end) = words.covering(c.start, c.end);
        let Some(and) = end
            .checked_sub(1)
            .and_then(|last| words.next_after(words.list[last].end))
        else {
            continue;
        };
        if !AND.contains(&words.text(and)) {
            continue;
        }
        let Some(i) = words.next_after(words.list[and].end) else {
            continue;
        };
        if !words.uncased(i) && words.capitalised(i) {
            if let Some(last) = name_from(words, i) {
                more.push(Candidate {
                    kind: DetailKind::Name,
                    start: words.list[i].start,
                    end: words.list[last].end,
                    confidence: c.confidence.min(0.6),
                });
            }
        }
    }
    out.extend(more);
}

/// In scripts with capitals, a capitalised word inside a sentence that no
/// list explains (not a stop word, town, public body, month, platform,
/// street or school word, not an acronym) is most often a person's name:
/// "I gave my phone to Sami", "Big thanks to Kwame". A low confidence: the
/// moderator decides.
fn capitalised_words(hits: &[Hit], words: &Words<'_>, out: &mut Vec<Candidate>) {
    let mut explained = vec![false; words.list.len()];
    for hit in hits {
        if matches!(
            hit.tag,
            Tag::Month
                | Tag::Platform
                | Tag::Street
                | Tag::School
                | Tag::DateCue
                | Tag::HandleCue
                | Tag::Allow
                | Tag::Name
                | Tag::AmbiguousName
                | Tag::CueBeforeName
                | Tag::CueAfterName
        ) {
            let (first, last) = words.covering(hit.start, hit.end);
            for e in &mut explained[first..last] {
                *e = true;
            }
        }
    }
    let mut i = 0;
    while i < words.list.len() {
        let w = words.list[i];
        let text = words.text(i);
        // "ESOL", and "CV-ul" (an acronym with a Romanian ending).
        let head = text.split('-').next().unwrap_or(text);
        let acronym = (text.chars().filter(|c| c.is_alphabetic()).count() > 1
            && words.view_original_upper(i))
            || (head.len() > 1
                && head.len() < text.len()
                && words.original_upper_prefix(i, head.len()));
        if explained[i]
            || w.stop
            || w.allowed
            || words.uncased(i)
            || !words.capitalised(i)
            || words.starts_sentence(i)
            || acronym
            || place_name(text)
            || !words.name_like(i)
        {
            i += 1;
            continue;
        }
        let last = name_from(words, i).unwrap_or(i);
        out.push(Candidate {
            kind: DetailKind::Name,
            start: w.start,
            end: words.list[last].end,
            confidence: 0.45,
        });
        i = last + 1;
    }
}

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
fn place_name(text: &str) -> bool {
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
    use crate::domain::suggest::DetailKind::{Name, School};
    use crate::domain::Language;

    #[test]
    fn names_after_cues_in_every_language() {
        for (lang, text, name) in [
            (Language::En, "my friend Kasia helped me", "Kasia"),
            (Language::En, "a man called Big Tony came", "Big Tony"),
            (
                Language::En,
                "My social worker Deborah Hayes never came",
                "Deborah Hayes",
            ),
            (Language::Vi, "bạn tôi tên là Lan", "Lan"),
            // "My name is", and the older tone-mark placement (uỷ for ủy).
            (Language::Vi, "Tên tôi là Thuỷ. Gọi cho tôi", "Thuỷ"),
            (Language::Ar, "صديقي اسمه كريم وهو", "كريم"),
            (Language::Sq, "shoku im Arben më ndihmoi", "Arben"),
            (Language::Ro, "prietena mea Ioana m-a ajutat", "Ioana"),
            (Language::Ti, "ዓርከይ ዳዊት ሓገዘኒ", "ዳዊት"),
            (Language::Fa, "دوستم مهسا به من کمک کرد", "مهسا"),
            (Language::Ps, "زما ملګری احمد راسره و", "احمد"),
        ] {
            assert_eq!(found(text, lang, Name), [name], "{lang}: {text}");
        }
    }

    #[test]
    fn names_after_thanks_roles_and_and_and_inside_a_sentence() {
        for (lang, text, names) in [
            (
                Language::En,
                "Big thanks to Kwabena and Joanne at the club.",
                vec!["Kwabena", "Joanne"],
            ),
            (
                Language::En,
                "I gave my phone to Sefu yesterday.",
                vec!["Sefu"],
            ),
            (Language::En, "Shout out to coach Dariusz.", vec!["Dariusz"]),
            (Language::Ar, "شكرا ماهر على كل شيء", vec!["ماهر"]),
            // A name before a verb of help, and after a role.
            (Language::Ti, "ኣድያም ሓጊዛትኒ።", vec!["ኣድያም"]),
            (Language::Ti, "መምህር ኣድያም ጽቡቕ እያ።", vec!["ኣድያም"]),
            (Language::Fa, "ممنون از کیمیا برای همه چیز", vec!["کیمیا"]),
        ] {
            assert_eq!(found(text, lang, Name), names, "{lang}: {text}");
        }
        // Acronyms, sentence starts, days, contractions and place-like
        // words are not names.
        for text in [
            "I go to ESOL on Monday.",
            "I sent my CV-ul yesterday.",
            "I used to play football at Greenfield on Sundays.",
            "Yesterday was good.",
            "I'll be fine, I'm ok.",
        ] {
            assert!(
                found(text, Language::En, Name).is_empty(),
                "{text}: {:?}",
                found(text, Language::En, Name)
            );
        }
    }

    #[test]
    fn listed_names_need_a_capital_where_the_script_has_them() {
        assert_eq!(
            found("I told Amira everything", Language::En, Name),
            ["Amira"]
        );
        assert!(found("I hope it gets better", Language::En, Name).is_empty());
        assert!(found("Hope is all I had", Language::En, Name).is_empty());
    }

    #[test]
    fn towns_and_public_bodies_are_not_names() {
        for text in [
            "I called the Home Office and CAMHS",
            "a town called Rochdale",
            "My YOT worker and Childline helped",
            "I was named in a report by Barnardo's",
        ] {
            assert!(
                found(text, Language::En, Name).is_empty(),
                "{text}: {:?}",
                found(text, Language::En, Name)
            );
        }
    }

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
