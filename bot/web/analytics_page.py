"""The console's analytics page: bot.rules.analytics.report turned into what the template
draws (numbers formatted in the page's language, bars of an inline SVG chart). No script and
no external library: the page works offline and without JavaScript."""

from __future__ import annotations

from bot.web.i18n import STRINGS

CHART_W, CHART_H, CHART_PAD = 700, 180, 24


def pct(value: float | None, lang: str) -> str:
    """0.1667 -> '16,7 %' (fr) or '16.7%' (en); None -> a dash."""
    if value is None:
        return STRINGS[lang]["an_none"]
    text = f"{value * 100:.1f}".rstrip("0").rstrip(".")
    return f"{text.replace('.', ',')} %" if lang == "fr" else f"{text}%"


def hours(value: float | None, lang: str) -> str:
    if value is None:
        return STRINGS[lang]["an_none"]
    text = f"{value:g}"
    return STRINGS[lang]["an_hours"].replace(
        "{n}", text.replace(".", ",") if lang == "fr" else text
    )


def day_bars(per_day: list[dict]) -> list[dict]:
    """One bar per day: conversations (height), resolved ones (the green part), in SVG units."""
    top = max([d["conversations"] for d in per_day] + [1]) * 1.1  # room for the count above the bar
    slot = (CHART_W - CHART_PAD) / max(len(per_day), 1)
    width = max(slot * 0.7, 1)
    bars = []
    for i, d in enumerate(per_day):
        h = (CHART_H - CHART_PAD) * d["conversations"] / top
        hr = (CHART_H - CHART_PAD) * d["outcomes"]["resolved"] / top
        x = CHART_PAD + i * slot + (slot - width) / 2
        bars.append(
            {
                "day": d["day"],
                "label": d["day"][5:],
                "x": round(x, 1),
                "w": round(width, 1),
                "y": round(CHART_H - CHART_PAD - h, 1),
                "h": round(h, 1),
                "yr": round(CHART_H - CHART_PAD - hr, 1),
                "hr": round(hr, 1),
                "n": d["conversations"],
                "resolved": d["outcomes"]["resolved"],
            }
        )
    return bars


def row_view(fig: dict, lang: str) -> dict:
    """A slice's figures as the page shows them."""
    settled = (
        fig["outcomes"]["resolved"] + fig["outcomes"]["handed_off"] + fig["outcomes"]["abandoned"]
    )
    return {
        **fig,
        "settled": settled,
        "resolution": pct(fig["resolution_rate"], lang),
        "handoff": pct(fig["handoff_rate"], lang),
        "fallback": pct(fig["fallback_rate"], lang),
        "rating": pct(fig["ratings"]["mean"], lang),
        "median": hours(fig["tickets"]["median_hours_to_complete"], lang),
        "resolution_width": round((fig["resolution_rate"] or 0) * 100, 1),
    }


def view(report: dict, lang: str) -> dict:
    return {
        "period": report["period"],
        "totals": row_view(report["totals"], lang),
        "per_intent": [row_view(r, lang) for r in report["per_intent"]],
        "per_day": [row_view(r, lang) for r in report["per_day"]],
        "bars": day_bars(report["per_day"]),
        "chart": {"w": CHART_W, "h": CHART_H, "pad": CHART_PAD},
    }
