"""`python -m tests.abuse.channel_server PORT`: the two chat channels of credentials.yml
(GuardedRestInput, GuardedSocketIOInput) on a Sanic server, mounted the way Rasa mounts them
(`rasa.core.channels.channel.register`), with no model: the agent answers every message with
the metadata Rasa would have stored, as JSON text. Sanic reads SANIC_* settings from the
environment (SANIC_PROXIES_COUNT, as docker-compose.yml gives Rasa); the channels read
CHAT_CLIENT_KEY_SECRET / RASA_TOKEN. Used by tests/abuse/test_client_key.py."""

from __future__ import annotations

import json
import sys

from rasa.core.channels.channel import register
from sanic import Sanic

from bot.rasa_ext.channels import GuardedRestInput, GuardedSocketIOInput


class EchoMetadata:
    """Stands for Rasa's agent: each message is answered with its metadata."""

    async def handle_message(self, message) -> None:
        await message.output_channel.send_response(message.sender_id, {"text": json.dumps(message.metadata)})


def main(port: int) -> None:
    app = Sanic("channel_server")
    app.config.ACCESS_LOG = False
    socket_channel = GuardedSocketIOInput(user_message_evt="user_uttered", bot_message_evt="bot_uttered",
                                          session_persistence=True, metadata_key="customData")
    register([GuardedRestInput(), socket_channel], app, route="/webhooks/")
    app.ctx.agent = EchoMetadata()
    app.run(host="127.0.0.1", port=port, access_log=False)


if __name__ == "__main__":
    main(int(sys.argv[1]))
