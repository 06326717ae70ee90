"""The ``tdkt`` console command for operators: Django's manage.py under the product's name,
with the TĐKT commands and their Vietnamese help listed first in ``tdkt --help``."""

from __future__ import annotations

import os
import sys
from collections import defaultdict

from django.core.management import ManagementUtility, get_commands, load_command_class
from django.core.management.color import color_style

from tdkt.core.context import process_request_id, set_request_id


def project_commands() -> dict[str, str]:
    """The commands of the TĐKT apps (name → app), whichever apps are installed."""
    return {name: app for name, app in get_commands().items() if app.startswith("tdkt.")}


class TdktUtility(ManagementUtility):
    def main_help_text(self, commands_only: bool = False) -> str:
        if commands_only:
            return str(super().main_help_text(commands_only=True))
        style = color_style()
        ours = project_commands()
        width = max((len(name) for name in ours), default=0)
        lines = [
            "",
            f"Gõ '{self.prog_name} help <lệnh>' để xem hướng dẫn và các tùy chọn của một lệnh.",
            "",
            style.NOTICE("Lệnh TĐKT:"),
        ]
        for name in sorted(ours):
            summary = load_command_class(ours[name], name).help.strip().splitlines()
            lines.append(f"    {name:<{width}}  {summary[0] if summary else ''}")
        lines += ["", style.NOTICE("Lệnh của Django (tiếng Anh):")]
        by_app: dict[str, list[str]] = defaultdict(list)
        for name, app in get_commands().items():
            if name not in ours:
                by_app["django" if app == "django.core" else app.rpartition(".")[-1]].append(name)
        for app in sorted(by_app):
            lines += ["", style.NOTICE(f"[{app}]")]
            lines += [f"    {name}" for name in sorted(by_app[app])]
        if self.settings_exception is not None:
            lines.append(
                style.NOTICE(
                    f"Chỉ liệt kê lệnh của Django vì thiết lập bị lỗi: {self.settings_exception}"
                )
            )
        return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tdkt.settings")
    # One id for the whole run: every audit event and log line of this command shares it.
    set_request_id(process_request_id())
    TdktUtility(["tdkt", *(sys.argv[1:] if argv is None else argv)]).execute()


if __name__ == "__main__":
    main()
