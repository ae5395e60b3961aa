//! One structured log line per request: a request id, the method, the matched
//! route pattern (never the raw path or query), the status and the latency.
//! Never the client address, user agent, cookies, or any form body.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::{Data, Request, Response};

#[derive(Default)]
pub struct RequestLog {
    next_id: AtomicU64,
}

/// Per-request data kept in Rocket's request-local cache.
#[derive(Clone, Copy)]
pub struct RequestId {
    pub id: u64,
    started: Instant,
}

#[rocket::async_trait]
impl Fairing for RequestLog {
    fn info(&self) -> Info {
        Info {
            name: "Request log",
            kind: Kind::Request | Kind::Response,
        }
    }

    async fn on_request(&self, req: &mut Request<'_>, _: &mut Data<'_>) {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed) + 1;
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
