//! SHA-256, and the content hash of a site: what a release and every export
//! carry so that two copies can be told apart or proved equal.
//!
//! SHA-256 is written out here (FIPS 180-4, checked against the standard's
//! test vectors and, in CI, against Python's `hashlib`) rather than pulled in
//! as a crate: vellum needs one digest of the site's content per build, not a
//! cryptography stack. On processors with the SHA extensions (x86-64 since
//! about 2017) the compression function uses them; `vellum serve` computes
//! the digest on every save, over every translation.

use crate::site::SiteFiles;
use crate::translate::ftl::GENERATED_HEADER;

const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/// An incremental SHA-256.
#[derive(Clone)]
pub struct Sha256 {
    state: [u32; 8],
    block: [u8; 64],
    filled: usize,
    length: u64,
}

impl Default for Sha256 {
    fn default() -> Self {
        Sha256 {
            state: [
                0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
                0x5be0cd19,
            ],
            block: [0; 64],
            filled: 0,
            length: 0,
        }
    }
}

impl Sha256 {
    pub fn update(&mut self, mut bytes: &[u8]) {
        self.length = self.length.wrapping_add(bytes.len() as u64);
        if self.filled > 0 {
            let take = (64 - self.filled).min(bytes.len());
            self.block[self.filled..self.filled + take].copy_from_slice(&bytes[..take]);
            self.filled += take;
            bytes = &bytes[take..];
            if self.filled < 64 {
                return;
            }
            let block = self.block;
            compress(&mut self.state, &block);
            self.filled = 0;
        }
        // Whole blocks straight from the input, without copying them.
        let whole = bytes.len() / 64 * 64;
        compress(&mut self.state, &bytes[..whole]);
        let rest = &bytes[whole..];
        self.block[..rest.len()].copy_from_slice(rest);
        self.filled = rest.len();
    }

    /// The digest as 64 lower-case hex digits.
    pub fn hex(mut self) -> String {
        let bits = self.length.wrapping_mul(8);
        self.update(&[0x80]);
        while self.filled != 56 {
            self.update(&[0]);
        }
        self.update(&bits.to_be_bytes());
        self.state.iter().map(|w| format!("{w:08x}")).collect()
    }
}

/// Runs the compression function over `blocks` (a multiple of 64 bytes),
/// with the processor's SHA instructions where it has them: a site's
/// content hash reads every translation (tens of megabytes on a large site),
/// which the portable code hashes at a fifth of their speed.
fn compress(state: &mut [u32; 8], blocks: &[u8]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("sha")
        && std::arch::is_x86_feature_detected!("sse4.1")
        && std::arch::is_x86_feature_detected!("ssse3")
    {
        // SAFETY: the processor has the features the function is built for.
        unsafe { sha_extensions::compress(state, blocks) };
        return;
    }
    compress_portable(state, blocks);
}

fn compress_portable(state: &mut [u32; 8], blocks: &[u8]) {
    for block in blocks.chunks_exact(64) {
        let mut w = [0u32; 64];
        for (i, chunk) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = h
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            h = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (s, v) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *s = s.wrapping_add(v);
        }
    }
}

/// The compression function on the x86 SHA extensions. They keep the eight
/// working variables as two vectors, ABEF and CDGH, and do two rounds per
/// instruction; the message schedule takes two more instructions per four
/// words.
#[cfg(target_arch = "x86_64")]
mod sha_extensions {
    use super::K;
    use std::arch::x86_64::*;

