//! Theme digests, a public contract: `/{lang}/digests` and
//! `/{lang}/digests/{period}` (HTML), `/digests.json`, `/digests/{period}.json`,
//! `/digests/{period}.csv`, `/digests.atom`, and the "you said, we did" page.
//!
//! Public by default. With the practitioner-only setting, a reader must be a
//! signed-in staff member whose roles allow reading digests, or present a
//! bearer token an admin issued (checked against its keyed hash, rate-limited
//! per token). A bad period, an unreleased one, or a wrong token is a 404, 400
//! or 401 answer, as HTML or JSON to match the route, never a 500.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use maud::Markup;
use rocket::http::{ContentType, Header, Status};
use rocket::request::{FromRequest, Outcome, Request};
use rocket::{get, routes, Route, State};
use serde_json::{json, Value};

use crate::app::digests::{self, DigestConfig, Released};
use crate::domain::digest::Period;
use crate::domain::{Language, Permission};
use crate::error::{AppError, AppResult};
use crate::policy::Policy;
use crate::web::compression::{Accepted, CachedPage, Freshness, Kept, PageCache};
use crate::web::context::{Lang, SurvivorPage};
use crate::web::session::StaffSession;
use crate::web::views::digests as view;
use crate::web::Services;

pub fn routes() -> Vec<Route> {
    routes![
        list_json,
        digest_file,
        atom,
        list_page,
        digest_page,
        responses_page
    ]
}

/// How long a node trusts what it last read of the practitioner-only setting and
/// of a released digest's freshness. A change made through this node (an
/// admin's, or a survivor's withdrawal) applies at once: it forgets what it
/// read. One made through another node shows within this time. Reading both on
/// every request would cost two database round trips for a file that is served
/// from memory.
pub const RECHECK_AFTER: Duration = Duration::from_secs(1);

/// Digest settings and the per-token rate limiter.
pub struct DigestAccess {
    pub config: DigestConfig,
    limiter: DefaultKeyedRateLimiter<i64>,
    pub public_base: String,
    /// Rendered JSON and CSV of released digests, by period and format, with
    /// the freshness they were rendered at: the figures never change, and a
    /// withdrawn quote or a new response changes the freshness.
    rendered: Mutex<HashMap<(String, String), Rendered>>,
    /// The practitioner-only setting as last read, and when.
    restricted: Mutex<Option<(Instant, bool)>>,
    /// Released periods' freshness as last read, and when. Only released
    /// periods are kept, so made-up periods cannot fill it.
    fresh: Mutex<HashMap<Period, (Instant, [i64; 4])>>,
    /// What the list and the responses page show (`storage::digests::listing`)
    /// as last read, and when.
    listing: Mutex<Option<(Instant, [i64; 4])>>,
}

impl DigestAccess {
    pub fn new(config: DigestConfig, public_base: String) -> Self {
        let per_minute = NonZeroU32::new(config.token_requests_per_minute.max(1))
            .expect("at least one request a minute");
        Self {
            limiter: RateLimiter::keyed(Quota::per_minute(per_minute)),
            config,
            public_base,
            rendered: Mutex::new(HashMap::new()),
            restricted: Mutex::new(None),
            fresh: Mutex::new(HashMap::new()),
            listing: Mutex::new(None),
        }
    }

    /// Forgets what was read of the setting and of every digest's freshness:
    /// after a change made through this node (an admin's, or a withdrawal).
    pub fn forget(&self) {
        if let Ok(mut r) = self.restricted.lock() {
            *r = None;
        }
        if let Ok(mut f) = self.fresh.lock() {
            f.clear();
        }
        if let Ok(mut l) = self.listing.lock() {
            *l = None;
        }
    }

    /// What the digest list and the responses page show, read again when older
    /// than [`RECHECK_AFTER`]; `None` when the database cannot say.
    async fn listing(&self, services: &Services) -> Option<Freshness> {
        let known = self.listing.lock().ok().and_then(|l| *l);
        if let Some((_, value)) = known.filter(|(at, _)| at.elapsed() < RECHECK_AFTER) {
            return Some(value);
        }
        let value = services
            .run(|conn| Ok(crate::storage::digests::listing(conn)?))
            .await
            .ok()?;
        if let Ok(mut l) = self.listing.lock() {
            *l = Some((Instant::now(), value));
        }
        Some(value)
    }

