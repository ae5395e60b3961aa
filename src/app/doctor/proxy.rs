//! Whether the reverse proxy settings match what requests carried, from the summary
//! the running Voices writes. Reads that summary only; never an address.

use super::proxy_seen;
use super::{line, Check, Verdict};
use crate::config::Config;

/// Judges the proxy settings against what requests carried.
pub fn judge_proxy(config: &Config, seen: &proxy_seen::ProxySummary) -> Check {
    let header = &config.client_ip_header;
    if seen.client_ip_header != *header || seen.trusted_proxies != config.trusted_proxies.len() {
        return line(
            "proxy",
            Verdict::Warn,
            "the last summary was written under other proxy settings",
            "restart Voices and look again after some visits (the summary is written each hour and at stop)",
        );
    }
    if seen.untrusted_with_header {
        let todo = if config.trusted_proxies.is_empty() {
            "add your proxy's address to trusted_proxies (127.0.0.1 when it runs on this server)"
                .to_owned()
        } else {
            "add the proxy's address, as Voices sees it, to trusted_proxies".to_owned()
        };
        return line(
            "proxy",
            Verdict::Fail,
            "requests arrive with forwarded addresses from a peer that is not in trusted_proxies: every visitor shares the proxy's rate limits",
            todo,
        );
    }
    if seen.trusted_other_header && !seen.trusted_with_header {
        return line(
            "proxy",
            Verdict::Fail,
            format!("the trusted proxy sends the client's address in another header than {header}"),
            "set client_ip_header to the header your proxy sets (X-Forwarded-For in the examples)",
        );
    }
    if seen.trusted_without_header && !seen.trusted_with_header {
        return line(
            "proxy",
            Verdict::Fail,
            format!("requests from a trusted proxy carry no {header}: every visitor shares one rate limit"),
            format!("make the proxy set {header} (proxy_set_header X-Forwarded-For $remote_addr in nginx)"),
        );
    }
    if seen.trusted_without_header {
        return line(
            "proxy",
            Verdict::Warn,
            format!("most requests from the trusted address carry {header}, some carry none"),
            "expected when Tor's onion service connects from the same address; otherwise check every proxy sets it",
        );
    }
    if seen.trusted_with_header && seen.untrusted_direct && !config.trusted_proxies.is_empty() {
        return line(
            "proxy",
            Verdict::Warn,
            format!("requests come through the proxy with {header}, and some reach Voices directly"),
            "listen on 127.0.0.1 only (address = \"127.0.0.1\") so every visit goes through the proxy",
        );
    }
    if seen.trusted_with_header {
        return line(
            "proxy",
            Verdict::Ok,
            format!("requests come from a trusted proxy with {header}, as configured"),
            "",
        );
    }
    line(
        "proxy",
        Verdict::Ok,
        "requests reach Voices directly, with no forwarded addresses",
        "",
    )
}

pub(super) fn proxy(config: &Config) -> Check {
    match proxy_seen::read(&config.data_dir) {
        None => line(
            "proxy",
            Verdict::Warn,
            "no requests summarised yet",
            "look again after Voices has served for an hour, or after it stops",
        ),
        Some(Err(e)) => line(
            "proxy",
            Verdict::Warn,
            format!("{}: {e}", proxy_seen::FILE),
            "it is rewritten within the hour",
        ),
        Some(Ok(seen)) => judge_proxy(config, &seen),
    }
}
