"""The grace period through the portal API: "Non, pas maintenant" until the 28th day."""

from __future__ import annotations

from datetime import timedelta

from tests.api._kit import support_call, user_row
from tests.helpers import make_user, paris, utc


async def test_login_before_rollout_fixes_nothing(live_backend, clock, browser):
    make_user(live_backend.ctx, "early@x.io")
    clock.set(paris(2024, 4, 30, 23, 59, 59))
    st, view = await browser().login("early@x.io")
    assert st == 200 and view["stage"] == "complete"
    assert view["deadline"] is None and view["days_left"] is None and not view["can_postpone"]
    u = user_row(live_backend.ctx, "early@x.io")
    assert u.grace_deadline is None and u.first_login_at is None


async def test_first_login_after_rollout_fixes_deadline_and_boundary(live_backend, clock, browser):
    make_user(live_backend.ctx, "g@x.io")
    first = clock.set(paris(2024, 5, 10, 14, 30))
    st, view = await browser().login("g@x.io")
    assert st == 200
    assert view["stage"] == "offer" and view["can_postpone"] and view["days_left"] == 28
    assert view["deadline"] == "2024-06-07" and not view["grace_expired"]
    assert view["deadline_time"] == "14:30"
    u = user_row(live_backend.ctx, "g@x.io")
    assert u.grace_deadline == paris(2024, 6, 7, 14, 30) and u.first_login_at == first

    # day 27 23:59:59: still offered, and "Non, pas maintenant" works
    clock.set(first + timedelta(days=27, hours=23, minutes=59, seconds=59))
    b = browser()
    st, view = await b.login("g@x.io")
    assert st == 200 and view["stage"] == "offer" and view["can_postpone"] and view["days_left"] == 1
    st, view = await b.postpone()
    assert st == 200 and view["stage"] == "complete"
    # clicked again (another tab): the page is out of date, the 28 days are not over
    # (eleventh outsider check: the second click was told they were)
    st, body = await b.postpone()
    assert st == 409 and body["error"] == "wrong_step"

    # a popup opened at 23:59:59 and answered one second later: refused
    b2 = browser()
    st, view = await b2.login("g@x.io")
    assert view["stage"] == "offer"
    clock.shift(seconds=1)
    st, body = await b2.postpone()
    assert st == 409 and body["error"] == "postpone_unavailable"

    # day 28: no more postponing, the method must be chosen
    b3 = browser()
    st, view = await b3.login("g@x.io")
    assert st == 200 and view["stage"] == "choose" and not view["can_postpone"] and view["grace_expired"]
    assert view["days_left"] == 0
    st, body = await b3.postpone()
    assert st == 409 and body["error"] == "postpone_unavailable"
    st, view = await b3.me()
    assert view["stage"] == "choose"
    assert user_row(live_backend.ctx, "g@x.io").grace_deadline == paris(2024, 6, 7, 14, 30)


async def test_dst_inside_the_period(live_backend, clock, browser):
    make_user(live_backend.ctx, "dst@x.io")
    clock.set(paris(2024, 10, 10, 10, 0))
    st, view = await browser().login("dst@x.io")
    assert view["deadline"] == "2024-11-07" and view["days_left"] == 28
    assert user_row(live_backend.ctx, "dst@x.io").grace_deadline == utc(2024, 11, 7, 9, 0)
    clock.set(utc(2024, 11, 7, 8, 59, 59))  # 09:59:59 Paris: still the 28 days
    b = browser()
    st, view = await b.login("dst@x.io")
    assert view["stage"] == "offer" and view["can_postpone"] and view["days_left"] == 1
    st, _ = await b.postpone()
    assert st == 200
    clock.set(utc(2024, 11, 7, 9, 0))  # 10:00 Paris
    st, view = await browser().login("dst@x.io")
    assert view["stage"] == "choose" and not view["can_postpone"]


async def test_not_now_never_moves_the_deadline(live_backend, clock, browser):
    make_user(live_backend.ctx, "nn@x.io")
    start = clock.set(paris(2024, 5, 2, 9, 0))
    expected_left = [28, 25, 22, 19, 16, 13, 10, 7, 4, 1]
    for i, left in enumerate(expected_left):
        clock.set(start + timedelta(days=3 * i))
        b = browser()
        st, view = await b.login("nn@x.io")
        assert view["stage"] == "offer" and view["days_left"] == left and view["deadline"] == "2024-05-30"
        st, view = await b.postpone()
        assert st == 200 and view["stage"] == "complete" and view["deadline"] == "2024-05-30"
    u = user_row(live_backend.ctx, "nn@x.io")
    assert u.grace_deadline == paris(2024, 5, 30, 9, 0) and u.postponed_count == 10
    clock.set(paris(2024, 5, 30, 9, 0))
    st, view = await browser().login("nn@x.io")
    assert view["stage"] == "choose"


async def test_clock_set_back_does_not_move_the_deadline(live_backend, clock, browser):
    make_user(live_backend.ctx, "back@x.io")
    clock.set(paris(2024, 7, 1, 12, 0))
    await browser().login("back@x.io")
    deadline = user_row(live_backend.ctx, "back@x.io").grace_deadline
    assert deadline == paris(2024, 7, 29, 12, 0)
    for when in (paris(2024, 6, 20, 12, 0), paris(2024, 4, 1, 12, 0), paris(2024, 7, 5, 12, 0)):
        clock.set(when)
        st, view = await browser().login("back@x.io")
        assert st == 200
        assert user_row(live_backend.ctx, "back@x.io").grace_deadline == deadline
    # and once past it, going back and forth does not reopen it
    clock.set(paris(2024, 7, 29, 12, 0))
    st, view = await browser().login("back@x.io")
    assert view["stage"] == "choose"
    assert user_row(live_backend.ctx, "back@x.io").grace_deadline == deadline


async def test_expired_account_gets_no_access_until_enrolled(live_backend, clock, browser):
    clock.set(paris(2024, 9, 1, 10, 0))
    make_user(live_backend.ctx, "exp@x.io", state="expired")
    b = browser()
    st, view = await b.login("exp@x.io")
    assert view["stage"] == "choose" and view["grace_expired"]
    # nothing but enrollment: no "Mes demandes", no postpone, no offer acceptance
    assert (await b.postpone())[0] == 409
    assert (await b.accept())[0] == 409
    st, body = await b.call("GET", "/api/portal/tickets")
    assert st == 403


async def test_status_shows_deadline_and_days_left(live_backend, clock, browser):
    make_user(live_backend.ctx, "st@x.io")
    clock.set(paris(2024, 5, 10, 14, 30))
    await browser().login("st@x.io")
    clock.shift(days=10)
    b = browser()
    await b.login("st@x.io")
    tok = await b.widget_token()
    st, body = await support_call(live_backend, "status", {"conversation_id": "c-st"}, tok)
    assert st == 200 and body["known"] and body["deadline"] == "2024-06-07" and body["days_left"] == 18
    # the first login's time of day, when the 28 days end (sixty-fourth outside check, F3)
    assert body["deadline_time"] == "14:30" and body["deadline_timezone"] == "Europe/Paris"
    assert body["grace_expired"] is False and body["enrolled"] is False
