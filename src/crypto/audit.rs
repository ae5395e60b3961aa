//! Keys for the audit log's hash chain and for receipt view links.
//!
//! The chain is keyed (BLAKE2b with a key derived from the receipt pepper, which
//! lives in the secrets file, never in the database), so someone who can edit
//! the database but not read the secrets cannot rewrite a stretch of the log and
//! recompute the hashes after it.

use sodiumoxide::randombytes::randombytes_into;

use super::{keyed_hash, open_with, seal_with, secretbox_key, CryptoError, ReceiptPepper};

pub struct AuditKey([u8; 32]);

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditKey(<secret>)")
    }
}

impl AuditKey {
    pub fn from_pepper(pepper: &ReceiptPepper) -> Self {
        Self(keyed_hash(
            Some(pepper.expose_for_derivation()),
            "voices-audit-key-v1",
            &[],
        ))
    }

    /// An event's hash: the previous hash and each of the event's fields.
    pub fn link(&self, prev: &[u8], fields: &[&[u8]]) -> Vec<u8> {
        let mut parts: Vec<&[u8]> = Vec::with_capacity(fields.len() + 1);
        parts.push(prev);
        parts.extend_from_slice(fields);
        keyed_hash(Some(&self.0), "voices-audit-chain-v1", &parts).to_vec()
    }
}

/// A single-use link that shows a receipt page once, so the code never travels
/// in a URL and a reload cannot send it again. The database keeps only the
/// token's hash and, sealed under a key derived from the token, the code and the
/// link's expiry time: nothing in clear dates the visit.
pub struct ViewTicket(String);

impl std::fmt::Debug for ViewTicket {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ViewTicket(<secret>)")
    }
}

impl ViewTicket {
    pub fn generate() -> Self {
        let mut bytes = [0u8; 24];
        randombytes_into(&mut bytes);
        use base64::Engine;
        Self(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
    }

    pub fn from_text(text: &str) -> Self {
        Self(text.trim().to_owned())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn lookup_hash(&self) -> Vec<u8> {
        keyed_hash(None, "voices-view-ticket-lookup-v1", &[self.0.as_bytes()]).to_vec()
    }

    pub fn seal(&self, contents: &[u8]) -> Vec<u8> {
        seal_with(&self.key(), contents)
    }

    pub fn open(&self, sealed: &[u8]) -> Result<zeroize::Zeroizing<Vec<u8>>, CryptoError> {
        open_with(&self.key(), sealed)
    }

    fn key(&self) -> sodiumoxide::crypto::secretbox::Key {
        secretbox_key(&keyed_hash(
            None,
            "voices-view-ticket-seal-v1",
            &[self.0.as_bytes()],
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::init;

    #[test]
    fn chain_links_depend_on_the_key_the_previous_hash_and_every_field() {
        init().unwrap();
        let key = AuditKey::from_pepper(&ReceiptPepper::from_bytes(&[3; 32]).unwrap());
        let other = AuditKey::from_pepper(&ReceiptPepper::from_bytes(&[4; 32]).unwrap());
        let a = key.link(&[0; 32], &[b"1", b"claim"]);
        assert_eq!(a.len(), 32);
        assert_eq!(a, key.link(&[0; 32], &[b"1", b"claim"]));
        assert_ne!(a, other.link(&[0; 32], &[b"1", b"claim"]));
        assert_ne!(a, key.link(&[1; 32], &[b"1", b"claim"]));
        assert_ne!(a, key.link(&[0; 32], &[b"1", b"clain"]));
        assert_ne!(a, key.link(&[0; 32], &[b"1c", b"laim"]));
    }

    #[test]
    fn a_ticket_opens_only_what_it_sealed() {
        init().unwrap();
        let ticket = ViewTicket::generate();
        let sealed = ticket.seal(b"7KQ2-M9XD-4HFA-R3TC 1764600000");
        assert_eq!(
            ticket.open(&sealed).unwrap().as_slice(),
            b"7KQ2-M9XD-4HFA-R3TC 1764600000"
        );
        assert_eq!(
            ViewTicket::generate().open(&sealed).unwrap_err(),
            CryptoError::Open
        );
        let again = ViewTicket::from_text(ticket.expose());
        assert_eq!(again.lookup_hash(), ticket.lookup_hash());
        assert!(!ticket.expose().contains('='));
    }
}
