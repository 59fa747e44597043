"""Fixtures for the tests that run the site as production does."""

import uuid

import psycopg
import pytest

from .shared_services import DATABASE_URL


@pytest.fixture(scope="module")
def shared_database():
    """A database of its own on the shared server, dropped afterwards."""
    name = f"iawp_shared_{uuid.uuid4().hex[:8]}"
    admin_url = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield DATABASE_URL.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
