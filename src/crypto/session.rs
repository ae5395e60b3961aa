//! Staff sessions. One random secret lives only in the staff member's encrypted
//! cookie; from it come the session's lookup id (stored hashed), the key that wraps
//! the organisation secret key for this session, and the CSRF token. A copy of the
//! database therefore holds nothing that opens a session-wrapped key.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sodiumoxide::randombytes::randombytes_into;

use super::{keyed_hash, secretbox_key, CryptoError, OrgSecretKey};

pub struct SessionSecret([u8; 32]);

impl std::fmt::Debug for SessionSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionSecret(<secret>)")
    }
}

impl Drop for SessionSecret {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

impl SessionSecret {
    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        randombytes_into(&mut bytes);
        Self(bytes)
    }

    pub fn to_cookie_value(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.0)
    }

    pub fn from_cookie_value(value: &str) -> Option<Self> {
        let bytes = URL_SAFE_NO_PAD.decode(value).ok()?;
        Some(Self(bytes.try_into().ok()?))
    }

    /// What the database stores to find this session.
    pub fn lookup_id(&self) -> Vec<u8> {
        keyed_hash(None, "voices-session-id-v1", &[&self.0]).to_vec()
    }

    pub fn wrap_org_secret(&self, secret: &OrgSecretKey) -> Vec<u8> {
        secret.wrap_with(&self.wrap_key())
    }

    pub fn unwrap_org_secret(&self, wrapped: &[u8]) -> Result<OrgSecretKey, CryptoError> {
        OrgSecretKey::unwrap_with(&self.wrap_key(), wrapped)
    }

    /// The token every form of this session must carry.
    pub fn csrf_token(&self) -> String {
        URL_SAFE_NO_PAD.encode(keyed_hash(None, "voices-session-csrf-v1", &[&self.0]))
    }

    fn wrap_key(&self) -> sodiumoxide::crypto::secretbox::Key {
        secretbox_key(&keyed_hash(None, "voices-session-wrap-v1", &[&self.0]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::{generate_org_keypair, init};

    #[test]
    fn session_wrap_opens_only_with_its_own_secret() {
        init().unwrap();
        let (public, secret) = generate_org_keypair();
        let session = SessionSecret::generate();
        let wrapped = session.wrap_org_secret(&secret);
        let restored = SessionSecret::from_cookie_value(&session.to_cookie_value()).unwrap();
        assert_eq!(
            restored.unwrap_org_secret(&wrapped).unwrap().public_key(),
            public
        );
        assert_eq!(
            SessionSecret::generate()
                .unwrap_org_secret(&wrapped)
                .unwrap_err(),
            CryptoError::Open
        );
    }

    #[test]
    fn derived_values_differ_from_each_other_and_from_the_secret() {
        init().unwrap();
        let session = SessionSecret::generate();
        let id = session.lookup_id();
        assert_ne!(id, session.0.to_vec());
        assert_ne!(URL_SAFE_NO_PAD.encode(&id), session.csrf_token());
        assert_ne!(session.csrf_token(), session.to_cookie_value());
        assert!(SessionSecret::from_cookie_value("not base64!").is_none());
        assert!(SessionSecret::from_cookie_value("AAAA").is_none());
    }
}
