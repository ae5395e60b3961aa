//! Request logging that cannot date a survivor's visit.
//!
//! Staff and setup requests (and the health check) get one structured line
//! each: a request id, the method, the matched route pattern (never the raw path or
//! query), the status and the latency. Survivor requests (`/`, everything under a
//! launch-language prefix such as `/en/`, the stylesheet and script under
//! `/static/` that every survivor page fetches right after it, and any other path a
//! survivor's browser may ask for, such as `/favicon.ico`) get no line of their
//! own: a line written when a story is
//! posted would carry the moment it was posted, in the order of `submissions.id`,
//! which is exactly the precise time safety rule 9 forbids. They are only counted,
//! per method and route pattern, and the counts are written once the hour is over,
//! by a timer, so even a log that stamps every line shows an hour boundary and not
//! any survivor's moment. The request id counts logged requests only: survivor
//! requests take no number, so a gap between two logged ids cannot count the
//! survivor requests served in between. Never the client address, user agent, cookies, or any
//! form body, for anyone.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rocket::fairing::{Fairing, Info, Kind};
use rocket::{Data, Orbit, Request, Response, Rocket};

#[derive(Default)]
pub struct RequestLog {
    next_id: AtomicU64,
    hourly: Arc<Mutex<HourlyCounts>>,
}

/// Per-request data kept in Rocket's request-local cache.
#[derive(Clone, Copy)]
pub struct RequestId {
    pub id: u64,
    started: Instant,
}

/// Survivor requests counted per hour (hours since the epoch), per method and
/// route pattern. Hours that have ended are written and forgotten by the timer.
#[derive(Default)]
struct HourlyCounts {
    hours: BTreeMap<u64, BTreeMap<(String, String), RouteCount>>,
}

#[derive(Default)]
struct RouteCount {
    requests: u64,
    client_errors: u64,
    server_errors: u64,
    /// Keys of internal errors (`AppError::key`), never their text.
    error_keys: BTreeMap<&'static str, u64>,
}

const HOUR_SECS: u64 = 60 * 60;

fn current_hour() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() / HOUR_SECS)
        .unwrap_or(0)
}

/// Whether a request may come from a survivor's browser, and so gets no line of
/// its own: `/`, every path under a launch language (`/en`, `/ar/story`,
/// `/fa/nope`), the static files, and anything else that is not staff, setup or
/// the health check. A survivor's page fetches its stylesheet and script at once
/// (they are not cached), and a browser asks for `/favicon.ico` by itself: a
/// stamped line for any of them would date the visit just as well.
///
/// The first segment is the one the router matches: decoded, with empty
/// segments skipped, so `//staff` and `/%73taff` are staff requests too.
pub fn is_survivor_request(req: &Request<'_>) -> bool {
    !matches!(
        req.uri().path().segments().next(),
        Some("staff" | "setup" | "healthz")
    )
}

