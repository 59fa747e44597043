"""JSON-LD (schema.org) for an organisation's page: only what is known to be true of it."""

from content.structured_data import organisation, share_image


def organisation_data(item, request) -> dict:
    text = item.localized()
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": request.build_absolute_uri(item.get_absolute_url()),
        "name": item.name,
        "description": text.summary,
        "memberOf": organisation(request),
    }
    if item.website:
        data["url"] = item.website
    if item.city or item.country:
        address = {"@type": "PostalAddress"}
        if item.city:
            address["addressLocality"] = item.city
        if item.country:
            address["addressCountry"] = item.country.code
        data["address"] = address
    if item.year_formed:
        data["foundingDate"] = str(item.year_formed)
    image = share_image(item)
    if image:
        data["logo"] = request.build_absolute_uri(image["url"])
    if item.contact_email:
        data["email"] = item.contact_email
    if item.contact_phone:
        data["telephone"] = item.contact_phone
    return data
