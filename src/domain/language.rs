//! The launch languages, chosen from the nationalities most often referred as child
//! victims in the UK.
//! No I/O here, and no negotiation: choosing a visitor's language is `i18n`.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    En,
    Vi,
    Ar,
    Sq,
    Ro,
    Ti,
    Fa,
    Ps,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Language {
    pub const ALL: [Language; 8] = [
        Language::En,
        Language::Vi,
        Language::Ar,
        Language::Sq,
        Language::Ro,
        Language::Ti,
        Language::Fa,
        Language::Ps,
    ];

    pub const DEFAULT: Language = Language::En;

    /// The BCP 47 code used in URLs (`/ar/`) and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Vi => "vi",
            Language::Ar => "ar",
            Language::Sq => "sq",
            Language::Ro => "ro",
            Language::Ti => "ti",
            Language::Fa => "fa",
            Language::Ps => "ps",
        }
    }

    /// The language's name in its own script, for the language switcher.
    /// What separates the items of a short list: the Arabic comma in
    /// right-to-left languages.
    pub fn list_separator(self) -> &'static str {
        match self.direction() {
            Direction::Rtl => "، ",
            Direction::Ltr => ", ",
        }
    }

    pub fn endonym(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Vi => "Tiếng Việt",
            Language::Ar => "العربية",
            Language::Sq => "Shqip",
            Language::Ro => "Română",
            Language::Ti => "ትግርኛ",
            Language::Fa => "فارسی",
            Language::Ps => "پښتو",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Language::Ar | Language::Fa | Language::Ps => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Exact, case-insensitive match on the code; anything else is not a language
    /// Voices speaks.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_refused() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
            assert_eq!(Language::from_code(&lang.code().to_uppercase()), Some(lang));
        }
        assert_eq!(Language::from_code("de"), None);
        assert_eq!(Language::from_code(""), None);
        assert_eq!(Language::from_code("en-GB"), None);
    }

    #[test]
    fn arabic_script_languages_are_right_to_left() {
        let rtl: Vec<_> = Language::ALL
            .into_iter()
            .filter(|l| l.direction() == Direction::Rtl)
            .map(Language::code)
            .collect();
        assert_eq!(rtl, ["ar", "fa", "ps"]);
    }
}
