//! Voices' rules, free of I/O: no Rocket, no Diesel, no sodiumoxide, no clock or
//! random source. Everything here is tested in microseconds.

pub mod language;
pub mod staff;
pub mod submission;

pub use language::{Direction, Language};
pub use staff::{PassphraseStrength, Role, StaffName, StaffNameError};
pub use submission::{Day, ModerationState, SubmissionKind};
