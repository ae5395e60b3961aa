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

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use maud::Markup;
use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::{ContentType, Header, Method, Status};
use rocket::request::{FromRequest, Outcome};
use rocket::{Request, Response};

use crate::web::Services;

/// First path segments whose responses stay uncompressed.
const NEVER_COMPRESSED: [&str; 2] = ["staff", "setup"];

/// The stylesheet and script never change while the server runs (they are
/// compiled in), so each is compressed once and kept. Only these exact paths:
/// caching by any `/static/` path would let requests for made-up names fill
/// memory.
const COMPRESSED_ONCE: [&str; 2] = ["/static/voices.css", "/static/voices.js"];

/// Brotli quality for a response compressed as it is sent. Measured on a
/// receipt page (`examples/compression_levels.rs`, see DECISIONS): quality 4
/// costs about what gzip 6 does and gives a smaller page; 11, the library's
/// default, cost about 9 ms of a core per page.
pub const BROTLI_FAST: u32 = 4;
/// Gzip level for a response compressed as it is sent (zlib's default).
pub const GZIP_FAST: u32 = 6;
/// Settings for what is compressed once and kept.
const BROTLI_BEST: u32 = 11;
const GZIP_BEST: u32 = 9;

/// Bodies smaller than this are sent as they are: compressing them saves
/// nothing worth the work.
const SMALLEST_COMPRESSED: usize = 256;

/// How many stories pages (lists and single stories) a node keeps at once.
/// What is kept is bounded whatever is asked for; past this, a page is
/// rendered and compressed (at the fast level) for each request, as before.
pub const DATA_PAGES_KEPT: usize = 256;

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

/// Which compressed forms the reader accepts (`Accept-Encoding`). A `q=0`
/// refuses one; `*` accepts any not named.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Accepted {
    pub brotli: bool,
    pub gzip: bool,
}

impl Accepted {
    /// Reads an `Accept-Encoding` header (all of them, if several).
    pub fn from_headers<'a>(values: impl Iterator<Item = &'a str>) -> Accepted {
        let (mut brotli, mut gzip, mut any) = (None, None, None);
        for item in values.flat_map(|h| h.split(',')) {
            let mut parts = item.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default().to_ascii_lowercase();
            let refused = parts.any(|p| {
                p.strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            match name.as_str() {
                "br" => brotli = Some(!refused),
                "gzip" | "x-gzip" => gzip = Some(!refused),
                "*" => any = Some(!refused),
                _ => {}
            }
        }
        let any = any.unwrap_or(false);
        Accepted {
            brotli: brotli.unwrap_or(any),
            gzip: gzip.unwrap_or(any),
        }
    }

    pub fn of(req: &Request<'_>) -> Accepted {
        Accepted::from_headers(req.headers().get("Accept-Encoding"))
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Accepted {
    type Error = std::convert::Infallible;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        Outcome::Success(Accepted::of(req))
    }
}

/// Brotli at `quality`, with a window no larger than the body needs (so a
/// small page does not allocate the 4 MiB window of the library's default).
pub fn brotli(body: &[u8], quality: u32) -> Vec<u8> {
    let bits = usize::BITS - body.len().max(1).leading_zeros();
    let params = brotli::enc::BrotliEncoderParams {
        quality: quality as i32,
        lgwin: bits.clamp(10, 22) as i32,
        size_hint: body.len(),
        ..Default::default()
    };
    let mut out = Vec::with_capacity(body.len() / 3);
    match brotli::BrotliCompress(&mut &body[..], &mut out, &params) {
        Ok(_) => out,
        Err(_) => Vec::new(),
    }
}

/// Gzip at `level`.
pub fn gzip(body: &[u8], level: u32) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(
        Vec::with_capacity(body.len() / 3),
        flate2::Compression::new(level),
    );
    gz.write_all(body)
        .and_then(|_| gz.finish())
        .unwrap_or_default()
}

/// A page or file in each encoding a reader may ask for. An empty compressed
/// form (the codec failed) is never sent.
pub struct Encoded {
    content_type: ContentType,
    identity: Vec<u8>,
    gzip: Vec<u8>,
    brotli: Vec<u8>,
}

impl Encoded {
    /// Compresses `body` in both forms at the best settings: for what is
    /// compressed once and sent many times.
    pub fn best(content_type: ContentType, body: Vec<u8>) -> Encoded {
        Encoded {
            content_type,
            gzip: gzip(&body, GZIP_BEST),
            brotli: brotli(&body, BROTLI_BEST),
            identity: body,
        }
    }

    /// [`Encoded::best`] off the async threads (brotli's best setting takes
    /// milliseconds).
    pub async fn best_blocking(content_type: ContentType, body: Vec<u8>) -> Encoded {
        let ct = content_type.clone();
        match rocket::tokio::task::spawn_blocking(move || Encoded::best(ct, body)).await {
            Ok(encoded) => encoded,
            // A panic in a codec: nothing kept compressed, the page still sent.
            Err(_) => Encoded {
                content_type,
                identity: Vec::new(),
                gzip: Vec::new(),
                brotli: Vec::new(),
            },
        }
    }

    /// The encoding to send, and its bytes.
    pub fn pick(&self, accepted: Accepted) -> (Option<&'static str>, &[u8]) {
        if accepted.brotli && !self.brotli.is_empty() {
            (Some("br"), &self.brotli)
        } else if accepted.gzip && !self.gzip.is_empty() {
            (Some("gzip"), &self.gzip)
        } else {
            (None, &self.identity)
        }
    }

    /// The uncompressed bytes.
    pub fn identity(&self) -> &[u8] {
        &self.identity
    }
}

/// A kept page or file, sent in the best form the reader accepts without
/// copying it.
pub struct Kept {
    pub file: Arc<Encoded>,
    pub accepted: Accepted,
}

impl<'r> rocket::response::Responder<'r, 'static> for Kept {
    fn respond_to(self, _: &'r Request<'_>) -> rocket::response::Result<'static> {
        let (encoding, bytes) = self.file.pick(self.accepted);
        let len = bytes.len();
        let mut response = Response::build();
        response
            .header(self.file.content_type.clone())
            .raw_header("Vary", "Accept-Encoding");
        if let Some(encoding) = encoding {
            response.raw_header("Content-Encoding", encoding);
        }
        response.sized_body(
            len,
            std::io::Cursor::new(KeptBytes {
                file: self.file,
                encoding,
            }),
        );
        response.ok()
    }
}

