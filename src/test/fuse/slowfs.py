#!/usr/bin/python3
"""A read-only FUSE pass-through that answers each metadata call after a delay, as a network share does.

    /usr/bin/python3 slowfs.py MOUNTPOINT -o root=SOURCE,delay_ms=1[,fail=TEXT] -f

Every getattr, readdir, readlink and access sleeps delay_ms before it answers (file data is not delayed).
With fail=TEXT, any path containing TEXT answers getattr and readdir with EIO: a share whose server errs
on some folders. The kernel is told to cache nothing (attr_timeout=0 and entry_timeout=0 are passed by the
caller), so every stat of the walk reaches this process. Multithreaded: calls sleep side by side.
"""
import errno
import os
import sys
import time

import fuse
from fuse import Fuse

fuse.fuse_python_api = (0, 2)


class SlowFS(Fuse):
    def __init__(self, *args, **kw):
        Fuse.__init__(self, *args, **kw)
        self.root = '/'
        self.delay_ms = '1'
        self.fail = ''

    def _wait(self, path):
        time.sleep(self.delay) if self.delay > 0 else None
        if self.fail and self.fail in path:
            return -errno.EIO
        return None

    def _real(self, path):
        return self.root + path

    def getattr(self, path):
        bad = self._wait(path)
        return bad if bad else os.lstat(self._real(path))

    def readlink(self, path):
        self._wait('')
        return os.readlink(self._real(path))

    def readdir(self, path, offset):
        if self._wait(path):
            return -errno.EIO
        return [fuse.Direntry(e) for e in os.listdir(self._real(path))]

    def access(self, path, mode):
        self._wait('')
        if not os.access(self._real(path), mode):
            return -errno.EACCES
        return None

    def statfs(self):
        return os.statvfs(self.root)

    def open(self, path, flags):
        if flags & (os.O_WRONLY | os.O_RDWR):
            return -errno.EROFS
        return None

    def read(self, path, size, offset):
        fd = os.open(self._real(path), os.O_RDONLY)
        try:
            return os.pread(fd, size, offset)
        finally:
            os.close(fd)


def main():
    server = SlowFS(version='%prog ' + fuse.__version__, usage=Fuse.fusage, dash_s_do='setsingle')
    server.multithreaded = True
    server.parser.add_option(mountopt='root', metavar='PATH', default='/')
    server.parser.add_option(mountopt='delay_ms', metavar='MS', default='1')
    server.parser.add_option(mountopt='fail', metavar='TEXT', default='')
    server.parse(values=server, errex=1)
    server.root = os.path.abspath(server.root).rstrip('/')
    server.delay = float(server.delay_ms) / 1000.0
    server.main()


if __name__ == '__main__':
    sys.exit(main())
