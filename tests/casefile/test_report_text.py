"""A right-to-left override or a terminal escape in the note or the client's name does not reach the report."""

from werktloont.report.content import build_report


def test_bidi_override_and_escapes_are_removed_from_note_and_name():
    case = {"format": "werktloont-case/1", "date": "2026-03-01", "household": {"adults": [{"age": 30}]},
            "client": "J. \u202eJansen\x1b[31m", "note": "eerst\u202e dit \u2066en\u2069 dat\x07"}
    report = build_report(case)
    assert report.note == "eerst dit en dat"
    assert not any(ch in report.all_text() for ch in "\u202e\u2066\u2069\x1b\x07")