    async fn restricted(&self, services: &Services) -> bool {
        let known = self.restricted.lock().ok().and_then(|r| *r);
        if let Some((_, value)) = known.filter(|(at, _)| at.elapsed() < RECHECK_AFTER) {
            return value;
        }
        let config = self.config.clone();
        match services
            .run(move |conn| digests::practitioner_only(conn, &config))
            .await
        {
            Ok(value) => {
                if let Ok(mut r) = self.restricted.lock() {
                    *r = Some((Instant::now(), value));
                }
                value
            }
            // When the database cannot say, digests stay closed.
            Err(_) => true,
        }
    }

    async fn freshness(&self, services: &Services, period: Period) -> AppResult<Option<[i64; 4]>> {
        let known = self.fresh.lock().ok().and_then(|f| f.get(&period).copied());
        if let Some((_, fresh)) = known.filter(|(at, _)| at.elapsed() < RECHECK_AFTER) {
            return Ok(Some(fresh));
        }
        let fresh = services
            .run(move |conn| digests::freshness(conn, period))
            .await?;
        if let (Some(value), Ok(mut f)) = (fresh, self.fresh.lock()) {
            f.insert(period, (Instant::now(), value));
        }
        Ok(fresh)
    }
}

/// A rendering, the freshness it was made at, and its compressed forms.
type Rendered = ([i64; 4], Arc<Encoded>);

/// A data file in each encoding a reader may ask for. A released digest's
/// file changes only when its freshness does, so it is compressed once when it
/// is rendered instead of on every request (the general compression fairing
/// leaves a response that already has an encoding alone).
pub struct Encoded {
    content_type: ContentType,
    identity: Vec<u8>,
    gzip: Vec<u8>,
    brotli: Vec<u8>,
}

impl Encoded {
    fn new(content_type: ContentType, body: String) -> Encoded {
        use std::io::Write;
        let identity = body.into_bytes();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let gzip = gz
            .write_all(&identity)
            .and_then(|_| gz.finish())
            .unwrap_or_default();
        let mut brotli = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 9,
            ..Default::default()
        };
        if brotli::BrotliCompress(&mut identity.as_slice(), &mut brotli, &params).is_err() {
            brotli.clear();
        }
        Encoded {
            content_type,
            identity,
            gzip,
            brotli,
        }
    }
}

/// Which compressed forms the reader accepts (`Accept-Encoding`, where a
/// `q=0` refuses one).
pub struct Accepts {
    gzip: bool,
    brotli: bool,
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Accepts {
    type Error = std::convert::Infallible;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let mut accepts = Accepts {
            gzip: false,
            brotli: false,
        };
        for item in req
            .headers()
            .get("Accept-Encoding")
            .flat_map(|h| h.split(','))
        {
            let mut parts = item.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default();
            let refused = parts.any(|p| {
                p.strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            match name {
                "gzip" => accepts.gzip = !refused,
                "br" => accepts.brotli = !refused,
                _ => {}
            }
        }
        Outcome::Success(accepts)
    }
}

/// A kept data file, sent in the best form the reader accepts without copying it.
pub struct EncodedAnswer {
    file: Arc<Encoded>,
    accepts: Accepts,
}

impl<'r> rocket::response::Responder<'r, 'static> for EncodedAnswer {
    fn respond_to(self, _: &'r Request<'_>) -> rocket::response::Result<'static> {
        let file = &self.file;
        let (encoding, len) = if self.accepts.brotli && !file.brotli.is_empty() {
            (Some("br"), file.brotli.len())
        } else if self.accepts.gzip && !file.gzip.is_empty() {
            (Some("gzip"), file.gzip.len())
        } else {
            (None, file.identity.len())
        };
        let mut response = rocket::Response::build();
        response
            .header(file.content_type.clone())
            .raw_header("Vary", "Accept-Encoding");
        if let Some(encoding) = encoding {
            response.raw_header("Content-Encoding", encoding);
        }
        response.sized_body(
            len,
            std::io::Cursor::new(EncodedBytes {
                file: self.file.clone(),
                encoding,
            }),
        );
        response.ok()
    }
}

