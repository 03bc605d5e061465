"""Which households get an overlay's `amounts_child_12_17`: "a household with at least one child of 12 to 17"
(docs/gemeenten.md, the meaning of the field in the overlay format), read from the children's ages."""

import numpy as np

from werktloont.rules.gemeente.regelingen import has_child_12_17


def test_the_ages_the_field_is_for():
    # children on the last axis, -1 where a household has fewer; 12 and 17 are in, 11 and 18 are not.
    ages = np.array([[11, -1], [12, -1], [17, 3], [18, 11], [-1, -1]])
    assert has_child_12_17(ages).tolist() == [False, True, True, False, False]
