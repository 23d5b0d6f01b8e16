//! What `catch_unwind` cannot catch: a hang (an execution that never
//! returns) and an abort (a stack overflow). Each running input is kept as a
//! ready-to-write archive, so a watchdog thread or the abort signal handler
//! can save it with a single write, without allocating.

use crate::engine::{Input, findings_dir};
use std::ffi::CString;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

const MAGIC: &[u8] = b"vellum-fuzz-input 1\n";

/// One execution in progress.
struct Running {
    id: u64,
    target: &'static str,
    started: Instant,
    archive: Vec<u8>,
    /// Where to write the archive if the process dies: `<target>/crash.input`.
    crash_path: Arc<CString>,
}

static RUNNING: Mutex<Vec<Running>> = Mutex::new(Vec::new());
static NEXT: AtomicU64 = AtomicU64::new(0);

/// The input as one file: a header line, then per file `<len> <path>\n`,
/// the bytes and a newline.
pub fn archive(input: &Input) -> Vec<u8> {
    let size: usize = input.iter().map(|(p, b)| p.len() + b.len() + 24).sum();
    let mut out = Vec::with_capacity(MAGIC.len() + size);
    out.extend_from_slice(MAGIC);
    for (path, bytes) in input {
        out.extend_from_slice(format!("{} {path}\n", bytes.len()).as_bytes());
        out.extend_from_slice(bytes);
        out.push(b'\n');
    }
    out
}

pub fn unarchive(mut bytes: &[u8]) -> Option<Input> {
    bytes = bytes.strip_prefix(MAGIC)?;
    let mut input = Vec::new();
    while !bytes.is_empty() {
        let eol = bytes.iter().position(|b| *b == b'\n')?;
        let header = std::str::from_utf8(&bytes[..eol]).ok()?;
        let (len, path) = header.split_once(' ')?;
        let len: usize = len.parse().ok()?;
        let body = bytes.get(eol + 1..eol + 1 + len)?;
        input.push((path.to_string(), body.to_vec()));
        bytes = bytes.get(eol + 2 + len..)?;
    }
    Some(input)
}

fn crash_path(target: &'static str) -> Arc<CString> {
    static PATHS: Mutex<Vec<(&str, Arc<CString>)>> = Mutex::new(Vec::new());
    let mut paths = PATHS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, p)) = paths.iter().find(|(t, _)| *t == target) {
        return Arc::clone(p);
    }
    let dir = findings_dir().join(target);
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("crash.input").to_string_lossy().into_owned();
    let path = Arc::new(CString::new(path).expect("no NUL in the target folder's path"));
    paths.push((target, Arc::clone(&path)));
    path
}

pub fn start(target: &'static str, input: &Input) -> u64 {
    start_watchdog();
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    let entry = Running {
        id,
        target,
        started: Instant::now(),
        archive: archive(input),
        crash_path: crash_path(target),
    };
    RUNNING
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(entry);
    id
}

pub fn stop(id: u64) {
    RUNNING
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|r| r.id != id);
}

/// Far beyond the hang limit: only a true hang (or a pathological slowdown)
/// gets here, and the test cannot continue past it anyway.
fn watchdog_limit() -> Duration {
    let limit = crate::engine::Config::from_env().hang_limit;
    (limit * 20).max(Duration::from_secs(30))
}

fn start_watchdog() {
    static STARTED: OnceLock<()> = OnceLock::new();
    STARTED.get_or_init(|| {
        let limit = watchdog_limit();
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(Duration::from_millis(500));
                let running = RUNNING.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(r) = running.iter().find(|r| r.started.elapsed() > limit) {
                    let path = findings_dir().join(r.target).join("hang.input");
                    let _ = std::fs::write(&path, &r.archive);
                    eprintln!(
                        "fuzz {}: an execution still runs after {:?}; input saved in {} \
                         (replay: VELLUM_FUZZ_REPLAY={} cargo test --test fuzz replay)",
                        r.target,
                        r.started.elapsed(),
                        path.display(),
                        path.display()
                    );
                    std::process::exit(3);
                }
            }
        });
    });
}

/// A stack overflow aborts the process: on SIGABRT, write the running
/// inputs with raw system calls (the handler may run on the small signal
/// stack), then let the abort proceed.
pub fn install_crash_handler() {
    #[cfg(target_os = "linux")]
    {
        static ONCE: OnceLock<()> = OnceLock::new();
        extern "C" fn on_abort(_: libc::c_int) {
            let Ok(running) = RUNNING.try_lock() else {
                return;
            };
            for r in running.iter() {
                // SAFETY: plain system calls on a valid C path and a live buffer.
                unsafe {
                    let fd = libc::open(
                        r.crash_path.as_ptr(),
                        libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC,
                        0o644,
                    );
                    if fd >= 0 {
                        libc::write(fd, r.archive.as_ptr().cast(), r.archive.len());
                        libc::close(fd);
                    }
                    let note = b"fuzz: the process aborts; the running input is in target/fuzz-findings/<target>/crash.input\n";
                    libc::write(2, note.as_ptr().cast(), note.len());
                }
            }
        }
        ONCE.get_or_init(|| {
            let handler: extern "C" fn(libc::c_int) = on_abort;
            // SAFETY: installs a handler for SIGABRT; glibc's abort() runs it
            // once, then restores the default action and aborts.
            unsafe { libc::signal(libc::SIGABRT, handler as libc::sighandler_t) };
        });
    }
}
