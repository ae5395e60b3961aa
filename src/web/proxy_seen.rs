//! What the requests Voices receives say about the reverse proxy in front of it,
//! for `voices doctor`: whether forwarded-address headers arrive, and whether
//! they come from the configured `trusted_proxies`. This fairing notes each request's
//! kind in the record (`app::doctor::proxy_seen`) and writes it when Voices stops;
//! it never keeps an address, a path, a count or a time.

use std::sync::Arc;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::{Data, Orbit, Request, Rocket};

use super::WebSettings;
pub use crate::app::doctor::proxy_seen::{read, ProxySeen, ProxySummary, FILE};

/// Headers by which proxies commonly pass on the client's address.
const FORWARDING_HEADERS: [&str; 4] = [
    "X-Forwarded-For",
    "X-Real-IP",
    "Forwarded",
    "True-Client-IP",
];

/// The fairing that notes each request and writes the file at shutdown.
pub struct ProxySeenFairing(pub Arc<ProxySeen>);

#[rocket::async_trait]
impl Fairing for ProxySeenFairing {
    fn info(&self) -> Info {
        Info {
            name: "Proxy summary",
            kind: Kind::Request | Kind::Shutdown,
        }
    }

    async fn on_request(&self, req: &mut Request<'_>, _: &mut Data<'_>) {
        let settings = req.rocket().state::<WebSettings>();
        let trusted = settings
            .map(|s| s.trusted_proxies.as_slice())
            .unwrap_or(&[]);
        let header = settings
            .map(|s| s.client_ip_header.as_str())
            .unwrap_or("X-Forwarded-For");
        // Health checks come from monitoring, often straight to Voices: not counted.
        if req.uri().path().segments().next() == Some("healthz") {
            return;
        }
        let Some(peer) = req.remote().map(|a| a.ip()) else {
            return;
        };
        let has_client_header = req.headers().contains(header);
        let has_other = FORWARDING_HEADERS
            .iter()
            .any(|h| !h.eq_ignore_ascii_case(header) && req.headers().contains(*h));
        self.0
            .observe(trusted.contains(&peer), has_client_header, has_other);
    }

    async fn on_shutdown(&self, _rocket: &Rocket<Orbit>) {
        if let Err(e) = self.0.write() {
            tracing::warn!("could not write {FILE}: {e}");
        }
    }
}
