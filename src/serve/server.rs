//! The accept loop and a fixed pool of request workers, on the standard
//! library alone.
//!
//! This replaces `tiny_http` 0.12 for measured reasons: its accept thread
//! ended on the first accept error, so ~10,000 half-open connections
//! ("Too many open files") left a process that refused every connection; it
//! started one thread per connection with no bound; and it read URLs and
//! headers of any size (a 512 MB URL cost 600 MB). Here every resource has a
//! bound: worker threads, queued connections, event streams, request size and
//! the time a client may take to send its request.

use super::http::{self, Method, ReadError, Response};
use super::live::{self, Hub};
use super::site::Site;
use std::io::{self, BufReader, Read};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Threads answering requests. Pages are answered from memory in well under
/// a millisecond; the workers are there for slow clients.
pub const WORKERS: usize = 8;
/// Accepted connections waiting for a worker; past this they get `503`.
pub const QUEUE: usize = 64;
/// Open live-reload streams; past this they get `503`. Each open page holds
/// one (browsers allow about six per site anyway).
pub const MAX_EVENT_STREAMS: usize = 32;
/// The time a client has to send its whole request head; a half-open or
/// trickling connection is dropped after it.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// The time a client has to take each part of the answer.
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);
/// Repeated accept errors are printed at most this often.
const ERROR_LOG_EVERY: Duration = Duration::from_secs(5);
/// The pause after an accept error, doubled while errors repeat. Out of file
/// descriptors, accepting again at once would only spin.
const BACKOFF_MIN: Duration = Duration::from_millis(10);
const BACKOFF_MAX: Duration = Duration::from_millis(500);

/// Listens on `addr`, with a clear message when the port is taken.
pub fn bind(addr: SocketAddr) -> Result<TcpListener, String> {
    TcpListener::bind(addr).map_err(|e| {
        if e.kind() == io::ErrorKind::AddrInUse {
            format!(
                "port {} on {} is already in use; stop the other server or pass --port N",
                addr.port(),
                addr.ip()
            )
        } else {
            format!("cannot listen on {addr}: {e}")
        }
    })
}

/// The running workers, fed through a bounded queue.
pub struct Pool {
    queue: SyncSender<TcpStream>,
}

impl Pool {
    pub fn start(site: Arc<Site>, hub: Hub) -> Result<Pool, String> {
        let (queue, waiting) = sync_channel(QUEUE);
        let waiting = Arc::new(Mutex::new(waiting));
        for n in 0..WORKERS {
            let (site, hub, waiting) = (Arc::clone(&site), hub.clone(), Arc::clone(&waiting));
            std::thread::Builder::new()
                .name(format!("vellum-http-{n}"))
                .spawn(move || work(&waiting, &site, &hub))
                .map_err(|e| format!("cannot start a request worker: {e}"))?;
        }
        Ok(Pool { queue })
    }

    /// Accepts connections until the process ends. Errors never end the
    /// loop: they are reported (rate-limited) and waited out.
    pub fn accept_forever(&self, listener: &TcpListener) {
        let mut errors = AcceptErrors::default();
        loop {
            match listener.accept() {
                Ok((stream, _)) => {
                    errors.backoff = Duration::ZERO;
                    match self.queue.try_send(stream) {
                        Ok(()) => {}
                        Err(TrySendError::Full(stream) | TrySendError::Disconnected(stream)) => {
                            busy(stream)
                        }
                    }
                }
                Err(e) => std::thread::sleep(errors.record(&e)),
            }
        }
    }
}

/// Accept errors since the last message, and the current pause.
#[derive(Default)]
struct AcceptErrors {
    last_logged: Option<Instant>,
    unlogged: u64,
    backoff: Duration,
}