    #[target_feature(enable = "sha,sse2,ssse3,sse4.1")]
    pub unsafe fn compress(state: &mut [u32; 8], blocks: &[u8]) {
        // SAFETY: 16-byte unaligned loads and stores inside `state`.
        let (dcba, hgfe) = unsafe {
            (
                _mm_loadu_si128(state.as_ptr().cast()),
                _mm_loadu_si128(state.as_ptr().add(4).cast()),
            )
        };
        let cdab = _mm_shuffle_epi32::<0xB1>(dcba);
        let efgh = _mm_shuffle_epi32::<0x1B>(hgfe);
        let mut abef = _mm_alignr_epi8::<8>(cdab, efgh);
        let mut cdgh = _mm_blend_epi16::<0xF0>(efgh, cdab);
        // Big-endian words: reverse the bytes of each 32-bit lane.
        let swap = _mm_set_epi64x(0x0c0d_0e0f_0809_0a0b, 0x0405_0607_0001_0203);
        for block in blocks.chunks_exact(64) {
            let (abef_in, cdgh_in) = (abef, cdgh);
            let mut w = [_mm_setzero_si128(); 4];
            for (j, words) in w.iter_mut().enumerate() {
                // SAFETY: `block` has 64 bytes; this reads 16 of them.
                let raw = unsafe { _mm_loadu_si128(block.as_ptr().add(16 * j).cast()) };
                *words = _mm_shuffle_epi8(raw, swap);
            }
            for group in 0..16 {
                if group >= 4 {
                    // W[t..t+4] from W[t-16..t]: w holds them as four
                    // vectors, the oldest at `group % 4`.
                    let [w0, w1, w2, w3] = [0, 1, 2, 3].map(|k| w[(group + k) % 4]);
                    let sum =
                        _mm_add_epi32(_mm_sha256msg1_epu32(w0, w1), _mm_alignr_epi8::<4>(w3, w2));
                    w[group % 4] = _mm_sha256msg2_epu32(sum, w3);
                }
                let k = &K[4 * group..4 * group + 4];
                let constants = _mm_set_epi32(k[3] as i32, k[2] as i32, k[1] as i32, k[0] as i32);
                let message = _mm_add_epi32(w[group % 4], constants);
                cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
                abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32::<0x0E>(message));
            }
            abef = _mm_add_epi32(abef, abef_in);
            cdgh = _mm_add_epi32(cdgh, cdgh_in);
        }
        let feba = _mm_shuffle_epi32::<0x1B>(abef);
        let dchg = _mm_shuffle_epi32::<0xB1>(cdgh);
        let dcba = _mm_blend_epi16::<0xF0>(feba, dchg);
        let hgfe = _mm_alignr_epi8::<8>(dchg, feba);
        // SAFETY: as the loads above.
        unsafe {
            _mm_storeu_si128(state.as_mut_ptr().cast(), dcba);
            _mm_storeu_si128(state.as_mut_ptr().add(4).cast(), hgfe);
        }
    }
}

/// `sha256:` and the hex digest of `bytes`.
pub fn sha256(bytes: &[u8]) -> String {
    let mut h = Sha256::default();
    h.update(bytes);
    format!("sha256:{}", h.hex())
}

/// Whether a file is part of the content a release freezes: everything in
/// `content/`, and the Fluent files in `locales/` (translations and the
/// site's own UI strings) except the source-language file `vellum i18n sync`
/// generates from the YAML, which would only repeat it and whose wording a
/// newer vellum may change. Period vocabularies and translation fingerprints
/// decide how vellum checks, not what the notice says.
pub fn is_content_file(rel: &str, bytes: &[u8]) -> bool {
    if rel.starts_with("content/") {
        return true;
    }
    rel.starts_with("locales/")
        && rel.ends_with(".ftl")
        && !bytes.starts_with(GENERATED_HEADER.as_bytes())
}

/// The content hash of a site: SHA-256 over each content file (see
/// [`is_content_file`]) in path order, each as its path, a newline, its
/// length in bytes in decimal, a newline, and its bytes. It depends only on
/// the files' bytes, so a newer vellum computes the same hash for the same
/// files: reformatting a file changes it, a new vellum release does not.
pub fn content_hash(site: &SiteFiles) -> String {
    content_hash_of(content_files(site), None)
}

/// The files the content hash covers, in path order.
pub fn content_files(site: &SiteFiles) -> impl Iterator<Item = (&str, &std::sync::Arc<Vec<u8>>)> {
    site.shared_files()
        .filter(|(rel, bytes)| is_content_file(rel, bytes))
}

/// The content hash of `files` (the content files of a site, in path
/// order), resuming from the digest's state before the first file that
/// differs from those `kept` saw last time (`vellum serve`: a save rehashes
/// the changed file and those after it in path order, not the whole site).
pub fn content_hash_of<'a>(
    mut files: impl Iterator<Item = (&'a str, &'a std::sync::Arc<Vec<u8>>)>,
    kept: Option<&ContentHashState>,
) -> String {
    let mut previous = kept.map(ContentHashState::take).unwrap_or_default();
    // The files that match last time's, in order, keep their states.
    let mut same = 0;
    let mut pending = None;
    for file in files.by_ref() {
        match previous.files.get_mut(same) {
            Some(seen) if seen.rel == file.0 && same_bytes(&seen.bytes, file.1) => {
                // Hold this site's bytes: the next comparison is by pointer.
                seen.bytes = std::sync::Arc::clone(file.1);
                same += 1;
            }
            _ => {
                pending = Some(file);
                break;
            }
        }
    }
    let mut h = match previous.files.get(same) {
        Some(seen) => seen.before.clone(),
        None => previous.after.take().unwrap_or_default(),
    };
    previous.files.truncate(same);
    for (rel, bytes) in pending.into_iter().chain(files) {
        if kept.is_some() {
            previous.files.push(HashedFile {
                rel: rel.to_string(),
                bytes: std::sync::Arc::clone(bytes),
                before: h.clone(),
            });
        }
        h.update(rel.as_bytes());
        h.update(format!("\n{}\n", bytes.len()).as_bytes());
        h.update(bytes);
    }
    if let Some(kept) = kept {
        previous.after = Some(h.clone());
        kept.keep(previous);
    }
    format!("sha256:{}", h.hex())
}

