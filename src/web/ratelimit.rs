//! Rate limiting with governor, keyed on a hash of the client address.
//!
//! The hash key lives only in memory and is replaced every day, so neither the
//! limiter's table nor anything derived from it can link a visitor across days.
//! Entries that have refilled are pruned with `retain_recent`, keeping memory
//! bounded. Quotas are per node: behind a load balancer each node counts alone.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::RwLock;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::crypto::AddressHasher;
use crate::error::AppError;

/// What is being limited. Each has its own quota.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    /// Staff sign-in attempts.
    SignIn,
    /// First-admin setup attempts.
    Setup,
    /// Receipt look-ups (guessing codes).
    Receipt,
    /// New submissions.
    Submit,
}

const PRUNE_EVERY: u64 = 1024;
const DAY_SECS: u64 = 24 * 60 * 60;

type Key = [u8; 16];

pub struct RateLimits {
    enabled: bool,
    hasher: RwLock<(u64, AddressHasher)>,
    sign_in: DefaultKeyedRateLimiter<Key>,
    setup: DefaultKeyedRateLimiter<Key>,
    receipt: DefaultKeyedRateLimiter<Key>,
    submit: DefaultKeyedRateLimiter<Key>,
    checks: AtomicU64,
}

fn per_minute(n: u32, burst: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(n).expect("non-zero"))
        .allow_burst(NonZeroU32::new(burst).expect("non-zero"))
}

fn today_index() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / DAY_SECS)
        .unwrap_or(0)
}

impl RateLimits {
    pub fn new(enabled: bool) -> Self {
        Self {
            enabled,
            hasher: RwLock::new((today_index(), AddressHasher::generate())),
            sign_in: RateLimiter::keyed(per_minute(5, 5)),
            setup: RateLimiter::keyed(per_minute(5, 5)),
            receipt: RateLimiter::keyed(per_minute(10, 10)),
            submit: RateLimiter::keyed(per_minute(6, 10)),
            checks: AtomicU64::new(0),
        }
    }

    fn limiter(&self, bucket: Bucket) -> &DefaultKeyedRateLimiter<Key> {
        match bucket {
            Bucket::SignIn => &self.sign_in,
            Bucket::Setup => &self.setup,
            Bucket::Receipt => &self.receipt,
            Bucket::Submit => &self.submit,
        }
    }

    fn key_for(&self, bucket: Bucket, address: &IpAddr) -> Key {
        // Sign-in guesses come from a whole site's /48 as easily as from one /64.
        let v6_prefix = if bucket == Bucket::SignIn { 48 } else { 64 };
        let today = today_index();
        {
            let guard = self.hasher.read().unwrap_or_else(|p| p.into_inner());
            if guard.0 == today {
                return guard.1.hash_block(address, v6_prefix);
            }
        }
        let mut guard = self.hasher.write().unwrap_or_else(|p| p.into_inner());
        if guard.0 != today {
            *guard = (today, AddressHasher::generate());
        }
        guard.1.hash_block(address, v6_prefix)
    }

    /// Counts one attempt; `Err(RateLimited)` says how long to wait.
    pub fn check(&self, bucket: Bucket, address: &IpAddr) -> Result<(), AppError> {
        if !self.enabled {
            return Ok(());
        }
        if self.checks.fetch_add(1, Ordering::Relaxed) % PRUNE_EVERY == PRUNE_EVERY - 1 {
            self.prune();
        }
        let key = self.key_for(bucket, address);
        self.limiter(bucket).check_key(&key).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            AppError::RateLimited {
                retry_after_secs: wait.as_secs().max(1),
            }
        })
    }

    /// Forgets keys whose quota has fully refilled.
    pub fn prune(&self) {
        for bucket in [
            Bucket::SignIn,
            Bucket::Setup,
            Bucket::Receipt,
            Bucket::Submit,
        ] {
            let limiter = self.limiter(bucket);
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }

    /// How many client keys are remembered, across buckets.
    pub fn remembered(&self) -> usize {
        [
            Bucket::SignIn,
            Bucket::Setup,
            Bucket::Receipt,
            Bucket::Submit,
        ]
        .into_iter()
        .map(|b| self.limiter(b).len())
        .sum()
    }
}

impl std::fmt::Debug for RateLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RateLimits {{ enabled: {} }}", self.enabled)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixth_sign_in_in_a_minute_is_refused_with_a_wait() {
        crate::crypto::init().unwrap();
        let limits = RateLimits::new(true);
        let a: IpAddr = "203.0.113.1".parse().unwrap();
        let b: IpAddr = "203.0.113.2".parse().unwrap();
        for _ in 0..5 {
            limits.check(Bucket::SignIn, &a).unwrap();
        }
        match limits.check(Bucket::SignIn, &a) {
            Err(AppError::RateLimited { retry_after_secs }) => {
                assert!((1..=60).contains(&retry_after_secs))
            }
            other => panic!("expected a rate limit, got {other:?}"),
        }
        // Other clients and other buckets are unaffected.
        limits.check(Bucket::SignIn, &b).unwrap();
        limits.check(Bucket::Receipt, &a).unwrap();
    }

    #[test]
    fn sign_in_counts_an_ipv6_slash_48_as_one_client_and_others_a_slash_64() {
        crate::crypto::init().unwrap();
        let limits = RateLimits::new(true);
        let in_48 = |i: u16| -> IpAddr { format!("2001:db8:7:{i:x}::1").parse().unwrap() };
        for i in 0..5 {
            limits.check(Bucket::SignIn, &in_48(i)).unwrap();
        }
        assert!(matches!(
            limits.check(Bucket::SignIn, &in_48(99)),
            Err(AppError::RateLimited { .. })
        ));
        limits
            .check(Bucket::SignIn, &"2001:db8:8::1".parse().unwrap())
            .unwrap();
        // Receipt look-ups still count each /64 apart.
        for i in 0..20 {
            limits.check(Bucket::Receipt, &in_48(i)).unwrap();
        }
    }

    #[test]
    fn disabled_limits_never_refuse() {
        let limits = RateLimits::new(false);
        let a: IpAddr = "203.0.113.1".parse().unwrap();
        for _ in 0..100 {
            limits.check(Bucket::SignIn, &a).unwrap();
        }
        assert_eq!(limits.remembered(), 0);
    }

    #[test]
    fn pruning_keeps_clients_whose_quota_has_not_refilled() {
        crate::crypto::init().unwrap();
        let limits = RateLimits::new(true);
        for i in 0..50u8 {
            limits
                .check(Bucket::Receipt, &IpAddr::from([203, 0, 113, i]))
                .unwrap();
        }
        assert_eq!(limits.remembered(), 50);
        limits.prune();
        // Each spent one of ten tokens, and a token takes six seconds to return.
        assert_eq!(limits.remembered(), 50);
    }
}
