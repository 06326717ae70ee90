"""Django settings for TĐKT, read from environment variables (see docs/operations.md).

Development defaults are safe to run on a laptop; ``TDKT_ENV=production`` switches on every
transport and cookie protection and refuses to start without a real secret key.
"""

from __future__ import annotations

from pathlib import Path

from tdkt.env import ConfigError, database_from_url, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent

TDKT_ENV = env_str("TDKT_ENV", "development")
if TDKT_ENV not in {"development", "production", "test"}:
    raise ConfigError(f"TDKT_ENV={TDKT_ENV!r}: cần development, production hoặc test.")
PRODUCTION = TDKT_ENV == "production"

# Off unless a developer asks (TDKT_DEBUG=1): `make run` must show what production shows — the
# Vietnamese 404 and 500 pages, never Django's debug pages listing every URL and setting.
DEBUG = env_bool("TDKT_DEBUG", False)
_DEV_SECRET = "dev-only-secret-key-not-for-production-use-0123456789abcdef"  # noqa: S105
SECRET_KEY = env_str("TDKT_SECRET_KEY", None if PRODUCTION else _DEV_SECRET)
if PRODUCTION and (len(SECRET_KEY) < 50 or SECRET_KEY == _DEV_SECRET):
    raise ConfigError("TDKT_SECRET_KEY: cần một khóa bí mật ngẫu nhiên dài ít nhất 50 ký tự.")

# With DEBUG off Django no longer allows the local names by itself; development lists them.
ALLOWED_HOSTS = env_list(
    "TDKT_ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]"]
)
CSRF_TRUSTED_ORIGINS = env_list("TDKT_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Serves the interactive API docs from bundled files (no CDN: government networks are closed).
    "ninja",
    "tdkt.core",
    "tdkt.web",
    "tdkt.audit",
    "tdkt.units",
    "tdkt.blocs",
    "tdkt.people",
    "tdkt.access",
    "tdkt.records",
    "tdkt.verdicts",
    "tdkt.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "tdkt.web.middleware.RequestIdMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "tdkt.web.middleware.VietnameseFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "tdkt.web.urls"
WSGI_APPLICATION = "tdkt.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tdkt.access.context_processors.access",
            ],
        },
    }
]

# --- Database -----------------------------------------------------------------------------
# SQLite (WAL, immediate transactions so that concurrent writers queue instead of failing) is
# the embedded default; TDKT_DATABASE_URL switches to PostgreSQL, the production database.
_db_url = env_str("TDKT_DATABASE_URL", "")
if _db_url:
    DATABASES = {"default": database_from_url(_db_url)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env_str("TDKT_SQLITE_PATH", str(PROJECT_DIR / "var" / "tdkt.sqlite3")),
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                ),
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Authentication and sessions ------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "access:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:home"
# Login throttling: this many failures for one user name (or one address) inside the window
# lock further attempts until the window has passed.
TDKT_LOGIN_MAX_FAILURES = env_int("TDKT_LOGIN_MAX_FAILURES", 5)
TDKT_LOGIN_WINDOW_SECONDS = env_int("TDKT_LOGIN_WINDOW_SECONDS", 15 * 60)

SESSION_COOKIE_AGE = env_int("TDKT_SESSION_SECONDS", 8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("TDKT_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("TDKT_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    # The reverse proxy terminates TLS and sets this header (docs/operations.md).
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- Language, time, formats -----------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "d/m/Y H:i"
SHORT_DATE_FORMAT = "d/m/Y"
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
FORMAT_MODULE_PATH = ["tdkt.formats"]

# --- Static files -------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("TDKT_STATIC_ROOT", str(PROJECT_DIR / "var" / "static")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# --- Logs -----------------------------------------------------------------------------------
# Everything goes to stderr, one record a line, for the service manager (systemd's journal,
# the container runtime) to collect and ship (docs/operations.md). JSON in production or with
# TDKT_LOG_FORMAT=json; a readable line otherwise. Every record carries the request id, user
# and job id (tdkt/core/logs.py).
TDKT_LOG_FORMAT = env_str("TDKT_LOG_FORMAT", "json" if PRODUCTION else "text")
if TDKT_LOG_FORMAT not in {"json", "text"}:
    raise ConfigError(f"TDKT_LOG_FORMAT={TDKT_LOG_FORMAT!r}: cần json hoặc text.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"context": {"()": "tdkt.core.logs.ContextFilter"}},
    "formatters": {
        "json": {"()": "tdkt.core.logs.JsonFormatter"},
        "text": {
            "()": "tdkt.core.logs.TextFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(context)s%(message)s",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": TDKT_LOG_FORMAT,
            "filters": ["context"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("TDKT_LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own defaults print to a DEBUG-only console and mail admins; here its records
        # (django.request: every unhandled error with its traceback) reach the one handler.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        # Django logs each 4xx response again (and runserver each request) after the response
        # has left the middleware, so without request id or user: tdkt.request's line says it
        # already. Errors stay: django.request logs every unhandled one with its traceback.
        "django.request": {"handlers": [], "level": "ERROR", "propagate": True},
        "django.server": {"handlers": [], "level": "ERROR", "propagate": True},
    },
}

# Eligibility policies (tdkt/eligibility/policy.py, docs/eligibility.md): a JSON object of
# overrides, e.g. {"regime_basis": "dossier_date"}. Empty means the documented defaults.
TDKT_ELIGIBILITY_POLICY = env_str("TDKT_ELIGIBILITY_POLICY", "{}")

# Run import jobs inside the request instead of a background thread (tests, tools).
TDKT_JOBS_INLINE = env_bool("TDKT_JOBS_INLINE", False)

# Page size of every list page and API list.
TDKT_PAGE_SIZE = env_int("TDKT_PAGE_SIZE", 50)