/// The bytes of one form of a kept file, shared with the cache.
struct EncodedBytes {
    file: Arc<Encoded>,
    encoding: Option<&'static str>,
}

impl AsRef<[u8]> for EncodedBytes {
    fn as_ref(&self) -> &[u8] {
        match self.encoding {
            Some("br") => &self.file.brotli,
            Some(_) => &self.file.gzip,
            None => &self.file.identity,
        }
    }
}

/// Whether this request may read digests, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Allowed,
    /// No sign-in or token where one is needed, or a wrong or revoked token.
    Unauthorized,
    RateLimited,
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Access {
    type Error = ();

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, ()> {
        let (Some(services), Some(access)) = (
            req.rocket().state::<Services>(),
            req.rocket().state::<DigestAccess>(),
        ) else {
            return Outcome::Error((Status::InternalServerError, ()));
        };
        let bearer = req
            .headers()
            .get_one("Authorization")
            .map(|h| h.strip_prefix("Bearer ").unwrap_or("").trim().to_owned());
        if let Some(token) = bearer {
            // A presented token is always checked, so a revoked one is told so.
            let pepper = services.pepper.clone();
            let checked = services
                .run(move |conn| digests::check_token(conn, &pepper, &token))
                .await;
            return Outcome::Success(match checked {
                Ok(Some(id)) if access.limiter.check_key(&id).is_ok() => Access::Allowed,
                Ok(Some(_)) => Access::RateLimited,
                _ => Access::Unauthorized,
            });
        }
        if !access.restricted(services).await {
            return Outcome::Success(Access::Allowed);
        }
        Outcome::Success(match req.guard::<StaffSession>().await {
            Outcome::Success(s) if s.identity.can(Permission::ReadDigests) => Access::Allowed,
            _ => Access::Unauthorized,
        })
    }
}

/// A JSON or CSV answer, or a JSON error with its status.
#[derive(rocket::Responder)]
pub enum DataAnswer {
    Json((Status, (ContentType, String))),
    Text((Status, (ContentType, String))),
    Encoded(EncodedAnswer),
    Limited(LimitedJson),
}

/// 429 with when to try again.
#[derive(rocket::Responder)]
#[response(status = 429, content_type = "json")]
pub struct LimitedJson {
    body: String,
    retry_after: Header<'static>,
}

fn json_error(status: Status, key: &str, message: &str) -> DataAnswer {
    let body = json!({ "error": key, "message": message }).to_string();
    if status == Status::TooManyRequests {
        return DataAnswer::Limited(LimitedJson {
            body,
            retry_after: Header::new("Retry-After", "60"),
        });
    }
    DataAnswer::Json((status, (ContentType::JSON, body)))
}

fn refused(access: Access) -> Option<DataAnswer> {
    match access {
        Access::Allowed => None,
        Access::Unauthorized => Some(json_error(
            Status::Unauthorized,
            "unauthorized",
            "Digests here are for practitioners: sign in, or send an API token as 'Authorization: Bearer TOKEN'.",
        )),
        Access::RateLimited => Some(json_error(
            Status::TooManyRequests,
            "rate_limited",
            "Too many requests with this token; try again in a minute.",
        )),
    }
}

fn unavailable() -> DataAnswer {
    json_error(
        Status::ServiceUnavailable,
        "storage_unavailable",
        "The database did not answer; try again shortly.",
    )
}

#[get("/digests.json")]
async fn list_json(access: Access, services: &State<Services>) -> DataAnswer {
    if let Some(refusal) = refused(access) {
        return refusal;
    }
    let Ok(list) = services.run(digests::list).await else {
        return unavailable();
    };
    let items: Vec<Value> = list
        .iter()
        .map(|(period, released, hash)| {
            json!({
                "period": period.to_string(),
                "kind": period.kind(),
                "released": released,
                "content_hash": format!("blake2b:{hash}"),
                "json": format!("/digests/{period}.json"),
                "csv": format!("/digests/{period}.csv"),
            })
        })
        .collect();
    DataAnswer::Json((
        Status::Ok,
        (ContentType::JSON, Value::Array(items).to_string()),
    ))
}

