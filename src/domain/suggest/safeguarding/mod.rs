//! The safeguarding level of a text: phrases from `safeguarding.toml` raise it
//! to `concern` or `urgent`; phrases of a `[[lower]]` group (danger described
//! as over, idioms, lawful work, negation) bring one match down to that group's
//! level when they stand in the same clause or sentence, as the group's scope
//! says. A `present` marker ("now", "still", "tonight") in the match's own
//! clause keeps a sentence-scoped lowering from applying, so "I used to be safe
//! but now they will kill me" stays urgent.
//!
//! It never lowers the level of a match because of something said in another
//! sentence, and it never raises anything outside Voices: the level only
//! orders the moderators' queue.

use super::lexicon::{Hit, Tag};
use super::normalise::View;
use super::rules::{LanguageRules, Scope};
use super::SafeguardingLevel;

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
struct Boundaries {
    sentences: Vec<usize>,
    clauses: Vec<usize>,
}

impl Boundaries {
    fn new(view: &View, hits: &[Hit]) -> Self {
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

    fn sentence(&self, at: usize) -> usize {
        self.sentences.partition_point(|b| *b < at)
    }

    fn clause(&self, at: usize) -> usize {
        self.clauses.partition_point(|b| *b < at)
    }
}

/// Hits of `inner` that lie strictly inside a hit of `outer` are void: "don't
/// get paid" is a concern, and the lawful-work phrase "get paid" inside it must
/// not lower it. Linear after sorting.
fn not_inside(mut inner: Vec<Hit>, outer: &[Hit]) -> Vec<Hit> {
    let mut outer: Vec<&Hit> = outer.iter().collect();
    outer.sort_by_key(|h| h.start);
    inner.sort_by_key(|h| h.start);
    let mut next = 0;
    let mut reach: Option<(usize, usize)> = None;
    inner.retain(|m| {
        while next < outer.len() && outer[next].start <= m.start {
            let o = outer[next];
            if reach.is_none_or(|(_, end)| o.end > end) {
                reach = Some((o.start, o.end));
            }
            next += 1;
        }
        !reach.is_some_and(|(start, end)| end >= m.end && (start < m.start || end > m.end))
    });
    inner
}

/// The level of a text and what set it.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Assessment {
    pub level: SafeguardingLevel,
    /// Byte ranges of the view: the phrases that set the level.
    pub why: Vec<(usize, usize)>,
    /// The signals found and not lowered, by index, sorted, once each.
    pub signals: Vec<u8>,
    /// Themes suggested by the signals found and the rules that applied.
    pub themes: Vec<u16>,
}

/// Raises the result to `level`, keeping the phrases that set the highest
/// level found so far.
fn raise(result: &mut Assessment, level: SafeguardingLevel, why: &[(usize, usize)]) {
    if level > result.level {
        result.level = level;
        result.why.clear();
    }
    if level == result.level && level > SafeguardingLevel::None {
        result.why.extend_from_slice(why);
    }
}

pub(crate) fn level(view: &View, hits: &[Hit], rules: &LanguageRules) -> SafeguardingLevel {
    assess(view, hits, rules).level
}

