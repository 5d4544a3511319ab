"""The aiohttp application: portal, support and agent APIs, the OpenAPI document and the
web pages. Validation happens at this edge; every refusal is a 4xx JSON answer."""

from bot.api.app import create_app

__all__ = ["create_app"]
