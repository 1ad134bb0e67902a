"""Small network checks that give a person a clear message instead of a traceback."""

from __future__ import annotations

import errno
import socket


class PortInUseError(Exception):
    """A port we must listen on is taken; the message names the setting that moves it."""


def ensure_port_free(host: str, port: int, setting: str) -> None:
    """Raise PortInUseError when nothing can listen on host:port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                env = "TERVEYSAULA_" + setting.upper().replace(".", "__")
                raise PortInUseError(
                    f"port {port} on {host} is already in use (is another Terveysaula or "
                    f"homeserver running?). Stop it, or choose another port with {setting} "
                    f"in config.yaml or {env}."
                ) from None
            raise PortInUseError(f"cannot listen on {host}:{port} ({setting}): {err}") from None
