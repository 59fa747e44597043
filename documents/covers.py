"""A PDF's cover: its first page as a small WebP picture, made once when the file is
uploaded (never on a request), so a visitor sees what they would download before tapping.

PDFium (through pypdfium2) renders the page: the renderer Chromium uses, kept current by
Google, where pypdf reads structure but draws nothing.
"""

import io

import pypdfium2

COVER_WIDTH = 240
# A page drawn larger than this (a poster-sized page) is not drawn at all: its cover would
# cost more memory than it is worth.
MAX_RENDER_PIXELS = 4_000_000


def pdf_cover(data: bytes) -> tuple[bytes, int, int] | None:
    """(WebP bytes, width, height) of the first page, or None when it cannot be drawn."""
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return None
    try:
        page = document[0]
        width, height = page.get_size()
        if width <= 0 or height <= 0:
            return None
        scale = COVER_WIDTH / width
        if (width * scale) * (height * scale) > MAX_RENDER_PIXELS:
            return None
        picture = page.render(scale=scale).to_pil().convert("RGB")
    except (pypdfium2.PdfiumError, ValueError, IndexError, MemoryError):
        return None
    finally:
        document.close()
    buffer = io.BytesIO()
    picture.save(buffer, "WEBP", quality=70, method=4)
    return buffer.getvalue(), picture.width, picture.height
