//! Property-based tests: for arbitrary input, Voices' parsers and crypto never
//! panic, and everything that is meant to round-trip does so exactly.
//!
//! * Receipt codes: any 80 bits survive `grouped` -> `parse`; every case,
//!   separator and look-alike spelling of a code reads as the same code; any
//!   other string (arbitrary Unicode, very long) is refused unless it holds
//!   exactly 16 Crockford symbols once separators are removed.
//! * Padding: `unpad(pad(x)) == x`, the padded length is the smallest bucket
//!   that fits, and `unpad` on arbitrary bytes only accepts well-formed padding.
//! * Envelope and sessions: data-key encryption round-trips, any flipped bit or
//!   wrong key is refused with an error (never a panic), a receipt-wrapped key
//!   opens only with the same code and pepper, and a session cookie restores the
//!   same secret.
//! * Forms: `parse_story`, `parse_feedback` and `Consent::from_fields` accept a
//!   form exactly when the documented rules say so, keep the text byte for byte
//!   (NUL, RTL overrides, emoji, CR LF), report each problem on its field, and
//!   the resulting `Payload` survives serde_json and the envelope unchanged.
//! * Policy files: arbitrary text and mutations of valid theme and resource
//!   files never panic, and whatever is accepted satisfies every policy rule.
//! * Small parsers: `Language::from_code`, `StaffName::parse`,
//!   `PassphraseStrength::of` and `Day` follow their documented rules.
//!
//! Failing cases are not persisted to a regressions file (this suite must not
//! write into `tests/`); proptest prints the minimal failing input instead.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::str::FromStr;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::collection::{btree_set, vec};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::TestCaseError;

use voices::crypto::{
    generate_org_keypair, init, pad, unpad, CryptoError, DataKey, OrgPublicKey, ReceiptCode,
    ReceiptParseError, ReceiptPepper, SealedDataKey, SessionSecret, PADDING_BUCKETS,
};
use voices::domain::share::{
    parse_feedback, parse_story, visible_length, HONEYPOT_FIELD, MAX_TEXT_CHARS,
};
use voices::domain::{
    Consent, ConsentUse, Day, FormFields, Language, PassphraseStrength, Payload, Shared, StaffName,
    StaffNameError,
};
use voices::policy::Policy;

// ---------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------

/// A proptest configuration with `cases` cases that never writes a
/// `*.proptest-regressions` file.
fn cfg(cases: u32) -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(cases)
    }
}

fn crypto() {
    init().expect("libsodium initialises");
}

/// Deterministic pseudo-random bytes (SplitMix64), so large inputs cost one
/// generated number instead of one strategy call per byte.
fn fill(len: usize, seed: u64) -> Vec<u8> {
    let mut state = seed;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        out.extend_from_slice(&z.to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Byte vectors, mostly small, sometimes up to `max_large` bytes.
fn bytes_up_to(max_small: usize, max_large: usize) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        6 => vec(any::<u8>(), 0..max_small),
        1 => (0..max_large, any::<u64>()).prop_map(|(len, seed)| fill(len, seed)),
    ]
}

/// Characters that break naive text handling, on top of proptest's own
/// specials (which already include NUL, CR, LF, ESC, DEL, BOM and U+202E).
const NASTY_CHARS: &[char] = &[
    '\0',
    '\u{202E}',
    '\u{202D}',
    '\u{202C}',
    '\u{2066}',
    '\u{2069}',
    '\u{200F}',
    '\u{061C}',
    '\u{200B}',
    '\u{200D}',
    '\u{FEFF}',
    '\u{00A0}',
    '\u{3000}',
    '\u{2028}',
    '\u{2029}',
    '\u{85}',
    '😊',
    '👩',
    '\u{1F3FD}',
    '\u{FE0F}',
    'ب',
    'ት',
    'ẞ',
    'ı',
    'ſ',
    '\u{212A}',
    'Ａ',
    '٣',
    '\r',
    '\n',
    '\t',
    '"',
    '\\',
    '\'',
    '<',
    '&',
    '#',
    '=',
    '[',
    ']',
];

fn wild_char() -> impl Strategy<Value = char> {
    prop_oneof![3 => any::<char>(), 1 => select(NASTY_CHARS)]
}

/// Arbitrary Unicode text, including control, format and non-BMP characters.
fn wild_string(max: usize) -> impl Strategy<Value = String> {
    vec(wild_char(), 0..max).prop_map(|chars| chars.into_iter().collect())
}

fn is_blank(s: &str) -> bool {
    s.trim().is_empty()
}

// ---------------------------------------------------------------------------
// 1. Receipt codes
// ---------------------------------------------------------------------------

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Everything the parser promises to skip: any whitespace and the usual
/// hyphens, dashes, underscore, dot and slash.
const SEPARATORS: &[char] = &[
    ' ', '\t', '\n', '\r', '\u{00A0}', '\u{2003}', '\u{3000}', '-', '_', '.', '/', '\u{2010}',
    '\u{2011}', '\u{2013}', '\u{2014}',
];

fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '_' | '.' | '/' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}'
        )
}

/// The value of one typed symbol under Crockford's rules (ASCII only, any case,
/// O reads as 0, I and L as 1, U is not a symbol).
fn symbol_value(c: char) -> Option<u8> {
    if !c.is_ascii() {
        return None;
    }
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    CROCKFORD
        .iter()
        .position(|&a| a == c as u8)
        .map(|p| p as u8)
}

/// A reference base32 encoder: 80 bits, most significant first, 5 bits per symbol.
fn reference_symbols(bytes: &[u8; 10]) -> String {
    let n = bytes.iter().fold(0u128, |n, &b| (n << 8) | u128::from(b));
    (0..16)
        .map(|i| CROCKFORD[((n >> (75 - 5 * i)) & 31) as usize] as char)
        .collect()
}

fn reference_grouped(bytes: &[u8; 10]) -> String {
    let symbols = reference_symbols(bytes);
    [
        &symbols[0..4],
        &symbols[4..8],
        &symbols[8..12],
        &symbols[12..16],
    ]
    .join("-")
}

/// What a typed string should decode to: the 10 bytes, if it holds exactly 16
/// valid symbols once separators are removed.
fn reference_decode(input: &str) -> Option<[u8; 10]> {
    let mut n = 0u128;
    let mut count = 0;
    for c in input.chars().filter(|&c| !is_separator(c)) {
        n = (n << 5) | u128::from(symbol_value(c)?);
        count += 1;
        if count > 16 {
            return None;
        }
    }
    if count != 16 {
        return None;
    }
    let mut bytes = [0u8; 10];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = (n >> (72 - 8 * i)) as u8;
    }
    Some(bytes)
}

/// A run of zero to two separators.
fn separator_run() -> impl Strategy<Value = String> {
    vec(select(SEPARATORS), 0..3).prop_map(|cs| cs.into_iter().collect())
}

/// A valid code's 10 bytes together with one way a person might type it:
/// each symbol in either case or as a look-alike, separators anywhere.
fn typed_variant() -> impl Strategy<Value = ([u8; 10], String)> {
    (
        any::<[u8; 10]>(),
        vec((any::<u8>(), separator_run()), 16),
        separator_run(),
    )
        .prop_map(|(bytes, choices, tail)| {
            let mut typed = String::new();
            for (c, (choice, seps)) in reference_symbols(&bytes).chars().zip(choices) {
                typed.push_str(&seps);
                let spellings: Vec<char> = match c {
                    '0' => vec!['0', 'O', 'o'],
                    '1' => vec!['1', 'I', 'i', 'L', 'l'],
                    c if c.is_ascii_digit() => vec![c],
                    c => vec![c, c.to_ascii_lowercase()],
                };
                typed.push(spellings[usize::from(choice) % spellings.len()]);
            }
            typed.push_str(&tail);
            (bytes, typed)
        })
}

/// Characters near the receipt alphabet: valid symbols (both cases and
/// look-alikes), separators, and characters that must be refused.
fn receipt_ish_char() -> impl Strategy<Value = char> {
    prop_oneof![
        6 => select(b"0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyzOoIiLl".to_vec())
            .prop_map(char::from),
        2 => select(SEPARATORS),
        1 => select(vec![
            'U', 'u', '٣', 'ı', '\u{212A}', 'Ａ', '\0', '\u{202E}', '😊', 'é', '+', '*', '\u{2012}',
            '\u{2212}', '\u{FE63}',
        ]),
    ]
}

fn receipt_candidate() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => wild_string(40),
        4 => vec(receipt_ish_char(), 0..40).prop_map(|cs| cs.into_iter().collect()),
        1 => (vec(receipt_ish_char(), 1..8), 0..20_000usize).prop_map(|(chunk, times)| {
            chunk.into_iter().collect::<String>().repeat(times)
        }),
        1 => (wild_string(8), 0..50_000usize).prop_map(|(chunk, times)| chunk.repeat(times)),
        // Valid codes with up to two characters replaced or inserted, so both
        // acceptance and each kind of refusal are common.
        4 => (typed_variant(), vec((any::<Index>(), receipt_ish_char(), any::<bool>()), 0..3))
            .prop_map(|((_, typed), edits)| {
                let mut chars: Vec<char> = typed.chars().collect();
                for (at, c, insert) in edits {
                    if insert || chars.is_empty() {
                        chars.insert(at.index(chars.len() + 1), c);
                    } else {
                        let i = at.index(chars.len());
                        chars[i] = c;
                    }
                }
                chars.into_iter().collect()
            }),
    ]
}

