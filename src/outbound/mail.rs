//! E-mail through the organisation's own SMTP server (lettre, blocking, rustls).
//! It sends only the text it is given; it never decides what an alert says.

use std::str::FromStr;
use std::time::{Duration, SystemTime};

use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{Address, Message, SmtpTransport, Transport};

use super::{AlertText, ConfigProblem, Failure, LeadAlertConfig, SmtpTls};

/// An e-mail address as typed (`lead@example.org` or `Name <lead@example.org>`),
/// or `None` when it is not one.
pub fn parse_address(text: &str) -> Option<Mailbox> {
    let text = text.trim();
    if text.is_empty() || text.len() > 254 {
        return None;
    }
    Mailbox::from_str(text).ok()
}

/// Sends alerts through one SMTP server, one connection per message (at most
/// a few a quarter hour: a pool would only keep a connection open for nothing).
pub struct Mailer {
    transport: SmtpTransport,
    from: Mailbox,
}

fn tls_parameters(host: &str, ca: Option<&[u8]>) -> Result<TlsParameters, ConfigProblem> {
    let problem = |what: String| ("lead_alerts.ca_file", what);
    let mut builder = TlsParameters::builder(host.to_owned());
    if let Some(pem) = ca {
        let cert = Certificate::from_pem(pem)
            .map_err(|e| problem(format!("not a usable certificate: {e}")))?;
        builder = builder.add_root_certificate(cert);
    }
    builder
        .build_rustls()
        .map_err(|e| ("lead_alerts.smtp_host", format!("TLS set-up failed: {e}")))
}

impl Mailer {
    pub(super) fn new(config: &LeadAlertConfig, ca: Option<&[u8]>) -> Result<Self, ConfigProblem> {
        let host = config.smtp_host.clone().unwrap_or_default();
        let from = config
            .from
            .as_deref()
            .and_then(parse_address)
            .ok_or(("lead_alerts.from", "must be an e-mail address".to_owned()))?;
        let (tls, port) = match config.smtp_tls {
            SmtpTls::Starttls => (Tls::Required(tls_parameters(&host, ca)?), 587),
            SmtpTls::Tls => (Tls::Wrapper(tls_parameters(&host, ca)?), 465),
            SmtpTls::None => (Tls::None, 25),
        };
        // The sender's domain names this client in EHLO, rather than the
        // node's host name, which the mail server's log has no need of.
        let hello = ClientId::Domain(from.email.domain().to_owned());
        let mut builder = SmtpTransport::builder_dangerous(host)
            .port(config.smtp_port.unwrap_or(port))
            .tls(tls)
            .hello_name(hello)
            .timeout(Some(Duration::from_secs(config.timeout_seconds)));
        if let (Some(user), Some(password)) = (&config.smtp_username, &config.smtp_password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        Ok(Self {
            transport: builder.build(),
            from,
        })
    }

    /// Sends `text` to `to`, dated `date` (the slot's start: the header says
    /// no more than the schedule does).
    pub fn send(&self, to: &str, text: &AlertText, date: SystemTime) -> Result<(), Failure> {
        let to = parse_address(to).ok_or(Failure {
            key: "address_invalid",
            permanent: true,
        })?;
        let id = format!(
            "<{}@{}>",
            crate::crypto::random_token(),
            self.from.email.domain()
        );
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(text.subject.clone())
            .date(date)
            .message_id(Some(id))
            .header(ContentType::TEXT_PLAIN)
            .body(text.body.clone())
            .map_err(|_| Failure {
                key: "message_invalid",
                permanent: true,
            })?;
        self.transport
            .send(&message)
            .map(|_| ())
            .map_err(|e| classify(&e))
    }

    /// The sender, for the settings page.
    pub fn from_address(&self) -> &Address {
        &self.from.email
    }
}

/// A stable key for what went wrong, and whether another try could help.
fn classify(error: &lettre::transport::smtp::Error) -> Failure {
    let code = error.status().map(|c| c.to_string());
    let failure = |key, permanent| Failure { key, permanent };
    if error.is_permanent() {
        match code.as_deref() {
            Some("530" | "534" | "535" | "538") => failure("smtp_auth", true),
            _ => failure("smtp_rejected", true),
        }
    } else if error.is_transient() {
        failure("smtp_unavailable", false)
    } else if error.is_timeout() {
        failure("smtp_timeout", false)
    } else if error.is_tls() {
        failure("smtp_tls", false)
    } else if error.is_client() {
        // The server lacks what the settings need: STARTTLS, or a sign-in
        // method both sides know.
        failure("smtp_setup", false)
    } else {
        failure("smtp_connect", false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_parsed_as_mail_servers_would() {
        assert!(parse_address("lead@example.org").is_some());
        assert!(parse_address("  Lead Person <lead@example.org> ").is_some());
        for bad in [
            "",
            "lead",
            "lead@",
            "@example.org",
            "lead example.org",
            "a@b@c",
        ] {
            assert!(parse_address(bad).is_none(), "{bad}");
        }
        assert!(parse_address(&format!("{}@example.org", "a".repeat(260))).is_none());
    }
}
