//! Security headers on every response, added in one place.
//! It sets no cookie, and the policy lets no page load from another origin.

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::Header;
use rocket::{Request, Response};

pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; frame-ancestors 'none'; \
     form-action 'self'; base-uri 'none'; object-src 'none'";

/// Adds the headers; `hsts` when Voices is served over HTTPS (`public_url`);
/// `Onion-Location` on survivor pages reached over the clear web when the site
/// has an onion address (`organisation.onion_address`), so Tor Browser offers it.
pub struct SecurityHeaders {
    pub hsts: bool,
    pub onion: Option<String>,
}

#[rocket::async_trait]
impl Fairing for SecurityHeaders {
    fn info(&self) -> Info {
        Info {
            name: "Security headers",
            kind: Kind::Response,
        }
    }

    async fn on_response<'r>(&self, req: &'r Request<'_>, res: &mut Response<'r>) {
        res.set_header(Header::new(
            "Content-Security-Policy",
            CONTENT_SECURITY_POLICY,
        ));
        res.set_header(Header::new("Referrer-Policy", "no-referrer"));
        res.set_header(Header::new("X-Content-Type-Options", "nosniff"));
        res.set_header(Header::new("X-Frame-Options", "DENY"));
        // Nothing a survivor sees should stay in a shared device's cache.
        res.set_header(Header::new("Cache-Control", "no-store"));
        res.set_header(Header::new(
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
        ));
        res.set_header(Header::new("Cross-Origin-Opener-Policy", "same-origin"));
        res.set_header(Header::new("Cross-Origin-Resource-Policy", "same-origin"));
        if self.hsts {
            res.set_header(Header::new("Strict-Transport-Security", "max-age=63072000"));
        }
        if let Some(onion) = &self.onion {
            // The Host header as sent (a port after the name is allowed).
            let over_onion = req.headers().get_one("Host").is_some_and(|h| {
                h.rsplit_once(':')
                    .map_or(h, |(name, _)| name)
                    .trim_end_matches('.')
                    .ends_with(".onion")
            });
            if !over_onion && super::logging::is_survivor_request(req) {
                res.set_header(Header::new(
                    "Onion-Location",
                    format!("http://{onion}{}", req.uri()),
                ));
            }
        }
        // Rocket announces itself by default; a server name helps nobody here.
        res.remove_header("Server");
    }
}
