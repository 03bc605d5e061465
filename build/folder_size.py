"""Bytes in a folder (files, not following links), like GNU `du -sb`, on Linux, macOS and Windows alike."""

import os
import sys


def folder_size(root: str) -> int:
    total = 0
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            if not os.path.islink(path):
                total += os.path.getsize(path)
    return total


if __name__ == "__main__":
    print(folder_size(sys.argv[1]))