/// `/digests/2026-10.json` or `/digests/2026-Q3.csv`.
#[get("/digests/<file>", rank = 1)]
async fn digest_file(
    file: &str,
    access: Access,
    accepts: Accepts,
    services: &State<Services>,
    settings: &State<DigestAccess>,
) -> DataAnswer {
    let Some((period, format)) = file.rsplit_once('.') else {
        return json_error(
            Status::NotFound,
            "not_found",
            "Ask for /digests/PERIOD.json or /digests/PERIOD.csv.",
        );
    };
    if !matches!(format, "json" | "csv") {
        return json_error(
            Status::NotFound,
            "not_found",
            "Digests come as .json or .csv.",
        );
    }
    if period.parse::<Period>().is_err() {
        return json_error(
            Status::BadRequest,
            "bad_period",
            "A period is a month like 2026-10 or a quarter like 2026-Q3.",
        );
    }
    if let Some(refusal) = refused(access) {
        return refusal;
    }
    let period: Period = period.parse().expect("checked above");
    let fresh = match settings.freshness(services, period).await {
        Ok(Some(fresh)) => fresh,
        Ok(None) => {
            return json_error(
                Status::NotFound,
                "not_released",
                "No digest has been released for this period.",
            )
        }
        Err(_) => return unavailable(),
    };
    let content_type = if format == "json" {
        ContentType::JSON
    } else {
        ContentType::new("text", "csv").with_params(("charset", "utf-8"))
    };
    let cache_key = (period.to_string(), format.to_owned());
    let cached = settings
        .rendered
        .lock()
        .ok()
        .and_then(|c| c.get(&cache_key).cloned())
        .filter(|(at, _)| *at == fresh);
    if let Some((_, file)) = cached {
        return DataAnswer::Encoded(EncodedAnswer { file, accepts });
    }
    let found = match services
        .run(move |conn| digests::released(conn, &period.to_string()))
        .await
    {
        Ok(found) => found,
        Err(_) => return unavailable(),
    };
    let Some(digest) = found else {
        return json_error(
            Status::NotFound,
            "not_released",
            "No digest has been released for this period.",
        );
    };
    let body = if format == "json" {
        digest_json(&digest, &services.policy).to_string()
    } else {
        digest_csv(&digest)
    };
    // Compressing takes a moment, so off the async threads.
    let Ok(file) =
        rocket::tokio::task::spawn_blocking(move || Encoded::new(content_type, body)).await
    else {
        return unavailable();
    };
    let file = Arc::new(file);
    if let Ok(mut cache) = settings.rendered.lock() {
        cache.insert(cache_key, (fresh, file.clone()));
    }
    DataAnswer::Encoded(EncodedAnswer { file, accepts })
}

/// The note on how the numbers were protected, in English for the data files.
pub const PROTECTION_NOTE: &str = "Counts under 10, and zeros, are not shown (suppressed); every other count is rounded to the nearest 5. More counts are not shown where the published figures, each known only to within its rounding, could otherwise narrow a suppressed count under 10 to a range that misses 0 or 10, solving every table together and a quarter with its months. A suppressed count says nothing about its size: counts hidden to protect others are often large. A period with no items at all is marked empty. Percentages only where the denominator is at least 20; trends only between two published counts; quotes only from survivors who allowed them, in wording they approved, three under a theme or none, only under themes and languages whose counts are published.";

fn labels(of: impl Fn(Language) -> String) -> Value {
    Value::Object(
        Language::ALL
            .iter()
            .map(|l| (l.code().to_owned(), Value::String(of(*l))))
            .collect(),
    )
}

