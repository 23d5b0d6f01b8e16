//! The fuzzing loop: pick an input from the corpus, mutate it, run it under
//! `catch_unwind` and a clock, keep it when its outcome is new, and save every
//! failing input under target/fuzz-findings/ so it can be replayed.

use crate::rng::{Rng, fnv};
use std::collections::{BTreeSet, HashSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// An input: one or more files by path (a whole site for the pipeline).
pub type Input = Vec<(String, Vec<u8>)>;

/// Makes a child input from a parent; the corpus serves as splice donors.
pub type MutateFn = dyn Fn(&mut Rng, &Input, &[Arc<Input>]) -> Input + Sync;
/// Runs one input: a signature of its outcome (new signatures grow the
/// corpus), or a broken property.
pub type ExecFn = dyn Fn(&Input) -> Result<u64, String> + Sync;

pub struct Target {
    pub name: &'static str,
    pub seeds: Vec<Input>,
    pub mutate: Box<MutateFn>,
    pub exec: Box<ExecFn>,
    /// This target's share of `VELLUM_FUZZ_EXECS` is 1/divisor (the whole
    /// pipeline is far slower than one parser).
    pub divisor: u64,
    /// Seconds of the short run (no budget in the environment).
    pub short_secs: f64,
    /// How many inputs the corpus keeps; beyond it new outcomes still count
    /// but their inputs are not kept (a whole site is large).
    pub max_corpus: usize,
    /// Half of the parents come from the first `favored` seeds (the valid
    /// sites, whose mutants still reach the renderer).
    pub favored: usize,
}

/// The run's budget and settings, from the environment.
/// The seed of the short run `cargo test` does.
pub const SHORT_RUN_SEED: u64 = 0x5eed_c1c1;

#[derive(Debug, Clone)]
pub struct Config {
    pub seed: u64,
    pub execs: Option<u64>,
    pub secs: Option<f64>,
    pub hang_limit: Duration,
}

impl Config {
    pub fn from_env() -> Config {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        // One seed for the whole run (every target), so one number replays it.
        // The short run inside `cargo test` uses a fixed seed, so CI replays
        // the same inputs every time; a run given a budget explores anew.
        static RUN_SEED: OnceLock<u64> = OnceLock::new();
        let explores = var("VELLUM_FUZZ_EXECS").is_some() || var("VELLUM_FUZZ_SECS").is_some();
        let seed = var("VELLUM_FUZZ_SEED").map_or_else(
            || {
                *RUN_SEED.get_or_init(|| {
                    if !explores {
                        return SHORT_RUN_SEED;
                    }
                    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
                    now.map_or(1, |d| d.as_nanos() as u64)
                })
            },
            |s| parse_u64(&s).expect("VELLUM_FUZZ_SEED is a number (decimal or 0x hex)"),
        );
        let execs =
            var("VELLUM_FUZZ_EXECS").map(|s| parse_u64(&s).expect("VELLUM_FUZZ_EXECS is a number"));
        let secs = var("VELLUM_FUZZ_SECS").map(|s| {
            s.parse::<f64>()
                .expect("VELLUM_FUZZ_SECS is a number of seconds")
        });
        // The bound is for optimized code. A debug build, with its
        // unoptimized dependencies, runs the pipeline 10 to 20 times slower,
        // and shares the machine with the other tests.
        let default_ms = if cfg!(debug_assertions) {
            30_000
        } else {
            1_000
        };
        let hang_ms = var("VELLUM_FUZZ_HANG_MS").map_or(default_ms, |s| {
            s.parse().expect("VELLUM_FUZZ_HANG_MS is a number")
        });
        Config {
            seed,
            execs,
            secs,
            hang_limit: Duration::from_millis(hang_ms),
        }
    }
}

fn parse_u64(s: &str) -> Option<u64> {
    let s = s.trim();
    match s.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => s.parse().ok(),
    }
}

/// Where failing inputs go: target/fuzz-findings/, never the repository.
pub fn findings_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().unwrap_or(tmp).join("fuzz-findings")
}

/// What one target's run found.
#[derive(Debug, Default)]
pub struct Report {
    pub execs: u64,
    pub elapsed: Duration,
    pub corpus: usize,
    pub panics: u64,
    pub violations: u64,
    pub hangs: u64,
    pub slowest: Duration,
    pub slowest_input: String,
    /// Folders of the saved failing inputs, one per distinct problem.
    pub saved: Vec<PathBuf>,
}

impl Report {
    pub fn failures(&self) -> u64 {
        self.panics + self.violations + self.hangs
    }
}

