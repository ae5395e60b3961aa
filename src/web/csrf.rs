//! CSRF protection for staff forms.
//!
//! Signed-in forms carry a token derived from the session secret (see
//! `crypto::SessionSecret::csrf_token`). Forms shown before a session exists (sign
//! in, first-admin setup) use a random token kept in a private, `SameSite=Strict`
//! session cookie and repeated in the form. Survivor pages never use either: they
//! set no cookies at all.

use rocket::http::{Cookie, CookieJar, SameSite};
use rocket::request::{FromRequest, Outcome, Request};

use crate::crypto::{constant_time_eq, random_token};

use super::WebSettings;

const COOKIE: &str = "voices_csrf";

/// Builds a cookie that ends with the browser session: no `Expires`, no `Max-Age`
/// (Rocket would otherwise give private cookies a week), `HttpOnly`,
/// `SameSite=Strict`, and `Secure` behind TLS.
pub fn session_cookie(name: &'static str, value: String, secure: bool) -> Cookie<'static> {
    let mut cookie = Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .build();
    // An explicit session expiry stops Rocket's private-cookie default of a week.
    cookie.set_expires(cookie::Expiration::Session);
    cookie
}

/// The pre-session CSRF token for this browser, created on first use.
pub struct PreSessionCsrf(String);

impl PreSessionCsrf {
    pub fn token(&self) -> &str {
        &self.0
    }

    pub fn verify(&self, submitted: &str) -> bool {
        constant_time_eq(self.0.as_bytes(), submitted.as_bytes())
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for PreSessionCsrf {
    type Error = std::convert::Infallible;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let jar: &CookieJar<'_> = req.cookies();
        if let Some(existing) = jar.get_private(COOKIE) {
            return Outcome::Success(PreSessionCsrf(existing.value().to_owned()));
        }
        let secure = req
            .rocket()
            .state::<WebSettings>()
            .is_some_and(|s| s.secure_cookies);
        let token = random_token();
        jar.add_private(session_cookie(COOKIE, token.clone(), secure));
        Outcome::Success(PreSessionCsrf(token))
    }
}
