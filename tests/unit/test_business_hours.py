"""The phone line's opening hours (bot/rules/business_hours.py): Mon-Fri 9:00-18:00 Paris
time, closed on French public holidays, all of it settings."""

from __future__ import annotations

import os
from unittest import mock

import pytest

from bot.config import Settings
from bot.rules.business_hours import is_open, line_status, opening_text
from tests.helpers import utc

S = Settings()


@pytest.mark.parametrize("now,is_open_now,next_local", [
    (utc(2026, 3, 2, 8, 0), True, None),                     # Monday 9:00 Paris (winter time): opens
    (utc(2026, 3, 2, 16, 59), True, None),                   # Monday 17:59
    (utc(2026, 3, 2, 17, 0), False, "2026-03-03T09:00:00+01:00"),  # 18:00 sharp: closed until tomorrow
    (utc(2026, 7, 1, 7, 0), True, None),                     # Wednesday 9:00 Paris (summer time, UTC+2)
    (utc(2026, 7, 1, 6, 59), False, "2026-07-01T09:00:00+02:00"),
    (utc(2026, 11, 28, 22, 0), False, "2026-11-30T09:00:00+01:00"),  # Saturday night
    (utc(2026, 5, 13, 17, 0), False, "2026-05-15T09:00:00+02:00"),   # eve of Ascension 2026 (14 May)
    (utc(2026, 12, 24, 17, 30), False, "2026-12-28T09:00:00+01:00"),  # Christmas, then the weekend
    (utc(2027, 3, 26, 18, 0), False, "2027-03-30T09:00:00+02:00"),   # Easter Monday 2027 (29 March)
])
def test_default_hours_and_french_holidays(now, is_open_now, next_local):
    d = is_open(now, S)
    assert d.open is is_open_now
    assert (d.next_opening.isoformat() if d.next_opening else None) == next_local


def test_open_tells_when_it_closes():
    d = is_open(utc(2026, 3, 2, 10, 0), S)
    assert d.closes_at.isoformat() == "2026-03-02T18:00:00+01:00"


def test_settings_from_the_environment():
    env = {"PHONE_DAYS": "sat,sun", "PHONE_OPENS": "10:30", "PHONE_CLOSES": "12:00", "PHONE_HOLIDAYS": "none",
           "PHONE_TIMEZONE": "America/New_York"}
    with mock.patch.dict(os.environ, env):
        s = Settings().validate()
    assert s.phone_days == ("sat", "sun") and s.phone_holidays == ()
    assert is_open(utc(2026, 11, 28, 15, 45), s).open  # Saturday 10:45 in New York
    assert is_open(utc(2026, 11, 30, 15, 45), s).next_opening.isoformat() == "2026-12-05T10:30:00-05:00"
    with mock.patch.dict(os.environ, {"PHONE_DAYS": "all", "PHONE_OPENS": "00:00", "PHONE_CLOSES": "24:00"}):
        with pytest.raises(SystemExit, match="PHONE_DAYS"):
            Settings().validate()
    for bad in ({"PHONE_OPENS": "9h"}, {"PHONE_CLOSES": "08:00"}, {"PHONE_TIMEZONE": "Mars/Olympus"},
                {"PHONE_HOLIDAYS": "2026-13-01"}):
        with mock.patch.dict(os.environ, bad), pytest.raises(SystemExit, match="Phone line hours"):
            Settings().validate()


def test_always_open_line():
    with mock.patch.dict(os.environ, {"PHONE_DAYS": "mon,tue,wed,thu,fri,sat,sun", "PHONE_OPENS": "00:00",
                                      "PHONE_CLOSES": "24:00", "PHONE_HOLIDAYS": "none"}):
        s = Settings().validate()
    assert is_open(utc(2026, 12, 25, 2, 0), s).open and is_open(utc(2026, 12, 27, 22, 59), s).open


def test_opening_text_in_both_languages():
    now = utc(2026, 11, 28, 22, 0)
    nxt = is_open(now, S).next_opening
    assert opening_text(nxt, "fr", now) == "lundi 30 novembre à 9 h 00"
    assert opening_text(nxt, "en", now) == "Monday 30 November at 9:00"
    friday_night = utc(2026, 12, 3, 20, 0)
    assert line_status(friday_night, S, "fr")["opens_text"] == "demain à 9 h 00"
    assert line_status(friday_night, S, "en") == {"open": False, "next_opening": "2026-12-04T09:00:00+01:00",
                                                  "opens_text": "tomorrow at 9:00", "closes_at": None}
    jan = is_open(utc(2026, 12, 31, 18, 0), S).next_opening  # 1 January is a holiday
    assert opening_text(jan, "fr") == "lundi 4 janvier à 9 h 00"
    feb = is_open(utc(2027, 1, 29, 18, 0), S).next_opening  # Friday evening -> Monday 1 February
    assert opening_text(feb, "fr") == "lundi 1er février à 9 h 00"