/// Runs `target` under `config` and prints its report.
pub fn run(target: &Target, config: &Config) -> Report {
    install_panic_hook();
    crate::watch::install_crash_handler();
    let limit = config.execs.map(|n| (n / target.divisor).max(1));
    let secs = match (config.secs, config.execs) {
        (Some(s), _) => Some(s),
        (None, Some(_)) => None,
        (None, None) => Some(target.short_secs),
    };
    let seed = config.seed ^ fnv(target.name.as_bytes());
    println!(
        "fuzz {}: VELLUM_FUZZ_SEED={:#x} (target seed {seed:#x}), budget {} executions, {}",
        target.name,
        config.seed,
        limit.map_or("unlimited".to_string(), |n| n.to_string()),
        secs.map_or("no time limit".to_string(), |s| format!("{s} s")),
    );
    let mut state = State::new(target, config, seed);
    state.run_seeds();
    let deadline = secs.map(|s| Instant::now() + Duration::from_secs_f64(s));
    let mut next_progress = Instant::now() + PROGRESS_EVERY;
    while limit.is_none_or(|n| state.report.execs < n)
        && deadline.is_none_or(|d| Instant::now() < d)
    {
        state.step();
        if state.report.execs.is_multiple_of(256) && Instant::now() > next_progress {
            state.progress();
            next_progress = Instant::now() + PROGRESS_EVERY;
        }
    }
    state.finish()
}

/// How often a long run says how far it got.
const PROGRESS_EVERY: Duration = Duration::from_secs(60);

/// The loop's working state.
struct State<'a> {
    target: &'a Target,
    config: &'a Config,
    rng: Rng,
    corpus: Vec<Arc<Input>>,
    seen: HashSet<u64>,
    problems: BTreeSet<String>,
    report: Report,
    started: Instant,
}

impl<'a> State<'a> {
    fn new(target: &'a Target, config: &'a Config, seed: u64) -> State<'a> {
        State {
            target,
            config,
            rng: Rng::new(seed),
            corpus: Vec::new(),
            seen: HashSet::new(),
            problems: BTreeSet::new(),
            report: Report::default(),
            started: Instant::now(),
        }
    }

    fn run_seeds(&mut self) {
        for seed in &self.target.seeds {
            let input = Arc::new(seed.clone());
            self.execute(&input);
            self.corpus.push(input);
        }
        assert!(!self.corpus.is_empty(), "{} has no seeds", self.target.name);
    }

    fn step(&mut self) {
        let favored = self.target.favored.min(self.corpus.len());
        let pool = if favored > 0 && self.rng.one_in(2) {
            favored
        } else {
            self.corpus.len()
        };
        let parent = Arc::clone(&self.corpus[self.rng.below(pool)]);
        let child = Arc::new((self.target.mutate)(&mut self.rng, &parent, &self.corpus));
        if let Some(signature) = self.execute(&child)
            && self.seen.insert(signature)
            && self.corpus.len() < self.target.max_corpus
        {
            self.corpus.push(child);
        }
    }

    /// Runs one input and records what happened; the signature when it passed.
    fn execute(&mut self, input: &Arc<Input>) -> Option<u64> {
        let (result, took) = timed_run(self.target, input);
        self.report.execs += 1;
        // "Small" is per file: a whole site holds many.
        let size = input.iter().map(|(_, b)| b.len()).max().unwrap_or(0);
        let mut took = took;
        // A shared machine stalls now and then: a run that would be a hang or
        // the slowest so far is timed again, and the faster time counts.
        if took > self.config.hang_limit || took > self.report.slowest {
            took = took.min(timed_run(self.target, input).1);
        }
        if took > self.config.hang_limit && size <= crate::mutate::MAX_INPUT {
            self.report.hangs += 1;
            self.record("hang", &format!("took {took:?}"), input);
        }
        if took > self.report.slowest {
            self.report.slowest = took;
            self.report.slowest_input = describe(input);
            save(
                &findings_dir().join(self.target.name).join("slowest"),
                input,
                &format!("{took:?}"),
            );
        }
        match result {
            Ok(Ok(signature)) => Some(signature),
            Ok(Err(violation)) => {
                self.report.violations += 1;
                self.record("violation", &violation, input);
                None
            }
            Err(panic) => {
                self.report.panics += 1;
                self.record("panic", &panic, input);
                None
            }
        }
    }

    /// Saves the first input of each distinct problem and prints it.
    fn record(&mut self, kind: &str, message: &str, input: &Input) {
        // A hang says nothing about its cause: one per set of file names.
        let key = match kind {
            "hang" => format!(
                "hang: {:?}",
                input.iter().map(|(p, _)| p).collect::<Vec<_>>()
            ),
            _ => format!("{kind}: {}", problem_key(message)),
        };
        if !self.problems.insert(key) || self.report.saved.len() >= 32 {
            return;
        }
        let id = input_hash(input);
        let dir = findings_dir()
            .join(self.target.name)
            .join(format!("{kind}-{id:016x}"));
        let note = format!(
            "{kind} in target `{}` (VELLUM_FUZZ_SEED={:#x}, execution {}):\n{message}\n",
            self.target.name, self.config.seed, self.report.execs
        );
        save(&dir, input, &note);
        println!(
            "fuzz {}: {note}  input saved in {}",
            self.target.name,
            dir.display()
        );
        self.report.saved.push(dir);
    }

    fn progress(&self) {
        let r = &self.report;
        let secs = self.started.elapsed().as_secs_f64();
        println!(
            "fuzz {}: ... {} executions in {secs:.0} s ({:.0}/s), corpus {}, failures {}, slowest {:.1} ms",
            self.target.name,
            r.execs,
            r.execs as f64 / secs.max(1e-9),
            self.corpus.len(),
            r.failures(),
            r.slowest.as_secs_f64() * 1000.0
        );
    }

    fn finish(mut self) -> Report {
        self.report.elapsed = self.started.elapsed();
        self.report.corpus = self.corpus.len();
        let r = &self.report;
        let rate = r.execs as f64 / r.elapsed.as_secs_f64().max(1e-9);
        println!(
            "fuzz {}: {} executions in {:.1} s ({rate:.0}/s), corpus {} (from {} seeds), \
             panics {}, property violations {}, hangs {}; slowest {:.1} ms ({}), saved in {}",
            self.target.name,
            r.execs,
            r.elapsed.as_secs_f64(),
            r.corpus,
            self.target.seeds.len(),
            r.panics,
            r.violations,
            r.hangs,
            r.slowest.as_secs_f64() * 1000.0,
            r.slowest_input,
            findings_dir()
                .join(self.target.name)
                .join("slowest")
                .display(),
        );
        for dir in &r.saved {
            println!(
                "fuzz {}: failing input saved in {}",
                self.target.name,
                dir.display()
            );
        }
        self.report
    }
}

