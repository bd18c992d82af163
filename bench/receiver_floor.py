"""The floor of the receiver benchmark: a bare Starlette endpoint that reads the body and answers 200.

No signature check, no parsing, no storage: the same uvicorn set-up as `serve`, so the gap between the two is
what the inbox costs. Prints `RECEIVER_READY <url>` like `serve`.

    python -m bench.receiver_floor --port 0
"""

from __future__ import annotations

import argparse
import socket
import sys

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


async def receive(request: Request) -> JSONResponse:
    await request.body()
    return JSONResponse({"received": 1})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.receiver_floor", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--port", type=int, default=0)
    options = parser.parse_args(argv)
    listener = socket.create_server(("127.0.0.1", options.port))
    print(f"RECEIVER_READY http://127.0.0.1:{listener.getsockname()[1]}/", flush=True)
    app = Starlette(routes=[Route("/", receive, methods=["POST"])])
    uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False)).run(sockets=[listener])
    return 0


if __name__ == "__main__":
    sys.exit(main())
