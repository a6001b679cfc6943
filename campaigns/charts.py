"""Geometry for a horizontal bar chart drawn as inline SVG by a template: no script, no service.

Each bar has its label above it, so long country names never collide with the bars.
"""

from dataclasses import dataclass

WIDTH = 640
LABEL_HEIGHT = 18
BAR_HEIGHT = 16
ROW_GAP = 10
COUNT_SPACE = 48  # room to the right of the longest bar for its number
MIN_BAR_WIDTH = 2


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    label_y: int
    bar_y: int
    bar_width: int
    count_x: int
    count_y: int


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    bars: tuple
    bar_height: int = BAR_HEIGHT


def bar_chart(rows, *, width=WIDTH):
    """A chart for ``rows`` of (label, count), drawn in the given order; None when there is nothing to draw."""
    rows = [(label, count) for label, count in rows if count > 0]
    if not rows:
        return None
    largest = max(count for _label, count in rows)
    scale = (width - COUNT_SPACE) / largest
    row_height = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
    bars = []
    for index, (label, count) in enumerate(rows):
        top = index * row_height
        bar_width = max(MIN_BAR_WIDTH, round(count * scale))
        bars.append(
            Bar(
                label=label,
                count=count,
                label_y=top + LABEL_HEIGHT - 5,
                bar_y=top + LABEL_HEIGHT,
                bar_width=bar_width,
                count_x=bar_width + 6,
                count_y=top + LABEL_HEIGHT + BAR_HEIGHT - 3,
            )
        )
    return BarChart(width=width, height=len(rows) * row_height - ROW_GAP, bars=tuple(bars))