pub(crate) fn assess(view: &View, hits: &[Hit], rules: &LanguageRules) -> Assessment {
    let phrases: Vec<Hit> = hits
        .iter()
        .filter(|h| matches!(h.tag, Tag::Urgent | Tag::Concern | Tag::Signal(_)))
        .copied()
        .collect();
    if phrases.is_empty() {
        return Assessment::default();
    }
    let bounds = Boundaries::new(view, hits);
    let markers = not_inside(
        hits.iter()
            .filter(|h| matches!(h.tag, Tag::Lower(_)))
            .copied()
            .collect(),
        &phrases,
    );
    let present = not_inside(
        hits.iter()
            .filter(|h| h.tag == Tag::Present)
            .copied()
            .collect(),
        &markers,
    );
    // The lowering groups present in each clause and each sentence.
    let mut by_clause: Vec<(usize, u8)> = Vec::new();
    let mut by_sentence: Vec<(usize, u8)> = Vec::new();
    for m in &markers {
        let Tag::Lower(g) = m.tag else { continue };
        match rules.lowering[usize::from(g)].scope {
            Scope::Clause => by_clause.push((bounds.clause(m.start), g)),
            Scope::Sentence => by_sentence.push((bounds.sentence(m.start), g)),
        }
    }
    by_clause.sort_unstable();
    by_clause.dedup();
    by_sentence.sort_unstable();
    by_sentence.dedup();
    let mut present_clauses: Vec<usize> = present.iter().map(|p| bounds.clause(p.start)).collect();
    present_clauses.sort_unstable();
    let lowest = |table: &[(usize, u8)], id: usize, level: SafeguardingLevel| {
        let from = table.partition_point(|(i, _)| *i < id);
        table[from..]
            .iter()
            .take_while(|(i, _)| *i == id)
            .map(|(_, g)| &rules.lowering[usize::from(*g)])
            .filter(|group| group.lowers.contains(&level))
            .map(|group| group.to)
            .min()
    };
    // The level a phrase keeps once the lowering groups around it apply.
    let lowered = |phrase: &Hit, own: SafeguardingLevel| {
        let mut found = own;
        let clause = bounds.clause(phrase.start);
        if let Some(to) = lowest(&by_clause, clause, own) {
            found = found.min(to);
        }
        let sentence = bounds.sentence(phrase.start);
        let present = present_clauses.binary_search(&clause).is_ok();
        let from = by_sentence.partition_point(|(i, _)| *i < sentence);
        let to = by_sentence[from..]
            .iter()
            .take_while(|(i, _)| *i == sentence)
            .map(|(_, g)| &rules.lowering[usize::from(*g)])
            .filter(|group| group.lowers.contains(&own) && (!present || group.despite_present))
            .map(|group| group.to)
            .min();
        if let Some(to) = to {
            found = found.min(to);
        }
        found
    };
    let mut result = Assessment::default();
    // Signals that stand (not lowered), with their sentence.
    let mut live: Vec<(usize, u8, Hit)> = Vec::new();
    for phrase in &phrases {
        match phrase.tag {
            Tag::Signal(s) => {
                // A sign counts as an urgent one would: danger described as
                // over, an idiom or a denial around it voids it.
                if lowered(phrase, SafeguardingLevel::Urgent) == SafeguardingLevel::Urgent {
                    live.push((bounds.sentence(phrase.start), s, *phrase));
                    let alone = rules.signals[usize::from(s)].alone;
                    raise(&mut result, alone, &[(phrase.start, phrase.end)]);
                }
            }
            tag => {
                let own = if tag == Tag::Urgent {
                    SafeguardingLevel::Urgent
                } else {
                    SafeguardingLevel::Concern
                };
                let found = lowered(phrase, own);
                raise(&mut result, found, &[(phrase.start, phrase.end)]);
            }
        }
    }
    live.sort_by_key(|(sentence, s, hit)| (*sentence, *s, hit.start));
    result.signals = live.iter().map(|(_, s, _)| *s).collect();
    result.signals.sort_unstable();
    result.signals.dedup();
    result.themes = result
        .signals
        .iter()
        .filter_map(|s| rules.signals[usize::from(*s)].theme)
        .collect();
    for rule in &rules.combines {
        if rule.level < result.level && rule.theme.is_none() {
            continue;
        }
        let mut counts = vec![0usize; rules.signals.len()];
        let mut distinct = 0;
        let mut from = 0;
        let mut fired: Option<(usize, usize)> = None;
        for to in 0..live.len() {
            let (sentence, s, _) = live[to];
            while live[from].0 + rule.sentences <= sentence {
                let (_, old, _) = live[from];
                if rule.signals.contains(&old) {
                    counts[usize::from(old)] -= 1;
                    if counts[usize::from(old)] == 0 {
                        distinct -= 1;
                    }
                }
                from += 1;
            }
            if rule.signals.contains(&s) {
                counts[usize::from(s)] += 1;
                if counts[usize::from(s)] == 1 {
                    distinct += 1;
                }
            }
            if distinct >= rule.at_least {
                let first = live[from].0;
                let blocked = live.iter().any(|(sentence, s, _)| {
                    rule.unless.contains(s)
                        && *sentence >= first
                        && *sentence < first + rule.sentences
                });
                if !blocked {
                    fired = Some((from, to));
                    break;
                }
            }
        }
        if let Some((from, to)) = fired {
            let why: Vec<(usize, usize)> = live[from..=to]
                .iter()
                .filter(|(_, s, _)| rule.signals.contains(s))
                .map(|(_, _, h)| (h.start, h.end))
                .collect();
            raise(&mut result, rule.level, &why);
            result.themes.extend(rule.theme);
        }
    }
    result.themes.sort_unstable();
    result.themes.dedup();
    result.why.sort_unstable();
    result.why.dedup();
    result
}

