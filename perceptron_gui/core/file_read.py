"""Read a file whole, safely: only a regular file, only up to a size limit, never blocking."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

NOT_A_FILE = "not a regular file (a folder, a pipe or a device)"


class FileTooLarge(OSError):
    """The file holds more than the limit; `size` is its size, or at least the bytes seen."""

    def __init__(self, size: int) -> None:
        super().__init__(errno.EFBIG, f"{size} bytes")
        self.size = size


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file `path`, or OSError (FileTooLarge beyond `max_bytes`).

    A FIFO, a device (/dev/zero never ends) or a folder is refused before anything is read: the
    file is checked before opening, and again once open, since it could be swapped in between.
    It is opened non-blocking, so a FIFO with no writer cannot hang the open, and at most
    `max_bytes` + 1 bytes are read, so a file that grows (or reports size 0, as /proc files do)
    is refused too.
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OSError(errno.EINVAL, NOT_A_FILE)
    non_blocking = getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, os.O_RDONLY | non_blocking | getattr(os, "O_BINARY", 0))
    with open(fd, "rb") as f:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, NOT_A_FILE)
        if info.st_size > max_bytes:
            raise FileTooLarge(info.st_size)
        if non_blocking:
            os.set_blocking(fd, True)
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FileTooLarge(len(data))
    return data
