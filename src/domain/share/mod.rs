//! What a survivor shares: a story, or feedback about a service. Parsed from the
//! submitted form with every problem reported per field, and serialised into the
//! payload that goes inside the envelope.
//! No I/O and no cryptography here: the app layer seals and stores the payload.

mod choices;
mod feedback;
#[cfg(test)]
mod fixtures;
mod form;
mod payload;
mod story;

pub use choices::{AgeBand, Helped, Region, PREFER_NOT_TO_SAY};
pub use feedback::{answer_field, parse_feedback, FeedbackSpec};
pub use form::{visible_length, HONEYPOT_FIELD, MAX_TEXT_CHARS};
pub use payload::{Payload, Shared};
pub use story::parse_story;
