"""Runs a command with a pseudo-terminal as its standard output and error, as a person's shell would, and prints
what the terminal received (bytes, as Python's repr-free raw form) so tests can look for progress lines and colour.
Usage: run_in_terminal.py DIRECTORY COMMAND [ARGS...]; the command's exit status is this script's exit status."""
import os
import pty
import subprocess
import sys

directory, command = sys.argv[1], sys.argv[2:]
master, slave = pty.openpty()
process = subprocess.Popen(command, cwd=directory, stdin=slave, stdout=slave, stderr=slave, close_fds=True)
os.close(slave)
received = bytearray()
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO: the terminal's other end has closed
        break
    if not chunk:
        break
    received += chunk
status = process.wait()
sys.stdout.buffer.write(bytes(received))
sys.exit(status)
