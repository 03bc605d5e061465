"""A chart's pixels kept in layers, so a keystroke paints only what changed (matplotlib; imported with the charts).

The income charts draw three groups of animated artists over their axes (the static part: ticks, grid, axis names):
the data (areas, ranges, lines), the "now" marker (its line, dot and label) and the names of the ranges. A keystroke
always moves the marker, but often leaves the data as they were (the hours chart when only the hours change, below
the hours where the lasting month changes). Kept: the static pixels, the static pixels with the data, and those with
the names too. Painted at a keystroke: only what changed since, in the order of a full draw (data, marker, names),
so the pixels are those of a full draw (tested). A name the marker touches is painted again over the marker, as a
full draw paints it; then the layer with the names cannot be used.

The layers of the last few data are kept too (`KEPT`, keyed by the data themselves, emptied by every full draw): the
hours chart of a case has only a few curves (the lasting month differs above some hours), and a slider moved back
and forth crosses between them; their pixels are those drawn for the same data, axes and size before."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from matplotlib.artist import Artist
from matplotlib.text import Text
from matplotlib.transforms import Bbox

NAME_PAD_PX = 6  # a name's rounded box reaches a little beyond its words; its smoothing one pixel more
KEPT = 3  # layers of this many data are kept (two full copies of the figure's pixels each)


class BlitLayers:
    """`state()`: what the static pixels depend on (limits, size, axis name); a change needs a full draw.
    `place()`: puts the names by their size on screen (before they are painted). `marker_boxes()`: where the marker
    paints, in pixels (a generous estimate: it only decides whether a name must be painted over the marker)."""

    def __init__(self, canvas, ax, data: Sequence[Artist], marker: Sequence[Artist], names: Sequence[Text],
                 state: Callable[[], tuple], place: Callable[[], object],
                 marker_boxes: Callable[[], list[Bbox]]):
        self.canvas, self.ax = canvas, ax
        self.data, self.marker, self.names = list(data), list(marker), list(names)
        self.state, self.place, self.marker_boxes = state, place, marker_boxes
        self._static: tuple | None = None  # (pixels, state) of the last full draw
        self._data = None  # the static pixels with the data
        self._named = None  # the data with the names
        self._name_boxes: list[Bbox] = []  # where the shown names are, in pixels, with room to spare
        self._names_stale = True
        self._key: object = None  # what the data are (None: not to be kept)
        self._kept: OrderedDict = OrderedDict()  # data key -> (data pixels, named pixels, name boxes, name places)
        for artist in (*self.data, *self.marker, *self.names):
            artist.set_animated(True)  # not drawn by a full draw of the figure: painted here

    def data_changed(self, key: object = None) -> None:
        """The data differ from the painted ones: their layer and the names over it are painted again (the names
        stay where they are: their places depend on the ranges, see names_changed), or taken from the layers kept
        for the same `key` (equal keys: the same data and names; None: not kept)."""
        self._data = self._named = None
        self._key = key

    def names_changed(self) -> None:
        """The names must be placed again (other words, another size on screen)."""
        self._named = None
        self._names_stale = True

    def can_blit(self) -> bool:
        """False when the static pixels are not those of the axes now (limits, size, axis name): draw in full."""
        return self._static is not None and self._static[1] == self.state()

    def on_full_draw(self) -> None:
        """A full draw painted the static part: keep it and paint the groups over it."""
        self._static = (self.canvas.copy_from_bbox(self.canvas.figure.bbox), self.state())
        self._data = self._named = None
        self._names_stale = True
        self._kept.clear()  # drawn over other axes or at another size
        self.paint()

    def paint(self) -> None:
        """Paint the groups into the canvas's buffer from the layers still valid (the caller blits or Qt paints)."""
        assert self._static is not None
        box = self.canvas.figure.bbox
        holds = None  # the layer the buffer holds now, when it holds one (no need to restore it)
        if self._data is None and self._key is not None and self._key in self._kept:
            self._kept.move_to_end(self._key)
            self._data, self._named, self._name_boxes, places = self._kept[self._key]
            for name, (xy, visible) in zip(self.names, places):  # where they were placed for these data
                name.set_position(xy)
                name.set_visible(visible)
            self._names_stale = False
        if self._data is None:
            self.canvas.restore_region(self._static[0])
            self._draw(self.data)
            self._data = self.canvas.copy_from_bbox(box)
            self._named = None
            holds = self._data
        if self._names_stale:
            self._names_stale = False
            self._named = None
            self.place()
            renderer = self.canvas.get_renderer()
            self._name_boxes = [name.get_window_extent(renderer).padded(NAME_PAD_PX) for name in self.names
                                if name.get_visible() and name.get_text()]
        if self._named is None:
            if holds is not self._data:
                self.canvas.restore_region(self._data)
            self._draw(self.names)
            self._named = self.canvas.copy_from_bbox(box)
            holds = self._named
            if self._key is not None:
                places = [(name.get_position(), name.get_visible()) for name in self.names]
                self._kept[self._key] = (self._data, self._named, self._name_boxes, places)
                while len(self._kept) > KEPT:
                    self._kept.popitem(last=False)
        marker = self.marker_boxes()
        if any(m.overlaps(n) for m in marker for n in self._name_boxes):
            self.canvas.restore_region(self._data)  # a name over the marker, as a full draw paints it
            self._draw(self.marker)
            self._draw(self.names)
            return
        if holds is not self._named:
            self.canvas.restore_region(self._named)
        self._draw(self.marker)

    def _draw(self, artists: Sequence[Artist]) -> None:
        for artist in artists:
            if artist.get_visible():
                self.ax.draw_artist(artist)