type Outcome = Result<Result<u64, String>, String>;

/// One execution under `catch_unwind`, watched for hangs, with its wall time.
fn timed_run(target: &Target, input: &Arc<Input>) -> (Outcome, Duration) {
    let watch = crate::watch::start(target.name, input);
    let clock = Instant::now();
    IN_EXECUTION.with(|f| f.set(true));
    let result = catch_unwind(AssertUnwindSafe(|| (target.exec)(input)));
    IN_EXECUTION.with(|f| f.set(false));
    let took = clock.elapsed();
    crate::watch::stop(watch);
    (
        result.map_err(|payload| panic_message(payload.as_ref())),
        took,
    )
}

/// What makes two findings the same problem: a panic's location, or a
/// message's first line without what it quotes from the input and numbers.
fn problem_key(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("panicked at ") {
        return rest.split(": ").next().unwrap_or(rest).to_string();
    }
    let first = message.lines().next().unwrap_or("");
    let unquoted = first.split(['`', '"']).next().unwrap_or("");
    unquoted.chars().filter(|c| !c.is_ascii_digit()).collect()
}

/// A hash of the whole input, to name findings.
pub fn input_hash(input: &Input) -> u64 {
    input.iter().fold(0, |h, (p, b)| {
        h.rotate_left(5) ^ fnv(p.as_bytes()) ^ fnv(b).rotate_left(17)
    })
}

/// `path (N bytes)` for each file, for reports.
pub fn describe(input: &Input) -> String {
    let parts: Vec<String> = input
        .iter()
        .map(|(p, b)| format!("{p}, {} bytes", b.len()))
        .collect();
    let shown = parts.iter().take(3).cloned().collect::<Vec<_>>().join("; ");
    if parts.len() > 3 {
        format!("{shown}; ... {} files", parts.len())
    } else {
        shown
    }
}

/// Writes the input's files under `dir` (replacing what was there) with a note.
pub fn save(dir: &Path, input: &Input, note: &str) {
    let _ = std::fs::remove_dir_all(dir);
    for (rel, bytes) in input {
        // Paths come from seeds and mutations of site paths; keep them inside `dir`.
        let safe: PathBuf = rel
            .split('/')
            .filter(|p| !p.is_empty() && *p != "." && *p != "..")
            .collect();
        let path = dir.join(safe);
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = std::fs::write(path, bytes);
    }
    let _ = std::fs::create_dir_all(dir);
    let _ = std::fs::write(dir.join("finding.txt"), note);
}

/// Reads a saved input back: a finding folder (every file but the note), or
/// the single-file archive a crash or hang leaves.
pub fn load(path: &Path) -> Input {
    if path.is_file() {
        let bytes = std::fs::read(path).expect("the saved input is readable");
        return crate::watch::unarchive(&bytes).expect("a vellum-fuzz-input archive");
    }
    crate::seeds::read_tree(path, "")
        .into_iter()
        .filter(|(p, _)| p != "finding.txt")
        .collect()
}

thread_local! {
    static IN_EXECUTION: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Where the last panic happened, for the report (the payload has no location).
static LAST_PANIC_AT: Mutex<String> = Mutex::new(String::new());

/// Panics inside an execution are expected findings: record where, print
/// nothing (one finding may repeat thousands of times). Others print as usual.
fn install_panic_hook() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if let Ok(mut at) = LAST_PANIC_AT.lock() {
                *at = info.location().map(|l| l.to_string()).unwrap_or_default();
            }
            if !IN_EXECUTION.with(std::cell::Cell::get) {
                default(info);
            }
        }));
    });
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let message = payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "a panic without a message".to_string());
    let at = LAST_PANIC_AT.lock().map(|s| s.clone()).unwrap_or_default();
    format!("panicked at {at}: {message}")
}
