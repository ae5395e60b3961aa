//! The organisation key pair and the per-submission data key.
//!
//! A submission's payload is padded and sealed with a random data key (DK). The DK is
//! stored twice: sealed to the organisation public key, so signed-in staff can open
//! it, and wrapped under a key derived from the survivor's receipt code. Messages and
//! redactions for that submission reuse the same DK.
//! Nothing here touches the database; the caller stores what it returns.

use sodiumoxide::crypto::{box_, sealedbox, secretbox};
use zeroize::Zeroizing;

use super::{open_with, padding, seal_with, CryptoError};

/// The organisation's X25519 public key. Public, so it may be printed and stored.
#[derive(Clone, PartialEq, Eq)]
pub struct OrgPublicKey(box_::PublicKey);

impl std::fmt::Debug for OrgPublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "OrgPublicKey({:02x?}..)", &self.0 .0[..4])
    }
}

impl OrgPublicKey {
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0 .0.to_vec()
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CryptoError> {
        box_::PublicKey::from_slice(bytes)
            .map(Self)
            .ok_or(CryptoError::Malformed)
    }

    /// Pads and seals a note only staff may read (`sealedbox`): a survivor's
    /// receipt code does not open it.
    pub fn seal_note(&self, plaintext: &[u8]) -> Vec<u8> {
        sealedbox::seal(&padding::pad(plaintext), &self.0)
    }
}

/// The organisation's secret key. It exists in memory only while a signed-in staff
/// member's request needs it; it is stored only inside wraps. libsodium's key type
/// wipes it on drop, and nothing outside this module can read its bytes:
///
/// ```compile_fail
/// let (_, secret) = voices::crypto::generate_org_keypair();
/// let raw: Vec<u8> = secret.audit_bytes(); // no raw-key accessor
/// ```
pub struct OrgSecretKey(box_::SecretKey);

impl std::fmt::Debug for OrgSecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OrgSecretKey(<secret>)")
    }
}

impl OrgSecretKey {
    pub fn public_key(&self) -> OrgPublicKey {
        OrgPublicKey(self.0.public_key())
    }

    /// Whether this key occurs in clear in `haystack`, as raw bytes or as
    /// lower-case hex (how PostgreSQL prints `bytea`). For tests and audits that
    /// search stored data for the key: they learn yes or no and never hold a copy
    /// of the key, so there is no raw-key accessor that could be stored or sent by
    /// mistake. (A cargo feature could not do this: `cargo test` builds the
    /// library for `tests/` without `cfg(test)` and without extra features.)
    #[doc(hidden)]
    pub fn appears_in(&self, haystack: &[u8]) -> bool {
        let raw = self.expose_bytes();
        let hex: Zeroizing<Vec<u8>> = Zeroizing::new(
            raw.iter()
                .flat_map(|b| {
                    let digit = |n: u8| if n < 10 { b'0' + n } else { b'a' + n - 10 };
                    [digit(b >> 4), digit(b & 15)]
                })
                .collect(),
        );
        haystack.windows(raw.len()).any(|w| w == raw)
            || haystack.windows(hex.len()).any(|w| w == hex.as_slice())
    }

    /// Raw bytes, for wrapping only: callers inside this module seal them at once.
    pub(crate) fn expose_bytes(&self) -> &[u8] {
        &self.0 .0
    }

    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Self, CryptoError> {
        box_::SecretKey::from_slice(bytes)
            .map(Self)
            .ok_or(CryptoError::Malformed)
    }

    /// Seals this secret to another organisation public key (the hand-over copy
    /// during a key rotation).
    pub fn seal_to(&self, to: &OrgPublicKey) -> Vec<u8> {
        sealedbox::seal(self.expose_bytes(), &to.0)
    }

