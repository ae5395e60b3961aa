//! Levels of whole texts read with the shipped rules: danger now, danger
//! described as over, idioms, warning signs alone and together, every language.

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
    // "ሕጂ ግን" ("but now") opens the next clause: its "now" is about the
    // safety that follows, not about the lock two years ago.
    let text = "ቅድሚ ክልተ ዓመት ዓጽዮምኒ ነይሮም ሕጂ ግን ውሑስ እየ";
    assert!(level(text, Language::Ti) < Urgent, "{text}");
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
