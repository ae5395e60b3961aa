//! Staff contact addresses (a safeguarding lead's address for alerts), sealed
//! under a key derived from the receipt pepper. The pepper lives in
//! `secrets.toml` or the environment, never in the database or a backup, so a
//! copy of either shows that a lead has an address, not what it is; the running
//! server can open it, because it must send the alert.

use zeroize::Zeroizing;

use super::{keyed_hash, open_with, seal_with, secretbox_key, CryptoError, ReceiptPepper};

/// The key staff contact addresses are sealed under. Prints nothing.
pub struct ContactKey([u8; 32]);

impl std::fmt::Debug for ContactKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ContactKey(<secret>)")
    }
}

impl Drop for ContactKey {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

impl ContactKey {
    pub fn from_pepper(pepper: &ReceiptPepper) -> Self {
        Self(keyed_hash(
            Some(pepper.expose_for_derivation()),
            "voices-staff-contact-v1",
            &[],
        ))
    }

    /// Seals `address` with a random nonce: the same address sealed twice
    /// gives two different boxes.
    pub fn seal(&self, address: &str) -> Vec<u8> {
        seal_with(&secretbox_key(&self.0), address.as_bytes())
    }

    pub fn open(&self, sealed: &[u8]) -> Result<Zeroizing<String>, CryptoError> {
        let bytes = open_with(&secretbox_key(&self.0), sealed)?;
        String::from_utf8(bytes.to_vec())
            .map(Zeroizing::new)
            .map_err(|_| CryptoError::Malformed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_opens_only_under_its_own_pepper() {
        super::super::init().unwrap();
        let key = ContactKey::from_pepper(&ReceiptPepper::from_bytes(&[3; 32]).unwrap());
        let other = ContactKey::from_pepper(&ReceiptPepper::from_bytes(&[4; 32]).unwrap());
        let sealed = key.seal("lead@example.org");
        assert!(!sealed.windows(4).any(|w| w == b"lead"));
        assert_ne!(
            sealed,
            key.seal("lead@example.org"),
            "a fresh nonce each time"
        );
        assert_eq!(key.open(&sealed).unwrap().as_str(), "lead@example.org");
        assert_eq!(other.open(&sealed).unwrap_err(), CryptoError::Open);
        assert_eq!(key.open(&[1, 2]).unwrap_err(), CryptoError::Malformed);
    }
}
