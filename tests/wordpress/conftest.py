import io
from pathlib import Path

import pytest
from django.core.management import call_command
from PIL import Image

EXPORTS = Path(__file__).parent / "exports"


def photo(width: int = 640, height: int = 400) -> bytes:
    """A small JPEG that says where it was taken, as phone photos do."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "S", 2: (29.0, 51.0, 0.0)}
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "#3a7d44").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


@pytest.fixture
def uploads(tmp_path) -> Path:
    """The old site's wp-content/uploads folder, with the one picture the exports name."""
    folder = tmp_path / "uploads"
    (folder / "2011" / "11").mkdir(parents=True)
    (folder / "2011" / "11" / "street.jpg").write_bytes(photo())
    return folder


@pytest.fixture(autouse=True)
def shell_language(monkeypatch):
    """The shell the command runs in says no language (as in containers): the report is
    then in the site's default one. `shell_language("es_CL.UTF-8")` sets one."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return lambda locale: monkeypatch.setenv("LANG", locale)


@pytest.fixture
def run_import(db):
    """Runs the command as whoever moves the site would, and gives back what it printed."""

    def run(name: str = "polylang.xml", *options: str) -> str:
        out = io.StringIO()
        call_command("import_wordpress", str(EXPORTS / name), *options, stdout=out)
        return out.getvalue()

    return run
