//! The page cache: survivor pages that are the same for every visitor, kept
//! compressed per language and per release of what they show. It reads only
//! the stories release from the database; it never renders a page or routes.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use maud::Markup;
use rocket::http::ContentType;

use super::encoded::{CachedPage, Encoded, Kept};
use super::negotiation::Accepted;
use crate::web::Services;

/// How long a node trusts what it last read of the stories release (here),
/// and of the practitioner-only setting and of a released digest's freshness
/// (`web::routes::digests::DigestAccess`). A change made through this node (an
/// admin's, or a survivor's withdrawal) applies at once: it forgets what it
/// read. One made through another node shows within this time. Reading both on
/// every request would cost two database round trips for a file that is served
/// from memory.
pub const RECHECK_AFTER: Duration = Duration::from_secs(1);

/// How many stories pages (lists and single stories) a node keeps at once.
/// What is kept is bounded whatever is asked for; past this, a page is
/// rendered and compressed (at the fast level) for each request, as before.
pub const DATA_PAGES_KEPT: usize = 256;

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
/// [`RECHECK_AFTER`] per node, and
/// at once after a moderation or receipt action through this node
/// ([`PageCache::forget_release`], called by [`SurvivorCompression`](super::SurvivorCompression)); a change
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
                Some((at, release)) if at.elapsed() < RECHECK_AFTER => return Some(release),
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
    /// compressed at the fast level by [`SurvivorCompression`](super::SurvivorCompression)).
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

    /// Whether the stories release is known (not forgotten since it was last
    /// read), for tests.
    pub fn knows_release(&self) -> bool {
        self.data.lock().is_ok_and(|d| d.release.is_some())
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
