//! Wrapping the organisation secret key under a staff member's passphrase with
//! Argon2id (libsodium `pwhash`). The same Argon2id run both checks the passphrase
//! (the box opens or not) and yields the key: there is no separate password hash.

use sodiumoxide::crypto::pwhash::argon2id13 as argon;
use sodiumoxide::crypto::secretbox;

use super::{CryptoError, OrgSecretKey};

const VERSION: u8 = 1;
const HEADER: usize = 1 + 8 + 8 + argon::SALTBYTES;

/// How expensive the Argon2id run is. Release builds know only
/// [`KdfCost::Moderate`]; the cheap setting exists only in debug builds, so a
/// release binary cannot be configured into weak key derivation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KdfCost {
    /// libsodium's `OPSLIMIT_MODERATE` / `MEMLIMIT_MODERATE` (3 passes, 256 MiB).
    #[default]
    Moderate,
    /// One pass over 8 KiB: for tests only.
    #[cfg(debug_assertions)]
    TestOnlyFast,
}

impl KdfCost {
    fn limits(self) -> (argon::OpsLimit, argon::MemLimit) {
        match self {
            KdfCost::Moderate => (argon::OPSLIMIT_MODERATE, argon::MEMLIMIT_MODERATE),
            #[cfg(debug_assertions)]
            KdfCost::TestOnlyFast => (argon::OpsLimit(1), argon::MemLimit(8192)),
        }
    }
}

/// A passphrase in memory. Prints nothing, cannot be cloned (so copies do not
/// spread), and is wiped from memory when dropped.
///
/// ```compile_fail
/// let passphrase = voices::crypto::Passphrase::new("quiet river under old lamps");
/// let copy = passphrase.clone(); // no Clone: this does not compile
/// ```
pub struct Passphrase(zeroize::Zeroizing<String>);

impl Passphrase {
    pub fn new(text: impl Into<String>) -> Self {
        Self(zeroize::Zeroizing::new(text.into()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(<secret>)")
    }
}

fn derive(
    passphrase: &Passphrase,
    salt: &argon::Salt,
    ops: argon::OpsLimit,
    mem: argon::MemLimit,
) -> Result<secretbox::Key, CryptoError> {
    let mut key = secretbox::Key([0; secretbox::KEYBYTES]);
    argon::derive_key(&mut key.0, passphrase.expose().as_bytes(), salt, ops, mem)
        .map_err(|()| CryptoError::KeyDerivation)?;
    Ok(key)
}

impl OrgSecretKey {
    /// Wraps this key under `passphrase`. The blob records its own Argon2id
    /// parameters, so they can be raised later without breaking old wraps.
    /// Fails only when libsodium cannot run Argon2id (for example, when the
    /// memory it needs cannot be allocated).
    pub fn wrap_with_passphrase(
        &self,
        passphrase: &Passphrase,
        cost: KdfCost,
    ) -> Result<Vec<u8>, CryptoError> {
        let (ops, mem) = cost.limits();
        let salt = argon::gen_salt();
        let key = derive(passphrase, &salt, ops, mem)?;
        let mut out = Vec::with_capacity(HEADER + 80);
        out.push(VERSION);
        out.extend_from_slice(&(ops.0 as u64).to_be_bytes());
        out.extend_from_slice(&(mem.0 as u64).to_be_bytes());
        out.extend_from_slice(&salt.0);
        out.extend_from_slice(&self.wrap_with(&key));
        Ok(out)
    }

    /// Opens a passphrase wrap. A wrong passphrase and a damaged wrap are both
    /// [`CryptoError::Open`] or [`CryptoError::Malformed`]; a release build refuses
    /// wraps made with weaker than moderate parameters.
    pub fn unwrap_with_passphrase(
        blob: &[u8],
        passphrase: &Passphrase,
    ) -> Result<Self, CryptoError> {
        let (ops, mem, salt, wrapped) = parse(blob)?;
        if !cfg!(debug_assertions)
            && (ops.0 < argon::OPSLIMIT_MODERATE.0 || mem.0 < argon::MEMLIMIT_MODERATE.0)
        {
            return Err(CryptoError::WeakParameters);
        }
        let key = derive(passphrase, &salt, ops, mem)?;
        Self::unwrap_with(&key, wrapped)
    }
}

/// The Argon2id parameters a wrap was made with (`opslimit`, `memlimit` in bytes).
pub fn wrap_parameters(blob: &[u8]) -> Result<(u64, u64), CryptoError> {
    let (ops, mem, _, _) = parse(blob)?;
    Ok((ops.0 as u64, mem.0 as u64))
}

/// A wrap, with the configured cost, of a key nobody needs. An unknown staff name
/// is checked against it, so it costs exactly what checking a real passphrase
/// costs and always fails. The server makes it at start-up ([`DecoyWrap::prepare`]):
/// made on first use, the first unknown name would cost two Argon2id runs and be
/// told apart by its time. A command, which no one can time from outside, makes it
/// on first use and usually never.
pub struct DecoyWrap {
    cost: KdfCost,
    wrap: std::sync::OnceLock<Option<Vec<u8>>>,
}

impl DecoyWrap {
    pub fn new(cost: KdfCost) -> Self {
        Self {
            cost,
            wrap: std::sync::OnceLock::new(),
        }
    }

    /// Makes the wrap now (one Argon2id run), so no sign-in pays for it.
    pub fn prepare(&self) {
        self.wrap();
    }

    /// Whether the wrap has been made.
    pub fn is_prepared(&self) -> bool {
        self.wrap.get().is_some()
    }

    fn wrap(&self) -> &Option<Vec<u8>> {
        self.wrap.get_or_init(|| {
            let (_, secret) = super::generate_org_keypair();
            secret
                .wrap_with_passphrase(&Passphrase::new(super::random_token()), self.cost)
                .ok()
        })
    }

    /// Always an error: `Open` after the full Argon2id work, or `KeyDerivation` if
    /// the decoy itself could not be made.
    pub fn check(&self, passphrase: &Passphrase) -> CryptoError {
        let wrap = self.wrap();
        match wrap
            .as_deref()
            .map(|wrap| OrgSecretKey::unwrap_with_passphrase(wrap, passphrase))
        {
            Some(Err(err)) => err,
            // 256 random bits were the passphrase: this cannot happen.
            Some(Ok(_)) => CryptoError::Open,
            None => CryptoError::KeyDerivation,
        }
    }
}

impl std::fmt::Debug for DecoyWrap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DecoyWrap")
    }
}

