//! Per-account sign-in backoff, stored in the database so it holds on every node
//! and across restarts (the rate limit per address is per node and in memory).
//!
//! Every name that is tried gets the same treatment, whether or not an account has
//! it, so the backoff cannot be used to find out which names exist. The first
//! [`FREE_FAILURES`] failures cost nothing; after that each failure doubles the
//! wait before the next attempt, up to [`MAX_WAIT_SECS`]. An attempt is counted
//! when it starts (see [`reserve`]). A day without failures, or a successful
//! sign-in, starts the count again. The name is stored only as a
//! hash keyed with the receipt pepper.

use crate::crypto::ReceiptPepper;
use crate::error::{AppError, AppResult};
use crate::storage::{self, backoff, DbConnection};

use super::now_unix;

/// Failures allowed before any wait (typos happen).
pub const FREE_FAILURES: i64 = 3;
/// The longest wait between attempts on one name.
pub const MAX_WAIT_SECS: i64 = 15 * 60;
/// After this long without a failure, a name starts again from zero.
pub const FORGET_AFTER_SECS: i64 = 24 * 60 * 60;

/// The key a name's count is stored under.
pub fn name_key(pepper: &ReceiptPepper, name: &str) -> Vec<u8> {
    pepper.sign_in_name_hash(name.trim())
}

/// The wait after `failures` failures.
pub fn wait_after(failures: i64) -> i64 {
    if failures <= FREE_FAILURES {
        return 0;
    }
    let doublings = (failures - FREE_FAILURES).min(20) as u32;
    (1i64 << doublings).min(MAX_WAIT_SECS)
}

/// `Err(RateLimited)` while the name must wait, with how long; otherwise takes
/// the attempt: it is counted as a failure at once, in the same transaction as
/// the check and before any Argon2id work, and only a successful sign-in
/// ([`clear`]) takes it back. So attempts sent in parallel cannot all pass one
/// check before any of them is counted: once the free failures are used, at most
/// one attempt per name is evaluated in each waiting period, and the others wait.
pub fn reserve(conn: &mut DbConnection, key: &[u8]) -> AppResult<()> {
    let now = now_unix();
    storage::write(conn, |c| {
        backoff::lock_name(c, key)?;
        let failures = match backoff::get(c, key)? {
            Some((failures, last)) if now - last <= FORGET_AFTER_SECS => {
                let allowed_at = last + wait_after(failures);
                if now < allowed_at {
                    return Err(AppError::RateLimited {
                        retry_after_secs: (allowed_at - now) as u64,
                    });
                }
                failures + 1
            }
            _ => 1,
        };
        backoff::set(c, key, failures, now)?;
        Ok(())
    })
}

/// A successful sign-in clears the name's count.
pub fn clear(conn: &mut DbConnection, key: &[u8]) -> AppResult<()> {
    Ok(backoff::clear(conn, key)?)
}

/// Forgets names with no failure for a day (run by the periodic sweeper).
pub fn purge(conn: &mut DbConnection) -> AppResult<usize> {
    Ok(backoff::delete_older_than(
        conn,
        now_unix() - FORGET_AFTER_SECS,
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_after_the_free_failures_and_stop_at_the_cap() {
        assert_eq!(wait_after(1), 0);
        assert_eq!(wait_after(FREE_FAILURES), 0);
        assert_eq!(wait_after(FREE_FAILURES + 1), 2);
        assert_eq!(wait_after(FREE_FAILURES + 2), 4);
        assert_eq!(wait_after(FREE_FAILURES + 5), 32);
        assert_eq!(wait_after(1000), MAX_WAIT_SECS);
    }
}
