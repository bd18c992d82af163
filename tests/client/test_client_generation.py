"""scripts/generate_client.py: the freshness gate catches a stale client, and `generate` brings it back in line.

Each test works on copies (spec and client tree in tmp_path), never on the committed files.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def script(tmp_path, monkeypatch):
    """The script as a module, pointed at a copy of the spec and of the committed client."""
    spec = importlib.util.spec_from_file_location("generate_client", ROOT / "scripts" / "generate_client.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "SPEC", tmp_path / "openapi.yaml")
    monkeypatch.setattr(module, "TARGET", tmp_path / "generated" / "mautic-hooks-client")
    monkeypatch.setattr(module, "ROOT", tmp_path)
    shutil.copy(ROOT / "openapi.yaml", module.SPEC)
    shutil.copytree(ROOT / "generated" / "mautic-hooks-client", module.TARGET)
    return module


def test_one_word_spec_change_fails_the_gate_until_regenerated(script, capsys):
    spec_text = script.SPEC.read_text()
    assert "summary: List webhooks\n" in spec_text
    script.SPEC.write_text(spec_text.replace("summary: List webhooks\n", "summary: List hooks\n"))

    assert script.main(["generate_client.py", "check"]) == 1
    report = capsys.readouterr().out
    assert "differs: mautic_hooks_client/api/hooks/list_hooks.py" in report
    assert '-    """List webhooks' in report and '+    """List hooks' in report
    assert "Run `make generate`" in report

    assert script.main(["generate_client.py", "generate"]) == 0
    assert script.main(["generate_client.py", "check"]) == 0
    assert "is up to date" in capsys.readouterr().out


def test_leftovers_from_pip_or_python_do_not_count_as_differences(script):
    (script.TARGET / "mautic_hooks_client" / "__pycache__").mkdir()
    (script.TARGET / "mautic_hooks_client" / "__pycache__" / "client.cpython-311.pyc").write_bytes(b"\0")
    (script.TARGET / "mautic_hooks_client.egg-info").mkdir()
    (script.TARGET / "mautic_hooks_client.egg-info" / "PKG-INFO").write_text("Name: mautic-hooks-client\n")
    assert script.main(["generate_client.py", "check"]) == 0


def test_a_stale_extra_file_fails_the_gate(script, capsys):
    (script.TARGET / "mautic_hooks_client" / "models" / "old_model.py").write_text("class OldModel: ...\n")
    assert script.main(["generate_client.py", "check"]) == 1
    assert (
        "only in the committed client (stale): mautic_hooks_client/models/old_model.py"
        in capsys.readouterr().out
    )


def test_generator_style_names_are_rejected(script, tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    (models / "hook_list_hooks_type_0.py").write_text("class HookListHooksType0:\n    pass\n")
    with pytest.raises(script.GenerationError, match="HookListHooksType0.*class_overrides"):
        script.check_readable_names(models)


def test_committed_models_have_readable_names(script):
    script.check_readable_names(ROOT / "generated" / "mautic-hooks-client" / "mautic_hooks_client" / "models")