#[test]
fn generated_codes_are_grouped_crockford_and_parse_back() {
    crypto();
    let shape = regex::Regex::new(
        "^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$",
    )
    .unwrap();
    let mut seen = BTreeSet::new();
    for _ in 0..1000 {
        let code = ReceiptCode::generate();
        let shown = code.grouped();
        assert!(shape.is_match(&shown), "{shown}");
        assert_eq!(ReceiptCode::parse(&shown), Ok(code));
        seen.insert(shown);
    }
    // 80 random bits: a repeat in 1000 codes would mean the generator is broken.
    assert_eq!(seen.len(), 1000);
}

proptest! {
    #![proptest_config(cfg(1000))]

    /// Any 80 bits, encoded by an independent reference encoder, parse to a
    /// code whose `grouped()` form is exactly that encoding; grouped and
    /// ungrouped spellings give the same code, and distinct bits give distinct
    /// codes.
    #[test]
    fn any_80_bits_round_trip_through_grouped(bytes in any::<[u8; 10]>(), other in any::<[u8; 10]>()) {
        let grouped = reference_grouped(&bytes);
        let code = ReceiptCode::parse(&grouped).unwrap();
        prop_assert_eq!(code.grouped(), grouped.clone());
        prop_assert_eq!(ReceiptCode::parse(&code.grouped()), Ok(code.clone()));
        prop_assert_eq!(ReceiptCode::parse(&reference_symbols(&bytes)), Ok(code.clone()));
        let other_code = ReceiptCode::parse(&reference_grouped(&other)).unwrap();
        prop_assert_eq!(other_code == code, other == bytes);
    }

    /// Any case, any separators and any look-alike spelling read as the same code.
    #[test]
    fn typed_variations_read_as_the_same_code((bytes, typed) in typed_variant()) {
        let canonical = ReceiptCode::parse(&reference_grouped(&bytes)).unwrap();
        let parsed = ReceiptCode::parse(&typed);
        prop_assert_eq!(parsed.as_ref().map(ReceiptCode::grouped), Ok(reference_grouped(&bytes)));
        prop_assert_eq!(parsed, Ok(canonical));
    }

    /// A `U` anywhere in an otherwise valid code is an invalid character.
    #[test]
    fn a_u_anywhere_is_refused(
        (_, typed) in typed_variant(),
        at in any::<Index>(),
        u in select(vec!['U', 'u']),
    ) {
        let mut chars: Vec<char> = typed.chars().collect();
        chars.insert(at.index(chars.len() + 1), u);
        let typed: String = chars.into_iter().collect();
        prop_assert_eq!(ReceiptCode::parse(&typed), Err(ReceiptParseError::InvalidCharacter));
    }

    /// One symbol fewer, or one more, is the wrong length.
    #[test]
    fn one_symbol_too_few_or_too_many_is_the_wrong_length(
        (_, typed) in typed_variant(),
        at in any::<Index>(),
        extra in select(b"0123456789abcdefghjkmnpqrstvwxyzOIL".to_vec()).prop_map(char::from),
    ) {
        let chars: Vec<char> = typed.chars().collect();
        let symbols: Vec<usize> = (0..chars.len()).filter(|&i| !is_separator(chars[i])).collect();
        let mut fewer = chars.clone();
        fewer.remove(symbols[at.index(symbols.len())]);
        let fewer: String = fewer.into_iter().collect();
        prop_assert_eq!(ReceiptCode::parse(&fewer), Err(ReceiptParseError::WrongLength));
        let mut more = chars;
        more.insert(at.index(more.len() + 1), extra);
        let more: String = more.into_iter().collect();
        prop_assert_eq!(ReceiptCode::parse(&more), Err(ReceiptParseError::WrongLength));
    }

    /// `parse` never panics on any string, succeeds exactly when the string
    /// holds 16 valid symbols once separators are removed (and then decodes
    /// them correctly), and otherwise names the right problem.
    #[test]
    fn parse_accepts_exactly_sixteen_valid_symbols(input in receipt_candidate()) {
        let parsed = ReceiptCode::parse(&input);
        match reference_decode(&input) {
            Some(bytes) => {
                prop_assert_eq!(parsed.map(|c| c.grouped()), Ok(reference_grouped(&bytes)));
            }
            None => {
                let err = parsed.unwrap_err();
                let symbols: Vec<char> = input.chars().filter(|&c| !is_separator(c)).collect();
                if symbols.iter().all(|&c| symbol_value(c).is_some()) {
                    prop_assert_eq!(err, ReceiptParseError::WrongLength);
                } else if symbols.len() <= 16 {
                    prop_assert_eq!(err, ReceiptParseError::InvalidCharacter);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 2. Padding
// ---------------------------------------------------------------------------

/// The smallest bucket that holds `len` bytes plus the 4-byte header; past the
/// last bucket, the next multiple of it.
fn expected_bucket(len: usize) -> usize {
    let needed = len + 4;
    let last = *PADDING_BUCKETS.last().unwrap();
    PADDING_BUCKETS
        .iter()
        .copied()
        .find(|&b| b >= needed)
        .unwrap_or_else(|| needed.div_ceil(last) * last)
}

/// Strings of bytes that look a little like padding: a header with a small
/// length, then data and mostly zeros.
fn padding_like() -> impl Strategy<Value = Vec<u8>> {
    (
        prop_oneof![0..64u32, any::<u32>(), (u32::MAX - 8)..=u32::MAX],
        vec(any::<u8>(), 0..64),
        0..2048usize,
        vec((any::<Index>(), any::<u8>()), 0..2),
    )
        .prop_map(|(len, data, zeros, pokes)| {
            let mut out = len.to_be_bytes().to_vec();
            out.extend_from_slice(&data);
            out.resize(out.len() + zeros, 0);
            for (at, byte) in pokes {
                let i = at.index(out.len());
                out[i] = byte;
            }
            out
        })
}

proptest! {
    #![proptest_config(cfg(512))]

    /// `unpad(pad(x)) == x`; the padded form is header, data, zeros; and its
    /// length is the smallest bucket with room for the data and the header.
    #[test]
    fn pad_round_trips_into_the_smallest_fitting_bucket(data in bytes_up_to(3000, 300 * 1024)) {
        let padded = pad(&data);
        prop_assert_eq!(unpad(&padded), Ok(data.clone()));
        prop_assert_eq!(padded.len(), expected_bucket(data.len()));
        prop_assert!(padded.len() >= data.len() + 4);
        let last = *PADDING_BUCKETS.last().unwrap();
        prop_assert!(PADDING_BUCKETS.contains(&padded.len()) || padded.len() % last == 0);
        prop_assert_eq!(&padded[..4], &(data.len() as u32).to_be_bytes()[..]);
        prop_assert_eq!(&padded[4..4 + data.len()], &data[..]);
        prop_assert!(padded[4 + data.len()..].iter().all(|&b| b == 0));
    }

    /// Every length that fits one bucket pads to the same size: the largest
    /// payload that fits gives the same length, one byte more needs a larger one.
    #[test]
    fn all_lengths_in_a_bucket_pad_alike(len in prop_oneof![0..4096usize, 0..300 * 1024usize]) {
        let size = pad(&vec![7u8; len]).len();
        let largest = size - 4;
        prop_assert_eq!(pad(&vec![0u8; largest]).len(), size);
        prop_assert!(pad(&vec![0u8; largest + 1]).len() > size);
        // ... and a shorter payload never needs a larger bucket.
        prop_assert!(pad(&vec![1u8; len / 2]).len() <= size);
    }

    /// A non-zero byte anywhere in the padding region is refused.
    #[test]
    fn dirty_padding_is_refused(data in bytes_up_to(2000, 4000), at in any::<Index>(), byte in 1..=255u8) {
        let mut padded = pad(&data);
        let start = 4 + data.len();
        // A payload that fills its bucket exactly has no padding to dirty.
        prop_assume!(padded.len() > start);
        let i = start + at.index(padded.len() - start);
        padded[i] = byte;
        prop_assert_eq!(unpad(&padded), Err(CryptoError::Malformed));
    }

    /// `unpad` never panics on arbitrary bytes, and accepts only well-formed
    /// padding: a big-endian length it can satisfy and nothing but zeros after.
    #[test]
    fn unpad_accepts_only_well_formed_padding(
        input in prop_oneof![vec(any::<u8>(), 0..2048), padding_like()]
    ) {
        match unpad(&input) {
            Ok(data) => {
                prop_assert!(input.len() >= 4);
                let len = u32::from_be_bytes(input[..4].try_into().unwrap()) as usize;
                prop_assert_eq!(len, data.len());
                prop_assert_eq!(&input[4..4 + len], &data[..]);
                prop_assert!(input[4 + len..].iter().all(|&b| b == 0));
            }
            Err(e) => {
                prop_assert_eq!(e, CryptoError::Malformed);
                let well_formed = input.len() >= 4 && {
                    let len = u32::from_be_bytes(input[..4].try_into().unwrap()) as usize;
                    len <= input.len() - 4 && input[4 + len..].iter().all(|&b| b == 0)
                };
                prop_assert!(!well_formed);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// 3. Envelope, receipt wrap and sessions
// ---------------------------------------------------------------------------

const NONCE_AND_MAC: usize = 24 + 16;

fn code_from(bytes: &[u8; 10]) -> ReceiptCode {
    ReceiptCode::parse(&reference_grouped(bytes)).unwrap()
}

proptest! {
    #![proptest_config(cfg(64))]

    /// Encryption round-trips exactly; the ciphertext length reveals only the
    /// bucket; two encryptions of the same text differ (fresh nonce); another
    /// data key cannot open it.
    #[test]
    fn data_key_round_trips(data in bytes_up_to(1024, 20 * 1024)) {
        crypto();
        let dk = DataKey::generate();
        let ciphertext = dk.encrypt(&data);
        prop_assert_eq!(dk.decrypt(&ciphertext), Ok(data.clone()));
        prop_assert_eq!(ciphertext.len(), NONCE_AND_MAC + expected_bucket(data.len()));
        prop_assert_ne!(&dk.encrypt(&data), &ciphertext);
        prop_assert_eq!(DataKey::generate().decrypt(&ciphertext), Err(CryptoError::Open));
    }

    /// Flipping any single bit of a ciphertext (nonce, MAC or body) makes
    /// decryption fail with an error, never a panic.
    #[test]
    fn any_flipped_bit_is_refused(data in bytes_up_to(1024, 20 * 1024), at in any::<Index>(), bit in 0..8u8) {
        crypto();
        let dk = DataKey::generate();
        let mut ciphertext = dk.encrypt(&data);
        let i = at.index(ciphertext.len());
        ciphertext[i] ^= 1 << bit;
        prop_assert_eq!(dk.decrypt(&ciphertext), Err(CryptoError::Open));
    }

    /// Truncated, extended or arbitrary ciphertexts are refused without panicking.
    #[test]
    fn damaged_or_arbitrary_ciphertexts_are_refused(
        data in vec(any::<u8>(), 0..256),
        cut in any::<Index>(),
        extra in vec(any::<u8>(), 1..16),
        junk in vec(any::<u8>(), 0..2048),
    ) {
        crypto();
        let dk = DataKey::generate();
        let ciphertext = dk.encrypt(&data);
        let short = &ciphertext[..cut.index(ciphertext.len())];
        let expected = if short.len() < NONCE_AND_MAC { CryptoError::Malformed } else { CryptoError::Open };
        prop_assert_eq!(dk.decrypt(short), Err(expected));
        let mut long = ciphertext.clone();
        long.extend_from_slice(&extra);
        prop_assert_eq!(dk.decrypt(&long), Err(CryptoError::Open));
        prop_assert!(dk.decrypt(&junk).is_err());
    }

    /// A data key sealed to the organisation opens with its key pair only;
    /// arbitrary or damaged sealed bytes are refused without panicking.
    #[test]
    fn sealed_data_keys_open_only_when_intact(
        data in vec(any::<u8>(), 0..512),
        junk in vec(any::<u8>(), 0..256),
        at in any::<Index>(),
        bit in 0..8u8,
    ) {
        crypto();
        let (public, secret) = generate_org_keypair();
        let (other_public, other_secret) = generate_org_keypair();
        let dk = DataKey::generate();
        let ciphertext = dk.encrypt(&data);
        let sealed = dk.seal_to(&public);
        let opened = DataKey::open_sealed(&sealed, &public, &secret).unwrap();
        prop_assert_eq!(opened.decrypt(&ciphertext), Ok(data));
        prop_assert!(matches!(
            DataKey::open_sealed(&sealed, &other_public, &other_secret),
            Err(CryptoError::Open)
        ));
        let mut flipped = sealed.0.clone();
        let i = at.index(flipped.len());
        flipped[i] ^= 1 << bit;
        prop_assert!(matches!(
            DataKey::open_sealed(&SealedDataKey(flipped), &public, &secret),
            Err(CryptoError::Open)
        ));
        prop_assert!(DataKey::open_sealed(&SealedDataKey(junk), &public, &secret).is_err());
    }

    /// Public keys round-trip through bytes, and only 32 bytes make one.
    #[test]
    fn org_public_key_bytes_round_trip(bytes in vec(any::<u8>(), 0..64), exact in any::<[u8; 32]>()) {
        crypto();
        prop_assert_eq!(OrgPublicKey::from_bytes(&bytes).is_ok(), bytes.len() == 32);
        let key = OrgPublicKey::from_bytes(&exact).unwrap();
        prop_assert_eq!(key.to_bytes(), exact.to_vec());
        let (public, _) = generate_org_keypair();
        prop_assert_eq!(OrgPublicKey::from_bytes(&public.to_bytes()), Ok(public));
    }

    /// A receipt-wrapped data key opens with the same code and pepper (also
    /// when the code is typed differently) and with nothing else; lookup
    /// hashes depend on both; arbitrary wraps are refused.
    #[test]
    fn receipt_wrap_opens_only_with_the_same_code_and_pepper(
        (code_bytes, typed) in typed_variant(),
        other_code in any::<[u8; 10]>(),
        pepper_bytes in any::<[u8; 32]>(),
        other_pepper in any::<[u8; 32]>(),
        data in vec(any::<u8>(), 0..512),
        junk in vec(any::<u8>(), 0..128),
    ) {
        prop_assume!(other_code != code_bytes && other_pepper != pepper_bytes);
        crypto();
        let code = code_from(&code_bytes);
        let pepper = ReceiptPepper::from_bytes(&pepper_bytes).unwrap();
        let other_pepper = ReceiptPepper::from_bytes(&other_pepper).unwrap();
        let other_code = code_from(&other_code);
        let dk = DataKey::generate();
        let ciphertext = dk.encrypt(&data);
        let wrapped = pepper.wrap_data_key(&code, &dk);

        let retyped = ReceiptCode::parse(&typed).unwrap();
        let opened = pepper.unwrap_data_key(&retyped, &wrapped).unwrap();
        prop_assert_eq!(opened.decrypt(&ciphertext), Ok(data));
        prop_assert!(matches!(pepper.unwrap_data_key(&other_code, &wrapped), Err(CryptoError::Open)));
        prop_assert!(matches!(other_pepper.unwrap_data_key(&code, &wrapped), Err(CryptoError::Open)));
        prop_assert!(pepper.unwrap_data_key(&code, &junk).is_err());

        let hash = pepper.lookup_hash(&code);
        prop_assert_eq!(hash.len(), 32);
        prop_assert_eq!(&hash, &pepper.lookup_hash(&retyped));
        prop_assert_ne!(&hash, &pepper.lookup_hash(&other_code));
        prop_assert_ne!(&hash, &other_pepper.lookup_hash(&code));
        // The stored wrap never contains the code's bytes in clear.
        prop_assert!(!wrapped.windows(10).any(|w| w == code_bytes));
    }

    /// A session secret survives its cookie exactly, and the restored secret
    /// opens what the original wrapped; another session cannot.
    #[test]
    fn session_cookie_round_trips(secret_bytes in any::<[u8; 32]>()) {
        crypto();
        let cookie = URL_SAFE_NO_PAD.encode(secret_bytes);
        let session = SessionSecret::from_cookie_value(&cookie).unwrap();
        prop_assert_eq!(session.to_cookie_value(), cookie.clone());
        let restored = SessionSecret::from_cookie_value(&session.to_cookie_value()).unwrap();
        prop_assert_eq!(restored.csrf_token(), session.csrf_token());
        prop_assert_eq!(restored.lookup_id(), session.lookup_id());

        let (public, org_secret) = generate_org_keypair();
        let wrapped = session.wrap_org_secret(&org_secret);
        prop_assert_eq!(restored.unwrap_org_secret(&wrapped).unwrap().public_key(), public);
        prop_assert!(matches!(
            SessionSecret::generate().unwrap_org_secret(&wrapped),
            Err(CryptoError::Open)
        ));
    }
}

proptest! {
    #![proptest_config(cfg(512))]

    /// Arbitrary cookie values never panic; whatever is accepted is the
    /// canonical encoding of a 32-byte secret (it re-encodes to itself).
    #[test]
    fn arbitrary_cookie_values_are_refused_or_canonical(
        value in prop_oneof![
            wild_string(64),
            "[A-Za-z0-9_=+/-]{40,46}",
            any::<[u8; 32]>().prop_map(|b| URL_SAFE_NO_PAD.encode(b)),
        ]
    ) {
        crypto();
        if let Some(session) = SessionSecret::from_cookie_value(&value) {
            prop_assert_eq!(session.to_cookie_value(), value);
        }
    }

    /// Only exactly 32 bytes make a receipt pepper.
    #[test]
    fn pepper_needs_exactly_32_bytes(bytes in vec(any::<u8>(), 0..80)) {
        prop_assert_eq!(ReceiptPepper::from_bytes(&bytes).is_ok(), bytes.len() == 32);
    }
}

// ---------------------------------------------------------------------------
// 4. Forms
// ---------------------------------------------------------------------------

const THEMES: [&str; 3] = ["not_believed", "education", "kept_waiting"];

const FIELD_NAMES: &[&str] = &[
    "text",
    "theme",
    "consent_use",
    "quotes",
    "service",
    "region",
    "answer_overall",
    "answer_listened",
    "answer_believed",
    "answer_kept_informed",
    "answer_had_a_say",
    "answer_felt_safe",
    "answer_protected",
    "answer_own_language",
    "answer_when",
    "age_band",
    "helped",
    "contact_extra",
];

/// The offered kinds of service in `moderation/feedback.toml`, and one that is
/// retired (refused on the form).
const SERVICE_KEYS: &[&str] = &[
    "guardian",
    "referral",
    "age_assessment",
    "immigration",
    "police",
    "court",
    "youth_justice",
    "social_care",
    "foster_care",
    "childrens_home",
    "supported_accommodation",
    "leaving_care",
    "health",
    "school",
    "legal_advice",
    "interpreter",
    "helpline",
    "charity",
    "other",
    "placement",
];
const REGION_KEYS: &[&str] = &[
    "north_east",
    "north_west",
    "yorkshire",
    "east_midlands",
    "west_midlands",
    "east_of_england",
    "london",
    "south_east",
    "south_west",
    "scotland",
    "wales",
    "northern_ireland",
    "prefer_not_to_say",
];
const QUESTIONS: &[(&str, &str)] = &[
    ("answer_overall", "overall"),
    ("answer_listened", "listened"),
    ("answer_believed", "believed"),
    ("answer_kept_informed", "kept_informed"),
    ("answer_had_a_say", "had_a_say"),
    ("answer_felt_safe", "felt_safe"),
    ("answer_protected", "protected"),
    ("answer_own_language", "own_language"),
    ("answer_when", "when"),
];
/// Answers of every scale: each valid for some questions and not others.
const ANSWER_KEYS: &[&str] = &[
    "not_at_all",
    "a_little",
    "partly",
    "mostly",
    "completely",
    "very_good",
    "dont_know",
    "last_year",
    "longer_ago",
    "not_needed",
    "prefer_not_to_say",
    "1",
];
const AGE_BANDS: &[&str] = &[
    "under_16",
    "16_17",
    "18_21",
    "22_25",
    "26_plus",
    "prefer_not_to_say",
];
const HELPED: &[&str] = &["no", "worker", "someone_close", "prefer_not_to_say"];

/// What the shipped feedback form accepts.
fn feedback_spec() -> &'static voices::domain::share::FeedbackSpec {
    static SPEC: std::sync::OnceLock<voices::domain::share::FeedbackSpec> =
        std::sync::OnceLock::new();
    SPEC.get_or_init(|| Policy::built_in().unwrap().feedback.spec())
}

/// Values a form field may plausibly hold: every valid choice, and near misses.
const CHOICE_VALUES: &[&str] = &[
    "",
    " ",
    "publish",
    "themes_only",
    "team_only",
    "Publish",
    "sell",
    "yes",
    "no",
    "YES",
    "maybe",
    "police",
    "social_care",
    "interpreter",
    "other",
    "bank",
    "wales",
    "london",
    "prefer_not_to_say",
    "Leeds",
    "1",
    "3",
    "5",
    "7",
    " 1",
    "16_17",
    "under_16",
    "2001-01-01",
    "education",
    "not_believed",
    "kept_waiting",
    "made_up",
    "x",
];

const NASTY_VALUES: &[&str] = &[
    "\0",
    "a\0b",
    "\u{202E}abc\u{202C}",
    "\u{200F}\u{061C}",
    "😊",
    "👩🏽‍🦱",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "<script>alert(1)</script>",
    "\u{FEFF}",
    "\u{200B}",
    "ب",
    "\u{1F600}\0\u{202E}",
    "\t",
    "\u{3000}",
    "http://spam",
    "%00",
    "&amp;",
];

/// Text of a known visible length around the limit: `(text, visible length)`.
fn text_near_limit() -> impl Strategy<Value = (String, usize)> {
    (
        select(vec!["a", "é", "😊", "\u{202E}", "\0", " ", "ب\u{200F}"]),
        (MAX_TEXT_CHARS - 3)..=(MAX_TEXT_CHARS + 3),
        0..4usize,
        any::<bool>(),
    )
        .prop_map(|(unit, target, breaks, breaks_first)| {
            let units = unit.chars().count();
            // Whole units only; the rest is made up with CR LF pairs and ASCII.
            let body = unit.repeat((target - breaks) / units);
            let pad = "z".repeat((target - breaks) % units);
            let crlf = "\r\n".repeat(breaks);
            let text = if breaks_first {
                format!("{crlf}{body}{pad}")
            } else {
                format!("{body}{crlf}{pad}")
            };
            (text, target)
        })
}

fn field_value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(CHOICE_VALUES).prop_map(String::from),
        3 => wild_string(40),
        2 => select(NASTY_VALUES).prop_map(String::from),
        1 => text_near_limit().prop_map(|(text, _)| text),
    ]
}

fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => select(FIELD_NAMES).prop_map(String::from),
        1 => wild_string(12),
    ]
}

/// Entirely arbitrary forms: known and unknown names, any values, duplicates.
fn arbitrary_form() -> impl Strategy<Value = FormFields> {
    vec((field_name(), field_value()), 0..16).prop_map(FormFields::new)
}

fn one_of(valid: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        12 => select(valid).prop_map(|v| Some(v.to_owned())),
        2 => Just(None),
        1 => select(CHOICE_VALUES).prop_map(|v| Some(v.to_owned())),
        1 => wild_string(8).prop_map(Some),
    ]
}

fn consent_fields() -> impl Strategy<Value = Vec<(String, String)>> {
    (
        one_of(&["publish", "themes_only", "team_only"]),
        one_of(&["yes", "no"]),
    )
        .prop_map(|(usage, quotes)| {
            let mut pairs = Vec::new();
            if let Some(usage) = usage {
                pairs.push(("consent_use".to_owned(), usage));
            }
            if let Some(quotes) = quotes {
                pairs.push(("quotes".to_owned(), quotes));
            }
            pairs
        })
}

fn story_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => wild_string(200),
        2 => select(NASTY_VALUES).prop_map(String::from),
        1 => text_near_limit().prop_map(|(text, _)| text),
    ]
}

fn honeypot() -> impl Strategy<Value = Vec<(String, String)>> {
    prop_oneof![
        6 => Just(vec![]),
        1 => Just(vec![(HONEYPOT_FIELD.to_owned(), String::new())]),
        1 => field_value().prop_map(|v| vec![(HONEYPOT_FIELD.to_owned(), v)]),
    ]
}

/// Story forms shaped like the real one (so acceptance is common), followed by
/// arbitrary extra fields that may forge duplicates.
fn story_form() -> impl Strategy<Value = FormFields> {
    (
        story_text(),
        vec(
            prop_oneof![4 => select(THEMES.to_vec()), 1 => select(vec!["made_up", "", "Education"])],
            0..5,
        ),
        (one_of(AGE_BANDS), one_of(HELPED)),
        consent_fields(),
        honeypot(),
        vec((field_name(), field_value()), 0..4),
    )
        .prop_map(|(text, themes, (age_band, helped), consent, honeypot, extra)| {
            let mut pairs = vec![("text".to_owned(), text)];
            pairs.extend(themes.into_iter().map(|t| ("theme".to_owned(), t.to_owned())));
            pairs.extend(age_band.map(|a| ("age_band".to_owned(), a)));
            pairs.extend(helped.map(|h| ("helped".to_owned(), h)));
            pairs.extend(consent);
            pairs.extend(honeypot);
            pairs.extend(extra);
            FormFields::new(pairs)
        })
}

/// Feedback forms shaped like the real one, then arbitrary extra fields.
fn feedback_form() -> impl Strategy<Value = FormFields> {
    (
        one_of(SERVICE_KEYS),
        one_of(REGION_KEYS),
        vec(one_of(ANSWER_KEYS), QUESTIONS.len()),
        prop_oneof![3 => Just(None), 3 => story_text().prop_map(Some)],
        (one_of(AGE_BANDS), one_of(HELPED)),
        consent_fields(),
        honeypot(),
        vec((field_name(), field_value()), 0..4),
    )
        .prop_map(
            |(service, region, answers, text, (age_band, helped), consent, honeypot, extra)| {
                let mut pairs = Vec::new();
                let mut push = |name: &str, value: Option<String>| {
                    if let Some(value) = value {
                        pairs.push((name.to_owned(), value));
                    }
                };
                push("service", service);
                push("region", region);
                for ((field, _), answer) in QUESTIONS.iter().zip(answers) {
                    push(field, answer);
                }
                push("text", text);
                push("age_band", age_band);
                push("helped", helped);
                pairs.extend(consent);
                pairs.extend(honeypot);
                pairs.extend(extra);
                FormFields::new(pairs)
            },
        )
}

/// The consent the documented rules give for these fields, if any: both
/// choices made explicitly (quotes may be left out for team-only words), and
/// team-only words never quoted.
fn expected_consent(fields: &FormFields) -> Option<Consent> {
    let usage = match fields.get("consent_use")? {
        "publish" => ConsentUse::Publish,
        "themes_only" => ConsentUse::ThemesOnly,
        "team_only" => ConsentUse::TeamOnly,
        _ => return None,
    };
    let quotes = match fields.get("quotes") {
        Some("yes") => Some(true),
        Some("no") => Some(false),
        None | Some("") => None,
        _ => return None,
    };
    if usage == ConsentUse::Publish && quotes.is_none() {
        return None;
    }
    Some(Consent {
        usage,
        quotes: usage == ConsentUse::Publish && quotes == Some(true),
    })
}

/// `Ok(Some(key))` for a valid choice, `Ok(None)` when absent or empty,
/// `Err(())` for anything else.
fn expected_choice(fields: &FormFields, name: &str, keys: &[&str]) -> Result<Option<String>, ()> {
    match fields.get(name) {
        None | Some("") => Ok(None),
        Some(v) if keys.contains(&v) => Ok(Some(v.to_owned())),
        Some(_) => Err(()),
    }
}

fn honeypot_filled(fields: &FormFields) -> bool {
    fields.get(HONEYPOT_FIELD).is_some_and(|v| !v.is_empty())
}

fn assert_serde_round_trip(payload: &Payload) -> Result<(), TestCaseError> {
    let json = serde_json::to_string(payload).unwrap();
    let back: Payload = serde_json::from_str(&json).unwrap();
    prop_assert_eq!(&back, payload);
    prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
    let bytes = serde_json::to_vec_pretty(payload).unwrap();
    prop_assert_eq!(&serde_json::from_slice::<Payload>(&bytes).unwrap(), payload);
    Ok(())
}

fn error_fields(errors: &[voices::domain::FieldError]) -> Vec<&str> {
    errors.iter().map(|e| e.field.as_ref()).collect()
}

/// Each problem is reported once, on a field the form has.
fn assert_errors_well_formed(errors: &[voices::domain::FieldError]) -> Result<(), TestCaseError> {
    let fields = error_fields(errors);
    prop_assert!(!fields.is_empty());
    let unique: BTreeSet<_> = fields.iter().collect();
    prop_assert_eq!(
        unique.len(),
        fields.len(),
        "a field reported twice: {:?}",
        errors
    );
    for field in fields {
        prop_assert!(FIELD_NAMES.contains(&field), "unknown field {}", field);
    }
    for error in errors {
        prop_assert!(!error.message.is_empty());
    }
    Ok(())
}

fn check_story(fields: &FormFields) -> Result<(), TestCaseError> {
    let result = parse_story(fields, &THEMES);
    let text = fields.get("text").unwrap_or("");
    let text_too_long = visible_length(text) > MAX_TEXT_CHARS;
    let text_ok = !is_blank(text) && !text_too_long;
    let themes_ok = fields.all("theme").iter().all(|t| THEMES.contains(t));
    let consent = expected_consent(fields);
    let age_band = expected_choice(fields, "age_band", AGE_BANDS);
    let helped = expected_choice(fields, "helped", HELPED);
    let expected_ok = text_ok
        && themes_ok
        && age_band.is_ok()
        && helped.is_ok()
        && !honeypot_filled(fields)
        && consent.is_some();
    prop_assert_eq!(result.is_ok(), expected_ok, "{:?} -> {:?}", fields, result);
    match result {
        Ok(payload) => {
            prop_assert_eq!(payload.v, Payload::VERSION);
            prop_assert_eq!(payload.shared.text(), text);
            prop_assert_eq!(Some(payload.consent), consent);
            let Shared::Story {
                themes,
                age_band: got_age_band,
                helped: got_helped,
                ..
            } = &payload.shared
            else {
                return Err(TestCaseError::fail("a story parsed as feedback"));
            };
            prop_assert_eq!(got_age_band.map(|a| a.key().to_owned()), age_band.unwrap());
            prop_assert_eq!(got_helped.map(|h| h.key().to_owned()), helped.unwrap());
            let mut expected_themes: Vec<&str> = Vec::new();
            for t in fields.all("theme") {
                if !expected_themes.contains(&t) {
                    expected_themes.push(t);
                }
            }
            prop_assert_eq!(themes, &expected_themes);
            assert_serde_round_trip(&payload)?;
        }
        Err(errors) => {
            assert_errors_well_formed(&errors)?;
            let named = error_fields(&errors);
            prop_assert_eq!(named.contains(&"text"), !text_ok);
            if is_blank(text) {
                prop_assert!(errors
                    .iter()
                    .any(|e| e.field == "text" && e.message == "share-text-missing"));
            } else if text_too_long {
                prop_assert!(errors
                    .iter()
                    .any(|e| e.field == "text" && e.message == "share-text-too-long"));
            }
            prop_assert_eq!(named.contains(&"theme"), !themes_ok);
            prop_assert_eq!(named.contains(&"age_band"), age_band.is_err());
            prop_assert_eq!(named.contains(&"helped"), helped.is_err());
            prop_assert_eq!(named.contains(&HONEYPOT_FIELD), honeypot_filled(fields));
            prop_assert_eq!(
                named.contains(&"consent_use") || named.contains(&"quotes"),
                consent.is_none()
            );
        }
    }
    Ok(())
}

fn check_feedback(fields: &FormFields) -> Result<(), TestCaseError> {
    let spec = feedback_spec();
    let result = parse_feedback(fields, spec);
    let text = fields.get("text").unwrap_or("");
    let text_ok = visible_length(text) <= MAX_TEXT_CHARS;
    let service = match fields.get("service") {
        Some(v) if SERVICE_KEYS.contains(&v) && v != "placement" => Some(v),
        _ => None,
    };
    let region = expected_choice(fields, "region", REGION_KEYS);
    let answers: Vec<_> = QUESTIONS
        .iter()
        .map(|(field, question)| {
            let accepted: Vec<&str> = spec
                .questions
                .iter()
                .find(|(q, _)| q == question)
                .map(|(_, answers)| answers.iter().map(String::as_str).collect())
                .unwrap_or_default();
            expected_choice(fields, field, &accepted)
        })
        .collect();
    let age_band = expected_choice(fields, "age_band", AGE_BANDS);
    let helped = expected_choice(fields, "helped", HELPED);
    let consent = expected_consent(fields);
    let expected_ok = service.is_some()
        && region.is_ok()
        && answers.iter().all(Result::is_ok)
        && text_ok
        && age_band.is_ok()
        && helped.is_ok()
        && !honeypot_filled(fields)
        && consent.is_some();
    prop_assert_eq!(result.is_ok(), expected_ok, "{:?} -> {:?}", fields, result);
    match result {
        Ok(payload) => {
            prop_assert_eq!(payload.v, Payload::VERSION);
            prop_assert_eq!(payload.shared.text(), text);
            prop_assert_eq!(Some(payload.consent), consent);
            let Shared::Feedback {
                service: got_service,
                region: got_region,
                answers: got_answers,
                age_band: got_age_band,
                helped: got_helped,
                ..
            } = &payload.shared
            else {
                return Err(TestCaseError::fail("feedback parsed as a story"));
            };
            prop_assert_eq!(Some(got_service.as_str()), service);
            prop_assert_eq!(got_helped.map(|h| h.key().to_owned()), helped.unwrap());
            prop_assert_eq!(got_region.map(|r| r.key().to_owned()), region.unwrap());
            prop_assert_eq!(got_age_band.map(|a| a.key().to_owned()), age_band.unwrap());
            let expected_answers: BTreeMap<String, String> = QUESTIONS
                .iter()
                .zip(answers)
                .filter_map(|((_, question), answer)| {
                    answer.unwrap().map(|a| ((*question).to_owned(), a))
                })
                .collect();
            prop_assert_eq!(got_answers, &expected_answers);
            assert_serde_round_trip(&payload)?;
        }
        Err(errors) => {
            assert_errors_well_formed(&errors)?;
            let named = error_fields(&errors);
            prop_assert_eq!(named.contains(&"service"), service.is_none());
            prop_assert_eq!(named.contains(&"region"), region.is_err());
            for ((field, _), answer) in QUESTIONS.iter().zip(&answers) {
                prop_assert_eq!(named.contains(field), answer.is_err(), "{}", field);
            }
            prop_assert_eq!(named.contains(&"text"), !text_ok);
            prop_assert_eq!(named.contains(&"age_band"), age_band.is_err());
            prop_assert_eq!(named.contains(&"helped"), helped.is_err());
            prop_assert_eq!(named.contains(&HONEYPOT_FIELD), honeypot_filled(fields));
            prop_assert_eq!(
                named.contains(&"consent_use") || named.contains(&"quotes"),
                consent.is_none()
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(cfg(512))]

    /// `FormFields::get` is the first value, `all` every value in order.
    #[test]
    fn form_fields_keep_first_values_and_order(pairs in vec((field_name(), field_value()), 0..16), name in field_name()) {
        let fields = FormFields::new(pairs.clone());
        let values: Vec<&str> = pairs.iter().filter(|(k, _)| *k == name).map(|(_, v)| v.as_str()).collect();
        prop_assert_eq!(fields.get(&name), values.first().copied());
        prop_assert_eq!(fields.all(&name), values);
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        prop_assert_eq!(FormFields::from_pairs(&borrowed), fields);
    }

    /// `visible_length` counts characters with each CR LF as one.
    #[test]
    fn visible_length_counts_crlf_once(text in prop_oneof![wild_string(200), select(NASTY_VALUES).prop_map(String::from)]) {
        prop_assert_eq!(visible_length(&text), text.replace("\r\n", "\n").chars().count());
    }

    /// Stories from arbitrary forms: never a panic, accepted exactly under the
    /// documented rules, text kept exactly, serde round trip exact.
    #[test]
    fn arbitrary_forms_parse_as_stories_by_the_rules(fields in arbitrary_form()) {
        check_story(&fields)?;
    }

    #[test]
    fn story_shaped_forms_parse_by_the_rules(fields in story_form()) {
        check_story(&fields)?;
    }

    /// Feedback from arbitrary forms, by the same standard.
    #[test]
    fn arbitrary_forms_parse_as_feedback_by_the_rules(fields in arbitrary_form()) {
        check_feedback(&fields)?;
    }

    #[test]
    fn feedback_shaped_forms_parse_by_the_rules(fields in feedback_form()) {
        check_feedback(&fields)?;
    }

    /// Consent is read exactly by its rules; team-only words are never quoted.
    #[test]
    fn consent_follows_its_rules(
        fields in prop_oneof![arbitrary_form(), consent_fields().prop_map(FormFields::new)]
    ) {
        let consent = Consent::from_fields(&fields);
        prop_assert_eq!(consent.as_ref().ok().copied(), expected_consent(&fields));
        match consent {
            Ok(c) => prop_assert!(!(c.usage == ConsentUse::TeamOnly && c.quotes)),
            Err(errors) => assert_errors_well_formed(&errors)?,
        }
    }
}

proptest! {
    #![proptest_config(cfg(128))]

    /// Around the length limit: text longer than `MAX_TEXT_CHARS` visible
    /// characters is refused on the `text` field alone, shorter text is kept.
    #[test]
    fn the_length_limit_is_exact((text, visible) in text_near_limit(), story in any::<bool>()) {
        prop_assert_eq!(visible_length(&text), visible);
        let fields = if story {
            FormFields::new(vec![("text".into(), text.clone()), ("consent_use".into(), "team_only".into())])
        } else {
            FormFields::new(vec![
                ("service".into(), "police".into()),
                ("text".into(), text.clone()),
                ("consent_use".into(), "team_only".into()),
            ])
        };
        let result = if story { parse_story(&fields, &THEMES) } else { parse_feedback(&fields, feedback_spec()) };
        if visible > MAX_TEXT_CHARS {
            let errors = result.unwrap_err();
            let expected = if story && is_blank(&text) { "share-text-missing" } else { "share-text-too-long" };
            prop_assert_eq!(errors.len(), 1);
            prop_assert_eq!((errors[0].field.as_ref(), errors[0].message), ("text", expected));
        } else if story && is_blank(&text) {
            let errors = result.unwrap_err();
            prop_assert_eq!(error_fields(&errors), vec!["text"]);
        } else {
            let payload = result.unwrap();
            prop_assert_eq!(payload.shared.text(), text.as_str());
        }
    }
}

proptest! {
    #![proptest_config(cfg(64))]

    /// What a survivor typed comes back byte for byte through the whole path:
    /// form -> payload -> JSON -> padded envelope -> JSON -> payload.
    #[test]
    fn a_story_survives_the_envelope_exactly(text in story_text().prop_filter("needs text", |t| !is_blank(t))) {
        crypto();
        let fields = FormFields::new(vec![
            ("text".into(), text.clone()),
            ("consent_use".into(), "publish".into()),
            ("quotes".into(), "yes".into()),
        ]);
        let Ok(payload) = parse_story(&fields, &THEMES) else {
            prop_assert!(visible_length(&text) > MAX_TEXT_CHARS);
            return Ok(());
        };
        let dk = DataKey::generate();
        let sealed = dk.encrypt(&serde_json::to_vec(&payload).unwrap());
        let opened: Payload = serde_json::from_slice(&dk.decrypt(&sealed).unwrap()).unwrap();
        prop_assert_eq!(opened.shared.text(), text.as_str());
        prop_assert_eq!(opened, payload);
    }
}

// ---------------------------------------------------------------------------
// 5. Policy files
// ---------------------------------------------------------------------------

const LANGS: [&str; 8] = ["en", "vi", "ar", "sq", "ro", "ti", "fa", "ps"];

/// A TOML basic string holding exactly `s`.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => write!(out, "\\u{:04X}", c as u32).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A label that the policy accepts: any text with something visible in it.
fn label() -> impl Strategy<Value = String> {
    wild_string(24).prop_map(|s| if is_blank(&s) { format!("{s}x") } else { s })
}

fn labels() -> impl Strategy<Value = Vec<String>> {
    vec(label(), LANGS.len())
}

fn labels_toml(table: &str, labels: &[String]) -> String {
    let mut out = format!("[{table}]\n");
    for (lang, text) in LANGS.iter().zip(labels) {
        writeln!(out, "{lang} = {}", toml_string(text)).unwrap();
    }
    out
}

/// Text that is empty once trimmed.
fn blank_text() -> impl Strategy<Value = String> {
    vec(
        select(vec![
            ' ', '\t', '\n', '\r', '\u{00A0}', '\u{3000}', '\u{2028}',
        ]),
        0..4,
    )
    .prop_map(|cs| cs.into_iter().collect())
}

/// A key that is not snake_case (possibly empty).
fn bad_key() -> impl Strategy<Value = String> {
    prop_oneof![
        wild_string(8),
        "[a-z][a-z0-9_]{0,4}[A-Z \\-.][a-z0-9_]{0,4}",
        "[0-9_][a-z0-9_]{0,6}",
    ]
    .prop_filter("not snake_case", |k| !is_snake_case(k))
}

type ThemeSpec = (String, Vec<String>);

fn valid_themes() -> impl Strategy<Value = Vec<ThemeSpec>> {
    btree_set("[a-z][a-z0-9_]{0,12}", 1..4).prop_flat_map(|keys| {
        let n = keys.len();
        (Just(keys), vec(labels(), n))
            .prop_map(|(keys, labels)| keys.into_iter().zip(labels).collect::<Vec<_>>())
    })
}

fn themes_toml(themes: &[ThemeSpec]) -> String {
    let mut out = String::from("# themes\n");
    for (key, labels) in themes {
        writeln!(out, "[[theme]]\nkey = {}", toml_string(key)).unwrap();
        out.push_str(&labels_toml("theme.label", labels));
    }
    out
}

#[derive(Debug, Clone)]
struct ResourceSpec {
    key: String,
    phone: Option<String>,
    sms: Option<String>,
    languages: Option<Vec<String>>,
    name: Vec<String>,
    when: Vec<String>,
}

fn valid_resources() -> impl Strategy<Value = Vec<ResourceSpec>> {
    btree_set("[a-z][a-z0-9_]{0,12}", 1..4).prop_flat_map(|keys| {
        let n = keys.len();
        let contact = prop_oneof![
            ("[0-9 ]{3,14}", Just(None::<String>)).prop_map(|(p, s)| (Some(p), s)),
            "[0-9]{5}".prop_map(|s| (None::<String>, Some(s))),
            ("[0-9 ]{3,14}", "[0-9]{5}").prop_map(|(p, s)| (Some(p), Some(s))),
        ];
        let languages = prop_oneof![
            Just(None),
            proptest::sample::subsequence(LANGS.to_vec(), 0..=LANGS.len())
                .prop_map(|ls| Some(ls.into_iter().map(String::from).collect())),
        ];
        (Just(keys), vec((contact, languages, labels(), labels()), n)).prop_map(|(keys, rest)| {
            keys.into_iter()
                .zip(rest)
                .enumerate()
                .map(
                    |(i, (key, ((phone, sms), languages, name, when)))| ResourceSpec {
                        key,
                        phone,
                        sms,
                        // The first resource is shown everywhere, so every
                        // language has one.
                        languages: if i == 0 { None } else { languages },
                        name,
                        when,
                    },
                )
                .collect()
        })
    })
}

fn resources_toml(resources: &[ResourceSpec]) -> String {
    let mut out = String::from("# resources\n");
    for r in resources {
        writeln!(out, "[[resource]]\nkey = {}", toml_string(&r.key)).unwrap();
        if let Some(phone) = &r.phone {
            writeln!(out, "phone = {}", toml_string(phone)).unwrap();
        }
        if let Some(sms) = &r.sms {
            writeln!(out, "sms = {}", toml_string(sms)).unwrap();
        }
        if let Some(langs) = &r.languages {
            let list: Vec<String> = langs.iter().map(|l| toml_string(l)).collect();
            writeln!(out, "languages = [{}]", list.join(", ")).unwrap();
        }
        out.push_str(&labels_toml("resource.name", &r.name));
        out.push_str(&labels_toml("resource.when", &r.when));
    }
    out
}

/// One edit of a policy file's text.
#[derive(Debug, Clone)]
enum Mutation {
    DeleteRange(Index, usize),
    Insert(Index, String),
    ReplaceChar(Index, char),
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    Truncate(Index),
}

const TOML_TOKENS: &[&str] = &[
    "[[theme]]\n",
    "[theme.label]\n",
    "[[resource]]\n",
    "[resource.name]\n",
    "[resource.when]\n",
    "key = ",
    "label = ",
    "languages = [\"en\", \"xx\"]\n",
    "phone = \"999\"\n",
    "en = ",
    "de = \"x\"\n",
    "\"\"",
    "\"a\"",
    "\"A B\"",
    "'''",
    "\"\"\"",
    "[",
    "]",
    "{",
    "}",
    "=",
    ",",
    ".",
    "\n",
    "#",
    "\\u0000",
    "\\uD800",
    "\\",
    "1979-05-27T07:32:00Z",
    "inf",
    "nan",
    "0x1F",
    "1e400",
    "99999999999999999999",
    "true",
    "\u{FEFF}",
    "\r\n",
    "\u{202E}",
];

fn toml_noise() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => vec(select(TOML_TOKENS), 0..40).prop_map(|t| t.concat()),
        2 => wild_string(60),
        1 => (0..3000usize, select(vec!["[", "[[", "{a=", "a=[", "a={b=", "[a."]))
            .prop_map(|(n, open)| format!("x = {}", open.repeat(n))),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), 1..20usize).prop_map(|(i, n)| Mutation::DeleteRange(i, n)),
        (any::<Index>(), prop_oneof![toml_noise(), wild_string(4)])
            .prop_map(|(i, s)| Mutation::Insert(i, s)),
        (any::<Index>(), wild_char()).prop_map(|(i, c)| Mutation::ReplaceChar(i, c)),
        any::<Index>().prop_map(Mutation::DeleteLine),
        any::<Index>().prop_map(Mutation::DuplicateLine),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        any::<Index>().prop_map(Mutation::Truncate),
    ]
}

