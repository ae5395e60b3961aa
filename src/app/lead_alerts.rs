//! Telling the safeguarding leads that something needs them, without saying
//! what, and without dating it.
//!
//! When an item becomes urgent (at intake, or when a moderator raises it) the
//! commit that makes it so sets one flag (`storage::alerts::mark_pending`). At
//! the start of each slot (`lead_alerts.every_minutes`, a quarter hour by
//! default) one node, chosen by a lease, sends every active lead who has given
//! an address one e-mail in their staff language, and posts the same words to
//! the webhook if there is one: "Something in Voices needs a safeguarding lead.
//! Sign in to see it." Nothing else: no language, kind, level, count or id.
//! A failure is retried at the next slot at most, up to
//! `lead_alerts.give_up_after` times, and shown on the dashboards by its key.
//!
//! Never logs or stores an address in clear (they are sealed, see
//! `crypto::ContactKey`), and never logs a success: a line with a time would
//! say when something became urgent.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::crypto::{ContactKey, ReceiptPepper};
use crate::domain::alerts::{self, AlertState, Outcome, SlotDecision};
use crate::domain::{Language, Permission, Role, Roles};
use crate::error::{AppError, AppResult};
use crate::i18n::I18n;
use crate::outbound::{AlertText, Channels, ConfigProblem, LeadAlertConfig};
use crate::storage::{self, alerts as store, settings, DbConnection};

use super::staff::StaffIdentity;
use super::{audit, today};

/// The scheduled job's name in the lease table.
pub const JOB: &str = "lead_alerts";

/// How soon after a test message another may be sent (per node).
const TEST_EVERY: Duration = Duration::from_secs(60);

/// Whether an urgent item reaches anyone, as this node last saw it (refreshed
/// at each slot, each status read and each address change): what the urgent
/// guidance tells moderators, without a database read per page.
#[derive(Debug, Clone, Default)]
pub struct AlertReach {
    reaches: std::sync::Arc<std::sync::atomic::AtomicBool>,
    pub every_minutes: u32,
}

impl AlertReach {
    pub fn reaches_someone(&self) -> bool {
        self.reaches.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn set(&self, reaches: bool) {
        self.reaches
            .store(reaches, std::sync::atomic::Ordering::Relaxed);
    }
}

/// The alert service: its channels, settings and words, built at start-up.
pub struct LeadAlerts {
    pub config: LeadAlertConfig,
    reach: AlertReach,
    channels: Channels,
    contact: ContactKey,
    /// Per language: the alert, then the test message.
    texts: HashMap<Language, (AlertText, AlertText)>,
    last_test: Mutex<Option<Instant>>,
}

impl std::fmt::Debug for LeadAlerts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LeadAlerts")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

/// Someone an alert goes to. Prints no address.
struct Recipient {
    address: zeroize::Zeroizing<String>,
    language: Language,
}

/// What one slot did (for tests and the scheduler).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlotReport {
    /// Another node holds this slot's lease.
    NotOurs,
    Done(SlotDecision, Option<Outcome>),
}

/// What the dashboards and the settings page show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlertStatus {
    pub mail: bool,
    pub webhook: bool,
    /// Active safeguarding leads, and how many of them gave an address.
    pub leads: usize,
    pub leads_with_address: usize,
    pub failure: Option<String>,
    pub failure_day: Option<String>,
    pub failures: i64,
    pub gave_up: bool,
    pub every_minutes: u32,
}

impl AlertStatus {
    /// Whether an urgent item reaches anyone at all.
    pub fn reaches_someone(&self) -> bool {
        self.webhook || (self.mail && self.leads_with_address > 0)
    }
}

/// How a test message went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestReport {
    pub leads: usize,
    pub webhook: bool,
    pub outcome: Outcome,
}

fn is_lead(roles: &str) -> bool {
    roles
        .parse::<Roles>()
        .is_ok_and(|r| r.contains(Role::SafeguardingLead))
}

impl LeadAlerts {
    pub fn new(
        config: LeadAlertConfig,
        i18n: &I18n,
        pepper: &ReceiptPepper,
    ) -> Result<Self, ConfigProblem> {
        config.validate()?;
        let channels = Channels::from_config(&config)?;
        let text = |lang, subject, body| AlertText {
            subject: i18n.plain(lang, subject, &[]),
            body: i18n.plain(lang, body, &[]),
        };
        let texts = Language::ALL
            .into_iter()
            .map(|lang| {
                (
                    lang,
                    (
                        text(lang, alerts::SUBJECT, alerts::BODY),
                        text(lang, alerts::TEST_SUBJECT, alerts::TEST_BODY),
                    ),
                )
            })
            .collect();
        let reach = AlertReach {
            reaches: Default::default(),
            every_minutes: config.every_minutes,
        };
        Ok(Self {
            config,
            reach,
            channels,
            contact: ContactKey::from_pepper(pepper),
            texts,
            last_test: Mutex::new(None),
        })
    }

