"""Load articles, serve the site with the production entrypoint's gunicorn on 127.0.0.1 and measure it.

See bench/README.md. For each page kind it prints requests per second, p50/p99 response times,
the server's CPU time per request and the ratio to a trivial Django view measured in the same
run, with the full-page cache on (PAGE_CACHE=1) and off (PAGE_CACHE=0), beside the targets; then
a ``wrk -t2 -c50`` flood on the busiest pages (timeouts and error answers), and a comparison of
the listing pages with 10,000 articles per language against 100.

Everything lives in temporary folders (SQLite database, collected static files, media) that are
deleted at the end. The load generators are bounded and talk to the loopback interface only.
"""

import argparse
import hashlib
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
TICKS = os.sysconf("SC_CLK_TCK")
TRIVIAL = ("trivial Django view", "/bench/trivial/")
KINDS = ["home", "news index", "article", "tag", "year archive", "How to help", "search", "404"]
FLOOD_KINDS = ["home", "news index", "article", "search"]
SCALE_KINDS = ["news index", "tag", "year archive", "article", "search"]
# Targets (bench/README.md): uncached server CPU per request, in ms.
CPU_TARGET_MS = {"article": 20, "404": 5}
CPU_TARGET_DEFAULT_MS = 25
CACHED_RATIO_TARGET = 0.5


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a short run (~2 minutes): 100 articles, short flood")
    parser.add_argument("--articles", type=int, default=100, help="articles per language (default 100)")
    parser.add_argument("--large", type=int, default=10_000, help="articles per language of the scale run")
    parser.add_argument("--no-scale", action="store_true", help="skip the scale run")
    parser.add_argument("--requests", type=int, default=600, help="requests per URL (default 600)")
    parser.add_argument("--duration", type=float, default=30.0, help="time limit per URL in seconds (default 30)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (default 4)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (WEB_CONCURRENCY, default 2)")
    parser.add_argument("--flood-seconds", type=int, default=60, help="wrk run per URL in seconds (default 60)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders (their paths are printed)")
    parser.add_argument("--rebuild", action="store_true", help="build the sites afresh instead of reusing them")
    args = parser.parse_args()
    if args.quick or os.environ.get("BENCH_QUICK") == "1":
        args.quick = True
        args.requests, args.duration, args.flood_seconds, args.no_scale = 100, 5.0, 10, True
    return args


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def bench_environment(folder, port):
    """Production settings with a throw-away database and folders; plain HTTP on the loopback."""
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "PYTHONPATH": str(ROOT),
            "PATH": f"{Path(PYTHON).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "PYTHON": PYTHON,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": f"{HOST},localhost",
            "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}",
            "STATIC_ROOT": str(folder / "static"),
            "MEDIA_ROOT": str(folder / "media"),
            "WAGTAILADMIN_BASE_URL": f"http://{HOST}:{port}",
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_COOKIES": "0",
            "SECURE_HSTS_SECONDS": "0",
            "LOG_LEVEL": "ERROR",
        }
    )
    return env


def run(command, env, quiet=False):
    print("$ " + " ".join(command), flush=True)
    subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL if quiet else None)


def get(port, path, timeout=30):
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": f"{HOST}:{port}", "Accept-Encoding": "gzip"})
        response = connection.getresponse()
        return response.status, response.getheader("Location"), response.read()
    finally:
        connection.close()


