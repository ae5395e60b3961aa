//! The data routes: `/digests.json`, `/digests/{period}.json` and `.csv`, and
//! `/digests.atom`, with their JSON errors. A refusal or a bad period is an
//! answer with its status, never a 500.

use std::sync::Arc;

use rocket::http::{ContentType, Header, Status};
use rocket::{get, State};
use serde_json::{json, Value};

use super::access::{Access, DigestAccess};
use super::formats::{digest_csv, digest_json};
use crate::app::digests;
use crate::domain::digest::Period;
use crate::web::compression::{Accepted, Encoded, Kept};
use crate::web::Services;

/// A JSON or CSV answer, or a JSON error with its status.
#[derive(rocket::Responder)]
pub enum DataAnswer {
    Json((Status, (ContentType, String))),
    Text((Status, (ContentType, String))),
    Encoded(Kept),
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
pub(super) async fn list_json(access: Access, services: &State<Services>) -> DataAnswer {
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
pub(super) async fn digest_file(
    file: &str,
    access: Access,
    accepted: Accepted,
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
        return DataAnswer::Encoded(Kept { file, accepted });
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
    // Compressed once, at the best settings, for every reader until its
    // freshness changes; that takes a moment, so off the async threads.
    let Ok(file) =
        rocket::tokio::task::spawn_blocking(move || Encoded::best(content_type, body.into_bytes()))
            .await
    else {
        return unavailable();
    };
    let file = Arc::new(file);
    if let Ok(mut cache) = settings.rendered.lock() {
        cache.insert(cache_key, (fresh, file.clone()));
    }
    DataAnswer::Encoded(Kept { file, accepted })
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[get("/digests.atom")]
pub(super) async fn atom(
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