    /// The shared view of whether alerts reach anyone (for the web pages).
    pub fn reach(&self) -> AlertReach {
        self.reach.clone()
    }

    fn text(&self, language: Language, test: bool) -> &AlertText {
        let (alert, trial) = &self.texts[&language];
        if test {
            trial
        } else {
            alert
        }
    }

    /// The active leads with an address, opened. Addresses of people who are
    /// no longer active leads are forgotten on the way.
    fn recipients(&self, conn: &mut DbConnection) -> AppResult<(Vec<Recipient>, usize)> {
        if self.channels.mail.is_none() {
            return Ok((Vec::new(), 0));
        }
        let mut out = Vec::new();
        let mut unreadable = 0;
        for row in store::active_addresses(conn)? {
            if !is_lead(&row.role) {
                storage::write(conn, |c| store::set_address(c, row.staff_id, None))?;
                continue;
            }
            match self.contact.open(&row.sealed_address) {
                Ok(address) => out.push(Recipient {
                    address,
                    language: row
                        .ui_language
                        .as_deref()
                        .and_then(Language::from_code)
                        .unwrap_or(Language::En),
                }),
                // Sealed under another pepper (secrets.toml replaced).
                Err(_) => unreadable += 1,
            }
        }
        Ok((out, unreadable))
    }

    /// Sends `test` or the alert to everyone, now.
    fn deliver(
        &self,
        recipients: &[Recipient],
        unreadable: usize,
        date: SystemTime,
        test: bool,
    ) -> Outcome {
        let mut outcomes = Vec::new();
        if let Some(mail) = &self.channels.mail {
            for r in recipients {
                outcomes.push(
                    mail.send(&r.address, self.text(r.language, test), date)
                        .into(),
                );
            }
        }
        if unreadable > 0 {
            outcomes.push(Outcome::Failed {
                key: "address_unreadable",
                permanent: true,
            });
        }
        if let Some(webhook) = &self.channels.webhook {
            let language =
                Language::from_code(&self.config.webhook_language).unwrap_or(Language::En);
            outcomes.push(webhook.post(&self.text(language, test).body).into());
        }
        Outcome::combine(outcomes)
    }

    /// One slot's turn on this node (`holder`): if this node wins the slot's
    /// lease and nobody has looked at the slot yet, sends the alert when one is
    /// owed. `now` is passed in so tests can stand at any slot.
    pub fn run_slot(
        &self,
        conn: &mut DbConnection,
        holder: &str,
        now: i64,
    ) -> AppResult<SlotReport> {
        let minutes = self.config.every_minutes;
        let slot = alerts::slot_start(now, minutes);
        // The lease ends just before the next slot, so the next slot is free.
        let until = (slot + i64::from(minutes) * 60 - 5).max(now + 1);
        let (recipients, unreadable) = self.recipients(conn)?;
        self.reach
            .set(!recipients.is_empty() || self.channels.webhook.is_some());
        let has_recipients =
            !recipients.is_empty() || unreadable > 0 || self.channels.webhook.is_some();
        let decision = storage::write_exclusive(conn, |c| {
            if !settings::take_lease(c, JOB, holder, now, until)? {
                return Ok::<_, AppError>(None);
            }
            store::forget_disabled(c)?;
            let mut state = store::state(c)?;
            let decision = state.decide(slot, has_recipients);
            if decision != SlotDecision::AlreadyDone {
                state.begin(slot, decision);
                store::save(c, &state)?;
            }
            Ok(Some(decision))
        })?;
        let Some(decision) = decision else {
            return Ok(SlotReport::NotOurs);
        };
        if decision != SlotDecision::Send {
            return Ok(SlotReport::Done(decision, None));
        }
        let date = UNIX_EPOCH + Duration::from_secs(slot.max(0) as u64);
        let outcome = self.deliver(&recipients, unreadable, date, false);
        let day = today().to_string();
        storage::write(conn, |c| {
            let mut state = store::state(c)?;
            state.finish(&outcome, &day, self.config.give_up_after);
            store::save(c, &state)
        })?;
        if let Outcome::Failed { key, permanent } = &outcome {
            tracing::warn!(
                failure = *key,
                permanent = *permanent,
                "a safeguarding alert was not delivered"
            );
        }
        Ok(SlotReport::Done(decision, Some(outcome)))
    }

