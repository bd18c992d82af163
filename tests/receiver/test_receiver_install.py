"""`pip install ./generated/mautic-hooks-client ./receiver` gives a working kit in a venv that has never seen it.

As in tests/client/test_client_install.py, pip builds both with build isolation (setuptools from the configured
index), and the throw-away venv borrows the third-party dependencies from the project venv through a .pth file,
so the install itself is --no-deps.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from deliveries import all_deliveries

ROOT = Path(__file__).resolve().parents[2]
USE_IT = """
import sys, mautic_hooks_receiver
from mautic_hooks_receiver import parse, verify
assert mautic_hooks_receiver.__file__.startswith(sys.prefix), mautic_hooks_receiver.__file__
body = open(sys.argv[1], "rb").read()
assert verify(body, sys.argv[2], sys.argv[3])
print(type(parse(body)[0].model).__name__)
from mautic_hooks_receiver.inbox import open_inbox  # the inbox subpackage is installed too
inbox = open_inbox("sqlite:///" + sys.argv[1] + ".inbox")
assert inbox.store_many([body, body]) == [True, False]
print(inbox.status().queued)
"""


def run(*command: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_pip_install_of_client_and_receiver_into_a_clean_venv(tmp_path: Path) -> None:
    sources = []
    for folder in (ROOT / "generated" / "mautic-hooks-client", ROOT / "receiver"):
        copy = tmp_path / folder.name  # a copy: pip builds in place and would leave build/ behind
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
        sources.append(str(copy))
    venv.create(tmp_path / "venv", with_pip=False)
    python = str(tmp_path / "venv" / "bin" / "python")
    site_packages = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip()
    Path(site_packages, "project-venv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    run(sys.executable, "-m", "pip", "--python", python, "--disable-pip-version-check", "install", "--quiet",
        "--no-deps", *sources)  # fmt: skip

    delivery = next(d for d in all_deliveries() if d.file == "mautic.page_on_hit.json")
    body = tmp_path / "body.json"
    body.write_bytes(delivery.raw_body)
    used = run(python, "-c", USE_IT, str(body), delivery.headers["Webhook-Signature"], delivery.secret)
    assert used.split() == ["WebhookPageHitEvent", "1"]
