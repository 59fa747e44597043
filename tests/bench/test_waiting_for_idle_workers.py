"""Between two rows the benchmark waits for the workers to finish what the last row left
queued, so the next /healthz is measured on idle workers."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench.load import wait_until_idle


class StillBusy(BaseHTTPRequestHandler):
    """/healthz that answers slowly for its first `busy_answers` requests."""

    busy_answers = 4
    answered = 0

    def do_GET(self):
        type(self).answered += 1
        if type(self).answered <= self.busy_answers:
            time.sleep(0.2)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


def test_the_benchmark_waits_until_healthz_answers_quickly_several_times_running():
    server = ThreadingHTTPServer(("127.0.0.1", 0), StillBusy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        wait_until_idle(base, quick=0.1, in_a_row=3)
        assert StillBusy.answered == StillBusy.busy_answers + 3
    finally:
        server.shutdown()
        server.server_close()
