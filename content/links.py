"""Web addresses without the parameters advertisers and mailing services add to follow who
clicks (utm_source, fbclid, gclid, mc_cid...): the bulletin never passes them on to readers.

The site's own pages need no such list (the page cache keeps only the parameters each page
reads: pagecache/query.py); addresses elsewhere can use any parameter, so only these known
ones are taken out and everything else is left as it was written.
"""

import re
from urllib.parse import unquote_plus

TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMETERS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "ttclid", "igshid", "li_fat_id", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok",
    "oly_anon_id", "oly_enc_id", "vero_id", "_ga", "_gl",
})  # fmt: skip

# An address written in a text: up to a space, a quote or an angle bracket, and without the
# punctuation that ends the sentence around it.
ADDRESS = re.compile(r"""https?://[^\s<>"']*[^\s<>"'.,;:!?)]""")


def is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def without_tracking(address: str) -> str:
    """`address` without its tracking parameters; the rest, the fragment too, as written."""
    before_fragment, hash_mark, fragment = address.partition("#")
    path, question_mark, query = before_fragment.partition("?")
    if not question_mark:
        return address
    kept = [
        pair
        for pair in query.split("&")
        if pair and not is_tracking(unquote_plus(pair.partition("=")[0]))
    ]
    return path + (f"?{'&'.join(kept)}" if kept else "") + hash_mark + fragment


def text_without_tracking(text: str) -> str:
    """Every address in a plain text without its tracking parameters."""
    return ADDRESS.sub(lambda found: without_tracking(found.group()), text)
