"""Login and logout, with throttling against password guessing."""

from __future__ import annotations

from django.contrib.auth import authenticate, login, logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from tdkt.access.forms import LoginForm
from tdkt.access.routes import public_route
from tdkt.access.services import login_failed, login_locked, login_succeeded


def _client_ip(request: HttpRequest) -> str | None:
    return request.META.get("REMOTE_ADDR")


@require_http_methods(["GET", "POST"])
@public_route()
def login_view(request: HttpRequest) -> HttpResponse:
    form = LoginForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"]
        ip = _client_ip(request)
        if login_locked(username=username, ip=ip):
            form.add_error(None, "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.")
            status = 429
        else:
            user = authenticate(request, username=username, password=form.cleaned_data["password"])
            if user is None:
                login_failed(username=username, ip=ip)
                form.add_error(None, "Tên đăng nhập hoặc mật khẩu không đúng.")
                status = 400
            else:
                login_succeeded(username=username)
                login(request, user)
                target = request.GET.get("next", "")
                if not url_has_allowed_host_and_scheme(
                    target, {request.get_host()}, request.is_secure()
                ):
                    target = "/"
                return redirect(target or "/")
    elif request.method == "POST":
        status = 400
    return render(request, "access/login.html", {"form": form}, status=status)


@require_POST
@public_route()
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("/")
