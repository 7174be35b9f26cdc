"""One program per project file: a small lock file beside it, plus SQLite's exclusive lock.

The lock file says who holds the project (host, user, since when) so a second instance can tell
the user; SQLite's own exclusive lock is the authority on the local machine. A lock file left by
a crashed process is stale: on the same host its process is gone, elsewhere SQLite's lock is free.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from workshop_app.errors import ErrorKind, KnownError

LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class LockInfo:
    host: str
    user: str
    pid: int
    since: str  # ISO time, local

    def describe(self) -> str:
        try:
            when = dt.datetime.fromisoformat(self.since).strftime("%d-%m-%Y %H:%M")
        except ValueError:
            when = self.since
        return f"{self.user}@{self.host}, {when}"


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + LOCK_SUFFIX)


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "?"
    return LockInfo(
        host=socket.gethostname(),
        user=user,
        pid=os.getpid(),
        since=dt.datetime.now().isoformat(timespec="seconds"),
    )


def read_lock(project: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(project).read_text(encoding="utf-8"))
        return LockInfo(
            host=str(data["host"]),
            user=str(data["user"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


class ProjectLock:
    """Holds the lock file of one project while it is open for writing."""

    def __init__(self, project: Path, info: LockInfo) -> None:
        self.project = project
        self.info = info
        self._released = False

    @classmethod
    def acquire(cls, project: Path, *, sqlite_lock_free: bool | None = None) -> ProjectLock:
        """Take the lock or raise ``KnownError(LOCKED)`` naming the holder.

        ``sqlite_lock_free`` says whether SQLite's exclusive lock could be taken (None: unknown);
        it decides about lock files written on other hosts.
        """
        path = lock_path(project)
        me = _me()
        for _attempt in range(2):
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_lock(project)
                if holder is not None and holder.pid == me.pid and holder.host == me.host:
                    raise KnownError(ErrorKind.LOCKED, project, holder=holder.describe()) from None
                if holder is not None and not cls._stale(holder, me, sqlite_lock_free):
                    raise KnownError(ErrorKind.LOCKED, project, holder=holder.describe()) from None
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()  # stale: its process is gone
                continue
            except PermissionError:
                raise KnownError(ErrorKind.READ_ONLY, project) from None
            except OSError as exc:
                if exc.errno in (30,):  # EROFS
                    raise KnownError(ErrorKind.READ_ONLY, project) from None
                raise KnownError(ErrorKind.IO_FAILURE, project) from None
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(me.__dict__, fh)
            return cls(project, me)
        raise KnownError(ErrorKind.LOCKED, project, holder="?")

    @staticmethod
    def _stale(holder: LockInfo, me: LockInfo, sqlite_lock_free: bool | None) -> bool:
        if holder.host == me.host:
            return not _process_alive(holder.pid)
        return bool(sqlite_lock_free)

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        current = read_lock(self.project)
        if current is not None and current.pid == self.info.pid and current.host == self.info.host:
            with contextlib.suppress(OSError):
                lock_path(self.project).unlink()
