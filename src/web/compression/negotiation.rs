//! Reading `Accept-Encoding`: which compressed forms a reader takes. It only
//! reads the header; it never picks an encoding or touches a body.

use rocket::request::{FromRequest, Outcome};
use rocket::Request;

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

#[cfg(test)]
mod tests {
    use super::Accepted;

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
}
