//! Content hashes of released digests, and the bearer tokens practitioners use
//! to read digests from scripts.
//! Nothing here touches the database; the caller stores only a token's hash.

use super::{keyed_hash, random_token};

/// The BLAKE2b hash of a released digest's bytes, written to the audit log so
/// anyone holding the bytes can check they are the ones released.
pub fn content_hash(bytes: &[u8]) -> [u8; 32] {
    keyed_hash(None, "voices-digest-content-v1", &[bytes])
}

/// A bearer token for the digest API: shown once when an admin issues it; the
/// database keeps only [`ApiToken::lookup_hash`].
pub struct ApiToken(zeroize::Zeroizing<String>);

impl std::fmt::Debug for ApiToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ApiToken(<secret>)")
    }
}

impl ApiToken {
    /// A new token, recognisable in a secrets scanner by its prefix.
    pub fn generate() -> Self {
        Self(zeroize::Zeroizing::new(format!("vdg_{}", random_token())))
    }

    pub fn from_text(text: &str) -> Self {
        Self(zeroize::Zeroizing::new(text.trim().to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// What the database stores: a hash keyed with the receipt pepper, which
    /// is not in the database, so a copy of it cannot be used to test guesses.
    pub fn lookup_hash(&self, pepper: &super::ReceiptPepper) -> Vec<u8> {
        keyed_hash(
            Some(pepper.expose_for_derivation()),
            "voices-digest-token-v1",
            &[self.0.as_bytes()],
        )
        .to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_and_tokens_are_hashed_with_the_pepper() {
        crate::crypto::init().unwrap();
        assert_eq!(content_hash(b"x"), content_hash(b"x"));
        assert_ne!(content_hash(b"x"), content_hash(b"y"));
        let token = ApiToken::generate();
        assert!(token.expose().starts_with("vdg_"));
        assert!(!format!("{token:?}").contains(token.expose()));
        let a = crate::crypto::ReceiptPepper::from_bytes(&[1; 32]).unwrap();
        let b = crate::crypto::ReceiptPepper::from_bytes(&[2; 32]).unwrap();
        let again = ApiToken::from_text(&format!(" {} ", token.expose()));
        assert_eq!(token.lookup_hash(&a), again.lookup_hash(&a));
        assert_ne!(token.lookup_hash(&a), token.lookup_hash(&b));
    }
}
