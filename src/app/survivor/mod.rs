//! What a survivor can do: share (sealed into the envelope, with the safeguarding
//! level found while the words are in memory), then, with the receipt code alone:
//! see the status, read and answer the team's messages, approve, change or refuse
//! an edited version, ask once for a second look, change their consent, or
//! withdraw everything.
//!
//! The code never travels in a URL: a receipt page is reached through a
//! single-use link (see [`issue_link`]) that holds the code sealed under a token
//! only that link carries.

mod actions;
mod data_key;
mod links;
mod lookup;
mod receipt;
mod sharing;

pub use actions::{act, act_with_pause, change_consent, withdraw, SurvivorAction};
pub use data_key::renew_data_key;
pub use links::{issue_link, redeem_link, LinkKind, Redeemed};
pub use receipt::{view, ReceiptView};
pub use sharing::{encode_payload, prepare, Prepared};
