"""IANA time zones for venues and deadlines, as a choice list editors pick from."""

import zoneinfo
from functools import cache


@cache
def time_zone_choices() -> list[tuple[str, str]]:
    # Legacy aliases ("US/Pacific", "Etc/GMT+8") confuse editors; keep Area/City names and UTC.
    names = sorted(
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith(("Etc/", "US/", "SystemV/")) or name == "UTC"
    )
    return [(name, name.replace("_", " ")) for name in names]
