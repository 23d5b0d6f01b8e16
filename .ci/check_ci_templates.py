#!/usr/bin/env python3
"""Checks the CI templates in examples/ci/ that sites copy, without GitHub or GitLab.

1. Each file validates against its service's published JSON Schema (check-jsonschema's
   vendor.github-workflows and vendor.gitlab-ci).
2. The shell in every `run:` step and `script:` is clean under shellcheck (bash for
   GitHub's default shell, POSIX sh for GitLab's images).
3. Both pipelines are played through here, event by event, with this checkout's vellum
   binary standing in for the cached one (the install steps need the network and are
   skipped as on a cache hit): `if:` and `rules:` are evaluated, `run:`/`script:` run in
   a copy of a site, artifacts and caches are carried from job to job. For three sites
   (the bundled example; the example with an empty Dutch translation, which `vellum
   check` passes with warnings only; a fixture with errors) each pipeline must pass or
   fail where this file says, and publish public/ only when it passes.

Usage: check_ci_templates.py VELLUM_BINARY   (run from the repository root, with
check-jsonschema and shellcheck on PATH: .ci/run puts its venv there).
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ruamel.yaml import YAML

GITHUB = Path("examples/ci/github-actions.yml")
GITLAB = Path("examples/ci/gitlab-ci.yml")
CONVERTER = Path("examples/ci/vellum-codequality.py")
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"

failures = []


def fail(msg):
    lines = msg.splitlines()
    if len(lines) > 60:  # a failing run's log: its start and its end
        msg = "\n".join(lines[:20] + [f"[... {len(lines) - 50} lines ...]"] + lines[-30:])
    failures.append(msg)
    print(f"  FAIL: {msg}")


def ok(msg):
    print(f"  ok: {msg}")


def load(path):
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


# ---- 1. schemas -------------------------------------------------------------------


def check_schemas():
    for path, schema, extra in [
        (GITHUB, "vendor.github-workflows", []),
        (GITLAB, "vendor.gitlab-ci", ["--data-transform", "gitlab-ci"]),
    ]:
        r = subprocess.run(
            ["check-jsonschema", "--builtin-schema", schema, *extra, str(path)],
            capture_output=True,
            text=True,
        )
        if r.returncode == 0:
            ok(f"{path} matches the {schema} schema")
        else:
            fail(f"{path} does not match the {schema} schema:\n{r.stdout}{r.stderr}")


# ---- 2. shellcheck ----------------------------------------------------------------


def github_scripts(wf):
    for job_id, job in wf["jobs"].items():
        for i, step in enumerate(job.get("steps", [])):
            if "run" in step:
                yield f"{GITHUB} jobs.{job_id} step {i + 1} ({step.get('name', 'run')})", step["run"]


def gitlab_jobs(ci):
    reserved = {"variables", "workflow", "stages", "default", "include", "image", "services", "cache", "before_script", "after_script"}
    return {k: v for k, v in ci.items() if k not in reserved and not k.startswith(".") and isinstance(v, dict)}


def gitlab_script(job):
    lines = []
    for key in ("before_script", "script"):
        lines += job.get(key, [])
    return "\n".join(lines) + "\n"


def check_shell(wf, ci):
    snippets = [(where, "bash", run) for where, run in github_scripts(wf)]
    snippets += [(f"{GITLAB} {name}", "sh", gitlab_script(job)) for name, job in gitlab_jobs(ci).items()]
    for where, shell, text in snippets:
        if "${{" in text:
            fail(f"{where}: a ${{{{ }}}} expression inside a script (pass it through env: instead)")
            continue
        r = subprocess.run(["shellcheck", "--shell", shell, "-"], input=text, capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"{where}: shellcheck --shell {shell}:\n{r.stdout}{r.stderr}")
    ok(f"shellcheck: {len(snippets)} scripts clean")


# ---- 3. playing the pipelines -------------------------------------------------------


def site_copy(src, dest, untranslated=False):
    """A site repository: the site's folders, and the converter where the GitLab template says."""
    dest.mkdir(parents=True)
    for name in ("content", "locales", "templates"):
        if (src / name).is_dir():
            shutil.copytree(src / name, dest / name)
    if untranslated:
        for ftl in (dest / "locales" / "nl").glob("*.ftl"):
            ftl.write_text("", encoding="utf-8")
    (dest / "ci").mkdir()
    shutil.copy(CONVERTER, dest / "ci" / CONVERTER.name)
    return dest


def run_shell(argv, script, cwd, env):
    r = subprocess.run([*argv, script], cwd=cwd, env=env, capture_output=True, text=True)
    return r.returncode, r.stdout + r.stderr


