"""Load many articles, serve the site with gunicorn on 127.0.0.1 and measure it (see bench/README.md).

Everything lives in a temporary folder (SQLite database, collected static files, media) that is
deleted at the end. The load generator is a bounded one: a fixed number of requests per URL,
stopped early after a time limit, from a few threads on the loopback interface only.
"""

import argparse
import http.client
import json
import os
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


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="articles per language (default 1000)")
    parser.add_argument("--requests", type=int, default=600, help="requests per URL (default 600)")
    parser.add_argument("--duration", type=float, default=30.0, help="time limit per URL in seconds (default 30)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (default 4)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (default 2)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    return parser.parse_args()


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


def wait_until_up(port, server, limit=60):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn stopped before it answered")
        try:
            if get(port, "/healthz/", timeout=2)[0] == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer within a minute")


def measure(port, path, requests, duration, concurrency):
    """Send up to ``requests`` GETs from ``concurrency`` threads, for at most ``duration`` seconds."""
    latencies, failures = [], []
    lock = threading.Lock()
    sent = iter(range(requests))
    deadline = time.monotonic() + duration

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
                    (latencies if response.status == 200 else failures).append(elapsed)
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = http.client.HTTPConnection(HOST, port, timeout=30)
        finally:
            connection.close()

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    done = len(latencies)
    ordered = sorted(latencies) or [0.0]
    return {
        "path": path,
        "requests": done,
        "failures": len(failures),
        "seconds": round(wall, 2),
        "rps": round(done / wall, 1) if wall else 0.0,
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 1),
    }


def targets(port):
    """The pages to measure, found on the running site (a Russian tag and article, with bench data)."""
    status, _location, html = get(port, "/ru/news/")
    if status != 200:
        raise SystemExit(f"/ru/news/ answered {status}")
    text = html.decode("utf-8", "replace")
    tag_path = text.split('rel="tag"', 1)[0].rsplit('href="', 1)[1].split('"', 1)[0]
    article_path = text.split('<h2><a href="', 1)[1].split('"', 1)[0]
    return [
        ("trivial Django view (reference)", "/bench/trivial/"),
        ("home page", "/ru/"),
        ("news index", "/ru/news/"),
        ("news index, page 50", "/ru/news/?page=50"),
        ("tag page", tag_path),
        ("year page", "/ru/news/2015/"),
        ("article", article_path),
        ("RSS feed", "/ru/news/feed/rss/"),
    ]


def main():
    args = parse_args()
    folder = Path(tempfile.mkdtemp(prefix="solidarity-bench-"))
    port = free_port()
    env = bench_environment(folder, port)
    server = None
    try:
        started = time.monotonic()
        run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env)
        run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env)
        run([PYTHON, "bench/load.py", "--articles", str(args.articles)], env)
        print(f"Set-up took {time.monotonic() - started:.0f} s.", flush=True)

        command = [
            PYTHON, "-m", "gunicorn", "bench.wsgi:application",
            "--bind", f"{HOST}:{port}", "--workers", str(args.workers),
            "--worker-class", "sync", "--log-level", "warning",
        ]  # fmt: skip
        print("$ " + " ".join(command), flush=True)
        server = subprocess.Popen(command, env=env, cwd=ROOT)
        wait_until_up(port, server)

        results = []
        for label, path in targets(port):
            for _warm in range(2 * args.workers):  # renditions, caches and connections in every worker
                get(port, path)
            result = measure(port, path, args.requests, args.duration, args.concurrency)
            result["label"] = label
            results.append(result)
            print(
                f"  {label:<32} {result['rps']:>8.1f} req/s   p50 {result['p50_ms']:>7.1f} ms   "
                f"p99 {result['p99_ms']:>7.1f} ms   ({result['requests']} ok, {result['failures']} failed)",
                flush=True,
            )
        report(args, results)
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        if args.keep:
            print(f"Kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def report(args, results):
    print()
    print(
        f"{args.articles:,} articles per language; gunicorn with {args.workers} sync workers; "
        f"{args.concurrency} client threads; up to {args.requests} requests or {args.duration:.0f} s per URL."
    )
    print(f"{'URL':<40} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for result in results:
        print(f"{result['path'][:40]:<40} {result['rps']:>8.1f} {result['p50_ms']:>8.1f} {result['p99_ms']:>8.1f}")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    target = out / f"bench-{args.articles}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    target.write_text(json.dumps({"articles": args.articles, "results": results}, indent=2))
    print(f"Saved {target.relative_to(ROOT)}")
    if any(result["failures"] for result in results):
        raise SystemExit("Some requests failed.")


if __name__ == "__main__":
    main()
