"""Throw-away Redis, PostgreSQL and gunicorn processes on free loopback ports, stopped and started by tests.

Never the shared servers: each instance has its own port and, for PostgreSQL, its own data folder
in a temporary directory. PostgreSQL runs as the ``postgres`` user when the tests run as root,
because it refuses to run as root.
"""

# ruff: noqa: S603 (every command here is a fixed binary with arguments this module builds)

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import redis

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent.parent
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_for(check, what, limit=30.0):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"{what} did not happen within {limit:.0f} s")


class RedisServer:
    """A redis-server without persistence on its own port."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://{HOST}:{self.port}/0"
        self.process = None

    def client(self):
        return redis.Redis(host=HOST, port=self.port, socket_connect_timeout=1)

    def answers(self):
        try:
            return self.client().ping()
        except redis.exceptions.ConnectionError:
            return False

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", HOST, "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        wait_for(self.answers, "Redis answering")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


class PostgresServer:
    """A PostgreSQL 15 cluster in a temporary folder, on its own port, with trust authentication."""

    def __init__(self):
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="solidarity-pg-"))
        self.data = self.folder / "data"
        self.url = f"postgres://postgres@{HOST}:{self.port}/postgres"
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_postgres:
            shutil.chown(self.folder, "postgres")
        self.folder.chmod(0o700)

    def _run(self, *command):
        subprocess.run(
            [*self.as_postgres, *command],
            check=True,
            cwd=self.folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def init(self):
        self._run(
            str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"
        )

    def start(self):
        # Durability off: the cluster is thrown away, and fsync only slows the tests down.
        options = (
            f"-p {self.port} -c listen_addresses={HOST} -k {self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start"
        )

    def stop(self):
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self):
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass  # already stopped
        shutil.rmtree(self.folder, ignore_errors=True)


def site_environment(database_url, port):
    """The site's environment for a separate process: test settings, this database, no Redis."""
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": database_url,
            "PYTHONPATH": str(ROOT),
            "WAGTAILADMIN_BASE_URL": f"http://{HOST}:{port}",
            "LOG_LEVEL": "CRITICAL",
        }
    )
    return env


def manage(env, *arguments):
    """Run ``manage.py`` in a separate process; its standard output."""
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments], env=env, cwd=ROOT, check=True, capture_output=True, text=True
    )
    return result.stdout


class Gunicorn:
    """The site under gunicorn as bin/entrypoint serves it (threads, sync worker), on a free port."""

    def __init__(self, env, port, command=None, log=None):
        """``command``: what to run instead of plain gunicorn (``bin/entrypoint``); ``log``: a file for its output."""
        self.env, self.port, self.command, self.log = env, port, command, log
        self.process = None

    def start(self, limit=30.0):
        command = self.command or [
            sys.executable, "-m", "gunicorn", "config.wsgi:application",
            "--bind", f"{HOST}:{self.port}", "--workers", "1", "--threads", "4", "--log-level", "warning",
        ]  # fmt: skip
        output = self.log.open("ab") if self.log else subprocess.DEVNULL
        self.process = subprocess.Popen(command, env=self.env, cwd=ROOT, stdout=output, stderr=output)

        def answers():
            assert self.process.poll() is None, f"{command[0]} stopped" + (
                f": {self.log.read_text()}" if self.log else ""
            )
            return self.get("/robots.txt")[0] == 200

        wait_for(answers, "gunicorn answering", limit)

    def get(self, path, headers=None):
        """(status, headers, text) of a GET to the server; connection errors count as status 0."""
        request = urllib.request.Request(f"http://{HOST}:{self.port}{path}", headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback only)
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()
        except OSError:
            return 0, {}, ""

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None


NGINX = Path(os.environ.get("NGINX", "/usr/sbin/nginx"))


class Nginx:
    """Debian's nginx in the foreground as a load balancer, with its own prefix in a temporary folder.

    ``balanced`` spreads requests over every upstream port in turn; ``pinned[i]`` always goes to
    upstream ``i`` (one web host), through the same proxy headers. Each answer names its host in
    ``X-Upstream``. No access log: the balancer must not write visitors' addresses either.
    """

    def __init__(self, upstream_ports):
        self.upstream_ports = list(upstream_ports)
        self.balanced = free_port()
        self.pinned = [free_port() for _port in self.upstream_ports]
        self.folder = Path(tempfile.mkdtemp(prefix="solidarity-nginx-"))
        self.process = None

    def config(self):
        proxy = (
            "proxy_set_header Host $host; proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; "
            "proxy_set_header X-Forwarded-Proto $scheme; add_header X-Upstream $upstream_addr always;"
        )
        servers = " ".join(f"server {HOST}:{port};" for port in self.upstream_ports)
        blocks = [f"upstream web {{ {servers} }}"]
        blocks.append(f"server {{ listen {HOST}:{self.balanced}; location / {{ proxy_pass http://web; {proxy} }} }}")
        for listen, port in zip(self.pinned, self.upstream_ports, strict=True):
            blocks.append(
                f"server {{ listen {HOST}:{listen}; location / {{ proxy_pass http://{HOST}:{port}; {proxy} }} }}"
            )
        return (
            f"daemon off; pid {self.folder}/nginx.pid; error_log {self.folder}/error.log warn;\n"
            + ("user root;\n" if os.geteuid() == 0 else "")
            + "events { worker_connections 64; }\n"
            + "http { access_log off; client_max_body_size 20m; "
            + f"client_body_temp_path {self.folder}/body; proxy_temp_path {self.folder}/proxy;\n"
            + "\n".join(blocks)
            + "\n}\n"
        )

    def start(self):
        (self.folder / "nginx.conf").write_text(self.config())
        self.process = subprocess.Popen(
            [str(NGINX), "-p", str(self.folder), "-c", str(self.folder / "nginx.conf"), "-e", str(self.folder / "error.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

        def answers():
            assert self.process.poll() is None, (self.folder / "error.log").read_text(errors="replace")
            try:
                with socket.create_connection((HOST, self.balanced), timeout=1):
                    return True
            except OSError:
                return False

        wait_for(answers, "nginx listening")

    def url(self, port=None):
        return f"http://{HOST}:{port or self.balanced}"

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None
        shutil.rmtree(self.folder, ignore_errors=True)
