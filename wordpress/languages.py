from content.languages import language_codes


def site_language(code: str) -> str | None:
    """A language code as WordPress, Polylang, WPML or a shell's locale write it ("es",
    "pt", "pt_BR", "en-US") as one of the site's, or None."""
    code = (code or "").strip().lower().replace("_", "-")
    codes = language_codes()
    if code in codes:
        return code
    base = code.split("-")[0]
    return next((known for known in codes if known.split("-")[0] == base), None) if base else None
