"""The income charts' "now" label, painted from the pixels it painted before (matplotlib; imported with the charts).

Laying out and rendering the label's words is most of what a keystroke paints (about 3 ms): Agg shapes the text
twice (its size, its glyphs) and renders every glyph at its sub-pixel place. A slider moved back and forth comes back
to the same hours, with the same amount at the same place, over the same pixels. The label keeps, for the last few
places and words, the pixels under it before it was painted and after: painted again with the same words, at the same
place, over the same pixels, it puts back the pixels it painted then. Agg paints a pixel from its colour before and
what is painted over it only, so they are the pixels painting it again gives (tested against matplotlib's own label).
Everything else (other words, another place, anything under it changed, the first time) is painted by matplotlib."""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.text import Annotation
from matplotlib.transforms import IdentityTransform

PAD_PX = 3  # the rounded box's edge and its smoothing reach a pixel or so beyond the box: kept with room to spare
STRIP_PT = (12.0, 48.0)  # points below and above the point: every pixel a one-line label above it can paint
KEPT = 48  # places and words kept (a few hundred kilobytes of pixels)


class KeptAnnotation(Annotation):
    """An Annotation (one line of words in a box, offset from a point in data coordinates) whose properties other
    than its words, its point and its offset do not change after it is made; those are the key of its kept pixels."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._kept: OrderedDict = OrderedDict()  # key -> ((rows, cols) slices, pixels before, pixels after)

    def forget(self) -> None:
        """Paint from scratch from now on (tests compare the kept pixels with a label painted by matplotlib)."""
        self._kept.clear()

    def _key(self, renderer, axes) -> tuple:
        x, y = axes.transData.transform(self.xy)
        patch = self.get_bbox_patch()
        return (self.get_text(), float(x), float(y), tuple(self.get_position()), self.get_horizontalalignment(),
                self.get_verticalalignment(), self.get_color(), self.get_fontsize(), self.get_rotation(),
                self.get_alpha(), hash(self.get_fontproperties()), renderer.dpi, renderer.width, renderer.height,
                axes.bbox.bounds, None if patch is None else
                (tuple(patch.get_facecolor()), tuple(patch.get_edgecolor()), patch.get_linewidth()))

    def draw(self, renderer) -> None:
        axes = self.axes
        if not self.get_visible() or axes is None or not isinstance(renderer, RendererAgg):
            super().draw(renderer)
            return
        pixels = np.asarray(renderer.buffer_rgba())
        key = self._key(renderer, axes)
        hit = self._kept.get(key)
        if hit is not None and np.array_equal(pixels[hit[0]], hit[1]):
            pixels[hit[0]] = hit[2]
            self._kept.move_to_end(key)
            self.stale = False
            return
        px = renderer.dpi / 72
        height = pixels.shape[0]
        top = min(max(int(height - key[2] - STRIP_PT[1] * px), 0), height)  # rows count from the top
        bottom = min(max(int(height - key[2] + STRIP_PT[0] * px) + 1, 0), height)
        before = pixels[top:bottom].copy()
        super().draw(renderer)
        region = self._painted(renderer, top, bottom, pixels.shape[1])
        if region is None:
            return
        self._kept[key] = (region, before[region[0].start - top:region[0].stop - top, region[1]],
                           pixels[region].copy())
        while len(self._kept) > KEPT:
            self._kept.popitem(last=False)

    def _painted(self, renderer, top: int, bottom: int, width: int) -> tuple[slice, slice] | None:
        """The rows and columns the label painted (its box, with room for the smoothing of the edge); None when the
        label has no box, or its box is not inside the strip of rows kept before it was painted."""
        patch = self.get_bbox_patch()
        if patch is None or not self.get_text():
            return None
        box = patch.get_window_extent(renderer)
        height = renderer.height
        r0, r1 = int(np.floor(height - box.y1)) - PAD_PX, int(np.ceil(height - box.y0)) + PAD_PX
        c0, c1 = int(np.floor(box.x0)) - PAD_PX, int(np.ceil(box.x1)) + PAD_PX
        if r0 < top or r1 > bottom:
            return None
        return slice(r0, r1), slice(max(c0, 0), min(c1, width))


def annotate(ax, text: str, xy: tuple[float, float], **kwargs) -> KeptAnnotation:
    """As `Axes.annotate` makes one (its transform; clipped to the axes only with clip_on), a KeptAnnotation."""
    label = KeptAnnotation(text, xy, **kwargs)
    label.set_transform(IdentityTransform())
    if kwargs.get("clip_on", False) and label.get_clip_path() is None:
        label.set_clip_path(ax.patch)
    ax._add_text(label)
    return label