def wait_until_up(port, server, limit=1800):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn stopped before it answered")
        try:
            if get(port, "/healthz/", timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer within {limit} s")


class Server:
    """bin/entrypoint (migrate, then gunicorn as in production) with the bench settings and URLs."""

    def __init__(self, env, port, workers, page_cache):
        self.port = port
        self.env = {
            **env,
            "BIND": f"{HOST}:{port}",
            "WEB_CONCURRENCY": str(workers),
            "PAGE_CACHE": "1" if page_cache else "0",
        }
        self.process = None

    def __enter__(self):
        print(f"$ PAGE_CACHE={self.env['PAGE_CACHE']} bin/entrypoint  (gunicorn on {self.env['BIND']})", flush=True)
        # The access log goes nowhere and the error log to a file, as a production log shipper would.
        self.log = Path(self.env["STATIC_ROOT"]).parent / f"server-{self.port}.log"
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [str(ROOT / "bin" / "entrypoint")], env=self.env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log
            )
        began = time.monotonic()
        wait_until_up(self.port, self.process)
        # bin/entrypoint migrates before it serves: this is how long a host takes to come up.
        self.start_seconds = time.monotonic() - began
        print(f"  up after {self.start_seconds:.1f} s (migrate, then gunicorn)", flush=True)
        return self

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        errors = [line for line in self.log.read_text().splitlines() if "Traceback" in line or "ERROR" in line]
        if errors:
            print(f"  the server logged {len(errors)} errors; see {self.log} (--keep keeps it)")

    def settle(self, limit=30):
        """Wait until requests left over from a flood are done: the trivial view answers at once."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            started = time.perf_counter()
            get(self.port, TRIVIAL[1])
            if time.perf_counter() - started < 0.05:
                return
            time.sleep(0.5)

    def cpu_seconds(self):
        """CPU time of gunicorn and its workers so far, recycled workers included (reaped children)."""
        total = 0
        master = self.process.pid
        for pid in [master, *children(master)]:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # a worker that has just exited is counted in the master's children times
            utime, stime, cutime, cstime = (int(value) for value in fields[11:15])
            total += utime + stime + (cutime + cstime if pid == master else 0)
        return total / TICKS


def children(pid):
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def measure(server, path, requests, duration, concurrency):
    """Send up to ``requests`` GETs from ``concurrency`` threads, for at most ``duration`` seconds."""
    port = server.port
    latencies, failures, statuses = [], [], set()
    lock = threading.Lock()
    sent = iter(range(requests))
    deadline = time.monotonic() + duration
    expected = 404 if "no-such-page" in path else 200

    def client():
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        try:
            while time.monotonic() < deadline:
                with lock:
                    if next(sent, None) is None:
                        return
                started = time.perf_counter()
                connection.request("GET", path, headers={"Host": f"{HOST}:{port}", "Accept-Encoding": "gzip"})
                response = connection.getresponse()
                response.read()
                elapsed = time.perf_counter() - started
                with lock:
                    statuses.add(response.status)
                    (latencies if response.status == expected else failures).append(elapsed)
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = http.client.HTTPConnection(HOST, port, timeout=30)
        finally:
            connection.close()

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    cpu_before = server.cpu_seconds()
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    cpu = server.cpu_seconds() - cpu_before
    done = len(latencies) + len(failures)
    ordered = sorted(latencies) or [0.0]
    return {
        "path": path,
        "requests": len(latencies),
        "failures": len(failures),
        "statuses": sorted(statuses),
        "seconds": round(wall, 2),
        "rps": round(len(latencies) / wall, 1) if wall else 0.0,
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 1),
        "cpu_ms": round(cpu * 1000 / done, 2) if done else 0.0,
    }


def measure_all(server, paths, args, kinds=KINDS, trivial=True):
    """Warm every URL in every worker, then measure each; the trivial view first, as the reference."""
    targets = ([TRIVIAL] if trivial else []) + [(kind, paths[kind]) for kind in kinds]
    results = {}
    for label, path in targets:
        for _warm in range(2 * args.workers):  # renditions, caches and connections in every worker
            get(server.port, path)
        result = measure(server, path, args.requests, args.duration, args.concurrency)
        results[label] = result
        print(
            f"  {label:<20} {result['rps']:>8.1f} req/s  p50 {result['p50_ms']:>6.1f} ms  "
            f"p99 {result['p99_ms']:>6.1f} ms  CPU {result['cpu_ms']:>6.2f} ms/req  "
            f"({result['requests']} ok, {result['failures']} failed)",
            flush=True,
        )
    return results


WRK_FIELDS = {
    "rps": re.compile(r"Requests/sec:\s+([\d.]+)"),
    "timeouts": re.compile(r"timeout (\d+)"),
    "non_2xx_3xx": re.compile(r"Non-2xx or 3xx responses: (\d+)"),
    "requests": re.compile(r"(\d+) requests in"),
}


def wrk_latency_ms(text, percentile):
    match = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if not match:
        return None
    value, unit = float(match.group(1)), match.group(2)
    return round(value * {"us": 0.001, "ms": 1, "s": 1000}[unit], 1)


def flood(server, paths, seconds):
    """``wrk -t2 -c50`` for ``seconds`` on each of FLOOD_KINDS: throughput, timeouts, error answers."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("wrk is not installed: apt-get install wrk (make bench does it)")
    results = {}
    for kind in FLOOD_KINDS:
        server.settle()
        url = f"http://{HOST}:{server.port}{paths[kind]}"
        command = [wrk, "-t2", "-c50", f"-d{seconds}s", "--timeout", "10s", "--latency"]
        command += ["-H", "Accept-Encoding: gzip", url]
        print("$ " + " ".join(command), flush=True)
        text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        result = {name: pattern.search(text) for name, pattern in WRK_FIELDS.items()}
        result = {name: float(match.group(1)) if match else 0.0 for name, match in result.items()}
        result.update(p50_ms=wrk_latency_ms(text, 50), p99_ms=wrk_latency_ms(text, 99), path=paths[kind])
        results[kind] = result
        print(
            f"  {kind:<12} {result['rps']:>8.1f} req/s  p50 {result['p50_ms']} ms  p99 {result['p99_ms']} ms  "
            f"timeouts {int(result['timeouts'])}  non-2xx/3xx {int(result['non_2xx_3xx'])}",
            flush=True,
        )
    return results