/// The bytes of one form of a kept file, shared with the cache.
struct KeptBytes {
    file: Arc<Encoded>,
    encoding: Option<&'static str>,
}

impl AsRef<[u8]> for KeptBytes {
    fn as_ref(&self) -> &[u8] {
        match self.encoding {
            Some("br") => &self.file.brotli,
            Some(_) => &self.file.gzip,
            None => &self.file.identity,
        }
    }
}

/// A survivor page: kept, or rendered for this request only.
#[derive(rocket::Responder)]
pub enum CachedPage {
    Kept(Kept),
    Fresh(Markup),
}

/// The release of the published stories that kept stories pages show: how
/// many there are and the newest id. Stories are only ever added (with a new,
/// larger id: both databases' ids never repeat) or removed, never changed, so
/// any change moves one of the two.
pub type StoriesRelease = (i64, i64);

/// Survivor pages that are the same for every visitor, rendered and
/// compressed once and kept.
///
/// Fixed pages (start, forms, safety, about, privacy) depend only on the
/// language and on what the server was started with: kept until it stops,
/// keyed by their path (which a route with a valid language matched, so there
/// are a few dozen). Stories pages are kept for one [`StoriesRelease`]: the
/// release is read from the database at most once per
/// [`RECHECK_AFTER`](crate::web::routes::digests::RECHECK_AFTER) per node, and
/// at once after a moderation or receipt action through this node
/// ([`PageCache::forget_release`], called by [`SurvivorCompression`]); a change
/// drops every kept stories page.
#[derive(Default)]
pub struct PageCache {
    fixed: Mutex<HashMap<String, Arc<Encoded>>>,
    data: Mutex<DataPages>,
    /// Digest pages, by path, each with the [`Freshness`] of what it shows.
    digests: Mutex<HashMap<String, (Freshness, Arc<Encoded>)>>,
}

/// What a kept digest page was rendered from (see
/// `web::routes::digests::DigestAccess`): the page is used only while the
/// data still says the same.
pub type Freshness = [i64; 4];

/// Digest pages kept at most: each released period and the list, in each
/// language, for years of digests.
pub const DIGEST_PAGES_KEPT: usize = 1024;

