//! The signed-in staff member behind a request.
//! Only the private, encrypted cookie counts; a plain one is never read.

use rocket::http::{CookieJar, Status};
use rocket::request::{FromRequest, Outcome, Request};

use crate::app::staff::{self, StaffIdentity};
use crate::crypto::OrgSecretKey;
use crate::crypto::{constant_time_eq, SessionSecret};
use crate::domain::Permission;
use crate::error::AppError;

use super::context::StaffBadge;
use super::csrf::session_cookie;
use super::Services;

pub const COOKIE: &str = "voices_session";

/// A valid, non-idle staff session. Missing or expired sessions fail with 401,
/// which the catcher turns into the sign-in page.
pub struct StaffSession {
    pub secret: SessionSecret,
    pub identity: StaffIdentity,
}

impl StaffSession {
    pub fn csrf_token(&self) -> String {
        self.secret.csrf_token()
    }

    pub fn verify_csrf(&self, submitted: &str) -> Result<(), AppError> {
        if constant_time_eq(self.csrf_token().as_bytes(), submitted.as_bytes()) {
            Ok(())
        } else {
            Err(AppError::CsrfMismatch)
        }
    }

    pub fn badge(&self) -> StaffBadge {
        StaffBadge {
            name: self.identity.name.clone(),
            roles: self.identity.roles,
        }
    }

    pub fn require(&self, permission: Permission) -> Result<(), AppError> {
        if self.identity.can(permission) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// The organisation secret key, opened for this request from the session.
    pub fn org_secret(&self) -> Result<OrgSecretKey, AppError> {
        self.identity
            .org_secret(&self.secret)
            .unwrap_or(Err(AppError::Forbidden))
    }

    /// Starts a session cookie for a fresh sign-in.
    pub fn set_cookie(jar: &CookieJar<'_>, secret: &SessionSecret, secure: bool) {
        jar.add_private(session_cookie(COOKIE, secret.to_cookie_value(), secure));
    }

    pub fn clear_cookie(jar: &CookieJar<'_>) {
        jar.remove_private(COOKIE);
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for StaffSession {
    type Error = AppError;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, AppError> {
        let Some(services) = req.rocket().state::<Services>() else {
            return Outcome::Error((
                Status::InternalServerError,
                AppError::Internal("no services".into()),
            ));
        };
        let Some(secret) = req
            .cookies()
            .get_private(COOKIE)
            .and_then(|c| SessionSecret::from_cookie_value(c.value()))
        else {
            return Outcome::Error((Status::Unauthorized, AppError::NotSignedIn));
        };
        let idle = services.idle_secs;
        let max = services.max_session_secs;
        let id = secret.lookup_id();
        match services
            .run(move |conn| staff::resume_within(conn, &id, idle, max))
            .await
        {
            Ok(Some(identity)) => Outcome::Success(StaffSession { secret, identity }),
            Ok(None) => {
                Self::clear_cookie(req.cookies());
                Outcome::Error((Status::Unauthorized, AppError::NotSignedIn))
            }
            Err(err) => Outcome::Error((Status::new(err.status()), err)),
        }
    }
}