fn mutate(source: &str, mutations: &[Mutation]) -> String {
    let mut text = source.to_owned();
    for m in mutations {
        let mut chars: Vec<char> = text.chars().collect();
        let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        let mut by_lines = false;
        match m {
            Mutation::DeleteRange(at, n) => {
                let start = at.index(chars.len() + 1);
                let end = (start + n).min(chars.len());
                chars.drain(start..end);
            }
            Mutation::Insert(at, s) => {
                let i = at.index(chars.len() + 1);
                chars.splice(i..i, s.chars());
            }
            Mutation::ReplaceChar(at, c) => {
                if !chars.is_empty() {
                    let i = at.index(chars.len());
                    chars[i] = *c;
                }
            }
            Mutation::DeleteLine(at) => {
                lines.remove(at.index(lines.len()));
                by_lines = true;
            }
            Mutation::DuplicateLine(at) => {
                let i = at.index(lines.len());
                lines.insert(i, lines[i].clone());
                by_lines = true;
            }
            Mutation::SwapLines(a, b) => {
                let (a, b) = (a.index(lines.len()), b.index(lines.len()));
                lines.swap(a, b);
                by_lines = true;
            }
            Mutation::Truncate(at) => chars.truncate(at.index(chars.len() + 1)),
        }
        text = if by_lines {
            lines.join("\n")
        } else {
            chars.into_iter().collect()
        };
    }
    text
}

