//! Receipt codes: 80 bits from the OS random source, shown as four groups of four
//! Crockford base32 characters (`7KQ2-M9XD-4HFA-R3TC`).
//!
//! Parsing forgives what people do when copying a code by hand: any case, spaces,
//! dashes or other separators, and the look-alike letters Crockford's alphabet was
//! designed for (`O` for `0`, `I` and `L` for `1`). The alphabet handling is written
//! here rather than taken from a crate because the tolerance rules are part of what
//! Voices promises a survivor, and are tested as such.
//!
//! The database never sees a code: it stores a hash keyed with the receipt pepper
//! (kept in the secrets file), and wraps the data key under a second keyed hash.

use sodiumoxide::randombytes::randombytes_into;

use super::{keyed_hash, secretbox_key, CryptoError, DataKey};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BYTES: usize = 10;
const CHARS: usize = BYTES * 8 / 5;

#[derive(Clone, PartialEq, Eq)]
pub struct ReceiptCode([u8; BYTES]);

impl std::fmt::Debug for ReceiptCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReceiptCode(<secret>)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReceiptParseError {
    #[error("a receipt code has 16 letters and numbers")]
    WrongLength,
    #[error("a receipt code uses only letters and numbers")]
    InvalidCharacter,
}

fn value_of(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|&a| a as char == c)
        .map(|p| p as u8)
}

impl ReceiptCode {
    pub fn generate() -> Self {
        let mut bytes = [0u8; BYTES];
        randombytes_into(&mut bytes);
        Self(bytes)
    }

    /// Reads a code as a person typed it.
    pub fn parse(input: &str) -> Result<Self, ReceiptParseError> {
        let mut values = Vec::with_capacity(CHARS);
        for c in input.chars() {
            if c.is_whitespace() || matches!(c, '-' | '_' | '.' | '/' | '‐' | '‑' | '–' | '—')
            {
                continue;
            }
            let value = value_of(c).ok_or(ReceiptParseError::InvalidCharacter)?;
            if values.len() == CHARS {
                return Err(ReceiptParseError::WrongLength);
            }
            values.push(value);
        }
        if values.len() != CHARS {
            return Err(ReceiptParseError::WrongLength);
        }
        let mut bytes = [0u8; BYTES];
        let mut acc: u32 = 0;
        let mut bits = 0;
        let mut out = 0;
        for v in values {
            acc = (acc << 5) | u32::from(v);
            bits += 5;
            if bits >= 8 {
                bits -= 8;
                bytes[out] = (acc >> bits) as u8;
                out += 1;
                acc &= (1 << bits) - 1;
            }
        }
        Ok(Self(bytes))
    }

    /// The code as shown to the survivor: `XXXX-XXXX-XXXX-XXXX`.
    pub fn grouped(&self) -> String {
        let mut chars = String::with_capacity(CHARS + 3);
        let mut acc: u32 = 0;
        let mut bits = 0;
        for &byte in &self.0 {
            acc = (acc << 8) | u32::from(byte);
            bits += 8;
            while bits >= 5 {
                bits -= 5;
                if !chars.is_empty() && chars.len() % 5 == 4 {
                    chars.push('-');
                }
                chars.push(ALPHABET[((acc >> bits) & 31) as usize] as char);
            }
            acc &= (1 << bits) - 1;
        }
        chars
    }
}

/// The secret that keys receipt hashes. It lives in the secrets file or the
/// environment, never in the database, so a database copy alone cannot test guesses.
#[derive(Clone)]
pub struct ReceiptPepper([u8; 32]);

impl std::fmt::Debug for ReceiptPepper {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReceiptPepper(<secret>)")
    }
}

