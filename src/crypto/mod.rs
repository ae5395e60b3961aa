//! Every cryptographic operation Voices performs, behind a small API.
//!
//! This is the only module that may use `sodiumoxide` (archived upstream, see
//! RUSTSEC-2021-0137): keeping it here means the library can be replaced without
//! touching the rest of the code. Secrets are wrapped in types whose `Debug` prints
//! nothing, and every function that can fail on bad input returns [`CryptoError`]
//! rather than panicking.

mod audit;
mod contact;
mod digest;
mod envelope;
mod kdf;
mod padding;
mod receipt;
mod session;
mod token;

pub use audit::{AuditKey, ViewTicket};
pub use contact::ContactKey;
pub use digest::{content_hash, ApiToken};
use zeroize::Zeroizing;

pub use envelope::{generate_org_keypair, DataKey, OrgPublicKey, OrgSecretKey, SealedDataKey};
pub use kdf::{wrap_parameters, DecoyWrap, KdfCost, Passphrase};
pub use padding::{pad, unpad, PADDING_BUCKETS};
pub use receipt::{ReceiptCode, ReceiptParseError, ReceiptPepper};
pub use session::SessionSecret;
pub use token::{
    constant_time_eq, random_bytes, random_row_id, random_token, AddressHasher, SetupToken,
};

/// What can go wrong when opening something. Deliberately coarse: a caller learns
/// that a key or passphrase did not open a box, never why.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CryptoError {
    #[error("the key or passphrase does not open this")]
    Open,
    #[error("the stored data is malformed")]
    Malformed,
    #[error("the stored key wrap uses parameters weaker than this build accepts")]
    WeakParameters,
    #[error("libsodium could not be initialised")]
    Init,
    #[error("the key could not be derived (not enough memory?)")]
    KeyDerivation,
}

/// Initialises libsodium. Safe to call more than once; every entry point that
/// builds a server or runs a command calls it first.
pub fn init() -> Result<(), CryptoError> {
    sodiumoxide::init().map_err(|()| CryptoError::Init)
}

/// Hashes `parts` with BLAKE2b, keyed when `key` is given. `domain` separates
/// uses of the same input (a lookup hash must never equal a wrapping key).
pub(crate) fn keyed_hash(key: Option<&[u8]>, domain: &str, parts: &[&[u8]]) -> [u8; 32] {
    use sodiumoxide::crypto::generichash::State;
    // Both calls fail only for out-of-range lengths, which are constants here.
    let mut state = State::new(Some(32), key).expect("valid BLAKE2b parameters");
    state.update(domain.as_bytes()).expect("hash update");
    state.update(&[0]).expect("hash update");
    for part in parts {
        state
            .update(&(part.len() as u64).to_be_bytes())
            .expect("hash update");
        state.update(part).expect("hash update");
    }
    let digest = state.finalize().expect("hash finalize");
    let mut out = [0u8; 32];
    out.copy_from_slice(digest.as_ref());
    out
}

/// `secretbox` with a random nonce, stored as `nonce || ciphertext`.
pub(crate) fn seal_with(key: &sodiumoxide::crypto::secretbox::Key, plaintext: &[u8]) -> Vec<u8> {
    use sodiumoxide::crypto::secretbox;
    let nonce = secretbox::gen_nonce();
    let mut out = nonce.0.to_vec();
    out.extend_from_slice(&secretbox::seal(plaintext, &nonce, key));
    out
}

/// Opens what [`seal_with`] produced. The plaintext (a raw key, or padded words)
/// is wiped from memory when the caller drops it.
pub(crate) fn open_with(
    key: &sodiumoxide::crypto::secretbox::Key,
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    use sodiumoxide::crypto::secretbox;
    if sealed.len() < secretbox::NONCEBYTES + secretbox::MACBYTES {
        return Err(CryptoError::Malformed);
    }
    let (nonce, ciphertext) = sealed.split_at(secretbox::NONCEBYTES);
    let nonce = secretbox::Nonce::from_slice(nonce).ok_or(CryptoError::Malformed)?;
    secretbox::open(ciphertext, &nonce, key)
        .map(Zeroizing::new)
        .map_err(|()| CryptoError::Open)
}

pub(crate) fn secretbox_key(bytes: &[u8; 32]) -> sodiumoxide::crypto::secretbox::Key {
    sodiumoxide::crypto::secretbox::Key(*bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_box_round_trips_and_rejects_tampering() {
        init().unwrap();
        let key = secretbox_key(&[7u8; 32]);
        let mut sealed = seal_with(&key, b"words");
        assert_eq!(open_with(&key, &sealed).unwrap().as_slice(), b"words");
        let other = secretbox_key(&[8u8; 32]);
        assert_eq!(open_with(&other, &sealed), Err(CryptoError::Open));
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert_eq!(open_with(&key, &sealed), Err(CryptoError::Open));
        assert_eq!(open_with(&key, &[1, 2, 3]), Err(CryptoError::Malformed));
    }

    #[test]
    fn keyed_hash_separates_domains_and_keys() {
        init().unwrap();
        let a = keyed_hash(None, "a", &[b"x"]);
        assert_ne!(a, keyed_hash(None, "b", &[b"x"]));
        assert_ne!(a, keyed_hash(Some(&[1u8; 32]), "a", &[b"x"]));
        // Length-prefixing means ("ab","c") and ("a","bc") differ.
        assert_ne!(
            keyed_hash(None, "a", &[b"ab", b"c"]),
            keyed_hash(None, "a", &[b"a", b"bc"])
        );
        assert_eq!(a, keyed_hash(None, "a", &[b"x"]));
    }

    #[test]
    fn blake2b_known_answer() {
        init().unwrap();
        let state = sodiumoxide::crypto::generichash::State::new(Some(32), None).unwrap();
        let digest = state.finalize().unwrap();
        let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"
        );
    }
}
