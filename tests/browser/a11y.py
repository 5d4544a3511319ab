"""Accessibility measures the browser tests share.

* `axe(page)`: the serious and critical violations axe-core (npm, node_modules/axe-core) finds
  in the page as rendered. The script reaches the page from node_modules through a route on
  a same-origin URL: no CDN, and the pages' Content-Security-Policy (script-src 'self')
  stays on, as customers get it.
* `contrast(page, selector)`: contrast ratios computed from the rendered styles
  (getComputedStyle) with the WCAG 2.x formula: the text against the background it sits on
  (semi-transparent layers composited), the border of a control against what surrounds it.
  AA asks 4.5:1 for text (3:1 when large: 24 px, or 18.66 px bold) and 3:1 for the edges of
  controls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_PATH = "/__tests__/axe-core/axe.min.js"  # served by the route below, never by the backend
SERIOUS = ("serious", "critical")

_RUN_AXE = """async (selector) => {
  const context = selector ? document.querySelector(selector) : document;
  const result = await axe.run(context, {resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').slice(0, 240))}));
}"""


def axe(page, selector: str | None = None) -> list[dict]:
    """Serious and critical axe-core violations in the page (or under `selector`)."""
    # without the file the route below never answers and the page waits for the script forever
    assert AXE_JS.exists(), f"{AXE_JS} is missing: run `make install` (npm ci installs axe-core)"
    if not getattr(page, "_axe_route", False):
        page.route(f"**{AXE_PATH}", lambda route: route.fulfill(path=str(AXE_JS), content_type="text/javascript"))
        page._axe_route = True
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(url=AXE_PATH)
    return [v for v in page.evaluate(_RUN_AXE, selector) if v["impact"] in SERIOUS]


def explain(violations: list[dict]) -> str:
    return "\n".join(f"{v['impact']} {v['id']}: {v['help']}\n    " + "\n    ".join(v["nodes"]) for v in violations)


# --------------------------------------------------------------------------- contrast

_STYLES = """(elements) => elements.map(el => {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    layers.push({bg: s.backgroundColor, image: s.backgroundImage});
  }
  const s = getComputedStyle(el), r = el.getBoundingClientRect();
  const text = (el.innerText || el.value || '').trim();
  return {name: (el.getAttribute('aria-label') || text || el.placeholder || el.className).slice(0, 60),
          hasText: text.length > 0, color: s.color, size: parseFloat(s.fontSize), weight: parseInt(s.fontWeight, 10),
          placeholder: el.placeholder && !el.value ? getComputedStyle(el, '::placeholder').color : null,
          border: s.borderTopColor, borderWidth: parseFloat(s.borderTopWidth), layers,
          visible: r.width > 0 && r.height > 0 && s.visibility !== 'hidden'};
})"""


def _rgba(css: str) -> tuple[float, float, float, float]:
    nums = [float(n) for n in re.findall(r"[\d.]+", css)]
    return (nums[0], nums[1], nums[2], nums[3] if len(nums) > 3 else 1.0)


def _over(top: tuple, bottom: tuple) -> tuple:
    """`top` (r, g, b, a) composited over an opaque `bottom`."""
    a = top[3]
    return tuple(top[i] * a + bottom[i] * (1 - a) for i in range(3)) + (1.0,)


def _background(layers: list[dict]) -> tuple:
    """The opaque colour behind the first layer: the page's canvas (white), then every
    ancestor's background from the root down. Gradients and images are not colours: a check
    on top of one is refused rather than guessed."""
    color = (255.0, 255.0, 255.0, 1.0)
    for layer in reversed(layers):
        assert layer["image"] == "none", f"background image under the element: {layer['image'][:80]}"
        color = _over(_rgba(layer["bg"]), color)
    return color


def luminance(rgb: tuple) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: tuple, b: tuple) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@dataclass
class Contrast:
    name: str
    text: float | None         # text colour on the element's background (None: no text, an icon)
    text_needed: float         # 4.5, or 3 for large text
    placeholder: float | None  # an empty field's placeholder, like text
    edge: float | None         # what shows the control's shape against its surroundings: its border
                               # if drawn, else its own background; None: neither (a text-only control)

    def problems(self, control: bool) -> list[str]:
        out = [f"{self.name!r}: {what} {value:.2f}:1 < {self.text_needed}:1"
               for what, value in (("text", self.text), ("placeholder", self.placeholder))
               if value is not None and value < self.text_needed]
        if control and self.edge is not None and self.edge < 3.0:
            out.append(f"{self.name!r}: control edge {self.edge:.2f}:1 < 3:1")
        return out


def _edge(st: dict) -> float | None:
    around = _background(st["layers"][1:])
    if st["borderWidth"] > 0 and _rgba(st["border"])[3] > 0:
        return ratio(_over(_rgba(st["border"]), around), around)
    own = _rgba(st["layers"][0]["bg"])
    return ratio(_over(own, around), around) if own[3] > 0 else None


def contrast(page, selector: str) -> list[Contrast]:
    """The contrast of every visible element matching `selector`."""
    out = []
    for st in page.locator(selector).evaluate_all(_STYLES):
        if not st["visible"]:
            continue
        own = _background(st["layers"])
        large = st["size"] >= 24 or (st["size"] >= 18.66 and st["weight"] >= 700)
        text = ratio(_over(_rgba(st["color"]), own), own) if st["hasText"] else None
        placeholder = ratio(_over(_rgba(st["placeholder"]), own), own) if st["placeholder"] else None
        out.append(Contrast(st["name"], text, 3.0 if large else 4.5, placeholder, _edge(st)))
    return out


def contrast_problems(page, texts: list[str] = (), controls: list[str] = ()) -> tuple[list[str], int]:
    """Every shortfall among the elements of `texts` (text only) and `controls` (text and
    edge), and how many elements were measured."""
    problems, measured = [], 0
    for selector, control in [(sel, False) for sel in texts] + [(sel, True) for sel in controls]:
        found = contrast(page, selector)
        assert found, f"nothing visible matches {selector!r}"
        measured += len(found)
        problems += [p for c in found for p in c.problems(control)]
    return problems, measured