#[cfg(test)]
mod tests {
    use crate::domain::suggest::testing::shipped;
    use crate::domain::suggest::SafeguardingLevel::{self, Concern, None, Urgent};
    use crate::domain::{Language, SubmissionKind};

    fn level(text: &str, lang: Language) -> SafeguardingLevel {
        let rules = shipped();
        let quick = rules.safeguarding_level(text, lang, SubmissionKind::Story);
        let full = rules
            .suggest(text, lang, SubmissionKind::Feedback)
            .safeguarding;
        assert_eq!(quick, full, "{text}");
        quick
    }

    #[test]
    fn danger_now_is_urgent() {
        for text in [
            "They said they will kill me if I talk.",
            "Please help me, I am locked in a house and cannot leave.",
            "I want to kill myself.",
            "I used to be safe but now they will kill me.",
        ] {
            assert_eq!(level(text, Language::En), Urgent, "{text}");
        }
    }

    #[test]
    fn indirect_intent_to_end_ones_life_is_urgent() {
        for text in [
            "I don't want to wake up tomorrow.",
            "Everyone would be better off without me.",
            "I've written letters to say goodbye to my sister.",
        ] {
            assert_eq!(level(text, Language::En), Urgent, "{text}");
        }
    }

    #[test]
    fn danger_described_as_over_does_not_raise_the_level() {
        for text in [
            "I was in danger but now I am safe.",
            "They used to hit me when I was fourteen.",
        ] {
            assert!(level(text, Language::En) < Urgent, "{text}");
        }
    }

    #[test]
    fn idioms_and_lawful_work_do_not_raise_the_level() {
        for text in [
            "After the walk my feet were killing me.",
            "I'd kill for a pizza right now.",
            "I am dying to see my little brother again.",
            "I work at a car wash and get paid properly, with a contract.",
        ] {
            assert_eq!(level(text, Language::En), None, "{text}");
        }
        assert!(level("I work at a car wash and don't get paid.", Language::En) >= Concern);
    }

    #[test]
    fn signs_typed_without_diacritics_or_in_chat_spellings_count() {
        for (lang, text) in [
            (
                Language::Ro,
                "stiu unde stai, vin diseara dupa tine daca nu dai banii",
            ),
            (
                Language::Vi,
                "tui no biet e o dau r, toi nay se toi tan nha",
            ),
            (
                Language::Sq,
                "mos me prisni te enjten, s'do vij me. mos u merzitni",
            ),
            (
                Language::En,
                "ive given my trainers to my cousin. i wont need the appointment anymore",
            ),
        ] {
            assert_eq!(level(text, lang), Urgent, "{lang}: {text}");
        }
    }

    #[test]
    fn warning_signs_together_are_urgent_and_alone_are_not() {
        // A threat with a time; a threat with knowing where the family lives.
        for text in [
            "The man said he will come for me on Saturday.",
            "They know where my mum lives and they said my sister pays for it.",
            // Coming, a time and an ultimatum: three signs of pressure.
            "They're coming round Friday night unless I pay.",
            // Held: writing in secret, and held until a debt is paid.
            "I am writing this in secret. They say I can't go until I pay.",
            // Moved now.
            "Be at the station at 10 tonight, they said.",
            // A goodbye inside thanks.
            "Thank you all. I won't be coming any more and I've given my phone to my friend. Don't worry about me.",
        ] {
            assert_eq!(level(text, Language::En), Urgent, "{text}");
        }
        for text in [
            "I have my interview on Saturday.",
            "I owe my friend a tenner.",
            "My mum will come over on Saturday to see my new flat.",
            "I won't be coming on Thursday, I have college.",
            // A friend coming for a small debt, a hidden phone, leaving care.
            "My brother owes me 5 pounds and he will come round tonight.",
            "I hid my phone from my little sister, I owe her a game.",
            "Thank you for everything, I'm leaving care next week and I'll miss you all. Don't worry about me!",
        ] {
            assert!(level(text, Language::En) < Urgent, "{text}");
        }
    }

