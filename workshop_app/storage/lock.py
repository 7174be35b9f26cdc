"""Who holds a project file: a small lock file beside it, written under SQLite's exclusive lock.

SQLite's own exclusive lock is the authority on whether the file is held: the app takes it when
it opens a file and keeps it until it closes it (see ``storage/database.py``). The lock file only
says *who* holds it (user, host, since when), so that a second program can tell the user.

Whoever holds SQLite's lock therefore owns the lock file: a lock file found there at that moment
was left by a program that no longer holds the file (a crash; after a reboot its process id may
even belong to an unrelated live process) and is replaced. That includes a lock file from another
computer: a file on a USB stick cannot be held by a laptop it is no longer plugged into, and on a
network share that passes locks on, the other computer's SQLite lock keeps us out before we get
here. (On a share that does not pass locks on, SQLite cannot protect the file either way.)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
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

    @property
    def who(self) -> str:
        return f"{self.user}@{self.host}"

    @property
    def when(self) -> str:
        try:
            return dt.datetime.fromisoformat(self.since).strftime("%d-%m-%Y %H:%M")
        except ValueError:
            return self.since

    def describe(self) -> str:
        return f"{self.who}, {self.when}"


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + LOCK_SUFFIX)


def host_name() -> str:
    """This computer's name, as ``socket.gethostname()`` gives it; on POSIX from ``os.uname()``
    (the same ``gethostname`` value) so that opening a file need not import ``socket``."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "?"
    return LockInfo(
        host=host_name(),
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
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
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


def holder_of(project: Path) -> LockInfo | None:
    """Who the lock file says holds ``project``, unless it cannot be true.

    Call it only when SQLite says the file is held. A lock file written on this computer by a
    process that is gone is left over from a crash: it does not name the holder.
    """
    info = read_lock(Path(project))
    if info is None:
        return None
    if info.host == host_name() and not _process_alive(info.pid):
        return None
    return info


def locked_error(project: Path | str) -> KnownError:
    """``KnownError(LOCKED)`` for a file SQLite says is held, naming the holder when known."""
    holder = holder_of(Path(project))
    if holder is None:
        return KnownError(ErrorKind.LOCKED, project)
    return KnownError(ErrorKind.LOCKED, project, holder=holder.who, since=holder.when)


class ProjectLock:
    """The lock file of one project, written while this process holds SQLite's exclusive lock."""

    def __init__(self, project: Path, info: LockInfo) -> None:
        self.project = project
        self.info = info
        self._released = False

    @classmethod
    def take(cls, project: Path) -> ProjectLock:
        """Write our lock file, replacing any that is there.

        Call only while holding SQLite's exclusive lock on ``project``: a lock file found then
        was left by a program that no longer holds the file.
        """
        path = lock_path(project)
        me = _me()
        try:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except IsADirectoryError:
            # Not a lock file we could replace; SQLite's lock keeps others out all the same.
            return cls(project, me)
        except FileExistsError:
            # Written in between by a program that did not get SQLite's lock (another computer
            # on a share that does not pass locks on): do not fight over it.
            raise locked_error(project) from None
        except PermissionError:
            raise KnownError(ErrorKind.READ_ONLY, project) from None
        except OSError as exc:
            if exc.errno in (30,):  # EROFS
                raise KnownError(ErrorKind.READ_ONLY, project) from None
            raise KnownError(ErrorKind.IO_FAILURE, project) from None
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(me.__dict__, fh)
        return cls(project, me)

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        current = read_lock(self.project)
        if current is not None and current.pid == self.info.pid and current.host == self.info.host:
            with contextlib.suppress(OSError):
                lock_path(self.project).unlink()
