//! What each compression level costs on real pages: CPU time per page and bytes
//! sent, for the brotli qualities and gzip levels a server might use as it sends
//! a response. Voices' own codec settings (`web::compression`) are used.
//!
//!   cargo run --release --example compression_levels -- PAGE.html [PAGE.html ...]
//!
//! `bench/run` saves a receipt page and a start page and runs this on them.

use std::time::Instant;

use voices::web::compression::{brotli, gzip};

/// A codec at one level, by name.
type Codec = (String, Box<dyn Fn(&[u8]) -> Vec<u8>>);

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: compression_levels PAGE.html [PAGE.html ...]");
        std::process::exit(2);
    }
    for file in files {
        let page = match std::fs::read(&file) {
            Ok(page) => page,
            Err(e) => {
                eprintln!("{file}: {e}");
                std::process::exit(1);
            }
        };
        println!("{file}: {} bytes", page.len());
        let codecs: Vec<Codec> = vec![
            ("gzip 1".into(), Box::new(|b| gzip(b, 1))),
            ("gzip 6".into(), Box::new(|b| gzip(b, 6))),
            ("gzip 9".into(), Box::new(|b| gzip(b, 9))),
            ("br 3".into(), Box::new(|b| brotli(b, 3))),
            ("br 4".into(), Box::new(|b| brotli(b, 4))),
            ("br 5".into(), Box::new(|b| brotli(b, 5))),
            ("br 6".into(), Box::new(|b| brotli(b, 6))),
            ("br 11".into(), Box::new(|b| brotli(b, 11))),
        ];
        for (name, codec) in codecs {
            // Enough rounds for about half a second of work, at least 5.
            let start = Instant::now();
            let size = codec(&page).len();
            let once = start.elapsed().as_secs_f64();
            let rounds = ((0.5 / once.max(1e-6)) as usize).clamp(5, 20_000);
            let start = Instant::now();
            for _ in 0..rounds {
                std::hint::black_box(codec(std::hint::black_box(&page)));
            }
            let per = start.elapsed().as_secs_f64() / rounds as f64;
            println!(
                "  {name:<7} {size:>6} bytes  {:>8.1} us/page  {:>7.0} pages/s/core",
                per * 1e6,
                1.0 / per
            );
        }
    }
}
