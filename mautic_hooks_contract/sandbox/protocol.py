"""The HTTP protocol the sandbox serves with: uvicorn's fast httptools parser, and h11 for request methods
httptools does not know.

Apache hands any method token to PHP, so ``FOO /api/hooks`` reaches Symfony and gets the catch-all's
404 JSON (app/bundles/CoreBundle/Controller/CommonController.php:466-491, PageBundle/Config/config.php:64-71).
llhttp, under httptools, only parses a fixed list of methods and answers anything else with its own 400.
When that happens at the start of a request, the connection is handed to uvicorn's h11 protocol, which
accepts every method token, and the same bytes are parsed again there. Known methods keep the fast path.
"""

from __future__ import annotations

import httptools
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class AnyMethodProtocol(HttpToolsProtocol):
    def data_received(self, data: bytes) -> None:
        """uvicorn's own data_received, with one more case: an unknown method moves the connection to h11."""
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserInvalidMethodError:
            self._hand_over_to_h11(data)
        except httptools.HttpParserError:
            self.logger.warning("Invalid HTTP request received.")
            self.send_400_response("Invalid HTTP request received.")
        except httptools.HttpParserUpgrade:
            self._unsupported_upgrade_warning()  # the sandbox serves no WebSocket

    def _hand_over_to_h11(self, data: bytes) -> None:
        self.connections.discard(self)
        if self.timeout_keep_alive_task is not None:
            self.timeout_keep_alive_task.cancel()
            self.timeout_keep_alive_task = None
        h11 = H11Protocol(self.config, self.server_state, self.app_state, self.loop)
        h11.connection_made(self.transport)
        self.transport.set_protocol(h11)
        h11.data_received(data)
