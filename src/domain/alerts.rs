//! Safeguarding alerts as rules without I/O: the fixed times an alert may leave
//! at (slots), what one slot does with the alert state, and what an attempt's
//! outcome does to it.
//!
//! An alert says only that something needs a safeguarding lead (DESIGN rule
//! 11): no words, language, kind, level, count or id. It leaves only at the
//! start of a slot, with everything that became urgent during the slot before
//! in one message, so neither the mail server's logs nor the state kept here
//! date an item more finely than the slot.

/// The Fluent messages an alert is made of (`locales/*/main.ftl`). Each takes
/// no argument: there is nothing to say about the item.
pub const SUBJECT: &str = "lead-alert-subject";
pub const BODY: &str = "lead-alert-body";
/// The test message an admin sends from the settings page.
pub const TEST_SUBJECT: &str = "lead-alert-test-subject";
pub const TEST_BODY: &str = "lead-alert-test-body";

/// The start (Unix seconds) of the slot that `now` falls in. Slots of
/// `minutes` are counted from midnight UTC (`minutes` divides a day), so every
/// node agrees on them without talking to another.
pub fn slot_start(now: i64, minutes: u32) -> i64 {
    let len = i64::from(minutes.max(1)) * 60;
    now.div_euclid(len) * len
}

/// When the slot after the one `now` falls in starts.
pub fn next_slot(now: i64, minutes: u32) -> i64 {
    slot_start(now, minutes) + i64::from(minutes.max(1)) * 60
}

/// What is kept between slots (the one `lead_alerts` row).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlertState {
    /// Something became urgent since the last alert left: a flag, no time.
    pub pending: bool,
    /// A node took this alert to send it and has not said how it went (if it
    /// stopped on the way, the next slot sends it again).
    pub sending: bool,
    /// The last slot a node looked at, whether or not it sent anything.
    pub last_slot: i64,
    /// Attempts in a row that did not reach everyone.
    pub failures: i64,
    /// Why the last attempt failed: a stable key such as `smtp_connect`.
    pub failure: Option<String>,
    /// The day (never the time) of that failure.
    pub failure_day: Option<String>,
    /// Voices stopped trying for an alert nobody received (after
    /// [`AlertState::finish`] reached the cap, or a permanent refusal).
    pub gave_up: bool,
}

/// What a slot does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotDecision {
    /// Another node (or this one) already looked at this slot.
    AlreadyDone,
    /// Nothing became urgent: nothing is sent.
    Idle,
    /// Something became urgent but there is nobody to tell (no channel is set
    /// up, or no lead has an address): forget it, so that setting alerts up
    /// later does not send a stale one. The dashboards say so meanwhile.
    Discard,
    /// Send one alert to everyone.
    Send,
}

/// How one attempt went, over every recipient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Delivered,
    /// `permanent`: the server refused in a way another try will not change
    /// (a 5xx answer, a refused sign-in, a malformed address).
    Failed {
        key: &'static str,
        permanent: bool,
    },
}

impl Outcome {
    /// One outcome for several deliveries: delivered only if all were; a
    /// failure that may pass (so is worth the next slot) wins over one that
    /// will not.
    pub fn combine(outcomes: impl IntoIterator<Item = Outcome>) -> Outcome {
        let mut worst = Outcome::Delivered;
        for outcome in outcomes {
            match (&worst, &outcome) {
                (_, Outcome::Delivered) => {}
                (Outcome::Delivered, _) => worst = outcome,
                (
                    Outcome::Failed {
                        permanent: true, ..
                    },
                    Outcome::Failed {
                        permanent: false, ..
                    },
                ) => worst = outcome,
                _ => {}
            }
        }
        worst
    }
}

impl AlertState {
    /// What slot `slot` should do, given whether anyone would receive an alert.
    pub fn decide(&self, slot: i64, has_recipients: bool) -> SlotDecision {
        if self.last_slot >= slot {
            SlotDecision::AlreadyDone
        } else if !(self.pending || self.sending) {
            SlotDecision::Idle
        } else if !has_recipients {
            SlotDecision::Discard
        } else {
            SlotDecision::Send
        }
    }

    /// Records that `slot` was looked at and, for a send, that the alert is on
    /// its way: `pending` is cleared now, so an item that becomes urgent while
    /// it is sent sets it again for the next slot.
    pub fn begin(&mut self, slot: i64, decision: SlotDecision) {
        if decision == SlotDecision::AlreadyDone {
            return;
        }
        self.last_slot = slot;
        match decision {
            SlotDecision::Send => {
                self.pending = false;
                self.sending = true;
            }
            SlotDecision::Discard => {
                self.pending = false;
                self.sending = false;
            }
            SlotDecision::Idle | SlotDecision::AlreadyDone => {}
        }
    }

    /// Records how the attempt went. A failure that may pass is tried again at
    /// the next slot, and no sooner, until `give_up_after` attempts in a row
    /// have failed; then Voices stops (the dashboards say so) until something
    /// else becomes urgent or a test message gets through.
    pub fn finish(&mut self, outcome: &Outcome, day: &str, give_up_after: u32) {
        self.sending = false;
        match outcome {
            Outcome::Delivered => {
                self.failures = 0;
                self.failure = None;
                self.failure_day = None;
                self.gave_up = false;
            }
            Outcome::Failed { key, permanent } => {
                self.failures = self.failures.saturating_add(1);
                self.failure = Some((*key).to_owned());
                self.failure_day = Some(day.to_owned());
                let capped = self.failures >= i64::from(give_up_after.max(1));
                if *permanent || capped {
                    self.gave_up = true;
                } else {
                    self.pending = true;
                }
            }
        }
    }

