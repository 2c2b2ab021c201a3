"""Teaches schemathesis the `tracking-number` format of Heard's OpenAPI document: ten digits,
NNNN-NNNN-NN, whose last digit is the Damm check digit of the nine before it. A pattern cannot
say that, so without this hook most numbers schemathesis makes up would be typing mistakes
(answered 400) rather than numbers of cases that do not exist (404)."""

from hypothesis import strategies as st

import schemathesis

# Damm's totally anti-symmetric quasigroup of order 10, as crates/heard-domain/src/tracking.rs.
DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
]


def tracking_number(nine: str, dashes: bool) -> str:
    interim = 0
    for digit in nine:
        interim = DAMM[interim][int(digit)]
    digits = nine + str(interim)
    return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}" if dashes else digits


schemathesis.openapi.format(
    "tracking-number",
    st.builds(tracking_number, st.text("0123456789", min_size=9, max_size=9), st.booleans()),
)
