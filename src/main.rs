//! The `vellum` command line: parsing here, one module per command in `cli/`.

mod cli;

// The allocator: see the `jemalloc` feature in Cargo.toml for why.
#[cfg(all(feature = "jemalloc", not(target_env = "msvc")))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's options, which it reads when it starts. Its defaults (four
/// arenas per CPU, unused pages kept for 10 s) held 290 MiB at the peak of
/// the 80-language build against glibc's 231 MiB; one arena per CPU and
/// unused pages returned after half a second keep the speed at 245 MiB.
/// `percpu_arena` needs glibc's `sched_getcpu` (jemalloc would print a
/// complaint at every start without it); elsewhere the defaults stand.
#[cfg(all(feature = "jemalloc", target_os = "linux", target_env = "gnu"))]
#[unsafe(export_name = "_rjem_malloc_conf")]
static MALLOC_CONF: MallocConf =
    MallocConf(c"percpu_arena:percpu,dirty_decay_ms:500,muzzy_decay_ms:0".as_ptr());

/// A C string jemalloc reads: a pointer to a constant, which no thread writes.
#[cfg(all(feature = "jemalloc", target_os = "linux", target_env = "gnu"))]
#[repr(transparent)]
struct MallocConf(*const std::ffi::c_char);

// SAFETY: it points to a string constant, never written.
#[cfg(all(feature = "jemalloc", target_os = "linux", target_env = "gnu"))]
unsafe impl Sync for MallocConf {}

fn main() -> std::process::ExitCode {
    cli::run()
}
