"""Participatiewet art. 18 lid 2 (and lid 4-8): a verlaging (maatregel) of the bijstand for some months.

Lid 2: the college lowers the bijstand "overeenkomstig de verordening" (the afstemmingsverordening, art. 8 lid 1 a)
for not meeting an obligation of the law (not art. 17 lid 1: that is the boete of art. 18a) or for "tekortschietend
besef van verantwoordelijkheid". How much and how long is municipal: the case gives the percentage, the months and
whether the verordening takes it of the norm (most do, as art. 18b lid 9 does: "procent van de bijstandsnorm") or of
the bijstand. Lid 9: none when every form of blame is lacking; lid 10: afstemmen for urgent reasons (the college).
"""

from __future__ import annotations

import numpy as np


def factor(*, paid_factor, need, norm, in_months, percentage: float, basis: str = "norm") -> np.ndarray:
    """The part of the month's bijstand (as if entitled: `need`) that is paid after the verlaging, in the months
    `in_months` (bool per month); `paid_factor` the part paid before it (the asset test, the zoektermijn). Never
    below zero: the verlaging takes at most the bijstand of the month."""
    f = np.asarray(paid_factor, dtype=float)
    need = np.asarray(need, dtype=float)
    rate = float(percentage) / 100.0
    if basis == "bijstand":
        cut_share = np.full(np.shape(f), rate) * f
    else:
        cut_share = np.divide(rate * np.asarray(norm, dtype=float), need, out=np.zeros(np.shape(need)),
                              where=need > 0.005)
    return np.where(np.asarray(in_months, dtype=bool) & (need > 0.005), np.maximum(f - cut_share, 0.0), f)
