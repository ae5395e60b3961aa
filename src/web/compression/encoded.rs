//! A page or file held in every encoding a reader may ask for, and the answer
//! that sends one of them without copying it. It never decides what is kept,
//! or for how long: that is the cache's and the fairing's.

use std::sync::Arc;

use maud::Markup;
use rocket::http::ContentType;
use rocket::{Request, Response};

use super::codecs::{brotli, gzip, BROTLI_BEST, GZIP_BEST};
use super::negotiation::Accepted;

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
pub(super) struct KeptBytes {
    pub(super) file: Arc<Encoded>,
    pub(super) encoding: Option<&'static str>,
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
