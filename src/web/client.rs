//! Which client is asking, for rate limiting only. The address is never stored or
//! logged: it is hashed at once (see `ratelimit`).

use std::net::IpAddr;

use rocket::request::{FromRequest, Outcome, Request};

use super::WebSettings;

/// The client's address as far as Voices can tell: the TCP peer or, when the peer
/// is a configured trusted proxy, the rightmost address in the configured
/// forwarding header (`client_ip_header`) that is not itself a trusted proxy.
///
/// Every line of the header counts, in order, and each line may hold a comma list:
/// proxies append their own line or entry, so a client can write whatever it likes
/// at the *left*, and only the entries added by trusted proxies (the right end)
/// can be believed. The first entry from the right that is not a trusted proxy is
/// what the nearest trusted proxy saw. No other header is consulted.
pub struct ClientAddress(pub IpAddr);

/// One entry of a forwarding header: `203.0.113.9`, `2001:db8::1`,
/// `[2001:db8::1]:443` or `203.0.113.9:443`.
fn parse_hop(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim().trim_matches('"');
    if let Ok(ip) = entry.parse() {
        return Some(ip);
    }
    if let Some(rest) = entry.strip_prefix('[') {
        return rest.split_once(']').and_then(|(ip, _)| ip.parse().ok());
    }
    entry
        .rsplit_once(':')
        .filter(|(ip, _)| !ip.contains(':'))
        .and_then(|(ip, _)| ip.parse().ok())
}

impl ClientAddress {
    pub fn resolve(
        peer: Option<IpAddr>,
        headers: &rocket::http::HeaderMap<'_>,
        header_name: &str,
        trusted: &[IpAddr],
    ) -> Option<IpAddr> {
        let peer = peer?;
        if !trusted.contains(&peer) {
            return Some(peer);
        }
        let hops: Vec<&str> = headers
            .get(header_name)
            .flat_map(|line| line.split(','))
            .collect();
        for hop in hops.iter().rev() {
            match parse_hop(hop) {
                Some(ip) if trusted.contains(&ip) => continue,
                Some(ip) => return Some(ip),
                // A trusted proxy wrote something that is not an address: nothing
                // to its left can be believed, so the client is the proxy's peer
                // as far as Voices knows, which is the proxy itself.
                None => return Some(peer),
            }
        }
        Some(peer)
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ClientAddress {
    type Error = std::convert::Infallible;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let settings = req.rocket().state::<WebSettings>();
        let trusted = settings
            .map(|s| s.trusted_proxies.as_slice())
            .unwrap_or(&[]);
        let header = settings
            .map(|s| s.client_ip_header.as_str())
            .unwrap_or("X-Forwarded-For");
        let peer = req.remote().map(|addr| addr.ip());
        // A request without a peer address (only in-process tests) shares one key.
        let address = Self::resolve(peer, req.headers(), header, trusted)
            .unwrap_or(IpAddr::from([0, 0, 0, 0]));
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

    const XFF: &str = "X-Forwarded-For";

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_headers_are_ignored_unless_the_peer_is_trusted() {
        let peer = ip("198.51.100.1");
        let forged = headers(&[(XFF, "203.0.113.9"), ("X-Real-IP", "203.0.113.9")]);
        assert_eq!(
            ClientAddress::resolve(Some(peer), &forged, XFF, &[]),
            Some(peer)
        );
        let proxy = ip("10.0.0.2");
        let via_proxy = headers(&[(XFF, "203.0.113.5, 203.0.113.9, 10.0.0.2")]);
        assert_eq!(
            ClientAddress::resolve(Some(proxy), &via_proxy, XFF, &[proxy]),
            Some(ip("203.0.113.9"))
        );
        assert_eq!(
            ClientAddress::resolve(Some(proxy), &headers(&[]), XFF, &[proxy]),
            Some(proxy)
        );
    }

    #[test]
    fn every_line_counts_and_the_rightmost_untrusted_address_wins() {
        let proxy = ip("10.0.0.2");
        // The client sent its own X-Forwarded-For; the proxy appended a second line
        // with the address it saw. The first line must not choose the key.
        let two_lines = headers(&[(XFF, "198.51.100.77"), (XFF, "203.0.113.9")]);
        assert_eq!(
            ClientAddress::resolve(Some(proxy), &two_lines, XFF, &[proxy]),
            Some(ip("203.0.113.9"))
        );
        // Two trusted proxies in a row, each appending.
        let inner = ip("10.0.0.3");
        let chain = headers(&[(XFF, "198.51.100.77, 203.0.113.9"), (XFF, "10.0.0.3")]);
        assert_eq!(
            ClientAddress::resolve(Some(proxy), &chain, XFF, &[proxy, inner]),
            Some(ip("203.0.113.9"))
        );
        // X-Real-IP is not consulted unless it is the configured header.
        let real_ip = headers(&[("X-Real-IP", "203.0.113.7")]);
        assert_eq!(
            ClientAddress::resolve(Some(proxy), &real_ip, XFF, &[proxy]),
            Some(proxy)
        );
        assert_eq!(
            ClientAddress::resolve(Some(proxy), &real_ip, "X-Real-IP", &[proxy]),
            Some(ip("203.0.113.7"))
        );
        // Ports and brackets as some proxies write them.
        let ported = headers(&[(XFF, "[2001:db8::7]:4711"), (XFF, "203.0.113.8:443")]);
        assert_eq!(
            ClientAddress::resolve(Some(proxy), &ported, XFF, &[proxy]),
            Some(ip("203.0.113.8"))
        );
        // Garbage to the right of the client's part: fall back to the proxy.
        let garbage = headers(&[(XFF, "203.0.113.9, unknown")]);
        assert_eq!(
            ClientAddress::resolve(Some(proxy), &garbage, XFF, &[proxy]),
            Some(proxy)
        );
    }
}
