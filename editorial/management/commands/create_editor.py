"""Create (or update) an editor's account: a regional editor for one or more regions, or a
member of the editorial committee. The committee asks for this whenever someone joins."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from content.models import Region
from content.timezones import time_zone_choices
from editorial.editor_time import editor_time_zone
from editorial.models import EditorPreferences, EditorRegion
from editorial.roles import COMMITTEE, REGIONAL_EDITORS, ensure_groups


class Command(BaseCommand):
    help = "Create an editor account for one or more regions (or --committee for all regions)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--region",
            action="append",
            default=[],
            choices=Region.values,
            help="A region this editor publishes for; repeat for several.",
        )
        parser.add_argument(
            "--committee", action="store_true", help="Editorial committee: every region."
        )
        parser.add_argument(
            "--password", help="Initial password (otherwise the account has none usable)."
        )
        parser.add_argument(
            "--time-zone",
            help="The zone the editor enters publication times in, for example "
            "America/Santiago (otherwise their first region's; they can change it).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Say what would be done.")

    def handle(
        self, *args, username, email, region, committee, password, time_zone, dry_run, **options
    ):
        if not region and not committee:
            raise CommandError("Give at least one --region, or --committee.")
        if time_zone and time_zone not in dict(time_zone_choices()):
            raise CommandError(f"Unknown time zone {time_zone!r}: use a name like Europe/Paris.")
        role = COMMITTEE if committee else REGIONAL_EDITORS
        if dry_run:
            self.stdout.write(f"Would make {username} a member of “{role}” for {region or 'all'}.")
            return
        with transaction.atomic():
            ensure_groups()
            user, created = get_user_model().objects.get_or_create(
                username=username, defaults={"email": email}
            )
            user.is_staff = True
            if password:
                user.set_password(password)
            elif created:
                user.set_unusable_password()
            user.save()
            user.groups.set([Group.objects.get(name=role)])
            user.editor_regions.all().delete()
            EditorRegion.objects.bulk_create(
                EditorRegion(user=user, region=code) for code in dict.fromkeys(region)
            )
            if time_zone:
                EditorPreferences.objects.update_or_create(
                    user=user, defaults={"time_zone": time_zone}
                )
        regions = ", ".join(str(Region(code).label) for code in region) or "every region"
        verb = "Created" if created else "Updated"
        zone = editor_time_zone(user).key
        self.stdout.write(
            self.style.SUCCESS(f"{verb} {username}: {role}, {regions}; times in {zone}.")
        )
