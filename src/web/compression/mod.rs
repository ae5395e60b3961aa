//! Survivor pages, stories and static files are served compressed (brotli or
//! gzip, whichever the browser asks for), so a page stays small on a slow or
//! pay-as-you-go phone connection, and cheap enough to serve that a busy
//! night costs no survivor a slow page.
//!
//! Two ways, by what a page holds:
//!
//! - Pages that are the same for every visitor (the start page, the forms, the
//!   safety, about and privacy pages, the stories lists and stories) are
//!   rendered and compressed once, at the codecs' best settings, per language
//!   and per release of the data they show, and kept in memory ([`PageCache`]);
//!   the stylesheet and script likewise. A request then costs a look-up and a
//!   copy.
//! - Every other survivor response (a receipt page, a form shown again with
//!   its errors) is compressed as it is sent, at a fast level ([`BROTLI_FAST`],
//!   [`GZIP_FAST`]), chosen by measuring (`examples/compression_levels.rs`).
//!
//! Every compressible answer says `Vary: Accept-Encoding`, compressed or not.
//!
//! The staff area and the setup link are never compressed: their pages carry a
//! sign-in form token next to text that a request can influence, the
//! combination that compression-size attacks (BREACH) need, and staff work on
//! office connections where size matters less.
//!
//! The parts: reading `Accept-Encoding` (`negotiation`), the codecs and their
//! levels (`codecs`), a body held in every encoding (`encoded`), the page cache
//! (`cache`) and the response fairing (`fairing`).

mod cache;
mod codecs;
mod encoded;
mod fairing;
mod negotiation;

pub use cache::{
    Freshness, PageCache, StoriesRelease, DATA_PAGES_KEPT, DIGEST_PAGES_KEPT, RECHECK_AFTER,
};
pub use codecs::{brotli, gzip, BROTLI_FAST, GZIP_FAST};
pub use encoded::{CachedPage, Encoded, Kept};
pub use fairing::{may_compress, SurvivorCompression};
pub use negotiation::Accepted;