impl Drop for ReceiptPepper {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

impl Drop for ReceiptCode {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

impl ReceiptPepper {
    /// The raw pepper, only to derive other keys from it inside this module.
    pub(crate) fn expose_for_derivation(&self) -> &[u8] {
        &self.0
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CryptoError> {
        Ok(Self(bytes.try_into().map_err(|_| CryptoError::Malformed)?))
    }

    /// The value the database indexes a submission by.
    pub fn lookup_hash(&self, code: &ReceiptCode) -> Vec<u8> {
        keyed_hash(Some(&self.0), "voices-receipt-lookup-v1", &[&code.0]).to_vec()
    }

    /// The key a staff sign-in name's failure count is stored under: the name is
    /// never stored, and without the pepper the hashes cannot be tested against a
    /// list of names.
    pub fn sign_in_name_hash(&self, name: &str) -> Vec<u8> {
        keyed_hash(Some(&self.0), "voices-sign-in-name-v1", &[name.as_bytes()]).to_vec()
    }

    /// Wraps a submission's data key so the receipt code (with this pepper) opens it.
    pub fn wrap_data_key(&self, code: &ReceiptCode, key: &DataKey) -> Vec<u8> {
        key.wrap_with(&self.wrap_key(code))
    }

    pub fn unwrap_data_key(
        &self,
        code: &ReceiptCode,
        wrapped: &[u8],
    ) -> Result<DataKey, CryptoError> {
        DataKey::unwrap_with(&self.wrap_key(code), wrapped)
    }

    /// A tag for the exact wording of an edited version as a receipt page showed
    /// it, carried in that page's answer forms so an approval can only ever be
    /// for words the survivor saw. Keyed with the pepper and bound to the code:
    /// the page and the POST body hold the tag, and without the pepper nobody
    /// can test a guess of the wording against it.
    pub fn shown_edit_tag(&self, code: &ReceiptCode, wording: &str) -> String {
        let tag = keyed_hash(
            Some(&self.0),
            "voices-shown-edit-v1",
            &[&code.0, wording.as_bytes()],
        );
        tag[..16].iter().map(|b| format!("{b:02x}")).collect()
    }

    fn wrap_key(&self, code: &ReceiptCode) -> sodiumoxide::crypto::secretbox::Key {
        secretbox_key(&keyed_hash(
            Some(&self.0),
            "voices-receipt-wrap-v1",
            &[&code.0],
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::init;

    #[test]
    fn generated_codes_are_grouped_and_parse_back() {
        init().unwrap();
        for _ in 0..200 {
            let code = ReceiptCode::generate();
            let shown = code.grouped();
            assert_eq!(shown.len(), 19, "{shown}");
            assert_eq!(shown.matches('-').count(), 3);
            assert!(shown
                .chars()
                .all(|c| c == '-' || ALPHABET.contains(&(c as u8))));
            assert_eq!(ReceiptCode::parse(&shown).unwrap(), code);
        }
    }

    #[test]
    fn known_answer_encoding() {
        let code = ReceiptCode([0; BYTES]);
        assert_eq!(code.grouped(), "0000-0000-0000-0000");
        let code = ReceiptCode([0xff; BYTES]);
        assert_eq!(code.grouped(), "ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        let code = ReceiptCode([0x08, 0x86, 0x42, 0x98, 0xe8, 0x4a, 0x96, 0xc6, 0xb9, 0xf0]);
        assert_eq!(code.grouped(), "1234-5678-9ABC-DEFG");
    }

    #[test]
    fn parsing_forgives_case_spaces_and_look_alikes() {
        let expected = ReceiptCode::parse("1234-5678-9ABC-DEF0").unwrap();
        for typed in [
            "1234-5678-9abc-def0",
            "1234 5678 9ABC DEF0",
            " 12345678 9abcdefo ",
            "I234-5678-9ABC-DEFO",
            "l234—5678–9abc-def0",
            "1234567 89ABCDEF0",
        ] {
            assert_eq!(ReceiptCode::parse(typed).unwrap(), expected, "{typed}");
        }
    }

    #[test]
    fn parsing_rejects_wrong_lengths_and_characters() {
        assert_eq!(
            ReceiptCode::parse("").unwrap_err(),
            ReceiptParseError::WrongLength
        );
        assert_eq!(
            ReceiptCode::parse("1234-5678-9ABC").unwrap_err(),
            ReceiptParseError::WrongLength
        );
        assert_eq!(
            ReceiptCode::parse("1234-5678-9ABC-DEF0-1").unwrap_err(),
            ReceiptParseError::WrongLength
        );
        assert_eq!(
            ReceiptCode::parse("1234-5678-9ABC-DEFU").unwrap_err(),
            ReceiptParseError::InvalidCharacter
        );
        assert_eq!(
            ReceiptCode::parse("1234-5678-9ABC-DEF٣").unwrap_err(),
            ReceiptParseError::InvalidCharacter
        );
    }

    #[test]
    fn pepper_keys_the_lookup_and_the_wrap() {
        init().unwrap();
        let code = ReceiptCode::generate();
        let pepper = ReceiptPepper([1; 32]);
        let other = ReceiptPepper([2; 32]);
        assert_ne!(pepper.lookup_hash(&code), other.lookup_hash(&code));
        assert_ne!(
            pepper.lookup_hash(&code),
            pepper.lookup_hash(&ReceiptCode::generate())
        );
        let dk = DataKey::generate();
        let wrapped = pepper.wrap_data_key(&code, &dk);
        let ciphertext = dk.encrypt(b"story");
        let opened = pepper.unwrap_data_key(&code, &wrapped).unwrap();
        assert_eq!(opened.decrypt(&ciphertext).unwrap(), b"story");
        assert!(pepper
            .unwrap_data_key(&ReceiptCode::generate(), &wrapped)
            .is_err());
        assert!(other.unwrap_data_key(&code, &wrapped).is_err());
        assert_eq!(format!("{code:?}"), "ReceiptCode(<secret>)");
    }

    #[test]
    fn a_shown_edit_tag_depends_on_the_words_the_code_and_the_pepper() {
        init().unwrap();
        let code = ReceiptCode::generate();
        let pepper = ReceiptPepper([1; 32]);
        let tag = pepper.shown_edit_tag(&code, "I was moved to [place].");
        assert_eq!(tag.len(), 32);
        assert!(tag.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(tag, pepper.shown_edit_tag(&code, "I was moved to [place]."));
        for other in [
            pepper.shown_edit_tag(&code, "I was moved to [place]"),
            pepper.shown_edit_tag(&ReceiptCode::generate(), "I was moved to [place]."),
            ReceiptPepper([2; 32]).shown_edit_tag(&code, "I was moved to [place]."),
        ] {
            assert_ne!(tag, other);
        }
        // Not the lookup hash, nor any part of it.
        assert!(!hex(&pepper.lookup_hash(&code)).contains(&tag[..8]));
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }
}
