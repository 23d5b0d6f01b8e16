//! The `vellum` command line: parsing here, one module per command in `cli/`.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
