//! UK postcodes and street addresses.
//!
//! A postcode must have a real postcode area (the letters of its outward code)
//! and a well-formed inward code. A street address is a street word from
//! `recognizers.toml` ("Road", "đường", "strada", "شارع", "خیابان") with a
//! house number close by: before it with only name words between ("12 Elm
//! Road", "12 đường Lê Lợi"), or after it ("Strada Florilor nr. 12", "خیابان
//! آزادی، پلاک ۱۲"). A capitalised street name with no number ("Elm Road") is
//! kept with a lower confidence where the script has capitals.

use regex::Regex;

use super::lexicon::{Hit, Tag};
use super::normalise::{is_word_char, View};
use super::words::Words;
use super::{Candidate, DetailKind};

/// The postcode areas of the UK and the Crown dependencies (Royal Mail), plus
/// the non-geographic BF, BX and GIR.
/// A fixed public list that changes about once a decade; no maintained crate
/// carries it, so it is listed here rather than in a policy file.
const POSTCODE_AREAS: [&str; 127] = [
    "ab", "al", "b", "ba", "bb", "bd", "bf", "bh", "bl", "bn", "br", "bs", "bt", "bx", "ca", "cb",
    "cf", "ch", "cm", "co", "cr", "ct", "cv", "cw", "da", "dd", "de", "dg", "dh", "dl", "dn", "dt",
    "dy", "e", "ec", "eh", "en", "ex", "fk", "fy", "g", "gl", "gu", "gy", "ha", "hd", "hg", "hp",
    "hr", "hs", "hu", "hx", "ig", "im", "ip", "iv", "je", "ka", "kt", "kw", "ky", "l", "la", "ld",
    "le", "ll", "ln", "ls", "lu", "m", "me", "mk", "ml", "n", "ne", "ng", "nn", "np", "nr", "nw",
    "ol", "ox", "pa", "pe", "ph", "pl", "po", "pr", "rg", "rh", "rm", "s", "sa", "se", "sg", "sk",
    "sl", "sm", "sn", "so", "sp", "sr", "ss", "st", "sw", "sy", "ta", "td", "tf", "tn", "tq", "tr",
    "ts", "tw", "ub", "w", "wa", "wc", "wd", "wf", "wn", "wr", "ws", "wv", "yo", "ze", "gir",
];

pub(crate) fn postcode_pattern() -> Regex {
    Regex::new(r"([a-z]{1,3})([0-9][a-z0-9]?) ?([0-9][abd-hjlnp-uw-z]{2})").expect("postcode")
}

