"""
The settings a production server runs with: it refuses to start without a
real SECRET_KEY unless DEBUG is on.

Settings are read from the environment once, when Django starts, so each
test starts `manage.py` in a new process with an environment of its own.
"""

import os
import subprocess
import sys

from django.conf import settings

STRONG_KEY = "vX3q9-Lr2mT8pZ0wK5nB7cY1hJ4sD6fG2aE9uQ0iO3lR8tW5yN1kM7bV4xC6zP"


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


# --- SECRET_KEY ------------------------------------------------------------------


def test_site_refuses_to_start_without_a_secret_key_when_debug_is_off(tmp_path):
    result = run_django(["manage.py", "check"], tmp_path)
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is not set" in result.stderr


def test_site_refuses_the_public_development_key_when_debug_is_off(tmp_path):
    result = run_django(
        ["manage.py", "check"], tmp_path,
        DEBUG="0", SECRET_KEY="scrutiny-development-only-key-change-me-in-production",
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is not set" in result.stderr


def test_site_refuses_a_short_secret_key_when_debug_is_off(tmp_path):
    result = run_django(["manage.py", "check"], tmp_path, SECRET_KEY="short-but-not-empty-key-0123456789")
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is too weak" in result.stderr


def test_site_starts_with_a_strong_secret_key(tmp_path):
    result = run_django(["manage.py", "check"], tmp_path, SECRET_KEY=STRONG_KEY)
    assert result.returncode == 0, result.stderr


def test_developer_machine_starts_without_a_secret_key_in_debug_mode(tmp_path):
    result = run_django(["manage.py", "check"], tmp_path, DEBUG="1")
    assert result.returncode == 0, result.stderr