fn is_snake_case(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Whatever `parse_themes` accepts obeys every rule: snake_case unique keys and
/// a non-blank label in all eight languages.
fn check_accepted_themes(source: &str) -> Result<(), TestCaseError> {
    if let Ok(themes) = Policy::parse_themes(source) {
        prop_assert!(!themes.is_empty());
        let mut seen = BTreeSet::new();
        for theme in &themes {
            prop_assert!(is_snake_case(&theme.key), "{:?}", theme.key);
            prop_assert!(seen.insert(theme.key.clone()), "duplicate {:?}", theme.key);
            for lang in Language::ALL {
                prop_assert!(!is_blank(theme.label.get(lang)));
            }
        }
    }
    Ok(())
}

fn check_accepted_resources(source: &str) -> Result<(), TestCaseError> {
    if let Ok(resources) = Policy::parse_resources(source) {
        let mut seen = BTreeSet::new();
        for r in &resources {
            prop_assert!(is_snake_case(&r.key), "{:?}", r.key);
            prop_assert!(seen.insert(r.key.clone()), "duplicate {:?}", r.key);
            prop_assert!(r.phone.is_some() || r.sms.is_some());
            for lang in Language::ALL {
                prop_assert!(!is_blank(r.name.get(lang)));
                prop_assert!(!is_blank(r.when.get(lang)));
            }
        }
        for lang in Language::ALL {
            prop_assert!(
                resources.iter().any(|r| r.shown_in(lang)),
                "nothing in {}",
                lang
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(cfg(256))]

    /// Arbitrary text never panics either parser (does-not-panic is the main
    /// point here; anything accepted must still obey the rules).
    #[test]
    fn policy_parsers_never_panic_on_arbitrary_text(source in toml_noise()) {
        check_accepted_themes(&source)?;
        check_accepted_resources(&source)?;
    }

    /// A valid theme file parses to exactly what was written, labels byte for byte.
    #[test]
    fn valid_theme_files_parse_exactly(themes in valid_themes()) {
        let parsed = Policy::parse_themes(&themes_toml(&themes)).unwrap();
        prop_assert_eq!(parsed.len(), themes.len());
        for (theme, (key, labels)) in parsed.iter().zip(&themes) {
            prop_assert_eq!(&theme.key, key);
            for (lang, text) in LANGS.iter().zip(labels) {
                prop_assert_eq!(theme.label.get(Language::from_code(lang).unwrap()), text.as_str());
            }
        }
    }

    /// Removing any one translation is refused, naming the theme and language.
    #[test]
    fn a_missing_translation_is_named(themes in valid_themes(), which in any::<Index>(), lang in any::<Index>()) {
        let t = which.index(themes.len());
        let l = lang.index(LANGS.len());
        let source = themes_toml(&themes);
        let line = format!("{} = {}", LANGS[l], toml_string(&themes[t].1[l]));
        // Remove that line from theme `t`'s table only.
        let theme_start = source.find(&format!("key = {}", toml_string(&themes[t].0))).unwrap();
        let at = theme_start + source[theme_start..].find(&line).unwrap();
        let source = format!("{}{}", &source[..at], &source[at + line.len() + 1..]);
        let err = Policy::parse_themes(&source).unwrap_err();
        prop_assert!(err.contains(&format!("`{}`", LANGS[l])) && err.contains(&themes[t].0), "{}", err);
    }

    /// Breaking any one theme rule is refused with a message that says which:
    /// a blank label, a repeated key, a key that is not snake_case, or a
    /// label in a language Voices does not speak.
    #[test]
    fn each_broken_theme_rule_is_refused(
        themes in valid_themes(),
        rule in 0..4u8,
        t in any::<Index>(),
        l in any::<Index>(),
        blank in blank_text(),
        bad_key in bad_key(),
        code in "[a-z]{2,3}".prop_filter("not a launch language", |c| !LANGS.contains(&c.as_str())),
    ) {
        let mut themes = themes;
        let t = t.index(themes.len());
        let l = l.index(LANGS.len());
        let (source, expected) = match rule {
            0 => {
                themes[t].1[l] = blank;
                (themes_toml(&themes), format!("is empty in `{}`", LANGS[l]))
            }
            1 => {
                themes.push(themes[t].clone());
                (themes_toml(&themes), "appears twice".to_owned())
            }
            2 => {
                themes[t].0 = bad_key;
                (themes_toml(&themes), "must be snake_case".to_owned())
            }
            _ => {
                let source = themes_toml(&themes);
                let marker = "[theme.label]\n";
                let at = source.match_indices(marker).nth(t).unwrap().0 + marker.len();
                let source = format!("{}{code} = \"x\"\n{}", &source[..at], &source[at..]);
                (source, format!("unknown language `{code}`"))
            }
        };
        let err = Policy::parse_themes(&source).unwrap_err();
        prop_assert!(err.contains(&expected), "{} lacks {}", err, expected);
    }

    /// Breaking any one resource rule is refused: no number at all, an
    /// unknown language in `languages`, a blank text, or a language for which
    /// no resource is shown.
    #[test]
    fn each_broken_resource_rule_is_refused(
        resources in valid_resources(),
        rule in 0..4u8,
        r in any::<Index>(),
        l in any::<Index>(),
        blank in blank_text(),
        code in "[a-z]{2,3}".prop_filter("not a launch language", |c| !LANGS.contains(&c.as_str())),
    ) {
        let mut resources = resources;
        let r = r.index(resources.len());
        let l = l.index(LANGS.len());
        let expected = match rule {
            0 => {
                resources[r].phone = None;
                resources[r].sms = None;
                "needs a `phone` or an `sms`".to_owned()
            }
            1 => {
                let mut langs = resources[r].languages.clone().unwrap_or_default();
                langs.push(code.clone());
                resources[r].languages = Some(langs);
                format!("unknown language `{code}`")
            }
            2 => {
                resources[r].when[l] = blank;
                format!("is empty in `{}`", LANGS[l])
            }
            _ => {
                for res in &mut resources {
                    let langs = res
                        .languages
                        .clone()
                        .unwrap_or_else(|| LANGS.iter().map(|c| c.to_string()).collect());
                    res.languages = Some(langs.into_iter().filter(|c| *c != LANGS[l]).collect());
                }
                format!("no resource is shown in `{}`", LANGS[l])
            }
        };
        let err = Policy::parse_resources(&resources_toml(&resources)).unwrap_err();
        prop_assert!(err.contains(&expected), "{} lacks {}", err, expected);
    }

    /// Mutated theme files never panic, and are only accepted when still valid.
    #[test]
    fn mutated_theme_files_never_panic(themes in valid_themes(), mutations in vec(mutation(), 1..4)) {
        let source = mutate(&themes_toml(&themes), &mutations);
        check_accepted_themes(&source)?;
    }

    /// A valid resource file parses to exactly what was written.
    #[test]
    fn valid_resource_files_parse_exactly(resources in valid_resources()) {
        let parsed = Policy::parse_resources(&resources_toml(&resources)).unwrap();
        prop_assert_eq!(parsed.len(), resources.len());
        for (got, want) in parsed.iter().zip(&resources) {
            prop_assert_eq!(&got.key, &want.key);
            prop_assert_eq!(&got.phone, &want.phone);
            prop_assert_eq!(&got.sms, &want.sms);
            let langs = want
                .languages
                .as_ref()
                .map(|ls| ls.iter().map(|l| Language::from_code(l).unwrap()).collect::<Vec<_>>());
            prop_assert_eq!(&got.languages, &langs);
            for (i, lang) in LANGS.iter().enumerate() {
                let lang = Language::from_code(lang).unwrap();
                prop_assert_eq!(got.name.get(lang), want.name[i].as_str());
                prop_assert_eq!(got.when.get(lang), want.when[i].as_str());
            }
        }
    }

    /// Mutated resource files never panic, and are only accepted when still valid.
    #[test]
    fn mutated_resource_files_never_panic(resources in valid_resources(), mutations in vec(mutation(), 1..4)) {
        let source = mutate(&resources_toml(&resources), &mutations);
        check_accepted_resources(&source)?;
    }
}

// ---------------------------------------------------------------------------
// 6. Small parsers
// ---------------------------------------------------------------------------

/// Strings drawn from a pool of one to seven characters, so lengths around
/// 12 and 20 with around 5 distinct characters are common.
fn few_distinct_chars() -> impl Strategy<Value = String> {
    (vec(wild_char(), 1..8), vec(any::<Index>(), 0..30))
        .prop_map(|(pool, picks)| picks.iter().map(|i| pool[i.index(pool.len())]).collect())
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn valid_date() -> impl Strategy<Value = (i32, u8, u8)> {
    (1970..=9999i32, 1..=12u8).prop_flat_map(|(y, m)| (Just(y), Just(m), 1..=days_in_month(y, m)))
}

/// Strings that look like dates, including signs, spaces and wrong widths.
fn date_like() -> impl Strategy<Value = String> {
    prop_oneof![
        wild_string(16),
        "[0-9+ -]{0,12}",
        "[+-]?[0-9]{1,5}-[+ 0-9]{1,3}-[+ 0-9]{1,3}",
        (valid_date(), any::<bool>(), any::<bool>()).prop_map(|((y, m, d), sign_m, sign_d)| {
            // Two-character fields spelled with a sign where a digit fits.
            let field = |v: u8, sign: bool| {
                if sign && v < 10 {
                    format!("+{v}")
                } else {
                    format!("{v:02}")
                }
            };
            format!("{y:04}-{}-{}", field(m, sign_m), field(d, sign_d))
        }),
        valid_date().prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
    ]
}

proptest! {
    #![proptest_config(cfg(1000))]

    /// Exact, ASCII-case-insensitive match on the eight codes; nothing else.
    #[test]
    fn language_codes_match_exactly(
        code in prop_oneof![wild_string(6), "[a-zA-Z]{2}", select(LANGS.to_vec()).prop_map(String::from)]
    ) {
        let expected = Language::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(&code));
        let got = Language::from_code(&code);
        prop_assert_eq!(got, expected);
        if let Some(lang) = got {
            prop_assert_eq!(lang.code(), code.to_ascii_lowercase());
            prop_assert_eq!(lang.to_string(), lang.code());
        }
    }

    /// Staff names: trimmed, 1 to 64 characters, no control characters, and
    /// each failure reports the first rule broken. A parsed name re-parses to itself.
    #[test]
    fn staff_names_follow_their_rules(
        input in prop_oneof![
            wild_string(80),
            (wild_string(4), 60..70usize).prop_map(|(s, n)| format!(" {}\t", "ب".repeat(n) + &s)),
        ]
    ) {
        let trimmed = input.trim();
        let expected = if trimmed.is_empty() {
            Err(StaffNameError::Empty)
        } else if trimmed.chars().count() > StaffName::MAX_CHARS {
            Err(StaffNameError::TooLong)
        } else if trimmed.chars().any(char::is_control) {
            Err(StaffNameError::ControlCharacter)
        } else {
            Ok(trimmed.to_owned())
        };
        let got = StaffName::parse(&input);
        prop_assert_eq!(got.clone().map(|n| n.as_str().to_owned()), expected);
        if let Ok(name) = got {
            prop_assert_eq!(StaffName::parse(name.as_str()), Ok(name.clone()));
            prop_assert_eq!(name.to_string(), trimmed);
        }
    }

    /// Passphrase strength: at least 12 characters and 5 distinct ones to be
    /// accepted, 20 to be strong; typing more never makes it weaker, and the
    /// order of characters does not matter.
    #[test]
    fn passphrase_strength_follows_length(
        phrase in prop_oneof![wild_string(40), few_distinct_chars()],
        more in wild_string(10),
    ) {
        let chars = phrase.chars().count();
        let distinct = phrase.chars().collect::<BTreeSet<_>>().len();
        let expected = if chars < 12 || distinct < 5 {
            PassphraseStrength::TooShort
        } else if chars >= 20 {
            PassphraseStrength::Strong
        } else {
            PassphraseStrength::Acceptable
        };
        let strength = PassphraseStrength::of(&phrase);
        prop_assert_eq!(strength, expected);
        prop_assert_eq!(strength.is_accepted(), strength != PassphraseStrength::TooShort);
        let longer = format!("{phrase}{more}");
        prop_assert!(PassphraseStrength::of(&longer) >= strength);
        let reversed: String = phrase.chars().rev().collect();
        prop_assert_eq!(PassphraseStrength::of(&reversed), strength);
    }

    /// Valid dates round-trip through `Display` and `FromStr`, print as
    /// `YYYY-MM-DD`, and order like their printed form.
    #[test]
    fn days_round_trip((y, m, d) in valid_date(), (y2, m2, d2) in valid_date()) {
        let day = Day::new(y, m, d).unwrap();
        let shown = day.to_string();
        prop_assert_eq!(&shown, &format!("{y:04}-{m:02}-{d:02}"));
        prop_assert_eq!(Day::from_str(&shown), Ok(day));
        let other = Day::new(y2, m2, d2).unwrap();
        prop_assert_eq!(day.cmp(&other), shown.cmp(&other.to_string()));
    }

    /// `Day::from_str` never panics on any string, and whatever it accepts is a
    /// day in range that prints back as `YYYY-MM-DD`.
    #[test]
    fn day_parsing_never_panics(input in date_like()) {
        if let Ok(day) = Day::from_str(&input) {
            let shown = day.to_string();
            prop_assert_eq!(shown.len(), 10);
            let reparsed = Day::from_str(&shown);
            prop_assert_eq!(reparsed, Ok(day));
            let year: i32 = shown[..4].parse().unwrap();
            prop_assert!((1970..=9999).contains(&year));
        }
    }

    /// Stricter: `FromStr` accepts only the canonical `YYYY-MM-DD` spelling
    /// of a day (so parse-then-display gives back the input).
    #[test]
    fn day_parsing_accepts_only_canonical_text(input in date_like()) {
        if let Ok(day) = Day::from_str(&input) {
            prop_assert_eq!(day.to_string(), input);
        }
    }

    /// Stricter: a `Day` is a real calendar day (no 31 April, no 29 February in
    /// a common year).
    #[test]
    fn days_are_real_calendar_days(y in 1970..=9999i32, m in 1..=12u8, d in 1..=31u8) {
        prop_assert_eq!(Day::new(y, m, d).is_some(), d <= days_in_month(y, m));
        let text = format!("{y:04}-{m:02}-{d:02}");
        prop_assert_eq!(Day::from_str(&text).is_ok(), d <= days_in_month(y, m));
    }
}
