//! The pages moderators work in: the queue (never any words), an item before
//! reading (what it is, a content warning, the claim), and the item while
//! reading (the words with identifying details highlighted, the review form, the
//! edited version, messages, decisions, the timeline).

mod bulk;
mod decisions;
mod form;
mod guidelines;
mod item;
mod labels;
mod messages;
mod publication;
mod queue;
mod reading;
mod review;
mod versions;
mod wellbeing;

pub use bulk::bulk_confirmation;
pub use form::ItemForm;
pub use guidelines::{guidelines, markdown};
pub use item::{overview, timeline};
pub use labels::{event_label, kind_label, state_label};
pub use messages::messages_list;
pub use publication::publish_confirmation;
pub use queue::{queue, QueuePageView};
pub use reading::{highlighted, reading};
pub use wellbeing::wellbeing;
