//! The two codecs and their levels: brotli and gzip, fast for a response
//! compressed as it is sent, best for what is compressed once and kept. Pure
//! functions of the bytes: they never see a request or a response.

use std::io::Write;

/// Brotli quality for a response compressed as it is sent. Measured on a
/// receipt page (`examples/compression_levels.rs`, see DECISIONS): quality 4
/// costs about what gzip 6 does and gives a smaller page; 11, the library's
/// default, cost about 9 ms of a core per page.
pub const BROTLI_FAST: u32 = 4;
/// Gzip level for a response compressed as it is sent (zlib's default).
pub const GZIP_FAST: u32 = 6;
/// Settings for what is compressed once and kept.
pub(super) const BROTLI_BEST: u32 = 11;
pub(super) const GZIP_BEST: u32 = 9;

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

#[cfg(test)]
mod tests {
    use super::{brotli, gzip};

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
}