#[derive(Default)]
struct DataPages {
    /// The release as last read, and when (`None`: read it again).
    release: Option<(Instant, StoriesRelease)>,
    pages: HashMap<String, (StoriesRelease, Arc<Encoded>)>,
}

/// Fixed pages kept at most: every route and language, with and without a
/// trailing slash, fits several times over.
const FIXED_PAGES_KEPT: usize = 512;

impl PageCache {
    /// The kept form of the fixed page at `key`, rendered (once) by `render`.
    pub async fn fixed(&self, key: &str, render: impl FnOnce() -> Markup) -> Arc<Encoded> {
        if let Some(hit) = self.fixed.lock().ok().and_then(|m| m.get(key).cloned()) {
            return hit;
        }
        let html = render().into_string().into_bytes();
        let encoded = Arc::new(Encoded::best_blocking(ContentType::HTML, html).await);
        if let Ok(mut map) = self.fixed.lock() {
            if map.len() < FIXED_PAGES_KEPT {
                map.insert(key.to_owned(), encoded.clone());
            }
        }
        encoded
    }

    /// The release the kept stories pages belong to, read again when it is
    /// older than `RECHECK_AFTER` or was forgotten. One request reads it; those
    /// arriving meanwhile use the one before. `None` when the database cannot
    /// say (the page is then rendered for this request only).
    pub async fn stories_release(&self, services: &Services) -> Option<StoriesRelease> {
        let stale = {
            let mut data = self.data.lock().ok()?;
            match data.release {
                Some((at, release))
                    if at.elapsed() < crate::web::routes::digests::RECHECK_AFTER =>
                {
                    return Some(release)
                }
                Some((_, release)) => {
                    // Claimed: others keep using this one until it is read.
                    data.release = Some((Instant::now(), release));
                    Some(release)
                }
                None => None,
            }
        };
        let read = services
            .run(|conn| Ok(crate::storage::published::release(conn)?))
            .await;
        let mut data = self.data.lock().ok()?;
        match read {
            Ok(release) => {
                if stale != Some(release) {
                    data.pages.clear();
                }
                data.release = Some((Instant::now(), release));
                Some(release)
            }
            Err(_) => {
                data.release = None;
                data.pages.clear();
                None
            }
        }
    }

    /// The kept stories page at `key` for `release`, if there is one.
    pub fn data_page(&self, key: &str, release: StoriesRelease) -> Option<Arc<Encoded>> {
        let data = self.data.lock().ok()?;
        data.pages
            .get(key)
            .filter(|(at, _)| *at == release)
            .map(|(_, page)| page.clone())
    }

    /// Compresses and keeps a stories page rendered for `release`, and answers
    /// with it. Past [`DATA_PAGES_KEPT`] the page is sent as it is (and
    /// compressed at the fast level by [`SurvivorCompression`]).
    pub async fn keep_data_page(
        &self,
        key: &str,
        release: StoriesRelease,
        markup: Markup,
        accepted: Accepted,
    ) -> CachedPage {
        let room = self
            .data
            .lock()
            .map(|d| d.pages.len() < DATA_PAGES_KEPT)
            .unwrap_or(false);
        if !room {
            return CachedPage::Fresh(markup);
        }
        let html = markup.into_string().into_bytes();
        let file = Arc::new(Encoded::best_blocking(ContentType::HTML, html).await);
        if let Ok(mut data) = self.data.lock() {
            let current = data.release.map(|(_, r)| r);
            if current == Some(release) && data.pages.len() < DATA_PAGES_KEPT {
                data.pages.insert(key.to_owned(), (release, file.clone()));
            }
        }
        CachedPage::Kept(Kept { file, accepted })
    }

    /// The kept digest page at `key`, if it was rendered at `fresh`.
    pub fn digest_page(&self, key: &str, fresh: Freshness) -> Option<Arc<Encoded>> {
        let pages = self.digests.lock().ok()?;
        pages
            .get(key)
            .filter(|(at, _)| *at == fresh)
            .map(|(_, page)| page.clone())
    }

