//! Disclosure control for digests: which counts may be published, and how.
//!
//! The rules, exactly:
//! - a count under [`THRESHOLD`] (zero included) is published as suppressed;
//! - every other count is rounded to the nearest [`ROUND_TO`];
//! - complementary suppression: no suppressed count can be worked out from the
//!   totals it adds up to (row, column and grand totals, totals shared between
//!   tables), nor from the months a quarter is made of;
//! - protection with ranges: an analyst knows each published count only to
//!   within its rounding ([`published_range`]) and solves linear programs over
//!   every table of a digest at once, a quarter together with its months. For
//!   every suppressed count under [`THRESHOLD`], the true values consistent
//!   with everything public must include 0 and reach [`THRESHOLD`]
//!   ([`System::narrowed`]); complementary suppression continues until they do;
//! - a percentage only where the denominator is published and at least
//!   [`PERCENT_MIN_DENOMINATOR`], computed from the published figures;
//! - a trend only between two published counts;
//! - quotes only from a survivor who allowed them, in wording they approved
//!   (kept so at approval), under a theme whose count is published, three or
//!   none, from a language whose total is published (see
//!   `DigestBody::quotes_shown_under` and `DigestBody::quote_language_shown`).
//!
//! Every count of a digest is a variable of one [`System`]; each additive
//! relation between them (a line: cells that add up to a total) is a
//! constraint. A suppressed variable is recoverable exactly when the published
//! variables and the constraints pin it down: when its column of the
//! constraint matrix, restricted to the suppressed variables, is not in the
//! span of the other columns. [`System::protect`] suppresses more cells until
//! no suppressed variable is pinned, checking with exact row reduction.

mod complementary;
mod linear_program;
mod percent_trend;
mod pinned;
mod ranges;
mod small_counts;
mod system;

pub use complementary::Rule;
pub use percent_trend::{percent, trend, Trend, PERCENT_MIN_DENOMINATOR};
pub use pinned::pinned;
pub use ranges::published_range;
pub use small_counts::{round, too_small, Cell, ROUND_TO, THRESHOLD};
pub use system::{publish, Fixed, System};
