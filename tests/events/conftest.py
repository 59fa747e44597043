import pytest
import time_machine


@pytest.fixture
def frozen(request):
    """Time stands still at the test module's NOW (and moves only with `move_to`)."""
    with time_machine.travel(request.module.NOW, tick=False) as traveller:
        yield traveller