type Parsed<'a> = (argon::OpsLimit, argon::MemLimit, argon::Salt, &'a [u8]);

fn parse(blob: &[u8]) -> Result<Parsed<'_>, CryptoError> {
    if blob.len() < HEADER || blob[0] != VERSION {
        return Err(CryptoError::Malformed);
    }
    let ops = u64::from_be_bytes(blob[1..9].try_into().map_err(|_| CryptoError::Malformed)?);
    let mem = u64::from_be_bytes(blob[9..17].try_into().map_err(|_| CryptoError::Malformed)?);
    // Refuse absurd parameters from a damaged row rather than allocate terabytes.
    if ops == 0 || ops > 64 || !(8192..=(4u64 << 30)).contains(&mem) {
        return Err(CryptoError::Malformed);
    }
    let salt = argon::Salt::from_slice(&blob[17..HEADER]).ok_or(CryptoError::Malformed)?;
    Ok((
        argon::OpsLimit(ops as usize),
        argon::MemLimit(mem as usize),
        salt,
        &blob[HEADER..],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::{generate_org_keypair, init};

    #[test]
    fn passphrase_wrap_round_trips_and_refuses_a_wrong_passphrase() {
        init().unwrap();
        let (public, secret) = generate_org_keypair();
        let right = Passphrase::new("correct horse battery staple");
        let blob = secret
            .wrap_with_passphrase(&right, KdfCost::TestOnlyFast)
            .unwrap();
        let opened = OrgSecretKey::unwrap_with_passphrase(&blob, &right).unwrap();
        assert_eq!(opened.public_key(), public);
        let wrong = Passphrase::new("correct horse battery stapler");
        assert_eq!(
            OrgSecretKey::unwrap_with_passphrase(&blob, &wrong).unwrap_err(),
            CryptoError::Open
        );
    }

    #[test]
    fn tampered_wrap_is_refused() {
        init().unwrap();
        let (_, secret) = generate_org_keypair();
        let pass = Passphrase::new("a long enough passphrase");
        let mut blob = secret
            .wrap_with_passphrase(&pass, KdfCost::TestOnlyFast)
            .unwrap();
        let last = blob.len() - 1;
        blob[last] ^= 1;
        assert!(OrgSecretKey::unwrap_with_passphrase(&blob, &pass).is_err());
        assert_eq!(
            OrgSecretKey::unwrap_with_passphrase(&blob[..10], &pass).unwrap_err(),
            CryptoError::Malformed
        );
    }

    #[test]
    fn moderate_cost_records_libsodium_moderate_limits() {
        init().unwrap();
        let (_, secret) = generate_org_keypair();
        let blob = secret
            .wrap_with_passphrase(&Passphrase::new("x"), KdfCost::Moderate)
            .unwrap();
        let (ops, mem) = wrap_parameters(&blob).unwrap();
        assert!(ops >= 3, "opslimit {ops}");
        assert!(mem >= 256 << 20, "memlimit {mem}");
        assert_eq!(KdfCost::default(), KdfCost::Moderate);
    }

    #[test]
    fn the_decoy_refuses_every_passphrase() {
        init().unwrap();
        let decoy = DecoyWrap::new(KdfCost::TestOnlyFast);
        assert_eq!(
            decoy.check(&Passphrase::new("anything at all")),
            CryptoError::Open
        );
        assert_eq!(decoy.check(&Passphrase::new("")), CryptoError::Open);
    }

    #[test]
    fn passphrase_prints_nothing() {
        assert_eq!(
            format!("{:?}", Passphrase::new("hunter2")),
            "Passphrase(<secret>)"
        );
    }
}
