//! Random tokens (setup links, pre-session CSRF) and the keyed hash that lets rate
//! limiting tell clients apart without remembering their addresses.
//! No address is kept: only its keyed hash leaves this file.

use std::net::IpAddr;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sodiumoxide::randombytes::randombytes_into;

use super::{keyed_hash, secretbox_key, CryptoError, OrgSecretKey};

/// 32 random bytes, URL-safe base64.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    randombytes_into(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// `n` bytes from the OS random source.
pub fn random_bytes(n: usize) -> Vec<u8> {
    sodiumoxide::randombytes::randombytes(n)
}

/// A random row id (positive, never zero) for rows whose order of writing must
/// not show: ordered by such ids, rows come out in no order related to time.
pub fn random_row_id() -> i64 {
    let mut bytes = [0u8; 8];
    sodiumoxide::randombytes::randombytes_into(&mut bytes);
    (i64::from_be_bytes(bytes) & i64::MAX).max(1)
}

/// Compares without leaking where two values first differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && sodiumoxide::utils::memcmp(a, b)
}

/// The one-time token in the first-admin setup link. Until the first admin claims
/// it, the organisation secret key is stored wrapped under a key derived from it.
pub struct SetupToken(zeroize::Zeroizing<String>);

impl std::fmt::Debug for SetupToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SetupToken(<secret>)")
    }
}

impl SetupToken {
    pub fn generate() -> Self {
        Self(zeroize::Zeroizing::new(random_token()))
    }

    pub fn from_text(text: &str) -> Self {
        Self(zeroize::Zeroizing::new(text.trim().to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// What the database stores to recognise the token.
    pub fn lookup_hash(&self) -> Vec<u8> {
        keyed_hash(None, "voices-setup-lookup-v1", &[self.0.as_bytes()]).to_vec()
    }

    pub fn wrap_org_secret(&self, secret: &OrgSecretKey) -> Vec<u8> {
        secret.wrap_with(&self.wrap_key())
    }

    pub fn unwrap_org_secret(&self, wrapped: &[u8]) -> Result<OrgSecretKey, CryptoError> {
        OrgSecretKey::unwrap_with(&self.wrap_key(), wrapped)
    }

    fn wrap_key(&self) -> sodiumoxide::crypto::secretbox::Key {
        secretbox_key(&keyed_hash(
            None,
            "voices-setup-wrap-v1",
            &[self.0.as_bytes()],
        ))
    }
}

/// Hashes client addresses under a key that exists only in this process's memory.
/// The owner replaces it daily, so even the in-memory rate-limit table cannot link
/// one day's visits to the next.
pub struct AddressHasher([u8; 32]);

impl std::fmt::Debug for AddressHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AddressHasher(<secret>)")
    }
}

impl Drop for AddressHasher {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

impl AddressHasher {
    pub fn generate() -> Self {
        let mut key = [0u8; 32];
        randombytes_into(&mut key);
        Self(key)
    }

    /// One client is one IPv4 address, or one IPv6 /64 (the smallest block a
    /// household or phone is given, so cycling through it does not escape limits).
    pub fn hash(&self, address: &IpAddr) -> [u8; 16] {
        self.hash_block(address, 64)
    }

    /// Like [`AddressHasher::hash`], with IPv6 counted by a `/prefix` block (48 for
    /// staff sign-in: a site is often given a /48, and an attacker guessing
    /// passphrases from one should not get 65,536 quotas).
    pub fn hash_block(&self, address: &IpAddr, v6_prefix: u8) -> [u8; 16] {
        let prefix = usize::from(v6_prefix.min(128));
        let bytes = match address {
            IpAddr::V4(v4) => v4.to_ipv6_mapped().octets(),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => v4.to_ipv6_mapped().octets(),
                None => {
                    let bits = u128::from_be_bytes(v6.octets());
                    let mask = if prefix == 0 {
                        0
                    } else {
                        u128::MAX << (128 - prefix)
                    };
                    (bits & mask).to_be_bytes()
                }
            },
        };
        let full = keyed_hash(
            Some(&self.0),
            "voices-client-address-v1",
            &[&bytes, &[v6_prefix]],
        );
        let mut out = [0u8; 16];
        out.copy_from_slice(&full[..16]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::{generate_org_keypair, init};

    #[test]
    fn setup_token_unwraps_only_with_the_same_token() {
        init().unwrap();
        let (public, secret) = generate_org_keypair();
        let token = SetupToken::generate();
        let wrapped = token.wrap_org_secret(&secret);
        let typed = SetupToken::from_text(&format!(" {} ", token.expose()));
        assert_eq!(typed.lookup_hash(), token.lookup_hash());
        assert_eq!(
            typed.unwrap_org_secret(&wrapped).unwrap().public_key(),
            public
        );
        assert!(SetupToken::generate().unwrap_org_secret(&wrapped).is_err());
        assert!(!token
            .lookup_hash()
            .windows(8)
            .any(|w| token.expose().as_bytes().starts_with(w)));
    }

    #[test]
    fn address_hashes_depend_on_the_key() {
        init().unwrap();
        let addr: IpAddr = "203.0.113.7".parse().unwrap();
        let a = AddressHasher::generate();
        let b = AddressHasher::generate();
        assert_eq!(a.hash(&addr), a.hash(&addr));
        assert_ne!(a.hash(&addr), b.hash(&addr));
        assert_ne!(a.hash(&addr), a.hash(&"203.0.113.8".parse().unwrap()));
        // Addresses inside one IPv6 /64 are one client; another /64 is another.
        let v6 = |s: &str| a.hash(&s.parse::<IpAddr>().unwrap());
        assert_eq!(
            v6("2001:db8:1:2::1"),
            v6("2001:db8:1:2:ffff:ffff:ffff:ffff")
        );
        assert_ne!(v6("2001:db8:1:2::1"), v6("2001:db8:1:3::1"));
        assert_eq!(v6("::ffff:203.0.113.7"), a.hash(&addr));
        // For sign-in, one /48 is one client.
        let v6_48 = |s: &str| a.hash_block(&s.parse::<IpAddr>().unwrap(), 48);
        assert_eq!(v6_48("2001:db8:1:2::1"), v6_48("2001:db8:1:ffff::9"));
        assert_ne!(v6_48("2001:db8:1::1"), v6_48("2001:db8:2::1"));
        assert_eq!(
            a.hash_block(&addr, 48),
            a.hash_block(&"::ffff:203.0.113.7".parse().unwrap(), 48)
        );
    }

    #[test]
    fn tokens_are_random_and_compare_in_constant_time() {
        init().unwrap();
        let a = random_token();
        assert_eq!(a.len(), 43);
        assert_ne!(a, random_token());
        assert!(constant_time_eq(a.as_bytes(), a.as_bytes()));
        assert!(!constant_time_eq(a.as_bytes(), random_token().as_bytes()));
        assert!(!constant_time_eq(b"a", b"ab"));
    }
}
