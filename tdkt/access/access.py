"""Access's own records are never served by a page or endpoint: they are managed by the
``tdkt`` commands and the login service."""

from __future__ import annotations

from tdkt.access.models import ApiToken, LoginFailure, RoleAssignment
from tdkt.access.rules import Internal, declare

declare(RoleAssignment, reach=Internal("roles are assigned by administrators' commands"))
declare(ApiToken, reach=Internal("only a hash of each token is stored; `tdkt token`"))
declare(LoginFailure, reach=Internal("counters of the login throttle"))