    /// An admin's test: the test message to every active lead with an address
    /// and the webhook, now. At most once a minute on a node.
    pub fn send_test(
        &self,
        conn: &mut DbConnection,
        admin: &StaffIdentity,
        audit_key: &crate::crypto::AuditKey,
    ) -> AppResult<TestReport> {
        if !admin.can(Permission::ManageSettings) {
            return Err(AppError::Forbidden);
        }
        let (recipients, unreadable) = self.recipients(conn)?;
        if recipients.is_empty() && unreadable == 0 && self.channels.webhook.is_none() {
            return Err(AppError::InvalidInput("alerts_nobody"));
        }
        {
            let mut last = self.last_test.lock().unwrap_or_else(|p| p.into_inner());
            if last.is_some_and(|at| at.elapsed() < TEST_EVERY) {
                return Err(AppError::InvalidInput("alert_test_too_soon"));
            }
            *last = Some(Instant::now());
        }
        let outcome = self.deliver(&recipients, unreadable, SystemTime::now(), true);
        let day = today().to_string();
        storage::write(conn, |c| {
            let mut state = store::state(c)?;
            let detail = match &outcome {
                Outcome::Delivered => {
                    state.test_delivered();
                    "delivered".to_owned()
                }
                Outcome::Failed { key, .. } => {
                    state.test_failed(key, &day);
                    format!("failed={key}")
                }
            };
            store::save(c, &state)?;
            audit::staff(
                c,
                audit_key,
                Some(admin.staff_id),
                "alert_test",
                None,
                &detail,
            )
        })?;
        if let Outcome::Failed { key, .. } = &outcome {
            tracing::warn!(
                failure = *key,
                "a test safeguarding alert was not delivered"
            );
        }
        Ok(TestReport {
            leads: recipients.len(),
            webhook: self.channels.webhook.is_some(),
            outcome,
        })
    }

    /// What the dashboards and the settings page show.
    pub fn status(&self, conn: &mut DbConnection) -> AppResult<AlertStatus> {
        let state: AlertState = store::state(conn)?;
        let leads: Vec<i64> = storage::staff::list(conn)?
            .into_iter()
            .filter(|s| !s.disabled && is_lead(&s.role))
            .map(|s| s.id)
            .collect();
        let with_address = store::active_addresses(conn)?
            .iter()
            .filter(|a| leads.contains(&a.staff_id))
            .count();
        let status = AlertStatus {
            mail: self.channels.mail.is_some(),
            webhook: self.channels.webhook.is_some(),
            leads: leads.len(),
            leads_with_address: with_address,
            failure: state.failure,
            failure_day: state.failure_day,
            failures: state.failures,
            gave_up: state.gave_up,
            every_minutes: self.config.every_minutes,
        };
        self.reach.set(status.reaches_someone());
        Ok(status)
    }

    /// Whether e-mail alerts are set up (so a lead's address is worth asking for).
    pub fn mail_configured(&self) -> bool {
        self.channels.mail.is_some()
    }

    /// The address `me` gave for alerts, opened for their own preferences page.
    pub fn address_of(
        &self,
        conn: &mut DbConnection,
        me: &StaffIdentity,
    ) -> AppResult<Option<String>> {
        Ok(store::address_of(conn, me.staff_id)?
            .and_then(|sealed| self.contact.open(&sealed).ok())
            .map(|a| a.to_string()))
    }

    /// A lead sets (or with an empty text removes) their address for alerts.
    pub fn set_address(
        &self,
        conn: &mut DbConnection,
        me: &StaffIdentity,
        typed: &str,
        audit_key: &crate::crypto::AuditKey,
    ) -> AppResult<()> {
        if !me.roles.contains(Role::SafeguardingLead) {
            return Err(AppError::Forbidden);
        }
        let typed = typed.trim();
        let sealed = if typed.is_empty() {
            None
        } else {
            let mailbox = crate::outbound::parse_address(typed)
                .ok_or(AppError::InvalidInput("alert_address_invalid"))?;
            Some(self.contact.seal(&mailbox.to_string()))
        };
        storage::write(conn, |c| {
            store::set_address(c, me.staff_id, sealed.as_deref())?;
            audit::staff(
                c,
                audit_key,
                Some(me.staff_id),
                "alert_address",
                None,
                if sealed.is_some() { "set" } else { "removed" },
            )
        })?;
        self.status(conn).map(|_| ())
    }
}

/// Marks, in the caller's transaction, that an item became urgent: the next
/// slot sends the alert. Called by the commit that makes it so.
pub fn mark_urgent(conn: &mut DbConnection) -> AppResult<()> {
    store::mark_pending(conn).map_err(Into::into)
}
