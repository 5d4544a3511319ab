"""A socket.io client that talks to Rasa's socketio channel the way rasa-webchat 1.0.1 does
(node_modules/rasa-webchat/lib/index.js): on connect it sends `session_request
{session_id}`, keeps what `session_confirm` answers, and sends each message as `user_uttered
{message, customData, session_id}`; the replies arrive as `bot_uttered`.

python-socketio's AsyncClient over the long-polling transport (its websocket transport needs
an aiohttp newer than Rasa allows). `raw_websocket()` speaks Engine.IO over a websocket by
hand, for the tests that need that transport.

    async with WidgetSocket(url) as widget:
        await widget.request_session("my-secret")
        await widget.say("bonjour", {"locale": "fr"})
        replies = await widget.wait_replies(1)
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, Dict, List, Optional

import aiohttp
import socketio

WAIT_SECONDS = 60.0  # an upper bound for a reply to come, never a measured duration


class WidgetSocket:
    def __init__(self, url: str) -> None:
        self.url = url
        self.sio = socketio.AsyncClient(reconnection=False)
        self.replies: List[Dict[str, Any]] = []
        self.confirmed: List[Any] = []
        self.disconnected = asyncio.Event()
        self._changed = asyncio.Condition()
        self.sio.on("bot_uttered", self._on_reply)
        self.sio.on("session_confirm", self._on_confirm)
        self.sio.on("disconnect", self.disconnected.set)

    async def __aenter__(self) -> "WidgetSocket":
        await self.sio.connect(self.url, socketio_path="/socket.io", transports=["polling"])
        return self

    async def __aexit__(self, *exc: Any) -> None:
        if self.sio.connected:
            await self.sio.disconnect()
        await self.sio.eio.wait()  # its polling tasks end before the test's event loop does

    async def _on_reply(self, data: Any) -> None:
        async with self._changed:
            self.replies.append(data)
            self._changed.notify_all()

    async def _on_confirm(self, data: Any) -> None:
        async with self._changed:
            self.confirmed.append(data)
            self._changed.notify_all()

    async def _wait(self, ready) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(ready), WAIT_SECONDS)

    async def request_session(self, session_id: Any = None, *, payload: Any = ...) -> Any:
        """session_request as the widget sends it (or `payload` as given); returns what
        session_confirm answered."""
        before = len(self.confirmed)
        await self.sio.emit("session_request", {"session_id": session_id} if payload is ... else payload)
        await self._wait(lambda: len(self.confirmed) > before)
        return self.confirmed[-1]

    @property
    def secret(self) -> Any:
        return self.confirmed[-1] if self.confirmed else None

    async def say(self, message: Any, custom_data: Any = None, *, session_id: Any = ...) -> None:
        data = {"message": message, "customData": custom_data or {},
                "session_id": self.secret if session_id is ... else session_id}
        await self.emit(data)

    async def emit(self, data: Any) -> None:
        await self.sio.emit("user_uttered", data)

    async def wait_replies(self, count: int) -> List[Dict[str, Any]]:
        """All replies received so far, once there are at least `count`."""
        await self._wait(lambda: len(self.replies) >= count)
        return list(self.replies)

    def texts(self) -> List[str]:
        return [r.get("text") or "" for r in self.replies]


async def raw_websocket(url: str, http: aiohttp.ClientSession) -> aiohttp.ClientWebSocketResponse:
    """An Engine.IO 4 websocket with a connected socket.io default namespace."""
    ws = await http.ws_connect(url.replace("http", "ws", 1) + "/socket.io/?EIO=4&transport=websocket")
    opened = await ws.receive_str(timeout=WAIT_SECONDS)
    assert opened.startswith("0"), opened  # Engine.IO open packet
    await ws.send_str("40")  # socket.io CONNECT
    connected = await ws.receive_str(timeout=WAIT_SECONDS)
    assert connected.startswith("40"), connected
    return ws


def socketio_event(name: str, data: Any) -> str:
    """An Engine.IO MESSAGE carrying a socket.io EVENT."""
    return "42" + json.dumps([name, data])


async def next_event(ws: aiohttp.ClientWebSocketResponse) -> Optional[list]:
    """The next socket.io event on a raw websocket ([name, data]), answering pings; None once
    the server closed the connection."""
    while True:
        msg = await ws.receive(timeout=WAIT_SECONDS)
        if msg.type != aiohttp.WSMsgType.TEXT:
            return None
        if msg.data == "2":  # Engine.IO PING
            await ws.send_str("3")
        elif msg.data.startswith("42"):
            return json.loads(msg.data[2:])
