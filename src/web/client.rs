//! Which client is asking, for rate limiting only. The address is never stored or
//! logged: it is hashed at once (see `ratelimit`).

use std::net::IpAddr;

use rocket::request::{FromRequest, Outcome, Request};

use super::WebSettings;

/// The client's address as far as Voices can tell: the TCP peer, or, when the peer
/// is a configured trusted proxy, the nearest untrusted address in
/// `X-Forwarded-For` (then `X-Real-IP`).
pub struct ClientAddress(pub IpAddr);

impl ClientAddress {
    pub fn resolve(
        peer: Option<IpAddr>,
        headers: &rocket::http::HeaderMap<'_>,
        trusted: &[IpAddr],
    ) -> Option<IpAddr> {
        let peer = peer?;
        if !trusted.contains(&peer) {
            return Some(peer);
        }
        if let Some(forwarded) = headers.get_one("X-Forwarded-For") {
            let hops: Vec<IpAddr> = forwarded
                .split(',')
                .filter_map(|h| h.trim().parse().ok())
                .collect();
            if let Some(client) = hops.iter().rev().find(|ip| !trusted.contains(ip)) {
                return Some(*client);
            }
        }
        headers
            .get_one("X-Real-IP")
            .and_then(|h| h.trim().parse().ok())
            .or(Some(peer))
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ClientAddress {
    type Error = std::convert::Infallible;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let trusted = req
            .rocket()
            .state::<WebSettings>()
            .map(|s| s.trusted_proxies.as_slice())
            .unwrap_or(&[]);
        let peer = req.remote().map(|addr| addr.ip());
        // A request without a peer address (only in-process tests) shares one key.
        let address =
            Self::resolve(peer, req.headers(), trusted).unwrap_or(IpAddr::from([0, 0, 0, 0]));
        Outcome::Success(ClientAddress(address))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rocket::http::{Header, HeaderMap};

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap<'static> {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.add(Header::new(*k, *v));
        }
        map
    }

    #[test]
    fn forwarded_headers_are_ignored_unless_the_peer_is_trusted() {
        let peer: IpAddr = "198.51.100.1".parse().unwrap();
        let forged = headers(&[
            ("X-Forwarded-For", "203.0.113.9"),
            ("X-Real-IP", "203.0.113.9"),
        ]);
        assert_eq!(ClientAddress::resolve(Some(peer), &forged, &[]), Some(peer));
        let proxy: IpAddr = "10.0.0.2".parse().unwrap();
        let via_proxy = headers(&[("X-Forwarded-For", "203.0.113.5, 203.0.113.9, 10.0.0.2")]);
        assert_eq!(
            ClientAddress::resolve(Some(proxy), &via_proxy, &[proxy]),
            Some("203.0.113.9".parse().unwrap())
        );
        let real_ip = headers(&[("X-Real-IP", "203.0.113.7")]);
        assert_eq!(
            ClientAddress::resolve(Some(proxy), &real_ip, &[proxy]),
            Some("203.0.113.7".parse().unwrap())
        );
        assert_eq!(
            ClientAddress::resolve(Some(proxy), &headers(&[]), &[proxy]),
            Some(proxy)
        );
    }
}
