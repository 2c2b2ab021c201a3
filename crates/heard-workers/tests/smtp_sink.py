"""A real SMTP server for Heard's tests (aiosmtpd), writing each message it accepts to a folder.

Usage: python3 smtp_sink.py PORT FOLDER

Each accepted message becomes FOLDER/NNNNNNNN.json (numbered in order of arrival, across
restarts) with the envelope, the Message-ID, the decoded subject and the decoded text and
HTML parts. "ready" is printed once it listens. Recipients starting with "nobody@" are
refused for good (550). While a file named HOLD exists in FOLDER, each RCPT command waits
for it to go (and FOLDER/held counts the commands that waited): a test can catch a sender in
the middle of a message. On SIGTERM it stops like a mail server being shut down: new
transactions are refused with 421, those in hand finish, then it exits.
"""

import asyncio
import email
import json
import os
import signal
import sys
import threading
import time
from email import policy

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.closing = False
        self.lock = threading.Lock()
        self.count = len([n for n in os.listdir(folder) if n.endswith(".json")])
        self.held = 0

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.closing:
            return "421 4.3.2 Service shutting down"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        hold = os.path.join(self.folder, "HOLD")
        if os.path.exists(hold):
            with self.lock:
                self.held += 1
                with open(os.path.join(self.folder, "held.tmp"), "w") as f:
                    f.write(str(self.held))
                os.replace(os.path.join(self.folder, "held.tmp"), os.path.join(self.folder, "held"))
            while os.path.exists(hold):
                await asyncio.sleep(0.02)
        if address.startswith("nobody@"):
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=policy.default)
        text = message.get_body(("plain",))
        html = message.get_body(("html",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "message_id": str(message.get("Message-ID", "")),
            "subject": str(message.get("Subject", "")),
            "text": text.get_content() if text is not None else None,
            "html": html.get_content() if html is not None else None,
        }
        with self.lock:
            self.count += 1
            name = f"{self.count:08d}.json"
            temporary = os.path.join(self.folder, name + ".tmp")
            with open(temporary, "w", encoding="utf-8") as f:
                json.dump(record, f, ensure_ascii=False)
            os.rename(temporary, os.path.join(self.folder, name))
        return "250 OK"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    sink = Sink(folder)
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()

    stop = threading.Event()

    def on_term(signum, frame):
        sink.closing = True
        stop.set()

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    print("ready", flush=True)
    stop.wait()
    # Let the transactions in hand finish before the connections drop.
    time.sleep(0.5)
    controller.stop()


if __name__ == "__main__":
    main()