    /// Compresses and keeps a digest page rendered at `fresh` (replacing one
    /// rendered earlier), and answers with it. Only pages of released digests
    /// come here, so made-up addresses cannot fill it; past
    /// [`DIGEST_PAGES_KEPT`] a new page is sent as it is.
    pub async fn keep_digest_page(
        &self,
        key: &str,
        fresh: Freshness,
        markup: Markup,
        accepted: Accepted,
    ) -> CachedPage {
        let room = self
            .digests
            .lock()
            .map(|d| d.len() < DIGEST_PAGES_KEPT || d.contains_key(key))
            .unwrap_or(false);
        if !room {
            return CachedPage::Fresh(markup);
        }
        let html = markup.into_string().into_bytes();
        let file = Arc::new(Encoded::best_blocking(ContentType::HTML, html).await);
        if let Ok(mut pages) = self.digests.lock() {
            if pages.len() < DIGEST_PAGES_KEPT || pages.contains_key(key) {
                pages.insert(key.to_owned(), (fresh, file.clone()));
            }
        }
        CachedPage::Kept(Kept { file, accepted })
    }

    /// Makes the next stories page read the release again: after an action
    /// through this node that may have published or removed a story.
    pub fn forget_release(&self) {
        if let Ok(mut data) = self.data.lock() {
            data.release = None;
        }
    }

    /// How many pages are kept (fixed, stories), for tests and the benchmark.
    pub fn kept(&self) -> (usize, usize) {
        (
            self.fixed.lock().map(|m| m.len()).unwrap_or(0),
            self.data.lock().map(|d| d.pages.len()).unwrap_or(0),
        )
    }

    /// How many digest pages are kept.
    pub fn kept_digest_pages(&self) -> usize {
        self.digests.lock().map(|d| d.len()).unwrap_or(0)
    }
}

/// Whether a POST to `path` may publish or remove a story: a moderator's
/// action on an item, or a survivor's on their receipt (approval, consent,
/// withdrawal). Sharing a story does not, so the busiest POST costs nothing.
fn may_change_stories(path: &str) -> bool {
    if path.starts_with("/staff/items/") {
        return true;
    }
    let mut segments = path.trim_start_matches('/').splitn(3, '/');
    let (_, second) = (segments.next(), segments.next());
    second == Some("receipt")
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
    use super::{brotli, gzip, may_change_stories, may_compress, Accepted};

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
    fn accept_encoding_is_read_as_browsers_and_proxies_write_it() {
        let read = |h: &str| Accepted::from_headers(std::iter::once(h));
        let both = Accepted {
            brotli: true,
            gzip: true,
        };
        assert_eq!(read("gzip, deflate, br"), both);
        assert_eq!(read("gzip, deflate, br, zstd"), both);
        assert_eq!(read("GZIP;q=0.5 , Br;q=1.0"), both);
        assert_eq!(
            read("gzip"),
            Accepted {
                brotli: false,
                gzip: true
            }
        );
        assert_eq!(
            read("br;q=0, gzip"),
            Accepted {
                brotli: false,
                gzip: true
            }
        );
        assert_eq!(read("*"), both);
        assert_eq!(
            read("*, gzip;q=0"),
            Accepted {
                brotli: true,
                gzip: false
            }
        );
        assert_eq!(read("identity"), Accepted::default());
        assert_eq!(read(""), Accepted::default());
        assert_eq!(read("deflate, zstd"), Accepted::default());
        assert_eq!(Accepted::from_headers(["gzip", "br"].into_iter()), both);
    }

    #[test]
    fn both_codecs_give_back_the_same_bytes() {
        use std::io::Read;
        let page = "<p>Voices</p>".repeat(2000);
        for quality in [super::BROTLI_FAST, 11] {
            let packed = brotli(page.as_bytes(), quality);
            assert!(!packed.is_empty() && packed.len() < page.len() / 10);
            let mut out = Vec::new();
            ::brotli::Decompressor::new(&packed[..], 4096)
                .read_to_end(&mut out)
                .unwrap();
            assert_eq!(out, page.as_bytes());
        }
        for level in [super::GZIP_FAST, 9] {
            let packed = gzip(page.as_bytes(), level);
            assert!(!packed.is_empty() && packed.len() < page.len() / 10);
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&packed[..])
                .read_to_end(&mut out)
                .unwrap();
            assert_eq!(out, page.as_bytes());
        }
    }

    #[test]
    fn only_moderation_and_receipt_posts_may_change_the_stories() {
        for path in [
            "/staff/items/3",
            "/vi/receipt/withdraw",
            "/en/receipt/respond",
            "/en/receipt/consent",
        ] {
            assert!(may_change_stories(path), "{path}");
        }
        for path in ["/en/story", "/en/feedback", "/staff/login", "/en/receiptx"] {
            assert!(!may_change_stories(path), "{path}");
        }
    }
}
