//! Given names, and named schools (in `schools`).
//!
//! A name is found two ways: a word from the name lists of `recognizers.toml`
//! (written with a capital where the script has capitals; names that are also
//! common words, such as "Hope" or "امید", only in the middle of a sentence or
//! after a cue), and any name-like word after a cue ("my friend {name}",
//! "called {name}", "{name} ዝበሃል"): capitalised where the script has capitals,
//! any word that is not a stop word where it has none. Towns, countries and
//! public bodies on the allow list (Home Office, CAMHS, YOT...) are never
//! names. Names with no cue and on no list are not found.

use super::lexicon::{Hit, Tag};
use super::words::Words;
use super::{Candidate, DetailKind};

mod schools;

pub(crate) use schools::find_schools;
use schools::place_name;

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

#[cfg(test)]
mod tests {
    use crate::domain::suggest::testing::found;
    use crate::domain::suggest::DetailKind::Name;
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
}
