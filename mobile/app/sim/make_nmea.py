#!/usr/bin/env python3
"""Writes shanghai-drive.nmea: a technician driving from Jing'an to Century Ave, Pudong
(two of the demo company's sites), one fix a second, then parked at the site.

The app plays it with `--nmea mobile/app/sim/shanghai-drive.nmea` through Qt
Positioning's NMEA plugin, so desktops, the demo and tests use the real position path.
Regenerate with: python3 make_nmea.py > shanghai-drive.nmea
"""
import math

START = (31.2290, 121.4590)  # 500 Nanjing Rd W, Jing'an
END = (31.2353, 121.5068)    # 88 Century Ave, Pudong
DRIVE_S, PARKED_S = 240, 360


def checksum(body):
    c = 0
    for ch in body:
        c ^= ord(ch)
    return f"${body}*{c:02X}"


def dm(value, positive, negative, width):
    hemi = positive if value >= 0 else negative
    value = abs(value)
    degrees = int(value)
    minutes = (value - degrees) * 60
    return f"{degrees:0{width}d}{minutes:07.4f}", hemi


def sentences(t, lat, lon, speed_knots, course):
    hh, mm, ss = 9 + t // 3600, (t // 60) % 60, t % 60
    clock = f"{hh:02d}{mm:02d}{ss:02d}.00"
    la, ns = dm(lat, "N", "S", 2)
    lo, ew = dm(lon, "E", "W", 3)
    yield checksum(f"GPRMC,{clock},A,{la},{ns},{lo},{ew},{speed_knots:.1f},{course:.1f},010326,,,A")
    yield checksum(f"GPGGA,{clock},{la},{ns},{lo},{ew},1,09,0.9,12.0,M,9.0,M,,")
    # GST: 1-sigma errors in metres, which Qt reports as horizontal accuracy.
    yield checksum(f"GPGST,{clock},2.1,6.0,4.0,0.0,6.0,6.0,9.0")


def main():
    course = math.degrees(math.atan2(END[1] - START[1], END[0] - START[0])) % 360
    for t in range(DRIVE_S + PARKED_S):
        f = min(t / DRIVE_S, 1.0)
        lat = START[0] + (END[0] - START[0]) * f
        lon = START[1] + (END[1] - START[1]) * f
        moving = t < DRIVE_S
        for line in sentences(t, lat, lon, 37.0 if moving else 0.0, course):
            print(line)


if __name__ == "__main__":
    main()