    /// Opens what [`OrgSecretKey::seal_to`] produced.
    pub fn open_sealed_bytes(
        sealed: &[u8],
        public: &OrgPublicKey,
        secret: &OrgSecretKey,
    ) -> Result<Self, CryptoError> {
        let bytes = sealedbox::open(sealed, &public.0, &secret.0)
            .map(Zeroizing::new)
            .map_err(|()| CryptoError::Open)?;
        Self::from_bytes(&bytes)
    }

    /// Opens what [`OrgPublicKey::seal_note`] produced.
    pub fn open_note(&self, sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let padded = sealedbox::open(sealed, &self.0.public_key(), &self.0)
            .map_err(|()| CryptoError::Open)?;
        padding::unpad(&padded)
    }

    /// Wraps this key under a symmetric key (a session, setup or passphrase key).
    pub(crate) fn wrap_with(&self, key: &secretbox::Key) -> Vec<u8> {
        seal_with(key, self.expose_bytes())
    }

    pub(crate) fn unwrap_with(key: &secretbox::Key, wrapped: &[u8]) -> Result<Self, CryptoError> {
        let bytes = open_with(key, wrapped)?;
        Self::from_bytes(&bytes)
    }
}

/// Creates a fresh organisation key pair from the OS random source.
pub fn generate_org_keypair() -> (OrgPublicKey, OrgSecretKey) {
    let (public, secret) = box_::gen_keypair();
    (OrgPublicKey(public), OrgSecretKey(secret))
}

/// A data key sealed to the organisation public key (`sealedbox`).
#[derive(Clone, PartialEq, Eq)]
pub struct SealedDataKey(pub Vec<u8>);

impl std::fmt::Debug for SealedDataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SealedDataKey({} bytes)", self.0.len())
    }
}

/// A submission's random data key.
pub struct DataKey(secretbox::Key);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(<secret>)")
    }
}

impl DataKey {
    pub fn generate() -> Self {
        Self(secretbox::gen_key())
    }

    /// Seals the key to the organisation so any staff member holding the
    /// organisation secret key can open it.
    pub fn seal_to(&self, org: &OrgPublicKey) -> SealedDataKey {
        SealedDataKey(sealedbox::seal(&self.0 .0, &org.0))
    }

    pub fn open_sealed(
        sealed: &SealedDataKey,
        public: &OrgPublicKey,
        secret: &OrgSecretKey,
    ) -> Result<Self, CryptoError> {
        let bytes = sealedbox::open(&sealed.0, &public.0, &secret.0)
            .map(Zeroizing::new)
            .map_err(|()| CryptoError::Open)?;
        secretbox::Key::from_slice(&bytes)
            .map(Self)
            .ok_or(CryptoError::Malformed)
    }

    /// Wraps the key under a key derived from a receipt code.
    pub(crate) fn wrap_with(&self, key: &secretbox::Key) -> Vec<u8> {
        seal_with(key, &self.0 .0)
    }

    pub(crate) fn unwrap_with(key: &secretbox::Key, wrapped: &[u8]) -> Result<Self, CryptoError> {
        let bytes = open_with(key, wrapped)?;
        secretbox::Key::from_slice(&bytes)
            .map(Self)
            .ok_or(CryptoError::Malformed)
    }

    /// Pads `plaintext` to its size bucket, then seals it. The ciphertext length
    /// reveals only the bucket.
    pub fn encrypt(&self, plaintext: &[u8]) -> Vec<u8> {
        seal_with(&self.0, &padding::pad(plaintext))
    }

