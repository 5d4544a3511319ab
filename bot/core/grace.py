"""Rollout and grace period (help article, "Délai d'activation").

At the first login on or after the rollout date, the deadline is fixed once: that login
+ 28 days, counted in Europe/Paris wall-clock time (so a DST change inside the period does
not shift it by an hour). Before the deadline "Non, pas maintenant" is offered; from the
deadline on, no access until 2FA is enrolled. Nothing ever moves the deadline.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.config import Settings


@dataclass(frozen=True)
class Grace:
    mandatory: bool  # the rollout date has passed
    deadline: datetime | None  # aware UTC
    expired: bool
    days_left: int | None  # days left, rounded up: 28 at the first login, 1 on the last day

    @property
    def can_postpone(self) -> bool:
        return self.mandatory and not self.expired


def rollout_start(settings: Settings) -> datetime:
    tz = ZoneInfo(settings.timezone)
    return datetime.combine(settings.rollout_date, time.min, tzinfo=tz)


def fix_deadline(user, now: datetime, settings: Settings) -> None:
    """Called at every successful password login: fixes the deadline the first time only."""
    if user.grace_deadline is not None or now < rollout_start(settings):
        return
    tz = ZoneInfo(settings.timezone)
    local = now.astimezone(tz)
    # wall-clock arithmetic in Paris time, then back to UTC (fold/gap handled by zoneinfo)
    deadline_local = (local.replace(tzinfo=None) + timedelta(days=settings.grace_days)).replace(
        tzinfo=tz
    )
    user.first_login_at = now
    user.grace_deadline = deadline_local.astimezone(ZoneInfo("UTC"))


def grace_of(user, now: datetime, settings: Settings) -> Grace:
    mandatory = now >= rollout_start(settings)
    if user.grace_deadline is None:
        return Grace(mandatory, None, False, None)
    expired = now >= user.grace_deadline
    # days counted in Paris wall-clock time, like the deadline itself: a DST change inside
    # the period must not make the first login show 29 days (or 27)
    tz = ZoneInfo(settings.timezone)
    remaining = (
        user.grace_deadline.astimezone(tz).replace(tzinfo=None)
        - now.astimezone(tz).replace(tzinfo=None)
    ).total_seconds()
    days = 0 if expired else max(1, math.ceil(remaining / 86400))
    return Grace(mandatory, user.grace_deadline, expired, days)


def deadline_local_date(user, settings: Settings) -> str | None:
    if user.grace_deadline is None:
        return None
    return user.grace_deadline.astimezone(ZoneInfo(settings.timezone)).date().isoformat()


def deadline_local_time(user, settings: Settings) -> str | None:
    """The deadline's time of day ("14:32", Paris wall-clock time): the 28 days end at the
    first login's moment, not at midnight, so "until 4 January" alone left the customer to
    guess whether the 4th itself still counts (sixty-fourth outside check, F3)."""
    if user.grace_deadline is None:
        return None
    return user.grace_deadline.astimezone(ZoneInfo(settings.timezone)).strftime("%H:%M")
