//! FNV-1a, for short texts vellum hashes often: vocabulary words looked up for
//! every word of every text, and message patterns fingerprinted for the
//! translation workflow. The keys are not attacker-chosen, so SipHash's
//! protection against collision flooding is not needed.

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

/// Builds [`Fnv`] hashers.
pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

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