    #[test]
    fn signs_that_are_over_in_a_story_or_plans_ahead_do_not_count() {
        for text in [
            // Past: the held signs are in a sentence that says it is over.
            "Two years ago they kept me in a flat until I paid them back, I can't go back there.",
            // A film, even with "tonight" in it.
            "We watched a film where a girl says they will kill me tonight.",
            // Plans ahead block a goodbye.
            "Thank you for everything. I won't be coming any more because I'm moving to a new placement, don't worry about me, see you!",
            // A denial.
            "I'm not giving up and I would never hurt myself.",
        ] {
            assert!(level(text, Language::En) < Urgent, "{text}");
        }
    }

    #[test]
    fn the_phrases_that_set_the_level_are_given_with_it() {
        let rules = shipped();
        let text = "Thank you. I won't be coming any more. Don't worry about me.";
        let s = rules.suggest(text, Language::En, SubmissionKind::Feedback);
        assert_eq!(s.safeguarding, Urgent);
        let chars: Vec<char> = text.chars().collect();
        let why: Vec<String> = s
            .why
            .iter()
            .map(|(a, b)| chars[*a..*b].iter().collect())
            .collect();
        assert_eq!(
            why,
            ["won't be coming any more", "Don't worry about me"],
            "{why:?}"
        );
        assert_eq!(s.signals, ["farewell", "reassurance"]);
        // A goodbye suggests the mental health theme.
        assert!(
            s.themes.iter().any(|t| t == "mental_health"),
            "{:?}",
            s.themes
        );
        let quick = rules.safeguarding(text, Language::En, SubmissionKind::Feedback);
        assert_eq!(quick.level, Urgent);
        assert_eq!(quick.signals, s.signals);
    }

    #[test]
    fn warning_signs_work_in_every_language() {
        for (lang, text) in [
            (
                Language::Vi,
                "Em viết lén. Họ khóa cửa và không cho em đi cho đến khi trả hết nợ.",
            ),
            (
                Language::Ar,
                "أكتب سرا. لا يسمحون لي بالخروج حتى أسدد الدين.",
            ),
            (
                Language::Sq,
                "Po shkruaj fshehurazi. Nuk më lejojnë të dal derisa të paguaj borxhin.",
            ),
            (
                Language::Ro,
                "Scriu pe ascuns. Nu mă lasă să ies până nu plătesc datoria.",
            ),
            (Language::Ti, "ብሕቡእ እየ ዝጽሕፍ። ዕዳ ክሳብ ዝኸፍል ኣይፈቕዱለይን።"),
            (
                Language::Fa,
                "یواشکی می‌نویسم. تا بدهی‌ام را ندهم نمی‌گذارند بیرون بروم.",
            ),
            (Language::Ps, "په پټه لیکم. تر هغو چې پور ورنکړم نه پرېږدي."),
        ] {
            assert_eq!(level(text, lang), Urgent, "{lang}: {text}");
        }
    }

    #[test]
    fn every_language_has_an_urgent_phrase_that_works() {
        for (lang, text) in [
            (Language::Vi, "Họ sẽ giết tôi nếu tôi nói."),
            (Language::Ar, "سوف يقتلونني إذا تكلمت."),
            (Language::Sq, "Do të më vrasin nëse flas."),
            (Language::Ro, "Mă vor omorî dacă vorbesc."),
            (Language::Ti, "እንተ ተዛሪበ ክቐትሉኒ እዮም።"),
            (Language::Fa, "اگر حرف بزنم مرا می‌کشند."),
            (Language::Ps, "که خبرې وکړم ما به ووژني."),
        ] {
            assert_eq!(level(text, lang), Urgent, "{lang}: {text}");
        }
    }
}