def gh_value(expr, ctx):
    expr = expr.strip()
    m = re.fullmatch(r"'([^']*)'", expr)
    if m:
        return m.group(1)
    if re.fullmatch(r"[A-Za-z_][\w.-]*", expr):
        return ctx.get(expr, "")
    raise ValueError(f"expression this checker cannot evaluate: {expr!r}")


def gh_if(cond, ctx):
    """The subset of GitHub's expression syntax the template uses: a == 'x' / != joined by &&."""
    if cond is None:
        return True
    cond = cond.strip()
    if cond.startswith("${{") and cond.endswith("}}"):
        cond = cond[3:-2]
    result = True
    for term in cond.split("&&"):
        m = re.fullmatch(r"\s*(.+?)\s*(==|!=)\s*(.+?)\s*", term)
        if not m:
            raise ValueError(f"condition this checker cannot evaluate: {term!r}")
        a, op, b = gh_value(m.group(1), ctx), m.group(2), gh_value(m.group(3), ctx)
        result = result and ((a == b) if op == "==" else (a != b))
    return result


def play_github(wf, site, vellum, event, ref):
    """Runs the workflow for one event; returns (jobs that ran, step that failed or None, log)."""
    home = site.parent / "home"
    (home / ".vellum" / "bin").mkdir(parents=True)
    # The cache restores ~/.vellum: here it holds this checkout's binary.
    (home / ".vellum" / "bin" / "vellum").symlink_to(vellum)
    github_path = site.parent / "github_path"
    github_path.write_text("")
    ctx = {"github.event_name": event, "github.ref": ref, "runner.os": "Linux", "runner.arch": "X64"}
    log = []
    jobs_ran = []
    for job_id, job in wf["jobs"].items():
        if not gh_if(job.get("if"), ctx):
            continue
        jobs_ran.append(job_id)
        path_extra = []
        for step in job.get("steps", []):
            name = step.get("name") or step.get("uses") or step.get("run", "").splitlines()[0]
            if not gh_if(step.get("if"), ctx):
                continue
            uses = step.get("uses", "")
            if uses.startswith("actions/cache@"):
                ctx[f"steps.{step['id']}.outputs.cache-hit"] = "true"
                key = step["with"]["key"]
                if "env.VELLUM_VERSION" not in key:
                    return jobs_ran, f"{name}: the cache key does not name env.VELLUM_VERSION", log
                continue
            if uses.startswith("actions/upload-pages-artifact@"):
                out = site / step["with"]["path"]
                if not (out / "index.html").is_file():
                    return jobs_ran, f"{name}: {out} has no index.html", log
                log.append(f"upload-pages-artifact: {out} ({sum(1 for _ in out.rglob('*'))} files)")
                continue
            if uses:
                continue  # checkout (the site copy is the checkout), deploy-pages
            env = {
                "PATH": ":".join([*path_extra, SYSTEM_PATH]),
                "HOME": str(home),
                "GITHUB_PATH": str(github_path),
                "CI": "true",
                "GITHUB_ACTIONS": "true",
                **{k: str(v) for k, v in wf.get("env", {}).items()},
                **{k: str(v) for k, v in job.get("env", {}).items()},
                **{k: str(v) for k, v in step.get("env", {}).items()},
            }
            status, output = run_shell(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c"], step["run"], site, env)
            log.append(f"$ {step['run'].strip()}\n{output}")
            if status != 0:
                return jobs_ran, name, "\n".join(log)
            path_extra = [p for p in github_path.read_text().splitlines() if p][::-1]
    return jobs_ran, None, "\n".join(log)


def gl_value(token, env):
    token = token.strip()
    if token.startswith("$"):
        return env.get(token[1:])
    m = re.fullmatch(r"\"([^\"]*)\"|'([^']*)'", token)
    if m:
        return m.group(1) if m.group(1) is not None else m.group(2)
    raise ValueError(f"rule operand this checker cannot evaluate: {token!r}")


def gl_if(cond, env):
    """The subset of GitLab's rules:if syntax the template uses: $A == "x", $A == $B, $A, joined by &&."""
    result = True
    for term in cond.split("&&"):
        m = re.fullmatch(r"\s*(.+?)\s*(==|!=)\s*(.+?)\s*", term)
        if m:
            a, b = gl_value(m.group(1), env), gl_value(m.group(3), env)
            result = result and ((a == b) if m.group(2) == "==" else (a != b))
        else:
            result = result and bool(gl_value(term, env))
    return result


def gl_rules(rules, env):
    if rules is None:
        return True
    for rule in rules:
        if "if" not in rule or gl_if(rule["if"], env):
            return rule.get("when", "on_success") != "never"
    return False


def play_gitlab(ci, site, vellum, env):
    """Runs the pipeline; returns (jobs that ran, job that failed or None, log, reports)."""
    env = {"PATH": SYSTEM_PATH, "HOME": str(site.parent), "CI": "true", "GITLAB_CI": "true", **env}
    env.update({k: str(v) for k, v in ci.get("variables", {}).items()})
    if not gl_rules(ci.get("workflow", {}).get("rules"), env):
        return [], None, "no pipeline", {}
    jobs = gitlab_jobs(ci)
    artifacts = {}
    reports = {}
    ran = []
    log = []
    for stage in ci.get("stages", ["build", "test", "deploy"]):
        for name, job in jobs.items():
            if job.get("stage", "test") != stage or not gl_rules(job.get("rules"), env):
                continue
            ran.append(name)
            work = site.parent / f"job-{len(ran)}"
            shutil.copytree(site, work, symlinks=True)
            cache = job.get("cache")
            if cache:
                if "$VELLUM_VERSION" not in cache["key"]:
                    return ran, f"{name}: the cache key does not name $VELLUM_VERSION", "\n".join(log), reports
                # A cache hit: the cached .vellum/ holds this checkout's binary.
                if ".vellum/" in [p.rstrip("/") + "/" for p in cache["paths"]]:
                    (work / ".vellum" / "bin").mkdir(parents=True)
                    (work / ".vellum" / "bin" / "vellum").symlink_to(vellum)
            for need in job.get("needs", []):
                for rel, src in artifacts.get(need, {}).items():
                    (work / rel).parent.mkdir(parents=True, exist_ok=True)
                    if src.is_symlink():  # the stand-in binary: no need to copy 200 MB
                        (work / rel).symlink_to(src.resolve())
                    else:
                        shutil.copy2(src, work / rel)
            status, output = run_shell(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c"], gitlab_script(job), work, env)
            log.append(f"--- {name} (exit {status})\n{output}")
            spec = job.get("artifacts", {})
            if status == 0 or spec.get("when") == "always":
                kept = {}
                for p in spec.get("paths", []):
                    target = work / p
                    files = [target] if target.is_file() else [f for f in target.rglob("*") if f.is_file()] if target.is_dir() else []
                    for f in files:
                        kept[str(f.relative_to(work))] = f
                artifacts[name] = kept
                for kind, p in spec.get("reports", {}).items():
                    reports[kind] = work / p
            if status != 0:
                return ran, name, "\n".join(log), reports
    return ran, None, "\n".join(log), reports


def check_pipelines(wf, ci, vellum):
    example = Path(".")
    broken = Path("tests/fixtures/invalid/many-problems")
    warnings_expected = None
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        n = 0

        def fresh(src, **kw):
            nonlocal n
            n += 1
            return site_copy(src, tmp / f"run-{n}" / "site", **kw)

        # How many warnings the untranslated site has, as vellum itself counts them.
        probe = fresh(example, untranslated=True)
        r = subprocess.run([vellum, "check", "--format", "json"], cwd=probe, capture_output=True, text=True)
        doc = json.loads(r.stdout)
        warnings_expected = doc["warnings"]
        if r.returncode != 0 or doc["errors"] != 0 or warnings_expected == 0:
            fail(f"an empty Dutch translation should pass `vellum check` with warnings only; got exit {r.returncode}, {doc['errors']} errors, {warnings_expected} warnings")

        # GitHub Actions
        gh_cases = [
            ("the example, pull request", example, False, "pull_request", "refs/pull/1/merge", ["notice"], None),
            ("the example, push to main", example, False, "push", "refs/heads/main", ["notice", "deploy"], None),
            ("an empty Dutch .ftl, pull request", example, True, "pull_request", "refs/pull/1/merge", ["notice"], "Check"),
            ("an empty Dutch .ftl, push to main", example, True, "push", "refs/heads/main", ["notice"], "Build"),
            ("a site with errors, pull request", broken, False, "pull_request", "refs/pull/1/merge", ["notice"], "Check"),
        ]
        for label, src, untranslated, event, ref, want_jobs, want_fail in gh_cases:
            site = fresh(src, untranslated=untranslated)
            jobs, failed, log = play_github(wf, site, vellum, event, ref)
            failed_short = failed.split(" ")[0] if failed else None
            if failed_short != want_fail or (want_fail is None and jobs != want_jobs):
                fail(f"GitHub, {label}: jobs {jobs}, failed at {failed!r}; expected jobs {want_jobs}, failure at {want_fail!r}\n{log}")
                continue
            if want_fail == "Check":
                kinds = "::warning " if untranslated else "::error "
                if kinds not in log:
                    fail(f"GitHub, {label}: no {kinds.strip()} annotations in the check step\n{log}")
                    continue
            if want_fail is None and event == "push" and not (site / "public" / "en" / "index.html").is_file():
                fail(f"GitHub, {label}: no public/en/index.html")
                continue
            ok(f"GitHub Actions, {label}: " + (f"fails at the {want_fail} step" if want_fail else f"passes ({', '.join(jobs)})"))

        # GitLab CI
        mr = {"CI_PIPELINE_SOURCE": "merge_request_event", "CI_DEFAULT_BRANCH": "main", "CI_MERGE_REQUEST_IID": "1"}
        main = {"CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "main", "CI_DEFAULT_BRANCH": "main"}
        branch_with_mr = {"CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "topic", "CI_DEFAULT_BRANCH": "main", "CI_OPEN_MERGE_REQUESTS": "group/site!1"}
        gl_cases = [
            ("the example, merge request", example, False, mr, ["vellum:install", "vellum:check"], None, 0),
            ("the example, default branch", example, False, main, ["vellum:install", "pages"], None, None),
            ("a push to a branch with an open merge request", example, False, branch_with_mr, [], None, None),
            ("an empty Dutch .ftl, merge request", example, True, mr, ["vellum:install", "vellum:check"], "vellum:check", warnings_expected),
            ("an empty Dutch .ftl, default branch", example, True, main, ["vellum:install", "pages"], "pages", None),
            ("a site with errors, merge request", broken, False, mr, ["vellum:install", "vellum:check"], "vellum:check", "errors"),
        ]
        for label, src, untranslated, env, want_jobs, want_fail, want_issues in gl_cases:
            site = fresh(src, untranslated=untranslated)
            jobs, failed, log, reports = play_gitlab(ci, site, vellum, env)
            if jobs != want_jobs or failed != want_fail:
                fail(f"GitLab, {label}: jobs {jobs}, failed at {failed!r}; expected jobs {want_jobs}, failure at {want_fail!r}\n{log}")
                continue
            if "pages" in jobs and want_fail is None:
                if not (site.parent / f"job-{len(jobs)}" / "public" / "en" / "index.html").is_file():
                    fail(f"GitLab, {label}: the pages job left no public/en/index.html")
                    continue
            if want_issues is not None:
                report = reports.get("codequality")
                if report is None or not report.is_file():
                    fail(f"GitLab, {label}: no Code Quality report\n{log}")
                    continue
                issues = json.loads(report.read_text(encoding="utf-8"))
                problem = check_codequality(issues, want_issues)
                if problem:
                    fail(f"GitLab, {label}: Code Quality report: {problem}")
                    continue
                label += f", {len(issues)} Code Quality issues"
            outcome = f"fails in {want_fail}" if want_fail else f"passes ({', '.join(jobs)})" if jobs else "no pipeline"
            ok(f"GitLab CI, {label}: {outcome}")


def check_codequality(issues, want):
    if not isinstance(issues, list):
        return "not a JSON array"
    for i in issues:
        for key in ("description", "check_name", "fingerprint", "severity"):
            if not isinstance(i.get(key), str) or not i[key]:
                return f"an issue without {key}: {i}"
        if i["severity"] not in ("info", "minor", "major", "critical", "blocker"):
            return f"unknown severity {i['severity']!r}"
        loc = i.get("location", {})
        if not isinstance(loc.get("path"), str) or not isinstance(loc.get("lines", {}).get("begin"), int):
            return f"an issue without location.path and location.lines.begin: {i}"
    if len({i["fingerprint"] for i in issues}) != len(issues):
        return "two issues share a fingerprint"
    if want == "errors":
        if not any(i["severity"] == "critical" for i in issues):
            return "no critical issue for a site with errors"
    elif len(issues) != want:
        return f"{len(issues)} issues, expected {want}"
    elif want and {i["severity"] for i in issues} != {"minor"}:
        return "warnings should be minor issues"
    return None


def check_converter():
    """The converter refuses what is not vellum's JSON, loudly (exit 2), rather than report nothing."""
    for label, text in [("empty input", ""), ("a panic message", "thread 'main' panicked"), ("other JSON", "[]")]:
        r = subprocess.run([sys.executable, str(CONVERTER)], input=text, capture_output=True, text=True)
        if r.returncode != 2 or "not the output of `vellum check --format json`" not in r.stderr:
            fail(f"{CONVERTER} on {label}: exit {r.returncode}, {r.stderr!r}; expected exit 2 and a message")
            return
    ok(f"{CONVERTER} refuses input that is not vellum's JSON (exit 2)")


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    vellum = str(Path(argv[1]).resolve())
    wf, ci = load(GITHUB), load(GITLAB)
    # ruamel's safe loader (YAML 1.2) keeps `on:` a string key; PyYAML would make it True.
    check_schemas()
    check_shell(wf, ci)
    check_converter()
    check_pipelines(wf, ci, vellum)
    if failures:
        print(f"CI templates: {len(failures)} problems", file=sys.stderr)
        return 1
    print("CI templates: schemas, shell and every played pipeline as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
