"""Grace period rules (bot/core/grace.py): the deadline is fixed once, at the first login on
or after 2024-05-01 (Paris), + 28 days of Paris wall-clock time."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.config import Settings
from bot.models import User
from bot.core.grace import deadline_local_date, fix_deadline, grace_of, rollout_start
from tests.helpers import paris, utc

S = Settings(database_url="sqlite://", signing_key="k", support_token="s", agent_token="a")


def fresh() -> User:
    return User(email="g@x.io", grace_deadline=None, first_login_at=None)


def test_rollout_starts_at_midnight_paris():
    assert rollout_start(S) == paris(2024, 5, 1, 0, 0)
    assert rollout_start(S) == utc(2024, 4, 30, 22, 0)


@pytest.mark.parametrize("now", [utc(2024, 4, 30, 21, 59, 59), paris(2024, 4, 30, 23, 59, 59), utc(2023, 1, 1)])
def test_login_before_rollout_fixes_nothing(now):
    u = fresh()
    fix_deadline(u, now, S)
    assert u.grace_deadline is None and u.first_login_at is None
    g = grace_of(u, now, S)
    assert not g.mandatory and not g.expired and g.deadline is None and g.days_left is None
    assert not g.can_postpone


def test_first_login_at_rollout_midnight_fixes_deadline():
    u = fresh()
    now = paris(2024, 5, 1, 0, 0)
    fix_deadline(u, now, S)
    assert u.first_login_at == now
    assert u.grace_deadline == paris(2024, 5, 29, 0, 0)
    assert deadline_local_date(u, S) == "2024-05-29"


def test_deadline_is_28_days_and_boundary():
    u = fresh()
    first = paris(2024, 6, 3, 9, 30)
    fix_deadline(u, first, S)
    deadline = paris(2024, 7, 1, 9, 30)
    assert u.grace_deadline == deadline
    g = grace_of(u, first, S)
    assert g.mandatory and not g.expired and g.can_postpone and g.days_left == 28
    last = first + timedelta(days=27, hours=23, minutes=59, seconds=59)
    g = grace_of(u, last, S)
    assert not g.expired and g.can_postpone and g.days_left == 1
    g = grace_of(u, first + timedelta(days=28), S)
    assert g.expired and not g.can_postpone and g.days_left == 0
    g = grace_of(u, first + timedelta(days=40), S)
    assert g.expired and not g.can_postpone and g.days_left == 0


@pytest.mark.parametrize("elapsed,left", [
    (timedelta(0), 28), (timedelta(seconds=1), 28), (timedelta(days=1), 27), (timedelta(days=1, seconds=1), 27),
    (timedelta(days=20), 8), (timedelta(days=27), 1), (timedelta(days=27, hours=12), 1),
])
def test_days_left(elapsed, left):
    u = fresh()
    first = paris(2024, 6, 3, 9, 30)
    fix_deadline(u, first, S)
    assert grace_of(u, first + elapsed, S).days_left == left


def test_dst_autumn_keeps_paris_wall_clock():
    # 27 Oct 2024: Paris goes from UTC+2 to UTC+1 inside the period
    u = fresh()
    first = paris(2024, 10, 10, 10, 0)
    assert first == utc(2024, 10, 10, 8, 0)
    fix_deadline(u, first, S)
    assert u.grace_deadline == utc(2024, 11, 7, 9, 0)  # 10:00 Paris, not 09:00 Paris
    assert u.grace_deadline == paris(2024, 11, 7, 10, 0)
    assert deadline_local_date(u, S) == "2024-11-07"
    # a naive "+ 28 * 24 h" would have expired at 08:00 UTC
    assert grace_of(u, utc(2024, 11, 7, 8, 59, 59), S).can_postpone
    assert grace_of(u, utc(2024, 11, 7, 8, 0), S).days_left == 1
    assert grace_of(u, utc(2024, 11, 7, 9, 0), S).expired
    assert grace_of(u, first, S).days_left == 28


def test_dst_spring_keeps_paris_wall_clock():
    # 31 Mar 2024... and 30 Mar 2025: Paris goes from UTC+1 to UTC+2 inside the period
    u = fresh()
    first = paris(2025, 3, 10, 10, 0)
    fix_deadline(u, first, S)
    assert u.grace_deadline == utc(2025, 4, 7, 8, 0)
    assert grace_of(u, utc(2025, 4, 7, 7, 59, 59), S).can_postpone
    assert grace_of(u, utc(2025, 4, 7, 8, 0), S).expired
    assert grace_of(u, first, S).days_left == 28  # 27 days 23 h: still 28 days left


def test_deadline_never_moves_again():
    u = fresh()
    first = paris(2024, 5, 10, 8, 0)
    fix_deadline(u, first, S)
    deadline, first_at = u.grace_deadline, u.first_login_at
    for later in (first + timedelta(days=3), first + timedelta(days=30), first - timedelta(days=5),
                  paris(2024, 4, 1, 0, 0)):  # later logins and a clock set back
        fix_deadline(u, later, S)
        assert u.grace_deadline == deadline and u.first_login_at == first_at


def test_custom_grace_settings_are_used():
    s = S.replace(grace_days=7)
    u = fresh()
    fix_deadline(u, paris(2024, 5, 2, 12, 0), s)
    assert u.grace_deadline == paris(2024, 5, 9, 12, 0)
