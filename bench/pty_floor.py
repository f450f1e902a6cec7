"""The floor under the headless benchmark: the same pty and pyserial read loop
as the modem source, printing one JSON line per NAME line - no parser, no
lookup, no database. `telephony_bench` runs it in the same run as `calls
listen`, so the two figures compare on one machine state.

    python -m bench.pty_floor PORT
"""

from __future__ import annotations

import json
import sys

import serial


def main() -> None:
    ser = serial.serial_for_url(sys.argv[1], baudrate=115200, timeout=0.5)
    buf = b""
    n = 0
    while True:
        data = ser.read(ser.in_waiting or 1)
        if data and ser.in_waiting:
            data += ser.read(ser.in_waiting)
        buf += data
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            text = line.strip().decode(errors="replace")
            if text.upper().startswith("AT"):
                continue
            if text.startswith("NAME"):
                n += 1
                print(json.dumps({"event": "identified", "name": text.partition("=")[2].strip()}),
                      flush=True)
                print(json.dumps({"event": "ended", "n": n}), flush=True)


if __name__ == "__main__":
    main()