/// An internal error met while serving a survivor request, kept (by key only) for
/// the hourly count instead of a line of its own.
#[derive(Default)]
struct SurvivorErrorKey(Mutex<Option<&'static str>>);

/// Records that a survivor request failed inside Voices. The key (for example
/// `storage_unavailable`) goes into that hour's count line; nothing is written now.
pub fn note_survivor_error(req: &Request<'_>, key: &'static str) {
    let slot = req.local_cache(SurvivorErrorKey::default);
    *slot.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(key);
}

impl HourlyCounts {
    fn count(
        &mut self,
        hour: u64,
        method: String,
        route: String,
        status: u16,
        key: Option<&'static str>,
    ) {
        let entry = self
            .hours
            .entry(hour)
            .or_default()
            .entry((method, route))
            .or_default();
        entry.requests += 1;
        if (400..500).contains(&status) {
            entry.client_errors += 1;
        } else if status >= 500 {
            entry.server_errors += 1;
        }
        if let Some(key) = key {
            *entry.error_keys.entry(key).or_default() += 1;
        }
    }

    /// Takes every hour before `now_hour`.
    fn take_finished(
        &mut self,
        now_hour: u64,
    ) -> BTreeMap<u64, BTreeMap<(String, String), RouteCount>> {
        let current = self.hours.split_off(&now_hour);
        std::mem::replace(&mut self.hours, current)
    }
}

/// Writes one line per route for each finished hour: the day and the hour (no
/// minute), the method, the route pattern and the counts.
fn write_finished(hourly: &Mutex<HourlyCounts>, now_hour: u64) {
    let finished = hourly
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take_finished(now_hour);
    for (hour, routes) in finished {
        let start = time::OffsetDateTime::from_unix_timestamp((hour * HOUR_SECS) as i64)
            .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
        let day = format!(
            "{:04}-{:02}-{:02}",
            start.year(),
            u8::from(start.month()),
            start.day()
        );
        for ((method, route), count) in routes {
            let errors = count
                .error_keys
                .iter()
                .map(|(k, n)| format!("{k}={n}"))
                .collect::<Vec<_>>()
                .join(",");
            if count.server_errors > 0 {
                tracing::error!(target: "voices::http", day = %day, hour = start.hour(), method = %method, route = %route, requests = count.requests, client_errors = count.client_errors, server_errors = count.server_errors, errors = %errors, "survivor requests in that hour");
            } else {
                tracing::info!(target: "voices::http", day = %day, hour = start.hour(), method = %method, route = %route, requests = count.requests, client_errors = count.client_errors, server_errors = count.server_errors, "survivor requests in that hour");
            }
        }
    }
}

/// A handle on the hourly survivor counts, kept in Rocket's state.
#[derive(Clone)]
pub struct SurvivorCounts(Arc<Mutex<HourlyCounts>>);

impl SurvivorCounts {
    /// Writes the counts of every hour before `now_hour` (hours since the epoch),
    /// what the timer does just after each hour ends. Public so tests need not
    /// wait for the clock.
    pub fn write_finished_hours(&self, now_hour: u64) {
        write_finished(&self.0, now_hour);
    }

    /// The hour (since the epoch) now.
    pub fn current_hour() -> u64 {
        current_hour()
    }
}

impl RequestLog {
    pub fn survivor_counts(&self) -> SurvivorCounts {
        SurvivorCounts(self.hourly.clone())
    }
}

#[rocket::async_trait]
impl Fairing for RequestLog {
    fn info(&self) -> Info {
        Info {
            name: "Request log",
            kind: Kind::Request | Kind::Response | Kind::Liftoff,
        }
    }

    async fn on_liftoff(&self, rocket: &Rocket<Orbit>) {
        let hourly = self.hourly.clone();
        let mut shutdown = rocket.shutdown();
        rocket::tokio::spawn(async move {
            loop {
                let now = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or_default()
                    .as_secs();
                // Wake just after the hour turns, so a line's own time stamp (if the
                // log adds one) shows the hour boundary and nothing else.
                let wait = HOUR_SECS - now % HOUR_SECS + 1;
                rocket::tokio::select! {
                    _ = rocket::tokio::time::sleep(Duration::from_secs(wait)) => {}
                    // Counts of the unfinished hour are dropped at shutdown: writing
                    // them now would date them by the shutdown.
                    _ = &mut shutdown => break,
                }
                write_finished(&hourly, current_hour());
            }
        });
    }

    async fn on_request(&self, req: &mut Request<'_>, _: &mut Data<'_>) {
        // Only requests that get a line take a number.
        let id = if is_survivor_request(req) {
            0
        } else {
            self.next_id.fetch_add(1, Ordering::Relaxed) + 1
        };
        req.local_cache(|| {
            Some(RequestId {
                id,
                started: Instant::now(),
            })
        });
    }

    async fn on_response<'r>(&self, req: &'r Request<'_>, res: &mut Response<'r>) {
        let Some(request) = *req.local_cache(|| None::<RequestId>) else {
            return;
        };
        let route = req
            .route()
            .map(|r| r.uri.origin.path().to_string())
            .unwrap_or_else(|| "unmatched".into());
        let status = res.status().code;
        if is_survivor_request(req) {
            let key = *req
                .local_cache(SurvivorErrorKey::default)
                .0
                .lock()
                .unwrap_or_else(|p| p.into_inner());
            self.hourly.lock().unwrap_or_else(|p| p.into_inner()).count(
                current_hour(),
                req.method().to_string(),
                route,
                status,
                key,
            );
            return;
        }
        let latency_ms = request.started.elapsed().as_secs_f64() * 1000.0;
        if status >= 500 {
            tracing::error!(target: "voices::http", request_id = request.id, method = %req.method(), route = %route, status, latency_ms, "request");
        } else {
            tracing::info!(target: "voices::http", request_id = request.id, method = %req.method(), route = %route, status, latency_ms, "request");
        }
    }
}

/// The id of the request being served, for log lines written while handling it.
pub fn request_id(req: &Request<'_>) -> u64 {
    req.local_cache(|| None::<RequestId>)
        .map(|r| r.id)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finished_hours_are_taken_and_the_current_one_kept() {
        let mut counts = HourlyCounts::default();
        counts.count(10, "POST".into(), "/<_lang>/story".into(), 200, None);
        counts.count(
            10,
            "POST".into(),
            "/<_lang>/story".into(),
            503,
            Some("storage_unavailable"),
        );
        counts.count(11, "GET".into(), "/<_lang>/".into(), 200, None);
        let finished = counts.take_finished(11);
        assert_eq!(finished.len(), 1);
        let story = &finished[&10][&("POST".to_string(), "/<_lang>/story".to_string())];
        assert_eq!((story.requests, story.server_errors), (2, 1));
        assert_eq!(story.error_keys["storage_unavailable"], 1);
        assert_eq!(counts.hours.keys().copied().collect::<Vec<_>>(), [11]);
    }
}