def site_key(articles):
    """A digest of what the built site depends on: migrations, demo data, the loader, the count."""
    digest = hashlib.sha256(str(articles).encode())
    sources = [ROOT / "bench" / "load.py", ROOT / "requirements.txt"]
    for pattern in ("*/migrations/*.py", "*/demo.py", "*/demo/*", "core/demo_tools.py", "news/bulk.py"):
        sources += sorted(path for path in ROOT.glob(pattern) if ".venv" not in path.parts)
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build_site(articles, args):
    """A site with ``articles`` per language in a temporary folder: (folder, env, paths).

    The database and media of a site built before from the same migrations and demo data are
    reused (bench/results/sites/, ignored by git) unless ``--rebuild``; static files are always
    collected afresh.
    """
    folder = Path(tempfile.mkdtemp(prefix="solidarity-bench-"))
    env = bench_environment(folder, 0)
    saved = ROOT / "bench" / "results" / "sites" / site_key(articles)
    try:
        if saved.exists() and not args.rebuild:
            print(f"Reusing the site built in {saved.relative_to(ROOT)} (--rebuild builds it again)", flush=True)
            shutil.copytree(saved, folder, dirs_exist_ok=True)
        else:
            run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env)
            run([PYTHON, "bench/load.py", "--articles", str(articles), "--paths", str(folder / "paths.json")], env)
            shutil.rmtree(saved, ignore_errors=True)
            shutil.copytree(folder, saved)
        run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder, env, json.loads((folder / "paths.json").read_text())


def main():
    args = parse_args()
    started = time.monotonic()
    folders = []
    report = {"args": vars(args), "modes": {}, "flood": {}, "scale": {}}
    try:
        folder, env, paths = build_site(args.articles, args)
        folders.append(folder)
        print(f"Set-up took {time.monotonic() - started:.0f} s.", flush=True)
        for page_cache in (True, False):
            mode = "cached" if page_cache else "uncached"
            port = free_port()
            with Server(env, port, args.workers, page_cache) as server:
                print(f"== {mode} (PAGE_CACHE={int(page_cache)}), {args.articles:,} articles per language", flush=True)
                report["modes"][mode] = measure_all(server, paths, args)
                report.setdefault("start_seconds", {})[mode] = round(server.start_seconds, 1)
                if page_cache:
                    print(f"== flood: wrk -t2 -c50, {args.flood_seconds} s per URL (PAGE_CACHE=1)", flush=True)
                    report["flood"] = flood(server, paths, args.flood_seconds)
        if not args.no_scale:
            folder, env, large_paths = build_site(args.large, args)
            folders.append(folder)
            with Server(env, free_port(), args.workers, page_cache=False) as server:
                print(f"== scale: {args.large:,} articles per language (PAGE_CACHE=0)", flush=True)
                report["scale"] = measure_all(server, large_paths, args, kinds=SCALE_KINDS, trivial=False)
                report.setdefault("start_seconds", {})["scale"] = round(server.start_seconds, 1)
        print_report(args, report)
        save(args, report)
    finally:
        for folder in folders:
            if args.keep:
                print(f"Kept {folder}")
            else:
                shutil.rmtree(folder, ignore_errors=True)
    print(f"Whole run: {time.monotonic() - started:.0f} s.")
    if any(result["failures"] for mode in report["modes"].values() for result in mode.values()):
        raise SystemExit("Some requests failed.")