    pub fn decrypt(&self, ciphertext: &[u8]) -> Result<Vec<u8>, CryptoError> {
        padding::unpad(&open_with(&self.0, ciphertext)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::init;

    #[test]
    fn payload_round_trips_through_the_organisation_seal() {
        init().unwrap();
        let (public, secret) = generate_org_keypair();
        assert_eq!(secret.public_key(), public);
        let dk = DataKey::generate();
        let ciphertext = dk.encrypt("Ich wurde nicht gehört — لم يستمع إلي".as_bytes());
        let sealed = dk.seal_to(&public);
        let reopened = DataKey::open_sealed(&sealed, &public, &secret).unwrap();
        assert_eq!(
            reopened.decrypt(&ciphertext).unwrap(),
            "Ich wurde nicht gehört — لم يستمع إلي".as_bytes()
        );
    }

    #[test]
    fn another_organisation_key_cannot_open_a_data_key() {
        init().unwrap();
        let (public, _) = generate_org_keypair();
        let (other_public, other_secret) = generate_org_keypair();
        let sealed = DataKey::generate().seal_to(&public);
        assert_eq!(
            DataKey::open_sealed(&sealed, &other_public, &other_secret).unwrap_err(),
            CryptoError::Open
        );
    }

    #[test]
    fn tampered_payload_is_refused() {
        init().unwrap();
        let dk = DataKey::generate();
        let mut ciphertext = dk.encrypt(b"my story");
        ciphertext[30] ^= 0x40;
        assert_eq!(dk.decrypt(&ciphertext).unwrap_err(), CryptoError::Open);
        assert_eq!(
            DataKey::generate().decrypt(&dk.encrypt(b"x")).unwrap_err(),
            CryptoError::Open
        );
    }

    #[test]
    fn ciphertext_length_shows_only_the_bucket() {
        init().unwrap();
        let dk = DataKey::generate();
        let short = dk.encrypt(b"a");
        let longer = dk.encrypt(&[b'a'; 900]);
        assert_eq!(short.len(), longer.len());
        assert!(dk.encrypt(&[b'a'; 5000]).len() > short.len());
    }

    #[test]
    fn a_secret_sealed_to_another_key_opens_only_with_that_key() {
        init().unwrap();
        let (old_public, old_secret) = generate_org_keypair();
        let (new_public, new_secret) = generate_org_keypair();
        let sealed = new_secret.seal_to(&old_public);
        let opened = OrgSecretKey::open_sealed_bytes(&sealed, &old_public, &old_secret).unwrap();
        assert_eq!(opened.public_key(), new_public);
        assert!(OrgSecretKey::open_sealed_bytes(&sealed, &new_public, &new_secret).is_err());
    }

    #[test]
    fn notes_open_only_with_the_organisation_secret() {
        init().unwrap();
        let (public, secret) = generate_org_keypair();
        let sealed = public.seal_note("rang the helpline together".as_bytes());
        assert_eq!(
            secret.open_note(&sealed).unwrap(),
            "rang the helpline together".as_bytes()
        );
        assert_eq!(
            generate_org_keypair().1.open_note(&sealed).unwrap_err(),
            CryptoError::Open
        );
        assert_eq!(sealed.len(), public.seal_note(b"x").len(), "padded");
    }

    #[test]
    fn a_key_is_found_in_clear_or_as_hex_and_nowhere_else() {
        init().unwrap();
        let (_, secret) = generate_org_keypair();
        let raw = secret.expose_bytes().to_vec();
        let hex: String = raw.iter().map(|b| format!("{b:02x}")).collect();
        assert!(secret.appears_in(&[b"prefix".as_slice(), &raw, b"suffix"].concat()));
        assert!(secret.appears_in(format!("row ({hex})").as_bytes()));
        assert!(!secret.appears_in(&raw[1..]));
        assert!(!secret.appears_in(b""));
    }

    #[test]
    fn secrets_print_nothing() {
        init().unwrap();
        let (_, secret) = generate_org_keypair();
        let printed = format!("{secret:?} {:?}", DataKey::generate());
        assert_eq!(printed, "OrgSecretKey(<secret>) DataKey(<secret>)");
    }

    #[test]
    fn public_key_bytes_round_trip() {
        init().unwrap();
        let (public, _) = generate_org_keypair();
        assert_eq!(
            OrgPublicKey::from_bytes(&public.to_bytes()).unwrap(),
            public
        );
        assert_eq!(
            OrgPublicKey::from_bytes(&[1, 2]).unwrap_err(),
            CryptoError::Malformed
        );
    }
}
