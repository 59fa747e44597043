"""What search engines and link previews read: JSON-LD (schema.org) for news articles, job
postings and events. Approximate dates stay approximate ("2011-11"): schema.org dates are
ISO 8601, which allows a year and month alone, so nothing pretends to know the day."""

from datetime import datetime

from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils.translation import gettext as _


def share_image(item) -> dict | None:
    """The rendition a link preview should use (about 1000 px wide), else the original."""
    if not item.image:
        return None
    renditions = sorted(item.image_renditions or [], key=lambda r: abs(r["width"] - 1000))
    if renditions:
        best = renditions[0]
        return {
            "url": default_storage.url(best["name"]),
            "width": best["width"],
            "height": best["height"],
        }
    return {"url": item.image.url, "width": item.image_width, "height": item.image_height}


def organisation(request) -> dict:
    return {
        "@type": "Organization",
        "name": _("International Alliance of Waste Pickers"),
        "url": request.build_absolute_uri(reverse("home")),
    }


def common(item, request) -> dict:
    text = item.localized()
    data = {
        "@context": "https://schema.org",
        "url": request.build_absolute_uri(item.get_absolute_url()),
        "inLanguage": text.language,
        "description": text.summary,
    }
    image = share_image(item)
    if image:
        data["image"] = request.build_absolute_uri(image["url"])
    return data


def news_article(post, request) -> dict:
    text = post.localized()
    data = {
        **common(post, request),
        "@type": "NewsArticle",
        "headline": text.title[:110],
        "datePublished": post.published_at.isoformat(),
        "dateModified": post.updated_at.isoformat(),
        "publisher": organisation(request),
        "author": organisation(request),
        "mainEntityOfPage": request.build_absolute_uri(post.get_absolute_url()),
    }
    return data


# schema.org's employmentType for each of a vacancy's terms (news.models.EmploymentType).
EMPLOYMENT_TYPES = {
    "full-time": "FULL_TIME",
    "part-time": "PART_TIME",
    "contractor": "CONTRACTOR",
    "temporary": "TEMPORARY",
    "intern": "INTERN",
    "volunteer": "VOLUNTEER",
    "other": "OTHER",
}


def country(code: str) -> dict:
    return {"@type": "Country", "name": code}


def job_posting(post, request) -> dict:
    """What Google's job search requires of a vacancy (title, description, datePosted,
    hiringOrganization, and jobLocation, or for fully remote work jobLocationType with
    applicantLocationRequirements) and the recommended properties the vacancy really has
    (employmentType, validThrough with its zone, identifier). Callers check
    `post.has_workplace` and that the vacancy is open: Google wants the markup of a closed
    one gone."""
    text = post.localized()
    data = {
        **common(post, request),
        "@type": "JobPosting",
        "title": text.title,
        "description": text.body or text.summary,
        "datePosted": post.published_at.date().isoformat(),
        "hiringOrganization": organisation(request),
        "identifier": {
            "@type": "PropertyValue",
            "name": _("International Alliance of Waste Pickers"),
            "value": str(post.pk),
        },
    }
    if post.remote:
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = [
            country(place.code) for place in post.applicant_countries
        ]
    else:
        address = {"@type": "PostalAddress", "addressCountry": post.job_country.code}
        if post.job_city:
            address["addressLocality"] = post.job_city
        data["jobLocation"] = {"@type": "Place", "address": address}
    if post.employment_type in EMPLOYMENT_TYPES:
        data["employmentType"] = EMPLOYMENT_TYPES[post.employment_type]
    if post.deadline_local:
        data["validThrough"] = post.deadline_local.isoformat()
    return data


def schema_date(event, which: str) -> str:
    """startDate/endDate with as much precision as is known, and no more."""
    if event.is_approximate:
        return event.start_date.strftime("%Y-%m")
    if event.is_timed:
        moment = event.start_moment() if which == "start" else event.end_moment()
        return moment.isoformat()  # local time with its offset: 2024-05-03T09:00:00-03:00
    day = event.first_day if which == "start" else event.last_day
    return day.isoformat()


ATTENDANCE_MODES = {
    "in-person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def event_status(event) -> str:
    """schema.org's word for what became of the event: postponed with a new date known is
    "rescheduled" there, and comes with the date it was first planned for."""
    if event.event_status == "postponed":
        return "EventRescheduled" if event.previous_start_date else "EventPostponed"
    return {"cancelled": "EventCancelled", "moved-online": "EventMovedOnline"}.get(
        event.event_status, "EventScheduled"
    )


def previous_start(event) -> str:
    day, at = event.previous_start_date, event.previous_start_time
    if at is not None and event.time_zone:
        return datetime.combine(day, at, tzinfo=event.zone).isoformat()
    return day.isoformat()


def event_data(event, request) -> dict:
    text = event.localized()
    places = []
    attendance = "online" if event.online_only else event.attendance
    if attendance != "online" and (event.city or event.venue_name or event.country):
        address = {"@type": "PostalAddress"}
        if event.city:
            address["addressLocality"] = event.city
        if event.country:
            address["addressCountry"] = event.country.code
        places.append(
            {"@type": "Place", "name": event.venue_name or event.city, "address": address}
        )
    if event.online_url:
        places.append({"@type": "VirtualLocation", "url": event.online_url})
    data = {
        **common(event, request),
        "@type": "Event",
        "name": text.title,
        "startDate": schema_date(event, "start"),
        "endDate": schema_date(event, "end"),
        "eventAttendanceMode": ATTENDANCE_MODES[attendance],
        "eventStatus": f"https://schema.org/{event_status(event)}",
        "location": places[0] if len(places) == 1 else places,
    }
    if event.previous_start_date:
        data["previousStartDate"] = previous_start(event)
    organisers, _language = event.localized_organisers()
    data["organizer"] = (
        {"@type": "Organization", "name": organisers} if organisers else organisation(request)
    )
    return data
