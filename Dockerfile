# The site's image: a virtualenv with the requirements, the code, collected static files and a
# non-root user. It runs with a read-only root filesystem: only /app/media (a volume), /tmp (a
# tmpfs) and /dev/shm are written to. docs/deployment.md ("The Docker image") tells how to build
# and run it, also without access to an image registry (.ci/image does that).
#
# BASE_IMAGE: any Debian-like image with Python 3.11 and its venv module as `python3`, and a PATH
# (the official python:3.11-slim, or Debian bookworm with python3 and python3-venv).
ARG BASE_IMAGE=python:3.11-slim
FROM ${BASE_IMAGE}

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    VIRTUAL_ENV=/opt/venv \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    GUNICORN_WORKER_TMP_DIR=/dev/shm \
    BIND=0.0.0.0:8000
# A virtualenv whatever the base: Debian's own python3 refuses installs into the system (PEP 668).
ENV PATH="/opt/venv/bin:${PATH}"

RUN python3 -m venv /opt/venv \
    && useradd --create-home --uid 1000 --user-group --shell /usr/sbin/nologin site

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt

# The code belongs to root and is read-only for the site's user; only media is the user's.
COPY . .
# Static files are collected at build time (the key exists only for this step); the compiled
# catalogues are part of the repository; bytecode is compiled now, as nothing can write it later.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput -v0 \
    && python -m compileall -q /app \
    && mkdir -p /app/media && chown site:site /app/media \
    && chmod 0755 bin/entrypoint bin/healthcheck

USER site
EXPOSE 8000
VOLUME ["/app/media"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD ["bin/healthcheck"]
CMD ["bin/entrypoint"]
