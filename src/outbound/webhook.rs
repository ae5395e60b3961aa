//! The optional webhook: a JSON POST of the alert's text to a URL the
//! organisation sets (a chat or push service). ureq, blocking, rustls.
//! The body is the alert's text and nothing else; it never follows a redirect.

use std::sync::Arc;
use std::time::Duration;

use ureq::tls::{parse_pem, PemItem, RootCerts, TlsConfig};
use ureq::Agent;

use super::{ConfigProblem, Failure};

pub struct Webhook {
    agent: Agent,
    url: String,
}

impl Webhook {
    pub(super) fn new(
        url: &str,
        timeout: Duration,
        ca: Option<&[u8]>,
    ) -> Result<Self, ConfigProblem> {
        let roots = match ca {
            // An organisation that runs its own chat server with its own
            // authority trusts that authority alone for it.
            Some(pem) => {
                let certs: Vec<_> = parse_pem(pem)
                    .filter_map(|item| match item {
                        Ok(PemItem::Certificate(c)) => Some(c),
                        _ => None,
                    })
                    .collect();
                if certs.is_empty() {
                    return Err((
                        "lead_alerts.ca_file",
                        "holds no usable certificate".to_owned(),
                    ));
                }
                RootCerts::Specific(Arc::new(certs))
            }
            None => RootCerts::PlatformVerifier,
        };
        let agent: Agent = Agent::config_builder()
            .timeout_global(Some(timeout))
            // A status is an answer to read, not an error to bubble up.
            .http_status_as_error(false)
            // A redirect would send the alert somewhere nobody configured.
            .max_redirects(0)
            .tls_config(TlsConfig::builder().root_certs(roots).build())
            .build()
            .into();
        Ok(Self {
            agent,
            url: url.to_owned(),
        })
    }

    /// The JSON body: the text under `text` (Slack, Mattermost, Rocket.Chat)
    /// and `content` (Discord); nothing else.
    pub fn body(text: &str) -> String {
        serde_json::json!({ "text": text, "content": text }).to_string()
    }

    pub fn post(&self, text: &str) -> Result<(), Failure> {
        let answer = self
            .agent
            .post(&self.url)
            .content_type("application/json")
            .send(Self::body(text));
        let failure = |key, permanent| Failure { key, permanent };
        match answer {
            Ok(response) => {
                let status = response.status().as_u16();
                match status {
                    200..=299 => Ok(()),
                    408 | 429 | 500..=599 => Err(failure("webhook_unavailable", false)),
                    _ => Err(failure("webhook_rejected", true)),
                }
            }
            Err(ureq::Error::Timeout(_)) => Err(failure("webhook_timeout", false)),
            Err(ureq::Error::Tls(_) | ureq::Error::Rustls(_)) => Err(failure("webhook_tls", false)),
            Err(_) => Err(failure("webhook_connect", false)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_is_the_text_and_nothing_else() {
        let body: serde_json::Value =
            serde_json::from_str(&Webhook::body("Sign in \"now\"")).unwrap();
        let object = body.as_object().unwrap();
        assert_eq!(object.len(), 2);
        assert_eq!(body["text"], "Sign in \"now\"");
        assert_eq!(body["content"], "Sign in \"now\"");
    }
}
