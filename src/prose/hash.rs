//! FNV-1a, for short texts vellum hashes often: vocabulary words looked up for
//! every word of every text, and message patterns fingerprinted for the
//! translation workflow; and a faster hasher for maps keyed by words and
//! ids. The keys are not attacker-chosen, so SipHash's protection against
//! collision flooding is not needed.

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = Fnv::default();
    std::hash::Hasher::write(&mut h, bytes);
    h.0
}

/// The [`fnv1a`] of `parts`, each ended by a zero byte, so that ("ab", "c")
/// and ("a", "bc") differ: a fingerprint of what a check read besides a text.
pub fn fnv1a_parts<'a>(parts: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut h = Fnv::default();
    for part in parts {
        std::hash::Hasher::write(&mut h, part.as_bytes());
        std::hash::Hasher::write(&mut h, &[0]);
    }
    h.0
}

/// A hasher for `HashMap`s keyed by short words.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Builds [`KeyHasher`]s, for maps keyed by words and ids.
pub type KeyHashBuild = std::hash::BuildHasherDefault<KeyHasher>;

/// A hasher for `HashMap`s keyed by words and message ids, eight bytes a
/// step: FNV-1a's byte a step made hashing a page's ids (`product-…-name`,
/// thirty bytes and more) 2% of a build. Only in memory: what is stored or
/// compared across runs is hashed with [`fnv1a`].
#[derive(Default)]
pub struct KeyHasher(u64);

impl KeyHasher {
    fn add(&mut self, word: u64) {
        // Rotate, mix in, multiply by an odd constant with bits spread
        // across the word: each byte reaches the high bits, which pick the
        // map's control bytes.
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        // The low bits pick the bucket: fold the high ones in.
        self.0 ^ (self.0 >> 29)
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            // The length tells "ab" from "ab\0".
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// A hasher for maps keyed by a hash computed before (a token's [`fnv1a`]):
/// the key is its own hash.
#[derive(Default)]
pub struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed with this; fold anything else in.
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Builds [`Prehashed`] hashers.
pub type PrehashedBuild = std::hash::BuildHasherDefault<Prehashed>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    /// Ids that differ in one byte anywhere, or only in length, hash apart,
    /// and the buckets a map takes from the low bits are all used.
    #[test]
    fn ids_alike_hash_apart() {
        let build = KeyHashBuild::default();
        let mut ids: Vec<String> = (0..2_000)
            .map(|i| format!("product-p{i}-description"))
            .collect();
        ids.extend(["ab", "ab\0", "ab\0\0", "", "a", "b"].map(String::from));
        let hashes: std::collections::HashSet<u64> =
            ids.iter().map(|id| build.hash_one(id.as_bytes())).collect();
        assert_eq!(hashes.len(), ids.len());
        let buckets: std::collections::HashSet<u64> = hashes.iter().map(|h| h & 1023).collect();
        assert!(buckets.len() > 800, "{} of 1024 buckets", buckets.len());
    }
}
