# vellum in a container image.
#
#   docker build -t vellum .
#   cd my-site && docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/site" vellum build --strict --minify
#
# Stage 1 compiles vellum with the official Rust image; stage 2 is Debian slim with
# the one binary in it, run as an unprivileged user. The default theme is compiled
# into the binary, so the image needs nothing else: mount a site (a folder with
# content/, and optionally locales/, templates/, theme/) at /site.
#
# Build arguments: RUST_VERSION (a tag prefix of the rust image, 1.89 or newer;
# default "1", the newest stable) and DEBIAN_RELEASE (bookworm or trixie; builder
# and runtime must use the same release, so that the binary finds the glibc it was
# linked against).

ARG RUST_VERSION=1
ARG DEBIAN_RELEASE=bookworm

FROM rust:${RUST_VERSION}-slim-${DEBIAN_RELEASE} AS builder
WORKDIR /src
# Only what `cargo build` reads: build.rs embeds theme/ into the binary, and the
# published export schemas are embedded from schema/.
COPY Cargo.toml Cargo.lock build.rs ./
COPY src ./src
COPY theme ./theme
COPY schema ./schema
# jemalloc, vellum's allocator (Cargo.toml), is compiled from C with make, which
# the slim image lacks. The stage is thrown away, so the version is not pinned.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends make \
    && rm -rf /var/lib/apt/lists/*
# The cache mounts keep the downloaded crates and the compiled dependencies between
# builds on the same machine (BuildKit, the default builder since Docker 23).
RUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked \
    --mount=type=cache,target=/src/target,sharing=locked \
    cargo build --release --locked \
    && install -D -m 0755 target/release/vellum /out/vellum

FROM debian:${DEBIAN_RELEASE}-slim
LABEL org.opencontainers.image.title="vellum" \
      org.opencontainers.image.description="Static site generator for privacy notices: YAML model, Markdown prose and Fluent translations to checked, multilingual HTML" \
      org.opencontainers.image.licenses="MIT OR Apache-2.0"
# An unprivileged user that owns /site, so that a site copied into a derived image
# can be built in place. With a bind mount, pass --user "$(id -u):$(id -g)" so the
# files vellum writes (public/) belong to you.
RUN groupadd --system --gid 10001 vellum \
    && useradd --system --uid 10001 --gid vellum --home-dir /site --no-create-home \
       --shell /usr/sbin/nologin vellum \
    && install -d -o 10001 -g 10001 /site
COPY --from=builder /out/vellum /usr/local/bin/vellum
WORKDIR /site
USER 10001:10001
# `vellum serve` listens here; inside a container it needs --bind 0.0.0.0.
EXPOSE 4747
ENTRYPOINT ["vellum"]
CMD ["build"]
