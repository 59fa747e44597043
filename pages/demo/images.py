"""Abstract posters for the demo content, drawn by the project itself (no stock photos).

Each name always gives the same picture, so loading the demo twice stores nothing new.
"""

import io
import random

from PIL import Image, ImageDraw

PALETTES = {
    "congress": ("#0b5a36", "#f6c343", "#fffdf8", "#e0672b"),
    "durban": ("#1d4e89", "#f6c343", "#7fb069", "#fffdf8"),
    "sorting": ("#5b3a29", "#7fb069", "#f6c343", "#d9d4c7"),
    "website": ("#243447", "#4fb3bf", "#f6c343", "#fffdf8"),
    "vacancy": ("#0b5a36", "#fffdf8", "#f6c343", "#073f26"),
}
SIZE = (960, 540)


def poster(name: str) -> bytes:
    """A 960x540 JPEG of bands and circles in the palette named `name`."""
    background, *colours = PALETTES[name]
    rng = random.Random(name)
    image = Image.new("RGB", SIZE, background)
    draw = ImageDraw.Draw(image)
    width, height = SIZE
    for index in range(4):
        top = rng.randint(0, height)
        draw.rectangle([0, top, width, top + rng.randint(20, 70)], fill=colours[index % 3])
    for _ in range(7):
        radius = rng.randint(40, 160)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = rng.choice(colours)
        # Open arcs, echoing the loop of materials that waste pickers bring back into use.
        draw.arc(
            [x - radius, y - radius, x + radius, y + radius],
            rng.randint(0, 90),
            rng.randint(200, 330),
            fill=colour,
            width=rng.randint(12, 30),
        )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=72, optimize=True, progressive=True)
    return buffer.getvalue()