impl AcceptErrors {
    /// Reports `e` unless a message went out recently, and returns how long
    /// to wait before accepting again.
    fn record(&mut self, e: &io::Error) -> Duration {
        self.unlogged += 1;
        if self
            .last_logged
            .is_none_or(|t| t.elapsed() >= ERROR_LOG_EVERY)
        {
            if self.unlogged == 1 {
                eprintln!("cannot accept a connection: {e}; retrying");
            } else {
                eprintln!(
                    "cannot accept a connection: {e}; retrying ({} errors since the last message)",
                    self.unlogged
                );
            }
            self.last_logged = Some(Instant::now());
            self.unlogged = 0;
        }
        self.backoff = (self.backoff * 2).clamp(BACKOFF_MIN, BACKOFF_MAX);
        self.backoff
    }
}

/// Tells a client the queue is full, without waiting on it: the accept loop
/// must not block.
fn busy(stream: TcpStream) {
    let _ = stream.set_nonblocking(true);
    let response = Response::text(503, "the preview server is busy; try again\n")
        .with_header("Retry-After", "1");
    let _ = response.write_to(&mut &stream, false);
}

/// A worker: takes connections off the queue until the queue is gone.
fn work(waiting: &Mutex<Receiver<TcpStream>>, site: &Site, hub: &Hub) {
    loop {
        // Holding the lock while waiting is the point: one idle worker waits
        // on the queue, the others on the lock.
        let next = waiting
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .recv();
        match next {
            Ok(stream) => handle(stream, site, hub),
            Err(_) => return,
        }
    }
}

/// Reads one request and answers it; the connection closes afterwards.
fn handle(stream: TcpStream, site: &Site, hub: &Hub) {
    let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
    let mut reader = BufReader::new(Deadline {
        stream: &stream,
        until: Instant::now() + REQUEST_TIMEOUT,
    });
    let request = match http::read_request(&mut reader) {
        Ok(request) => request,
        Err(ReadError::Gone) => return,
        Err(ReadError::Reject(status)) => {
            refuse(&stream, &mut reader, &http::rejection(status));
            return;
        }
    };
    let head_only = match request.method {
        Method::Get => false,
        Method::Head => true,
        Method::Other => {
            let response = Response::text(405, "only GET and HEAD are served\n")
                .with_header("Allow", "GET, HEAD");
            refuse(&stream, &mut reader, &response);
            return;
        }
    };
    if !head_only && http::path_of(&request.target) == live::EVENTS_PATH {
        let page = http::query_value(&request.target, "page");
        if let Err(stream) = hub.join(stream, page.as_deref()) {
            let response = Response::text(503, "too many live-reload connections are open\n")
                .with_header("Retry-After", "2");
            let _ = response.write_to(&mut &stream, false);
        }
        return;
    }
    let _ = site
        .answer(&request.target)
        .write_to(&mut &stream, head_only);
}

/// Answers early and closes gently: the client may still be sending (a
/// huge URL, a body), and closing with unread data would reset the
/// connection before it reads the answer.
fn refuse(stream: &TcpStream, reader: &mut impl Read, response: &Response) {
    if response.write_to(&mut &*stream, false).is_ok() {
        let _ = stream.shutdown(Shutdown::Write);
        http::drain(reader);
    }
}

/// Reads from a connection until a fixed moment: a per-read timeout alone
/// would let a client trickle one byte at a time forever.
struct Deadline<'a> {
    stream: &'a TcpStream,
    until: Instant,
}

impl Read for Deadline<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        (&*self.stream).read(buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_errors_back_off_and_are_rate_limited() {
        let mut errors = AcceptErrors::default();
        let e = io::Error::from_raw_os_error(24);
        assert_eq!(errors.record(&e), BACKOFF_MIN);
        assert!(errors.last_logged.is_some());
        let mut pause = BACKOFF_MIN;
        for _ in 0..20 {
            pause = errors.record(&e);
        }
        assert_eq!(pause, BACKOFF_MAX);
        assert_eq!(
            errors.unlogged, 20,
            "repeats within the interval are counted"
        );
    }
}
