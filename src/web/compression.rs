//! Survivor pages, stories and static files are served compressed (brotli or
//! gzip, whichever the browser asks for), so a page stays small on a slow or
//! pay-as-you-go phone connection.
//!
//! The compressing itself is `rocket_async_compression`'s fairing; this wrapper
//! only decides which responses it may touch. The staff area and the setup
//! link are never compressed: their pages carry a sign-in form token next to
//! text that a request can influence, the combination that compression-size
//! attacks (BREACH) need, and staff work on office connections where size
//! matters less.

use rocket::fairing::{Fairing, Info, Kind};
use rocket::{Request, Response};
use rocket_async_compression::{CachedCompression, Compression};

/// First path segments whose responses stay uncompressed.
const NEVER_COMPRESSED: [&str; 2] = ["staff", "setup"];

/// The stylesheet and script never change while the server runs (they are
/// compiled in), so each is compressed once and kept. Only these exact paths:
/// caching by any `/static/` path would let requests for made-up names fill
/// memory.
const COMPRESSED_ONCE: [&str; 2] = ["/static/voices.css", "/static/voices.js"];

/// Whether a response to `path` may be compressed. Decided on the first segment
/// as the router sees it (percent-decoded, empty segments skipped), so that
/// `//staff/login` or `/%73taff/login`, which reach the staff routes, are not
/// compressed either. A path that does not parse is not compressed.
pub fn may_compress(path: &str) -> bool {
    rocket::http::uri::Origin::parse(path)
        .map(|uri| may_compress_first(uri.path().segments().next()))
        .unwrap_or(false)
}

fn may_compress_first(first: Option<&str>) -> bool {
    !first.is_some_and(|segment| NEVER_COMPRESSED.contains(&segment))
}

/// The fairing attached to the server.
pub struct SurvivorCompression {
    pages: Compression,
    assets: CachedCompression,
}

impl SurvivorCompression {
    pub fn fairing() -> Self {
        Self {
            pages: Compression::fairing(),
            assets: CachedCompression::exact_path_fairing(CachedCompression::static_paths(
                COMPRESSED_ONCE.to_vec(),
            )),
        }
    }
}

#[rocket::async_trait]
impl Fairing for SurvivorCompression {
    fn info(&self) -> Info {
        Info {
            name: "Compression (survivor pages and static files)",
            kind: Kind::Response,
        }
    }

    async fn on_response<'r>(&self, req: &'r Request<'_>, res: &mut Response<'r>) {
        let path = req.uri().path();
        if COMPRESSED_ONCE.contains(&path.as_str()) {
            if res.status() == rocket::http::Status::Ok {
                self.assets.on_response(req, res).await;
            }
        } else if may_compress_first(path.segments().next()) {
            self.pages.on_response(req, res).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::may_compress;

    #[test]
    fn the_staff_area_and_setup_are_never_compressed() {
        for path in [
            "/staff",
            "/staff/queue",
            "/staff/items/3",
            "/setup/abc",
            "//staff/login",
            "/%73taff/login",
            "///setup/abc",
            "/%73%65tup/abc",
        ] {
            assert!(!may_compress(path), "{path}");
        }
        for path in [
            "/",
            "/en",
            "/ar/story",
            "/static/voices.css",
            "/en/staffing",
            "/setuptime",
        ] {
            assert!(may_compress(path), "{path}");
        }
    }
}
