"""Emails through SMTP (STARTTLS when the server offers it), sent in a worker thread so the
event loop never blocks on the mail server."""

from __future__ import annotations

import asyncio
import smtplib
from email.message import EmailMessage


class SmtpEmailSender:
    def __init__(
        self, host: str, port: int, user: str, password: str, sender: str, timeout: float = 10.0
    ):
        self.host, self.port, self.user, self.password, self.sender = (
            host,
            port,
            user,
            password,
            sender,
        )
        self.timeout = timeout

    def _send(self, to: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = self.sender, to, subject
        msg.set_content(body)
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
            smtp.ehlo()
            if smtp.has_extn("starttls"):
                smtp.starttls()
                smtp.ehlo()
            if self.user:
                smtp.login(self.user, self.password)
            smtp.send_message(msg)

    async def send(self, *, to: str, subject: str, body: str) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self._send, to, subject, body)
