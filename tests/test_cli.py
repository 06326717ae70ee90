"""`tdkt --help` lists the TĐKT commands first, each with its Vietnamese summary, and every
option of every TĐKT command says in Vietnamese what it does."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

from django.core.management import BaseCommand, load_command_class

from tdkt.cli import project_commands

VIETNAMESE = re.compile(
    r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I
)


def test_help_lists_tdkt_commands_before_djangos() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tdkt.cli", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = result.stdout.splitlines()
    commands = project_commands()
    assert {"loaddemo", "gendata", "eligibility", "audit", "token"} <= set(commands)
    django_first = lines.index(next(line for line in lines if line.strip() == "migrate"))
    for name, app in commands.items():
        summary = load_command_class(app, name).help.strip().splitlines()[0]
        [line] = [i for i, text in enumerate(lines) if text.split()[:1] == [name]]
        assert line < django_first and summary in lines[line], name
        assert VIETNAMESE.search(summary), name


def _actions(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.Action]]:
    found: list[tuple[str, argparse.Action]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                found += [(f"{sub_name} {n}", a) for n, a in _actions(sub)]
        found.append((action.dest, action))
    return found


def test_every_tdkt_command_option_has_vietnamese_help() -> None:
    # Django's own options (--verbosity, --settings, …) come from BaseCommand, in English.
    django_own = {a.dest for a in BaseCommand().create_parser("tdkt", "x")._actions}
    missing = []
    for name, app in sorted(project_commands().items()):
        parser = load_command_class(app, name).create_parser("tdkt", name)
        for label, action in _actions(parser):
            if action.dest in django_own:
                continue
            if not action.help or not VIETNAMESE.search(action.help):
                missing.append(f"tdkt {name}: {label}")
    assert missing == []
