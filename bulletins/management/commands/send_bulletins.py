from django.core.management.base import BaseCommand
from django.utils import timezone

from bulletins.retention import forget_old_addresses
from bulletins.sending import Run


class Command(BaseCommand):
    help = (
        "Send what is queued: subscription confirmations, then bulletins in batches. Run it "
        "from a timer (every minute); runs at once on several servers never send twice. "
        "Also deletes the addresses the privacy notice says are not kept any longer."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=None)

    def handle(self, *args, batch_size=None, **options):
        counts = Run(batch_size).run()
        summary = ", ".join(f"{status} {number}" for status, number in counts.items() if number)
        self.stdout.write(f"Bulletins: {summary or 'nothing to send'}.")
        forget_old_addresses(now=timezone.now())
