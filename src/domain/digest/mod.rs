//! A digest: the published figures of one period, built from aggregation facts
//! under the disclosure rules. Pure: the app layer reads the facts and the
//! earlier digests, calls [`build`](fn@build), and stores the bytes.
//!
//! The body holds counts by stable key only (labels come from the policy when
//! it is shown), in a fixed order, so building the same facts again gives the
//! same bytes. Quotes are not part of it: they are attached when a digest is
//! shown, so a survivor who withdraws takes their words out of every digest.

mod body;
mod build;
mod counts;
#[cfg(test)]
mod fixtures;
mod lines;
mod period;
mod quotes;
mod spec;

pub use body::{
    AnswerFigure, CellOf, Counted, DigestBody, LanguageRow, Overview, QuestionFigures,
    ServiceFigures, ThemeFigure,
};
pub use build::{build, build_by, Context};
pub use counts::true_counts;
pub use period::{BadPeriod, Period};
pub use quotes::QUOTES_PER_THEME;
pub use spec::{DigestSpec, KINDS, NOT_GIVEN};
