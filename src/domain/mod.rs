//! Voices' rules, free of I/O: no Rocket, no Diesel, no cryptography library, no clock or
//! random source. Everything here is tested in microseconds.

pub mod alerts;
pub mod consent;
pub mod digest;
pub mod disclosure;
pub mod facts;
pub mod fields;
pub mod language;
pub mod moderation;
pub mod redaction;
pub mod review;
pub mod roles;
pub mod share;
pub mod staff;
pub mod submission;
pub mod suggest;

pub use consent::{Consent, ConsentUse};
pub use fields::{FieldError, FormFields};
pub use language::{Direction, Language};
pub use roles::{Permission, Role, Roles};
pub use share::{Payload, Shared};
pub use staff::{is_common_passphrase, PassphraseStrength, StaffName, StaffNameError};
pub use submission::{Day, ModerationState, SubmissionKind};
