//! Staff names and the passphrase rule. Roles and what they permit are in
//! [`super::roles`].
//! No I/O and no cryptography here: a passphrase is only judged for strength.

use std::fmt;

/// A staff member's sign-in name: trimmed, 1 to 64 characters, no control
/// characters. Compared exactly as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffName(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StaffNameError {
    #[error("a name is needed")]
    Empty,
    #[error("a name has at most 64 characters")]
    TooLong,
    #[error("a name cannot contain control characters")]
    ControlCharacter,
}

impl StaffName {
    pub const MAX_CHARS: usize = 64;

    pub fn parse(input: &str) -> Result<Self, StaffNameError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(StaffNameError::Empty);
        }
        if trimmed.chars().count() > Self::MAX_CHARS {
            return Err(StaffNameError::TooLong);
        }
        if trimmed.chars().any(char::is_control) {
            return Err(StaffNameError::ControlCharacter);
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for StaffName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How strong a new passphrase looks. Length is what matters against an offline
/// guess of an Argon2id wrap, so the rule is about length: at least 12 characters
/// to be accepted, 20 or more (a few unrelated words) to be called strong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PassphraseStrength {
    TooShort,
    Acceptable,
    Strong,
}

impl PassphraseStrength {
    pub const MIN_CHARS: usize = 12;
    pub const STRONG_CHARS: usize = 20;
    pub const MAX_CHARS: usize = 1024;

    pub fn of(passphrase: &str) -> Self {
        let chars = passphrase.chars().count();
        let distinct = {
            let mut seen: Vec<char> = passphrase.chars().collect();
            seen.sort_unstable();
            seen.dedup();
            seen.len()
        };
        // "aaaaaaaaaaaa" is long but not a passphrase.
        if chars < Self::MIN_CHARS || distinct < 5 {
            PassphraseStrength::TooShort
        } else if chars >= Self::STRONG_CHARS {
            PassphraseStrength::Strong
        } else {
            PassphraseStrength::Acceptable
        }
    }

    pub fn is_accepted(self) -> bool {
        self != PassphraseStrength::TooShort
    }
}

/// Passphrases too common to accept (see the file for where they come from).
const COMMON_PASSPHRASES: &str = include_str!("common_passphrases.txt");

/// Whether a passphrase is one of the most common ones, ignoring case and spaces
/// ("Correct Horse Battery Staple" and "pass word 1234" count). Offline guessing
/// tries these first, whatever their length.
pub fn is_common_passphrase(passphrase: &str) -> bool {
    let folded: String = passphrase
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    COMMON_PASSPHRASES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .any(|common| common == folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_names_are_trimmed_and_bounded() {
        assert_eq!(StaffName::parse("  Amira ").unwrap().as_str(), "Amira");
        assert_eq!(StaffName::parse("   ").unwrap_err(), StaffNameError::Empty);
        assert_eq!(
            StaffName::parse(&"a".repeat(65)).unwrap_err(),
            StaffNameError::TooLong
        );
        assert!(StaffName::parse(&"ب".repeat(64)).is_ok());
        assert_eq!(
            StaffName::parse("a\u{0}b").unwrap_err(),
            StaffNameError::ControlCharacter
        );
    }

    #[test]
    fn common_passphrases_are_recognised_whatever_the_case_and_spaces() {
        for common in [
            "correct horse battery staple",
            "Correct Horse Battery Staple",
            "password1234",
            "Pass Word 1234",
            "QWERTYUIOP123",
            "1q2w3e4r5t6y",
            "i love you 1234",
        ] {
            assert!(is_common_passphrase(common), "{common}");
        }
        for fine in [
            "quiet river under old lamps",
            "correct horse battery stapler",
            "",
        ] {
            assert!(!is_common_passphrase(fine), "{fine}");
        }
    }

    #[test]
    fn passphrase_strength_follows_length() {
        assert_eq!(
            PassphraseStrength::of("short"),
            PassphraseStrength::TooShort
        );
        assert_eq!(
            PassphraseStrength::of("aaaaaaaaaaaaaaaaaaaaaa"),
            PassphraseStrength::TooShort
        );
        assert_eq!(
            PassphraseStrength::of("river-lamp-77"),
            PassphraseStrength::Acceptable
        );
        assert_eq!(
            PassphraseStrength::of("quiet river under old lamps"),
            PassphraseStrength::Strong
        );
        assert!(!PassphraseStrength::TooShort.is_accepted());
    }
}
