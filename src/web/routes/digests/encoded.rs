//! A released digest's data file kept in every encoding a reader may ask for,
//! what the reader accepts, and the answer that sends the kept bytes. It never
//! decides who may read, nor when a file is rendered again.

use std::sync::Arc;

use rocket::http::ContentType;
use rocket::request::{FromRequest, Outcome, Request};

/// A rendering, the freshness it was made at, and its compressed forms.
pub(super) type Rendered = ([i64; 4], Arc<Encoded>);

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
    pub(super) fn new(content_type: ContentType, body: String) -> Encoded {
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
    pub(super) file: Arc<Encoded>,
    pub(super) accepts: Accepts,
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
