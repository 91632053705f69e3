"""
The settings a production server runs with: it refuses to start without a
real SECRET_KEY unless DEBUG is on, and with SECURE_COOKIES=1 Django's own
deployment check (`manage.py check --deploy`) finds nothing to report.

Settings are read from the environment once, when Django starts, so each
test starts `manage.py` in a new process with an environment of its own.
"""

import json
import os
import subprocess
import sys

from django.conf import settings

STRONG_KEY = "vX3q9-Lr2mT8pZ0wK5nB7cY1hJ4sD6fG2aE9uQ0iO3lR8tW5yN1kM7bV4xC6zP"
HTTPS_SETTINGS = [
    "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER",
    "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD",
    "SECURE_REFERRER_POLICY", "SECURE_CROSS_ORIGIN_OPENER_POLICY",
]


def run_django(args, tmp_path, **env):
    """Run python with ``args`` in the project, with only PATH, HOME, a throwaway database and ``env`` set."""
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "scrutiny.settings",
        **env,
    }
    return subprocess.run(
        [sys.executable, *args], cwd=settings.BASE_DIR, env=environment, capture_output=True, text=True
    )


def deploy_check(tmp_path, **env):
    return run_django(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], tmp_path, **env)


def read_settings(tmp_path, names, **env):
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {names!r}}}))"
    )
    result = run_django(["-c", code], tmp_path, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# --- SECRET_KEY ------------------------------------------------------------------


# What a web server runs: gunicorn imports the WSGI application.
START_SERVING = ["-c", "import scrutiny.wsgi"]


def test_site_refuses_to_start_without_a_secret_key_when_debug_is_off(tmp_path):
    result = run_django(START_SERVING, tmp_path)
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is not set" in result.stderr


def test_site_refuses_the_public_development_key_when_debug_is_off(tmp_path):
    result = run_django(
        START_SERVING, tmp_path,
        DEBUG="0", SECRET_KEY="scrutiny-development-only-key-change-me-in-production",
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is not set" in result.stderr


def test_site_refuses_a_short_secret_key_when_debug_is_off(tmp_path):
    result = run_django(START_SERVING, tmp_path, SECRET_KEY="short-but-not-empty-key-0123456789")
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is too weak" in result.stderr


def test_site_starts_with_a_strong_secret_key(tmp_path):
    result = run_django(START_SERVING, tmp_path, SECRET_KEY=STRONG_KEY)
    assert result.returncode == 0, result.stderr


def test_runserver_refuses_to_start_without_a_secret_key_when_debug_is_off(tmp_path):
    result = run_django(["manage.py", "runserver", "--noreload", "127.0.0.1:0"], tmp_path)
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is not set" in result.stderr


def test_management_commands_run_without_a_secret_key(tmp_path):
    """They sign nothing a visitor holds: a fresh checkout can check and make migrations."""
    assert run_django(["manage.py", "check"], tmp_path).returncode == 0
    result = run_django(["manage.py", "makemigrations", "--check", "--dry-run"], tmp_path)
    assert result.returncode == 0, result.stderr


def test_developer_machine_starts_without_a_secret_key_in_debug_mode(tmp_path):
    result = run_django(["manage.py", "check"], tmp_path, DEBUG="1")
    assert result.returncode == 0, result.stderr


# --- HTTPS and the deployment check --------------------------------------------------


def test_deploy_check_reports_nothing_with_secure_cookies_on(tmp_path):
    result = deploy_check(tmp_path, SECRET_KEY=STRONG_KEY, SECURE_COOKIES="1")
    assert result.returncode == 0, result.stdout + result.stderr
    # Only the note of which search engine runs (printed on stderr, as any message is).
    output = result.stdout + result.stderr
    assert "System check identified 1 issue" in output
    assert "(search.I001) Search runs on" in output
    assert "ERRORS" not in output
    assert "WARNINGS" not in result.stdout + result.stderr


def test_deploy_check_names_what_is_missing_without_secure_cookies(tmp_path):
    result = deploy_check(tmp_path, SECRET_KEY=STRONG_KEY)
    assert result.returncode != 0
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in result.stderr


def test_secure_cookies_turns_on_secure_cookies_redirect_and_a_year_of_hsts(tmp_path):
    values = read_settings(tmp_path, HTTPS_SETTINGS, SECRET_KEY=STRONG_KEY, SECURE_COOKIES="1")
    assert values == {
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": False,
        "SECURE_REFERRER_POLICY": "same-origin",
        "SECURE_CROSS_ORIGIN_OPENER_POLICY": "same-origin",
    }


def test_without_secure_cookies_nothing_assumes_https(tmp_path):
    values = read_settings(tmp_path, HTTPS_SETTINGS, SECRET_KEY=STRONG_KEY)
    assert values["SESSION_COOKIE_SECURE"] is False
    assert values["CSRF_COOKIE_SECURE"] is False
    assert values["SECURE_SSL_REDIRECT"] is False
    # A client could otherwise claim HTTPS with the header itself.
    assert values["SECURE_PROXY_SSL_HEADER"] is None
    assert values["SECURE_HSTS_SECONDS"] == 0


def test_hsts_age_subdomains_and_preload_can_be_set(tmp_path):
    values = read_settings(
        tmp_path, HTTPS_SETTINGS, SECRET_KEY=STRONG_KEY, SECURE_COOKIES="1",
        SECURE_HSTS_SECONDS="3600", SECURE_HSTS_INCLUDE_SUBDOMAINS="0", SECURE_HSTS_PRELOAD="1",
    )
    assert values["SECURE_HSTS_SECONDS"] == 3600
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is False
    assert values["SECURE_HSTS_PRELOAD"] is True


def test_trusted_origins_and_hosts_are_read_from_the_environment(tmp_path):
    values = read_settings(
        tmp_path, ["CSRF_TRUSTED_ORIGINS", "ALLOWED_HOSTS"], SECRET_KEY=STRONG_KEY,
        CSRF_TRUSTED_ORIGINS="https://council.example, https://www.council.example",
        ALLOWED_HOSTS="council.example",
    )
    assert values == {
        "CSRF_TRUSTED_ORIGINS": ["https://council.example", "https://www.council.example"],
        "ALLOWED_HOSTS": ["council.example"],
    }


def test_only_local_hosts_are_allowed_by_default(tmp_path):
    values = read_settings(tmp_path, ["ALLOWED_HOSTS"], SECRET_KEY=STRONG_KEY)
    assert values == {"ALLOWED_HOSTS": ["localhost", "127.0.0.1", "[::1]"]}
