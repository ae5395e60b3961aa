//! Who may read digests: the practitioner-only setting, a staff member's roles,
//! or an admin's bearer token (rate-limited per token), and what a node last
//! read of the setting and of each digest's freshness. It never renders.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::Instant;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use rocket::http::Status;
use rocket::request::{FromRequest, Outcome, Request};

use crate::app::digests::{self, DigestConfig};
use crate::domain::digest::Period;
use crate::domain::Permission;
use crate::error::AppResult;
use crate::web::compression::{Encoded, Freshness, RECHECK_AFTER};
use crate::web::session::StaffSession;
use crate::web::Services;

/// A data file as rendered, the freshness it was rendered at, and its
/// compressed forms.
pub(super) type Rendered = ([i64; 4], std::sync::Arc<Encoded>);

/// Digest settings and the per-token rate limiter.
pub struct DigestAccess {
    pub config: DigestConfig,
    limiter: DefaultKeyedRateLimiter<i64>,
    pub public_base: String,
    /// Rendered JSON and CSV of released digests, by period and format, with
    /// the freshness they were rendered at: the figures never change, and a
    /// withdrawn quote or a new response changes the freshness.
    pub(super) rendered: Mutex<HashMap<(String, String), Rendered>>,
    /// The practitioner-only setting as last read, and when.
    restricted: Mutex<Option<(Instant, bool)>>,
    /// Released periods' freshness as last read, and when. Only released
    /// periods are kept, so made-up periods cannot fill it.
    fresh: Mutex<HashMap<Period, (Instant, [i64; 4])>>,
    /// What the list and the responses page show (`storage::digests::listing`)
    /// as last read, and when.
    listing: Mutex<Option<(Instant, [i64; 4])>>,
}

impl DigestAccess {
    pub fn new(config: DigestConfig, public_base: String) -> Self {
        let per_minute = NonZeroU32::new(config.token_requests_per_minute.max(1))
            .expect("at least one request a minute");
        Self {
            limiter: RateLimiter::keyed(Quota::per_minute(per_minute)),
            config,
            public_base,
            rendered: Mutex::new(HashMap::new()),
            restricted: Mutex::new(None),
            fresh: Mutex::new(HashMap::new()),
            listing: Mutex::new(None),
        }
    }

    /// Forgets what was read of the setting and of every digest's freshness:
    /// after a change made through this node (an admin's, or a withdrawal).
    pub fn forget(&self) {
        if let Ok(mut r) = self.restricted.lock() {
            *r = None;
        }
        if let Ok(mut f) = self.fresh.lock() {
            f.clear();
        }
        if let Ok(mut l) = self.listing.lock() {
            *l = None;
        }
    }

    /// What the digest list and the responses page show, read again when older
    /// than [`RECHECK_AFTER`]; `None` when the database cannot say.
    pub(super) async fn listing(&self, services: &Services) -> Option<Freshness> {
        let known = self.listing.lock().ok().and_then(|l| *l);
        if let Some((_, value)) = known.filter(|(at, _)| at.elapsed() < RECHECK_AFTER) {
            return Some(value);
        }
        let value = services
            .run(|conn| Ok(crate::storage::digests::listing(conn)?))
            .await
            .ok()?;
        if let Ok(mut l) = self.listing.lock() {
            *l = Some((Instant::now(), value));
        }
        Some(value)
    }

    async fn restricted(&self, services: &Services) -> bool {
        let known = self.restricted.lock().ok().and_then(|r| *r);
        if let Some((_, value)) = known.filter(|(at, _)| at.elapsed() < RECHECK_AFTER) {
            return value;
        }
        let config = self.config.clone();
        match services
            .run(move |conn| digests::practitioner_only(conn, &config))
            .await
        {
            Ok(value) => {
                if let Ok(mut r) = self.restricted.lock() {
                    *r = Some((Instant::now(), value));
                }
                value
            }
            // When the database cannot say, digests stay closed.
            Err(_) => true,
        }
    }

    pub(super) async fn freshness(
        &self,
        services: &Services,
        period: Period,
    ) -> AppResult<Option<[i64; 4]>> {
        let known = self.fresh.lock().ok().and_then(|f| f.get(&period).copied());
        if let Some((_, fresh)) = known.filter(|(at, _)| at.elapsed() < RECHECK_AFTER) {
            return Ok(Some(fresh));
        }
        let fresh = services
            .run(move |conn| digests::freshness(conn, period))
            .await?;
        if let (Some(value), Ok(mut f)) = (fresh, self.fresh.lock()) {
            f.insert(period, (Instant::now(), value));
        }
        Ok(fresh)
    }
}

/// Whether this request may read digests, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Allowed,
    /// No sign-in or token where one is needed, or a wrong or revoked token.
    Unauthorized,
    RateLimited,
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Access {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        let (Some(services), Some(access)) = (
            req.rocket().state::<Services>(),
            req.rocket().state::<DigestAccess>(),
        ) else {
            return Outcome::Error((Status::InternalServerError, ()));
        };
        let bearer = req
            .headers()
            .get_one("Authorization")
            .map(|h| h.strip_prefix("Bearer ").unwrap_or("").trim().to_owned());
        if let Some(token) = bearer {
            // A presented token is always checked, so a revoked one is told so.
            let pepper = services.pepper.clone();
            let checked = services
                .run(move |conn| digests::check_token(conn, &pepper, &token))
                .await;
            return Outcome::Success(match checked {
                Ok(Some(id)) if access.limiter.check_key(&id).is_ok() => Access::Allowed,
                Ok(Some(_)) => Access::RateLimited,
                _ => Access::Unauthorized,
            });
        }
        if !access.restricted(services).await {
            return Outcome::Success(Access::Allowed);
        }
        Outcome::Success(match req.guard::<StaffSession>().await {
            Outcome::Success(s) if s.identity.can(Permission::ReadDigests) => Access::Allowed,
            _ => Access::Unauthorized,
        })
    }
}