/// The JSON of a released digest: its stored figures, labels from the policy,
/// today's quotes and responses.
pub fn digest_json(digest: &Released, policy: &Policy) -> Value {
    let mut value = serde_json::to_value(&digest.body).expect("plain data");
    if let Some(themes) = value.get_mut("themes").and_then(Value::as_array_mut) {
        for theme in themes {
            let key = theme["key"].as_str().unwrap_or_default().to_owned();
            if let Some(t) = policy.theme(&key) {
                theme["labels"] = labels(|l| t.label.get(l).to_owned());
            }
        }
    }
    if let Some(services) = value.get_mut("services").and_then(Value::as_array_mut) {
        for service in services {
            let key = service["key"].as_str().unwrap_or_default().to_owned();
            if let Some(s) = policy.feedback.service(&key) {
                service["labels"] = labels(|l| s.label.get(l).to_owned());
            }
        }
    }
    // Questions and answers are the same for every service: labelled once.
    let mut questions = serde_json::Map::new();
    let mut answers = serde_json::Map::new();
    for q in &policy.feedback.questions {
        questions.insert(q.key.clone(), labels(|l| q.label.get(l).to_owned()));
        answers.insert(
            q.key.clone(),
            Value::Object(
                q.answers
                    .iter()
                    .map(|a| (a.key.clone(), labels(|l| a.label.get(l).to_owned())))
                    .collect(),
            ),
        );
    }
    value["labels"] = json!({ "questions": questions, "answers": answers });
    value["released"] = json!(digest.released_on);
    value["content_hash"] = json!(format!("blake2b:{}", digest.hash));
    value["protection"] = json!(PROTECTION_NOTE);
    value["quotes"] = serde_json::to_value(&digest.quotes).expect("plain data");
    value["responses"] = Value::Array(
        digest
            .responses
            .iter()
            .map(|r| json!({"theme": r.theme, "language": r.language, "text": r.body, "written": r.written_on}))
            .collect(),
    );
    value
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// One row per cell: `period,table,key,detail,count,suppressed`.
pub fn digest_csv(digest: &Released) -> String {
    let mut out = String::from("period,table,key,detail,count,suppressed\r\n");
    for (slot, cell) in digest.body.cells() {
        let mut parts = slot.splitn(3, '/');
        let table = parts.next().unwrap_or_default();
        let key = parts.next().unwrap_or_default();
        let detail = parts.next().unwrap_or_default();
        out.push_str(&format!(
            "{},{},{},{},{},{}\r\n",
            digest.period,
            csv_field(table),
            csv_field(key),
            csv_field(detail),
            cell.count.map(|n| n.to_string()).unwrap_or_default(),
            cell.suppressed
        ));
    }
    out
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[get("/digests.atom")]
async fn atom(
    access: Access,
    services: &State<Services>,
    settings: &State<DigestAccess>,
) -> DataAnswer {
    if let Some(refusal) = refused(access) {
        return refusal;
    }
    let Ok(list) = services.run(digests::list).await else {
        return unavailable();
    };
    let base = xml(&settings.public_base);
    let updated = list
        .iter()
        .map(|(_, day, _)| day.clone())
        .max()
        .unwrap_or_else(|| "2026-01-01".into());
    let mut feed = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <title>Voices theme digests</title>\n<id>{base}/digests.atom</id>\n\
         <link rel=\"self\" href=\"{base}/digests.atom\"/>\n<link href=\"{base}/en/digests\"/>\n\
         <updated>{updated}T00:00:00Z</updated>\n<author><name>Voices</name></author>\n"
    );
    for (period, day, hash) in &list {
        feed.push_str(&format!(
            "<entry>\n<title>Theme digest {period}</title>\n<id>{base}/digests/{period}</id>\n\
             <link href=\"{base}/en/digests/{period}\"/>\n\
             <link rel=\"alternate\" type=\"application/json\" href=\"{base}/digests/{period}.json\"/>\n\
             <updated>{day}T00:00:00Z</updated>\n\
             <summary>Anonymised theme digest for {period}, released {day}. Content hash blake2b:{hash}.</summary>\n</entry>\n"
        ));
    }
    feed.push_str("</feed>\n");
    DataAnswer::Text((
        Status::Ok,
        (ContentType::new("application", "atom+xml"), feed),
    ))
}

/// An HTML page, or the translated error page.
#[derive(rocket::Responder)]
pub enum PageAnswer {
    Page(Markup),
    Kept(CachedPage),
    Refused((Status, Markup)),
    Error(AppError),
}

fn refused_page(ctx: &crate::web::context::PageContext<'_>, access: Access) -> Option<PageAnswer> {
    match access {
        Access::Allowed => None,
        Access::Unauthorized => Some(PageAnswer::Refused((
            Status::Unauthorized,
            view::refused(ctx, "digests-practitioners-only"),
        ))),
        Access::RateLimited => Some(PageAnswer::Refused((
            Status::TooManyRequests,
            view::refused(ctx, "digests-too-many"),
        ))),
    }
}

/// The digest pages are the same for every reader who may see them, so each
/// is rendered and compressed once per language and per state of what it shows
/// (`web::compression::PageCache`), then served from memory. Who may see them
/// is still checked on every request.
#[get("/<_lang>/digests", rank = 3)]
async fn list_page(
    _lang: Lang,
    ctx: SurvivorPage<'_>,
    access: Access,
    services: &State<Services>,
    settings: &State<DigestAccess>,
    cache: &State<PageCache>,
    accepted: Accepted,
) -> PageAnswer {
    if let Some(refusal) = refused_page(&ctx.0, access) {
        return refusal;
    }
    let key = format!("/{}/digests", ctx.0.lang.code());
    let fresh = settings.listing(services).await;
    if let Some(file) = fresh.and_then(|f| cache.digest_page(&key, f)) {
        return PageAnswer::Kept(CachedPage::Kept(Kept { file, accepted }));
    }
    match services.run(digests::list).await {
        Ok(list) => {
            let markup = view::list(&ctx.0, &list);
            match fresh {
                Some(f) => {
                    PageAnswer::Kept(cache.keep_digest_page(&key, f, markup, accepted).await)
                }
                None => PageAnswer::Page(markup),
            }
        }
        Err(e) => PageAnswer::Error(e),
    }
}

#[allow(clippy::too_many_arguments)]
#[get("/<_lang>/digests/<period>", rank = 3)]
async fn digest_page(
    _lang: Lang,
    period: &str,
    ctx: SurvivorPage<'_>,
    access: Access,
    services: &State<Services>,
    settings: &State<DigestAccess>,
    cache: &State<PageCache>,
    accepted: Accepted,
) -> PageAnswer {
    if let Some(refusal) = refused_page(&ctx.0, access) {
        return refusal;
    }
    let Ok(period) = period.parse::<Period>() else {
        return PageAnswer::Error(AppError::NotFound);
    };
    // Only released periods have a freshness, so only their pages are kept.
    let fresh = match settings.freshness(services, period).await {
        Ok(Some(fresh)) => fresh,
        Ok(None) => return PageAnswer::Error(AppError::NotFound),
        Err(e) => return PageAnswer::Error(e),
    };
    let key = format!("/{}/digests/{period}", ctx.0.lang.code());
    if let Some(file) = cache.digest_page(&key, fresh) {
        return PageAnswer::Kept(CachedPage::Kept(Kept { file, accepted }));
    }
    let wanted = period.to_string();
    match services
        .run(move |conn| digests::released(conn, &wanted))
        .await
    {
        Ok(Some(digest)) => {
            let markup = view::digest(&ctx.0, &services.policy, &digest);
            PageAnswer::Kept(cache.keep_digest_page(&key, fresh, markup, accepted).await)
        }
        Ok(None) => PageAnswer::Error(AppError::NotFound),
        Err(e) => PageAnswer::Error(e),
    }
}

/// "You said, we did": what the organisation does about what survivors shared,
/// for survivors, in their language. Always public: it holds no figures. Kept
/// like the digest pages.
#[get("/<_lang>/you-said-we-did", rank = 3)]
async fn responses_page(
    _lang: Lang,
    ctx: SurvivorPage<'_>,
    services: &State<Services>,
    settings: &State<DigestAccess>,
    cache: &State<PageCache>,
    accepted: Accepted,
) -> Result<CachedPage, AppError> {
    let key = format!("/{}/you-said-we-did", ctx.0.lang.code());
    let fresh = settings.listing(services).await;
    if let Some(file) = fresh.and_then(|f| cache.digest_page(&key, f)) {
        return Ok(CachedPage::Kept(Kept { file, accepted }));
    }
    let responses = services
        .run(|conn| Ok(crate::storage::digests::responses(conn, None)?))
        .await?;
    let markup = view::responses(&ctx.0, &services.policy, &responses);
    Ok(match fresh {
        Some(f) => cache.keep_digest_page(&key, f, markup, accepted).await,
        None => CachedPage::Fresh(markup),
    })
}