def cpu_target(kind):
    return CPU_TARGET_MS.get(kind, CPU_TARGET_DEFAULT_MS)


def print_report(args, report):
    cached, uncached = report["modes"]["cached"], report["modes"]["uncached"]
    print()
    print(
        f"{args.articles:,} articles per language; bin/entrypoint's gunicorn, {args.workers} workers x 4 threads; "
        f"{args.concurrency} client threads; up to {args.requests} requests or {args.duration:.0f} s per URL."
    )
    header = f"{'page':<20} {'mode':<9} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'CPU ms':>7} {'x trivial':>9}  target"
    print(header)
    print("-" * len(header))
    for label in [TRIVIAL[0], *KINDS]:
        for mode, results in (("cached", cached), ("uncached", uncached)):
            result = results[label]
            ratio = result["rps"] / results[TRIVIAL[0]]["rps"] if results[TRIVIAL[0]]["rps"] else 0.0
            if label == TRIVIAL[0]:
                target = "(reference)"
            elif mode == "cached":
                verdict = "ok" if ratio >= CACHED_RATIO_TARGET else "MISSED"
                target = f">= {CACHED_RATIO_TARGET}x trivial: {verdict}"
            else:
                verdict = "ok" if result["cpu_ms"] <= cpu_target(label) else "MISSED"
                target = f"CPU <= {cpu_target(label)} ms: {verdict}"
            print(
                f"{label:<20} {mode:<9} {result['rps']:>8.1f} {result['p50_ms']:>7.1f} {result['p99_ms']:>7.1f} "
                f"{result['cpu_ms']:>7.2f} {ratio:>9.2f}  {target}"
            )
    if report["flood"]:
        print()
        print(f"Flood: wrk -t2 -c50 for {args.flood_seconds} s per URL, PAGE_CACHE=1 (target: 0 timeouts, 0 errors)")
        for kind, result in report["flood"].items():
            ok = "ok" if result["requests"] and not result["timeouts"] and not result["non_2xx_3xx"] else "MISSED"
            print(
                f"  {kind:<12} {result['rps']:>8.1f} req/s  p50 {result['p50_ms']} ms  p99 {result['p99_ms']} ms  "
                f"timeouts {int(result['timeouts'])}  non-2xx/3xx {int(result['non_2xx_3xx'])}  {ok}"
            )
    print()
    print("Start-up of bin/entrypoint (migrate, then gunicorn), s: " + json.dumps(report.get("start_seconds", {})))
    if report["scale"]:
        print()
        print(f"Scale, PAGE_CACHE=0: {args.articles:,} against {args.large:,} articles per language")
        print(f"  {'page':<12} {'p50 ms':>8} {'p50 ms':>8} {'ratio':>6}   {'CPU ms':>7} {'CPU ms':>7} {'ratio':>6}")
        for kind in SCALE_KINDS:
            small, large = uncached[kind], report["scale"][kind]
            p50_ratio = large["p50_ms"] / small["p50_ms"] if small["p50_ms"] else 0
            cpu_ratio = large["cpu_ms"] / small["cpu_ms"] if small["cpu_ms"] else 0
            print(
                f"  {kind:<12} {small['p50_ms']:>8.1f} {large['p50_ms']:>8.1f} {p50_ratio:>6.2f}   "
                f"{small['cpu_ms']:>7.2f} {large['cpu_ms']:>7.2f} {cpu_ratio:>6.2f}"
            )


def save(args, report):
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    target = out / f"bench-{args.articles}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    target.write_text(json.dumps(report, indent=2))
    print(f"Saved {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