fn same_bytes(a: &std::sync::Arc<Vec<u8>>, b: &std::sync::Arc<Vec<u8>>) -> bool {
    std::sync::Arc::ptr_eq(a, b) || a == b
}

/// The content hash's digest state before each content file of the last
/// site it hashed, and after the last.
#[derive(Default)]
pub struct ContentHashState {
    chain: std::sync::Mutex<HashChain>,
}

#[derive(Default)]
struct HashChain {
    files: Vec<HashedFile>,
    after: Option<Sha256>,
}

struct HashedFile {
    rel: String,
    bytes: std::sync::Arc<Vec<u8>>,
    before: Sha256,
}

impl ContentHashState {
    fn take(&self) -> HashChain {
        std::mem::take(
            &mut *self
                .chain
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }

    fn keep(&self, chain: HashChain) {
        *self
            .chain
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = chain;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_state_gives_the_same_hash_after_any_edit() {
        let file = |rel: &str, text: &str| (rel.to_string(), text.as_bytes().to_vec());
        let mut site = SiteFiles::from_memory([
            file("content/notice.yaml", "title: a\n"),
            file("locales/de/content.ftl", "a = b\n"),
            file("locales/en/content.ftl", "a = c\n"),
            file("locales/nl/content.ftl", "a = d\n"),
            file("theme/static/style.css", "p {}\n"),
        ]);
        let kept = ContentHashState::default();
        let check = |site: &SiteFiles, what: &str| {
            assert_eq!(
                content_hash_of(content_files(site), Some(&kept)),
                content_hash(site),
                "{what}"
            );
        };
        check(&site, "the first hash");
        check(&site, "nothing changed");
        site.insert("locales/en/content.ftl", b"a = e\n".to_vec());
        check(&site, "a file in the middle");
        site.insert("content/notice.yaml", b"title: f\n".to_vec());
        check(&site, "the first file");
        site.insert("locales/nl/content.ftl", b"a = g\n".to_vec());
        check(&site, "the last content file");
        site.insert("locales/fr/content.ftl", b"a = h\n".to_vec());
        check(&site, "a new file");
        site.insert("locales/zz/content.ftl", b"a = i\n".to_vec());
        check(&site, "a new last file");
        let fewer = SiteFiles::from_memory([
            file("content/notice.yaml", "title: f\n"),
            file("locales/nl/content.ftl", "a = g\n"),
        ]);
        check(&fewer, "files removed");
        check(&site, "files back");
        site.insert("theme/static/style.css", b"p { color: red }\n".to_vec());
        check(&site, "a file that is not content");
    }

    #[test]
    fn matches_the_fips_180_test_vectors() {
        assert_eq!(
            sha256(b""),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256(b"abc"),
            "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            sha256(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "sha256:248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
        let million = vec![b'a'; 1_000_000];
        assert_eq!(
            sha256(&million),
            "sha256:cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        );
    }

    #[test]
    fn the_processors_sha_instructions_agree_with_the_portable_code() {
        // Lengths around the block size and many blocks, bytes from a
        // simple generator so every lane and carry is exercised.
        let mut x = 0x9e37_79b9_u32;
        let bytes: Vec<u8> = (0..64 * 40)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect();
        for blocks in [1, 2, 3, 17, 40] {
            let data = &bytes[..64 * blocks];
            let mut portable = Sha256::default().state;
            compress_portable(&mut portable, data);
            let mut dispatched = Sha256::default().state;
            compress(&mut dispatched, data);
            assert_eq!(portable, dispatched, "{blocks} blocks");
        }
    }

    #[test]
    fn feeding_in_pieces_gives_the_same_digest() {
        let text: Vec<u8> = (0..1000u32).map(|i| (i % 251) as u8).collect();
        for split in [0, 1, 55, 56, 63, 64, 65, 999] {
            let mut h = Sha256::default();
            h.update(&text[..split]);
            h.update(&text[split..]);
            assert_eq!(
                format!("sha256:{}", h.hex()),
                sha256(&text),
                "split at {split}"
            );
        }
    }

    #[test]
    fn content_hash_covers_content_and_translations_not_generated_files() {
        let site = |extra: &[(&str, &str)]| {
            let mut files = vec![
                ("content/notice.yaml".to_string(), b"title: x\n".to_vec()),
                (
                    "locales/en/content.ftl".to_string(),
                    format!("{GENERATED_HEADER} from content/\nx = y\n").into_bytes(),
                ),
            ];
            files.extend(
                extra
                    .iter()
                    .map(|(p, t)| (p.to_string(), t.as_bytes().to_vec())),
            );
            content_hash(&SiteFiles::from_memory(files))
        };
        let base = site(&[]);
        assert_eq!(base, site(&[("locales/nl/periods.yaml", "x")]));
        assert_eq!(base, site(&[("templates/page.html", "x")]));
        assert_ne!(base, site(&[("locales/nl/content.ftl", "x = z\n")]));
        assert_ne!(base, site(&[("content/data/rights.yaml", "[]\n")]));
    }
}
