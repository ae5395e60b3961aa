//! The response fairing: which answers are compressed (never the staff area or
//! the setup link) and how, and the stylesheet and script compressed once. It
//! also tells the page cache when a POST may have changed the stories.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::{ContentType, Header, Method, Status};
use rocket::{Request, Response};

use super::cache::PageCache;
use super::codecs::{brotli, gzip, BROTLI_FAST, GZIP_FAST};
use super::encoded::{Encoded, KeptBytes};
use super::negotiation::Accepted;

/// First path segments whose responses stay uncompressed.
const NEVER_COMPRESSED: [&str; 2] = ["staff", "setup"];

/// The stylesheet and script never change while the server runs (they are
/// compiled in), so each is compressed once and kept. Only these exact paths:
/// caching by any `/static/` path would let requests for made-up names fill
/// memory.
const COMPRESSED_ONCE: [&str; 2] = ["/static/voices.css", "/static/voices.js"];

/// Bodies smaller than this are sent as they are: compressing them saves
/// nothing worth the work.
const SMALLEST_COMPRESSED: usize = 256;

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

/// Whether a POST to `path` may publish or remove a story: a moderator's
/// action on an item, or a survivor's action on their receipt (an answer to an
/// edited version, consent, withdrawal). Sharing a story does not, nor does
/// looking a receipt up (`/{lang}/receipt`), so the busiest POSTs cost nothing.
/// Read by segments as the router reads them, like [`may_compress`].
fn may_change_stories(path: &str) -> bool {
    let Ok(uri) = rocket::http::uri::Origin::parse(path) else {
        return false;
    };
    let segments: Vec<&str> = uri.path().segments().collect();
    matches!(
        segments.as_slice(),
        ["staff", "items", ..] | [_, "receipt", _]
    )
}

/// Content types worth compressing.
fn compressible(content_type: Option<ContentType>) -> bool {
    content_type.is_some_and(|ct| {
        ct.top() == "text"
            || (ct.top() == "application"
                && matches!(
                    ct.sub().as_str(),
                    "json" | "javascript" | "xml" | "atom+xml" | "rss+xml"
                ))
    })
}

/// Adds `Accept-Encoding` to the response's `Vary`, keeping what is there.
fn vary_on_encoding(res: &mut Response<'_>) {
    let existing: Vec<String> = res.headers().get("Vary").map(str::to_owned).collect();
    if existing
        .iter()
        .any(|v| v.to_ascii_lowercase().contains("accept-encoding"))
    {
        return;
    }
    let mut value = existing.join(", ");
    if !value.is_empty() {
        value.push_str(", ");
    }
    value.push_str("Accept-Encoding");
    res.set_header(Header::new("Vary", value));
}

/// The stylesheet and script, compressed once, by path.
static ASSETS: OnceLock<Mutex<HashMap<&'static str, Arc<Encoded>>>> = OnceLock::new();

/// The fairing attached to the server.
pub struct SurvivorCompression;

impl SurvivorCompression {
    pub fn fairing() -> Self {
        SurvivorCompression
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
        compress(req, res).await;
        in_one_chunk(res);
    }
}

/// The largest body sent as one chunk (a page is a few kilobytes).
const ONE_CHUNK_UP_TO: usize = 256 << 10;

/// Sends a body of known size in one chunk, not Rocket's default of 4 KiB at a
/// time: a page of 4,954 bytes otherwise took two writes to the socket, and
/// twice through the server's send path, which cost a third of the rate of
/// uncompressed pages.
fn in_one_chunk(res: &mut Response<'_>) {
    if let Some(len) = res.body().preset_size() {
        if len > rocket::response::Body::DEFAULT_MAX_CHUNK && len <= ONE_CHUNK_UP_TO {
            res.set_max_chunk_size(len);
        }
    }
}

/// Compresses a response where the reader accepts it and nothing forbids it
/// (see the module's notes), and forgets the stories release after a POST that
/// may change it.
async fn compress<'r>(req: &'r Request<'_>, res: &mut Response<'r>) {
    let path = req.uri().path();
    if req.method() == Method::Post && may_change_stories(path.as_str()) {
        if let Some(cache) = req.rocket().state::<PageCache>() {
            cache.forget_release();
        }
    }
    if !may_compress_first(path.segments().next())
        || res.headers().get_one("Content-Encoding").is_some()
        || !compressible(res.content_type())
    {
        return;
    }
    vary_on_encoding(res);
    let accepted = Accepted::of(req);
    if !accepted.brotli && !accepted.gzip {
        return;
    }
    if let Some(&asset) = COMPRESSED_ONCE.iter().find(|p| **p == path.as_str()) {
        if res.status() == Status::Ok {
            send_asset(asset, accepted, res).await;
        }
        return;
    }
    let Ok(body) = res.body_mut().to_bytes().await else {
        return;
    };
    if body.len() < SMALLEST_COMPRESSED {
        res.set_sized_body(body.len(), std::io::Cursor::new(body));
        return;
    }
    let (encoding, compressed) = if accepted.brotli {
        ("br", brotli(&body, BROTLI_FAST))
    } else {
        ("gzip", gzip(&body, GZIP_FAST))
    };
    if compressed.is_empty() || compressed.len() >= body.len() {
        res.set_sized_body(body.len(), std::io::Cursor::new(body));
        return;
    }
    res.set_header(Header::new("Content-Encoding", encoding));
    res.set_sized_body(compressed.len(), std::io::Cursor::new(compressed));
}

/// Sends the kept form of a compiled-in asset, compressing it the first time.
async fn send_asset(asset: &'static str, accepted: Accepted, res: &mut Response<'_>) {
    let kept = ASSETS.get_or_init(Default::default);
    let known = kept.lock().ok().and_then(|m| m.get(asset).cloned());
    let file = match known {
        Some(file) => file,
        None => {
            let Ok(body) = res.body_mut().to_bytes().await else {
                return;
            };
            let content_type = res.content_type().unwrap_or(ContentType::Plain);
            let file = Arc::new(Encoded::best_blocking(content_type, body).await);
            if let Ok(mut m) = kept.lock() {
                m.insert(asset, file.clone());
            }
            file
        }
    };
    let (encoding, bytes) = file.pick(accepted);
    if let Some(encoding) = encoding {
        res.set_header(Header::new("Content-Encoding", encoding));
    }
    let len = bytes.len();
    res.set_sized_body(len, std::io::Cursor::new(KeptBytes { file, encoding }));
}

#[cfg(test)]
mod tests {
    use super::{may_change_stories, may_compress};

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

    #[test]
    fn only_moderation_and_receipt_actions_may_change_the_stories() {
        for path in [
            "/staff/items/3",
            "/vi/receipt/withdraw",
            "/en/receipt/respond",
            "/en/receipt/consent",
            "/en/%72eceipt/withdraw",
        ] {
            assert!(may_change_stories(path), "{path}");
        }
        for path in [
            "/en/story",
            "/en/feedback",
            "/staff/login",
            "/en/receiptx",
            "/en/receipt",
            "/vi/receipt/",
        ] {
            assert!(!may_change_stories(path), "{path}");
        }
    }
}
