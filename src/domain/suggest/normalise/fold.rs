//! One character at a time: which characters are invisible, the ASCII value of
//! a digit of any script, the Latin skeleton of a look-alike letter, accents
//! taken off Latin letters, and the fold of one NFKC character for matching.
//! It never looks at a character's neighbours; the view does.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

/// Invisible characters removed before matching: Unicode's default-ignorable
/// code points that people use to hide a number or handle. Hand-listed because
/// the crates that hold this table (unicode-security) keep it private.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// The value of a decimal digit in any script. NFKC already folds full-width
/// and mathematical digits; these are the script digits it leaves alone. The
/// standard library has no digit value for non-ASCII digits, so the zero of each
/// decimal block is listed here (Unicode `Nd` blocks are always ten in a row).
fn digit_value(c: char) -> Option<char> {
    const ZEROS: [u32; 34] = [
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0,
        0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xAA50,
        0xABF0,
    ];
    if c.is_ascii() || !c.is_numeric() {
        return None;
    }
    let code = c as u32;
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .and_then(|zero| char::from_digit(code - zero, 10))
}

/// Scripts whose letters are used to imitate Latin ones in handles and
/// addresses. The launch scripts (Latin, Arabic, Ethiopic) are never replaced.
fn imitates_latin(c: char) -> bool {
    matches!(c as u32,
        0x0250..=0x02AF | 0x0370..=0x03FF | 0x0400..=0x052F | 0x0530..=0x058F
        | 0x13A0..=0x13FF | 0x1C80..=0x1C8F | 0x1D00..=0x1DBF | 0x1F00..=0x1FFF
        | 0x2DE0..=0x2DFF | 0xA640..=0xA69F | 0xAB70..=0xABBF)
}

/// Letters of the launch scripts that have no case and fold to themselves:
/// most of an Arabic-script or Tigrinya text, answered without the Unicode
/// tables.
pub(super) fn plain_uncased_letter(c: char) -> bool {
    matches!(c as u32,
        0x0626..=0x063A | 0x0641..=0x0648 | 0x064A | 0x066E..=0x06A8 | 0x06AA..=0x06CB
        | 0x06CD..=0x06D3 | 0x1200..=0x135A)
}

/// The Latin letters a look-alike letter stands for (Cyrillic "а" is "a"),
/// from the Unicode confusables skeleton. Computed once for every letter of the
/// look-alike scripts, because a skeleton per character allocates.
fn latin_skeleton(c: char) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<char, String>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let ranges = [
                0x0250..=0x02AF,
                0x0370..=0x03FF,
                0x0400..=0x052F,
                0x0530..=0x058F,
                0x13A0..=0x13FF,
                0x1C80..=0x1C8F,
                0x1D00..=0x1DBF,
                0x1F00..=0x1FFF,
                0x2DE0..=0x2DFF,
                0xA640..=0xA69F,
                0xAB70..=0xABBF,
            ];
            ranges
                .into_iter()
                .flatten()
                .filter_map(char::from_u32)
                .filter_map(|c| {
                    let skeleton: String = unicode_security::skeleton(&c.to_string())
                        .flat_map(char::to_lowercase)
                        .collect();
                    let latin = !skeleton.is_empty()
                        && skeleton.len() <= 3
                        && skeleton.chars().all(|s| s.is_ascii_alphanumeric());
                    latin.then_some((c, skeleton))
                })
                .collect()
        })
        .get(&c)
        .map(String::as_str)
}

/// Accented Latin letters (Vietnamese, Romanian, Albanian): already NFKC,
/// and only their case changes.
pub(super) fn accented_latin(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x00D6 | 0x00D8..=0x00F6 | 0x00F8..=0x024F | 0x1E00..=0x1EFF)
}

/// An accented Latin letter in lower case, without its marks: "ș" and the
/// older "ş" are "s", "ë" is "e", "ế" and "đ" are "e" and "d". Young people
/// often type Vietnamese, Romanian and Albanian without diacritics
/// ("khong ai tin", "stiu unde", "me gjejne"), so the view and every phrase
/// drop them. Letters with no plain Latin base ("ß", "æ", "þ") stay.
/// Computed once for the two blocks of accented letters.
pub(super) fn unaccented(c: char) -> char {
    // Indexed by code point: 0x00C0..=0x024F, then 0x1E00..=0x1EFF.
    static TABLE: OnceLock<Vec<char>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        (0x00C0..=0x024F_u32)
            .chain(0x1E00..=0x1EFF)
            .map(|code| {
                let Some(c) = char::from_u32(code) else {
                    return '\0';
                };
                let Some(lower) = c.to_lowercase().next() else {
                    return c;
                };
                let base = match lower {
                    '\u{0111}' | '\u{00F0}' => 'd',
                    '\u{00F8}' => 'o',
                    '\u{0142}' => 'l',
                    _ => lower.to_string().nfd().next().unwrap_or(lower),
                };
                if base.is_ascii_alphabetic() {
                    base
                } else {
                    c
                }
            })
            .collect()
    });
    let code = c as u32;
    let index = match code {
        0x00C0..=0x024F => code - 0x00C0,
        0x1E00..=0x1EFF => code - 0x1E00 + (0x0250 - 0x00C0),
        _ => return c,
    };
    table.get(index as usize).copied().unwrap_or(c)
}

/// One character of NFKC output, folded for matching.
pub(super) fn fold(c: char, out: &mut String) {
    if plain_uncased_letter(c) {
        out.push(c);
        return;
    }
    if accented_latin(c) {
        let base = unaccented(c);
        if base == c {
            out.extend(c.to_lowercase());
        } else {
            out.push(base);
        }
        return;
    }
    match c {
        _ if is_invisible(c) => {}
        // Apostrophes are dropped: "won't", "won’t" and "wont" are one word.
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' | '`'
        | '\u{00B4}' => {}
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' => out.push('-'),
        '\u{2044}' | '\u{2215}' => out.push('/'),
        // Arabic vowel marks and the tatweel: often left out, sometimes added.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
        // Arabic and Persian spellings of the same letters.
        '\u{0649}' | '\u{06CC}' => out.push('\u{064A}'),
        '\u{06A9}' => out.push('\u{0643}'),
        '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' => out.push('\u{0627}'),
        _ => {
            if let Some(d) = digit_value(c) {
                out.push(d);
                return;
            }
            for lower in c.to_lowercase() {
                if imitates_latin(lower) {
                    if let Some(latin) = latin_skeleton(lower) {
                        out.push_str(latin);
                        continue;
                    }
                }
                out.push(lower);
            }
        }
    }
}
