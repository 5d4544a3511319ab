"""The widget's socket.io channel accepts the portal's origins only (tenth outsider check,
attempt 29): bot/rasa_server.py hands Rasa's `--cors` origins to the channel."""

from __future__ import annotations

from bot.rasa_ext.socketio_channel import allowed_origins, origin_allowed
from bot.rasa_server import cors_origins


def test_the_cors_origins_of_the_command_line_reach_the_channel():
    argv = [
        "--model",
        "m.tar.gz",
        "--cors",
        "http://127.0.0.1:8080",
        "http://localhost:8080",
        "--port",
        "5005",
    ]
    assert cors_origins(argv) == ["http://127.0.0.1:8080", "http://localhost:8080"]
    assert allowed_origins({"CHAT_ORIGINS": ",".join(cors_origins(argv))}) == [
        "http://127.0.0.1:8080",
        "http://localhost:8080",
    ]


def test_without_origins_only_the_servers_own_address_and_star_stays_a_choice():
    assert cors_origins(["--port", "5005"]) == []
    assert allowed_origins({}) is None and allowed_origins({"CHAT_ORIGINS": ""}) is None
    assert allowed_origins({"CHAT_ORIGINS": "*"}) == "*"
    assert allowed_origins({"CHAT_ORIGINS": "https://portal.example/ , "}) == [
        "https://portal.example"
    ]


def test_a_page_of_another_site_is_refused_a_script_is_not_concerned():
    portal = ["http://127.0.0.1:8080"]
    assert origin_allowed("http://127.0.0.1:8080", portal, "127.0.0.1:5005")
    assert not origin_allowed("http://evil.example", portal, "127.0.0.1:5005")
    assert origin_allowed(None, portal, "127.0.0.1:5005")  # no Origin: not a browser page
    assert origin_allowed("http://127.0.0.1:5005", None, "127.0.0.1:5005")  # same origin
    assert not origin_allowed("http://evil.example", None, "127.0.0.1:5005")
    assert origin_allowed("http://evil.example", "*", "127.0.0.1:5005")
