//! Theme digests, a public contract: `/{lang}/digests` and
//! `/{lang}/digests/{period}` (HTML), `/digests.json`, `/digests/{period}.json`,
//! `/digests/{period}.csv`, `/digests.atom`, and the "you said, we did" page.
//!
//! Public by default. With the practitioner-only setting, a reader must be a
//! signed-in staff member whose roles allow reading digests, or present a
//! bearer token an admin issued (checked against its keyed hash, rate-limited
//! per token). A bad period, an unreleased one, or a wrong token is a 404, 400
//! or 401 answer, as HTML or JSON to match the route, never a 500.
//!
//! The parts: who may read (`access`), the JSON, CSV and Atom routes (`data`;
//! a released digest's JSON and CSV are kept in every encoding, compressed and
//! negotiated by `web::compression` as every kept page is) and what the JSON
//! and CSV hold (`formats`), and the HTML pages (`pages`).

mod access;
mod data;
mod formats;
mod pages;

use rocket::{routes, Route};

pub use crate::web::compression::RECHECK_AFTER;
pub use access::{Access, DigestAccess};
pub use data::{DataAnswer, LimitedJson};
pub use formats::{digest_csv, digest_json, PROTECTION_NOTE};
pub use pages::PageAnswer;

pub fn routes() -> Vec<Route> {
    routes![
        data::list_json,
        data::digest_file,
        data::atom,
        pages::list_page,
        pages::digest_page,
        pages::responses_page
    ]
}
