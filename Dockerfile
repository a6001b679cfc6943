FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PORT=8000

WORKDIR /app
RUN useradd --create-home --uid 1000 site

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY --chown=site:site . .
# Static files are collected at build time; the key below exists only for this step.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput \
    && mkdir -p /app/media && chown site:site /app/media

USER site
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz/').status != 200)"
CMD ["bin/entrypoint"]
