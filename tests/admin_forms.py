"""Submitting admin forms the way a browser does: read the form, change some fields, post."""

import lxml.html


def form_data(response, form_id: str) -> dict[str, str | list[str]]:
    tree = lxml.html.fromstring(response.content.decode())
    (form,) = tree.xpath(f'//form[@id="{form_id}"]')
    data = {}
    for field in form.xpath(".//input | .//select | .//textarea"):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "file", "button"):
            continue
        if field.get("type") == "checkbox":
            if field.get("checked") is not None:
                data[name] = field.get("value", "on")
        elif field.tag == "select" and field.get("multiple") is not None:
            # A browser sends each chosen option, and nothing when none is chosen.
            chosen = field.xpath("./option[@selected]/@value")
            if chosen:
                data[name] = chosen
        elif field.tag == "select":
            selected = (
                field.xpath("./option[@selected]/@value") or field.xpath("./option/@value")[:1]
            )
            data[name] = selected[0] if selected else ""
        elif field.tag == "textarea":
            data[name] = field.text or ""
        else:
            data[name] = field.get("value", "")
    return data


def submit_change_form(client, url: str, **changes):
    """Open an admin add/change form at `url`, apply `changes`, and save it."""
    page = client.get(url)
    assert page.status_code == 200, page.status_code
    form_id = next(
        form.get("id")
        for form in lxml.html.fromstring(page.content.decode()).xpath("//form[@id]")
        if form.get("id").endswith("_form") and form.get("id") != "changelist-search"
    )
    return client.post(url, {**form_data(page, form_id), **changes})


def errors(response) -> str:
    tree = lxml.html.fromstring(response.content.decode())
    return " ".join(" ".join(tree.xpath('//*[contains(@class,"errorlist")]//text()')).split())