pub(crate) fn find_postcodes(view: &View, pattern: &Regex, out: &mut Vec<Candidate>) {
    let text = view.text();
    for caps in pattern.captures_iter(text) {
        let (Some(all), Some(area)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let bounded = view
            .char_before(all.start())
            .is_none_or(|c| !is_word_char(c))
            && view.char_after(all.end()).is_none_or(|c| !is_word_char(c));
        if bounded && POSTCODE_AREAS.contains(&area.as_str()) {
            // "in 2019 3rd..." can never get here: the area must be letters.
            let spaced = all.as_str().contains(' ');
            out.push(Candidate {
                kind: DetailKind::Postcode,
                start: all.start(),
                end: all.end(),
                confidence: if spaced { 0.9 } else { 0.8 },
            });
        }
    }
}

pub(crate) fn find_addresses(
    view: &View,
    hits: &[Hit],
    words: &Words<'_>,
    out: &mut Vec<Candidate>,
) {
    for street in hits.iter().filter(|h| h.tag == Tag::Street) {
        let (first, last) = words.covering(street.start, street.end);
        if first >= last {
            continue;
        }
        let push = |out: &mut Vec<Candidate>, from: usize, to: usize, confidence| {
            out.push(Candidate {
                kind: DetailKind::Address,
                start: words.list[from].start,
                end: words.list[to].end,
                confidence,
            })
        };
        // The number before the street word, with only name words between.
        let mut number_before = None;
        for i in (first.saturating_sub(5)..first).rev() {
            if !separated_lightly(view, words, i) {
                break;
            }
            if words.is_number(i) {
                number_before = Some(i);
                break;
            }
            if !words.name_like(i) {
                break;
            }
        }
        // Name words after the street word ("đường Lê Lợi", "شارع الملك فهد").
        let mut name_end = last - 1;
        while name_end + 1 < words.list.len()
            && name_end + 1 - last < 3
            && words.joined(name_end)
            && words.name_like(name_end + 1)
            && !words.list[name_end + 1].allowed
        {
            name_end += 1;
        }
        if let Some(n) = number_before {
            // "12 đường Lê Lợi", "12 Elm Road", but not "2 drive lessons".
            if n + 1 < first {
                push(out, n, last - 1, 0.8);
                continue;
            }
            if name_end >= last || words.capitalised(first) {
                push(out, n, name_end, 0.8);
                continue;
            }
        }
        // The number after the street word, within five words, with a name
        // between ("Strada Florilor nr. 12"; not "court 3 times").
        let number_after = (last..words.list.len().min(last + 5))
            // Short joining words stay inside ("Rruga e Kavajës 112").
            .take_while(|&j| !words.list[j].stop || words.text(j).chars().count() <= 2)
            .take_while(|&j| j == last || separated_lightly(view, words, j - 1))
            .find(|&j| words.is_number(j));
        if let Some(n) = number_after {
            if (last..n).any(|j| words.name_like(j)) {
                push(out, first, n, 0.8);
                continue;
            }
        }
        // No number: a capitalised street name, where the script has capitals.
        let long_street_word = view.text()[street.start..street.end].chars().count() >= 4;
        if long_street_word && words.capitalised(first) {
            let mut from = first;
            while from > 0
                && first - from < 3
                && words.name_like(from - 1)
                && words.capitalised(from - 1)
            {
                from -= 1;
            }
            if from < first {
                push(out, from, last - 1, 0.55);
            } else if name_end >= last && (last..=name_end).all(|j| words.capitalised(j)) {
                push(out, first, name_end, 0.55);
            }
        }
    }
}

/// Whether only spaces, a comma or an abbreviation's dot stand between words
/// `i` and `i + 1` ("خیابان آزادی، پلاک ۱۲", "nr. 12"), not a full stop.
fn separated_lightly(view: &View, words: &Words<'_>, i: usize) -> bool {
    let gap = view.text()[words.list[i].end..words.list[i + 1].start].trim();
    matches!(gap, "" | "," | "\u{060C}") || (gap == "." && words.text(i).chars().count() <= 3)
}

#[cfg(test)]
mod tests {
    use crate::domain::suggest::testing::found;
    use crate::domain::suggest::DetailKind::{Address, Postcode};
    use crate::domain::Language;

    #[test]
    fn postcodes_need_a_real_area() {
        assert_eq!(
            found("we lived near M14 5RL then", Language::En, Postcode),
            ["M14 5RL"]
        );
        assert_eq!(found("SW1A 1AA.", Language::En, Postcode), ["SW1A 1AA"]);
        assert_eq!(found("b15 2tt", Language::En, Postcode), ["b15 2tt"]);
        // QQ is no postcode area, and the inward code never uses C, I, K, M, O, V.
        assert!(found("QQ1 2AB and M1 2CI", Language::En, Postcode).is_empty());
    }

    #[test]
    fn house_number_and_street_in_several_languages() {
        for (lang, text, address) in [
            (
                Language::En,
                "I stayed at 23 Cheetham Hill Road for a year",
                "23 Cheetham Hill Road",
            ),
            (Language::En, "the house at 7 Elm St.", "7 Elm St"),
            (Language::Vi, "Tôi ở số 12 đường Lê Lợi.", "12 đường Lê Lợi"),
            (
                Language::Ro,
                "Am stat pe Strada Florilor nr. 12.",
                "Strada Florilor nr. 12",
            ),
            (
                Language::Sq,
                "jetoja në Rruga Myslym Shyri 45",
                "Rruga Myslym Shyri 45",
            ),
            (
                Language::Fa,
                "در خیابان آزادی، پلاک ۱۲ بودیم",
                "خیابان آزادی، پلاک ۱۲",
            ),
            (
                Language::Ar,
                "كنا في ١٢ شارع الملك فهد",
                "١٢ شارع الملك فهد",
            ),
        ] {
            assert_eq!(found(text, lang, Address), [address], "{lang}: {text}");
        }
    }

    #[test]
    fn a_number_of_hours_is_not_a_house_number() {
        assert!(found("I worked 12 hours on the street", Language::En, Address).is_empty());
        assert!(found("The road was long.", Language::En, Address).is_empty());
    }
}
