"""Test settings: the product's settings with a fast password hasher."""

from tdkt.settings import *  # noqa: F403

# PBKDF2 with a million rounds costs ~0.8 s per demo login; tests check behaviour, not cost.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TDKT_JOBS_INLINE = True
