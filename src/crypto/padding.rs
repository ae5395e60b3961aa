//! Padding to fixed size buckets, so a ciphertext's length does not reveal how long
//! a story is. Layout: a 4-byte big-endian length, the data, then zeros up to the
//! bucket size.

use super::CryptoError;

/// Bucket sizes in bytes. A payload larger than the last bucket is padded to the
/// next multiple of it (Voices' forms cap text far below that).
pub const PADDING_BUCKETS: [usize; 9] = [
    1 << 10,
    2 << 10,
    4 << 10,
    8 << 10,
    16 << 10,
    32 << 10,
    64 << 10,
    128 << 10,
    256 << 10,
];

const HEADER: usize = 4;

fn bucket_for(len: usize) -> usize {
    let needed = len + HEADER;
    match PADDING_BUCKETS.iter().find(|&&b| b >= needed) {
        Some(&bucket) => bucket,
        None => {
            let step = PADDING_BUCKETS[PADDING_BUCKETS.len() - 1];
            needed.div_ceil(step) * step
        }
    }
}

pub fn pad(data: &[u8]) -> Vec<u8> {
    let len = u32::try_from(data.len()).expect("payloads are far smaller than 4 GiB");
    let mut out = Vec::with_capacity(bucket_for(data.len()));
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(data);
    out.resize(bucket_for(data.len()), 0);
    out
}

pub fn unpad(padded: &[u8]) -> Result<Vec<u8>, CryptoError> {
    if padded.len() < HEADER {
        return Err(CryptoError::Malformed);
    }
    let (header, rest) = padded.split_at(HEADER);
    let len = u32::from_be_bytes(header.try_into().map_err(|_| CryptoError::Malformed)?) as usize;
    if len > rest.len() || rest[len..].iter().any(|&b| b != 0) {
        return Err(CryptoError::Malformed);
    }
    Ok(rest[..len].to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_within_a_bucket_look_the_same() {
        assert_eq!(pad(b"").len(), 1024);
        assert_eq!(pad(&[1; 1020]).len(), 1024);
        assert_eq!(pad(&[1; 1021]).len(), 2048);
        assert_eq!(pad(&[1; 100_000]).len(), 128 << 10);
        assert_eq!(pad(&[1; 300_000]).len(), 512 << 10);
    }

    #[test]
    fn round_trips_exactly() {
        for len in [0usize, 1, 1019, 1020, 1021, 4096, 70_000] {
            let data: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            assert_eq!(unpad(&pad(&data)).unwrap(), data);
        }
    }

    #[test]
    fn refuses_malformed_padding() {
        assert_eq!(unpad(&[0, 0]).unwrap_err(), CryptoError::Malformed);
        let mut padded = pad(b"abc");
        padded[0] = 0xff;
        assert_eq!(unpad(&padded).unwrap_err(), CryptoError::Malformed);
        let mut padded = pad(b"abc");
        let last = padded.len() - 1;
        padded[last] = 1;
        assert_eq!(unpad(&padded).unwrap_err(), CryptoError::Malformed);
    }
}
