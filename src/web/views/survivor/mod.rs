//! The pages a young survivor sees. Every word comes from the translation files;
//! every one of these pages works without JavaScript and sets no cookies.

mod consent;
mod fields;
mod help;
mod information;
mod landing;
mod lookup;
mod receipt;
mod share;
mod withdraw;

pub use consent::police_statement;
pub use fields::FormView;
pub use help::crisis;
pub use information::{about, privacy, safety};
pub use landing::landing;
pub use lookup::{
    receipt_created, receipt_link_closed, receipt_lookup, receipt_lookup_with_message,
};
pub use receipt::{receipt_view, their_words, Notice};
pub use share::{feedback_form, share_rate_limited, story_form};
pub use withdraw::{withdraw_confirm, withdrawn};