    /// A test message reached everyone: the failure is over, and an alert that
    /// was given up on leaves at the next slot.
    pub fn test_delivered(&mut self) {
        if self.gave_up {
            self.pending = true;
        }
        self.failures = 0;
        self.failure = None;
        self.failure_day = None;
        self.gave_up = false;
    }

    /// A test message failed: shown like an alert's failure, without touching
    /// what is owed.
    pub fn test_failed(&mut self, key: &'static str, day: &str) {
        self.failure = Some(key.to_owned());
        self.failure_day = Some(day.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: &str = "2026-12-07";

    #[test]
    fn slots_start_on_the_quarter_hour_from_midnight_utc() {
        // 2026-12-07 10:07:31 UTC.
        let now = 1_796_601_600 + 10 * 3600 + 7 * 60 + 31;
        let midnight = 1_796_601_600;
        assert_eq!(slot_start(now, 15), midnight + 10 * 3600);
        assert_eq!(next_slot(now, 15), midnight + 10 * 3600 + 15 * 60);
        assert_eq!(slot_start(midnight + 10 * 3600, 15), midnight + 10 * 3600);
        assert_eq!(slot_start(now, 60), midnight + 10 * 3600);
        assert_eq!(slot_start(now, 1440), midnight);
        // Two instants in one slot share it; the next quarter hour does not.
        assert_eq!(slot_start(now, 15), slot_start(now + 7 * 60, 15));
        assert_ne!(slot_start(now, 15), slot_start(now + 8 * 60, 15));
    }

    #[test]
    fn nothing_urgent_sends_nothing_and_one_slot_runs_once() {
        let mut state = AlertState::default();
        assert_eq!(state.decide(900, true), SlotDecision::Idle);
        state.begin(900, SlotDecision::Idle);
        state.pending = true;
        assert_eq!(state.decide(900, true), SlotDecision::AlreadyDone);
        assert_eq!(state.decide(1800, true), SlotDecision::Send);
        assert_eq!(state.decide(1800, false), SlotDecision::Discard);
    }

    #[test]
    fn an_item_made_urgent_while_sending_waits_for_the_next_slot() {
        let mut state = AlertState {
            pending: true,
            ..Default::default()
        };
        state.begin(900, SlotDecision::Send);
        assert!(!state.pending && state.sending);
        state.pending = true; // an item becomes urgent meanwhile
        state.finish(&Outcome::Delivered, DAY, 4);
        assert!(state.pending && !state.sending);
        assert_eq!(state.decide(1800, true), SlotDecision::Send);
    }

    #[test]
    fn a_node_that_stopped_while_sending_leaves_it_for_the_next_slot() {
        let mut state = AlertState {
            pending: true,
            ..Default::default()
        };
        state.begin(900, SlotDecision::Send);
        assert_eq!(state.decide(1800, true), SlotDecision::Send);
    }

    #[test]
    fn failures_retry_at_the_next_slot_only_up_to_the_cap() {
        let mut state = AlertState {
            pending: true,
            ..Default::default()
        };
        let down = Outcome::Failed {
            key: "smtp_connect",
            permanent: false,
        };
        let mut attempts = 0;
        for slot in 1..=10 {
            let decision = state.decide(slot * 900, true);
            state.begin(slot * 900, decision);
            if decision == SlotDecision::Send {
                attempts += 1;
                state.finish(&down, DAY, 4);
            }
        }
        assert_eq!(attempts, 4, "one attempt a slot, four in all");
        assert!(state.gave_up && !state.pending);
        assert_eq!(state.failure.as_deref(), Some("smtp_connect"));
        assert_eq!(state.failure_day.as_deref(), Some(DAY));
        // Something new becomes urgent: one more attempt, not four.
        state.pending = true;
        let decision = state.decide(11 * 900, true);
        state.begin(11 * 900, decision);
        state.finish(&down, DAY, 4);
        assert!(!state.pending && state.gave_up);
        // A test that gets through sends the owed alert at the next slot.
        state.test_delivered();
        assert!(state.pending && !state.gave_up && state.failure.is_none());
        assert_eq!(state.failures, 0);
    }

    #[test]
    fn a_permanent_refusal_is_not_retried() {
        let mut state = AlertState {
            pending: true,
            ..Default::default()
        };
        state.begin(900, SlotDecision::Send);
        state.finish(
            &Outcome::Failed {
                key: "smtp_auth",
                permanent: true,
            },
            DAY,
            4,
        );
        assert!(state.gave_up && !state.pending);
        assert_eq!(state.decide(1800, true), SlotDecision::Idle);
    }

    #[test]
    fn combined_outcomes_prefer_a_failure_worth_retrying() {
        let transient = Outcome::Failed {
            key: "smtp_unavailable",
            permanent: false,
        };
        let permanent = Outcome::Failed {
            key: "smtp_rejected",
            permanent: true,
        };
        assert_eq!(Outcome::combine([]), Outcome::Delivered);
        assert_eq!(
            Outcome::combine([Outcome::Delivered, Outcome::Delivered]),
            Outcome::Delivered
        );
        assert_eq!(
            Outcome::combine([Outcome::Delivered, permanent.clone(), transient.clone()]),
            transient
        );
        assert_eq!(
            Outcome::combine([permanent.clone(), Outcome::Delivered]),
            permanent
        );
    }
}
